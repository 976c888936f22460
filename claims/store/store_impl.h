// The Store implementation, split by concern across store_open.cc (open and
// migrate), ingest.cc, queries.cc and reviews.cc.
#ifndef CLAIMCHECK_CLAIMS_STORE_STORE_IMPL_H_
#define CLAIMCHECK_CLAIMS_STORE_STORE_IMPL_H_

#include <string>
#include <vector>

#include "claimcheck/store.h"
#include "claims/store/sqlite_db.h"

namespace claimcheck {

class StoreImpl : public Store {
 public:
  explicit StoreImpl(const StoreOptions& opts) : opts_(opts) {}

  // Opens the connection, sets WAL and the busy timeout, and brings the
  // schema up to SchemaVersion().
  Status Init(const std::string& path);

  Status Ingest(const Document& doc, const std::string& role, const Extraction& ex,
                IngestOutcome* outcome) override;
  Status Ingest(const Document& doc, const std::string& role, const Extraction& ex,
                IngestReport* report) override;
  Status Ingest(const Document& doc, const std::string& role, const Extraction& ex,
                FigureStream* more, IngestReport* report) override;
  Status RemoveDocument(const std::string& path_or_id, StoredDocument* removed) override;
  Status FigureCounts(std::map<long long, long long>* out) override;
  Status Documents(std::vector<StoredDocument>* out) override;
  Status FindDocument(const std::string& path_or_id, StoredDocument* out) override;
  Status Figures(const FigureFilter& filter, std::vector<Figure>* out) override;
  Status Aliases(std::vector<Alias>* out) override;
  Status SaveConfiguredAliases(const std::string& lang, const std::vector<Alias>& aliases) override;
  Status Sentences(const std::string& path_or_id, std::vector<StoredSentence>* out) override;
  Status FigurelessSentences(const std::string& path_or_id,
                             const std::function<void(long long, std::string_view)>& each) override;
  Status Blocks(const std::string& path_or_id, std::vector<StoredBlock>* out) override;
  Status SearchSentences(const std::string& query, int limit,
                         std::vector<StoredSentence>* out) override;
  Status SaveFindings(const std::vector<Finding>& findings) override;
  Status Findings(std::vector<Finding>* out) override;
  Status SaveReview(const Figure& figure, const std::string& verdict,
                    const std::string& note) override;
  Status ReviewFor(const Figure& figure, Review* out) override;
  Status Reviews(const std::string& doc_path, std::vector<Review>* out) override;
  Status RecordReviews(const std::vector<std::pair<Figure, ReviewChange>>& changes,
                       std::vector<bool>* changed) override;
  Status ReviewHistory(const std::string& doc_path,
                       std::vector<ReviewHistoryEntry>* out) override;
  sqlite3* handle() override { return db_.handle(); }

 private:
  Status Migrate();
  Status MigrateLocked();  // the steps, in one write transaction
  // The body of Ingest, run inside a transaction the caller commits or rolls back.
  Status IngestLocked(const Document& doc, const std::string& role, const Extraction& ex,
                      FigureStream* more, IngestReport* report);
  Status FindDocumentExact(const std::string& path_or_id, StoredDocument* out);
  Status InsertContent(long long row, const Document& doc, const Extraction& ex,
                       FigureStream* more);
  // The reviews of `path` with the sentence and figure they were filed under,
  // read before a re-ingest deletes the old version.
  struct OldReview {
    long long id = 0;
    std::string sentence_hash, figure_text, verdict, reviewer, note, correction, sentence, kind, unit;
    double value = 0;
    int occurrence = 1;  // the n-th figure with its text in its sentence
    bool found = false;  // the old version still held its figure
  };
  Status ReadReviews(const std::string& path, long long row, std::vector<OldReview>* out);
  // After the new version is stored: keeps, moves (to a lightly edited
  // sentence) or drops each review of `old`, filling the report.
  Status ReattachReviews(const std::string& path, long long row, const std::vector<OldReview>& old,
                         IngestReport* report);
  // One review change inside the caller's transaction (reviews.cc).
  Status RecordReviewLocked(const Figure& figure, const ReviewChange& change, bool* changed);

  StoreOptions opts_;
  Db db_;
};

// Runs `body` inside BEGIN IMMEDIATE ... COMMIT, rolling back when it fails
// or throws.
// IMMEDIATE takes the write lock up front so that two writers queue on the
// busy timeout instead of failing on a read-to-write upgrade.
// Inside a transaction the caller opened (a whole command's, StoreTransaction
// in claimcheck/store_transaction.h) the body runs in a savepoint instead: a
// failed document is undone alone, and the command's transaction decides
// whether the rest is kept (ingest --keep-going) or not (all or nothing).
inline constexpr const char* kBeginStep = "SAVEPOINT claimcheck_step";
inline constexpr const char* kBeginWrite = "BEGIN IMMEDIATE";
inline constexpr const char* kEndStep = "RELEASE claimcheck_step";
inline constexpr const char* kCommitWrite = "COMMIT";
template <typename F>
Status InTransaction(Db* db, F&& body) {
  const bool nested = sqlite3_get_autocommit(db->handle()) == 0;
  Status s = db->Exec(nested ? kBeginStep : kBeginWrite);
  if (!s.ok()) return s;
  auto undo = [&] {
    if (nested) {
      db->Exec("ROLLBACK TO claimcheck_step");
      db->Exec("RELEASE claimcheck_step");
    } else {
      db->Exec("ROLLBACK");
    }
  };
  try {
    s = body();
  } catch (...) {
    // Out of memory mid-ingest (std::bad_alloc) unwinds through here: the
    // database must be exactly as it was (issue 15), not left to whenever
    // the connection closes.
    undo();
    throw;
  }
  if (s.ok()) s = db->Exec(nested ? kEndStep : kCommitWrite);
  if (!s.ok()) undo();
  return s;
}

}  // namespace claimcheck

#endif  // CLAIMCHECK_CLAIMS_STORE_STORE_IMPL_H_
