// A thin layer over the SQLite C API: one connection, a cache of prepared
// statements reused across calls, and errors as Status values that name the
// database file.
#ifndef CLAIMCHECK_CLAIMS_STORE_SQLITE_DB_H_
#define CLAIMCHECK_CLAIMS_STORE_SQLITE_DB_H_

#include <sqlite3.h>

#include <string>
#include <string_view>
#include <unordered_map>

#include "claimcheck/status.h"

namespace claimcheck {

// A cached prepared statement in use. Values are bound by 1-based index; the
// destructor resets the statement so the cache can hand it out again.
class Stmt {
 public:
  explicit Stmt(sqlite3_stmt* st) : st_(st) {}
  Stmt(const Stmt&) = delete;
  Stmt& operator=(const Stmt&) = delete;
  ~Stmt() {
    if (st_ != nullptr) {
      sqlite3_reset(st_);
      sqlite3_clear_bindings(st_);
    }
  }
  bool ok() const { return st_ != nullptr; }

  void Bind(int i, long long v) { sqlite3_bind_int64(st_, i, v); }
  void Bind(int i, int v) { sqlite3_bind_int64(st_, i, v); }
  void Bind(int i, size_t v) { sqlite3_bind_int64(st_, i, static_cast<sqlite3_int64>(v)); }
  void Bind(int i, double v) { sqlite3_bind_double(st_, i, v); }
  void Bind(int i, std::string_view v) {
    sqlite3_bind_text(st_, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
  }
  void Bind(int i, const char* v) { Bind(i, std::string_view(v)); }
  void Bind(int i, const std::string& v) { Bind(i, std::string_view(v)); }
  void BindNull(int i) { sqlite3_bind_null(st_, i); }
  // Empty text and zero integers stand for NULL in the record.
  void BindTextOrNull(int i, std::string_view v) {
    if (v.empty())
      BindNull(i);
    else
      Bind(i, v);
  }
  void BindIntOrNull(int i, long long v) {
    if (v == 0)
      BindNull(i);
    else
      Bind(i, v);
  }

  // SQLITE_ROW, SQLITE_DONE or an error code.
  int Step() { return sqlite3_step(st_); }
  // Rewinds the statement so it can run again (bindings are kept).
  void Reset() { sqlite3_reset(st_); }
  // Steps once and resets, for statements run in a loop; true on SQLITE_DONE.
  bool Run() {
    int rc = sqlite3_step(st_);
    sqlite3_reset(st_);
    return rc == SQLITE_DONE;
  }

  long long Int(int col) const { return sqlite3_column_int64(st_, col); }
  bool IsNull(int col) const { return sqlite3_column_type(st_, col) == SQLITE_NULL; }
  double Double(int col) const { return sqlite3_column_double(st_, col); }
  // The column's text without a copy: valid until the next Step, Reset or
  // column read of another type.
  std::string_view View(int col) const {
    const unsigned char* p = sqlite3_column_text(st_, col);
    if (p == nullptr) return std::string_view();
    return std::string_view(reinterpret_cast<const char*>(p),
                            static_cast<size_t>(sqlite3_column_bytes(st_, col)));
  }
  std::string Text(int col) const {
    const unsigned char* p = sqlite3_column_text(st_, col);
    if (p == nullptr) return std::string();
    return std::string(reinterpret_cast<const char*>(p),
                       static_cast<size_t>(sqlite3_column_bytes(st_, col)));
  }

 private:
  sqlite3_stmt* st_;
};

// Runs transaction control ("BEGIN IMMEDIATE", "COMMIT", "ROLLBACK") on a
// connection known only by its handle (StoreTransaction holds a Store, not
// its Db). A wait for another writer in vain is the busy message of
// Db::Busy; any other failure names the database file. Raw SQLite calls live
// in sqlite_db.cc only (tests/store/sql_rule_test.cc).
Status ExecOnHandle(sqlite3* db, const char* sql);

class Db {
 public:
  Db() = default;
  Db(const Db&) = delete;
  Db& operator=(const Db&) = delete;
  ~Db();

  // Opens `path` (creating it when `create` is true).
  Status Open(const std::string& path, bool create);
  sqlite3* handle() const { return db_; }
  const std::string& path() const { return path_; }

  // Runs one or more statements that take no parameters (schema, pragmas,
  // transaction control). Never used with document data.
  Status Exec(const char* sql);
  // A prepared statement from the cache, compiled on first use. On a compile
  // error the Stmt is not ok() and *status says why.
  Stmt Prepare(const char* sql, Status* status);
  // A Status for the connection's last error, prefixed with the file name.
  Status Error(std::string_view what) const;
  // The error of a write that waited for another process's lock in vain.
  Status Busy() const;

  // Finalizes every cached statement (before closing or after a schema change).
  void ClearCache();

 private:
  sqlite3* db_ = nullptr;
  std::string path_;
  std::unordered_map<const char*, sqlite3_stmt*> cache_;  // keyed by the SQL literal's address
};

}  // namespace claimcheck

#endif  // CLAIMCHECK_CLAIMS_STORE_SQLITE_DB_H_
