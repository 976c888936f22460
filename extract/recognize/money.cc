// Money: a currency symbol or code before the number ("$1.2 billion",
// "US$ 5", "£3.4m", "EUR 20") or a currency word after it ("3 million
// dollars", "3,5 millones de euros"), resolved to ISO 4217. A bare "$"
// (code "default" in money.yaml) is RecognizeContext::default_currency.
#include "extract/recognize/candidate.h"

#include <cmath>

namespace claimcheck {
namespace recognize {
namespace {

std::string_view CodeOf(const Sentence& in, int payload) {
  const std::string& code = in.lex.money.codes[static_cast<size_t>(payload)];
  return code.empty() ? std::string_view(in.ctx.default_currency) : std::string_view(code);
}

}  // namespace

void FindMoney(const Sentence& in, std::vector<Candidate>* out) {
  const ScannedText& s = in.s;
  const CurrencyRules& money = in.lex.money;
  for (size_t k = 0; k < in.nums.size(); ++k) {
    const NumberSpan& n = in.nums[k];
    if (n.blocked || n.code || n.fraction) continue;
    const int idx = static_cast<int>(k);
    PhraseMatch before = money.before.EndingAt(s, n.tb);
    if (before && before.len <= n.tb) {
      Candidate c = FromNumber(in.nums, idx, static_cast<uint32_t>(n.tb - before.len), n.te, Kind::kMoney,
                               n.value * money.factors[static_cast<size_t>(before.payload)], "money.symbol_number");
      c.unit = CodeOf(in, before.payload);
      c.priority = 4;
      // "$5 million dollars": the redundant word belongs to the figure.
      if (PhraseMatch after = money.after.At(s, n.te); after && after.payload == before.payload) {
        c.te = static_cast<uint32_t>(n.te + after.len);
      }
      out->push_back(c);
      continue;
    }
    size_t j = n.te;
    bool compound = false;
    if (n.scale > 1 && s.IsWord(j) && HasTok(s, money.connectors, j)) {
      ++j;
    } else if (s.IsSym(j, "-") && s.Glued(j) && s.Glued(j + 1) && s.IsWord(j + 1) &&
               HasTok(s, in.lex.measures.compound_joiners, j)) {
      ++j;  // "a 68-cent rise", "a 10-dollar bill"
      compound = true;
    }
    PhraseMatch after = money.after.At(s, j);
    // A subunit letter glued to the digits ("4.2p a share", "fell 3p to
    // 250p"), unless the whole token is listed as something else ("720p",
    // "1080p": screen resolutions).
    if (!after && !compound && s.Glued(j)) {
      after = money.glued_after.At(s, j);
      if (after) {
        const size_t from = s.toks[n.tb].start, to = s.toks[j + after.len - 1].end;
        if (money.glued_exceptions.count(std::string(s.lower.substr(from, to - from)))) after = PhraseMatch{};
      }
    }
    if (after) {
      const double factor = money.factors[static_cast<size_t>(after.payload)];
      Candidate c = FromNumber(in.nums, idx, n.tb, static_cast<uint32_t>(j + after.len), Kind::kMoney,
                               n.value * factor,
                               factor != 1 ? "money.number_subunit"
                               : compound  ? "money.compound"
                                           : "money.number_currency");
      c.unit = CodeOf(in, after.payload);
      c.factor = factor;
      c.priority = 4;
      // A sum said as words carries its subunit after the currency word:
      // "nine pounds forty" is £9.40, "fourteen pounds twenty" £14.20,
      // "nueve euros con cuarenta" 9,40 € (trial59, trial61: the forty was
      // a count of its own, the sum £9). Whole units written in words only,
      // the subunit a whole number below 100 right after (or after "con"),
      // ending the phrase: a noun after it counts something else ("two
      // pounds ten times").
      if (factor == 1 && !n.digits && n.scale == 1 && k + 1 < in.nums.size()) {
        const NumberSpan& sub = in.nums[k + 1];
        size_t at = j + after.len;
        if (s.IsWord(at) && s.Lower(at) == "con" && sub.tb == at + 1) ++at;
        const bool whole = sub.value >= 1 && sub.value < 100 && sub.value == std::floor(sub.value);
        const bool ends = !s.IsWord(sub.te) || HasTok(s, in.lex.subjects.determiners, sub.te) ||
                          s.Lower(sub.te) == "per" || s.Lower(sub.te) == "for" || s.Lower(sub.te) == "and";
        if (sub.tb == at && !sub.digits && !sub.blocked && sub.scale == 1 && whole && ends) {
          c.te = sub.te;
          c.value = n.value + sub.value / 100;
          c.rule = "money.words_subunit";
        }
      }
      out->push_back(c);
    }
  }
}

}  // namespace recognize
}  // namespace claimcheck
