// String names of the enums in public headers: the values of record fields.
#include <array>
#include <string_view>

#include "claimcheck/check.h"
#include "claimcheck/document.h"
#include "claimcheck/figure.h"

namespace claimcheck {
namespace {
constexpr std::array<const char*, 8> kKinds = {"count", "percent", "money", "measure",
                                               "date", "duration", "ordinal", "multiplier"};
constexpr std::array<const char*, 9> kQualifiers = {"exact",     "approx",    "nearly",
                                                    "more_than", "at_least",  "less_than",
                                                    "at_most",   "range",     "vague"};
constexpr std::array<const char*, 4> kMeasures = {"level", "change", "rate", "ratio"};
constexpr std::array<const char*, 4> kDirections = {"", "up", "down", "flat"};
constexpr std::array<const char*, 4> kModalities = {"actual", "forecast", "target", "estimate"};
template <typename E, size_t N>
bool ParseName(const std::array<const char*, N>& names, std::string_view s, E* out) {
  for (size_t i = 0; i < N; ++i) {
    if (s == names[i]) {
      *out = static_cast<E>(i);
      return true;
    }
  }
  return false;
}
}  // namespace

const char* KindName(Kind k) { return kKinds[static_cast<size_t>(k)]; }
bool ParseKind(std::string_view s, Kind* out) { return ParseName(kKinds, s, out); }
const char* QualifierName(Qualifier q) { return kQualifiers[static_cast<size_t>(q)]; }
bool ParseQualifier(std::string_view s, Qualifier* out) { return ParseName(kQualifiers, s, out); }

const char* MeasureName(Measure m) { return kMeasures[static_cast<size_t>(m)]; }
bool ParseMeasure(std::string_view s, Measure* out) { return ParseName(kMeasures, s, out); }
const char* DirectionName(Direction d) { return kDirections[static_cast<size_t>(d)]; }
bool ParseDirection(std::string_view s, Direction* out) { return ParseName(kDirections, s, out); }
const char* ModalityName(Modality m) { return kModalities[static_cast<size_t>(m)]; }
bool ParseModality(std::string_view s, Modality* out) { return ParseName(kModalities, s, out); }

const char* BlockKindName(BlockKind k) {
  static constexpr const char* kNames[] = {"heading",    "paragraph", "list_item",   "block_quote",
                                           "table_cell", "caption",   "preformatted"};
  return kNames[static_cast<size_t>(k)];
}

const char* FormatName(Format f) {
  static constexpr const char* kNames[] = {"text", "markdown", "html", "pdf"};
  return kNames[static_cast<size_t>(f)];
}

const char* SeverityName(Severity s) {
  static constexpr const char* kNames[] = {"info", "warning", "error"};
  return kNames[static_cast<size_t>(s)];
}

}  // namespace claimcheck
