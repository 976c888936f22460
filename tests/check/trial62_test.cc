// Kinds of false alarm a new user's trial (trial62) met, end to end: the
// texts below (written for these tests) are read, extracted and checked as
// sources and articles. Each case failed before its fix.
#include <catch2/catch.hpp>

#include <string>

#include "pipeline_fixture.h"

using namespace claimcheck;
using namespace claimcheck::testing;

TEST_CASE("time: a date in a coordinated clause with its own subject and figure dates that clause") {
  // trial62: "The Hopper bus carried 62,000 passenger journeys, up 14
  // percent, and the Authority is adding two extra weekend buses this
  // year" dated the journeys to the buses' year, a time conflict.
  auto run = CheckPair(
      "Annual Review 2025\nFellside National Park Authority\n10 February 2026\n\n"
      "The Fellside ferry carried 48,500 passengers in 2025, up 9 percent on 2024.\n",
      "Evening Show transcript\n12 March 2026\n\n"
      "The Fellside ferry carried 48,500 passengers, up 9 percent, and the Authority is adding three extra "
      "summer sailings this year.\n");
  INFO(Dump(*run));
  CHECK(Flagged(*run, "", "48,500") == 0);
  CHECK(Flagged(*run, "", "9 percent") == 0);
}

TEST_CASE("speaker: a noun inside a participle clause before 'said' is not who speaks") {
  // trial62: "Several venues contacted for this article said ..." gave the
  // figure the speaker "article". (An agent's "by" is kept: "care leavers
  // surveyed by the charity said" is the charity's finding, eval33.)
  auto run = CheckPair("Survey\nChamber of Trade\n1 May 2026\n\nMember sales rose 4% in April.\n",
                       "Gazette\n3 May 2026\n\n"
                       "Several shops contacted for this article said their sales rose 7% in April.\n");
  const Figure* a = Find(*run, "article", "7%");
  REQUIRE(a != nullptr);
  CHECK(a->frame.speaker != "article");
}

// (The range held against a points figure, trial62's "by between 5% and 8%",
// is the corpus case corpus/checkdev/trial62-weddings: its context, not a
// short text, drew the pairing.)
