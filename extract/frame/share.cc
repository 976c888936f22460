// The base of a share, what a percent is of ("43 percent of the nodes",
// "99% of the content we removed"), and its part, what is counted within
// that base ("31 percent of the respondents lived in rural areas" -> "rural
// respondents"; "40% of the victims were women" -> "women").
#include "extract/frame/reader.h"

namespace claimcheck::frame {
namespace {

bool IsPronoun(const Word& w) {
  static const char* const kPronouns[] = {"we", "they", "it", "he", "she", "you", "i",
                                          "nosotros", "ellos", "ellas"};
  for (const char* p : kPronouns) {
    if (w.lower == p) return true;
  }
  return false;
}

}  // namespace

void ReadShare(const Sent& s, size_t k, Frame* frame) {
  const Figure& f = *s.figs[k];
  if (f.kind != Kind::kPercent) return;
  const FrameRules& r = s.r;
  size_t b = s.spans[k].second;
  if (!s.IsWord(b) || !(s.words[b].lower == "of" || s.words[b].lower == "de" ||
                        s.words[b].lower == "del")) {
    return;
  }
  size_t start = b + 1;
  // "of all hospital admissions": "all" stays in the base.
  NounPhrase np = NounPhraseAt(s, start, true);
  if (!np.ok()) return;
  size_t last = np.last;
  // "the content we removed": a short relative clause belongs to the base.
  if (s.IsWord(last) && IsPronoun(s.words[last]) && s.IsWord(last + 1) &&
      (s.Classes(last + 1) & kVerb)) {
    last += 2;
  }
  std::string base = s.Slice(start, last);
  // Articles go; "all" stays.
  std::vector<Word> bw = SentenceWords(s.lang(), base, {});
  size_t cut = 0;
  while (cut < bw.size() && bw[cut].word &&
         (bw[cut].lower == "the" || bw[cut].lower == "a" || bw[cut].lower == "an" ||
          bw[cut].lower == "el" || bw[cut].lower == "la" || bw[cut].lower == "los" ||
          bw[cut].lower == "las")) {
    ++cut;
  }
  if (cut < bw.size()) base = base.substr(bw[cut].start);
  frame->base = base;

  // The part: "were women", "lived in rural areas".
  size_t j = last;
  if (!s.IsWord(j)) return;
  const Word& v = s.words[j];
  const std::string& head = s.words[np.head].lower;
  if (r.links.Has(v) && !r.change_words.Has(v)) {
    NounPhrase p = NounPhraseAt(s, j + 1, true);
    if (p.ok() && !s.IsFig(p.first)) {
      frame->part = Fold(PhraseText(s, p));
    } else if (s.IsWord(j + 1) && (s.Classes(j + 1) & kAdj) && !(s.Classes(j + 1) & kVerb)) {
      frame->part = s.words[j + 1].lower + " " + head;  // "were female" -> "female respondents"
    }
    return;
  }
  if ((s.Classes(j) & kVerb) && s.IsWord(j + 1) && s.words[j + 1].lower == "in" &&
      s.IsWord(j + 2) && s.IsWord(j + 3) && (s.Classes(j + 2) & kAdj)) {
    frame->part = s.words[j + 2].lower + " " + head;  // "lived in rural areas"
  }
}

}  // namespace claimcheck::frame
