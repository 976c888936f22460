// The place a sentence ties a figure to: a capitalised name after a place
// cue ("in Latin America", "across the UK"), the nearest one to the figure.
// Dates, weekdays and other names listed under place.not_places are not
// places.
#include "extract/frame/reader.h"

namespace claimcheck::frame {

void ReadPlace(const Sent& s, size_t k, Frame* frame) {
  const FrameRules& r = s.r;
  const size_t a = s.spans[k].first;
  std::string best;
  size_t best_d = 0;
  for (size_t i = 0; i < s.words.size(); ++i) {
    if (!s.IsWord(i)) continue;
    const CueSet::Phrase* cue = r.place_cues.At(s.words, i);
    if (cue == nullptr) continue;
    size_t j = i + cue->stems.size();
    if (s.IsWord(j) && s.r.determiners.Has(s.words[j]) && !s.words[j].cap) ++j;
    size_t first = j, last = j;
    // Capitalised words, with "of"/"and"/"de" inside: "Democratic Republic of Congo".
    while (s.IsWord(last) && (s.words[last].cap || s.words[last].all_caps)) {
      if (r.not_places.Has(s.words[last])) break;
      ++last;
      if (s.IsWord(last) && !s.words[last].cap &&
          (s.words[last].lower == "of" || s.words[last].lower == "de" ||
           s.words[last].lower == "del") &&
          s.IsWord(last + 1) && s.words[last + 1].cap) {
        ++last;
      }
    }
    if (last == first) continue;
    // Not a name followed by a possessive noun phrase that is an
    // organisation's ("in Facebook's report"), nor the start of a speaker.
    if (s.words[last - 1].possessive) continue;
    std::string name = s.Slice(first, last);
    size_t d = first > a ? first - a : a - first;
    if (best.empty() || d < best_d) best = name, best_d = d;
    i = last - 1;
  }
  frame->place = best;
}

}  // namespace claimcheck::frame
