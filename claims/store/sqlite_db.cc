#include "claims/store/sqlite_db.h"

namespace claimcheck {

Db::~Db() {
  ClearCache();
  if (db_ != nullptr) sqlite3_close_v2(db_);
}

Status Db::Open(const std::string& path, bool create) {
  path_ = path;
  int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX;
  if (create) flags |= SQLITE_OPEN_CREATE;
  int rc = sqlite3_open_v2(path.c_str(), &db_, flags, nullptr);
  if (rc != SQLITE_OK) {
    std::string msg = db_ != nullptr ? sqlite3_errmsg(db_) : sqlite3_errstr(rc);
    if (!create && rc == SQLITE_CANTOPEN) msg = "no such database";
    return Status::IOError(path + ": " + msg);
  }
  sqlite3_extended_result_codes(db_, 1);
  return Status::Ok();
}

namespace {
// One message for every way a second writer meets the first: the wait (the
// busy timeout) is over and nothing of this command was written.
Status BusyStatus(const std::string& name) {
  return Status::IOError(name +
                         ": busy: another process is writing to this database; nothing was "
                         "changed (try again when it has finished)");
}
}  // namespace

Status ExecOnHandle(sqlite3* db, const char* sql) {
  char* err = nullptr;
  const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &err);
  if (rc == SQLITE_OK) return Status::Ok();
  std::string msg = err != nullptr ? err : sqlite3_errstr(rc);
  sqlite3_free(err);
  const char* file = sqlite3_db_filename(db, "main");
  const std::string name = file != nullptr && *file != '\0' ? file : ":memory:";
  if ((rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_LOCKED) {
    return BusyStatus(name);
  }
  return Status::IOError(name + ": " + msg);
}

Status Db::Exec(const char* sql) {
  char* err = nullptr;
  int rc = sqlite3_exec(db_, sql, nullptr, nullptr, &err);
  if (rc == SQLITE_OK) return Status::Ok();
  std::string msg = err != nullptr ? err : sqlite3_errstr(rc);
  sqlite3_free(err);
  if (rc == SQLITE_NOTADB)
    return Status::Corruption(path_ + ": not a claimcheck database (" + msg + ")");
  if ((rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_LOCKED) return Busy();
  return Status::IOError(path_ + ": " + msg);
}

Stmt Db::Prepare(const char* sql, Status* status) {
  auto it = cache_.find(sql);
  if (it != cache_.end()) return Stmt(it->second);
  sqlite3_stmt* st = nullptr;
  int rc = sqlite3_prepare_v3(db_, sql, -1, SQLITE_PREPARE_PERSISTENT, &st, nullptr);
  if (rc != SQLITE_OK) {
    *status = Error("cannot prepare statement");
    return Stmt(nullptr);
  }
  cache_.emplace(sql, st);
  return Stmt(st);
}

Status Db::Error(std::string_view what) const {
  int rc = sqlite3_errcode(db_);
  std::string msg = path_ + ": " + std::string(what) + ": " + sqlite3_errmsg(db_);
  if ((rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_LOCKED) return Busy();
  if ((rc & 0xff) == SQLITE_CORRUPT || (rc & 0xff) == SQLITE_NOTADB) return Status::Corruption(msg);
  return Status::IOError(msg);
}

Status Db::Busy() const {
  // One message for every way a second writer meets the first: the wait
  // (the busy timeout) is over and nothing of this command was written.
  return BusyStatus(path_);
}

void Db::ClearCache() {
  for (auto& [sql, st] : cache_) sqlite3_finalize(st);
  cache_.clear();
}

}  // namespace claimcheck
