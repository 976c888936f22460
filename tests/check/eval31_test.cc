// Kinds of false alarm found when the eval31 blind set was opened for
// development, and in the trial50 new-user clusters, end to end: the texts
// below (written for these tests) are read, extracted and checked as a
// source and an article. Each case failed before its fix.
#include <catch2/catch.hpp>

#include <string>

#include "pipeline_fixture.h"

using namespace claimcheck;
using namespace claimcheck::testing;

TEST_CASE("multiplier: a factor between two figures of its own sentence is no change a source gives") {
  // "21 %, más del doble" compares the article's own 21 % with its 9 %;
  // the source's rise of 9 % in places is no statement of a doubling.
  auto es = CheckPair(
      "Desde 2015, el número de camas públicas ha aumentado un 9 %, mientras que la población de 85 años o "
      "más ha crecido un 21 % en el mismo periodo.\n",
      "Desde 2015 las camas públicas han aumentado un 9 %, pero la población de 85 años o más ha crecido un "
      "21 %, más del doble.\n",
      "es");
  INFO(Dump(*es));
  CHECK(Flagged(*es, "", "doble") == 0);
  auto en = CheckPair(
      "Since 2015 the number of public care beds has risen by 9%, while the population aged 85 and over has "
      "grown by 21%.\n",
      "Public care beds are up 9% since 2015, while the over-85 population has grown by 21%, more than "
      "double.\n");
  INFO(Dump(*en));
  CHECK(Flagged(*en, "", "double") == 0);
  // (The Spanish case warned before; the English one states the same rule.)
  // A factor its own figures do not bear out is still checked against the
  // source's change.
  auto wrong = CheckPair("Since 2015 the number of public care beds has risen by 9%.\n",
                         "Since 2015 the number of public care beds has tripled.\n");
  INFO(Dump(*wrong));
  CHECK(Flagged(*wrong, "value_conflict", "tripled") == 1);
}

TEST_CASE("superseded: the revising report's other statement of the same value is the one repeated") {
  // The report states 31% of the better-off pupils, and in another
  // sentence revises an old 31% of all pupils to 34%: the article's
  // classmates are the first statement, not the withdrawn one.
  auto run = CheckPair(
      "Lifeguard Learning Foundation\nSchool swimming report\n12 March 2026\n\n"
      "The 2023 figure was first published as 31% and has since been revised to 34% after late returns were "
      "added.\n\nAmong pupils eligible for free school meals, 57% could not swim 25 metres, compared with 31% "
      "of their classmates who were not eligible.\n",
      "Eastfold Courier\n20 March 2026\n\nAmong pupils eligible for free school meals, 57 per cent could not "
      "manage the distance, compared with 31 per cent of their classmates.\n");
  INFO(Dump(*run));
  CHECK(Flagged(*run, "superseded", "31 per cent") == 0);
}

TEST_CASE("rate: a count after a per word that is no power of ten is no denominator") {
  auto run = CheckPair("Las unidades móviles del centro organizaron 1.412 colectas en 263 municipios.\n",
                       "Las unidades móviles organizaron 1.412 colectas repartidas por 263 municipios de la "
                       "comunidad.\n",
                       "es");
  INFO(Dump(*run));
  CHECK(Flagged(*run, "rate_conflict", "1.412") == 0);
}

TEST_CASE("rate: a slash unit reads as the words' per unit") {
  auto run = CheckPair("The highest annual mean was recorded at Brannock Road, at 52.3 µg/m³.\n",
                       "At Brannock Road the average was 52.3 micrograms per cubic metre.\n");
  INFO(Dump(*run));
  CHECK(Flagged(*run, "rate_conflict", "52.3") == 0);
  // Without the slash unit the source states no denominator, and the two
  // differ on it.
  auto other = CheckPair("The highest annual mean was recorded at Brannock Road, at 52.3 µg.\n",
                         "At Brannock Road the average was 52.3 micrograms per cubic metre.\n");
  INFO(Dump(*other));
  CHECK(Said(*other, "rate_conflict", "52.3") == 1);
}

TEST_CASE("period: figures out this week are dated by their publication, not the figure") {
  auto run = CheckPair(
      "Department of Agriculture\nOrganic farming statistics 2025\n\nThe total area farmed organically was "
      "612,400 hectares in 2025.\n",
      "COUNTRYSIDE TONIGHT\nBroadcast 20 May 2026\n\nNew government figures out this week show there are "
      "now more than 600,000 hectares of organic land.\n");
  INFO(Dump(*run));
  CHECK(Flagged(*run, "period_conflict", "600,000") == 0);
}

TEST_CASE("rate: a denominator only one side states is calibrated apart from two that differ") {
  // "£62 million a year" for a source's "£62 million" (an annual fund it
  // states elsewhere) is evidence of another kind than "£62 million a
  // month" for "£62 million a year": its own basis, with its own fitted bar.
  auto basis_of = [](const Run& run, const std::string& text) {
    for (const Finding& f : run.findings) {
      if (f.type == "rate_conflict" && !f.claims.empty() && f.claims[0]->text.find(text) != std::string::npos) {
        return f.basis;
      }
    }
    return std::string("none");
  };
  auto one = CheckPair("The Youth Guarantee Fund will provide £62 million for youth services across the county.\n",
                       "The Youth Guarantee Fund will provide £62 million a year for youth services across the "
                       "county.\n");
  INFO(Dump(*one));
  CHECK(basis_of(*one, "62") == "rate_one_sided");
  auto two = CheckPair(
      "The Youth Guarantee Fund will provide £62 million a year for youth services across the county.\n",
      "The Youth Guarantee Fund will provide £62 million a month for youth services across the county.\n");
  INFO(Dump(*two));
  CHECK(basis_of(*two, "62") == "rate");
  CHECK(Flagged(*two, "rate_conflict", "62") == 1);
}

TEST_CASE("subset: a group's average has no total for its whole") {
  // The transit passengers' average of EUR 82 each is no part of the
  // cruise passengers' EUR 41.6 million: a sum is another quantity.
  auto run = CheckPair(
      "Port of Kestria\nCruise season report 2025\n\nCruise passengers as a whole spent an estimated EUR 41.6 "
      "million in the city in 2025. Transit passengers spent an average of EUR 82 each ashore.\n",
      "Kestria Herald\n\nThe typical cruise visitor spent an average of 82 euros ashore, the port said.\n");
  INFO(Dump(*run));
  CHECK(Flagged(*run, "subset_conflict", "82") == 0);
}
