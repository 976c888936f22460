// Counts: every remaining numeral ("1,000 ISIS-supporting profiles",
// "ninety-six", "tres mil") with the words after it as the counted subject.
// Not counts: a lone year-like number ("in 2014", unless a qualifier or a
// range makes it a quantity), "one" used as a pronoun ("one of the"),
// numbers glued to letters ("4G", "3D").
#include "extract/recognize/candidate.h"

namespace claimcheck {
namespace recognize {

void FindCounts(const Sentence& in, std::vector<Candidate>* out) {
  const ScannedText& s = in.s;
  const NumberRules& nr = in.lex.numbers;
  for (size_t k = 0; k < in.nums.size(); ++k) {
    const NumberSpan& n = in.nums[k];
    if (n.blocked || n.code || n.fraction || n.unit_only) continue;
    if (n.digits && n.te < s.toks.size() && s.Glued(n.te) && s.toks[n.te].type == TokType::kWord) continue;
    if (!n.digits && n.te == n.tb + 1 && HasTok(s, nr.pronouns, n.tb)) {
      // "one official said", "one senior official said": one adjective may come between.
      bool after = s.IsWord(n.te) && (HasWord(s, nr.pronoun_next, n.te) ||
                                      (s.IsWord(n.te + 1) && !s.toks[n.te].known && HasWord(s, nr.pronoun_next, n.te + 1) &&
                                       !HasTok(s, in.lex.subjects.of_words, n.te + 1)));
      bool before = n.tb > 0 && s.IsWord(n.tb - 1) && HasWord(s, nr.pronoun_prev, n.tb - 1);
      if (after || before) continue;
    }
    Candidate c = FromNumber(in.nums, static_cast<int>(k), n.tb, n.te, Kind::kCount, n.value,
                             n.digits ? (n.scale > 1 ? "count.number_scale" : "count.number")
                                      : "count.number_words");
    c.bare = true;
    c.year_like = n.year_like;
    c.subject = SubjectMode::kFollowing;
    c.priority = 1;
    out->push_back(c);
  }
}

// "hundreds of profiles", "dozens", "miles de personas": a vague amount,
// value and value_max the interval from qualifiers.yaml. "millions of
// dollars" is money.
void FindVague(const Sentence& in, std::vector<Candidate>* out) {
  const ScannedText& s = in.s;
  const QualifierRules& q = in.lex.qualifiers;
  if (q.vague.empty()) return;
  for (size_t i = 0; i < s.toks.size(); ++i) {
    if (!s.IsWord(i)) continue;
    PhraseMatch m = q.vague.At(s, i);
    if (!m) continue;
    const VagueDef& def = q.vague_defs[static_cast<size_t>(m.payload)];
    Candidate c;
    c.tb = static_cast<uint32_t>(i);
    c.te = static_cast<uint32_t>(i + m.len);
    c.kind = Kind::kCount;
    c.value = def.min;
    c.value_max = def.max;
    c.has_max = true;
    c.qualifier = Qualifier::kVague;
    c.rule = "count.vague";
    c.subject = SubjectMode::kOf;
    c.priority = 1;
    size_t j = c.te;
    if (s.IsWord(j) && HasTok(s, in.lex.subjects.of_words, j)) {
      if (PhraseMatch cur = in.lex.money.after.At(s, j + 1)) {
        const std::string& code = in.lex.money.codes[static_cast<size_t>(cur.payload)];
        c.kind = Kind::kMoney;
        c.unit = code.empty() ? std::string_view(in.ctx.default_currency) : std::string_view(code);
        c.te = static_cast<uint32_t>(j + 1 + cur.len);
        c.rule = "money.vague";
        c.subject = SubjectMode::kNone;
      }
    }
    i = c.te - 1;
    // "Bus lane cameras rake in millions", "it cost them thousands.": a vague
    // amount that ends its clause counts nothing named (no noun, no "of",
    // no currency), so no stated figure an editor could check.
    if (c.kind == Kind::kCount && (c.te >= s.toks.size() || !s.IsWord(c.te))) continue;
    out->push_back(c);
  }
}

}  // namespace recognize
}  // namespace claimcheck
