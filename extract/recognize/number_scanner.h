// The number scanner: every numeral in a sentence, written in digits (with
// the language's separator conventions, signs, decimals and scale words such
// as "1.5 million", "3bn", "2,5 millones") or in words ("ninety-six",
// "a hundred and five", "tres mil"), and simple fractions ("two-thirds",
// "a quarter", "half of"). The dimension recognisers build on these spans.
#ifndef CLAIMCHECK_EXTRACT_RECOGNIZE_NUMBER_SCANNER_H_
#define CLAIMCHECK_EXTRACT_RECOGNIZE_NUMBER_SCANNER_H_

#include <cstdint>
#include <vector>

#include "extract/recognize/lexicon.h"
#include "extract/recognize/text_scan.h"

namespace claimcheck {
namespace recognize {

struct NumberSpan {
  uint32_t tb = 0, te = 0;        // tokens [tb, te)
  uint32_t start = 0, end = 0;    // bytes [start, end)
  double value = 0;
  double base = 0;                // value before scale words ("1.5" of "1.5 million")
  double scale = 1;               // product of the scale words; 1 = none
  bool digits = false;            // written with digits
  bool plain_int = false;         // only digits: no separator, sign, decimals or scale
  uint8_t int_digits = 0;         // digits in the integer part when written with digits
  bool fraction = false;          // value is a share in [0, 1] from fraction words
  bool code = false;              // a dotted code such as an IP address or version
  bool blocked = false;           // set by the not-a-figure filter
  bool unit_only = false;         // "within a year": an article that is one only before its unit (no count)
  bool year_like = false;         // plain 4-digit number inside NumberRules' year range
};

// Appends every numeral in `s`, in order and not overlapping.
void ScanNumbers(const ScannedText& s, const NumberRules& rules, std::vector<NumberSpan>* out);

// Parses the scale words at token `i` ("million", "bn", "mil millones"),
// multiplying *scale; returns the token after them (i when there are none).
size_t ScanScales(const ScannedText& s, const NumberRules& rules, size_t i, bool allow_glued, double* scale);

}  // namespace recognize
}  // namespace claimcheck

#endif  // CLAIMCHECK_EXTRACT_RECOGNIZE_NUMBER_SCANNER_H_
