// Kinds of false alarm and miss new users' trials (trial62, trial63) met, end to end: the
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

TEST_CASE("value: the very number of the same subject outweighs a one-digit slip among many near counts") {
  // trial62: "La DOP ya alcanza los 3,8 millones de botellas" (the
  // report's forecast told as done) drew an error offering the 3,1
  // millones sold, one of six counts of bottles a digit apart; the date of
  // the aside "una cifra impensable hace una década" had also dated it.
  auto run = CheckPair(
      "Informe de campaña 2025\nConsejo Regulador del Queso de Valdemora\n10 de febrero de 2026\n\n"
      "La campaña 2025 cerró con 4,1 millones de quesos certificados, frente a 3,9 millones en 2024. Se "
      "vendieron 3,6 millones de quesos con etiqueta de la denominación, y 4,7 millones de quesos salieron de "
      "las queserías inscritas.\n\n"
      "Para la campaña 2026, el Consejo Regulador prevé unos 4,8 millones de quesos, si la producción de leche "
      "acompaña.\n",
      "Blog del queso\n3 de marzo de 2026\n\n"
      "La denominación ya alcanza los 4,8 millones de quesos, una cifra impensable hace una década, según el "
      "Consejo Regulador del Queso de Valdemora.\n",
      "es");
  INFO(Dump(*run));
  CHECK(Said(*run, "value_conflict", "4,8 millones") == 0);
  CHECK(Said(*run, "modality_conflict", "4,8 millones") == 1);
  const Figure* a = Find(*run, "article", "4,8 millones");
  REQUIRE(a != nullptr);
  CHECK(a->frame.period.empty());
}

TEST_CASE("qualifier: a floor's very number in the overlapping support's sentence is the statement") {
  // trial63: "At least 31 of the 46 designated sites were rated good" was
  // marked supported by the release's 46 (a number the floor fits), not set
  // against its "31 were rated good" with "at least" added.
  auto run = CheckPair(
      "Bathing Water Results 2026\nRiver Quality Agency\n2 November 2026\n\n"
      "Of the 52 sites, 37 were rated good or excellent, up from 33 in 2025. Eleven sites were rated poor.\n",
      "Wire\n4 November 2026\n\n"
      "At least 37 of the 52 designated river sites were rated good or excellent this season, compared with 33 "
      "a year earlier, the River Quality Agency said.\n");
  INFO(Dump(*run));
  CHECK(Said(*run, "qualifier_conflict", "At least 37") == 1);
}
