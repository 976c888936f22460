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
