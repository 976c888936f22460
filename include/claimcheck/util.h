// Small helpers shared by every module.
#ifndef CLAIMCHECK_UTIL_H_
#define CLAIMCHECK_UTIL_H_

#include <string>
#include <string_view>

#include "claimcheck/status.h"

namespace claimcheck {

// Hex SHA-256 of `bytes` (the document id).
std::string Sha256Hex(std::string_view bytes);

// Reads a whole file, refusing files larger than max_bytes, directories and
// unreadable paths with a message naming the path.
Status ReadFileBytes(const std::string& path, size_t max_bytes, std::string* out);

// Ok when `path` may be written over by renaming a new file onto it: it does
// not exist, or it is a regular file (or a link to one). A directory, named
// pipe, socket or device is refused by name ("s.csv: is a named pipe (FIFO),
// not a regular file; not opened"), since the rename would silently put a
// file where the pipe or device was.
Status CheckReplaceableFile(const std::string& path);

// True when `s` is well-formed UTF-8 (no overlongs, surrogates or values past
// U+10FFFF). On false, *bad_offset is the first bad byte.
bool IsValidUtf8(std::string_view s, size_t* bad_offset = nullptr);

// Replaces every ill-formed sequence with U+FFFD.
std::string SanitizeUtf8(std::string_view s);

// Length in bytes of the UTF-8 sequence starting with lead byte `c` (1 for
// invalid leads, so scanning always advances).
inline size_t Utf8SeqLen(unsigned char c) {
  if (c < 0x80) return 1;
  if ((c & 0xE0) == 0xC0) return 2;
  if ((c & 0xF0) == 0xE0) return 3;
  if ((c & 0xF8) == 0xF0) return 4;
  return 1;
}

// ASCII-only lower-casing (fast; the lexicons are matched case-insensitively
// on ASCII and exactly on other letters).
std::string AsciiLower(std::string_view s);

// Collapses runs of white space to one space and trims both ends.
std::string CollapseSpace(std::string_view s);

// Current UTC time as ISO 8601 ("2026-11-28T17:00:00Z").
std::string NowIso8601();

}  // namespace claimcheck

#endif  // CLAIMCHECK_UTIL_H_
