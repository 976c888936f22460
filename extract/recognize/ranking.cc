// The ranking step: candidates from every dimension overlap ("43" is a count
// and "43 percent" a percentage); the winners are chosen here, Duckling
// style, by span length, then rule priority, then position. Date spans are
// taken first so that the year in "March 5, 2018" is never a count.
#include <algorithm>
#include <iterator>
#include <map>
#include <numeric>

#include "extract/recognize/candidate.h"

namespace claimcheck {
namespace recognize {

std::vector<size_t> Rank(const ScannedText& s, const std::vector<Candidate>& cands,
                         const std::vector<std::pair<size_t, size_t>>& date_spans) {
  std::vector<size_t> order;
  order.reserve(cands.size());
  for (size_t i = 0; i < cands.size(); ++i) {
    if (!cands[i].year_like) order.push_back(i);
  }
  std::sort(order.begin(), order.end(), [&](size_t x, size_t y) {
    const Candidate& a = cands[x];
    const Candidate& b = cands[y];
    uint32_t la = EndByte(s, a) - StartByte(s, a), lb = EndByte(s, b) - StartByte(s, b);
    if (la != lb) return la > lb;
    if (a.priority != b.priority) return a.priority > b.priority;
    return a.tb < b.tb;
  });
  // Taken byte spans as disjoint intervals (start -> end), date spans merged
  // where they overlap: since starts and ends then both increase, a span
  // overlaps a taken one exactly when it overlaps the last interval starting
  // before its end. A lookup, not a scan, per candidate (issue 15: linear in
  // the sentence).
  std::map<size_t, size_t> taken;
  auto overlaps = [&](size_t a, size_t b) {
    auto it = taken.lower_bound(b);  // first interval starting at or after b
    if (it == taken.begin()) return false;
    --it;
    return it->second > a;
  };
  auto take = [&](size_t a, size_t b) {
    // Merge with every interval it touches (dates may overlap each other).
    auto it = taken.lower_bound(a);
    if (it != taken.begin() && std::prev(it)->second > a) --it;
    while (it != taken.end() && it->first < b) {
      a = std::min(a, it->first);
      b = std::max(b, it->second);
      it = taken.erase(it);
    }
    taken.emplace(a, b);
  };
  for (const auto& [a, b] : date_spans) {
    if (a < b) take(a, b);
  }
  std::vector<size_t> won;
  for (size_t i : order) {
    size_t a = StartByte(s, cands[i]), b = EndByte(s, cands[i]);
    if (overlaps(a, b)) continue;
    if (a < b) take(a, b);
    won.push_back(i);
  }
  std::sort(won.begin(), won.end(), [&](size_t x, size_t y) { return cands[x].tb < cands[y].tb; });
  return won;
}

}  // namespace recognize
}  // namespace claimcheck
