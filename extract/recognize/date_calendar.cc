#include "extract/recognize/date_calendar.h"

namespace claimcheck {

bool IsLeapYear(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int DaysInMonth(int y, int m) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12) return 0;
  return m == 2 && IsLeapYear(y) ? 29 : kDays[m - 1];
}

namespace {
// Reads exactly `width` digits at s[*i].
bool Digits(std::string_view s, size_t* i, int width, int* out) {
  if (*i + width > s.size()) return false;
  int v = 0;
  for (int k = 0; k < width; ++k) {
    const char c = s[*i + k];
    if (c < '0' || c > '9') return false;
    v = v * 10 + (c - '0');
  }
  *i += width;
  *out = v;
  return true;
}
}  // namespace

bool ParseIsoDate(std::string_view s, CivilDate* out) {
  CivilDate d;
  size_t i = 0;
  if (!Digits(s, &i, 4, &d.year) || !IsDateYear(d.year)) return false;
  if (i < s.size() && s[i] == '-') {
    ++i;
    if (!Digits(s, &i, 2, &d.month) || d.month < 1 || d.month > 12) return false;
    if (i < s.size() && s[i] == '-') {
      ++i;
      if (!Digits(s, &i, 2, &d.day) || d.day < 1 || d.day > DaysInMonth(d.year, d.month)) {
        return false;
      }
    }
  }
  if (i < s.size() && s[i] != 'T' && s[i] != ' ') return false;
  *out = d;
  return true;
}

CivilDate AddDays(CivilDate d, int days) {
  // Offsets are a few days at most, so stepping is simpler than converting
  // to a day count and back, and just as fast.
  while (days < 0) {
    if (--d.day == 0) {
      if (--d.month == 0) {
        d.month = 12;
        --d.year;
      }
      d.day = DaysInMonth(d.year, d.month);
    }
    ++days;
  }
  while (days > 0) {
    if (++d.day > DaysInMonth(d.year, d.month)) {
      d.day = 1;
      if (++d.month == 13) {
        d.month = 1;
        ++d.year;
      }
    }
    --days;
  }
  return d;
}

CivilDate AddMonths(CivilDate d, int months) {
  int total = d.year * 12 + (d.month - 1) + months;
  int y = total / 12;
  int m = total % 12;
  if (m < 0) {
    m += 12;
    --y;
  }
  return CivilDate{y, m + 1, 0};
}

namespace {
void AppendDigits(int v, int width, std::string* out) {
  char buf[8];
  for (int k = width - 1; k >= 0; --k) {
    buf[k] = static_cast<char>('0' + v % 10);
    v /= 10;
  }
  out->append(buf, static_cast<size_t>(width));
}
}  // namespace

std::string FormatIsoDate(const CivilDate& d) {
  std::string out;
  out.reserve(10);
  AppendDigits(d.year, 4, &out);
  if (d.month == 0) return out;
  out.push_back('-');
  AppendDigits(d.month, 2, &out);
  if (d.day == 0) return out;
  out.push_back('-');
  AppendDigits(d.day, 2, &out);
  return out;
}

std::string FormatIsoPeriod(int year, char letter, int index) {
  std::string out;
  out.reserve(7);
  AppendDigits(year, 4, &out);
  out.push_back('-');
  out.push_back(letter);
  AppendDigits(index, 1, &out);
  return out;
}

}  // namespace claimcheck
