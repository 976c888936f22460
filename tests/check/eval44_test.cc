// Kinds of false alarm the eval44 set showed once opened, end to end: the
// texts below (written for these tests) are read, extracted and checked as
// sources and articles. Each case failed before its fix.
#include <catch2/catch.hpp>

#include <string>

#include "pipeline_fixture.h"

using namespace claimcheck;
using namespace claimcheck::testing;

TEST_CASE("attribution: a conjunct with its own credit is not the fronted credit's") {
  // eval44: "According to the Historic Fabric Fund, the average cost ... is
  // £14,200, and a recent survey found that around one in five public clocks
  // ..." credited the one in five to the Fund. The first conjunct's figure
  // is still the Fund's (a misattribution here).
  auto run = CheckPair(
      "GUILD OF TOWER CLOCK KEEPERS\nClock survey 2025\nPublished 3 March 2026\n\n"
      "The average cost of restoring a stopped public clock was £14,200. Of the 640 clocks surveyed, 21% had "
      "stopped.\n",
      "Aldbury Advertiser\n10 March 2026\n\nAccording to the Historic Fabric Fund, the average cost of restoring a "
      "stopped public clock is £14,200, and a recent survey found that around one in five public clocks is no "
      "longer working.\n");
  INFO(Dump(*run));
  CHECK(Flagged(*run, "attribution_conflict", "£14,200") == 1);
  CHECK(Flagged(*run, "", "one in five") == 0);
  auto es = CheckPair(
      "GREMIO DE RELOJEROS DE TORRE\nEncuesta 2025\n3 de marzo de 2026\n\n"
      "El coste medio de restaurar un reloj público parado fue de 14.200 euros. De los 640 relojes revisados, el "
      "21 % estaba parado.\n",
      "El Eco de Aldea\n10 de marzo de 2026\n\nSegún la Fundación Patrimonio Vivo, el coste medio de restaurar un "
      "reloj público parado es de 14.200 euros, y una encuesta reciente concluye que uno de cada cinco relojes "
      "públicos está parado.\n",
      "es");
  INFO(Dump(*es));
  CHECK(Flagged(*es, "attribution_conflict", "14.200 euros") == 1);
  CHECK(Flagged(*es, "", "uno de cada cinco") == 0);
}

TEST_CASE("time: a date past another figure's coordinated clause is that clause's") {
  // eval44: "62% had travelled from outside the city, and 91% said they
  // planned to come again next year" dated the 62% next year, so it read as
  // a forecast and its faithful report drew a modality warning.
  auto run = CheckPair(
      "LANTERN EVENTS\nPost-show report\nPublished 20 May 2026\n\n"
      "Of the 2,140 visitors who completed our post-show survey, 62% had travelled from outside the city, and 91% "
      "said they planned to come again next year.\n",
      "Traders' Bulletin\n25 May 2026\n\nMore than three in five visitors came from outside the city, according to "
      "Lantern's post-show survey.\n");
  INFO(Dump(*run));
  CHECK(Flagged(*run, "", "three in five") == 0);
  const Figure* f = Find(*run, "source", "62%");
  REQUIRE(f != nullptr);
  CHECK(f->time.empty());
  CHECK(f->frame.period.empty());
  CHECK(f->frame.modality == Modality::kActual);
  const Figure* g = Find(*run, "source", "91%");
  REQUIRE(g != nullptr);
  CHECK(g->time == "2027");
  auto es = CheckPair(
      "EVENTOS FAROL\nBalance de la feria\n20 de mayo de 2026\n\n"
      "De los 2.140 visitantes encuestados, el 62 % venía de fuera de la ciudad, y el 91 % dijo que pensaba volver "
      "el año que viene.\n",
      "Boletín del Comercio\n25 de mayo de 2026\n\nMás de tres de cada cinco visitantes llegaron de fuera de la "
      "ciudad, según la encuesta de Eventos Farol.\n",
      "es");
  INFO(Dump(*es));
  CHECK(Flagged(*es, "", "tres de cada cinco") == 0);
  const Figure* h = Find(*es, "source", "62 %");
  REQUIRE(h != nullptr);
  CHECK(h->frame.modality == Modality::kActual);
}

TEST_CASE("value: a two-digit swap is a slip only where the sentences share something") {
  // eval44: "«... ahora somos 85»", a drummer on her own company, was
  // corrected to the 58 people the first-aid posts treated: no word in
  // common. "41 were taken to hospital" for the medical report's 14 still
  // is a slip (trial30).
  auto run = CheckPair(
      "JUNTA DE COFRADÍAS\nBalance de la Semana Santa\n10 de abril de 2026\n\n"
      "Los servicios sanitarios atendieron 64 asistencias a lo largo de la semana, correspondientes a 58 personas.\n",
      "Diario del Cierzo\n12 de abril de 2026\n\nPara Pilar Gascón el cambio se nota en la calle. «Cuando yo empecé "
      "éramos 60 en la compañía y ahora somos 85», explica.\n",
      "es");
  INFO(Dump(*run));
  CHECK(Flagged(*run, "", "85") == 0);
  auto slip = CheckPair(
      "HARBOUR MARATHON\nRace report\nPublished 2 May 2026\n\n"
      "Medical teams treated 1,140 runners along the course and at the finish, and 14 runners were taken to "
      "hospital.\n",
      "Harbour Herald\n4 May 2026\n\nThe medical teams were kept busy: more than 1,100 runners were treated along the "
      "course, and 41 were taken to hospital, the race report says.\n");
  INFO(Dump(*slip));
  CHECK(Flagged(*slip, "value_conflict", "41") == 1);
}

TEST_CASE("unit: what the article counts is written with its number") {
  // A head the frame read elsewhere in the sentence is no unit of count
  // set against the source's: "1.9 million (pension age) ... counts people,
  // not pension age" (eval12), with eight more such warnings in the train
  // split. The corpus cluster itself, read as the command line reads it. A
  // count written with its noun still differs ("412,000 people" for the
  // review's 412,000 visits).
  const std::string dir = "corpus/checkdev/eval12-pensions/";
  auto read = [&](const std::string& name) { return ReadCorpusFile(dir + name); };
  auto run = CheckDocs({{"dwp-press-statement.txt", "source", read("dwp-press-statement.txt")},
                        {"gazette-pension-age.html", "article", read("gazette-pension-age.html")}});
  INFO(Dump(*run));
  CHECK(Flagged(*run, "subject_conflict", "1.9 million") == 0);
  auto people = CheckPair(
      "HARBOUR COUNCIL\nStreet markets review\nPublished 2 March 2026\n\n"
      "The Thursday Night Market recorded 412,000 visits in 2025.\n",
      "Harbour Notes\n6 March 2026\n\nThe Thursday Night Market alone drew 412,000 people in 2025, the council's review "
      "says.\n");
  INFO(Dump(*people));
  CHECK(Flagged(*people, "subject_conflict", "412,000") == 1);
}

TEST_CASE("superseded: a round figure the revised value rounds to is up to date") {
  // trial92: "Around 130 fishermen" for a count revised from 128 to 134 was
  // called the old figure; so was "more than 1,100 beds" for 1,162 (eval32).
  // A rounding of the old value that the new one does not round to ("more
  // than 3,400" for a revised 3,690) still repeats it.
  const std::string src =
      "CALDMOUTH HARBOUR AUTHORITY\nInshore fleet 2025\nPublished 10 February 2026\n\n"
      "The inshore fleet employed 128 fishermen at the end of 2025.\n";
  const std::string rev =
      "CALDMOUTH HARBOUR AUTHORITY\nRevision notice\nPublished 4 March 2026\n\n"
      "The number of fishermen employed by the inshore fleet has been revised to 134 (previously 128), after updated "
      "crew lists.\n";
  auto run = CheckDocs({{"fleet.txt", "source", src},
                        {"revision.txt", "source", rev},
                        {"tv.txt", "article",
                         "Coast Tonight\n12 March 2026\n\nAround 130 fishermen are employed by the inshore fleet, the "
                         "harbour authority says.\n"}});
  INFO(Dump(*run));
  CHECK(Flagged(*run, "superseded", "Around 130") == 0);
  auto old = CheckDocs({{"fleet.txt", "source", src},
                        {"revision.txt", "source", rev},
                        {"tv.txt", "article",
                         "Coast Tonight\n12 March 2026\n\nExactly 128 fishermen are employed by the inshore fleet, the "
                         "harbour authority says.\n"}});
  INFO(Dump(*old));
  CHECK(Flagged(*old, "superseded", "128") == 1);
}

TEST_CASE("value: a hedged round count is no digit slip of a one-digit number") {
  // trial93: "La cifra supera en más de 26.000 a la del invierno anterior"
  // was corrected to the report's "cota 2.000" (an altitude). A hedge
  // rounds; it copies no digits. The corpus cluster itself, read as the
  // command line reads it. Shares keep the rule ("19 per cent" for "9%").
  const std::string dir = "corpus/checkdev/trial93-valdelobos-esqui/";
  auto read = [&](const std::string& name) { return ReadCorpusFile(dir + name); };
  auto run = CheckDocs({{"balance.html", "source", read("balance.html")},
                        {"eco-del-valle.md", "article", read("eco-del-valle.md")}},
                       "es");
  INFO(Dump(*run));
  CHECK(Flagged(*run, "value_conflict", "26.000") == 0);
  auto share = CheckPair(
      "NORTHSHIRE PRISONS\nAnnual report\nPublished 2 May 2026\n\nThe prison population rose by 9% in 2025.\n",
      "Northshire Herald\n5 May 2026\n\nThe prison population rose by 19 per cent in 2025, the annual report says.\n");
  INFO(Dump(*share));
  CHECK(Flagged(*share, "value_conflict", "19 per cent") == 1);
}
