// The date lexicon of one language: month and weekday names, period words,
// cues and phrases, loaded from rules/<lang>/dates.yaml. Every word is kept
// folded to lower case in one hash map, so the scanner classifies a word
// with a single lookup.
#ifndef CLAIMCHECK_EXTRACT_RECOGNIZE_DATE_LEXICON_H_
#define CLAIMCHECK_EXTRACT_RECOGNIZE_DATE_LEXICON_H_

#include <cstdint>
#include <cstring>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "claimcheck/status.h"

namespace claimcheck {

enum class DatePhraseType : uint8_t {
  kYearCue,
  kMonthCue,
  kModifier,
  kRangeOpen,
  kRangeLink,
  kRelative,
  kComparisonCue,
  kFiscal,
  kFiscalCode,
  kDecadeNoun,
  kDecadeCue,
  kDecadeCueAtEnd,
  kMonthsToLink,
  kYearTo
};
constexpr int kDatePhraseTypes = static_cast<int>(DatePhraseType::kYearTo) + 1;
enum class DateUnit : uint8_t { kDay, kMonth, kYear };

struct DateWord;

// A run of one or more words with a role ("the end of", "last year").
struct DatePhrase {
  DatePhraseType type = DatePhraseType::kYearCue;
  std::vector<std::string> words;  // folded to lower case
  // The lexicon entries of `words`: tokens carry their entry, so a phrase
  // matches by comparing pointers, not strings.
  std::vector<const DateWord*> entries;
  int range = -1;                   // kRangeOpen / kRangeLink: index into DateLexicon::ranges
  DateUnit unit = DateUnit::kYear;  // kRelative
  int offset = 0;                   // kRelative: units from the document date
};

// Everything one folded word can be. A word may play several roles (Spanish
// "de" links a day to its month and also opens a period).
struct DateWord {
  int month = 0;              // 1..12 when the word names a month
  bool month_abbrev = false;  // may be followed by a full stop ("Mar.")
  bool weekday = false;
  int ordinal = 0;       // position in a period: 1..4, -1 = the last; 0 = none
  int period = -1;       // index into DateLexicon::periods when a period noun
  int period_code = -1;  // index into DateLexicon::periods when a code letter ("Q")
  bool ordinal_suffix = false;
  bool day_month_link = false;
  bool month_year_link = false;
  bool period_link = false;
  bool list_link = false;
  bool year_blocker = false;
  bool decade_suffix = false;
  bool relative_guard = false;
  // "next" of "next April" (+1), "last" (-1), "this" (0): the month after
  // it is the first such month after the document's, the last before it,
  // or the document year's (rules dates.yaml month_relative).
  bool month_relative = false;
  int month_relative_offset = 0;
  bool year_tail_link = false;       // "in" of "from April to June in 2019"
  bool list_article = false;         // "el" of "el 1 y el 2 de agosto"
  bool future_cue = false;
  bool change_verb = false;
  bool month_attribute = false;      // "payrolls" of "December payrolls": a month before it is a date          // "postponed from Jan. 15 to Feb. 3": two dates, no range           // "will", "next": year-less dates of the sentence look forward
  bool comparison_follower = false;  // may follow a year after a comparison cue
  int decade = -1;                   // 0..90 when the word names a decade ("eighties")
  int month_count = 0;               // "three" of "the three months to September"
  bool months_noun = false;          // "months" of the same
  // Phrases that start with this word, grouped by type and longest first
  // within a type; type_begin[t]..type_begin[t + 1] are those of type t.
  // Grouped because the scanner asks for one type at a time at every token,
  // and walking every phrase of a common word ("the") for each type was a
  // measured hot spot of extract (callgrind, bench/RESULTS.md).
  std::vector<uint16_t> phrases;
  uint16_t phrase_types = 0;  // bit (1 << DatePhraseType) for each of `phrases`
  uint16_t type_begin[kDatePhraseTypes + 1] = {};
  // The phrases of one type, longest first.
  std::span<const uint16_t> PhrasesOf(DatePhraseType t) const {
    const int i = static_cast<int>(t);
    return std::span<const uint16_t>(phrases.data() + type_begin[i],
                                     phrases.data() + type_begin[i + 1]);
  }
};

struct DatePeriodKind {
  char iso = 'Q';  // letter in the ISO-style value: "2018-Q1", "2017-H2"
  int count = 4;   // periods in a year
};

struct DateRange {
  bool has_opener = false;  // false: joins two dates with a link word alone
  // A change verb before the opener makes the two dates the old and the new
  // one ("postponed from Jan. 15 to Feb. 3"), not a range; not "changed
  // hands between July and September" (trial57).
  bool change_dates = false;
};

struct DateLexicon {
  std::string lang;
  bool names_capitalized = false;
  bool month_day_order = false;  // "March 5" as well as "5 March"
  bool numeric_mdy = false;
  bool numeric_dmy = false;
  // Each decade word and period noun without its first byte ("ighties",
  // "uarter"), for a quick test of text that holds no digit.
  std::vector<std::string> decade_keys;
  std::string numeric_separators;  // ASCII characters
  std::vector<DatePeriodKind> periods;
  // Word endings of a future tense ("celebrará", "serán"): as future_cue.
  std::vector<std::string> future_suffixes;
  // "Q3 FY19": the month a fiscal year starts in (4: April, India's
  // convention; FY19 is April 2018 to March 2019). 0: such codes are not joined.
  int fiscal_start_month = 0;
  std::vector<DateRange> ranges;
  std::vector<DatePhrase> phrases;

  // Hash of a folded word: words are short, so the first sixteen bytes are
  // mixed as two 64-bit loads and only longer words pay per byte.
  static uint64_t HashWord(std::string_view folded) {
    const size_t n = folded.size();
    uint64_t a = 0, b = 0;
    std::memcpy(&a, folded.data(), n < 8 ? n : 8);
    if (n > 8) std::memcpy(&b, folded.data() + 8, n < 16 ? n - 8 : 8);
    uint64_t h = (a * 0x9E3779B97F4A7C15ull) ^ (b * 0xC2B2AE3D27D4EB4Full) ^ n;
    for (size_t i = 16; i < n; ++i)
      h = (h ^ static_cast<unsigned char>(folded[i])) * 0x100000001B3ull;
    return h ^ (h >> 29);
  }

  // nullptr when the folded word (with hash `h` = HashWord(folded)) is not
  // in the lexicon. An open-addressing table over the map's entries, since
  // nearly every word of a sentence is looked up and most are misses.
  const DateWord* Find(std::string_view folded, uint64_t h) const {
    if (folded.size() > max_word_len || table.empty()) return nullptr;
    for (size_t i = h & table_mask;; i = (i + 1) & table_mask) {
      const Slot& s = table[i];
      if (s.word == nullptr) return nullptr;
      if (s.hash == h && *s.key == folded) return s.word;
    }
  }
  const DateWord* Find(std::string_view folded) const { return Find(folded, HashWord(folded)); }

  // Fills `table` from `words`; call once after every word is in.
  void BuildTable();

  size_t max_word_len = 0;
  struct Slot {
    uint64_t hash = 0;
    const std::string* key = nullptr;
    const DateWord* word = nullptr;
  };
  std::vector<Slot> table;
  size_t table_mask = 0;

  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  std::unordered_map<std::string, DateWord, Hash, std::equal_to<>> words;
};

// A copy of `s` folded by FoldLowerInPlace (core/case_fold.h): byte length is
// unchanged, so offsets into the folded copy are offsets into the original.
void FoldDateText(std::string_view s, std::string* out);
// The same into `out`, which holds at least s.size() bytes.
void FoldDateText(std::string_view s, char* out);

// Reads and validates `path` strictly: unknown keys, wrong types and bad
// values are errors reported as "path:line:column: reason".
Status LoadDateLexicon(const std::string& path, DateLexicon* out);

}  // namespace claimcheck

#endif  // CLAIMCHECK_EXTRACT_RECOGNIZE_DATE_LEXICON_H_
