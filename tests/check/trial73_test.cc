// Kinds the trial73 new-user trial showed (hot-air balloons, molinos, pipe
// bands), end to end on texts written for these tests. Each case failed
// before its fix.
#include <catch2/catch.hpp>

#include <string>

#include "pipeline_fixture.h"

using namespace claimcheck;
using namespace claimcheck::testing;

TEST_CASE("subject: a plural copula after a count gives what is counted") {
  // trial73: "de los cuales 14 son molinos de viento y 9 son molinos de
  // agua" gave the 9 no subject (and the 14 the subject "hay" when a colon
  // opened the list); "Of these, 14 are windmills" counted nothing.
  auto es = CheckPair(
      "DIPUTACIÓN DE VALDEMORA\nBalance 2025\n3 de marzo de 2026\n\n"
      "Hay 23 molinos restaurados: 14 son molinos de viento y 9 son molinos de agua.\n",
      "Diario\n5 de marzo de 2026\n\nSe restauraron 23 molinos, según la Diputación.\n", "es");
  INFO(Dump(*es));
  const Figure* wind = Find(*es, "source", "14");
  REQUIRE(wind != nullptr);
  CHECK(wind->frame.subject_head == "molino");
  CHECK(wind->frame.modifiers == std::vector<std::string>{"viento"});
  const Figure* water = Find(*es, "source", "9");
  REQUIRE(water != nullptr);
  CHECK(water->frame.subject_head == "molino");
  CHECK(water->frame.modifiers == std::vector<std::string>{"agua"});
  auto en = CheckPair(
      "COUNTY POLICE\nOperation report\nPublished 3 March 2026\n\n"
      "Officers seized 88 firearms during the operation. Of those, 27 were converted pistols.\n",
      "Paper\n5 March 2026\n\nOf the 88 firearms seized, 27 were pistols, police said.\n");
  INFO(Dump(*en));
  const Figure* pistols = Find(*en, "source", "27");
  REQUIRE(pistols != nullptr);
  CHECK(pistols->frame.subject_head == "pistol");
  // The anaphor still names the whole.
  CHECK(pistols->frame.base == "firearms");
  // Not an adjective or participle: "1,200 were injured" counts nothing.
  auto hurt = CheckPair("Report\nPublished 3 March 2026\n\nSome 1,200 were injured.\n",
                        "Paper\n5 March 2026\n\nSome 1,200 were hurt.\n");
  const Figure* injured = Find(*hurt, "source", "Some 1,200");
  REQUIRE(injured != nullptr);
  CHECK(injured->frame.subject_head.empty());
}

TEST_CASE("subject: an article counting what a whole counts credits no part of its breakdown") {
  // eval18, once the parts were read through their copula: "After an audit
  // found 880 memberships that shouldn't have been counted" against "Of the
  // 880 memberships removed from the total, the audit found that 610 were
  // duplicates and 270 were lapsed memberships" was read as crediting the
  // whole to the duplicates ("the audit found" stands before the 610).
  auto run = CheckPair(
      "LEISURE TRUST\nRevised membership notice\nPublished 3 March 2026\n\n"
      "Of the 940 memberships removed from the total, the audit found that 650 were duplicates and 290 were "
      "lapsed memberships that should have been cancelled.\n",
      "Leisure Blog\n5 March 2026\n\nAfter an audit found 940 memberships that shouldn't have been counted, the "
      "trust revised its figure.\n");
  INFO(Dump(*run));
  CHECK(Flagged(*run, "", "940") == 0);
}
