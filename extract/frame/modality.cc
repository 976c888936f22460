// Whether a figure is a fact, a forecast, a target or an estimate: "expects
// inflation of 2.7%", "is projected to", "aims to", "could reach", "an
// estimated 2,100 (95% interval 1,400 to 2,900)" (an estimate with its
// interval). The cue nearest before the figure in its clause decides; a cue
// after it counts when nothing precedes ("2,100 deaths, the model
// estimated").
#include "extract/frame/reader.h"

namespace claimcheck::frame {
namespace {

Modality ModalityOf(int tag) {
  return tag == 1 ? Modality::kForecast : tag == 2 ? Modality::kTarget : Modality::kEstimate;
}

// "more than economists expected", "as forecast": a comparison with a
// forecast, not one.
bool Compared(const Sent& s, size_t i) {
  for (size_t back = 1; back <= 2 && back <= i; ++back) {
    const std::string& w = s.words[i - back].lower;
    if (w == "than" || w == "as" || w == "que" || w == "de lo") return true;
  }
  return false;
}

}  // namespace

void ReadModality(const Sent& s, size_t k, Frame* frame) {
  const Figure& f = *s.figs[k];
  if (f.kind == Kind::kDate) return;
  const FrameRules& r = s.r;
  const size_t a = s.spans[k].first, b = s.spans[k].second;
  int tag = 0;
  size_t cue_at = 0;
  // Inside the figure's own words: "an estimated 2,100".
  for (size_t i = a; i < b && !tag; ++i) {
    if (const CueSet::Phrase* p = r.modality.At(s.words, i)) tag = p->tag, cue_at = i;
  }
  // Before it, back to the start of the sentence; the nearest cue wins.
  // A cue after a determiner is an adjective ("the expected standard").
  auto adjective = [&](size_t i) {
    return i > 0 && s.words[i - 1].word && s.r.determiners.Has(s.words[i - 1]) &&
           !(r.modality.At(s.words, i - 1) != nullptr);
  };
  if (!tag) {
    for (size_t i = a; i-- > 0 && !tag;) {
      // Another clause: "Pollsters had predicted 75 percent, but just 68".
      if (s.IsClauseBreak(i)) break;
      if (adjective(i)) continue;
      const CueSet::Phrase* p =
          s.words[i].fig < 0 && !s.InName(i) ? r.modality.At(s.words, i) : nullptr;
      if (p != nullptr && i + p->stems.size() <= a && !Compared(s, i)) tag = p->tag, cue_at = i;
    }
  }
  // After it, in the same clause.
  if (!tag) {
    for (size_t i = b; i < s.words.size() && !tag; ++i) {
      if (!s.words[i].word && (s.words[i].lower == ";" || s.words[i].lower == "(" ||
                               s.words[i].lower == ",")) {
        break;
      }
      // Another figure's own clause: "short of the 45,000 analysts had estimated".
      if (s.words[i].fig >= 0 && s.figs[s.words[i].fig]->kind != Kind::kDate) break;
      if (s.words[i].fig >= 0 || s.InName(i) || adjective(i)) continue;
      const CueSet::Phrase* p = r.modality.At(s.words, i);
      if (p != nullptr && !Compared(s, i)) tag = p->tag, cue_at = i;
    }
  }
  if (!tag) return;
  frame->modality = ModalityOf(tag);
  (void)cue_at;
  if (frame->modality != Modality::kEstimate && frame->modality != Modality::kForecast) return;
  // The interval: a range after an interval cue, after the figure.
  for (size_t i = b; i < s.words.size(); ++i) {
    if (s.words[i].fig < 0 && r.interval.At(s.words, i) != nullptr) {
      for (size_t j = i + 1; j < s.words.size() && j < i + 8; ++j) {
        if (s.words[j].fig < 0) continue;
        const Figure& g = *s.figs[s.words[j].fig];
        if (g.kind == f.kind && g.value_max && !g.value.is_date()) {
          frame->interval_low = g.value.num;
          frame->interval_high = g.value_max->num;
          if (frame->modality == Modality::kForecast) frame->modality = Modality::kEstimate;
          return;
        }
        j = s.spans[s.words[j].fig].second - 1;
      }
    }
  }
}

}  // namespace claimcheck::frame
