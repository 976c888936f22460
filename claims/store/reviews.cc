// Editors' reviews and the checker's findings.
#include <nlohmann/json.hpp>

#include <algorithm>
#include <string_view>

#include "claimcheck/check.h"
#include "claimcheck/figure_json.h"
#include "claimcheck/util.h"
#include "claims/store/store_impl.h"

namespace claimcheck {
namespace {

// Whole literals: Db caches prepared statements by the SQL's address.
constexpr const char* kReviewFor =
    "SELECT doc_path, sentence_hash, figure_text, verdict, note, reviewed_at, reviewer, correction, "
    "occurrence FROM reviews "
    "WHERE doc_path = ?1 AND sentence_hash = ?2 AND figure_text = ?3 AND occurrence = ?4";
constexpr const char* kReviewsOf =
    "SELECT doc_path, sentence_hash, figure_text, verdict, note, reviewed_at, reviewer, correction, "
    "occurrence FROM reviews WHERE ?1 IS NULL OR doc_path = ?1 ORDER BY doc_path, id";

// Bounds on what a person types, so a pasted page cannot bloat the store.
constexpr size_t kMaxInitials = 16;
constexpr size_t kMaxNote = 4000;

Review ReadReviewRow(const Stmt& st) {
  Review r;
  r.doc_path = st.Text(0);
  r.sentence_hash = st.Text(1);
  r.figure_text = st.Text(2);
  r.verdict = st.Text(3);
  r.note = st.Text(4);
  r.reviewed_at = st.Text(5);
  r.reviewer = st.Text(6);
  r.correction = st.Text(7);
  r.occurrence = static_cast<int>(st.Int(8));
  return r;
}

Status CheckVerdict(const std::string& verdict) {
  std::string list;
  for (const std::string& v : ReviewVerdicts()) {
    if (verdict == v) return Status::Ok();
    list += (list.empty() ? "" : ", ") + v;
  }
  return Status::InvalidArgument("verdict must be one of " + list + ", not '" + verdict + "'");
}

Status CheckText(const char* what, const std::string& v, size_t max) {
  if (v.size() > max) {
    return Status::InvalidArgument(std::string(what) + " is too long (" + std::to_string(v.size()) +
                                   " bytes; the limit is " + std::to_string(max) + ")");
  }
  if (!IsValidUtf8(v)) return Status::InvalidArgument(std::string(what) + " is not valid UTF-8");
  for (unsigned char c : v) {
    if (c < 0x20 && c != '\n' && c != '\t') {
      return Status::InvalidArgument(std::string(what) + " holds a control character");
    }
  }
  return Status::Ok();
}

Status CheckChange(const Figure& figure, const ReviewChange& c) {
  if (Status s = CheckVerdict(c.verdict); !s.ok()) return s;
  if (figure.doc.empty() || figure.text.empty()) {
    return Status::InvalidArgument("a review needs the figure's document and text");
  }
  if (Status s = CheckText("initials", c.reviewer, kMaxInitials); !s.ok()) return s;
  if (c.reviewer.find('\n') != std::string::npos) {
    return Status::InvalidArgument("initials must be on one line");
  }
  if (Status s = CheckText("note", c.note, kMaxNote); !s.ok()) return s;
  if (Status s = CheckText("correction", c.correction, kMaxNote); !s.ok()) return s;
  if (c.via != "cli" && c.via != "import" && c.via != "serve" && c.via != "api") {
    return Status::InvalidArgument("unknown review channel '" + c.via + "'");
  }
  return Status::Ok();
}

}  // namespace

const std::vector<std::string>& ReviewVerdicts() {
  static const std::vector<std::string> kVerdicts = {
      "correct", "incorrect", "misleading", "unverifiable", "not_a_claim", "pending"};
  return kVerdicts;
}

namespace {
bool IsAsciiAlnum(unsigned char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool IsDigit(unsigned char c) { return c >= '0' && c <= '9'; }

// Whether `text` written at byte `at` of `sentence` stands on its own: not
// the tail or head of a longer word or number ("12" in "2012", "3.12",
// "12.5" or "12th"). Bytes of multi-byte characters ("€", "%") are edges.
bool StandsAlone(std::string_view sentence, size_t at, std::string_view text) {
  const auto c = [&](size_t i) { return static_cast<unsigned char>(sentence[i]); };
  if (IsAsciiAlnum(static_cast<unsigned char>(text.front())) && at > 0) {
    if (IsAsciiAlnum(c(at - 1))) return false;
    // "3.12" or "1,12": a decimal or group separator between digits.
    if (IsDigit(static_cast<unsigned char>(text.front())) && at > 1 &&
        (c(at - 1) == '.' || c(at - 1) == ',') && IsDigit(c(at - 2))) {
      return false;
    }
  }
  size_t end = at + text.size();
  if (IsAsciiAlnum(static_cast<unsigned char>(text.back())) && end < sentence.size()) {
    if (IsAsciiAlnum(c(end))) return false;
    if (IsDigit(static_cast<unsigned char>(text.back())) && end + 1 < sentence.size() &&
        (c(end) == '.' || c(end) == ',') && IsDigit(c(end + 1))) {
      return false;
    }
  }
  return true;
}
}  // namespace

int TextOccurrence(std::string_view sentence, size_t offset, std::string_view text) {
  if (text.empty()) return 1;
  offset = std::min(offset, sentence.size());
  int n = 1;
  for (size_t at = sentence.find(text); at != std::string_view::npos && at < offset;
       at = sentence.find(text, at + 1)) {
    if (StandsAlone(sentence, at, text)) ++n;
  }
  return n;
}

int FigureOccurrence(const Figure& figure) {
  size_t offset = figure.start >= figure.sentence_start ? figure.start - figure.sentence_start : 0;
  return TextOccurrence(std::string_view(figure.sentence), offset, figure.text);
}

Review ReviewKey(const Figure& figure) {
  Review r;
  r.doc_path = figure.doc;
  r.sentence_hash = Sha256Hex(figure.sentence);
  r.figure_text = figure.text;
  r.occurrence = FigureOccurrence(figure);
  return r;
}

Status StoreImpl::SaveReview(const Figure& figure, const std::string& verdict,
                             const std::string& note) {
  if (Status s = CheckVerdict(verdict); !s.ok()) return s;
  // The older call sets the verdict and note only: who reviewed and the
  // correction stay as they were.
  ReviewChange c;
  Review old;
  Status found = ReviewFor(figure, &old);
  if (found.ok()) {
    c.reviewer = old.reviewer;
    c.correction = old.correction;
  } else if (found.code() != Status::Code::kNotFound) {
    return found;
  }
  c.verdict = verdict;
  c.note = note;
  c.via = "api";
  return RecordReviews({{figure, c}}, nullptr);
}

Status StoreImpl::RecordReviewLocked(const Figure& figure, const ReviewChange& c,
                                     bool* changed) {
  *changed = false;
  Review key = ReviewKey(figure);
  Review old;
  Status s = ReviewFor(figure, &old);
  bool had = s.ok();
  if (!had && s.code() != Status::Code::kNotFound) return s;
  if (had && old.verdict == c.verdict && old.note == c.note && old.correction == c.correction &&
      old.reviewer == c.reviewer) {
    return Status::Ok();  // nothing to record: no history row for a no-op
  }
  std::string now = NowIso8601();
  Stmt st = db_.Prepare(
      "INSERT INTO reviews (doc_path, sentence_hash, figure_text, verdict, note, reviewed_at, "
      "reviewer, correction, occurrence) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) "
      "ON CONFLICT (doc_path, sentence_hash, figure_text, occurrence) DO UPDATE SET "
      "verdict = excluded.verdict, note = excluded.note, reviewed_at = excluded.reviewed_at, "
      "reviewer = excluded.reviewer, correction = excluded.correction",
      &s);
  if (!st.ok()) return s;
  st.Bind(1, key.doc_path);
  st.Bind(2, key.sentence_hash);
  st.Bind(3, key.figure_text);
  st.Bind(4, c.verdict);
  st.Bind(5, c.note);
  st.Bind(6, now);
  st.Bind(7, c.reviewer);
  st.Bind(8, c.correction);
  st.Bind(9, key.occurrence);
  if (!st.Run()) return db_.Error("cannot save the review");
  Stmt h = db_.Prepare(
      "INSERT INTO review_history (doc_path, sentence_hash, figure_text, old_verdict, "
      "new_verdict, old_note, new_note, old_correction, new_correction, reviewer, via, "
      "changed_at, occurrence) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
      &s);
  if (!h.ok()) return s;
  h.Bind(1, key.doc_path);
  h.Bind(2, key.sentence_hash);
  h.Bind(3, key.figure_text);
  if (had) {
    h.Bind(4, old.verdict);
    h.Bind(6, old.note);
    h.Bind(8, old.correction);
  } else {
    h.BindNull(4);
    h.BindNull(6);
    h.BindNull(8);
  }
  h.Bind(5, c.verdict);
  h.Bind(7, c.note);
  h.Bind(9, c.correction);
  h.Bind(10, c.reviewer);
  h.Bind(11, c.via);
  h.Bind(12, now);
  h.Bind(13, key.occurrence);
  if (!h.Run()) return db_.Error("cannot record the review's history");
  *changed = true;
  return Status::Ok();
}

Status StoreImpl::RecordReviews(const std::vector<std::pair<Figure, ReviewChange>>& changes,
                                std::vector<bool>* changed) {
  // Every change is checked before the transaction starts, so a bad one
  // leaves the store exactly as it was.
  for (const auto& [figure, c] : changes) {
    if (Status s = CheckChange(figure, c); !s.ok()) return s;
  }
  std::vector<bool> done(changes.size(), false);
  Status s = InTransaction(&db_, [&]() -> Status {
    for (size_t i = 0; i < changes.size(); ++i) {
      bool ch = false;
      if (Status r = RecordReviewLocked(changes[i].first, changes[i].second, &ch); !r.ok())
        return r;
      done[i] = ch;
    }
    return Status::Ok();
  });
  if (s.ok() && changed) *changed = std::move(done);
  return s;
}

Status StoreImpl::ReviewHistory(const std::string& doc_path,
                                std::vector<ReviewHistoryEntry>* out) {
  out->clear();
  Status s;
  Stmt st = db_.Prepare(
      "SELECT doc_path, sentence_hash, figure_text, old_verdict, new_verdict, old_note, new_note, "
      "old_correction, new_correction, reviewer, via, changed_at, occurrence FROM review_history "
      "WHERE ?1 IS NULL OR doc_path = ?1 ORDER BY id",
      &s);
  if (!st.ok()) return s;
  st.BindTextOrNull(1, doc_path);
  int rc;
  while ((rc = st.Step()) == SQLITE_ROW) {
    ReviewHistoryEntry e;
    e.doc_path = st.Text(0);
    e.sentence_hash = st.Text(1);
    e.figure_text = st.Text(2);
    e.old_verdict = st.Text(3);
    e.new_verdict = st.Text(4);
    e.old_note = st.Text(5);
    e.new_note = st.Text(6);
    e.old_correction = st.Text(7);
    e.new_correction = st.Text(8);
    e.reviewer = st.Text(9);
    e.via = st.Text(10);
    e.changed_at = st.Text(11);
    e.occurrence = static_cast<int>(st.Int(12));
    out->push_back(std::move(e));
  }
  return rc == SQLITE_DONE ? Status::Ok() : db_.Error("cannot read the review history");
}

Status StoreImpl::ReviewFor(const Figure& figure, Review* out) {
  Review key = ReviewKey(figure);
  Status s;
  Stmt st = db_.Prepare(kReviewFor, &s);
  if (!st.ok()) return s;
  st.Bind(1, key.doc_path);
  st.Bind(2, key.sentence_hash);
  st.Bind(3, key.figure_text);
  st.Bind(4, key.occurrence);
  int rc = st.Step();
  if (rc == SQLITE_ROW) {
    *out = ReadReviewRow(st);
    return Status::Ok();
  }
  if (rc == SQLITE_DONE) return Status::NotFound("no review of '" + figure.text + "'");
  return db_.Error("cannot read reviews");
}

Status StoreImpl::Reviews(const std::string& doc_path, std::vector<Review>* out) {
  out->clear();
  Status s;
  Stmt st = db_.Prepare(kReviewsOf, &s);
  if (!st.ok()) return s;
  st.BindTextOrNull(1, doc_path);
  int rc;
  while ((rc = st.Step()) == SQLITE_ROW) out->push_back(ReadReviewRow(st));
  return rc == SQLITE_DONE ? Status::Ok() : db_.Error("cannot read reviews");
}

Status StoreImpl::SaveFindings(const std::vector<Finding>& findings) {
  return InTransaction(&db_, [&]() -> Status {
    Status s = db_.Exec("DELETE FROM findings");
    if (!s.ok()) return s;
    Stmt fst = db_.Prepare(
        "INSERT INTO findings (type, severity, message, score, reasons, suggestion, created_at) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        &s);
    if (!fst.ok()) return s;
    // A figure id that is no longer stored (re-ingested since the check)
    // becomes NULL; the record keeps the figure as it was.
    Stmt cst = db_.Prepare(
        "INSERT INTO finding_claims (finding, seq, figure, record) "
        "VALUES (?1, ?2, (SELECT id FROM figures WHERE id = ?3), ?4)",
        &s);
    if (!cst.ok()) return s;
    std::string now = NowIso8601();
    std::string record;  // one claim's record, reused: no tree built per claim
    for (const Finding& f : findings) {
      fst.Bind(1, f.type);
      fst.Bind(2, SeverityName(f.severity));
      fst.Bind(3, f.message);
      fst.Bind(4, f.score);
      fst.Bind(5, nlohmann::json(f.reasons).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
      fst.BindTextOrNull(6, f.suggestion);
      fst.Bind(7, now);
      if (!fst.Run()) return db_.Error("cannot store findings");
      long long row = sqlite3_last_insert_rowid(db_.handle());
      for (size_t i = 0; i < f.claims.size(); ++i) {
        cst.Bind(1, row);
        cst.Bind(2, i);
        cst.Bind(3, f.claims[i]->id);
        record.clear();
        AppendFigureJson(*f.claims[i], &record);
        cst.Bind(4, record);
        if (!cst.Run()) return db_.Error("cannot store findings");
      }
    }
    return Status::Ok();
  });
}

Status StoreImpl::Findings(std::vector<Finding>* out) {
  out->clear();
  Status s;
  {
    Stmt st = db_.Prepare(
        "SELECT id, type, severity, message, score, reasons, suggestion FROM findings "
        "ORDER BY id",
        &s);
    if (!st.ok()) return s;
    std::vector<long long> rows;
    int rc;
    while ((rc = st.Step()) == SQLITE_ROW) {
      Finding f;
      rows.push_back(st.Int(0));
      f.type = st.Text(1);
      std::string sev = st.Text(2);
      f.severity = sev == "error"     ? Severity::kError
                   : sev == "warning" ? Severity::kWarning
                                      : Severity::kInfo;
      f.message = st.Text(3);
      f.score = st.Double(4);
      nlohmann::json reasons = nlohmann::json::parse(st.Text(5), nullptr, false);
      if (reasons.is_array()) {
        for (const auto& r : reasons) {
          if (r.is_string()) f.reasons.push_back(r.get<std::string>());
        }
      }
      f.suggestion = st.Text(6);
      out->push_back(std::move(f));
    }
    if (rc != SQLITE_DONE) return db_.Error("cannot read findings");
    Stmt cst = db_.Prepare(
        "SELECT figure, record FROM finding_claims WHERE finding = ?1 ORDER BY seq", &s);
    if (!cst.ok()) return s;
    for (size_t i = 0; i < rows.size(); ++i) {
      cst.Bind(1, rows[i]);
      while (cst.Step() == SQLITE_ROW) {
        Figure fig;
        nlohmann::json j = nlohmann::json::parse(cst.Text(1), nullptr, false);
        Status fs = FigureFromJson(j, &fig);
        if (!fs.ok()) {
          return Status::Corruption(db_.path() + ": finding " + std::to_string(rows[i]) + ": " +
                                    fs.message());
        }
        fig.id = cst.IsNull(0) ? 0 : cst.Int(0);
        (*out)[i].claims.emplace_back(std::move(fig));
      }
      cst.Reset();
    }
  }
  return Status::Ok();
}

}  // namespace claimcheck
