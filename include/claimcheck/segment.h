// Sentence segmentation with ICU's BreakIterator and the locale's abbreviation
// suppressions. Sentences never cross a block boundary.
#ifndef CLAIMCHECK_SEGMENT_H_
#define CLAIMCHECK_SEGMENT_H_

#include <string>
#include <vector>

#include "claimcheck/document.h"

namespace claimcheck {

struct Sentence {
  size_t start = 0;  // byte offsets into Document::text, trimmed of surrounding white space
  size_t end = 0;
  int block = 0;     // 0-based index into Document::blocks ("paragraph" in records is block + 1)
};

// Splits every block of `doc` into sentences, in order. `lang` is "en", "es"...
std::vector<Sentence> SegmentSentences(const Document& doc, const std::string& lang);

}  // namespace claimcheck

#endif  // CLAIMCHECK_SEGMENT_H_
