// The period a figure covers, apart from its as-of time: "in the first
// quarter of 2018" -> 2018-Q1, "since 2004" -> 2004/.., "in the year to June"
// -> the twelve months ending in June, "in the 2019-20 financial year" ->
// 2019/2020, "last year". A month or quarter written without a year is the
// most recent one not after the document's date ("In October" in March 2018
// is 2017-10). "by March 5" and "as of" give an as-of time, not a period.
#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include <string>

#include "extract/frame/reader.h"

namespace claimcheck::frame {
namespace {

struct Ymd {
  int y = 0, m = 0, d = 0;
};

bool ParseDate(const std::string& iso, Ymd* out) {
  if (iso.size() < 4) return false;
  for (int i = 0; i < 4; ++i) {
    if (iso[i] < '0' || iso[i] > '9') return false;
  }
  out->y = std::atoi(iso.substr(0, 4).c_str());
  out->m = iso.size() >= 7 && iso[4] == '-' && iso[5] >= '0' && iso[5] <= '9'
               ? std::atoi(iso.substr(5, 2).c_str())
               : 0;
  out->d = out->m && iso.size() >= 10 ? std::atoi(iso.substr(8, 2).c_str()) : 0;
  return true;
}

std::string Month(int y, int m) {
  while (m < 1) m += 12, --y;
  while (m > 12) m -= 12, ++y;
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d", y, m);
  return buf;
}

bool HasDigit(std::string_view t) {
  for (char c : t) {
    if (c >= '0' && c <= '9') return true;
  }
  return false;
}

// Whether the words near word `at`, in its stretch of the sentence, look
// ahead (rules: period.future_cues, future_cues_not_before and
// future_endings): "The charge will go up to £56 from April", "From
// December, crews ... will be able to", "La tasa subirá ... desde abril".
// Not past a colon, a semicolon or a clause break: "most employers will
// see lower bills: the average rate falls to 18.5% from April" (trial39).
// Back to the stretch's start however far ("14 bands will be promoted and 11
// relegated at the annual grading review in May": eval42), ahead ten words.
bool LooksAhead(const Sent& s, size_t at) {
  constexpr size_t kReachAhead = 10;
  auto ahead = [&s](size_t i) {
    if (!s.IsWord(i) || s.IsFig(i)) return false;
    if (s.r.future_cues.Has(s.words[i])) {
      return !(s.IsWord(i + 1) && s.r.future_not_before.Has(s.words[i + 1]));  // "would have been"
    }
    const std::string& l = s.words[i].lower;
    for (const std::string& e : s.r.future_endings) {
      if (l.size() > e.size() + 2 && l.compare(l.size() - e.size(), e.size(), e) == 0) return true;
    }
    return false;
  };
  auto wall = [&s](size_t i) { return s.IsPunct(i, ":") || s.IsPunct(i, ";") || s.IsClauseBreak(i); };
  for (size_t i = at; i-- > 0;) {
    if (wall(i)) break;
    if (ahead(i)) return true;
  }
  for (size_t i = at + 1; i < s.words.size() && i <= at + kReachAhead; ++i) {
    if (wall(i)) break;
    if (ahead(i)) return true;
  }
  return false;
}

// The first such month or quarter not before the document's (the next
// occurrence, for a sentence that looks ahead).
std::string NextOrSame(const std::string& doc_date, int month, int quarter) {
  Ymd doc;
  if (!ParseDate(doc_date, &doc) || !doc.m) return {};
  if (month) return Month(month >= doc.m ? doc.y : doc.y + 1, month);
  const int last_month = quarter * 3;
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-Q%d", last_month >= doc.m ? doc.y : doc.y + 1, quarter);
  return buf;
}

// A month or quarter named without a year: the most recent past, or in a
// sentence that looks ahead the next (or the document's own).
// A month just gone (one or two back) stays the recent one: "will go up to
// £56 from April", posted in May, tells of April's rise (trial55).
std::string Yearless(const Sent& s, size_t at, int month, int quarter, bool ahead) {
  Ymd doc;
  if (!(ahead || LooksAhead(s, at)) || !ParseDate(s.doc_date, &doc) || !doc.m) return MostRecentPast(s.doc_date, month, quarter);
  const int m = month ? month : quarter * 3;
  if (m < doc.m && doc.m - m <= 2) return MostRecentPast(s.doc_date, month, quarter);
  return NextOrSame(s.doc_date, month, quarter);
}

}  // namespace

bool SpanAhead(const std::string& period, const std::string& doc_date) {
  Ymd p, d;
  const std::string start = period.substr(0, period.find('/'));
  if (start.empty() || !ParseDate(start, &p) || !ParseDate(doc_date, &d) || !d.m) return false;
  if (start.size() == 7 && start[4] == '-' && start[5] == 'Q') p.m = (start[6] - '1') * 3 + 1;
  auto day = [](const Ymd& x) { return (x.y * 100 + (x.m ? x.m : 1)) * 100 + (x.d ? x.d : 1); };
  return day(p) > day(d);
}

// The date figure's span as ISO 8601, a year-less month or quarter moved to
// the most recent past, or, in a sentence that looks ahead, to the next
// (trial55: "will go up to £56 from April" in March 2026 read as since April
// 2025, a period conflict with the council's April 2026).
std::string DateSpan(const Sent& s, const Figure& d, bool ahead) {
  std::string iso = d.value.iso;
  // A relative date ("next month", "next year's March", "the second quarter
  // of next year") was resolved by the recogniser against the document's
  // date, forward where it says so: only a month named without a year ("in
  // October") moves to the most recent past. The recogniser's relative rules
  // are relative, relative_period and period_relative (date_recognizer.cc).
  const bool relative = d.rule.find(".date.relative") != std::string::npos ||
                        d.rule.find(".date.period_relative") != std::string::npos;
  // The date's first word, where LooksAhead reads around it.
  size_t at = 0;
  for (size_t j = 0; j < s.figs.size(); ++j) {
    if (s.figs[j] == &d) at = s.spans[j].first;
  }
  if (!HasDigit(d.text) && !s.doc_date.empty() && !relative) {
    Ymd x;
    if (ParseDate(iso, &x)) {
      if (iso.size() == 7 && iso[4] == '-' && iso[5] == 'Q') {
        iso = Yearless(s, at, 0, iso[6] - '0', ahead);
      } else if (iso.size() == 7 && x.m) {
        iso = Yearless(s, at, x.m, 0, ahead);
      }
    }
  }
  // A day written without its year ("from 1 December"), which the
  // recogniser dated in the most recent past: in a stretch that looks
  // ahead, the next one ("... said that from 1 December any crew waiting
  // longer than 45 minutes would be able to ...", eval15).
  if (!relative && iso.size() == 10 && s.doc_date.size() >= 10 && iso < s.doc_date.substr(0, 10)) {
    bool year_written = false;
    for (size_t i = 0; i + 4 <= d.text.size() && !year_written; ++i) {
      year_written = std::isdigit(static_cast<unsigned char>(d.text[i])) &&
                     std::isdigit(static_cast<unsigned char>(d.text[i + 1])) &&
                     std::isdigit(static_cast<unsigned char>(d.text[i + 2])) &&
                     std::isdigit(static_cast<unsigned char>(d.text[i + 3]));
    }
    if (!year_written && LooksAhead(s, at)) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "%04d", std::atoi(iso.substr(0, 4).c_str()) + 1);
      const std::string next = buf + iso.substr(4);
      if (next >= s.doc_date.substr(0, 10)) iso = next;
    }
  }
  if (d.value_max && d.value_max->is_date() && d.value_max->iso != iso) {
    std::string end = d.value_max->iso;
    Ymd e, a;
    if (!HasDigit(d.text) && !s.doc_date.empty() && !relative && end.size() == 7 && ParseDate(end, &e) && e.m &&
        end[5] != 'Q') {
      // A year-less span ("the year to June"): its end is the most recent
      // such month, its start the latest one not after the end.
      end = MostRecentPast(s.doc_date, e.m, 0);
      if (iso.size() == 7 && ParseDate(iso, &a) && a.m && ParseDate(end, &e)) {
        iso = Month(a.m <= e.m ? e.y : e.y - 1, a.m);
      }
    }
    return iso + "/" + end;
  }
  // A half year ("2019-H1" from "the first half of 2019") as its months, in
  // ISO 8601: 2019-01/2019-06.
  if (iso.size() == 7 && iso[4] == '-' && iso[5] == 'H' && (iso[6] == '1' || iso[6] == '2')) {
    const std::string y = iso.substr(0, 4);
    return iso[6] == '1' ? y + "-01/" + y + "-06" : y + "-07/" + y + "-12";
  }
  return iso;
}

namespace {

std::string ResolveRelative(const Sent& s, const frame::Relative& rel) {
  Ymd doc;
  if (!ParseDate(s.doc_date, &doc)) return {};
  char buf[96];
  // "A decade ago", "hace diez años": a round count of years, said as
  // readily of the year either side ("hace diez años" in May 2026 of a 2015
  // census, eval13): the span of the three. A year or two back is exact.
  if (rel.unit == "year" && rel.offset <= -10) {
    std::snprintf(buf, sizeof buf, "%04d/%04d", doc.y + rel.offset - 1, doc.y + rel.offset + 1);
    return buf;
  }
  if (rel.unit == "year") return std::to_string(doc.y + rel.offset);
  if (rel.unit == "prior_year") return std::to_string(doc.y - 1);
  if (rel.unit == "decade") {
    int start = (doc.y / 10 + rel.offset) * 10;
    std::snprintf(buf, sizeof buf, "%04d/%04d", start, start + 9);
    return buf;
  }
  if (!doc.m) return {};
  if (rel.unit == "month") return Month(doc.y, doc.m + rel.offset);
  if (rel.unit == "year_to_date") return Month(doc.y, 1) + "/" + Month(doc.y, doc.m);
  if (rel.unit == "first_months" && rel.offset >= 1 && rel.offset <= 12) {
    // The most recent year whose first N months are over by the document's
    // month ("the first half" in August 2024 is 2024-01/2024-06; in March,
    // 2023's).
    int y = rel.offset <= doc.m ? doc.y : doc.y - 1;
    return rel.offset == 12 ? std::to_string(y) : Month(y, 1) + "/" + Month(y, rel.offset);
  }
  if (rel.unit == "last_half") {
    // "the second half": July to December of the most recent year whose
    // second half has begun by the document's month ("in the second half"
    // in February 2026 is 2025's; in November, the current year's).
    int y = doc.m >= 7 ? doc.y : doc.y - 1;
    return Month(y, 7) + "/" + Month(y, 12);
  }
  if (rel.unit == "last_months" && rel.offset >= 1) {
    return Month(doc.y, doc.m - rel.offset) + "/" + Month(doc.y, doc.m - 1);
  }
  if (rel.unit == "season" && rel.offset >= 1 && rel.offset <= 12) {
    // "este curso" in January 2026 is the school year begun in September
    // 2025: twelve months from the latest start not after the document. In
    // the first months of a new one, "this course" is as often the year just
    // closed, whose figures come out that autumn ("han matriculado este
    // curso" in October 2026 of the 2025-2026 enrolment, trial24): unknown.
    // (A span of both would read as a stated two-year length elsewhere.)
    int y = doc.m >= rel.offset ? doc.y : doc.y - 1;
    const int months_in = (doc.m - rel.offset + 12) % 12;
    if (months_in < 4) return {};
    // Where the financial year is not the calendar year, a year named by
    // its two years ("2025/26", "the 2025-26 school year") is read in the
    // financial year's months (FiscalSpan); "this school year" names the
    // same year and is read in the same months, or "this school year" and
    // a release's "2025/26" are two windows ending apart (fahunt2).
    const int from = s.r.fiscal_start != 1 ? s.r.fiscal_start : rel.offset;
    return Month(y, from) + "/" + Month(y, from + 11);
  }
  if (rel.unit == "next_season" && rel.offset >= 1 && rel.offset <= 12) {
    // "la próxima temporada", "next school year": the next to start, this
    // year's when the document is dated in or before its starting month
    // ("para la próxima temporada" on 9 July 2026 of a 2026-2027 plan,
    // eval29), in the months of a season named by its two years (above).
    const int y = doc.m <= rel.offset ? doc.y : doc.y + 1;
    const int from = s.r.fiscal_start != 1 ? s.r.fiscal_start : rel.offset;
    return Month(y, from) + "/" + Month(y, from + 11);
  }
  if (rel.unit == "quarter") {
    int q = (doc.m - 1) / 3 + rel.offset;  // 0-based, may leave the year
    int y = doc.y;
    while (q < 0) q += 4, --y;
    while (q > 3) q -= 4, ++y;
    std::snprintf(buf, sizeof buf, "%04d-Q%d", y, q + 1);
    return buf;
  }
  if (!doc.d) return {};
  // Days and weeks: civil-from-days arithmetic on the document's date.
  auto days_from_civil = [](int y, int m, int d) {
    y -= m <= 2;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = y - era * 400;
    const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
  };
  auto civil = [](int z, Ymd* out) {
    z += 719468;
    const int era = (z >= 0 ? z : z - 146096) / 146097;
    const int doe = z - era * 146097;
    const int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const int mp = (5 * doy + 2) / 153;
    out->d = doy - (153 * mp + 2) / 5 + 1;
    out->m = mp < 10 ? mp + 3 : mp - 9;
    out->y = yoe + era * 400 + (out->m <= 2);
  };
  int z = days_from_civil(doc.y, doc.m, doc.d);
  Ymd a, b;
  if (rel.unit == "past_days" && rel.offset >= 1) {
    civil(z - rel.offset + 1, &a);
    civil(z, &b);
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d/%04d-%02d-%02d", a.y, a.m, a.d, b.y, b.m, b.d);
    return buf;
  }
  if (rel.unit == "day") {
    civil(z + rel.offset, &a);
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", a.y, a.m, a.d);
    return buf;
  }
  // week: Monday to Sunday of the shifted week
  int weekday = ((z % 7) + 7 + 3) % 7;  // 1970-01-01 was a Thursday: 0 = Monday
  int monday = z - weekday + 7 * rel.offset;
  civil(monday, &a);
  civil(monday + 6, &b);
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d/%04d-%02d-%02d", a.y, a.m, a.d, b.y, b.m, b.d);
  return buf;
}

// Word index before `i`, skipping determiners ("in the 2019-20 financial year").
long SkipDeterminersBack(const Sent& s, long i) {
  while (i >= 0 && s.IsWord(i) && s.r.determiners.Has(s.words[i])) --i;
  return i;
}

std::string ShiftDays(const std::string& iso, int days) {
  Ymd x;
  if (!ParseDate(iso, &x) || !x.m || !x.d) return {};
  auto days_from_civil = [](int y, int m, int d) {
    y -= m <= 2;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = y - era * 400;
    const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
  };
  int z = days_from_civil(x.y, x.m, x.d) + days + 719468;
  const int era = (z >= 0 ? z : z - 146096) / 146097;
  const int doe = z - era * 146097;
  const int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int mp = (5 * doy + 2) / 153;
  int d = doy - (153 * mp + 2) / 5 + 1;
  int m = mp < 10 ? mp + 3 : mp - 9;
  int y = yoe + era * 400 + (m <= 2);
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return buf;
}

// "the week ended March 31" -> the seven days ending on the date; "the three
// months to November" -> the months ending with the date's month. `before`
// is the word before the date (determiners skipped); empty when no match.
std::string EndingSpan(const Sent& s, long before, const std::string& span) {
  const FrameRules& r = s.r;
  if (before < 0 || !s.IsWord(before) || !r.span_to.Has(s.words[before])) return {};
  long unit = before - 1;
  // "the fiscal year that ended June 30, 2022": a relative word between.
  if (unit >= 1 && s.IsWord(unit) && (s.words[unit].lower == "that" || s.words[unit].lower == "which" ||
                                      s.words[unit].lower == "que")) {
    --unit;
  }
  // The unit word may lie inside a duration figure: "the three months to".
  if (unit < 0 || !s.words[unit].word) return {};
  Ymd x;
  std::string dated = span;
  // A day without its year ("--09-30"): the most recent one.
  if (dated.size() == 7 && dated.compare(0, 2, "--") == 0 && !s.doc_date.empty()) {
    std::string m = MostRecentPast(s.doc_date, std::atoi(dated.substr(2, 2).c_str()), 0);
    if (!m.empty()) dated = m + dated.substr(4);
  }
  if (!ParseDate(dated, &x)) return {};
  // "the quarter ended Sept. 30": the calendar quarter that ends then.
  const std::string& u = s.words[unit].lower;
  if ((u == "quarter" || u == "trimestre") && x.m && x.m % 3 == 0) {
    char buf[32];  // room for any int year and quarter: no truncation
    std::snprintf(buf, sizeof buf, "%04d-Q%d", x.y, x.m / 3);
    return buf;
  }
  // "the fiscal year that ended June 30, 2022", "the year ending March 2024":
  // the twelve months ending with the date's month.
  if ((u == "year" || u == "año" || u == "ejercicio" || r.fiscal.EndingAt(s.words, unit) != nullptr) && x.m) {
    return Month(x.y, x.m - 11) + "/" + Month(x.y, x.m);
  }
  if (r.week_words.Has(s.words[unit]) && span.size() == 10) {
    // "13 weeks to 27 September 2026": as many weeks ending on the date
    // (the count may be the duration figure the unit word stands in).
    int n = 1;
    if (s.IsFig(unit)) {
      const Figure& g = *s.figs[s.words[unit].fig];
      if (!g.value.is_date() && g.unit == "week") n = static_cast<int>(g.value.num);
    } else if (unit >= 1 && s.IsFig(unit - 1)) {
      const Figure& g = *s.figs[s.words[unit - 1].fig];
      if (!g.value.is_date() && g.kind == Kind::kCount) n = static_cast<int>(g.value.num);
    }
    if (n < 1 || n > 104) return {};
    return ShiftDays(span, -(7 * n - 1)) + "/" + span;
  }
  if (r.month_words.Has(s.words[unit]) && x.m) {
    int n = 0;
    if (s.IsFig(unit)) {
      const Figure& g = *s.figs[s.words[unit].fig];
      if (!g.value.is_date()) n = static_cast<int>(g.value.num);
    } else if (unit >= 1 && s.IsFig(unit - 1)) {
      const Figure& g = *s.figs[s.words[unit - 1].fig];
      if (!g.value.is_date()) n = static_cast<int>(g.value.num);
    } else if (unit >= 1 && s.IsWord(unit - 1)) {
      const CueSet::Phrase* p = r.number_words.At(s.words, unit - 1);
      if (p != nullptr) n = p->tag;
      if (n == 0) n = std::atoi(s.words[unit - 1].lower.c_str());
    }
    if (n >= 1 && n <= 24) {
      std::string last = span.substr(0, 7);
      return (n == 1 ? last : Month(x.y, x.m - n + 1)) + "/" + last;
    }
  }
  return {};
}

struct Candidate {
  std::string period;
  size_t at = 0;  // word index, for distance to the figure
};

// Whether the phrase at word i is "this month" ("este mes") after a month
// the sentence names: "al cierre de octubre de 2026, 3.215 más ..., un aumento
// habitual en este mes" means October, not the document's month (trial107:
// a November span for October's figures, two period warnings).
bool ThisMonthAfterNamed(const Sent& s, size_t i) {
  const CueSet::Phrase* rel = s.r.relative.At(s.words, i);
  if (rel == nullptr || s.r.relatives[rel->tag].unit != "month" || s.r.relatives[rel->tag].offset != 0) return false;
  for (size_t g = 0; g < s.figs.size() && s.spans[g].second <= i; ++g) {
    if (s.figs[g]->kind == Kind::kDate && DateSpan(s, *s.figs[g], false).size() == 7) return true;
  }
  return false;
}

}  // namespace

std::string MostRecentPast(const std::string& doc_date, int month, int quarter) {
  Ymd doc;
  if (!ParseDate(doc_date, &doc) || !doc.m) return {};
  if (month) return Month(month <= doc.m ? doc.y : doc.y - 1, month);
  int first_month = (quarter - 1) * 3 + 1;
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-Q%d", first_month <= doc.m ? doc.y : doc.y - 1, quarter);
  return buf;
}

namespace {

// A financial year: "2025-26", "the 2019-20 financial year", "fiscal 2018"
// (named by the year it ends in). Its months follow the place the sentence
// names (rules: period.fiscal_start_by_place), else the rules' default.
// Returns `span` unchanged when the date is not a financial year.
std::string FiscalSpan(const Sent& s, size_t j, const std::string& span) {
  const FrameRules& r = s.r;
  const Figure& d = *s.figs[j];
  const size_t first = s.spans[j].first, last = s.spans[j].second;
  bool word_after = s.IsWord(last) && r.fiscal.At(s.words, last) != nullptr;
  bool word_before = first >= 1 && s.IsWord(first - 1) && r.fiscal.EndingAt(s.words, first - 1);
  // "fiscal 2025", "FY 2024": the recogniser may take the fiscal word into
  // the date figure itself.
  word_before = word_before || (first + 1 < last && s.words[first].word && r.fiscal.At(s.words, first) != nullptr);
  // "2025-26": four digits, a dash, two digits.
  const std::string& t = d.text;
  bool short_pair = false;
  for (size_t i = 0; i + 7 <= t.size(); ++i) {
    auto dig = [&](size_t x) { return t[x] >= '0' && t[x] <= '9'; };
    if (dig(i) && dig(i + 1) && dig(i + 2) && dig(i + 3) && (t[i + 4] == '-' || t[i + 4] == '/') &&
        dig(i + 5) && dig(i + 6) && (i + 7 == t.size() || !dig(i + 7))) {
      short_pair = true;
    }
  }
  // A season or school year named by its two years ("el curso 2024-2025",
  // "the 2024-2025 season") is twelve months, not two calendar years: read
  // as 2024/2025 it overlapped the next one's 2025/2026, and "43.280 becas
  // en el curso 2024-2025" passed for the 43.280 of 2025-2026
  // (eval16-becas-comedor). A financial-year word wins.
  const CueSet::Phrase* season = nullptr;
  if (!word_after && !word_before) {
    if (first >= 1 && s.IsWord(first - 1)) season = r.seasons.EndingAt(s.words, first - 1);
    if (season == nullptr && s.IsWord(last)) season = r.seasons.At(s.words, last);
    // The recogniser may take the word into the date ("la temporada 2025-2026").
    if (season == nullptr && first + 1 < last && s.words[first].word) season = r.seasons.At(s.words, first);
  }
  if (!word_after && !word_before && !short_pair && season == nullptr) return span;
  int start = r.fiscal_start;
  for (size_t i = 0; i < s.words.size(); ++i) {
    if (const CueSet::Phrase* p = s.IsWord(i) ? r.fiscal_places.At(s.words, i) : nullptr) {
      start = p->tag;
      break;
    }
  }
  // Where the language's financial year is the calendar year, a season
  // starts in its own month (rules: period.season_start); elsewhere in the
  // financial year's, so that "2025-26" and "the 2025-2026 season" read as
  // one span (two twelve-month windows ending apart differ, pair.cc).
  if (start == 1 && season != nullptr) start = season->tag;
  Ymd a, b;
  if (!ParseDate(span.substr(0, 4), &a)) return span;
  int end_year = a.y;
  if (span.size() == 9 && span[4] == '/' && ParseDate(span.substr(5), &b) && b.y == a.y + 1) {
    end_year = b.y;
  } else if (span.size() != 4 || !(word_before || word_after)) {
    return span;
  }
  if (start == 1) return end_year == a.y ? std::to_string(end_year) : span;
  return Month(end_year - 1, start) + "/" + Month(end_year, start - 1);
}

// "the lowest since 2009", "the first time since 2010": a record's
// comparison, not the span any figure of the sentence covers.
bool RecordSince(const Sent& s, long before) {
  for (long i = before - 1; i >= 0 && i >= before - 3; --i) {
    if (!s.IsWord(i)) return false;
    const std::string& w = s.words[i].lower;
    if (w == "time" || w == "vez" || w == "nivel") continue;
    if (w.size() > 3 && (w.compare(w.size() - 3, 3, "est") == 0)) return true;
    // ("la cifra más alta desde": "más" before an adjective.)
    if (w == "most" || w == "least" || w == "first" || w == "primera" || w == "mayor" ||
        w == "menor" || w == "record" || w == "récord" || w == "más") {
      return true;
    }
  }
  return false;
}

// Whether the date starting at word `first` closes a record's since clause
// ("the highest since its creation in 2008", "la cifra más alta desde su
// creación en 2008"): a since word a few words back, after a superlative.
bool InRecordClause(const Sent& s, size_t first) {
  for (long i = static_cast<long>(first) - 1; i >= 0 && i >= static_cast<long>(first) - 7; --i) {
    if (!s.IsWord(static_cast<size_t>(i))) return false;
    if (s.r.since.Has(s.words[i]) && s.words[i].lower != "from") return RecordSince(s, i);
  }
  return false;
}

// The date whose word before (determiners skipped) is `before` is a
// baseline: a baseline cue right there ("compared with 2024", "9% on
// 2024"), or further back with only words naming the baseline between ("than
// in the same period of 2025", "un 31 % menos que la media del periodo de
// referencia 1991-2020"). `after_figure`: whether a cue that follows a
// figure ("over", "on") counts.
bool BaselineBefore(const Sent& s, long before, bool after_figure = true) {
  const FrameRules& r = s.r;
  constexpr long kMaxBaselineWords = 8;
  // The compared thing may be named between the cue and its date, as a
  // short noun phrase: "un 16,7 % más que la convocatoria ordinaria de
  // 2025", "casi un 17 % más que la ordinaria del año pasado" (eval40: the
  // baseline's year read as the figure's period).
  constexpr int kMaxNamingWords = 3;
  int naming = 0;
  for (long i = before, n = 0; i >= 0 && n <= kMaxBaselineWords; --i, ++n) {
    // "más que en octubre del año pasado": the month before the relative
    // year is a date of its own, passed over to the cue.
    // (So is the span's length: "up 6 per cent on the same three months of
    // last year": eval24, the 41,000 of July to September read as 2025's.)
    if (s.IsFig(static_cast<size_t>(i)) && (s.figs[s.words[i].fig]->kind == Kind::kDate ||
                                             s.figs[s.words[i].fig]->kind == Kind::kDuration)) {
      i = static_cast<long>(s.spans[s.words[i].fig].first);
      continue;
    }
    if (!s.IsWord(i)) return false;
    // The same month left as a word: "compared with October last year".
    if (i == before && r.months.Has(s.words[i])) continue;
    // Past a naming phrase only a comparison's "than" ("más que", "higher
    // than"): "a grade 7 or above in maths this summer" names no baseline.
    if (r.baseline.EndingAt(s.words, i) != nullptr && (naming == 0 || r.than.Has(s.words[i]))) return true;
    // (Not past a naming phrase: "£4.2 million on temporary accommodation
    // in 2025" spends, it compares nothing.)
    if (after_figure && naming == 0 && i >= 1 && s.IsFig(i - 1) && r.baseline_after_figure.Has(s.words[i])) return true;
    if (r.baseline_words.Has(s.words[i]) || r.determiners.Has(s.words[i])) continue;
    const Word& w = s.words[i];
    const uint8_t c = s.Classes(static_cast<size_t>(i));
    if (++naming > kMaxNamingWords || w.cap || r.stops.Has(w) || (c & kVerb) != 0) return false;
  }
  return false;
}

// The figure a date starting at word `first` belongs to when it dates the
// other value of a comparison: "frente a 3.910 millones de dólares en la
// cosecha 2024-25", "compared with 114 million in the same quarter of 2025",
// "down from 22.9 in 2024". Only words naming a span or the baseline may
// stand between that value and the date, and a baseline cue ("compared
// with", "frente a") or a contrast with an earlier value ("down from",
// "rather than": revision_contrast) right before the value. -1 when the date
// closes no such value.
long ComparedOwner(const Sent& s, size_t first) {
  const FrameRules& r = s.r;
  constexpr int kMaxWords = 6;
  long i = static_cast<long>(first) - 1;
  // ("against 76.5% on the same day last year": a point word too.)
  for (int n = 0; i >= 0 && n < kMaxWords && s.IsWord(static_cast<size_t>(i)) &&
                  (r.span.Has(s.words[i]) || r.point.Has(s.words[i]) || r.determiners.Has(s.words[i]) ||
                   r.baseline_words.Has(s.words[i]));
       --i, ++n) {
  }
  // The compared value may carry its counted noun before the span word:
  // "compared with 17 stations in 2024" dates the 17 (fa17: the sentence's
  // other figure took 2024 for its own).
  if (i >= 1 && s.IsWord(static_cast<size_t>(i)) && r.span.Has(s.words[static_cast<size_t>(i) + 1]) &&
      !s.words[i].cap && (s.Classes(static_cast<size_t>(i)) & kNoun) && s.IsFig(static_cast<size_t>(i) - 1)) {
    --i;
  }
  if (i < 0 || !s.IsFig(static_cast<size_t>(i))) return -1;
  const size_t g = static_cast<size_t>(s.words[i].fig);
  if (s.figs[g]->kind == Kind::kDate) return -1;
  const long before = SkipDeterminersBack(s, static_cast<long>(s.spans[g].first) - 1);
  // A multiplier is a comparison with the value after it: "more than three
  // times the 129 recorded in the same period of 2025" (eval30).
  if (before >= 0 && s.IsFig(static_cast<size_t>(before)) &&
      s.figs[s.words[before].fig]->kind == Kind::kMultiplier) {
    return static_cast<long>(g);
  }
  if (before < 0 || !s.IsWord(static_cast<size_t>(before))) return -1;
  // "down 11% from 5,183 in the third quarter of 2025": a change written
  // as a figure, then "from" (rules: change.from) its earlier value; the
  // date is that value's.
  const bool change_from = before >= 1 && r.change_from.Has(s.words[before]) && s.IsFig(static_cast<size_t>(before) - 1) &&
                           s.figs[s.words[before - 1].fig]->kind != Kind::kDate;
  // Or a cue that follows a change figure: "up 6% on the 67,350 recorded in
  // 2024" (eval41: 2024 read as the time of the sentence's other figures).
  const bool after_change = before >= 1 && r.baseline_after_figure.Has(s.words[before]) &&
                            s.IsFig(static_cast<size_t>(before) - 1) &&
                            s.figs[s.words[before - 1].fig]->kind == Kind::kPercent;
  if (!change_from && !after_change && r.baseline.EndingAt(s.words, before) == nullptr &&
      r.revision_contrast.EndingAt(s.words, before) == nullptr) {
    return -1;
  }
  return static_cast<long>(g);
}

// The figure a baseline date at figure `j` dates through a clause that
// follows it: "un 6,3 % más que en 2024, cuando sumaron 4.527 millones",
// "up 6.3% on 2024, when exports totalled 4,527 million". The clause opens
// right after the date (a comma between), and its first figure, within a few
// words, is the baseline's own value. -1 when no such clause follows.
long WhenOwner(const Sent& s, size_t j) {
  const FrameRules& r = s.r;
  size_t i = s.spans[j].second;
  if (s.IsPunct(i, ",")) ++i;
  if (!s.IsWord(i)) return -1;
  // "cuando", or a clause of time after its noun: "respecto a 2019, año en
  // que murieron 358 personas" (modality.time_relatives).
  if (!r.when_clause.Has(s.words[i])) {
    const CueSet::Phrase* p = s.IsWord(i + 1) ? r.time_relatives.At(s.words, i + 1) : nullptr;
    if (p == nullptr) return -1;
    i += p->stems.size();  // the clause's last opening word
  }
  constexpr size_t kMaxWords = 4;
  for (size_t n = 0, x = i + 1; x < s.words.size() && n <= kMaxWords; ++x, ++n) {
    if (s.IsFig(x)) {
      const size_t g = static_cast<size_t>(s.words[x].fig);
      return s.figs[g]->kind == Kind::kDate || s.figs[g]->value.is_date() ? -1 : static_cast<long>(g);
    }
    if (!s.IsWord(x)) return -1;
  }
  return -1;
}

// "The busiest month was August, when 246 dogs were taken in", "El mes con
// menos actividad fue agosto, con 14.210 donaciones": a month (words
// [i, i + len)) named after a copula whose subject is a month word or a
// superlative (rules: period.month_complement_subjects) is the period of
// the figure right after it, and of no other: "frente a las 18.930 de
// marzo" later in the sentence is March's. The figure's index, or -1.
long MonthComplementOwner(const Sent& s, size_t i, size_t len) {
  const FrameRules& r = s.r;
  const long verb = SkipDeterminersBack(s, static_cast<long>(i) - 1);
  if (verb < 1 || !s.IsWord(static_cast<size_t>(verb)) || !r.month_subject_verbs.Has(s.words[verb])) return -1;
  // Ten words: "El mes de más actividad de la historia de la red fue
  // noviembre" (eval12-transporte) names its month word ten words back.
  constexpr long kMaxSubjectWords = 10;
  bool subject = false;
  for (long x = verb - 1, n = 0; !subject && x >= 0 && n < kMaxSubjectWords && s.IsWord(static_cast<size_t>(x));
       --x, ++n) {
    subject = r.month_complement_subjects.Has(s.words[x]);
  }
  if (!subject) return -1;
  // Only a comma and a few words ("when", "with", "con") before the figure;
  // a short clause may name its own subject and verb first ("The standout
  // was August, when the port handled 214,500 TEU").
  constexpr size_t kMaxWords = 5;
  for (size_t x = i + len, n = 0; x < s.words.size() && n <= kMaxWords; ++x, ++n) {
    if (s.IsFig(x)) {
      const size_t g = static_cast<size_t>(s.words[x].fig);
      return s.figs[g]->kind == Kind::kDate || s.figs[g]->value.is_date() ? -1 : static_cast<long>(g);
    }
    if (!s.IsWord(x) && !s.IsPunct(x, ",")) return -1;
  }
  return -1;
}

// The word after a month opening its clause that may be its verb: the
// next word, or the word after an apposition naming what the month was
// ("November, the deadliest month of the year, saw 171 people killed":
// a month word or a superlative between two commas, rules:
// period.month_complement_subjects). s.words.size() when there is none.
// So is the word after a relative clause set off by commas that describes
// the month ("March, which includes the festival, was the busiest month";
// "April, when the festival fills the halls, was": eval47).
size_t SubjectVerbAfter(const Sent& s, size_t after) {
  if (s.IsWord(after)) return after;
  if (!s.IsPunct(after, ",")) return s.words.size();
  const std::string opener = s.IsWord(after + 1) ? s.words[after + 1].lower : std::string();
  const bool relative = opener == "which" || opener == "when" || opener == "cuando" || opener == "que";
  bool names = relative;
  const size_t max_words = relative ? 14 : 8;  // an apposition's words, or a relative clause's
  for (size_t x = after + 1, n = 0; x < s.words.size() && n <= max_words; ++x, ++n) {
    if (s.IsPunct(x, ",")) return names && s.IsWord(x + 1) ? x + 1 : s.words.size();
    if (!s.IsWord(x)) return s.words.size();
    names = names || s.r.month_complement_subjects.Has(s.words[x]);
  }
  return s.words.size();
}

// Every period the sentence states, with where it is; the same for each of
// its figures.
// The span of the nearest period stated before word i, a year earlier:
// "2025" -> "2024", "2025-Q2" -> "2024-Q2", "2025-01/2025-06" ->
// "2024-01/2024-06"; "" when none is, or it is open ("2019/..").
std::string YearBefore(const std::vector<Candidate>& cands, size_t i) {
  const Candidate* near = nullptr;
  for (const Candidate& c : cands) {
    if (c.at < i && (near == nullptr || c.at > near->at)) near = &c;
  }
  if (near == nullptr || near->period.find("..") != std::string::npos) return {};
  std::string out = near->period;
  for (size_t p = 0; p + 4 <= out.size(); ++p) {
    const bool start = p == 0 || out[p - 1] == '/';
    if (!start) continue;
    bool digits = true;
    for (size_t q = p; q < p + 4; ++q) digits = digits && std::isdigit(static_cast<unsigned char>(out[q]));
    if (!digits) return {};
    char buf[16];  // room for any int: no truncation
    std::snprintf(buf, sizeof buf, "%04d", std::stoi(out.substr(p, 4)) - 1);
    out.replace(p, 4, buf);
  }
  return out;
}

// Word `before` ends a publication verb, or the body after its "by" / "por"
// ("published by Northbridge City Council this week"; trial41: the week
// the report came out dated its figures): a date right after is when a
// document came out.
bool PublishedBefore(const Sent& s, long before) {
  if (before < 0 || !s.IsWord(static_cast<size_t>(before))) return false;
  if (s.r.publication_verbs.EndingAt(s.words, static_cast<size_t>(before)) != nullptr) return true;
  if (before >= 1 &&
      (s.words[before].lower == "in" || s.words[before].lower == "en" || s.words[before].lower == "of" ||
       s.words[before].lower == "de") &&
      s.IsWord(static_cast<size_t>(before - 1)) &&
      s.r.publication_nouns.EndingAt(s.words, static_cast<size_t>(before - 1)) != nullptr) {
    return true;
  }
  long i = before;
  while (i >= 0 && s.IsWord(static_cast<size_t>(i)) &&
         (s.words[i].cap || s.r.determiners.Has(s.words[i]) || s.words[i].lower == "of" || s.words[i].lower == "de")) {
    --i;
  }
  if (i == before || i < 1 || !s.IsWord(static_cast<size_t>(i))) return false;
  const std::string& by = s.words[i].lower;
  // "Revised figures from the Caldermoor Health Statistics Agency this week
  // show ... 43,950 referrals between July and September": the date after
  // a document and its body dates the document (eval26: "this week" was
  // the referrals' span). Rules: speaker.documents.
  if ((by == "from" || by == "de" || by == "del") && s.IsWord(static_cast<size_t>(i - 1)) &&
      s.r.documents.Has(s.words[i - 1])) {
    return true;
  }
  return (by == "by" || by == "por") && s.IsWord(static_cast<size_t>(i - 1)) &&
         s.r.publication_verbs.EndingAt(s.words, static_cast<size_t>(i - 1)) != nullptr;
}

// A date whose words end right before word `after` names a document or a
// count by when it was made, in the possessive (rules: dated_documents):
// "took part in this year's count" dates the count, not the figure (eval51:
// a survey of 2025 given this year).
bool NamesDocument(const Sent& s, size_t after) {
  // The possessive word may close the date's span or stand right after it
  // ("year's" is past the figure's "this year").
  if (s.IsWord(after) && s.words[after].possessive && s.IsWord(after + 1) &&
      s.r.dated_documents.At(s.words, after + 1) != nullptr) {
    return true;
  }
  return after > 0 && after - 1 < s.words.size() && s.words[after - 1].possessive && s.IsWord(after) &&
         s.r.dated_documents.At(s.words, after) != nullptr;
}

// Whether word `at` stands in an aside that comments on the figure before
// it: a comma, a noun that names no subject alone (rules' bad_heads:
// "figure", "level", "cifra", "nivel") after its determiners, and no figure
// of its own before `at`. "La DOP ya alcanza los 3,8 millones de botellas,
// una cifra impensable hace una década", "a level last seen in 2008": the
// date is when such a figure was out of reach or last seen, not the span the
// figure covers (trial62: the bottles were dated to 2015-2017).
bool InFigureAside(const Sent& s, size_t at) {
  for (size_t i = at; i-- > 0 && i + 8 > at;) {
    if (s.words[i].fig >= 0 && s.figs[static_cast<size_t>(s.words[i].fig)]->kind != Kind::kDate) return false;
    if (!s.IsPunct(i, ",")) continue;
    size_t n = i + 1;
    while (n < at && s.IsWord(n) && s.r.determiners.Has(s.words[n])) ++n;
    return n < at && n > i + 1 && s.IsWord(n) && s.r.bad_heads.Has(s.words[n]);
  }
  return false;
}

// A relative phrase at word i (n words) right before a reporting,
// publishing or revising verb, after the clause's subject, dates the act,
// not a figure: "The statistics office this week corrected its food figure
// upward: shoppers paid 6.1% more ..." (trial100: the week became the
// inflation figures' span and time).
bool ActWhen(const Sent& s, size_t i, size_t n) {
  const size_t after = i + n;
  const long before = SkipDeterminersBack(s, static_cast<long>(i) - 1);
  return after < s.words.size() && s.IsWord(after) && !s.InName(after) &&
         (s.r.speaker_verbs.Has(s.words[after]) || s.r.revision.At(s.words, after) != nullptr ||
          s.r.publication_verbs.At(s.words, after) != nullptr) &&
         !(s.Classes(after) & kNoun) && before >= 0 && s.IsWord(static_cast<size_t>(before)) &&
         !s.r.span.Has(s.words[static_cast<size_t>(before)]) &&
         s.r.point.EndingAt(s.words, static_cast<size_t>(before)) == nullptr;
}

std::vector<Candidate> SentencePeriods(const Sent& s) {
  const FrameRules& r = s.r;
  std::vector<Candidate> cands, weak;
  for (size_t j = 0; j < s.figs.size(); ++j) {
    const Figure& d = *s.figs[j];
    if (d.kind != Kind::kDate || !d.value.is_date()) continue;
    const size_t first = s.spans[j].first, last = s.spans[j].second;
    long before = SkipDeterminersBack(s, static_cast<long>(first) - 1);
    std::string span = DateSpan(s, d, false);
    if (span.empty()) continue;
    // "al cierre de octubre de 2026, 3.215 más ..., un aumento habitual en
    // este mes": "this month" after a month the sentence names is that
    // month, not the document's (trial107: a November span for October's
    // figures, two period warnings).
    if (ThisMonthAfterNamed(s, first)) continue;
    // "up 14% compared with 2024", "un 6% más respecto a 2024": the change's
    // baseline, not a span any figure covers.
    // Unless a clause after it gives that baseline's value ("que en 2024,
    // cuando sumaron 4.527 millones"): the date is then that value's period
    // (its owner, below).
    if (before >= 0 && BaselineBefore(s, before)) {
      // (Its span read as any other: "más que en el curso 2025-2026, cuando
      // se concedieron 43.280 becas" is that school year's.) So is a date
      // whose compared value is a span of time: "63 closure days in 2025,
      // compared with 41 days in 2024" dates the 41 days (eval46), which
      // BaselineBefore passes over as it passes "the same three months".
      if (WhenOwner(s, j) >= 0 || ComparedOwner(s, first) >= 0) cands.push_back({FiscalSpan(s, j, span), first});
      continue;
    }
    // "published in March as 6,020": when a document came out (trial12).
    if (PublishedBefore(s, before) || (d.value.iso.size() == 4 && NamesDocument(s, last))) continue;
    if (InFigureAside(s, first)) continue;
    const std::string written = span;
    span = FiscalSpan(s, j, span);
    const bool fiscal_span = span != written;
    // "so far this year": a relative phrase that ends with the date and
    // starts before it says which part of the date's span.
    if (last >= 1 && first >= 1) {
      const CueSet::Phrase* p = r.relative.EndingAt(s.words, last - 1);
      if (p != nullptr && p->stems.size() > last - first) {
        std::string rel = ResolveRelative(s, r.relatives[p->tag]);
        if (!rel.empty()) {
          cands.push_back({rel, first});
          continue;
        }
      }
    }
    if (std::string e = EndingSpan(s, before, span); !e.empty()) {
      cands.push_back({e, first});
      continue;
    }
    if (before >= 0 && s.IsWord(before)) {
      if (const CueSet::Phrase* p = r.year_to.EndingAt(s.words, before)) {
        // Twelve months ending with the date's month.
        Ymd x;
        if (ParseDate(span, &x) && x.m && span.size() == 7) {
          cands.push_back({Month(x.y, x.m - 11) + "/" + span, first});
        }
        (void)p;
        continue;
      }
      if (r.point.EndingAt(s.words, before) != nullptr) continue;
      // "Desde la temporada 2015-2016", "since the 2019/20 season": a season
      // noun between the cue and its date.
      long since_at = before;
      if (const CueSet::Phrase* p = r.seasons.EndingAt(s.words, before)) {
        long b = SkipDeterminersBack(s, before - static_cast<long>(p->stems.size()));
        if (b >= 0 && s.IsWord(b) && r.since.EndingAt(s.words, b) != nullptr) since_at = b;
      }
      if (r.since.EndingAt(s.words, since_at) != nullptr) {
        if (RecordSince(s, since_at)) continue;
        const bool from = s.words[since_at].lower == "from";
        if (fiscal_span && !from) {
          // "since 2015-16", "desde la temporada 2015-2016": open from the
          // season's first month (eval22: read as the season alone, a fall
          // "since 2005" was compared as agreeing with it).
          cands.push_back({span.substr(0, span.find('/')) + "/..", first});
        } else if (d.value_max || fiscal_span) {
          // "from 2010 to 2018" is a closed span; so is "from 2024-25 to
          // 2026-27", two financial years the recogniser left apart: from
          // the first's start to the second's end (trial40: read as the
          // first year alone, £18.6m over three years agreed with "a year").
          if (fiscal_span && from && s.IsWord(last) && r.span_to.Has(s.words[last]) && s.IsFig(last + 1)) {
            const size_t k2 = static_cast<size_t>(s.words[last + 1].fig);
            if (s.figs[k2]->kind == Kind::kDate && s.figs[k2]->value.is_date()) {
              const std::string second = FiscalSpan(s, k2, DateSpan(s, *s.figs[k2], false));
              const size_t a = span.find('/'), b = second.find('/');
              if (a != std::string::npos && b != std::string::npos && second > span) {
                cands.push_back({span.substr(0, a) + "/" + second.substr(b + 1), first});
                continue;
              }
            }
          }
          cands.push_back({span, first});
        } else {
          cands.push_back({span + "/..", first});
        }
        continue;
      }
      if (r.span.EndingAt(s.words, before) != nullptr) {
        // "the highest since records began in 1971": the record's start,
        // not a span the figure covers.
        bool record_start = false;
        if (before >= 1 && s.IsWord(before - 1)) {
          const std::string& v = s.words[before - 1].lower;
          if (v == "began" || v == "begun" || v == "started" || v == "comenzaron" ||
              v == "empezaron") {
            for (long i = before - 2; i >= 0 && i >= before - 5; --i) {
              if (s.IsWord(i) && r.since.Has(s.words[i])) record_start = true;
            }
          }
        }
        // "down 11 percent since Mayor Delgado took office in 2021": a
        // since clause a few words back opens the span at the date.
        bool since_clause = false;
        // "the highest since its creation in 2008", "la cifra más alta
        // desde su creación en 2008": a record's clause dates the record's
        // start, no span of the figure (trial41).
        bool record_clause = false;
        for (long i = before - 1; !record_start && i >= 0 && i >= before - 7; --i) {
          // An ordinal word is part of the clause ("since the disease was
          // first confirmed in 2012"; eval22: it cut the clause off).
          const bool ordinal = s.words[i].fig >= 0 && s.figs[s.words[i].fig]->kind == Kind::kOrdinal &&
                               s.words[i].word;
          if (ordinal) continue;
          if (!s.IsWord(i)) break;
          if (r.since.Has(s.words[i]) && s.words[i].lower != "from") {
            record_clause = RecordSince(s, i);
            since_clause = !record_clause;
            break;
          }
        }
        if (since_clause && !d.value_max && !fiscal_span) {
          cands.push_back({span + "/..", first});
        } else if (!record_start && !record_clause) {
          cands.push_back({span, first});
        }
        continue;
      }
    }
    // Without a cue: a relative phrase ("last year") or a fiscal year; else
    // a year, quarter or month standing alone ("Dengue cases: 14,220
    // (2023)", "third quarter 2023 net income") is used when nothing better
    // is found. A day is an as-of date.
    bool relative = r.relative.At(s.words, first) != nullptr;
    bool fiscal = fiscal_span || (s.IsWord(last) && r.fiscal.At(s.words, last) != nullptr);
    // A season or campaign named by its year ("para la campaña de 2027",
    // "the 2027 season"): the span the figure is given for, not a bare year
    // that a span stated elsewhere in the sentence outranks (eval19: a
    // forecast for the 2027 campaign took the first quarter in which the
    // order fixing it is to be published).
    bool season = first >= 1 && s.IsWord(first - 1) && r.seasons.EndingAt(s.words, first - 1) != nullptr;
    season = season || (first >= 2 && s.IsOf(first - 1) && s.IsWord(first - 2) &&
                        r.seasons.EndingAt(s.words, first - 2) != nullptr);
    season = season || (s.IsWord(last) && r.seasons.At(s.words, last) != nullptr);
    // A span of years written as one ("para el periodo 2026-2030", "el plan
    // 2026-2030"): a stated span, not a bare year; a date before the figure
    // that names when the plan was approved ("aprobó en diciembre un plan de
    // 180 millones ... para 2026-2030") does not outrank it (trial35: the
    // plan's five years were read as December).
    const bool years_range = d.value_max && d.value_max->is_date() && d.value.iso.size() == 4 &&
                             d.value_max->iso.size() == 4 && d.value_max->iso != d.value.iso;
    if (relative || fiscal || season || years_range) {
      cands.push_back({span, first});
    } else if (d.value.iso.size() < 10) {
      weak.push_back({span, first});
    }
  }
  // Relative phrases the recogniser left as words: "so far this year", "last week".
  for (size_t i = 0; i < s.words.size(); ++i) {
    // An ordinal may start the phrase: "los primeros nueve meses".
    if (!s.words[i].word) continue;
    const CueSet::Phrase* p = r.relative.At(s.words, i);
    if (p == nullptr) continue;
    bool covered = false;
    for (size_t x = i; x < i + p->stems.size() && x < s.words.size(); ++x) {
      // A duration inside the phrase ("the first nine months") is part of it.
      covered = covered || (s.words[x].fig >= 0 && s.figs[s.words[x].fig]->kind == Kind::kDate);
    }
    long before = SkipDeterminersBack(s, static_cast<long>(i) - 1);
    const std::string& unit = r.relatives[p->tag].unit;
    const bool calendar = unit == "year" || unit == "prior_year" || unit == "month" || unit == "quarter" ||
                          unit == "week" || unit == "day";
    bool point = before >= 0 && s.IsWord(before) &&
                 (r.point.EndingAt(s.words, before) != nullptr || BaselineBefore(s, before, calendar));
    // "12% más que un año antes", "higher than the year before": the
    // baseline of a comparison, no span a figure covers.
    const bool compared = unit == "prior_year" && before >= 0 && s.IsWord(before) && r.than.Has(s.words[before]);
    // "figures published this week show": when the figures came out, as
    // for a date after a publication verb above (fa17: a September price
    // fall dated to the week of its publication).
    // Right after a reporting verb and before "that" or a clause's end, it
    // dates the saying: "said this week that its members took £412 million
    // ... between July and September" (eval36: the week became the takings'
    // span). Not a word that may be a noun ("decarbonisation projects last
    // year"), nor a date that opens the verb's object ("reported third
    // quarter 2023 net income").
    const size_t after_phrase = i + p->stems.size();
    const bool said_when =
        before >= 0 && s.IsWord(static_cast<size_t>(before)) && s.r.speaker_verbs.Has(s.words[before]) &&
        !s.InName(static_cast<size_t>(before)) && !(s.Classes(static_cast<size_t>(before)) & kNoun) &&
        // (A participle right after a figure is no saying: "on the 17,195
        // recorded the year before", trial101.)
        !(before >= 1 && s.IsFig(static_cast<size_t>(before) - 1)) &&
        (after_phrase >= s.words.size() || !s.IsWord(after_phrase) || s.words[after_phrase].lower == "that" ||
         s.words[after_phrase].lower == "que");
    const bool published =
        PublishedBefore(s, before) || said_when || (unit == "year" && NamesDocument(s, after_phrase)) ||
        ActWhen(s, i, p->stems.size());
    // "the first half of the month", "la primera quincena de octubre": a
    // part of a month, not of the year the phrase's unit counts in
    // (trial104: a month's fall dated January to June).
    const bool of_month = (unit == "first_months" || unit == "last_half") && s.IsWord(after_phrase) &&
                          (s.words[after_phrase].lower == "of" || s.words[after_phrase].lower == "de") &&
                          [&] {
                            size_t x = after_phrase + 1;
                            while (x < s.words.size() && s.IsWord(x) && r.determiners.Has(s.words[x])) ++x;
                            return x < s.words.size() && s.IsWord(x) &&
                                   (s.words[x].lower == "month" || s.words[x].lower == "mes" ||
                                    r.months.At(s.words, x) != nullptr);
                          }();
    if (!covered && !point && !compared && !published && !of_month && !InFigureAside(s, i)) {
      std::string span;
      // "fell to £3.2 million in 2025, from £3.6 million the year before",
      // "612 en 2025, frente a 598 el año anterior": the year before the
      // period the sentence states before it. With none stated, "the year
      // before" is the year before one the text leaves unsaid, not the
      // document's year before: "rose to 14, from 11 the year before" in a
      // March 2026 release on 2025's results dates the 11 in 2024, not 2025
      // (eval12-mining), and so does "casi el 12 %, frente al 10,2 % de un
      // año antes" in a May 2026 blog on 2025's report (eval12-libros),
      // where a word stands between the value and the phrase. The span is
      // then unknown.
      if (unit == "prior_year") {
        span = YearBefore(cands, i);
      } else {
        span = ResolveRelative(s, r.relatives[p->tag]);
      }
      if (!span.empty()) cands.push_back({span, i});
    }
    i += p->stems.size() - 1;
  }
  // Month names the recogniser left as words: "in the year to June".
  for (size_t i = 0; i < s.words.size(); ++i) {
    if (!s.IsWord(i)) continue;
    const CueSet::Phrase* m = r.months.At(s.words, i);
    if (m == nullptr || s.doc_date.empty()) continue;
    long before = SkipDeterminersBack(s, static_cast<long>(i) - 1);
    // "Agosto fue el mes con más fallecidos (128)", "Por meses, septiembre
    // fue el más trágico": the month opening its clause as the subject.
    const size_t after = i + m->stems.size();
    const size_t verb = SubjectVerbAfter(s, after);
    if ((before < 0 || s.IsPunct(static_cast<size_t>(before), ",") || s.IsPunct(static_cast<size_t>(before), ";")) &&
        verb < s.words.size() && r.month_subject_verbs.Has(s.words[verb])) {
      std::string month = Yearless(s, i, m->tag, 0, false);
      if (!month.empty()) cands.push_back({month, i});
      continue;
    }
    if (MonthComplementOwner(s, i, m->stems.size()) >= 0) {
      std::string month = Yearless(s, i, m->tag, 0, false);
      if (!month.empty()) cands.push_back({month, i});
      continue;
    }
    if (before < 0 || !s.IsWord(before)) continue;
    std::string month = Yearless(s, i, m->tag, 0, false);
    Ymd x;
    if (month.empty() || !ParseDate(month, &x)) continue;
    if (std::string e = EndingSpan(s, before, month); !e.empty()) {
      cands.push_back({e, i});
    } else if (r.year_to.EndingAt(s.words, before) != nullptr) {
      cands.push_back({Month(x.y, x.m - 11) + "/" + month, i});
    } else if (r.since.EndingAt(s.words, before) != nullptr) {
      cands.push_back({month + "/..", i});
    } else if (r.span.EndingAt(s.words, before) != nullptr && s.words[i].cap) {
      cands.push_back({month, i});
    }
  }
  // "in the third quarter" without a year: the most recent one.
  for (size_t i = 0; i < s.words.size() && !s.doc_date.empty(); ++i) {
    if (!s.IsWord(i)) continue;
    const CueSet::Phrase* q = r.quarters.At(s.words, i);
    if (q == nullptr) continue;
    size_t after = i + q->stems.size();
    if (s.IsWord(after) && (s.words[after].lower == "of" || s.words[after].lower == "del")) continue;
    if (s.IsFig(after)) continue;  // "third quarter 2023" is a date figure
    long before = SkipDeterminersBack(s, static_cast<long>(i) - 1);
    if (before >= 0 && s.IsWord(before) && r.span.EndingAt(s.words, before) != nullptr) {
      cands.push_back({Yearless(s, i, 0, q->tag, false), i});
    }
  }
  if (cands.empty()) cands = weak;
  // "from early daffodil benches in April to the last of the onion and leek
  // classes in late September": two months, "from" a few words before the
  // first and "to" a few words before the second, in one clause, are one
  // span from the first to the second (trial76: the 212 shows were April's).
  constexpr size_t kSpanReach = 12;
  auto cue_before = [&s](size_t at, size_t floor, const CueSet& cues) {
    for (size_t i = at; i > floor && at - i < kSpanReach; --i) {
      if (s.IsFig(i - 1) || s.IsClauseBreak(i - 1) || s.IsPunct(i - 1, ";")) return false;
      if (s.IsWord(i - 1) && cues.Has(s.words[i - 1])) return true;
    }
    return false;
  };
  auto month = [](const std::string& p) { return p.size() == 7 && p[4] == '-' && p[5] != 'Q'; };
  for (size_t c = 0; c + 1 < cands.size(); ++c) {
    Candidate& a = cands[c];
    const Candidate& b = cands[c + 1];
    if (!month(a.period) || !month(b.period) || !(a.period < b.period) || b.at <= a.at) continue;
    if (!cue_before(a.at, 0, r.since) || !cue_before(b.at, a.at + 1, r.span_to)) continue;
    a.period += "/" + b.period;
    cands.erase(cands.begin() + static_cast<long>(c) + 1);
  }
  return cands;
}

// How many months an ISO span lasts: "2025" 12, "2025-Q4" 3, "2025-10" 1,
// "2025-04/2026-03" 12; 0 when it is open, a day or unread.
int SpanMonths(const std::string& span) {
  const size_t slash = span.find('/');
  Ymd a, b;
  if (slash == std::string::npos) {
    if (!ParseDate(span, &a)) return 0;
    if (span.size() == 4) return 12;
    if (span.size() == 7 && span[5] == 'Q') return 3;
    if (span.size() == 7 && a.m) return 1;
    return 0;
  }
  const std::string first = span.substr(0, slash), last = span.substr(slash + 1);
  if (!ParseDate(first, &a) || !ParseDate(last, &b)) return 0;
  if (first.size() == 4 && last.size() == 4) return 12 * (b.y - a.y + 1);
  if (first.size() != 7 || last.size() != 7 || !a.m || !b.m || first[5] == 'Q' || last[5] == 'Q') return 0;
  const int n = (b.y - a.y) * 12 + b.m - a.m + 1;
  return n > 0 ? n : 0;
}

// "The council obtained 6,780 liability orders during the year": a phrase
// that points back to the span the document reports on, which its title
// names (Sent::doc_span), when that span lasts as long as the phrase says
// (a year, a quarter; rules: period.document_*). Not where the phrase is
// part of another ("in the year to June", "the year before") or a baseline
// ("than in the quarter").
std::string DocumentSpan(const Sent& s) {
  const FrameRules& r = s.r;
  if (s.doc_span.empty()) return {};
  const int months = SpanMonths(s.doc_span);
  if (months == 0) return {};
  // A title's span that ends after the document came out names an edition,
  // not the span reported on ("Barómetro del Pádel en España 2025", out in
  // February 2025 on the year 2024: trial59 dated "durante el año" 2025).
  // The sentence before's span, as long as the phrase says, is then meant.
  Ymd published;
  std::string span = s.doc_span;
  if (ParseDate(s.doc_date, &published) && published.m) {
    const std::string last = span.substr(span.find('/') == std::string::npos ? 0 : span.find('/') + 1);
    Ymd end;
    if (ParseDate(last, &end)) {
      const int end_month = last.size() == 7 && last[5] == 'Q' ? (last[6] - '0') * 3 : end.m ? end.m : 12;
      if (end.y * 12 + end_month > published.y * 12 + published.m) span = s.prev_span;
    }
  }
  if (span.empty() || SpanMonths(span) != months) return {};
  for (size_t i = 0; i < s.words.size(); ++i) {
    if (!s.IsWord(i)) continue;
    const CueSet::Phrase* p = r.document_span.At(s.words, i);
    if (p == nullptr) continue;
    const size_t end = i + p->stems.size();
    bool other = s.IsFig(end) || (s.IsWord(end) && r.span_to.Has(s.words[end]));
    for (size_t x = i; x < end && !other; ++x) {
      other = r.relative.At(s.words, x) != nullptr || r.year_to.At(s.words, x) != nullptr;
    }
    const long before = SkipDeterminersBack(s, static_cast<long>(i) - 1);
    other = other || (before >= 0 && s.IsWord(static_cast<size_t>(before)) && BaselineBefore(s, before));
    if (!other && (p->tag == 0 || p->tag == months)) return span;
    i = end - 1;
  }
  return {};
}

}  // namespace

// A title without date figures: the recogniser reads no bare year as a
// date ("Planning applications statistics, 2025"), so its one year word, or
// a financial year "2025-26" (months from rules: period.fiscal_start), and no
// other number.
std::string TitleYear(const Sent& s) {
  std::string out;
  for (size_t i = 0; i < s.words.size(); ++i) {
    if (!s.words[i].word) continue;
    // A masthead may run on into its publication line ("..., 2025
    // Published: 18 June 2026"): what follows is when it came out.
    if (s.IsWord(i) && s.r.publication_verbs.At(s.words, i) != nullptr) break;
    if (s.IsFig(i)) continue;  // a date figure: read by TitleSpan
    const std::string& w = s.words[i].lower;
    if (w.find_first_of("0123456789") == std::string::npos) continue;
    auto digits = [&w](size_t from, size_t n) {
      return w.size() >= from + n && w.find_first_not_of("0123456789", from) >= from + n;
    };
    if (!digits(0, 4)) return {};
    const int y = std::atoi(w.substr(0, 4).c_str());
    if (y < 1900 || y > 2100) return {};
    std::string span;
    if (w.size() == 4) {
      span = w;
      // "2025-26" may be three tokens.
      if ((s.IsPunct(i + 1, "-") || s.IsPunct(i + 1, "/")) && s.words.size() > i + 2 && s.words[i + 2].word) {
        const std::string& n = s.words[i + 2].lower;
        if (n.size() == 2 && n.find_first_not_of("0123456789") == std::string::npos &&
            std::atoi(n.c_str()) == (y + 1) % 100) {
          span = w + "-" + n;
          i += 2;
        }
      }
    } else if ((w.size() == 7 || w.size() == 9) && (w[4] == '-' || w[4] == '/') && digits(5, w.size() - 5)) {
      const int next = std::atoi(w.substr(5).c_str());
      if (next != (w.size() == 7 ? (y + 1) % 100 : y + 1)) return {};
      span = w.substr(0, 4) + "-" + std::to_string((y + 1) % 100 + 100).substr(1);
    } else {
      return {};
    }
    if (span.size() > 4) {
      // A financial year, named by the rules' start month; none where it is
      // the calendar year (a two-year span then).
      if (s.r.fiscal_start == 1) return {};
      span = Month(y, s.r.fiscal_start) + "/" + Month(y + 1, s.r.fiscal_start - 1);
    }
    if (!out.empty() && out != span) return {};
    out = span;
  }
  return out;
}

std::string TitleSpan(const Sent& s) {
  // A title is short: a sentence of the body names its span in more words.
  constexpr size_t kMaxTitleWords = 16;
  size_t words = 0;
  for (const Word& w : s.words) words += w.word ? 1 : 0;
  if (words > kMaxTitleWords) return {};
  // Nor does it end in a full stop: "All comparisons with 2024-25 in this
  // edition use the revised figure." under a revision notice is a sentence
  // of the body, not the title (trial69: its span taken for the document's).
  if (!s.words.empty() && s.IsPunct(s.words.size() - 1, ".")) return {};
  if (s.figs.empty()) return TitleYear(s);
  for (const Figure* d : s.figs) {
    if (d->kind != Kind::kDate || !d->value.is_date()) return {};
  }
  // The spans the line states, read as any sentence's are ("year to June
  // 2026" is twelve months); exactly one of them, lasting whole months.
  std::string out;
  for (const Candidate& c : SentencePeriods(s)) {
    if (SpanMonths(c.period) == 0 || c.period == out) continue;
    // "Published: March 2026": when the document came out, not what it
    // reports on (SentencePeriods passes over "published in March" only).
    long before = static_cast<long>(c.at) - 1;
    if (before >= 0 && s.IsPunct(static_cast<size_t>(before), ":")) --before;
    if (before >= 0 && s.IsWord(static_cast<size_t>(before)) &&
        s.r.publication_verbs.EndingAt(s.words, static_cast<size_t>(before)) != nullptr) {
      continue;
    }
    if (!out.empty()) return {};
    out = c.period;
  }
  // The dates were a day ("Road Casualties, 2025 Published: 18 June
  // 2026"): the title's year may stand as a word.
  return out.empty() ? TitleYear(s) : out;
}

std::string OnlySpan(const Sent& s) {
  if (!s.periods_ready) {
    s.periods_ready = true;
    for (Candidate& c : SentencePeriods(s)) s.periods.emplace_back(std::move(c.period), c.at);
  }
  std::string out;
  for (const auto& p : s.periods) {
    if (!out.empty() && p.first != out) return {};
    out = p.first;
  }
  return out;
}

namespace {

// "The service budget of £1.36m would be cut by almost a third, to
// £950,000, in 2026/27", "£1.2m rose to £1.5m in 2025": a date at word `at`
// written right after the level a move from figure k reached dates that
// level, not the level the move started from (trial37: the current budget
// was given the next year's, a period false alarm against the source's
// 2025/26). Only for a level with no move of its own.
bool ReachedLevelDate(const Sent& s, size_t k, const Frame& frame, size_t at) {
  if (frame.measure != Measure::kLevel || frame.direction != Direction::kNone) return false;
  long i = static_cast<long>(at) - 1;
  auto passed = [&](long x) {
    const size_t u = static_cast<size_t>(x);
    return s.IsPunct(u, ",") || (s.IsWord(u) && (s.r.span.Has(s.words[u]) || s.r.determiners.Has(s.words[u])));
  };
  while (i >= 0 && passed(i)) --i;
  if (i < 0 || !s.IsFig(static_cast<size_t>(i))) return false;
  const size_t j = static_cast<size_t>(s.words[static_cast<size_t>(i)].fig);
  if (j <= k || s.figs[j]->kind != s.figs[k]->kind || s.figs[j]->value.is_date()) return false;
  const size_t jf = s.spans[j].first;
  if (jf == 0 || !s.IsWord(jf - 1) || !s.r.change_to.Has(s.words[jf - 1])) return false;
  for (size_t x = s.spans[k].second; x + 1 < jf; ++x) {
    if (s.IsWord(x) && s.r.change_words.At(s.words, x) != nullptr) return true;
  }
  return false;
}

}  // namespace

void ReadPeriod(const Sent& s, size_t k, Frame* frame) {
  const Figure& f = *s.figs[k];
  if (f.kind == Kind::kDate) return;
  if (!s.periods_ready) {
    s.periods_ready = true;
    for (Candidate& c : SentencePeriods(s)) s.periods.emplace_back(std::move(c.period), c.at);
  }
  if (!s.period_owners_ready) {
    s.period_owners_ready = true;
    // "down from 21.6% a year earlier": a span ending in "earlier", "ago"
    // dates the baseline, so it belongs to the figure right before it only.
    s.period_owner.assign(s.periods.size(), Sent::kNotBaseline);
    for (size_t c = 0; c < s.periods.size(); ++c) {
      const size_t at = s.periods[c].second;
      // "4.380 millones, frente a 3.910 millones en la cosecha 2024-25": the
      // date of the compared value is that value's only.
      if (s.IsFig(at) && s.figs[s.words[at].fig]->kind == Kind::kDate) {
        // "£138 million (Q3 2025/26: £129 million)": a results statement's
        // comparative in brackets dates the figure after its colon, and no
        // other (eval10-retail-q3: the year before's quarter dated the
        // current profit and its 7.0% rise).
        size_t date_end = s.spans[static_cast<size_t>(s.words[at].fig)].second;
        // A financial year's second half left as words: "Q3 2025/26".
        if ((s.IsPunct(date_end, "/") || s.IsPunct(date_end, "-")) && s.IsWord(date_end + 1) &&
            s.words[date_end + 1].lower.size() == 2 && std::isdigit(static_cast<unsigned char>(s.words[date_end + 1].lower[0]))) {
          date_end += 2;
        }
        if (at >= 1 && s.IsPunct(at - 1, "(") && s.IsPunct(date_end, ":") && s.IsFig(date_end + 1)) {
          const size_t g = static_cast<size_t>(s.words[date_end + 1].fig);
          if (s.figs[g]->kind != Kind::kDate && !s.figs[g]->value.is_date()) {
            s.period_owner[c] = static_cast<long>(g);
            continue;
          }
        }
        if (const long g = ComparedOwner(s, at); g >= 0) s.period_owner[c] = g;
        // "más que en 2024, cuando sumaron 4.527 millones": a baseline date
        // dates the value of the clause after it, and no other figure.
        const size_t dj = static_cast<size_t>(s.words[at].fig);
        const long before = SkipDeterminersBack(s, static_cast<long>(s.spans[dj].first) - 1);
        if (before >= 0 && BaselineBefore(s, before)) {
          if (const long g = WhenOwner(s, dj); g >= 0) s.period_owner[c] = g;
        }
        continue;
      }
      if (!s.IsWord(at)) continue;
      if (const CueSet::Phrase* m = s.r.months.At(s.words, at)) {
        if (const long g = MonthComplementOwner(s, at, m->stems.size()); g >= 0) {
          s.period_owner[c] = g;
          continue;
        }
      }
      const CueSet::Phrase* p = s.r.relative.At(s.words, at);
      if (p == nullptr) continue;
      const size_t end = at + p->stems.size() - 1;
      if (end >= s.words.size()) continue;
      const std::string& w = s.words[end].lower;
      // (Spanish writes "ago" first: "frente a las 49 que había hace una
      // década", eval41, read as the 63's span.)
      if (w != "earlier" && w != "ago" && w != "before" && w != "anterior" && w != "antes" &&
          s.words[at].lower != "hace") {
        continue;
      }
      long prev = -1;
      for (size_t j = 0; j < s.figs.size(); ++j) {
        if (s.figs[j]->kind != Kind::kDate && s.spans[j].second <= at) prev = static_cast<long>(j);
      }
      // ("Hace dos años el alquiler medio costaba 900 euros": leading the
      // sentence it dates what follows.)
      if (prev < 0 && s.words[at].lower == "hace") continue;
      s.period_owner[c] = prev;
    }
    // "Emissions intensity of 0.61 tonnes ..., compared with 0.67 in
    // 2024": a period written right after a baseline's value (the value
    // after "compared with", "against", "frente a") dates that value only;
    // read as the sentence's, it dated the 0.61 in 2024 (eval12-mining).
    for (size_t c = 0; c < s.periods.size(); ++c) {
      if (s.period_owner[c] != Sent::kNotBaseline) continue;
      long i = static_cast<long>(s.periods[c].second) - 1;
      // Span words, and one comma before them: "frente a las 49 del censo
      // anterior, de 2019" (eval41: 2019 read as the 63's period).
      bool comma = false;
      for (int n = 0; n < 3 && i >= 0; ++n, --i) {
        if (!comma && n > 0 && s.IsPunct(static_cast<size_t>(i), ",")) {
          comma = true;
          continue;
        }
        if (!s.IsWord(i) || !(s.r.span.Has(s.words[i]) || s.r.determiners.Has(s.words[i]) ||
                              s.r.baseline_words.Has(s.words[i]))) {
          break;
        }
      }
      // The baseline's value may carry its counted noun and a participle
      // phrase before the span: "an increase of 23.1% on the 1,963 dogs
      // taken in during 2024" dates the 1,963 (eval17: read as the
      // sentence's, 2024 dated the 23.1% rise of 2025), "compared with 49
      // in the previous census of 2019". Lower-case words only, no other
      // punctuation: a name opens another statement.
      constexpr int kMaxValueWords = 5;
      if (i >= 0 && i < static_cast<long>(s.periods[c].second) - 1 && !s.IsFig(static_cast<size_t>(i))) {
        for (int n = 0; n < kMaxValueWords && i >= 0 && s.IsWord(static_cast<size_t>(i)) && !s.words[i].cap; ++n) --i;
      }
      if (i < 0 || i == static_cast<long>(s.periods[c].second) - 1 || !s.IsFig(static_cast<size_t>(i))) continue;
      const size_t j = static_cast<size_t>(s.words[static_cast<size_t>(i)].fig);
      if (s.figs[j]->kind == Kind::kDate || s.figs[j]->value.is_date()) continue;
      const long cue = SkipDeterminersBack(s, static_cast<long>(s.spans[j].first) - 1);
      // Or a change written as a figure, then "from" and its earlier value
      // (rules: change.from), as ComparedOwner reads a date: "a decrease of
      // 19% from the 1,416 deaths certified in 2024".
      // A comma may stand before "from": "fell 10.8% to £96.5 million, from
      // £108.2 million in the same period last year" (trial97).
      const long before_from = cue >= 2 && s.IsPunct(static_cast<size_t>(cue) - 1, ",") ? cue - 2 : cue - 1;
      const bool change_from = cue >= 1 && s.IsWord(cue) && s.r.change_from.Has(s.words[cue]) &&
                               before_from >= 0 && s.IsFig(static_cast<size_t>(before_from)) &&
                               s.figs[s.words[before_from].fig]->kind != Kind::kDate;
      if (cue >= 0 && s.IsWord(cue) && (BaselineBefore(s, cue) || change_from)) {
        s.period_owner[c] = static_cast<long>(j);
      }
    }
  }
  // The nearest period to the figure, from the figure's own clause when
  // that clause states one: in "X rose 5% in 2023, while Y fell 3% in the
  // first half" each figure keeps its own.
  const size_t a = s.spans[k].first, a_end = s.spans[k].second;
  auto clause = [&s](size_t i) { return s.Clause(i); };
  auto foreign_baseline = [&](size_t c) {
    return s.period_owner[c] != Sent::kNotBaseline && s.period_owner[c] != static_cast<long>(k);
  };
  const size_t own = clause(a);
  bool any_own = false;
  for (size_t c = 0; c < s.periods.size() && !any_own; ++c) {
    any_own = clause(s.periods[c].second) == own && !foreign_baseline(c);
  }
  // "fell to 18.4, down from 22.9 in 2024", "rose from 41,000 in 2023 to
  // 57,000": a period written right after the figure's own earlier value
  // dates that value, not this one.
  auto earlier_value_period = [&](size_t c) {
    if (!frame->previous) return false;
    long i = static_cast<long>(s.periods[c].second) - 1;
    for (int n = 0; n < 3 && i >= 0 && s.IsWord(i) &&
                    (s.r.span.Has(s.words[i]) || s.r.determiners.Has(s.words[i]));
         ++n) {
      --i;
    }
    if (i < 0 || !s.IsFig(static_cast<size_t>(i))) return false;
    const size_t j = static_cast<size_t>(s.words[static_cast<size_t>(i)].fig);
    if (j == k) return false;
    const Figure& p = *s.figs[j];
    return p.kind != Kind::kDate && !p.value.is_date() &&
           std::fabs(p.value.num - *frame->previous) <= 1e-9 * std::max(1.0, std::fabs(*frame->previous));
  };
  auto reached_level_period = [&](size_t c) { return ReachedLevelDate(s, k, *frame, s.periods[c].second); };
  // A comma, then a relative word: a relative clause opens at word i + 1.
  auto relative = [&s](size_t i) {
    return s.IsPunct(i, ",") && s.IsWord(i + 1) &&
           (s.words[i + 1].lower == "which" || s.words[i + 1].lower == "who" || s.words[i + 1].lower == "where");
  };
  // "and that", "y que": a second clause of a report or forecast ("forecasts
  // that ... will reach 85% by June 2027 and that it will return to the 93%
  // target during 2028").
  auto and_that = [&s](size_t i) {
    return s.IsWord(i) && s.IsWord(i + 1) && (s.words[i].lower == "and" || s.words[i].lower == "y") &&
           (s.words[i + 1].lower == "that" || s.words[i + 1].lower == "que");
  };
  auto coordinated_before = [&](size_t at) {
    for (size_t i = a_end; i < at; ++i) {
      // (eval35: the 85% was dated 2028.) So does a clause break ("aunque
      // el ritmo se moderará en 2027": trial41), but "while", which is as
      // often "during" ("died while on the waiting list in 2025").
      if (s.OpensCoordinatedClause(i) || and_that(i)) return true;
      if (s.IsClauseBreak(i) && s.words[i].lower != "while" && s.words[i].lower != "mientras") return true;
      // "la ocupación llegó al 68,4 % en agosto, y en enero se quedó en el
      // 12,9 %", "..., and in January it fell to": a coordinated clause
      // that opens with its own time phrase (a comma, the coordinator, a
      // preposition, the date) is dated by it; the figure before is not
      // (fahunt2: August's 68.4% was given January).
      if (i + 2 == at && i > 0 && s.IsPunct(i - 1, ",") && s.IsWord(i) && s.IsWord(i + 1) &&
          (s.words[i].lower == "and" || s.words[i].lower == "y" || s.words[i].lower == "but" ||
           s.words[i].lower == "pero") &&
          s.r.span.Has(s.words[i + 1])) {
        return true;
      }
      if (s.IsPunct(i, ",") && s.IsWord(i + 1) && s.r.with_clause.Has(s.words[i + 1])) return true;
      if (s.IsWord(i) && s.r.foreign_clauses.At(s.words, i) != nullptr) return true;
      // "62% had travelled from outside the city, and 91% said they planned
      // to come again next year": a comma, "and", then another figure
      // before the date opens that figure's clause (eval44; the attacher's
      // time reads it so too: attach/time_scope.cc other_clause).
      if (s.IsPunct(i, ",") && s.IsAnd(i + 1)) {
        size_t j = i + 2;
        while (j < at && s.IsWord(j) && s.r.determiners.Has(s.words[j])) ++j;
        if (j < at && s.IsFig(j) && s.figs[s.words[j].fig]->kind != Kind::kDate) return true;
      }
    }
    return false;
  };
  // An absolute clause that opens the sentence or a clause of it and closes
  // with a comma before the main clause ("Rate-led growth is great while it
  // lasts, but with more than 600 new rooms in the market and a softer
  // winter ahead, we would expect pricing power to be tested in the first
  // half of next year"): a figure inside it is the state of things the main
  // clause starts from, which that clause's span does not date (eval30: the
  // rooms were dated January to June).
  size_t lead_end = 0;  // the comma closing the with-clause the figure is in, or 0
  // Within a clause's reach either side, so a hostile sentence of thousands
  // of words and no comma costs no quadratic scan.
  constexpr size_t kClauseWords = 40;
  for (size_t w = a; w-- > 0 && a - w <= kClauseWords;) {
    if (s.IsPunct(w, ",") || s.IsPunct(w, ";")) break;
    if (!s.IsWord(w) || !s.r.with_clause.Has(s.words[w])) continue;
    // It opens the sentence, or follows a comma (a coordinator between).
    size_t p = w;
    if (p > 0 && s.IsWord(p - 1) &&
        (s.IsClauseBreak(p - 1) || s.words[p - 1].lower == "and" || s.words[p - 1].lower == "y")) {
      --p;
    }
    size_t q = p;
    while (q > 0 && !s.IsWord(q - 1) && !s.IsFig(q - 1) && !s.IsPunct(q - 1, ",")) --q;
    if (q > 0 && !s.IsPunct(q - 1, ",")) break;
    for (size_t i = a_end; i < s.words.size() && i - a_end <= kClauseWords; ++i) {
      if (s.IsPunct(i, ",")) {
        lead_end = i;
        break;
      }
    }
    break;
  }
  const bool in_lead = lead_end > 0;
  const std::pair<std::string, size_t>* best = nullptr;
  size_t best_d = 0;
  for (size_t c = 0; c < s.periods.size(); ++c) {
    const size_t at = s.periods[c].second;
    if (in_lead && at > lead_end) continue;
    if (any_own && clause(at) != own) continue;
    if (foreign_baseline(c)) continue;
    if (earlier_value_period(c) || reached_level_period(c)) continue;
    // A period after a coordinated clause of its own, or an absolute
    // clause after a comma (rules: period.with_clause), is that clause's.
    if (at >= a_end && coordinated_before(at)) continue;
    // So is a date after a later figure, in the relative clause opened
    // after it (a comma, then "which", "who" or "where"): "£38 million,
    // including £12 million on the new Berth 9 quay, which is due to be
    // completed in 2027" (trial105: the £38 million was dated 2027).
    if (at >= a_end) {
      bool other = false, relative_after = false;
      for (size_t i = a_end; i + 1 < at && !relative_after; ++i) {
        other = other || (s.IsFig(i) && s.words[i].fig != static_cast<int>(k) &&
                          s.figs[static_cast<size_t>(s.words[i].fig)]->kind != Kind::kDate);
        relative_after = other && relative(i);
      }
      if (relative_after) continue;
    }
    // So is one before a coordinated clause the figure is in: "prevé que
    // el volumen supere los 26.000 millones en 2026 y que el 72% de los
    // hogares compre en línea en 2027" (trial44: the 72% was dated 2026).
    // So is a date inside a clause (not one heading the sentence) before a
    // comma, a coordinator and a verb of change: "El precio tocó techo en
    // enero, con 1.050 euros por kilo, y cayó hasta los 410 euros al final
    // de la campaña", "peaked in January at £1,050, and fell to £410": the
    // second move came later (eval42: the 410 was dated January).
    // So is a date before a relative clause opened after it (a comma, then
    // "which", "who" or "where"): "the refresher courses introduced in 2024,
    // which 212 pilots attended in 2025" (trial95: the 212 was dated 2024).
    if (at < a) {
      bool heads = true;  // only span words and determiners before the date: "In January, ..."
      for (size_t i = 0; i < at && heads; ++i) {
        heads = s.IsWord(i) && (s.r.span.Has(s.words[i]) || s.r.determiners.Has(s.words[i]));
      }
      // A date heading the sentence may carry an aside of its own before
      // the main clause resumes: "March, which includes the festival, was
      // the busiest month, with 61,200 attendances", "April, when the
      // festival fills the halls, was ..." (eval47: the month was lost).
      size_t from = at + 1;
      if (heads) {
        // The date's end: a date figure's span, or a month word.
        const size_t end = s.IsFig(at) ? s.spans[static_cast<size_t>(s.words[at].fig)].second : at + 1;
        if (s.IsPunct(end, ",")) {
          for (size_t i = end + 1; i < a && i < end + 16; ++i) {
            if (s.IsFig(i) && s.figs[static_cast<size_t>(s.words[i].fig)]->kind != Kind::kDate) break;
            if (s.IsPunct(i, ",")) {
              from = i + 1;
              break;
            }
          }
        }
      }
      bool opened = false;
      for (size_t i = from; i + 1 < a && !opened; ++i) {
        opened = s.OpensCoordinatedClause(i) || and_that(i) || relative(i) ||
                 (!heads && s.IsPunct(i - 1, ",") && s.IsAnd(i) && s.IsWord(i + 1) &&
                  s.r.change_words.At(s.words, i + 1) != nullptr);
      }
      if (opened) continue;
    }
    // Words between the period and the figure's nearer edge: in "412
    // million in 2024, against 388 million in 2023" the 388 is beside 2023.
    size_t d = at >= a_end ? at - a_end : at < a ? a - at : 0;
    if (best == nullptr || d < best_d) best = &s.periods[c], best_d = d;
  }
  if (best != nullptr) frame->period = best->first;
  // An aside in brackets that states no span of its own is about the figure
  // before it: "pasaron de 1.702 en 2024 (dato revisado, que inicialmente
  // había contabilizado 1.689) a 1.846 el año pasado" gives the 1.689 the
  // 2024 of the 1.702, not the year the move reached (fahunt: a period
  // false alarm against the revision's 2024).
  bool aside = false;
  {
    size_t open = a;
    for (size_t i = a, n = 0; i-- > 0 && n < 20; ++n) {
      if (s.IsPunct(i, ")")) break;
      if (s.IsPunct(i, "(")) {
        open = i;
        break;
      }
    }
    if (open < a) {
      size_t close = s.spans[k].second;
      while (close < s.words.size() && !s.IsPunct(close, ")")) ++close;
      bool own = false;
      for (const auto& p : s.periods) own = own || (p.second > open && p.second < close);
      if (!own && close < s.words.size()) {
        const Figure* host = nullptr;
        for (size_t i = open, n = 0; i-- > 0 && n < 6 && host == nullptr; ++n) {
          if (!s.IsFig(i)) continue;
          const size_t hk = static_cast<size_t>(s.words[i].fig);
          if (s.figs[hk]->kind == Kind::kDate) {
            i = s.spans[hk].first;
            if (i == 0) break;
            continue;
          }
          if (hk < k) host = s.figs[hk];
          break;
        }
        // Only an aside of words about a figure before it: "Agosto fue el
        // mes con más fallecidos (128)" is the month's own figure.
        if (host != nullptr && (open + 1 < a || s.spans[k].second < close)) {
          frame->period = host->frame.period;
          aside = true;
        }
      }
    }
  }
  // "Dengue cases: 14,220 (2023)", "Revenue: £1.27bn (2022: £1.19bn)": a
  // year in brackets right after the figure, or opening the bracket it
  // stands in, is the figure's own.
  auto year_at = [&s](size_t i) -> std::string {
    if (!s.IsWord(i) || s.IsFig(i)) return {};
    const std::string& w = s.words[i].lower;
    if (w.size() != 4 || w.find_first_not_of("0123456789") != std::string::npos) return {};
    int y = std::stoi(w);
    return y >= 1900 && y <= 2100 ? w : std::string();
  };
  size_t b = s.spans[k].second;
  // "Suicide rate: 11.2 per 100,000 (2019)": after the denominator.
  if (s.IsWord(b) && s.r.per_words.Has(s.words[b]) && s.IsFig(b + 1)) {
    b = s.spans[s.words[b + 1].fig].second;
  }
  if (s.IsPunct(b, "(") && s.IsPunct(b + 2, ")")) {
    if (std::string y = year_at(b + 1); !y.empty()) frame->period = y;
  }
  if (a >= 3 && s.IsPunct(a - 1, ":") && s.IsPunct(a - 3, "(")) {
    if (std::string y = year_at(a - 2); !y.empty()) frame->period = y;
  }
  // "during the year", "in the quarter": the document's own span, when the
  // sentence states no other.
  if (aside) return;
  if (frame->period.empty() && s.periods.empty()) frame->period = DocumentSpan(s);
  // "El aceite lampante cotizó a 3,35 euros en el mismo mes": the span the
  // sentence before stated.
  if (frame->period.empty() && s.periods.empty() && !s.prev_span.empty()) {
    for (size_t i = 0; i < s.words.size(); ++i) {
      if (!s.IsWord(i) || s.r.same_span.At(s.words, i) == nullptr) continue;
      // "compared with the same month": a baseline, not the figure's span.
      const long before = SkipDeterminersBack(s, static_cast<long>(i) - 1);
      if (before >= 0 && s.IsWord(static_cast<size_t>(before)) && BaselineBefore(s, before)) break;
      frame->period = s.prev_span;
      break;
    }
  }
  // A span never ends before it starts.
  size_t slash = frame->period.find('/');
  if (slash != std::string::npos && frame->period.compare(slash + 1, 2, "..") != 0 &&
      frame->period.substr(slash + 1) < frame->period.substr(0, std::min(slash, frame->period.size() - slash - 1))) {
    frame->period.clear();
  }
}

// Whether a date starting at word `first` dates another clause than figure
// k's, one with a figure of its own. A clause break between: "This was 6%
// more than the 1.59 billion journeys made in the previous year, but still
// below the 1.74 billion journeys made in the year to September 2019"
// (trial56: the 6% was dated 2019, a time false alarm). Or a coordinated
// clause with a subject of its own: "The Hopper bus carried 62,000
// passenger journeys, up 14 percent, and the Authority is adding two extra
// weekend buses this year" (trial62: the journeys dated to the buses'
// year), its figure on the date's side of the "and".
bool OtherClauseDate(const Sent& s, size_t k, size_t first) {
  if (s.Clause(first) != s.Clause(s.spans[k].first)) {
    for (size_t g = 0; g < s.figs.size(); ++g) {
      if (g != k && s.figs[g]->kind != Kind::kDate && s.Clause(s.spans[g].first) == s.Clause(first)) return true;
    }
  }
  const size_t at = s.spans[k].first;
  const size_t lo = std::min(at, first), hi = std::max(at, first);
  for (size_t o = lo + 1; o < hi; ++o) {
    if (!s.OpensCoordinatedClause(o)) continue;
    for (size_t g = 0; g < s.figs.size(); ++g) {
      if (g == k || s.figs[g]->kind == Kind::kDate) continue;
      const size_t gf = s.spans[g].first;
      if (first > at ? (gf > o && gf < first) || (gf > first && gf < first + 8) : (gf < o && gf > first)) return true;
    }
  }
  return false;
}

// Whether the date at word `first` stands in the sentence's opening phrase
// headed by rules' period.earlier_lead_in ("Following publication of the
// survey on 3 March 2026, ...") and the figure k after that phrase's comma:
// the phrase tells of an earlier event, not when the figure happened
// (eval37: the two chapters' corrections dated to the survey's publication,
// a time false alarm). A date right after the cue ("After March, sales
// rose") is not such a phrase.
bool InEarlierLeadIn(const Sent& s, size_t k, size_t first) {
  const CueSet::Phrase* p = s.words.empty() ? nullptr : s.r.earlier_lead_in.At(s.words, 0);
  if (p == nullptr) return false;
  const size_t after_cue = p->stems.size();
  if (SkipDeterminersBack(s, static_cast<long>(first) - 1) < static_cast<long>(after_cue)) return false;
  size_t comma = after_cue;
  while (comma < s.words.size() && !s.IsPunct(comma, ",")) ++comma;
  return first < comma && s.spans[k].first > comma;
}

// Whether the date at word `first` belongs to another end of a move that
// figure k is in (rules change.from and change.to), so that it dates
// neither k's time nor, for an old level, its span (trial65, trial66):
//   - k is the old level and the date comes after the new level: "the
//     annual rent will rise from £68 to £84 next April" (the current £68
//     was dated April 2027); "rose from 100 in 2024 to 120 in 2025" keeps
//     2024 for the 100;
//   - the date is right after another figure's "from": "fell to 642, from
//     710 in 2024" (2024 is the 710's, not the 642's);
//   - k is the old level after its "from" and the date stands just after
//     the new level before it: "dropped to 642 in 2025 from 710".
bool OtherMoveEndsDate(const Sent& s, size_t k, size_t first) {
  const FrameRules& r = s.r;
  const size_t a = s.spans[k].first, e = s.spans[k].second;
  const bool k_from = a > 0 && s.IsWord(a - 1) && r.change_from.Has(s.words[a - 1]);
  if (k_from && s.IsWord(e) && r.change_to.Has(s.words[e])) {
    for (size_t g = 0; g < s.figs.size(); ++g) {
      if (g != k && s.figs[g]->kind != Kind::kDate && s.spans[g].first == e + 1) {
        if (first >= s.spans[g].second) return true;
        break;
      }
    }
  }
  long b = SkipDeterminersBack(s, static_cast<long>(first) - 1);
  // Span and comparison words between the value and its date: "from
  // £108.2 million in the same period last year" (trial97).
  for (int n = 0; n < 4 && b >= 0 && s.IsWord(static_cast<size_t>(b)) &&
                  (r.span.Has(s.words[static_cast<size_t>(b)]) || r.baseline_words.Has(s.words[static_cast<size_t>(b)]));
       ++n) {
    b = SkipDeterminersBack(s, b - 1);
  }
  if (b >= 0 && s.words[static_cast<size_t>(b)].fig >= 0) {
    const size_t j = static_cast<size_t>(s.words[static_cast<size_t>(b)].fig);
    const size_t ja = s.spans[j].first;
    if (j != k && s.figs[j]->kind != Kind::kDate && ja > 0 && s.IsWord(ja - 1) && r.change_from.Has(s.words[ja - 1])) {
      return true;
    }
  }
  if (!k_from || first >= a - 1) return false;
  for (size_t g = 0; g < s.figs.size(); ++g) {
    if (g == k || s.figs[g]->kind == Kind::kDate) continue;
    if (s.spans[g].second <= first && s.spans[g].second + 3 >= first) return true;
  }
  return false;
}

void KeepOwnTime(const Sent& s, size_t k, const Frame& frame) {
  Figure& f = *s.figs[k];
  if (f.time.empty() || f.kind == Kind::kDate) return;
  // "the year before" written a few words after the figure, nothing
  // between but words, is its own time: "an increase of around 9% on the
  // 17,195 recorded the year before" is 2024's where the sentence names 2025
  // (trial101: a period warning against the release's "17,195 in 2024").
  if (!frame.period.empty()) {
    // (Not after "than": "un 2,4 % más que el año anterior" compares.)
    for (size_t i = s.spans[k].second; i < s.words.size() && i < s.spans[k].second + 4 && s.IsWord(i); ++i) {
      if (s.r.than.Has(s.words[i])) break;
      const CueSet::Phrase* p = s.r.relative.At(s.words, i);
      if (p != nullptr && s.r.relatives[p->tag].unit == "prior_year") {
        f.time = frame.period;
        return;
      }
    }
  }
  // The dates of the sentence the time was read from, and whether any of
  // them is the figure's own.
  bool read = false, own = false, moved = false;
  for (size_t j = 0; j < s.figs.size() && !own; ++j) {
    const Figure& d = *s.figs[j];
    if (d.kind != Kind::kDate || !d.value.is_date()) continue;
    const std::string& iso = d.value.iso;
    const std::string both = d.value_max && d.value_max->is_date() ? iso + "/" + d.value_max->iso : iso;
    if (f.time != both && f.time != iso + "/.." && f.time != "../" + iso) continue;
    read = true;
    const size_t first = s.spans[j].first;
    if (ThisMonthAfterNamed(s, first)) continue;  // the month named before it, as ReadPeriod reads it
    const long before = SkipDeterminersBack(s, static_cast<long>(first) - 1);
    const long owner = ComparedOwner(s, first);
    const bool other_clause = OtherClauseDate(s, k, first);
    // (Nor is the move's period then the figure's: its time stays unknown.)
    moved = OtherMoveEndsDate(s, k, first);
    own = (owner == static_cast<long>(k) || !(before >= 0 && BaselineBefore(s, before))) &&
          (owner < 0 || owner == static_cast<long>(k)) &&
          !ReachedLevelDate(s, k, frame, first) && !InRecordClause(s, first) && !other_clause &&
          !InEarlierLeadIn(s, k, first) && !moved;
  }
  // Relative phrases ("than in the same quarter last year") the same way.
  for (size_t i = 0; i < s.words.size() && !own; ++i) {
    if (!s.words[i].word) continue;
    const CueSet::Phrase* p = s.r.relative.At(s.words, i);
    if (p == nullptr) continue;
    if (ResolveRelative(s, s.r.relatives[p->tag]) == f.time) {
      read = true;
      if (ThisMonthAfterNamed(s, i)) {
        i += p->stems.size() - 1;
        continue;
      }
      const long before = SkipDeterminersBack(s, static_cast<long>(i) - 1);
      const std::string& unit = s.r.relatives[p->tag].unit;
      const bool calendar = unit == "year" || unit == "prior_year" || unit == "month" || unit == "quarter" ||
                            unit == "week" || unit == "day";
      // The other value of a comparison may own it: "54.2% on 3 August,
      // against 76.5% on the same day last year" (trial42).
      const long owner = ComparedOwner(s, i);
      // Another end of the move may own it as it may a date: "fell 10.8%
      // to £96.5 million, from £108.2 million in the same period last
      // year" (trial97: the fall was dated last year).
      const bool other_end = OtherMoveEndsDate(s, k, i);
      moved = moved || other_end;
      own = owner == static_cast<long>(k) ||
            (owner < 0 && !(before >= 0 && s.IsWord(static_cast<size_t>(before)) && BaselineBefore(s, before, calendar)) &&
             !OtherClauseDate(s, k, i) && !other_end && !ActWhen(s, i, p->stems.size()));
    }
    i += p->stems.size() - 1;
  }
  if (read && !own) f.time = moved ? std::string() : frame.period;
}

}  // namespace claimcheck::frame
