// Kinds of false alarm that new-user trials 102 and 103 (school exam
// results, an energy price cap, regional unemployment, airport traffic, a
// prisons inspectorate, a 112 emergency service) met, end to end: the texts
// below, written for these tests, are read, extracted and checked as
// sources and articles. Each case failed before its fix.
#include <catch2/catch.hpp>

#include <string>

#include "pipeline_fixture.h"

using namespace claimcheck;
using namespace claimcheck::testing;

TEST_CASE("subject: a past verb after an adjective and an unmarked plural ends the phrase") {
  // trial102: "Roughly 14,300 young people sat final-year exams" read
  // "young people sat final-year exams" (head "exam"), a subject warning
  // against the release's 14,260 pupils.
  auto run = CheckPair(
      "VENNMOOR EDUCATION AUTHORITY\nExam results 2026\nPublished 20 August 2026\n\n"
      "In summer 2026, 14,260 pupils sat final-year examinations at the region's 62 secondary schools.\n",
      "Parents' Forum\n25 August 2026\n\nRoughly 14,300 young people sat final-year exams this summer, the "
      "education authority says.\n");
  INFO(Dump(*run));
  const Figure* f = Find(*run, "article", "14,300");
  REQUIRE(f != nullptr);
  CHECK(f->subject == "young people");
  CHECK(Flagged(*run, "", "14,300") == 0);
}

TEST_CASE("subject: people a body holds or employs are what is counted") {
  // trial103: "the prisons held 14,862 people" read the prisons as what the
  // 14,862 counts, a subject warning against a faithful "people were behind
  // bars". People after a verb that links or moves a measure stay its unit
  // ("Unemployment rose to 34,000 people").
  auto run = CheckPair(
      "CALDERWICK PRISONS INSPECTORATE\nAnnual report\nPublished 1 October 2026\n\n"
      "On 30 June 2026 the prisons held 14,862 people, up from 13,975 a year earlier.\n",
      "Calderwick Radio\n2 October 2026\n\nFourteen thousand eight hundred and sixty-two people were behind bars at "
      "the end of June, the inspectorate's annual report says.\n");
  INFO(Dump(*run));
  const Figure* f = Find(*run, "source", "14,862");
  REQUIRE(f != nullptr);
  CHECK(f->frame.subject_head != "prison");
  CHECK(Flagged(*run, "", "Fourteen thousand") == 0);
}

TEST_CASE("superseded: an old value named beside the new one that rounds the revision is no repeat") {
  // trial103: "September's total had to be revised up to 1.40 million from
  // 1.38 million" gives the revision's 1,402,310 rounded and names the old
  // value as old, yet the 1.38 million drew a superseded warning.
  auto run = CheckDocs(
      {{"release.txt", "source",
        "KESTREL MOOR AIRPORT\nTraffic statistics\nPublished 10 October 2026\n\n"
        "The airport handled 1,377,900 passengers in September 2026.\n"},
       {"revision.md", "source",
        "Kestrel Moor Airport\nRevised figures\nPublished 5 November 2026\n\n"
        "Total passengers in September 2026 have been revised to 1,402,310 (previously 1,377,900).\n"},
       {"blog.md", "article",
        "Plane Talk\n12 November 2026\n\nSeptember's passenger total at Kestrel Moor Airport had to be revised up "
        "to 1.40 million from 1.38 million after a handling agent under-counted passengers.\n"}},
      "en");
  INFO(Dump(*run));
  CHECK(Flagged(*run, "superseded", "1.38 million") == 0);
  CHECK(Flagged(*run, "", "1.40 million") == 0);
}

TEST_CASE("qualifier: 'antes de' a span of time is a ceiling, as 'en menos de' is") {
  // trial103: "el 94,6 % se atendió en menos de 10 segundos" against the
  // memoria's "atendidas antes de 10 segundos" was a qualifier warning (the
  // source's 10 seconds read as exact).
  auto run = CheckPair(
      "AGENCIA DE EMERGENCIAS 112\nMemoria anual 2025\n15 de marzo de 2026\n\n"
      "El 94,6 % de las llamadas fueron atendidas antes de 10 segundos.\n",
      "Noticias del Valle\n17 de marzo de 2026\n\nEl 94,6 % de las llamadas se atendió en menos de 10 segundos, "
      "según la memoria de la Agencia.\n",
      "es");
  INFO(Dump(*run));
  CHECK(Flagged(*run, "qualifier_conflict", "10 segundos") == 0);
}

TEST_CASE("subgroup: a fronted survey is how a figure was gathered and names no group") {
  // trial103: "In our survey of prisoners, 38% said ..." was read as the
  // figure of a subgroup ("our survey of prisoners"), a subset warning
  // against a faithful "nearly four in ten prisoners", with another
  // statistic offered as the correction.
  // The trial's cluster itself, read as the command line reads it.
  const std::string dir = "corpus/checkdev/trial103-prisons-inspectorate/";
  auto read = [&](const std::string& name) { return ReadCorpusFile(dir + name); };
  auto run = CheckDocs({{"report.html", "source", read("report.html")},
                        {"transcript.html", "article", read("transcript.html")}});
  INFO(Dump(*run));
  CHECK(Flagged(*run, "", "four in ten") == 0);
  // The same in Spanish (a guard: the short text was quiet before too).
  auto es = CheckPair(
      "INSPECCIÓN DE PRISIONES\nInforme anual\n1 de octubre de 2026\n\n"
      "En nuestra encuesta a los presos, el 38 % dijo pasar menos de dos horas al día fuera de la celda. Menos de "
      "un tercio de los presos estudiaba o trabajaba.\n",
      "Radio Calderón\n2 de octubre de 2026\n\nCasi cuatro de cada diez presos pasan menos de dos horas al día "
      "fuera de la celda, según la Inspección.\n",
      "es");
  INFO(Dump(*es));
  CHECK(Flagged(*es, "", "cuatro de cada diez") == 0);
}

TEST_CASE("time: a date in the relative clause after a later figure is not the earlier figure's") {
  // trial105: "Capital investment in the year was £38 million, including
  // £12 million on the new Berth 9 deep-water quay, which is due to be
  // completed in 2027" dated the £38 million 2027, a period warning
  // against a faithful "spent £38 million ... last year". The relative
  // clause opens after a comma and the later figure's noun phrase.
  const std::string source =
      "PORT OF KESTREL AUTHORITY\nAnnual statistics 2025\nPublished 20 February 2026\n\n"
      "Capital investment in 2025 was £38 million, including £12 million on the new Berth 9 deep-water quay, which "
      "is due to be completed in 2027.\n";
  auto run = CheckPair(source,
                       "Harbour Gazette\n24 February 2026\n\nThe Authority spent £38 million on new infrastructure "
                       "last year, the port authority's annual statistics show.\n");
  INFO(Dump(*run));
  const Figure* f = Find(*run, "source", "£38 million");
  REQUIRE(f != nullptr);
  CHECK(f->time != "2027");
  CHECK(f->frame.period != "2027");
  CHECK(Flagged(*run, "", "£38 million") == 0);
}

TEST_CASE("period: the first half of the month is part of a month, not of the year") {
  // trial104: "a fall of 1.8%, which retailers linked to unusually warm
  // weather in the first half of the month" dated the October fall January
  // to June, a period warning against a faithful wire.
  auto run = CheckPair(
      "NATIONAL STATISTICS OFFICE\nRetail sales, October 2026\nPublished 20 November 2026\n\n"
      "Food stores saw volumes rise by 1.1% on the month. Clothing and footwear stores recorded a fall of 1.8%, "
      "which retailers linked to unusually warm weather in the first half of the month.\n",
      "Baltic Wire\n20 November 2026\n\nClothing and footwear volumes dropped 1.8 percent in October, the statistics "
      "office said.\n");
  INFO(Dump(*run));
  const Figure* f = Find(*run, "source", "1.8%");
  REQUIRE(f != nullptr);
  CHECK(f->frame.period != "2026-01/2026-06");
  CHECK(Flagged(*run, "", "1.8 percent") == 0);
  // The first half of the year is still six months.
  auto year = CheckPair("Office\nPublished 20 July 2026\n\nSales rose 2.1% in the first half of the year.\n",
                        "Wire\n21 July 2026\n\nSales rose 2.1% in the first half of the year.\n");
  const Figure* g = Find(*year, "source", "2.1%");
  REQUIRE(g != nullptr);
  CHECK(g->frame.period == "2026-01/2026-06");
}
