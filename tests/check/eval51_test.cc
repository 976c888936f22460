// Kinds the eval51 blind set met when it was opened, in texts written for
// these tests in that set's styles, read, extracted and checked as sources
// and articles. Each case failed before its fix on the session's start
// binary (0ac34e29); the quiet counterparts hold what must not change.
#include <catch2/catch.hpp>

#include <string>

#include "pipeline_fixture.h"

using namespace claimcheck;
using namespace claimcheck::testing;

TEST_CASE("subset: a part set after its whole and told as the whole") {
  // eval51: "Member cooperages employed 412 people in total ..., of whom
  // 318 were full-time craftspeople" told as "its members now employ 318
  // people" passed as supported.
  const std::string survey =
      "NORTHERN SADDLERS FEDERATION\nAnnual Survey 2025\nPublished: 12 February 2026\n\n"
      "Member saddleries employed 530 people at the end of the year, of whom 347 were full-time "
      "leatherworkers.\n";
  auto run = CheckPair(survey,
                       "Herald\n20 February 2026\n\nThe Northern Saddlers Federation said its members now employ "
                       "347 people.\n");
  INFO(Dump(*run));
  CHECK(Flagged(*run, "subset_conflict", "347") == 1);
  // The part told with its own words stays quiet.
  auto kept = CheckPair(survey,
                        "Herald\n20 February 2026\n\nOf the 530 people working in member saddleries, 347 are "
                        "full-time leatherworkers, the Federation said.\n");
  INFO(Dump(*kept));
  CHECK(Said(*kept, "subset_conflict", "347") == 0);
  // A bound that the part's count meets is no copy of that count.
  auto bound = CheckPair(survey,
                         "Herald\n20 February 2026\n\nMore than 300 people work for member saddleries, the "
                         "Federation said.\n");
  INFO(Dump(*bound));
  CHECK(Flagged(*bound, "subset_conflict", "More than 300") == 0);
}

TEST_CASE("subset: a whole told with the words of the part set after it") {
  // eval51: "El sector daba empleo a 1.020 personas, de las cuales 640
  // trabajaban a tiempo completo" told as "1.020 empleados a tiempo
  // completo" passed as supported.
  const std::string boletin =
      "FEDERACIÓN DE GUARNICIONEROS\nBoletín anual 2025\n12 de febrero de 2026\n\n"
      "El sector daba empleo a 1.380 personas, de las cuales 910 trabajaban a tiempo completo.\n";
  auto run = CheckPair(boletin,
                       "Diario\n20 de febrero de 2026\n\nSegún la Federación de Guarnicioneros, el oficio da trabajo "
                       "a 1.380 empleados a tiempo completo.\n",
                       "es");
  INFO(Dump(*run));
  CHECK(Flagged(*run, "subset_conflict", "1.380") == 1);
  // The whole said as the whole, and the part with its words, stay quiet.
  auto quiet = CheckPair(boletin,
                         "Diario\n20 de febrero de 2026\n\nSegún la Federación de Guarnicioneros, el sector emplea a "
                         "1.380 personas, y 910 trabajan a jornada completa.\n",
                         "es");
  INFO(Dump(*quiet));
  CHECK(Said(*quiet, "subset_conflict", "1.380") == 0);
  CHECK(Said(*quiet, "subset_conflict", "910") == 0);
  // The whole stated as what a share is of keeps the part apart (trial120).
  auto of = CheckPair("FEDERATION OF SADDLERS\nQuarterly statement\n9 October 2026\n\nThe group employed 14,350 "
                      "colleagues at the end of the quarter, of whom 6,120 worked full-time.\n",
                      "Blog\n20 October 2026\n\nRoughly two in five of its 14,350 employees work full-time, the "
                      "Federation of Saddlers said.\n");
  INFO(Dump(*of));
  CHECK(Said(*of, "subset_conflict", "14,350") == 0);
}

TEST_CASE("value: an exact number past a source's one-sided bound is no conflict with it") {
  // eval51: "algunas piezas ... alcanzan los 600 euros" against "Los
  // abanicos con varillaje de madera noble superan con frecuencia los 300
  // euros" drew a value conflict suggesting 300 euros: the adverb between
  // the verb and its number hid the bound, and 600 is true of "more than
  // 300" in any case.
  auto es = CheckPair("GREMIO DE GUARNICIONEROS\nEstadística 2025\n1 de marzo de 2026\n\nLas sillas de montar con "
                      "arzón de haya superan con frecuencia los 400 euros.\n",
                      "Diario\n10 de marzo de 2026\n\nSegún el Gremio de Guarnicioneros, algunas sillas con arzón "
                      "de haya alcanzan los 900 euros.\n",
                      "es");
  INFO(Dump(*es));
  CHECK(Flagged(*es, "value_conflict", "900 euros") == 0);
  const Figure* bound = Find(*es, "source", "400 euros");
  REQUIRE(bound != nullptr);
  CHECK(bound->qualifier == Qualifier::kMoreThan);
  // A time adverb after "hasta" is "until now", no ceiling of the number.
  auto now = CheckPair("Nota\n1 de marzo de 2026\n\nHasta ahora 1.200 vecinos han firmado la petición.\n",
                       "Diario\n10 de marzo de 2026\n\nHasta hoy 1.200 vecinos han firmado la petición.\n", "es");
  const Figure* so_far = Find(*now, "source", "1.200");
  REQUIRE(so_far != nullptr);
  CHECK(so_far->qualifier == Qualifier::kExact);
  const Figure* today = Find(*now, "article", "1.200");
  REQUIRE(today != nullptr);
  CHECK(today->qualifier == Qualifier::kExact);
}

TEST_CASE("period: a date that tells when a figure was announced or a count made is not its span") {
  // eval51: "frente a las 412.300 que anunció en enero" gave the 2025
  // count January 2026, a period conflict with the very 412.300; "41 of
  // its 47 member workshops took part in this year's count" gave a survey
  // of 2025 this year.
  auto es = CheckPair("FEDERACIÓN DE GUARNICIONEROS\nAvance 2025\n20 de enero de 2026\n\nLos talleres asociados "
                      "fabricaron 23.400 sillas en 2025.\n",
                      "Agencia\n27 de febrero de 2026\n\nLa Federación de Guarnicioneros ha rebajado la producción "
                      "de sillas de 2025 hasta 22.900, frente a las 23.400 que anunció en enero.\n",
                      "es");
  INFO(Dump(*es));
  CHECK(Flagged(*es, "period_conflict", "23.400") == 0);
  CHECK(Flagged(*es, "time_conflict", "23.400") == 0);
  auto en = CheckPair("NORTHERN SADDLERS FEDERATION\nAnnual Survey 2025\nPublished: 12 February 2026\n\nFor "
                      "2025, 52 of the Federation's 60 member workshops returned the questionnaire.\n",
                      "Herald\n20 February 2026\n\nAccording to the Northern Saddlers Federation, 52 of its 60 "
                      "member workshops took part in this year's count.\n");
  INFO(Dump(*en));
  CHECK(Flagged(*en, "period_conflict", "52") == 0);
  CHECK(Flagged(*en, "time_conflict", "52") == 0);
}

TEST_CASE("superseded: a later statement lacking the old one's narrowing word restates nothing") {
  // eval51: "Cuatro de cada cinco barricas ... son bordelesas" (the first
  // release's 81 %) was called superseded by the final release's "La Rioja
  // produjo 168.000 barricas, el 42 % del total nacional".
  auto run = CheckDocs({{"avance.txt", "source",
                         "FEDERACIÓN DE GUARNICIONEROS\nAvance 2025\n20 de enero de 2026\n\nLos talleres fabricaron "
                         "23.400 sillas en 2025. La silla vaquera representa el 78 % de la producción.\n"},
                        {"definitivos.txt", "source",
                         "FEDERACIÓN DE GUARNICIONEROS\nDatos definitivos 2025\n20 de febrero de 2026\n\nLa "
                         "producción de sillas en 2025 se revisa de 23.400 a 22.900. Andalucía fabricó 9.800 sillas, "
                         "el 43 % del total nacional.\n"},
                        {"columna.md", "article",
                         "Columna\n1 de marzo de 2026\n\nCuatro de cada cinco sillas que salen de los talleres son "
                         "vaqueras, según la Federación de Guarnicioneros.\n"}},
                       "es");
  INFO(Dump(*run));
  CHECK(Said(*run, "superseded", "Cuatro de cada cinco") == 0);
}
