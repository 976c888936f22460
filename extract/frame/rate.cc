// The denominator of a rate: "9.1 per 100,000 residents" -> "100000
// residents", "€14.20 an hour" -> "hour", "twice a month" -> "month", "per
// capita" -> "capita", "annualised" -> "year".
#include <cmath>
#include <cstdio>

#include "extract/frame/reader.h"

namespace claimcheck::frame {

std::string NumberText(double v) {
  char buf[64];
  if (std::fabs(v - std::round(v)) < 1e-9 && std::fabs(v) < 1e15) {
    std::snprintf(buf, sizeof buf, "%.0f", v);
  } else {
    std::snprintf(buf, sizeof buf, "%.10g", v);
  }
  return buf;
}

namespace {

// The denominator after a per word at i ("per", "a", "each"), or empty.
std::string PerAt(const Sent& s, size_t i) {
  const FrameRules& r = s.r;
  const CueSet::Phrase* p = r.per_words.At(s.words, i);
  if (p == nullptr) return {};
  size_t j = i + p->stems.size();
  bool article = s.words[i].lower == "a" || s.words[i].lower == "an" || s.words[i].lower == "un" ||
                 s.words[i].lower == "una";
  if (s.IsFig(j)) {
    // "per 100,000 residents"
    const Figure& d = *s.figs[s.words[j].fig];
    if (d.kind != Kind::kCount) return {};
    size_t after = s.spans[s.words[j].fig].second;
    NounPhrase np = NounPhraseAt(s, after, false);
    std::string what = np.ok() ? Fold(PhraseText(s, np)) : std::string();
    return NumberText(d.value.num) + (what.empty() ? "" : " " + what);
  }
  if (!s.IsWord(j)) return {};
  const Word& w = s.words[j];
  if (r.rate_units.Has(w)) {
    // "a year earlier" dates the figure; it is no denominator. Only after an
    // article: "$150 per resident on parks" is a rate whatever follows.
    if (article && s.IsWord(j + 1) && r.not_rate_after.Has(s.words[j + 1])) return {};
    return NounBase(s.lang(), w.lower);
  }
  if (article) return {};  // "a" before any other word is an article
  // "per visit", "per household", "each month"
  NounPhrase np = NounPhraseAt(s, j, false);
  if (!np.ok() || np.last - np.first > 2) return {};
  return NounBase(s.lang(), s.words[np.head].lower);
}

}  // namespace

void ReadRate(const Sent& s, size_t k, Frame* frame) {
  const Figure& f = *s.figs[k];
  if (f.kind == Kind::kDate || f.kind == Kind::kOrdinal) return;
  const FrameRules& r = s.r;
  const size_t a = s.spans[k].first, b = s.spans[k].second;
  // Right after the figure, or after its counted noun phrase: "9.1 deaths
  // per 100,000 residents".
  size_t i = b;
  std::string per = s.IsWord(i) ? PerAt(s, i) : std::string();
  if (per.empty()) {
    NounPhrase np = NounPhraseAt(s, b, false);
    if (np.ok()) per = PerAt(s, np.last);
  }
  if (per.empty()) {
    // Standalone words a few words around: "per capita income of $52,000",
    // "an annualised 3.1%".
    for (size_t j = a; j-- > 0 && j + 4 >= a && per.empty();) {
      if (s.IsFig(j) || !s.words[j].word) break;
      if (const CueSet::Phrase* p = r.rate_standalone.At(s.words, j)) per = p->value;
    }
    for (size_t j = b; j < s.words.size() && j < b + 4 && per.empty(); ++j) {
      if (s.IsFig(j) || !s.words[j].word) break;
      if (const CueSet::Phrase* p = r.rate_standalone.At(s.words, j)) per = p->value;
    }
  }
  if (per.empty()) return;
  frame->per = per;
  if (frame->measure == Measure::kLevel) frame->measure = Measure::kRate;
}

}  // namespace claimcheck::frame
