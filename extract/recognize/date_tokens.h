// Splits a sentence into the words, digit runs and punctuation marks the
// date grammar works on. One pass over the UTF-8 bytes, no allocation per
// token beyond the output vector.
#ifndef CLAIMCHECK_EXTRACT_RECOGNIZE_DATE_TOKENS_H_
#define CLAIMCHECK_EXTRACT_RECOGNIZE_DATE_TOKENS_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "extract/recognize/date_lexicon.h"

namespace claimcheck {

enum class DateTokenType : uint8_t { kWord, kNumber, kPunct };

struct DateToken {
  size_t start = 0;  // byte offsets into the scanned text, half-open
  size_t end = 0;
  DateTokenType type = DateTokenType::kPunct;
  bool space_before = false;  // white space separates it from the previous token
  int digits = 0;             // kNumber: how many digits
  uint32_t num = 0;           // kNumber: the value when digits <= 9
  const DateWord* word = nullptr;  // kWord: its lexicon entry, if any
};

// Tokens of `text`. `folded` is FoldDateText(text): words are looked up in
// `lex` by their folded bytes. A punctuation token is one code point; white
// space (ASCII, no-break and the typographic spaces) only sets space_before.
void TokenizeForDates(std::string_view text, std::string_view folded, const DateLexicon& lex,
                      std::vector<DateToken>* out);

// True when `w` would come out of the tokenizer as one word token.
bool IsSingleDateWord(std::string_view w);

}  // namespace claimcheck

#endif  // CLAIMCHECK_EXTRACT_RECOGNIZE_DATE_TOKENS_H_
