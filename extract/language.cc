// Language guess from function words: enough to choose between the rule sets
// we have (en, es) when a document does not declare its language.
#include <array>
#include <string_view>

#include "claimcheck/extract.h"
#include "claimcheck/util.h"

namespace claimcheck {
namespace {
constexpr std::array<std::string_view, 14> kEnglish = {
    "the", "of", "and", "to", "in", "is", "that", "for", "with", "was", "it", "on", "by", "which"};
constexpr std::array<std::string_view, 14> kSpanish = {
    "el", "la", "de", "que", "y", "los", "las", "del", "por", "con", "una", "es", "se", "para"};

bool IsWordByte(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80; }
}  // namespace

std::string DetectLanguage(std::string_view text) {
  // The first 64 KiB say enough.
  text = text.substr(0, 64 * 1024);
  int en = 0, es = 0;
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && !IsWordByte(text[i])) ++i;
    size_t j = i;
    while (j < text.size() && IsWordByte(text[j])) ++j;
    if (j > i && j - i <= 5) {
      std::string w = AsciiLower(text.substr(i, j - i));
      for (auto k : kEnglish) en += (w == k);
      for (auto k : kSpanish) es += (w == k);
    }
    i = j;
  }
  return es > en ? "es" : "en";
}

}  // namespace claimcheck
