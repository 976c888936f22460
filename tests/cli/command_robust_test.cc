// The command line as a new user meets it (desk8): bad input never crashes
// and never half-writes. One clear line on stderr naming the file and the
// reason, exit status 2, the database exactly as it was; every document is
// hostile. Each case below failed before the change it tests.
#include <sqlite3.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <string>
#include <vector>

#include "tests/cli/run_binary.h"
#include "tests/cli/db_probe.h"
#include "tests/store/fixture.h"

using cctest::Claimcheck;
using cctest::Run;
using cctest::WriteFile;
namespace fs = std::filesystem;

namespace {

const std::string kReport = "corpus/audit/cep-report.txt";
const std::string kArticle = "corpus/audit/cep-article.txt";

using cctest::Count;
using cctest::DumpDb;

size_t Lines(const std::string& s) { return static_cast<size_t>(std::count(s.begin(), s.end(), '\n')); }

// The error contract: exit 2 and exactly one line on stderr naming `file`
// and holding `reason`.
void ExpectOneLine(const Run& r, const std::string& file, const std::string& reason) {
  INFO("stderr: " << r.err);
  CHECK(r.status == 2);
  CHECK(Lines(r.err) == 1);
  CHECK(r.err.rfind("claimcheck: ", 0) == 0);
  CHECK(r.err.find(file) != std::string::npos);
  CHECK(r.err.find(reason) != std::string::npos);
  CHECK(r.err.find("terminate") == std::string::npos);
}

// A guard so that a command that would block (on a FIFO) fails the test
// instead of hanging it: timeout exits 124.
const std::string kGuard = "timeout 60 ";

// The bad documents of item 1: one is written into `dir` by MakeBad(dir, i).
struct Bad {
  std::string name, reason;
};
constexpr int kBadKinds = 6;

Bad MakeBad(const std::string& dir, int kind) {
  switch (kind) {
    case 0:  // a PDF cut off after its header
      WriteFile(dir + "/truncated.pdf", "%PDF-1.4\n1 0 obj\n<< /Type /Catalog");
      return {"truncated.pdf", "truncated.pdf: "};
    case 1:  // text in neither UTF-8 nor Windows-1252 (HTML with bad bytes is read leniently)
      WriteFile(dir + "/broken.txt", "Turnout was 43 percent \xff\xfe\x81 in 2018.\n");
      return {"broken.txt", "broken.txt: "};
    case 2: {  // binary bytes under a document's name
      std::string blob;
      for (int i = 0; i < 4096; ++i) blob.push_back(static_cast<char>(i % 7 == 0 ? 0 : (i * 131 + 7) & 0xff));
      WriteFile(dir + "/binary.txt", blob);
      return {"binary.txt", "binary.txt: "};
    }
    case 3:
      WriteFile(dir + "/empty.md", "");
      return {"empty.md", "empty.md: "};
    case 4:  // a link that points at itself
      fs::create_symlink("loop.txt", dir + "/loop.txt");
      return {"loop.txt", "loop of symbolic links"};
    default:  // a named pipe: opening it would wait for a writer forever
      REQUIRE(mkfifo((dir + "/pipe.txt").c_str(), 0644) == 0);
      return {"pipe.txt", "named pipe"};
  }
}

// A folder with two good documents and one bad one between them.
std::string FolderWith(const std::string& root, int kind, Bad* bad) {
  const std::string dir = root + "/kind" + std::to_string(kind);
  fs::create_directories(dir);
  WriteFile(dir + "/a-good.txt", "title: Parks\npublisher: Parks Board\n\nThe parks got 12 new benches.\n");
  WriteFile(dir + "/z-good.txt", "title: Roads\npublisher: Roads Office\n\nCrews fixed 340 potholes in May.\n");
  *bad = MakeBad(dir, kind);
  return dir;
}

// Holds the database's write lock from this process until destroyed.
struct WriteLock {
  sqlite3* db = nullptr;
  explicit WriteLock(const std::string& path) {
    REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
    REQUIRE(sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) == SQLITE_OK);
  }
  ~WriteLock() {
    sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close(db);
  }
};

}  // namespace

TEST_CASE("ingest DIR with one bad file stores nothing: one line, exit 2, the database as it was",
          "[desk8][ingest]") {
  const std::string root = cctest::TempDir("allornothing");
  for (int kind = 0; kind < kBadKinds; ++kind) {
    DYNAMIC_SECTION("kind " << kind) {
      Bad b;
      const std::string dir = FolderWith(root, kind, &b);
      INFO(b.name);
      const std::string db = root + "/" + b.name + ".db";
      REQUIRE(Claimcheck("ingest --db " + db + " " + kReport).status == 0);
      const std::string before = DumpDb(db);

      Run r = Claimcheck("ingest --db " + db + " " + dir, kGuard);
      ExpectOneLine(r, dir + "/" + b.name, b.reason);
      CHECK(r.err.find("nothing was stored") != std::string::npos);
      CHECK(r.err.find("--keep-going") != std::string::npos);
      CHECK(DumpDb(db) == before);

      // --keep-going: the good files are stored, the bad one said on its own
      // line, still exit 2.
      Run k = Claimcheck("ingest --keep-going --db " + db + " " + dir, kGuard);
      INFO("stderr: " << k.err);
      CHECK(k.status == 2);
      CHECK(k.err.find(dir + "/" + b.name + ": ") != std::string::npos);
      CHECK(k.err.find("ingest: 2 added, 0 unchanged, 0 replaced, 1 failed") != std::string::npos);
      CHECK(Count(db, "documents") == 3);
    }
  }
}

TEST_CASE("ingest: a bad file named on the command line leaves a new database uncreated and an old one as it was",
          "[desk8][ingest]") {
  const std::string dir = cctest::TempDir("namedbad");
  WriteFile(dir + "/good.txt", "Officials said 12 people died.\n");
  WriteFile(dir + "/bad.pdf", "%PDF-1.4 this is not really a PDF");
  const std::string db = dir + "/c.db";
  Run r = Claimcheck("ingest --db " + db + " " + dir + "/good.txt " + dir + "/bad.pdf");
  ExpectOneLine(r, dir + "/bad.pdf", "nothing was stored");
  CHECK_FALSE(fs::exists(db));
  CHECK_FALSE(fs::exists(db + "-wal"));
}

TEST_CASE("special files are refused by name without being opened", "[desk8][special]") {
  const std::string dir = cctest::TempDir("special");
  const std::string fifo = dir + "/report.txt";
  REQUIRE(mkfifo(fifo.c_str(), 0644) == 0);
  const std::string sheet = dir + "/sheet.xlsx";
  REQUIRE(mkfifo(sheet.c_str(), 0644) == 0);
  // A Unix socket with a document's name.
  const std::string sock_path = dir + "/feed.html";
  int sock = socket(AF_UNIX, SOCK_STREAM, 0);
  REQUIRE(sock >= 0);
  sockaddr_un addr{};
  addr.sun_family = AF_UNIX;
  REQUIRE(sock_path.size() < sizeof addr.sun_path);
  std::copy(sock_path.begin(), sock_path.end(), addr.sun_path);
  REQUIRE(bind(sock, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0);
  const std::string db = dir + "/c.db";
  REQUIRE(Claimcheck("ingest --db " + db + " " + kReport).status == 0);
  const std::string before = DumpDb(db);

  ExpectOneLine(Claimcheck("ingest --db " + db + " " + fifo, kGuard), fifo, "named pipe");
  ExpectOneLine(Claimcheck("extract " + fifo, kGuard), fifo, "named pipe");
  ExpectOneLine(Claimcheck("text " + fifo, kGuard), fifo, "named pipe");
  // Nothing on stdout when the only file fails: no bare table header (trial9).
  for (const char* format : {"table", "csv", "json"}) {
    Run only_bad = Claimcheck(std::string("extract --format ") + format + " " + fifo, kGuard);
    CHECK(only_bad.status == 2);
    CHECK(only_bad.out.empty());
  }
  ExpectOneLine(Claimcheck("audit " + fifo + " --db " + db + " -o " + dir + "/s.csv", kGuard), fifo,
                "named pipe");
  ExpectOneLine(Claimcheck("review import " + sheet + " --db " + db, kGuard), sheet, "named pipe");
  // A pipe given as the sheet to write is refused too, and stays a pipe
  // (trial9 fault 8: the rename had put a regular file in its place).
  const std::string out_pipe = dir + "/out.csv";
  REQUIRE(mkfifo(out_pipe.c_str(), 0644) == 0);
  ExpectOneLine(Claimcheck("audit " + kReport + " --db " + db + " -o " + out_pipe, kGuard), out_pipe,
                "named pipe");
  struct stat out_st;
  REQUIRE(stat(out_pipe.c_str(), &out_st) == 0);
  CHECK(S_ISFIFO(out_st.st_mode));
  const std::string out_dir = dir + "/folder.csv";
  REQUIRE(mkdir(out_dir.c_str(), 0755) == 0);
  ExpectOneLine(Claimcheck("audit " + kReport + " --db " + db + " -o " + out_dir, kGuard), out_dir,
                "is a directory");
  ExpectOneLine(Claimcheck("ingest --db " + db + " " + sock_path, kGuard), sock_path, "socket");
  ExpectOneLine(Claimcheck("extract /dev/zero", kGuard), "/dev/zero", "character device");
  ExpectOneLine(Claimcheck("ingest --db " + db + " /dev/null", kGuard), "/dev/null", "character device");
  CHECK(DumpDb(db) == before);
  // The same for an article that cites a stored source, whose sources
  // would be announced on stderr first (trial12): still one line.
  REQUIRE(Claimcheck("ingest --db " + db + " " + kReport).status == 0);
  ExpectOneLine(Claimcheck("audit corpus/audit/cep-article.txt --db " + db + " -o " + out_pipe, kGuard), out_pipe,
                "named pipe");
  close(sock);
}

TEST_CASE("a folder walk reports a pipe, a dangling link or a loop of links named like a document",
          "[desk8][special]") {
  const std::string dir = cctest::TempDir("walk");
  WriteFile(dir + "/docs/good.txt", "Officials said 12 people died.\n");
  REQUIRE(mkfifo((dir + "/docs/pipe.txt").c_str(), 0644) == 0);
  fs::create_symlink("nowhere.txt", dir + "/docs/dangling.md");
  // A folder named like a document is walked, not read.
  WriteFile(dir + "/docs/folder.txt/inner.txt", "The study found 40 percent of them.\n");
  const std::string db = dir + "/c.db";
  Run r = Claimcheck("ingest --keep-going --db " + db + " " + dir + "/docs", kGuard);
  INFO(r.err);
  CHECK(r.status == 2);
  CHECK(r.err.find(dir + "/docs/pipe.txt: is a named pipe (FIFO)") != std::string::npos);
  CHECK(r.err.find(dir + "/docs/dangling.md: a symbolic link to a file that does not exist") !=
        std::string::npos);
  CHECK(r.err.find("ingest: 2 added, 0 unchanged, 0 replaced, 2 failed") != std::string::npos);
  CHECK(Count(db, "documents") == 2);
}

TEST_CASE("every failure is one line naming the file and the reason", "[desk8][oneline]") {
  const std::string dir = cctest::TempDir("oneline");
  const std::string db = dir + "/c.db";
  REQUIRE(Claimcheck("ingest --db " + db + " " + kReport).status == 0);
  WriteFile(dir + "/bad.txt", "Turnout was 43 percent \xff\xfe\x81 in 2018.\n");
  WriteFile(dir + "/notadb.db", "this is not a database at all, just text");
  const std::string before = DumpDb(db);

  ExpectOneLine(Claimcheck("extract " + dir + "/bad.txt"), dir + "/bad.txt", "bad.txt: ");
  ExpectOneLine(Claimcheck("ingest --db " + db + " " + dir + "/missing.txt"), dir + "/missing.txt",
                "No such file");
  ExpectOneLine(Claimcheck("check --db " + dir + "/notadb.db"), dir + "/notadb.db", "database");
  ExpectOneLine(Claimcheck("check --db " + dir + "/none.db"), dir + "/none.db", "no such database");
  // An empty file or another program's SQLite database is no store, and a
  // command that reads one leaves it as it was (trial20: `check --db` on a
  // 0-byte file made it a claimcheck database and exited 0).
  WriteFile(dir + "/empty.db", "");
  for (const std::string cmd : {"check", "docs", "claims"}) {
    ExpectOneLine(Claimcheck(cmd + " --db " + dir + "/empty.db"), dir + "/empty.db",
                  "an empty file, not a claimcheck database");
    CHECK(fs::file_size(dir + "/empty.db") == 0);
  }
  {
    sqlite3* h = nullptr;
    REQUIRE(sqlite3_open((dir + "/other.sqlite").c_str(), &h) == SQLITE_OK);
    REQUIRE(sqlite3_exec(h, "CREATE TABLE notes(body TEXT); INSERT INTO notes VALUES ('x')",
                         nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(h);
    const std::string other = DumpDb(dir + "/other.sqlite");
    ExpectOneLine(Claimcheck("check --db " + dir + "/other.sqlite"), dir + "/other.sqlite",
                  "not a claimcheck database");
    CHECK(DumpDb(dir + "/other.sqlite") == other);
    CHECK(cctest::Count(dir + "/other.sqlite", "documents") == -1);
  }
  ExpectOneLine(Claimcheck("audit " + kArticle + " --sources " + dir + "/bad.txt --db " + db + " -o " +
                           dir + "/s.csv"),
                dir + "/bad.txt", "bad.txt: ");
  ExpectOneLine(Claimcheck("review " + dir + "/missing.txt --db " + db), dir + "/missing.txt",
                "not in the database");
  ExpectOneLine(Claimcheck("review import " + dir + "/bad.txt --db " + db), dir + "/bad.txt",
                ".xlsx or .csv");
  WriteFile(dir + "/garbage.xlsx", "PK not really a zip");
  ExpectOneLine(Claimcheck("review import " + dir + "/garbage.xlsx --db " + db), dir + "/garbage.xlsx",
                "not an .xlsx workbook");
  CHECK(DumpDb(db) == before);
  CHECK_FALSE(fs::exists(dir + "/s.csv"));
}

TEST_CASE("audit whose sheet cannot be written leaves the database as it was", "[desk8][audit]") {
  const std::string dir = cctest::TempDir("auditfail");
  const std::string db = dir + "/c.db";
  REQUIRE(Claimcheck("ingest --db " + db + " " + kReport).status == 0);
  const std::string before = DumpDb(db);
  // The article is new: before, it stayed stored though the run failed.
  Run r = Claimcheck("audit " + kArticle + " --sources " + kReport + " --db " + db + " -o " + dir +
                     "/no/such/folder/sheet.csv");
  ExpectOneLine(r, "sheet.csv", "sheet.csv");
  CHECK(DumpDb(db) == before);
}

TEST_CASE("rm of several documents is all or nothing", "[desk8][rm]") {
  const std::string dir = cctest::TempDir("rm");
  const std::string db = dir + "/c.db";
  REQUIRE(Claimcheck("ingest --db " + db + " " + kReport + " " + kArticle).status == 0);
  const std::string before = DumpDb(db);
  Run r = Claimcheck("rm --db " + db + " " + kReport + " " + dir + "/not-stored.txt");
  ExpectOneLine(r, "not-stored.txt", "nothing was removed");
  CHECK(DumpDb(db) == before);
}

TEST_CASE("one resolver for a document argument: path, absolute path, id, hash, URL, title",
          "[desk8][resolve]") {
  const std::string dir = cctest::TempDir("resolve");
  const std::string db = dir + "/c.db";
  REQUIRE(Claimcheck("ingest --db " + db + " --role source " + kReport).status == 0);
  REQUIRE(Claimcheck("ingest --db " + db + " --role article " + kArticle).status == 0);
  const std::string abs = fs::absolute(kArticle).string();
  const std::vector<std::string> names = {
      kArticle, "./" + kArticle, abs, "2",
      "'https://example.org/news/2018/05/14/facebook-isis-virtual-presence'",
      "'report: facebook allowed isis to build a virtual presence in north america'"};
  const Run want = Claimcheck("claims --db " + db + " --doc " + kArticle);
  REQUIRE(want.status == 0);
  REQUIRE(!want.out.empty());
  for (const std::string& n : names) {
    INFO(n);
    Run c = Claimcheck("claims --db " + db + " --doc " + n);
    INFO(c.err);
    CHECK(c.status == 0);
    CHECK(c.out == want.out);
    Run rv = Claimcheck("review " + n + " --db " + db);
    INFO(rv.err);
    CHECK(rv.status == 0);
    CHECK(rv.out.find("cep-article.txt") != std::string::npos);
  }
  // A title several documents share is refused with their paths.
  WriteFile(dir + "/a.txt", "title: Budget\n\nThe city spent $4 million.\n");
  WriteFile(dir + "/b.txt", "title: Budget\n\nThe city spent $5 million.\n");
  REQUIRE(Claimcheck("ingest --db " + db + " " + dir + "/a.txt " + dir + "/b.txt").status == 0);
  Run two = Claimcheck("claims --db " + db + " --doc Budget");
  ExpectOneLine(two, "Budget", "title of 2 documents");
  // rm by title.
  Run rm = Claimcheck("rm --db " + db +
                      " \"spiders of the caliphate: mapping the islamic state's global support network on facebook\"");
  INFO(rm.err);
  CHECK(rm.status == 0);
  CHECK(Count(db, "documents WHERE path LIKE '%cep-report.txt'") == 0);
}

TEST_CASE("audit --format claimreview with no verdict: an empty list, exit status by findings",
          "[desk8][claimreview]") {
  const std::string dir = cctest::TempDir("claimreview");
  const std::string db = dir + "/c.db";
  const std::string common = "audit " + kArticle + " --sources " + kReport + " --db " + db;
  Run json = Claimcheck(common + " -o " + dir + "/sheet.json -q");
  REQUIRE((json.status == 0 || json.status == 1));
  const std::string org = " --org 'Example Desk' --url https://desk.example.org/checks/cep";
  Run cr = Claimcheck(common + " --format claimreview -o " + dir + "/review.out" + org);
  INFO(cr.err);
  CHECK(cr.status == json.status);
  CHECK(cctest::Slurp(dir + "/review.out") == "[]\n");
  CHECK(cr.err.find("no row of") != std::string::npos);
  Run ld = Claimcheck(common + " -o " + dir + "/review.jsonld -q" + org);
  CHECK(ld.status == json.status);
  CHECK(cctest::Slurp(dir + "/review.jsonld") == "[]\n");
  Run unknown = Claimcheck(common + " --format pdf -o " + dir + "/x.pdf");
  ExpectOneLine(unknown, "--format pdf", "unknown sheet format");
}

TEST_CASE("check with nothing to compare says so in one line and exits 0; --doc never saves first",
          "[desk8][check]") {
  const std::string dir = cctest::TempDir("nothing");
  const std::string db = dir + "/c.db";
  REQUIRE(Claimcheck("ingest --db " + db + " " + kReport).status == 0);
  Run one = Claimcheck("check --db " + db);
  INFO(one.err);
  CHECK(one.status == 0);
  CHECK(Lines(one.err) == 1);
  CHECK(one.err.find("nothing to compare") != std::string::npos);
  CHECK(one.out.empty());
  Run json = Claimcheck("check --db " + db + " --format json");
  CHECK(json.status == 0);
  CHECK(json.out == "[]\n");

  // A --doc that is not stored is bad usage, and the stored findings stay:
  // before, the findings of a store changed since the last check were saved
  // and then the run failed on --doc.
  REQUIRE(Claimcheck("ingest --db " + db + " --role article " + kArticle).status == 0);
  REQUIRE(Claimcheck("check --db " + db).status == 1);
  REQUIRE(Count(db, "findings") > 0);
  WriteFile(dir + "/copy/cep-article.txt", cctest::Slurp(kArticle));
  REQUIRE(Claimcheck("ingest --db " + db + " --role article " + dir + "/copy/cep-article.txt").status == 0);
  const std::string before = DumpDb(db);
  Run missing = Claimcheck("check --db " + db + " --doc " + dir + "/missing.txt");
  ExpectOneLine(missing, dir + "/missing.txt", "no stored document matches");
  CHECK(DumpDb(db) == before);
}

TEST_CASE("a second writer meets a clear busy message; readers are not blocked", "[desk8][busy]") {
  const std::string dir = cctest::TempDir("busy");
  const std::string db = dir + "/c.db";
  REQUIRE(Claimcheck("ingest --db " + db + " " + kReport).status == 0);
  const std::string before = DumpDb(db);
  {
    WriteLock lock(db);  // another process's command in the middle of its run
    Run w = Claimcheck("ingest --db " + db + " " + kArticle, "CLAIMCHECK_BUSY_TIMEOUT=1 ");
    ExpectOneLine(w, db, "busy: another process is writing to this database");
    Run rm = Claimcheck("rm --db " + db + " " + kReport, "CLAIMCHECK_BUSY_TIMEOUT=1 ");
    ExpectOneLine(rm, db, "busy");
    // Reading needs no write lock: it answers at once.
    Run c = Claimcheck("claims --db " + db + " --format jsonl", "CLAIMCHECK_BUSY_TIMEOUT=1 ");
    INFO(c.err);
    CHECK(c.status == 0);
    CHECK(!c.out.empty());
    Run d = Claimcheck("docs --db " + db, "CLAIMCHECK_BUSY_TIMEOUT=1 ");
    CHECK(d.status == 0);
  }
  CHECK(DumpDb(db) == before);
  sqlite3* h = nullptr;
  REQUIRE(sqlite3_open(db.c_str(), &h) == SQLITE_OK);
  sqlite3_stmt* st = nullptr;
  REQUIRE(sqlite3_prepare_v2(h, "PRAGMA integrity_check", -1, &st, nullptr) == SQLITE_OK);
  REQUIRE(sqlite3_step(st) == SQLITE_ROW);
  CHECK(std::string(reinterpret_cast<const char*>(sqlite3_column_text(st, 0))) == "ok");
  sqlite3_finalize(st);
  sqlite3_close(h);
}
