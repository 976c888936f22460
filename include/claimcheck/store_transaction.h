// One write transaction around a whole command (all or nothing).
//
// The CONTRACT's "never a partial write" is per command: `ingest a b c` where
// c is bad leaves the database exactly as it was, as does an `audit` whose
// sheet cannot be written after its article was stored. A command opens one
// StoreTransaction after Store::Open; every Store call inside it (each of
// which is a transaction of its own otherwise) becomes a savepoint, so one
// failed document can still be undone alone when the command keeps the rest
// (`ingest --keep-going`). Destroying an uncommitted transaction rolls it
// back, also when an exception (out of memory) unwinds past it.
#ifndef CLAIMCHECK_STORE_TRANSACTION_H_
#define CLAIMCHECK_STORE_TRANSACTION_H_

#include "claimcheck/status.h"
#include "claimcheck/store.h"

namespace claimcheck {

class StoreTransaction {
 public:
  explicit StoreTransaction(Store* store) : store_(store) {}
  ~StoreTransaction() { Rollback(); }
  StoreTransaction(const StoreTransaction&) = delete;
  StoreTransaction& operator=(const StoreTransaction&) = delete;

  // Takes the write lock (BEGIN IMMEDIATE), waiting up to the busy timeout
  // for another process's command; then fails with one message naming the
  // database ("busy: another process is writing to this database").
  Status Begin();
  // Makes every change since Begin durable. On failure everything is rolled back.
  Status Commit();
  // Undoes every change since Begin (a no-op when none is open).
  void Rollback();
  bool open() const { return open_; }

 private:
  Store* store_;
  bool open_ = false;
};

}  // namespace claimcheck

#endif  // CLAIMCHECK_STORE_TRANSACTION_H_
