#include "extract/recognize/date_tokens.h"

#include <array>
#include <cstring>

#include "claimcheck/util.h"
#include "core/case_fold.h"

namespace claimcheck {
namespace {

enum class CharClass : uint8_t { kSpace, kDigit, kLetter, kPunct };

constexpr bool IsAsciiSpace(unsigned char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// Class and byte length of the code point at s[i]. Non-ASCII letters are
// everything outside the Latin-1 symbols and the General Punctuation,
// currency and other E2-led blocks, which is all the grammar needs: it only
// has to keep "º" and "ñ" inside words and "–", "€" and no-break spaces out.
CharClass Classify(std::string_view s, size_t i, size_t* len) {
  const auto c = static_cast<unsigned char>(s[i]);
  const size_t n = s.size();
  auto byte = [&](size_t k) -> unsigned char {
    return i + k < n ? static_cast<unsigned char>(s[i + k]) : 0;
  };
  if (c < 0x80) {
    *len = 1;
    if (IsAsciiSpace(c)) return CharClass::kSpace;
    if (c >= '0' && c <= '9') return CharClass::kDigit;
    if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') return CharClass::kLetter;
    return CharClass::kPunct;
  }
  size_t l = Utf8SeqLen(c);
  if (i + l > n) l = n - i;
  *len = l;
  if (c == 0xC2 && l == 2) {
    const unsigned char b = byte(1);
    if (b == 0xA0) return CharClass::kSpace;
    // ª º ° µ behave as letters: "1.º", "1ª".
    if (b == 0xAA || b == 0xBA || b == 0xB0 || b == 0xB5) return CharClass::kLetter;
    return CharClass::kPunct;
  }
  if (c == 0xC3 && l == 2) {
    const unsigned char b = byte(1);
    return (b == 0x97 || b == 0xB7) ? CharClass::kPunct : CharClass::kLetter;  // × ÷
  }
  if (c == 0xE2 && l == 3) {
    const unsigned char b1 = byte(1), b2 = byte(2);
    if (b1 == 0x80 && ((b2 >= 0x80 && b2 <= 0x8A) || b2 == 0xAF)) return CharClass::kSpace;
    if (b1 == 0x81 && b2 == 0x9F) return CharClass::kSpace;
    return CharClass::kPunct;
  }
  if (c == 0xE3 && l == 3 && byte(1) == 0x80 && byte(2) == 0x80) return CharClass::kSpace;
  return CharClass::kLetter;
}

constexpr auto kAsciiClass = [] {
  std::array<CharClass, 128> t{};
  for (int c = 0; c < 128; ++c) {
    if (IsAsciiSpace(static_cast<unsigned char>(c))) {
      t[c] = CharClass::kSpace;
    } else if (c >= '0' && c <= '9') {
      t[c] = CharClass::kDigit;
    } else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
      t[c] = CharClass::kLetter;
    } else {
      t[c] = CharClass::kPunct;
    }
  }
  return t;
}();

// Lower-case form of each ASCII letter, 0 for every other byte: one load
// both tests and folds.
constexpr auto kAsciiLetterFold = [] {
  std::array<char, 128> t{};
  for (int c = 'a'; c <= 'z'; ++c) t[c] = static_cast<char>(c);
  for (int c = 'A'; c <= 'Z'; ++c) t[c] = static_cast<char>(c | 0x20);
  return t;
}();

}  // namespace

void TokenizeForDates(std::string_view text, const DateLexicon& lex, std::vector<DateToken>* out) {
  out->clear();
  const size_t n = text.size();
  const char* p = text.data();
  // Words longer than any lexicon word are not looked up, so a small
  // buffer holds every folded word that needs a lookup. Folding happens
  // during the scan (see FoldDateText for the rule).
  char folded[64];
  const size_t fold_cap = lex.max_word_len < sizeof folded ? lex.max_word_len : sizeof folded;
  size_t i = 0;
  bool space = false;
  while (i < n) {
    const auto c = static_cast<unsigned char>(p[i]);
    size_t len = 1;
    const CharClass cls = c < 0x80 ? kAsciiClass[c] : Classify(text, i, &len);
    if (cls == CharClass::kSpace) {
      space = true;
      i += len;
      continue;
    }
    DateToken t;
    t.start = static_cast<uint32_t>(i);
    t.space_before = space;
    space = false;
    if (cls == CharClass::kPunct) {
      t.type = DateTokenType::kPunct;
      i += len;
    } else if (cls == CharClass::kDigit) {
      t.type = DateTokenType::kNumber;
      uint32_t v = 0;
      int d = 0;
      while (i < n && p[i] >= '0' && p[i] <= '9') {
        if (d < 9) v = v * 10 + static_cast<uint32_t>(p[i] - '0');
        ++d;
        ++i;
      }
      t.digits = static_cast<uint8_t>(d < 255 ? d : 255);
      t.num = d <= 9 ? v : 0;
    } else {
      t.type = DateTokenType::kWord;
      size_t w = 0;  // bytes written to `folded`; past fold_cap the word is too long
      auto put = [&](size_t from, size_t l) {
        if (w + l <= fold_cap) {
          std::memcpy(folded + w, p + from, l);
          if (l == 2) FoldLowerInPlace(folded + w, l);
        }
        w += l;
      };
      if (c < 0x80) {
        if (w < fold_cap) folded[w] = static_cast<char>(c | 0x20);
        ++w;
      } else {
        put(i, len);
      }
      i += len;
      while (i < n) {
        const auto b = static_cast<unsigned char>(p[i]);
        if (b < 0x80) {
          const char lower = kAsciiLetterFold[b];
          if (lower == 0) break;
          if (w < fold_cap) folded[w] = lower;
          ++w;
          ++i;
          continue;
        }
        size_t l2 = 1;
        if (Classify(text, i, &l2) != CharClass::kLetter) break;
        put(i, l2);
        i += l2;
      }
      if (w <= fold_cap) t.word = lex.Find(std::string_view(folded, w));
    }
    t.end = static_cast<uint32_t>(i);
    out->push_back(t);
  }
}

bool IsSingleDateWord(std::string_view w) {
  if (w.empty()) return false;
  size_t i = 0;
  while (i < w.size()) {
    size_t len = 1;
    if (Classify(w, i, &len) != CharClass::kLetter) return false;
    i += len;
  }
  return true;
}

}  // namespace claimcheck
