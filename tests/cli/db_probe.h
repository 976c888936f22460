// Reading a database file the CLI wrote, from outside the Store API: every
// table's rows (so "exactly as it was" is checked row by row) and one
// table's row count.
#ifndef CLAIMCHECK_TESTS_CLI_DB_PROBE_H_
#define CLAIMCHECK_TESTS_CLI_DB_PROBE_H_

#include <sqlite3.h>

#include <string>

#include "tests/store/fixture.h"

namespace cctest {

// The store tests' table dump, read from a database file ("" when it cannot be opened).
inline std::string DumpDb(const std::string& path) {
  sqlite3* db = nullptr;
  if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) return "";
  std::string out = claimcheck::testing::DumpTables(db);
  sqlite3_close(db);
  return out;
}

// SELECT count(*) FROM `what` (a literal table name from the test), -1 on failure.
inline long long Count(const std::string& path, const std::string& what) {
  sqlite3* db = nullptr;
  sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr);
  sqlite3_stmt* st = nullptr;
  std::string sql = "SELECT count(*) FROM " + what;
  sqlite3_prepare_v2(db, sql.c_str(), -1, &st, nullptr);
  long long n = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int64(st, 0) : -1;
  sqlite3_finalize(st);
  sqlite3_close(db);
  return n;
}

}  // namespace cctest

#endif  // CLAIMCHECK_TESTS_CLI_DB_PROBE_H_
