// Measures and durations: a number followed by a unit ("5 km", "10,000
// square kilometres", "3 millones de barriles", "18 years", "six-month").
// Durations are normalised to year/month/week/day/hour by the unit's factor
// ("three decades" -> 30 year).
#include "extract/recognize/candidate.h"

namespace claimcheck {
namespace recognize {

void FindMeasures(const Sentence& in, std::vector<Candidate>* out) {
  const ScannedText& s = in.s;
  const MeasureRules& m = in.lex.measures;
  for (size_t k = 0; k < in.nums.size(); ++k) {
    const NumberSpan& n = in.nums[k];
    if (n.blocked || n.code || n.fraction) continue;
    size_t j = n.te;
    bool compound = false;
    if (n.scale > 1 && s.IsWord(j) && HasTok(s, m.connectors, j)) {
      ++j;
    } else if (j + 1 < s.toks.size() && HasTok(s, m.compound_joiners, j) && s.Glued(j) && s.Glued(j + 1)) {
      ++j;  // "six-month", "a 10-km walk"
      compound = true;
    }
    PhraseMatch u = m.units.At(s, j);
    if (!u) continue;
    const UnitDef& def = m.defs[static_cast<size_t>(u.payload)];
    // A unit glued to the digits ("5km") must end there: "5kmh" is not km.
    size_t end = j + u.len;
    if (end < s.toks.size() && s.Glued(end) && s.toks[end].type == TokType::kWord) continue;
    Candidate c = FromNumber(in.nums, static_cast<int>(k), n.tb, static_cast<uint32_t>(end),
                             def.duration ? Kind::kDuration : Kind::kMeasure, n.value * def.factor,
                             def.duration ? (compound ? "duration.compound" : "duration.number_unit")
                                          : (compound ? "measure.compound" : "measure.number_unit"));
    c.unit = def.code;
    c.factor = def.factor;
    c.priority = 3;
    c.subject = def.duration ? SubjectMode::kNone : SubjectMode::kOf;
    out->push_back(c);
  }
}

}  // namespace recognize
}  // namespace claimcheck
