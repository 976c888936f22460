// Kinds of false alarm the eval37 set showed once opened, end to end: the
// texts below (written for these tests, English and Spanish) are read,
// extracted and checked as sources and articles. Each case failed before
// its fix.
#include <catch2/catch.hpp>

#include <string>

#include "pipeline_fixture.h"

using namespace claimcheck;
using namespace claimcheck::testing;

TEST_CASE("period: a quarter of next year is next year's, whatever the verb") {
  // eval37: "expects occupancy to bottom out at around 85% in the second
  // quarter of next year", in an article of November 2026, was given the
  // span 2026-Q2 (the recogniser's period_relative rule was not read as
  // relative, so the year-less quarter moved to the most recent past),
  // and set against the council's own "second quarter of 2027".
  auto run = CheckPair(
      "STORAGE OPERATORS COUNCIL\nOccupancy Monitor, Third Quarter 2026\nRelease date: 9 November 2026\n\n"
      "The Council expects occupancy to bottom out at around 85.0% in the second quarter of 2027.\n",
      "Storage Weekly\nNovember 10, 2026\n\nThe Storage Operators Council still expects occupancy to bottom "
      "out at around 85% in the second quarter of next year.\n");
  INFO(Dump(*run));
  const Figure* a = Find(*run, "article", "85%");
  REQUIRE(a != nullptr);
  CHECK(a->frame.period == "2027-Q2");
  CHECK(Said(*run, "period_conflict", "85%") == 0);
  CHECK(Flagged(*run, "", "85%") == 0);
}

TEST_CASE("period: Spanish 'el segundo trimestre del próximo año' without a future verb") {
  auto run = CheckPair(
      "PATRONAL DEL TRASTERO\nMonitor de ocupación, tercer trimestre de 2026\n9 de noviembre de 2026\n\n"
      "La patronal prevé que la ocupación toque fondo en torno al 85,0 % en el segundo trimestre de 2027.\n",
      "Diario del Comercio\n10 de noviembre de 2026\n\nLa Patronal del Trastero prevé que la ocupación toque "
      "fondo en torno al 85 % en el segundo trimestre del próximo año.\n",
      "es");
  INFO(Dump(*run));
  const Figure* a = Find(*run, "article", "85 %");
  REQUIRE(a != nullptr);
  CHECK(a->frame.period == "2027-Q2");
  CHECK(Flagged(*run, "", "85 %") == 0);
}

TEST_CASE("time: a date in an opening 'Following ...' phrase is an earlier event's, not the figure's") {
  // eval37: "Following publication of the survey on 3 March 2026, two
  // chapters submitted corrected returns" dated the two chapters to 3
  // March, a time conflict with coverage saying the revision came this week.
  auto run = CheckPair(
      "ASSOCIATION OF CATHEDRAL CHAPTERS\nRevision notice: Visitor Income Survey 2025\nPublished: 21 April "
      "2026\n\nFollowing publication of the Visitor Income Survey 2025 on 3 March 2026, two chapters "
      "submitted corrected returns.\n",
      "Westbridge News Agency\n23 April 2026\n\nThe Association of Cathedral Chapters this week revised its "
      "headline visitor income figures after two chapters found they had overstated income.\n");
  INFO(Dump(*run));
  const Figure* s = Find(*run, "source", "two");
  REQUIRE(s != nullptr);
  CHECK(s->time.empty());
  CHECK(Said(*run, "time_conflict", "two") == 0);
}

TEST_CASE("time: Spanish 'Tras ...' opening phrase; a date right after the cue stays the figure's") {
  auto run = CheckPair(
      "CONSEJO INSULAR DE ESTADÍSTICA\nNota de revisión\n21 de abril de 2026\n\nTras la publicación del "
      "informe el 3 de marzo de 2026, dos cabildos corrigieron sus datos.\n\nTras marzo de 2026, las "
      "ventas subieron un 4 %.\n",
      "La Gaceta Insular\n23 de abril de 2026\n\nEl Consejo Insular de Estadística revisó esta semana sus "
      "cifras después de que dos cabildos corrigieran sus datos.\n",
      "es");
  INFO(Dump(*run));
  const Figure* s = Find(*run, "source", "dos");
  REQUIRE(s != nullptr);
  CHECK(s->time.empty());
  const Figure* v = Find(*run, "source", "4 %");
  REQUIRE(v != nullptr);
  CHECK(v->time == "2026-03");
  CHECK(Said(*run, "time_conflict", "dos") == 0);
}

TEST_CASE("attribution: a short form writes the initials of the body's last words ('the County FA')") {
  // eval37: "according to the County FA" for WEXMOOR COUNTY FOOTBALL
  // ASSOCIATION's survey was an attribution conflict.
  auto run = CheckPair(
      "WEXMOOR COUNTY FOOTBALL ASSOCIATION\nGrassroots Pitch Costs Survey 2026\nPublished: 9 September "
      "2026\n\nThe median club now spends £6,800 per season on pitch and facility hire.\n",
      "Wexmoor Evening Post\n12 September 2026\n\nThe median club spends £6,800 a season on pitch and "
      "facility hire, according to the County FA.\n");
  INFO(Dump(*run));
  CHECK(Said(*run, "attribution_conflict", "£6,800") == 0);
}

TEST_CASE("attribution: a tail's initials alone or beside another name are another body") {
  // "the FA" alone may be the national body; "Scottish FA" names another.
  auto run = CheckPair(
      "WEXMOOR COUNTY FOOTBALL ASSOCIATION\nGrassroots Pitch Costs Survey 2026\nPublished: 9 September "
      "2026\n\nThe median club now spends £6,800 per season on pitch and facility hire.\n",
      "Wexmoor Evening Post\n12 September 2026\n\nThe median club spends £6,800 a season on pitch and "
      "facility hire, according to the Scottish FA.\n");
  INFO(Dump(*run));
  CHECK(Said(*run, "attribution_conflict", "£6,800") == 1);
}
