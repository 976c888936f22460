// The editor's desk side of the sheet: row keys, human verdicts over machine
// statuses, the sign-off block, and a sheet built from the store alone.
#include <algorithm>
#include <iterator>
#include <map>
#include <set>

#include "claimcheck/audit.h"
#include "claimcheck/check.h"
#include "claimcheck/util.h"
#include "claims/check/load.h"
#include "claims/check/roles.h"

namespace claimcheck {

namespace {
// The row id of the n-th figure with `text` in `sentence`. The first keeps
// the id sheets carried before occurrences were counted (schema v6).
std::string RowIdFor(const std::string& sentence, const std::string& text, int occurrence) {
  std::string key = Sha256Hex(sentence) + "\x1f" + text;
  if (occurrence > 1) key += "\x1f" + std::to_string(occurrence);
  return "r" + Sha256Hex(key).substr(0, 12);
}
}  // namespace

std::string RowIdOf(const Figure& f) { return RowIdFor(f.sentence, f.text, FigureOccurrence(f)); }

std::string VerdictLabel(const std::string& verdict) {
  std::string s = verdict;
  std::replace(s.begin(), s.end(), '_', ' ');
  return s;
}

std::string RowStatusName(const AuditRow& r) {
  return r.Reviewed() ? r.verdict : AuditStatusName(r.status);
}

std::string RowStatusLabel(const AuditRow& r) {
  if (!r.Reviewed()) {
    // A conflict says how sure the checker is, so a warning does not read as
    // an error.
    if (r.status == AuditStatus::kConflict && (r.severity == "warning" || r.severity == "error")) {
      return std::string(AuditStatusLabel(r.status)) + " (" + r.severity + ")";
    }
    return AuditStatusLabel(r.status);
  }
  std::string s = VerdictLabel(r.verdict) + " (verdict";
  if (!r.reviewer_initials.empty()) s += " of " + r.reviewer_initials;
  return s + ")";
}

SignOff AuditSheet::SignOffOf() const {
  SignOff so;
  so.total = static_cast<int>(rows.size());
  for (const AuditRow& r : rows) {
    if (!r.Reviewed()) continue;
    ++so.verified;
    if (!r.reviewer_initials.empty() &&
        std::find(so.reviewers.begin(), so.reviewers.end(), r.reviewer_initials) ==
            so.reviewers.end()) {
      so.reviewers.push_back(r.reviewer_initials);
    }
    const std::string& d = r.reviewer_date;
    if (!d.empty() && (so.first_review.empty() || d < so.first_review)) so.first_review = d;
    if (!d.empty() && d > so.last_review) so.last_review = d;
  }
  return so;
}

Status ApplyReviews(Store* store, AuditSheet* sheet) {
  for (AuditRow& row : sheet->rows) {
    row.row_id = RowIdOf(row.figure);
    Review review;
    Status s = store->ReviewFor(row.figure, &review);
    if (s.code() == Status::Code::kNotFound) continue;
    if (!s.ok()) return s;
    row.verdict = review.verdict;
    row.reviewer_initials = review.reviewer;
    row.reviewer_date = review.reviewed_at.substr(0, 10);
    row.reviewer_note = review.note;
    row.correction = review.correction;
    row.review_stamp = review.reviewed_at;
  }
  return Status::Ok();
}

namespace {
// The article's text as far as the store keeps it: every sentence at its
// byte offsets, blocks apart by a blank line, so the figures' offsets slice
// their text out of it as they did out of the original.
std::string RebuildText(const std::vector<StoredSentence>& sentences) {
  size_t size = 0;
  for (const StoredSentence& s : sentences) size = std::max(size, s.end);
  std::string text(size, ' ');
  int block = -1;
  size_t prev_end = 0;
  for (const StoredSentence& s : sentences) {
    if (s.end < s.start || s.end - s.start != s.text.size()) continue;  // not where it claims
    if (block >= 0 && s.block != block && s.start >= prev_end + 2) {
      text[s.start - 2] = '\n';
      text[s.start - 1] = '\n';
    }
    text.replace(s.start, s.text.size(), s.text);
    block = s.block;
    prev_end = s.end;
  }
  return text;
}
}  // namespace

Status BuildStoredSheet(Store* store, const std::string& article, const StoredSheetOptions& opts,
                        AuditSheet* out) {
  AuditInput in;
  Status s = store->FindDocument(article, &in.article);
  if (!s.ok()) return s;
  std::vector<StoredSentence> sentences;
  if (s = store->Sentences(in.article.path, &sentences); !s.ok()) return s;
  in.article_text = RebuildText(sentences);
  if (s = store->Figures(FigureFilter{in.article.path, ""}, &in.article_figures); !s.ok())
    return s;
  if (s = FigurelessSentencesOf(store, in.article, &in.article_sentences); !s.ok()) return s;
  if (opts.source_ids.empty()) {
    // As `audit` without --sources: what the article cites and what that
    // cites in turn, or the store's sources when it names nothing stored
    // (load.h SourcesCitedBy), so the desk shows what `check` says.
    std::vector<CitedSource> cited;
    if (s = SourcesCitedBy(store, in.article, opts.rules_dir, &cited); !s.ok()) return s;
    for (CitedSource& c : cited) (c.relay ? in.relays : in.sources).push_back(std::move(c.doc));
  } else {
    std::set<std::string> seen;
    for (const std::string& id : opts.source_ids) {
      StoredDocument d;
      if (s = store->FindDocument(id, &d); !s.ok()) return s;
      if (d.doc_id != in.article.doc_id && seen.insert(d.doc_id).second)
        in.sources.push_back(std::move(d));
    }
  }
  for (const StoredDocument& d : in.sources) {
    std::vector<Figure> figs;
    if (s = store->Figures(FigureFilter{d.path, ""}, &figs); !s.ok()) return s;
    in.source_figures.insert(in.source_figures.end(), std::make_move_iterator(figs.begin()),
                             std::make_move_iterator(figs.end()));
  }
  std::vector<Alias> aliases;
  if (s = store->Aliases(&aliases); !s.ok()) return s;
  // The stored roles stand: the desk shows what `check` would say.
  s = CheckAuditInput(std::move(aliases), opts.rules_dir, /*force_roles=*/false, &in);
  if (!s.ok()) return s;
  *out = BuildAuditSheet(std::move(in));
  return ApplyReviews(store, out);
}

bool ParseVerdict(const std::string& typed, std::string* verdict) {
  std::string t = AsciiLower(CollapseSpace(typed));
  std::replace(t.begin(), t.end(), ' ', '_');
  std::replace(t.begin(), t.end(), '-', '_');
  for (const std::string& v : ReviewVerdicts()) {
    if (t == v) {
      *verdict = v;
      return true;
    }
  }
  return false;
}

Status ImportReviews(Store* store, const ImportedSheet& sheet, const std::string& path,
                     const std::string& expected_article, ImportOutcome* out) {
  *out = ImportOutcome{};
  StoredDocument article;
  // The sheet names its article by content hash and path: copies of one text
  // stored under several paths share the hash, so the path the sheet (or the
  // caller) gives decides among them.
  Status s = store->FindDocument(sheet.article_sha256, &article);
  if (s.code() == Status::Code::kInvalidArgument) {
    bool named = false;
    for (const std::string& by : {expected_article, sheet.article_path}) {
      StoredDocument copy;
      if (!by.empty() && store->FindDocument(by, &copy).ok() && copy.doc_id == sheet.article_sha256) {
        article = copy;
        s = Status::Ok();
        named = true;
        break;
      }
    }
    if (!named) {
      return Status::InvalidArgument(path + ": the sheet's article is stored under several paths (" +
                                     s.message() + "); say which with --article PATH");
    }
  }
  if (s.code() == Status::Code::kNotFound || (s.ok() && article.doc_id != sheet.article_sha256)) {
    return Status::InvalidArgument(
        path + ": stale sheet: it was written for a version of the article (SHA-256 " +
        sheet.article_sha256.substr(0, 12) +
        "...) that the database no longer holds; write a fresh sheet with `claimcheck audit` "
        "and copy the verdicts over");
  }
  if (!s.ok()) return s;
  if (!expected_article.empty()) {
    StoredDocument want;
    if (s = store->FindDocument(expected_article, &want); !s.ok()) return s;
    if (want.doc_id != article.doc_id) {
      return Status::InvalidArgument(path + ": this is the sheet of " + article.path + ", not of " +
                                     want.path);
    }
  }
  out->article = article.path;
  std::vector<Figure> figures;
  if (s = store->Figures(FigureFilter{article.path, ""}, &figures); !s.ok()) return s;
  std::stable_sort(figures.begin(), figures.end(),
                   [](const Figure& a, const Figure& b) { return a.start < b.start; });
  std::map<std::string, size_t> by_id;
  for (size_t i = 0; i < figures.size(); ++i) by_id.emplace(RowIdOf(figures[i]), i);
  // A sheet written before occurrences were counted gave every figure with
  // the same text in one sentence the first one's id: the figures after the
  // first that each such id also named, and, where the first occurrence is
  // not a stored figure, the first one that is (it showed the old review).
  std::map<std::string, int> old_id_later;
  for (size_t i = 0; i < figures.size(); ++i) {
    const int n = FigureOccurrence(figures[i]);
    std::string old_id = RowIdFor(figures[i].sentence, figures[i].text, 1);
    if (n > 1) ++old_id_later[old_id];
    by_id.emplace(old_id, i);
  }
  std::map<std::string, int> rows_with_id;
  for (const ImportedRow& r : sheet.rows) ++rows_with_id[r.row_id];

  std::vector<std::pair<Figure, ReviewChange>> changes;
  std::vector<std::string> lines;
  for (const ImportedRow& r : sheet.rows) {
    // The spreadsheet's own row, and the number the sheets and `review` show
    // (they differ by the header line: "row 7" of the file is figure 6).
    std::string row_name = "row " + std::to_string(r.line) +
                           (r.number > 0 ? " (figure " + std::to_string(r.number) + ")" : "");
    std::string where = path + ": " + row_name;
    auto it = by_id.find(r.row_id);
    if (it == by_id.end()) {
      return Status::InvalidArgument(where + ": row id " + r.row_id + " is not a figure of " +
                                     article.path + " (stale or edited sheet)");
    }
    const Figure& fig = figures[it->second];
    if (rows_with_id[r.row_id] > 1 && old_id_later[r.row_id] > 0 &&
        !(r.verdict.empty() && r.note.empty() && r.correction.empty())) {
      // Which of the figures the editor meant is written nowhere.
      return Status::InvalidArgument(
          where + ": row id " + r.row_id + " stands for " +
          std::to_string(old_id_later[r.row_id] + 1) + " figures '" + fig.text +
          "' of one sentence (a sheet written before claimcheck told them apart); write a "
          "fresh sheet with `claimcheck audit` and copy the verdicts over");
    }
    Review old;
    Status rs = store->ReviewFor(fig, &old);
    bool had = rs.ok();
    if (!had && rs.code() != Status::Code::kNotFound) return rs;
    if (r.verdict.empty()) {
      if (!r.note.empty() || !r.correction.empty()) {
        return Status::InvalidArgument(where + ": a note or correction without a verdict");
      }
      continue;  // not reviewed in this sheet
    }
    ReviewChange c;
    if (!ParseVerdict(r.verdict, &c.verdict)) {
      std::string list;
      for (const std::string& v : ReviewVerdicts()) list += (list.empty() ? "" : ", ") + v;
      return Status::InvalidArgument(where + ": '" + r.verdict + "' is not a verdict (" + list +
                                     ")");
    }
    c.reviewer = r.initials;
    c.note = r.note;
    c.correction = r.correction;
    c.via = "import";
    bool same = had && old.verdict == c.verdict && old.note == c.note &&
                old.correction == c.correction && old.reviewer == c.reviewer;
    if (same) {
      ++out->unchanged;
      continue;
    }
    // Someone changed this review after the sheet was written: the sheet's
    // cells are not a change from what it showed, so applying them would
    // silently undo the other person's work.
    std::string current = had ? old.reviewed_at : "";
    if (current != r.review_stamp) {
      return Status::InvalidArgument(
          path + ": stale sheet: " + row_name + " ('" + fig.text +
          "') was reviewed in the database" + (had ? " by " + old.reviewer : std::string()) +
          (had ? " at " + old.reviewed_at : std::string()) +
          " after this sheet was written; write a fresh sheet and fill that in");
    }
    if (c.reviewer.empty()) {
      return Status::InvalidArgument(where + ": the verdict '" + r.verdict +
                                     "' needs the reviewer's initials");
    }
    std::string line = "'" + fig.text + "' (" + r.row_id + "): " +
                       (had ? old.verdict : std::string("not reviewed")) + " -> " + c.verdict +
                       " by " + c.reviewer;
    if (c.note != (had ? old.note : "")) line += ", note";
    if (c.correction != (had ? old.correction : "")) line += ", correction";
    lines.push_back(line);
    changes.emplace_back(fig, std::move(c));
  }
  if (!changes.empty()) {
    if (s = store->RecordReviews(changes, nullptr); !s.ok()) {
      return Status::InvalidArgument(path + ": " + s.message());
    }
  }
  out->changes = std::move(lines);
  return Status::Ok();
}

}  // namespace claimcheck
