// peers_runner PEERS_DIR OUT.md [--show SUITE]
// Scores the recogniser on the peer suites kept under PEERS_DIR (the
// Recognizers-Text Number, Percent and NumberRange specs in English and
// Spanish; the Duckling Numeral EN/ES and AmountOfMoney EN corpora; the
// Recognizers-Text DateTime Date and DatePeriod extractor and parser specs in
// English and Spanish) and writes per-suite precision, recall and value
// accuracy to OUT.md. The suites are read in place. --show prints every
// in-scope miss of one suite.
#include <sys/utsname.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <fstream>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "claimcheck/figure.h"
#include "claimcheck/recognize.h"
#include "claimcheck/rules.h"
#include "tools/peers/peer_scope.h"

namespace claimcheck {
namespace peers {
namespace {

using nlohmann::json;

// kDate: parser specs, values compared as day intervals; kDateSpan:
// extractor specs, which give spans only.
enum class Mode { kNumber, kPercent, kRange, kMoney, kDate, kDateSpan };

// A calendar interval in days since 1970-01-01, both ends included. For a
// range, `last_start` is the first day of its last part ("2018" of
// "2014-2018"), since Recognizers-Text ends a period there.
struct DayInterval {
  long first = 0, last = 0, last_start = 0;
  bool range = false;
};

// An interval or a single value; single values have lo == hi, both closed.
struct Amount {
  std::optional<double> lo, hi;
  bool lo_closed = true, hi_closed = true;
  bool bounds_only = false;  // Duckling intervals say nothing of open or closed ends
  std::string unit;
  static Amount Value(double v) { return Amount{v, v, true, true, false, {}}; }
  bool single() const { return lo && hi && *lo == *hi && lo_closed && hi_closed; }
};

struct Expected {
  size_t start = 0, end = 0;
  bool whole = false;  // Duckling: the token spans the whole input
  std::string text;
  Amount amount;
  // Date suites: the future and past resolutions as [start, end) days;
  // a single date has end = start + 1.
  std::vector<std::pair<long, long>> dates;
};

struct Predicted {
  size_t start = 0, end = 0;
  Amount amount;
  std::string text;
  std::optional<DayInterval> days;
  std::string iso;  // date suites: the value as found, for --show
};

struct Suite {
  std::string name;  // "Recognizers-Text en NumberModel"
  std::string path;  // relative to the peers dir
  std::string lang;
  Mode mode;
  bool duckling;
};

bool IsDateMode(Mode m) { return m == Mode::kDate || m == Mode::kDateSpan; }

struct Score {
  size_t cases = 0, in_scope = 0, expected = 0, predicted = 0, matched = 0, value_ok = 0;
  std::map<std::string, size_t> excluded;
};

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's
// days_from_civil).
long DaysFromCivil(long y, unsigned m, unsigned d) {
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<long>(doe) - 719468;
}

bool Digits(const std::string& s, size_t at, size_t n, int* out) {
  if (at + n > s.size()) return false;
  int v = 0;
  for (size_t i = at; i < at + n; ++i) {
    if (s[i] < '0' || s[i] > '9') return false;
    v = v * 10 + (s[i] - '0');
  }
  *out = v;
  return true;
}

// "2016-11-07" (an RT resolution) as a day number.
std::optional<long> RtDay(const std::string& s) {
  int y, m, d;
  if (s.size() < 10 || !Digits(s, 0, 4, &y) || !Digits(s, 5, 2, &m) || !Digits(s, 8, 2, &d)) return std::nullopt;
  if (m < 1 || m > 12 || d < 1) return std::nullopt;
  return DaysFromCivil(y, static_cast<unsigned>(m), static_cast<unsigned>(d));
}

// One of claimcheck's date values ("2018", "2018-03", "2018-03-05",
// "2018-Q1", "2017-H2") as the days it covers, [first, after_last).
std::optional<std::pair<long, long>> IsoSpan(const std::string& s) {
  int y, a;
  if (!Digits(s, 0, 4, &y)) return std::nullopt;
  auto month_start = [&](int year, int month) {
    year += (month - 1) / 12;
    month = (month - 1) % 12 + 1;
    return DaysFromCivil(year, static_cast<unsigned>(month), 1);
  };
  if (s.size() == 4) return std::make_pair(month_start(y, 1), month_start(y + 1, 1));
  if (s.size() == 7 && s[5] == 'Q' && Digits(s, 6, 1, &a) && a >= 1 && a <= 4) {
    return std::make_pair(month_start(y, 3 * a - 2), month_start(y, 3 * a + 1));
  }
  if (s.size() == 7 && s[5] == 'H' && Digits(s, 6, 1, &a) && a >= 1 && a <= 2) {
    return std::make_pair(month_start(y, 6 * a - 5), month_start(y, 6 * a + 1));
  }
  if (s.size() == 7 && Digits(s, 5, 2, &a) && a >= 1 && a <= 12) {
    return std::make_pair(month_start(y, a), month_start(y, a + 1));
  }
  int d;
  if (s.size() == 10 && Digits(s, 5, 2, &a) && Digits(s, 8, 2, &d) && a >= 1 && a <= 12 && d >= 1) {
    const long day = DaysFromCivil(y, static_cast<unsigned>(a), static_cast<unsigned>(d));
    return std::make_pair(day, day + 1);
  }
  return std::nullopt;  // "--03-05": no year, which a resolved spec never expects
}

std::optional<DayInterval> MentionDays(const Mention& m) {
  auto a = IsoSpan(m.value.iso);
  if (!a) return std::nullopt;
  DayInterval iv{a->first, a->second - 1, a->first, false};
  if (m.value_max && m.value_max->is_date()) {
    auto b = IsoSpan(m.value_max->iso);
    if (!b) return std::nullopt;
    iv.last = b->second - 1;
    iv.last_start = b->first;
    iv.range = true;
  }
  return iv;
}

// Words that narrow a period ("early 2018", "a finales de marzo").
// claimcheck keeps the whole period by design (an ISO value cannot say
// "late"), so such a date is right when its days hold the expected ones.
bool Narrowed(const std::string& text) {
  static const std::regex re(
      R"(\b(early|late|mid|middle|end|beginning|start|finales|fines|principios|comienzos|mediados|inicios)\b)",
      std::regex::icase);
  return std::regex_search(text, re);
}

// Whether a predicted date interval is the expected one. A single date
// covers exactly the expected days; a range starts on the expected day and
// ends where RT ends it: at the start of its last part ("from 4 to 22" ends
// on the 22nd, "2014-2018" on 2018-01-01) or after its last day.
bool SameDays(const Expected& e, const DayInterval& p) {
  for (const auto& [first, end] : e.dates) {
    if (Narrowed(e.text) && p.first <= first && p.last + 1 >= end) return true;
    if (p.first != first) continue;
    if (!p.range && p.last + 1 == end) return true;
    if (p.range && (p.last + 1 == end || p.last_start == end)) return true;
  }
  return false;
}

bool Near(double a, double b) { return a == b || std::fabs(a - b) <= 1e-6 * std::max(std::fabs(a), std::fabs(b)); }

bool SameBound(const std::optional<double>& a, const std::optional<double>& b) {
  return a.has_value() == b.has_value() && (!a || Near(*a, *b));
}

bool SameAmount(const Amount& want, const Amount& got, bool check_unit) {
  if (check_unit && want.unit != got.unit) return false;
  if (!SameBound(want.lo, got.lo) || !SameBound(want.hi, got.hi)) return false;
  if (want.single() || want.bounds_only) return true;
  return (!want.lo || want.lo_closed == got.lo_closed) && (!want.hi || want.hi_closed == got.hi_closed);
}

std::string Show(const Amount& a) {
  std::ostringstream o;
  if (a.single()) {
    o << *a.lo;
  } else {
    o << (a.lo_closed ? '[' : '(');
    if (a.lo) o << *a.lo;
    o << ',';
    if (a.hi) o << *a.hi;
    o << (a.hi_closed ? ']' : ')');
  }
  if (!a.unit.empty()) o << ' ' << a.unit;
  return o.str();
}

double ParseNumber(std::string s, bool decimal_comma) {
  s.erase(std::remove(s.begin(), s.end(), '%'), s.end());
  if (decimal_comma) std::replace(s.begin(), s.end(), ',', '.');
  return std::strtod(s.c_str(), nullptr);
}

// "[20,30)", "(2500,)", "(,30]"
Amount ParseInterval(const std::string& s) {
  Amount a;
  if (s.size() < 3) return a;
  a.lo_closed = s.front() == '[';
  a.hi_closed = s.back() == ']';
  std::string body = s.substr(1, s.size() - 2);
  size_t comma = body.find(',');
  std::string lo = body.substr(0, comma), hi = comma == std::string::npos ? "" : body.substr(comma + 1);
  if (!lo.empty()) a.lo = std::strtod(lo.c_str(), nullptr);
  if (!hi.empty()) a.hi = std::strtod(hi.c_str(), nullptr);
  return a;
}

bool WordChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) || (c & 0x80); }

// Finds `needle` in `hay` from `from` where it is not part of a longer word.
size_t FindWord(const std::string& hay, const std::string& needle, size_t from) {
  for (size_t at = hay.find(needle, from); at != std::string::npos; at = hay.find(needle, at + 1)) {
    bool left = at == 0 || !WordChar(hay[at - 1]) || !WordChar(needle.front());
    size_t end = at + needle.size();
    bool right = end >= hay.size() || !WordChar(hay[end]) || !WordChar(needle.back());
    if (left && right) return at;
  }
  return std::string::npos;
}

std::string LowerAscii(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
  return s;
}

bool Numeric(Kind k) {
  return k == Kind::kCount || k == Kind::kPercent || k == Kind::kMoney || k == Kind::kMeasure || k == Kind::kDuration;
}

bool IsShare(const Mention& m) {
  return m.rule.find("percent.fraction") != std::string::npos || m.rule.find("percent.ratio") != std::string::npos;
}

// A mention as the interval the range suites and money intervals use.
Amount AsInterval(const Mention& m, double v, std::optional<double> vmax) {
  Amount a;
  switch (m.qualifier) {
    case Qualifier::kRange: a.lo = v; a.hi = vmax; a.hi_closed = false; break;
    case Qualifier::kMoreThan: a.lo = v; a.lo_closed = false; a.hi_closed = false; break;
    case Qualifier::kAtLeast: a.lo = v; a.hi_closed = false; break;
    case Qualifier::kLessThan: a.hi = v; a.hi_closed = false; a.lo_closed = false; break;
    case Qualifier::kAtMost: a.hi = v; a.lo_closed = false; break;
    default: a = Amount::Value(v);
  }
  return a;
}

// Maps what the recogniser found onto what a suite of `mode` predicts.
std::vector<Predicted> Predict(const std::string& input, const std::vector<Mention>& found, Mode mode) {
  std::vector<Predicted> out;
  if (IsDateMode(mode)) {
    for (const Mention& m : found) {
      if (m.kind != Kind::kDate || !m.value.is_date()) continue;
      Predicted p;
      p.start = m.start;
      p.end = m.end;
      p.text = input.substr(m.start, m.end - m.start);
      p.days = MentionDays(m);
      p.iso = m.value.iso + (m.value_max && m.value_max->is_date() ? ".." + m.value_max->iso : "");
      out.push_back(p);
    }
    return out;
  }
  for (const Mention& m : found) {
    if (m.value.is_date() || m.qualifier == Qualifier::kVague) continue;
    Predicted p;
    p.start = m.start;
    p.end = m.end;
    p.text = input.substr(m.start, m.end - m.start);
    double v = m.value.num;
    std::optional<double> vmax;
    if (m.value_max) vmax = m.value_max->num;
    switch (mode) {
      case Mode::kNumber:
        if (!Numeric(m.kind)) continue;
        if (IsShare(m)) {
          v /= 100;
          if (vmax) *vmax /= 100;
        }
        p.amount = Amount::Value(v);
        out.push_back(p);
        if (vmax) {
          p.amount = Amount::Value(*vmax);
          out.push_back(p);
        }
        break;
      case Mode::kPercent:
        if (m.kind != Kind::kPercent || IsShare(m)) continue;
        p.amount = Amount::Value(v);
        out.push_back(p);
        break;
      case Mode::kRange:
        if (!Numeric(m.kind) || m.qualifier == Qualifier::kExact || m.qualifier == Qualifier::kApprox ||
            m.qualifier == Qualifier::kNearly) {
          continue;
        }
        if (IsShare(m)) {
          v /= 100;
          if (vmax) *vmax /= 100;
        }
        p.amount = AsInterval(m, v, vmax);
        out.push_back(p);
        break;
      case Mode::kMoney:
        if (m.kind != Kind::kMoney) continue;
        p.amount = (m.qualifier == Qualifier::kApprox || m.qualifier == Qualifier::kNearly) ? Amount::Value(v)
                                                                                           : AsInterval(m, v, vmax);
        p.amount.unit = m.unit;
        out.push_back(p);
        break;
      case Mode::kDate:
      case Mode::kDateSpan:
        break;  // handled above
    }
  }
  return out;
}

std::string DucklingUnit(const std::string& u) {
  if (u == "Dollar") return "USD";
  if (u == "Pound") return "GBP";
  return u;
}

struct Case {
  std::string input;
  std::vector<Expected> expected;
  std::string reference;  // date suites: the day relative dates count from
};

// Recognizers-Text's usual reference day, for cases that name none.
constexpr const char* kDefaultReference = "2016-11-07";

// Reads one suite into cases. Spans of Recognizers-Text results are found
// by searching their text in the input (their offsets count UTF-16 units).
std::vector<Case> ReadSuite(const Suite& suite, const json& j) {
  std::vector<Case> cases;
  const bool comma = suite.lang == "es";
  if (suite.duckling) {
    for (const json& e : j.at("examples")) {
      Case c;
      c.input = e.at("text").get<std::string>();
      Expected x;
      x.whole = true;
      x.text = c.input;
      const json& v = e.at("value");
      if (suite.mode == Mode::kMoney) {
        x.amount.unit = DucklingUnit(v.at("unit").get<std::string>());
        if (v.at("type") == "value") {
          double d = v.at("value").get<double>();
          x.amount.lo = x.amount.hi = d;
        } else {
          if (v.contains("from")) x.amount.lo = v.at("from").get<double>();
          if (v.contains("to")) x.amount.hi = v.at("to").get<double>();
          // Duckling's intervals carry bounds only: "under 7" and "at most 7"
          // are both {to: 7}, so only the bounds are compared.
          x.amount.bounds_only = true;
        }
      } else {
        x.amount = Amount::Value(v.at("value").get<double>());
      }
      c.expected.push_back(x);
      cases.push_back(std::move(c));
    }
    for (const json& n : j.value("negative", json::array())) cases.push_back(Case{n.get<std::string>(), {}, {}});
    return cases;
  }
  for (const json& e : j) {
    Case c;
    c.input = e.at("Input").get<std::string>();
    if (IsDateMode(suite.mode)) {
      c.reference = kDefaultReference;
      if (e.contains("Context") && e.at("Context").contains("ReferenceDateTime")) {
        const std::string r = e.at("Context").at("ReferenceDateTime").get<std::string>();
        if (r.size() >= 10) c.reference = r.substr(0, 10);
      }
    }
    const std::string low = LowerAscii(c.input);
    size_t from = 0;
    for (const json& r : e.at("Results")) {
      Expected x;
      x.text = r.at("Text").get<std::string>();
      size_t at = FindWord(low, LowerAscii(x.text), from);
      if (at == std::string::npos) at = FindWord(low, LowerAscii(x.text), 0);
      x.start = at == std::string::npos ? 0 : at;
      x.end = at == std::string::npos ? c.input.size() : at + x.text.size();
      from = x.end;
      if (IsDateMode(suite.mode)) {
        if (suite.mode == Mode::kDate && r.contains("Value")) {
          for (const char* side : {"FutureResolution", "PastResolution"}) {
            if (!r.at("Value").contains(side)) continue;
            const json& v = r.at("Value").at(side);
            if (v.contains("date") && v.at("date").is_string()) {
              if (auto d = RtDay(v.at("date").get<std::string>())) x.dates.emplace_back(*d, *d + 1);
            } else if (v.contains("startDate") && v.contains("endDate") && v.at("startDate").is_string() &&
                       v.at("endDate").is_string()) {
              auto a = RtDay(v.at("startDate").get<std::string>());
              auto b = RtDay(v.at("endDate").get<std::string>());
              if (a && b) x.dates.emplace_back(*a, *b);
            }
          }
        }
        c.expected.push_back(x);
        continue;
      }
      const json& res = r.at("Resolution");
      std::string v = res.contains("value") && res.at("value").is_string() ? res.at("value").get<std::string>() : "";
      if (suite.mode == Mode::kRange) {
        x.amount = ParseInterval(v);
      } else {
        x.amount = Amount::Value(ParseNumber(v, comma));
      }
      c.expected.push_back(x);
    }
    cases.push_back(std::move(c));
  }
  return cases;
}

bool Overlap(const Expected& e, const Predicted& p) { return e.whole || (p.start < e.end && p.end > e.start); }

std::string MachineLine() {
  std::string cpu = "unknown CPU";
  std::ifstream in("/proc/cpuinfo");
  for (std::string line; std::getline(in, line);) {
    if (line.rfind("model name", 0) == 0) {
      cpu = line.substr(line.find(':') + 2);
      break;
    }
  }
  utsname u{};
  uname(&u);
  return std::string(u.sysname) + " " + u.release + " " + u.machine + ", " + cpu;
}

std::string Pct(size_t a, size_t b) {
  if (b == 0) return "n/a";
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f%%", 100.0 * static_cast<double>(a) / static_cast<double>(b));
  return buf;
}

int Run(int argc, char** argv) {
  if (argc < 3) {
    std::cerr << "usage: peers_runner PEERS_DIR OUT.md [--show SUITE]\n";
    return 2;
  }
  const std::string dir = argv[1];
  const std::string out_path = argv[2];
  const std::string show = argc >= 5 && std::string(argv[3]) == "--show" ? argv[4] : "";
  const std::string rt = "recognizers-text/Specs/Number/";
  const std::string dt = "recognizers-text/Specs/DateTime/";
  const std::vector<Suite> suites = {
      {"RT en Number", rt + "English/NumberModel.json", "en", Mode::kNumber, false},
      {"RT en Percent", rt + "English/PercentModel.json", "en", Mode::kPercent, false},
      {"RT en NumberRange", rt + "English/NumberRangeModel.json", "en", Mode::kRange, false},
      {"RT es Number", rt + "Spanish/NumberModel.json", "es", Mode::kNumber, false},
      {"RT es Percent", rt + "Spanish/PercentModel.json", "es", Mode::kPercent, false},
      {"RT es NumberRange", rt + "Spanish/NumberRangeModel.json", "es", Mode::kRange, false},
      {"Duckling en Numeral", "duckling/Numeral/EN/Corpus.json", "en", Mode::kNumber, true},
      {"Duckling es Numeral", "duckling/Numeral/ES/Corpus.json", "es", Mode::kNumber, true},
      {"Duckling en AmountOfMoney", "duckling/AmountOfMoney/EN/Corpus.json", "en", Mode::kMoney, true},
      {"RT en Date", dt + "English/DateParser.json", "en", Mode::kDate, false},
      {"RT en DatePeriod", dt + "English/DatePeriodParser.json", "en", Mode::kDate, false},
      {"RT en Date spans", dt + "English/DateExtractor.json", "en", Mode::kDateSpan, false},
      {"RT en DatePeriod spans", dt + "English/DatePeriodExtractor.json", "en", Mode::kDateSpan, false},
      {"RT es Date", dt + "Spanish/DateParser.json", "es", Mode::kDate, false},
      {"RT es DatePeriod", dt + "Spanish/DatePeriodParser.json", "es", Mode::kDate, false},
      {"RT es Date spans", dt + "Spanish/DateExtractor.json", "es", Mode::kDateSpan, false},
      {"RT es DatePeriod spans", dt + "Spanish/DatePeriodExtractor.json", "es", Mode::kDateSpan, false},
  };
  std::map<std::string, std::unique_ptr<Recognizer>> recognizers;
  std::vector<Score> scores;
  for (const Suite& suite : suites) {
    std::ifstream f(dir + "/" + suite.path, std::ios::binary);
    if (!f) {
      std::cerr << dir << "/" << suite.path << ": cannot read\n";
      return 2;
    }
    std::string bytes((std::istreambuf_iterator<char>(f)), std::istreambuf_iterator<char>());
    if (bytes.rfind("\xEF\xBB\xBF", 0) == 0) bytes.erase(0, 3);
    json j;
    try {
      j = json::parse(bytes);
    } catch (const json::exception& e) {
      std::cerr << dir << "/" << suite.path << ": " << e.what() << "\n";
      return 2;
    }
    auto& rec = recognizers[suite.lang];
    if (!rec) {
      Status s = Recognizer::Load(DefaultRulesDir(), suite.lang, &rec);
      if (!s.ok()) {
        std::cerr << s.message() << "\n";
        return 2;
      }
    }
    Score sc;
    for (const Case& c : ReadSuite(suite, j)) {
      ++sc.cases;
      std::vector<std::string> texts;
      for (const Expected& e : c.expected) texts.push_back(e.text);
      std::string why = OutOfScope(suite.name + (suite.mode == Mode::kMoney ? " Money" : "") +
                                       (suite.mode == Mode::kPercent ? " Percent" : "") +
                                       (suite.mode == Mode::kRange ? " Range" : ""),
                                   c.input, texts);
      if (!why.empty()) {
        ++sc.excluded[why];
        continue;
      }
      ++sc.in_scope;
      RecognizeContext ctx;
      ctx.doc_date = c.reference;  // date suites: relative dates count from the case's reference day
      std::vector<Predicted> preds = Predict(c.input, rec->Recognize(c.input, ctx), suite.mode);
      // Whether a prediction has the expected value (extractor specs give none).
      auto right = [&](const Expected& e, const Predicted& p) {
        if (suite.mode == Mode::kDateSpan) return true;
        if (suite.mode == Mode::kDate) return p.days && SameDays(e, *p.days);
        return SameAmount(e.amount, p.amount, suite.mode == Mode::kMoney);
      };
      auto show_value = [&](const Predicted& p) {
        return IsDateMode(suite.mode) ? p.iso : Show(p.amount);
      };
      sc.expected += c.expected.size();
      sc.predicted += preds.size();
      std::vector<bool> used(preds.size(), false);
      std::string misses;
      for (const Expected& e : c.expected) {
        int pick = -1;
        for (size_t i = 0; i < preds.size(); ++i) {
          if (used[i] || !Overlap(e, preds[i])) continue;
          if (pick < 0) pick = static_cast<int>(i);
          if (right(e, preds[i])) {
            pick = static_cast<int>(i);
            break;
          }
        }
        if (pick < 0) {
          misses += "    missed   \"" + e.text + "\"" + (IsDateMode(suite.mode) ? "" : " = " + Show(e.amount)) + "\n";
          continue;
        }
        used[static_cast<size_t>(pick)] = true;
        ++sc.matched;
        if (right(e, preds[static_cast<size_t>(pick)])) {
          ++sc.value_ok;
        } else {
          misses += "    value    \"" + e.text + "\" expected " +
                    (IsDateMode(suite.mode) ? std::string("(date)") : Show(e.amount)) + ", got \"" +
                    preds[static_cast<size_t>(pick)].text + "\" = " + show_value(preds[static_cast<size_t>(pick)]) +
                    "\n";
        }
      }
      for (size_t i = 0; i < preds.size(); ++i) {
        if (!used[i]) misses += "    extra    \"" + preds[i].text + "\" = " + show_value(preds[i]) + "\n";
      }
      if (!misses.empty() && suite.name == show) std::cout << "  " << c.input << "\n" << misses;
    }
    scores.push_back(sc);
  }

  std::ostringstream md;
  char date[32];
  std::time_t now = std::time(nullptr);
  std::strftime(date, sizeof date, "%Y-%m-%d", std::gmtime(&now));
  md << "# Peer suites: how the figure recogniser scores\n\n"
     << "Generated by `make peers` (tools/peers/peers_runner) on " << date << ", " << MachineLine() << ".\n"
     << "The suites are read in place from `../shared/peers/` (see each folder's PROVENANCE.md); nothing is "
        "copied into this repository.\n\n"
     << "- **precision**: predictions that match an expected result / all predictions (in-scope cases)\n"
     << "- **recall**: expected results matched by a prediction whose span overlaps theirs (Duckling: any "
        "prediction, since the expected token is the whole input) / all expected results\n"
     << "- **value accuracy**: matched results whose value is right / matched results (target: 95%)\n"
     << "- **strict**: results found with the right value / all expected results\n\n"
     << "How mentions become predictions: Number suites take every count, percent, money, measure and "
        "duration value (a range gives both ends; a fraction or ratio such as \"two thirds\" its share, 0.667); "
        "Percent suites take percent mentions; NumberRange suites take ranges and more_than / at_least / "
        "less_than / at_most figures as intervals; AmountOfMoney takes money mentions with their ISO code "
        "(Duckling's Dollar is read as USD, the default currency, and Pound as GBP). Dates, ordinals and vague "
        "amounts are never number predictions.\n\n"
     << "Date suites (Recognizers-Text DateTime, English and Spanish) take every date mention. Each case is "
        "read with its ReferenceDateTime as the document date (" << kDefaultReference << ", the specs' usual one, "
        "when it names none), so year-less and relative dates resolve against it. The parser specs (Date, "
        "DatePeriod) compare values as day intervals: a date is right when it covers exactly the days of RT's "
        "future or past resolution (RT ends a period the day after it, so \"March 2016\" is 2016-03-01 to "
        "2016-04-01); a range starts on RT's first day and ends where RT ends it, at the start of its last part "
        "(\"from 4 to 22\" ends on the 22nd, \"2014-2018\" on 2018-01-01) or after its last day, since "
        "claimcheck includes the last part. A date narrowed by a modifier (\"early 2018\", \"a finales de "
        "marzo\") keeps the whole period in claimcheck by design and is right when its days hold RT's. The "
        "extractor specs (\"spans\") give no values: only precision and recall are scored.\n\n"
     << "| Suite | cases | in scope | expected | predicted | precision | recall | value accuracy | strict |\n"
     << "|---|---:|---:|---:|---:|---:|---:|---:|---:|\n";
  for (size_t i = 0; i < suites.size(); ++i) {
    const Score& s = scores[i];
    md << "| " << suites[i].name << " | " << s.cases << " | " << s.in_scope << " | " << s.expected << " | "
       << s.predicted << " | " << Pct(s.matched, s.predicted) << " | " << Pct(s.matched, s.expected) << " | "
       << (suites[i].mode == Mode::kDateSpan ? std::string("n/a") : Pct(s.value_ok, s.matched)) << " | "
       << (suites[i].mode == Mode::kDateSpan ? std::string("n/a") : Pct(s.value_ok, s.expected)) << " |\n";
  }
  md << "\n## Out of scope\n\nA case is left out when the first matching rule below applies to its input or "
        "to a text the suite expects (rules in tools/peers/peer_scope.cc; number suites and date suites have "
        "their own rules). Counts per suite:\n";
  for (const bool dates : {false, true}) {
    md << "\n| Rule | Why |";
    for (const Suite& s : suites) {
      if (IsDateMode(s.mode) == dates) md << " " << s.name << " |";
    }
    md << "\n|---|---|";
    for (const Suite& s : suites) {
      if (IsDateMode(s.mode) == dates) md << "---:|";
    }
    md << "\n";
    for (const ScopeRule& r : dates ? DateScopeRules() : ScopeRules()) {
      md << "| " << r.id << " | " << r.reason << " |";
      for (size_t i = 0; i < suites.size(); ++i) {
        if (IsDateMode(suites[i].mode) != dates) continue;
        auto it = scores[i].excluded.find(r.id);
        md << " " << (it == scores[i].excluded.end() ? 0 : it->second) << " |";
      }
      md << "\n";
    }
  }
  std::ofstream out(out_path);
  if (!out || !(out << md.str())) {
    std::cerr << out_path << ": cannot write\n";
    return 2;
  }
  std::cout << md.str();
  return 0;
}

}  // namespace
}  // namespace peers
}  // namespace claimcheck

int main(int argc, char** argv) { return claimcheck::peers::Run(argc, argv); }
