// peers_runner PEERS_DIR OUT.md [--show SUITE]
// Scores the recogniser on the peer suites kept under PEERS_DIR (the
// Recognizers-Text Number, Percent and NumberRange specs in English and
// Spanish; the Duckling Numeral EN/ES and AmountOfMoney EN corpora) and writes
// per-suite precision, recall and value accuracy to OUT.md. The suites are
// read in place. --show prints every in-scope miss of one suite.
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

enum class Mode { kNumber, kPercent, kRange, kMoney };

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
};

struct Predicted {
  size_t start = 0, end = 0;
  Amount amount;
  std::string text;
};

struct Suite {
  std::string name;  // "Recognizers-Text en NumberModel"
  std::string path;  // relative to the peers dir
  std::string lang;
  Mode mode;
  bool duckling;
};

struct Score {
  size_t cases = 0, in_scope = 0, expected = 0, predicted = 0, matched = 0, value_ok = 0;
  std::map<std::string, size_t> excluded;
};

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
};

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
    for (const json& n : j.value("negative", json::array())) cases.push_back(Case{n.get<std::string>(), {}});
    return cases;
  }
  for (const json& e : j) {
    Case c;
    c.input = e.at("Input").get<std::string>();
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
      std::vector<Predicted> preds = Predict(c.input, rec->Recognize(c.input, RecognizeContext()), suite.mode);
      sc.expected += c.expected.size();
      sc.predicted += preds.size();
      std::vector<bool> used(preds.size(), false);
      std::string misses;
      for (const Expected& e : c.expected) {
        int pick = -1;
        for (size_t i = 0; i < preds.size(); ++i) {
          if (used[i] || !Overlap(e, preds[i])) continue;
          if (pick < 0) pick = static_cast<int>(i);
          if (SameAmount(e.amount, preds[i].amount, suite.mode == Mode::kMoney)) {
            pick = static_cast<int>(i);
            break;
          }
        }
        if (pick < 0) {
          misses += "    missed   \"" + e.text + "\" = " + Show(e.amount) + "\n";
          continue;
        }
        used[static_cast<size_t>(pick)] = true;
        ++sc.matched;
        if (SameAmount(e.amount, preds[static_cast<size_t>(pick)].amount, suite.mode == Mode::kMoney)) {
          ++sc.value_ok;
        } else {
          misses += "    value    \"" + e.text + "\" expected " + Show(e.amount) + ", got \"" +
                    preds[static_cast<size_t>(pick)].text + "\" = " + Show(preds[static_cast<size_t>(pick)].amount) +
                    "\n";
        }
      }
      for (size_t i = 0; i < preds.size(); ++i) {
        if (!used[i]) misses += "    extra    \"" + preds[i].text + "\" = " + Show(preds[i].amount) + "\n";
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
     << "| Suite | cases | in scope | expected | predicted | precision | recall | value accuracy | strict |\n"
     << "|---|---:|---:|---:|---:|---:|---:|---:|---:|\n";
  for (size_t i = 0; i < suites.size(); ++i) {
    const Score& s = scores[i];
    md << "| " << suites[i].name << " | " << s.cases << " | " << s.in_scope << " | " << s.expected << " | "
       << s.predicted << " | " << Pct(s.matched, s.predicted) << " | " << Pct(s.matched, s.expected) << " | "
       << Pct(s.value_ok, s.matched) << " | " << Pct(s.value_ok, s.expected) << " |\n";
  }
  md << "\n## Out of scope\n\nA case is left out when the first matching rule below applies to its input or "
        "to a text the suite expects (rules in tools/peers/peer_scope.cc). Counts per suite:\n\n| Rule | Why |";
  for (const Suite& s : suites) md << " " << s.name << " |";
  md << "\n|---|---|";
  for (size_t i = 0; i < suites.size(); ++i) md << "---:|";
  md << "\n";
  for (const ScopeRule& r : ScopeRules()) {
    md << "| " << r.id << " | " << r.reason << " |";
    for (const Score& s : scores) {
      auto it = s.excluded.find(r.id);
      md << " " << (it == s.excluded.end() ? 0 : it->second) << " |";
    }
    md << "\n";
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
