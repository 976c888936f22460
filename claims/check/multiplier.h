// Multipliers against the sources (issue 13): "doubled", "nearly twice as
// likely", "three times higher", "se triplicó". Internal to the checker; the
// statement is read in extract/ (kind multiplier, frame measure change or
// ratio), and compared here, in one place:
//   - with a source's own multiplier (its factor, as written);
//   - with a source's from..to ("rose from 40 to 81": 81 / 40 = 2.03);
//   - with a source's percent change ("up 103%": a factor of 2.03);
//   - with two levels one source sentence states (support only: which one is
//     the base is not read, so a mismatch there proves nothing).
// A factor within honest rounding of the evidence is supported; one outside
// a wider tolerance, against evidence that states the ratio (the first three),
// about the same subject, is a value conflict; anything else abstains at info.
#ifndef CLAIMCHECK_CLAIMS_CHECK_MULTIPLIER_H_
#define CLAIMCHECK_CLAIMS_CHECK_MULTIPLIER_H_

#include <functional>
#include <string>
#include <vector>

#include "claimcheck/check.h"
#include "claimcheck/figure.h"
#include "claims/check/lexicon.h"

namespace claimcheck::check {

// The ratio new/old (or compared/base) a multiplier states: "doubled" 2,
// "halved" 0.5, "three times lower" 1/3.
double EffectiveFactor(const Figure& m);

// Ratios a multiplier covers: honestly (supported) and tolerably (not flagged).
struct FactorRange {
  double low = 0;
  double high = 0;
  bool Holds(double r) const { return r >= low && r <= high; }
};
FactorRange HonestRange(const Figure& m);
FactorRange TolerableRange(const Figure& m);

// A ratio in words for an editor: "a doubling", "a halving", "about 2.6 times".
std::string FactorWords(double ratio);

struct MultiplierCheck {
  const Lexicon* lex = nullptr;
  std::function<bool(const Figure&)> is_source;   // stated in a source document
  std::function<bool(const Figure&)> is_checked;  // an article figure to check
  std::function<std::string(const Figure&)> name; // its document's name for messages
  bool report_matches = false;                    // also emit "supported" findings
  // Whether a finding of this basis ("multiplier", "multiplier_since") about
  // the checked figure warns at this identity: the identity model's fitted
  // warn bar (identity.h IdentityModel::Warns). Unset: every conflict warns.
  std::function<bool(const Figure&, const std::string&, double)> warns;
};

// Appends the findings (and alignments, when `pairs` is not null) of every
// checked multiplier in `figures`. Findings borrow from `figures`.
void CheckMultipliers(const MultiplierCheck& ctx, const std::vector<Figure>& figures, std::vector<Finding>* out,
                      std::vector<Alignment>* pairs);

}  // namespace claimcheck::check

#endif  // CLAIMCHECK_CLAIMS_CHECK_MULTIPLIER_H_
