#include "tools/checkeval/cv.h"

#include <cstdint>
#include <fstream>
#include <sstream>

namespace claimcheck::checkdev {

int FoldOf(const std::string& cluster, int k) {
  if (k <= 1) return 0;
  uint64_t h = 14695981039346656037ull;
  for (unsigned char c : cluster) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return static_cast<int>(h % static_cast<uint64_t>(k));
}

void AddScore(const Score& from, Score* into) {
  into->gold_pairs += from.gold_pairs;
  into->located += from.located;
  into->aligned += from.aligned;
  into->tp += from.tp;
  into->fp += from.fp;
  into->fn += from.fn;
  into->clusters += from.clusters;
  for (const auto& [r, n] : from.by_relation) {
    into->by_relation[r].first += n.first;
    into->by_relation[r].second += n.second;
  }
  for (const auto& [t, n] : from.by_type) {
    into->by_type[t].first += n.first;
    into->by_type[t].second += n.second;
  }
  into->flags.insert(into->flags.end(), from.flags.begin(), from.flags.end());
  into->notes.insert(into->notes.end(), from.notes.begin(), from.notes.end());
  for (const auto& [stage, rel] : from.losses) {
    for (const auto& [r, n] : rel) into->losses[stage][r] += n;
  }
}

Score CrossValidate(const std::vector<std::string>& names, int k, const FoldFit& fit_and_score) {
  Score pooled;
  for (int f = 0; f < k; ++f) {
    std::vector<size_t> fit_on, held;
    for (size_t i = 0; i < names.size(); ++i) (FoldOf(names[i], k) == f ? held : fit_on).push_back(i);
    if (held.empty()) continue;
    AddScore(fit_and_score(fit_on, held), &pooled);
  }
  return pooled;
}

std::string SectionOf(const std::string& text) {
  const size_t b = text.find(kReportBegin);
  if (b == std::string::npos) return "";
  size_t e = text.find(kReportEnd, b);
  if (e == std::string::npos) return "";
  e += std::string(kReportEnd).size();
  if (e < text.size() && text[e] == '\n') ++e;
  return text.substr(b, e - b);
}

std::string WithSection(const std::string& text, const std::string& section) {
  const std::string old = SectionOf(text);
  if (!old.empty()) {
    std::string out = text;
    out.replace(out.find(old), old.size(), section);
    return out;
  }
  if (section.empty()) return text;
  std::string out = text;
  if (!out.empty() && out.back() != '\n') out += '\n';
  if (!out.empty()) out += '\n';
  return out + section;
}

Status ReplaceSection(const std::string& path, const std::string& section) {
  std::string text;
  {
    std::ifstream in(path, std::ios::binary);
    if (in) {
      std::ostringstream ss;
      ss << in.rdbuf();
      text = ss.str();
    }
  }
  std::ofstream out(path, std::ios::binary);
  out << WithSection(text, section);
  if (!out) return Status::IOError(path + ": cannot write");
  return Status::Ok();
}

}  // namespace claimcheck::checkdev
