// Kinds of false alarm the new-user trials 80 and 81 showed, end to end on
// their corpus clusters, read as the command line reads them. Each case
// failed before its fix.
#include <catch2/catch.hpp>

#include <string>

#include "pipeline_fixture.h"

using namespace claimcheck;
using namespace claimcheck::testing;

TEST_CASE("speaker: 'the report' after a document named by its title is that document") {
  // trial81: "according to the River Access and Paddling Safety Report
  // 2026", then a fire service quoted, then "the report counts 96 disputes":
  // the fire service was credited, an attribution warning on a faithful
  // figure.
  const std::string dir = "corpus/checkdev/trial81-kayak-clubs/";
  auto read = [&](const std::string& name) { return ReadCorpusFile(dir + name); };
  auto run = CheckDocs({{"report.txt", "source", read("report.txt")},
                        {"courier-story.html", "article", read("courier-story.html")}});
  INFO(Dump(*run));
  const Figure* disputes = Find(*run, "courier", "96");
  REQUIRE(disputes != nullptr);
  CHECK(disputes->frame.speaker.find("Fire") == std::string::npos);
  CHECK(Flagged(*run, "attribution_conflict", "96") == 0);
}

TEST_CASE("modality and subject: a festival's screenings and 'N de ellos'") {
  // trial81: "proyectó 214 películas" was read as a forecast (a modality
  // warning on a faithful "programó 214 títulos"), and "96 de ellos" took
  // the pronoun as its noun, meeting another "9 de ellos" (a wrong
  // correction "9, not 96").
  const std::string dir = "corpus/checkdev/trial81-festival-cine/";
  auto read = [&](const std::string& name) { return ReadCorpusFile(dir + name); };
  auto run = CheckDocs({{"nota-prensa.md", "source", read("nota-prensa.md")},
                        {"teletipo-meseta.txt", "article", read("teletipo-meseta.txt")}},
                       "es");
  INFO(Dump(*run));
  CHECK(Flagged(*run, "modality_conflict", "214") == 0);
  CHECK(Flagged(*run, "value_conflict", "96") == 0);
  const Figure* films = Find(*run, "nota", "214");
  REQUIRE(films != nullptr);
  CHECK(films->frame.modality == Modality::kActual);
}

TEST_CASE("scope: a dimension the source measures its whole in narrows nothing") {
  // trial81: "27% of Northvale's navigable rivers" for "27 percent of the
  // navigable river length" drew a scope warning; "length" measures the
  // rivers, it names no narrower set of them.
  auto run = CheckPair(
      "WESTMERE CANOE ASSOCIATION\nRiver Access Report 2026\nPublished 1 October 2026\n\n"
      "Paddlers have a legal right of access to 31 percent of the navigable river length in Westmere.\n",
      "Open Rivers Blog\n4 October 2026\n\nPaddlers can legally use just 31% of Westmere's navigable rivers, "
      "the association's report says.\n");
  INFO(Dump(*run));
  CHECK(Flagged(*run, "scope_conflict", "31%") == 0);
  // A word naming what is counted still narrows: "of the adult members".
  auto narrowed = CheckPair(
      "WESTMERE CANOE ASSOCIATION\nRiver Access Report 2026\nPublished 1 October 2026\n\n"
      "Women made up 31 percent of the adult members in Westmere.\n",
      "Open Rivers Blog\n4 October 2026\n\nWomen made up 31% of all members, the association's report says.\n");
  INFO(Dump(*narrowed));
  CHECK(Flagged(*narrowed, "scope_conflict", "31%") == 1);
}

TEST_CASE("attribution: a credit is corrected on its claim, not on a bound that names a group") {
  // trial80: "Members with more than 20 colonies lost 19.2 percent of them,
  // according to the county Apiary Inspection Service": the wrong credit
  // was warned on "more than 20", the threshold of the group, and the
  // 19.2 percent itself was left at info.
  auto run = CheckPair(
      "WESTDALE BEEKEEPERS' ASSOCIATION\nWinter losses survey 2026\nPublished 2 May 2026\n\n"
      "Hobby beekeepers lost 27.5% of their colonies over the winter, against 16.8% for members keeping more than "
      "30 colonies.\n",
      "Wire\n5 May 2026\n\nMembers with more than 30 colonies lost 16.8 percent of them, according to figures "
      "from the county Bee Inspection Service.\n");
  INFO(Dump(*run));
  CHECK(Flagged(*run, "attribution_conflict", "16.8 percent") == 1);
  CHECK(Flagged(*run, "attribution_conflict", "more than 30") == 0);
}

TEST_CASE("speaker: a document named by its title opening a story is what 'the review' names") {
  // trial83: "The Mobile Library Service Review 2025-26 sets out ...", then
  // "The Kestrel Vale Library Trust said ...", then "Fuel costs reached
  // £96,400, the review says": the trust was credited, a wrong attribution
  // warning on a faithful figure.
  const std::string dir = "corpus/checkdev/trial83-mobile-libraries/";
  auto read = [&](const std::string& name) { return ReadCorpusFile(dir + name); };
  auto run = CheckDocs({{"review.txt", "source", read("review.txt")}, {"news.html", "article", read("news.html")}});
  INFO(Dump(*run));
  const Figure* fuel = Find(*run, "news", "£96,400");
  REQUIRE(fuel != nullptr);
  CHECK(fuel->frame.speaker == "Mobile Library Service Review");
  CHECK(Flagged(*run, "attribution_conflict", "£96,400") == 0);
  // A title followed by its body ("the latest Youth Vaping Survey from the Ardmoor
  // Health Agency"): "the survey found" is the body's.
  auto owned = CheckPair(
      "ARDMOOR HEALTH AGENCY\nYouth Vaping Survey 2026: Main Findings\nPublished: 12 March 2026\n\n"
      "In 2026, 14.2% of girls were current vapers.\n",
      "Courier\n14 March 2026\n\nPupils were asked about vaping in the latest Youth Vaping Survey from the Ardmoor Health "
      "Agency. The Westmere Trading Standards Service said it had visited shops. The survey found 14.2% of girls "
      "were current vapers.\n");
  INFO(Dump(*owned));
  CHECK(Flagged(*owned, "attribution_conflict", "14.2%") == 0);
}

TEST_CASE("recogniser and modality: a day permit is no span, and 'aimed at' names an audience") {
  // trial84: "12,460 day permits" was a duration of 12,460 days ("says
  // 12,640 day"); trial86: "Walking netball, aimed at players over 50, now
  // runs 14 sessions per week" read as a target, a modality warning on a
  // faithful "14 sessions a week".
  auto run = CheckPair(
      "HARROW VALE NETBALL ASSOCIATION\nCensus 2026\nPublished 3 March 2026\n\n"
      "Walking netball, aimed at players over 50, now runs 17 sessions per week. Clubs sold 8,240 day passes.\n",
      "Courier\n6 March 2026\n\nWalking netball now runs 17 sessions a week, the association's census says, and "
      "clubs sold 8,240 day passes.\n");
  INFO(Dump(*run));
  CHECK(Flagged(*run, "", "17") == 0);
  const Figure* passes = Find(*run, "source", "8,240");
  REQUIRE(passes != nullptr);
  CHECK(passes->kind == Kind::kCount);
  CHECK(Flagged(*run, "", "8,240") == 0);
}
