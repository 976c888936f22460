// False alarms of eval12 and older train clusters (task fa12b), each as the
// kind it stands for, end to end: the texts below (written for these tests)
// are read, extracted and checked as a source and an article. Every case
// drew a warning before its fix; the frame each fix turns on is checked too.
#include <catch2/catch.hpp>

#include <string>

#include "pipeline_fixture.h"

using namespace claimcheck;
using namespace claimcheck::testing;

TEST_CASE("qualifier: a class bound 'and under' is the same ceiling as 'or under'") {
  auto run = CheckPair("Boats of 12 metres and under were 2,310 of the registered fleet in 2025.\n",
                       "Most of the fleet, 2,310 boats, are 12 metres or under.\n", "en");
  INFO(Dump(*run));
  const Figure* s = Find(*run, "source", "12 metres");
  REQUIRE(s != nullptr);
  CHECK(s->qualifier == Qualifier::kAtMost);
  CHECK_FALSE(Flagged(*run, "qualifier_conflict", "12 metres"));
}

TEST_CASE("qualifier: 'por debajo del' after another figure names the reference, no bound") {
  auto run = CheckPair(
      "La tasa de impagos detectada en las revisiones fue del 3,4 % en 2025, frente al 3,9 % de 2024.\n",
      "La tasa de impagos se quedó en el 3,4 %, por debajo del 3,9 % del año anterior.\n", "es");
  INFO(Dump(*run));
  const Figure* a = Find(*run, "article", "3,9");
  REQUIRE(a != nullptr);
  CHECK(a->qualifier == Qualifier::kExact);
  CHECK_FALSE(Flagged(*run, "qualifier_conflict", "3,9"));
}

TEST_CASE("modality: a quota that 'will be cut' is a decision, reported rightly as made") {
  auto run = CheckPair("The national hake quota for 2028 will be cut by 12%, from 9,400 tonnes to 8,272 tonnes.\n",
                       "Fishing crews were dismayed after ministers cut the national hake quota by 12% to 8,272 tonnes.\n",
                       "en");
  INFO(Dump(*run));
  const Figure* s = Find(*run, "source", "8,272");
  REQUIRE(s != nullptr);
  CHECK(s->frame.modality == Modality::kActual);
  CHECK_FALSE(Flagged(*run, "modality_conflict", "8,272"));
}

TEST_CASE("rate: 'este diario' is a newspaper, no daily denominator") {
  auto run = CheckPair("La red incorporó en 2025 un total de 3.450 megavatios de potencia eólica nueva.\n",
                       "Fuentes del sector consultadas por este diario calculan que otros 3.400 MW podrían conectarse "
                       "a lo largo de este año.\n",
                       "es");
  INFO(Dump(*run));
  const Figure* a = Find(*run, "article", "3.400");
  REQUIRE(a != nullptr);
  CHECK(a->frame.per.empty());
  CHECK_FALSE(Flagged(*run, "rate_conflict", "3.400"));
}

TEST_CASE("rate: 'an average annual fall of 5%' is 5% a year") {
  auto run = CheckPair("Meeting the 2040 goal requires an average annual fall of about 5% in injuries.\n",
                       "Hitting the goal would take a fall in injuries of about 5% a year.\n", "en");
  INFO(Dump(*run));
  const Figure* s = Find(*run, "source", "5%");
  REQUIRE(s != nullptr);
  CHECK(s->frame.per == "year");
  CHECK_FALSE(Flagged(*run, "rate_conflict", "5%"));
}

TEST_CASE("rate: 'each year' in the subject a figure is linked to is its denominator") {
  auto run = CheckPair("The average heating gap, the sum a household in hardship would have to spend each year to "
                       "escape it, was £377.\n",
                       "On average such households would need to find another £377 a year to escape hardship.\n", "en");
  INFO(Dump(*run));
  const Figure* s = Find(*run, "source", "£377");
  REQUIRE(s != nullptr);
  CHECK(s->frame.per == "year");
  CHECK_FALSE(Flagged(*run, "rate_conflict", "£377"));
}

TEST_CASE("rate: a year's total is its amount a year") {
  auto run = CheckPair("Spending on night shelters was £3.6 million in 2025-26.\n",
                       "\"The city spends £3.6 million a year on night shelters,\" the charity said.\n", "en");
  INFO(Dump(*run));
  CHECK_FALSE(Flagged(*run, "rate_conflict", "£3.6 million"));
}

TEST_CASE("subject: tonnes of CO2 and CO2 emissions in tonnes are one quantity") {
  auto run = CheckPair(
      "Las emisiones de CO2 de la industria química se situaron en 18,4 millones de toneladas, un 5,3 % menos "
      "que en 2024.\n",
      "Las emisiones de la industria química bajaron un 5,3 %, hasta 18,4 millones de toneladas de CO2.\n", "es");
  INFO(Dump(*run));
  CHECK_FALSE(Flagged(*run, "subject_conflict", "18,4"));
}

TEST_CASE("direction: equal numbers that share nothing else are two statements") {
  auto run = CheckPair("For the full year the company continues to expect net revenue growth of 3% to 5%.\n",
                       "Shares fell about 3% in early trading on Tuesday.\n", "en");
  INFO(Dump(*run));
  CHECK_FALSE(Flagged(*run, "direction_conflict", "3%"));
}

TEST_CASE("measure: the very number as a change and as points stays a difference") {
  auto run = CheckPair("In 2025, 26.0% of adults were obese. This is 2.4 percentage points higher than in 2015.\n",
                       "The obesity rate had risen by 2.4 per cent since 2015, the institute said.\n", "en");
  INFO(Dump(*run));
  CHECK(Flagged(*run, "measure_conflict", "2.4"));
}

TEST_CASE("value: a power-of-ten slip across measures loses to the very number stated") {
  auto run = CheckPair(
      "The total is 212% higher than when the count began in 2008, when 1,420 people were recorded.\n\n"
      "Women made up 21.2% of people sleeping rough, up from 19.8% in 2025, an increase of 1.4 percentage "
      "points.\n",
      "More than 4,400 people were seen sleeping rough on a single night in September. Since 2003, rough "
      "sleeping has risen by 212%.\n",
      "en");
  INFO(Dump(*run));
  CHECK_FALSE(Flagged(*run, "value_conflict", "212%"));
}

TEST_CASE("value: a near number of one head narrowed another way is that measure's own, no slip") {
  auto run = CheckPair(
      "Take-home grocery price inflation measured at the tills by the panel rose to 7.1% in the four weeks to 3 "
      "May 2026, up from 6.6% in the previous four-week period.\n\n"
      "Prices of food and non-alcoholic beverages rose by 6.4% in the 12 months to April 2026.\n",
      "Food inflation climbs to 6.4% as butter and cocoa soar\n", "en");
  INFO(Dump(*run));
  CHECK_FALSE(Flagged(*run, "value_conflict", "6.4%"));
}

TEST_CASE("value: a slip yields to the very number in the same source sentence") {
  // trial29: "rose to 11 working days" against "11 working days in 2025-26,
  // down from 19 working days" drew "19, not 11" as an error. The article
  // took the 11; what it changed is the direction.
  auto run = CheckPair(
      "The average time from a repair request to a visit was 14 working days in the quarter, down from 17 working "
      "days a year earlier.\n",
      "Tenants are waiting longer for help: the time between a repair request and a visit rose to 14 working days.\n",
      "en");
  INFO(Dump(*run));
  CHECK_FALSE(Flagged(*run, "value_conflict", "14"));
  CHECK(Flagged(*run, "direction_conflict", "14"));
}

TEST_CASE("support: a small count of another thing, or under a small bound, is no support") {
  // trial30: "two ageing Land Rovers" was supported by "attended by two
  // teams", "hasta cinco barcos" by a methodology note's "dos escalas".
  auto said_on = [](const Run& run, const std::string& text) {
    int n = 0;
    for (const Finding& f : run.findings) n += !f.claims.empty() && f.claims[0]->text.find(text) != std::string::npos;
    return n;
  };
  auto rovers = CheckPair(
      "A call-out is counted once per team, so an incident attended by two teams counts as two call-outs.\n",
      "Teams are now appealing for donations to replace two ageing Land Rovers.\n", "en");
  INFO(Dump(*rovers));
  CHECK(said_on(*rovers, "two") >= 1);  // unsupported or a subject note: not silently supported
  CHECK_FALSE(Flagged(*rovers, "subject_conflict", "two"));
  auto boats = CheckPair(
      "Los cruceristas se cuentan por escala: un pasajero que desembarca en dos escalas distintas se cuenta dos veces.\n",
      "En septiembre coincidieron hasta cinco barcos en un mismo d\xC3\xAD" "a.\n", "es");
  INFO(Dump(*boats));
  CHECK(said_on(*boats, "cinco") >= 1);
}
