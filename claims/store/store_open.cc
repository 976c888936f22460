// Opening a store: connection settings, schema version check and migration.
#include <sqlite3.h>

#include <cstdlib>
#include <cstring>
#include <filesystem>

#include "claimcheck/util.h"
#include "claims/store/schema_sql.h"
#include "claims/store/store_impl.h"

namespace claimcheck {
namespace {

// claimcheck_sha256(text): used by migrations that key rows on text hashes.
void Sha256Function(sqlite3_context* ctx, int argc, sqlite3_value** argv) {
  if (sqlite3_value_type(argv[0]) == SQLITE_NULL) {
    sqlite3_result_null(ctx);
    return;
  }
  const char* p = reinterpret_cast<const char*>(sqlite3_value_text(argv[0]));
  int n = sqlite3_value_bytes(argv[0]);
  std::string hex = Sha256Hex(std::string_view(p, static_cast<size_t>(n)));
  sqlite3_result_text(ctx, hex.data(), static_cast<int>(hex.size()), SQLITE_TRANSIENT);
}

// claimcheck_occurrence(sentence, offset, text): TextOccurrence, for the
// migration that keys reviews on a figure's occurrence (0006).
void OccurrenceFunction(sqlite3_context* ctx, int argc, sqlite3_value** argv) {
  if (sqlite3_value_type(argv[0]) == SQLITE_NULL || sqlite3_value_type(argv[2]) == SQLITE_NULL) {
    sqlite3_result_int(ctx, 1);
    return;
  }
  auto text_of = [](sqlite3_value* v) {
    const char* p = reinterpret_cast<const char*>(sqlite3_value_text(v));
    return std::string_view(p ? p : "", static_cast<size_t>(sqlite3_value_bytes(v)));
  };
  std::string_view sentence = text_of(argv[0]);
  std::string_view text = text_of(argv[2]);
  sqlite3_int64 offset = sqlite3_value_int64(argv[1]);
  sqlite3_result_int(ctx, TextOccurrence(sentence, offset < 0 ? 0 : static_cast<size_t>(offset), text));
}

Status ReadUserVersion(Db* db, int* version) {
  Status s;
  Stmt st = db->Prepare("PRAGMA user_version", &s);
  if (!st.ok()) return s;
  if (st.Step() != SQLITE_ROW) return db->Error("cannot read the schema version");
  *version = static_cast<int>(st.Int(0));
  return Status::Ok();
}

// How long a writer waits for another's lock: StoreOptions, unless
// $CLAIMCHECK_BUSY_TIMEOUT gives a whole number of seconds (a desk whose
// ingests queue behind a long one raises it; a script that would rather
// fail at once sets 0).
int BusyTimeoutMs(int configured) {
  const char* env = std::getenv("CLAIMCHECK_BUSY_TIMEOUT");
  if (env == nullptr || *env == '\0' || std::strlen(env) > 6) return configured;
  for (const char* p = env; *p; ++p) {
    if (*p < '0' || *p > '9') return configured;
  }
  return std::atoi(env) * 1000;
}

}  // namespace

int Store::SchemaVersion() { return Migrations().back().version; }

Status Store::Open(const std::string& path, std::unique_ptr<Store>* out) {
  return Open(path, StoreOptions(), out);
}

Status Store::Open(const std::string& path, const StoreOptions& opts, std::unique_ptr<Store>* out) {
  if (!opts.create_if_missing && path != ":memory:" && !std::filesystem::exists(path)) {
    return Status::NotFound(path + ": no such database (run `claimcheck ingest` first)");
  }
  auto store = std::make_unique<StoreImpl>(opts);
  Status s = store->Init(path);
  if (!s.ok()) return s;
  *out = std::move(store);
  return Status::Ok();
}

Status StoreImpl::Init(const std::string& path) {
  Status s = db_.Open(path, opts_.create_if_missing);
  if (!s.ok()) return s;
  sqlite3_busy_timeout(db_.handle(), BusyTimeoutMs(opts_.busy_timeout_ms));
  sqlite3_create_function_v2(db_.handle(), "claimcheck_sha256", 1,
                             SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr, Sha256Function, nullptr,
                             nullptr, nullptr);
  sqlite3_create_function_v2(db_.handle(), "claimcheck_occurrence", 3,
                             SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr, OccurrenceFunction,
                             nullptr, nullptr, nullptr);
  // Reading the schema first turns "file is not a database" into a clear
  // message before any pragma tries to write.
  s = db_.Exec("PRAGMA foreign_keys = ON; SELECT count(*) FROM sqlite_master");
  if (!s.ok()) return s;
  int version = 0;
  s = ReadUserVersion(&db_, &version);
  if (!s.ok()) return s;
  // A command that reads a store (check, docs, claims, audit, review) must
  // not turn another file into one: an empty file (`touch`, a failed copy)
  // or another program's SQLite database would otherwise get claimcheck's
  // tables and exit 0 (trial20). Only `ingest` (create_if_missing) makes a
  // store. Every claimcheck schema has a documents table.
  if (!opts_.create_if_missing && version == 0) {
    Stmt st = db_.Prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'documents'", &s);
    if (!st.ok()) return s;
    if (st.Step() != SQLITE_ROW) {
      bool empty = std::filesystem::exists(path) && std::filesystem::file_size(path) == 0;
      return Status::InvalidArgument(
          path + (empty ? ": an empty file, not a claimcheck database"
                        : ": not a claimcheck database (a SQLite file without its tables)") +
          "; run `claimcheck ingest --db " + path + " FILE` to make one, or give another --db");
    }
  }
  if (version > SchemaVersion()) {
    return Status::Unsupported(path + ": schema version " + std::to_string(version) +
                               " is newer than this claimcheck (" +
                               std::to_string(SchemaVersion()) + "); upgrade claimcheck");
  }
  s = db_.Exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL");
  if (!s.ok()) return s;
  return Migrate();
}

Status StoreImpl::Migrate() {
  // Steps that rebuild a table others refer to (0004 rebuilds documents)
  // run with foreign keys off, or dropping the old table would cascade to
  // every row that refers to it; the keys are checked before the commit.
  // The pragma is a no-op inside a transaction, hence here; a database
  // already at the current version keeps them on throughout.
  int before = 0;
  Status s = ReadUserVersion(&db_, &before);
  if (!s.ok()) return s;
  const bool migrating = before < SchemaVersion();
  // A database already at this version needs no write lock to open: a
  // reader (claims, docs) opens it while another process's command holds
  // the lock for its whole run.
  if (!migrating) return Status::Ok();
  {
    s = db_.Exec("PRAGMA foreign_keys = OFF");
    if (!s.ok()) return s;
  }
  s = MigrateLocked();
  Status on = db_.Exec("PRAGMA foreign_keys = ON");
  if (s.ok()) s = on;
  return s;
}

Status StoreImpl::MigrateLocked() {
  return InTransaction(&db_, [&]() -> Status {
    // Read again under the write lock: another process may have migrated
    // between our first look and now.
    int version = 0;
    Status s = ReadUserVersion(&db_, &version);
    if (!s.ok()) return s;
    if (version > SchemaVersion()) {
      return Status::Unsupported(db_.path() + ": schema version " + std::to_string(version) +
                                 " is newer than this claimcheck (" +
                                 std::to_string(SchemaVersion()) + "); upgrade claimcheck");
    }
    if (version == 0) {
      Stmt st = db_.Prepare("SELECT count(*) FROM sqlite_master", &s);
      if (!st.ok()) return s;
      if (st.Step() == SQLITE_ROW && st.Int(0) > 0) {
        return Status::InvalidArgument(db_.path() +
                                       ": not a claimcheck database (it has tables but no "
                                       "claimcheck schema version)");
      }
    }
    bool changed = false;
    for (const Migration& m : Migrations()) {
      if (m.version <= version) continue;
      s = db_.Exec(m.sql);
      if (!s.ok()) return Status::IOError(s.message() + " (migration " + m.name + ")");
      std::string set = "PRAGMA user_version = " + std::to_string(m.version);
      s = db_.Exec(set.c_str());
      if (!s.ok()) return s;
      changed = true;
    }
    if (changed) {
      Stmt fk = db_.Prepare("PRAGMA foreign_key_check", &s);
      if (!fk.ok()) return s;
      if (fk.Step() == SQLITE_ROW) {
        return Status::Corruption(db_.path() + ": migration left a row of '" + fk.Text(0) +
                                  "' pointing at a missing row; nothing was changed");
      }
    }
    if (changed) db_.ClearCache();  // statements compiled against the old schema
    return Status::Ok();
  });
}

std::string DefaultDbPath() {
  const char* env = std::getenv("CLAIMCHECK_DB");
  return env && *env ? env : "claims.db";
}

}  // namespace claimcheck
