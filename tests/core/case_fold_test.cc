#include <catch2/catch.hpp>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <string>

#include "core/case_fold.h"

using namespace claimcheck;

namespace {

std::string Utf8(UChar32 cp) {
  char buf[4];
  int32_t n = 0;
  U8_APPEND_UNSAFE(buf, n, cp);  // cp < U+0180: at most two bytes
  return std::string(buf, static_cast<size_t>(n));
}

}  // namespace

// ICU's simple lower-case mapping is the oracle for every code point the fold
// covers: U+0000..U+017F, but U+0130 (İ), whose lower case is two code points
// in full mapping and is left alone on purpose.
TEST_CASE("FoldLower agrees with ICU's lower case on U+0000..U+017F") {
  for (UChar32 cp = 1; cp < 0x180; ++cp) {
    if (cp == 0x130) continue;
    const std::string s = Utf8(cp);
    INFO("U+" << std::hex << cp);
    CHECK(FoldLower(s) == Utf8(u_tolower(cp)));
    CHECK(IsUpperLetterAt(s, 0) == (u_tolower(cp) != cp));
    if (cp >= 0xC0 || (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z')) {
      CHECK(IsLowerLetterAt(s, 0) == static_cast<bool>(u_islower(cp)));
    }
  }
  CHECK(FoldLower("\xC4\xB0") == "\xC4\xB0");  // İ kept: its lower case is longer
  CHECK_FALSE(IsUpperLetterAt("\xC4\xB0", 0));
}

TEST_CASE("FoldLower keeps the byte length, so offsets hold in both copies") {
  const std::string s = "COMISIÓN Łódź ŽIŽEK Ÿ naïve × 3 \xE2\x80\x94 ÉTÉ";
  const std::string f = FoldLower(s);
  CHECK(f.size() == s.size());
  CHECK(f == "comisión łódź žižek ÿ naïve × 3 \xE2\x80\x94 été");
}

TEST_CASE("FoldLower passes invalid UTF-8 through unchanged") {
  // A lead byte without its continuation, a lone continuation, a truncated
  // tail: nothing is folded or dropped, and nothing is read past the end.
  const std::string s = std::string("A\xC3") + "B" + "\x80" + "\xC5";
  CHECK(FoldLower(s) == std::string("a\xC3") + "b" + "\x80" + "\xC5");
  CHECK_FALSE(IsUpperLetterAt("\xC3", 0));
  CHECK_FALSE(IsLowerLetterAt("", 0));
}
