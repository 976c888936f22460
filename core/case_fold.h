// Lower-casing of UTF-8 text that never changes its byte length: the one
// case fold that every module compares words with (the extractor's tokens,
// scanned text and date words; the checker's names and role words).
//
// Folded: ASCII A-Z; the Latin-1 capitals U+00C0..U+00DE except U+00D7 (the
// multiplication sign); the Latin Extended-A capitals U+0100..U+017F whose
// small letter is the next code point (Ā ā, Ł ł, Ž ž), and U+0178 Ÿ to
// U+00FF ÿ. U+0130 (İ) is left alone: its lower case is two code points.
// Every other byte is copied as it is, so invalid UTF-8 passes through.
//
// Written by hand, not with ICU's ucasemap_utf8ToLower, for two reasons:
// offsets into the folded copy must be offsets into the original (ICU's full
// lower-casing may lengthen text: İ becomes i + U+0307), and it runs on
// every token of every document in extract's hot path, where a per-call ICU
// conversion costs more than the whole scan (bench/RESULTS.md, tokenizer).
#ifndef CLAIMCHECK_CORE_CASE_FOLD_H_
#define CLAIMCHECK_CORE_CASE_FOLD_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace claimcheck {

// Folds p[0..n) in place.
void FoldLowerInPlace(char* p, size_t n);

// A folded copy of `s`, of the same byte length.
std::string FoldLower(std::string_view s);

// True when a capital letter that FoldLower folds starts at s[i].
bool IsUpperLetterAt(std::string_view s, size_t i);

// True when a small letter starts at s[i]: ASCII a-z, U+00DF..U+00FF except
// U+00F7 (the division sign), or the small letter of a Latin Extended-A pair.
bool IsLowerLetterAt(std::string_view s, size_t i);

}  // namespace claimcheck

#endif  // CLAIMCHECK_CORE_CASE_FOLD_H_
