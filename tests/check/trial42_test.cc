// Kinds of false alarm a new user's trial (trial42: special-needs plans, a
// hosepipe ban, nursery places) found, end to end: the texts below (written
// for these tests) are read, extracted and checked as a source and an
// article. Each case failed before its fix.
#include <catch2/catch.hpp>

#include <string>

#include "pipeline_fixture.h"

using namespace claimcheck;
using namespace claimcheck::testing;

namespace {

const char kCouncilReport[] =
    "Annual Report on Special Educational Needs 2025\n\nHolmbury County Council\n\n"
    "The council received 1,940 requests for an assessment in 2024. Families registered 188 appeals with the "
    "tribunal in 2024. At January 2025 the council maintained 5,120 plans.\n\n"
    "The England average for 2024, as published by the Department for Education, was 46.4%.\n";

}  // namespace

TEST_CASE("attribution: 'its report' is the document of the body that opens the sentence") {
  auto run = CheckPair(kCouncilReport,
                       "Holmbury County Council received 1,940 requests for an assessment in 2024, its annual "
                       "report shows.\n");
  INFO(Dump(*run));
  const Figure* requests = Find(*run, "article", "1,940");
  REQUIRE(requests != nullptr);
  CHECK(requests->frame.speaker == "Holmbury County Council");

  auto es = CheckPair("El Ayuntamiento de Valdemora atendió 1.204 solicitudes en 2025.\n",
                      "El Ayuntamiento de Valdemora atendió 1.204 solicitudes en 2025, según su memoria anual.\n", "es");
  INFO(Dump(*es));
  const Figure* solicitudes = Find(*es, "article", "1.204");
  REQUIRE(solicitudes != nullptr);
  CHECK(solicitudes->frame.speaker == "Ayuntamiento de Valdemora");
}

TEST_CASE("attribution: 'the report' stays the document it first stood for, whoever is quoted between") {
  // The report is the council's: an Ofsted figure quoted in it in between
  // does not make the next "according to the report" Ofsted's.
  auto run = CheckPair(kCouncilReport,
                       "Holmbury County Council received 1,940 requests for an assessment in 2024, its annual "
                       "report shows.\n\n"
                       "The council maintained 5,120 plans in January 2025, the report said.\n\n"
                       "Nationally 46.4% of plans were issued on time, according to Ofsted figures quoted in the "
                       "report.\n\n"
                       "Appeals to the tribunal rose to 188 in 2024, according to the report.\n");
  INFO(Dump(*run));
  const Figure* appeals = Find(*run, "article", "188");
  REQUIRE(appeals != nullptr);
  CHECK(appeals->frame.speaker == "Holmbury County Council");
  CHECK(Flagged(*run, "attribution_conflict", "188") == 0);
  CHECK(Flagged(*run, "attribution_conflict", "5,120") == 0);
}

TEST_CASE("attribution: a statutory window in a credited sentence is no credited figure") {
  // "within the 20-week deadline" is the standard the share is measured
  // against, as "within 20 weeks" is.
  auto run = CheckPair(
      "Annual Report 2025\n\nHolmbury County Council\n\n"
      "The law requires a plan to be issued within 20 weeks of the request. In 2024, 41.2% of new plans were "
      "issued within 20 weeks.\n",
      "Only 41.2% of new plans were issued within the 20-week statutory deadline, according to figures from the "
      "Northvale Education Trust.\n");
  INFO(Dump(*run));
  CHECK(Flagged(*run, "attribution_conflict", "20-week") == 0);
}

TEST_CASE("subset: a speaker quoted in shorthand is no narrowing by the article") {
  const char source[] =
      "Annual Report 2025\n\nHolmbury County Council\n\n"
      "The council will recruit six coordinators in 2026 and aims to issue 60% of new plans within 20 weeks by "
      "December 2026.\n";
  auto run = CheckPair(source,
                       "A Holmbury County Council spokesperson said: \"We are recruiting six coordinators and aim "
                       "to issue 60% of plans within 20 weeks by December 2026.\"\n");
  INFO(Dump(*run));
  CHECK(Flagged(*run, "subset_conflict", "60%") == 0);
  // The reporter's own words are judged: the subset is found (its severity
  // is the calibrated subset bar's, refitted with the train clusters).
  auto own = CheckPair(source,
                       "The council aims to issue 60% of all plans within 20 weeks by December 2026.\n");
  INFO(Dump(*own));
  int subset = 0;
  for (const Finding& f : own->findings) {
    subset += f.type == "subset_conflict" && !f.claims.empty() && f.claims[0]->text.find("60%") != std::string::npos;
  }
  CHECK(subset >= 1);
}

TEST_CASE("time: a relative date after the compared value is that value's") {
  // "last year" dates the 76.5%, not the 54.2% before "against".
  auto run = CheckPair(
      "Drought Situation Report\n\nWessex Vale Water, 9 August 2025\n\n"
      "Combined storage in our five reservoirs was 54.2% of capacity on 3 August 2025. On the same date last year "
      "storage was 76.5%.\n",
      "Drought update, 9 August 2025\n\nCombined storage: 54.2% on 3 August, against 76.5% on the same day last "
      "year.\n");
  INFO(Dump(*run));
  const Figure* now = Find(*run, "article", "54.2%");
  const Figure* then = Find(*run, "article", "76.5%");
  REQUIRE(now != nullptr);
  REQUIRE(then != nullptr);
  CHECK(now->time.find("2024") == std::string::npos);
  CHECK(then->time == "2024");
  CHECK(Flagged(*run, "time_conflict", "54.2%") == 0);
}

TEST_CASE("period: a record's since clause dates the record, not the figure") {
  auto en = CheckPair("The registry added 12,100 new donors in 2025.\n",
                      "The registry added more than 12,000 new donors in 2025, the highest since its creation in "
                      "2008.\n");
  INFO(Dump(*en));
  const Figure* donors = Find(*en, "article", "12,000");
  REQUIRE(donors != nullptr);
  CHECK(donors->time.find("2008") == std::string::npos);
  CHECK(donors->frame.period.find("2008") == std::string::npos);

  auto es = CheckPair("El registro incorporó 12.100 nuevos donantes en 2025.\n",
                      "El registro incorporó a más de 12.000 nuevos donantes, la cifra más alta desde su creación "
                      "en 2008.\n",
                      "es");
  INFO(Dump(*es));
  const Figure* donantes = Find(*es, "article", "12.000");
  REQUIRE(donantes != nullptr);
  CHECK(donantes->time.find("2008") == std::string::npos);
  CHECK(donantes->frame.period.find("2008") == std::string::npos);
  CHECK(Flagged(*es, "", "12.000") == 0);
}

TEST_CASE("rate: a count after a per word is a denominator only after a rate figure") {
  // "un adulto por cada 8 niños": no figure states a rate before "por
  // cada"; the age band and the date in the sentence are none. The 8 is the
  // ratio's own figure, and 10 for it is a wrong value.
  auto run = CheckPair("En las aulas de 0 a 1 año la ratio es de un adulto por cada 8 niños.\n",
                       "En las aulas de bebés la ratio es de un adulto por cada 10 niños.\n", "es");
  INFO(Dump(*run));
  CHECK(FindExact(*run, "source", "8") != nullptr);
  CHECK(Flagged(*run, "", "10") == 1);
  // After a rate figure the count is still its denominator.
  auto rate = CheckPair("In 2024 there were 9.1 deaths per 100,000 residents.\n",
                        "In 2024 there were 9.1 deaths per 100,000 residents.\n");
  CHECK(FindExact(*rate, "source", "100,000") == nullptr);
  const Figure* deaths = FindExact(*rate, "source", "9.1");
  REQUIRE(deaths != nullptr);
  CHECK(deaths->frame.per == "100000 residents");
}

TEST_CASE("modality: a coordinated clause with its own subject and verb is out of the cue's reach") {
  auto run = CheckPair("July was particularly dry, with 18mm of rain.\n",
                       "Since March we have had less rain than we would normally expect, and July was desperately "
                       "dry, just 29 millimetres of rain all month.\n");
  INFO(Dump(*run));
  const Figure* rain = Find(*run, "article", "29 millimetres");
  REQUIRE(rain != nullptr);
  CHECK(rain->frame.modality == Modality::kActual);
}

TEST_CASE("speaker: an indefinite article opening the sentence is no part of the body's name") {
  auto run = CheckPair("Holmbury County Council recruited 42 staff.\n",
                       "A Holmbury County Council spokesperson said the service had recruited 42 staff.\n\n"
                       "All told, the service recruited 42 staff, the council said.\n");
  INFO(Dump(*run));
  const Figure* said = Find(*run, "article", "42");
  REQUIRE(said != nullptr);
  CHECK(said->frame.speaker.rfind("Holmbury County Council", 0) == 0);
  // "All" is no article: "All told" names nobody.
  for (const Figure& f : run->in.figures) CHECK(f.frame.speaker != "told");
}
