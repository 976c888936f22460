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

// 24 bytes: a sentence makes one per word, number or mark, so the size
// shows in the scan's speed. Offsets fit 32 bits because Find refuses
// longer texts.
struct DateToken {
  uint32_t start = 0;  // byte offsets into the scanned text, half-open
  uint32_t end = 0;
  DateTokenType type = DateTokenType::kPunct;
  bool space_before = false;       // white space separates it from the previous token
  uint8_t digits = 0;              // kNumber: how many digits (capped at 255)
  uint32_t num = 0;                // kNumber: the value when digits <= 9
  const DateWord* word = nullptr;  // kWord: its lexicon entry, if any
};

// Longest text TokenizeForDates accepts.
constexpr size_t kMaxDateScanBytes = 0xFFFFFFFFu;

// Tokens of `text` (at most kMaxDateScanBytes long). Words are folded (see FoldDateText) and looked
// up in `lex`. A punctuation token is one code point; white space (ASCII, no-break and the
// typographic spaces) only sets space_before.
void TokenizeForDates(std::string_view text, const DateLexicon& lex, std::vector<DateToken>* out);

// True when `w` would come out of the tokenizer as one word token.
bool IsSingleDateWord(std::string_view w);

}  // namespace claimcheck

#endif  // CLAIMCHECK_EXTRACT_RECOGNIZE_DATE_TOKENS_H_
