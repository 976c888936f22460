// Choosing a finding basis's warn bar (rules/<lang>/identity.yaml `warn` and
// `warn_with`) from calibration flags: what fit_identity does per basis,
// apart so it can be tested on its own.
//
// A flag is one finding the checker raised on the train split with every
// basis warned (gold: right or a false alarm), or on a generated
// perturbation of a faithful gold pair (always right, weighed by
// `perturbed_weight` so perturbations show where a difference falls on the
// identity scale without outnumbering the real flags).
#ifndef CLAIMCHECK_TOOLS_CHECKEVAL_WARNBAR_H_
#define CLAIMCHECK_TOOLS_CHECKEVAL_WARNBAR_H_

#include <string>
#include <utility>
#include <vector>

#include "claims/check/identity.h"

namespace claimcheck::checkdev {

struct BarFlag {
  double identity = 0;
  bool right = false;
  bool perturbed = false;  // generated (then right)
  check::EvidenceSet evidence{};
};

struct BarChoice {
  double bar = -1;  // the lowest identity that warns; -1: none (the basis stays at info)
  int right = 0, wrong = 0, perturbed = 0;  // flags warned at the bar (with those warned already)
  double precision = 0;                     // weighted, as chosen on
};

struct BarRule {
  double target = 0.95;          // weighted precision the warned flags must reach
  int min_evidence = 3;          // right flags (gold or perturbed) the new bar must warn
  double perturbed_weight = 1;   // weight of one perturbed flag
  int evidence = -1;             // check::Evidence the flags must carry; -1: any flag
  double already = 2;            // flags at or above this identity already warn (another bar); 2: none
  bool add_no_false_alarm = true;  // the new bar may not warn a gold false alarm not warned already
  // The bar sits at a gold right flag, never below the gold flags it rests
  // on, and the min_evidence right flags it newly warns are gold ones:
  // perturbations are right by construction and never show where false
  // alarms begin, so they weigh in the precision but cannot place a bar.
  bool gold_placed = true;
  // Local precision at the bar: of the `local_window` lowest gold flags at
  // or above it (perturbations left out), at least local_precision_min
  // must be right. The target is cumulative, so a bar could sit where the
  // flags just above it are right only now and then, carried by the sure
  // ones far above it and by perturbations, right by construction (the
  // period bar refitted on 2026-12-03 added 12 right and 8 false alarms).
  int local_window = 0;  // 0: off
  double local_precision_min = 0;
};

// The evidence a finding's features carry (Finding::features: same_number,
// distinct_number set to 1).
check::EvidenceSet EvidenceOfFeatures(const std::vector<std::pair<std::string, double>>& features);

// The lowest bar at which the flags warned (those already warned, plus the
// flags carrying the rule's evidence at or above the bar) reach the target
// precision, with at least min_evidence right flags newly warned and, when
// add_no_false_alarm, no gold false alarm among the newly warned. A basis
// with no right flag gets no bar.
BarChoice ChooseBar(const std::vector<BarFlag>& flags, const BarRule& rule);

}  // namespace claimcheck::checkdev

#endif  // CLAIMCHECK_TOOLS_CHECKEVAL_WARNBAR_H_
