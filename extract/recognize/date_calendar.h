// Calendar arithmetic and ISO 8601 formatting for the date recogniser.
#ifndef CLAIMCHECK_EXTRACT_RECOGNIZE_DATE_CALENDAR_H_
#define CLAIMCHECK_EXTRACT_RECOGNIZE_DATE_CALENDAR_H_

#include <string>
#include <string_view>

namespace claimcheck {

// Years a date may name. Outside this window a four-digit number is far
// more likely a count, a model number or a code than a year.
constexpr int kMinDateYear = 1800;
constexpr int kMaxDateYear = 2100;

inline bool IsDateYear(long y) { return y >= kMinDateYear && y <= kMaxDateYear; }
bool IsLeapYear(int y);
int DaysInMonth(int y, int m);  // m in 1..12

// A calendar date to the precision it was given: month and day are 0 when
// unknown ("2018" has month 0).
struct CivilDate {
  int year = 0;
  int month = 0;
  int day = 0;
};

// Reads "YYYY", "YYYY-MM" or "YYYY-MM-DD", optionally followed by a time
// ("2018-03-05T10:00:00Z"). False for anything else or an impossible date.
bool ParseIsoDate(std::string_view s, CivilDate* out);

// Moves a full date by `days` (may be negative).
CivilDate AddDays(CivilDate d, int days);
// Moves a year-month by `months` (may be negative); the day is dropped.
CivilDate AddMonths(CivilDate d, int months);

// "2018-03-05", "2018-03" or "2018", depending on the precision of `d`.
std::string FormatIsoDate(const CivilDate& d);
// "2018-Q1", "2017-H2".
std::string FormatIsoPeriod(int year, char letter, int index);

}  // namespace claimcheck

#endif  // CLAIMCHECK_EXTRACT_RECOGNIZE_DATE_CALENDAR_H_
