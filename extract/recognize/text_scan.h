// Tokenisation of one sentence for the figure recogniser: a single pass over
// UTF-8 bytes that splits words, digit runs and symbols, and a lower-cased copy
// of the same byte length so lexicon lookups share the original offsets.
#ifndef CLAIMCHECK_EXTRACT_RECOGNIZE_TEXT_SCAN_H_
#define CLAIMCHECK_EXTRACT_RECOGNIZE_TEXT_SCAN_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace claimcheck {
namespace recognize {

enum class TokType : uint8_t { kWord, kDigits, kSymbol };

struct Token {
  uint32_t start = 0;
  uint32_t end = 0;
  TokType type = TokType::kSymbol;
  bool space_before = false;   // white space separates it from the previous token
  bool upper_initial = false;  // starts with an upper-case letter (ASCII or Latin-1)
  bool known = true;           // appears in some lexicon (see Lexicon::vocabulary)
  uint8_t marks = 0;           // kMark* bits of the vocabulary entry (set by MarkKnown)
};

// Token::marks: a multiplier can start at this word (FindMultipliers reads
// only such words; testing all of its tables on every known word cost ~75 M
// instructions on bench/profile.sh's 2 MB, bench/RESULTS.md branch spd7).
constexpr uint8_t kMarkMultiplierStart = 1;
// Number-scanner sets (NumberRules) a known word belongs to. ScanNumbers
// walks every token and asked these hash sets about each known one (~30 M
// instructions of word lookups on bench/profile.sh's 2 MB, bench/RESULTS.md
// branch perf13); the bit answers "not in the set" without hashing.
constexpr uint8_t kMarkNumWord = 2;          // NumberRules::words
constexpr uint8_t kMarkNumArticle = 4;       // NumberRules::articles
constexpr uint8_t kMarkNumDozen = 8;         // NumberRules::dozens
constexpr uint8_t kMarkNumMinus = 16;        // NumberRules::minus_words
constexpr uint8_t kMarkNumStandalone = 32;   // NumberRules::standalone_fractions
constexpr uint8_t kMarkNumUnitFraction = 64; // NumberRules::unit_fractions
constexpr uint8_t kMarkOrdinal = 128;        // OrdinalRules::words or OrdinalRules::tens

// A scanned sentence. `text` is borrowed and must outlive the value.
struct ScannedText {
  std::string_view text;
  std::string lower;  // same length as text; ASCII and Latin-1 letters lower-cased
  std::vector<Token> toks;

  std::string_view Lower(size_t i) const {
    return std::string_view(lower).substr(toks[i].start, toks[i].end - toks[i].start);
  }
  std::string_view Raw(size_t i) const { return text.substr(toks[i].start, toks[i].end - toks[i].start); }
  bool IsWord(size_t i) const { return i < toks.size() && toks[i].type == TokType::kWord; }
  bool IsDigits(size_t i) const { return i < toks.size() && toks[i].type == TokType::kDigits; }
  bool IsSym(size_t i, std::string_view s) const {
    return i < toks.size() && toks[i].type == TokType::kSymbol && Raw(i) == s;
  }
  // True when token i directly follows token i-1 with no white space.
  bool Glued(size_t i) const { return i > 0 && i < toks.size() && !toks[i].space_before; }
  // Index of the first token starting at or after byte `b`.
  size_t TokenAt(size_t b) const;
};

// Scans `text` into `out` (reusing its buffers).
void Scan(std::string_view text, ScannedText* out);

// Length of the white-space character at text[i] (ASCII space, tab, line
// breaks, no-break and thin spaces), 0 if none.
size_t SpaceLen(std::string_view text, size_t i);

// Byte class helpers shared by the scanners.
inline bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }
inline bool IsAsciiAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

}  // namespace recognize
}  // namespace claimcheck

#endif  // CLAIMCHECK_EXTRACT_RECOGNIZE_TEXT_SCAN_H_
