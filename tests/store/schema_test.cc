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
    // Unique keys by their columns (an automatic index's name depends on
    // the order constraints were written in).
    sql = "SELECT group_concat(name, ',') FROM (SELECT il.name AS ix, ii.name AS name FROM "
          "pragma_index_list('" + t + "') il, pragma_index_info(il.name) ii WHERE il.\"unique\" "
          "ORDER BY il.name, ii.seqno) GROUP BY ix ORDER BY 1";
    sqlite3_prepare_v2(db, sql.c_str(), -1, &st, nullptr);
    while (sqlite3_step(st) == SQLITE_ROW) {
      const unsigned char* v = sqlite3_column_text(st, 0);
      out += "  unique " + t + " (" + std::string(v ? reinterpret_cast<const char*>(v) : "") + ")\n";
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

TEST_CASE("schema/FORMAT.md states the current schema version and lists every step") {
  // trial108: FORMAT.md said "currently 8" while the store had reached 10.
  const std::string doc = ReadFile("schema/FORMAT.md");
  REQUIRE_FALSE(doc.empty());
  CHECK(doc.find("currently **" + std::to_string(Store::SchemaVersion()) + "**") != std::string::npos);
  for (const Migration& m : Migrations()) {
    INFO(m.name);
    CHECK(doc.find(std::string("`") + m.name + ".sql`") != std::string::npos);
  }
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

namespace {
// claimcheck_sha256 as the store defines it, so a test can run the
// migrations before the current one on a bare connection.
void TestSha256(sqlite3_context* ctx, int, sqlite3_value** argv) {
  const char* p = reinterpret_cast<const char*>(sqlite3_value_text(argv[0]));
  std::string hex = Sha256Hex(std::string(p ? p : "", sqlite3_value_bytes(argv[0])));
  sqlite3_result_text(ctx, hex.c_str(), static_cast<int>(hex.size()), SQLITE_TRANSIENT);
}

std::string Quote(const std::string& s) {
  std::string out = "'";
  for (char c : s) out += c == '\'' ? std::string("''") : std::string(1, c);
  return out + "'";
}
}  // namespace

TEST_CASE("A version 5 database is migrated with its reviews, each on its figure's occurrence") {
  // trial10: two figures alike in one sentence shared one review. Version 6
  // keys a review on the occurrence; a version 5 review moves to the first
  // figure with its text that the stored version holds.
  TempDir dir;
  std::string path = dir.File("v5.db");
  const std::string twice = "Officials counted 12 victims and 12 survivors.";  // figures at 18, 33
  const std::string chapter = "Chapter 12 says 12 people left.";  // a figure at 16 only
  const std::string gone = "Nobody counted 7 of them.";
  {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
    sqlite3_create_function_v2(db, "claimcheck_sha256", 1, SQLITE_UTF8, nullptr, TestSha256,
                               nullptr, nullptr, nullptr);
    for (const Migration& m : Migrations()) {
      if (m.version > 5) break;
      REQUIRE(Exec(db, m.sql) == SQLITE_OK);
      REQUIRE(Exec(db, "PRAGMA user_version = " + std::to_string(m.version)) == SQLITE_OK);
    }
    std::string sql =
        "INSERT INTO documents (id, doc_id, path, format, lang, role, ingested_at) VALUES (1, 'abc', "
        "'a.txt', 'text', 'en', 'article', '2026-01-01T00:00:00Z');"
        "INSERT INTO blocks (doc, idx, kind, byte_start, byte_end) VALUES (1, 0, 'paragraph', 0, 80);"
        "INSERT INTO sentences (id, doc, idx, block, byte_start, byte_end, text, text_hash) VALUES "
        "(1, 1, 0, 0, 0, 46, " + Quote(twice) + ", " + Quote(Sha256Hex(twice)) + "), "
        "(2, 1, 1, 0, 47, 78, " + Quote(chapter) + ", " + Quote(Sha256Hex(chapter)) + ");"
        "INSERT INTO figures (id, doc, sentence, seq, byte_start, byte_end, text, kind, value_num, "
        "qualifier, rule) VALUES (1, 1, 1, 0, 18, 20, '12', 'count', 12, 'exact', 'r'), "
        "(2, 1, 1, 1, 33, 35, '12', 'count', 12, 'exact', 'r'), "
        "(3, 1, 2, 2, 63, 65, '12', 'count', 12, 'exact', 'r');"
        "INSERT INTO reviews (id, doc_path, sentence_hash, figure_text, verdict, reviewer, note, "
        "correction, reviewed_at) VALUES "
        "(4, 'a.txt', " + Quote(Sha256Hex(twice)) + ", '12', 'incorrect', 'JM', 'n', '11', 't1'), "
        "(7, 'a.txt', " + Quote(Sha256Hex(chapter)) + ", '12', 'correct', 'AB', '', '', 't2'), "
        "(9, 'a.txt', " + Quote(Sha256Hex(gone)) + ", '7', 'not_a_claim', 'AB', '', '', 't3');"
        "INSERT INTO review_history (id, doc_path, sentence_hash, figure_text, new_verdict, "
        "reviewer, via, changed_at) VALUES "
        "(5, 'a.txt', " + Quote(Sha256Hex(twice)) + ", '12', 'incorrect', 'JM', 'cli', 't1'), "
        "(6, 'a.txt', " + Quote(Sha256Hex(chapter)) + ", '12', 'correct', 'AB', 'import', 't2');";
    REQUIRE(Exec(db, sql) == SQLITE_OK);
    sqlite3_close(db);
  }
  std::unique_ptr<Store> store;
  Status s = Store::Open(path, &store);
  INFO(s.message());
  REQUIRE(s.ok());
  sqlite3* h = store->handle();
  CHECK(CountRows(h, "reviews") == 3);
  CHECK(CountRows(h, "reviews WHERE id = 4 AND occurrence = 1 AND verdict = 'incorrect' AND "
                     "reviewer = 'JM' AND note = 'n' AND correction = '11' AND reviewed_at = 't1'") == 1);
  // "Chapter 12" is no figure: the review stays on the one that showed it.
  CHECK(CountRows(h, "reviews WHERE id = 7 AND occurrence = 2") == 1);
  CHECK(CountRows(h, "reviews WHERE id = 9 AND occurrence = 1") == 1);
  CHECK(CountRows(h, "review_history") == 2);
  CHECK(CountRows(h, "review_history WHERE id = 5 AND occurrence = 1 AND via = 'cli'") == 1);
  CHECK(CountRows(h, "review_history WHERE id = 6 AND occurrence = 2 AND via = 'import'") == 1);
  // Still append-only, and still one review per key.
  CHECK(Exec(h, "DELETE FROM review_history") != SQLITE_OK);
  CHECK(Exec(h, "UPDATE review_history SET reviewer = 'X'") != SQLITE_OK);
  CHECK(CountRows(h, "review_history") == 2);
  CHECK(Exec(h, "INSERT INTO reviews (doc_path, sentence_hash, figure_text, occurrence, verdict, "
                "reviewed_at) SELECT doc_path, sentence_hash, figure_text, occurrence, verdict, "
                "reviewed_at FROM reviews WHERE id = 4") != SQLITE_OK);
  CHECK(CountRows(h, "reviews") == 3);

  std::vector<Figure> figs;
  REQUIRE(store->Figures({}, &figs).ok());
  REQUIRE(figs.size() == 3);
  CHECK(FigureOccurrence(figs[0]) == 1);
  CHECK(FigureOccurrence(figs[1]) == 2);
  CHECK(FigureOccurrence(figs[2]) == 2);
  Review r;
  REQUIRE(store->ReviewFor(figs[0], &r).ok());
  CHECK(r.verdict == "incorrect");
  CHECK(r.occurrence == 1);
  CHECK(store->ReviewFor(figs[1], &r).code() == Status::Code::kNotFound);
  REQUIRE(store->ReviewFor(figs[2], &r).ok());
  CHECK(r.verdict == "correct");
  // The second "12" of the first sentence takes a verdict of its own.
  ReviewChange c;
  c.verdict = "correct";
  c.reviewer = "CD";
  REQUIRE(store->RecordReviews({{figs[1], c}}, nullptr).ok());
  REQUIRE(store->ReviewFor(figs[0], &r).ok());
  CHECK(r.verdict == "incorrect");
  REQUIRE(store->ReviewFor(figs[1], &r).ok());
  CHECK(r.verdict == "correct");
  CHECK(r.occurrence == 2);
  std::vector<ReviewHistoryEntry> history;
  REQUIRE(store->ReviewHistory("a.txt", &history).ok());
  REQUIRE(history.size() == 3);
  CHECK(history.back().occurrence == 2);
}

TEST_CASE("TextOccurrence counts whole earlier occurrences of the text in the sentence") {
  const std::string s = "la temporada 2024-25, según su Memoria de la temporada 2024-25.";
  CHECK(TextOccurrence(s, s.find("2024-25"), "2024-25") == 1);
  CHECK(TextOccurrence(s, s.rfind("2024-25"), "2024-25") == 2);
  CHECK(TextOccurrence(s, s.rfind("la temporada"), "la temporada 2024-25") == 2);
  // Part of a longer number or word is not an occurrence.
  const std::string t = "In 2012, 3.12 and 12.5 of 12th, then 12 and (12) and 12%.";
  CHECK(TextOccurrence(t, t.find(" 12 ") + 1, "12") == 1);
  CHECK(TextOccurrence(t, t.find("(12)") + 1, "12") == 2);
  CHECK(TextOccurrence(t, t.find("12%"), "12") == 3);
  CHECK(TextOccurrence(t, t.find("12%"), "12%") == 1);
  CHECK(TextOccurrence("€12m and €12m", 11, "€12m") == 2);
  // Offsets past the end and empty text stay in bounds.
  CHECK(TextOccurrence("12 and 12", 999, "12") == 3);
  CHECK(TextOccurrence("12", 0, "") == 1);
}

TEST_CASE("A newer database and a file that is not a database are refused") {
  TempDir dir;
  std::string newer = dir.File("claims.db");
  {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(newer.c_str(), &db) == SQLITE_OK);
    const std::string next = std::to_string(Store::SchemaVersion() + 1);
    REQUIRE(Exec(db, "CREATE TABLE x (y); PRAGMA user_version = " + next + ";") == SQLITE_OK);
    sqlite3_close(db);
  }
  std::unique_ptr<Store> store;
  Status s = Store::Open(newer, &store);
  CHECK(s.message() == newer + ": schema version " + std::to_string(Store::SchemaVersion() + 1) +
                           " is newer than this claimcheck (" +
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
