// Kinds of false alarm and wrong correction a new user's trial (trial58)
// met, end to end: the texts below (written for these tests) are read,
// extracted and checked as sources and articles. Each case failed before
// its fix.
#include <catch2/catch.hpp>

#include <string>

#include "pipeline_fixture.h"

using namespace claimcheck;
using namespace claimcheck::testing;

TEST_CASE("value: a current figure misreported is corrected by the current level, not the earlier one") {
  // trial58: "Private providers now control 65 per cent of all bed spaces"
  // against "now manage 61 per cent ..., up from 55 per cent five years
  // ago" offered "55 per cent" as the correction.
  auto en = CheckPair(
      "Student Housing Review\nPublished: 1 October 2026\n\n"
      "Private providers now manage 61 per cent of all purpose-built bed spaces, up from 55 per cent five "
      "years ago.\n",
      "City Post\n3 October 2026\n\n"
      "Private providers now control 65 per cent of all bed spaces, the review found.\n");
  INFO(Dump(*en));
  CHECK(Dump(*en).find("55 per cent") == std::string::npos);
  CHECK(Flagged(*en, "value_conflict", "65 per cent") == 1);
  auto es = CheckPair(
      "Informe de Residencias\nPublicado: 1 de octubre de 2026\n\n"
      "Los operadores privados gestionan el 61 % de las plazas, frente al 55 % de hace cinco años.\n",
      "Diario Ciudad\n3 de octubre de 2026\n\n"
      "Los operadores privados controlan el 65 % de las plazas, según el informe.\n",
      "es");
  INFO(Dump(*es));
  CHECK(Dump(*es).find("55 %") == std::string::npos);
}

TEST_CASE("subset: a group named in the sentence before and its own earlier level are no whole") {
  // trial58: "Annual pass holders are a growing part of the picture. They
  // made up 38 per cent of all visits" read as 38 per cent of all visits,
  // and the pass holders' own 35 per cent in 2024 as the figure "for all".
  auto en = CheckPair(
      "Wildlife Parks Association\nPublished: 20 February 2026\n\n"
      "Season ticket holders made up 41 per cent of all visits, compared with 37 per cent in 2024.\n",
      "Channel 4 Midlands\n21 February 2026\n\n"
      "REPORTER: Season ticket holders are a growing part of the picture. They made up 41 per cent of all "
      "visits.\n");
  INFO(Dump(*en));
  CHECK(Flagged(*en, "", "41 per cent") == 0);
}

TEST_CASE("money: a sum whose currency its writer left unsaid meets the source's sum") {
  // trial58: "con 298 millones" (the paragraph's sums in euros) and "facturó
  // 298 millones" (no currency in the article at all) were counts, never
  // paired with the source's "298 millones de euros": unsupported.
  const std::string source =
      "Federación de Editores\nPublicado: 10 de marzo de 2026\n\n"
      "La literatura infantil y juvenil facturó 298 millones de euros, un 6,2 % más.\n";
  auto elided = CheckPair(source,
                          "Diario Cultural\n12 de marzo de 2026\n\n"
                          "El cómic creció un 41 % hasta los 71 millones de euros. También tiró del mercado la "
                          "literatura infantil y juvenil, con 298 millones, un 6 % más.\n",
                          "es");
  INFO(Dump(*elided));
  const Figure* f = Find(*elided, "article", "298 millones");
  REQUIRE(f != nullptr);
  CHECK(f->kind == Kind::kMoney);
  CHECK(f->unit == "EUR");
  CHECK(Said(*elided, "unsupported", "298 millones") == 0);
  auto unsaid = CheckPair(source,
                          "Blog de Libros\n12 de marzo de 2026\n\n"
                          "La literatura infantil y juvenil facturó 298 millones.\n",
                          "es");
  INFO(Dump(*unsaid));
  CHECK(Said(*unsaid, "unsupported", "298 millones") == 0);
  CHECK(Flagged(*unsaid, "", "298 millones") == 0);
  // A count of something else before it elides that, not a currency.
  auto books = CheckPair(source,
                         "Blog de Libros\n12 de marzo de 2026\n\n"
                         "Se vendieron 180 millones de libros, y 3 millones en formato digital.\n",
                         "es");
  const Figure* g = Find(*books, "article", "3 millones");
  REQUIRE(g != nullptr);
  CHECK(g->kind == Kind::kCount);
}

TEST_CASE("subject: a transcript turn's label is no subject") {
  // eval25: "SERGIO LLAMAS: 3,9 millones, frente a 3,64 millones en 2023"
  // gave the sum the subject "sergio llamas".
  auto es = CheckPair("Ayuntamiento\nPublicado: 10 de marzo de 2026\n\nLa recaudación fue de 3,9 millones de euros.\n",
                      "Radio Valle\n12 de marzo de 2026\n\nANA PEÑA: ¿Cuánto se recaudó?\n\n"
                      "SERGIO LLAMAS: 3,9 millones, frente a 3,64 millones en 2023.\n",
                      "es");
  const Figure* f = Find(*es, "article", "3,64 millones");
  REQUIRE(f != nullptr);
  CHECK(f->frame.subject_head.empty());
}
