// Kinds of false alarm that new users' own coverage met in trials 107 and
// 108 (a migration release and its revision, a central bank's report, a
// jobs release, knife crime figures): the texts below, written for these
// tests, are read, extracted and checked as sources and articles. Each case
// failed before its fix.
#include <catch2/catch.hpp>

#include <string>

#include "pipeline_fixture.h"

using namespace claimcheck;
using namespace claimcheck::testing;

namespace {

const char* kMigrationRelease =
    "OFFICE FOR NATIONAL STATISTICS OF VELDMARK\nMigration statistics, year ending June 2026\n"
    "Published 20 August 2026\n\n"
    "Net migration for the year ending December 2025 has been revised to 209,000, from the 196,000 published in "
    "February 2026.\n";

const char* kMigrationRevision =
    "OFFICE FOR NATIONAL STATISTICS OF VELDMARK\nCorrection\nPublished 10 September 2026\n\n"
    "Net migration in the year ending June 2026 has been revised to 192,000 (previously 184,000).\n";

}  // namespace

TEST_CASE("revision: 'revised its figure for X ... up to N from M' is a revision of X") {
  // trial107: "The office also revised its figure for net migration in the
  // year to December 2025 up to 209,000 from 196,000" read "up to" as a
  // ceiling (a qualifier warning on the very 209,000), the office as what
  // was counted, and the old 196,000 drew a value warning offering another
  // period's 192,000: the source's own old value was never a support.
  auto run = CheckDocs({{"release.txt", "source", kMigrationRelease},
                        {"revision.md", "source", kMigrationRevision},
                        {"wire.txt", "article",
                         "Meridian Wire\nAug 27 2026\n\nThe office also revised its figure for net migration in the "
                         "year to December 2025 up to 209,000 from 196,000, saying more students had stayed on.\n"}});
  INFO(Dump(*run));
  const Figure* f = Find(*run, "wire.txt", "209,000");
  REQUIRE(f != nullptr);
  CHECK(f->qualifier == Qualifier::kExact);
  CHECK(f->frame.subject_head == "migration");
  CHECK(f->frame.revised);
  CHECK(Flagged(*run, "", "209,000") == 0);
  CHECK(Flagged(*run, "", "196,000") == 0);
  // An article that gives the old value as current is still superseded.
  auto old = CheckDocs({{"release.txt", "source", kMigrationRelease},
                        {"story.txt", "article",
                         "Veldmark Herald\n1 September 2026\n\nNet migration in the year to December 2025 was 196,000, "
                         "the statistics office says.\n"}});
  INFO(Dump(*old));
  CHECK(Flagged(*old, "superseded", "196,000") == 1);
}

TEST_CASE("change: an attribution between a level and its 'from' keeps them one move") {
  // trial107: "slowed to 184,000 in the 12 months to June, the statistics
  // office said on Thursday, from 231,000 a year before" left the 231,000
  // unlinked, dated to the later value's span: a period warning.
  auto run = CheckPair(
      "OFFICE FOR NATIONAL STATISTICS OF VELDMARK\nMigration statistics\nPublished 20 August 2026\n\n"
      "Net migration is estimated at 184,000 in the year ending June 2026, down from 231,000 in the year ending "
      "June 2025.\n",
      "Meridian Wire\nAug 27 2026\n\nNet migration to Veldmark slowed to 184,000 in the 12 months to June, the "
      "statistics office said on Thursday, from 231,000 a year before.\n");
  INFO(Dump(*run));
  const Figure* f = Find(*run, "article", "184,000");
  REQUIRE(f != nullptr);
  REQUIRE(f->frame.previous.has_value());
  CHECK(*f->frame.previous == Approx(231000));
  CHECK(Flagged(*run, "", "231,000") == 0);
}

TEST_CASE("subject: a growth 'running at' a level is that growth's change") {
  // trial107: "whole-economy pay growth is running at 5%" read "running" as
  // the subject and the 5% as a level, so the report's "whole-economy pay
  // growth was 5.0%" (a change) did not support it and the private
  // sector's 4.6% was offered as a direction conflict.
  auto run = CheckPair(
      "BANK OF VARNHOLT\nMonetary Policy Report\nPublished 5 November 2026\n\n"
      "Private sector regular pay growth eased to 4.6%, while whole-economy pay growth was 5.0%.\n",
      "Evening News transcript\n5 November 2026\n\nOn jobs, whole-economy pay growth is running at 5%, the Bank's "
      "report says.\n");
  INFO(Dump(*run));
  const Figure* f = Find(*run, "article", "5%");
  REQUIRE(f != nullptr);
  CHECK(f->frame.subject_head == "growth");
  CHECK(f->frame.measure == Measure::kChange);
  CHECK(Flagged(*run, "", "5%") == 0);
  // "runs 12 clinics" has an object: no link.
  auto clinics = CheckPair("Trust\nPublished 5 November 2026\n\nThe trust runs 12 clinics in the county.\n",
                           "Paper\n6 November 2026\n\nThe trust runs 12 clinics, its report says.\n");
  const Figure* g = Find(*clinics, "article", "12");
  REQUIRE(g != nullptr);
  CHECK(g->frame.subject_head == "clinic");
}

TEST_CASE("period: 'este mes' after a month the sentence names is that month") {
  // trial107: "se situó en 187.430 al cierre de octubre de 2026, 3.215 más
  // que en septiembre (+1,7 %), un aumento habitual en este mes" in a
  // release of 4 November dated the figures November, two period warnings
  // against faithful October figures.
  auto run = CheckPair(
      "SERVICIO PÚBLICO DE EMPLEO DE CASTROVEGA\nNota de prensa\n4 de noviembre de 2026\n\n"
      "El paro registrado se situó en 187.430 personas al cierre de octubre de 2026, 3.215 más que en septiembre, "
      "un aumento habitual en este mes por el final de la temporada turística.\n",
      "Diario de Castrovega\n5 de noviembre de 2026\n\nEl paro subió en octubre en 3.215 personas, hasta las "
      "187.430, según el servicio de empleo.\n",
      "es");
  INFO(Dump(*run));
  const Figure* f = Find(*run, "source", "187.430");
  REQUIRE(f != nullptr);
  CHECK(f->frame.period == "2026-10");
  CHECK(f->time == "2026-10");
  CHECK(Flagged(*run, "", "3.215") == 0);
  CHECK(Flagged(*run, "", "187.430") == 0);
  // Without a month named before it, "this month" is the document's.
  auto plain = CheckPair("Jobs office\nPublished 4 November 2026\n\nThis month 1,200 people found work.\n",
                         "Paper\n5 November 2026\n\nIn November, 1,200 people found work, the office says.\n");
  const Figure* g = Find(*plain, "source", "1,200");
  REQUIRE(g != nullptr);
  CHECK(g->frame.period == "2026-11");
}

TEST_CASE("subject: a past form after a relative pronoun is the clause's verb") {
  // trial108: "The number of searches that led to an arrest is unchanged at
  // 1,708" read "led" (a noun too, to WordNet) as what was counted, and a
  // warning said the source's 1,708 "counts led".
  auto run = CheckPair(
      "CALDERBROOK POLICE\nStop and search, revised\nPublished 2 June 2026\n\n"
      "The number of searches that led to an arrest is unchanged at 1,708.\n",
      "Calderbrook Echo\n15 June 2026\n\nSome 1,708 searches ended in an arrest, the force said.\n");
  INFO(Dump(*run));
  const Figure* f = Find(*run, "source", "1,708");
  REQUIRE(f != nullptr);
  CHECK(f->frame.subject_head == "search");
  CHECK(Flagged(*run, "", "1,708") == 0);
  // Sentence-initial: "Searches that led to an arrest totalled 1,708".
  auto first = CheckPair("Police\nPublished 2 June 2026\n\nSearches that led to an arrest totalled 1,708.\n",
                         "Echo\n15 June 2026\n\nSearches led to an arrest 1,708 times.\n");
  const Figure* g = Find(*first, "source", "1,708");
  REQUIRE(g != nullptr);
  CHECK(g->frame.subject_head == "search");
}

TEST_CASE("superseded: a hedge that fits the newer value as well is only a note") {
  // trial108: "about 17 per cent of people stopped" in a story out after
  // the arrest rate was revised from 17.3% to 16.7% was a superseded
  // warning suggesting the very 16.7% it rounds.
  auto run = CheckDocs(
      {{"release.txt", "source",
        "CALDERBROOK POLICE\nStop and search 2025-26\nPublished 12 May 2026\n\n"
        "A total of 1,708 searches led to an arrest, an arrest rate of 17.3%.\n"},
       {"revision.txt", "source",
        "CALDERBROOK POLICE\nRevision\nPublished 2 June 2026\n\n"
        "Because the total number of searches has risen, the arrest rate has been revised to 16.7% (previously "
        "17.3%).\n"},
       {"echo.txt", "article",
        "Calderbrook Echo\n15 June 2026\n\nAbout 17 per cent of people stopped ended up in handcuffs, the force's "
        "figures show.\n"}});
  INFO(Dump(*run));
  CHECK(Flagged(*run, "superseded", "17 per cent") == 0);
}

TEST_CASE("superseded: a move's baseline beside the next period's level is no old value") {
  // trial110: "around 105,000 compensation claims in the quarter, up from
  // 88,300 in April to June" against the July-September release's 104,600
  // was a superseded warning on the 88,300, suggesting the next quarter's
  // figure as its correction.
  auto run = CheckDocs(
      {{"q1.txt", "source",
        "NORTHMERE OFFICE OF RAIL STANDARDS\nQuarterly rail performance release\nPublished 13 August 2026\n\n"
        "This release covers passenger trains in the quarter April to June 2026.\n\n"
        "Operators received 88,300 compensation claims for delayed journeys in the quarter, of which 79,150 "
        "were paid.\n"},
       {"q2.txt", "source",
        "NORTHMERE OFFICE OF RAIL STANDARDS\nQuarterly rail performance release\nPublished 12 November 2026\n\n"
        "This release covers passenger trains in the quarter July to September 2026.\n\n"
        "Operators received 104,600 compensation claims for delayed journeys in the quarter.\n"},
       {"wire.md", "article",
        "Northmere wire\n13 November 2026\n\nOperators received around 105,000 compensation claims for delayed "
        "journeys in the quarter, up from 88,300 in April to June, the rail standards office said.\n"}});
  INFO(Dump(*run));
  CHECK(Flagged(*run, "superseded", "88,300") == 0);
  CHECK(Flagged(*run, "", "105,000") == 0);
}

TEST_CASE("direction: a span of time 'faster' is shorter and 'slower' longer") {
  // trial109: "14 seconds faster than the previous year" for a response
  // time the fire service gave as "14 seconds slower" was supported: the
  // comparatives of speed named no direction.
  auto run = CheckPair(
      "CALDERMOOR FIRE AND RESCUE SERVICE\nIncident statistics 2025-26\nPublished 3 June 2026\n\n"
      "The average response time to dwelling fires was 8 minutes 12 seconds, 14 seconds slower than in 2024-25.\n",
      "Caldermoor Gazette\n5 June 2026\n\nIt took crews an average of eight minutes and 12 seconds to reach a house "
      "fire, 14 seconds faster than the previous year, the service's figures show.\n");
  INFO(Dump(*run));
  const Figure* f = Find(*run, "source", "14 seconds");
  REQUIRE(f != nullptr);
  CHECK(f->frame.direction == Direction::kUp);
  CHECK(Flagged(*run, "direction_conflict", "14 seconds") == 1);
  auto es = CheckPair(
      "SERVICIO DE BOMBEROS\nBalance 2025\n3 de junio de 2026\n\nEl tiempo medio de respuesta fue de 9 minutos, "
      "20 segundos más lento que en 2024.\n",
      "Diario\n5 de junio de 2026\n\nLos bomberos tardaron de media 9 minutos, 20 segundos más rápido que en 2024, "
      "según el balance del servicio.\n",
      "es");
  INFO(Dump(*es));
  CHECK(Flagged(*es, "direction_conflict", "20 segundos") == 1);
}

TEST_CASE("superseded: 'frente a las X publicadas inicialmente' names a revision's old value") {
  // trial109: "1.205 compraventas en el trimestre, frente a las 1.180
  // publicadas inicialmente" was read as a rise from 1.180, not a revision,
  // so a blog's 1.180 passed as current.
  auto run = CheckDocs(
      {{"informe.txt", "source",
        "OBSERVATORIO DE LA VIVIENDA\nInforme trimestral\n10 de agosto de 2026\n\nLos compradores extranjeros "
        "protagonizaron 1.180 compraventas en el trimestre.\n"},
       {"nota.txt", "source",
        "OBSERVATORIO DE LA VIVIENDA\nNota de revisión\n2 de septiembre de 2026\n\nLos compradores extranjeros "
        "protagonizaron 1.205 compraventas en el trimestre, frente a las 1.180 publicadas inicialmente.\n"},
       {"blog.md", "article",
        "Blog de la vivienda\n10 de septiembre de 2026\n\nLos compradores extranjeros firmaron 1.180 compraventas en "
        "el trimestre, según el observatorio.\n"}},
      "es");
  INFO(Dump(*run));
  const Figure* f = Find(*run, "nota", "1.205");
  REQUIRE(f != nullptr);
  CHECK(f->frame.revised);
  CHECK(Flagged(*run, "superseded", "1.180") == 1);
  // English: "up from the 1,180 first published".
  auto en = CheckPair(
      "HOUSING OBSERVATORY\nRevision\nPublished 2 September 2026\n\nForeign buyers made 1,205 purchases in the "
      "quarter, up from the 1,180 first published.\n",
      "Blog\n10 September 2026\n\nForeign buyers made 1,180 purchases in the quarter, the observatory says.\n");
  const Figure* g = Find(*en, "source", "1,205");
  REQUIRE(g != nullptr);
  CHECK(g->frame.revised);
}
