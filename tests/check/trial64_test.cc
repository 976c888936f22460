// Kinds of false alarm and miss the new-user trials trial64 and trial65
// found (coverage citing its source by a hyperlink alone; a release revised
// by its publisher's later notice), end to end on texts written for these
// tests, English and Spanish. Each case failed before its fix.
#include <catch2/catch.hpp>

#include <string>

#include "pipeline_fixture.h"

using namespace claimcheck;
using namespace claimcheck::testing;

namespace {

const char* kRelease =
    "title: Allotment Provision Statistics 2025-26\npublisher: Ravensholt Borough Council\ndate: 2026-09-15\n"
    "url: https://www.ravensholt.gov.example/allotments/statistics-2025-26\n\n"
    "The borough received 1,940 applications for plots. The median wait for a first offer of a plot was 27 "
    "months.\n";
const char* kNotice =
    "title: Allotment Provision Statistics 2025-26: revision notice\npublisher: Ravensholt Borough Council\n"
    "date: 2026-10-06\n\nRavensholt Borough Council has corrected one figure in Allotment Provision Statistics "
    "2025-26. The median wait for a first offer of a plot has been revised from 27 months to 29 months.\n";

}  // namespace

TEST_CASE("roles: a Markdown link is the blog's citation; a wrong figure behind it is flagged") {
  auto run = CheckDocs({
      {"release.txt", "auto", kRelease},
      {"blog.md", "auto",
       "# Muddy Boots\n\n*12 October 2026*\n\nAccording to [this year's figures](https://www.ravensholt.gov.example/"
       "allotments/statistics-2025-26), the borough received 1,490 applications for plots.\n"},
  });
  INFO(Dump(*run));
  CHECK(Flagged(*run, "value_conflict", "1,490") == 1);
}

TEST_CASE("support: the publisher's revision of a cited release gives the current value") {
  // trial65: a blog linking to the release gave the revised 29 months and
  // was told the release's old 27.
  auto run = CheckDocs({
      {"release.txt", "source", kRelease},
      {"revision-note.txt", "source", kNotice},
      {"blog.md", "article",
       "# Muddy Boots\n\n*12 October 2026*\n\nAccording to [this year's figures](https://www.ravensholt.gov.example/"
       "allotments/statistics-2025-26), the median wait is now 29 months.\n"},
  });
  INFO(Dump(*run));
  CHECK(Flagged(*run, "", "29 months") == 0);
}

TEST_CASE("support: Spanish, the revised value of a linked release") {
  auto run = CheckDocs(
      {
          {"estadistica.txt", "source",
           "title: Estadística de bibliobuses 2025\npublisher: Diputación de Valdeserra\ndate: 2026-02-10\n"
           "url: https://www.valdeserra.example/cultura/bibliobuses-2025\n\nLos bibliobuses prestaron 184.250 "
           "libros en 2025.\n"},
          {"revision.txt", "source",
           "title: Estadística de bibliobuses 2025: nota de revisión\npublisher: Diputación de Valdeserra\n"
           "date: 2026-03-02\n\nLa Diputación de Valdeserra ha corregido una cifra. Los préstamos de libros de los "
           "bibliobuses en 2025 se han revisado de 184.250 a 186.120.\n"},
          {"blog.md", "article",
           "# Lecturas\n\n*20 de marzo de 2026*\n\nSegún [la estadística provincial](https://www.valdeserra.example/"
           "cultura/bibliobuses-2025), los bibliobuses prestaron 186.120 libros en 2025.\n"},
      },
      "es");
  INFO(Dump(*run));
  CHECK(Flagged(*run, "", "186.120") == 0);
}
