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
//      distinct_number), a lower bar for the flags carrying it: placed at a
//      gold right flag (perturbations are right by construction and cannot
//      show where false alarms begin), the same precision over everything
//      warned, at least three right flags newly warned and no gold false
//      alarm newly warned (`warn_with`).
//
//   --bars-only keeps the stored weights and thresholds and redoes step 3;
//   with --keep-warn it also keeps the stored `warn` bars and fits only
//   `warn_with` (`make fit-warn`). `--why` prints the bars in force;
//   `--flags` every train flag with every basis warned, with its evidence.
#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>

#include "claimcheck/rules.h"
#include "claimcheck/util.h"
#include "claims/check/identity.h"
#include "claims/check/interval.h"
#include "tools/checkeval/checkdev.h"
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
// The right flags (gold and perturbed, counted plainly) a bar must keep; a
// basis with fewer at every bar stays at info.
constexpr int kMinEvidence = 3;

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
  if (basis == "points" || basis == "level_change") return "measure";
  if (basis == "subject_listed") return "subject";
  if (basis == "subset_of_whole") return "subset";
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

}  // namespace

int main(int argc, char** argv) {
  std::string root = "corpus/checkdev", rules = DefaultRulesDir();
  bool write = false, dump_flags = false, bars_only = false, keep_warn = false;
  std::string why;  // --why TEXT: the candidates of gold article figures whose `at` contains TEXT
  for (int i = 1; i < argc; ++i) {
    std::string k = argv[i];
    if (k == "--root" && i + 1 < argc) root = argv[++i];
    else if (k == "--rules" && i + 1 < argc) rules = argv[++i];
    else if (k == "--write") write = true;
    else if (k == "--flags") dump_flags = true;
    else if (k == "--bars-only") bars_only = true;
    else if (k == "--keep-warn") keep_warn = true;
    else if (k == "--why" && i + 1 < argc) why = argv[++i];
    else {
      std::fprintf(stderr, "usage: fit_identity [--root DIR[,DIR...]] [--rules DIR] [--bars-only [--keep-warn]] [--write | --flags | --why TEXT]\n");
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
      std::string ev;
      for (const auto& [name, v] : f.features) {
        if (v > 0 && (name == "same_number" || name == "distinct_number" || name == "shared_figures")) ev += (ev.empty() ? "" : ",") + name;
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
  auto run = [&](const IdentityModel& model) {
    CheckOptions opts;
    opts.rules_dir = rules;
    opts.identity_yaml = check::IdentityModelYaml(model, "");
    Score sc;
    for (const Loaded& l : train) Evaluate(l, false, opts, &sc);
    return sc;
  };
  // --bars-only: the stored weights and thresholds kept, only the warn bars
  // (step 3) fitted again; --keep-warn also keeps the stored `warn` bars and
  // fits `warn_with` alone.
  IdentityModel chosen, stored;
  size_t n_examples = 0, n_pos = 0;
  if (bars_only) {
    if (Status s = check::LoadIdentityModel(rules, "en", &stored); !s.ok()) {
      std::fprintf(stderr, "fit_identity: %s\n", s.message().c_str());
      return 2;
    }
    chosen = stored;
  } else {
  // 1. Examples from every candidate of every located gold article figure.
  std::vector<Example> examples;
  for (const Loaded& l : train) {
    CheckOptions opts;
    opts.rules_dir = rules;
    opts.keep_candidates = true;
    // Candidates do not depend on the model; the stored one may be stale.
    opts.identity_yaml = check::IdentityModelYaml(check::DefaultIdentityModel(), "");
    std::vector<Finding> findings;
    std::vector<Alignment> pairs;
    if (Status s = CheckFigures(l.input, opts, &findings, nullptr, &pairs); !s.ok()) {
      std::fprintf(stderr, "fit_identity: %s: %s\n", l.cluster.name.c_str(), s.message().c_str());
      return 2;
    }
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
        examples.push_back(ex);
      }
    }
  }
  // Generated perturbations (issue 13, point 4): a gold pair whose article
  // value is misreported by a digit swap or a power of ten is still the same
  // statement. Each agreeing positive gets a copy with its value slipped, so
  // the conflict model learns what a slip looks like from every gold pair,
  // not only from the few slips the development set holds.
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
  if (pos == 0 || pos == examples.size()) {
    std::fprintf(stderr, "fit_identity: no positive and negative examples to fit on\n");
    return 2;
  }
  std::printf("examples: %zu candidates, %zu positive, from %zu train clusters\n", examples.size(), pos, train.size());
  n_examples = examples.size();
  n_pos = pos;

  IdentityModel m;
  m.support = Fit(examples, true);
  m.conflict = Fit(examples, false);

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
  }  // steps 1 and 2
  // 3. Warn bars, per finding basis, from the train flags with every basis
  // warned plus the flags of generated perturbations (above Perturb).
  IdentityModel all_warned = chosen;
  for (const char* t : kAllBases) all_warned.warn[t] = 0;
  for (auto& w : all_warned.warn_with) w.clear();
  Score at = run(all_warned);
  chosen.warn.clear();
  for (auto& w : chosen.warn_with) w.clear();
  if (keep_warn) chosen.warn = stored.warn;
  std::printf("thresholds: support %.2f conflict %.2f disagreement %.2f\n", chosen.support_min, chosen.conflict_min,
              chosen.disagreement_min);
  std::map<std::string, std::vector<BarFlag>> gold_flags;  // basis -> flags
  for (const Score::Flag& f : at.flags) {
    if (f.type == "arithmetic") continue;  // not identity-based
    BarFlag b;
    b.identity = f.score;
    b.right = f.right;
    b.evidence = EvidenceOfFeatures(f.features);
    gold_flags[f.type].push_back(b);
  }
  std::map<std::string, int> gold_relations;  // train gold pairs by relation
  for (const Loaded& l : train) {
    for (const GoldPair& g : l.cluster.pairs) ++gold_relations[g.relation];
  }
  // The heads of every train figure by kind and unit: what a subject swap
  // picks from.
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
  std::map<std::string, std::vector<BarFlag>> perturbed;  // basis -> each right perturbed flag
  std::map<std::string, std::pair<int, int>> generated;  // generator -> (perturbed figures, flagged as expected)
  {
    CheckOptions opts;
    opts.rules_dir = rules;
    opts.identity_yaml = check::IdentityModelYaml(all_warned, "");
    std::map<std::string, size_t> turn;  // generator -> targets so far, to vary modifiers and heads
    for (const Loaded& l : train) {
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
          ++generated[g.name].first;
          for (const Finding& f : got) {
            if (f.severity == Severity::kInfo || f.claims.size() < 2) continue;
            if (&*f.claims[0] != &in.figures[t.article] || &*f.claims[1] != &in.figures[t.source]) continue;
            if (std::find(g.bases.begin(), g.bases.end(), f.basis) == g.bases.end()) continue;
            BarFlag b;
            b.identity = f.score;
            b.right = b.perturbed = true;
            b.evidence = EvidenceOfFeatures(f.features);
            perturbed[f.basis].push_back(b);
            ++generated[g.name].second;
            break;
          }
        }
      }
    }
  }
  for (const auto& [g, n] : generated) {
    std::printf("  perturbation %-10s %4d figures, %4d flagged with its basis\n", g.c_str(), n.first, n.second);
  }
  // Per basis, the warn bar (ChooseBar, warnbar.h): the lowest identity at
  // which the flags at or above it are right with weighted precision >=
  // kTargetPrecision and at least kMinEvidence right flags stand behind it.
  // The perturbed flags are scaled to weigh as many flags as the train split
  // holds gold differences of that kind (they show where a real difference
  // falls on the identity scale, not how often one occurs), so the gold
  // false alarms keep their real weight. Then, per evidence (identity.h
  // Evidence), a lower bar for the flags carrying it, where those flags
  // alone show it: the same precision over everything warned, at least
  // kMinEvidence right flags newly warned, and no gold false alarm newly
  // warned. A basis with no such bar stays at info: the checker abstains.
  std::set<std::string> bases(std::begin(kAllBases), std::end(kAllBases));
  for (const auto& [b, v] : gold_flags) bases.insert(b);
  for (const auto& [b, v] : perturbed) bases.insert(b);
  auto count = [](const std::vector<BarFlag>& v, bool right) {
    int n = 0;
    for (const BarFlag& f : v) n += !f.perturbed && f.right == right;
    return n;
  };
  for (const std::string& b : bases) {
    std::vector<BarFlag> flags = gold_flags[b];
    const std::vector<BarFlag>& pf = perturbed[b];
    flags.insert(flags.end(), pf.begin(), pf.end());
    BarRule rule;
    rule.target = kTargetPrecision;
    rule.min_evidence = kMinEvidence;
    rule.perturbed_weight =
        pf.empty() ? 0 : std::min(1.0, std::max(1, gold_relations[RelationOf(b)]) / static_cast<double>(pf.size()));
    rule.add_no_false_alarm = false;
    rule.gold_placed = false;  // the basis's own bar: placed as before, perturbations included
    std::printf("  %-16s gold %3d right %3d false, perturbed %3zu (weight %.3f):", b.c_str(), count(flags, true),
                count(flags, false), pf.size(), rule.perturbed_weight);
    double any_bar = 2;
    if (keep_warn) {
      auto w = chosen.warn.find(b);
      if (w != chosen.warn.end()) any_bar = w->second;
      std::printf(" warn kept %s;", any_bar > 1 ? "none" : std::to_string(any_bar).substr(0, 6).c_str());
    } else {
      BarChoice c = ChooseBar(flags, rule);
      if (c.bar < 0) {
        std::printf(" warn none;");
      } else {
        // Scores are identities rounded to three decimals: the bar sits half
        // a step below, so every flag at that rounded score, and none below, warns.
        any_bar = chosen.warn[b] = c.bar - 0.0005;
        std::printf(" warn >= %.4f (%d right %d false, perturbed %d, P %.3f);", any_bar, c.right, c.wrong,
                    c.perturbed, c.precision);
      }
    }
    for (int e = 0; e < check::kEvidenceCount; ++e) {
      BarRule with = rule;
      with.evidence = e;
      with.already = any_bar;
      with.add_no_false_alarm = true;
      with.gold_placed = true;
      BarChoice c = ChooseBar(flags, with);
      if (c.bar < 0) {
        std::printf(" %s none;", check::EvidenceName(e));
        continue;
      }
      chosen.warn_with[e][b] = c.bar - 0.0005;
      std::printf(" %s >= %.4f (%d right %d false, perturbed %d, P %.3f);", check::EvidenceName(e), c.bar - 0.0005,
                  c.right, c.wrong, c.perturbed, c.precision);
    }
    std::printf("\n");
  }
  Score final_score = run(chosen);
  char fitted[320];
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
  chosen.fitted_on = fitted;
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
      "# plus generated perturbations of faithful pairs, for precision >= 0.95\n"
      "# (`make fit-identity`; `make fit-warn` keeps them and fits warn_with).\n"
      "# warn_with: per evidence (same_number: both figures give one number as\n"
      "# written; distinct_number: that number has three or more significant\n"
      "# digits), lower bars for the findings that carry it, placed at a train\n"
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
