// The time a figure refers to.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>

#include "extract/attach/context.h"
#include "extract/attach/tokens.h"

namespace claimcheck::attach {
namespace {

// kPublished: the date says when a document came out ("the report published
// this week"), no time of any figure.
enum class Cue { kNone, kPoint, kSince, kUntil, kBaseline, kPublished };

// Parses the leading "YYYY", "YYYY-MM" or "YYYY-MM-DD" of an ISO date;
// month and day are 0 when absent.
bool ParseIsoDate(const std::string& s, int* y, int* m, int* d) {
  *y = *m = *d = 0;
  if (s.size() < 4) return false;
  for (int i = 0; i < 4; ++i) {
    if (s[i] < '0' || s[i] > '9') return false;
  }
  *y = std::atoi(s.substr(0, 4).c_str());
  if (s.size() >= 7 && s[4] == '-') *m = std::atoi(s.substr(5, 2).c_str());
  if (s.size() >= 10 && s[7] == '-') *d = std::atoi(s.substr(8, 2).c_str());
  return *m <= 12 && *d <= 31;
}

std::string Pad(int v, int width) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%0*d", width, v);
  return buf;
}

// Floor division, so that offsets before January land in the previous year.
int FloorDiv(int a, int b) { return a >= 0 ? a / b : -((-a + b - 1) / b); }

std::string Resolve(const RelativeTime& r, const std::string& doc_date) {
  int y, m, d;
  if (!ParseIsoDate(doc_date, &y, &m, &d)) return "";
  if (r.unit == "year") return Pad(y + r.offset, 4);
  if (r.unit == "quarter") {
    if (r.quarter > 0) return Pad(y + r.offset, 4) + "-Q" + std::to_string(r.quarter);
    if (m == 0) return "";
    int q = y * 4 + (m - 1) / 3 + r.offset;
    return Pad(FloorDiv(q, 4), 4) + "-Q" + std::to_string(q - FloorDiv(q, 4) * 4 + 1);
  }
  if (r.unit == "month") {
    if (m == 0) return "";
    int mm = y * 12 + (m - 1) + r.offset;
    return Pad(FloorDiv(mm, 12), 4) + "-" + Pad(mm - FloorDiv(mm, 12) * 12 + 1, 2);
  }
  if (m == 0 || d == 0) return "";
  using namespace std::chrono;
  year_month_day ymd{year{y}, month{static_cast<unsigned>(m)}, day{static_cast<unsigned>(d)}};
  if (!ymd.ok()) return "";
  if (r.unit == "week") {
    // Monday to Sunday of the shifted week: "last week" in a Tuesday's paper.
    sys_days day0{ymd};
    weekday wd{day0};
    sys_days monday = day0 - days{(wd.c_encoding() + 6) % 7} + days{7 * r.offset};
    auto iso = [](sys_days x) {
      year_month_day v{x};
      return Pad(static_cast<int>(v.year()), 4) + "-" + Pad(static_cast<int>(static_cast<unsigned>(v.month())), 2) +
             "-" + Pad(static_cast<int>(static_cast<unsigned>(v.day())), 2);
    };
    return iso(monday) + "/" + iso(monday + days{6});
  }
  year_month_day out{sys_days{ymd} + days{r.offset}};
  return Pad(static_cast<int>(out.year()), 4) + "-" +
         Pad(static_cast<int>(static_cast<unsigned>(out.month())), 2) + "-" +
         Pad(static_cast<int>(static_cast<unsigned>(out.day())), 2);
}

// A publication cue ends at token j, or the body that published stands
// between ("published by Northbridge City Council this week", "publicado
// por la Consejería de Sanidad el 3 de marzo"): j ends a name after "by" /
// "por" right after the cue.
bool PublishedEndingAt(const std::vector<Token>& toks, size_t j, const Lexicon& lex) {
  if (lex.publication_cues.MatchEndingAt(toks, j) > 0) return true;
  size_t i = j + 1;
  while (i > 0 && toks[i - 1].word && (toks[i - 1].cap || toks[i - 1].lower == "of" || toks[i - 1].lower == "de" ||
                                       toks[i - 1].lower == "la" || toks[i - 1].lower == "el" ||
                                       toks[i - 1].lower == "the" || toks[i - 1].lower == "and")) {
    --i;
  }
  if (i == j + 1 || i < 2 || !toks[i - 1].word) return false;
  const std::string& by = toks[i - 1].lower;
  return (by == "by" || by == "por") && toks[i - 2].word && lex.publication_cues.MatchEndingAt(toks, i - 2) > 0;
}

// The date ending at byte `end` of the sentence names a document
// or a count by when it was made, in the possessive (rules:
// dated_documents): "this year's count", "last year's survey". It dates that
// document, not a figure: "41 of its 47 member workshops took part in this
// year's count" was given this year for a survey of the last (eval51).
bool NamesDocument(const std::vector<Token>& toks, size_t end, const Lexicon& lex) {
  if (lex.dated_documents.empty()) return false;
  auto next = std::partition_point(toks.begin(), toks.end(), [end](const Token& t) { return t.start < end; });
  // "this year's count": the date's last word is possessive, the noun next.
  return next != toks.begin() && next != toks.end() && (next - 1)->possessive && next->word &&
         lex.dated_documents.HasWord(next->lower);
}

// The cue right before byte `at` of the sentence: "by", "since", "hasta".
// `cue_start` and `cue_words`, when given, get the byte where the cue's
// words start (`at` when there is none) and how many words it has.
Cue CueBefore(const std::vector<Token>& toks, size_t at, const Lexicon& lex, bool day,
              size_t* cue_start = nullptr, size_t* cue_words = nullptr) {
  if (cue_start != nullptr) *cue_start = at;
  if (cue_words != nullptr) *cue_words = 0;
  // The last token ending at or before `at`; token ends increase, so a
  // binary search finds it (a long sentence with many dates stays linear).
  auto after = std::partition_point(toks.begin(), toks.end(),
                                    [at](const Token& t) { return t.end <= at; });
  if (after == toks.begin()) return Cue::kNone;
  size_t last = static_cast<size_t>(after - toks.begin()) - 1;
  if (!toks[last].word) return Cue::kNone;
  auto found = [&](size_t n, Cue c) {
    if (cue_start != nullptr) *cue_start = toks[last + 1 - n].start;
    if (cue_words != nullptr) *cue_words = n;
    return c;
  };
  // "the report published this week", "published in March", "publicado el
  // 3 de marzo": when the document came out (rules: publication_cues).
  if (PublishedEndingAt(toks, last, lex)) return found(1, Cue::kPublished);
  if (size_t n = lex.point_cues.MatchEndingAt(toks, last); n > 0 && last >= n && toks[last - n].word) {
    if (size_t m = lex.publication_cues.MatchEndingAt(toks, last - n); m > 0) return found(n + m, Cue::kPublished);
  }
  // "up 9 percent on 2024", "compared with 2024": the change's baseline. "on"
  // before a day ("on March 5") is the day itself.
  if (size_t n = lex.baseline_cues.MatchEndingAt(toks, last); n > 0) {
    if (!(day && lex.point_cues.MatchEndingAt(toks, last) >= n)) return found(n, Cue::kBaseline);
  }
  if (size_t n = lex.since_cues.MatchEndingAt(toks, last); n > 0) return found(n, Cue::kSince);
  if (size_t n = lex.until_cues.MatchEndingAt(toks, last); n > 0) return found(n, Cue::kUntil);
  if (size_t n = lex.point_cues.MatchEndingAt(toks, last); n > 0) return found(n, Cue::kPoint);
  // "by the 2050s": when the date starts after a determiner, the cue stands
  // before that word.
  if (last > 0 && lex.determiners.MatchEndingAt(toks, last) == 1) {
    Cue c = CueBefore(toks, toks[last].start, lex, day, cue_start, cue_words);
    if (c != Cue::kNone) return c;
    if (cue_start != nullptr) *cue_start = at;
    if (cue_words != nullptr) *cue_words = 0;
  }
  return Cue::kNone;
}

std::string DateText(const Figure& d, Cue cue) {
  std::string from = d.value.iso;
  if (d.value_max && d.value_max->is_date()) return from + "/" + d.value_max->iso;
  if (cue == Cue::kSince) return from + "/..";
  if (cue == Cue::kUntil) return "../" + from;
  return from;
}

}  // namespace

std::string TimeScope(const Figure& figure, const std::vector<Token>& toks, size_t sentence_start,
                      const std::vector<const Figure*>& dates, const Lexicon& lex,
                      const std::string& doc_date, std::optional<std::string>* relative_cache,
                      DateCues* date_cues) {
  // A date is its own time; giving it another would say nothing new.
  if (figure.kind == Kind::kDate) return "";
  if (!date_cues->ready) {
    date_cues->ready = true;
    date_cues->cue.assign(dates.size(), static_cast<int>(Cue::kNone));
    date_cues->cue_start.assign(dates.size(), 0);
    for (size_t i = 0; i < dates.size(); ++i) {
      date_cues->cue[i] = static_cast<int>(CueBefore(toks, dates[i]->start - sentence_start, lex,
                                                     dates[i]->value.iso.size() >= 10, &date_cues->cue_start[i]));
      if (dates[i]->value.iso.size() == 4 && NamesDocument(toks, dates[i]->end - sentence_start, lex)) {
        date_cues->cue[i] = static_cast<int>(Cue::kPublished);
      }
      // "17 this year", "412 last month": a relative date the recogniser
      // resolved dates the figure beside it as surely as a cued one, so a
      // cued date further off ("38 deaths in 2024 and 17 this year") does
      // not take it.
      // "más que en octubre del año pasado", "than in March last year": a
      // date joined to a baseline date (nothing or one word between) is
      // part of that baseline.
      if (date_cues->cue[i] == static_cast<int>(Cue::kNone) && i > 0 &&
          date_cues->cue[i - 1] == static_cast<int>(Cue::kBaseline) && dates[i - 1]->end <= dates[i]->start) {
        const size_t lo = dates[i - 1]->end - sentence_start, hi = dates[i]->start - sentence_start;
        auto it = std::partition_point(toks.begin(), toks.end(), [lo](const Token& tk) { return tk.start < lo; });
        size_t between = 0;
        for (; it != toks.end() && it->end <= hi && between <= 1; ++it) ++between;
        if (between <= 1) date_cues->cue[i] = static_cast<int>(Cue::kBaseline);
      }
      const std::string& rule = dates[i]->rule;
      if (date_cues->cue[i] == static_cast<int>(Cue::kNone) && rule.size() > 9 &&
          rule.compare(rule.size() - 9, 9, ".relative") == 0) {
        date_cues->cue[i] = static_cast<int>(Cue::kPoint);
      }
      if (date_cues->cue[i] != static_cast<int>(Cue::kNone) &&
          date_cues->cue[i] != static_cast<int>(Cue::kBaseline) &&
          date_cues->cue[i] != static_cast<int>(Cue::kPublished) && dates[i]->value.is_date()) {
        date_cues->cued.push_back(i);
      }
    }
  }
  // A cued date ("by March 5, 2018") beats a bare one; then the nearer wins,
  // then the earlier. Dates come in document order without overlapping, so
  // the nearest of each group is next to where the figure falls: a few
  // neighbours of that place are compared, not every date.
  const Figure* best = nullptr;
  Cue best_cue = Cue::kNone;
  size_t best_gap = 0;
  bool best_broken = false;
  const size_t fs = figure.start - sentence_start, fe = figure.end - sentence_start;
  // "46.8 million as of 1 November, compared with 46.1 million before the
  // election": a figure after a baseline cue is the compared value; a date
  // before that cue dates the figure it is compared with, not it. Cues of
  // two words or more only: a lone "against" or "on" is as often a verb's
  // preposition ("had taken action against 43 percent ... by March 5").
  size_t figure_cue_words = 0;
  const bool compared_value = CueBefore(toks, fs, lex, false, nullptr, &figure_cue_words) == Cue::kBaseline &&
                              figure_cue_words >= 2;
  // The other way round: "41.2 per cent, up from 38.7 per cent in the same
  // quarter last year": a date after such a cue, past the figure, is the
  // compared value's. Sentence bytes [lo, hi).
  auto compared_between = [&](size_t lo, size_t hi) {
    auto it = std::partition_point(toks.begin(), toks.end(), [lo](const Token& t) { return t.start < lo; });
    for (; it != toks.end() && it->end <= hi; ++it) {
      if (it->word && lex.baseline_cues.MatchEndingAt(toks, it - toks.begin()) >= 2) return true;
    }
    return false;
  };
  // A clause break ("and", "y", "while", ";") between a date and the figure:
  // "detuvieron a 1.320 personas en 2024 y llevan 690 este año" dates the 690
  // by its own clause. Sentence-relative bytes [lo, hi).
  using TokenIt = std::vector<Token>::const_iterator;
  auto ends_clause = [&](TokenIt it) {
    return !it->word ? it->lower == ";" : lex.clause_breaks.MatchEndingAt(toks, it - toks.begin()) > 0;
  };
  // A comma, then a clause break: ", and", ", while".
  auto comma_break = [&](TokenIt it) {
    return !it->word && it->lower == "," && it + 1 != toks.end() && (it + 1)->word &&
           lex.clause_breaks.MatchEndingAt(toks, it + 1 - toks.begin()) > 0;
  };
  // The sentence's last figure (not a date) starting before byte `at`, or
  // figures.end() when none does.
  auto last_figure_before = [&](size_t at) {
    const auto& figs = date_cues->figures;
    auto f = std::partition_point(figs.begin(), figs.end(),
                                  [at](const std::pair<size_t, size_t>& g) { return g.first < at; });
    return f == figs.begin() ? figs.end() : f - 1;
  };
  auto broken = [&](size_t lo, size_t hi) {
    auto it = std::partition_point(toks.begin(), toks.end(), [lo](const Token& t) { return t.start < lo; });
    for (; it != toks.end() && it->end <= hi; ++it) {
      if (ends_clause(it)) return true;
    }
    return false;
  };
  // A coordinated clause of another figure's between the figure and a date
  // after it: a comma, a clause break, then that figure, all before the
  // date ("62% had travelled from outside the city, and 91% said they
  // planned to come again next year": the 62% is not next year's; eval44).
  // Sentence bytes [lo, hi).
  // Only the first such break is read: any figure after a later one is
  // after the first too. The figures are in text order, so the first one
  // after the break is found by binary search (a hostile sentence of many
  // figures stays as linear as broken() above).
  auto other_clause = [&](size_t lo, size_t hi) {
    auto it = std::partition_point(toks.begin(), toks.end(), [lo](const Token& t) { return t.start < lo; });
    for (; it != toks.end() && it->end <= hi; ++it) {
      if (!comma_break(it)) continue;
      const size_t from = (it + 1)->end;
      const auto& figs = date_cues->figures;
      auto f = std::partition_point(figs.begin(), figs.end(),
                                    [from](const std::pair<size_t, size_t>& g) { return g.first < from; });
      return f != figs.end() && f->second <= hi;
    }
    return false;
  };
  // Another figure between the figure and a date after it, then within a
  // few words a relative word opening that figure's clause, which holds the
  // date ("71% ..., short of the national standard of 78% that hospitals
  // must hit by March 2027": the 71% is not March 2027's; trial96).
  // Sentence bytes [lo, hi).
  auto others_relative = [&](size_t lo, size_t hi) {
    // The last figure before the date: its clause is the one the date is in.
    auto f = last_figure_before(hi);
    if (f == date_cues->figures.end() || f->first < lo || f->second > hi) return false;
    const size_t from = f->second;
    auto it = std::partition_point(toks.begin(), toks.end(), [from](const Token& t) { return t.start < from; });
    // (Or a comma right before the opener, past the figure's noun phrase:
    // "£12 million on the new Berth 9 quay, which is due to be completed in
    // 2027", trial105.)
    for (int words = 0; it != toks.end() && it->end <= hi && words < 10; ++it) {
      if (!it->word) {
        // a comma before an opener goes on; any other sign ends the phrase
        if (it->lower != "," || it + 1 == toks.end() || !(it + 1)->word ||
            !lex.relative_openers.HasWord((it + 1)->lower)) {
          return false;
        }
        continue;
      }
      if (lex.relative_openers.HasWord(it->lower)) return words < 4 || (it != toks.begin() && (it - 1)->lower == ",");
      ++words;
    }
    return false;
  };
  // The mirror of other_clause: a date in an earlier clause with a figure of
  // its own before it, then a comma and a clause break before the figure
  // ("reserves stood at £21.1 million at the end of March last year, and the
  // authority plans to use £5.6 million": the £5.6 million is not last
  // year's; trial96). A date opening the sentence before any figure still
  // dates them all. Sentence bytes: the date [ds, de), the figure at fs.
  // Only a clause that looks ahead (rules: forward_cues) is set apart: a
  // date of the clause before is as often both clauses' ("It brought 9,420
  // prosecutions last year, and penalty fares rose to 148,600").
  auto earlier_clause = [&](size_t ds, size_t de) {
    auto it = std::partition_point(toks.begin(), toks.end(), [de](const Token& t) { return t.start < de; });
    while (it != toks.end() && it->end <= fs && !comma_break(it)) ++it;
    if (it == toks.end() || it->end > fs) return false;
    // From the break to the end of the figure's clause (a ";" or the next
    // clause break after it), at most a dozen words past the figure.
    bool ahead = false;
    for (int past = 0; it != toks.end() && !ahead && past < 12; ++it) {
      if (it->start >= fe) {
        if (ends_clause(it)) break;
        ++past;
      }
      ahead = it->word && lex.forward_cues.HasWord(it->lower);
    }
    if (!ahead) return false;
    auto g = last_figure_before(ds);
    return g != date_cues->figures.end() && g->second <= ds && !broken(g->second, ds);
  };
  auto consider = [&](size_t i) {
    const Figure* d = dates[i];
    if (!d->value.is_date() || d == &figure) return;
    Cue cue = static_cast<Cue>(date_cues->cue[i]);
    if (cue == Cue::kBaseline || cue == Cue::kPublished) return;
    if (compared_value && d->end <= figure.start) return;
    if (d->start >= figure.end && compared_between(fe, d->start - sentence_start)) return;
    if (d->start >= figure.end && other_clause(fe, d->start - sentence_start)) return;
    if (d->start >= figure.end && others_relative(fe, d->start - sentence_start)) return;
    if (d->end <= figure.start && earlier_clause(d->start - sentence_start, d->end - sentence_start)) return;
    const size_t ds = d->start - sentence_start, de = d->end - sentence_start;
    // A date after the figure is as far as its cue's first word: the cue is
    // the date's ("up from 3,540 at the end of June 2026" dates the 3,540
    // by June, not by "on 30 September 2026" a few bytes before it).
    const size_t lead = cue != Cue::kNone && date_cues->cue_start[i] >= fe && date_cues->cue_start[i] <= ds
                            ? date_cues->cue_start[i]
                            : ds;
    size_t gap = ds >= fe ? lead - fe : fs >= de ? fs - de : 0;
    bool brk = ds >= fe ? broken(fe, ds) : de <= fs ? broken(de, fs) : false;
    if (i < date_cues->owner.size() && date_cues->owner[i] != nullptr && date_cues->owner[i] != &figure) {
      // "0.61 tonnes ..., compared with 0.67 in 2024": the date of a
      // baseline's value (its owner after a baseline cue) is that value's
      // alone, never another figure's time (eval12-mining).
      if (CueBefore(toks, date_cues->owner[i]->start - sentence_start, lex, false) == Cue::kBaseline) return;
      // Nor across a clause break: "won £4.2m for six new pitches, and the
      // FA believes numbers could climb to 52,000 by 2027-28" gives the
      // pitches no date (trial53: a time conflict against the source's
      // opening date).
      if (brk) return;
      brk = true;
    }
    bool better = best == nullptr || (cue != Cue::kNone && best_cue == Cue::kNone) ||
                  ((cue != Cue::kNone) == (best_cue != Cue::kNone) &&
                   ((!brk && best_broken) ||
                    (brk == best_broken &&
                     (gap < best_gap || (gap == best_gap && d->start < best->start)))));
    if (better) {
      best = d;
      best_cue = cue;
      best_gap = gap;
      best_broken = brk;
    }
  };
  bool in_order = true;
  for (size_t i = 1; i < dates.size() && in_order; ++i) in_order = dates[i - 1]->end <= dates[i]->start;
  if (!in_order || dates.size() <= 8) {
    for (size_t i = 0; i < dates.size(); ++i) consider(i);
  } else {
    size_t k = static_cast<size_t>(
        std::partition_point(dates.begin(), dates.end(),
                             [&](const Figure* d) { return d->start < figure.end; }) -
        dates.begin());
    // The nearest bare date is beside k; the nearest cued one is the first
    // cued date on either side of k.
    for (size_t i = k >= 2 ? k - 2 : 0; i < std::min(dates.size(), k + 2); ++i) consider(i);
    const std::vector<size_t>& cued = date_cues->cued;
    size_t c = static_cast<size_t>(std::lower_bound(cued.begin(), cued.end(), k) - cued.begin());
    if (c > 0) consider(cued[c - 1]);
    if (c < cued.size()) consider(cued[c]);
  }
  // Relative phrases ("this year", "last year"): every one of the sentence,
  // the longest at each place, outside the date figures and not after a
  // baseline cue ("compared with last year").
  if (!date_cues->relatives_ready) {
    date_cues->relatives_ready = true;
    for (size_t i = 0; i < toks.size(); ++i) {
      // No relative phrase starts with this word (the lexicon's marks).
      if (toks[i].marked && lex.relative_indexed && (toks[i].starts & Lexicon::kRelativeStart) == 0) continue;
      const RelativeTime* rel = nullptr;
      for (const RelativeTime& r : lex.relative) {
        if (i + r.words.size() > toks.size()) continue;
        bool ok = true;
        for (size_t k = 0; k < r.words.size() && ok; ++k) ok = toks[i + k].lower == r.words[k];
        if (ok && (rel == nullptr || r.words.size() > rel->words.size())) rel = &r;
      }
      if (rel == nullptr) continue;
      const size_t a = toks[i].start, b = toks[i + rel->words.size() - 1].end;
      bool inside = false;
      for (const Figure* d : dates) {
        inside = inside || (d->start - sentence_start < b && a < d->end - sentence_start);
      }
      bool baseline = i > 0 && toks[i - 1].word &&
                      (lex.baseline_cues.MatchEndingAt(toks, i - 1) > 0 ||
                       PublishedEndingAt(toks, i - 1, lex));
      std::string t = inside || baseline ? std::string() : Resolve(*rel, doc_date);
      if (!t.empty()) date_cues->relatives.push_back({a, b, std::move(t)});
      i += rel->words.size() - 1;
    }
  }
  // A relative phrase is as explicit as a cued date: the nearer of the two
  // dates the figure, and either beats a bare date ("38 road deaths in
  // 2024 and 17 this year").
  const DateCues::Relative* near_rel = nullptr;
  size_t rel_gap = 0;
  bool rel_broken = false;
  for (const DateCues::Relative& r : date_cues->relatives) {
    if (compared_value && r.end <= fs) continue;
    if (r.start >= fe && compared_between(fe, r.start)) continue;
    if (r.start >= fe && other_clause(fe, r.start)) continue;
    if (r.end <= fs && earlier_clause(r.start, r.end)) continue;
    size_t gap = r.start >= fe ? r.start - fe : fs >= r.end ? fs - r.end : 0;
    bool brk = r.start >= fe ? broken(fe, r.start) : r.end <= fs ? broken(r.end, fs) : false;
    if (near_rel == nullptr || (!brk && rel_broken) || (brk == rel_broken && gap < rel_gap)) {
      near_rel = &r, rel_gap = gap, rel_broken = brk;
    }
  }
  if (near_rel != nullptr &&
      (best == nullptr || best_cue == Cue::kNone || (!rel_broken && best_broken) ||
       (rel_broken == best_broken && rel_gap < best_gap))) {
    return near_rel->time;
  }
  if (best != nullptr) return DateText(*best, best_cue);
  (void)relative_cache;
  return "";
}

}  // namespace claimcheck::attach
