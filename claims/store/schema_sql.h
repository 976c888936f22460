// The schema migrations, embedded in the binary: schema/migrations/*.sql, written
// into a generated source file by schema/embed_sql.cmake at build time.
#ifndef CLAIMCHECK_CLAIMS_STORE_SCHEMA_SQL_H_
#define CLAIMCHECK_CLAIMS_STORE_SCHEMA_SQL_H_

#include <vector>

namespace claimcheck {

struct Migration {
  int version;       // the user_version the database has after this step
  const char* name;  // file name without .sql: "0001_initial"
  const char* sql;   // the file's text, byte for byte
};

// In ascending version order, starting at 1 with no gaps.
const std::vector<Migration>& Migrations();

}  // namespace claimcheck

#endif  // CLAIMCHECK_CLAIMS_STORE_SCHEMA_SQL_H_
