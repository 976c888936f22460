// Arithmetic inside one sentence: "530 of the 1,000 profiles, or 43
// percent"; parts that add up to more than their stated total; a percent
// change that does not match the two values it is computed from. Internal
// to the checker.
#ifndef CLAIMCHECK_CLAIMS_CHECK_ARITHMETIC_H_
#define CLAIMCHECK_CLAIMS_CHECK_ARITHMETIC_H_

#include <vector>

#include "claimcheck/check.h"
#include "claims/check/interval.h"
#include "claims/check/lexicon.h"

namespace claimcheck::check {

// `sentence` holds the figures of one sentence of one document, in text
// order. Appends findings of type "arithmetic".
void CheckSentenceArithmetic(const Lexicon& lex, const std::vector<const Figure*>& sentence,
                             std::vector<Finding>* out);

// A change a sentence implies without stating it: two levels of one share
// ("rose from 56.1% to 58.4%", "68.9 per cent this year, compared with 71.5
// per cent in 2025", "58.4%, up from 56.1%") give a gap in percentage points
// and a relative change, which coverage confuses ("rose 2.3 percent" for a
// 2.3-point rise).
struct ImpliedChange {
  const Figure* from = nullptr;  // the figure holding the earlier level
  const Figure* to = nullptr;    // the figure holding the later level (may be `from`: "from 9% to 12%")
  double from_value = 0, to_value = 0;
  Interval points;    // to - from, in percentage points, over the written precision
  Interval relative;  // 100 * (to - from) / from, in percent; empty when from is 0
  bool has_relative = false;
  // Two levels of a count, an amount or a measure ("5,872 complaints, up
  // from 5,104"): a relative change only; their gap is in the levels' unit,
  // never percentage points.
  bool levels = false;
};
// The implied changes of one sentence's figures (text order).
std::vector<ImpliedChange> ImpliedPercentChanges(const Lexicon& lex, const std::vector<const Figure*>& sentence);

// The change a level's own earlier value implies: a count, an amount, a
// measure or a duration with frame.previous ("5,872 noise complaints in
// 2025-26, up from 5,104"; "63 notices, compared with 41"), not a revision.
// `sentence` is the level's sentence (the earlier level's own figure, when
// it stands there, gives its precision).
std::vector<ImpliedChange> ImpliedLevelChanges(const Figure& level, const std::vector<const Figure*>& sentence);

// How an article's stated change (a percent change or a points figure)
// reads against an implied change: as its point gap, as its relative
// change, both (a level near 100, or a gap too coarse to tell), or neither.
// A stated direction against the change's sign reads as neither.
struct ChangeReading {
  bool points = false;
  bool relative = false;
};
ChangeReading ReadAsChange(const ImpliedChange& c, const Figure& stated);

}  // namespace claimcheck::check

#endif  // CLAIMCHECK_CLAIMS_CHECK_ARITHMETIC_H_
