// Kinds of false alarm and miss found when the eval32 blind set was opened
// for development, and in the trial53 new-user clusters, end to end: the
// texts below (written for these tests) are read, extracted and checked as a
// source and an article. Each case failed before its fix.
#include <catch2/catch.hpp>

#include <string>

#include "claims/check/place_names.h"
#include "pipeline_fixture.h"

using namespace claimcheck;
using namespace claimcheck::testing;

TEST_CASE("time: a date owned by a figure of another clause dates no figure of this one") {
  // trial53: "six new pitches, and the FA believes numbers could climb to
  // 52,000 by 2027-28" gave the pitches 2027-28, a time conflict against
  // the source's opening date.
  auto en = CheckPair(
      "Eight new tennis courts will open in September 2026, the sports trust said.\n",
      "The council has set aside £2.5m for eight new tennis courts, and the county federation believes "
      "memberships could rise to 14,000 by 2028-29 if they open on time.\n");
  INFO(Dump(*en));
  CHECK(Flagged(*en, "", "eight") == 0);
  auto es = CheckPair(
      "Las ocho pistas nuevas abrirán en septiembre de 2026, según el patronato de deportes.\n",
      "La Diputación destinó 2,5 millones a ocho pistas nuevas, y la federación cree que las licencias "
      "llegarán a 14.000 en 2028.\n",
      "es");
  INFO(Dump(*es));
  CHECK(Flagged(*es, "", "ocho") == 0);
  // A date of the figure's own clause still dates it.
  auto own = CheckPair("Eight new tennis courts will open in September 2026, the sports trust said.\n",
                       "Eight new tennis courts will open in September 2027, the sports trust said.\n");
  INFO(Dump(*own));
  CHECK(Flagged(*own, "", "Eight") == 1);
}

TEST_CASE("superseded: a revision's old value may carry an aside set off by commas") {
  // trial53: "revised from 44,800, published last year, to 45,200" read as
  // no revision, so the article's old 44,800 was supported by the note.
  auto en = CheckPair(
      "Northshire Football Association\nPublished: 12 March 2026\n\n"
      "Clubs registered 48,600 players this season, up from 45,200 in 2024-25.\n\n"
      "Note on revisions: the figure for 2024-25 registrations was revised from 44,800, published last year, "
      "to 45,200 after late returns.\n",
      "Valley Post\n20 March 2026\n\n"
      "Players reached 48,600 this season, a big step up from 44,800 in 2024-25.\n");
  INFO(Dump(*en));
  CHECK(Flagged(*en, "superseded", "44,800") == 1);
  auto es = CheckPair(
      "Federación Territorial de Fútbol\nPublicado: 12 de marzo de 2026\n\n"
      "Los clubes inscribieron 48.600 jugadores esta temporada.\n\n"
      "Nota sobre revisiones: la cifra de fichas de 2024-25 se revisó de 44.800, publicada el año pasado, "
      "a 45.200 tras recibir datos tardíos.\n",
      "Diario del Valle\n20 de marzo de 2026\n\n"
      "La federación tenía 44.800 fichas en 2024-25.\n",
      "es");
  INFO(Dump(*es));
  CHECK(Flagged(*es, "superseded", "44.800") == 1);
}

TEST_CASE("attribution: a short form the source defines, its first word and initials, names the source's body") {
  // trial53: "The Northshire FA said ..." against a report of the
  // "Northshire County Football Association (Northshire FA)" was told the
  // figure came from another body.
  const std::string source =
      "Harwick County Cricket Association\nAnnual Participation Report 2025\nPublished 12 March 2026\n\n"
      "The Harwick County Cricket Association (Harwick CA) publishes this report each spring.\n\n"
      "Affiliated clubs registered 9,120 players this season.\n";
  auto same = CheckPair(source, "Valley Post\n20 March 2026\n\n"
                                "The Harwick CA said affiliated clubs registered 9,120 players this season.\n");
  INFO(Dump(*same));
  CHECK(Flagged(*same, "attribution_conflict", "9,120") == 0);
  // Another body credited with the figure is still flagged.
  auto other = CheckPair(source, "Valley Post\n20 March 2026\n\n"
                                 "The Regional Sports Council said affiliated clubs registered 9,120 players this season.\n");
  INFO(Dump(*other));
  CHECK(Flagged(*other, "attribution_conflict", "9,120") == 1);
}

TEST_CASE("rate: the count a rate is per is no statement of its own") {
  // eval32-huelgas: "98,4 jornadas perdidas por cada 1.000 asalariados"
  // credited to a ministry made the 1.000 an attribution conflict.
  auto es = CheckPair(
      "Oficina de Estadística de Almena\nPublicado el 3 de marzo de 2026\n\n"
      "La intensidad de las huelgas fue de 61,2 jornadas perdidas por cada 1.000 asalariados en 2025.\n",
      "Diario del Valle\n4 de marzo de 2026\n\n"
      "Según el Ministerio de Trabajo, la intensidad de las huelgas fue de 61,2 jornadas perdidas por cada "
      "1.000 asalariados en 2025.\n",
      "es");
  INFO(Dump(*es));
  CHECK(Said(*es, "attribution_conflict", "1.000") == 0);
  auto en = CheckPair(
      "Almena Statistics Office\nPublished 3 March 2026\n\n"
      "Strike intensity was 61.2 working days lost per 1,000 employees in 2025.\n",
      "Valley Post\n4 March 2026\n\n"
      "According to the Ministry of Labour, strike intensity was 61.2 working days lost per 1,000 employees in "
      "2025.\n");
  INFO(Dump(*en));
  CHECK(Said(*en, "attribution_conflict", "1,000") == 0);
}

TEST_CASE("bound: a number of another head far past the bound does not support it") {
  // trial53: "más de 30 comerciantes dejaron su puesto" was supported by
  // "44 de las nuevas adjudicaciones"; the source's own 30 was the
  // statement, and "más de" was added to it ("se dieron de baja 30" had
  // read as a fall of 30, so it was no statement of the same measure).
  auto es = CheckPair(
      "Oficina de Mercados\nPublicado el 3 de marzo de 2026\n\n"
      "Durante 2025 se adjudicaron 71 puestos nuevos y se dieron de baja 30.\n\n"
      "El Ayuntamiento aplicó una bonificación a 44 de las nuevas adjudicaciones.\n",
      "Diario del Valle\n4 de marzo de 2026\n\n"
      "Más de 30 comerciantes dejaron su puesto durante 2025, según la Oficina de Mercados.\n",
      "es");
  INFO(Dump(*es));
  CHECK(Flagged(*es, "qualifier_conflict", "30") == 1);
  auto en = CheckPair(
      "Markets Office\nPublished 3 March 2026\n\n"
      "In 2025, 71 new stalls were let and 30 traders gave up their stalls.\n\n"
      "The council gave a rent discount on 44 of the new lettings.\n",
      "Valley Post\n4 March 2026\n\n"
      "More than 30 traders gave up their stalls in 2025, the Markets Office said.\n");
  INFO(Dump(*en));
  CHECK(Flagged(*en, "qualifier_conflict", "30") == 1);
}

TEST_CASE("attribution: 'the survey said' is the body whose survey the article named, not the last body quoted") {
  // trial54: "an annual survey by the Patient Access Trust", then
  // "According to the Department of Health ...", then "the survey said":
  // the survey's figures were credited to the department.
  auto run = CheckPair(
      "Patient Access Trust\nHospital Parking Survey 2026\nPublished 2 September 2026\n\n"
      "The average charge for a one-hour stay rose to £2.90.\n\n"
      "Parking income was up 4.8% on the previous year.\n",
      "Valley Post\n3 September 2026\n\n"
      "Trusts took £312 million from parking, according to an annual survey by the Patient Access Trust.\n\n"
      "According to the Department of Health, the average charge for a one-hour stay rose to £2.90.\n\n"
      "Income was up almost 5% on the previous year, the survey said.\n");
  INFO(Dump(*run));
  CHECK(Flagged(*run, "attribution_conflict", "5%") == 0);
  // The duration set before its noun ("a one-hour stay") is the span the
  // charge is measured over: the credit is judged on the charge alone.
  CHECK(Flagged(*run, "attribution_conflict", "one-hour") == 0);
  CHECK(Flagged(*run, "attribution_conflict", "£2.90") == 1);
}

TEST_CASE("place: a place's name and its adjective are one place") {
  // trial54: "4.2 million prepayment meters in British homes" against "in
  // homes across Britain" was one place's figure given for another.
  CHECK(check::NameAndAdjective("British", "Britain"));
  CHECK(check::NameAndAdjective("España", "españoles"));
  CHECK(check::NameAndAdjective("Canarias", "canario"));
  CHECK_FALSE(check::NameAndAdjective("Northam", "Northwich"));
  CHECK_FALSE(check::NameAndAdjective("Britain", "Britain"));
  CHECK_FALSE(check::NameAndAdjective("North Yorkshire", "Northern"));
  auto run = CheckPair(
      "Energy Watch\nPublished 2 September 2026\n\n"
      "There were 4.2 million prepayment meters in use in homes across Britain at the end of June.\n",
      "Valley Post\n3 September 2026\n\nThere are roughly 4.2 million prepayment meters in British homes.\n");
  INFO(Dump(*run));
  CHECK(Flagged(*run, "subset_conflict", "4.2 million") == 0);
}

TEST_CASE("value: an article's figure of three digits or more may truncate the source's") {
  // eval22-loteria: "3.312 millones de euros" for "3.312,6 millones".
  auto es = CheckPair(
      "Loterías del Estado\nPublicado el 3 de enero de 2026\n\n"
      "Las ventas del sorteo alcanzaron los 3.312,6 millones de euros.\n",
      "Diario del Valle\n4 de enero de 2026\n\nLas ventas del sorteo alcanzaron los 3.312 millones de euros.\n", "es");
  INFO(Dump(*es));
  CHECK(Flagged(*es, "value_conflict", "3.312") == 0);
  auto en = CheckPair("State Lottery\nPublished 3 January 2026\n\nTicket sales reached £412.8 million.\n",
                      "Valley Post\n4 January 2026\n\nTicket sales reached £412 million.\n");
  INFO(Dump(*en));
  CHECK(Flagged(*en, "value_conflict", "412") == 0);
  // Truncation holds one unit up, never more: 3,314 is another value.
  auto wrong = CheckPair("State Lottery\nPublished 3 January 2026\n\nTicket sales reached £412.8 million.\n",
                         "Valley Post\n4 January 2026\n\nTicket sales reached £414 million.\n");
  INFO(Dump(*wrong));
  CHECK(Flagged(*wrong, "value_conflict", "414") == 1);
}
