// Kinds of false alarm and miss that two new users' trials (trial113: a
// police force's quarterly crime release with a revised quarter; trial114:
// a port's annual trade report and its revision notice) met: the texts
// below, written for these tests in the trials' styles, are read, extracted
// and checked as sources and articles. Each case failed before its fix.
#include <catch2/catch.hpp>

#include <string>

#include "pipeline_fixture.h"

using namespace claimcheck;
using namespace claimcheck::testing;

TEST_CASE("attribution: a kind of body that recorded the count credits no other body") {
  // trial113: "Police recorded just over 9,400 offences between July and
  // September" against the Harrowdale Constabulary's release drew "credits
  // ... to Police, but the figure comes from release.txt".
  const std::string source =
      "title: Recorded crime, July to September 2026\npublisher: Marsh Vale Constabulary\ndate: 2026-10-21\n\n"
      "Marsh Vale Constabulary today publishes its recorded crime figures for the third quarter of 2026.\n\n"
      "The force recorded 8,215 offences in the quarter, down from 8,630 in the second quarter of 2026.\n";
  auto run = CheckPair(source,
                       "Vale Gazette\n23 October 2026\n\nRecorded crime in the vale dropped over the summer, "
                       "according to figures published by Marsh Vale Constabulary on Wednesday.\n\n"
                       "Police recorded just over 8,200 offences between July and September, compared with 8,630 in "
                       "the three months before.\n");
  INFO(Dump(*run));
  CHECK(Flagged(*run, "attribution_conflict", "8,200") == 0);
  CHECK(Flagged(*run, "attribution_conflict", "8,630") == 0);
  // (A body's own name that counted the figure still credits that body:
  // "VisitBritain counts 4,600 pods" in trial60-campsites, a corpus case.)
}

TEST_CASE("superseded: 'X, revised from Y' after the new value names its old one") {
  // trial114: "the port handled 2,361,200 TEU in 2025, revised from
  // 2,384,600 TEU" was read as no revision, and an article's 2,384,600 was
  // supported by the first report.
  const Doc report{"annual-report.txt", "source",
                   "PORT OF KELLAND AUTHORITY\nAnnual trade report 2025\nPublished: 12 February 2026\n\n"
                   "The port handled 1,184,300 TEU in 2025.\n"};
  const Doc revision{"revision.txt", "source",
                     "PORT OF KELLAND AUTHORITY\nRevision notice\nPublished: 3 March 2026\n\n"
                     "Following final returns from the terminal operators, the port handled 1,172,900 TEU in 2025, "
                     "revised from 1,184,300 TEU.\n"};
  auto run = CheckDocs({report, revision,
                        {"courier.html", "article",
                         "Kelland Courier\n10 March 2026\n\nThe port handled 1,184,300 TEU last year, the Port of "
                         "Kelland Authority says.\n"}});
  INFO(Dump(*run));
  CHECK(Said(*run, "superseded", "1,184,300") == 1);
  const Figure* f = FindExact(*run, "revision", "1,172,900");
  REQUIRE(f != nullptr);
  CHECK(f->frame.revised);
  REQUIRE(f->frame.previous.has_value());
  CHECK(*f->frame.previous == Approx(1184300));

  auto es = CheckDocs({{"memoria.txt", "source",
                        "AUTORIDAD PORTUARIA DE VALDEMAR\nMemoria 2025\nPublicado el 12 de febrero de 2026\n\n"
                        "El puerto movió 842.300 TEU en 2025.\n"},
                       {"nota.txt", "source",
                        "AUTORIDAD PORTUARIA DE VALDEMAR\nNota de revisión\nPublicado el 3 de marzo de 2026\n\n"
                        "El puerto movió 836.900 TEU en 2025, revisado desde 842.300 TEU.\n"},
                       {"noticia.txt", "article",
                        "Diario de Valdemar\n10 de marzo de 2026\n\nEl puerto movió 842.300 TEU el año pasado, según "
                        "la Autoridad Portuaria de Valdemar.\n"}},
                      "es");
  INFO(Dump(*es));
  CHECK(Said(*es, "superseded", "842.300") == 1);
}
