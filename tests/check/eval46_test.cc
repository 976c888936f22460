// Kinds of false alarm the eval46 blind set (mushroom forays, oyster beds,
// wool prices) met, opened for development: the texts below, written for
// these tests in the set's styles, are read, extracted and checked as
// sources and articles. Each case failed before its fix.
#include <catch2/catch.hpp>

#include <string>

#include "pipeline_fixture.h"

using namespace claimcheck;
using namespace claimcheck::testing;

TEST_CASE("time: a compared span of time owns the date written after it") {
  // eval46: "63 closure days in 2025, compared with 41 days in 2024" dated
  // the 41 days 2025 (the date was read as the baseline of the span, as in
  // "the same three months of last year"), a period warning against an
  // article's faithful "up from 41 days in 2024".
  auto run = CheckPair(
      "CARROW ESTUARY SHELLFISH AUTHORITY\nAnnual report\nPublished 2 March 2026\n\n"
      "Harvesting was suspended for a total of 63 closure days in 2025, compared with 41 days in 2024.\n",
      "Carrow Mercury\n4 March 2026\n\nClosures were up from 41 days in 2024, the shellfish authority's report "
      "says.\n");
  INFO(Dump(*run));
  CHECK(Flagged(*run, "", "41 days") == 0);
  const Figure* f = Find(*run, "source", "41 days");
  REQUIRE(f != nullptr);
  CHECK(f->time == "2024");
  CHECK(f->frame.period == "2024");
  auto es = CheckPair(
      "AUTORIDAD DEL MARISQUEO DE LA RÍA DE CARROW\nMemoria anual\n2 de marzo de 2026\n\n"
      "La extracción estuvo suspendida 63 días en 2025, frente a 41 semanas en 2024.\n",
      "Diario de la Ría\n4 de marzo de 2026\n\nEn 2024 la extracción estuvo suspendida 41 semanas, según la "
      "memoria de la autoridad del marisqueo.\n",
      "es");
  INFO(Dump(*es));
  const Figure* g = Find(*es, "source", "41 semanas");
  REQUIRE(g != nullptr);
  CHECK(g->time == "2024");
  CHECK(Flagged(*es, "", "41 semanas") == 0);
}

TEST_CASE("multiplier: 'half as much again' is one and a half times") {
  // eval46: "about half as much again as the 74p paid in 2024" for a price
  // that rose from 74p to £1.12 (51%) was read as half the price, a value
  // error.
  auto run = CheckPair(
      "NORTHFOLD WOOL MARKETING BOARD\nClip bulletin\nPublished 10 February 2026\n\n"
      "The average price paid to producers was £1.12 per kilo, up from 74p per kilo in 2024, a rise of 51%.\n",
      "Northline wire\n12 February 2026\n\nThe board said the average price was £1.12 per kilo, about half as much "
      "again as the 74p paid in 2024.\n");
  INFO(Dump(*run));
  CHECK(Flagged(*run, "", "half") == 0);
  const Figure* f = Find(*run, "article", "half");
  REQUIRE(f != nullptr);
  CHECK(f->text == "about half as much again");
  CHECK(f->value.num == Approx(1.5));
  // "Twice as many again" is three times; "half as likely" stays a half.
  auto thrice = CheckPair("Board\nPublished 10 February 2026\n\nThe board sold 300 fleeces in 2025.\n",
                          "Wire\n12 February 2026\n\nIt sold twice as many again in 2025 as the 100 of 2024.\n");
  const Figure* t = Find(*thrice, "article", "twice");
  REQUIRE(t != nullptr);
  CHECK(t->value.num == Approx(3));
  auto half = CheckPair("Board\nPublished 10 February 2026\n\nSmall farms were half as likely to sell.\n",
                        "Wire\n12 February 2026\n\nSmall farms were half as likely to sell.\n");
  const Figure* h = Find(*half, "article", "half");
  REQUIRE(h != nullptr);
  CHECK(h->value.num == Approx(0.5));
}

TEST_CASE("unit of count: a total attendance is the people who came; attendances are entries") {
  // eval46: "drawing almost 1,300 people" for "Total attendance across all
  // forays was 1,284" was a subject warning ("counts total attendance, not
  // people"). A plural count of attendances is still entries at the gate,
  // a visitor on two days counted twice (eval44), so people for it differ.
  auto run = CheckPair(
      "HARLOW VALE MYCOLOGICAL SOCIETY\nAnnual recording report\nPublished 12 January 2026\n\n"
      "The society held 46 forays during 2025. Total attendance across all forays was 1,284.\n",
      "Vale Gazette\n15 January 2026\n\nThe society ran 46 forays last year, drawing almost 1,300 people into the "
      "woods, according to its annual recording report.\n");
  INFO(Dump(*run));
  CHECK(Flagged(*run, "", "1,300") == 0);
  // "Fans" count people too (WordNet's first sense is a device): a guard,
  // quiet before, that the singular attendance counting people keeps.
  auto fans = CheckPair(
      "NORTHERN RUGBY LEAGUE\nAnnual report\nPublished 2 June 2027\n\n"
      "Total attendance across the season reached 2,846,000.\n",
      "Sports Herald\n4 June 2027\n\nMore than 2.8 million fans went through the turnstiles last season, the "
      "league's annual report shows.\n");
  INFO(Dump(*fans));
  CHECK(Flagged(*fans, "", "2.8 million") == 0);
}

TEST_CASE("unit: a count of days is a span of days") {
  // eval46: the release's "63 closure days in 2025" (a count whose noun is
  // a unit of time) and the transcript's "stopped for a total of 63 days"
  // (a span) were never compared: the faithful figure went unsupported and
  // then into a disagreement with another article's 38 days.
  const std::string source =
      "CARROW ESTUARY SHELLFISH AUTHORITY\nAnnual report\nPublished 2 March 2026\n\n"
      "Harvesting was suspended for a total of 63 closure days in 2025.\n";
  auto run = CheckPair(source,
                       "Coast Watch\n5 March 2026\n\nThe authority's report says harvesting was stopped for a total of "
                       "63 days across the estuary last year.\n");
  INFO(Dump(*run));
  CHECK(Flagged(*run, "", "63 days") == 0);
  CHECK(Said(*run, "unsupported", "63 days") == 0);
  auto wrong = CheckPair(source,
                         "Coast Watch\n5 March 2026\n\nThe authority's report says harvesting was stopped for a total "
                         "of 36 days across the estuary last year.\n");
  INFO(Dump(*wrong));
  CHECK(Flagged(*wrong, "value_conflict", "36 days") == 1);
  // Working days are no span of the calendar: 27 of them are more than
  // five (working) weeks (eval29), compared only with working days.
  auto working = CheckPair(
      "HIGHER EDUCATION WELLBEING COUNCIL\nCounselling monitor\nPublished 3 May 2026\n\n"
      "Students waited 27 working days on average for a first counselling appointment.\n",
      "Campus Voices\n6 May 2026\n\nStudents wait more than five weeks on average for a first counselling "
      "appointment, the council's monitor says.\n");
  INFO(Dump(*working));
  CHECK(Flagged(*working, "", "five weeks") == 0);
  auto es = CheckPair(
      "AUTORIDAD DEL MARISQUEO\nMemoria anual\n2 de marzo de 2026\n\n"
      "La extracción se suspendió durante 63 jornadas de cierre en 2025.\n",
      "Radio Costa\n5 de marzo de 2026\n\nLa extracción estuvo parada 63 días el año pasado, según la memoria de "
      "la autoridad del marisqueo.\n",
      "es");
  INFO(Dump(*es));
  CHECK(Flagged(*es, "", "63 días") == 0);
  CHECK(Said(*es, "unsupported", "63 días") == 0);
}

TEST_CASE("subject: a span counted back after a figure is its time and counts nothing") {
  // trial25: "compared with 437 twelve months earlier" read the 437
  // pharmacies as counting months.
  auto run = CheckPair(
      "ASHFORD HEALTH BOARD\nPharmacy access review\nPublished 20 April 2026\n\n"
      "There were 437 community pharmacies at the end of March 2025.\n",
      "Echo\n22 April 2026\n\nThere were 429 community pharmacies open at the end of March, compared with 437 twelve "
      "months earlier.\n");
  INFO(Dump(*run));
  const Figure* f = FindExact(*run, "article", "437");
  REQUIRE(f != nullptr);
  CHECK(f->frame.subject_head != "month");
  CHECK(Flagged(*run, "", "437") == 0);
}
