// Code-point-safe slicing for the checker: every piece of text the checker
// cuts out of a sentence (words, subject phrases, excerpts) starts and ends
// on a UTF-8 code point boundary, so findings always hold valid UTF-8 (a cut
// inside a curly quote used to abort the JSON writer). Internal.
#ifndef CLAIMCHECK_CLAIMS_CHECK_UTF8_H_
#define CLAIMCHECK_CLAIMS_CHECK_UTF8_H_

#include <cstddef>
#include <string_view>

namespace claimcheck::check {

// True when byte `c` continues a multi-byte sequence (10xxxxxx).
inline bool IsContinuation(unsigned char c) { return (c & 0xC0) == 0x80; }

// The largest code point boundary <= pos (pos is clamped to s.size()).
inline size_t FloorBoundary(std::string_view s, size_t pos) {
  if (pos >= s.size()) return s.size();
  while (pos > 0 && IsContinuation(static_cast<unsigned char>(s[pos]))) --pos;
  return pos;
}

// The smallest code point boundary >= pos (pos is clamped to s.size()).
inline size_t CeilBoundary(std::string_view s, size_t pos) {
  while (pos < s.size() && IsContinuation(static_cast<unsigned char>(s[pos]))) ++pos;
  return pos < s.size() ? pos : s.size();
}

// s[from, to) widened to whole code points, both ends clamped to s.
inline std::string_view Slice(std::string_view s, size_t from, size_t to) {
  if (from > s.size()) from = s.size();
  if (to > s.size()) to = s.size();
  if (to < from) to = from;
  from = FloorBoundary(s, from);
  to = CeilBoundary(s, to);
  return s.substr(from, to - from);
}

// At most `max_bytes` of s from its start, cut back to a whole code point.
inline std::string_view Prefix(std::string_view s, size_t max_bytes) {
  if (s.size() <= max_bytes) return s;
  return s.substr(0, FloorBoundary(s, max_bytes));
}

// Decodes the code point at s[i]; *len receives its length in bytes. An
// ill-formed sequence decodes as U+FFFD with length 1, so scans advance.
char32_t DecodeAt(std::string_view s, size_t i, size_t* len);

}  // namespace claimcheck::check

#endif  // CLAIMCHECK_CLAIMS_CHECK_UTF8_H_
