// A sheet message a new user read as the tool contradicting itself
// (trial36), end to end on the trial's own cluster: never "no stored source
// states it ... gives 6.3 weeks". (The figure was once matched to no stored
// statement on the sheet while `check` matched it; the sheet now reads the
// article's citations as check does, and says what check says.)
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
  // The sheet reads the article's citations as `check` does (its sentences
  // with no figure included: session 48), and `check` matches this figure
  // to the source's "6.3 weeks longer": the row says so, as check does.
  CHECK(sheet.find(",supported,\"Waits rose to 6.3 weeks") != std::string::npos);
  CHECK(line.find("as source_civil_quarterly.txt does (6.3 weeks)") != std::string::npos);
}
