// The checker's identity model (issue 13, point 1 and 4): do two figures make
// the same statement? Internal to the checker.
//
// Identity is a logistic model over a few features of a pair of figures,
// read from their statement frames and their sentences:
//
//   subject         +1 same canonical head noun (lemmas, synonyms, aliases),
//                   -1 both known and different, 0 unknown on a side
//   subject_named   the head of one figure is a word of the other's sentence
//   context         shared sentence words weighted by rarity (idf over a fixed
//                   background corpus: background.h), cosine, 0..1
//   shared_figures  other numbers both sentences state, 0, 0.5 or 1 (two or more)
//   same_unit       1 same kind and unit, 0 otherwise (percent vs points)
//   value_agree     1 when the two values can both be true (intervals overlap)
//   value_slip      1 when they cannot, but one reads as a slip of the other:
//                   two digits swapped, one digit changed, or the same digits a
//                   power of ten apart
//   value_close     1 when they cannot, but lie within 10% of each other
//   context_margin  this candidate's context minus the best other
//                   candidate's of the same document, -1..1: a statement
//                   stands out from its neighbours (set by the checker over
//                   the candidates; within one document, so that no other
//                   stored document moves it)
//   slip_distinct   1 when the slip is too distinctive to be chance
//                   (DistinctiveSlip or WholeSwap: three or more significant digits a
//                   power of ten apart or two of them swapped). value_slip
//                   alone fires on any one-digit change, which unrelated
//                   small numbers share as often as misreports do (12 / 13);
//                   without this the fit weighs every slip as the weak kind
//                   and a misreported 64,100 for 61,400 whose subject is
//                   unknown on a side fell below the conflict bar (issue 13)
//   value_near      when the values agree, how near the two anchors are:
//                   exp(-|ln(u/v)| / 0.05), 1 for the very number, 0.37
//                   five per cent apart, 0 when they disagree. An approximate
//                   or bounded figure ("almost 77%", "three in four", "more
//                   than 150,000") agrees with many numbers; it restates the
//                   one it rounds (76.8%, 71.4%, 151,200), not a neighbour
//                   that merely fits its interval (71.4%, 66.2%, 214,130)
//
// Two models share the features: `support` uses all of them and decides
// which source statement an agreeing figure restates; `conflict` leaves
// value_agree and value_near out (weight 0), since a misreported value must still be
// recognised as the same statement; value_slip and value_close let it learn
// that a slip (427 for 472, billion for million) or a near number is
// likelier a misreport than an unrelated number is. Time, speaker, period, direction and the
// other attributes are never identity features: they are compared after
// (compare.h), which is what is being checked.
//
// Weights and thresholds are data in rules/<lang>/identity.yaml, written by
// tools/checkeval/fit_identity from the train split of corpus/checkdev
// (`make fit-identity`), validated by `claimcheck rules check`.
#ifndef CLAIMCHECK_CLAIMS_CHECK_IDENTITY_H_
#define CLAIMCHECK_CLAIMS_CHECK_IDENTITY_H_

#include <array>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "claimcheck/status.h"

namespace claimcheck::check {

enum Feature {
  kSubject,
  kSubjectNamed,
  kContext,
  kSharedFigures,
  kSameUnit,
  kValueAgree,
  kValueSlip,
  kValueClose,
  kContextMargin,
  kSlipDistinct,
  kValueNear,
  kFeatureCount
};
using Features = std::array<double, kFeatureCount>;
const char* FeatureName(int f);

// Evidence a warn bar may rest on besides the identity score (issue 13,
// point 4). Identity leaves the values out of the conflict model, and the
// support model only knows whether two values can both be true; whether
// both figures give one number as written, and whether that number is
// distinctive, is evidence of its own that two figures are one statement:
//
//   same_number      both figures give one number as written (within the
//                    rounding of either, a hedge aside: Comparison::same_number)
//   distinct_number  that number has three or more significant digits
//                    (12,740; 1,583,000 is 1583): unrelated statements
//                    rarely share one
//
// Evidence that the pair is one statement whose attribute was changed,
// rather than two statements whose identity scores alike (issue 13 point 4:
// true and false findings of a basis share identity scores, so a lower bar
// alone buys recall with false alarms):
//
//   credited         the article's sentence credits the source's document
//                    (its publisher or title) for the figure: the writer
//                    read that source, so a difference is one it made
//   shared_figure    the two sentences state another number in common
//                    besides the figures paired: the article's sentence
//                    was written from the source's
//   stated_both      one number as written on both sides (same_number),
//                    and the attribute that differs is written in each
//                    figure's own sentence, not inferred: both subject
//                    heads are words of their own sentences (a subject or
//                    unit difference), or the source writes a base of its
//                    own against the article's whole (a scope difference),
//                    or each sentence writes a date (a time or period
//                    difference).
//                    A head or base read from a previous sentence or a
//                    title differs as often by the reading as by the writer
//
// A finding carries them in Finding::features after the identity features.
enum Evidence { kSameNumber, kDistinctNumber, kCredited, kSharedFigure, kStatedBoth, kEvidenceCount };
const char* EvidenceName(int e);
using EvidenceSet = std::array<bool, kEvidenceCount>;
// Significant digits of |v| as DigitsOf writes it, without leading or
// trailing zeros: 12,740 -> 4, 200,000 -> 1, 38.6 -> 3.
int SignificantDigits(double v);

struct Logistic {
  double bias = 0;
  Features weights{};
  // Probability in 0..1 that the pair makes the same statement.
  double Score(const Features& f) const;
};

struct IdentityModel {
  Logistic support;   // all features
  Logistic conflict;  // value_agree and value_near have weight 0
  // Thresholds on the models' scores, chosen on the train split for precision:
  double support_min = 0.5;      // an agreeing candidate at or above supports
  double conflict_min = 0.8;     // a disagreeing one at or above is a conflict; below, abstain
  double disagreement_min = 0.9; // two articles' figures at or above disagree
  double error_min = 0.95;       // conflicts at or above are errors, not warnings
  // Per basis of a finding ("value", "points", "level_change", "subject",
  // "attribution", "disagreement", ...; Finding::basis), the identity at or
  // above which the train split showed such findings to be right often
  // enough to raise them above info. A basis not listed, or a finding below
  // its bar, is reported at info: the checker abstains rather than guess.
  std::map<std::string, double> warn;
  // Per evidence (EvidenceName), per basis: a bar for the findings that
  // carry that evidence, fitted like `warn` on those findings alone; a
  // finding warns when it reaches its basis's bar or the bar of any
  // evidence it carries (rules/<lang>/identity.yaml `warn_with`).
  std::array<std::map<std::string, double>, kEvidenceCount> warn_with;
  std::string fitted_on;

  bool Warns(const std::string& basis, double identity) const;
  bool Warns(const std::string& basis, double identity, const EvidenceSet& evidence) const;
};

// Every basis a finding can rest on (Finding::basis: the comparison's
// difference types, plus attribution and disagreement), the keys `warn`
// may hold: the fitter fits a bar for each, checkeval --raise-all warns each.
inline constexpr const char* kAllBases[] = {
    "value",  "value_far", "value_slip",      "qualifier",       "superseded", "subject_listed",
    "subject", "unit",     "points",          "level_change",    "direction",  "rate", "rate_one_sided",
    "modality", "modality_stated", "modality_target", "scope",   "scope_stated", "subset",     "subset_of_whole", "subset_of_group", "subset_place",
    "level_change_stated",
    "period", "time",      "period_inherited", "attribution",     "disagreement"};

// The model fitted into rules/<lang>/identity.yaml, or NotFound.
Status LoadIdentityModel(const std::string& rules_dir, const std::string& lang, IdentityModel* out);
// Strict parse: unknown keys, missing features, thresholds outside [0, 1] are
// errors "name:line:column: reason".
Status ParseIdentityModel(const std::string& yaml_text, const std::string& name, IdentityModel* out);
// The YAML text of a model (what fit_identity writes), after `header`.
std::string IdentityModelYaml(const IdentityModel& m, const std::string& header);
// Used when rules/ holds no model: conservative hand-set weights.
IdentityModel DefaultIdentityModel();

// The value_near feature of two values that agree (see above).
double ValueNear(double a, double b);

// |v| written with four decimals ("472.0000"): what the digit slips below
// compare, computed once per figure by the checker.
std::string DigitsOf(double v);
// 427 / 472, 3,816 / 3,186: two digits swapped.
bool DigitTransposition(double a, double b);
bool DigitTransposition(const std::string& a, const std::string& b);
// 530 / 430, 3.4 / 3.2: one digit written wrong, the others kept.
bool DigitSubstitution(double a, double b);
bool DigitSubstitution(const std::string& a, const std::string& b);
// 9% / 19%, 1,208 / 128: one digit written in or left out, the others kept
// in order (the point kept: DigitsOf strings).
bool DigitInsertion(const std::string& a, const std::string& b);
// 12 / 120, $1.2 million / $1.2 billion: the same digits a power of ten apart.
bool PowerOfTenSlip(double a, double b);
// Same, from DigitsOf strings: equal significant digits, values a power of ten apart.
bool PowerOfTenSlip(double a, double b, const std::string& da, const std::string& db);
// The same, with one side rounded: the larger value moved down by the power
// of ten between them lies within the written precision of either ("£3.7
// million" for "£3.71 billion", "2.4 million" for "24.1 million"), each
// written with two significant digits or more, the power one a slip makes
// (10 to 1,000, or a million: a decimal mark or a scale word). `half_a`,
// `half_b`: each value's half precision as written (interval.h); `da`,
// `db`: DigitsOf.
bool RoundedPowerOfTenSlip(double a, double b, double half_a, double half_b, const std::string& da,
                           const std::string& db);
// The numerals `text` writes in digits, each without its separators
// ("1,234.5" and "1 234,5" give "12345"), in order.
std::vector<std::string> Numerals(std::string_view text);
// Whether `text` writes `value` in digits: one of its numerals, without
// separators, has the value's significant digits ("£3.7 million", "1,8 %",
// "de 1,12 a 1,13" for 1.13); false for number words and for a ratio ("1
// in 5" is 20).
bool DigitsWritten(std::string_view text, double value);
// A slip too distinctive to be chance: the same three or more significant
// digits a power of ten apart ($118 million as $118 billion, 212 as 21,2), or
// two of three or more significant digits swapped (1,482,000 as 1,428,000).
// One digit changed (2025 / 2026, 12 / 13) or two short digits swapped
// (6,8 / 8,6) is not: such pairs are as often two different numbers, and a
// distinctive slip pairs two statements whatever else their frames read.
bool DistinctiveSlip(double a, double b, const std::string& da, const std::string& db);
// The two significant digits of a number swapped whole, in one order of
// magnitude (5,9 as 9,5; 74 as 47; £840,000 as £480,000): evidence of one
// statement as strong as a distinctive slip where the frames agree
// (pair.cc slip_distinct), but not enough to pair statements whose frames
// read another period or subject, as DistinctiveSlip does. On the train
// clusters (2026-12-02) it paired 8 more misreports and no faithful figure.
bool WholeSwap(double a, double b, const std::string& da, const std::string& db);

}  // namespace claimcheck::check

#endif  // CLAIMCHECK_CLAIMS_CHECK_IDENTITY_H_
