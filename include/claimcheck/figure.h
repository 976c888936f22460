// Figure: one quantitative claim found in a document, with its citation.
// The JSON form is the figure record of CONTRACT.md (see figure_json.h).
#ifndef CLAIMCHECK_FIGURE_H_
#define CLAIMCHECK_FIGURE_H_

#include <compare>
#include <iosfwd>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace claimcheck {

// kMultiplier (added 2026-12): a factor, unit "times": "doubled" (2),
// "halved" (0.5), "three times as likely" (3), "a fourfold rise" (4).
enum class Kind { kCount, kPercent, kMoney, kMeasure, kDate, kDuration, kOrdinal, kMultiplier };
const char* KindName(Kind k);                    // "count", "percent", ..., "multiplier"
bool ParseKind(std::string_view s, Kind* out);

enum class Qualifier { kExact, kApprox, kNearly, kMoreThan, kAtLeast, kLessThan, kAtMost, kRange, kVague };
const char* QualifierName(Qualifier q);          // "exact", "approx", "nearly", "more_than", ...
bool ParseQualifier(std::string_view s, Qualifier* out);

// An immutable text shared by reference: every figure of one sentence points
// at the same buffer instead of carrying its own copy (issue 15: 15,000
// figures in one 375 KB sentence used to hold 5.5 GB of copies). Reads like a
// const std::string: it converts implicitly to `const std::string&` and
// `std::string_view`, and assigning a std::string makes a new buffer (never
// changing what other holders see). Copying is a reference-count increment.
class SharedText {
 public:
  SharedText() = default;
  SharedText(std::string s) : p_(std::make_shared<const std::string>(std::move(s))) {}  // NOLINT
  SharedText(std::string_view s) : SharedText(std::string(s)) {}                        // NOLINT
  SharedText(const char* s) : SharedText(std::string(s)) {}                             // NOLINT
  SharedText& operator=(std::string s) {
    p_ = std::make_shared<const std::string>(std::move(s));
    return *this;
  }
  SharedText& operator=(std::string_view s) { return *this = std::string(s); }
  SharedText& operator=(const char* s) { return *this = std::string(s); }

  const std::string& str() const { return p_ ? *p_ : Empty(); }
  operator const std::string&() const { return str(); }  // NOLINT
  operator std::string_view() const { return str(); }    // NOLINT

  size_t size() const { return str().size(); }
  size_t length() const { return str().size(); }
  bool empty() const { return str().empty(); }
  const char* data() const { return str().data(); }
  const char* c_str() const { return str().c_str(); }
  char operator[](size_t i) const { return str()[i]; }
  std::string::const_iterator begin() const { return str().begin(); }
  std::string::const_iterator end() const { return str().end(); }
  std::string substr(size_t pos = 0, size_t n = std::string::npos) const { return str().substr(pos, n); }
  size_t find(std::string_view s, size_t pos = 0) const { return str().find(s, pos); }
  size_t find(char c, size_t pos = 0) const { return str().find(c, pos); }
  size_t rfind(std::string_view s, size_t pos = std::string::npos) const { return str().rfind(s, pos); }
  int compare(std::string_view s) const { return str().compare(s); }
  int compare(size_t pos, size_t n, std::string_view s) const { return str().compare(pos, n, s); }
  // True when both hold the very same buffer (not merely equal text).
  bool SharesWith(const SharedText& o) const { return p_ == o.p_; }

  friend bool operator==(const SharedText& a, const SharedText& b) { return a.str() == b.str(); }
  friend bool operator==(const SharedText& a, std::string_view b) { return a.str() == b; }
  friend bool operator==(const SharedText& a, const std::string& b) { return a.str() == b; }
  friend bool operator==(const SharedText& a, const char* b) { return a.str() == b; }
  friend std::string operator+(const std::string& a, const SharedText& b) { return a + b.str(); }
  friend std::string operator+(const SharedText& a, const std::string& b) { return a.str() + b; }
  friend std::string operator+(const char* a, const SharedText& b) { return a + b.str(); }
  friend std::string operator+(const SharedText& a, const char* b) { return a.str() + b; }
  friend std::string operator+(const SharedText& a, char b) { return a.str() + b; }
  template <typename C, typename T>
  friend std::basic_ostream<C, T>& operator<<(std::basic_ostream<C, T>& os, const SharedText& t) {
    return os << t.str();
  }
  friend auto operator<=>(const SharedText& a, const SharedText& b) { return a.str() <=> b.str(); }

 private:
  static const std::string& Empty() {
    static const std::string e;
    return e;
  }
  std::shared_ptr<const std::string> p_;
};

// nlohmann::json finds these by argument-dependent lookup, so `j["x"] =
// f.sentence` and `j.at("x").get_to(f.sentence)` work without this header
// including the JSON library.
template <typename Json>
void to_json(Json& j, const SharedText& t) { j = t.str(); }
template <typename Json>
void from_json(const Json& j, SharedText& t) { t = j.template get<std::string>(); }

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
  // A multiplier's comparison base as written ("men" in "three times as
  // likely as men", "the national rate"); the frame stage makes it the
  // frame's base. Empty otherwise.
  std::string compared_with;
};

// Frame::place of a figure said of the whole country without its name
// ("Nationally, 1,694 people", "across the country"): read by
// extract/frame/place.cc, compared by claims/check/pair.cc only with a place
// read with its region noun ("Harwick region").
inline constexpr std::string_view kPlaceNationwide = "nationwide";

// What a figure states, read from its whole sentence (issue 11, CONTRACT.md
// "The statement frame"). Built in one place, extract/frame/, and only read
// by the store, the record writers and the checker. Empty strings, empty
// vectors and empty optionals mean null in the record.
// kRatio (added 2026-12): a multiplier comparing with a base ("twice the
// national rate"), where kChange is a multiplier over time ("doubled").
enum class Measure { kLevel, kChange, kRate, kRatio };
const char* MeasureName(Measure m);              // "level", "change", "rate", "ratio"
bool ParseMeasure(std::string_view s, Measure* out);

enum class Direction { kNone, kUp, kDown, kFlat };
const char* DirectionName(Direction d);          // "" (null), "up", "down", "flat"
bool ParseDirection(std::string_view s, Direction* out);  // "" -> kNone

enum class Modality { kActual, kForecast, kTarget, kEstimate };
const char* ModalityName(Modality m);            // "actual", "forecast", "target", "estimate"
bool ParseModality(std::string_view s, Modality* out);

struct Frame {
  std::string subject_head;            // lowercase singular head noun: "profile"
  std::vector<std::string> modifiers;  // words narrowing the subject: {"isis-supporting"}
  std::string base;                    // what a share is of: "the nodes"
  std::string part;                    // what a share counts within its base
  Measure measure = Measure::kLevel;
  Direction direction = Direction::kNone;
  std::optional<double> previous;      // earlier value of "from X to Y" or a revision
  bool revised = false;                // the sentence revises an earlier figure
  std::string per;                     // rate denominator: "100000 residents", "hour", "capita"
  std::string period;                  // ISO 8601 span covered: "2018-Q1", "2004/..", "2019-07/2020-06"
  Modality modality = Modality::kActual;
  std::optional<double> interval_low;  // an estimate's stated interval, when given
  std::optional<double> interval_high;
  std::string place;                   // "Latin America", "UK", "Harwick region", kPlaceNationwide
  std::string speaker;                 // attribution as an entity: "Counter Extremism Project"
  std::string forecaster;              // whose forecast/target, when modality is not actual
  // The span the document's title or the heading over the figure names
  // ("Quarterly Bulletin, July to September 2026"), kept for a figure whose
  // sentence states neither a period nor a time: inherited, not stated, so
  // weaker evidence than `period` (added 2026-12, issue 11 point 5; the
  // checker compares it only where the source figure states no span).
  std::string period_inherited;
  // The sentence says the figure is what happened, in so many words: an
  // outcome verb among the three words before its number ("revenue reached
  // about $9.3 billion", "spending tops £900m", "se redujeron a 1,1
  // millones") or right after its counted noun ("A further 60 pharmacies
  // have closed"); rules/<lang>/frames.yaml modality.outcome_verbs. Read for
  // every figure; the checker weighs it where an article reports a source's
  // forecast or target (added 2026-12, schema version 8).
  bool outcome_stated = false;
  bool operator==(const Frame&) const = default;
};

// A mention placed in its document, with context. Empty strings mean null in
// the record; page 0 means null.
// doc and doc_id are SharedText like the sentence: every figure of a
// document can hold the same buffer (the store's reader and the extractor
// share them), where a std::string each cost ~180 bytes a figure (issue 13:
// ~180 MB of a check of 10^6 figures).
struct Figure : Mention {
  SharedText doc;       // path or URL as given
  SharedText doc_id;    // hex SHA-256 of the document's bytes
  std::string lang;
  int page = 0;
  int paragraph = 0;    // 1-based block index
  // The whole sentence, shared by every figure found in it (see SharedText).
  // A sentence is at most kMaxSentenceBytes long (segment.h).
  SharedText sentence;
  size_t sentence_start = 0;  // byte offsets of the sentence in the document text
  size_t sentence_end = 0;
  std::string text;     // the figure as written, qualifier words included
  std::string attribution;
  bool quoted = false;
  std::string time;     // "2018-03-05", "2017-10/2018-03"; empty = none stated
  Frame frame;          // what the figure states (issue 11)
  long long id = 0;     // row id once stored; 0 before
};

// A reference to a figure held elsewhere: what a finding, a nearest passage
// or an alignment keeps instead of a copy of the Figure (issue 13: a check of
// 10^6 figures made about 434,000 copies, strings and frames included). It
// reads like a `const Figure&` (`->`, `*`, and an implicit conversion).
//
// Borrow() refers without owning: the checker's findings borrow from
// CheckInput::figures, which must outlive them. A reference made from a
// Figure value owns it (findings read back from the store, tests). Copying a
// borrowed reference copies a pointer; copying an owned one shares it.
class FigureRef {
 public:
  FigureRef() = default;
  explicit FigureRef(Figure f) : p_(std::make_shared<const Figure>(std::move(f))) {}
  static FigureRef Borrow(const Figure& f) {
    FigureRef r;
    r.p_ = std::shared_ptr<const Figure>(std::shared_ptr<const Figure>(), &f);  // aliasing, no owner
    return r;
  }

  explicit operator bool() const { return p_ != nullptr; }
  const Figure& get() const { return *p_; }
  const Figure& operator*() const { return *p_; }
  const Figure* operator->() const { return p_.get(); }
  operator const Figure&() const { return *p_; }  // NOLINT: reads like the figure
  long long id() const { return p_ ? p_->id : 0; }

 private:
  std::shared_ptr<const Figure> p_;
};

}  // namespace claimcheck

#endif  // CLAIMCHECK_FIGURE_H_
