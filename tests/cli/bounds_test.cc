// Hostile shapes through the binary (issue 15) and languages without rules
// (issue 12 item 11). Memory is bounded by a limit the process runs under,
// not by timing: a 2 MB single-sentence document once took far more than the
// limit below (each of its ~50,000 figures copied the whole sentence).
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "tests/cli/run_binary.h"

#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define CC_SANITIZED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer)
#define CC_SANITIZED 1
#endif
#endif

namespace {

using cctest::Claimcheck;
using cctest::Run;

struct Limited {
  int status = -1;      // exit status; -1 when killed by a signal
  long max_rss_kb = 0;  // the child's peak resident memory
  std::string out, err;
};

// Runs `claimcheck args...` in a child under an address-space limit
// (RLIMIT_AS, what `ulimit -v` sets) and reports its peak RSS. Sanitizer
// builds reserve terabytes of shadow memory, so there only the RSS is bounded
// (by the caller).
Limited RunLimited(const std::vector<std::string>& args, size_t limit_bytes) {
  static const std::string dir = cctest::TempDir("bounds");
  const std::string out = dir + "/out", err = dir + "/err";
  pid_t pid = fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
#ifndef CC_SANITIZED
    rlimit lim{limit_bytes, limit_bytes};
    setrlimit(RLIMIT_AS, &lim);
#endif
    int o = open(out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    int e = open(err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    if (o < 0 || e < 0) _exit(120);
    dup2(o, 1);
    dup2(e, 2);
    std::vector<char*> argv;
    std::string bin = CLAIMCHECK_BIN;
    argv.push_back(bin.data());
    std::vector<std::string> copy = args;
    for (std::string& a : copy) argv.push_back(a.data());
    argv.push_back(nullptr);
    execv(bin.c_str(), argv.data());
    _exit(121);
  }
  int wstatus = 0;
  rusage ru{};
  REQUIRE(wait4(pid, &wstatus, 0, &ru) == pid);
  Limited r;
  r.status = WIFEXITED(wstatus) ? WEXITSTATUS(wstatus) : -1;
  r.max_rss_kb = ru.ru_maxrss;
  r.out = cctest::Slurp(out);
  r.err = cctest::Slurp(err);
  return r;
}

// About `bytes` of clauses with a figure each and no full stop until the end.
std::string OneSentence(size_t bytes, size_t* clauses) {
  static const char* kClauses[] = {"the agency counted %d cases in the north",
                                   "%d percent of households reported losses",
                                   "about $%d million was spent on repairs",
                                   "officials said %d schools were closed",
                                   "a further %d people were moved"};
  std::string text = "Figures from the district show that ";
  *clauses = 0;
  char buf[96];
  while (text.size() < bytes) {
    std::snprintf(buf, sizeof buf, kClauses[*clauses % 5], static_cast<int>(10 + *clauses % 9000));
    text += buf;
    text += ", ";
    ++*clauses;
  }
  text += "and that was all.\n";
  return text;
}

}  // namespace

TEST_CASE("a 2 MB single-sentence document extracts under a memory limit", "[bounds]") {
  const std::string dir = cctest::TempDir("onesentence");
  size_t clauses = 0;
  const std::string text = OneSentence(2 << 20, &clauses);
  cctest::WriteFile(dir + "/one.txt", text);
  // 512 MiB of address space: the binary with ICU and the rules needs well
  // under half of it; the old code needed ~100 GB of sentence copies here.
  Limited r = RunLimited({"extract", "--format", "jsonl", dir + "/one.txt"}, size_t{512} << 20);
  INFO("stderr: " << r.err.substr(0, 400));
  REQUIRE(r.status == 0);
#ifdef CC_SANITIZED
  CHECK(r.max_rss_kb < 1024 * 1024);
#else
  CHECK(r.max_rss_kb < 256 * 1024);
#endif
  std::istringstream lines(r.out);
  size_t figures = 0, longest = 0;
  for (std::string line; std::getline(lines, line);) {
    auto j = nlohmann::json::parse(line);
    ++figures;
    longest = std::max(longest, j["sentence"].get<std::string>().size());
    // Every figure's sentence is a slice of the document at its offsets.
    size_t start = j["sentence_start"].get<size_t>();
    REQUIRE(start < text.size());
    CHECK(text.compare(start, j["sentence"].get<std::string>().size(),
                       j["sentence"].get<std::string>()) == 0);
  }
  // Every figure survives the cuts: the same clauses as separate sentences
  // give exactly as many.
  std::string prose = text;
  for (size_t p = prose.find(", "); p != std::string::npos; p = prose.find(", ", p + 2)) prose[p] = '.';
  cctest::WriteFile(dir + "/prose.txt", prose);
  Run as_prose = Claimcheck("extract --format jsonl " + dir + "/prose.txt");
  REQUIRE(as_prose.status == 0);
  CHECK(figures == static_cast<size_t>(std::count(as_prose.out.begin(), as_prose.out.end(), '\n')));
  CHECK(figures > clauses * 9 / 10);
  CHECK(longest <= 4096);     // kMaxSentenceBytes
  CHECK(longest > 2048);      // cut at the best break in the last half
}

TEST_CASE("the long sentence's cuts show in text --sentences", "[bounds]") {
  const std::string dir = cctest::TempDir("cuts");
  size_t clauses = 0;
  cctest::WriteFile(dir + "/one.txt", OneSentence(20000, &clauses));
  Run r = Claimcheck("text --sentences " + dir + "/one.txt");
  REQUIRE(r.status == 0);
  std::istringstream lines(r.out);
  int n = 0;
  for (std::string line; std::getline(lines, line);) {
    if (line.empty()) continue;
    ++n;
    CHECK(line.size() <= 4096 + 32);  // the sentence plus its location prefix
  }
  CHECK(n >= 5);
}

TEST_CASE("a language without rules: an error before any output, or a warning", "[bounds][lang]") {
  const std::string dir = cctest::TempDir("lang");
  const std::string it_text =
      "Il governo ha stanziato 583 milioni di euro per le scuole del Sud. Secondo il ministero, "
      "il 40 per cento degli edifici non sono a norma e anche le palestre della regione sono "
      "chiuse.\n";
  cctest::WriteFile(dir + "/articolo.txt", it_text);
  for (const char* format : {"table", "csv", "json", "jsonl"}) {
    INFO(format);
    Run r = Claimcheck(std::string("extract --lang it --format ") + format + " " + dir + "/articolo.txt");
    CHECK(r.status == 2);
    CHECK(r.out.empty());  // never a header followed by an error
    CHECK(r.err.find("--lang it") != std::string::npos);
    CHECK(r.err.find("en, es") != std::string::npos);
    CHECK(std::count(r.err.begin(), r.err.end(), '\n') == 1);
  }
  // Detected as Italian: one warning, English rules, never Spanish ones.
  Run r = Claimcheck("extract --format jsonl " + dir + "/articolo.txt");
  CHECK(r.status == 0);
  CHECK(std::count(r.err.begin(), r.err.end(), '\n') == 1);
  CHECK(r.err.find("no rules for language 'it'") != std::string::npos);
  CHECK(r.err.find("articolo.txt") != std::string::npos);
  CHECK(r.out.find("\"lang\":\"es\"") == std::string::npos);
  CHECK(r.out.find("\"lang\":\"en\"") != std::string::npos);
  CHECK(r.out.find("\"rule\":\"es.") == std::string::npos);  // no Spanish rule id
  CHECK(r.out.find("\"rule\":\"en.") != std::string::npos);
  // English and Spanish documents get no warning.
  cctest::WriteFile(dir + "/en.txt", "The district closed 12 schools in March.\n");
  cctest::WriteFile(dir + "/es.txt", "El distrito cerró 12 escuelas en marzo y los padres protestaron.\n");
  for (const char* f : {"/en.txt", "/es.txt"}) {
    Run ok = Claimcheck("extract " + dir + f);
    CHECK(ok.status == 0);
    CHECK(ok.err.empty());
  }
  Run es = Claimcheck("extract --format jsonl " + dir + "/es.txt");
  CHECK(es.out.find("\"lang\":\"es\"") != std::string::npos);
}

// Parallel ingest (issue 15, item 4): the PreparePool reads and extracts on
// several threads while the writer stores in order. Under `make SANITIZE=thread
// test` the binary is built with ThreadSanitizer and any race makes it exit
// non-zero with a report on stderr.
TEST_CASE("parallel ingest of every corpus format", "[bounds][threads]") {
  const std::string dir = cctest::TempDir("pingest");
  std::string files;
  for (const char* f : {"lead-schools.html", "coalition-summary.html", "harlow-meeting.html",
                        "lead-schools.txt", "plomo-escuelas.txt", "factcheck-notes.md",
                        "unsafe-at-the-fountain.pdf", "jobs-release.html", "forum-thread.html",
                        "wage-bulletin.txt"}) {
    files += std::string(" corpus/documents/") + f;
  }
  Run r = Claimcheck("ingest --db " + dir + "/p.db" + files);
  INFO(r.err.substr(0, 2000));
  CHECK(r.status == 0);
  CHECK(r.err.find("ThreadSanitizer") == std::string::npos);
  Run again = Claimcheck("claims --db " + dir + "/p.db --format jsonl");
  CHECK(again.status == 0);
  CHECK(std::count(again.out.begin(), again.out.end(), '\n') > 50);
}
