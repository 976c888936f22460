#include "claims/check/describe.h"

#include <cctype>
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

namespace {
// True when `sentence` holds `text`, then at most two short joining words
// ("of", "of the", "de los", "del"), then `subject`; *out is that stretch as
// the sentence writes it, spaces collapsed.
bool JoinedInSentence(const std::string& sentence, const std::string& text, const std::string& subject,
                      std::string* out) {
  const std::string s = CollapseSpace(sentence);
  for (size_t at = s.find(text); at != std::string::npos; at = s.find(text, at + 1)) {
    size_t gap_start = at + text.size();
    size_t subj = s.find(subject, gap_start);
    if (subj == std::string::npos) return false;
    std::string_view gap(s.data() + gap_start, subj - gap_start);
    // The gap is " ", or " w " / " w w " with short ASCII words.
    int words = 0;
    bool ok = !gap.empty() && gap.front() == ' ' && gap.back() == ' ';
    size_t len = 0;
    for (char c : gap) {
      if (c == ' ') {
        if (len > 0) ++words;
        ok = ok && len <= 4;
        len = 0;
      } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
        ++len;
      } else {
        ok = false;
      }
    }
    if (ok && words <= 2) {
      *out = s.substr(at, subj + subject.size() - at);
      return true;
    }
  }
  return false;
}
}  // namespace

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
  // Languages differ in the joining words; use the sentence's own when it
  // joins the two itself ("dozens of countries", "43 percent of the nodes",
  // "el 43 por ciento de los perfiles").
  if (std::string joined; JoinedInSentence(f.sentence, text, subject, &joined)) return joined;
  if (f.kind == Kind::kPercent) return text + " (" + subject + ")";
  return text + " " + subject;
}

std::string Slot(const std::string& already, const std::string& joiner, const std::string& value) {
  const std::string v = CollapseSpace(value);
  if (v.empty()) return "";
  if (AsciiLower(CollapseSpace(already)).find(AsciiLower(v)) != std::string::npos) return "";
  return joiner + v;
}

std::string DescribeWithPlace(const Figure& f) {
  std::string d = Describe(f);
  for (unsigned char c : d) {
    if (std::isalpha(c) || c >= 0x80) return d;  // words (or non-ASCII letters) say what it counts
  }
  std::string place = f.page > 0 ? "page " + std::to_string(f.page) + ", " : "";
  return d + ", " + place + "paragraph " + std::to_string(f.paragraph);
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
