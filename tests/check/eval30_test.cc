// Kinds of false alarm found when the eval30 blind set was opened for
// development, end to end: the texts below (written for these tests) are
// read, extracted and checked as a source and an article. Each case failed
// before its fix.
#include <catch2/catch.hpp>

#include <string>

#include "pipeline_fixture.h"

using namespace claimcheck;
using namespace claimcheck::testing;

TEST_CASE("credit: a speaker's own quoted figure that no stored source gives is not a misreported value") {
  // A charity's director reckons her own share; the statistics office's
  // 44% is another statement (its digits near hers), and nothing here holds
  // hers.
  auto run = CheckPair(
      "Statistics Office of Norland\nDeaths from falls, 2025\n\nSedatives were found in 44% of deaths.\n",
      "Norland Evening Post\n\nMargaret Holt, who runs the charity Safe Steps, was blunt. \"We reckon 40 per "
      "cent of these deaths came within a week of a hospital discharge,\" she said.\n");
  INFO(Dump(*run));
  CHECK(Flagged(*run, "", "40 per") == 0);
  // The same words credited to the office itself are checked.
  auto own = CheckPair(
      "Statistics Office of Norland\nDeaths from falls, 2025\n\n"
      "Older people living alone accounted for 36% of deaths from falls at home.\n",
      "Norland Evening Post\n\nOlder people living alone accounted for 30% of deaths from falls at home, the "
      "Statistics Office of Norland said.\n");
  INFO(Dump(*own));
  CHECK(Flagged(*own, "value_conflict", "30%") == 1);
}

TEST_CASE("rate: a price per night restates a daily rate the source names as an adjective") {
  auto run = CheckPair(
      "The average daily rate, the average price paid per occupied room, was EUR 118.40, up 5.1% on a year "
      "earlier.\n",
      "Guests paid more too: a room cost about €118 a night on average over the summer.\n");
  INFO(Dump(*run));
  CHECK(Flagged(*run, "rate_conflict", "118") == 0);
  // A span the source does not name is still another denominator.
  auto year = CheckPair("The average room price was EUR 118.40, up 5.1% on a year earlier.\n",
                        "A room cost about €118 a night on average over the summer.\n");
  INFO(Dump(*year));
  CHECK(Said(*year, "rate_conflict", "118") == 1);
}

TEST_CASE("recogniser: a wire slug's version number is no figure") {
  auto run = CheckPair("There were 61 deaths among people aged under 25.\n",
                       "HEALTH-DRUGS/DEATHS (UPDATE 1)\n\nDrug deaths rose again last year.\n");
  INFO(Dump(*run));
  CHECK(Said(*run, "", "1") == 0);
}

TEST_CASE("qualifier: a bound the new level holds is not the old level's restatement") {
  // "more than three-quarters" holds 78%; the 75% of 2024 it also names is
  // the earlier level the 78% is compared with, not the statement restated.
  auto run = CheckPair("Average occupancy across member theatres was 78% of available seats, up from 75% in 2024.\n",
                       "In 2025 theatres filled more than three-quarters of their seats on average.\n");
  INFO(Dump(*run));
  CHECK(Flagged(*run, "", "three-quarters") == 0);
}

TEST_CASE("superseded: an undated article citing the report that holds the revision gives the old value") {
  // The draft's number, revised in the very report the blog cites: the
  // report it read already said 517,000, whatever the blog's date.
  auto run = CheckPair(
      "Westmoor Hospitals Trust\nCar Parking Annual Report 2024/25\nPublished 3 June 2025\n\n"
      "A draft of this report circulated to governors in February gave a figure of 492,000 exempt sessions; "
      "this has been revised to 517,000 after late returns from the car park operator.\n",
      "My parking diary\n\nAccording to the Westmoor Hospitals Trust report, 492,000 parking sessions were free "
      "of charge last year.\n");
  INFO(Dump(*run));
  CHECK(Flagged(*run, "superseded", "492,000") == 1);
}

TEST_CASE("implied change: two levels that share nothing but a near number are no statement of the change") {
  // A smartphone share's 84% -> 91% implies 7 points (8.3%); "overall
  // volumes grew by roughly 6 per cent" shares no subject, word or figure
  // with it.
  auto run = CheckPair(
      "Of the tickets sold online, 91% were purchased using a smartphone, compared with 84% in 2024.\n",
      "Overall volumes grew by roughly 6 per cent last year.\n");
  INFO(Dump(*run));
  CHECK(Flagged(*run, "", "6 per cent") == 0);
  // Levels of the article's own subject still read as the change.
  auto same = CheckPair("The share of tickets bought on a smartphone rose to 91% in 2025, from 84% in 2024.\n",
                        "The share of tickets bought on a smartphone rose by 8.3 percentage points last year.\n");
  INFO(Dump(*same));
  CHECK(Flagged(*same, "measure_conflict", "8.3") == 1);
}

TEST_CASE("direction: a level the source calls unchanged is misreported as slipping, whatever else moved") {
  // The units' fall is another subject's move: the occupancy stood still.
  auto run = CheckPair(
      "Occupancy of registered holiday apartments was unchanged at 63% compared with the same quarter last year, "
      "although the number of registered units fell by 17%.\n",
      "Occupancy of registered holiday apartments slipped to 63% in the quarter.\n");
  INFO(Dump(*run));
  CHECK(Said(*run, "direction_conflict", "63%") == 1);
  // A flat level whose own subject moved slightly is the same steadiness.
  auto own = CheckPair("Occupancy was broadly unchanged at 63%, up 0.3% on the quarter.\n",
                       "Occupancy rose to 63% in the quarter.\n");
  INFO(Dump(*own));
  CHECK(Said(*own, "direction_conflict", "63%") == 0);
}
