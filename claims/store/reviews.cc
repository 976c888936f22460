// Editors' reviews and the checker's findings.
#include <nlohmann/json.hpp>

#include "claimcheck/check.h"
#include "claimcheck/figure_json.h"
#include "claimcheck/util.h"
#include "claims/store/store_impl.h"

namespace claimcheck {
namespace {

constexpr const char* kVerdicts[] = {"correct", "incorrect", "misleading", "unverifiable",
                                     "pending"};

Review ReadReviewRow(const Stmt& st) {
  Review r;
  r.doc_path = st.Text(0);
  r.sentence_hash = st.Text(1);
  r.figure_text = st.Text(2);
  r.verdict = st.Text(3);
  r.note = st.Text(4);
  r.reviewed_at = st.Text(5);
  return r;
}

}  // namespace

Review ReviewKey(const Figure& figure) {
  Review r;
  r.doc_path = figure.doc;
  r.sentence_hash = Sha256Hex(figure.sentence);
  r.figure_text = figure.text;
  return r;
}

Status StoreImpl::SaveReview(const Figure& figure, const std::string& verdict,
                             const std::string& note) {
  bool known = false;
  std::string list;
  for (const char* v : kVerdicts) {
    known = known || verdict == v;
    list += (list.empty() ? "" : ", ") + std::string(v);
  }
  if (!known) {
    return Status::InvalidArgument("verdict must be one of " + list + ", not '" + verdict + "'");
  }
  if (figure.doc.empty() || figure.text.empty()) {
    return Status::InvalidArgument("a review needs the figure's document and text");
  }
  Review key = ReviewKey(figure);
  Status s;
  Stmt st = db_.Prepare(
      "INSERT INTO reviews (doc_path, sentence_hash, figure_text, verdict, note, reviewed_at) "
      "VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (doc_path, sentence_hash, figure_text) "
      "DO UPDATE SET verdict = excluded.verdict, note = excluded.note, "
      "reviewed_at = excluded.reviewed_at",
      &s);
  if (!st.ok()) return s;
  st.Bind(1, key.doc_path);
  st.Bind(2, key.sentence_hash);
  st.Bind(3, key.figure_text);
  st.Bind(4, verdict);
  st.Bind(5, note);
  st.Bind(6, NowIso8601());
  return st.Run() ? Status::Ok() : db_.Error("cannot save the review");
}

Status StoreImpl::ReviewFor(const Figure& figure, Review* out) {
  Review key = ReviewKey(figure);
  Status s;
  Stmt st = db_.Prepare(
      "SELECT doc_path, sentence_hash, figure_text, verdict, note, reviewed_at FROM reviews "
      "WHERE doc_path = ?1 AND sentence_hash = ?2 AND figure_text = ?3",
      &s);
  if (!st.ok()) return s;
  st.Bind(1, key.doc_path);
  st.Bind(2, key.sentence_hash);
  st.Bind(3, key.figure_text);
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
  Stmt st = db_.Prepare(
      "SELECT doc_path, sentence_hash, figure_text, verdict, note, reviewed_at FROM reviews "
      "WHERE ?1 IS NULL OR doc_path = ?1 ORDER BY doc_path, id",
      &s);
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
        cst.Bind(3, f.claims[i].id);
        cst.Bind(4, FigureToJson(f.claims[i])
                        .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
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
        (*out)[i].claims.push_back(std::move(fig));
      }
      cst.Reset();
    }
  }
  return Status::Ok();
}

}  // namespace claimcheck
