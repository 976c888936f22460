// Language guess from function words: enough to choose between the rule sets
// we have (en, es) when a document does not declare its language.
#include <algorithm>
#include <array>
#include <utility>
#include <string_view>

#include "claimcheck/extract.h"
#include "claimcheck/util.h"

namespace claimcheck {
namespace {
constexpr std::array<std::string_view, 14> kEnglish = {
    "the", "of", "and", "to", "in", "is", "that", "for", "with", "was", "it", "on", "by", "which"};
constexpr std::array<std::string_view, 14> kSpanish = {
    "el", "la", "de", "que", "y", "los", "las", "del", "por", "con", "una", "es", "se", "para"};

// Languages without rules, listed so their text is not read as Spanish or
// English: words frequent in them and rare in en/es.
constexpr std::array<std::string_view, 12> kItalian = {
    "il", "di", "che", "della", "per", "non", "sono", "nel", "alla", "gli", "anche", "delle"};
constexpr std::array<std::string_view, 12> kPortuguese = {
    "não", "uma", "do", "da", "em", "os", "ao", "das", "dos", "pelo", "pela", "foi"};
constexpr std::array<std::string_view, 12> kFrench = {
    "le", "les", "des", "est", "une", "du", "dans", "pour", "qui", "au", "sur", "pas"};
constexpr std::array<std::string_view, 12> kGerman = {
    "der", "die", "und", "das", "nicht", "ist", "mit", "den", "von", "sich", "auch", "dem"};

bool IsWordByte(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80; }
}  // namespace

std::string DetectLanguage(std::string_view text) {
  // The first 64 KiB say enough.
  text = text.substr(0, 64 * 1024);
  int en = 0, es = 0, it = 0, pt = 0, fr = 0, de = 0;
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && !IsWordByte(text[i])) ++i;
    size_t j = i;
    while (j < text.size() && IsWordByte(text[j])) ++j;
    if (j > i && j - i <= 5) {
      std::string w = AsciiLower(text.substr(i, j - i));
      for (auto k : kEnglish) en += (w == k);
      for (auto k : kSpanish) es += (w == k);
      for (auto k : kItalian) it += (w == k);
      for (auto k : kPortuguese) pt += (w == k);
      for (auto k : kFrench) fr += (w == k);
      for (auto k : kGerman) de += (w == k);
    }
    i = j;
  }
  // A language without rules wins only clearly: a few of its words in an
  // English or Spanish text are loans or names.
  std::string best = es > en ? "es" : "en";
  int best_n = std::max(en, es);
  for (auto [name, n] : {std::pair<const char*, int>{"it", it}, {"pt", pt}, {"fr", fr}, {"de", de}}) {
    if (n > best_n * 3 / 2 && n >= 3) {
      best = name;
      best_n = n;
    }
  }
  return best;
}

}  // namespace claimcheck
