#include "core/case_fold.h"

namespace claimcheck {
namespace {

// The code point of the two-byte sequence at p (lead byte 0xC2..0xDF).
unsigned TwoByte(unsigned char lead, unsigned char cont) { return ((lead & 0x1Fu) << 6) | (cont & 0x3Fu); }

// For a capital that folds, its small letter; 0 otherwise. Only code points
// U+00C0..U+017F can be capitals here (lead bytes C3, C4, C5).
unsigned SmallOf(unsigned cp) {
  if (cp >= 0xC0 && cp <= 0xDE) return cp == 0xD7 ? 0 : cp + 0x20;
  if (cp == 0x178) return 0xFF;  // Ÿ ÿ: the one pair across the two blocks
  // Latin Extended-A: the capital is even from U+0100 to U+0137 and from
  // U+014A to U+0177, odd from U+0139 to U+0148 and from U+0179 to U+017E.
  bool upper = (cp >= 0x100 && cp <= 0x137 && cp % 2 == 0 && cp != 0x130) ||
               (cp >= 0x139 && cp <= 0x148 && cp % 2 == 1) || (cp >= 0x14A && cp <= 0x177 && cp % 2 == 0) ||
               (cp >= 0x179 && cp <= 0x17E && cp % 2 == 1);
  return upper ? cp + 1 : 0;
}

bool IsSmall(unsigned cp) {
  if (cp >= 0xDF && cp <= 0xFF) return cp != 0xF7;
  // Every code point of Latin Extended-A is a letter: small unless a capital
  // (ı, ĸ, ŉ and ſ are small letters without a pair here).
  return cp >= 0x100 && cp <= 0x17F && cp != 0x130 && SmallOf(cp) == 0;
}

// The code point of a two-byte letter at s[i] in the folded blocks, or 0.
unsigned LetterAt(std::string_view s, size_t i) {
  auto c = static_cast<unsigned char>(s[i]);
  if ((c != 0xC3 && c != 0xC4 && c != 0xC5) || i + 1 >= s.size()) return 0;
  auto d = static_cast<unsigned char>(s[i + 1]);
  if ((d & 0xC0) != 0x80) return 0;
  return TwoByte(c, d);
}

}  // namespace

void FoldLowerInPlace(char* p, size_t n) {
  for (size_t i = 0; i < n; ++i) {
    auto c = static_cast<unsigned char>(p[i]);
    if (c >= 'A' && c <= 'Z') {
      p[i] = static_cast<char>(c + 32);
    } else if ((c == 0xC3 || c == 0xC4 || c == 0xC5) && i + 1 < n) {
      auto d = static_cast<unsigned char>(p[i + 1]);
      if ((d & 0xC0) != 0x80) continue;  // not a sequence: the byte is copied
      unsigned small = SmallOf(TwoByte(c, d));
      if (small != 0) {  // U+00E0..U+017F: two bytes, like the capital
        p[i] = static_cast<char>(0xC0 | (small >> 6));
        p[i + 1] = static_cast<char>(0x80 | (small & 0x3F));
      }
      ++i;
    }
  }
}

std::string FoldLower(std::string_view s) {
  std::string out(s);
  FoldLowerInPlace(out.data(), out.size());
  return out;
}

bool IsUpperLetterAt(std::string_view s, size_t i) {
  if (i >= s.size()) return false;
  auto c = static_cast<unsigned char>(s[i]);
  if (c >= 'A' && c <= 'Z') return true;
  unsigned cp = LetterAt(s, i);
  return cp != 0 && SmallOf(cp) != 0;
}

bool IsLowerLetterAt(std::string_view s, size_t i) {
  if (i >= s.size()) return false;
  auto c = static_cast<unsigned char>(s[i]);
  if (c >= 'a' && c <= 'z') return true;
  unsigned cp = LetterAt(s, i);
  return cp != 0 && IsSmall(cp);
}

}  // namespace claimcheck
