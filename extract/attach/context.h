// The pieces of context the attacher combines: quotation spans in a block,
// the time scope of a figure, and aliases learned from the text.
#ifndef CLAIMCHECK_EXTRACT_ATTACH_CONTEXT_H_
#define CLAIMCHECK_EXTRACT_ATTACH_CONTEXT_H_

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "claimcheck/attach.h"
#include "claimcheck/figure.h"
#include "extract/attach/lexicon.h"
#include "extract/attach/tokens.h"

namespace claimcheck::attach {

using Spans = std::vector<std::pair<size_t, size_t>>;

// The direct-speech spans of one block's text (offsets into `text`), quote
// marks included. A quote left open runs to the end of the block, and a
// closing mark with no opening one closes a quote begun in an earlier
// paragraph, as news copy writes multi-paragraph quotes.
Spans QuoteSpans(std::string_view text);

// The time `figure` refers to, from the date figures in its sentence (`dates`,
// document offsets) and the cues of time.yaml; relative phrases ("last year")
// are resolved against `doc_date` (ISO 8601). Empty when the sentence states
// none. `toks` are the sentence's tokens (Tokenize), and the sentence starts
// at byte `sentence_start` of the document. Relative phrases are found and
// resolved once per sentence into *date_cues; each dates the figures nearest
// it, not every figure of the sentence. (*relative_cache is no longer read;
// kept so callers need not change.)
//
// The dates' cues are read once per sentence into *date_cues (start a fresh
// one for each sentence too), and the nearest date is found by binary
// search, so a sentence with many figures and dates stays linear (issue 15).
struct DateCues {
  bool ready = false;
  std::vector<int> cue;      // per date: none, point, since, until, baseline
  std::vector<size_t> cued;  // indices of the dates with a cue, in order
  std::vector<size_t> cue_start;  // per date: sentence byte its cue starts at (its own start if none)
  // Per date, the figure it is written right after with one word between
  // ("$2.1 billion in 2024", "2.100 millones en 2024"), or null: set by the
  // attacher. Such a date is that figure's; to any other figure it counts
  // as across a clause break ("from $2.1 billion in 2024 to $2.6 billion in
  // 2025": the 2.6 billion is 2025's).
  std::vector<const Figure*> owner;
  // The sentence's other figures (not dates), as sentence byte spans in
  // text order: set by the attacher. A date past a comma and a clause break
  // with one of them between ("62% had travelled ..., and 91% said they
  // planned to come again next year") is that figure's clause's.
  std::vector<std::pair<size_t, size_t>> figures;
  // The sentence's relative phrases ("this year", "last year") with their
  // byte spans in the sentence, resolved; each dates the figures nearest it,
  // like a cued date, not every figure of the sentence.
  bool relatives_ready = false;
  struct Relative {
    size_t start = 0, end = 0;  // bytes of the sentence
    std::string time;
  };
  std::vector<Relative> relatives;
};
std::string TimeScope(const Figure& figure, const std::vector<Token>& toks, size_t sentence_start,
                      const std::vector<const Figure*>& dates, const Lexicon& lex,
                      const std::string& doc_date, std::optional<std::string>* relative_cache,
                      DateCues* date_cues);

// Aliases defined in a sentence: "the Counter Extremism Project (CEP)" and
// "CEP (Counter Extremism Project)" both give {"CEP", "Counter Extremism
// Project"}, when the short form's letters are the initials of the long one.
// `toks` are the sentence's tokens (Tokenize).
std::vector<Alias> LearnAliases(std::string_view sentence, const std::vector<Token>& toks,
                                const Lexicon& lex);

}  // namespace claimcheck::attach

#endif  // CLAIMCHECK_EXTRACT_ATTACH_CONTEXT_H_
