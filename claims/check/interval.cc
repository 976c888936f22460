#include "claims/check/interval.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>

namespace claimcheck::check {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// Length of a digit-group separator at s[i] (",", ".", space, no-break space,
// thin space, narrow no-break space, apostrophe), or 0.
size_t SeparatorLen(std::string_view s, size_t i) {
  char c = s[i];
  if (c == ',' || c == '.' || c == ' ' || c == '\'') return 1;
  if (s.compare(i, 2, "\xC2\xA0") == 0) return 2;
  if (s.compare(i, 3, "\xE2\x80\x89") == 0 || s.compare(i, 3, "\xE2\x80\xAF") == 0) return 3;
  return 0;
}

bool Near(double a, double b) { return std::fabs(a - b) <= 1e-9 * (1 + std::fabs(a) + std::fabs(b)); }

// The first number written with digits in `text`: its digits without
// separators, and how many digits follow the last separator (-1 if none).
bool FirstNumeral(std::string_view text, std::string* digits, int* after_last_sep) {
  size_t i = 0;
  while (i < text.size() && !IsDigit(text[i])) ++i;
  if (i == text.size()) return false;
  digits->clear();
  *after_last_sep = -1;
  while (i < text.size()) {
    if (IsDigit(text[i])) {
      digits->push_back(text[i]);
      if (*after_last_sep >= 0) ++*after_last_sep;
      ++i;
      continue;
    }
    size_t n = SeparatorLen(text, i);
    // A separator only counts when a digit follows it ("1,000" but not "43, ").
    if (n == 0 || i + n >= text.size() || !IsDigit(text[i + n])) break;
    *after_last_sep = 0;
    i += n;
  }
  return true;
}

long DaysFromCivil(long y, unsigned m, unsigned d) {
  // Howard Hinnant's days_from_civil: exact for the proleptic Gregorian calendar.
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<long>(doe) - 719468;
}

unsigned DaysInMonth(long y, unsigned m) {
  static constexpr unsigned kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return m == 2 && leap ? 29 : kDays[m - 1];
}

bool ParseInt(std::string_view s, long* out) {
  if (s.empty() || s.size() > 9) return false;
  long v = 0;
  for (char c : s) {
    if (!IsDigit(c)) return false;
    v = v * 10 + (c - '0');
  }
  *out = v;
  return true;
}

// One ISO point of any precision, as the range of days it covers.
bool ParsePoint(std::string_view s, DayRange* out) {
  long y = 0, m = 0, d = 0;
  if (s.size() >= 10 && s.size() > 10 && s[10] == 'T') s = s.substr(0, 10);  // drop a time of day
  if (s.size() == 4 && ParseInt(s, &y)) {
    *out = {DaysFromCivil(y, 1, 1), DaysFromCivil(y, 12, 31)};
    return true;
  }
  if (s.size() == 7 && s[4] == '-' && s[5] == 'Q' && ParseInt(s.substr(0, 4), &y) &&
      ParseInt(s.substr(6, 1), &m) && m >= 1 && m <= 4) {
    unsigned first = static_cast<unsigned>(m * 3 - 2), last = static_cast<unsigned>(m * 3);
    *out = {DaysFromCivil(y, first, 1), DaysFromCivil(y, last, DaysInMonth(y, last))};
    return true;
  }
  // A half year as the frame's time writes it ("2027-H1"; its period
  // writes 2027-01/2027-06): trial115's "by the first half of 2027"
  // against "in the second half of 2027" was compared as unknown.
  if (s.size() == 7 && s[4] == '-' && s[5] == 'H' && ParseInt(s.substr(0, 4), &y) && (s[6] == '1' || s[6] == '2')) {
    const unsigned first = s[6] == '1' ? 1 : 7, last = first + 5;
    *out = {DaysFromCivil(y, first, 1), DaysFromCivil(y, last, DaysInMonth(y, last))};
    return true;
  }
  if (s.size() == 7 && s[4] == '-' && ParseInt(s.substr(0, 4), &y) && ParseInt(s.substr(5, 2), &m) &&
      m >= 1 && m <= 12) {
    unsigned mm = static_cast<unsigned>(m);
    *out = {DaysFromCivil(y, mm, 1), DaysFromCivil(y, mm, DaysInMonth(y, mm))};
    return true;
  }
  if (s.size() == 10 && s[4] == '-' && s[7] == '-' && ParseInt(s.substr(0, 4), &y) &&
      ParseInt(s.substr(5, 2), &m) && ParseInt(s.substr(8, 2), &d) && m >= 1 && m <= 12 && d >= 1 &&
      d <= static_cast<long>(DaysInMonth(y, static_cast<unsigned>(m)))) {
    long day = DaysFromCivil(y, static_cast<unsigned>(m), static_cast<unsigned>(d));
    *out = {day, day};
    return true;
  }
  return false;
}

}  // namespace

namespace {
// A share written as a unit fraction ("one in five", "1 in 5", "a fifth",
// "uno de cada cinco") is the nearest of its family: a writer picks one in
// four, five or six, so "one in five" stands for whatever is nearer 20% than
// 25% or 16.7% (trial9: "uno de cada cinco" for 21.3% drew an error). The
// half-width is the distance to the nearer midpoint, and never below the
// half point a whole percent has. Other shares: 0.5.
//
// A share of several parts ("four in ten", "seis de cada diez", "three out
// of five", "two thirds") is its writer's rounding to a step of its
// denominator: "four in ten" stands for anything that rounds to the nearest
// ten percent, 35% to 45% (trial17: "Four in ten" for 38.5% and "Seis de
// cada diez" for 61,3 % drew errors with a "correction"). The value alone
// gives the denominator in lowest terms ("four in ten" is two in five);
// half its step, never wider than the nearest ten percent, the coarsest
// step a house style rounds a share to. `of_parts`: the figure is written
// as parts of a whole (the recognizer's "percent.ratio", "percent.fraction"),
// not a percent in words ("forty per cent" rounds like 40%).
double FractionShareHalf(double v, bool of_parts) {
  if (v <= 0 || v >= 100) return 0.5;
  const double n = 100.0 / v;
  const double whole = std::round(n);
  if (whole < 2 || whole > 100 || std::fabs(n - whole) > 1e-6 * whole) {
    if (!of_parts) return 0.5;
    constexpr double kCoarsestHalf = 5.0;  // the nearest ten percent
    for (int m = 2; m <= 100; ++m) {
      const double parts = v * m / 100.0;
      if (std::fabs(parts - std::round(parts)) <= 1e-6 * m) return std::max(0.5, std::min(50.0 / m, kCoarsestHalf));
    }
    return 0.5;
  }
  if (whole < 3) return 0.5;
  const double lower_mid = (v + 100.0 / (whole + 1)) / 2;  // toward one in N+1
  const double upper_mid = (v + 100.0 / (whole - 1)) / 2;  // toward one in N-1
  return std::max(0.5, std::min(v - lower_mid, upper_mid - v));
}
}  // namespace

namespace {
// How written digits make value `v`: the digits after the decimal mark
// (`decimals`, -1 when no reading gives `v`) and the scale word's power
// (`scale`). `digits`, `after`: FirstNumeral's.
void ReadDigits(const std::string& digits, int after, double v, int* decimals, double* scale) {
  const double whole = std::stod(digits);
  static constexpr double kScales[] = {1, 1e3, 1e6, 1e9, 1e12};
  // Candidate readings: no decimals, or the last separator is the decimal
  // mark. "1,000" reads as a thousand before it reads as 1.000 thousand.
  // Before a scale word, three digits after the last separator read both
  // ways to the same value ("13.900 millones", "13,900 million": 13,900
  // million or 13.900 thousand million); a writer who groups digits before
  // "million" writes a count of millions, whose trailing zeros may be
  // rounding, so the grouping reading comes first there (eval10: "13.900
  // millones" for 13.910 millones was a value conflict at 0.5 million).
  const bool grouped = after == 3;
  const int tries[4][2] = {{0, 0}, {after, 0}, {grouped ? 0 : after, 1}, {grouped ? after : 0, 1}};
  for (const auto& t : tries) {
    int d = t[0];
    if (d < 0 || d > 12) continue;
    double num = whole / std::pow(10.0, d);
    for (double sc : kScales) {
      if (t[1] == 0 && sc != 1) break;
      if (Near(num * sc, v)) {
        *decimals = d;
        *scale = sc;
        break;
      }
    }
    if (*decimals >= 0) break;
  }
}
}  // namespace

double WrittenUnit(const Figure& f) {
  std::string digits;
  int after = -1;
  if (!FirstNumeral(f.text, &digits, &after)) return 0;
  int decimals = -1;
  double scale = 1;
  ReadDigits(digits, after, std::fabs(f.value.num), &decimals, &scale);
  return decimals < 0 ? 0 : scale / std::pow(10.0, decimals);
}

namespace {
// The recognizer's share rules (extract/recognize/percent.cc).
bool OfParts(const Figure& f) {
  auto ends = [&f](std::string_view tail) {
    return f.rule.size() >= tail.size() && f.rule.compare(f.rule.size() - tail.size(), tail.size(), tail) == 0;
  };
  return ends(".percent.ratio") || ends(".percent.fraction") || f.rule == "percent.ratio" ||
         f.rule == "percent.fraction";
}
}  // namespace

double HalfPrecision(const Figure& f) {
  const double v = std::fabs(f.value.num);
  std::string digits;
  int after = -1;
  if (!FirstNumeral(f.text, &digits, &after)) {
    // Written in words ("half", "twelve"): as exact as the words are, and a
    // round number in words rounds like one in digits ("forty-one thousand"
    // may stand for 41,300, as "41,000" may).
    if (f.kind == Kind::kPercent) return FractionShareHalf(v, OfParts(f));
    if (v < 1 || v > 1e15 || v != std::floor(v)) return 0.0;
    digits = std::to_string(static_cast<long long>(v));
    after = -1;
  }
  int decimals = -1;
  double scale = 1;
  ReadDigits(digits, after, v, &decimals, &scale);
  // The digits are not the value ("1 in 5" is 20%).
  if (decimals < 0) return f.kind == Kind::kPercent ? FractionShareHalf(v, OfParts(f)) : 0.0;
  double unit = scale / std::pow(10.0, decimals);
  double half = unit / 2;
  if (decimals == 0) {
    // Trailing zeros may be rounding: "400,000" may stand for 404,000.
    size_t zeros = 0;
    while (zeros + 1 < digits.size() && digits[digits.size() - 1 - zeros] == '0') ++zeros;
    if (zeros > 0) half = std::max(half, std::min(unit * std::pow(10.0, zeros) / 2, 0.02 * v));
  }
  return half;
}

namespace {
// Whether `f` is written with digits to three significant digits or more,
// its last significant digit not a 5 (a step writers round to).
bool PreciseHedge(const Figure& f) {
  std::string digits;
  int after = -1;
  if (!FirstNumeral(f.text, &digits, &after)) return false;
  const size_t first = digits.find_first_not_of('0');
  if (first == std::string::npos) return false;
  size_t last = digits.size();
  while (last > first + 1 && digits[last - 1] == '0') --last;
  return last - first >= 3 && digits[last - 1] != '5';
}
}  // namespace

bool StatedBound(Qualifier q) {
  return q == Qualifier::kMoreThan || q == Qualifier::kAtLeast || q == Qualifier::kLessThan || q == Qualifier::kAtMost;
}

Bound BoundOf(Qualifier q) {
  switch (q) {
    case Qualifier::kExact:
    case Qualifier::kApprox:
      return Bound::kPoint;
    case Qualifier::kMoreThan:
    case Qualifier::kAtLeast:
      return Bound::kFloor;
    case Qualifier::kNearly:
    case Qualifier::kLessThan:
    case Qualifier::kAtMost:
      return Bound::kCeiling;
    case Qualifier::kRange:
      return Bound::kRange;
    case Qualifier::kVague:
      return Bound::kVague;
  }
  return Bound::kPoint;
}

Interval FigureInterval(const Figure& f) {
  // A value below zero ("una caída de cerca del 40 %" is -40, "nearly
  // -40C"): its qualifier bounds the size, so the interval is the size's,
  // mirrored
  // (trial36: "cerca del 40 %" read as the empty span [-34, -40] and a
  // change of 39.9% called wrong).
  if (f.value.num < 0 && f.qualifier != Qualifier::kExact && f.qualifier != Qualifier::kRange) {
    Figure size = f;
    size.value.num = -f.value.num;
    const Interval m = FigureInterval(size);
    return {-m.hi, -m.lo, m.hi_open, m.lo_open};
  }
  const double v = f.value.num;
  const double h = HalfPrecision(f);
  // A target's bound is its threshold: "at least 75% of patients should
  // start within 62 days" sets 75%, so "the target is 85 per cent" misstates
  // it (trial27: 85 fell inside "at least 75" and read as supported).
  if (f.frame.modality == Modality::kTarget && StatedBound(f.qualifier)) {
    return {v - h, v + h, false, false};
  }
  switch (f.qualifier) {
    case Qualifier::kExact:
      // Rounding is half-open: "3" stands for [2.5, 3.5) and "four" for
      // [3.5, 4.5), so two whole numbers written side by side share no
      // value (trial40: "Four of those collisions were fatal" passed for the
      // source's "three", the two intervals touching at 3.5).
      return {v - h, v + h, false, h > 0};
    case Qualifier::kApprox: {
      // A hedge on a figure written to three significant digits or more,
      // the last not a 5 ("some 8,430", not "about 8,000" or "around
      // 1,750"), hedges the writer's own precise number, no rounding of
      // another: within half a percent, not ten (trial24: "Some 8,430
      // households" passed for the source's 8,340).
      if (PreciseHedge(f)) {
        const double w = std::max(h, 0.005 * std::fabs(v));
        return {v - w, v + w, false, false};
      }
      // A round hedge covers its own rounding ("around 1,900": the hundred,
      // so 1,850 to 1,950; "about 2,000": 1,500 to 2,500), and three per
      // cent at least for a figure written to three digits or more ("some
      // 45,000" for 43,800). Ten per cent either side let "rondó los 1.900
      // euros" pass for 1.812 (trial44), which a writer rounds to 1.800.
      {
        const double w = std::max(h, 0.03 * std::fabs(v));
        return {v - w, v + w, false, false};
      }
    }
    case Qualifier::kNearly:
      return {0.85 * v - h, v, false, true};
    case Qualifier::kMoreThan:
      return {v, 1.5 * v + h, true, false};
    case Qualifier::kAtLeast:
      return {v, 1.5 * v + h, false, false};
    case Qualifier::kLessThan:
      return {0, v, false, true};
    case Qualifier::kAtMost:
      return {0, v, false, false};
    case Qualifier::kRange: {
      double hi = f.value_max && !f.value_max->is_date() ? f.value_max->num : v;
      return {std::min(v, hi) - h, std::max(v, hi) + h, false, false};
    }
    case Qualifier::kVague: {
      // "hundreds" is [200, 1000): two or more of the named order of magnitude.
      if (v <= 0) return {0, 0, false, false};
      double m = std::pow(10.0, std::floor(std::log10(v) + 1e-9));
      return {2 * m, 10 * m, false, true};
    }
  }
  return {v - h, v + h, false, false};
}

bool Overlaps(const Interval& a, const Interval& b) {
  auto before = [](const Interval& x, const Interval& y) {  // x entirely below y
    if (x.hi < y.lo && !Near(x.hi, y.lo)) return true;
    if (Near(x.hi, y.lo)) return x.hi_open || y.lo_open;
    return false;
  };
  return !before(a, b) && !before(b, a);
}

bool ParseTimeRange(std::string_view iso, DayRange* out) {
  size_t slash = iso.find('/');
  if (slash == std::string_view::npos) return ParsePoint(iso, out);
  DayRange a, b;
  if (!ParsePoint(iso.substr(0, slash), &a) || !ParsePoint(iso.substr(slash + 1), &b)) return false;
  *out = {std::min(a.lo, b.lo), std::max(a.hi, b.hi)};
  return true;
}

bool TimesDisjoint(std::string_view a, std::string_view b) {
  DayRange ra, rb;
  if (a.empty() || b.empty() || !ParseTimeRange(a, &ra) || !ParseTimeRange(b, &rb)) return false;
  return ra.hi < rb.lo || rb.hi < ra.lo;
}

bool TimeAfter(std::string_view a, std::string_view b) {
  DayRange ra, rb;
  if (a.empty() || b.empty() || !ParseTimeRange(a, &ra) || !ParseTimeRange(b, &rb)) return false;
  return ra.lo > rb.hi;
}

bool TimesOverlap(std::string_view a, std::string_view b) {
  DayRange ra, rb;
  if (a.empty() || b.empty() || !ParseTimeRange(a, &ra) || !ParseTimeRange(b, &rb)) return false;
  return !(ra.hi < rb.lo || rb.hi < ra.lo);
}

double DurationScale(std::string_view unit, std::string* base) {
  struct Unit {
    std::string_view name, base;
    double factor;
  };
  static constexpr Unit kUnits[] = {{"year", "month", 12},       {"month", "month", 1},
                                    {"week", "second", 604800},  {"day", "second", 86400},
                                    {"hour", "second", 3600},    {"minute", "second", 60},
                                    {"second", "second", 1}};
  for (const Unit& u : kUnits) {
    if (u.name == unit) {
      base->assign(u.base);
      return u.factor;
    }
  }
  base->assign(unit);
  return 1;
}

namespace {

// The start of a span open at it ("2022/..", "since 2022"), parsed into
// `out`; false for any other period.
bool OpenStart(std::string_view period, DayRange* out) {
  constexpr std::string_view kOpen = "/..";
  return period.size() > kOpen.size() && period.substr(period.size() - kOpen.size()) == kOpen &&
         ParseTimeRange(period.substr(0, period.size() - kOpen.size()), out);
}

}  // namespace

bool OpensAtStart(std::string_view period) {
  DayRange r;
  return OpenStart(period, &r);
}

bool SinceStartsDiffer(std::string_view a, std::string_view b) {
  DayRange ra, rb;
  if (!OpenStart(a, &ra) || !OpenStart(b, &rb)) return false;
  return ra.hi < rb.lo || rb.hi < ra.lo;
}

bool SpansOfUnlikeLength(std::string_view a, std::string_view b) {
  auto bare_year = [](std::string_view t) { return t.size() == 4; };
  if (a.empty() || b.empty() || bare_year(a) || bare_year(b)) return false;
  DayRange ra, rb;
  if (!ParseTimeRange(a, &ra) || !ParseTimeRange(b, &rb)) return false;
  const double la = static_cast<double>(ra.hi - ra.lo + 1), lb = static_cast<double>(rb.hi - rb.lo + 1);
  // A year of any start ("2025-26", "the year to August") is as often the
  // span of another figure of the sentence, as a bare year is: not this rule
  // (labour-earnings-correction: "£612 a week" took "in the year to August"
  // from the pay growth beside it).
  if (std::max(la, lb) >= 365) return false;
  return std::max(la, lb) >= 1.5 * std::min(la, lb);
}

bool MonthSpansEndApart(std::string_view a, std::string_view b) {
  auto span = [](std::string_view p, int* y0, int* m0, int* y1, int* m1) {
    return p.size() == 15 && p[7] == '/' &&
           std::sscanf(std::string(p).c_str(), "%4d-%2d/%4d-%2d", y0, m0, y1, m1) == 4;
  };
  int ay0, am0, ay1, am1, by0, bm0, by1, bm1;
  if (!span(a, &ay0, &am0, &ay1, &am1) || !span(b, &by0, &bm0, &by1, &bm1)) return false;
  if (ay0 != by0 || am0 != bm0) return false;
  return std::abs((ay1 * 12 + am1) - (by1 * 12 + bm1)) >= 2;
}

bool YearWindowsEndApart(std::string_view a, std::string_view b) {
  auto window = [](std::string_view p, int* end) {
    int y0, m0, y1, m1;
    if (p.size() != 15 || p[7] != '/' ||
        std::sscanf(std::string(p).c_str(), "%4d-%2d/%4d-%2d", &y0, &m0, &y1, &m1) != 4) {
      return false;
    }
    *end = y1 * 12 + m1;
    return *end - (y0 * 12 + m0) == 11;
  };
  int ea, eb;
  return window(a, &ea) && window(b, &eb) && ea != eb;
}

bool MultiYearSpanOutlasts(std::string_view a, std::string_view b) {
  auto months = [](std::string_view p) {
    int y0, m0, y1, m1;
    if (p.size() != 15 || p[7] != '/' ||
        std::sscanf(std::string(p).c_str(), "%4d-%2d/%4d-%2d", &y0, &m0, &y1, &m1) != 4) {
      return 0;
    }
    return (y1 * 12 + m1) - (y0 * 12 + m0) + 1;
  };
  auto days = [](std::string_view p) {
    DayRange r;
    return ParseTimeRange(p, &r) ? static_cast<double>(r.hi - r.lo + 1) : 0.0;
  };
  auto outlasts = [&](std::string_view longer, std::string_view shorter) {
    const double dl = days(longer), ds = days(shorter);
    // Three years or more: a span of two may be a reader's "either year"
    // (a school year early in the next, both), not a length anyone stated.
    return months(longer) >= 36 && dl > 0 && ds > 0 && dl >= 2 * ds;
  };
  return outlasts(a, b) || outlasts(b, a);
}

}  // namespace claimcheck::check
