#include "claimcheck/figure_json.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <optional>
#include <vector>

#include "claimcheck/util.h"

namespace claimcheck {
namespace {
using Json = nlohmann::ordered_json;

Json StrOrNull(const std::string& s) { return s.empty() ? Json(nullptr) : Json(s); }

std::optional<double> OptNumber(const nlohmann::json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end() || !it->is_number()) return std::nullopt;
  return it->get<double>();
}

bool ValueFromJson(const nlohmann::json& j, FigureValue* v) {
  if (j.is_string()) {
    *v = FigureValue::Date(j.get<std::string>());
    return true;
  }
  if (j.is_number()) {
    *v = FigureValue::Number(j.get<double>());
    return true;
  }
  return false;
}

std::string OptString(const nlohmann::json& j, const char* key) {
  auto it = j.find(key);
  return (it != j.end() && it->is_string()) ? it->get<std::string>() : std::string();
}
}  // namespace

Json ValueToJson(const FigureValue& v) {
  if (v.is_date()) return v.iso;
  // Integral values print as integers (1000, not 1000.0); the record's
  // consumers compare them as numbers either way.
  if (std::isfinite(v.num) && std::fabs(v.num) < 9e15 && v.num == std::floor(v.num)) {
    return static_cast<long long>(v.num);
  }
  return v.num;
}

namespace {
Json NumOrNull(const std::optional<double>& v) {
  return v ? ValueToJson(FigureValue::Number(*v)) : Json(nullptr);
}
}  // namespace

Json FigureToJson(const Figure& f) {
  // Room for every key at once: an ordered_json object is a vector of
  // (const key, value) pairs, which it copies (key and value, deeply) each
  // time it grows, as a const key cannot be moved. check writes and stores
  // this record for every figure of every finding; the growth copies were a
  // sixth of `check` on 10^6 figures.
  Json j = Json::object();
  j.get_ref<Json::object_t&>().reserve(48);
  j["doc"] = f.doc;
  j["doc_id"] = f.doc_id;
  j["lang"] = f.lang;
  j["page"] = f.page > 0 ? Json(f.page) : Json(nullptr);
  j["paragraph"] = f.paragraph;
  j["sentence"] = f.sentence;
  j["start"] = f.start;
  j["end"] = f.end;
  j["text"] = f.text;
  j["kind"] = KindName(f.kind);
  j["value"] = ValueToJson(f.value);
  j["value_max"] = f.value_max ? ValueToJson(*f.value_max) : Json(nullptr);
  j["qualifier"] = QualifierName(f.qualifier);
  j["unit"] = StrOrNull(f.unit);
  j["subject"] = StrOrNull(f.subject);
  j["attribution"] = StrOrNull(f.attribution);
  j["quoted"] = f.quoted;
  j["time"] = StrOrNull(f.time);
  j["rule"] = f.rule;
  j["sentence_start"] = f.sentence_start;
  j["sentence_end"] = f.sentence_end;
  j["subject_alias"] = StrOrNull(f.subject_alias);
  // The statement frame (CONTRACT.md), then its extensions.
  struct TreeSink {
    Json& j;
    void Str(const char* key, std::string_view v) {
      j[key] = v.empty() ? Json(nullptr) : Json(std::string(v));
    }
    void Name(const char* key, const char* v) { j[key] = v; }
    void List(const char* key, const std::vector<std::string>& v) { j[key] = v; }
    void Num(const char* key, const std::optional<double>& v) { j[key] = NumOrNull(v); }
    void Bool(const char* key, bool v) { j[key] = v; }
  } sink{j};
  ForEachFrameKey(f.frame, sink);
  return j;
}

Status FigureFromJson(const nlohmann::json& j, Figure* f) {
  if (!j.is_object()) return Status::InvalidArgument("figure record is not an object");
  *f = Figure();
  f->doc = OptString(j, "doc");
  f->doc_id = OptString(j, "doc_id");
  f->lang = OptString(j, "lang");
  if (j.contains("page") && j["page"].is_number_integer()) f->page = j["page"].get<int>();
  if (j.contains("paragraph") && j["paragraph"].is_number_integer())
    f->paragraph = j["paragraph"].get<int>();
  f->sentence = OptString(j, "sentence");
  if (j.contains("start") && j["start"].is_number_unsigned()) f->start = j["start"].get<size_t>();
  if (j.contains("end") && j["end"].is_number_unsigned()) f->end = j["end"].get<size_t>();
  f->text = OptString(j, "text");
  if (!ParseKind(OptString(j, "kind"), &f->kind))
    return Status::InvalidArgument("figure record has no valid kind");
  if (!j.contains("value") || !ValueFromJson(j["value"], &f->value))
    return Status::InvalidArgument("figure record has no valid value");
  if (j.contains("value_max") && !j["value_max"].is_null()) {
    FigureValue m;
    if (!ValueFromJson(j["value_max"], &m))
      return Status::InvalidArgument("figure record has an invalid value_max");
    f->value_max = m;
  }
  if (!ParseQualifier(OptString(j, "qualifier"), &f->qualifier))
    return Status::InvalidArgument("figure record has no valid qualifier");
  f->unit = OptString(j, "unit");
  f->subject = OptString(j, "subject");
  f->subject_alias = OptString(j, "subject_alias");
  f->attribution = OptString(j, "attribution");
  f->quoted = j.contains("quoted") && j["quoted"].is_boolean() && j["quoted"].get<bool>();
  f->time = OptString(j, "time");
  f->rule = OptString(j, "rule");
  if (j.contains("sentence_start") && j["sentence_start"].is_number_unsigned())
    f->sentence_start = j["sentence_start"].get<size_t>();
  if (j.contains("sentence_end") && j["sentence_end"].is_number_unsigned())
    f->sentence_end = j["sentence_end"].get<size_t>();
  // The frame: records written before it existed read as an unknown frame.
  Frame& fr = f->frame;
  fr.subject_head = OptString(j, "subject_head");
  if (auto it = j.find("modifiers"); it != j.end() && it->is_array()) {
    for (const auto& m : *it) {
      if (m.is_string()) fr.modifiers.push_back(m.get<std::string>());
    }
  }
  fr.base = OptString(j, "base");
  fr.part = OptString(j, "part");
  if (j.contains("measure") && !ParseMeasure(OptString(j, "measure"), &fr.measure))
    return Status::InvalidArgument("figure record has an invalid measure");
  if (!ParseDirection(OptString(j, "direction"), &fr.direction))
    return Status::InvalidArgument("figure record has an invalid direction");
  fr.previous = OptNumber(j, "previous");
  fr.revised = j.contains("revised") && j["revised"].is_boolean() && j["revised"].get<bool>();
  fr.per = OptString(j, "per");
  fr.period = OptString(j, "period");
  if (j.contains("modality") && !ParseModality(OptString(j, "modality"), &fr.modality))
    return Status::InvalidArgument("figure record has an invalid modality");
  fr.interval_low = OptNumber(j, "interval_low");
  fr.interval_high = OptNumber(j, "interval_high");
  fr.place = OptString(j, "place");
  fr.speaker = OptString(j, "speaker");
  fr.forecaster = OptString(j, "forecaster");
  fr.period_inherited = OptString(j, "period_inherited");
  fr.outcome_stated = j.contains("outcome_stated") && j["outcome_stated"].is_boolean() && j["outcome_stated"].get<bool>();
  return Status::Ok();
}

}  // namespace claimcheck

namespace claimcheck {
namespace {

// JSON string escaping as nlohmann does it without ensure_ascii: quotes,
// backslash, the short escapes, \u00XX for other controls, UTF-8 as is.
// True when one of the eight bytes at p is a control (< 0x20), '"' or '\\'.
// Word-at-a-time tests: (x - 0x01..) & ~x & 0x80.. is non-zero exactly when
// some byte of x is zero, and (x - n*0x01..) & ~x & 0x80.. when some byte is
// below n (n <= 0x80).
bool NeedsEscape8(const char* p) {
  constexpr uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
  uint64_t x;
  std::memcpy(&x, p, 8);
  uint64_t quote = x ^ (kOnes * '"');
  uint64_t backslash = x ^ (kOnes * '\\');
  uint64_t hits = ((x - kOnes * 0x20) & ~x) | ((quote - kOnes) & ~quote) |
                  ((backslash - kOnes) & ~backslash);
  return (hits & kHigh) != 0;
}

// A literal's length is known at compile time: append(const char*) measured
// a strlen and an out-of-line call per key, about 27 a record (bench/RESULTS.md,
// branch spd).
template <size_t N>
inline void AppendLit(std::string* out, const char (&s)[N]) {
  out->append(s, N - 1);
}

}  // namespace

void AppendJsonString(std::string_view s, std::string* out) {
  static constexpr char kHex[] = "0123456789abcdef";
  out->push_back('"');
  size_t run = 0;  // start of the pending run of bytes that need no escape
  for (size_t i = 0; i < s.size(); ++i) {
    // Skip eight plain bytes at a time (sentences are most of the output).
    while (i + 8 <= s.size() && !NeedsEscape8(s.data() + i)) i += 8;
    if (i >= s.size()) break;
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c != '"' && c != '\\') continue;
    out->append(s.data() + run, i - run);
    run = i + 1;
    switch (c) {
      case '"': AppendLit(out, "\\\""); break;
      case '\\': AppendLit(out, "\\\\"); break;
      case '\b': AppendLit(out, "\\b"); break;
      case '\f': AppendLit(out, "\\f"); break;
      case '\n': AppendLit(out, "\\n"); break;
      case '\r': AppendLit(out, "\\r"); break;
      case '\t': AppendLit(out, "\\t"); break;
      default:
        AppendLit(out, "\\u00");
        out->push_back(kHex[c >> 4]);
        out->push_back(kHex[c & 15]);
    }
  }
  out->append(s.data() + run, s.size() - run);
  out->push_back('"');
}

void AppendJsonDouble(double v, std::string* out) {
  // What nlohmann's serializer prints for a float: null when not finite,
  // else its shortest round-trip digits (to_chars, with ".0" on integral
  // values), without building a json value.
  if (!std::isfinite(v)) {
    AppendLit(out, "null");
    return;
  }
  char buf[64];
  char* end = nlohmann::detail::to_chars(buf, buf + sizeof buf, v);
  out->append(buf, end);
}

namespace {

// Every text field of the frame is valid UTF-8.
bool FrameIsValidUtf8(const Frame& fr) {
  struct Check {
    bool ok = true;
    void Str(const char*, std::string_view v) { ok = ok && IsValidUtf8(v); }
    void Name(const char*, const char*) {}
    void List(const char*, const std::vector<std::string>& v) {
      for (const std::string& m : v) ok = ok && IsValidUtf8(m);
    }
    void Num(const char*, const std::optional<double>&) {}
    void Bool(const char*, bool) {}
  } check;
  ForEachFrameKey(fr, check);
  return check.ok;
}

}  // namespace

void AppendFigureJsonLine(const Figure& f, std::string* out) {
  AppendFigureJson(f, out);
  out->push_back('\n');
}

namespace {

// The record written through a raw pointer into room made beforehand for the
// longest text it can take (every byte of every string escaped as \u00XX):
// the std::string appends it replaces (about 47 a record, each a capacity
// test and an out-of-line call) measured 40 M of 164 M instructions for the
// 2 MB bench slice (bench/RESULTS.md, branch perf13). Same bytes as
// AppendJsonString.
constexpr size_t kEscapedMax = 6;   // "\u00XX" for one byte
constexpr size_t kNumberMax = 40;   // to_chars of a double or a long long, or a dumped value

struct RawOut {
  char* p;
  template <size_t N>
  void Lit(const char (&s)[N]) {
    std::memcpy(p, s, N - 1);
    p += N - 1;
  }
  void Bytes(const char* s, size_t n) {
    std::memcpy(p, s, n);
    p += n;
  }
  void Char(char c) { *p++ = c; }
  void Str(std::string_view s) {
    static constexpr char kHex[] = "0123456789abcdef";
    *p++ = '"';
    size_t run = 0;
    for (size_t i = 0; i < s.size(); ++i) {
      while (i + 8 <= s.size() && !NeedsEscape8(s.data() + i)) i += 8;
      if (i >= s.size()) break;
      unsigned char c = static_cast<unsigned char>(s[i]);
      if (c >= 0x20 && c != '"' && c != '\\') continue;
      Bytes(s.data() + run, i - run);
      run = i + 1;
      switch (c) {
        case '"': Lit("\\\""); break;
        case '\\': Lit("\\\\"); break;
        case '\b': Lit("\\b"); break;
        case '\f': Lit("\\f"); break;
        case '\n': Lit("\\n"); break;
        case '\r': Lit("\\r"); break;
        case '\t': Lit("\\t"); break;
        default:
          Lit("\\u00");
          *p++ = kHex[c >> 4];
          *p++ = kHex[c & 15];
      }
    }
    Bytes(s.data() + run, s.size() - run);
    *p++ = '"';
  }
  void StrOrNull(std::string_view s) {
    if (s.empty()) {
      Lit("null");
    } else {
      Str(s);
    }
  }
  template <typename N>
  void Number(N n) {
    auto r = std::to_chars(p, p + kNumberMax, n);
    p = r.ptr;
  }
  void Value(const FigureValue& v) {
    if (v.is_date()) {
      Str(v.iso);
    } else if (std::isfinite(v.num) && std::fabs(v.num) < 9e15 && v.num == std::floor(v.num)) {
      Number(static_cast<long long>(v.num));
    } else {
      const std::string d = ValueToJson(v).dump();
      Bytes(d.data(), d.size());
    }
  }
  void OptNumber(const std::optional<double>& v) {
    if (v) {
      Value(FigureValue::Number(*v));
    } else {
      Lit("null");
    }
  }
  // The frame keys (ForEachFrameKey's sink): each key with its comma, quotes
  // and colon.
  template <size_t N>
  void Key(const char (&key)[N]) {
    *p++ = ',';
    *p++ = '"';
    Bytes(key, N - 1);
    *p++ = '"';
    *p++ = ':';
  }
  template <size_t N>
  void Str(const char (&key)[N], std::string_view v) {
    Key(key);
    StrOrNull(v);
  }
  template <size_t N>
  void Name(const char (&key)[N], const char* v) {
    Key(key);
    Str(v);
  }
  template <size_t N>
  void List(const char (&key)[N], const std::vector<std::string>& v) {
    Key(key);
    *p++ = '[';
    for (size_t i = 0; i < v.size(); ++i) {
      if (i) *p++ = ',';
      Str(v[i]);
    }
    *p++ = ']';
  }
  template <size_t N>
  void Num(const char (&key)[N], const std::optional<double>& v) {
    Key(key);
    OptNumber(v);
  }
  template <size_t N>
  void Bool(const char (&key)[N], bool v) {
    Key(key);
    if (v) {
      Lit("true");
    } else {
      Lit("false");
    }
  }
};

size_t StrRoom(std::string_view s) { return 2 + kEscapedMax * s.size(); }

// An upper bound of what RawOut writes for the frame.
struct FrameRoom {
  size_t n = 0;
  template <size_t N>
  void Str(const char (&)[N], std::string_view v) { n += N + 3 + StrRoom(v); }
  template <size_t N>
  void Name(const char (&)[N], const char* v) { n += N + 3 + StrRoom(v); }
  template <size_t N>
  void List(const char (&)[N], const std::vector<std::string>& v) {
    n += N + 3 + 2;
    for (const std::string& m : v) n += 1 + StrRoom(m);
  }
  template <size_t N>
  void Num(const char (&)[N], const std::optional<double>&) { n += N + 3 + kNumberMax; }
  template <size_t N>
  void Bool(const char (&)[N], bool) { n += N + 3 + 5; }
};

size_t ValueRoom(const FigureValue& v) { return v.is_date() ? StrRoom(v.iso) : kNumberMax; }

}  // namespace

void AppendFigureJson(const Figure& f, std::string* out) {
  // Text from readers is valid UTF-8; anything else is replaced rather than
  // written as broken JSON.
  if (!IsValidUtf8(f.sentence) || !IsValidUtf8(f.text) || !IsValidUtf8(f.subject) ||
      !IsValidUtf8(f.attribution) || !IsValidUtf8(f.doc) || !IsValidUtf8(f.subject_alias) ||
      !IsValidUtf8(f.time) || !IsValidUtf8(f.doc_id) || !IsValidUtf8(f.lang) || !IsValidUtf8(f.unit) ||
      !IsValidUtf8(f.rule) || !FrameIsValidUtf8(f.frame)) {
    out->append(FigureToJson(f).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
    return;
  }
  const char* kind = KindName(f.kind);
  const char* qualifier = QualifierName(f.qualifier);
  FrameRoom frame_room;
  ForEachFrameKey(f.frame, frame_room);
  // 512: the literal keys, quotes and separators of the fixed part (about
  // 250 bytes); then the texts, the six integers and the two values.
  const size_t room = 512 + frame_room.n + 6 * kNumberMax + ValueRoom(f.value) +
                      (f.value_max ? ValueRoom(*f.value_max) : 0) + StrRoom(f.doc) + StrRoom(f.doc_id) +
                      StrRoom(f.lang) + StrRoom(f.sentence) + StrRoom(f.text) + StrRoom(kind) +
                      StrRoom(qualifier) + StrRoom(f.unit) + StrRoom(f.subject) + StrRoom(f.attribution) +
                      StrRoom(f.time) + StrRoom(f.rule) + StrRoom(f.subject_alias);
  // Written into a per-thread scratch buffer and appended once: resizing
  // `out` by `room` zero-filled it first (memset, 60 M instructions on the
  // 2 MB slice), and std::string has no resize-without-fill before C++23.
  thread_local std::vector<char> scratch;
  if (scratch.size() < room) scratch.resize(std::max(room, 2 * scratch.size()));
  RawOut w{scratch.data()};
  w.Lit("{\"doc\":");
  w.Str(f.doc);
  w.Lit(",\"doc_id\":");
  w.Str(f.doc_id);
  w.Lit(",\"lang\":");
  w.Str(f.lang);
  w.Lit(",\"page\":");
  if (f.page > 0) {
    w.Number(f.page);
  } else {
    w.Lit("null");
  }
  w.Lit(",\"paragraph\":");
  w.Number(f.paragraph);
  w.Lit(",\"sentence\":");
  w.Str(f.sentence);
  w.Lit(",\"start\":");
  w.Number(f.start);
  w.Lit(",\"end\":");
  w.Number(f.end);
  w.Lit(",\"text\":");
  w.Str(f.text);
  w.Lit(",\"kind\":\"");
  w.Bytes(kind, std::strlen(kind));
  w.Lit("\",\"value\":");
  w.Value(f.value);
  w.Lit(",\"value_max\":");
  if (f.value_max) {
    w.Value(*f.value_max);
  } else {
    w.Lit("null");
  }
  w.Lit(",\"qualifier\":\"");
  w.Bytes(qualifier, std::strlen(qualifier));
  w.Lit("\",\"unit\":");
  w.StrOrNull(f.unit);
  w.Lit(",\"subject\":");
  w.StrOrNull(f.subject);
  w.Lit(",\"attribution\":");
  w.StrOrNull(f.attribution);
  if (f.quoted) {
    w.Lit(",\"quoted\":true");
  } else {
    w.Lit(",\"quoted\":false");
  }
  w.Lit(",\"time\":");
  w.StrOrNull(f.time);
  w.Lit(",\"rule\":");
  w.Str(f.rule);
  w.Lit(",\"sentence_start\":");
  w.Number(f.sentence_start);
  w.Lit(",\"sentence_end\":");
  w.Number(f.sentence_end);
  w.Lit(",\"subject_alias\":");
  w.StrOrNull(f.subject_alias);
  ForEachFrameKey(f.frame, w);
  *w.p++ = '}';
  out->append(scratch.data(), static_cast<size_t>(w.p - scratch.data()));
}

}  // namespace claimcheck
