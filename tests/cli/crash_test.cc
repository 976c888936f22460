// Crash safety and concurrency of `claimcheck ingest` (issue 8): a SIGKILL at
// any moment leaves a database that passes integrity_check, in which every
// document is either wholly present or absent, and a rerun completes the work;
// two ingest processes on one database both succeed with nothing lost.
#include <signal.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <map>
#include <random>
#include <thread>

#include "tests/cli/run_binary.h"

namespace {

// path -> (sentences, figures) for every stored document.
using Contents = std::map<std::string, std::pair<int, int>>;

Contents ReadContents(const std::string& db_path, std::string* integrity) {
  Contents out;
  sqlite3* db = nullptr;
  // Read-write, as claimcheck itself opens a store: after a SIGKILL the WAL
  // may need recovery, which a read-only connection cannot run (it answers
  // SQLITE_READONLY when the shared-memory index has to be rebuilt). Nothing
  // below writes.
  REQUIRE(sqlite3_open_v2(db_path.c_str(), &db, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK);
  sqlite3_busy_timeout(db, 5000);
  sqlite3_stmt* st = nullptr;
  REQUIRE(sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &st, nullptr) == SQLITE_OK);
  if (sqlite3_step(st) == SQLITE_ROW) {
    *integrity = reinterpret_cast<const char*>(sqlite3_column_text(st, 0));
  }
  sqlite3_finalize(st);
  // A run killed while creating the database may leave it with no schema at
  // all; the schema itself must then be all or nothing.
  REQUIRE(sqlite3_prepare_v2(db, "SELECT count(*) FROM sqlite_master WHERE type = 'table'", -1,
                             &st, nullptr) == SQLITE_OK);
  REQUIRE(sqlite3_step(st) == SQLITE_ROW);
  const int tables = sqlite3_column_int(st, 0);
  sqlite3_finalize(st);
  if (tables == 0) {
    sqlite3_close(db);
    return out;
  }
  const char* q =
      "SELECT d.path, (SELECT count(*) FROM sentences s WHERE s.doc = d.id),"
      "       (SELECT count(*) FROM figures f WHERE f.doc = d.id) FROM documents d";
  REQUIRE(sqlite3_prepare_v2(db, q, -1, &st, nullptr) == SQLITE_OK);
  while (sqlite3_step(st) == SQLITE_ROW) {
    out[reinterpret_cast<const char*>(sqlite3_column_text(st, 0))] = {sqlite3_column_int(st, 1),
                                                                      sqlite3_column_int(st, 2)};
  }
  sqlite3_finalize(st);
  sqlite3_close(db);
  return out;
}

// A folder of documents with many figures each, so a kill lands mid-document.
std::string MakeCorpus(const std::string& dir, int docs) {
  for (int d = 0; d < docs; ++d) {
    std::string text = "title: Report " + std::to_string(d) + "\npublisher: Test Desk\n\n";
    for (int p = 0; p < 40; ++p) {
      text += "The survey counted " + std::to_string(1000 + d * 37 + p) + " households in " +
              std::to_string(10 + p) + " districts, and " + std::to_string(p % 90 + 5) +
              " percent of them paid more than $" + std::to_string(200 + p) +
              " a month by March 5, 2018.\n\n";
    }
    cctest::WriteFile(dir + "/doc" + std::to_string(d) + ".txt", text);
  }
  return dir;
}

pid_t Spawn(const std::vector<std::string>& args) {
  pid_t pid = fork();
  if (pid == 0) {
    freopen("/dev/null", "w", stderr);
    std::vector<char*> argv;
    std::string bin = CLAIMCHECK_BIN;
    argv.push_back(bin.data());
    for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    execv(bin.c_str(), argv.data());
    _exit(127);
  }
  return pid;
}

int Wait(pid_t pid) {
  int status = 0;
  waitpid(pid, &status, 0);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -WTERMSIG(status);
}

}  // namespace

TEST_CASE("ingest killed at random points leaves whole documents or none", "[robust][crash]") {
  const std::string dir = cctest::TempDir("crash");
  const std::string corpus = MakeCorpus(dir + "/corpus", 24);
  std::string integrity;

  // The reference: one uninterrupted run, timed so kills fall inside a run.
  auto t0 = std::chrono::steady_clock::now();
  REQUIRE(Wait(Spawn({"ingest", "--db", dir + "/ref.db", corpus})) == 0);
  auto full = std::chrono::steady_clock::now() - t0;
  const Contents ref = ReadContents(dir + "/ref.db", &integrity);
  REQUIRE(ref.size() == 24);
  for (const auto& [path, counts] : ref) REQUIRE(counts.second > 0);

  std::mt19937 rng(20181105);
  const auto full_us = std::chrono::duration_cast<std::chrono::microseconds>(full).count();
  // The last quarter of a run is mostly the WAL checkpoint at close; kills
  // aim at the part where documents are written.
  std::uniform_int_distribution<long long> when(0, std::max<long long>(full_us * 3 / 4, 1000));
  const std::string db = dir + "/killed.db";
  int partial_runs = 0;
  for (int round = 0; round < 50; ++round) {
    // Every fifth round starts from a fresh database, the others resume the
    // previous round's: kills land both in first runs and in resumed ones.
    if (round % 5 == 0) {
      for (const char* suffix : {"", "-wal", "-shm", "-journal"}) std::filesystem::remove(db + suffix);
    }
    pid_t pid = Spawn({"ingest", "--db", db, corpus});
    std::this_thread::sleep_for(std::chrono::microseconds(when(rng)));
    kill(pid, SIGKILL);
    Wait(pid);
    if (!std::filesystem::exists(db)) continue;  // killed before it created the file
    const Contents now = ReadContents(db, &integrity);
    INFO("round " << round);
    REQUIRE(integrity == "ok");
    for (const auto& [path, counts] : now) {
      INFO(path);
      REQUIRE(ref.count(path) == 1);
      CHECK(counts == ref.at(path));  // never a half-written document
    }
    if (now.size() < ref.size()) ++partial_runs;
  }
  // The kills really interrupted work (otherwise the test proves nothing).
  WARN(partial_runs << " of 50 kills left the work partly done");
  CHECK(partial_runs >= 5);

  REQUIRE(Wait(Spawn({"ingest", "--db", db, corpus})) == 0);
  const Contents done = ReadContents(db, &integrity);
  CHECK(integrity == "ok");
  CHECK(done == ref);
  std::filesystem::remove_all(dir);
}

TEST_CASE("two ingest processes on one database both succeed", "[robust][concurrency]") {
  const std::string dir = cctest::TempDir("concurrent");
  MakeCorpus(dir + "/a", 10);
  MakeCorpus(dir + "/b", 10);
  // Same file names in both folders but different paths: 20 documents.
  const std::string db = dir + "/shared.db";
  pid_t a = Spawn({"ingest", "--db", db, dir + "/a"});
  pid_t b = Spawn({"ingest", "--db", db, dir + "/b"});
  CHECK(Wait(a) == 0);
  CHECK(Wait(b) == 0);
  std::string integrity;
  const Contents got = ReadContents(db, &integrity);
  CHECK(integrity == "ok");
  CHECK(got.size() == 20);
  REQUIRE(Wait(Spawn({"ingest", "--db", dir + "/ref.db", dir + "/a", dir + "/b"})) == 0);
  CHECK(got == ReadContents(dir + "/ref.db", &integrity));
  std::filesystem::remove_all(dir);
}
