// Figure: one quantitative claim found in a document, with its citation.
// The JSON form is the figure record of CONTRACT.md (see figure_json.h).
#ifndef CLAIMCHECK_FIGURE_H_
#define CLAIMCHECK_FIGURE_H_

#include <optional>
#include <string>
#include <string_view>

namespace claimcheck {

enum class Kind { kCount, kPercent, kMoney, kMeasure, kDate, kDuration, kOrdinal };
const char* KindName(Kind k);                    // "count", "percent", ...
bool ParseKind(std::string_view s, Kind* out);

enum class Qualifier { kExact, kApprox, kNearly, kMoreThan, kAtLeast, kLessThan, kAtMost, kRange, kVague };
const char* QualifierName(Qualifier q);          // "exact", "approx", "nearly", "more_than", ...
bool ParseQualifier(std::string_view s, Qualifier* out);

// A normalised value: a number, or for dates an ISO 8601 string
// ("2018-03-05", "2018-03", "2018", "2018-Q1").
struct FigureValue {
  double num = 0;
  std::string iso;  // non-empty exactly when the value is a date
  bool is_date() const { return !iso.empty(); }
  static FigureValue Number(double n) { return FigureValue{n, {}}; }
  static FigureValue Date(std::string s) { return FigureValue{0, std::move(s)}; }
  bool operator==(const FigureValue&) const = default;
};

// What a recogniser finds in a piece of text: the span and its resolution.
// Offsets are half-open UTF-8 byte offsets into the text that was scanned.
struct Mention {
  size_t start = 0;
  size_t end = 0;
  Kind kind = Kind::kCount;
  FigureValue value;
  std::optional<FigureValue> value_max;  // upper end of a range
  Qualifier qualifier = Qualifier::kExact;
  std::string unit;     // ISO 4217 for money, "pp", "km", "year"...; empty = none
  std::string subject;  // what is counted, as written; empty = unknown
  std::string subject_alias;  // apposition: "nodes" for "profiles (or nodes)"; empty = none
  std::string rule;     // id of the rule that produced it, e.g. "en.percent.number_percent"
};

// A mention placed in its document, with context. Empty strings mean null in
// the record; page 0 means null.
struct Figure : Mention {
  std::string doc;      // path or URL as given
  std::string doc_id;   // hex SHA-256 of the document's bytes
  std::string lang;
  int page = 0;
  int paragraph = 0;    // 1-based block index
  std::string sentence;
  size_t sentence_start = 0;  // byte offsets of the sentence in the document text
  size_t sentence_end = 0;
  std::string text;     // the figure as written, qualifier words included
  std::string attribution;
  bool quoted = false;
  std::string time;     // "2018-03-05", "2017-10/2018-03"; empty = none stated
  long long id = 0;     // row id once stored; 0 before
};

}  // namespace claimcheck

#endif  // CLAIMCHECK_FIGURE_H_
