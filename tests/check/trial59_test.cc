// Kinds of false alarm and missed misreport a new user's trial (trial59)
// met, end to end: the texts below (written for these tests) are read,
// extracted and checked as sources and articles. Each case failed before
// its fix.
#include <catch2/catch.hpp>

#include <string>

#include "pipeline_fixture.h"

using namespace claimcheck;
using namespace claimcheck::testing;

TEST_CASE("period: 'during the year' in an edition named for a year not yet over is the year before") {
  // trial59: the "Barómetro del Pádel en España 2025", out in February 2025
  // on the year 2024, dated "Durante el año se abrieron 1.080 pistas" 2025,
  // and told two faithful articles their "el año pasado" was wrong.
  auto es = CheckPair(
      "Barómetro del Pádel en España 2025\nFederación Española de Pádel (FEP)\nMadrid, 10 de febrero de 2025\n\n"
      "España contaba a finales de 2024 con 4.620 clubes de pádel y 17.350 pistas. Durante el año se abrieron "
      "1.080 pistas nuevas, de las cuales 640 eran cubiertas.\n",
      "Diario Deportivo\n14 de febrero de 2025\n\n"
      "Solo el año pasado se abrieron 1.080 pistas nuevas, según la Federación Española de Pádel.\n",
      "es");
  INFO(Dump(*es));
  CHECK(Flagged(*es, "", "1.080") == 0);
  auto en = CheckPair(
      "Climbing Wall Survey 2025\nAssociation of Climbing Walls\n12 February 2025\n\n"
      "There were 486 climbing walls at the end of 2024. During the year 45 new walls opened.\n",
      "Outdoor News\n14 February 2025\n\n"
      "Some 45 new walls opened last year, the Association of Climbing Walls said.\n");
  INFO(Dump(*en));
  CHECK(Flagged(*en, "", "45") == 0);
}

TEST_CASE("superseded: a provisional estimate the source's final figure replaces in one sentence") {
  // trial59: "Our provisional estimate in March 2025 put visits at 9.2
  // million; the final figure of 9.8 million supersedes it" read no
  // revision, so an article's 9.2 million was a subset note; the Spanish
  // "la cifra definitiva de 17.350 la sustituye" left 16.900 supported.
  auto en = CheckPair(
      "Climbing Wall Survey 2025\nAssociation of Climbing Walls\n12 February 2026\n\n"
      "Our provisional estimate in March 2025 put visits at 9.2 million; the final figure of 9.8 million "
      "supersedes it.\n",
      "Evening News\n14 February 2026\n\n"
      "Climbing walls recorded 9.2 million visits, the Association of Climbing Walls said.\n");
  INFO(Dump(*en));
  CHECK(Flagged(*en, "superseded", "9.2 million") == 1);
  auto es = CheckPair(
      "Barómetro del Pádel en España 2025\nFederación Española de Pádel (FEP)\nMadrid, 10 de febrero de 2025\n\n"
      "La estimación provisional publicada en octubre de 2024 situaba el número de pistas en 16.900; la cifra "
      "definitiva de 17.350 la sustituye.\n",
      "Blog del Pádel\n14 de febrero de 2025\n\n"
      "España ya tiene 16.900 pistas de pádel, según la Federación Española de Pádel.\n",
      "es");
  INFO(Dump(*es));
  CHECK(Flagged(*es, "superseded", "16.900") == 1);
}

TEST_CASE("qualifier: a hedge on a number the source itself hedges is no qualifier difference") {
  // trial59: "almost 40 percent of land" for the association's "about 40%"
  // drew a qualifier warning (the source allows either side of 40).
  auto en = CheckPair(
      "Golf Clubs Review 2025\nNational Golf Clubs Association\n3 March 2025\n\n"
      "The association estimates that about 40% of that land has been sold for housing development.\n",
      "Wire\n5 March 2025\n\n"
      "The association said almost 40 percent of land from closed courses had been sold for housing.\n");
  INFO(Dump(*en));
  CHECK(Said(*en, "qualifier_conflict", "almost 40 percent") == 0);
  // "More than 40 percent" still claims more than the source says.
  auto floor = CheckPair(
      "Golf Clubs Review 2025\nNational Golf Clubs Association\n3 March 2025\n\n"
      "The association estimates that about 40% of that land has been sold for housing development.\n",
      "Wire\n5 March 2025\n\n"
      "The association said more than 40 percent of land from closed courses had been sold for housing.\n");
  INFO(Dump(*floor));
  CHECK(Said(*floor, "qualifier_conflict", "more than 40 percent") == 1);
}
