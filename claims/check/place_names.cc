#include "claims/check/place_names.h"

#include <string>

#include "claims/check/utf8.h"

namespace claimcheck::check {
namespace {

bool IsUpper(char32_t c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  // Latin-1 and Latin Extended-A capitals ("Á", "Ñ", "Ö"); enough for the
  // names of the languages the rules cover.
  if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return true;
  if (c >= 0x100 && c <= 0x17F) return c % 2 == 0;
  return false;
}

bool IsSeparator(char c) { return c == ' ' || c == '-' || c == '\t' || c == '\n'; }

}  // namespace

bool InitialismOf(std::string_view short_form, std::string_view long_form) {
  // The short form: capitals only, no space, at most eight letters.
  size_t letters = 0;
  for (size_t i = 0; i < short_form.size();) {
    size_t len = 1;
    if (!IsUpper(DecodeAt(short_form, i, &len))) return false;
    ++letters;
    i += len;
  }
  if (letters < 2 || letters > 8) return false;
  // The long form's capitalised words, by their first letter; at least as
  // many words as letters (one word is a name, not what an initialism spells).
  std::string initials;
  size_t words = 0;
  for (size_t i = 0; i < long_form.size();) {
    if (IsSeparator(long_form[i])) {
      ++i;
      continue;
    }
    size_t len = 1;
    const char32_t first = DecodeAt(long_form, i, &len);
    ++words;
    if (IsUpper(first)) initials.append(long_form.substr(i, len));
    while (i < long_form.size() && !IsSeparator(long_form[i])) ++i;
  }
  return words >= 2 && initials == short_form;
}

bool NameAndAdjective(std::string_view a, std::string_view b) {
  auto one_word = [](std::string_view w) {
    for (char c : w) {
      if (IsSeparator(c)) return false;
    }
    return w.size() >= 5;
  };
  if (!one_word(a) || !one_word(b) || a == b) return false;
  for (size_t i = 0; i < 4; ++i) {
    const char x = a[i] >= 'A' && a[i] <= 'Z' ? static_cast<char>(a[i] - 'A' + 'a') : a[i];
    const char y = b[i] >= 'A' && b[i] <= 'Z' ? static_cast<char>(b[i] - 'A' + 'a') : b[i];
    if (x != y) return false;
  }
  // The endings English and Spanish adjectives of place take, singular or
  // plural ("British", "Japanese", "Canadian", "español", "canario",
  // "madrileño"); "Galicia" and "gallego" part before their fourth letter
  // and stay two names.
  static const std::string_view kEndings[] = {"ish", "ese", "ian", "an", "ol", "ola", "ano", "ana", "ense",
                                              "ino", "ina", "\xC3\xA9s", "esa", "e\xC3\xB1o", "e\xC3\xB1" "a", "io"};
  auto adjective = [](std::string_view w) {
    if (w.size() > 5 && w.back() == 's') w.remove_suffix(w.back() == 's' && w[w.size() - 2] == 'e' ? 2 : 1);
    for (std::string_view e : kEndings) {
      if (w.size() > e.size() + 3 && w.substr(w.size() - e.size()) == e) return true;
    }
    return false;
  };
  return adjective(a) != adjective(b);
}

}  // namespace claimcheck::check
