#include "extract/recognize/text_scan.h"

#include <algorithm>

#include "claimcheck/util.h"
#include "core/case_fold.h"

namespace claimcheck {
namespace recognize {
namespace {

enum class ByteClass : uint8_t { kSpace, kLetter, kDigit, kSymbol };

// Classifies the code point starting at text[i] and returns its length.
// Non-ASCII code points are letters unless they sit in the Latin-1 symbol
// block, General Punctuation, currency symbols, number forms or a few math
// signs: those are what separates numbers from words in news text.
ByteClass Classify(std::string_view text, size_t i, size_t* len) {
  unsigned char c = static_cast<unsigned char>(text[i]);
  if (c < 0x80) {
    *len = 1;
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') return ByteClass::kSpace;
    if (IsAsciiDigit(static_cast<char>(c))) return ByteClass::kDigit;
    if (IsAsciiAlpha(static_cast<char>(c))) return ByteClass::kLetter;
    return ByteClass::kSymbol;
  }
  size_t n = std::min(Utf8SeqLen(c), text.size() - i);
  *len = n;
  if (n == 2) {
    unsigned char d = static_cast<unsigned char>(text[i + 1]);
    if (c == 0xC2) return d == 0xA0 ? ByteClass::kSpace : ByteClass::kSymbol;  // U+0080..U+00BF
    if (c == 0xC3 && (d == 0x97 || d == 0xB7)) return ByteClass::kSymbol;     // × ÷
    return ByteClass::kLetter;
  }
  if (n == 3) {
    unsigned char d = static_cast<unsigned char>(text[i + 1]);
    unsigned char e = static_cast<unsigned char>(text[i + 2]);
    if (c == 0xE2 && d == 0x80) {
      if (e <= 0x8A || e == 0xAF) return ByteClass::kSpace;  // U+2000..U+200A, U+202F
      if (e == 0x8B) return ByteClass::kSpace;               // zero-width space
      return ByteClass::kSymbol;
    }
    if (c == 0xE2 && (d == 0x81 || d == 0x82 || d == 0x85 || d == 0x88)) return ByteClass::kSymbol;
    if (c == 0xE3 && d == 0x80 && e == 0x80) return ByteClass::kSpace;  // ideographic space
    if (c == 0xEF && d == 0xBB && e == 0xBF) return ByteClass::kSpace;  // BOM
    return ByteClass::kLetter;
  }
  if (n == 1) return ByteClass::kSymbol;  // stray continuation byte
  return ByteClass::kLetter;
}

}  // namespace

size_t SpaceLen(std::string_view text, size_t i) {
  if (i >= text.size()) return 0;
  size_t len = 0;
  return Classify(text, i, &len) == ByteClass::kSpace ? len : 0;
}

size_t ScannedText::TokenAt(size_t b) const {
  auto it = std::lower_bound(toks.begin(), toks.end(), b,
                             [](const Token& t, size_t x) { return t.start < x; });
  return static_cast<size_t>(it - toks.begin());
}

void Scan(std::string_view text, ScannedText* out) {
  out->text = text;
  out->lower.assign(text.data(), text.size());
  out->toks.clear();
  // Folded in place; the length never changes (core/case_fold.h), so a
  // token's offsets hold in both copies.
  FoldLowerInPlace(out->lower.data(), out->lower.size());
  bool space = true;
  size_t i = 0;
  while (i < text.size()) {
    size_t len = 0;
    ByteClass cls = Classify(text, i, &len);
    if (cls == ByteClass::kSpace) {
      space = true;
      i += len;
      continue;
    }
    Token t;
    t.start = static_cast<uint32_t>(i);
    t.space_before = space;
    space = false;
    if (cls == ByteClass::kSymbol) {
      t.type = TokType::kSymbol;
      i += len;
    } else {
      t.type = cls == ByteClass::kDigit ? TokType::kDigits : TokType::kWord;
      t.upper_initial = cls == ByteClass::kLetter && IsUpperLetterAt(text, i);
      i += len;
      while (i < text.size()) {
        size_t l2 = 0;
        if (Classify(text, i, &l2) != cls) break;
        i += l2;
      }
    }
    t.end = static_cast<uint32_t>(i);
    out->toks.push_back(t);
  }
}

}  // namespace recognize
}  // namespace claimcheck
