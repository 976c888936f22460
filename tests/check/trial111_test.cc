// Kinds of miss and false alarm that two new users' trials (trial111: an
// inflation release and its wire copy, a water company's leakage report,
// una memoria de emergencias 112; trial112: an airport's revised traffic
// release, a charity register) met: the texts below, written for these
// tests in the trials' styles, are read, extracted and checked as sources
// and articles. Each case failed before its fix, but for the two marked as
// guards of a rule beside them.
#include <catch2/catch.hpp>

#include <string>

#include "pipeline_fixture.h"

using namespace claimcheck;
using namespace claimcheck::testing;

TEST_CASE("percent: wire copy's 'pct' is a percent sign") {
  // trial111: every "N pct" was a count of things called "pct", so "prices
  // rose 2 pct on the month" for 0.2% passed as unsupported.
  auto run = CheckPair(
      "CALDMOOR STATISTICS OFFICE\nConsumer prices, October 2026\nPublished 18 November 2026\n\n"
      "Annual consumer price inflation was 3.4% in October 2026. Prices rose by 0.2% between September and "
      "October.\n",
      "Meridian wire\n18 November 2026\n\nCaldmoor's annual inflation was 3.4 pct in October, and prices rose 2 pct "
      "on the month, official data showed.\n");
  INFO(Dump(*run));
  const Figure* f = FindExact(*run, "article", "3.4 pct");
  REQUIRE(f != nullptr);
  CHECK(f->kind == Kind::kPercent);
  CHECK(Flagged(*run, "", "3.4 pct") == 0);
  CHECK(Flagged(*run, "value_conflict", "2 pct") == 1);
}

TEST_CASE("not a figure: a service number after a singular article names the service") {
  // trial111: "El 112 de Valdeserra", "coordinados por el 112", "la Agencia
  // de Emergencias 112" each gave a figure 112, seven in all.
  auto run = CheckPair(
      "AGENCIA DE EMERGENCIAS 112 DE VALDESERRA\nMemoria 2025\n12 de marzo de 2026\n\n"
      "Los equipos coordinados por el 112 realizaron 3.417 rescates en 2025.\n",
      "Diario de Valdeserra\n14 de marzo de 2026\n\nEl 112 de Valdeserra coordinó 3.417 rescates en 2025, según la "
      "memoria de la Agencia de Emergencias 112.\n",
      "es");
  INFO(Dump(*run));
  CHECK(FindExact(*run, "source", "112") == nullptr);
  CHECK(FindExact(*run, "article", "112") == nullptr);
  REQUIRE(FindExact(*run, "article", "3.417") != nullptr);
  // A count of 112 takes a plural article, and stays a figure.
  auto count = CheckPair(
      "AGENCIA DE EMERGENCIAS\nMemoria 2025\n12 de marzo de 2026\n\nLos equipos realizaron 112 rescates en 2025.\n",
      "Diario\n14 de marzo de 2026\n\nLos 112 rescates de 2025 fueron coordinados por la agencia.\n", "es");
  INFO(Dump(*count));
  CHECK(FindExact(*count, "article", "112") != nullptr);
}

TEST_CASE("rate: per person is not per household") {
  // trial111 (and trial47): "98 litres per person per day" for the report's
  // "per property per day" passed: two nouns of a denominator were read as
  // unknown unless a unit of measure.
  const std::string source =
      "HOLLINBROOK WATER\nAnnual report 2025\nPublished 3 March 2026\n\n"
      "Measured per household, leakage was 104 litres per household per day in 2025.\n";
  auto run = CheckPair(source,
                       "Water Watch blog\n5 March 2026\n\nLeakage at Hollinbrook Water was 104 litres per person per "
                       "day in 2025, its annual report shows.\n");
  INFO(Dump(*run));
  CHECK(Flagged(*run, "rate_conflict", "104 litres") == 1);
  auto same = CheckPair(source,
                        "Water Watch blog\n5 March 2026\n\nLeakage at Hollinbrook Water was 104 litres per household "
                        "each day in 2025, its annual report shows.\n");
  INFO(Dump(*same));
  CHECK(Flagged(*same, "", "104 litres") == 0);
}

TEST_CASE("rate: one denominator of a compound one is no other denominator") {
  // A guard of the rule above: a fee "per player per match" written as
  // "£6.50 a match" leaves the player unsaid; it names no other denominator
  // (trial90 drew a rate warning once a person and a thing were told apart).
  auto run = CheckPair(
      "COUNTY CROQUET ASSOCIATION\nClub census 2025\nPublished 2 March 2026\n\n"
      "The county league match fee was £7.20 per player per match in 2025.\n",
      "Lawn Gazette\n5 March 2026\n\nClubs paid £7.20 a match in county league fees last year, the census shows.\n");
  INFO(Dump(*run));
  CHECK(Flagged(*run, "rate_conflict", "£7.20") == 0);
}

TEST_CASE("superseded: 'compared with' a value 'in the first release' names a revision's old value") {
  // trial112: "Express parcels accounted for 1,702 tonnes of the revised
  // total, compared with 1,640 tonnes in the first release" was read as no
  // revision, and a wire's 1,640 was supported by the first release.
  const Doc first{"traffic-aug.txt", "source",
                  "DUNMERE AIRPORT LIMITED\nTraffic statistics, August 2026\nPublished 10 September 2026\n\n"
                  "Express parcels accounted for 1,640 tonnes of cargo in August 2026.\n"};
  const Doc revised{"traffic-aug-revised.txt", "source",
                    "DUNMERE AIRPORT LIMITED\nRevised traffic statistics, August 2026\nPublished 24 September 2026\n\n"
                    "The cargo figure for August 2026 has been revised. Express parcels accounted for 1,702 tonnes "
                    "of the revised total, compared with 1,640 tonnes in the first release.\n"};
  auto run = CheckDocs({first, revised,
                        {"wire.txt", "article",
                         "Air Cargo Wire\n28 September 2026\n\nExpress parcels accounted for 1,640 tonnes of the "
                         "airport's cargo in August 2026, Dunmere Airport Limited figures show.\n"}});
  INFO(Dump(*run));
  CHECK(Flagged(*run, "superseded", "1,640") == 1);
  const Figure* f = FindExact(*run, "revised", "1,702 tonnes");
  REQUIRE(f != nullptr);
  CHECK(f->frame.revised);
  // A year compared against is no old value, with an earlier publication
  // named after it: "rose 3.8% compared with 2024 (first published as 1.9%)".
  auto year = CheckPair("x\n1 March 2026\n\nHeavy injuries rose 3.8% compared with 2024 (first published as 1.9%).\n",
                        "y\n2 March 2026\n\nHeavy injuries rose 3.8%.\n");
  const Figure* g = FindExact(*year, "source", "3.8%");
  REQUIRE(g != nullptr);
  REQUIRE(g->frame.previous.has_value());
  CHECK(*g->frame.previous == Approx(1.9));
}

TEST_CASE("superseded: a bound written with another number repeats no old value") {
  // A guard of the rule above: in labour-earnings-correction, "pay
  // settlements of more than 5%", held by the release's "regular pay grew
  // 5.4%", was called superseded by the correction's 4.9% once "not the
  // 5.4% first published" was read as a revision.
  const Doc release{"release.txt", "source",
                    "NORTHMOOR STATISTICS\nEarnings release\nPublished: 10 October 2026\n\n"
                    "Annual growth in regular pay was 5.4% in the three months to August 2026.\n"};
  const Doc notice{"notice.txt", "source",
                   "NORTHMOOR STATISTICS\nCorrection\nPublished: 17 October 2026\n\n"
                   "Annual growth in regular pay in the three months to August 2026 was 4.9%, not the 5.4% first "
                   "published.\n"};
  auto run = CheckDocs({release, notice,
                        {"herald.txt", "article",
                         "Northmoor Herald\n20 October 2026\n\nEmployers warned that pay settlements of more than 5% "
                         "could not last into next year.\n"}});
  INFO(Dump(*run));
  CHECK(Flagged(*run, "superseded", "more than 5%") == 0);
  // The old value itself is still superseded.
  auto old = CheckDocs({release, notice,
                        {"herald.txt", "article",
                         "Northmoor Herald\n20 October 2026\n\nRegular pay grew by 5.4% in the three months to August, "
                         "Northmoor Statistics said.\n"}});
  INFO(Dump(*old));
  CHECK(Flagged(*old, "superseded", "5.4%") == 1);
}
