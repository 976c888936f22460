// Kinds of false alarm and miss the eval36 set showed once opened, end to
// end: the texts below (written for these tests) are read, extracted and
// checked as sources and articles. Each case failed before its fix, or
// (the last two, marked so) with the subject reading of the second alone.
#include <catch2/catch.hpp>

#include <string>

#include "pipeline_fixture.h"

using namespace claimcheck;
using namespace claimcheck::testing;

TEST_CASE("superseded: a revision's unchanged figure restates its own old statement, not a sibling's") {
  // eval36: "the median time to a refund (3 working days) ... unchanged" in
  // a revised release was read as replacing the first release's "within
  // four working days" of the same sentence, and an article repeating the
  // four days was told it was out of date.
  auto run = CheckDocs({
      {"release.txt", "source",
       "REFUND STANDARDS OFFICE\nStatistical release: card fraud refunds, July to December 2025\nRelease "
       "date: 2 March 2026\n\nMain points\n\n- Card issuers reported 61,300 fraud claims in the half year, "
       "down 4.1% from 63,920.\n- Total losses reported were £48.2 million.\n\nIssuers turned down 9% of "
       "claims closed in the period. The median time from a claim being made to the refund arriving was "
       "3 working days, and 81% of refunded claims were paid within four working days.\n"},
      {"release-revised.txt", "source",
       "REFUND STANDARDS OFFICE\nRevised statistical release: card fraud refunds, July to December 2025\n"
       "Release date: 20 March 2026\n\nNotice of revision\n\nThis release replaces the figures published "
       "on 2 March 2026. Two issuers sent corrected returns after the original release was compiled, and "
       "the affected figures are listed below. All other figures in the original release are unchanged.\n"
       "\nThe number of claims (61,300), the share of claims turned down (9%), the median time to a refund "
       "(3 working days) and the rate of 2.4 claims per 10,000 card payments are all unchanged.\n"},
      {"blog.txt", "article",
       "Money Matters blog\n25 March 2026\n\nRefunds are quick when they come. More than four in five refunded "
       "claims were paid within four working days.\n"},
  });
  INFO(Dump(*run));
  CHECK(Said(*run, "superseded", "four working days") == 0);
}

TEST_CASE("subject: a measure noun's participle clause and its agent are read ('the price brewers paid')") {
  // eval36: "The average price brewers paid for hops rose 8%" had no
  // subject, and its source's "while the average price paid for hops rose
  // by 8%" none either; with the clause read, the two are one statement.
  auto run = CheckPair(
      "Brewing Costs Survey 2026\nGuild of Small Brewers\n4 February 2026\n\n"
      "Bottle prices were broadly flat over the year, while the average price paid for barley rose by 9%.\n",
      "Brew News\n10 February 2026\n\n"
      "The average price brewers paid for barley rose 9%, the Guild of Small Brewers said.\n");
  INFO(Dump(*run));
  const Figure* a = Find(*run, "article", "9%");
  REQUIRE(a != nullptr);
  CHECK(a->frame.subject_head == "price");
  const Figure* s = Find(*run, "source", "9%");
  REQUIRE(s != nullptr);
  CHECK(s->frame.subject_head == "price");
  // ("Bottle prices" open the sentence's other clause: no group of the 9%.)
  CHECK(Said(*run, "subset_conflict", "9%") == 0);
  CHECK(Flagged(*run, "", "9%") == 0);
}

TEST_CASE("subset: a misprint of the source's figure is no part's figure (the document's own name)") {
  // (Failed with the subject reading alone.) agriculture-dairy-prices, once the source's subject was read ("the
  // average wholesale price paid to growers"): "Prices fell 23%" for its
  // "down 2.3%" lost its value conflict as another group's number.
  auto run = CheckPair(
      "Potato Market Report\nAgriculture Statistics Unit\n3 October 2027\n\n"
      "The average wholesale price paid to growers in September 2027 was 21.40 pence per kilo, down 2.3% on "
      "August.\n",
      "Farm Gazette\n6 October 2027\n\n"
      "Prices fell 23% between August and September, the Agriculture Statistics Unit said.\n");
  INFO(Dump(*run));
  CHECK(Said(*run, "value_conflict", "23%") == 1);
}

TEST_CASE("subject: the same level and previous level name one statement, whatever the head") {
  // (Failed with the subject reading alone.) trial39: "Pension payouts fell to £141.2m, from £129.6m" for "Benefits
  // paid ... totalled £141.2m, up from £129.6m" read as another subject
  // once "benefits paid" was read, and the direction went unflagged.
  auto run = CheckPair(
      "Annual Report 2025-26\nWestmoor Pension Fund\n1 July 2026\n\n"
      "Benefits paid to members totalled £88.4m, up from £81.7m in 2024/25.\n",
      "Westmoor Echo\n4 July 2026\n\n"
      "Pension payouts fell to £88.4m, from £81.7m the year before, the Westmoor Pension Fund said.\n");
  INFO(Dump(*run));
  CHECK(Said(*run, "direction_conflict", "£88.4m") == 1);
  CHECK(Said(*run, "subject_conflict", "£88.4m") == 0);
}

TEST_CASE("period: a time right after a reporting verb dates the saying, not the figure") {
  // eval36: "said this week that its members took £412 million ...
  // between July and September" gave the takings the week of the article,
  // a period conflict with the source's third quarter.
  auto run = CheckPair(
      "Quarterly Trading Survey\nAssociation of Garden Centres\n20 October 2026\n\n"
      "Sales at member garden centres reached £268 million in the third quarter of 2026, up 3.2% on the same "
      "quarter of 2025.\n",
      "Valley Echo\n30 October 2026\n\n"
      "The Association of Garden Centres said this week that its members took £268 million between July and "
      "September, up 3.2% on a year earlier.\n");
  INFO(Dump(*run));
  CHECK(Flagged(*run, "", "£268 million") == 0);
}

TEST_CASE("place: where a report was presented is no place of its figures") {
  // eval36: "según el Barómetro ... presentado este martes en Madrid" made
  // Spain's 5,62 millones de abonados a figure for Madrid, and the source's
  // España a subset conflict.
  auto run = CheckPair(
      "Informe anual de academias de baile\nFederación Española de Escuelas de Danza\n2 de marzo de 2026\n\n"
      "El número de alumnos de academias de baile en España alcanzó los 412.000 al cierre de 2025, un 3,6 % "
      "más que un año antes.\n",
      "Teletipo\n4 de marzo de 2026\n\n"
      "Las academias de baile cerraron 2025 con 412.000 alumnos, un 3,6 % más que el año anterior, según el "
      "informe de la Federación Española de Escuelas de Danza presentado este martes en Madrid.\n",
      "es");
  INFO(Dump(*run));
  const Figure* a = Find(*run, "article", "412.000");
  REQUIRE(a != nullptr);
  CHECK(a->frame.place.empty());
  CHECK(Flagged(*run, "", "412.000") == 0);
  CHECK(Flagged(*run, "", "3,6 %") == 0);
}

TEST_CASE("disagreement: a hedged round number is no digit slip of another article's count") {
  // eval36: a lawyer's "unos 3.000 estudiantes admitidos" (her guess) and
  // another article's "31.000 estudiantes internacionales" were called a
  // disagreement: one digit more read as a slip.
  auto run = CheckDocs({
      {"cronica.txt", "article",
       "Diario Universitario\n5 de noviembre de 2026\n\n\"Calculo que unos 3.000 estudiantes admitidos este curso "
       "no han podido incorporarse por culpa del visado\", afirma la abogada Carmen Ruiz.\n"},
      {"columna.txt", "article",
       "Columna de opinión\n8 de noviembre de 2026\n\nLas universidades del norte tienen ya 31.000 estudiantes "
       "extranjeros este curso, y la tendencia no para.\n"},
  }, "es");
  INFO(Dump(*run));
  CHECK(Said(*run, "disagreement", "3.000") == 0);
  CHECK(Said(*run, "disagreement", "31.000") == 0);
}
