#include "claims/check/multiplier.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <unordered_map>

#include "claimcheck/util.h"
#include "claims/check/describe.h"
#include "claims/check/interval.h"

namespace claimcheck::check {
namespace {

constexpr double kSupportIdentity = 0.3;   // an agreeing piece of evidence at or above supports
constexpr double kConflictIdentity = 0.6;  // a disagreeing one at or above (same subject) conflicts
// The identity of a piece of evidence (CheckMultipliers): the same subject,
// plus the shared words' overlap, plus another number both sentences state.
constexpr double kSubjectWeight = 0.4;
constexpr double kOverlapWeight = 0.6;
constexpr double kSharedNumberBonus = 0.15;
// Evidence without the article figure's subject and that is not a stated
// factor of the same value passes kSupportIdentity only with at least this
// overlap, however its shared number goes: (0.3 - 0.15) / 0.6 = 0.25, less a
// margin for rounding, so the candidates found through it are a superset of
// those that pass.
constexpr double kLeastOverlap = (kSupportIdentity - kSharedNumberBonus) / kOverlapWeight - 1e-9;

// A conflict warns at the identity model's bar for its basis, when one is given.
bool Warns(const MultiplierCheck& ctx, const Figure& x, const std::string& basis, double identity) {
  return !ctx.warns || ctx.warns(x, basis, std::round(identity * 1000) / 1000);
}

enum class EvidenceKind { kStated, kFromTo, kPercentChange, kTwoLevels };

struct Evidence {
  const Figure* figure = nullptr;  // the source figure
  const Figure* other = nullptr;   // kTwoLevels: the second level
  EvidenceKind kind = EvidenceKind::kStated;
  double ratio = 0;        // new/old; kTwoLevels: larger/smaller (either way round is read)
  double identity = 0;
  double overlap = 0;  // shared content words, over the smaller sentence's
  bool same_subject = false;
};

bool IsChecked(const Figure& f) {
  if (f.value.is_date() || !std::isfinite(f.value.num)) return false;
  return f.kind == Kind::kCount || f.kind == Kind::kPercent || f.kind == Kind::kMoney ||
         f.kind == Kind::kMeasure || f.kind == Kind::kDuration;
}

std::string Fixed(double v, int decimals) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
  return buf;
}

// Decimals written in the figure's number ("2.5 times" has one); words none.
int WrittenDecimals(const Figure& m) {
  const std::string& t = m.text;
  for (size_t i = 0; i + 1 < t.size(); ++i) {
    if ((t[i] == '.' || t[i] == ',') && i > 0 && t[i - 1] >= '0' && t[i - 1] <= '9' && t[i + 1] >= '0' &&
        t[i + 1] <= '9') {
      int n = 0;
      for (size_t j = i + 1; j < t.size() && t[j] >= '0' && t[j] <= '9'; ++j) ++n;
      return n;
    }
  }
  return 0;
}

// The multiplier's factor folded above 1 ("halved" is 2 on the down side).
double Magnitude(double r) { return r >= 1 ? r : 1 / r; }

FactorRange Range(const Figure& m, bool honest) {
  const double f = Magnitude(EffectiveFactor(m));
  // Written precision: "2.5 times" covers 2.45..2.55; a word ("doubled",
  // "three times") is rounded to the whole factor, about 10% either way.
  const int dec = WrittenDecimals(m);
  double tol = dec > 0 ? std::max(0.5 * std::pow(10.0, -dec), 0.05 * f) : 0.1 * f;
  if (!honest) tol = dec > 0 ? 2.5 * tol : 0.2 * f;
  double lo = f - tol, hi = f + tol;
  const double inf = std::numeric_limits<double>::infinity();
  switch (m.qualifier) {
    case Qualifier::kNearly:
      lo = f * (honest ? 0.85 : 0.7), hi = f * 1.02;
      break;
    case Qualifier::kApprox:
    case Qualifier::kVague:
      lo = f * (honest ? 0.85 : 0.75), hi = f * (honest ? 1.15 : 1.33);
      break;
    case Qualifier::kMoreThan:
    case Qualifier::kAtLeast:
      lo = f * (honest ? 0.99 : 0.95), hi = honest ? f * 1.6 : inf;
      break;
    case Qualifier::kLessThan:
    case Qualifier::kAtMost:
      lo = honest ? f * 0.6 : 1, hi = f * 1.02;
      break;
    default:
      break;
  }
  return {std::max(1.0, lo), hi};
}

std::vector<std::string> CanonicalWords(const Lexicon& lex, const Figure& f) {
  std::vector<std::string> w = lex.ContextWords(f.lang, f.sentence);
  for (std::string& x : w) x = lex.Canonical(x);
  std::sort(w.begin(), w.end());
  w.erase(std::unique(w.begin(), w.end()), w.end());
  return w;
}

std::string SubjectKey(const Lexicon& lex, const Figure& f) {
  if (f.frame.subject_head.empty()) return {};
  return lex.Canonical(lex.For(f.lang).Lemma(AsciiLower(f.frame.subject_head)));
}

std::string SentenceKey(const Figure& f) { return f.doc_id + "\x1f" + f.doc + "\x1f" + std::to_string(f.sentence_start); }

// What the evidence says, for a message: "its figures (40 to 81)", "a rise of 103%".
std::string EvidenceText(const Evidence& e) {
  const Figure& f = *e.figure;
  switch (e.kind) {
    case EvidenceKind::kStated:
      return "says " + CollapseSpace(f.text);
    case EvidenceKind::kFromTo:
      return "gives " + (e.other ? CollapseSpace(e.other->text) : FormatNumber(*f.frame.previous)) + " then " +
             (e.other ? CollapseSpace(f.text) : FormatNumber(f.value.num));
    case EvidenceKind::kPercentChange:
      return "gives a " + std::string(f.frame.direction == Direction::kDown ? "fall" : "rise") + " of " +
             CollapseSpace(f.text);
    case EvidenceKind::kTwoLevels:
      return "gives " + CollapseSpace(e.other->text) + " and " + CollapseSpace(f.text);
  }
  return {};
}

}  // namespace

double EffectiveFactor(const Figure& m) {
  double v = m.value.num;
  if (!(v > 0)) return 1;
  // "three times lower", "a threefold drop": divided by the factor.
  if (m.frame.direction == Direction::kDown && v > 1) return 1 / v;
  return v;
}

FactorRange HonestRange(const Figure& m) { return Range(m, true); }
FactorRange TolerableRange(const Figure& m) { return Range(m, false); }

std::string FactorWords(double r) {
  if (!(r > 0)) return "no change";
  const double g = Magnitude(r);
  if (r >= 1) {
    if (std::fabs(g - 2) <= 0.15) return "a doubling";
    if (std::fabs(g - 3) <= 0.2) return "a tripling";
    if (std::fabs(g - 4) <= 0.25) return "a quadrupling";
    return "a rise of about " + Fixed(g, 1) + " times";
  }
  if (std::fabs(g - 2) <= 0.15) return "a halving";
  return "a fall to about " + Fixed(100 / g, 0) + "% of the earlier level";
}

void CheckMultipliers(const MultiplierCheck& ctx, const std::vector<Figure>& figures, std::vector<Finding>* out,
                      std::vector<Alignment>* pairs) {
  const Lexicon& lex = *ctx.lex;
  std::vector<const Figure*> articles, sources;
  for (const Figure& f : figures) {
    if (f.kind == Kind::kMultiplier && ctx.is_checked(f)) articles.push_back(&f);
    if (ctx.is_source(f)) sources.push_back(&f);
  }
  if (articles.empty() || sources.empty()) return;

  // Evidence of a ratio in the sources, with each one's words and subject.
  struct Source {
    Evidence e;
    std::vector<std::string> words;
    std::string subject;
  };
  std::vector<Source> evidence;
  std::unordered_map<std::string, std::vector<const Figure*>> levels;  // sentence -> its levels
  for (const Figure* f : sources) {
    Evidence e;
    e.figure = f;
    if (f->kind == Kind::kMultiplier) {
      e.kind = EvidenceKind::kStated;
      e.ratio = EffectiveFactor(*f);
    } else if (!IsChecked(*f)) {
      continue;
    } else if (f->frame.previous && *f->frame.previous > 0 && f->value.num > 0 &&
               f->frame.measure != Measure::kChange) {
      e.kind = EvidenceKind::kFromTo;
      e.ratio = f->value.num / *f->frame.previous;
    } else if (f->kind == Kind::kPercent && f->unit.empty() && f->frame.measure == Measure::kChange &&
               (f->frame.direction == Direction::kUp || f->frame.direction == Direction::kDown)) {
      const double p = std::fabs(f->value.num);
      e.kind = EvidenceKind::kPercentChange;
      e.ratio = f->frame.direction == Direction::kUp ? 1 + p / 100 : 1 - p / 100;
      if (!(e.ratio > 0)) continue;
    } else {
      if (f->value.num > 0 && f->frame.measure != Measure::kChange && !f->value_max) {
        levels[SentenceKey(*f)].push_back(f);
      }
      continue;
    }
    evidence.push_back({e, {}, {}});
  }
  for (auto& [key, list] : levels) {
    for (size_t i = 0; i < list.size(); ++i) {
      for (size_t j = i + 1; j < list.size(); ++j) {
        const Figure* a = list[i];
        const Figure* b = list[j];
        if (a->kind != b->kind || a->unit != b->unit) continue;
        Evidence e;
        e.kind = EvidenceKind::kTwoLevels;
        e.figure = a->value.num >= b->value.num ? a : b;
        e.other = e.figure == a ? b : a;
        e.ratio = e.figure->value.num / e.other->value.num;
        // "pasaron de 1,2 millones a 3,7 millones": the recogniser's from
        // and to levels say which is the base, so the ratio is stated.
        auto ends = [](const Figure* f, std::string_view suffix) {
          return f->rule.size() >= suffix.size() &&
                 f->rule.compare(f->rule.size() - suffix.size(), suffix.size(), suffix) == 0;
        };
        const Figure* from = ends(a, ".from_level") ? a : ends(b, ".from_level") ? b : nullptr;
        const Figure* to = ends(a, ".to_level") ? a : ends(b, ".to_level") ? b : nullptr;
        if (from && to && from != to) {
          e.kind = EvidenceKind::kFromTo;
          e.figure = to;
          e.other = from;
          e.ratio = to->value.num / from->value.num;
        }
        evidence.push_back({e, {}, {}});
      }
    }
  }
  // The figures each article multiplier's own sentence states beside it:
  // "ha crecido un 21 %, más del doble" compares the sentence's 21 % with its
  // 9 %, not a change any source gives.
  std::unordered_map<std::string, std::vector<const Figure*>> own;
  for (const Figure* x : articles) own.emplace(SentenceKey(*x), std::vector<const Figure*>{});
  for (const Figure& f : figures) {
    if (f.kind == Kind::kMultiplier || !IsChecked(f) || !(f.value.num > 0) || f.value_max) continue;
    if (auto it = own.find(SentenceKey(f)); it != own.end()) it->second.push_back(&f);
  }
  // The sentences' levels are paired: not held through the pair loop.
  std::unordered_map<std::string, std::vector<const Figure*>>().swap(levels);
  // Each sentence's canonical words as sorted ids (the same set as
  // CanonicalWords: ids are one per string, so the shared count and the
  // sizes are the same) and its numbers, looked up once per figure: the
  // pair loop built a key string and hashed it three times per pair (80% of
  // check at 10^5 figures).
  struct SentenceData {
    std::vector<int> words;
    std::vector<double> numbers;
    bool worded = false;  // words filled
  };
  std::unordered_map<std::string, int> vocab;
  // Keyed by the figure's own strings: a key string per figure (~130
  // bytes a sentence of the store) was built while every finding so far
  // was held.
  struct Key {
    std::string_view doc_id, doc;
    size_t start;
    bool operator==(const Key&) const = default;
  };
  struct KeyHash {
    size_t operator()(const Key& k) const {
      size_t h = std::hash<std::string_view>()(k.doc_id);
      h = h * 1000003u ^ std::hash<std::string_view>()(k.doc);
      return h * 1000003u ^ std::hash<size_t>()(k.start);
    }
  };
  std::unordered_map<Key, SentenceData, KeyHash> sentence_of;
  auto data = [&](const Figure& f) -> SentenceData& { return sentence_of[Key{f.doc_id, f.doc, f.sentence_start}]; };
  // Every number each sentence states: a sentence that shares another
  // number with the article's ("down from 2.4 times") is likelier the same.
  // Only the sentences compared below (the article multipliers' and the
  // evidence's) are kept: an entry, with its number list, for every
  // sentence of the store that holds a figure was held while every finding
  // of the article pass was (issue 13: the peak of check at 10^6 figures).
  sentence_of.reserve(articles.size() + evidence.size());
  for (const Figure* x : articles) data(*x);
  for (const Source& s : evidence) data(*s.e.figure);
  for (const Figure& f : figures) {
    if (f.value.is_date() || !std::isfinite(f.value.num)) continue;
    auto it = sentence_of.find(Key{f.doc_id, f.doc, f.sentence_start});
    if (it != sentence_of.end()) it->second.numbers.push_back(f.value.num);
  }
  auto words = [&](const Figure& f) -> const SentenceData& {
    SentenceData& d = data(f);
    if (!d.worded) {
      d.worded = true;
      for (const std::string& w : CanonicalWords(lex, f)) {
        d.words.push_back(vocab.emplace(w, static_cast<int>(vocab.size())).first->second);
      }
      std::sort(d.words.begin(), d.words.end());
    }
    return d;
  };
  auto shares_number = [](const Figure& a, const SentenceData& da, const SentenceData& db) {
    for (double x : da.numbers) {
      if (x == a.value.num) continue;
      for (double y : db.numbers) {
        if (x == y) return true;
      }
    }
    return false;
  };
  for (Source& s : evidence) s.subject = SubjectKey(lex, *s.e.figure);
  // Which evidence can reach kSupportIdentity for an article figure (the
  // identity below): one with the same subject, one sharing a word, or a
  // stated factor (same value and another shared number, 0.25 + 0.15,
  // without a word in common). Only those are scored, found through word
  // and subject postings; every pair was scored before, quadratic in the
  // store (22,000 article multipliers x 10^5 pieces of evidence at 10^6
  // figures). Candidates are scored in evidence order, as before, so the
  // sort below sees the same sequence.
  std::vector<const SentenceData*> evidence_data(evidence.size());
  std::unordered_map<int, std::vector<int>> by_word;
  // Subjects interned: the pair loop compares ids, not strings (equal ids
  // are equal subjects; an article subject no evidence has gets none).
  std::unordered_map<std::string, int> subject_ids;
  std::vector<std::vector<int>> by_subject;     // subject id -> evidence
  std::vector<int> subject_of(evidence.size(), -1);  // per evidence: its subject id, -1 none
  std::vector<int> stated;
  for (size_t i = 0; i < evidence.size(); ++i) {
    evidence_data[i] = &words(*evidence[i].e.figure);
    for (int w : evidence_data[i]->words) by_word[w].push_back(static_cast<int>(i));
    if (!evidence[i].subject.empty()) {
      auto [it, fresh] = subject_ids.emplace(evidence[i].subject, static_cast<int>(by_subject.size()));
      if (fresh) by_subject.emplace_back();
      by_subject[static_cast<size_t>(it->second)].push_back(static_cast<int>(i));
      subject_of[i] = it->second;
    }
    if (evidence[i].e.kind == EvidenceKind::kStated) stated.push_back(static_cast<int>(i));
  }
  // The candidates of an article figure, which the loop below scores in
  // full, are every piece of evidence that can pass kSupportIdentity: those
  // with its subject, the stated factors of its very value (0.25 + 0.15
  // with no word shared), and those sharing at least kLeastOverlap of the
  // smaller sentence's words. Walking every posting of every word (the
  // evidence sharing any word, most of the store's for a common one) and
  // scoring each, plus every stated factor, was a sixth of `check` at 10^6
  // figures (22,000 article multipliers against ~10^5 pieces of evidence).
  // The words are found by prefix filtering, which finds every pair over
  // the bar: of a set of n words sharing at least k(m) with another (m the
  // smaller size), any n - k(m) + 1 of them hold a shared one. An evidence
  // sentence no larger than the article's is found through its own
  // n - k(n) + 1 rarest words (`prefix`), probed with all the article's
  // words; a larger one through the article's n - k(n) + 1 rarest words,
  // probed in `by_word`. The shared count is then counted exactly, and the
  // scores are as before.
  auto least_shared = [](size_t m) {
    return std::max<size_t>(1, static_cast<size_t>(std::ceil(kLeastOverlap * static_cast<double>(m))));
  };
  auto rarity = [&](int w) {
    auto p = by_word.find(w);
    return p == by_word.end() ? size_t{0} : p->second.size();
  };
  auto rarest_first = [&](std::vector<int>* ws) {
    std::sort(ws->begin(), ws->end(), [&](int a, int b) {
      const size_t ra = rarity(a), rb = rarity(b);
      return ra != rb ? ra < rb : a < b;
    });
  };
  std::unordered_map<int, std::vector<int>> prefix;  // word -> evidence holding it among its rarest
  {
    std::vector<int> ws;
    for (size_t i = 0; i < evidence.size(); ++i) {
      ws = evidence_data[i]->words;
      if (ws.empty()) continue;
      rarest_first(&ws);
      const size_t keep = ws.size() - least_shared(ws.size()) + 1;
      for (size_t k = 0; k < keep && k < ws.size(); ++k) prefix[ws[k]].push_back(static_cast<int>(i));
    }
  }
  std::unordered_map<double, std::vector<int>> stated_by_value;  // a stated factor's value -> its evidence
  for (int i : stated) stated_by_value[evidence[static_cast<size_t>(i)].e.figure->value.num].push_back(i);
  auto count_shared = [](const std::vector<int>& a, const std::vector<int>& b) {
    size_t n = 0;
    for (size_t i = 0, j = 0; i < a.size() && j < b.size();) {
      if (a[i] < b[j]) {
        ++i;
      } else if (b[j] < a[i]) {
        ++j;
      } else {
        ++n, ++i, ++j;
      }
    }
    return n;
  };
  std::vector<char> touched_mark(evidence.size(), 0);
  std::vector<int> touched;
  std::vector<int> x_rarest;

  for (const Figure* x : articles) {
    const SentenceData& xd = words(*x);
    const std::vector<int>& xw = xd.words;
    const std::string xs = SubjectKey(lex, *x);
    int xs_id = -1;
    if (!xs.empty()) {
      if (auto p = subject_ids.find(xs); p != subject_ids.end()) xs_id = p->second;
    }
    // "In Dunmere, 31.2 per cent of household waste still went to landfill,
    // nearly five times the rate in Lowbeck": a factor between two places
    // the sentence names compares them, not a level over time, so no change
    // over time is evidence of it (eval33: "43.5 then 44.1, a rise of about
    // 1.0 times" was offered against it).
    bool between_places = false;
    if (!x->frame.place.empty()) {
      if (auto it = own.find(SentenceKey(*x)); it != own.end()) {
        for (const Figure* g : it->second) {
          between_places = between_places || (!g->frame.place.empty() && g->frame.place != x->frame.place);
        }
      }
    }
    const double xr = EffectiveFactor(*x);
    const FactorRange honest = HonestRange(*x), tolerable = TolerableRange(*x);
    const bool x_up = xr >= 1;
    touched.clear();
    auto touch = [&](int i) {
      if (!touched_mark[i]) touched_mark[i] = 1, touched.push_back(i);
    };
    if (!xw.empty()) {
      // No larger than the article's sentence: through the evidence's prefix.
      for (int w : xw) {
        auto p = prefix.find(w);
        if (p == prefix.end()) continue;
        for (int i : p->second) {
          if (evidence_data[static_cast<size_t>(i)]->words.size() <= xw.size()) touch(i);
        }
      }
      // Larger: through the article's own rarest words.
      x_rarest = xw;
      rarest_first(&x_rarest);
      const size_t keep = xw.size() - least_shared(xw.size()) + 1;
      for (size_t k = 0; k < keep && k < x_rarest.size(); ++k) {
        auto p = by_word.find(x_rarest[k]);
        if (p == by_word.end()) continue;
        for (int i : p->second) {
          if (evidence_data[static_cast<size_t>(i)]->words.size() > xw.size()) touch(i);
        }
      }
    }
    if (xs_id >= 0) {
      for (int i : by_subject[static_cast<size_t>(xs_id)]) touch(i);
    }
    if (auto p = stated_by_value.find(x->value.num); p != stated_by_value.end()) {
      for (int i : p->second) touch(i);
    }
    // Scored in any order, kept with their evidence index, then put in
    // evidence order: the sort below sees the same sequence as when the
    // touched list itself was sorted (thousands per figure at 10^6), and
    // only the few that pass are sorted.
    std::vector<std::pair<int, Evidence>> passed;
    for (int i : touched) {
      touched_mark[i] = 0;
      const Source& s = evidence[i];
      if (between_places && (s.e.kind == EvidenceKind::kFromTo || s.e.kind == EvidenceKind::kPercentChange)) continue;
      const std::vector<int>& ew = evidence_data[i]->words;
      Evidence e = s.e;
      e.same_subject = xs_id >= 0 && xs_id == subject_of[static_cast<size_t>(i)];
      e.overlap = (xw.empty() || ew.empty()) ? 0
                                             : static_cast<double>(count_shared(xw, ew)) /
                                                   static_cast<double>(std::min(xw.size(), ew.size()));
      e.identity = (e.same_subject ? kSubjectWeight : 0) + kOverlapWeight * e.overlap;
      // The very factor written in a source multiplier, and other numbers
      // both sentences state, tell the statement apart too; a stated factor
      // of the other measure ("tripled" against "three times as likely")
      // is another statement unless the subject says otherwise.
      if (e.kind == EvidenceKind::kStated) {
        const bool same_measure = e.figure->frame.measure == x->frame.measure;
        if (same_measure && e.figure->value.num == x->value.num) e.identity += 0.25;
        if (!same_measure && !e.same_subject) e.identity *= 0.5;
      }
      // The shared number is looked for only where it can decide: with it
      // the evidence would pass, and it may change the score.
      if (std::min(1.0, e.identity + kSharedNumberBonus) < kSupportIdentity) continue;
      if (shares_number(*x, xd, *evidence_data[i])) e.identity += kSharedNumberBonus;
      e.identity = std::min(1.0, e.identity);
      if (e.identity >= kSupportIdentity) passed.emplace_back(i, e);
    }
    std::sort(passed.begin(), passed.end(),
              [](const std::pair<int, Evidence>& a, const std::pair<int, Evidence>& b) { return a.first < b.first; });
    std::vector<Evidence> scored;
    scored.reserve(passed.size());
    for (const auto& [i, e] : passed) scored.push_back(e);
    std::sort(scored.begin(), scored.end(), [](const Evidence& a, const Evidence& b) { return a.identity > b.identity; });
    // Which way the factor goes is compared only where both sides say:
    // "2.4 times" (no comparative) restates "2.4 times less likely".
    auto same_way = [&](const Evidence& e) {
      if (e.kind == EvidenceKind::kTwoLevels) return x_up;  // either way round
      if (e.kind == EvidenceKind::kStated &&
          (x->frame.direction == Direction::kNone || e.figure->frame.direction == Direction::kNone)) {
        return true;
      }
      return (e.ratio >= 1) == x_up;
    };
    auto agrees = [&](const Evidence& e) { return same_way(e) && honest.Holds(Magnitude(e.ratio)); };
    const Evidence* support = nullptr;
    for (const Evidence& e : scored) {
      if (agrees(e)) {
        support = &e;
        break;
      }
    }
    Alignment a;
    a.figure = FigureRef::Borrow(*x);
    const std::string says = ctx.name(*x) + " says " + CollapseSpace(x->text);
    // A "supported" note (report_matches): the multiplier first, then the
    // figures that bear it out.
    auto emit_supported = [&](std::vector<FigureRef> claims, double score, std::string reason, const std::string& message) {
      Finding f;
      f.type = "supported";
      f.severity = Severity::kInfo;
      f.claims = std::move(claims);
      f.score = score;
      f.reasons = {std::move(reason)};
      f.message = CollapseSpace(message);
      out->push_back(std::move(f));
    };
    // "more than doubled since 2006" for the source's "more than doubled
    // since 2016": the factor holds, but over a span from another start
    // (both frames' periods open at a start, the starts apart). Only where
    // the source states the factor itself and reads surely as the same
    // statement (as a value conflict needs below): a since-start is the
    // one thing the two sentences then disagree on.
    if (support && support->kind == EvidenceKind::kStated &&
        SinceStartsDiffer(x->frame.period, support->figure->frame.period)) {
      const bool same = (support->same_subject && support->identity >= kConflictIdentity) ||
                        ((xs.empty() || SubjectKey(lex, *support->figure).empty()) && support->overlap >= 0.5);
      if (same) {
        Finding f;
        f.type = "period_conflict";
        f.basis = "multiplier_since";
        f.severity = Warns(ctx, *x, f.basis, support->identity) ? Severity::kWarning : Severity::kInfo;
        f.claims = {FigureRef::Borrow(*x), FigureRef::Borrow(*support->figure)};
        f.score = std::round(support->identity * 1000) / 1000;
        f.reasons = {"factor " + Fixed(Magnitude(support->ratio), 2) + " within honest rounding",
                     "the change runs from another start: " + x->frame.period + " stated, " +
                         support->figure->frame.period + " in the source"};
        f.message = CollapseSpace(says + " " + DateWords(x->frame.period, x->lang) + "; " +
                                  ctx.name(*support->figure) + " gives that change " +
                                  DateWords(support->figure->frame.period, support->figure->lang) + ".");
        if (f.severity == Severity::kWarning) {
          f.suggestion = CollapseSpace(x->text) + " " + DateWords(support->figure->frame.period, x->lang);
        } else {
          f.message += kUnsureNote;
        }
        a.source = FigureRef::Borrow(*support->figure);
        a.identity = f.score;
        a.verdict = f.type;
        a.attributes = {{"value", "agree"}, {"period", "differ"}};
        out->push_back(std::move(f));
        if (pairs) pairs->push_back(std::move(a));
        continue;
      }
    }
    if (support) {
      const Figure& src = support->kind == EvidenceKind::kTwoLevels ? *support->other : *support->figure;
      a.source = FigureRef::Borrow(src);
      a.identity = std::round(support->identity * 1000) / 1000;
      a.verdict = "supported";
      a.attributes = {{"value", "agree"}};
      if (ctx.report_matches) {
        std::vector<FigureRef> claims = {FigureRef::Borrow(*x), FigureRef::Borrow(*support->figure)};
        if (support->other) claims.push_back(FigureRef::Borrow(*support->other));
        emit_supported(std::move(claims), a.identity,
                       "factor " + Fixed(Magnitude(support->ratio), 2) + " within honest rounding",
                       says + "; " + ctx.name(*support->figure) + " " + EvidenceText(*support) + ", " +
                           FactorWords(support->ratio) + ".");
      }
      if (pairs) pairs->push_back(std::move(a));
      continue;
    }
    // The ratio of two figures its own sentence states, honestly restated:
    // the multiplier is derived from them, and they are checked themselves,
    // so no source's change contradicts it.
    const std::pair<const Figure*, const Figure*> derived = [&]() -> std::pair<const Figure*, const Figure*> {
      const std::vector<const Figure*>& mine = own[SentenceKey(*x)];
      for (const Figure* p : mine) {
        for (const Figure* q : mine) {
          if (p == q || p->kind != q->kind || p->unit != q->unit || p->value.num <= q->value.num) continue;
          // Only a multiplier after both, commenting on what was said
          // ("tripled to 300, while Y reached 100" states its own factor).
          if (p->start > x->start || q->start > x->start) continue;
          if (honest.Holds(p->value.num / q->value.num)) return {p, q};
        }
      }
      return {nullptr, nullptr};
    }();
    if (derived.first) {
      a.verdict = "supported";
      a.attributes = {{"value", "agree"}};
      if (ctx.report_matches) {
        const double r = derived.first->value.num / derived.second->value.num;
        emit_supported({FigureRef::Borrow(*x), FigureRef::Borrow(*derived.first), FigureRef::Borrow(*derived.second)},
                       0, "factor " + Fixed(r, 2) + " between two figures of its own sentence",
                       says + ": " + CollapseSpace(derived.first->text) + " against " +
                           CollapseSpace(derived.second->text) + " in the same sentence, " + FactorWords(r) +
                           "; those figures are checked on their own.");
      }
      if (pairs) pairs->push_back(std::move(a));
      continue;
    }
    // A conflict needs evidence that states the ratio, about the same
    // subject, read surely, and a factor beyond the tolerance.
    const Evidence* best = nullptr;
    for (const Evidence& e : scored) {
      if (e.kind == EvidenceKind::kTwoLevels) continue;
      best = &e;
      break;
    }
    const bool beyond = best && (!same_way(*best) || !tolerable.Holds(Magnitude(best->ratio)));
    Finding f;
    f.claims = {FigureRef::Borrow(*x)};
    // The same subject, or (one side's subject unread) sentences that read
    // very surely as the same statement.
    // A factor since a start the source's change does not run from ("her
    // gas bill had doubled since 2022" against the average bill's rise of
    // 23% on the year: eval48) is another span's change, whatever its
    // subject: no conflict, a figure no source states. A source's from..to
    // names its own start ("rose from 212 in 2023 to 431 in 2025").
    const bool other_start = best && OpensAtStart(x->frame.period) && !best->figure->frame.previous &&
                             !OpensAtStart(best->figure->frame.period);
    const bool same = best && !other_start &&
                      ((best->same_subject && best->identity >= kConflictIdentity) ||
                       ((xs.empty() || SubjectKey(lex, *best->figure).empty()) && best->overlap >= 0.5));
    if (best && beyond && same) {
      f.type = "value_conflict";
      f.basis = "multiplier";
      f.severity = Warns(ctx, *x, f.basis, best->identity) ? Severity::kWarning : Severity::kInfo;
      f.claims.push_back(FigureRef::Borrow(*best->figure));
      f.score = std::round(best->identity * 1000) / 1000;
      f.reasons = {"same subject: " + x->frame.subject_head,
                   "factor " + Fixed(Magnitude(xr), 2) + " stated, " + Fixed(Magnitude(best->ratio), 2) +
                       " in the source"};
      f.message = CollapseSpace(says + "; " + ctx.name(*best->figure) + " " + EvidenceText(*best) +
                                (best->kind == EvidenceKind::kStated ? "" : ", " + FactorWords(best->ratio)) + ".");
      if (f.severity == Severity::kWarning) {
        f.suggestion = FactorWords(best->ratio) + ", not " + CollapseSpace(x->text);
      } else {
        f.message += kUnsureNote;
      }
      a.source = FigureRef::Borrow(*best->figure);
      a.identity = f.score;
      a.verdict = f.type;
      a.attributes = {{"value", "differ"}};
    } else {
      f.type = "unsupported";
      f.severity = Severity::kInfo;
      for (size_t i = 0; i < scored.size() && i < 3; ++i) {
        f.nearest.push_back({FigureRef::Borrow(*scored[i].figure), std::round(scored[i].identity * 1000) / 1000});
      }
      std::string near;
      if (!scored.empty()) {
        near = " The nearest passage, in " + ctx.name(*scored[0].figure) + ", " + EvidenceText(scored[0]) + " (" +
               FactorWords(scored[0].ratio) + ").";
      }
      f.message = CollapseSpace(says + ", but the checker found no source figures that give that ratio." + near);
      f.reasons = {"no source states the factor, a from..to, or a change it can be read from"};
      a.verdict = "unsupported";
    }
    out->push_back(std::move(f));
    if (pairs) pairs->push_back(std::move(a));
  }
}

}  // namespace claimcheck::check
