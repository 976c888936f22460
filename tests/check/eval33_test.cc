// Kinds of false alarm found when the eval33 blind set was opened for
// development, end to end: the texts below (written for these tests) are
// read, extracted and checked as sources and articles. Each case failed
// before its fix.
#include <catch2/catch.hpp>

#include <string>

#include "pipeline_fixture.h"

using namespace claimcheck;
using namespace claimcheck::testing;

TEST_CASE("subject: a change a demonstrative opens is the change of the count said before") {
  // eval33: "... 34,210 search and rescue incidents. This is an increase of
  // 6.2% ..." left the 6.2% with no subject, so the article's "more than 6
  // per cent up" was set against the release's unrelated 6% of the total.
  auto en = CheckPair(
      "Harbour Safety Agency\nPublished: 3 August 2026\n\n"
      "In the year ending 30 June 2026 the agency handled 18,420 boat rescues. This is an increase of 7.3% "
      "compared with the year before.\n\n"
      "Rescues involving fishing vessels made up 7% of the total.\n",
      "Coast News\n5 August 2026\n\n"
      "The Harbour Safety Agency handled 18,420 boat rescues in the year to June, more than 7 per cent up on "
      "the year before.\n");
  INFO(Dump(*en));
  CHECK(Flagged(*en, "", "more than 7") == 0);
  const Figure* f = Find(*en, "source", "7.3%");
  REQUIRE(f != nullptr);
  CHECK(f->frame.subject_head == "rescue");
  auto es = CheckPair(
      "Agencia de Seguridad Portuaria\nPublicado: 3 de agosto de 2026\n\n"
      "En el año cerrado el 30 de junio de 2026 la agencia atendió 18.420 rescates. Esto supone un aumento "
      "del 7,3 % respecto al año anterior.\n\n"
      "Los rescates de pesqueros fueron el 7 % del total.\n",
      "Diario de la Costa\n5 de agosto de 2026\n\n"
      "La Agencia de Seguridad Portuaria atendió 18.420 rescates en el año hasta junio, más de un 7 % más "
      "que el año anterior.\n",
      "es");
  INFO(Dump(*es));
  CHECK(Flagged(*es, "", "7 %") == 0);
  const Figure* g = Find(*es, "source", "7,3 %");
  REQUIRE(g != nullptr);
  CHECK(g->frame.subject_head == "rescate");
}

TEST_CASE("value: a bound its subject's statement holds is not outweighed by a slip its rounding allows") {
  // eval33: "called out more than 21,000 times" against the release's
  // 21,480 call-outs drew "214 times, not more than 21,000" from a
  // lifeboat station's 214 launches (a hundredfold, within the rounding).
  const std::string source =
      "Harbour Safety Agency\nPublished: 3 August 2026\n\n"
      "Coastal rescue teams were called out 21,480 times during the year.\n\n"
      "The busiest station was Carrick Bay, whose two boats launched 214 times.\n";
  auto en = CheckPair(source, "Coast News\n5 August 2026\n\n"
                              "Rescue teams were called out more than 21,000 times in the year, the agency said.\n");
  INFO(Dump(*en));
  CHECK(Flagged(*en, "", "21,000") == 0);
  auto es = CheckPair(
      "Agencia de Seguridad Portuaria\nPublicado: 3 de agosto de 2026\n\n"
      "Los equipos de rescate salieron 21.480 veces durante el año.\n\n"
      "La estación con más actividad fue Cala Roja, cuyas dos lanchas salieron 214 veces.\n",
      "Diario de la Costa\n5 de agosto de 2026\n\n"
      "Los equipos de rescate salieron más de 21.000 veces en el año, según la agencia.\n",
      "es");
  INFO(Dump(*es));
  CHECK(Flagged(*es, "", "21.000") == 0);
  // A wrong exact figure of the same statement is still flagged.
  auto wrong = CheckPair(source, "Coast News\n5 August 2026\n\n"
                                 "Rescue teams were called out 24,180 times in the year, the agency said.\n");
  INFO(Dump(*wrong));
  CHECK(Flagged(*wrong, "", "24,180") == 1);
}

TEST_CASE("speaker: a transcript turn's first-person figure is its speaker's own") {
  // eval33: "PAULINE ASHER (Pennick Point Coastguard Rescue Team): We've
  // had 30 volunteers leave our area" drew "350, not 30" from the release's
  // full-time staff.
  const std::string source =
      "Harbour Safety Agency\nPublished: 3 August 2026\n\n"
      "The service had 3,540 rescue officers, of whom 3,190 were volunteers and 350 were full-time staff.\n";
  auto en = CheckPair(source,
                      "COAST TONIGHT\nBroadcast transcript - 5 August 2026\n\n"
                      "PRESENTER (Amy Hale): The agency says its volunteers are the backbone of the service.\n\n"
                      "JOHN PRYCE (Carrick Bay Rescue Team): We've had 30 volunteers leave our area this year alone.\n");
  INFO(Dump(*en));
  CHECK(Flagged(*en, "", "30") == 0);
  CHECK(Said(*en, "unsupported", "30") == 1);
  const Figure* f = FindExact(*en, "article", "30");
  REQUIRE(f != nullptr);
  CHECK(f->frame.speaker == "Carrick Bay Rescue Team");
  auto es = CheckPair(
      "Agencia de Seguridad Portuaria\nPublicado: 3 de agosto de 2026\n\n"
      "El servicio tenía 3.540 efectivos, de los cuales 3.190 eran voluntarios y 350 personal fijo.\n",
      "INFORMATIVO DE LA COSTA\nTranscripción - 5 de agosto de 2026\n\n"
      "PRESENTADORA (Ana Sáez): La agencia dice que los voluntarios sostienen el servicio.\n\n"
      "JUAN PRIETO (Salvamento de Cala Roja): Hemos perdido 30 voluntarios en nuestra zona este año.\n",
      "es");
  INFO(Dump(*es));
  CHECK(Flagged(*es, "", "30") == 0);
  const Figure* g = FindExact(*es, "article", "30");
  REQUIRE(g != nullptr);
  CHECK(g->frame.speaker == "Salvamento de Cala Roja");
  // A reporter's turn, or one that names no body, speaks for nobody.
  auto reporter = CheckPair(source, "COAST TONIGHT\nBroadcast transcript - 5 August 2026\n\n"
                                    "SAM ODUYA: I've been told that around 30 volunteers left last year.\n");
  const Figure* r = Find(*reporter, "article", "30");
  REQUIRE(r != nullptr);
  CHECK(r->frame.speaker.empty());
}

TEST_CASE("superseded: a revision of 'the increase' replaces the change of the count said before it") {
  // eval22, eval26: "Total referrals ... revised from 41,280 to 43,950. The
  // increase on the same quarter of 2025 has been revised from 11.6% to
  // 18.8%" gave the change no subject (or "increase"), so an article's old
  // 11.6% was not found superseded.
  const Doc release{"release.txt", "source",
                    "Valley Health Statistics Agency\nPublished: 12 November 2026\n\n"
                    "Services received 41,280 referrals between July and September 2026, an increase of 11.6% "
                    "on the same quarter of 2025.\n"};
  const Doc notice{"notice.txt", "source",
                   "Valley Health Statistics Agency\nRevision notice\nPublished: 26 November 2026\n\n"
                   "- Total referrals in the quarter have been revised from 41,280 to 43,950.\n"
                   "- The increase on the same quarter of 2025 has been revised from 11.6% to 18.8%.\n"};
  auto old = CheckDocs({release, notice,
                        {"story.txt", "article",
                         "Valley Post\n28 November 2026\n\nReferrals between July and September rose by 11.6% on a year "
                         "earlier, the Valley Health Statistics Agency said.\n"}});
  INFO(Dump(*old));
  CHECK(Flagged(*old, "superseded", "11.6%") == 1);
  const Figure* f = Find(*old, "notice", "18.8%");
  REQUIRE(f != nullptr);
  CHECK(f->frame.subject_head == "referral");
  auto now = CheckDocs({release, notice,
                        {"story.txt", "article",
                         "Valley Post\n28 November 2026\n\nReferrals between July and September rose by nearly 19 per "
                         "cent on a year earlier, the Valley Health Statistics Agency said.\n"}});
  INFO(Dump(*now));
  CHECK(Flagged(*now, "", "nearly 19") == 0);
}

TEST_CASE("multiplier: a factor between two places is no change over time") {
  // eval33: "In Dunmere, 31.2 per cent ... went to landfill, nearly five
  // times the rate in Lowbeck" drew "43.5 then 44.1, a rise of about 1.0
  // times" from the release's recycling rates.
  auto en = CheckPair(
      "Waste Partnership\nPublished: 12 May 2026\n\n"
      "The household recycling rate was 44.1% in 2025, up from 43.5% in 2024.\n\n"
      "Dunmere had the highest landfill share, at 31.2%. Lowbeck had the lowest, at 6.4%.\n",
      "Valley News\n14 May 2026\n\n"
      "In Dunmere, 31.2 per cent of household waste still went to landfill, nearly five times the rate in "
      "Lowbeck.\n");
  INFO(Dump(*en));
  CHECK(Flagged(*en, "", "five times") == 0);
  auto es = CheckPair(
      "Consorcio de Residuos\nPublicado: 12 de mayo de 2026\n\n"
      "La tasa de reciclaje fue del 44,1 % en 2025, frente al 43,5 % de 2024.\n\n"
      "Dunmere tuvo la mayor proporción de vertido, un 31,2 %. Lowbeck tuvo la menor, un 6,4 %.\n",
      "Diario del Valle\n14 de mayo de 2026\n\n"
      "En Dunmere, el 31,2 % de los residuos acabó en el vertedero, casi cinco veces la tasa de Lowbeck.\n",
      "es");
  INFO(Dump(*es));
  CHECK(Flagged(*es, "", "cinco veces") == 0);
}
