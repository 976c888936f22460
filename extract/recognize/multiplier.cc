// Multipliers (issues 11 and 13): a factor, kind `multiplier`, unit "times".
//   change:  "doubled", "halved", "se duplicó", "fell by half", "se redujo a
//            la mitad", "multiplied by five", "a fourfold increase",
//            "rose 2.5 times": the subject changed by the factor;
//   ratio:   "twice as likely as men", "three times higher than", "double the
//            national rate", "el doble de casos que", "tres veces más": a
//            comparison with a base, kept as written for the frame's base.
// "N times" is a factor only before a comparison (or, not a whole number,
// after a change verb): "three times a week" and "rose three times this
// year" are counts (a frequency), and "the two times table" is no figure.
// The rule id carries the frame: multiplier.change_up|change_down|ratio_up|
// ratio_down|ratio (the frame stage reads it).
#include <cmath>

#include "extract/recognize/candidate.h"

namespace claimcheck {
namespace recognize {
namespace {

constexpr std::string_view kTimes = "times";
constexpr size_t kMaxBaseWords = 6;

// A change word ("rose", "cayó", "se redujo") at most `window` words before
// token i (qualifier and filler words between): +1 up, -1 down, 0 none.
int ChangeVerbBefore(const Sentence& in, size_t i, size_t window = 3) {
  const QualifierRules& q = in.lex.qualifiers;
  for (size_t k = i, n = 0; k > 0 && n < window; --k, ++n) {
    const size_t j = k - 1;
    if (!in.s.IsWord(j)) return 0;
    if (HasWord(in.s, q.change_up, j)) return 1;
    if (HasWord(in.s, q.change_down, j)) return -1;
  }
  return 0;
}

struct Comparison {
  bool ok = false;
  int dir = 0;       // +1 higher, -1 lower, 0 not said
  size_t end = 0;    // token after the comparative
  uint32_t base_tb = 0, base_te = 0;
};

// The base phrase from token b: words (and numbers) up to a stop word or a
// symbol, at most kMaxBaseWords; one leading stop word is skipped ("than in
// 2019" -> "2019").
void ReadBase(const Sentence& in, size_t b, Comparison* c) {
  const ScannedText& s = in.s;
  const MultiplierRules& m = in.lex.multipliers;
  if (s.IsWord(b) && HasWord(s, m.base_stop, b) && !HasWord(s, m.guard_next, b)) ++b;
  size_t e = b;
  while (e < s.toks.size() && e - b < kMaxBaseWords) {
    if (s.toks[e].type == TokType::kSymbol) {
      // "low-income", "1,200": a glued hyphen or separator stays inside.
      if (e > b && s.Glued(e) && s.Glued(e + 1) && (s.IsSym(e, "-") || s.IsSym(e, ",") || s.IsSym(e, "."))) {
        e += 2;
        continue;
      }
      break;
    }
    if (e > b && s.IsWord(e) && HasWord(s, m.base_stop, e)) break;
    ++e;
  }
  if (e > s.toks.size()) e = s.toks.size();
  if (e > b) {
    c->base_tb = static_cast<uint32_t>(b);
    c->base_te = static_cast<uint32_t>(e);
  }
}

// What follows a factor at token j: a comparative ("higher", "as likely"),
// then perhaps a base marker ("as", "than", "que") and the base; or a base
// right away ("the national rate", "what it was").
Comparison ReadComparison(const Sentence& in, size_t j) {
  const ScannedText& s = in.s;
  const MultiplierRules& m = in.lex.multipliers;
  Comparison c;
  PhraseMatch up = m.ratio_up.AtAnyToken(s, j), down = m.ratio_down.AtAnyToken(s, j);
  if (up || down) {
    c.ok = true;
    c.dir = up.len >= down.len ? 1 : -1;
    c.end = j + std::max(up.len, down.len);
    // "as likely as men", "más casos que en 2019": the marker within a few words.
    for (size_t k = c.end; k < c.end + 4 && k < s.toks.size(); ++k) {
      if (s.toks[k].type == TokType::kSymbol) break;
      if (PhraseMatch bm = m.base_markers.AtAnyToken(s, k)) {
        ReadBase(in, k + bm.len, &c);
        break;
      }
    }
    return c;
  }
  // "twice as dangerous as": an adjective between two markers.
  if (PhraseMatch a = m.base_markers.AtAnyToken(s, j); a && a.len == 1 && s.IsWord(j + 1) &&
      !HasWord(s, m.base_stop, j + 1)) {
    if (PhraseMatch b = m.base_markers.AtAnyToken(s, j + 2); b && s.Lower(j) == s.Lower(j + 2)) {
      c.ok = true;
      c.dir = 1;
      c.end = j + 2;
      ReadBase(in, j + 2 + b.len, &c);
      return c;
    }
  }
  if (s.IsWord(j) && HasWord(s, m.guard_next, j)) {
    c.ok = true;
    c.end = j;
    // "double that of younger voters": the base follows the marker.
    PhraseMatch bm = m.base_markers.AtAnyToken(s, j);
    ReadBase(in, bm && bm.len > 1 ? j + bm.len : j, &c);
  }
  return c;
}

Candidate Make(size_t tb, size_t te, double factor, const char* rule, int num) {
  Candidate c;
  c.tb = static_cast<uint32_t>(tb);
  c.te = static_cast<uint32_t>(te);
  c.kind = Kind::kMultiplier;
  c.value = factor;
  c.unit = kTimes;
  c.rule = rule;
  c.num = num;
  c.priority = 4;
  return c;
}

const char* ChangeRule(double factor, int dir) {
  if (dir < 0 || factor < 1) return "multiplier.change_down";
  return "multiplier.change_up";
}

const char* RatioRule(int dir) {
  return dir > 0 ? "multiplier.ratio_up" : dir < 0 ? "multiplier.ratio_down" : "multiplier.ratio";
}

// "half as much again", "twice as many again": "again" after a comparison up
// adds the factor to the base it is compared with, so the figure reads
// through "again" and states 1 + factor (eval46: "about half as much again
// as the 74p" for a 51% rise was read as half the price).
void AddAgain(const Sentence& in, const Comparison& cmp, size_t* te, double* factor) {
  const ScannedText& s = in.s;
  if (!cmp.ok || cmp.dir <= 0 || !s.IsWord(cmp.end) || !HasWord(s, in.lex.multipliers.again_words, cmp.end)) return;
  *factor += 1;
  *te = cmp.end + 1;
}

// A ratio candidate at [tb, te) with the comparison read after it; for a
// change noun ("a fourfold increase") or a change verb before, a change.
void AddFactor(const Sentence& in, size_t tb, size_t te, double factor, bool need_comparison, int num,
               std::vector<Candidate>* out) {
  const ScannedText& s = in.s;
  const MultiplierRules& m = in.lex.multipliers;
  if (s.IsWord(te) && (HasWord(s, m.change_nouns_up, te) || HasWord(s, m.change_nouns_down, te))) {
    int dir = HasWord(s, m.change_nouns_up, te) ? 1 : -1;
    out->push_back(Make(tb, te, factor, ChangeRule(factor, dir), num));
    return;
  }
  Comparison cmp = ReadComparison(in, te);
  AddAgain(in, cmp, &te, &factor);
  if (!cmp.ok) {
    int dir = ChangeVerbBefore(in, tb);
    if (dir != 0 && !need_comparison) {
      out->push_back(Make(tb, te, factor, ChangeRule(factor, dir), num));
      return;
    }
    if (need_comparison) return;
  }
  Candidate c = Make(tb, te, factor, RatioRule(factor < 1 ? -1 : cmp.dir), num);
  c.base_tb = cmp.base_tb;
  c.base_te = cmp.base_te;
  out->push_back(c);
}

}  // namespace

void FindMultipliers(const Sentence& in, std::vector<Candidate>* out) {
  const ScannedText& s = in.s;
  const MultiplierRules& m = in.lex.multipliers;
  if (m.times.empty() && m.change_verbs.empty()) return;
  // "N times", "N-fold", "multiplied by N".
  for (size_t k = 0; k < in.nums.size(); ++k) {
    const NumberSpan& n = in.nums[k];
    if (n.blocked || n.code || n.fraction || n.year_like || !(n.value > 0)) continue;
    const int idx = static_cast<int>(k);
    size_t te = n.te;
    if (s.IsSym(te, "-") && s.Glued(te) && s.Glued(te + 1) && s.IsWord(te + 1) &&
        HasWord(s, m.fold_suffixes, te + 1)) {
      AddFactor(in, n.tb, te + 2, n.value, false, idx, out);
      continue;
    }
    if (s.IsWord(te) && HasWord(s, m.times, te)) {
      if (s.IsWord(te + 1) && HasWord(s, m.not_after, te + 1)) {
        // "the two times table": the number counts nothing.
        std::erase_if(*out, [&](const Candidate& c) { return c.num == idx; });
        continue;
      }
      const bool whole = std::fabs(n.value - std::round(n.value)) < 1e-9;
      AddFactor(in, n.tb, te + 1, n.value, whole, idx, out);
    }
    // "multiplied by five", "se multiplicó por tres".
    for (size_t back = 1; back <= 3 && back <= n.tb; ++back) {
      PhraseMatch pm = m.multiplied_by.At(s, n.tb - back);
      if (pm && pm.len == back) {
        out->push_back(Make(n.tb - back, n.te, n.value, "multiplier.change_up", idx));
        break;
      }
    }
  }
  for (size_t i = 0; i < s.toks.size(); ++i) {
    // Only a word that starts some multiplier table entry can match below.
    if (!s.IsWord(i) || !s.toks[i].known || (s.toks[i].marks & kMarkMultiplierStart) == 0) continue;
    std::string_view w = s.Lower(i);
    if (const double* f = Find(m.change_verbs, w)) {
      out->push_back(Make(i, i + 1, *f, ChangeRule(*f, *f < 1 ? -1 : 1), -1));
      continue;
    }
    if (const double* f = Find(m.fold_words, w)) {
      AddFactor(in, i, i + 1, *f, false, -1, out);
      continue;
    }
    if (const double* f = Find(m.factor_words, w)) {
      AddFactor(in, i, i + 1, *f, true, -1, out);
      continue;
    }
    if (const double* f = Find(m.guarded_words, w)) {
      if (i > 0 && s.IsWord(i - 1) && HasWord(s, m.verb_before, i - 1)) {
        // "set to double", "could triple": a change (its modality is the frame's).
        out->push_back(Make(i, i + 1, *f, ChangeRule(*f, 1), -1));
      } else if (s.IsWord(i + 1) && (HasWord(s, m.guard_next, i + 1) || m.ratio_up.AtAnyToken(s, i + 1) ||
                                     m.ratio_down.AtAnyToken(s, i + 1))) {
        AddFactor(in, i, i + 1, *f, true, -1, out);
      }
      continue;
    }
    if (const double* f = Find(m.comparative_words, w)) {
      Comparison cmp = ReadComparison(in, i + 1);
      if (cmp.ok && cmp.end > i + 1) {
        size_t te = i + 1;
        double factor = *f;
        AddAgain(in, cmp, &te, &factor);
        Candidate c = Make(i, te, factor, RatioRule(factor < 1 ? -1 : cmp.dir), -1);
        c.base_tb = cmp.base_tb;
        c.base_te = cmp.base_te;
        out->push_back(c);
      }
      continue;
    }
    if (PhraseMatch pm = m.change_phrases.At(s, i)) {
      const double f = m.factors[static_cast<size_t>(pm.payload)];
      // "slipped by half a point": a fraction of a unit, no factor.
      const bool unit_follows = s.IsWord(i + pm.len) && HasWord(s, in.lex.numbers.articles, i + pm.len);
      // "cut the risk of severe illness by half": the verb's object between.
      if (int dir = ChangeVerbBefore(in, i, 7); dir != 0 && !unit_follows) {
        // A fraction after a rise ("up by half", "rose by half") is the part
        // of the level added: x1.5, not x0.5 (trial19: "Abatement notices up
        // by half" for 41 -> 63 read as a halving). After a fall it is the
        // part taken away, which for a half is the same x0.5.
        const double factor = dir > 0 && f < 1 ? 1 + f : f;
        out->push_back(Make(i, i + pm.len, factor, ChangeRule(factor, factor < 1 ? -1 : dir), -1));
        i += pm.len - 1;
        continue;
      }
    }
    if (PhraseMatch pm = m.factor_phrases.At(s, i)) {
      const double f = m.factors[static_cast<size_t>(pm.payload)];
      const size_t te = i + pm.len;
      Comparison cmp = ReadComparison(in, te);
      if (!cmp.ok) {
        // "el doble de casos que el año pasado": the marker a few words on.
        for (size_t k = te; k < te + 8 && k < s.toks.size(); ++k) {
          if (s.toks[k].type == TokType::kSymbol) break;
          if (PhraseMatch bm = m.base_markers.AtAnyToken(s, k)) {
            ReadBase(in, k + bm.len, &cmp);
            break;
          }
        }
      }
      // "más del doble": the contracted article stays out of the figure, so
      // the qualifier that ends in it ("más del", "cerca del") reads it.
      const size_t tb = pm.len > 1 && HasWord(s, m.factor_openers, i) ? i + 1 : i;
      Candidate c = Make(tb, te, f, RatioRule(f < 1 ? -1 : 1), -1);
      c.base_tb = cmp.base_tb;
      c.base_te = cmp.base_te;
      out->push_back(c);
      i = te - 1;
    }
  }
}

}  // namespace recognize
}  // namespace claimcheck
