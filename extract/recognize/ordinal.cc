// Ordinals, kept apart from counts: "first", "21st", "twenty-first",
// "tercero", "vigésimo primero", "3.º", "1ª". Ambiguous words ("second",
// "segundo" are also units of time) count only after a determiner.
#include "extract/recognize/candidate.h"

namespace claimcheck {
namespace recognize {
namespace {

void Push(const ScannedText& s, const OrdinalRules& o, uint32_t tb, uint32_t te, double value, const char* rule,
          std::vector<Candidate>* out) {
  if (s.IsWord(te) && HasWord(s, o.not_before, te)) return;
  // "third-party", "first-time", "fourth-quarter": an adjective, no figure;
  // "second-largest" keeps its rank.
  if (s.IsSym(te, "-") && s.Glued(te) && s.Glued(te + 1) && s.IsWord(te + 1)) {
    std::string_view w = s.Lower(te + 1);
    bool rank = false;
    for (const std::string& suf : o.rank_suffixes) {
      rank = rank || (w.size() > suf.size() + 1 && w.substr(w.size() - suf.size()) == suf);
    }
    if (!rank) return;
  }
  Candidate c;
  c.tb = tb;
  c.te = te;
  c.kind = Kind::kOrdinal;
  c.value = value;
  c.rule = rule;
  c.priority = 2;
  out->push_back(c);
}

}  // namespace

void FindOrdinals(const Sentence& in, std::vector<Candidate>* out) {
  const ScannedText& s = in.s;
  const OrdinalRules& o = in.lex.ordinals;
  const NumberRules& nr = in.lex.numbers;
  // Digits with a glued suffix.
  for (const NumberSpan& n : in.nums) {
    if (n.blocked || !n.plain_int || n.scale != 1) continue;
    if (!s.Glued(n.te)) continue;
    PhraseMatch m = o.suffixes.At(s, n.te);
    if (!m) continue;
    size_t end = n.te + m.len;
    if (end < s.toks.size() && s.Glued(end) && s.toks[end].type != TokType::kSymbol) continue;
    Push(s, o, n.tb, static_cast<uint32_t>(end), n.value, "ordinal.digits_suffix", out);
  }
  // Words.
  for (size_t i = 0; i < s.toks.size(); ++i) {
    if (!s.IsWord(i) || !s.toks[i].known) continue;
    // Every branch below starts at a cardinal number word or an ordinal
    // word (its ten or itself); a word marked as neither skips the three
    // hash lookups (~24 M instructions on the 2 MB bench slice, branch perf13).
    if ((s.toks[i].marks & (kMarkNumWord | kMarkOrdinal)) == 0) continue;
    std::string_view w = s.Lower(i);
    // "twenty-first": a cardinal ten, a joiner, an ordinal unit.
    if (const NumWord* ten = Find(nr.words, w); ten && ten->kind == NumWordKind::kTen && i + 2 < s.toks.size() &&
                                                HasTok(s, nr.ten_joiners, i + 1)) {
      const double* unit = FindTok(s, o.words, i + 2);
      if (unit && *unit < 10) {
        Push(s, o, static_cast<uint32_t>(i), static_cast<uint32_t>(i + 3), ten->value + *unit, "ordinal.compound_words", out);
        i += 2;
        continue;
      }
    }
    // "vigésimo primero"
    if (const double* ten = Find(o.tens, w)) {
      const double* unit = s.IsWord(i + 1) ? FindTok(s, o.words, i + 1) : nullptr;
      if (unit && *unit < 10) {
        Push(s, o, static_cast<uint32_t>(i), static_cast<uint32_t>(i + 2), *ten + *unit, "ordinal.compound_words", out);
        ++i;
      } else {
        Push(s, o, static_cast<uint32_t>(i), static_cast<uint32_t>(i + 1), *ten, "ordinal.word", out);
      }
      continue;
    }
    const double* v = Find(o.words, w);
    if (!v) continue;
    if (Has(o.ambiguous, w) && !(i > 0 && s.IsWord(i - 1) && HasTok(s, o.determiners, i - 1))) continue;
    // Written with a capital after another word, the ordinal is part of a
    // name: "the Pharmacy First scheme", "the First Minister", "the Second
    // World War" (trial25: an audit row "supported" against a heading).
    if (i > 0 && s.toks[i].upper_initial && s.IsWord(i - 1)) continue;
    Push(s, o, static_cast<uint32_t>(i), static_cast<uint32_t>(i + 1), *v, "ordinal.word", out);
  }
}

}  // namespace recognize
}  // namespace claimcheck
