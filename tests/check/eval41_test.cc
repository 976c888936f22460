// Kinds of false alarm the eval41 set showed once opened, end to end: the
// texts below (written for these tests) are read, extracted and checked as
// sources and articles. Each case failed before its fix.
#include <catch2/catch.hpp>

#include <string>

#include "pipeline_fixture.h"

using namespace claimcheck;
using namespace claimcheck::testing;

TEST_CASE("period: a date after a comparison's other value and a naming phrase dates that value only") {
  // eval41: "Un total de 63 boleras están cubiertas, frente a las 49 del
  // censo anterior, de 2019" gave the 63 the year 2019, and "frente a las 49
  // que había hace una década" gave it the span a decade back: a period
  // warning between two statements of the same current count.
  auto es = CheckPair(
      "CONSEJERÍA DE DEPORTE DE VALDERRUBIO\nCenso de canchas 2025\nFecha de publicación: 10 de septiembre de "
      "2025\n\nUn total de 71 canchas están cubiertas, frente a las 52 del censo anterior, de 2019.\n",
      "Radio Valderrubio\n20 de octubre de 2025\n\nYa son 71 las canchas cubiertas, frente a las 52 que había hace "
      "una década, según el censo de la Consejería de Deporte.\n",
      "es");
  INFO(Dump(*es));
  const Figure* src = Find(*es, "source", "71");
  REQUIRE(src != nullptr);
  CHECK(src->frame.period.empty());
  const Figure* art = Find(*es, "article", "71");
  REQUIRE(art != nullptr);
  CHECK(art->frame.period.empty());
  CHECK(Flagged(*es, "", "71") == 0);
  // The earlier value keeps its date: a decade back against 2019 is a
  // period difference of the 52.
  CHECK(Flagged(*es, "period_conflict", "52") == 1);
  // English: "compared with 52 in the previous census of 2019".
  auto en = CheckPair(
      "VALDERRUBIO SPORTS COUNCIL\nCourts census 2025\nPublished 10 September 2025\n\n"
      "A total of 71 courts are now covered, compared with 52 in the previous census of 2019.\n",
      "Valderrubio Radio\n20 October 2025\n\nSome 71 courts are now covered, the Sports Council census says.\n");
  INFO(Dump(*en));
  const Figure* en_src = Find(*en, "source", "71");
  REQUIRE(en_src != nullptr);
  CHECK(en_src->frame.period.empty());
  CHECK(Flagged(*en, "", "71") == 0);
  // A leading "Hace dos años" still dates what follows.
  auto lead = CheckPair("Informe\nFecha: 3 de marzo de 2025\n\nHace dos años el alquiler medio costaba 900 euros.\n",
                        "Diario\n5 de marzo de 2025\n\nEl alquiler medio costaba 900 euros en 2023.\n", "es");
  const Figure* rent = Find(*lead, "source", "900");
  REQUIRE(rent != nullptr);
  CHECK(rent->frame.period == "2023");
}

TEST_CASE("time: a date after a change's 'on' and its baseline value is the baseline's") {
  // eval41: "Total attendance over the three days was 71,400, up 6% on the
  // 67,350 recorded in 2024" gave the three days and the 71,400 the time
  // 2024, a time warning against an article that dated them otherwise.
  auto run = CheckPair(
      "EASTMOOR AGRICULTURAL SOCIETY\nShow report 2025\nPublished 1 October 2025\n\n"
      "Total attendance over the three days was 71,400, up 6% on the 67,350 recorded in 2024.\n",
      "Farming Weekly\n10 October 2025\n\nThe show report puts attendance at 71,400 over the three days, a rise "
      "of 6 per cent on 2024, and the society hopes to draw 75,000 visitors by 2026.\n");
  INFO(Dump(*run));
  const Figure* level = Find(*run, "source", "71,400");
  REQUIRE(level != nullptr);
  CHECK(level->time.empty());
  const Figure* baseline = Find(*run, "source", "67,350");
  REQUIRE(baseline != nullptr);
  CHECK(baseline->time == "2024");
  CHECK(Flagged(*run, "", "three days") == 0);
  CHECK(Flagged(*run, "", "71,400") == 0);
}

TEST_CASE("subject and qualifier: 'go past' links the thing counted and is a floor") {
  // eval41: "The network is expecting admissions to go past 4,000 this
  // year" read the network as what was counted: a subject warning against
  // the report's "admissions will exceed 4,000".
  auto run = CheckPair(
      "RAPTOR RESCUE NETWORK\nAnnual returns 2025\nPublished 20 January 2026\n\n"
      "On current trends, the network projects that admissions will exceed 4,000 in 2026.\n",
      "Hawkridge Blog\n2 February 2026\n\nThe network is expecting admissions to go past 4,000 this year.\n");
  INFO(Dump(*run));
  const Figure* art = Find(*run, "article", "4,000");
  REQUIRE(art != nullptr);
  CHECK(art->frame.subject_head == "admission");
  CHECK(art->qualifier == Qualifier::kMoreThan);
  CHECK(Flagged(*run, "", "4,000") == 0);
  // "passed" alone is no floor: "passed 34,600 cases to enforcement agents".
  auto passed = CheckPair("Statement\n\nNorthgate passed 34,600 cases to enforcement agents.\n",
                          "Report\n\nNorthgate passed 34,600 cases to enforcement agents.\n");
  const Figure* cases = Find(*passed, "source", "34,600");
  REQUIRE(cases != nullptr);
  CHECK(cases->qualifier == Qualifier::kExact);
}

TEST_CASE("share: a share of what the article counts, worked out from a source's whole and part, is supported") {
  // eval41: "Uno de cada tres castellers federados es menor de 16 años",
  // from "11.950 castellers, de los cuales 3.870 eran menores de 16 años"
  // (32,4 %), was unsupported, then a disagreement warning with another
  // article's "la mitad".
  auto run = CheckDocs(
      {{"balance.txt", "source",
        "COORDINADORA DE COLLES\nBalance de la temporada 2025\nFecha: 12 de diciembre de 2025\n\n"
        "El censo federado sumaba 11.950 castellers, de los cuales 3.870 eran menores de 16 años.\n"},
       {"blog.txt", "article",
        "Blog Pom de Dalt\n20 de diciembre de 2025\n\nSegún el balance de la Coordinadora de Colles, uno de cada "
        "tres castellers federados es menor de 16 años.\n"},
       {"tele.txt", "article",
        "Telenotícies\n18 de diciembre de 2025\n\nSegún el balance de la Coordinadora de Colles, la mitad de los "
        "castellers federados son menores de 16 años.\n"}},
      "es");
  INFO(Dump(*run));
  CHECK(Flagged(*run, "", "uno de cada tres") == 0);
  CHECK(Said(*run, "unsupported", "uno de cada tres") == 0);
  // A share no part gives stays unsupported, and no disagreement is told
  // against the share the source settles.
  CHECK(Flagged(*run, "disagreement", "uno de cada tres") == 0);
  // English: "about 40%" of the arrests crews attended.
  auto en = CheckPair(
      "CALDER AMBULANCE SERVICE\nCardiac arrest report 2025\nPublished 3 March 2026\n\n"
      "Crews attended 3,174 cardiac arrests, of which 1,268 had resuscitation attempted.\n",
      "Gazette\n9 March 2026\n\nResuscitation was attempted in about 40% of the cardiac arrests crews attended, "
      "the service's report says.\n");
  INFO(Dump(*en));
  CHECK(Said(*en, "unsupported", "40%") == 0);
  CHECK(Flagged(*en, "", "40%") == 0);
}

TEST_CASE("attribution: a body's act after a perfect's auxiliary, or by a name of its own, names its agent") {
  // eval41: "la Federación de Bolos ha destinado 1,9 millones" (the
  // Consejería's money) and "La Generalitat aportó 1,2 millones" (the
  // Diputación's) read no agent, so crediting the wrong body passed.
  auto run = CheckPair(
      "CONSEJERÍA DE DEPORTE DE VALDERRUBIO\nBalance 2025\nFecha: 10 de febrero de 2026\n\n"
      "En 2025 la Consejería destinó 1,9 millones de euros a la rehabilitación de 27 canchas.\n",
      "Radio Valderrubio\n20 de febrero de 2026\n\nHay buenas noticias. Este año la Federación de Pelota ha "
      "destinado 1,9 millones de euros a rehabilitar canchas.\n",
      "es");
  INFO(Dump(*run));
  const Figure* art = Find(*run, "article", "1,9 millones");
  REQUIRE(art != nullptr);
  CHECK(art->frame.speaker == "Federación de Pelota");
  CHECK(Flagged(*run, "attribution_conflict", "1,9 millones") == 1);
  auto named = CheckPair(
      "COORDINADORA DE COLLES\nBalance de la temporada 2025\nFecha: 12 de diciembre de 2025\n\n"
      "La Diputación aportó 1,2 millones de euros en 2025 para cascos y fajas.\n",
      "Telenotícies\n18 de diciembre de 2025\n\nLa Generalitat aportó 1,2 millones de euros el año pasado para "
      "cascos y fajas.\n",
      "es");
  INFO(Dump(*named));
  CHECK(Flagged(*named, "attribution_conflict", "1,2 millones") == 1);
  // The body that publishes the source did the act through its own organ:
  // no other body ("El Ayuntamiento ... ha aprobado" for the council's own
  // "La Junta de Gobierno Local ha aprobado", eval15).
  auto own = CheckDocs(
      {{"comunicado.txt", "source",
        "AYUNTAMIENTO DE VALDEMORA\nNota de prensa\nFecha: 22 de septiembre de 2025\n\n"
        "La Junta de Gobierno Local ha aprobado hoy una ayuda de 214.000 euros para el comercio del Centro.\n"},
       {"teletipo.txt", "article",
        "Agencia AIN\n22 de septiembre de 2025\n\nEl Ayuntamiento de Valdemora ha aprobado este martes una ayuda "
        "de 214.000 euros para el comercio del Centro, según su nota de prensa.\n"}},
      "es");
  INFO(Dump(*own));
  CHECK(Flagged(*own, "attribution_conflict", "214.000") == 0);
}

TEST_CASE("unit: injuries are no people treated, federation cards no players") {
  // eval41: "212 lesiones" for "atendieron a 212 personas", and "6.482
  // pelotaris federados" for "6.482 fichas" (some hold two), were subject
  // notes at info: neither head had a class of count in Spanish (now the
  // subject finding warns on basis "unit").
  auto run = CheckPair(
      "COORDINADORA DE COLLES\nBalance de la temporada 2025\nFecha: 12 de diciembre de 2025\n\n"
      "Los servicios sanitarios presentes en las plazas atendieron a 212 personas durante la temporada.\n",
      "Eco del Penedès\n20 de diciembre de 2025\n\nSegún el balance de la Coordinadora de Colles, hubo 212 "
      "lesiones a lo largo de la temporada.\n",
      "es");
  INFO(Dump(*run));
  CHECK(Flagged(*run, "subject_conflict", "212") == 1);
  auto cards = CheckPair(
      "FEDERACIÓN DE PELOTA DE URDAZURI\nMemoria 2025\nFecha: 12 de enero de 2026\n\n"
      "La federación tramitó 6.482 fichas en 2025.\n",
      "Blog Pelotazale\n20 de enero de 2026\n\nSegún la memoria de la Federación de Pelota de Urdazuri, hay ya "
      "6.482 pelotaris federados.\n",
      "es");
  INFO(Dump(*cards));
  CHECK(Flagged(*cards, "subject_conflict", "6.482") == 1);
  // People with a licence are counted as people: no unit finding.
  auto licences = CheckPair(
      "FEDERACIÓN DE PÁDEL\nMemoria 2025\nFecha: 12 de enero de 2026\n\n"
      "El pádel sumó 96.400 licencias federativas en 2025.\n",
      "Blog\n20 de enero de 2026\n\nSegún la memoria de la Federación de Pádel, 96.400 personas tienen "
      "licencia.\n",
      "es");
  INFO(Dump(*licences));
  CHECK(Flagged(*licences, "", "96.400") == 0);
}

TEST_CASE("direction: a comparative right after a level's comma and a time after 'than' gives the level its direction") {
  // eval41: "1.137 caídas, más que el año anterior" for "1.137 caídas,
  // frente a las 1.214 de 2024" (a fall) read no direction, so the rise
  // told passed as supported.
  auto run = CheckPair(
      "COORDINADORA DE COLLES\nBalance de la temporada 2025\nFecha: 12 de diciembre de 2025\n\n"
      "Se registraron 1.137 caídas, frente a las 1.214 de 2024.\n",
      "Eco del Penedès\n20 de diciembre de 2025\n\nSegún el balance de la Coordinadora de Colles, hubo 1.137 "
      "caídas, más que el año anterior.\n",
      "es");
  INFO(Dump(*run));
  const Figure* art = Find(*run, "article", "1.137");
  REQUIRE(art != nullptr);
  CHECK(art->frame.direction == Direction::kUp);
  CHECK(Flagged(*run, "direction_conflict", "1.137") == 1);
  // English, and a comparison with no time after "than" gives none.
  auto en = CheckPair("Report\nPublished 3 March 2026\n\nThe club has 412 members, fewer than last year.\n",
                      "Blog\n9 March 2026\n\nThe club has 412 members, more than any other club in the county.\n");
  const Figure* fewer = Find(*en, "source", "412");
  REQUIRE(fewer != nullptr);
  CHECK(fewer->frame.direction == Direction::kDown);
  const Figure* most = Find(*en, "article", "412");
  REQUIRE(most != nullptr);
  CHECK(most->frame.direction == Direction::kNone);
}

TEST_CASE("qualifier: a floor on a range's top, or a ceiling on its bottom, is no statement of the range") {
  // eval41: "at least 7%" for "between 4% and 7%" passed as agreeing (the
  // two touch at 7), as did eval21's "al menos 10 camas" for "entre 8 y 10".
  auto run = CheckPair(
      "HERITAGE ROOFS INSURANCE FORUM\nThatch fire review 2025\nPublished 3 March 2026\n\n"
      "Premiums for thatched homes rose by between 4% and 7% in 2025.\n",
      "Countryside Tonight\n9 March 2026\n\nThe Heritage Roofs Insurance Forum review says premiums for "
      "thatched homes rose by at least 7% in 2025.\n");
  INFO(Dump(*run));
  CHECK(Flagged(*run, "qualifier_conflict", "7%") == 1);
  // Within the range, or the range's own floor, stays quiet.
  auto inside = CheckPair(
      "HERITAGE ROOFS INSURANCE FORUM\nThatch fire review 2025\nPublished 3 March 2026\n\n"
      "Premiums for thatched homes rose by between 4% and 7% in 2025.\n",
      "Countryside Tonight\n9 March 2026\n\nThe Heritage Roofs Insurance Forum review says premiums for "
      "thatched homes rose by at least 4% in 2025.\n");
  INFO(Dump(*inside));
  CHECK(Flagged(*inside, "", "4%") == 0);
}
