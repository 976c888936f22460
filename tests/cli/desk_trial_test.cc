// Editor-facing command-line behaviour a new user's trial tripped over
// (trial6): one shape of ingest summary, both names of a required option,
// --pairs as a table, one date form in `docs`, and one exit rule for
// `check` and `audit` (1 = warnings or errors; info only = 0). The
// documents are written here, in this test's own words.
#include <algorithm>
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "tests/cli/run_binary.h"

using cctest::Claimcheck;
using cctest::Run;
using cctest::Slurp;

namespace {
const std::string kReport = "corpus/audit/cep-report.txt";
}  // namespace

TEST_CASE("audit without -o names the option as the help shows it") {
  std::string dir = cctest::TempDir("desk_o");
  Run r = Claimcheck("audit corpus/audit/cep-article.txt --db " + dir + "/c.db");
  CHECK(r.status == 2);
  INFO(r.err);
  CHECK(r.err.find("-o/--output") != std::string::npos);
}

TEST_CASE("ingest: the summary line has one shape, stored or not") {
  std::string dir = cctest::TempDir("desk_sum");
  cctest::WriteFile(dir + "/empty.pdf", "%PDF-1.4 broken");
  // All or nothing (desk8): a failed run is its one error line; with
  // --keep-going the summary keeps its shape.
  Run failed = Claimcheck("ingest --db " + dir + "/c.db " + dir + "/empty.pdf");
  INFO(failed.err);
  CHECK(failed.status == 2);
  CHECK(std::count(failed.err.begin(), failed.err.end(), '\n') == 1);
  CHECK(failed.err.find(dir + "/empty.pdf: ") != std::string::npos);
  Run kept = Claimcheck("ingest --keep-going --db " + dir + "/c.db " + dir + "/empty.pdf");
  INFO(kept.err);
  CHECK(kept.status == 2);
  CHECK(kept.err.find("ingest: 0 added, 0 unchanged, 0 replaced, 1 failed") != std::string::npos);
  cctest::WriteFile(dir + "/a.txt", "title: A\n\nThe council spent 4 million euros on roads.\n");
  Run ok = Claimcheck("ingest --db " + dir + "/c.db " + dir + "/a.txt");
  CHECK(ok.err.find("ingest: 1 added, 0 unchanged, 0 replaced, 0 failed") != std::string::npos);
}

TEST_CASE("docs: every date in one ISO 8601 form") {
  std::string dir = cctest::TempDir("desk_dates");
  cctest::WriteFile(dir + "/a.txt",
                    "title: Morning note\ndate: 2026-11-12T09:30:00Z\n\nThe council spent 4 million euros.\n");
  cctest::WriteFile(dir + "/b.txt", "title: Evening note\ndate: 2026-11-13\n\nThe council spent 5 million euros.\n");
  REQUIRE(Claimcheck("ingest --db " + dir + "/c.db " + dir + "/a.txt " + dir + "/b.txt").status == 0);
  Run table = Claimcheck("docs --db " + dir + "/c.db");
  REQUIRE(table.status == 0);
  INFO(table.out);
  CHECK(table.out.find("2026-11-12") != std::string::npos);
  CHECK(table.out.find("2026-11-13") != std::string::npos);
  CHECK(table.out.find("T09:30") == std::string::npos);
  Run csv = Claimcheck("docs --format csv --db " + dir + "/c.db");
  CHECK(csv.out.find("T09:30") == std::string::npos);
  Run jsonl = Claimcheck("docs --format json --db " + dir + "/c.db");
  auto j = nlohmann::json::parse(jsonl.out);
  REQUIRE(j.size() == 2);
  for (const auto& d : j) CHECK(d["date"].get<std::string>().size() == 10);
  bool kept = false;
  for (const auto& d : j) kept = kept || d["date_time"] == "2026-11-12T09:30:00Z";
  CHECK(kept);
}

TEST_CASE("check --pairs: a table when asked for one, JSON lines otherwise") {
  std::string dir = cctest::TempDir("desk_pairs");
  const std::string db = dir + "/c.db";
  REQUIRE(Claimcheck("ingest --role source --db " + db + " " + kReport).status == 0);
  REQUIRE(Claimcheck("ingest --role article --db " + db + " corpus/audit/cep-article.txt").status == 0);
  Run table = Claimcheck("check --pairs --format table --db " + db);
  INFO(table.err);
  REQUIRE((table.status == 0 || table.status == 1));
  CHECK(table.out.rfind("doc", 0) == 0);  // a header line, not a JSON record
  CHECK(table.out.find("{\"figure\"") == std::string::npos);
  CHECK(table.out.find("verdict") != std::string::npos);
  Run lines = Claimcheck("check --pairs --db " + db);
  REQUIRE_FALSE(lines.out.empty());
  CHECK(lines.out.rfind("{\"figure\"", 0) == 0);
  Run arr = Claimcheck("check --pairs --format json --db " + db);
  CHECK(nlohmann::json::parse(arr.out).is_array());
}

TEST_CASE("check and audit agree on the exit status of an info-only store") {
  // Only an unsupported figure (info): neither exits 1.
  std::string dir = cctest::TempDir("desk_exit");
  const std::string db = dir + "/c.db";
  cctest::WriteFile(dir + "/notice.txt",
                    "title: Depot notice\npublisher: Lakeside Transit\ndate: 2026-08-20\n\n"
                    "Lakeside Transit runs 240 buses from two depots.\n");
  cctest::WriteFile(dir + "/story.txt",
                    "title: Bus story\npublisher: Lakeside Daily\ndate: 2026-08-21\n\n"
                    "The operator also employs 75 mechanics, Lakeside Transit said.\n");
  REQUIRE(Claimcheck("ingest --role source --db " + db + " " + dir + "/notice.txt").status == 0);
  REQUIRE(Claimcheck("ingest --role article --db " + db + " " + dir + "/story.txt").status == 0);
  Run check = Claimcheck("check --db " + db);
  Run audit = Claimcheck("audit " + dir + "/story.txt --sources " + dir + "/notice.txt --db " + db + " -o " + dir +
                         "/s.json");
  INFO(check.out << check.err << audit.err);
  CHECK(check.status == 0);
  CHECK(audit.status == check.status);
  auto sheet = nlohmann::json::parse(Slurp(dir + "/s.json"));
  bool unsupported = false;
  for (const auto& r : sheet["rows"]) unsupported = unsupported || r["status"] == "unsupported";
  CHECK(unsupported);
  // The help says the same rule.
  Run help = Claimcheck("audit --help");
  CHECK(help.out.find("1 warnings or errors found") != std::string::npos);
  CHECK(help.out.find("1 conflicts or unsupported") == std::string::npos);
}
