// The ranking step: candidates from every dimension overlap ("43" is a count
// and "43 percent" a percentage); the winners are chosen here, Duckling
// style, by span length, then rule priority, then position. Date spans are
// taken first so that the year in "March 5, 2018" is never a count.
#include <algorithm>
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
  std::vector<std::pair<size_t, size_t>> taken(date_spans.begin(), date_spans.end());
  std::vector<size_t> won;
  for (size_t i : order) {
    size_t a = StartByte(s, cands[i]), b = EndByte(s, cands[i]);
    bool free = std::none_of(taken.begin(), taken.end(), [&](const auto& t) { return a < t.second && b > t.first; });
    if (!free) continue;
    taken.emplace_back(a, b);
    won.push_back(i);
  }
  std::sort(won.begin(), won.end(), [&](size_t x, size_t y) { return cands[x].tb < cands[y].tb; });
  return won;
}

}  // namespace recognize
}  // namespace claimcheck
