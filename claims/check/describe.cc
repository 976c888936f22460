#include "claims/check/describe.h"

#include <cmath>
#include <cstdio>

#include "claimcheck/util.h"

namespace claimcheck::check {

std::string DocName(const std::string& path) {
  std::string p = path;
  while (p.size() > 1 && p.back() == '/') p.pop_back();
  size_t slash = p.find_last_of('/');
  std::string base = slash == std::string::npos ? p : p.substr(slash + 1);
  return base.empty() ? path : base;
}

std::string Describe(const Figure& f, const std::string& subject_override) {
  std::string text = CollapseSpace(f.text);
  std::string subject = CollapseSpace(f.subject);
  // Only a widening of the recorded subject replaces it.
  if (!subject.empty() && subject_override.size() > subject.size() &&
      subject_override.compare(0, subject.size(), subject) == 0) {
    subject = CollapseSpace(subject_override);
  }
  if (subject.empty()) return text;
  // The recogniser may already have included the subject in the text.
  if (AsciiLower(text).find(AsciiLower(subject)) != std::string::npos) return text;
  // Languages differ in the joining word; only add one when the sentence
  // itself shows it ("dozens of countries", "43 percent of the nodes").
  if (f.sentence.find(text + " of " + subject) != std::string::npos) return text + " of " + subject;
  if (f.kind == Kind::kPercent) {
    if (f.sentence.find(text + " " + subject) != std::string::npos) return text + " " + subject;
    return text + " (" + subject + ")";
  }
  return text + " " + subject;
}

std::string FormatNumber(double v) {
  char buf[64];
  double r = std::round(v);
  if (std::fabs(v - r) < 0.05 && std::fabs(v) < 1e15) {
    // Group thousands so the number reads like the ones in the text.
    std::snprintf(buf, sizeof buf, "%.0f", std::fabs(r));
    std::string digits = buf, out;
    for (size_t i = 0; i < digits.size(); ++i) {
      if (i > 0 && (digits.size() - i) % 3 == 0) out.push_back(',');
      out.push_back(digits[i]);
    }
    return (r < 0 ? "-" : "") + out;
  }
  std::snprintf(buf, sizeof buf, "%.1f", v);
  return buf;
}

}  // namespace claimcheck::check
