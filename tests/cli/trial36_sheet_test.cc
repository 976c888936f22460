// A sheet message a new user read as the tool contradicting itself
// (trial36), end to end on the trial's own cluster: an article figure the
// checker matched to no stored statement, whose nearest passage gives the
// very same number, says that it is the same number of another statement;
// never "no stored source states it ... gives 6.3 weeks".
#include <catch2/catch.hpp>

#include "tests/cli/run_binary.h"

using cctest::Claimcheck;
using cctest::Run;

TEST_CASE("trial36: an unmatched figure beside the same number says so, without contradiction") {
  const std::string dir = cctest::TempDir("t36_sheet");
  const std::string cluster = std::string(CLAIMCHECK_SOURCE_DIR) + "/corpus/checkdev/trial36-courts";
  REQUIRE(Claimcheck("ingest --db " + dir + "/c.db " + cluster).status == 0);
  Run r = Claimcheck("audit " + cluster + "/article_weekly.txt --db " + dir + "/c.db --format csv -o " + dir + "/s.csv");
  REQUIRE((r.status == 0 || r.status == 1));  // 1: the sheet holds conflicts
  const std::string sheet = cctest::Slurp(dir + "/s.csv");
  INFO(sheet);
  const size_t row = sheet.find("Waits rose to 6.3 weeks");
  REQUIRE(row != std::string::npos);
  const std::string line = sheet.substr(row, sheet.find('\n', row) - row);
  CHECK(line.find("no stored source states it") == std::string::npos);
  CHECK(line.find("gives the same number, 6.3 weeks") != std::string::npos);
}
