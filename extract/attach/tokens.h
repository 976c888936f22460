// Words and punctuation of a sentence, with byte offsets, for the cue
// matchers. Case folding covers ASCII and Latin-1 letters, enough for the
// lexicons' languages; other letters are compared as written.
#ifndef CLAIMCHECK_EXTRACT_ATTACH_TOKENS_H_
#define CLAIMCHECK_EXTRACT_ATTACH_TOKENS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace claimcheck::attach {

struct Token {
  size_t start = 0;  // byte offsets into the scanned text
  size_t end = 0;
  bool word = false;        // false: one punctuation mark
  bool cap = false;         // starts with an upper-case letter
  bool all_caps = false;    // two or more letters, none lower-case: "CEP", "U.S."
  bool possessive = false;  // ends in 's or ’s
  std::string lower;        // folded text; for a possessive, without the 's
  // Filled by Lexicon::Mark: bit b set when phrase set b has a phrase that
  // starts with this token (starts), ends with it (ends) or is this one word
  // (is_word). Lets the cue matchers skip a hash lookup per word and set.
  bool marked = false;
  uint32_t starts = 0;
  uint32_t is_word = 0;
  uint32_t ends = 0;
};

// Splits `text`; offsets are relative to `text`. Inner dots, hyphens,
// apostrophes and ampersands stay inside words ("U.S.-led", "al-Qaeda", "AT&T").
std::vector<Token> Tokenize(std::string_view text);

// Punctuation helpers on a token's text.
bool IsOpenQuote(std::string_view t);   // “ « „ and the ASCII "
bool IsCloseQuote(std::string_view t);  // ” » and the ASCII "

}  // namespace claimcheck::attach

#endif  // CLAIMCHECK_EXTRACT_ATTACH_TOKENS_H_
