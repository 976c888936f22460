// Kinds of false alarm the eval38 set showed once opened, end to end: the
// texts below (written for these tests, English and Spanish) are read,
// extracted and checked as sources and articles. Each case failed before
// its fix.
#include <catch2/catch.hpp>

#include <string>

#include "pipeline_fixture.h"

using namespace claimcheck;
using namespace claimcheck::testing;

TEST_CASE("arithmetic: a comparison with another subject is no baseline of the change") {
  // eval38: "A flat white at an independent now costs £3.45 on average, up
  // 6.2 per cent, compared with £3.60 at the chains" was read as a change
  // from £3.60 to £3.45 and 6.2 per cent called wrong (an error-level
  // "4.2 percent, not 6.2 per cent").
  auto run = CheckPair(
      "CAFE TRADE ASSOCIATION\nCafe Census 2025\nPublished: 3 February 2026\n\n"
      "The average price of a flat white at an independent cafe was £3.45 in December 2025, up 6.2% on "
      "December 2024. At the chains the average price was £3.60.\n",
      "Northern Wire\n4 February 2026\n\nA flat white at an independent now costs £3.45 on average, up 6.2 per "
      "cent, compared with £3.60 at the chains, the Cafe Trade Association says.\n");
  INFO(Dump(*run));
  CHECK(Said(*run, "arithmetic", "6.2") == 0);
  CHECK(Flagged(*run, "", "6.2") == 0);
  // An earlier level of the same thing is still checked: 410 against 388
  // is a 5.7% rise, not 7%.
  auto wrong = CheckPair(
      "CITY HEALTH BOARD\nClinic Report 2025\nPublished: 3 February 2026\n\nThe clinic saw 410 patients in 2025.\n",
      "City Post\n4 February 2026\n\nThe clinic saw 410 patients in 2025, compared with 388 in 2024, a rise of "
      "7%.\n");
  INFO(Dump(*wrong));
  CHECK(Said(*wrong, "arithmetic", "7%") == 1);
}

TEST_CASE("arithmetic: Spanish 'frente a' another subject's level") {
  auto run = CheckPair(
      "ASOCIACIÓN DE CAFETERÍAS\nCenso de cafeterías 2025\n3 de febrero de 2026\n\n"
      "El precio medio de un café con leche en una cafetería independiente fue de 2,45 euros en diciembre "
      "de 2025, un 6,2 % más que un año antes. En las cadenas fue de 2,60 euros.\n",
      "Diario del Norte\n4 de febrero de 2026\n\nUn café con leche cuesta de media 2,45 euros en las "
      "cafeterías independientes, un 6,2 % más, frente a 2,60 euros en las cadenas.\n",
      "es");
  INFO(Dump(*run));
  CHECK(Said(*run, "arithmetic", "6,2") == 0);
}

TEST_CASE("roles: coverage citing a publisher cites its revision notice dated 'Revised release date:'") {
  // eval38: the notice's masthead was not read (no date, title or
  // publisher), so a blog naming the publisher cited only the original
  // release and its revised £776 was told the release's old £774.
  auto run = CheckDocs({
      {"release.txt", "source",
       "REGISTRY OF MUTUAL LENDERS\nMutual Lending Statistics: Quarter 4 2025\nPublished: 10 February 2026\n\n"
       "Members took out 184,300 small loans of under £1,500 in the quarter. The average small loan was "
       "£774.\n"},
      {"revision.txt", "source",
       "REGISTRY OF MUTUAL LENDERS\nMutual Lending Statistics: Quarter 4 2025 - REVISED\n"
       "Revised release date: 24 February 2026\n\nOne lender counted top-ups as new loans.\n\n"
       "The average small loan is revised from £774 to £776.\n"},
      {"blog.md", "article",
       "# Short of cash before payday?\n\n*Posted 2 March 2026*\n\nAccording to the Registry of Mutual "
       "Lenders, the average small loan was £776 - enough to cover a broken boiler.\n"},
  });
  INFO(Dump(*run));
  CHECK(Flagged(*run, "", "£776") == 0);
}

TEST_CASE("subset: a group kept by the shortened compound ('no chip' for 'no microchip')") {
  // eval38: "For dogs with no chip, the figure was only about one in five"
  // for "88% of cases, compared with 21% for dogs with no microchip" was a
  // subset warning (the group's words were not in the article's).
  auto run = CheckPair(
      "CANINE REGISTRATION AGENCY\nLost and Found Report 2025\nPublished: 3 March 2026\n\n"
      "Strays with a microchip and up-to-date owner details were reunited with their owners in 88% of "
      "cases, compared with 21% for dogs with no microchip.\n",
      "Evening Post\n4 March 2026\n\nAccording to the Canine Registration Agency, dogs with a working chip were "
      "reunited in 88 per cent of cases. For dogs with no chip, the figure was only about one in five.\n");
  INFO(Dump(*run));
  CHECK(Said(*run, "subset_conflict", "one in five") == 0);
  // Dropping the group is still a subset: the whole's share is not 21%.
  auto dropped = CheckPair(
      "CANINE REGISTRATION AGENCY\nLost and Found Report 2025\nPublished: 3 March 2026\n\n"
      "Strays with a microchip and up-to-date owner details were reunited with their owners in 88% of "
      "cases, compared with 21% for dogs with no microchip.\n",
      "Evening Post\n4 March 2026\n\nOnly about one in five stray dogs was reunited with their owners last "
      "year, according to the Canine Registration Agency.\n");
  INFO(Dump(*dropped));
  CHECK(Said(*dropped, "subset_conflict", "one in five") == 1);
}

TEST_CASE("subset: 'With the late returns included,' is a circumstance, not a group") {
  // eval38: "With the late returns included, the number of strays handled
  // in 2025 was 5.0% higher than in 2024" was read as the late returns'
  // figure, and coverage's "5% more than in 2024" a subset warning.
  auto run = CheckPair(
      "CANINE REGISTRATION AGENCY\nRevision notice\nPublished: 20 March 2026\n\n"
      "In the January release the number of strays had fallen by 3.1% on 2024. With the late returns "
      "included, the number of strays handled in 2025 was 5.0% higher than in 2024.\n",
      "Dog Welfare Alliance\n24 March 2026\n\nThe latest figures from the Canine Registration Agency show that "
      "councils handled 5% more stray dogs in 2025 than in 2024.\n");
  INFO(Dump(*run));
  CHECK(Said(*run, "subset_conflict", "5%") == 0);
  CHECK(Flagged(*run, "", "5%") == 0);
}

// (A guard: Spanish reads no clause-opening subject as a group, so this
// one passed before too.)
TEST_CASE("subset: Spanish 'Con las altas tardías incluidas,' is no group either") {
  auto run = CheckPair(
      "AGENCIA DE REGISTRO CANINO\nNota de revisión\n20 de marzo de 2026\n\n"
      "En la nota de enero el número de perros abandonados había bajado un 3,1 %. Con las altas tardías "
      "incluidas, los perros recogidos en 2025 fueron un 5,0 % más que en 2024.\n",
      "Alianza Protectora\n24 de marzo de 2026\n\nSegún la Agencia de Registro Canino, los ayuntamientos "
      "recogieron en 2025 un 5 % más de perros que en 2024.\n",
      "es");
  INFO(Dump(*run));
  CHECK(Said(*run, "subset_conflict", "5 %") == 0);
}

TEST_CASE("support: a cited document's number that counts another thing supports nothing") {
  // Found with eval38's firm names: once "Plinth" cited the correction
  // notice of PLINTH NETWORKS INC., its "appeals (1.24 million) stand as
  // published" supported ByteLedger's "1.24 million users appealed" (the
  // number merely fits a cited document), and the report's "Users filed
  // 1.24 million appeals ... submitted by 870,000 users" was no longer set
  // against it. The corpus cluster itself, read as the command line reads it.
  const std::string dir = "corpus/checkdev/eval9-platform-transparency/";
  auto read = [&](const std::string& name) { return ReadCorpusFile(dir + name); };
  auto run = CheckDocs({
      {"enforcement-report-h2-2025.txt", "source", read("enforcement-report-h2-2025.txt")},
      {"correction-notice.txt", "source", read("correction-notice.txt")},
      {"technews-plinth.html", "article", read("technews-plinth.html")},
  });
  INFO(Dump(*run));
  CHECK(Flagged(*run, "", "1.24 million") == 1);
  // People named as people may count deaths: "killed at least 23 people"
  // still rests on a cited "23 storm-related deaths".
  auto toll = CheckDocs({
      {"sitrep.txt", "source",
       "STATE EMERGENCY OFFICE\nSituation Report No. 4\nIssued: 14 September 2026\n\n"
       "Fatalities: 23 storm-related deaths confirmed by county medical examiners.\n"},
      {"wire.txt", "article",
       "Coastal Press\n15 September 2026\n\nHurricane Delia has killed 23 people, the State Emergency Office said "
       "in its latest situation report.\n"},
  });
  INFO(Dump(*toll));
  CHECK(Flagged(*toll, "", "23") == 0);
  CHECK(Said(*toll, "unsupported", "23") == 0);
}
