// Kinds of false alarm the eval47 blind set (puppet theatres, circus
// schools, tower clocks) met, opened for development: the texts below,
// written for these tests in the set's styles, are read, extracted and
// checked as sources and articles. Each case failed before its fix.
#include <catch2/catch.hpp>

#include <string>

#include "pipeline_fixture.h"

using namespace claimcheck;
using namespace claimcheck::testing;

TEST_CASE("arithmetic: the rest of a whole the article works out is no slip") {
  // eval47: "just 13 companies still touring with animals, out of 64 on the
  // road", where the census gives 64 circuses of which 51 are animal-free,
  // drew a value error offering the 43 companies of 2020 as the correction.
  auto run = CheckPair(
      "NATIONAL PUPPETRY COUNCIL\nTouring survey 2025\nPublished 3 March 2026\n\n"
      "There were 72 touring puppet companies in 2025. Of these, 58 now pay performers the union rate. "
      "In 2021, 41 companies did so.\n",
      "Stage Weekly\n5 March 2026\n\nThat leaves just 14 companies still paying below the union rate, out of 72 "
      "on the road, according to the puppetry council's survey.\n");
  INFO(Dump(*run));
  CHECK(Flagged(*run, "", "14 companies") == 0);
  auto es = CheckPair(
      "CONSEJO DE LAS ARTES ESCÉNICAS\nCenso de compañías de títeres 2025\n3 de marzo de 2026\n\n"
      "En 2025 había 85 compañías de títeres en gira. De ellas, 61 cuentan ya con un plan de igualdad. En 2021 "
      "eran 34 compañías.\n",
      "Diario Escena\n5 de marzo de 2026\n\nQuedan 24 compañías sin plan de igualdad, de las 85 que están de gira, "
      "según el censo del consejo.\n",
      "es");
  INFO(Dump(*es));
  CHECK(Flagged(*es, "", "24 compañías") == 0);
}

TEST_CASE("arithmetic: a count the source states itself is no rest of a whole") {
  // The rest of a whole is the article's arithmetic only when no source
  // states that count: "90 of the region's 94 bathing waters" in 2025,
  // where the source gives 90 for 2024 (and 4 poor waters among the 94),
  // stays a misreport (eval16).
  auto run = CheckPair(
      "COASTAL WATERS AGENCY\nBathing water report\nPublished 2 March 2026\n\n"
      "Of the 94 bathing waters in the region, 7 were rated poor in 2025, up from 4 in 2024.\n\n"
      "In total, 87 of the 94 bathing waters met at least the sufficient standard in 2025. This compares with 90 "
      "sites in 2024.\n",
      "Coast Water press office\n6 March 2026\n\n90 of the region's 94 bathing waters met at least the sufficient "
      "standard in 2025, the agency's report shows.\n");
  INFO(Dump(*run));
  CHECK(Flagged(*run, "", "90") == 1);
}

TEST_CASE("direction: 'This is down from' in the next sentence moves the figure before") {
  // eval47: "38 per cent of the 5,400 kilometres of walls ... are derelict
  // or in poor condition. This is down from 40 per cent when the survey was
  // last carried out" gave the 40 the fall and the 38 none, so an article's
  // "has risen to 38 per cent" was supported.
  auto run = CheckPair(
      "UPLAND WALLS TRUST\nAnnual review 2025\nPublished 2 March 2026\n\n"
      "The condition survey estimates that 38 per cent of the 5,400 kilometres of walls in the park are derelict "
      "or in poor condition. This is down from 40 per cent when the survey was last carried out in 2021.\n",
      "Dales Gazette\n5 March 2026\n\nThe share of walls in the park that are derelict or in poor condition has "
      "risen to 38 per cent, according to the trust's annual review.\n");
  INFO(Dump(*run));
  const Figure* f = Find(*run, "source", "38 per cent");
  REQUIRE(f != nullptr);
  CHECK(f->frame.direction == Direction::kDown);
  REQUIRE(f->frame.previous.has_value());
  CHECK(*f->frame.previous == Approx(40));
  const Figure* old = Find(*run, "source", "40 per cent");
  REQUIRE(old != nullptr);
  CHECK(old->frame.direction == Direction::kNone);
  CHECK(Flagged(*run, "direction_conflict", "38 per cent") == 1);
  auto es = CheckPair(
      "CONSEJO DE LOS MUROS DE PIEDRA SECA\nInforme anual 2025\n2 de marzo de 2026\n\n"
      "El censo estima que el 38 % de los 5.400 kilómetros de muros de la comarca están en ruina o en mal estado. "
      "Esto supone un descenso frente al 40 % de 2021.\n",
      "Diario de la Sierra\n5 de marzo de 2026\n\nLa parte de los muros en ruina o en mal estado ha subido hasta el "
      "38 %, según el informe anual del consejo.\n",
      "es");
  INFO(Dump(*es));
  CHECK(Flagged(*es, "direction_conflict", "38 %") == 1);
  // A demonstrative that compares without a direction moves nothing:
  // "This compares with 40 per cent in 2021".
  auto plain = CheckPair(
      "UPLAND WALLS TRUST\nAnnual review 2025\nPublished 2 March 2026\n\n"
      "The survey estimates that 38 per cent of the walls in the park are in poor condition. This compares with "
      "40 per cent in 2021.\n",
      "Dales Gazette\n5 March 2026\n\nSome 38 per cent of the park's walls are in poor condition, the trust says.\n");
  INFO(Dump(*plain));
  const Figure* g = Find(*plain, "source", "38 per cent");
  REQUIRE(g != nullptr);
  CHECK_FALSE(g->frame.previous.has_value());
  CHECK(Flagged(*plain, "", "38 per cent") == 0);
}

TEST_CASE("direction: a level with its own move is not carried by another change") {
  // eval47: "The average full-price ticket rose 7.4 per cent, while the
  // average concession ticket fell to £6.00" for a concession ticket
  // "unchanged at £6.00": the rise before was read as the move the £6.00
  // repeats, so its own fall went unjudged.
  auto run = CheckPair(
      "PUPPETRY COUNCIL\nTouring survey 2025\nPublished 3 March 2026\n\n"
      "The average concession ticket was unchanged at £6.00.\n",
      "Northern Press Agency\n5 March 2026\n\nThe average full-price ticket rose 7.4 per cent, while the average "
      "concession ticket fell to £6.00, the survey showed.\n");
  INFO(Dump(*run));
  CHECK(Flagged(*run, "direction_conflict", "£6.00") == 1);
  // "Held up" resists a fall; the change after it is its move
  // ("Organic milk held up better, at 49.8p a litre, down just 4.1%").
  auto held = CheckPair(
      "DAIRY STATISTICS UNIT\nMilk prices\nPublished 3 October 2026\n\n"
      "Organic milk averaged 49.80 pence per litre in September, 4.1% less than a year earlier.\n",
      "Farm Weekly\n5 October 2026\n\nOrganic milk held up better, at 49.8p a litre, down just 4.1% on the year.\n");
  INFO(Dump(*held));
  CHECK(Flagged(*held, "", "49.8p") == 0);
}

TEST_CASE("direction: a level kept where it moved to goes the way of its from") {
  // eval18: "agreed to hold reserves at three months of running costs, down
  // from four months" was read as flat, a direction warning on an
  // article's faithful "cutting its reserves to three months".
  auto run = CheckPair(
      "HARBOURLIGHT TRUST\nStatement\nPublished 3 March 2026\n\n"
      "The trustees have agreed to hold reserves at three months of running costs, down from four months.\n",
      "Coastal blog\n5 March 2026\n\nThe trust is cutting its reserves to three months of running costs.\n");
  INFO(Dump(*run));
  const Figure* f = Find(*run, "source", "three months");
  REQUIRE(f != nullptr);
  CHECK(f->frame.direction == Direction::kDown);
  CHECK(Flagged(*run, "", "three months") == 0);
}

TEST_CASE("period: a month heading its clause keeps its figures past an aside") {
  // eval47: "April, when the festival fills the town's halls, was the
  // busiest month of the year, with 61,200 attendances" for the survey's
  // March: the relative clause after the month hid it, so the month went
  // unread on both sides and the wrong month passed.
  auto run = CheckPair(
      "PUPPETRY COUNCIL\nTouring survey 2025\nPublished 3 February 2026\n\n"
      "March, which includes the Harrowgate Puppet Festival, was the busiest month of 2025, with 61,200 "
      "attendances; April followed with 38,900.\n",
      "Harrowgate Courier\n5 February 2026\n\nApril, when the festival fills the town's halls, was the busiest month "
      "of 2025, with 61,200 attendances.\n");
  INFO(Dump(*run));
  const Figure* src = Find(*run, "source", "61,200");
  REQUIRE(src != nullptr);
  CHECK(src->frame.period == "2025-03");
  const Figure* next = Find(*run, "source", "38,900");
  REQUIRE(next != nullptr);
  CHECK(next->frame.period == "2025-04");
  const Figure* art = Find(*run, "article", "61,200");
  REQUIRE(art != nullptr);
  CHECK(art->frame.period == "2025-04");
  CHECK(Flagged(*run, "", "61,200") == 1);
}
