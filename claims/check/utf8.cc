#include "claims/check/utf8.h"

namespace claimcheck::check {

char32_t DecodeAt(std::string_view s, size_t i, size_t* len) {
  *len = 1;
  if (i >= s.size()) return 0xFFFD;
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) return c;
  size_t n;
  char32_t cp, min;
  if ((c & 0xE0) == 0xC0) {
    n = 2, cp = c & 0x1F, min = 0x80;
  } else if ((c & 0xF0) == 0xE0) {
    n = 3, cp = c & 0x0F, min = 0x800;
  } else if ((c & 0xF8) == 0xF0) {
    n = 4, cp = c & 0x07, min = 0x10000;
  } else {
    return 0xFFFD;
  }
  if (i + n > s.size()) return 0xFFFD;
  for (size_t k = 1; k < n; ++k) {
    unsigned char d = static_cast<unsigned char>(s[i + k]);
    if (!IsContinuation(d)) return 0xFFFD;
    cp = (cp << 6) | (d & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0xFFFD;
  *len = n;
  return cp;
}

}  // namespace claimcheck::check
