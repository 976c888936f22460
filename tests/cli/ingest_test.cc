// `claimcheck ingest`: folders, no-op re-ingest, failures, concurrency.
#include <sqlite3.h>

#include <catch2/catch.hpp>

#include "tests/cli/run_binary.h"
#include "tests/cli/db_probe.h"
#include "tests/store/fixture.h"

using cctest::Claimcheck;
using cctest::Run;

namespace {

using cctest::Count;
using cctest::DumpDb;

}  // namespace

TEST_CASE("ingest: the whole corpus twice leaves identical tables") {
  std::string dir = cctest::TempDir("ingest");
  std::string db = dir + "/claims.db";
  Run first = Claimcheck("ingest --keep-going --db " + db + " corpus");
  INFO(first.err);
  // corpus/documents/bad holds documents that must fail, one line each
  // (--keep-going: the others are stored).
  CHECK(first.status == 2);
  CHECK(first.err.find("corpus/documents/bad/empty.txt: ") != std::string::npos);
  CHECK(first.err.find("corpus/documents/bad/truncated.pdf: ") != std::string::npos);
  long long docs = Count(db, "documents");
  CHECK(docs >= 5);
  CHECK(Count(db, "figures") > 20);
  std::string before = DumpDb(db);

  Run second = Claimcheck("ingest --keep-going --db " + db + " corpus");
  INFO(second.err);
  CHECK(second.status == 2);
  CHECK(second.err.find("ingest: 0 added, " + std::to_string(docs) + " unchanged, 0 replaced") !=
        std::string::npos);
  CHECK(DumpDb(db) == before);
}

TEST_CASE("ingest: folders are walked, hidden files and other extensions skipped") {
  std::string dir = cctest::TempDir("ingest");
  std::string db = dir + "/claims.db";
  std::string docs = dir + "/docs";
  cctest::WriteFile(docs + "/a.txt", "Officials said 12 people died.\n");
  cctest::WriteFile(docs + "/sub/b.md", "# Note\n\nThe study found 40 percent of them.\n");
  cctest::WriteFile(docs + "/.hidden.txt", "Officials said 99 people died.\n");
  cctest::WriteFile(docs + "/.git/c.txt", "Officials said 98 people died.\n");
  cctest::WriteFile(docs + "/notes.csv", "a,b\n1,2\n");
  Run r = Claimcheck("ingest --db " + db + " --role article " + docs);
  INFO(r.err);
  CHECK(r.status == 0);
  CHECK(r.err.find("ingest: 2 added, 0 unchanged, 0 replaced, 0 failed") != std::string::npos);
  CHECK(Count(db, "documents WHERE role = 'article'") == 2);
  CHECK(Count(db, "documents WHERE path LIKE '%hidden%' OR path LIKE '%.git%'") == 0);

  // A changed file replaces its previous version.
  cctest::WriteFile(docs + "/a.txt", "Officials said 14 people died.\n");
  r = Claimcheck("ingest --db " + db + " " + docs);
  CHECK(r.err.find("ingest: 0 added, 1 unchanged, 1 replaced, 0 failed") != std::string::npos);
  CHECK(Count(db, "documents") == 2);
}

TEST_CASE("ingest --keep-going: a bad document is reported and the run goes on") {
  std::string dir = cctest::TempDir("ingest");
  std::string db = dir + "/claims.db";
  cctest::WriteFile(dir + "/good.txt", "Officials said 12 people died.\n");
  cctest::WriteFile(dir + "/bad.pdf", "%PDF-1.4 this is not really a PDF");
  Run r = Claimcheck("ingest --keep-going --db " + db + " " + dir + "/bad.pdf " + dir + "/missing.txt " + dir +
                     "/good.txt");
  INFO(r.err);
  CHECK(r.status == 2);
  CHECK(r.err.find("claimcheck: " + dir + "/bad.pdf: ") != std::string::npos);
  CHECK(r.err.find("claimcheck: " + dir + "/missing.txt: ") != std::string::npos);
  CHECK(r.err.find("1 added, 0 unchanged, 0 replaced, 2 failed") != std::string::npos);
  CHECK(Count(db, "documents") == 1);
  CHECK(Count(db, "documents WHERE path LIKE '%bad.pdf'") == 0);
}

TEST_CASE("ingest: a database from a newer claimcheck is refused") {
  std::string dir = cctest::TempDir("ingest");
  std::string db = dir + "/claims.db";
  sqlite3* h = nullptr;
  REQUIRE(sqlite3_open(db.c_str(), &h) == SQLITE_OK);
  // One past the version this build writes (a fixed number went stale with each migration).
  const std::string next = std::to_string(claimcheck::Store::SchemaVersion() + 1);
  sqlite3_exec(h, ("CREATE TABLE documents (x); PRAGMA user_version = " + next + ";").c_str(), nullptr, nullptr,
               nullptr);
  sqlite3_close(h);
  Run r = Claimcheck("ingest --db " + db + " corpus/seed/cep-facebook-article.txt");
  CHECK(r.status == 2);
  CHECK(r.err.find(db + ": schema version " + next + " is newer than this claimcheck") != std::string::npos);
  CHECK(r.err.find("upgrade claimcheck") != std::string::npos);
}

TEST_CASE("ingest: two processes on one database both succeed") {
  std::string dir = cctest::TempDir("ingest");
  std::string db = dir + "/claims.db";
  for (int i = 0; i < 12; ++i) {
    cctest::WriteFile(dir + "/a/" + std::to_string(i) + ".txt",
                      "Officials said " + std::to_string(100 + i) + " people died.\n");
    cctest::WriteFile(dir + "/b/" + std::to_string(i) + ".txt",
                      "The study found " + std::to_string(10 + i) + " percent of them.\n");
  }
  std::string bin = CLAIMCHECK_BIN;
  std::string cmd = "(" + bin + " ingest --db " + db + " " + dir + "/a 2>/dev/null; echo $? >" +
                    dir + "/rc_a) & (" + bin + " ingest --db " + db + " " + dir +
                    "/b 2>/dev/null; echo $? >" + dir + "/rc_b) & wait";
  REQUIRE(std::system(cmd.c_str()) == 0);
  CHECK(cctest::Slurp(dir + "/rc_a") == "0\n");
  CHECK(cctest::Slurp(dir + "/rc_b") == "0\n");
  CHECK(Count(db, "documents") == 24);
}

TEST_CASE("ingest: claimcheck's own audit sheets in a folder are skipped, not stored") {
  // trial57: an audit sheet written into the cluster's folder was stored on
  // the next `ingest .` and read as a source the article cited.
  std::string dir = cctest::TempDir("ingest");
  std::string db = dir + "/claims.db";
  std::string docs = dir + "/docs";
  cctest::WriteFile(docs + "/source.txt",
                    "City Statistics Office\nPublished: 3 March 2026\n\nThe city recorded 4,210 burglaries in 2025.\n");
  cctest::WriteFile(docs + "/story.txt",
                    "Evening News\n4 March 2026\n\nThe city recorded 4,210 burglaries last year, the City Statistics "
                    "Office said.\n");
  Run first = Claimcheck("ingest --db " + db + " " + docs);
  INFO(first.err);
  REQUIRE(first.status == 0);
  for (const char* ext : {"md", "html"}) {
    Run audit = Claimcheck("audit --db " + db + " " + docs + "/story.txt -o " + docs + "/audit_story." + ext);
    INFO(audit.err);
    REQUIRE(audit.status <= 1);
  }
  // A document that merely talks about claim audits is stored as any other.
  cctest::WriteFile(docs + "/column.md", "# Claim audit: why we check every figure\n\nWe checked 40 figures.\n");
  Run again = Claimcheck("ingest --db " + db + " " + docs);
  INFO(again.err);
  CHECK(again.status == 0);
  CHECK(again.err.find("audit_story.md: skipped: a claimcheck audit sheet") != std::string::npos);
  CHECK(again.err.find("audit_story.html: skipped: a claimcheck audit sheet") != std::string::npos);
  CHECK(again.err.find("ingest: 1 added, 2 unchanged") != std::string::npos);
  CHECK(Count(db, "documents WHERE path LIKE '%audit_story%'") == 0);
  CHECK(Count(db, "documents WHERE path LIKE '%column.md'") == 1);
}
