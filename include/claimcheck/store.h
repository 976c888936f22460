// The SQLite claim store (schema/claims.sql, schema/FORMAT.md).
//
// One Store owns one SQLite connection; it is not thread-safe (open one Store
// per thread). Several processes may share one database file: the store uses
// WAL mode and waits for locks (StoreOptions::busy_timeout_ms).
#ifndef CLAIMCHECK_STORE_H_
#define CLAIMCHECK_STORE_H_

#include <functional>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "claimcheck/document.h"
#include "claimcheck/extract.h"
#include "claimcheck/figure.h"
#include "claimcheck/status.h"

struct sqlite3;

namespace claimcheck {

struct Finding;  // claimcheck/check.h

// A document as stored: its metadata and role.
struct StoredDocument {
  long long id = 0;    // row id
  std::string doc_id;  // content hash
  std::string path;
  std::string format;
  std::string title, author, publisher, date, url, lang;
  std::string role;  // "source", "article" or "auto" (claims/check/roles.h resolves it)
  std::string ingested_at;
  int page_count = 0;
  std::string genre;  // Metadata::genre ("wire" or "")
  // The body's web links (Document::links, table `links`): filled by
  // Store::Documents and StoredDocumentFor, which the role finder reads;
  // empty in the rows other queries return.
  std::vector<Hyperlink> links;
};

// The row `Store::Ingest` writes for `doc` (path as read, not normalised; no
// row id or ingest time), for code that checks extractions without a database:
// tools/checkeval and the checker's tests build their CheckInput with it, so
// they see the same metadata the store would give `check`.
StoredDocument StoredDocumentFor(const Document& doc, const Extraction& ex, const std::string& role);

// A sentence as stored, with its place in the document.
struct StoredSentence {
  long long id = 0;           // row id
  long long document = 0;     // StoredDocument::id
  std::string doc;            // the document's path
  int index = 0;              // 0-based position in the document
  int block = 0;              // 0-based block ("paragraph" is block + 1)
  int page = 0;               // 0 = no pages
  size_t start = 0, end = 0;  // byte offsets into the document's text
  std::string text;
};

// A block (paragraph, heading, table cell...) as stored.
struct StoredBlock {
  int index = 0;          // 0-based; a sentence's `block`
  std::string kind;       // BlockKindName: "paragraph", "table_cell", ...
  int row = -1, col = -1;  // table cells: 0-based row and column
};

// An editor's verdict on one figure. Keyed by the document's path, the hash
// of the sentence's text, the figure's text and its occurrence (the n-th
// figure with that text in that sentence, FigureOccurrence), so it names one
// figure and survives re-ingesting a changed document as long as that
// sentence still holds that figure.
struct Review {
  std::string doc_path;
  std::string sentence_hash;  // Sha256Hex(sentence text)
  std::string figure_text;
  int occurrence = 1;  // schema v6; 1 for the first figure with this text in the sentence
  std::string verdict;  // correct, incorrect, misleading, unverifiable, not_a_claim, pending
  std::string note;
  std::string reviewed_at;  // ISO 8601 UTC
  std::string reviewer;     // the editor's initials (schema v3)
  std::string correction;   // the corrected wording, when the verdict calls for one
};

// One change to record (the editor's desk, issue 14). `via` names the way in:
// cli, import, serve or api; it is kept in the history.
struct ReviewChange {
  std::string verdict;
  std::string reviewer;  // initials; required by RecordReview
  std::string note;
  std::string correction;
  std::string via = "api";
};

// One row of the append-only review_history table.
struct ReviewHistoryEntry {
  std::string doc_path, sentence_hash, figure_text;
  int occurrence = 1;
  std::string old_verdict, new_verdict;  // old_* empty for the first review
  std::string old_note, new_note;
  std::string old_correction, new_correction;
  std::string reviewer, via, changed_at;
};

// The verdicts a review may carry, in the order people are offered them
// ("pending" last: it means "not decided yet").
const std::vector<std::string>& ReviewVerdicts();

struct FigureFilter {
  std::string doc;   // path, row id or content-hash prefix; empty = all
  std::string kind;  // empty = all
};

struct StoreOptions {
  // When false, Open refuses a path where no database exists yet (for
  // read-only commands such as `claims`).
  bool create_if_missing = true;
  // How long a write waits for another process's lock before failing.
  int busy_timeout_ms = 30000;
  // Test hook: Ingest fails after this many figure inserts (then rolls back,
  // as a crash or full disk would); -1 = never.
  int fail_after_figure_inserts = -1;
};

// How alike two versions of a sentence are: Dice's coefficient over their
// words (lower-cased letters and digits; punctuation and spacing ignored),
// 0 to 1. A reviewed figure follows its sentence through an edit at or above
// kReviewSentenceSimilarity ("the company said" -> "the company said on
// Thursday": 0.92; a rewritten sentence falls well below).
double SentenceSimilarity(const std::string& a, const std::string& b);
constexpr double kReviewSentenceSimilarity = 0.75;

class Store {
 public:
  // The schema version this build reads and writes (PRAGMA user_version).
  static int SchemaVersion();

  // Opens (creating or migrating) the database at `path`. A database whose
  // schema is newer than this build is refused, as is a file that is not a
  // claimcheck database; messages start with `path`.
  static Status Open(const std::string& path, std::unique_ptr<Store>* out);
  static Status Open(const std::string& path, const StoreOptions& opts,
                     std::unique_ptr<Store>* out);
  virtual ~Store() = default;

  enum class IngestOutcome { kAdded, kUnchanged, kReplaced };
  // What one Ingest did, for the messages of `ingest` and `audit`.
  struct IngestReport {
    IngestOutcome outcome = IngestOutcome::kUnchanged;
    std::string path;           // the document's stored path (NormalisePath)
    std::string role;           // its role after this ingest
    std::string previous_role;  // its role before; empty for a new document
    // Set when the same file (same content, same file on disk) was already
    // stored under a path that normalises differently: kept under that path.
    std::string same_as;
    // Set for a newly added document whose content is also stored
    // under another path that is another file (a copy elsewhere: another
    // document, compared like any other): those stored paths, by id.
    std::vector<std::string> copies;
    // kReplaced: verdicts moved to the figure's edited sentence, and verdicts
    // that could no longer be attached (dropped from `reviews`, recorded in
    // review_history with new_verdict "dropped"). See ReattachReviews.
    struct DroppedReview {
      std::string figure_text, verdict, reviewer, sentence;
      int occurrence = 1;  // the n-th figure with that text in its sentence
    };
    int reattached_reviews = 0;
    std::vector<DroppedReview> dropped_reviews;
    // Of the moved verdicts, those that said the figure was wrong
    // ("incorrect", "misleading"): the edit may be the fix, so each is set
    // back to "pending" for a fresh look (the old verdict, note and
    // correction stay in review_history).
    std::vector<DroppedReview> reopened_reviews;
  };
  // Stores one document with its blocks, sentences, figures and learned
  // aliases in one transaction. The same path with the same content hash is a
  // no-op (kUnchanged; only a different `role` is recorded); the same path with
  // new content replaces the previous version (kReplaced) and keeps the reviews
  // whose figure is still there: the same figure text in the same sentence, or
  // in a sentence edited lightly (word similarity >= kReviewSentenceSimilarity,
  // the figure's kind, value and unit unchanged, one best such sentence).
  // The others are dropped and reported (IngestReport::dropped_reviews). On error nothing is
  // written. Every figure must lie in one of ex.sentences and its offsets must
  // slice its text out of doc.text.
  //
  // A document is its content and its place: the path is stored normalised
  // (NormalisePath: "./a.txt" and "a.txt" are one document), and the same
  // content at a path that names the same file on disk ("/home/x/a.txt",
  // a symbolic link) is that document (kUnchanged, report->same_as names
  // it); a copy elsewhere is another document. `role` is "source",
  // "article" or "auto", or empty to keep the stored role (a new document
  // then gets "auto").
  virtual Status Ingest(const Document& doc, const std::string& role, const Extraction& ex,
                        IngestOutcome* outcome) = 0;
  virtual Status Ingest(const Document& doc, const std::string& role, const Extraction& ex,
                        IngestReport* report) = 0;
  // The same, with the figures after ex.figures read from `more` (from
  // Extractor::Start) inside the same transaction, so a document with
  // millions of figures is never held whole (issue 15). ex.aliases is read
  // once `more` is drained. An unchanged document leaves `more` unread.
  virtual Status Ingest(const Document& doc, const std::string& role, const Extraction& ex,
                        FigureStream* more, IngestReport* report) = 0;

  // Removes one document (see FindDocument) with everything it owns: blocks,
  // sentences, figures, learned aliases, its reviews and the stored findings
  // that involve it. The review history is append-only and keeps its rows.
  // *removed is the document as it was.
  virtual Status RemoveDocument(const std::string& path_or_id, StoredDocument* removed) = 0;
  // Figures per stored document row id.
  virtual Status FigureCounts(std::map<long long, long long>* out) = 0;

  virtual Status Documents(std::vector<StoredDocument>* out) = 0;
  // By path as given, row id, content hash or unique hash prefix (>= 4 hex).
  virtual Status FindDocument(const std::string& path_or_id, StoredDocument* out) = 0;
  // Complete figure records, in document order (documents by row id).
  virtual Status Figures(const FigureFilter& filter, std::vector<Figure>* out) = 0;
  // Entity and subject aliases: configured in rules/ and learned at ingest,
  // without duplicates. Alias::origin tells which.
  virtual Status Aliases(std::vector<Alias>* out) = 0;
  // Replaces the configured aliases of `lang` (rules/<lang>/entities.yaml).
  virtual Status SaveConfiguredAliases(const std::string& lang,
                                       const std::vector<Alias>& aliases) = 0;

  // The sentences of one document (see FindDocument for `path_or_id`).
  virtual Status Sentences(const std::string& path_or_id, std::vector<StoredSentence>* out) = 0;
  // The sentences that hold no figure, of one document (see FindDocument)
  // or, for "", of every document not stored as a source: `each` gets the
  // document's row id and the text, in document and sentence order. Where
  // coverage names its source without a figure (claims/check/load.h).
  virtual Status FigurelessSentences(const std::string& path_or_id,
                                     const std::function<void(long long, std::string_view)>& each) = 0;
  // The blocks of one document, in order (claims/store/blocks.cc).
  virtual Status Blocks(const std::string& path_or_id, std::vector<StoredBlock>* out) = 0;
  // Full-text search over every stored sentence: the sentences holding every
  // word of `query` (case and accents ignored; punctuation in a word is taken
  // literally, there is no query syntax). Best matches first, at most `limit`.
  virtual Status SearchSentences(const std::string& query, int limit,
                                 std::vector<StoredSentence>* out) = 0;

  // Replaces the stored findings with `findings` (one check run's output).
  virtual Status SaveFindings(const std::vector<Finding>& findings) = 0;
  virtual Status Findings(std::vector<Finding>* out) = 0;

  // Records (or overwrites) an editor's verdict on `figure` (a stored figure
  // or one with doc, sentence and text filled in).
  virtual Status SaveReview(const Figure& figure, const std::string& verdict,
                            const std::string& note) = 0;
  // NotFound when the figure has no review.
  virtual Status ReviewFor(const Figure& figure, Review* out) = 0;
  // Every review, or those of one document path.
  virtual Status Reviews(const std::string& doc_path, std::vector<Review>* out) = 0;
  // Records verdicts with who made them: each review whose verdict, note,
  // correction or reviewer differs from what is stored is written and gets a
  // review_history row, all in one transaction (all or nothing). `changed`
  // (may be null) receives, per change, whether it changed anything.
  virtual Status RecordReviews(const std::vector<std::pair<Figure, ReviewChange>>& changes,
                               std::vector<bool>* changed) = 0;
  // The history of one document path's reviews (every path when empty), oldest first.
  virtual Status ReviewHistory(const std::string& doc_path,
                               std::vector<ReviewHistoryEntry>* out) = 0;

  virtual sqlite3* handle() = 0;
};

// The key a review is filed under for `figure` (verdict and note left empty).
Review ReviewKey(const Figure& figure);

// Which figure with this text its sentence holds, counting from 1: one more
// than the times `text` is written in `sentence` before byte `offset` (the
// figure's start within the sentence), counting only whole occurrences (not
// "12" inside "2012" or "3.12"). It depends on the sentence's text alone, so
// it is the same across re-ingests and extractor versions.
int TextOccurrence(std::string_view sentence, size_t offset, std::string_view text);
// TextOccurrence of a placed figure (its start less its sentence's start).
int FigureOccurrence(const Figure& figure);

// A document path as stored: lexically normal ("./a.txt" -> "a.txt",
// "x/../a.txt" -> "a.txt", "a//b" -> "a/b"); URLs and "-" as given.
std::string NormalisePath(const std::string& path);

// $CLAIMCHECK_DB, else "claims.db".
std::string DefaultDbPath();

}  // namespace claimcheck

#endif  // CLAIMCHECK_STORE_H_
