#include "extract/attach/tokens.h"

#include <array>

#include "claimcheck/util.h"
#include "core/case_fold.h"

namespace claimcheck::attach {
namespace {

// Multi-byte punctuation that separates words: quotes, dashes, ellipsis,
// guillemets, inverted marks. Any other non-ASCII sequence is a letter.
bool IsUnicodePunct(std::string_view s, size_t i, size_t len) {
  static constexpr std::string_view kPunct[] = {"\u201C", "\u201D", "\u201E", "\u2018", "\u2019",
                                                "\u2014", "\u2013", "\u2026", "\u00AB", "\u00BB",
                                                "\u00BF", "\u00A1", "\u00A0", "\u2022"};
  std::string_view seq = s.substr(i, len);
  for (std::string_view p : kPunct) {
    if (seq == p) return true;
  }
  return false;
}

// ASCII letters and digits, as a table: the word scan tests every byte.
constexpr auto kAsciiWordChar = [] {
  std::array<bool, 256> t{};
  for (int c = 0; c < 256; ++c) {
    t[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }
  return t;
}();

bool IsAsciiWordChar(unsigned char c) { return kAsciiWordChar[c]; }

// A letter or digit at i (ASCII, or a non-ASCII sequence that is not punctuation).
bool WordCharAt(std::string_view s, size_t i, size_t* len) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  *len = Utf8SeqLen(c);
  if (i + *len > s.size()) *len = 1;
  if (c < 0x80) return IsAsciiWordChar(c);
  return !IsUnicodePunct(s, i, *len);
}

}  // namespace

bool IsOpenQuote(std::string_view t) {
  return t == "\u201C" || t == "\u00AB" || t == "\u201E" || t == "\"";
}
bool IsCloseQuote(std::string_view t) { return t == "\u201D" || t == "\u00BB" || t == "\""; }

namespace {

// The folded form and the letter counts of an all-ASCII word (the common
// case in news text) in one pass; false when `w` has a non-ASCII byte, for
// which the general code below runs. Same results as that code on ASCII.
bool FoldAsciiWord(std::string_view w, Token* t) {
  std::string_view base = w;
  if (w.size() > 2 && w[w.size() - 2] == '\'' && (w.back() == 's' || w.back() == 'S')) {
    base = w.substr(0, w.size() - 2);
  }
  t->lower.assign(base);
  int letters = 0;
  bool lower = false;
  for (char& ch : t->lower) {
    unsigned char c = static_cast<unsigned char>(ch);
    if (c >= 0x80) return false;
    if (c >= 'A' && c <= 'Z') {
      ++letters;
      ch = static_cast<char>(c + 32);
    } else if (c >= 'a' && c <= 'z') {
      lower = true;
    }
  }
  for (size_t k = base.size(); k < w.size(); ++k) {
    if (static_cast<unsigned char>(w[k]) >= 0x80) return false;
  }
  t->cap = w[0] >= 'A' && w[0] <= 'Z';
  t->possessive = base.size() != w.size();
  t->all_caps = letters >= 2 && !lower;
  return true;
}

}  // namespace

std::vector<Token> Tokenize(std::string_view s) {
  std::vector<Token> out;
  // About one token per five bytes of prose; reserving avoids moving the
  // tokens (and their strings) as the vector grows.
  out.reserve(s.size() / 5 + 4);
  size_t i = 0;
  while (i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    size_t len = 1;
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' ||
        (c == 0xC2 && s.substr(i, 2) == "\u00A0")) {
      i += (c == 0xC2) ? 2 : 1;
      continue;
    }
    // Tokens are built in place in `out` (no temporary to move).
    if (!WordCharAt(s, i, &len)) {
      Token& t = out.emplace_back();
      t.start = i;
      t.end = i + len;
      t.lower.assign(s.data() + i, len);
      i += len;
      continue;
    }
    Token& t = out.emplace_back();
    t.start = i;
    size_t j = i;
    bool has_dot = false;
    while (j < s.size()) {
      // Runs of ASCII letters and digits, the bulk of a word, need no joiner logic.
      while (j < s.size() && IsAsciiWordChar(static_cast<unsigned char>(s[j]))) ++j;
      if (j == s.size()) break;
      size_t l = 1;
      if (WordCharAt(s, j, &l)) {
        j += l;
        continue;
      }
      // Joiners stay inside a word when a letter or digit follows.
      size_t jl = (static_cast<unsigned char>(s[j]) < 0x80) ? 1 : Utf8SeqLen(s[j]);
      std::string_view joiner = s.substr(j, jl);
      bool joins = joiner == "." || joiner == "-" || joiner == "'" || joiner == "&" ||
                   joiner == "\u2019" ||
                   (joiner == "," && s[j - 1] >= '0' && s[j - 1] <= '9' && j + 1 < s.size() &&
                    s[j + 1] >= '0' && s[j + 1] <= '9');  // "1,000"
      size_t nl = 1;
      if (joins && j + jl < s.size() && WordCharAt(s, j + jl, &nl)) {
        has_dot = has_dot || joiner == ".";
        j += jl;
        continue;
      }
      // The final dot of "U.S.", of an initial ("J.") or of a short title
      // before a name ("Dr. Lopez") belongs to the word.
      bool title = joiner == "." && j - i <= 3 && IsUpperLetterAt(s, i) && IsLowerLetterAt(s, i + 1) &&
                   j + 2 < s.size() && s[j + 1] == ' ' && IsUpperLetterAt(s, j + 2);
      if (joiner == "." && (has_dot || (j - i == 1 && IsUpperLetterAt(s, i)) || title)) j += 1;
      break;
    }
    t.end = j;
    t.word = true;
    std::string_view w = s.substr(t.start, t.end - t.start);
    if (FoldAsciiWord(w, &t)) {
      i = j;
      continue;
    }
    t.cap = IsUpperLetterAt(s, t.start);
    std::string_view base = w;
    if (w.size() > 2 && (w.substr(w.size() - 2) == "'s" || w.substr(w.size() - 2) == "'S")) {
      base = w.substr(0, w.size() - 2);
    } else if (w.size() > 4 && w.substr(w.size() - 4) == "\u2019s") {
      base = w.substr(0, w.size() - 4);
    }
    t.possessive = base.size() != w.size();
    int letters = 0;
    bool lower = false;
    for (size_t k = t.start; k < t.start + base.size();
         k += Utf8SeqLen(static_cast<unsigned char>(s[k]))) {
      if (IsLowerLetterAt(s, k)) lower = true;
      if (IsUpperLetterAt(s, k)) ++letters;
    }
    t.all_caps = letters >= 2 && !lower;
    t.lower = FoldLower(base);
    i = j;
  }
  return out;
}

}  // namespace claimcheck::attach
