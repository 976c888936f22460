// Measures and durations: a number followed by a unit ("5 km", "10,000
// square kilometres", "3 millones de barriles", "18 years", "six-month").
// Durations are normalised to year/month/week/day/hour by the unit's factor
// ("three decades" -> 30 year). Also: a half after the unit ("two years and
// a half", "un año y medio"), a temperature letter glued to the digits
// ("-5C"), and a scale letter read as a unit before the right words ("a
// 1.8m wall", while "2.5m people" stays a count).
#include "extract/recognize/candidate.h"

namespace claimcheck {
namespace recognize {
namespace {

Candidate Make(const std::vector<NumberSpan>& nums, int k, uint32_t tb, uint32_t te, const UnitDef& def, double value,
               const char* duration_rule, const char* measure_rule) {
  Candidate c = FromNumber(nums, k, tb, te, def.duration ? Kind::kDuration : Kind::kMeasure, value * def.factor,
                           def.duration ? duration_rule : measure_rule);
  c.unit = def.code;
  c.factor = def.factor;
  c.priority = 3;
  c.subject = def.duration ? SubjectMode::kNone : SubjectMode::kOf;
  return c;
}

// A fraction of one unit: "half an hour", "half a mile", "a quarter of an
// hour", "three quarters of a mile", "media hora", "tres cuartos de hora".
// The fraction spans tokens [i, j) and is worth f.
void AddFractionOfUnit(const Sentence& in, size_t i, size_t j, double f, std::vector<Candidate>* out) {
  const ScannedText& s = in.s;
  const MeasureRules& m = in.lex.measures;
  if (f <= 0 || f >= 1) return;
  if (s.IsWord(j) && HasTok(s, in.lex.subjects.of_words, j)) ++j;  // "a quarter of an hour"
  if (s.IsWord(j) && HasTok(s, in.lex.numbers.articles, j)) ++j;   // "half an hour"; "half hour", "media hora"
  PhraseMatch u = m.units.At(s, j);
  if (!u) return;
  size_t end = j + u.len;
  if (end < s.toks.size() && s.Glued(end) && s.toks[end].type == TokType::kWord) return;
  // "a third of Year 6 pupils": a capitalised unit word before a number is
  // the name of a school year or grade, not a unit (trial32).
  if (u.len == 1 && !s.Raw(j).empty() && s.Raw(j)[0] >= 'A' && s.Raw(j)[0] <= 'Z' && s.IsDigits(end)) return;
  // A fraction in words goes with a unit in words ("media hectárea", "half
  // a mile"), not with a symbol of one or two letters: "la cuota media ha
  // subido" is "the average fee has risen", no half hectare (trial42).
  if (u.len == 1 && s.Raw(j).size() <= 2) return;
  const UnitDef& def = m.defs[static_cast<size_t>(u.payload)];
  Candidate c;
  c.tb = static_cast<uint32_t>(i);
  c.te = static_cast<uint32_t>(end);
  c.kind = def.duration ? Kind::kDuration : Kind::kMeasure;
  c.value = f * def.factor;
  c.unit = def.code;
  c.factor = def.factor;
  c.rule = def.duration ? "duration.fraction_unit" : "measure.fraction_unit";
  c.priority = 3;
  c.subject = def.duration ? SubjectMode::kNone : SubjectMode::kOf;
  out->push_back(c);
}

}  // namespace

void FindMeasures(const Sentence& in, std::vector<Candidate>* out) {
  const ScannedText& s = in.s;
  const MeasureRules& m = in.lex.measures;
  const NumberRules& nr = in.lex.numbers;
  for (size_t k = 0; k < in.nums.size(); ++k) {
    const NumberSpan& n = in.nums[k];
    if (n.blocked || n.code || n.fraction) continue;
    const int idx = static_cast<int>(k);
    // "-5C", "90F": a capital unit letter glued to the digits, ending the word.
    if (n.digits && n.scale == 1 && s.Glued(n.te) && s.IsWord(n.te) &&
        !(n.te + 1 < s.toks.size() && s.Glued(n.te + 1) && s.toks[n.te + 1].type != TokType::kSymbol)) {
      auto g = m.glued_cased.find(s.Raw(n.te));
      if (g != m.glued_cased.end()) {
        out->push_back(Make(in.nums, idx, n.tb, n.te + 1, m.defs[static_cast<size_t>(g->second)], n.value, "",
                            "measure.number_unit"));
        continue;
      }
    }
    // "a 1.8m wall": the scale letter is a unit before one of its words.
    if (n.digits && n.scale > 1 && n.te > n.tb + 1 && s.IsWord(n.te - 1)) {
      const MeasureRules::ScaleOrUnit* su = Find(m.scale_or_unit, s.Lower(n.te - 1));
      // ... or after "<word> of": "waves of up to 6m", "a drop of 30m".
      bool after_of = false;
      if (su != nullptr && su->scale == n.scale) {
        size_t first = n.tb;
        PhraseMatch pre = in.lex.qualifiers.prefix.EndingAt(s, first);
        if (pre && pre.len <= first) first -= pre.len;
        after_of = first >= 2 && s.IsWord(first - 1) && HasTok(s, in.lex.subjects.of_words, first - 1) &&
                   su->before.EndingAtAnyToken(s, first - 1);
      }
      // "ran 100m", "the men's 400m": a word before the number calls for the unit.
      bool after_word = su != nullptr && su->scale == n.scale && n.tb >= 1 && su->after.EndingAtAnyToken(s, n.tb);
      // "100m in 9.58 seconds": a distance covered in a time.
      bool timed = false;
      if (su != nullptr && su->timed && su->scale == n.scale && s.IsWord(n.te) && n.te + 2 < s.toks.size() &&
          s.Lower(n.te) == "in") {
        for (size_t q = k + 1; q < in.nums.size(); ++q) {
          if (in.nums[q].tb != n.te + 1) continue;
          PhraseMatch tu = m.units.At(s, in.nums[q].te);
          timed = tu && m.defs[static_cast<size_t>(tu.payload)].duration &&
                  (m.defs[static_cast<size_t>(tu.payload)].code == "second" ||
                   m.defs[static_cast<size_t>(tu.payload)].code == "minute");
          break;
        }
      }
      if (su != nullptr && su->scale == n.scale &&
          (su->always || after_of || after_word || timed || su->before.AtAnyToken(s, n.te))) {
        Candidate c = Make(in.nums, idx, n.tb, n.te, m.defs[static_cast<size_t>(su->def)], n.base, "",
                           "measure.number_unit");
        c.scale = 1;
        c.priority = 4;  // beats the count on the same span
        out->push_back(c);
        continue;
      }
    }
    // "a magnitude 6.4 quake", "un sismo de magnitud 6,1": the unit comes first.
    if (n.scale == 1 && n.tb >= 1) {
      if (PhraseMatch pu = m.prefix_units.EndingAtAnyToken(s, n.tb); pu && pu.len <= n.tb) {
        Candidate c = Make(in.nums, idx, static_cast<uint32_t>(n.tb - pu.len), n.te,
                           m.defs[static_cast<size_t>(pu.payload)], n.value, "", "measure.unit_number");
        c.priority = 4;
        out->push_back(c);
        continue;
      }
    }
    size_t j = n.te;
    bool compound = false;
    if (n.scale > 1 && s.IsWord(j) && HasTok(s, m.connectors, j)) {
      ++j;
    } else if (j + 1 < s.toks.size() && HasTok(s, m.compound_joiners, j) && s.Glued(j) && s.Glued(j + 1)) {
      ++j;  // "six-month", "a 10-km walk"
      compound = true;
    } else if (s.IsWord(j) && HasWord(s, nr.period_adjectives, j)) {
      ++j;  // "three consecutive months"
    }
    PhraseMatch u = m.units.At(s, j);
    if (!u) continue;
    const UnitDef& def = m.defs[static_cast<size_t>(u.payload)];
    // A unit glued to the digits ("5km") must end there: "5kmh" is not km.
    size_t end = j + u.len;
    if (end < s.toks.size() && s.Glued(end) && s.toks[end].type == TokType::kWord) continue;
    if (HasWord(s, def.not_before, end)) continue;  // "pounds of debt" (UnitDef::not_before)
    // A time unit in the singular after a number other than one, right
    // before a plural noun, names a kind of the noun, not a span: "12,460 day
    // permits", "310 week passes", "40 day visitors" (trial84: a duration of
    // 12,460 days). A written-out unit only ("3 hr shifts" abbreviates).
    if (def.duration && !compound && u.len == 1 && n.value != 1 && s.IsWord(end) && !s.Glued(end)) {
      const std::string_view unit = s.Lower(j), next = s.Lower(end);
      if (unit.size() >= 3 && unit.back() != 's' && next.size() >= 4 && next.back() == 's' && next != "olds" &&
          s.Raw(end) == next) {
        continue;
      }
    }
    double value = n.value;
    // "two years and a half", "tres horas y media"
    if (PhraseMatch h = nr.halves.At(s, end); h && !compound && n.value > 0) {
      value += nr.half_values[static_cast<size_t>(h.payload)];
      end += h.len;
    }
    Candidate c = Make(in.nums, idx, n.tb, static_cast<uint32_t>(end), def, value,
                       compound ? "duration.compound" : "duration.number_unit",
                       compound ? "measure.compound" : "measure.number_unit");
    // "16- to 24-year-olds", "18-to-25-year-olds": the first number's unit is
    // suspended on its hyphen; the two make one range, not two figures.
    if (compound && k > 0) {
      const NumberSpan& p = in.nums[k - 1];
      if (!p.blocked && !p.code && !p.fraction && p.scale == 1 && s.IsSym(p.te, "-") && s.Glued(p.te) &&
          p.te + 3 >= n.tb && p.te + 2 <= n.tb && s.IsWord(p.te + 1) &&
          in.lex.qualifiers.range_infix.AtAnyToken(s, p.te + 1) && p.value < n.value) {
        Candidate r = Make(in.nums, idx, p.tb, static_cast<uint32_t>(end), def, p.value,
                           "duration.suspended_range", "measure.suspended_range");
        r.value_max = value * def.factor;
        r.has_max = true;
        r.priority = 5;
        out->push_back(r);
      }
    }
    out->push_back(c);
    // "14 minutes 20 seconds", "3 horas y 46 minutos", "2 hours 14 minutes
    // 33 seconds": each smaller duration unit right after makes one
    // duration, counted in the first unit (trial89: the seconds of an
    // h:m:s time were a second figure, and a wrong correction).
    if (def.duration && !compound && !m.duration_seconds.empty()) {
      auto s1 = m.duration_seconds.find(def.code);
      double total = value, last = s1 != m.duration_seconds.end() ? s1->second * def.factor : 0;
      size_t at = end, chain_end = end;
      size_t q = k + 1;
      while (last > 0) {
        size_t j2 = at;
        // ("3 horas, 2 minutos y 5 segundos": a comma between parts too.)
        if (s.IsSym(j2, ",") && j2 + 1 < s.toks.size()) ++j2;
        if (s.IsWord(j2) && HasWord(s, m.duration_joiners, j2)) ++j2;
        while (q < in.nums.size() && in.nums[q].tb < j2) ++q;
        if (q == in.nums.size()) break;
        const NumberSpan& n2 = in.nums[q];
        if (n2.tb != j2 || n2.blocked || n2.code || n2.fraction || n2.scale != 1) break;
        PhraseMatch u2 = m.units.At(s, n2.te);
        if (!u2) break;
        const UnitDef& d2 = m.defs[static_cast<size_t>(u2.payload)];
        auto s2 = m.duration_seconds.find(d2.code);
        if (!d2.duration || s2 == m.duration_seconds.end()) break;
        const double part = s2->second * d2.factor;
        if (!(part < last)) break;
        const size_t end2 = n2.te + u2.len;
        if (end2 < s.toks.size() && s.Glued(end2) && s.toks[end2].type == TokType::kWord) break;
        total += n2.value * part / (s1->second * def.factor);
        last = part;
        at = chain_end = end2;
        ++q;
      }
      if (chain_end > end) {
        Candidate whole = Make(in.nums, idx, n.tb, static_cast<uint32_t>(chain_end), def, total,
                               "duration.compound_units", "measure.compound_units");
        whole.priority = 4;
        out->push_back(whole);
      }
    }
  }
  // Fractions of one unit ("half an hour") and "a year and a half".
  for (const NumberSpan& n : in.nums) {
    if (!n.fraction || n.blocked) continue;
    AddFractionOfUnit(in, n.tb, n.te, n.value, out);
  }
  for (size_t i = 0; i + 1 < s.toks.size(); ++i) {
    // Both forms need a lexicon word next ("half an hour", "a year and a half").
    if (!s.toks[i].known || !s.toks[i + 1].known || s.toks[i].type != TokType::kWord) continue;
    // A handful of words: compared directly, cheaper than hashing every known token.
    const std::string_view w = s.Lower(i);
    for (const auto& [word, f] : nr.unit_fractions) {
      if (word == w) AddFractionOfUnit(in, i, i + 1, f, out);
    }
    // "La obra durará año y medio": no article, the unit is the one.
    if (PhraseMatch u0 = m.units.At(s, i); u0 && (i == 0 || !HasTok(s, nr.articles, i - 1))) {
      bool after_number = false;
      for (const NumberSpan& n : in.nums) after_number = after_number || n.te == i || (n.te + 1 == i && n.scale > 1);
      PhraseMatch h = after_number ? PhraseMatch{} : nr.halves.At(s, i + u0.len);
      if (h) {
        const UnitDef& def = m.defs[static_cast<size_t>(u0.payload)];
        Candidate c;
        c.tb = static_cast<uint32_t>(i);
        c.te = static_cast<uint32_t>(i + u0.len + h.len);
        c.kind = def.duration ? Kind::kDuration : Kind::kMeasure;
        c.value = (1 + nr.half_values[static_cast<size_t>(h.payload)]) * def.factor;
        c.unit = def.code;
        c.factor = def.factor;
        c.rule = def.duration ? "duration.unit_half" : "measure.unit_half";
        c.priority = 3;
        c.subject = def.duration ? SubjectMode::kNone : SubjectMode::kOf;
        out->push_back(c);
      }
    }
    if (!HasTok(s, nr.articles, i) || i + 2 >= s.toks.size()) continue;
    // "a year and a half", "an hour and a half", "un año y medio": the
    // article is the one, the half is added.
    PhraseMatch u = m.units.At(s, i + 1);
    if (!u) continue;
    PhraseMatch h = nr.halves.At(s, i + 1 + u.len);
    if (!h) continue;
    const UnitDef& def = m.defs[static_cast<size_t>(u.payload)];
    Candidate c;
    c.tb = static_cast<uint32_t>(i);
    c.te = static_cast<uint32_t>(i + 1 + u.len + h.len);
    c.kind = def.duration ? Kind::kDuration : Kind::kMeasure;
    c.value = (1 + nr.half_values[static_cast<size_t>(h.payload)]) * def.factor;
    c.unit = def.code;
    c.factor = def.factor;
    c.rule = def.duration ? "duration.article_half" : "measure.article_half";
    c.priority = 3;
    c.subject = def.duration ? SubjectMode::kNone : SubjectMode::kOf;
    out->push_back(c);
  }
}

}  // namespace recognize
}  // namespace claimcheck
