// Kinds of false alarm the eval43 set showed once opened, end to end: the
// texts below (written for these tests) are read, extracted and checked as
// sources and articles. Each case failed before its fix.
#include <catch2/catch.hpp>

#include <string>

#include "pipeline_fixture.h"

using namespace claimcheck;
using namespace claimcheck::testing;

TEST_CASE("rate: a season and a year cannot be told apart") {
  // eval43: "£9,500 a year for three more seasons" for the league's "£9,500
  // per season" drew a per-unit warning. A season against a month still
  // differs.
  auto run = CheckPair(
      "NORTH VALE DARTS LEAGUE\nSeason review\nPublished 2 June 2026\n\n"
      "The Plough Inn has renewed its sponsorship of the league at £7,200 per season for a further two seasons.\n",
      "Vale Courier\n5 June 2026\n\nThe Plough Inn has renewed its deal with the darts league at £7,200 a year for two "
      "more seasons, the league's review says.\n");
  INFO(Dump(*run));
  CHECK(Flagged(*run, "", "£7,200") == 0);
  auto month = CheckPair(
      "NORTH VALE DARTS LEAGUE\nSeason review\nPublished 2 June 2026\n\n"
      "The Plough Inn has renewed its sponsorship of the league at £7,200 per season for a further two seasons.\n",
      "Vale Courier\n5 June 2026\n\nThe Plough Inn has renewed its deal with the darts league at £7,200 a month for two "
      "more seasons, the league's review says.\n");
  INFO(Dump(*month));
  CHECK(Flagged(*month, "rate_conflict", "£7,200") == 1);
}

TEST_CASE("time: a sentence's wrong date is corrected on the level it dates, not the change beside it") {
  // eval43: "casi 3.900 festeros inscritos a 30 de abril, un 2,4 % más" for
  // the source's 3.860 at 31 de marzo: the warning stood on the 2,4 % and
  // the count's own date slip was left at info. The corpus cluster itself,
  // read as the command line reads it.
  const std::string dir = "corpus/checkdev/eval43-moros-cristianos/";
  auto read = [&](const std::string& name) { return ReadCorpusFile(dir + name); };
  auto run = CheckDocs({{"memoria-junta-festera.txt", "source", read("memoria-junta-festera.txt")},
                        {"voz-de-la-vall.html", "article", read("voz-de-la-vall.html")}},
                       "es");
  INFO(Dump(*run));
  CHECK(Flagged(*run, "time_conflict", "casi 3.900") == 1);
  CHECK(Flagged(*run, "", "2,4 %") == 0);
}

TEST_CASE("attribution: the source's own sentence credits the body the article names") {
  // eval43: "El Ayuntamiento calcula que unas 310.000 personas ..." against
  // the brotherhoods' council's "Según las estimaciones del Ayuntamiento de
  // Almazara, unas 310.000 personas ..." was called a misattribution. A
  // speaker in lower case ("The railway carried ...") still names no body.
  auto run = CheckPair(
      "CONSEJO DE COFRADÍAS DE VILLAREAL\nBalance de la Semana Santa\n10 de abril de 2026\n\n"
      "Según las estimaciones del Ayuntamiento de Villareal, unas 185.000 personas presenciaron alguna procesión.\n",
      "Diario de Villareal\n12 de abril de 2026\n\nEl Ayuntamiento calcula que unas 185.000 personas vieron al menos "
      "una procesión, según el balance del Consejo de Cofradías.\n",
      "es");
  INFO(Dump(*run));
  CHECK(Flagged(*run, "attribution_conflict", "185.000") == 0);
  auto generic = CheckPair(
      "VALE STEAM RAILWAY TRUST\nAnnual review\n3 March 2026\n\n"
      "The railway carried 98,410 passenger journeys in 2025, up 4.8% on 2024.\n",
      "Wire\n6 March 2026\n\nPassenger journeys rose 4.8%, figures from the Heritage Railway Association showed.\n");
  INFO(Dump(*generic));
  CHECK(Flagged(*generic, "attribution_conflict", "4.8%") == 1);
}

TEST_CASE("unit: the source's people had the article's act done to them") {
  // eval43: "Registrations dropped to 512 from 548" for "512 players were
  // registered ..., down from 548" was called a unit swap (registrations
  // against players). Applications against applicants the source counts
  // apart stay a unit conflict.
  auto run = CheckPair(
      "NORTH VALE DARTS LEAGUE\nSeason review\nPublished 2 June 2026\n\n"
      "In all, 436 players were registered at the close of registration, down from 471 a season earlier.\n",
      "Oche Talk\n6 June 2026\n\nRegistrations dropped to 436 from 471, the league's season review shows.\n");
  INFO(Dump(*run));
  CHECK(Flagged(*run, "", "436") == 0);
  auto apart = CheckPair(
      "NORTH VALE DARTS LEAGUE\nSeason review\nPublished 2 June 2026\n\n"
      "The league received 1,240 applications for places, made by 436 players.\n",
      "Oche Talk\n6 June 2026\n\nSome 1,240 players applied for places, the league's season review shows.\n");
  INFO(Dump(*apart));
  CHECK(Flagged(*apart, "", "1,240") == 1);
}
