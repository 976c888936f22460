// Kinds the new-user trials 119 and 120 met (a false alarm each, fixed by
// kind), in texts written for these tests: read, extracted and checked as
// sources and articles. Each case failed before its fix on the session's
// start binary (0ac34e29).
#include <catch2/catch.hpp>

#include <string>

#include "pipeline_fixture.h"

using namespace claimcheck;
using namespace claimcheck::testing;

TEST_CASE("qualifier: get an object up to a level reaches it and the object may be a compound") {
  // trial119: "hopes to get four-hour performance up to 78 per cent by
  // next March" was read as "at most 78 per cent", a qualifier warning on
  // the board's own 78%.
  auto run = CheckPair("Board report\nNorthvale Health Board\n1 October 2026\n\nThe board aims to reach 82% "
                       "two-week performance by March 2027.\n",
                       "TV\nNorthvale TV\n10 October 2026\n\nThe board says it hopes to get two-week performance "
                       "up to 82 per cent by next March.\n");
  INFO(Dump(*run));
  CHECK(Flagged(*run, "qualifier_conflict", "82 per cent") == 0);
  // A ceiling still is one: "grants of up to £5,000".
  const Figure* cap = nullptr;
  auto grants = CheckPair("Fund\nNorthvale Council\n1 October 2026\n\nThe fund offers grants of up to £5,000.\n",
                          "Paper\nNorthvale Paper\n10 October 2026\n\nThe fund offers grants of up to £5,000.\n");
  cap = Find(*grants, "article", "£5,000");
  REQUIRE(cap != nullptr);
  CHECK(cap->qualifier == Qualifier::kAtMost);
}

TEST_CASE("period: a participle clause after a comma dates its own noun and not the figure") {
  // trial119: "78% four-hour performance by March 2027, supported by a new
  // same-day unit ... due to open in January 2027" gave the target January,
  // a period conflict with "by next March".
  auto run = CheckPair("Board report\nNorthvale Health Board\n1 October 2026\n\nThe board aims to reach 82% "
                       "two-week performance by March 2027, supported by a new assessment unit due to open in "
                       "January 2027.\n",
                       "TV\nNorthvale TV\n10 October 2026\n\nThe board is aiming for 82 per cent two-week "
                       "performance by next March.\n");
  INFO(Dump(*run));
  CHECK(Flagged(*run, "period_conflict", "82 per cent") == 0);
  CHECK(Flagged(*run, "time_conflict", "82 per cent") == 0);
}

TEST_CASE("direction: a level moved from a wrong earlier value is the earlier value's slip") {
  // trial120: "The charge rate was 7.4 percent, down from 9.6 percent a
  // year earlier" for "7.4%, up from 6.9%": the 9.6 drew its value error,
  // and the very 7.4 a direction warning too.
  const std::string bulletin =
      "Crime bulletin\nEastmere Office for Policing Statistics\n1 August 2026\n\nThe charge rate for the year "
      "ending June 2026 was 8.2%, up from 7.1% in the year ending June 2025.\n";
  auto run = CheckPair(bulletin,
                       "Tonight\nEastmere Tonight\n5 August 2026\n\nThe charge rate was 8.2 percent, down from 9.1 "
                       "percent a year earlier, according to the Office.\n");
  INFO(Dump(*run));
  CHECK(Flagged(*run, "direction_conflict", "8.2 percent") == 0);
  CHECK(Flagged(*run, "", "9.1") == 1);
  // The right earlier value with the wrong direction still draws one.
  auto dir = CheckPair(bulletin,
                       "Tonight\nEastmere Tonight\n5 August 2026\n\nThe charge rate was 8.2 percent, down from 7.1 "
                       "percent a year earlier, according to the Office.\n");
  INFO(Dump(*dir));
  CHECK(Flagged(*dir, "direction_conflict", "8.2 percent") == 1);
}
