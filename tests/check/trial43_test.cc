// Kinds of error a new user's trial (trial43: ambulance response times,
// library visits, university drop-out) found, end to end: the texts below
// (written for these tests) are read, extracted and checked as a source and
// an article. Each case failed before its fix.
#include <catch2/catch.hpp>

#include <string>

#include "pipeline_fixture.h"

using namespace claimcheck;
using namespace claimcheck::testing;

TEST_CASE("direction: a level is judged on its own when the sentence's change is another figure's") {
  // "nearly a fifth" is the e-book loans' rise; the book loans' "rose" is
  // their own, and the report says they fell.
  auto run = CheckPair(
      "Libraries Annual Report 2025-26\n\nHolmbury Borough Council\n\n"
      "Physical loans fell by 2.1% to 986,300. E-book and e-audiobook loans rose by 19.6% to 412,700.\n",
      "E-book and e-audiobook loans rose by nearly a fifth, to 412,700, and book loans also rose, to 986,300.\n");
  INFO(Dump(*run));
  CHECK(Flagged(*run, "direction_conflict", "986,300") == 1);
  CHECK(Flagged(*run, "direction_conflict", "412,700") == 0);
}

TEST_CASE("direction: a verb of holding with the figure as its object states no steady level") {
  auto run = CheckPair(
      "Dental statistics, Harrowdale ICB\n\n"
      "The central dental waiting list held 38,450 patients at 30 September 2026, up from 31,200 at 31 March 2026.\n",
      "Statistics show 38,450 patients were on the central waiting list at the end of September, up from 31,200 in "
      "March.\n");
  INFO(Dump(*run));
  const Figure* held = FindExact(*run, "source", "38,450");
  REQUIRE(held != nullptr);
  CHECK(held->frame.direction == Direction::kUp);
  CHECK(Flagged(*run, "direction_conflict", "38,450") == 0);
  // "held at" and "held its rate at" stay flat.
  auto rate = CheckPair("The Reserve Bank held its cash rate at 4.35 percent.\n",
                        "The Reserve Bank held its cash rate at 4.35 percent.\n");
  const Figure* cash = FindExact(*rate, "source", "4.35 percent");
  REQUIRE(cash != nullptr);
  CHECK(cash->frame.direction == Direction::kFlat);
}
