// Kinds of false alarm found when the eval34 blind set was opened for
// development, end to end: the texts below (written for these tests) are
// read, extracted and checked as sources and articles. Each case failed
// before its fix, but the first, which guards its kind here while the
// cluster it came from (corpus/checkdev/eval34-adopciones) is the case that
// failed.
#include <catch2/catch.hpp>

#include <string>

#include "pipeline_fixture.h"

using namespace claimcheck;
using namespace claimcheck::testing;

TEST_CASE("modality: a bound on last year's outcome is not next year's target") {
  // eval34: "más de 1.900 adopciones" in 2025 was set against the council's
  // target of 2.300 for 2026 (the bound holds 2.300) and called a forecast
  // reported as the outcome.
  auto en = CheckPair(
      "Riverton City Council\nPublished: 12 February 2026\n\n"
      "The council's two shelters rehomed 1,642 dogs in 2025.\n\n"
      "The council has set itself a target of rehoming 2,100 dogs in 2026.\n",
      "Riverton Gazette\n14 February 2026\n\n"
      "The shelters found homes for more than 1,600 dogs in 2025, the council said.\n");
  INFO(Dump(*en));
  CHECK(Flagged(*en, "", "more than 1,600") == 0);
  auto es = CheckPair(
      "Ayuntamiento de Riberalta\nPublicado: 12 de febrero de 2026\n\n"
      "Los dos refugios municipales dieron en adopción 1.642 perros en 2025.\n\n"
      "El Ayuntamiento se ha fijado como objetivo dar en adopción 2.100 perros en 2026.\n",
      "Gaceta de Riberalta\n14 de febrero de 2026\n\n"
      "Los refugios encontraron hogar para más de 1.600 perros en 2025, según el Ayuntamiento.\n",
      "es");
  INFO(Dump(*es));
  CHECK(Flagged(*es, "", "más de 1.600") == 0);
}

TEST_CASE("subject: a change a demonstrative opens is of the count its baseline names again") {
  // eval34: "The 14 museums ... received 41.2 million visits in calendar
  // year 2025. This was an increase of 6.4% on the 38.7 million visits
  // recorded in 2024" gave the 6.4% the museums and 2024, so "up by more
  // than 6 per cent" was set against "8% below" the 2019 level.
  auto en = CheckPair(
      "Northern Libraries Network\nPublished: 20 January 2026\n\n"
      "The 12 libraries in the network received 3.4 million visits in calendar year 2025. This was an "
      "increase of 5.8% on the 3.2 million visits recorded in 2024. Visits nevertheless remained 9% below "
      "the 3.7 million recorded in 2019.\n",
      "Northern Echo Online\n22 January 2026\n\n"
      "The region's libraries drew 3.4 million visits last year, up by more than 5 per cent, the network "
      "said.\n");
  INFO(Dump(*en));
  CHECK(Flagged(*en, "", "more than 5 per cent") == 0);
  const Figure* f = Find(*en, "source", "5.8%");
  REQUIRE(f != nullptr);
  CHECK(f->frame.subject_head == "visit");
  CHECK(f->time == "2025");
  const Figure* v = Find(*en, "source", "3.4 million");
  REQUIRE(v != nullptr);
  CHECK(v->frame.period == "2025");  // "in calendar year 2025"
  auto es = CheckPair(
      "Red de Bibliotecas del Norte\nPublicado: 20 de enero de 2026\n\n"
      "Las 12 bibliotecas de la red recibieron 3,4 millones de visitas en el año natural 2025. Esto supuso "
      "un aumento del 5,8 % sobre los 3,2 millones de visitas registrados en 2024. Las visitas siguieron un "
      "9 % por debajo de los 3,7 millones de 2019.\n",
      "Diario del Norte\n22 de enero de 2026\n\n"
      "Las bibliotecas de la región recibieron 3,4 millones de visitas el año pasado, más de un 5 % más, "
      "según la red.\n",
      "es");
  INFO(Dump(*es));
  CHECK(Flagged(*es, "", "5 %") == 0);
  const Figure* g = Find(*es, "source", "5,8 %");
  REQUIRE(g != nullptr);
  CHECK(g->frame.subject_head == "visita");
}

TEST_CASE("period: a target's deadline month written without a year is the next one") {
  // eval34: "a target of cutting the average wait ... to 10 weeks by
  // December", in a story of April 2026, was dated December 2025 and set
  // against the release's December 2026.
  auto en = CheckPair(
      "Licensing Office\nPublished: 30 March 2026\n\n"
      "The office has set a target of reducing the average wait for a licence to 8 weeks by December 2026.\n",
      "City Wire\n2 April 2026\n\n"
      "The office has set a target of cutting the average wait for a licence to 8 weeks by December.\n");
  INFO(Dump(*en));
  CHECK(Flagged(*en, "", "8 weeks") == 0);
  const Figure* f = Find(*en, "article", "8 weeks");
  REQUIRE(f != nullptr);
  CHECK(f->frame.period == "2026-12");
  auto es = CheckPair(
      "Oficina de Licencias\nPublicado: 30 de marzo de 2026\n\n"
      "La oficina se ha fijado el objetivo de reducir la espera media para una licencia a 8 semanas en "
      "diciembre de 2026.\n",
      "Teletipo Ciudad\n2 de abril de 2026\n\n"
      "La oficina se ha fijado el objetivo de bajar la espera media para una licencia a 8 semanas para "
      "diciembre.\n",
      "es");
  INFO(Dump(*es));
  CHECK(Flagged(*es, "", "8 semanas") == 0);
}

TEST_CASE("speaker and qualifier: advice after a colon credits its own clause and caps no figure") {
  // eval34: "Un préstamo a 25 años es un compromiso muy largo: compara
  // ofertas ... y no te endeudes por encima del 66 % del valor de tasación,
  // que es la media actual, según la AEEH" credited the 25 años to the
  // association and read "por encima del 66 %" as a floor on its average.
  auto es = CheckDocs(
      {{"registro.txt", "source",
        "Instituto de Estadística Registral\nPublicado: 10 de octubre de 2026\n\n"
        "El plazo medio de las hipotecas sobre vivienda fue de 30 años en el tercer trimestre.\n"},
       {"asociacion.txt", "source",
        "Asociación de Banca Hipotecaria\nNota de prensa\nMadrid, 12 de octubre de 2026\n\n"
        "El porcentaje medio de financiación sobre el valor de tasación se situó en el 70 % en el tercer "
        "trimestre.\n"},
       {"blog.md", "article",
        "Blog del Comprador\n15 de octubre de 2026\n\n"
        "Un préstamo a 30 años es un compromiso muy largo: compara ofertas, negocia el diferencial y no te "
        "endeudes por encima del 70 % del valor de tasación, que es la media actual, según la Asociación de "
        "Banca Hipotecaria.\n"}},
      "es");
  INFO(Dump(*es));
  CHECK(Flagged(*es, "", "30 años") == 0);
  CHECK(Flagged(*es, "", "70 %") == 0);
  const Figure* f = Find(*es, "blog", "30 años");
  REQUIRE(f != nullptr);
  CHECK(f->frame.speaker.empty());
  auto en = CheckDocs(
      {{"registry.txt", "source",
        "Land Registry Statistics\nPublished: 10 October 2026\n\n"
        "The average mortgage term on home purchases was 30 years in the third quarter.\n"},
       {"association.txt", "source",
        "Mortgage Lenders Association\nPress release\nLondon, 12 October 2026\n\n"
        "The average loan-to-value ratio was 70% in the third quarter.\n"},
       {"blog.md", "article",
        "The Buyer's Blog\n15 October 2026\n\n"
        "A 30-year loan is a long commitment: shop around, haggle over the margin and do not borrow more "
        "than 70% of the valuation, which is the current average, according to the Mortgage Lenders "
        "Association.\n"}});
  INFO(Dump(*en));
  CHECK(Flagged(*en, "", "30-year") == 0);
  CHECK(Flagged(*en, "", "70%") == 0);
  const Figure* g = Find(*en, "blog", "30-year");
  REQUIRE(g != nullptr);
  CHECK(g->frame.speaker.empty());
}

TEST_CASE("disagreement: two spans of time with no subject are no fact told two ways") {
  // eval34: a blog's "Give people six months to catch up" and a bulletin's
  // "over the last three months alone" were called a disagreement.
  const Doc source{"release.txt", "source",
                   "Revenue Statistics Office\nPublished: 2 October 2026\n\n"
                   "Councils obtained 2.36 million liability orders in the year to March 2026.\n"};
  auto en = CheckDocs({source,
                       {"blog.txt", "article",
                        "Policy Blog\n5 October 2026\n\n"
                        "The fix is simple. Give families six months to catch up before a court order is "
                        "sought.\n"},
                       {"bulletin.txt", "article",
                        "Radio Fells\n6 October 2026\n\n"
                        "Councils wrote off 312 million pounds of debt over the last three months alone.\n"}});
  INFO(Dump(*en));
  CHECK(Flagged(*en, "disagreement", "months") == 0);
  // "pounds of debt" is money, and what the sum is.
  const Figure* f = Find(*en, "bulletin", "312 million pounds");
  REQUIRE(f != nullptr);
  CHECK(f->unit == "GBP");
  CHECK(f->frame.subject_head == "debt");
  auto es = CheckDocs({{"nota.txt", "source",
                        "Oficina de Estadística Tributaria\nPublicado: 2 de octubre de 2026\n\n"
                        "Los ayuntamientos obtuvieron 2,36 millones de providencias de apremio en el año "
                        "hasta marzo de 2026.\n"},
                       {"blog.txt", "article",
                        "Blog de Políticas\n5 de octubre de 2026\n\n"
                        "La solución es sencilla. Hay que dar a las familias seis meses para ponerse al día "
                        "antes de acudir al juzgado.\n"},
                       {"radio.txt", "article",
                        "Radio Sierra\n6 de octubre de 2026\n\n"
                        "Los ayuntamientos condonaron 312 millones de euros de deuda solo en los últimos tres "
                        "meses.\n"}},
                      "es");
  INFO(Dump(*es));
  CHECK(Flagged(*es, "disagreement", "meses") == 0);
  const Figure* g = Find(*es, "radio", "312 millones");
  REQUIRE(g != nullptr);
  CHECK(g->frame.subject_head == "deuda");
}

TEST_CASE("modality: a plan reported as done is said so by its noun's verb or an adverb of its clause") {
  // eval34: "Two new urgent care hubs have already opened their doors" (the
  // verb four words past the number) and "ya ha logrado reducir el consumo
  // en primaria por debajo de 16,1 dosis" (the adverb ten words back) were
  // read as no outcome stated, so the plan reported as done was an info note.
  auto en = CheckPair(
      "Westvale Health Board\nPublished: 4 May 2026\n\n"
      "The board has approved a recovery fund for 2026/27. The fund will pay for three new walk-in dental "
      "clinics from April 2027.\n",
      "Westvale Today\n6 May 2026\n\n"
      "Three new walk-in dental clinics have already opened as part of the recovery plan, the board said.\n");
  INFO(Dump(*en));
  CHECK(Flagged(*en, "modality_conflict", "Three") == 1);
  auto es = CheckPair(
      "Observatorio de Salud\nPublicado: 4 de mayo de 2026\n\n"
      "El plan estatal fija como objetivo reducir el consumo de antibióticos en atención primaria hasta "
      "situarlo por debajo de 15,2 dosis por cada 1.000 habitantes en 2030.\n",
      "Diario del Sur\n6 de mayo de 2026\n\n"
      "El plan estatal ya ha logrado reducir el consumo de antibióticos en atención primaria por debajo de "
      "15,2 dosis por cada 1.000 habitantes, según el observatorio.\n",
      "es");
  INFO(Dump(*es));
  CHECK(Flagged(*es, "modality_conflict", "15,2") == 1);
  // The adverb of another figure's clause, and another noun's verb, state
  // nothing of this one.
  auto other = CheckPair(
      "Coastal Agency\nPublished: 4 May 2026\n\n"
      "Around 6,300 properties are forecast to be at risk of erosion by 2105.\n\n"
      "The agency expects that almost half of councils will need extra funding.\n",
      "Coast Column\n6 May 2026\n\n"
      "1,480 properties have already been lost to erosion, with around 6,300 more at risk by 2105. Almost "
      "half of councils were bracing for extra costs.\n");
  INFO(Dump(*other));
  CHECK(Flagged(*other, "modality_conflict", "6,300") == 0);
  CHECK(Flagged(*other, "modality_conflict", "half") == 0);
}
