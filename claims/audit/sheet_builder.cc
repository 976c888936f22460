// Builds the audit sheet from the article's figures, the sources' figures and
// the checker's findings. Pure: no I/O, no clock.
#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <unordered_map>
#include <utility>
#include <vector>
#include <set>
#include <string>

#include "claimcheck/audit.h"
#include "claimcheck/util.h"
#include "claims/check/interval.h"

namespace claimcheck {
namespace {

bool SameFigure(const Figure& a, const Figure& b) {
  if (a.id != 0 && b.id != 0) return a.id == b.id;
  return a.doc_id == b.doc_id && a.start == b.start && a.end == b.end;
}

bool InArticle(const Figure& f, const StoredDocument& article) {
  if (!article.doc_id.empty() && !f.doc_id.empty()) return f.doc_id == article.doc_id;
  return f.doc == article.path;
}

// The figure's span inside its own sentence. The record's offsets are used
// when they agree with the text; otherwise the figure is searched for, so a
// record from an older store still gets its mark.
void MarkInSentence(const Figure& f, size_t* start, size_t* end) {
  if (f.start >= f.sentence_start && f.end >= f.start &&
      f.end - f.sentence_start <= f.sentence.size()) {
    size_t s = f.start - f.sentence_start;
    if (f.sentence.compare(s, f.end - f.start, f.text) == 0) {
      *start = s;
      *end = f.end - f.sentence_start;
      return;
    }
  }
  size_t pos = f.text.empty() ? std::string::npos : f.sentence.find(f.text);
  if (pos == std::string::npos) {
    *start = *end = 0;
  } else {
    *start = pos;
    *end = pos + f.text.size();
  }
}

// How much a finding counts when several concern one figure.
int FindingRank(const Finding& f) {
  if (f.type == "unsupported") return 1;
  if (f.type == "supported") return 2;
  switch (f.severity) {
    case Severity::kError:
      return 5;
    case Severity::kWarning:
      return 4;
    case Severity::kInfo:
      return 3;
  }
  return 0;
}

AuditStatus StatusOf(const Finding& f) {
  if (f.type == "unsupported") return AuditStatus::kUnsupported;
  // The checker reports confirmations only when asked (report_matches).
  if (f.type == "supported") return AuditStatus::kSupported;
  if (f.severity != Severity::kInfo) return AuditStatus::kConflict;
  // An info finding that is a difference (a period, a modality, a revision
  // the checker is not sure of) must not read as supported: an editor decides.
  return IsDifferenceType(f.type) ? AuditStatus::kPossibleConflict : AuditStatus::kSupportedWithNote;
}

// The interval a figure stands for. Wide on purpose: this only decides that a
// source agrees when the checker raised nothing, never that it disagrees.
struct Interval {
  double lo, hi;
};

Interval IntervalOf(const Figure& f) {
  double v = f.value.num;
  double a = std::fabs(v);
  switch (f.qualifier) {
    case Qualifier::kExact:
      return {v - 1e-9 * a, v + 1e-9 * a};
    case Qualifier::kApprox:
      return {v - 0.1 * a, v + 0.1 * a};
    case Qualifier::kNearly:
      return {v - 0.1 * a, v};
    case Qualifier::kMoreThan:
    case Qualifier::kAtLeast:
      return {v, v + 0.5 * a};
    case Qualifier::kLessThan:
    case Qualifier::kAtMost:
      return {v - 0.5 * a, v};
    case Qualifier::kRange:
      return {v, f.value_max && !f.value_max->is_date() ? f.value_max->num : v};
    case Qualifier::kVague:
      return {v, v * 10};
  }
  return {v, v};
}

bool ValuesAgree(const Figure& a, const Figure& b) {
  if (a.kind != b.kind || a.unit != b.unit) return false;
  if (a.value.is_date() || b.value.is_date()) {
    // Dates must say the same thing at the same precision: "2017" merely
    // overlapping "October 2017 to March 2018" is not the source stating it.
    return a.value == b.value && a.value_max == b.value_max;
  }
  Interval x = IntervalOf(a), y = IntervalOf(b);
  return x.lo <= y.hi && y.lo <= x.hi;
}

// Content words of a subject: lower-cased, short words dropped, a final "s"
// folded so "profiles" meets "profile". Crude, and language-neutral.
std::set<std::string> SubjectWords(const Figure& f) {
  std::set<std::string> words;
  for (const std::string* s : {&f.subject, &f.subject_alias}) {
    std::string lower = AsciiLower(*s);
    size_t i = 0;
    while (i < lower.size()) {
      while (i < lower.size() && !std::isalnum(static_cast<unsigned char>(lower[i])) &&
             static_cast<unsigned char>(lower[i]) < 0x80) {
        ++i;
      }
      size_t j = i;
      while (j < lower.size() && (std::isalnum(static_cast<unsigned char>(lower[j])) ||
                                  static_cast<unsigned char>(lower[j]) >= 0x80)) {
        ++j;
      }
      if (j - i >= 3) {
        std::string w = lower.substr(i, j - i);
        if (w.size() > 3 && w.back() == 's') w.pop_back();
        words.insert(w);
      }
      i = j;
    }
  }
  return words;
}

// The best agreeing source figure, or -1. Subjects must share a word when
// both are known, so "96 countries" never supports "96 accounts".
int BestAgreeingSource(const Figure& fig, const std::vector<Figure>& sources) {
  std::set<std::string> mine = SubjectWords(fig);
  int best = -1;
  int best_score = -1;
  for (size_t i = 0; i < sources.size(); ++i) {
    const Figure& s = sources[i];
    if (!ValuesAgree(fig, s)) continue;
    std::set<std::string> theirs = SubjectWords(s);
    int shared = 0;
    for (const std::string& w : mine) shared += theirs.count(w) ? 1 : 0;
    if (!mine.empty() && !theirs.empty() && shared == 0) continue;
    // Shared subject words count most; an identical value ("2018-03-05", not
    // just "2018-03") breaks ties.
    int score = shared * 2 + (fig.value == s.value ? 1 : 0);
    if (score > best_score) {
      best = static_cast<int>(i);
      best_score = score;
    }
  }
  return best;
}

SourcePassage PassageOf(const Figure& f, const std::vector<StoredDocument>& sources) {
  SourcePassage p;
  for (size_t i = 0; i < sources.size(); ++i) {
    if ((!f.doc_id.empty() && sources[i].doc_id == f.doc_id) ||
        (f.doc_id.empty() && sources[i].path == f.doc)) {
      p.source = static_cast<int>(i);
      break;
    }
  }
  p.doc_id = f.doc_id;
  p.page = f.page;
  p.paragraph = f.paragraph;
  p.sentence = f.sentence;
  p.figure_text = f.text;
  MarkInSentence(f, &p.mark_start, &p.mark_end);
  p.locator = f.page > 0 ? "p. " + std::to_string(f.page) : "para. " + std::to_string(f.paragraph);
  return p;
}

std::string SourceName(const SourcePassage& p, const std::vector<StoredDocument>& sources,
                       const Figure& f) {
  if (p.source >= 0) {
    const StoredDocument& d = sources[p.source];
    return !d.title.empty() ? d.title : d.path;
  }
  return f.doc;
}
// A date of the article is the time of a figure beside it, not a claim a
// source states anywhere: it is checked only against the passage that
// backs a figure of its own sentence. A wrong year there is that figure's
// period or time conflict, said on the date's row too; the same date in
// the passage supports it; anything else leaves it not checked (trial18:
// "in 2024" was "supported" by an unrelated sentence that said 2024, while
// the hours beside it were given for 2025).
bool DateRow(size_t i, const std::vector<const Figure*>& figures, const std::vector<const Finding*>& finding_of,
             const std::vector<const Figure*>& other_of, const AuditInput& in, AuditRow* row) {
  const Figure& d = *figures[i];
  const Finding* dated = nullptr;
  const Figure* dated_other = nullptr;
  std::vector<const Figure*> passages;
  bool dates_a_figure = false;
  const std::string& iso = d.value.iso;
  auto names = [&iso](const std::string& t) { return !t.empty() && !iso.empty() && t.find(iso) != std::string::npos; };
  // A figure of the sentence dated by exactly this date ("12 million
  // passengers for the whole of 2026") is the one it dates: another whose
  // span merely falls in that year ("8.42 million in the first half",
  // 2026-01/2026-06) is dated by other words (trial112: "2026" shown red
  // for the half year's period conflict).
  // Another figure of the date's sentence, not a date itself.
  auto beside = [&](size_t j) {
    const Figure& g = *figures[j];
    return j != i && g.kind != Kind::kDate && g.sentence_start == d.sentence_start && g.doc == d.doc;
  };
  auto dated_exactly = [&iso](const Figure& g) { return !iso.empty() && (g.time == iso || g.frame.period == iso); };
  bool exact_owner = false;
  for (size_t j = 0; j < figures.size(); ++j) exact_owner = exact_owner || (beside(j) && dated_exactly(*figures[j]));
  for (size_t j = 0; j < figures.size(); ++j) {
    if (!beside(j)) continue;
    const Figure& g = *figures[j];
    dates_a_figure = true;
    if (!finding_of[j]) {
      // Supported without a finding: by the agreeing source figure the row
      // of that figure shows.
      if (int best = BestAgreeingSource(g, in.source_figures); best >= 0) passages.push_back(&in.source_figures[best]);
      continue;
    }
    if (!other_of[j]) continue;
    const Finding& f = *finding_of[j];
    // Only the figure this date dates: "Cancellations ran at 2.0 per cent
    // in October, and in September 212 flights were cancelled" marks the
    // September row for the 212's wrong month, not the October one
    // (trial103: a correct date shown red).
    const bool own = exact_owner ? dated_exactly(g) : (names(g.time) || names(g.frame.period));
    if (own && (f.type == "period_conflict" || f.type == "time_conflict") && (!dated || FindingRank(f) > FindingRank(*dated))) {
      dated = &f;
      dated_other = other_of[j];
    }
    passages.push_back(other_of[j]);
  }
  if (dated) {
    row->status = StatusOf(*dated);
    row->finding_type = dated->type;
    row->severity = SeverityName(dated->severity);
    row->explanation = "The date of the figure beside it: " + dated->message;
    row->source = PassageOf(*dated_other, in.sources);
    return true;
  }
  // A date its sentence states alone ("between October 2017 and March
  // 2018") is a claim of its own, checked as any figure is.
  if (!dates_a_figure) return false;
  // A passage may give a date of its own that differs ("between 1 July and
  // 15 November" for the article's "1 August"): the row names it, so the
  // editor compares the two rather than reading "does not give" as silence
  // (trial33: four date slips hid behind that wording).
  const Figure* other_date = nullptr;
  for (const Figure* p : passages) {
    for (const Figure& s : in.source_figures) {
      if (s.kind != Kind::kDate || s.doc_id != p->doc_id || s.doc != p->doc || s.sentence_start != p->sentence_start) {
        continue;
      }
      if (!ValuesAgree(d, s)) {
        if (other_date == nullptr) other_date = &s;
        continue;
      }
      row->status = AuditStatus::kSupported;
      row->source = PassageOf(s, in.sources);
      row->explanation = "Agrees with \"" + s.text + "\" in " + SourceName(*row->source, in.sources, s) + " (" +
                         row->source->locator + ").";
      return true;
    }
  }
  row->status = AuditStatus::kNotChecked;
  // The backing passage dates its figure, and no date of it agrees with this
  // one, and the first shares no day with it: a difference for the editor to weigh (a possible conflict, never a
  // warning: the passage may date something else), not silence (trial34:
  // "primer semestre de 2025" for the source's 2026, "entre enero y junio"
  // for "entre enero y septiembre", both read as not checked).
  auto span = [](const Figure& f) {
    return f.value_max && f.value_max->is_date() ? f.value.iso + "/" + f.value_max->iso : f.value.iso;
  };
  if (other_date != nullptr && check::TimesDisjoint(span(d), span(*other_date))) {
    row->status = AuditStatus::kPossibleConflict;
    row->finding_type = "time_conflict";
    row->severity = "info";
  }
  if (passages.empty()) {
    row->explanation = "A date is checked with the figure it dates, and no source passage backs a figure of this sentence.";
  } else {
    const SourcePassage p = PassageOf(*passages.front(), in.sources);
    row->explanation = "The passage that backs the figure beside it (" + SourceName(p, in.sources, *passages.front()) +
                       ", " + p.locator + ")" +
                       (other_date ? " gives \"" + other_date->text + "\", not this date: compare them."
                                   : " does not give this date.");
  }
  return true;
}
}  // namespace

namespace {
// `consume`: the article's figures and text are moved into the sheet rather
// than copied (the input is spent), so a long article's figures are held
// once, not twice (issue 15).
AuditSheet Build(const AuditInput& in, bool consume) {
  AuditSheet sheet;
  sheet.article = AuditDocumentFrom(in.article);
  if (consume) {
    sheet.article_text = std::move(const_cast<std::string&>(in.article_text));
  } else {
    sheet.article_text = in.article_text;
  }
  for (const StoredDocument& s : in.sources) sheet.sources.push_back(AuditDocumentFrom(s));

  // The article's figures in text order, as pointers: a copy of every figure
  // here doubled the sheet's memory for a long article (issue 15).
  std::vector<const Figure*> figures;
  figures.reserve(in.article_figures.size());
  for (const Figure& f : in.article_figures) figures.push_back(&f);
  std::stable_sort(figures.begin(), figures.end(),
                   [](const Figure* a, const Figure* b) { return a->start < b->start; });

  // For each article figure, the most telling finding about it.
  std::vector<const Finding*> finding_of(figures.size(), nullptr);
  std::vector<const Figure*> other_of(figures.size(), nullptr);
  // Every finding placed on each figure: a row whose figure has two
  // conflicts at its top severity (a wrong credit beside another
  // difference) says both, not only the one that scored higher (trial18).
  std::vector<std::vector<const Finding*>> all_of(figures.size());
  if (in.checked) {
    // The figures by row id and by span, so placing a finding is a lookup,
    // not a scan: a document with a million figures and as many findings is
    // not quadratic (issue 15). Finds the first i with SameFigure(figures[i], c).
    std::unordered_map<long long, size_t> by_id;
    std::map<std::pair<size_t, size_t>, std::vector<size_t>> by_span;
    for (size_t i = 0; i < figures.size(); ++i) {
      if (figures[i]->id != 0) by_id.emplace(figures[i]->id, i);
      by_span[{figures[i]->start, figures[i]->end}].push_back(i);
    }
    auto find = [&](const Figure& c) -> int {
      size_t best = figures.size();
      if (c.id != 0) {
        auto it = by_id.find(c.id);
        if (it != by_id.end()) best = it->second;
      }
      auto sp = by_span.find({c.start, c.end});
      if (sp != by_span.end()) {
        for (size_t i : sp->second) {
          if (i >= best) break;
          if (SameFigure(*figures[i], c)) {
            best = i;
            break;
          }
        }
      }
      return best < figures.size() ? static_cast<int>(best) : -1;
    };
    for (const Finding& f : in.findings) {
      // claims[0] is the checked figure; look further only if a checker put
      // the article's figure elsewhere.
      int mine = -1;
      for (size_t c = 0; c < f.claims.size() && mine < 0; ++c) {
        if (!InArticle(f.claims[c], in.article)) continue;
        mine = find(f.claims[c]);
      }
      if (mine < 0) continue;  // a finding between sources only: not this sheet's business
      all_of[mine].push_back(&f);
      const Finding* prev = finding_of[mine];
      if (prev && (FindingRank(*prev) > FindingRank(f) ||
                   (FindingRank(*prev) == FindingRank(f) && prev->score >= f.score))) {
        continue;
      }
      finding_of[mine] = &f;
      other_of[mine] = nullptr;
      for (const Figure& c : f.claims) {
        if (!InArticle(c, in.article)) {
          other_of[mine] = &c;
          break;
        }
      }
    }
  }

  // Dates are settled before the rows take the figures (`consume` moves
  // them): a date's row reads the figures beside it.
  std::vector<std::optional<AuditRow>> date_rows(figures.size());
  if (in.checked && !in.sources.empty()) {
    for (size_t i = 0; i < figures.size(); ++i) {
      if (figures[i]->kind != Kind::kDate || finding_of[i]) continue;
      date_rows[i].emplace();
      if (!DateRow(i, figures, finding_of, other_of, in, &*date_rows[i])) date_rows[i].reset();
    }
  }
  sheet.rows.reserve(figures.size());  // one allocation: the rows are the sheet's bulk
  for (size_t i = 0; i < figures.size(); ++i) {
    AuditRow row;
    row.number = static_cast<int>(i) + 1;
    // The lookups above are done: nothing reads figures[i] after this.
    if (consume) {
      row.figure = std::move(const_cast<Figure&>(*figures[i]));
    } else {
      row.figure = *figures[i];
    }
    row.row_id = RowIdOf(row.figure);
    MarkInSentence(row.figure, &row.mark_start, &row.mark_end);
    if (!in.checked) {
      row.status = AuditStatus::kNotChecked;
      row.explanation = "The check did not run.";
    } else if (const Finding* f = finding_of[i]) {
      row.status = StatusOf(*f);
      row.finding_type = f->type;
      row.severity = SeverityName(f->severity);
      row.explanation = f->message;
      row.suggestion = f->suggestion;
      if (other_of[i]) {
        row.source = PassageOf(*other_of[i], in.sources);
        if (row.suggestion.empty() && row.status == AuditStatus::kConflict &&
            AsciiLower(other_of[i]->text) != AsciiLower(row.figure.text)) {
          // One opposing figure is one clear answer: the source's wording.
          // Not when it is written as the article writes it: a forecast
          // reported as an outcome, or a figure given the wrong year, is
          // corrected by its words, not by repeating the number (trial8).
          row.suggestion = other_of[i]->text;
        }
      }
      // Another conflict at the same severity on the same figure is the
      // check's too: said after the first, its correction given when the
      // first has none ("credit Ministerio de Comercio Exterior").
      if (row.status == AuditStatus::kConflict) {
        for (const Finding* g : all_of[i]) {
          if (g == f || FindingRank(*g) != FindingRank(*f) || g->message == f->message) continue;
          row.explanation += " Also: " + g->message;
          if (row.suggestion.empty()) row.suggestion = g->suggestion;
        }
      }
    } else if (in.sources.empty()) {
      row.status = AuditStatus::kNotChecked;
      row.explanation = "No sources were given to check against.";
    } else if (date_rows[i]) {
      row.status = date_rows[i]->status;
      row.finding_type = std::move(date_rows[i]->finding_type);
      row.severity = std::move(date_rows[i]->severity);
      row.explanation = std::move(date_rows[i]->explanation);
      row.source = std::move(date_rows[i]->source);
    } else if (row.figure.kind == Kind::kOrdinal) {
      // "primer curso", "the first time since 2021": a position or a label,
      // no quantity the source could support; an identical word in the
      // source confirms nothing (trial43: "Agrees with \"primer\"" rows
      // swelled the supported count).
      row.status = AuditStatus::kNotChecked;
      row.explanation = "An ordinal names a position, which the checker does not compare.";
    } else if (int best = BestAgreeingSource(row.figure, in.source_figures); best >= 0) {
      const Figure& s = in.source_figures[best];
      row.status = AuditStatus::kSupported;
      row.source = PassageOf(s, in.sources);
      row.explanation = "Agrees with \"" + s.text + "\" in " +
                        SourceName(*row.source, in.sources, s) + " (" + row.source->locator + ").";
    } else if (std::find(in.compared_kinds.begin(), in.compared_kinds.end(), row.figure.kind) ==
               in.compared_kinds.end()) {
      row.status = AuditStatus::kNotChecked;
      row.explanation = std::string("No source states this ") + KindName(row.figure.kind) +
                        ", and the checker does not compare this kind.";
    } else {
      row.status = AuditStatus::kUnsupported;
      row.explanation = "No figure in the sources states this.";
    }
    sheet.rows.push_back(std::move(row));
  }
  return sheet;
}
}  // namespace

AuditSheet BuildAuditSheet(const AuditInput& in) { return Build(in, false); }

AuditSheet BuildAuditSheet(AuditInput&& in) {
  AuditSheet sheet = Build(in, true);
  in.article_figures.clear();
  in.article_figures.shrink_to_fit();
  return sheet;
}

}  // namespace claimcheck
