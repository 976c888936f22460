// fit_identity [--root corpus/checkdev] [--rules rules] [--write]: fits the
// checker's identity model (claims/check/identity.h) on the TRAIN split of
// the development set and prints it; --write stores it in
// rules/{en,es}/identity.yaml. The test split is never read.
//
//   1. Examples: every candidate source figure the checker considers for a
//      located gold article figure; positive when it is the gold source
//      figure; plus, for each agreeing positive, a generated copy whose value
//      is slipped (digits swapped, a power of ten), still positive; the
//      copy is a distinctive slip (slip_distinct) when the value has three
//      or more significant digits, as a swap or a shift of them is. Two logistic regressions (L2, batch gradient descent) are fitted:
//      `support` on every feature, `conflict` without value_agree and value_near.
//   2. Thresholds: the checker is run on the train split for a grid of
//      (support, conflict, disagreement) thresholds with every finding type
//      raised; the grid point with the best F0.5 (precision counts more than
//      recall) plus alignment accuracy wins.
//   3. Warn bars: at those thresholds, every finding basis raised, the
//      flags on train (right or false alarm) plus the flags of generated
//      perturbations of faithful gold pairs (a time, period, subset,
//      subject, direction, modality or rate changed: see Perturb), scaled
//      to the number of gold differences of that kind. Per basis
//      (warnbar.h ChooseBar), the lowest identity bar at which those flags
//      are right with weighted precision >= 0.95 and at least three right
//      flags stand behind it; a basis with no such bar keeps none and is
//      reported at info (the checker abstains). Then per evidence a finding
//      may carry besides identity (identity.h Evidence: same_number,
//      distinct_number, credited, shared_figure, stated_both), a lower bar
//      for the flags carrying it: placed at a gold right flag
//      (perturbations are right by construction and cannot show where
//      false alarms begin), the same precision over everything warned, at
//      least four gold right flags newly warned and no gold false alarm
//      newly warned (`warn_with`).
//
//   4. Cross-validation (cv.h): the train clusters dealt into --folds K
//      (5) folds by a hash of their name; step 3 (--cv), or steps 1 and 3
//      (--cv-weights; step 2's thresholds kept, its grid is too slow to
//      redo per fold) fitted on K-1 folds, the checker scored on the held
//      fold, the held folds pooled: what the fit does on clusters it never
//      saw, printed beside the in-sample figures. --choose picks the bar
//      rule's settings (target precision, right flags behind a bar, weight
//      of the perturbed flags, evidence bars or not) by that score: a change
//      from the defaults only when CV precision does not fall and CV recall
//      rises (or precision rises at equal recall). --report FILE writes the
//      figures into FILE's cross-validation section (bench/CHECK.md).
//
//   --bars-only keeps the stored weights and thresholds and redoes step 3
//   (`make fit-warn`); with --keep-warn it also keeps the stored `warn`
//   bars and fits only `warn_with`. --keep-thresholds refits the weights
//   and keeps the stored thresholds (skips step 2). `--why` prints the bars
//   in force; `--flags` every train flag with every basis warned, with its
//   evidence.
#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <sstream>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>

#include "claimcheck/rules.h"
#include "claimcheck/util.h"
#include "claims/check/identity.h"
#include "claims/check/interval.h"
#include "tools/checkeval/checkdev.h"
#include "tools/checkeval/cv.h"
#include "tools/checkeval/warnbar.h"

using namespace claimcheck;
using namespace claimcheck::checkdev;
using check::IdentityModel;
using check::kFeatureCount;
using check::Logistic;
namespace fs = std::filesystem;

namespace {

struct Example {
  std::array<double, kFeatureCount> x{};
  int y = 0;
  bool distinct_capable = false;  // its value has the digits for a distinctive slip
};

// The precision a basis's flags must show on train (gold flags plus scaled
// perturbed ones) at or above its bar to warn: an editor drops a tool after
// a couple of confident wrong corrections.
constexpr double kTargetPrecision = 0.95;
// Local precision at a bar (warnbar.h BarRule::local_window): of the ten
// lowest gold flags it warns, eight must be right.
constexpr int kLocalWindow = 10;
constexpr double kLocalPrecisionMin = 0.8;
// The right flags (gold and perturbed, counted plainly) a bar must keep; a
// basis with fewer at every bar stays at info.
constexpr int kMinEvidence = 3;
// The gold right flags an evidence bar (warn_with) must newly warn, whatever
// the bar rule's min: an evidence bar lowers a basis's bar for a few flags,
// and bars with two or three gold flags behind them warned false alarms on
// held-out folds (train 279 clusters: CV 989/47 without evidence bars,
// 1005/50 with them at the rule's min of 2 or 3, 994/47 at 4).
constexpr int kMinEvidenceGold = 4;

std::string Key(const Figure& f) { return f.doc + "#" + std::to_string(f.start); }

using check::kAllBases;  // every basis a finding can rest on

// ---- Generated perturbations for the warn bars (issue 13, point 4) ----
//
// A faithful gold pair (relation supported, aligned by the checker to its
// gold source figure) is turned into a misreport of one kind by changing one
// field of a frame, as an article that got that field wrong would read:
//
//   time       the article's as-of time moved off the source's by whole
//              years (a March 2018 figure given for March 2017)
//   period     the article's period moved off the source's ("since 2011"
//              for "since 2001", 2016-Q2 for 2017-Q2)
//   subset     the source's subject narrowed by a modifier the article
//              drops ("full-time staff" reported as "staff")
//   subject    the article's head noun swapped for another head of the same
//              kind and unit from the train split ("flights" for
//              "passengers"); scored as subject or unit
//   direction  the article's direction turned against the source's
//   modality   the source's figure made a forecast the article reports as
//              an outcome
//   rate       a denominator ("a month") added to an article figure whose
//              source gives none
//
// The checker is run on the perturbed cluster; every perturbed figure it
// flags with the expected basis, against the gold source figure, is a right
// flag of that basis at the identity it was paired with. Frames are changed,
// not text: the checker compares frames, and extraction is measured apart
// (corpus/frames). Identity itself leaves time, period, direction, modality
// and rate out, so those perturbations keep the pair's identity: they show
// where a real difference of that kind falls on the identity scale.
struct Target {
  size_t article = 0, source = 0;  // indexes into CheckInput::figures
};

// Every 19xx/20xx year in `iso` moved by `delta` years.
std::string ShiftYears(const std::string& iso, int delta) {
  std::string out;
  for (size_t i = 0; i < iso.size();) {
    bool year = i + 4 <= iso.size() && (i == 0 || !std::isdigit(static_cast<unsigned char>(iso[i - 1])));
    for (size_t k = 0; year && k < 4; ++k) year = std::isdigit(static_cast<unsigned char>(iso[i + k]));
    if (year && i + 4 < iso.size() && std::isdigit(static_cast<unsigned char>(iso[i + 4]))) year = false;
    if (year && (iso.compare(i, 2, "19") == 0 || iso.compare(i, 2, "20") == 0)) {
      out += std::to_string(std::stoi(iso.substr(i, 4)) + delta);
      i += 4;
    } else {
      out += iso[i++];
    }
  }
  return out;
}

// `iso` moved back by the fewest whole years (1, 2, 5, 10) that make it
// share no day with itself; "" when none does (an open "2004/..").
std::string ShiftedOff(const std::string& iso) {
  for (int d : {1, 2, 5, 10}) {
    std::string t = ShiftYears(iso, -d);
    if (t != iso && check::TimesDisjoint(t, iso)) return t;
  }
  return "";
}

struct Generator {
  const char* name;
  std::vector<std::string> bases;  // the bases a right flag of it may carry
};
const Generator kGenerators[] = {
    {"time", {"time"}},           {"period", {"period"}},
    {"subset", {"subset"}},       {"subject", {"subject", "unit"}},
    {"direction", {"direction"}}, {"modality", {"modality", "modality_stated", "modality_target"}},
    {"rate", {"rate"}},
};

// Modifiers a source may narrow its subject with, used in turn.
const char* kNarrowing[] = {"full-time", "rural", "northern"};

// Applies generator `g` to one target of `in`; false when it does not apply
// (nothing the checker could tell apart).
bool Perturb(const std::string& g, const Target& t, size_t n, const std::map<std::string, std::vector<std::string>>& heads,
             CheckInput* in) {
  Figure& a = in->figures[t.article];
  Figure& s = in->figures[t.source];
  if (g == "time") {
    if (s.time.empty()) return false;
    a.time = ShiftedOff(s.time);
    return !a.time.empty();
  }
  if (g == "period") {
    if (s.frame.period.empty()) return false;
    a.frame.period = ShiftedOff(s.frame.period);
    return !a.frame.period.empty();
  }
  if (g == "subset") {
    if (a.frame.subject_head.empty() || s.frame.subject_head.empty() || !a.frame.modifiers.empty()) return false;
    const std::string m = kNarrowing[n % 3];
    if (std::find(s.frame.modifiers.begin(), s.frame.modifiers.end(), m) == s.frame.modifiers.end()) {
      s.frame.modifiers.push_back(m);
    }
    return true;
  }
  if (g == "subject") {
    if (a.frame.subject_head.empty() || s.frame.subject_head.empty()) return false;
    auto h = heads.find(std::string(KindName(a.kind)) + "|" + a.unit);
    if (h == heads.end() || h->second.empty()) return false;
    // Another head of the family that neither sentence names, picked in
    // turn so the swaps spread over the family.
    const std::string as = AsciiLower(a.sentence.str()), ss = AsciiLower(s.sentence.str());
    for (size_t k = 0; k < h->second.size(); ++k) {
      const std::string& c = h->second[(n + k) % h->second.size()];
      if (c == a.frame.subject_head || c == s.frame.subject_head) continue;
      if (as.find(c) != std::string::npos || ss.find(c) != std::string::npos) continue;
      a.frame.subject_head = c;
      a.frame.modifiers.clear();
      return true;
    }
    return false;
  }
  if (g == "direction") {
    if (s.frame.direction != Direction::kUp && s.frame.direction != Direction::kDown) return false;
    a.frame.direction = s.frame.direction == Direction::kUp ? Direction::kDown : Direction::kUp;
    return true;
  }
  if (g == "modality") {
    if (a.frame.modality != Modality::kActual || s.frame.modality != Modality::kActual) return false;
    s.frame.modality = Modality::kForecast;
    return true;
  }
  if (g == "rate") {
    if (!a.frame.per.empty() || !s.frame.per.empty() || a.frame.measure == Measure::kRate ||
        s.frame.measure == Measure::kRate) {
      return false;
    }
    a.frame.per = "month";
    return true;
  }
  return false;
}

// The gold relation a basis answers to: how many real differences of its
// kind the train split holds, which the perturbed flags are scaled to.
std::string RelationOf(const std::string& basis) {
  if (basis == "value_far" || basis == "value_slip") return "value";
  if (basis == "modality_stated" || basis == "modality_target") return "modality";
  if (basis == "points" || basis == "level_change" || basis == "level_change_stated") return "measure";
  if (basis == "scope_stated") return "scope";
  if (basis == "subject_listed") return "subject";
  if (basis == "subset_of_whole" || basis == "subset_of_group") return "subset";
  return basis;
}

Logistic Fit(const std::vector<Example>& ex, bool with_value) {
  Logistic m;
  const double lr = 0.5, l2 = 0.01;
  size_t pos = 0;
  for (const Example& e : ex) pos += e.y;
  // Positives are rare among candidates: weight them so both classes count
  // equally, which keeps the scores comparable across clusters of any size.
  const double wpos = pos ? static_cast<double>(ex.size() - pos) / pos : 1;
  for (int it = 0; it < 3000; ++it) {
    std::array<double, kFeatureCount> g{};
    double gb = 0, total = 0;
    for (const Example& e : ex) {
      check::Features f = e.x;
      if (!with_value) f[check::kValueAgree] = f[check::kValueNear] = 0;
      double p = m.Score(f);
      double w = e.y ? wpos : 1;
      double d = w * (p - e.y);
      gb += d;
      for (int i = 0; i < kFeatureCount; ++i) g[i] += d * f[i];
      total += w;
    }
    m.bias -= lr * gb / total;
    for (int i = 0; i < kFeatureCount; ++i) m.weights[i] -= lr * (g[i] / total + l2 * m.weights[i]);
    if (!with_value) m.weights[check::kValueAgree] = m.weights[check::kValueNear] = 0;
  }
  return m;
}

double Objective(const Score& s) {
  double p = s.Precision(), r = s.Recall();
  double f = (p + r) > 0 ? 1.25 * p * r / (0.25 * p + r) : 0;
  return f + s.Alignment();
}


// The checker run with `model` on the clusters `which` of `train`, pooled.
Score RunOn(const IdentityModel& model, const std::string& rules, const std::vector<Loaded>& train,
            const std::vector<size_t>& which) {
  CheckOptions opts;
  opts.rules_dir = rules;
  opts.identity_yaml = check::IdentityModelYaml(model, "");
  Score sc;
  for (size_t i : which) Evaluate(train[i], false, opts, &sc);
  return sc;
}

std::vector<size_t> AllOf(size_t n) {
  std::vector<size_t> v(n);
  for (size_t i = 0; i < n; ++i) v[i] = i;
  return v;
}

// Step 1's examples of one cluster: every candidate of every located gold
// article figure, positive when it is the gold source figure (the slipped
// copies are added by FitWeights).
Status ExamplesOf(const Loaded& l, const std::string& rules, std::vector<Example>* out) {
  CheckOptions opts;
  opts.rules_dir = rules;
  opts.keep_candidates = true;
  // Candidates do not depend on the model; the stored one may be stale.
  opts.identity_yaml = check::IdentityModelYaml(check::DefaultIdentityModel(), "");
  std::vector<Finding> findings;
  std::vector<Alignment> pairs;
  if (Status s = CheckFigures(l.input, opts, &findings, nullptr, &pairs); !s.ok()) return s;
  std::map<std::string, const Alignment*> align_of;
  for (const Alignment& a : pairs) align_of[Key(a.figure)] = &a;
  for (const GoldPair& g : l.cluster.pairs) {
    if (g.relation == "disagreement") continue;
    size_t s = 0, e = 0;
    if (!Locate(l, g.article, g.at, g.occurrence, &s, &e)) continue;
    const Alignment* al = nullptr;
    for (const auto& [k, a] : align_of) {
      if (FigureAt(l, a->figure, g.article, s, e)) al = a;
    }
    if (!al) continue;
    size_t ss = 0, se = 0;
    bool has_source = !g.source.empty() && Locate(l, g.source, g.source_at, 1, &ss, &se);
    for (const Alignment::Candidate& c : al->candidates) {
      Example ex;
      for (int i = 0; i < kFeatureCount && i < static_cast<int>(c.features.size()); ++i) ex.x[i] = c.features[i];
      ex.y = has_source && FigureAt(l, c.figure, g.source, ss, se) ? 1 : 0;
      // A slipped copy of this pair (below) is a distinctive slip when the
      // value has three or more significant digits to swap or shift.
      const double v = std::fabs(c.figure->value.num);
      ex.distinct_capable = v > 0 && check::DistinctiveSlip(v, v * 10, check::DigitsOf(v), check::DigitsOf(v * 10));
      out->push_back(ex);
    }
  }
  return Status::Ok();
}

// Step 1's two regressions on the examples of the clusters `which`, plus
// generated perturbations (issue 13, point 4): a gold pair whose article
// value is misreported by a digit swap or a power of ten is still the same
// statement. Each agreeing positive gets a copy with its value slipped, so
// the conflict model learns what a slip looks like from every gold pair,
// not only from the few slips the development set holds. False when the
// examples hold no positive or no negative.
bool FitWeights(const std::vector<std::vector<Example>>& by_cluster, const std::vector<size_t>& which,
                IdentityModel* m, size_t* n_examples, size_t* n_pos) {
  std::vector<Example> examples;
  for (size_t i : which) examples.insert(examples.end(), by_cluster[i].begin(), by_cluster[i].end());
  const size_t real = examples.size();
  for (size_t i = 0; i < real; ++i) {
    if (examples[i].y != 1 || examples[i].x[check::kValueAgree] != 1) continue;
    Example slipped = examples[i];
    slipped.x[check::kValueAgree] = 0;
    slipped.x[check::kValueNear] = 0;
    slipped.x[check::kValueSlip] = 1;
    slipped.x[check::kValueClose] = 0;
    slipped.x[check::kSlipDistinct] = slipped.distinct_capable ? 1 : 0;
    examples.push_back(slipped);
  }
  size_t pos = 0;
  for (const Example& e : examples) pos += e.y;
  if (pos == 0 || pos == examples.size()) return false;
  m->support = Fit(examples, true);
  m->conflict = Fit(examples, false);
  *n_examples = examples.size();
  *n_pos = pos;
  return true;
}

// Step 3's flags, cluster by cluster, so a fold's bars are fitted from its
// own clusters' flags alone.
struct ClusterFlags {
  std::map<std::string, std::vector<BarFlag>> gold;       // basis -> train flags, every basis warned
  std::map<std::string, std::vector<BarFlag>> perturbed;  // basis -> right flags of perturbations
  std::map<std::string, int> relations;                   // gold pairs by relation
};

// The flags of every cluster of `train` under `all_warned` (every basis
// warned, no evidence bar). `heads`: the subject heads a swap picks from;
// `generated` (may be null): generator -> (perturbed figures, flagged).
std::vector<ClusterFlags> CollectFlags(const std::vector<Loaded>& train, const std::vector<size_t>& which,
                                       const IdentityModel& all_warned, const std::string& rules,
                                       const std::map<std::string, std::vector<std::string>>& heads,
                                       std::map<std::string, std::pair<int, int>>* generated) {
  std::vector<ClusterFlags> out(train.size());
  CheckOptions opts;
  opts.rules_dir = rules;
  opts.identity_yaml = check::IdentityModelYaml(all_warned, "");
  std::map<std::string, size_t> turn;  // generator -> targets so far, to vary modifiers and heads
  for (size_t i : which) {
    const Loaded& l = train[i];
    ClusterFlags& cf = out[i];
    for (const GoldPair& g : l.cluster.pairs) ++cf.relations[g.relation];
    Score at;
    Evaluate(l, false, opts, &at);
    for (const Score::Flag& f : at.flags) {
      if (f.type == "arithmetic") continue;  // not identity-based
      BarFlag b;
      b.identity = f.score;
      b.right = f.right;
      b.evidence = EvidenceOfFeatures(f.features);
      cf.gold[f.type].push_back(b);
    }
    std::vector<Finding> findings;
    std::vector<Alignment> pairs;
    if (!CheckFigures(l.input, opts, &findings, nullptr, &pairs).ok()) continue;
    // Faithful gold pairs the checker supports with their gold source figure.
    std::vector<Target> targets;
    for (const GoldPair& g : l.cluster.pairs) {
      if (g.relation != "supported" || g.source.empty()) continue;
      size_t s = 0, e = 0, ss = 0, se = 0;
      if (!Locate(l, g.article, g.at, g.occurrence, &s, &e) || !Locate(l, g.source, g.source_at, 1, &ss, &se)) continue;
      for (const Alignment& a : pairs) {
        if (!FigureAt(l, a.figure, g.article, s, e)) continue;
        if (a.verdict != "supported" || !a.source || !FigureAt(l, a.source, g.source, ss, se)) break;
        Target t;
        t.article = static_cast<size_t>(&*a.figure - l.input.figures.data());
        t.source = static_cast<size_t>(&*a.source - l.input.figures.data());
        if (t.article < l.input.figures.size() && t.source < l.input.figures.size()) targets.push_back(t);
        break;
      }
    }
    if (targets.empty()) continue;
    for (const Generator& g : kGenerators) {
      CheckInput in = l.input;
      std::vector<Target> applied;
      for (const Target& t : targets) {
        if (Perturb(g.name, t, turn[g.name], heads, &in)) {
          applied.push_back(t);
          ++turn[g.name];
        }
      }
      if (applied.empty()) continue;
      std::vector<Finding> got;
      if (!CheckFigures(in, opts, &got, nullptr, nullptr).ok()) continue;
      for (const Target& t : applied) {
        if (generated) ++(*generated)[g.name].first;
        for (const Finding& f : got) {
          if (f.severity == Severity::kInfo || f.claims.size() < 2) continue;
          if (&*f.claims[0] != &in.figures[t.article] || &*f.claims[1] != &in.figures[t.source]) continue;
          if (std::find(g.bases.begin(), g.bases.end(), f.basis) == g.bases.end()) continue;
          BarFlag b;
          b.identity = f.score;
          b.right = b.perturbed = true;
          b.evidence = EvidenceOfFeatures(f.features);
          cf.perturbed[f.basis].push_back(b);
          if (generated) ++(*generated)[g.name].second;
          break;
        }
      }
    }
  }
  return out;
}

// The settings of the bar rule (warnbar.h BarRule), chosen by
// cross-validation (--choose): the weighted precision a bar's flags must
// reach, the right flags it must rest on, the perturbed flags' weight as a
// multiple of the scaled weight (1: they weigh as many flags as the train
// split holds gold differences of that kind; 0: they do not count), and
// whether the evidence bars (warn_with) are fitted at all.
struct BarSettings {
  double target = kTargetPrecision;
  int min_evidence = kMinEvidence;
  double perturbed_scale = 1;
  bool warn_with = true;
  std::string Name() const {
    char s[96];
    std::snprintf(s, sizeof s, "target %.2f, min %d, perturbed x%.1f, warn_with %s", target, min_evidence,
                  perturbed_scale, warn_with ? "on" : "off");
    return s;
  }
};

// Step 3 on the flags of the clusters `which`: per basis the warn bar
// (ChooseBar, warnbar.h), the lowest identity at which the flags at or
// above it are right with weighted precision >= the target and enough
// right flags stand behind it. The perturbed flags are scaled to weigh as
// many flags as those clusters hold gold differences of that kind (they
// show where a real difference falls on the identity scale, not how often
// one occurs), so the gold false alarms keep their real weight. Then, per
// evidence (identity.h Evidence), a lower bar for the flags carrying it,
// where those flags alone show it: the same precision over everything
// warned, enough right flags newly warned, and no gold false alarm newly
// warned. A basis with no such bar stays at info: the checker abstains.
// `kept` (may be null): the `warn` bars kept as they are (--keep-warn).
// `log` (may be null): one line per basis.
IdentityModel FitBars(const IdentityModel& base, const std::vector<ClusterFlags>& flags_of,
                      const std::vector<size_t>& which, const BarSettings& set,
                      const std::map<std::string, double>* kept, std::string* log) {
  IdentityModel chosen = base;
  chosen.warn.clear();
  for (auto& w : chosen.warn_with) w.clear();
  if (kept) chosen.warn = *kept;
  std::map<std::string, std::vector<BarFlag>> gold_flags, perturbed;
  std::map<std::string, int> gold_relations;
  for (size_t i : which) {
    for (const auto& [b, v] : flags_of[i].gold) gold_flags[b].insert(gold_flags[b].end(), v.begin(), v.end());
    for (const auto& [b, v] : flags_of[i].perturbed) perturbed[b].insert(perturbed[b].end(), v.begin(), v.end());
    for (const auto& [r, n] : flags_of[i].relations) gold_relations[r] += n;
  }
  std::set<std::string> bases(std::begin(kAllBases), std::end(kAllBases));
  for (const auto& [b, v] : gold_flags) bases.insert(b);
  for (const auto& [b, v] : perturbed) bases.insert(b);
  auto count = [](const std::vector<BarFlag>& v, bool right) {
    int n = 0;
    for (const BarFlag& f : v) n += !f.perturbed && f.right == right;
    return n;
  };
  char line[512];
  for (const std::string& b : bases) {
    std::vector<BarFlag> flags = gold_flags[b];
    const std::vector<BarFlag>& pf = perturbed[b];
    flags.insert(flags.end(), pf.begin(), pf.end());
    BarRule rule;
    rule.target = set.target;
    rule.min_evidence = set.min_evidence;
    rule.perturbed_weight =
        pf.empty() ? 0
                   : set.perturbed_scale *
                         std::min(1.0, std::max(1, gold_relations[RelationOf(b)]) / static_cast<double>(pf.size()));
    rule.add_no_false_alarm = false;
    rule.gold_placed = false;  // the basis's own bar: placed as before, perturbations included
    rule.local_window = kLocalWindow;
    rule.local_precision_min = kLocalPrecisionMin;
    if (log) {
      std::snprintf(line, sizeof line, "  %-16s gold %3d right %3d false, perturbed %3zu (weight %.3f):", b.c_str(),
                    count(flags, true), count(flags, false), pf.size(), rule.perturbed_weight);
      *log += line;
    }
    double any_bar = 2;
    if (kept) {
      auto w = chosen.warn.find(b);
      if (w != chosen.warn.end()) any_bar = w->second;
      if (log) *log += std::string(" warn kept ") + (any_bar > 1 ? "none" : std::to_string(any_bar).substr(0, 6)) + ";";
    } else {
      BarChoice c = ChooseBar(flags, rule);
      if (c.bar < 0) {
        if (log) *log += " warn none;";
      } else {
        // Scores are identities rounded to three decimals: the bar sits half
        // a step below, so every flag at that rounded score, and none below, warns.
        any_bar = chosen.warn[b] = c.bar - 0.0005;
        if (log) {
          std::snprintf(line, sizeof line, " warn >= %.4f (%d right %d false, perturbed %d, P %.3f);", any_bar, c.right,
                        c.wrong, c.perturbed, c.precision);
          *log += line;
        }
      }
    }
    for (int e = 0; set.warn_with && e < check::kEvidenceCount; ++e) {
      BarRule with = rule;
      with.evidence = e;
      with.min_evidence = std::max(rule.min_evidence, kMinEvidenceGold);
      with.already = any_bar;
      with.add_no_false_alarm = true;
      with.gold_placed = true;
      BarChoice c = ChooseBar(flags, with);
      if (c.bar < 0) {
        if (log) *log += std::string(" ") + check::EvidenceName(e) + " none;";
        continue;
      }
      chosen.warn_with[e][b] = c.bar - 0.0005;
      if (log) {
        std::snprintf(line, sizeof line, " %s >= %.4f (%d right %d false, perturbed %d, P %.3f);",
                      check::EvidenceName(e), c.bar - 0.0005, c.right, c.wrong, c.perturbed, c.precision);
        *log += line;
      }
    }
    if (log) *log += "\n";
  }
  return chosen;
}

// "P .97 R .53 align .86 (552 right 17 false 484 missed)".
std::string Figures(const Score& s) {
  char b[160];
  std::snprintf(b, sizeof b, "P %.3f R %.3f align %.3f (%d right %d false %d missed)", s.Precision(), s.Recall(),
                s.Alignment(), s.tp, s.fp, s.fn);
  return b;
}

}  // namespace

int main(int argc, char** argv) {
  std::setvbuf(stdout, nullptr, _IOLBF, 0);  // progress shows as it comes, also into a file
  std::string root = "corpus/checkdev", rules = DefaultRulesDir();
  bool write = false, dump_flags = false, bars_only = false, keep_warn = false;
  bool cross_validate = false, choose = false, cv_weights = false, keep_thresholds = false;
  int folds = 5;
  std::string report_path;
  std::string why;  // --why TEXT: the candidates of gold article figures whose `at` contains TEXT
  for (int i = 1; i < argc; ++i) {
    std::string k = argv[i];
    if (k == "--root" && i + 1 < argc) root = argv[++i];
    else if (k == "--rules" && i + 1 < argc) rules = argv[++i];
    else if (k == "--write") write = true;
    else if (k == "--flags") dump_flags = true;
    else if (k == "--bars-only") bars_only = true;
    else if (k == "--keep-warn") keep_warn = true;
    else if (k == "--cv") cross_validate = true;
    else if (k == "--keep-thresholds") keep_thresholds = true;
    else if (k == "--choose") choose = true;
    else if (k == "--cv-weights") cv_weights = true;
    else if (k == "--folds" && i + 1 < argc && std::atoi(argv[i + 1]) >= 2) folds = std::atoi(argv[++i]);
    else if (k == "--report" && i + 1 < argc) report_path = argv[++i];
    else if (k == "--why" && i + 1 < argc) why = argv[++i];
    else {
      std::fprintf(stderr, "usage: fit_identity [--root DIR[,DIR...]] [--rules DIR] [--bars-only [--keep-warn] | --keep-thresholds] [--cv] [--choose] "
                   "[--cv-weights] [--folds K] [--report FILE] [--write | --flags | --why TEXT]\n");
      return 2;
    }
  }
  std::vector<Cluster> clusters;
  if (Status s = LoadClusters(root, &clusters); !s.ok()) {
    std::fprintf(stderr, "fit_identity: %s\n", s.message().c_str());
    return 2;
  }
  Extractor extractor(rules);
  std::vector<Loaded> train;
  for (const Cluster& c : clusters) {
    if (c.split != "train") continue;  // the test split is never read
    Loaded l;
    if (Status s = LoadCluster(c, &extractor, &l); !s.ok()) {
      std::fprintf(stderr, "fit_identity: %s: %s\n", c.name.c_str(), s.message().c_str());
      return 2;
    }
    train.push_back(std::move(l));
  }

  // --flags: every flag the stored model raises on train with every basis
  // warned, by basis, right or wrong: what a warn bar is fitted from.
  if (dump_flags) {
    IdentityModel stored;
    if (Status s = check::LoadIdentityModel(rules, "en", &stored); !s.ok()) {
      std::fprintf(stderr, "fit_identity: %s\n", s.message().c_str());
      return 2;
    }
    for (const char* t : kAllBases) stored.warn[t] = 0;
    CheckOptions opts;
    opts.rules_dir = rules;
    opts.identity_yaml = check::IdentityModelYaml(stored, "");
    Score sc;
    for (const Loaded& l : train) Evaluate(l, false, opts, &sc);
    std::sort(sc.flags.begin(), sc.flags.end(), [](const Score::Flag& a, const Score::Flag& b) {
      return a.type != b.type ? a.type < b.type : a.score > b.score;
    });
    for (const Score::Flag& f : sc.flags) {
      // Every feature and evidence of the flag, name=value (0 left out):
      // what a new evidence is studied on before the fit weighs it.
      std::string ev;
      char num[32];
      for (const auto& [name, v] : f.features) {
        if (v == 0) continue;
        std::snprintf(num, sizeof num, "=%.3g", v);
        ev += (ev.empty() ? "" : ",") + name + num;
      }
      std::printf("%-14s %.3f %s [%s] %s\n", f.type.c_str(), f.score, f.right ? "RIGHT" : "false", ev.c_str(), f.where.c_str());
    }
    return 0;
  }
  // --why TEXT: for each located gold article figure whose `at` contains
  // TEXT, every candidate the checker weighed, its features and both
  // identity scores under the stored model: why it was aligned as it was.
  if (!why.empty()) {
    IdentityModel stored;
    if (Status s = check::LoadIdentityModel(rules, "en", &stored); !s.ok()) {
      std::fprintf(stderr, "fit_identity: %s\n", s.message().c_str());
      return 2;
    }
    // The warn bars in force: a finding of a basis warns at or above its
    // bar; a basis not listed is said at info.
    std::printf("warn bars (%s):", stored.fitted_on.c_str());
    for (const char* t : kAllBases) {
      auto w = stored.warn.find(t);
      if (w == stored.warn.end()) std::printf(" %s=info", t);
      else std::printf(" %s>=%.4f", t, w->second);
    }
    for (int e = 0; e < check::kEvidenceCount; ++e) {
      for (const auto& [b, bar] : stored.warn_with[e]) std::printf(" %s+%s>=%.4f", b.c_str(), check::EvidenceName(e), bar);
    }
    std::printf("\n");
    for (const Loaded& l : train) {
      CheckOptions opts;
      opts.rules_dir = rules;
      opts.keep_candidates = true;
      std::vector<Finding> findings;
      std::vector<Alignment> pairs;
      if (!CheckFigures(l.input, opts, &findings, nullptr, &pairs).ok()) continue;
      for (const GoldPair& g : l.cluster.pairs) {
        if (g.at.find(why) == std::string::npos) continue;
        size_t s = 0, e = 0;
        if (!Locate(l, g.article, g.at, g.occurrence, &s, &e)) continue;
        for (const Alignment& a : pairs) {
          if (!FigureAt(l, a.figure, g.article, s, e)) continue;
          std::printf("%s/%s \"%s\" (%s, gold source %s \"%s\"): %s%s\n", l.cluster.name.c_str(), g.article.c_str(),
                      a.figure->text.c_str(), g.relation.c_str(), g.source.c_str(), g.source_at.c_str(),
                      a.verdict.c_str(), a.source ? (" with \"" + a.source->text + "\"").c_str() : "");
          for (const Alignment::Candidate& c : a.candidates) {
            check::Features f{};
            for (int i = 0; i < kFeatureCount && i < static_cast<int>(c.features.size()); ++i) f[i] = c.features[i];
            std::printf("   sup %.3f con %.3f  %-28s %s |", stored.support.Score(f), stored.conflict.Score(f),
                        ("\"" + c.figure->text + "\"").c_str(), fs::path(c.figure->doc.str()).filename().c_str());
            for (int i = 0; i < kFeatureCount; ++i) std::printf(" %s=%.2f", check::FeatureName(i), f[i]);
            std::printf("\n");
          }
        }
      }
    }
    return 0;
  }
  const std::vector<size_t> everyone = AllOf(train.size());
  std::vector<std::string> names;
  for (const Loaded& l : train) names.push_back(l.cluster.name);
  auto run = [&](const IdentityModel& model) { return RunOn(model, rules, train, everyone); };
  // --bars-only: the stored weights and thresholds kept, only the warn bars
  // (step 3) fitted again; --keep-warn also keeps the stored `warn` bars and
  // fits `warn_with` alone.
  IdentityModel chosen, stored;
  size_t n_examples = 0, n_pos = 0;
  if (bars_only || keep_thresholds) {
    if (Status s = check::LoadIdentityModel(rules, "en", &stored); !s.ok()) {
      std::fprintf(stderr, "fit_identity: %s\n", s.message().c_str());
      return 2;
    }
    chosen = stored;
  }
  // 1. Examples from every candidate of every located gold article figure,
  // kept by cluster so a fold can be fitted on its own clusters.
  std::vector<std::vector<Example>> examples_of;
  if (!bars_only || cv_weights) {
    examples_of.resize(train.size());
    for (size_t i = 0; i < train.size(); ++i) {
      if (Status s = ExamplesOf(train[i], rules, &examples_of[i]); !s.ok()) {
        std::fprintf(stderr, "fit_identity: %s: %s\n", train[i].cluster.name.c_str(), s.message().c_str());
        return 2;
      }
    }
  }
  if (!bars_only) {
    IdentityModel m;
    if (!FitWeights(examples_of, everyone, &m, &n_examples, &n_pos)) {
      std::fprintf(stderr, "fit_identity: no positive and negative examples to fit on\n");
      return 2;
    }
    std::printf("examples: %zu candidates, %zu positive, from %zu train clusters\n", n_examples, n_pos, train.size());
    chosen = m;
  }
  if (!bars_only && keep_thresholds) {
    // --keep-thresholds: the weights refitted, the stored thresholds kept
    // (step 2's grid of 486 runs skipped).
    IdentityModel m = stored;
    m.support = chosen.support;
    m.conflict = chosen.conflict;
    chosen = m;
  } else if (!bars_only) {
    IdentityModel m = chosen;
    // 2. Thresholds on the train split, every type raised.
    for (const char* t : kAllBases) m.warn[t] = 0;
    double best = -1;
    chosen = m;
    for (double sup : {0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9}) {
      for (double con : {0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95}) {
        for (double dis : {0.5, 0.6, 0.7, 0.8, 0.9, 0.95}) {
          IdentityModel t = m;
          t.support_min = sup;
          t.conflict_min = con;
          t.disagreement_min = dis;
          Score sc = run(t);
          double o = Objective(sc);
          if (o > best + 1e-9) {
            best = o;
            chosen = t;
          }
        }
      }
    }
  }
  std::printf("thresholds: support %.2f conflict %.2f disagreement %.2f\n", chosen.support_min, chosen.conflict_min,
              chosen.disagreement_min);
  // 3. Warn bars, per finding basis, from the train flags with every basis
  // warned plus the flags of generated perturbations (above Perturb).
  auto all_warned_of = [](IdentityModel m) {
    for (const char* t : kAllBases) m.warn[t] = 0;
    for (auto& w : m.warn_with) w.clear();
    return m;
  };
  // The heads of every train figure by kind and unit: what a subject swap
  // picks from (words only, no gold label: shared by every fold).
  std::map<std::string, std::vector<std::string>> heads;
  for (const Loaded& l : train) {
    for (const Figure& f : l.input.figures) {
      if (!f.frame.subject_head.empty()) heads[std::string(KindName(f.kind)) + "|" + f.unit].push_back(f.frame.subject_head);
    }
  }
  for (auto& [k, v] : heads) {
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end()), v.end());
  }
  std::map<std::string, std::pair<int, int>> generated;  // generator -> (perturbed figures, flagged as expected)
  const std::vector<ClusterFlags> flags_of =
      CollectFlags(train, everyone, all_warned_of(chosen), rules, heads, &generated);
  for (const auto& [g, n] : generated) {
    std::printf("  perturbation %-10s %4d figures, %4d flagged with its basis\n", g.c_str(), n.first, n.second);
  }
  const std::map<std::string, double>* kept = keep_warn ? &stored.warn : nullptr;
  // Cross-validation of step 3: the bars fitted on the flags of k-1 folds,
  // the checker scored on the held fold with them, the folds pooled.
  auto cv_bars = [&](const BarSettings& set) {
    return CrossValidate(names, folds, [&](const std::vector<size_t>& fit_on, const std::vector<size_t>& held) {
      return RunOn(FitBars(chosen, flags_of, fit_on, set, kept, nullptr), rules, train, held);
    });
  };
  BarSettings settings;
  Score cv;
  bool have_cv = false;
  std::string report;  // the markdown section (--report)
  char buf[512];
  if (choose) {
    // --choose: the bar rule's settings by cross-validated score. A change
    // from the defaults is kept only when CV precision does not fall and CV
    // recall rises, or precision rises at equal recall; among those, the
    // highest recall, then the highest precision.
    const BarSettings defaults;
    const Score base = cv_bars(defaults);
    cv = base;
    std::printf("cv %d folds, default bar rule (%s): %s\n", folds, defaults.Name().c_str(), Figures(base).c_str());
    report += "| bar rule | CV P | CV R | CV right/false/missed |\n|---|---|---|---|\n";
    std::snprintf(buf, sizeof buf, "| %s (default) | %.3f | %.3f | %d/%d/%d |\n", defaults.Name().c_str(),
                  base.Precision(), base.Recall(), base.tp, base.fp, base.fn);
    report += buf;
    // One setting changed at a time from the defaults, then every change
    // that was admissible on its own taken together (a full grid of the
    // four settings costs a checker run over train per point: too slow).
    auto try_setting = [&](const BarSettings& s) {
      Score sc = cv_bars(s);
      std::printf("  cv %-55s %s\n", s.Name().c_str(), Figures(sc).c_str());
      std::snprintf(buf, sizeof buf, "| %s | %.3f | %.3f | %d/%d/%d |\n", s.Name().c_str(), sc.Precision(),
                    sc.Recall(), sc.tp, sc.fp, sc.fn);
      report += buf;
      const double eps = 1e-12;
      const bool admissible = sc.Precision() >= base.Precision() - eps &&
                              (sc.Recall() > base.Recall() + eps ||
                               (sc.Recall() >= base.Recall() - eps && sc.Precision() > base.Precision() + eps));
      const bool better = sc.Recall() > cv.Recall() + eps ||
                          (sc.Recall() >= cv.Recall() - eps && sc.Precision() > cv.Precision() + eps);
      if (admissible && better) {
        settings = s;
        cv = sc;
      }
      return admissible;
    };
    BarSettings together = defaults;
    bool several = false, any = false;
    for (double target : {0.90, 0.98}) {
      BarSettings s = defaults;
      s.target = target;
      if (try_setting(s) && (!any || target < together.target)) together.target = target, several = any, any = true;
    }
    for (int min_evidence : {2, 4}) {
      BarSettings s = defaults;
      s.min_evidence = min_evidence;
      if (try_setting(s)) together.min_evidence = min_evidence, several = any, any = true;
    }
    for (double scale : {0.0, 2.0}) {
      BarSettings s = defaults;
      s.perturbed_scale = scale;
      if (try_setting(s)) together.perturbed_scale = scale, several = any, any = true;
    }
    {
      BarSettings s = defaults;
      s.warn_with = false;
      if (try_setting(s)) together.warn_with = false, several = any, any = true;
    }
    if (several) try_setting(together);
    std::printf("chosen bar rule: %s\n", settings.Name().c_str());
    have_cv = true;
  } else if (cross_validate) {
    cv = cv_bars(settings);
    have_cv = true;
  }
  std::string log;
  chosen = FitBars(chosen, flags_of, everyone, settings, kept, &log);
  std::printf("%s", log.c_str());
  Score final_score = run(chosen);
  std::printf("in-sample (fitted and scored on %zu train clusters): %s\n", train.size(), Figures(final_score).c_str());
  if (have_cv) {
    std::printf("cv %d folds (bars refitted per fold):                 %s\n", folds, Figures(cv).c_str());
  }
  // --cv-weights: the weights refitted per fold too (step 1 on the fold's
  // examples, step 2's thresholds kept as chosen: the grid is too slow to
  // redo per fold), then the fold's flags and bars, the held fold scored.
  Score cv_w;
  if (cv_weights) {
    bool ok = true;
    cv_w = CrossValidate(names, folds, [&](const std::vector<size_t>& fit_on, const std::vector<size_t>& held) {
      IdentityModel m = chosen;
      size_t ne = 0, np = 0;
      if (!FitWeights(examples_of, fit_on, &m, &ne, &np)) {
        ok = false;
        return Score{};
      }
      const std::vector<ClusterFlags> f = CollectFlags(train, fit_on, all_warned_of(m), rules, heads, nullptr);
      return RunOn(FitBars(m, f, fit_on, settings, kept, nullptr), rules, train, held);
    });
    if (!ok) {
      std::fprintf(stderr, "fit_identity: a fold has no positive and negative examples to fit on\n");
      return 2;
    }
    std::printf("cv %d folds (weights and bars refitted per fold):     %s\n", folds, Figures(cv_w).c_str());
  }
  char fitted[480];
  if (bars_only) {
    // The weights' own line kept; the bars' train clusters and score said after it.
    std::string weights = stored.fitted_on.substr(0, stored.fitted_on.find("; "));
    std::snprintf(fitted, sizeof fitted, "%s; warn bars: %zu train clusters; train P %.2f R %.2f align %.2f",
                  weights.c_str(), train.size(), final_score.Precision(), final_score.Recall(), final_score.Alignment());
  } else {
    std::snprintf(fitted, sizeof fitted, "%zu train clusters, %zu candidates (%zu positive); train P %.2f R %.2f align %.2f",
                  train.size(), n_examples, n_pos, final_score.Precision(), final_score.Recall(),
                  final_score.Alignment());
  }
  std::string fitted_on = fitted;
  if (choose) fitted_on += "; bar rule by " + std::to_string(folds) + "-fold CV: " + settings.Name();
  if (have_cv) {
    std::snprintf(fitted, sizeof fitted, "; CV P %.2f R %.2f align %.2f", cv.Precision(), cv.Recall(), cv.Alignment());
    fitted_on += fitted;
  }
  if (!report_path.empty()) {
    std::string md = std::string(kReportBegin) + "\n## Cross-validated calibration (fit_identity)\n\n";
    md += "Train clusters dealt into " + std::to_string(folds) +
          " folds by a hash of their name (tools/checkeval/cv.h); fitted on the other folds, scored on each held "
          "fold, the held folds pooled. The in-sample line is fitted and scored on the same clusters.\n\n";
    md += "| fit | scored on | P | R | align | right/false/missed |\n|---|---|---|---|---|---|\n";
    auto row = [&md](const std::string& what, const std::string& on, const Score& s) {
      char b[256];
      std::snprintf(b, sizeof b, "| %s | %s | %.3f | %.3f | %.3f | %d/%d/%d |\n", what.c_str(), on.c_str(),
                    s.Precision(), s.Recall(), s.Alignment(), s.tp, s.fp, s.fn);
      md += b;
    };
    row(bars_only ? "stored weights and thresholds, bars fitted on all train" : "weights (and thresholds) as fitted above, bars fitted on all train", "the same clusters (in-sample)", final_score);
    if (have_cv) row("bars refitted per fold", "held folds (CV)", cv);
    if (cv_weights) row("weights and bars refitted per fold, thresholds kept", "held folds (CV)", cv_w);
    md += "\nBar rule: " + settings.Name() + (choose ? " (chosen by CV among the settings below)" : "") + ".\n";
    if (choose) md += "\n" + report;
    md += std::string(kReportEnd) + "\n";
    if (Status s = ReplaceSection(report_path, md); !s.ok()) {
      std::fprintf(stderr, "fit_identity: %s\n", s.message().c_str());
      return 2;
    }
  }
  chosen.fitted_on = fitted_on;
  const std::string header =
      "# The checker's identity model (claims/check/identity.h): do two figures\n"
      "# make the same statement? score = 1 / (1 + exp(-(bias + sum weight * feature))).\n"
      "# `support` uses every feature; `conflict` leaves value_agree and\n"
      "# value_near out, so a misreported value is still recognised as the\n"
      "# same statement.\n"
      "# Thresholds: support (an agreeing candidate supports), conflict (a\n"
      "# disagreeing one is a conflict; below, the checker abstains),\n"
      "# disagreement (two articles), error (conflicts at or above are errors).\n"
      "# warn: per finding basis, the identity at or above which its findings\n"
      "# warn; a basis not listed is said at info. Fitted from the train flags\n"
      "# plus generated perturbations of faithful pairs, for precision, the bar\n"
      "# rule's settings chosen by 5-fold cross-validation by cluster (fitted_on\n"
      "# names them; `make fit-identity`, or `make fit-warn` for the bars alone).\n"
      "# warn_with: per evidence (same_number: both figures give one number as\n"
      "# written; distinct_number: that number has three or more significant\n"
      "# digits; credited: the article credits the source; shared_figure: the\n"
      "# sentences share another number; stated_both: one number and the differing attribute\n"
      "# is written in both sentences), lower bars for the findings that carry it, placed at a train\n"
      "# right flag and adding no train false alarm.\n"
      "# Written by tools/checkeval/fit_identity (`make fit-identity`)\n"
      "# from the train split of corpus/checkdev; hand edits are overwritten.\n";
  std::string yaml = check::IdentityModelYaml(chosen, header);
  std::printf("%s", yaml.c_str());
  if (write) {
    for (const char* lang : {"en", "es"}) {
      std::string path = rules + "/" + lang + "/identity.yaml";
      std::ofstream f(path);
      f << yaml;
      if (!f) {
        std::fprintf(stderr, "fit_identity: %s: cannot write\n", path.c_str());
        return 2;
      }
    }
  }
  return 0;
}
