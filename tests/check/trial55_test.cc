// Kinds of false alarm and miss found by the trial55 new-user clusters, end
// to end: the texts below (written for these tests) are read, extracted and
// checked as a source and an article. Each case failed before its fix.
#include <catch2/catch.hpp>

#include <string>

#include "pipeline_fixture.h"

using namespace claimcheck;
using namespace claimcheck::testing;

TEST_CASE("qualifier: a scheduled movement 'up to' a level reaches it, a modal's ceiling stays") {
  // trial55: "The standard charge will go up to £56 from April" read as "at
  // most £56", a qualifier warning on the very £56.
  const std::string source =
      "Elmbury District Council\nPublished: 4 March 2026\n\n"
      "The standard annual charge for garden waste collection will rise to £56 from April 2026.\n";
  auto will = CheckPair(source, "Elmbury Post\n6 March 2026\n\n"
                                "The standard charge for garden waste will go up to £56 from April, the council said.\n");
  INFO(Dump(*will));
  CHECK(Flagged(*will, "", "£56") == 0);
  auto goes = CheckPair(source, "Elmbury Post\n6 March 2026\n\n"
                                "The standard charge for garden waste goes up to £56 from April, the council said.\n");
  INFO(Dump(*goes));
  CHECK(Flagged(*goes, "", "£56") == 0);
  auto es = CheckPair(
      "Ayuntamiento de Valdeserra\nPublicado: 4 de marzo de 2026\n\n"
      "La tasa anual de recogida de poda subirá a 56 euros a partir de abril de 2026.\n",
      "Diario de Valdeserra\n6 de marzo de 2026\n\n"
      "La tasa de recogida de poda subirá hasta 56 euros desde abril, según el Ayuntamiento.\n",
      "es");
  INFO(Dump(*es));
  CHECK(Flagged(*es, "", "56 euros") == 0);
  // "Fines can go up to £2,500" is still a ceiling.
  auto cap = CheckPair("Elmbury District Council\nPublished: 4 March 2026\n\nFines for fly-tipping are £2,500.\n",
                       "Elmbury Post\n6 March 2026\n\nFines for fly-tipping can go up to £2,500, the council said.\n");
  const Figure* f = Find(*cap, "article", "£2,500");
  REQUIRE(f != nullptr);
  CHECK(f->qualifier == Qualifier::kAtMost);
}

TEST_CASE("modality: a 'targeted' scheme sets no target") {
  // trial55: "Operation Pocket, the Service's targeted patrol scheme ...,
  // accounted for 388 of the arrests" made the 388 a target, and both
  // articles' actual 388 a modality warning.
  auto run = CheckPair(
      "Northbridge Police Service\nPublished: 10 February 2025\n\n"
      "Operation Pocket, the Service's targeted patrol scheme launched in May 2024, accounted for 388 of the "
      "1,012 arrests.\n",
      "Northbridge Echo\n12 February 2025\n\n"
      "Some 388 arrests came from Operation Pocket, a patrol scheme that began in May 2024.\n");
  INFO(Dump(*run));
  CHECK(Flagged(*run, "", "388") == 0);
  const Figure* f = Find(*run, "source", "388");
  REQUIRE(f != nullptr);
  CHECK(f->frame.modality == Modality::kActual);
}

TEST_CASE("superseded: an article repeating a withdrawn value its statement now revises") {
  // trial55: "An earlier provisional figure ... put recoveries at 2,530.
  // This has been revised to 2,764", and the report's "Officers recovered
  // 2,764 handsets ..., compared with 1,905": the wire's "recovered 2,530
  // handsets ..., compared with 1,905" was an info subject note.
  auto run = CheckPair(
      "Northbridge Police Service\nPublished: 10 February 2025\n\n"
      "Officers recovered 2,764 handsets during the year, compared with 1,905 in 2023.\n\n"
      "An earlier provisional figure, published in January 2025, put recoveries at 2,530. This has been revised to "
      "2,764 after late records were added.\n",
      "Northbridge Echo\n12 February 2025\n\n"
      "The force said officers recovered 2,530 handsets over the year, compared with 1,905 in 2023.\n");
  INFO(Dump(*run));
  CHECK(Flagged(*run, "superseded", "2,530") == 1);
  // Spanish: "El avance ... estimaba 2.280.000 visitas ... La cifra
  // definitiva es de 2.340.000" is a revision across the two sentences.
  auto es = CheckPair(
      "Consejería de Medio Ambiente\nPublicado: 20 de febrero de 2025\n\n"
      "Los parques naturales recibieron 2.340.000 visitas en 2024.\n\n"
      "El avance publicado en octubre de 2024 estimaba 2.280.000 visitas para el conjunto del año. La cifra "
      "definitiva es de 2.340.000 visitas.\n",
      "Radio Sierra\n25 de febrero de 2025\n\n"
      "Según el balance, los parques naturales sumaron 2.280.000 visitas en 2024.\n",
      "es");
  INFO(Dump(*es));
  CHECK(Flagged(*es, "superseded", "2.280.000") == 1);
}
