// The range of values a written figure stands for, and the range of days a
// time scope covers. Internal to the checker.
#ifndef CLAIMCHECK_CLAIMS_CHECK_INTERVAL_H_
#define CLAIMCHECK_CLAIMS_CHECK_INTERVAL_H_

#include <string_view>

#include "claimcheck/figure.h"

namespace claimcheck::check {

struct Interval {
  double lo = 0;
  double hi = 0;
  bool lo_open = false;
  bool hi_open = false;
};

// Half the unit of the last digit written, widened for round numbers (whose
// trailing zeros may be rounding) but never by more than 2% of the value:
// "43" -> 0.5, "3.2" -> 0.05, "1.2 billion" -> 5e7, "400,000" -> 8000,
// "4,645" -> 0.5 for percents and 0 for counts (a count is whole).
double HalfPrecision(const Figure& f);

// The unit of the last digit written, not widened: "14,8 millones" ->
// 100,000, "1,150" -> 1, "3.2" -> 0.1; 0 for a figure in words or whose
// digits are not its value ("1 in 5").
double WrittenUnit(const Figure& f);

// The interval implied by the value, its precision and its qualifier.
Interval FigureInterval(const Figure& f);

bool Overlaps(const Interval& a, const Interval& b);

// How a qualifier bounds the value: a point estimate, a floor, a ceiling...
enum class Bound { kPoint, kFloor, kCeiling, kRange, kVague };
Bound BoundOf(Qualifier q);
// Whether a qualifier states a bound outright ("more than", "at least",
// "less than", "at most"); "nearly", which BoundOf reads as a ceiling, is
// a rounding, not a bound the writer sets.
bool StatedBound(Qualifier q);

// A time scope as a closed range of days since 1970-01-01.
struct DayRange {
  long lo = 0;
  long hi = 0;
};
// Parses "2018-03-05", "2018-03", "2018", "2018-Q1" and "A/B" ranges of those.
bool ParseTimeRange(std::string_view iso, DayRange* out);
// True when both times are stated, parse, and share no day.
bool TimesDisjoint(std::string_view a, std::string_view b);
// True when both are stated and share at least one day.
bool TimesOverlap(std::string_view a, std::string_view b);
// True when both are stated, parse, and every day of `a` comes after every
// day of `b`.
bool TimeAfter(std::string_view a, std::string_view b);
// The unit a duration is compared in, and the factor to it: years and
// months in months (a year is twelve), weeks, days, hours, minutes and
// seconds in seconds, so that "two years" meets "24 months" and "an hour
// and a half" meets "90 minutes". A month is no whole number of days or
// weeks: the two families stay apart. Any other unit: itself, factor 1.
double DurationScale(std::string_view unit, std::string* base);

// True when both are spans that run from a start to the time of writing
// ("since 2015", "desde 2005": "2015/..") and their starts share no day: a
// change since 2005 is not the change since 2015, though both spans reach
// today (TimesDisjoint cannot tell: an open end parses as no time).
bool SinceStartsDiffer(std::string_view a, std::string_view b);

// True when a period is a span open at a start ISO 8601 writes "2022/.."
// ("since 2022").
bool OpensAtStart(std::string_view period);

// True when both periods are spans within a year ("2026-01/2026-06",
// "2026-Q3", "2026-08"; not a bare year nor any span of a year), parse,
// and the longer runs at least half as long again as the shorter: one
// number cannot be the total of both (rec14a).
bool SpansOfUnlikeLength(std::string_view a, std::string_view b);

// True when both periods are spans of months from one start ("2026-01/2026-06"
// and "2026-01/2026-09": a half year and nine months) that end two months or
// more apart: one total cannot be both spans' (trial18). A month's difference
// is left alone: a running total "to October" in a story out in November for
// the release's "to September" is as often the story dating the same total by
// its own month (train: three false alarms of one month's difference, none of
// two). A bare year, a quarter, a day or an open span ("2015/..") is not
// compared here.
bool MonthSpansEndApart(std::string_view a, std::string_view b);

// True when both periods are twelve-month windows ("2025-11/2026-10", the
// year to October 2026) that end in different months: an annual rate or
// total over the year to September is another number than over the year to
// October, each month's window its own (rec16a: "rose 4.7% in the year to
// November" for the bulletin's 12 months to October).
bool YearWindowsEndApart(std::string_view a, std::string_view b);

// True when one period is a span of months lasting three years or more
// ("2016-05/2026-04", the past ten years) and the other lasts under half as
// long ("2025", "2021-04/2022-03"): a change over a decade is not the change
// of one year (rec21).
bool MultiYearSpanOutlasts(std::string_view a, std::string_view b);

}  // namespace claimcheck::check

#endif  // CLAIMCHECK_CLAIMS_CHECK_INTERVAL_H_
