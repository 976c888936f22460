// StoreTransaction: a command's writes in one transaction (store_transaction.h).
#include <sqlite3.h>

#include "claimcheck/store_transaction.h"
#include "claims/store/sqlite_db.h"

namespace claimcheck {

Status StoreTransaction::Begin() {
  if (open_) return Status::Ok();
  Status s = ExecOnHandle(store_->handle(), "BEGIN IMMEDIATE");
  open_ = s.ok();
  return s;
}

Status StoreTransaction::Commit() {
  if (!open_) return Status::Ok();
  Status s = ExecOnHandle(store_->handle(), "COMMIT");
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
    ExecOnHandle(store_->handle(), "ROLLBACK");
  }
}

}  // namespace claimcheck
