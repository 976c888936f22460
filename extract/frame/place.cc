// The place a sentence ties a figure to: a capitalised name after a place
// cue ("in Latin America", "across the UK"), the nearest one to the figure.
// Dates, weekdays and other names listed under place.not_places are not
// places.
#include "extract/frame/reader.h"

namespace claimcheck::frame {

namespace {

// Every place the sentence names, with where it is.
std::vector<std::pair<std::string, size_t>> SentencePlaces(const Sent& s) {
  const FrameRules& r = s.r;
  std::vector<std::pair<std::string, size_t>> out;
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
      // "England and Wales", "Inglaterra y Gales": one place named in two.
      if (s.IsWord(last) && !s.words[last].cap &&
          (s.words[last].lower == "of" || s.words[last].lower == "de" ||
           s.words[last].lower == "del" || s.words[last].lower == "and" ||
           s.words[last].lower == "y") &&
          s.IsWord(last + 1) && s.words[last + 1].cap && !r.not_places.Has(s.words[last + 1])) {
        ++last;
      }
    }
    if (last == first) continue;
    // Not a name followed by a possessive noun phrase that is an
    // organisation's ("in Facebook's report"), nor the start of a speaker.
    if (s.words[last - 1].possessive) continue;
    out.emplace_back(s.Slice(first, last), first);
    i = last - 1;
  }
  return out;
}

}  // namespace

void ReadPlace(const Sent& s, size_t k, Frame* frame) {
  if (!s.places_ready) {
    s.places_ready = true;
    s.places = SentencePlaces(s);
  }
  const size_t a = s.spans[k].first;
  const std::pair<std::string, size_t>* best = nullptr;
  size_t best_d = 0;
  for (const auto& p : s.places) {
    size_t d = p.second > a ? p.second - a : a - p.second;
    if (best == nullptr || d < best_d) best = &p, best_d = d;
  }
  frame->place = best != nullptr ? best->first : std::string();
}

}  // namespace claimcheck::frame
