// The date grammar: a hand-written recursive scan over the tokens of one
// sentence. Words only matter through their lexicon entry (rules/<lang>/
// dates.yaml), so the same code reads English and Spanish.
//
// Choices worth knowing:
// - A bare four-digit year (1800..2100) is a date only after a cue ("in",
//   "since", "the", "en", "desde"), a modifier ("early", "a finales de") or
//   inside a period; "2014 people" stays a count for the number recogniser.
// - All-numeric dates are read only when the accepted orders of the language
//   agree on one date (en: "05/03/2018" is ambiguous and skipped,
//   "25/03/2018" is not); "9/11" and "24/7" have no year and are never dates.
// - Dates and periods missing their year take it from a year right after
//   them ("from April to June in 2019"), else from RecognizeContext::doc_date.
//   Without either a day keeps no year ("--03-05", ISO 8601), so "Sept. 7"
//   is never the count 7; a month, quarter or relative date is dropped.
// - Decades: "the 1990s", "the eighties", "the '80s", "los años ochenta",
//   "la década de 1980"; a decade word or "80s" needs its cue ("the"), so
//   "in their eighties" is an age.
// - Weaker year cues from comparisons ("up 2 points on 2015") count only
//   when the year ends the clause; fiscal prefixes ("FY21", "fiscal 2021")
//   are cues and part of the span; "Q1'18", "1Q18", "Q4" (document year).
// - Modifiers ("the end of", "early", "mid-") join the span but keep the
//   value: "the end of 2017" is "2017", which still prefix-matches "2017-12".
// - Cue words ("in", "since", "en") are not part of a figure's text; the
//   opening word of a period is ("between October 2017 and March 2018").
//
// Rule ids are "<lang>.date.<name>": month_day_year, day_month_year, iso,
// numeric, month_year, month_day / day_month / month (year from doc_date),
// year, year_list, decade, period ("first quarter of 2018"), period_code
// ("Q1 2018"), range (opening word), range_link ("X to Y"), range_dash
// ("2014-16"), day_range ("March 5-7, 2018"), relative, relative_period
// ("last year's fourth quarter"), period_relative ("first quarter of this
// year"), period_months ("the July-September quarter of 2019"), months_to
// ("the three months to September"), year_compared ("on 2015"),
// fiscal_year ("FY21").
#include "extract/recognize/date_recognizer.h"

#include <algorithm>
#include <cstdio>
#include <optional>
#include <utility>

#include "extract/recognize/date_calendar.h"
#include "extract/recognize/date_lexicon.h"
#include "extract/recognize/date_tokens.h"

namespace claimcheck {
namespace {

using TT = DateTokenType;
using PT = DatePhraseType;

// One date as parsed, before it becomes a Mention.
struct ParsedDate {
  size_t begin = 0;  // tokens [begin, end)
  size_t end = 0;
  CivilDate date;   // year 0 while the text did not give it
  char period = 0;  // 'Q' or 'H' for a quarter or a half
  int period_index = 0;
  bool bare_year = false;  // nothing but four digits
  bool decade = false;     // "the 1990s"
  bool needs_cue = false;  // a decade that is only one after a cue ("the eighties", "the 80s")
  bool decade_noun = false;  // named after a decade noun ("los años ochenta")
  bool fiscal = false;     // "fiscal 2021", "FY21": the prefix is cue enough
  bool split_year = false; // a period of a split year ("first quarter of 2026/27"): no calendar date
  int day_max = 0;         // last day of a day range ("March 5-7, 2018"), else 0
  const char* rule = "";

  bool yearless() const { return date.year == 0; }
  // Month where the date starts, for ordering the two ends of a period.
  int FirstMonth() const {
    if (period) return (period_index - 1) * (12 / (period == 'Q' ? 4 : 2)) + 1;
    return date.month ? date.month : 1;
  }
  long StartKey() const {
    return date.year * 10000L + FirstMonth() * 100L + (date.day ? date.day : 1);
  }
  // A date with no year anywhere (no document date either) is written the
  // ISO 8601 way for a missing year: "--03-05".
  std::string Iso() const {
    if (period) return FormatIsoPeriod(date.year, period, period_index);
    if (yearless()) {
      char buf[16];
      if (date.day) {
        std::snprintf(buf, sizeof buf, "--%02d-%02d", date.month, date.day);
      } else {
        std::snprintf(buf, sizeof buf, "--%02d", date.month);
      }
      return buf;
    }
    return FormatIsoDate(date);
  }
};

// The state of one Find call.
class DateScan {
 public:
  DateScan(const DateLexicon& lex, const std::string& rule_prefix, std::string_view text,
           const std::vector<DateToken>& tokens, const CivilDate& doc, std::vector<Mention>* out,
           std::vector<std::pair<size_t, size_t>>* unresolved)
      : lex_(lex),
        rule_prefix_(rule_prefix),
        text_(text),
        t_(tokens),
        n_(tokens.size()),
        doc_(doc),
        out_(out),
        unresolved_(unresolved) {
    // A year-less date looks back from the document date unless the
    // sentence speaks of the future; a full year written in the sentence
    // ("in the fourth quarter of 2018, from 100.9 in Q3") wins over both.
    for (size_t i = 0; i < n_; ++i) {
      const DateToken& t = t_[i];
      if (t.type == TT::kWord) {
        if (t.word != nullptr && t.word->future_cue) future_ = true;
        const std::string_view w = Text(i);
        for (const std::string& suf : lex_.future_suffixes) {
          // A lower-case verb ("irán", "celebrará"), not a name ("Irán").
          if (w.size() > suf.size() && w[0] >= 'a' && w[0] <= 'z' && w.substr(w.size() - suf.size()) == suf) {
            future_ = true;
          }
        }
      } else if (t.type == TT::kNumber && sentence_year_ == 0 && t.digits == 4 && t.num >= 1900 &&
                 t.num <= 2100 && AttachedYear(i) &&
                 (i + 1 >= n_ || !Adj(i + 1) ||
                  (t_[i + 1].type == TT::kPunct && Text(i + 1) != "-" && Text(i + 1) != "/" && Text(i + 1) != "."
                   ) ||
                  (Text(i + 1) == "." && (i + 2 >= n_ || t_[i + 2].type != TT::kNumber)))) {
        sentence_year_ = static_cast<int>(t.num);
      }
    }
  }

  void Run() {
    size_t i = 0;
    while (i < n_) {
      const DateToken& t = t_[i];
      // An apostrophe may open a decade ("the '80s").
      if ((t.type == TT::kPunct && !Apostrophe(i)) || (t.type == TT::kWord && t.word == nullptr)) {
        ++i;
        continue;
      }
      const size_t next = TryAt(i);
      i = next > i ? next : i + 1;
    }
  }

 private:
  // ---- token tests -------------------------------------------------------
  bool Num(size_t i) const { return i < n_ && t_[i].type == TT::kNumber; }
  const DateWord* W(size_t i) const {
    return i < n_ && t_[i].type == TT::kWord ? t_[i].word : nullptr;
  }
  bool Adj(size_t i) const { return i < n_ && !t_[i].space_before; }
  std::string_view Text(size_t i) const {
    return text_.substr(t_[i].start, t_[i].end - t_[i].start);
  }
  bool Punct(size_t i, std::string_view p) const {
    return i < n_ && t_[i].type == TT::kPunct && Text(i) == p;
  }
  // Hyphen, en dash, and the Unicode hyphens writers paste in.
  bool Dash(size_t i) const {
    return Punct(i, "-") || Punct(i, "\u2013") || Punct(i, "\u2010") || Punct(i, "\u2011");
  }
  bool Apostrophe(size_t i) const { return Punct(i, "'") || Punct(i, "\u2019"); }
  // The next item of a list after i: past a comma, a link word ("and", "y") or
  // both (", and"); nullopt when neither stands at i.
  std::optional<size_t> NextListItem(size_t i) const {
    size_t k = i;
    if (Punct(k, ",")) ++k;
    if (W(k) && W(k)->list_link) ++k;
    if (k == i) return std::nullopt;
    return k;
  }
  bool NameOk(size_t i) const {
    if (!lex_.names_capitalized) return true;
    const char c = text_[t_[i].start];
    return c >= 'A' && c <= 'Z';
  }
  bool Blocked(size_t i) const {
    const DateWord* w = W(i);
    return w && w->year_blocker;
  }

  // A number that starts a token group of its own: not glued to a word
  // ("A320"), a currency sign ("$2014") or an earlier number ("555-2014",
  // "1.2018", "10:2014").
  bool CleanStart(size_t i) const {
    if (i == 0 || t_[i].space_before) return true;
    const DateToken& p = t_[i - 1];
    if (p.type != TT::kPunct) return false;
    const std::string_view s = Text(i - 1);
    if (s == "$" || s == "#" || s == "+" || s == "\u00a3" || s == "\u00a5" || s == "\u00a7") {
      return false;
    }
    if (s.size() == 3 && static_cast<unsigned char>(s[0]) == 0xE2 &&
        static_cast<unsigned char>(s[1]) == 0x82) {
      return false;  // U+20A0..U+20BF currency signs (€, ₹ ...)
    }
    const bool joiner = s == "." || s == "," || s == ":" || s == "/" || Dash(i - 1);
    return !(joiner && i >= 2 && !p.space_before && t_[i - 2].type == TT::kNumber);
  }

  // A number that ends a token group: not followed by a glued word, a
  // percent sign, a decimal or thousands part ("2014.5", "2014,5") or a
  // clock ("10:30"). `joined_ok` lets a dash or slash with digits follow,
  // for the caller to read as a period ("2014-2016", "2014/15").
  bool CleanEnd(size_t i, bool joined_ok) const {
    const size_t j = i + 1;
    if (j >= n_ || t_[j].space_before) return true;
    if (t_[j].type != TT::kPunct) return false;
    const std::string_view s = Text(j);
    if (s == "%") return false;
    const bool digits_follow = Num(j + 1) && Adj(j + 1);
    if (s == "." || s == "," || s == ":") return !digits_follow;
    if (s == "/" || Dash(j)) return joined_ok || !digits_follow;
    return true;
  }

  // Matches the words of `p` at token i; returns the token after them or 0.
  // Every caller takes `p` from the phrases of the word at i (W(i)->...),
  // so its first word matches already; the scan starts at the second. This
  // runs for each phrase of a common word ("the" opens 19 modifiers) at
  // each of its tokens: a measured hot spot of extract (bench/RESULTS.md).
  size_t MatchPhrase(size_t i, const DatePhrase& p) const {
    const size_t m = p.entries.size();
    if (i >= n_ || m > n_ - i) return 0;
    for (size_t k = 1; k < m; ++k) {
      if (t_[i + k].word != p.entries[k]) return 0;
    }
    return i + m;
  }

  // Longest phrase of `type` (and range, if >= 0) at i: the token after it,
  // or 0.
  size_t Phrase(size_t i, PT type, int range = -1, const DatePhrase** found = nullptr) const {
    const DateWord* w = W(i);
    if (!w || !(w->phrase_types & (1u << static_cast<int>(type)))) return 0;
    for (uint16_t id : w->PhrasesOf(type)) {
      const DatePhrase& p = lex_.phrases[id];
      if (range >= 0 && p.range != range) continue;
      if (size_t e = MatchPhrase(i, p)) {
        if (found) *found = &p;
        return e;
      }
    }
    return 0;
  }

  // A four-digit year at q that completes a date: in range and standing
  // alone. Count words after it do not matter here ("March 2018 accounts"),
  // only after a bare year.
  std::optional<int> YearAt(size_t q, bool check_start = true) const {
    if (!Num(q) || t_[q].digits != 4 || !IsDateYear(t_[q].num)) return std::nullopt;
    if (check_start && !CleanStart(q)) return std::nullopt;
    if (!CleanEnd(q, true)) return std::nullopt;
    return static_cast<int>(t_[q].num);
  }

  // Token after an ordinal suffix glued to the number at i ("5th", "1.º"),
  // or 0 when there is none.
  size_t AfterOrdinalSuffix(size_t i) const {
    const size_t j = i + 1;
    if (Adj(j) && W(j) && W(j)->ordinal_suffix) return j + 1;
    if (Punct(j, ".") && Adj(j) && Adj(j + 1) && W(j + 1) && W(j + 1)->ordinal_suffix) {
      return j + 2;
    }
    return 0;
  }

  // "5-7" after a day at i: the token after the end day, which goes to
  // *day_max; 0 when there is no later day there (a day of `month`; pass 1
  // when the month is still unknown, January having the most days).
  size_t DayRangeEnd(size_t i, int month, int* day_max) const {
    const size_t j = i + 1, k = i + 2;
    if (!(Adj(j) && Dash(j) && Num(k) && Adj(k) && t_[k].digits <= 2)) return 0;
    const int first = static_cast<int>(t_[i].num), last = static_cast<int>(t_[k].num);
    if (last <= first || last > DaysInMonth(2000, month) || !CleanEnd(k, false)) return 0;
    *day_max = last;
    return k + 1;
  }

  // Token after a month name, taking the full stop of an abbreviation.
  size_t AfterMonth(size_t k) const {
    size_t e = k + 1;
    // The full stop of "Sept." ends the sentence too when nothing follows.
    if (W(k)->month_abbrev && Punct(e, ".") && Adj(e) && e + 1 < n_) ++e;
    return e;
  }

  bool Starts(size_t i, PT type) const {
    const DateWord* w = W(i);
    return w && (w->phrase_types & (1u << static_cast<int>(type)));
  }

  // "18" of "Q1'18" or "FY18": the century that puts the year nearest the
  // document date (at most twenty years after it), or 1950..2049 without one.
  int TwoDigitYear(int yy) const {
    if (doc_.year) {
      int y = doc_.year - doc_.year % 100 + yy;
      if (y > doc_.year + 20) y -= 100;
      return y;
    }
    return yy < 50 ? 2000 + yy : 1900 + yy;
  }

  // "the '80s" is the 1980s; only "'00s" and "'10s" are this century's.
  static int DecadeStart(int dd) { return dd <= 10 ? 2000 + dd : 1900 + dd; }

  // A decade at k: "eighties", "'80s", "80s", "80's", and after a decade
  // noun ("los años ochenta", "la década de 1980", "los años 80") also a
  // bare "80" or "1980". Returns the first year and the token after it.
  std::optional<std::pair<int, size_t>> DecadeAt(size_t k, bool noun) const {
    if (W(k) && W(k)->decade >= 0) return std::make_pair(DecadeStart(W(k)->decade), k + 1);
    size_t j = k;
    const bool apostrophe = Apostrophe(j) && Num(j + 1) && Adj(j + 1) && t_[j + 1].digits == 2;
    if (apostrophe) ++j;
    if (!Num(j) || t_[j].num % 10 != 0) return std::nullopt;
    if (!apostrophe && !CleanStart(j)) return std::nullopt;
    // "en los años 2010 y 2011" names two years, "los años 2000" a decade.
    const size_t after = Punct(j + 1, ",") || (W(j + 1) && W(j + 1)->list_link) ? j + 2 : 0;
    if (t_[j].digits == 4 && noun && IsDateYear(t_[j].num) && CleanEnd(j, false) &&
        !(after && Num(after) && t_[after].digits == 4)) {
      return std::make_pair(static_cast<int>(t_[j].num), j + 1);
    }
    if (t_[j].digits != 2) return std::nullopt;
    const int start = DecadeStart(static_cast<int>(t_[j].num));
    size_t e = j + 1;
    if (Apostrophe(e) && Adj(e) && Adj(e + 1)) ++e;
    if (Adj(e) && W(e) && W(e)->decade_suffix) return std::make_pair(start, e + 1);
    if ((noun || apostrophe) && CleanEnd(j, false)) return std::make_pair(start, j + 1);
    // "en los 80." after a cue that wants the end of a clause; digits need
    // punctuation or the end right after ("entre los 20 y los 30 años" are
    // ages).
    if (j > 0 && Phrase(j - 1, PT::kDecadeCueAtEnd) == j && CleanEnd(j, false) &&
        (j + 1 >= n_ || t_[j + 1].type == TT::kPunct)) {
      return std::make_pair(start, j + 1);
    }
    return std::nullopt;
  }

  std::optional<ParsedDate> ParseDecade(size_t begin, size_t k, bool noun, bool needs_cue) const {
    auto hit = DecadeAt(k, noun);
    if (!hit) return std::nullopt;
    ParsedDate d;
    d.begin = begin;
    d.end = hit->second;
    d.date.year = hit->first;
    d.decade = true;
    d.needs_cue = needs_cue;
    d.decade_noun = noun;
    d.rule = "decade";
    return d;
  }

  // A decade that needs a cue has one right before it ("the eighties"), or
  // one that only counts when the decade ends the clause ("en los ochenta,",
  // while "los ochenta diputados" is a count).
  bool DecadeCued(const ParsedDate& d) const {
    if (d.begin == 0) return false;
    for (size_t k = d.begin; k-- > 0 && d.begin - k <= 4;) {
      if (Phrase(k, PT::kDecadeCue) == d.begin) return true;
      if (Phrase(k, PT::kDecadeCueAtEnd) == d.begin) {
        const size_t e = d.end;
        const DateWord* w = W(e);
        return e >= n_ || t_[e].type == TT::kPunct ||
               (w && (w->list_link || w->year_tail_link || w->comparison_follower));
      }
    }
    return false;
  }

  // "in 2019" after a date or period that lacks its year ("from April to
  // June in 2019"): the year and the token after it.
  std::optional<std::pair<int, size_t>> TailYear(size_t e) const {
    if (!(W(e) && W(e)->year_tail_link)) return std::nullopt;
    if (auto y = YearAt(e + 1)) {
      if (Blocked(e + 2)) return std::nullopt;
      return std::make_pair(*y, e + 2);
    }
    // A year said relative to the document's: "entre enero y junio de este
    // año", "in June of last year". The months are that year's, not the
    // default (most recent) one, and the phrase is the date's own tail, not
    // a second date of a whole year that the figure would take instead
    // (eval14: "Solo entre enero y junio de este año se marcharon 14.210"
    // was read as all of 2026 and so agreed with January to March).
    int year = 0;
    if (size_t end = RelativeYearAt(e + 1, &year)) return std::make_pair(year, end);
    return std::nullopt;
  }

  // "fiscal year 2021", "fiscal 2021", "FY21", "FY2021", "FY 2021",
  // "FY'21", "el ejercicio 2021": the year, with the prefix in the span.
  std::optional<ParsedDate> ParseFiscal(size_t i) const {
    size_t k = Phrase(i, PT::kFiscal);
    int year = 0;
    if (k) {
      auto y = YearAt(k);
      if (!y) return std::nullopt;
      year = *y;
    } else {
      k = Phrase(i, PT::kFiscalCode);
      if (!k) return std::nullopt;
      const bool glued = Adj(k);
      if (Apostrophe(k) && Num(k + 1) && Adj(k + 1) && t_[k + 1].digits == 2) ++k;
      if (!Num(k) || !CleanEnd(k, true)) return std::nullopt;
      if (t_[k].digits == 2 && (glued || Apostrophe(k - 1))) {
        year = TwoDigitYear(static_cast<int>(t_[k].num));
      } else if (auto y = YearAt(k, !glued)) {
        year = *y;
      } else {
        return std::nullopt;
      }
    }
    ParsedDate d;
    d.begin = i;
    d.end = k + 1;
    d.date.year = year;
    d.bare_year = true;
    d.fiscal = true;
    d.rule = "fiscal_year";
    return d;
  }

  // ---- single dates ------------------------------------------------------
  std::optional<ParsedDate> ParseDate(size_t i, bool after_dash) const {
    if (i >= n_) return std::nullopt;
    if (const DateWord* w = W(i)) {
      if (w->phrase_types & (1u << static_cast<int>(PT::kDecadeNoun))) {
        if (size_t e = Phrase(i, PT::kDecadeNoun)) {
          if (auto d = ParseDecade(i, e, true, false)) return d;
        }
      }
      if (Starts(i, PT::kFiscal) || Starts(i, PT::kFiscalCode)) {
        if (auto d = ParseFiscal(i)) return d;
      }
      if (w->decade >= 0) return ParseDecade(i, i, false, true);
      if (w->weekday && NameOk(i)) return ParseAfterWeekday(i);
      if (w->month && NameOk(i)) return ParseFromMonth(i);
      if (w->ordinal) return ParsePeriodWords(i);
      if (w->period_code >= 0) return ParsePeriodCode(i);
      return std::nullopt;
    }
    if (Num(i)) return ParseFromNumber(i, after_dash);
    if (Apostrophe(i)) return ParseDecade(i, i, false, false);
    return std::nullopt;
  }

  // "Monday, March 5, 2018", "lunes 5 de marzo de 2018": only before a day.
  std::optional<ParsedDate> ParseAfterWeekday(size_t i) const {
    size_t j = i + 1;
    if (Punct(j, ",")) ++j;
    std::optional<ParsedDate> d;
    if (W(j) && W(j)->month && NameOk(j)) {
      d = ParseFromMonth(j);
    } else if (Num(j)) {
      d = ParseFromNumber(j, false);
    }
    if (!d || d->date.day == 0 || d->period) return std::nullopt;
    d->begin = i;
    return d;
  }

  std::optional<ParsedDate> ParseFromMonth(size_t i) const {
    const int month = W(i)->month;
    const size_t j = AfterMonth(i);
    ParsedDate d;
    d.begin = i;
    d.date.month = month;
    // "March 5, 2018", "March 5th", "March 5", "March 5-7, 2018".
    if (lex_.month_day_order && Num(j) && t_[j].digits <= 2 && t_[j].num >= 1 &&
        static_cast<int>(t_[j].num) <= DaysInMonth(2000, month) && CleanStart(j)) {
      size_t k = AfterOrdinalSuffix(j);
      if (k == 0) {
        if (size_t e = DayRangeEnd(j, month, &d.day_max)) {
          k = e;
        } else if (CleanEnd(j, false)) {
          k = j + 1;
        }
      }
      if (k != 0) {
        d.date.day = static_cast<int>(t_[j].num);
        size_t q = k;
        if (Punct(q, ",")) ++q;
        if (auto y = YearAt(q)) {
          d.date.year = *y;
          d.end = q + 1;
          d.rule = "month_day_year";
        } else {
          d.end = k;
          d.rule = "month_day";
        }
        return d;
      }
    }
    // "October 2017", "Oct. 2017", "octubre de 2017".
    size_t q = j;
    if (Punct(q, ",") || (W(q) && W(q)->month_year_link)) ++q;
    if (auto y = YearAt(q)) {
      d.date.year = *y;
      d.end = q + 1;
      d.rule = "month_year";
      return d;
    }
    d.end = j;
    d.rule = "month";
    return d;
  }

  std::optional<ParsedDate> ParseFromNumber(size_t i, bool after_dash) const {
    const DateToken& t = t_[i];
    if (!after_dash && !CleanStart(i)) return std::nullopt;
    if (t.digits == 4) {
      const int y = static_cast<int>(t.num);
      if (!IsDateYear(y)) return std::nullopt;
      if (Adj(i + 1) && (Punct(i + 1, "-") || Punct(i + 1, "/"))) {
        if (auto iso = ParseIsoNumeric(i)) return iso;
      }
      if (y % 10 == 0 && Adj(i + 1)) {  // "1990s", "1990's"
        size_t j = i + 1;
        if (Apostrophe(j) && Adj(j + 1)) ++j;
        if (W(j) && W(j)->decade_suffix) {
          ParsedDate d;
          d.begin = i;
          d.end = j + 1;
          d.date.year = y;
          d.decade = true;
          d.rule = "decade";
          return d;
        }
      }
      if (!CleanEnd(i, true)) return std::nullopt;
      ParsedDate d;
      d.begin = i;
      d.end = i + 1;
      d.date.year = y;
      d.bare_year = true;
      d.rule = "year";
      return d;
    }
    if (t.digits == 2 && t.num % 10 == 0) {
      if (auto d = ParseDecade(i, i, false, true)) return d;
    }
    if (t.digits == 1 && Adj(i + 1) && W(i + 1) && W(i + 1)->period_code >= 0) {
      return ParsePeriodCodeAt(i, i + 1, static_cast<int>(t.num), i + 2);
    }
    if (t.digits > 2 || t.num < 1 || t.num > 31) return std::nullopt;
    if (Adj(i + 1) && t_[i + 1].type == TT::kPunct && Text(i + 1).size() == 1 &&
        lex_.numeric_separators.find(Text(i + 1)[0]) != std::string::npos && Num(i + 2) &&
        Adj(i + 2)) {
      if (auto numeric = ParseNumericDate(i)) return numeric;
    }
    size_t j = AfterOrdinalSuffix(i);
    const bool suffix = j != 0;
    int day_max = 0;
    if (!suffix) {
      // "5-7 March 2018": the month is not known yet, so the end day is
      // checked against the longest month here and against the real one below.
      j = DayRangeEnd(i, 1, &day_max);
      if (j == 0) {
        if (!CleanEnd(i, false)) return std::nullopt;
        j = i + 1;
      }
    }
    // "1st quarter of 2018", "1er trimestre de 2018".
    if (suffix && W(j) && W(j)->period >= 0) return ParsePeriodTail(i, static_cast<int>(t.num), j);
    // "5 March 2018", "5th of March", "5 de marzo de 2018".
    size_t k = j;
    if (W(k) && W(k)->day_month_link) ++k;
    if (!(W(k) && W(k)->month && NameOk(k))) return std::nullopt;
    const int month = W(k)->month;
    if (static_cast<int>(t.num) > DaysInMonth(2000, month) || day_max > DaysInMonth(2000, month)) {
      return std::nullopt;
    }
    ParsedDate d;
    d.begin = i;
    d.date.month = month;
    d.date.day = static_cast<int>(t.num);
    d.day_max = day_max;
    const size_t e = AfterMonth(k);
    size_t q = e;
    if (Punct(q, ",") || (W(q) && W(q)->month_year_link)) ++q;
    if (auto y = YearAt(q)) {
      d.date.year = *y;
      d.end = q + 1;
      d.rule = "day_month_year";
      if (std::max(d.date.day, d.day_max) > DaysInMonth(d.date.year, month)) return std::nullopt;
    } else {
      d.end = e;
      d.rule = "day_month";
    }
    return d;
  }

  // "2018-03-05", "2018/03/05" (the year is token i).
  std::optional<ParsedDate> ParseIsoNumeric(size_t i) const {
    const std::string_view sep = Text(i + 1);
    const size_t mi = i + 2, di = i + 4;
    if (!(Num(mi) && Adj(mi) && t_[mi].digits <= 2 && Punct(i + 3, sep) && Adj(i + 3) && Num(di) &&
          Adj(di) && t_[di].digits <= 2 && CleanEnd(di, false))) {
      return std::nullopt;
    }
    CivilDate c{static_cast<int>(t_[i].num), static_cast<int>(t_[mi].num),
                static_cast<int>(t_[di].num)};
    if (c.month < 1 || c.month > 12 || c.day < 1 || c.day > DaysInMonth(c.year, c.month)) {
      return std::nullopt;
    }
    ParsedDate d;
    d.begin = i;
    d.end = di + 1;
    d.date = c;
    d.rule = "iso";
    return d;
  }

  // "25/03/2018", "03/25/2018", "5.3.2018": kept only when the language's
  // accepted orders agree on one date.
  std::optional<ParsedDate> ParseNumericDate(size_t i) const {
    const std::string_view sep = Text(i + 1);
    const size_t bi = i + 2, yi = i + 4;
    if (!(t_[bi].digits <= 2 && Punct(i + 3, sep) && Adj(i + 3) && Num(yi) && Adj(yi) &&
          t_[yi].digits == 4 && IsDateYear(t_[yi].num) && CleanEnd(yi, false))) {
      return std::nullopt;
    }
    const int a = static_cast<int>(t_[i].num), b = static_cast<int>(t_[bi].num);
    const int y = static_cast<int>(t_[yi].num);
    auto valid = [&](int m, int d) {
      return m >= 1 && m <= 12 && d >= 1 && d <= DaysInMonth(y, m);
    };
    std::optional<CivilDate> pick;
    bool conflict = false;
    auto offer = [&](int m, int d) {
      if (!valid(m, d)) return;
      CivilDate c{y, m, d};
      if (pick && (pick->month != m || pick->day != d)) conflict = true;
      pick = c;
    };
    if (lex_.numeric_mdy) offer(a, b);
    if (lex_.numeric_dmy) offer(b, a);
    if (!pick || conflict) return std::nullopt;
    ParsedDate d;
    d.begin = i;
    d.end = yi + 1;
    d.date = *pick;
    d.rule = "numeric";
    return d;
  }

  // "first quarter of 2018", "second-half 2017", "primer trimestre de 2018".
  std::optional<ParsedDate> ParsePeriodWords(size_t i) const {
    size_t j = i + 1;
    if (Dash(j) && Adj(j) && Adj(j + 1)) ++j;
    if (!(W(j) && W(j)->period >= 0)) return std::nullopt;
    return ParsePeriodTail(i, W(i)->ordinal, j);
  }

  // The year of a period from "of this year" / "del año pasado" at q, or 0.
  size_t RelativeYearAt(size_t q, int* year) const {
    const DatePhrase* p = nullptr;
    const size_t e = Phrase(q, PT::kRelative, -1, &p);
    if (!e || p->unit != DateUnit::kYear || doc_.year == 0) return 0;
    *year = doc_.year + p->offset;
    return e;
  }

  // The period noun at `noun`, then the year. A quarter without a year is
  // left year-less for the caller to complete from the document date; a
  // half is not: "the first half" is as often a match or a book as a date.
  std::optional<ParsedDate> ParsePeriodTail(size_t begin, int ordinal, size_t noun) const {
    const DatePeriodKind& kind = lex_.periods[W(noun)->period];
    const int index = ordinal == -1 ? kind.count : ordinal;
    if (index < 1 || index > kind.count) return std::nullopt;
    ParsedDate d;
    d.begin = begin;
    d.period = kind.iso;
    d.period_index = index;
    d.rule = "period";
    size_t q = noun + 1;
    const bool linked = W(q) && W(q)->period_link;
    if (linked) ++q;
    if (auto y = YearAt(q)) {
      // "the first quarter of 2026/27", "Q2 of 2025-26": a quarter of an
      // academic or financial year, whose months the calendar quarter of
      // its first year does not tell (an academic Q1 is August to October).
      // Its words are taken, with no date, so the split year is not read
      // as the period either: a date beside it ("(August to October
      // 2026)") may say which months it is.
      if (Adj(q + 1) && (Dash(q + 1) || Punct(q + 1, "/")) && Num(q + 2) && Adj(q + 2)) {
        d.split_year = true;
        d.end = q + 3;
        return d;
      }
      d.date.year = *y;
      d.end = q + 1;
      return d;
    }
    // "the first quarter of this year", "el primer trimestre del año pasado".
    int year = 0;
    if (size_t e = RelativeYearAt(q, &year)) {
      d.date.year = year;
      d.end = e;
      d.rule = "period_relative";
      return d;
    }
    if (kind.iso != 'Q') return std::nullopt;
    // "In the last quarter, 118 applications dropped out": with no year,
    // "last" is the quarter before the document's (the frame's relative
    // "last quarter"), not the year's fourth, as "the final quarter" is
    // (eval30: a November blog's "last quarter" was read as Q4).
    if (ordinal == -1 && (Text(begin) == "last" || Text(begin) == "Last")) return std::nullopt;
    d.end = noun + 1;
    return d;
  }

  // "Q1 2018", "Q1-2018", "H2 of 2017", "Q1'18", "Q3/19".
  std::optional<ParsedDate> ParsePeriodCode(size_t i) const {
    if (i > 0 && Adj(i) && t_[i - 1].type != TT::kPunct) return std::nullopt;
    const size_t j = i + 1;
    if (!(Num(j) && Adj(j) && t_[j].digits == 1)) return std::nullopt;
    return ParsePeriodCodeAt(i, i, static_cast<int>(t_[j].num), j + 1);
  }

  // A period code (token `code`) with its index, starting at `begin`
  // ("Q1" or "1Q"); q is the token after both.
  std::optional<ParsedDate> ParsePeriodCodeAt(size_t begin, size_t code, int index, size_t q) const {
    const DatePeriodKind& kind = lex_.periods[W(code)->period_code];
    if (index < 1 || index > kind.count) return std::nullopt;
    ParsedDate d;
    d.begin = begin;
    d.period = kind.iso;
    d.period_index = index;
    d.rule = "period_code";
    size_t y = 0;  // token of the year, 0 when none
    bool short_ok = false, glued = false;
    if (Adj(q) && (Dash(q) || Punct(q, "/") || Apostrophe(q)) && Num(q + 1) && Adj(q + 1)) {
      y = q + 1;  // "Q1-2018", "Q3/19", "Q1'18"
      short_ok = glued = true;
    } else if (Adj(q) && Num(q) && code != begin) {
      y = q;  // "1Q18"
      short_ok = glued = true;
    } else if (!Adj(q) && Apostrophe(q) && Num(q + 1) && Adj(q + 1)) {
      y = q + 1;  // "Q1 '18"
      short_ok = true;
    } else if (!Adj(q) && W(q) && W(q)->period_link && Num(q + 1)) {
      y = q + 1;  // "H2 of 2017"
    } else if (!Adj(q) && Num(q)) {
      y = q;  // "Q1 2018"
    } else if (Adj(q) && t_[q].type != TT::kPunct) {
      return std::nullopt;  // "Q1a", "H2O"
    }
    // "Q3 FY19": a quarter of a fiscal year, given as the calendar quarter
    // it falls in (with an April start, Q3 FY19 is October-December 2018).
    if (y == 0 && kind.iso == 'Q' && lex_.fiscal_start_month && kind.count == 4 && !Adj(q) &&
        Starts(q, PT::kFiscalCode)) {
      if (auto f = ParseFiscal(q)) {
        int month = lex_.fiscal_start_month + 3 * (index - 1);
        int year = f->date.year - (lex_.fiscal_start_month > 1 ? 1 : 0);
        while (month > 12) {
          month -= 12;
          ++year;
        }
        if ((month - 1) % 3 == 0) {
          d.date.year = year;
          d.period_index = (month - 1) / 3 + 1;
          d.end = f->end;
          d.rule = "fiscal_quarter";
          return d;
        }
      }
    }
    if (y != 0) {
      if (t_[y].digits == 2 && short_ok && CleanEnd(y, false)) {
        d.date.year = TwoDigitYear(static_cast<int>(t_[y].num));
        d.end = y + 1;
        return d;
      }
      if (auto year = YearAt(y, !glued)) {
        d.date.year = *year;
        d.end = y + 1;
        return d;
      }
      if (glued) return std::nullopt;
    }
    d.end = q;
    int year = 0;
    if (W(q) && W(q)->period_link) {
      if (size_t e = RelativeYearAt(q + 1, &year)) {
        d.date.year = year;
        d.end = e;
        return d;
      }
    }
    // A code alone ("in Q4") takes its year later from the document date,
    // but only the quarter letter Q: "T4" and "H2" alone are as often a
    // terminal or hydrogen. A capitalised word before it makes it a model
    // name ("the Audi Q4"), unless that word is a cue ("In Q4").
    const std::string_view letter = Text(code);
    if (letter != "Q" && letter != "q") return std::nullopt;
    if (begin > 0 && t_[begin - 1].type == TT::kWord) {
      const char c = text_[t_[begin - 1].start];
      if (c >= 'A' && c <= 'Z' && !Starts(begin - 1, PT::kYearCue)) return std::nullopt;
    }
    return d;
  }

  // ---- periods -----------------------------------------------------------
  // Gives a year-less start its year from the end ("between October and
  // March 2018": October 2017) and checks the ends are in order.
  static bool Combine(ParsedDate* d1, const ParsedDate& d2) {
    if (d2.decade || d1->decade || d1->day_max || d2.day_max) return false;
    // Two year-less days ("--12-20" to "--01-05"): any order, the second
    // may be in the next year.
    if (d2.yearless()) return d1->yearless() && d1->StartKey() != d2.StartKey();
    if (d1->yearless()) {
      d1->date.year = d2.date.year;
      if (d1->FirstMonth() > d2.FirstMonth()) --d1->date.year;
      if (d1->date.day > DaysInMonth(d1->date.year, d1->date.month)) return false;
    }
    return d1->StartKey() < d2.StartKey();
  }

  // Gives a year-less end of a period its year: from "in 2019" right after
  // it, from the start's year, or from the document date. Without any, two
  // ends of which one names a day stay year-less ("--05-12"). `end` moves
  // past a tail year.
  bool ResolveEnd(const ParsedDate& d1, ParsedDate* d2, size_t* end) const {
    if (!d2->yearless()) return true;
    if (auto t = TailYear(*end)) {
      d2->date.year = t->first;
      *end = t->second;
    } else if (!d1.yearless()) {
      d2->date.year = d1.date.year;
      if (d2->StartKey() < d1.StartKey()) ++d2->date.year;
    } else if (const int y = DefaultYear(d1.FirstMonth(), d1.date.day); y) {
      // The start takes the most recent past year (or the next when the
      // sentence is future); a period across New Year ("between December 1
      // and February 4") ends the year after it starts.
      d2->date.year = y;
      if (d1.yearless() && d1.FirstMonth()) {
        const int d1_key = d1.FirstMonth() * 100 + d1.date.day;
        const int d2_key = d2->FirstMonth() * 100 + d2->date.day;
        if (d1_key > d2_key) ++d2->date.year;
      }
    } else {
      return !d1.period && !d2->period && (d1.date.day || d2->date.day);
    }
    return d2->date.day <= DaysInMonth(d2->date.year, d2->date.month);
  }

  // A date at k, with a modifier in front if there is one ("from early 2017
  // to late 2018").
  std::optional<ParsedDate> ParseModified(size_t k, bool after_dash) const {
    size_t j = k;
    if (size_t e = Phrase(k, PT::kModifier)) {
      j = e;
      if (Dash(j) && Adj(j) && Adj(j + 1)) ++j;
    }
    auto d = ParseDate(j, after_dash);
    if (d) d->begin = k;
    return d;
  }

  // After an opening word at `begin` (phrase ends at j): date, link, date.
  size_t TryOpenedRange(size_t begin, size_t j, int range) {
    auto d1 = ParseModified(j, false);
    // "del 5 al 7 de marzo", "between 5 and 7 March 2018": a lone day takes
    // its month and year from the end.
    bool lone_day = false;
    if (!d1 && Num(j) && t_[j].digits <= 2 && t_[j].num >= 1 && t_[j].num <= 31 && CleanStart(j) &&
        CleanEnd(j, false)) {
      d1 = ParsedDate();
      d1->begin = j;
      d1->end = j + 1;
      d1->date.day = static_cast<int>(t_[j].num);
      lone_day = true;
    }
    if (!d1) return 0;
    const DateWord* w = W(d1->end);
    if (!w) return 0;
    for (uint16_t id : w->PhrasesOf(PT::kRangeLink)) {
      const DatePhrase& p = lex_.phrases[id];
      if (p.range != range) continue;
      const size_t l = MatchPhrase(d1->end, p);
      if (!l) continue;
      auto d2 = ParseModified(l, false);
      if (!d2) continue;
      ParsedDate start = *d1;
      if (lone_day) {
        if (d2->date.day == 0 || d2->period) continue;
        start.date.month = d2->date.month;
      }
      size_t end = d2->end;
      if (!ResolveEnd(start, &*d2, &end)) continue;
      if (lone_day) start.date.year = d2->date.year;
      if (Combine(&start, *d2)) {
        EmitRange(begin, end, start, *d2, lone_day ? "day_range" : "range");
        return end;
      }
    }
    return 0;
  }

  // "2014-2016", "2014–16", "2014/15", "October 2017–March 2018".
  size_t TryJoinedRange(size_t begin, const ParsedDate& d1) {
    const size_t j = d1.end;
    const bool slash = d1.bare_year && Punct(j, "/") && Adj(j);
    if (!Dash(j) && !slash) return 0;
    const size_t k = j + 1;
    if (slash && !Adj(k)) return 0;
    ParsedDate d2;
    if (d1.bare_year && Num(k) && t_[k].digits == 2) {
      if (!CleanEnd(k, false)) return 0;
      const int y1 = d1.date.year;
      int y2 = y1 - y1 % 100 + static_cast<int>(t_[k].num);
      if (y2 <= y1) y2 += 100;
      if (!IsDateYear(y2)) return 0;
      d2.begin = k;
      d2.end = k + 1;
      d2.date.year = y2;
      d2.bare_year = true;
    } else {
      auto p = ParseModified(k, true);
      if (!p || p->bare_year != d1.bare_year) return 0;
      d2 = *p;
    }
    // "2014-2016-555" is a code, not a period.
    size_t e = d2.end;
    if (Adj(e) && (Dash(e) || Punct(e, "/")) && Num(e + 1) && Adj(e + 1)) return 0;
    if (d2.bare_year && Blocked(e)) return 0;
    return FinishMonthRange(begin, d1, d2, e, "range_dash", true);
  }

  // "the July-September quarter of 2019", "the April to June quarter": two
  // year-less months and a period noun, which is consumed with its year.
  // Returns the period kind, or -1 when no noun follows.
  int MonthsPeriodNoun(const ParsedDate& d1, ParsedDate* d2, size_t* e) const {
    const auto month_only = [](const ParsedDate& d) {
      return d.date.month && !d.date.day && !d.period && !d.decade;
    };
    if (!(d1.yearless() && d2->yearless() && month_only(d1) && month_only(*d2) && W(*e) &&
          W(*e)->period >= 0)) {
      return -1;
    }
    const int kind = W(*e)->period;
    ++*e;
    if (W(*e) && W(*e)->period_link) {
      if (auto y = YearAt(*e + 1)) {
        d2->date.year = *y;
        *e += 2;
      }
    }
    return kind;
  }

  // The end of a period from d1 to d2 (tokens up to e): a period noun after
  // two months, the year, then one date (a quarter that the months fill
  // exactly) or a range. `months_alone_ok` lets two bare months stand
  // without a year cue ("July-September" has its dash); 0 when nothing fits.
  size_t FinishMonthRange(size_t begin, const ParsedDate& d1, ParsedDate d2, size_t e,
                          const char* rule, bool months_alone_ok) {
    ParsedDate start = d1;
    const int period_kind = MonthsPeriodNoun(d1, &d2, &e);
    if (period_kind < 0 && !months_alone_ok && d1.yearless() && d2.yearless() && !d1.date.day &&
        !d2.date.day && !TailYear(e)) {
      return 0;  // "March to June" needs a cue or a year, like "March" alone
    }
    if (!ResolveEnd(start, &d2, &e)) {
      if (period_kind >= 0) {
        Unresolved(begin, e);  // "the July-September quarter" with no year
        return e;
      }
      return 0;
    }
    if (!Combine(&start, d2)) return 0;
    if (period_kind >= 0 && !start.yearless()) {
      const int len = 12 / lex_.periods[period_kind].count;
      const int m1 = start.date.month, m2 = d2.date.month;
      if (start.date.year == d2.date.year && (m1 - 1) % len == 0 && m2 - m1 + 1 == len) {
        ParsedDate p = d2;
        p.period = lex_.periods[period_kind].iso;
        p.period_index = (m1 - 1) / len + 1;
        Emit(begin, e, p.Iso(), "period_months");
        return e;
      }
    }
    EmitRange(begin, e, start, d2, rule);
    return e;
  }

  // A link word with no opener: "October 2017 to March 2018". Bare years
  // need an opener ("from 2014 to 2016") or a cue ("in 2014 through 2018"):
  // "2014 to 2016" alone may be counts.
  size_t TryLinkedRange(size_t begin, const ParsedDate& d1, bool month_cue, bool year_cue) {
    if ((d1.bare_year && !year_cue) || d1.decade) return 0;
    if (begin == no_link_at_ || d1.begin == no_link_at_) return 0;
    const DateWord* w = W(d1.end);
    if (!w) return 0;
    for (uint16_t id : w->PhrasesOf(PT::kRangeLink)) {
      const DatePhrase& p = lex_.phrases[id];
      if (lex_.ranges[p.range].has_opener) continue;
      const size_t l = MatchPhrase(d1.end, p);
      if (!l) continue;
      auto d2 = ParseModified(l, false);
      if (!d2 || d2->decade || (d1.bare_year && (!d2->bare_year || Blocked(d2->end)))) continue;
      if (size_t e = FinishMonthRange(begin, d1, *d2, d2->end, "range_link", month_cue)) return e;
    }
    return 0;
  }

  // A date (with its modifier) at j, or a period that starts with one.
  // `year_cue` / `month_cue` say a cue for a bare year / a bare month came
  // just before. Returns the token after what was consumed, or 0.
  size_t Single(size_t j, bool year_cue, bool month_cue) {
    auto d = ParseModified(j, false);
    if (!d) return 0;
    if (d->split_year) {
      Unresolved(d->begin, d->end);  // "the first quarter of 2026/27": no calendar span
      return d->end;
    }
    // A modifier vouches for a bare year or month as well as a cue does
    // ("early 2018", "late March").
    const bool modified = Phrase(j, PT::kModifier) != 0;
    year_cue = year_cue || modified;
    month_cue = month_cue || modified;
    if (d->decade) {
      // "the eighties", "the 80s": only right after a decade cue ("in their
      // eighties" is an age, "los ochenta diputados" a count).
      if (d->needs_cue && !DecadeCued(*d)) return 0;
      ParsedDate last = *d;
      last.date.year += 9;
      EmitRange(d->begin, d->end, *d, last, "decade");
      // "los años ochenta y noventa", "the '80s and '90s".
      size_t e = d->end;
      for (;;) {
        const std::optional<size_t> item = NextListItem(e);
        if (!item) break;
        const size_t k = *item;
        auto next = DecadeAt(k, d->decade_noun);
        if (!next || Blocked(next->second)) break;
        ParsedDate a = *d, b = *d;
        a.date.year = next->first;
        b.date.year = next->first + 9;
        EmitRange(k, next->second, a, b, "decade_list");
        e = next->second;
      }
      return e;
    }
    if (size_t e = TryJoinedRange(d->begin, *d)) return e;
    if (size_t e = TryLinkedRange(d->begin, *d, month_cue, year_cue)) return e;
    if (d->bare_year && ((!year_cue && !d->fiscal) || Blocked(d->end))) return 0;
    if (d->yearless()) {
      // "March" alone may be a verb or a name.
      // "December payrolls", "the March jobs report": a month as an
      // attribute of a statistic is a date.
      const bool attribute = W(d->end) && W(d->end)->month_attribute && NameOk(d->begin);
      if (!d->period && d->date.day == 0 && !month_cue && !attribute) return 0;
      // "May 12 people", "March 12 miles": a modal or a verb and a count.
      if (d->date.day && Blocked(d->end)) return 0;
      if (auto t = TailYear(d->end)) {
        d->date.year = t->first;  // "on May 12 in 2022"
        d->end = t->second;
      } else if (const int y = DefaultYear(d->FirstMonth(), d->date.day); y) {
        d->date.year = y;
        // "Feb 29" in a document of a common year: the day stays year-less.
        if (d->date.day > DaysInMonth(d->date.year, d->date.month)) d->date.year = 0;
      } else if (d->period) {
        Unresolved(d->begin, d->end);  // "the first quarter": no year, no figure
        return d->end;
      } else if (d->date.day == 0) {
        return 0;  // a year-less month says nothing checkable
      }
      // A day stays year-less ("--03-05"), so its number is never a count.
      if (d->date.day > DaysInMonth(d->date.year, d->date.month)) return 0;
    }
    if (d->day_max) {
      ParsedDate last = *d;
      last.date.day = d->day_max;
      if (d->day_max > DaysInMonth(d->date.year, d->date.month)) return 0;
      EmitRange(d->begin, d->end, *d, last, "day_range");
      return d->end;
    }
    Emit(d->begin, d->end, d->Iso(), d->rule);
    if (!d->bare_year) return d->end;
    // "in 2014, 2015 and 2016".
    size_t e = d->end;
    for (;;) {
      const std::optional<size_t> item = NextListItem(e);
      if (!item) break;
      const size_t k = *item;
      if (!Num(k) || t_[k].digits != 4 || !IsDateYear(t_[k].num) || !CleanStart(k) ||
          !CleanEnd(k, false) || Blocked(k + 1)) {
        break;
      }
      Emit(k, k + 1, FormatIsoDate(CivilDate{static_cast<int>(t_[k].num), 0, 0}), "year_list");
      e = k + 1;
    }
    return e;
  }

  // "last year", "el mes pasado", "yesterday".
  // The relative phrase at i; the figure's span starts at `begin` (a
  // modifier in front: "early last year", "a finales del año pasado").
  size_t TryRelative(size_t i, size_t begin) {
    // "next April", "last March", "this June": a month placed by the
    // document's date (rules: month_relative). "next April" said in
    // September 2026 is April 2027, "last April" April 2026. A month one or
    // two away is a year further: the month just gone is "in February" or
    // "last month", so "last February" in March 2026 is February 2025
    // (eval36), and "next April" in March 2026 is April 2027.
    // A number after the month ("last April 2025", "next April 5") is read
    // by the month's own rules.
    if (W(i) && W(i)->month_relative && W(i + 1) && W(i + 1)->month && doc_.year != 0 && doc_.month != 0 &&
        !(i + 2 < n_ && t_[i + 2].type == TT::kNumber)) {
      const int m = W(i + 1)->month, off = W(i)->month_relative_offset;
      int y = doc_.year;
      if (off > 0 && (m <= doc_.month + 2)) ++y;
      if (off < 0 && (m >= doc_.month - 2)) --y;
      Emit(begin, i + 2, FormatIsoDate(CivilDate{y, m, 0}), "relative");
      return i + 2;
    }
    const DatePhrase* p = nullptr;
    const size_t e = Phrase(i, PT::kRelative, -1, &p);
    if (!e) return 0;
    // "over the last year" is the past twelve months: consume, emit nothing.
    if (begin == i && i > 0 && W(i - 1) && W(i - 1)->relative_guard) return e;
    CivilDate c;
    switch (p->unit) {
      case DateUnit::kYear:
        if (doc_.year == 0) return e;
        c = CivilDate{doc_.year + p->offset, 0, 0};
        // "last year's fourth quarter", "next year's March budget".
        if (Apostrophe(e) && Adj(e) && Adj(e + 1) && W(e + 1) && Text(e + 1).size() == 1 &&
            (Text(e + 1)[0] | 0x20) == 's') {
          auto d = ParseModified(e + 2, false);
          if (d && d->yearless() && !d->decade && (d->period || d->date.month)) {
            d->date.year = c.year;
            if (d->date.day > DaysInMonth(d->date.year, d->date.month)) return e;
            Emit(begin, d->end, d->Iso(), "relative_period");
            return d->end;
          }
        }
        break;
      case DateUnit::kMonth:
        if (doc_.month == 0) return e;
        c = AddMonths(doc_, p->offset);
        break;
      case DateUnit::kDay:
        if (doc_.day == 0) return e;
        c = AddDays(doc_, p->offset);
        break;
    }
    Emit(begin, e, FormatIsoDate(c), "relative");
    return e;
  }

  // "the three months to September 2019", "the 12 months to June", "the
  // year to March": the months that end with the named one.
  size_t TryMonthsTo(size_t i) {
    int count = 0;
    size_t k = 0;
    if (size_t e = Phrase(i, PT::kYearTo)) {
      count = 12;
      k = e;
    } else {
      if (W(i) && W(i)->month_count) {
        count = W(i)->month_count;
      } else if (Num(i) && t_[i].digits <= 2 && t_[i].num >= 1 && t_[i].num <= 24 && CleanStart(i)) {
        count = static_cast<int>(t_[i].num);
      } else {
        return 0;
      }
      // "los nueve primeros meses de 2026", "los tres últimos meses de
      // 2018": the count before its ordinal, as Spanish often writes it
      // (trial18: the boletín's nine months were read as the whole year, and
      // "el primer semestre" agreed with them).
      if (count <= 12 && W(i + 1) && (W(i + 1)->ordinal == 1 || W(i + 1)->ordinal == -1) && W(i + 2) &&
          W(i + 2)->months_noun && W(i + 3) && W(i + 3)->period_link) {
        if (auto y = YearAt(i + 4)) {
          ParsedDate a, b;
          a.date = CivilDate{*y, W(i + 1)->ordinal == 1 ? 1 : 13 - count, 0};
          b.date = CivilDate{*y, W(i + 1)->ordinal == 1 ? count : 12, 0};
          EmitRange(i, i + 5, a, b, "months_of_year");
          return i + 5;
        }
      }
      if (!(W(i + 1) && W(i + 1)->months_noun)) return 0;
      k = i + 2;
      // "the last three months of 2018", "los primeros seis meses de 2019":
      // the months at one end of the year.
      if (i >= 1 && W(i - 1) && (W(i - 1)->ordinal == 1 || W(i - 1)->ordinal == -1) && count <= 12 &&
          W(k) && W(k)->period_link) {
        if (auto y = YearAt(k + 1)) {
          ParsedDate a, b;
          a.date = CivilDate{*y, W(i - 1)->ordinal == 1 ? 1 : 13 - count, 0};
          b.date = CivilDate{*y, W(i - 1)->ordinal == 1 ? count : 12, 0};
          EmitRange(i - 1, k + 2, a, b, "months_of_year");
          return k + 2;
        }
      }
    }
    const size_t l = Phrase(k, PT::kMonthsToLink);
    if (!l || !(W(l) && W(l)->month && NameOk(l))) return 0;
    auto d = ParseFromMonth(l);
    if (!d || d->date.day) return 0;
    size_t end = d->end;
    if (d->yearless()) {
      if (auto t = TailYear(end)) {
        d->date.year = t->first;
        end = t->second;
      } else if (const int y = DefaultYear(d->FirstMonth(), d->date.day); y) {
        d->date.year = y;
      } else {
        return 0;
      }
    }
    ParsedDate first = *d;
    first.date = AddMonths(d->date, 1 - count);
    EmitRange(i, end, first, *d, "months_to");
    return end;
  }

  // A day of the month at j, with its ordinal suffix ("5", "5th", "1.º"):
  // the token after it in *end.
  bool DayAt(size_t j, size_t* end) const {
    if (!Num(j) || t_[j].digits > 2 || t_[j].num < 1 || t_[j].num > 31 || !CleanStart(j)) return false;
    size_t e = AfterOrdinalSuffix(j);
    if (e == 0 && CleanEnd(j, false)) e = j + 1;
    *end = e;
    return e != 0;
  }

  // "5 and 6 May", "los días 5, 6 y 7 de marzo", "March 5 and 6", "Sept. 7,
  // 8 and 9, 2018": every day is a date, none a count. A list needs its link
  // word ("and", "y"): "March 5, 10 people" is a date and a count.
  size_t TryDayList(size_t i) {
    const bool month_first = lex_.month_day_order && W(i) && W(i)->month && NameOk(i);
    std::vector<std::pair<size_t, size_t>> days;  // tokens of each day: [first, end)
    size_t k = 0;
    const size_t first_day = month_first ? AfterMonth(i) : i;
    if (!DayAt(first_day, &k)) return 0;
    days.emplace_back(month_first ? i : first_day, k);
    bool saw_link = false;
    for (;;) {
      size_t j = k;
      const bool comma = Punct(j, ",");
      if (comma) ++j;
      const bool word = W(j) && W(j)->list_link;
      if (word) ++j;
      if (word && W(j) && W(j)->list_article) ++j;  // "el 1 y el 2 de agosto"
      size_t e = 0;
      if ((!comma && !word) || !DayAt(j, &e)) break;
      days.emplace_back(j, e);
      k = e;
      if (word) {
        saw_link = true;
        break;  // the link word stands before the last day
      }
    }
    if (!saw_link) return 0;
    int month = 0, year = 0;
    size_t end = k;
    if (month_first) {
      month = W(i)->month;
      if (Punct(k, ",")) {
        if (auto y = YearAt(k + 1)) {
          year = *y;
          end = k + 2;
        }
      }
    } else {
      auto d = ParseFromNumber(days.back().first, false);
      if (!d || !d->date.day || d->day_max || d->period) return 0;
      month = d->date.month;
      year = d->date.year;
      end = d->end;
      days.back().second = end;
    }
    if (Blocked(end)) return 0;  // "on March 5 and 6 people were hurt"
    if (year == 0) {
      if (auto t = TailYear(end)) {
        year = t->first;
        end = t->second;
      } else {
        const size_t first = Num(days.front().first) ? days.front().first : AfterMonth(days.front().first);
        year = DefaultYear(month, static_cast<int>(t_[first].num));
      }
    }
    days.back().second = end;
    for (const auto& [b, e] : days) {
      const size_t num = Num(b) ? b : AfterMonth(b);
      CivilDate c{year, month, static_cast<int>(t_[num].num)};
      if (c.day > DaysInMonth(year, month)) return 0;
    }
    for (const auto& [b, e] : days) {
      ParsedDate d;
      d.date = CivilDate{year, month, static_cast<int>(t_[Num(b) ? b : AfterMonth(b)].num)};
      Emit(b, e, d.Iso(), "day_list");
    }
    return end;
  }

  size_t TryAt(size_t i) {
    if (size_t e = TryMonthsTo(i)) return e;
    if (size_t e = TryDayList(i)) return e;
    if (const DateWord* w = W(i)) {
      for (uint16_t id : w->PhrasesOf(PT::kRangeOpen)) {
        const DatePhrase& p = lex_.phrases[id];
        if (size_t j = MatchPhrase(i, p)) {
          // "postponed (the vote) from Jan. 15 to Feb. 3": the old and the
          // new date, two figures, never a range.
          if (lex_.ranges[p.range].change_dates && AfterChangeVerb(i)) {
            no_link_at_ = j;
            continue;
          }
          if (size_t e = TryOpenedRange(i, j, p.range)) return e;
        }
      }
      if (size_t e = TryRelative(i, i)) return e;
      const size_t modifier_end = Phrase(i, PT::kModifier);  // asked twice below
      if (modifier_end) {
        if (size_t e = TryRelative(modifier_end, i)) return e;
      }
      // "los años 2000" is a decade before "los años" is a cue for a year.
      if (Starts(i, PT::kDecadeNoun)) {
        if (size_t e = Single(i, false, false)) return e;
      }
      // A modifier may start with a cue word ("the end of" / "the").
      if (modifier_end) {
        if (size_t e = Single(i, false, false)) return e;
      }
      // "up 2.3 points on 2015": a weaker cue, so the year must end the
      // clause ("on 2000 laptops" stays a count).
      if (size_t c = Phrase(i, PT::kComparisonCue)) {
        // "revised its figure for 2025-26": a span of years joined by a dash
        // or slash is a period after any cue, never a year and a count 26
        // (trial10).
        if (auto d = ParseModified(c, false); d && d->bare_year) {
          if (size_t e = TryJoinedRange(d->begin, *d)) return e;
        }
        if (YearAt(c) && (c + 1 >= n_ || t_[c + 1].type == TT::kPunct ||
                          (W(c + 1) && W(c + 1)->comparison_follower))) {
          Emit(c, c + 1, FormatIsoDate(CivilDate{static_cast<int>(t_[c].num), 0, 0}),
               "year_compared");
          return c + 1;
        }
      }
      const size_t year_end = Phrase(i, PT::kYearCue);
      const size_t month_end = Phrase(i, PT::kMonthCue);
      if (year_end) {
        if (size_t e = Single(year_end, true, month_end == year_end)) return e;
      }
      if (month_end && month_end != year_end) {
        if (size_t e = Single(month_end, false, true)) return e;
      }
    }
    return Single(i, false, false);
  }

  // ---- output ------------------------------------------------------------
  void Unresolved(size_t begin, size_t end) {
    if (unresolved_) unresolved_->emplace_back(t_[begin].start, t_[end - 1].end);
  }

  void Emit(size_t begin, size_t end, std::string iso, const char* rule) {
    Mention m;
    m.start = t_[begin].start;
    m.end = t_[end - 1].end;
    m.kind = Kind::kDate;
    m.value = FigureValue::Date(std::move(iso));
    m.rule = rule_prefix_ + rule;
    out_->push_back(std::move(m));
  }

  void EmitRange(size_t begin, size_t end, const ParsedDate& a, const ParsedDate& b,
                 const char* rule) {
    Emit(begin, end, a.Iso(), rule);
    out_->back().value_max = FigureValue::Date(b.Iso());
    out_->back().qualifier = Qualifier::kRange;
  }

  const DateLexicon& lex_;
  const std::string& rule_prefix_;
  std::string_view text_;
  const std::vector<DateToken>& t_;
  const size_t n_;
  const CivilDate doc_;
  bool future_ = false;
  int sentence_year_ = 0;
  size_t no_link_at_ = static_cast<size_t>(-1);  // a date here starts no linked range

  // A year written with a month or a period ("October 2018", "the fourth
  // quarter of 2018", "marzo de 2018"), not a bare year ("rose in 2019").
  bool AttachedYear(size_t i) const {
    if (i == 0) return false;
    const DateWord* prev = W(i - 1);
    if (prev && (prev->month || prev->period >= 0)) return true;
    if (i >= 2 && prev && (prev->period_link || prev->month_year_link)) {
      const DateWord* p2 = W(i - 2);
      if (p2 && (p2->month || p2->period >= 0)) return true;
    }
    // "March 13, 2019", "13 March 2019"
    size_t k = i - 1;
    if (Punct(k, ",") && k >= 1) --k;
    if (Num(k) && t_[k].digits <= 2 && k >= 1 && W(k - 1) && W(k - 1)->month) return true;
    if (W(k) && W(k)->month && k >= 1 && Num(k - 1) && t_[k - 1].digits <= 2) return true;
    return false;
  }

  // A change verb up to three words before token i ("postponed", "moved the
  // vote", "aplazó la cita"), with no punctuation in between.
  bool AfterChangeVerb(size_t i) const {
    for (size_t k = i, steps = 0; k > 0 && steps < 4; --k, ++steps) {
      const DateToken& t = t_[k - 1];
      if (t.type != TT::kWord) return false;
      if (t.word != nullptr && t.word->change_verb) return true;
    }
    return false;
  }

  // The year of a year-less date starting in `month` (day 0: none): the
  // sentence's own year for a bare month or period, else the most recent occurrence up to the document
  // date ("Sept. 7" in a text of March 2019 is 2018-09-07), or the next one
  // when the sentence speaks of the future. 0 without a document date.
  int DefaultYear(int month, int day) const {
    // The old date of a change ("postponed from March 20 to March 13, 2019")
    // shares the new one's year, a day included.
    if (sentence_year_ && (day == 0 || no_link_at_ != static_cast<size_t>(-1))) return sentence_year_;
    if (!doc_.year) return 0;
    if (future_ || !doc_.month || month == 0) return doc_.year;
    const int key = month * 100 + day;
    const int doc_key = doc_.month * 100 + (doc_.day ? doc_.day : 31);
    return key > doc_key ? doc_.year - 1 : doc_.year;
  }
  std::vector<Mention>* out_;
  std::vector<std::pair<size_t, size_t>>* unresolved_;
};

bool HasDigit(std::string_view s) {
  for (char c : s) {
    if (c >= '0' && c <= '9') return true;
  }
  return false;
}

class LexiconDateRecognizer : public DateRecognizer {
  // Whether a decade word ("eighties", "ochenta") or a period noun
  // ("quarter") may be in `text`: each is looked for without its first
  // letter, which may be a capital. Far cheaper than tokenizing the many
  // sentences that hold no digit.
  bool MayHoldDigitlessDate(std::string_view text) const {
    for (const std::string& key : lex_->decade_keys) {
      if (text.find(key) != std::string_view::npos) return true;
    }
    return false;
  }

 public:
  explicit LexiconDateRecognizer(std::unique_ptr<DateLexicon> lex)
      : lex_(std::move(lex)), rule_prefix_(lex_->lang + ".date.") {}

  std::vector<Mention> Find(std::string_view text, const RecognizeContext& ctx,
                            std::vector<std::pair<size_t, size_t>>* unresolved) const override {
    std::vector<Mention> out;
    CivilDate doc;
    if (ctx.doc_date.empty() || !ParseIsoDate(ctx.doc_date, &doc)) doc = CivilDate();
    // Without digits only relative and year-less dates, decade words ("the
    // eighties") and year-less periods could match; the first two need the
    // document date.
    if (doc.year == 0 && !HasDigit(text) && !MayHoldDigitlessDate(text)) return out;
    if (text.size() > kMaxDateScanBytes) return out;  // no sentence is 4 GB
    // One token buffer per thread, reused: Find stays const and
    // thread-safe without allocating per call.
    thread_local std::vector<DateToken> tokens;
    TokenizeForDates(text, *lex_, &tokens);
    DateScan(*lex_, rule_prefix_, text, tokens, doc, &out, unresolved).Run();
    return out;
  }

 private:
  std::unique_ptr<DateLexicon> lex_;
  std::string rule_prefix_;
};

}  // namespace

Status DateRecognizer::Load(const std::string& rules_dir, const std::string& lang,
                            std::unique_ptr<DateRecognizer>* out) {
  const std::string path = rules_dir + "/" + lang + "/dates.yaml";
  auto lex = std::make_unique<DateLexicon>();
  if (Status s = LoadDateLexicon(path, lex.get()); !s.ok()) return s;
  if (lex->lang != lang) {
    return Status::InvalidArgument(path + ": lang is '" + lex->lang + "' but the file is under '" +
                                   lang + "'");
  }
  *out = std::make_unique<LexiconDateRecognizer>(std::move(lex));
  return Status::Ok();
}

}  // namespace claimcheck
