// Kinds of false alarm the eval48 blind set (saddlers, scuba centres,
// glassblowing studios) met, opened for development, and one a new user's
// trial met (trial112): the texts below, written for these tests in the
// sets' styles, are read, extracted and checked as sources and articles.
// Each English case failed before its fix; the Spanish ones hold the same
// rule in the other language.
#include <catch2/catch.hpp>

#include <string>

#include "pipeline_fixture.h"

using namespace claimcheck;
using namespace claimcheck::testing;

TEST_CASE("superseded: a correction notice's story before its revisions replaces no figure") {
  // eval48: a notice opening "the association found that 11 workshops had
  // submitted their returns twice" and then revising saddle output was read
  // as replacing the survey's "9 new workshops opened".
  const Doc survey{"survey.txt", "source",
                   "GUILD OF HATTERS\nAnnual trade survey 2025\nPublished: 10 February 2026\n\n"
                   "Member workshops made 21,400 hats in 2025.\n\n"
                   "During the year 17 member workshops closed and 6 new workshops opened.\n"};
  const Doc notice{"notice.txt", "source",
                   "GUILD OF HATTERS\nAnnual trade survey 2025: correction\nPublished: 2 March 2026\n\n"
                   "The guild found that 8 workshops had sent their returns twice, and both copies had been "
                   "counted.\n\n"
                   "The number of hats made in 2025 has been revised from 21,400 to 20,950.\n"};
  auto run = CheckDocs({survey, notice,
                        {"story.txt", "article",
                         "Millinery Weekly\n5 March 2026\n\nSeventeen workshops shut last year while only six opened, "
                         "the Guild of Hatters says.\n"}});
  INFO(Dump(*run));
  CHECK(Flagged(*run, "", "six") == 0);
  // The notice's revision still replaces the figure it names.
  auto old = CheckDocs({survey, notice,
                        {"story.txt", "article",
                         "Millinery Weekly\n5 March 2026\n\nMember workshops made 21,400 hats in 2025, the Guild of "
                         "Hatters says.\n"}});
  INFO(Dump(*old));
  CHECK(Flagged(*old, "superseded", "21,400") == 1);

  const Doc censo{"censo.txt", "source",
                  "GREMIO DE CESTEROS\nCenso anual 2025\nPublicado el 10 de febrero de 2026\n\n"
                  "Los talleres del gremio vendieron 48.300 cestas en 2025.\n\n"
                  "Durante el año cerraron 15 talleres socios y abrieron 7 talleres nuevos.\n"};
  const Doc nota{"nota.txt", "source",
                 "GREMIO DE CESTEROS\nCorrección del censo anual 2025\nPublicado el 2 de marzo de 2026\n\n"
                 "El gremio detectó que 12 talleres habían enviado su cuestionario dos veces.\n\n"
                 "El número de cestas vendidas en 2025 se ha revisado de 48.300 a 46.900.\n"};
  auto es = CheckDocs({censo, nota,
                       {"noticia.txt", "article",
                        "Diario del Mimbre\n5 de marzo de 2026\n\nCerraron 15 talleres socios y abrieron 7 talleres "
                        "nuevos, según el censo del gremio.\n"}},
                      "es");
  INFO(Dump(*es));
  CHECK(Flagged(*es, "", "7 talleres") == 0);
}

TEST_CASE("rate: a second per phrase after a figure's own is still that figure's") {
  // eval48: "The conservation fee of €3 per diver per dive raised €412,000"
  // gave the €412,000 the "per dive", and a rate warning against the
  // report's "the fee raised €412,000".
  auto run = CheckPair(
      "ISLAND DIVE OPERATORS\nAnnual report 2025\nPublished 4 March 2026\n\n"
      "Each diver pays a reef levy of €2 per day. In 2025 the levy raised €286,000 for the marine park.\n",
      "Island Herald\n6 March 2026\n\nThe reef levy of €2 per diver per dive raised €286,000 for the marine park "
      "last year, the operators' report shows.\n");
  INFO(Dump(*run));
  const Figure* sum = FindExact(*run, "article", "€286,000");
  REQUIRE(sum != nullptr);
  CHECK(sum->frame.per.empty());
  CHECK(Flagged(*run, "rate_conflict", "286,000") == 0);
}

TEST_CASE("rate: a subject the source's document calls annual is per year there") {
  // trial112: "2,963 charities now have an income of more than £1 million a
  // year" against "2,963 charities reported income of more than £1
  // million", in a release that speaks of charities' "annual income", drew
  // a rate warning.
  const std::string source =
      "CHARITY REGISTER OFFICE\nRegister statistics\nPublished 14 October 2026\n\n"
      "At 30 September 2026, 9,812 charities reported an annual income under £10,000. At the other end of the "
      "scale, 1,744 charities reported income of more than £5 million.\n";
  auto run = CheckPair(source,
                       "Third Sector Daily\n16 October 2026\n\nThe register shows that 1,744 charities have an income "
                       "of more than £5 million a year.\n");
  INFO(Dump(*run));
  CHECK(Flagged(*run, "rate_conflict", "£5 million") == 0);
  // A month is still another denominator than the year the document gives.
  auto month = CheckPair(source,
                         "Third Sector Daily\n16 October 2026\n\nThe register shows that 1,744 charities have an "
                         "income of more than £5 million a month.\n");
  INFO(Dump(*month));
  CHECK(Flagged(*month, "rate_conflict", "£5 million") == 1);
  auto es = CheckPair(
      "REGISTRO DE FUNDACIONES\nEstadística del registro\nPublicado el 14 de octubre de 2026\n\n"
      "A 30 de septiembre de 2026, 4.120 fundaciones declararon unos ingresos anuales inferiores a 10.000 euros. "
      "En el otro extremo, 812 fundaciones declararon ingresos de más de 5 millones de euros.\n",
      "Diario Social\n16 de octubre de 2026\n\nEl registro muestra que 812 fundaciones tienen ingresos de más de 5 "
      "millones de euros al año.\n",
      "es");
  INFO(Dump(*es));
  CHECK(Flagged(*es, "rate_conflict", "5 millones") == 0);
}

TEST_CASE("multiplier: a factor since a start the source's change does not run from is no value error") {
  // eval48: an owner's "gas bill had doubled since 2022" against the
  // census's "the average annual gas bill per studio rose 23%" drew a value
  // error offering "a rise of about 1.2 times".
  const std::string source =
      "GLASS STUDIOS FEDERATION\nStudio census 2025\nPublished 3 March 2026\n\n"
      "The average annual electricity bill per studio rose 31% to £9,400.\n";
  auto run = CheckPair(source,
                       "Valley News\n6 March 2026\n\nAt one studio, the owner said her electricity bill had tripled "
                       "since 2021.\n");
  INFO(Dump(*run));
  CHECK(Flagged(*run, "", "tripled") == 0);
  // The same factor with no start of its own still meets the source's rise.
  auto plain = CheckPair(source,
                         "Valley News\n6 March 2026\n\nThe average annual electricity bill per studio tripled last "
                         "year, to £9,400, the census shows.\n");
  INFO(Dump(*plain));
  CHECK(Flagged(*plain, "value_conflict", "tripled") == 1);
}
