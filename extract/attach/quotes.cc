// Direct-speech spans in a block.
#include "extract/attach/context.h"

namespace claimcheck::attach {

Spans QuoteSpans(std::string_view text) {
  Spans out;
  constexpr size_t kNone = std::string_view::npos;
  size_t open = kNone;
  size_t i = 0;
  while (i < text.size()) {
    // Every quote mark starts with '"', 0xC2 (« ») or 0xE2 (“ ” „); skip
    // other bytes without comparing sequences.
    unsigned char lead = static_cast<unsigned char>(text[i]);
    if (lead != '"' && lead != 0xC2 && lead != 0xE2) {
      ++i;
      continue;
    }
    std::string_view rest = text.substr(i);
    size_t len = 0;
    int role = 0;  // 1 opens, 2 closes, 3 toggles (ASCII ")
    if (rest.substr(0, 3) == "\u201C" || rest.substr(0, 3) == "\u201E") {
      len = 3, role = 1;
    } else if (rest.substr(0, 3) == "\u201D") {
      len = 3, role = 2;
    } else if (rest.substr(0, 2) == "\u00AB") {
      len = 2, role = 1;
    } else if (rest.substr(0, 2) == "\u00BB") {
      len = 2, role = 2;
    } else if (rest[0] == '"') {
      len = 1, role = 3;
    }
    if (role == 3) role = open == kNone ? 1 : 2;
    if (role == 1 && open == kNone) {
      open = i;
    } else if (role == 2) {
      out.emplace_back(open == kNone ? 0 : open, i + len);
      open = kNone;
    }
    i += len > 0 ? len : 1;
  }
  if (open != kNone) out.emplace_back(open, text.size());
  return out;
}

}  // namespace claimcheck::attach
