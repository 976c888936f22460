// Kinds of fault found in trial40 (a new user's cases) and when the eval26
// blind set was opened for development, end to end: the texts below
// (written for these tests) are read, extracted and checked as a source and
// an article. Each case failed before its fix.
#include <catch2/catch.hpp>

#include <string>

#include "pipeline_fixture.h"

using namespace claimcheck;
using namespace claimcheck::testing;

TEST_CASE("value: two whole numbers side by side are different numbers") {
  // "four" stood for [3.5, 4.5] and "three" for [2.5, 3.5]: the closed
  // intervals touched at 3.5 and the values read as agreeing.
  auto run = CheckPair(
      "A phone was a factor in 47 injury collisions in 2025. Of the 47, three were fatal and 12 caused "
      "serious injuries.\n",
      "A phone was a factor in 47 injury collisions last year. Four of those collisions were fatal.\n");
  INFO(Dump(*run));
  // "Of the 47, three were fatal": three of the 47 collisions, a count of
  // collisions whose whole is the 47 (it had no subject). The checker may
  // abstain on so small a count, but never take "three" for "four".
  const Figure* three = Find(*run, "source", "three");
  REQUIRE(three != nullptr);
  CHECK(three->frame.subject_head == "collision");
  CHECK(three->frame.base == "injury collisions");
  bool named_three = false, supported = false;
  for (const Finding& f : run->findings) {
    if (f.claims.empty() || f.claims[0]->text != "Four") continue;
    supported = supported || f.type == "supported";
    named_three = named_three || f.message.find("three") != std::string::npos;
  }
  CHECK_FALSE(supported);
  CHECK(named_three);

  auto same = CheckPair(
      "A phone was a factor in 47 injury collisions in 2025. Of the 47, three were fatal and 12 caused "
      "serious injuries.\n",
      "A phone was a factor in 47 injury collisions last year. Three of those collisions were fatal.\n");
  INFO(Dump(*same));
  CHECK(Flagged(*same, "", "Three") == 0);
}

TEST_CASE("table: a row's cells under year columns state a move, so a rise for a fall is flagged") {
  const char* source =
      "Youth Pathways Programme: Annual Performance Report 2025-26\n\n"
      "Published by the Northvale Combined Authority, 2 October 2026\n\n"
      "NEET rate by area\n\n"
      "| Area | Referrals | NEET rate 2024-25 | NEET rate 2025-26 |\n"
      "|---|---|---|---|\n"
      "| Eastport | 2,110 | 14.6% | 12.9% |\n"
      "| Millbrook | 1,640 | 12.2% | 11.4% |\n";
  auto run = CheckPair(source,
                       "Youth jobless rate falls\n\n5 October 2026\n\nEastport saw its NEET rate fall to 12.9%, "
                       "the Northvale Combined Authority report shows. But in Millbrook the NEET rate rose to 11.4%.\n");
  INFO(Dump(*run));
  const Figure* cell = Find(*run, "source", "11.4%");
  REQUIRE(cell != nullptr);
  CHECK(cell->frame.place == "Millbrook");
  CHECK(cell->frame.subject_head == "rate");
  CHECK(cell->frame.direction == Direction::kDown);
  REQUIRE(cell->frame.previous);
  CHECK(*cell->frame.previous == Approx(12.2));
  CHECK(cell->frame.period == "2025-04/2026-03");
  CHECK(Flagged(*run, "direction_conflict", "11.4%") == 1);
  CHECK(Flagged(*run, "", "12.9%") == 0);
}

TEST_CASE("table: bare year columns date a row's cells; the row names the place") {
  const char* source =
      "Westmoor Police news release, 9 October 2026\n\n"
      "Hand-held phone offences by district\n\n"
      "| District | 2024 | 2025 |\n|---|---|---|\n| Northgate | 918 | 1,104 |\n| Eastmoor | 483 | 565 |\n";
  auto run = CheckPair(source, "9 October 2026\n\nIn Eastmoor, by contrast, hand-held phone offences fell to 565.\n");
  INFO(Dump(*run));
  const Figure* cell = Find(*run, "source", "565");
  REQUIRE(cell != nullptr);
  CHECK(cell->frame.place == "Eastmoor");
  CHECK(cell->frame.period == "2025");
  CHECK(cell->frame.direction == Direction::kUp);
  CHECK(Flagged(*run, "direction_conflict", "565") == 1);
}

TEST_CASE("qualifier: 'alrededor de un 55 %' is an approximate rise, not an exact level") {
  auto run = CheckPair(
      "Entre los cuatro países concentraron el 56 % de la emigración joven. Desde 2020 la emigración "
      "joven ha crecido un 54,6 %.\n",
      "Desde el mínimo registrado en 2020, la emigración joven ha crecido alrededor de un 55 %.\n", "es");
  INFO(Dump(*run));
  const Figure* a = Find(*run, "article", "55 %");
  REQUIRE(a != nullptr);
  CHECK(a->qualifier == Qualifier::kApprox);
  CHECK(a->frame.measure == Measure::kChange);
  CHECK(Flagged(*run, "", "55 %") == 0);
}

TEST_CASE("arithmetic: a list after 'The split:' is parts of a total given elsewhere") {
  auto run = CheckPair(
      "The programme recorded 2,350 placements. Of these, 1,120 were apprenticeships, 830 paid jobs and 400 "
      "training courses.\n",
      "The scheme made 2,350 placements in 2025-26. The split: 1,120 apprenticeships, 830 paid jobs and 400 "
      "training courses.\n");
  INFO(Dump(*run));
  CHECK(Flagged(*run, "arithmetic", "1,120") == 0);
  // A total said as one still adds up its parts.
  auto total = CheckPair("The programme recorded 2,350 placements.\n",
                         "The scheme made a total of 1,120 placements: 830 paid jobs and 400 training courses.\n");
  INFO(Dump(*total));
  CHECK(Flagged(*total, "arithmetic", "1,120") == 1);
}

TEST_CASE("time: 'the report published this week' dates the report, not its figures") {
  auto run = CheckPair(
      "Report to Cabinet, 3 March 2026\n\nIt is recommended that council funding is withdrawn from the 58 sites "
      "assessed as low risk, with effect from 1 September 2026.\n",
      "Broadcast: 5 March 2026, 07:00 bulletin\n\nThe cabinet report published this week proposes that the council "
      "stops funding patrols at 58 of its 142 sites.\n");
  INFO(Dump(*run));
  const Figure* a = Find(*run, "article", "58");
  REQUIRE(a != nullptr);
  CHECK(a->time.empty());
  CHECK(Flagged(*run, "", "58") == 0);
}

TEST_CASE("attribution: 'The ONS puts the rate at' credits the ONS") {
  auto run = CheckPair(
      "Youth Pathways Programme: Annual Performance Report 2025-26\nPublished by Northvale Combined Authority, 12 "
      "November 2026\n\nThe NEET rate among 16 to 24 year-olds in Northvale fell to 11.8% in 2025-26.\n",
      "Is the scheme working?\n\nSkills Watch blog, 15 November 2026\n\nNorthvale Combined Authority published its "
      "annual report this week. The Office for National Statistics puts Northvale's NEET rate at 11.8%.\n");
  INFO(Dump(*run));
  CHECK(Flagged(*run, "attribution_conflict", "11.8%") == 1);
}

TEST_CASE("subset: a group with a relative clause is kept only by a word before the clause") {
  // "who were caught" says what the whole is too: the article's "drivers
  // caught" keeps no age, so the 17-24s' 41% is given for every driver.
  const char* source =
      "News release, Westmoor Police, 9 October 2026\n\nAmong drivers aged 17 to 24 who were caught, 41% had been "
      "stopped for the same offence before; across all ages the repeat rate was 12%.\n";
  auto run = CheckPair(source,
                       "10 October 2026\n\nAccording to Westmoor Police, 41 per cent of drivers caught had been "
                       "stopped for the same offence before.\n");
  INFO(Dump(*run));
  CHECK(Flagged(*run, "subset_conflict", "41 per cent") == 1);
  auto kept = CheckPair(source,
                        "10 October 2026\n\nAccording to Westmoor Police, 41 per cent of caught drivers aged 17 to "
                        "24 had been stopped for the same offence before.\n");
  INFO(Dump(*kept));
  CHECK(Flagged(*kept, "", "41 per cent") == 0);
}

TEST_CASE("subset: a group set against the rest inside the clause ('much higher among care leavers')") {
  // The whole is the region's 11.8%, not the young women's 10.9% the next
  // sentence restricts to its own group.
  const char* source =
      "Annual report, Northvale Combined Authority, 12 November 2026\n\nThe NEET rate across the region was 11.8% in "
      "2025-26. The NEET rate remains much higher among care leavers in the region, at 34%, than among young people "
      "as a whole. It was 10.9% for young women.\n";
  auto run = CheckPair(source,
                       "15 November 2026\n\nThe NEET rate among young people in Northvale is 34%, the Combined "
                       "Authority report says.\n");
  INFO(Dump(*run));
  CHECK(Flagged(*run, "subset_conflict", "34%") == 1);
  bool whole_named = false;
  for (const Finding& f : run->findings) whole_named = whole_named || f.message.find("11.8%") != std::string::npos;
  CHECK(whole_named);
  auto kept = CheckPair(source,
                        "15 November 2026\n\nThe NEET rate among care leavers in Northvale is 34%, the Combined "
                        "Authority report says.\n");
  INFO(Dump(*kept));
  CHECK(Flagged(*kept, "", "34%") == 0);
}

TEST_CASE("faithful: 'published by the council this week' and a count four powers of ten from another (trial41)") {
  auto run = CheckPair(
      "Northbridge Libraries Annual Report 2025-26\nPublished by Northbridge City Council, 14 July 2026\n\n"
      "The service runs 14 branch libraries. The 14 branches recorded 1,284,600 visits in 2025-26, up from "
      "1,142,300 in 2024-25.\n",
      "Libraries busier\n\n16 July 2026\n\nThe Northbridge Libraries Annual Report 2025-26, published by Northbridge "
      "City Council this week, shows that 142,300 more visits were made to the city's 14 branches than in the "
      "previous year.\n");
  INFO(Dump(*run));
  CHECK(Flagged(*run, "", "142,300") == 0);
  CHECK(Flagged(*run, "", "14") == 0);
  const Figure* branches = FindExact(*run, "article", "14");
  REQUIRE(branches != nullptr);
  // Not the week the report came out (13-19 July 2026).
  CHECK(branches->frame.period.find("2026-07") == std::string::npos);
  CHECK(branches->time.find("2026-07") == std::string::npos);
}

TEST_CASE("faithful: 'a 32 días desde los 41' is 41 days, no slip of 412 transplants (trial41)") {
  auto run = CheckPair(
      "Memoria anual del Registro Regional de Donantes, 2 de marzo de 2026\n\nEn 2025 se realizaron 412 "
      "trasplantes. El tiempo medio hasta el trasplante fue de 32 días, frente a 41 días en 2024.\n",
      "Agencia, 3 de marzo de 2026\n\nEl tiempo medio hasta el trasplante se redujo a 32 días desde los 41 del "
      "año anterior.\n",
      "es");
  INFO(Dump(*run));
  const Figure* earlier = FindExact(*run, "article", "41");
  REQUIRE(earlier != nullptr);
  CHECK(earlier->kind == Kind::kDuration);
  CHECK(Flagged(*run, "", "41") == 0);
}

TEST_CASE("subset: a sibling group's figure ('Loans of physical items ... fell 3.6%') is no whole (trial41)") {
  auto run = CheckPair(
      "Library service annual report, Northbridge City Council, 14 July 2026\n\n"
      "Loans of physical items, including books, audiobooks on disc and DVDs, fell to 2,031,450 from 2,106,900 the "
      "year before, a decrease of 3.6%.\n\nLoans of e-books and e-audiobooks rose to 486,200, up from 392,700 in "
      "2024-25, an increase of 23.8%.\n",
      "16 July 2026\n\nE-loans: up by almost 24% to 486,200, the council's report shows.\n");
  INFO(Dump(*run));
  CHECK(Flagged(*run, "subset_conflict", "24%") == 0);
}
