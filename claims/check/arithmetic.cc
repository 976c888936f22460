#include "claims/check/arithmetic.h"

#include <algorithm>
#include <cmath>
#include <string>

#include "claimcheck/util.h"
#include "claims/check/describe.h"
#include "claims/check/interval.h"
#include "claims/check/utf8.h"

namespace claimcheck::check {
namespace {

bool IsAmount(const Figure& f) {
  return !f.value.is_date() && (f.kind == Kind::kCount || f.kind == Kind::kMoney ||
                                f.kind == Kind::kMeasure);
}

// The sentence text between two figures of it (empty if offsets disagree).
std::string_view Between(const Figure& a, const Figure& b) {
  if (a.end < a.sentence_start || b.start < a.end) return {};
  size_t from = a.end - a.sentence_start, to = b.start - a.sentence_start;
  if (to > a.sentence.size()) return {};
  return Slice(a.sentence, from, to);
}

// The sentence text before figure `f`.
std::string_view Before(const Figure& f) {
  if (f.start < f.sentence_start || f.start - f.sentence_start > f.sentence.size()) return {};
  return Slice(f.sentence, 0, f.start - f.sentence_start);
}

std::vector<std::string> LowerWords(std::string_view text) {
  std::vector<std::string> out;
  for (std::string_view w : Words(text)) out.push_back(AsciiLower(w));
  return out;
}

// "530 [of the] 1,000": the gap is short and holds a part-of cue and nothing
// but cues and stop words.
bool IsPartOfGap(const Synonyms& syn, std::string_view gap) {
  std::vector<std::string> words = LowerWords(gap);
  if (words.empty() || words.size() > 4) return false;
  bool cue = false;
  for (const std::string& w : words) {
    if (syn.part_of.count(w)) {
      cue = true;
    } else if (!syn.stopwords.count(w)) {
      return false;
    }
  }
  return cue;
}

bool ContainsAny(const std::set<std::string>& cues, const std::vector<std::string>& words) {
  for (const std::string& w : words) {
    if (cues.count(w)) return true;
  }
  return false;
}

// Whether `words` hold a change's "to" that is not the preposition of a
// comparison cue: "compared to 71.5%", "frente al 3,9 %" compare two levels;
// they do not name the level a change arrives at.
bool ChangeToOutsideComparison(const Synonyms& syn, const std::vector<std::string>& words) {
  for (size_t k = 0; k < words.size(); ++k) {
    if (syn.change_to.count(words[k]) && !(k > 0 && syn.compared_with.count(words[k - 1]))) return true;
  }
  return false;
}

// Relative uncertainty of a value from its written precision.
double RelErr(const Figure& f) {
  double v = std::fabs(f.value.num);
  return v > 0 ? HalfPrecision(f) / v : 0;
}

Finding Make(const Figure& sentence_holder, std::vector<const Figure*> figs, std::string message,
             std::string suggestion, Severity sev, std::string reason) {
  Finding out;
  out.type = "arithmetic";
  out.severity = sev;
  out.message = std::move(message);
  for (const Figure* f : figs) out.claims.push_back(FigureRef::Borrow(*f));
  out.score = 1;
  out.reasons = {"same sentence: " + DocName(sentence_holder.doc) + " paragraph " +
                     std::to_string(sentence_holder.paragraph),
                 std::move(reason)};
  out.suggestion = std::move(suggestion);
  return out;
}

void CheckPartOf(const Synonyms& syn, const std::vector<const Figure*>& s, std::vector<Finding>* out) {
  for (size_t i = 0; i + 1 < s.size(); ++i) {
    const Figure& a = *s[i];
    const Figure& b = *s[i + 1];
    if (!IsAmount(a) || a.kind != b.kind || a.unit != b.unit) continue;
    if (!(b.value.num > 0 && a.value.num >= 0 && a.value.num <= b.value.num)) continue;
    if (!IsPartOfGap(syn, Between(a, b))) continue;
    // The share stated with it: the next percent in the sentence, close by.
    for (size_t k = i + 2; k < s.size(); ++k) {
      const Figure& p = *s[k];
      if (p.kind != Kind::kPercent || p.unit == "pp") continue;
      const std::vector<std::string> gap = LowerWords(Between(b, p));
      if (gap.size() > 8) break;
      // The share is set beside the count ("530 of the 1,000 profiles, or 43
      // percent"); a percent the counted things are placed against ("Ocho de
      // las diecisiete regiones se sitúan ya por debajo del 11 %") is a
      // level each of them has, not their share.
      if (!gap.empty() && !ContainsAny(syn.share_cues, gap)) break;
      // A share of something else ("38 of the 85 seats with 41.2% of the
      // vote") says nothing about 38 of 85.
      if (!p.frame.base.empty() && !b.frame.subject_head.empty()) {
        const std::string head = syn.Lemma(AsciiLower(b.frame.subject_head));
        bool same = false;
        for (const std::string& w : LowerWords(p.frame.base)) same = same || syn.Lemma(w) == head;
        if (!same) break;
      }
      const double share = 100 * a.value.num / b.value.num;
      const double tol = share * (RelErr(a) + RelErr(b)) + 1e-9;
      Interval computed{share - tol, share + tol, false, false};
      if (!Overlaps(FigureInterval(p), computed)) {
        std::string shown = FormatNumber(share);
        out->push_back(Make(
            a, {&p, &a, &b},
            DocName(a.doc) + " says " + CollapseSpace(a.text) + " of " + CollapseSpace(b.text) +
                " is " + CollapseSpace(p.text) + ", but " + CollapseSpace(a.text) + " of " +
                CollapseSpace(b.text) + " is " + shown + " percent.",
            shown + " percent, not " + CollapseSpace(p.text), Severity::kError,
            "share: " + FormatNumber(a.value.num) + " / " + FormatNumber(b.value.num) + " = " +
                shown + "%"));
      }
      break;
    }
  }
}

// Whether the sentence text between two of its figures opens another clause:
// a semicolon, or a comma followed by one of the language's clause joins
// (rules: cues.clause_joins). "subir la cuota fija un 6,2 %, y el primer
// tramo pasará de 0,68 a 0,72 euros" states the percent of one thing and
// the change of another (trial23: an error-level "5.9 percent, not 6,2 %").
bool OpensClause(const Synonyms& syn, std::string_view between) {
  if (between.find(';') != std::string_view::npos) return true;
  for (size_t at = between.find(','); at != std::string_view::npos; at = between.find(',', at + 1)) {
    const std::vector<std::string> next = LowerWords(between.substr(at + 1));
    if (!next.empty() && syn.clause_joins.count(next.front())) return true;
  }
  return false;
}

// Whether percent `p` and the change from `first` to `last` (figures of one
// sentence) stand in different clauses.
bool ApartFromChange(const Synonyms& syn, const Figure& p, const Figure& first, const Figure& last) {
  if (p.end <= first.start) return OpensClause(syn, Between(p, first));
  if (p.start >= last.end) return OpensClause(syn, Between(last, p));
  return false;
}

// A percent that is one end of a span of percents ("revenue to grow by 4% to
// 6%", a range or a from..to of its own) states something else than the
// change between two other values of the sentence.
bool InPercentSpan(const Synonyms& syn, const std::vector<const Figure*>& s, const Figure* p) {
  if (p->value_max) return true;
  for (size_t j = 0; j < s.size(); ++j) {
    if (s[j] != p) continue;
    auto joined = [&](const Figure* x, const Figure* y) {
      return x->kind == Kind::kPercent && y->kind == Kind::kPercent && x->start < y->start &&
             ContainsAny(syn.change_to, LowerWords(Between(*x, *y)));
    };
    if (j + 1 < s.size() && joined(p, s[j + 1])) return true;
    if (j > 0 && joined(s[j - 1], p)) return true;
  }
  return false;
}

void CheckChange(const Synonyms& syn, const std::vector<const Figure*>& s, std::vector<Finding>* out) {
  for (size_t i = 0; i < s.size(); ++i) {
    const Figure& a = *s[i];
    if (!IsAmount(a) || a.value.num <= 0) continue;
    std::vector<std::string> before = LowerWords(Before(a));
    // "from" right before the first value.
    bool from = false;
    for (size_t k = before.size(), n = 0; k > 0 && n < 2; --k, ++n) from = from || syn.change_from.count(before[k - 1]);
    // "from 9 to 27" may come as one range figure whose text holds the cue.
    std::vector<std::string> own = LowerWords(a.text);
    if (a.qualifier == Qualifier::kRange && a.value_max && !a.value_max->is_date() &&
        (from || (!own.empty() && syn.change_from.count(own.front()))) &&
        ContainsAny(syn.change_to, own)) {
      Figure end = a;
      end.value = *a.value_max;
      end.value_max.reset();
      for (const Figure* p : s) {
        if (p->kind != Kind::kPercent || p->unit == "pp") continue;
        if (ApartFromChange(syn, *p, a, a)) continue;
        const double change = 100 * std::fabs(end.value.num - a.value.num) / a.value.num;
        const double tol = change * 2 * RelErr(a) + 1e-9;
        Interval computed{change - tol, change + tol, false, false};
        if (!Overlaps(FigureInterval(*p), computed)) {
          std::string shown = FormatNumber(change);
          out->push_back(Make(a, {p, &a},
                              DocName(a.doc) + " gives " + CollapseSpace(p->text) + " for the change " +
                                  CollapseSpace(a.text) + ", which is a change of " + shown +
                                  " percent.",
                              shown + " percent, not " + CollapseSpace(p->text), Severity::kError,
                              "change: (" + FormatNumber(end.value.num) + " - " +
                                  FormatNumber(a.value.num) + ") / " + FormatNumber(a.value.num) +
                                  " = " + shown + "%"));
        }
        break;
      }
      continue;
    }
    // The next value of the same kind and unit, after a "to".
    // Another figure between the two (dates aside) stands between a
    // "from" and a "to" of its own: "un préstamo de 150.000 euros a 25
    // años al 2,9 %, la cuota rondaría los 700 euros" is a loan, its term,
    // its rate and a payment, no change from 150.000 to 700 (eval13).
    const Figure* b = nullptr;
    bool apart = false;
    for (size_t j = i + 1; j < s.size(); ++j) {
      if (s[j]->kind == a.kind && s[j]->unit == a.unit && !s[j]->value.is_date()) {
        b = s[j];
        break;
      }
      if (!s[j]->value.is_date() && s[j]->kind != Kind::kDate) apart = true;
    }
    if (!b) continue;
    const std::vector<std::string> between = LowerWords(Between(a, *b));
    // "fue de 31 en 2025, frente a 36 en 2024", "410 in 2025, compared with
    // 388 in 2024": the second value is the baseline, and the "de ... a" no
    // from..to (trial6; the stashed fa5 attempt skipped these; they are
    // checked the right way round instead). The cue stands right before the
    // second value (its preposition and article between): in "198.700
    // turistas y un descenso del 3,4 % respecto a septiembre del año
    // anterior, y Francia, con 143.900" it compares with a month, and
    // 143.900 is France's, no baseline (a change from 143.900 to 198.700
    // was "checked" against Germany's 3,4 %).
    const std::vector<std::string> before_b(between.end() - std::min<size_t>(between.size(), 4), between.end());
    const bool baseline = ContainsAny(syn.compared_with, before_b);
    if (apart && !baseline) continue;
    // A baseline is an earlier level of the same figure only where the
    // frame says so (extract/ reads the comparison's other side): "£3.45 on
    // average, up 6.2 per cent, compared with £3.60 at the chains" compares
    // with another subject, and 6.2 is no change from £3.60 (eval38).
    if (baseline && !(a.frame.previous && std::fabs(*a.frame.previous - b->value.num) <=
                                              1e-9 * std::fabs(b->value.num))) {
      continue;
    }
    // The "to" stands right before the new value, as the baseline cue does:
    // in "applications from 96 applicants hoping to open new pharmacies, but
    // only 25 were approved" the "to" is an infinitive's, and 25 of the 96
    // no change (trial36: "roughly a quarter" called a 74% change).
    if (!baseline && !(from && ContainsAny(syn.change_to, before_b))) continue;
    // A revision ("revised from 26,480 to 26,050") corrects one figure; it
    // is no change over time, and a percent beside it ("a fall of 9.1% on
    // 2024") is the corrected figure's change on its own baseline, not the
    // size of the correction (eval14-childcare-places).
    if (a.frame.revised || b->frame.revised) continue;
    const Figure& older = baseline ? *b : a;
    const Figure& newer = baseline ? a : *b;
    // The percent change stated in the same sentence (after a baseline cue,
    // only one the frame reads as a change: "un 14% menos", "a rise of 6%").
    for (const Figure* p : s) {
      if (p->kind != Kind::kPercent || p->unit == "pp" || p == &a || p == b) continue;
      if (InPercentSpan(syn, s, p)) continue;
      if (ApartFromChange(syn, *p, a, *b)) continue;
      if (baseline && p->frame.measure != Measure::kChange) continue;
      const double change = 100 * std::fabs(newer.value.num - older.value.num) / older.value.num;
      const double tol = change * (RelErr(a) + RelErr(*b)) + 1e-9;
      // The frame signs a fall ("a decrease of 3.4%" is -3.4): compared as
      // a size.
      const double sign = p->value.num < 0 ? -1 : 1;
      Interval computed{sign > 0 ? change - tol : -change - tol, sign > 0 ? change + tol : -change + tol, false, false};
      if (!Overlaps(FigureInterval(*p), computed)) {
        std::string shown = FormatNumber(change);
        out->push_back(Make(a, {p, &a, b},
                            DocName(a.doc) + " gives " + CollapseSpace(p->text) +
                                " for the change from " + CollapseSpace(older.text) + " to " +
                                CollapseSpace(newer.text) + ", which is a change of " + shown +
                                " percent.",
                            shown + " percent, not " + CollapseSpace(p->text), Severity::kError,
                            "change: (" + FormatNumber(newer.value.num) + " - " +
                                FormatNumber(older.value.num) + ") / " + FormatNumber(older.value.num) +
                                " = " + shown + "%"));
      }
      break;
    }
  }
}

// The earlier value of a "from X to Y" or a revision ("revised down from
// +142,000 to +97,000"): the same quantity as its new value, never a part
// of a total or a total itself.
bool OldLevel(const Figure& f) {
  static constexpr std::string_view kSuffix = ".from_level";
  return f.rule.size() > kSuffix.size() && f.rule.compare(f.rule.size() - kSuffix.size(), kSuffix.size(), kSuffix) == 0;
}

// How far listed parts may exceed a stated total and still be read as its
// parts (see CheckTotal).
constexpr double kMaxOvershoot = 1.5;

// Whether every total cue of the sentence names a whole the figures are
// parts of ("Of the total, 15,397 were IVAs, 9,870 were DROs and 6,215
// were bankruptcies": the total is given elsewhere, and the first figure
// is one of its parts, not the sum of the others).
bool TotalOnlyAsWhole(const Synonyms& syn, const std::vector<std::string>& words) {
  bool any = false;
  for (size_t k = 0; k < words.size(); ++k) {
    if (!syn.total_cues.count(words[k])) continue;
    size_t before = k;
    if (before > 0 && syn.definite.count(words[before - 1])) --before;
    if (before == 0 || !syn.part_of.count(words[before - 1])) return false;
    any = true;
  }
  return any;
}

// Whether the sentence heads its figures with a total cue and a colon ("The
// split: 1,120 apprenticeships, 830 paid jobs and 400 training courses",
// "Breakdown: ..."): the whole is named by the word, given elsewhere, and
// every figure after the colon is one of its parts (trial40: the first part
// read as the total of the others).
bool PartsAfterCueColon(const Synonyms& syn, const Figure& first) {
  const std::string_view before = Before(first);
  const size_t colon = before.rfind(':');
  if (colon == std::string_view::npos) return false;
  const std::vector<std::string> words = LowerWords(before.substr(0, colon));
  return !words.empty() && syn.total_cues.count(words.back()) > 0;
}

// Whether a "from" word that is no part-of word stands in the two words
// before f: "164 competitors ploughed in 14 classes, up from 151 in 2025"
// gives 151 as the earlier value, no part of a sum (eval42); Spanish "de"
// also says "part of", and stays a part's word.
bool AfterFromWord(const Synonyms& syn, const Figure& f) {
  const std::vector<std::string> before = LowerWords(Before(f));
  for (size_t k = before.size(), n = 0; k > 0 && n < 2; --k, ++n) {
    if (syn.change_from.count(before[k - 1]) && !syn.part_of.count(before[k - 1])) return true;
  }
  return false;
}

void CheckTotal(const Synonyms& syn, const std::vector<const Figure*>& s, std::vector<Finding>* out) {
  if (s.empty()) return;
  const std::vector<std::string> words = LowerWords(s[0]->sentence);
  if (!ContainsAny(syn.total_cues, words) || TotalOnlyAsWhole(syn, words) || PartsAfterCueColon(syn, *s[0])) return;
  for (size_t i = 0; i < s.size(); ++i) {
    const Figure& total = *s[i];
    if (!IsAmount(total) || total.value.num <= 0 || OldLevel(total)) continue;
    std::vector<const Figure*> parts;
    double sum = 0, tol = HalfPrecision(total);
    for (size_t j = i + 1; j < s.size(); ++j) {
      const Figure& p = *s[j];
      if (p.kind != total.kind || p.unit != total.unit || p.value.is_date() || OldLevel(p) || AfterFromWord(syn, p)) continue;
      // "28.640 alumnos, 725 más que en 2025": a change says how far the
      // total moved, it is no part of it (fahunt2: 725 added to the 28.100
      // who sat the exam as the 28.640's parts).
      if (p.frame.measure == Measure::kChange) continue;
      if (p.value.num >= total.value.num) break;  // a second total, not a part
      parts.push_back(&p);
      sum += p.value.num;
      tol = std::max(tol, HalfPrecision(p));
    }
    if (parts.size() < 2) continue;
    // Parts that add up to more than half again the "total" are no parts of
    // it: the figure is the first of a list of peers whose verb the others
    // leave out ("La industria suma 15.330, la agricultura 9.640 y la
    // construcción 14.870"), not a slip in a sum, which misses by a part's
    // rounding or one part, not by a third of the whole.
    if (sum > kMaxOvershoot * total.value.num) return;
    // Parts may leave something out ("including"), so only a sum above the
    // total is wrong. Rounding moves a sum by about one unit of the written
    // figures, not by every part's rounding at once.
    if (total.qualifier == Qualifier::kExact && sum > total.value.num + tol + 1e-9 * sum) {
      std::vector<const Figure*> figs = {&total};
      std::string listed;
      for (size_t k = 0; k < parts.size(); ++k) {
        figs.push_back(parts[k]);
        listed += (k == 0 ? "" : k + 1 == parts.size() ? " and " : ", ") + CollapseSpace(parts[k]->text);
      }
      out->push_back(Make(total, figs,
                          DocName(total.doc) + " gives a total of " + CollapseSpace(total.text) +
                              ", but its parts (" + listed + ") add up to " + FormatLike(total, sum) +
                              ".",
                          "", Severity::kWarning,
                          "sum of parts: " + FormatNumber(sum) + " > " +
                              FormatNumber(total.value.num)));
    }
    return;  // one total a sentence
  }
}

// A share's level, as opposed to a change of it or a rate: one end of an
// implied change.
bool IsShareLevel(const Figure& f) {
  return f.kind == Kind::kPercent && f.unit != "pp" && !f.value.is_date() && std::isfinite(f.value.num) &&
         f.value.num >= 0 && f.frame.measure != Measure::kRate;
}

// The gap and the relative change from `fv` to `tv`, each written to within
// `fh` and `th`: every value the written levels allow.
void AddImplied(const Figure* from, double fv, double fh, const Figure* to, double tv, double th,
                std::vector<ImpliedChange>* out) {
  if (std::fabs(tv - fv) <= 1e-9 * std::max(std::fabs(tv), std::fabs(fv))) return;  // no change
  for (const ImpliedChange& c : *out) {
    if (c.from_value == fv && c.to_value == tv) return;  // read twice ("from X to Y" and frame.previous)
  }
  ImpliedChange c;
  c.from = from;
  c.to = to;
  c.from_value = fv;
  c.to_value = tv;
  c.points = {tv - fv - fh - th, tv - fv + fh + th, false, false};
  if (fv - fh > 0) {
    double lo = HUGE_VAL, hi = -HUGE_VAL;
    for (double f : {fv - fh, fv + fh}) {
      for (double t : {tv - th, tv + th}) {
        const double r = 100 * (t - f) / f;
        lo = std::min(lo, r);
        hi = std::max(hi, r);
      }
    }
    c.relative = {lo, hi, false, false};
    c.has_relative = true;
  }
  out->push_back(c);
}

// The interval of |x| for an interval of x on one side of zero.
Interval Magnitude(const Interval& i, bool negative) {
  return negative ? Interval{-i.hi, -i.lo, i.hi_open, i.lo_open} : i;
}

}  // namespace

std::vector<ImpliedChange> ImpliedPercentChanges(const Lexicon& lex, const std::vector<const Figure*>& s) {
  std::vector<ImpliedChange> out;
  if (s.empty()) return out;
  const Synonyms& syn = lex.For(s[0]->lang);
  for (size_t i = 0; i < s.size(); ++i) {
    const Figure& a = *s[i];
    if (!IsShareLevel(a)) continue;
    const double ha = HalfPrecision(a);
    std::vector<std::string> before = LowerWords(Before(a));
    bool from = false;
    for (size_t k = before.size(), n = 0; k > 0 && n < 2; --k, ++n) from = from || syn.change_from.count(before[k - 1]);
    // "from 9% to 12%" read as one range figure.
    std::vector<std::string> own = LowerWords(a.text);
    if (a.value_max && !a.value_max->is_date()) {
      if ((from || (!own.empty() && syn.change_from.count(own.front()))) && ContainsAny(syn.change_to, own)) {
        AddImplied(&a, a.value.num, ha, &a, a.value_max->num, ha, &out);
      }
      continue;
    }
    // The next share level of the sentence.
    const Figure* b = nullptr;
    for (size_t j = i + 1; j < s.size() && !b; ++j) {
      if (IsShareLevel(*s[j]) && !s[j]->value_max) b = s[j];
    }
    const std::vector<std::string> gap = b ? LowerWords(Between(a, *b)) : std::vector<std::string>{};
    if (b && from && gap.size() <= 8 && ContainsAny(syn.change_to, gap)) {
      // "fell from 72.8 per cent in 2025 to 70.3 per cent"
      AddImplied(&a, a.value.num, ha, b, b->value.num, HalfPrecision(*b), &out);
    } else if (b && gap.size() <= 12 && a.frame.measure == Measure::kLevel && b->frame.measure == Measure::kLevel &&
               (ContainsAny(syn.compared_with, gap) || ContainsAny(syn.change_from, gap)) &&
               !ChangeToOutsideComparison(syn, gap)) {
      // "68.9 per cent of pupils passed this year, compared with 71.5 per
      // cent in 2025" (the subject and time between take a few words);
      // "58.4%, up from 56.1%": the later level first; "compared to" and
      // "frente al" are the comparison's own words (trial15).
      AddImplied(b, b->value.num, HalfPrecision(*b), &a, a.value.num, ha, &out);
    }
    // The frame's own earlier value ("58.4%, up from 56.1%"), unless a
    // revision: a corrected figure is no change of the share.
    if (a.frame.previous && !a.frame.revised && *a.frame.previous >= 0) {
      const Figure* earlier = &a;
      double he = ha;
      for (const Figure* f : s) {
        if (f != &a && IsShareLevel(*f) && std::fabs(f->value.num - *a.frame.previous) <= 1e-9 * std::fabs(f->value.num)) {
          earlier = f;
          he = HalfPrecision(*f);
        }
      }
      AddImplied(earlier, *a.frame.previous, he, &a, a.value.num, ha, &out);
    }
  }
  return out;
}

std::vector<ImpliedChange> ImpliedLevelChanges(const Figure& a, const std::vector<const Figure*>& s) {
  std::vector<ImpliedChange> out;
  const bool level_kind =
      a.kind == Kind::kCount || a.kind == Kind::kMoney || a.kind == Kind::kMeasure || a.kind == Kind::kDuration;
  if (!level_kind || !a.frame.previous || a.frame.revised || a.frame.measure == Measure::kChange ||
      a.value.is_date() || !std::isfinite(a.value.num) || a.value_max || !(a.value.num > 0) ||
      !(*a.frame.previous > 0)) {
    return out;
  }
  const Figure* earlier = &a;
  double he = HalfPrecision(a);
  for (const Figure* f : s) {
    if (f != &a && f->kind == a.kind && !f->value.is_date() &&
        std::fabs(f->value.num - *a.frame.previous) <= 1e-9 * std::fabs(f->value.num)) {
      earlier = f;
      he = HalfPrecision(*f);
    }
  }
  AddImplied(earlier, *a.frame.previous, he, &a, a.value.num, HalfPrecision(a), &out);
  for (ImpliedChange& c : out) c.levels = true;
  return out;
}

ChangeReading ReadAsChange(const ImpliedChange& c, const Figure& stated) {
  ChangeReading r;
  if (stated.value.is_date() || !std::isfinite(stated.value.num)) return r;
  const bool up = c.to_value > c.from_value;
  const Direction d = stated.frame.direction;
  if ((d == Direction::kUp && !up) || (d == Direction::kDown && up)) return r;
  // A signed figure with no direction word ("-2.5 points") states its own.
  if (d == Direction::kNone && stated.value.num < 0 && up) return r;
  const Interval said = Magnitude(FigureInterval(stated), stated.value.num < 0);
  r.points = !c.levels && Overlaps(said, Magnitude(c.points, !up));
  r.relative = c.has_relative && Overlaps(said, Magnitude(c.relative, !up));
  return r;
}

void CheckSentenceArithmetic(const Lexicon& lex, const std::vector<const Figure*>& sentence,
                             std::vector<Finding>* out) {
  if (sentence.size() < 2) return;
  const Synonyms& syn = lex.For(sentence[0]->lang);
  CheckPartOf(syn, sentence, out);
  CheckChange(syn, sentence, out);
  CheckTotal(syn, sentence, out);
}

}  // namespace claimcheck::check
