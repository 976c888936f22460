// Sentence segmentation with ICU's BreakIterator and the locale's abbreviation
// suppressions (ICU's "ss=standard" list for the language plus the extra
// abbreviations in rules/<lang>/abbreviations.yaml). Sentences never cross a
// block boundary.
#ifndef CLAIMCHECK_SEGMENT_H_
#define CLAIMCHECK_SEGMENT_H_

#include <string>
#include <string_view>
#include <vector>

#include "claimcheck/document.h"
#include "claimcheck/status.h"

namespace claimcheck {

// The longest sentence the segmenter emits, in bytes. Real prose sentences
// stay far below it (a long legal or academic sentence runs to ~1,500 bytes);
// what exceeds it is a table read as one run of text, a transcript without
// punctuation or a minified page. Such a run is cut at the best break in the
// last half of the window before the bound: a line break, then a sentence
// mark (. ! ? ;) followed by a space, then a comma, colon or dash followed by
// a space, then any space, and only failing all of those at a code point
// boundary. The bound keeps per-sentence work and every figure's context
// bounded whatever the shape of the input (issue 15).
inline constexpr size_t kMaxSentenceBytes = 4096;

struct Sentence {
  size_t start = 0;  // byte offsets into Document::text, trimmed of surrounding white space
  size_t end = 0;
  int block = 0;  // 0-based index into Document::blocks ("paragraph" in records is block + 1)
};

// Splits every block of `doc` into sentences, in order. `lang` is "en", "es"...
// Uses the abbreviations under DefaultRulesDir(). A language without an
// abbreviations file gets ICU's own list only; a broken file is ignored here
// (ICU's list only) and reported by `claimcheck rules check`.
// Thread-safe: ICU iterators are built once per (rules dir, language) and
// cloned once per thread.
std::vector<Sentence> SegmentSentences(const Document& doc, const std::string& lang);

// Same, with the abbreviations taken from `rules_dir`.
std::vector<Sentence> SegmentSentences(const Document& doc, const std::string& lang,
                                       const std::string& rules_dir);

// Splits one piece of UTF-8 text (for example a single block) into sentences;
// offsets are relative to `text` and `block` is 0.
std::vector<Sentence> SegmentText(std::string_view text, const std::string& lang,
                                  const std::string& rules_dir);

// Reads rules_dir/<lang>/abbreviations.yaml strictly: a mapping with the one
// key `abbreviations` holding a block list of strings, each ending in ".".
// Unknown keys, duplicates and anything else are errors whose message is
// "file:line:column: reason". A missing file is NotFound (the language then
// relies on ICU's list alone).
Status LoadAbbreviations(const std::string& rules_dir, const std::string& lang,
                         std::vector<std::string>* out);

// The same parser on text already in memory; `file` names it in messages.
Status ParseAbbreviations(std::string_view yaml, const std::string& file,
                          std::vector<std::string>* out);

}  // namespace claimcheck

#endif  // CLAIMCHECK_SEGMENT_H_
