// StoreTransaction: a command's writes in one transaction (store_transaction.h).
#include <sqlite3.h>

#include <string>

#include "claimcheck/store_transaction.h"

namespace claimcheck {
namespace {

std::string DbName(sqlite3* db) {
  const char* name = sqlite3_db_filename(db, "main");
  return name != nullptr && *name != '\0' ? name : ":memory:";
}

Status Run(sqlite3* db, const char* sql) {
  char* err = nullptr;
  const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &err);
  if (rc == SQLITE_OK) return Status::Ok();
  std::string msg = err != nullptr ? err : sqlite3_errstr(rc);
  sqlite3_free(err);
  if ((rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_LOCKED) {
    return Status::IOError(DbName(db) +
                           ": busy: another process is writing to this database; nothing was "
                           "changed (try again when it has finished)");
  }
  return Status::IOError(DbName(db) + ": " + msg);
}

}  // namespace

Status StoreTransaction::Begin() {
  if (open_) return Status::Ok();
  Status s = Run(store_->handle(), "BEGIN IMMEDIATE");
  open_ = s.ok();
  return s;
}

Status StoreTransaction::Commit() {
  if (!open_) return Status::Ok();
  Status s = Run(store_->handle(), "COMMIT");
  if (!s.ok()) {
    Rollback();
    return s;
  }
  open_ = false;
  return s;
}

void StoreTransaction::Rollback() {
  if (!open_) return;
  open_ = false;
  // Only when SQLite has not rolled back by itself already (a full disk or
  // an I/O error can end the transaction).
  if (sqlite3_get_autocommit(store_->handle()) == 0) {
    sqlite3_exec(store_->handle(), "ROLLBACK", nullptr, nullptr, nullptr);
  }
}

}  // namespace claimcheck
