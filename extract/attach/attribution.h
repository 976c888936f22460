// Attribution cues in one sentence: "according to X", "X said", "X told Y",
// "an analysis by X found", "X's report found", "said X", "según X",
// "informó X". Each cue found is a Credit: the words that credit a source,
// as written, and what kind of source they name.
#ifndef CLAIMCHECK_EXTRACT_ATTACH_ATTRIBUTION_H_
#define CLAIMCHECK_EXTRACT_ATTACH_ATTRIBUTION_H_

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "extract/attach/lexicon.h"
#include "extract/attach/tokens.h"

namespace claimcheck::attach {

enum class SourceKind {
  kNamed,    // a proper name: "David Ibsen", "the Counter Extremism Project (CEP)"
  kGeneric,  // "the study", "an analysis", "researchers"
  kPronoun,  // "He", "she": resolved against the last person named
};

struct Credit {
  size_t start = 0, end = 0;                // the credit's words, byte offsets into the sentence
  size_t source_start = 0, source_end = 0;  // the source's words within them
  SourceKind kind = SourceKind::kNamed;
  bool person_like = false;   // a named source that may be a person (not all capitals)
  bool first_person = false;  // "our analysis found": the speaker's own source
  std::string text;           // the words as written
  std::string source;         // the source as written
};

// Every credit in `sentence`, in order; `toks` are its tokens (Tokenize).
// `blocked` are byte spans (figures) that cannot be part of a source's name:
// the date in "In March CEP found".
std::vector<Credit> FindCredits(std::string_view sentence, const std::vector<Token>& toks,
                                const Lexicon& lex,
                                const std::vector<std::pair<size_t, size_t>>& blocked);

}  // namespace claimcheck::attach

#endif  // CLAIMCHECK_EXTRACT_ATTACH_ATTRIBUTION_H_
