// Kinds of false alarm the eval50 blind set met when it was opened (three
// misattributions that were none), in texts written for these tests in that
// set's styles, read, extracted and checked as sources and articles. Each
// English case failed before its fix; the Spanish ones hold the same rule in
// the other language. (The third kind, a pronoun after a body its sentence
// describes, is read in extract: corpus/frames/dev-en.yaml s63-en-pronoun-body-01.)
#include <catch2/catch.hpp>

#include <string>

#include "pipeline_fixture.h"

using namespace claimcheck;
using namespace claimcheck::testing;

TEST_CASE("attribution: a body said to quote a figure relays it as its document does") {
  // eval50: "The number of preparation licences fell to 1,326 from 1,409,
  // figures quoted by the Guild showed" drew "credit the Licensing Office",
  // though the Guild's survey quotes the Office's figures.
  const std::string survey =
      "CORNHILL GUILD OF BOOKBINDERS\nAnnual Survey of the Trade 2025\nPublished: 10 February 2026\n\n"
      "According to the Heritage Materials Licensing Office, 2,418 vellum permits were issued in 2025, down "
      "from 2,590 in 2024.\n";
  auto run = CheckPair(survey,
                       "Wire\n14 February 2026\n\nVellum permits fell to 2,418 from 2,590, figures quoted by the "
                       "Guild showed.\n");
  INFO(Dump(*run));
  CHECK(Flagged(*run, "attribution_conflict", "2,418") == 0);
  // Crediting the Guild outright, as its own finding, still draws one.
  auto act = CheckPair(survey,
                       "Wire\n14 February 2026\n\nAccording to the Guild, 2,418 vellum permits were issued last "
                       "year, down from 2,590.\n");
  INFO(Dump(*act));
  CHECK(Flagged(*act, "attribution_conflict", "2,418") == 1);

  auto es = CheckPair("FEDERACIÓN DE ENCUADERNADORES DE CASTRELO\nEncuesta anual del oficio 2025\n"
                      "10 de febrero de 2026\n\nSegún la Oficina de Licencias de Materiales, en 2025 se concedieron "
                      "2.418 permisos de pergamino, frente a 2.590 en 2024.\n",
                      "Agencia\n14 de febrero de 2026\n\nLos permisos de pergamino bajaron a 2.418, según datos "
                      "citados por la Federación.\n",
                      "es");
  INFO(Dump(*es));
  CHECK(Flagged(*es, "attribution_conflict", "2.418") == 0);
}

TEST_CASE("attribution: what a body's name owns is the body's") {
  // eval50: "The Guild's Workshop Survey 2025 found that ... nearly
  // two-thirds of the work" drew "the figure comes from the Guild of
  // Horological Repairers' survey": the survey's own name made another body.
  auto run = CheckPair("GUILD OF PIANO TUNERS\nStatistical release\nPublished: 3 March 2026\n\n"
                       "Grand pianos made up 38% of tunings in 2025.\n",
                       "Wire\n9 March 2026\n\nThe Guild's Tuning Census 2025 found that grand pianos made up 38% "
                       "of tunings.\n");
  INFO(Dump(*run));
  CHECK(Flagged(*run, "attribution_conflict", "38%") == 0);
  // Another body's report is still another body's.
  auto other = CheckPair("GUILD OF PIANO TUNERS\nStatistical release\nPublished: 3 March 2026\n\n"
                         "Grand pianos made up 38% of tunings in 2025.\n",
                         "Wire\n9 March 2026\n\nThe Music Retailers Association's annual census found that grand "
                         "pianos made up 38% of tunings.\n");
  INFO(Dump(*other));
  CHECK(Flagged(*other, "attribution_conflict", "38%") == 1);
}
