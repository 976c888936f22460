#include <catch2/catch.hpp>
#include <fstream>
#include <map>
#include <sstream>

#include "claims/store/schema_sql.h"
#include "tests/store/fixture.h"

using namespace claimcheck;
using namespace claimcheck::testing;

namespace {

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

int Exec(sqlite3* db, const std::string& sql) {
  char* err = nullptr;
  int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &err);
  if (err != nullptr) {
    UNSCOPED_INFO(err);
    sqlite3_free(err);
  }
  return rc;
}

// Tables, indexes and triggers with their columns: what makes two schemas
// equivalent even when ALTER TABLE left different CREATE text behind.
std::string DescribeSchema(sqlite3* db) {
  std::string out;
  sqlite3_stmt* st = nullptr;
  sqlite3_prepare_v2(db,
                     "SELECT type, name, tbl_name FROM sqlite_master WHERE name NOT LIKE "
                     "'sqlite_%' ORDER BY type, name",
                     -1, &st, nullptr);
  std::vector<std::string> tables;
  while (sqlite3_step(st) == SQLITE_ROW) {
    std::string type = reinterpret_cast<const char*>(sqlite3_column_text(st, 0));
    std::string name = reinterpret_cast<const char*>(sqlite3_column_text(st, 1));
    out += type + " " + name + " on " + reinterpret_cast<const char*>(sqlite3_column_text(st, 2)) +
           "\n";
    if (type == "table") tables.push_back(name);
  }
  sqlite3_finalize(st);
  for (const std::string& t : tables) {
    std::string sql =
        "SELECT name, type, \"notnull\", dflt_value, pk FROM pragma_table_xinfo('" + t + "')";
    sqlite3_prepare_v2(db, sql.c_str(), -1, &st, nullptr);
    while (sqlite3_step(st) == SQLITE_ROW) {
      out += "  " + t + ".";
      for (int c = 0; c < 5; ++c) {
        const unsigned char* v = sqlite3_column_text(st, c);
        out += std::string(v ? reinterpret_cast<const char*>(v) : "NULL") + " ";
      }
      out += "\n";
    }
    sqlite3_finalize(st);
    sql = "SELECT \"table\", \"from\", \"to\", on_delete FROM pragma_foreign_key_list('" + t + "')";
    sqlite3_prepare_v2(db, sql.c_str(), -1, &st, nullptr);
    while (sqlite3_step(st) == SQLITE_ROW) {
      out += "  fk " + t + ".";
      for (int c = 0; c < 4; ++c) {
        const unsigned char* v = sqlite3_column_text(st, c);
        out += std::string(v ? reinterpret_cast<const char*>(v) : "NULL") + " ";
      }
      out += "\n";
    }
    sqlite3_finalize(st);
  }
  return out;
}

}  // namespace

TEST_CASE("The embedded migrations are the files under schema/migrations") {
  const auto& ms = Migrations();
  REQUIRE(ms.size() >= 2);
  int expect = 1;
  size_t files = 0;
  for (const auto& e : std::filesystem::directory_iterator("schema/migrations")) {
    if (e.path().extension() == ".sql") ++files;
  }
  CHECK(files == ms.size());
  for (const Migration& m : ms) {
    INFO(m.name);
    CHECK(m.version == expect++);
    CHECK(ReadFile(std::string("schema/migrations/") + m.name + ".sql") == m.sql);
  }
  CHECK(Store::SchemaVersion() == ms.back().version);
}

TEST_CASE("schema/claims.sql builds the same database as the migrations") {
  TempDir dir;
  std::unique_ptr<Store> store;
  REQUIRE(Store::Open(dir.File("migrated.db"), &store).ok());
  sqlite3* fresh = nullptr;
  REQUIRE(sqlite3_open(dir.File("fresh.db").c_str(), &fresh) == SQLITE_OK);
  REQUIRE(Exec(fresh, ReadFile("schema/claims.sql")) == SQLITE_OK);
  CHECK(DescribeSchema(fresh) == DescribeSchema(store->handle()));
  sqlite3_stmt* st = nullptr;
  sqlite3_prepare_v2(fresh, "PRAGMA user_version", -1, &st, nullptr);
  REQUIRE(sqlite3_step(st) == SQLITE_ROW);
  CHECK(sqlite3_column_int(st, 0) == Store::SchemaVersion());
  sqlite3_finalize(st);
  sqlite3_close(fresh);
}

TEST_CASE("A version 1 database is migrated with its data") {
  TempDir dir;
  std::string path = dir.File("old.db");
  {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
    REQUIRE(Exec(db, Migrations()[0].sql) == SQLITE_OK);
    REQUIRE(Exec(db,
                 "PRAGMA user_version = 1;"
                 "INSERT INTO documents VALUES (1, 'abc', 'old.txt', 'text', 'T', NULL, NULL, "
                 "'2018-05-08', NULL, 'en', 'source', '2024-01-01T00:00:00Z');"
                 "INSERT INTO blocks VALUES (1, 0, 'paragraph', 0, 30, NULL, 0, NULL, NULL);"
                 "INSERT INTO sentences VALUES (1, 1, 0, 0, 0, 30, NULL, "
                 "'Officials counted 12 victims.');"
                 "INSERT INTO figures VALUES (1, 1, 1, 0, 18, 20, '12', 'count', 12, NULL, NULL, "
                 "NULL, 'exact', NULL, 'victims', 'Officials counted', 0, NULL, 'r');") ==
            SQLITE_OK);
    sqlite3_close(db);
  }
  std::unique_ptr<Store> store;
  Status s = Store::Open(path, &store);
  INFO(s.message());
  REQUIRE(s.ok());
  std::vector<Figure> figs;
  REQUIRE(store->Figures({}, &figs).ok());
  REQUIRE(figs.size() == 1);
  CHECK(figs[0].text == "12");
  CHECK(figs[0].subject == "victims");
  CHECK(figs[0].sentence == "Officials counted 12 victims.");
  CHECK(figs[0].subject_alias.empty());
  // The hash key and search index were built for the rows already there.
  CHECK(CountRows(store->handle(), "sentences WHERE text_hash = '" +
                                       Sha256Hex("Officials counted 12 victims.") + "'") == 1);
  std::vector<StoredSentence> hits;
  REQUIRE(store->SearchSentences("victims", 5, &hits).ok());
  CHECK(hits.size() == 1);
  REQUIRE(store->SaveReview(figs[0], "pending", "").ok());
}

TEST_CASE("A newer database and a file that is not a database are refused") {
  TempDir dir;
  std::string newer = dir.File("claims.db");
  {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(newer.c_str(), &db) == SQLITE_OK);
    REQUIRE(Exec(db, "CREATE TABLE x (y); PRAGMA user_version = 9;") == SQLITE_OK);
    sqlite3_close(db);
  }
  std::unique_ptr<Store> store;
  Status s = Store::Open(newer, &store);
  CHECK(s.message() == newer + ": schema version 9 is newer than this claimcheck (" +
                           std::to_string(Store::SchemaVersion()) + "); upgrade claimcheck");

  std::string junk = dir.File("junk.db");
  std::ofstream(junk) << "this is not a database, just text long enough to look like a header\n";
  s = Store::Open(junk, &store);
  CHECK_FALSE(s.ok());
  CHECK(s.message().find(junk + ": not a claimcheck database") == 0);

  std::string foreign = dir.File("foreign.db");
  {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(foreign.c_str(), &db) == SQLITE_OK);
    REQUIRE(Exec(db, "CREATE TABLE people (name);") == SQLITE_OK);
    sqlite3_close(db);
  }
  s = Store::Open(foreign, &store);
  CHECK(s.message().find(foreign + ": not a claimcheck database") == 0);

  StoreOptions no_create;
  no_create.create_if_missing = false;
  s = Store::Open(dir.File("missing.db"), no_create, &store);
  CHECK(s.code() == Status::Code::kNotFound);
  CHECK_FALSE(std::filesystem::exists(dir.File("missing.db")));
}
