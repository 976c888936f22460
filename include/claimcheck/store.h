// The SQLite claim store (schema/claims.sql, schema/FORMAT.md).
#ifndef CLAIMCHECK_STORE_H_
#define CLAIMCHECK_STORE_H_

#include <memory>
#include <string>
#include <vector>

#include "claimcheck/document.h"
#include "claimcheck/extract.h"
#include "claimcheck/figure.h"
#include "claimcheck/status.h"

struct sqlite3;

namespace claimcheck {

// A document as stored: its metadata and role.
struct StoredDocument {
  long long id = 0;        // row id
  std::string doc_id;      // content hash
  std::string path;
  std::string format;
  std::string title, author, publisher, date, url, lang;
  std::string role;        // "source" or "article"
  std::string ingested_at;
};

struct FigureFilter {
  std::string doc;   // path or content-hash prefix; empty = all
  std::string kind;  // empty = all
};

class Store {
 public:
  // Opens (creating or migrating) the database at `path`. A database whose
  // schema is newer than this build is refused.
  static Status Open(const std::string& path, std::unique_ptr<Store>* out);
  virtual ~Store() = default;

  enum class IngestOutcome { kAdded, kUnchanged, kReplaced };
  // Stores one document with its sentences and figures in one transaction.
  virtual Status Ingest(const Document& doc, const std::string& role, const Extraction& ex,
                        IngestOutcome* outcome) = 0;

  virtual Status Documents(std::vector<StoredDocument>* out) = 0;
  // By path as given, content hash or hash prefix.
  virtual Status FindDocument(const std::string& path_or_id, StoredDocument* out) = 0;
  virtual Status Figures(const FigureFilter& filter, std::vector<Figure>* out) = 0;
  // Entity and subject aliases: configured in rules/ and learned at ingest.
  virtual Status Aliases(std::vector<Alias>* out) = 0;

  virtual sqlite3* handle() = 0;
};

// $CLAIMCHECK_DB, else "claims.db".
std::string DefaultDbPath();

}  // namespace claimcheck

#endif  // CLAIMCHECK_STORE_H_
