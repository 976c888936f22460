// Recall on the unit of count (rec22a, issue 13 point 3): a count of acts
// told as a count of the people or firms they concern. Two ways it was
// lost: a Spanish head no rules/ list classed ("infracciones",
// "asistencias"), so the pair was a plain subject difference, said at the
// subject's high bar; and a source sentence that names the article's people
// while counting them apart with a number of their own ("214 assaults ...
// 251 staff members"), which was read as the source naming its people.
#include <catch2/catch.hpp>

#include <set>

#include "tests/check/check_fixture.h"

using namespace claimcheck;
using namespace claimcheck::testing;

TEST_CASE("unit of count: Spanish infringements and attendances are acts (rules/es act_heads)") {
  CheckInput in;
  DocBuilder r("balance.txt", "source", "Inspección Regional de Trabajo");
  r.Add({"La inspección levantó 3.270 infracciones en obras durante el año.", "3.270", Kind::kCount, 3270,
         Qualifier::kExact, "infracciones"})
      .Add({"Las salas registraron 84.600 asistencias a lo largo de las tres jornadas.", "84.600", Kind::kCount,
            84600, Qualifier::kExact, "asistencias"});
  r.AddTo(&in);
  DocBuilder a("diario.txt", "article");
  a.Add({"Un total de 3.270 empresas fueron sancionadas en obras durante el año.", "3.270", Kind::kCount, 3270,
         Qualifier::kExact, "empresas"})
      .Add({"Las salas recibieron a 84.600 asistentes en las tres jornadas.", "84.600", Kind::kCount, 84600,
            Qualifier::kExact, "asistentes"});
  a.AddTo(&in);
  AsSpanish(&in, {{"infracciones", "infracción"},
                  {"asistencias", "asistencia"},
                  {"empresas", "empresa"},
                  {"asistentes", "asistente"}});
  std::vector<Finding> all;
  REQUIRE(CheckFigures(in, TestOptions(), &all).ok());
  INFO(Dump(all));
  CHECK(TextsOnBasis(all, "unit") == std::set<std::string>{"3.270", "84.600"});
}

TEST_CASE("unit of count: a source sentence that counts the named people apart") {
  CheckInput in;
  DocBuilder r("survey.txt", "source", "Rail Standards Office");
  // The sentence names the staff, and gives them their own number: the 212
  // is assaults, not staff.
  r.Add({"The operator logged 212 assaults on station staff, in which 263 staff members were hurt.", "212",
         Kind::kCount, 212, Qualifier::kExact, "assaults"})
      .Add({"The operator logged 212 assaults on station staff, in which 263 staff members were hurt.", "263",
            Kind::kCount, 263, Qualifier::kExact, "staff members"})
      // Named, with no number of their own: the journeys are the passengers'.
      .Add({"Passengers made 4,860 journeys on the night service in 2025.", "4,860", Kind::kCount, 4860,
            Qualifier::kExact, "journeys"});
  r.AddTo(&in);
  DocBuilder a("news.txt", "article");
  a.Add({"Some 212 staff were assaulted last year, the Rail Standards Office said.", "212", Kind::kCount, 212,
         Qualifier::kExact, "staff"})
      .Add({"The night service carried 4,860 passengers in 2025, the office said.", "4,860", Kind::kCount, 4860,
            Qualifier::kExact, "passengers"});
  a.AddTo(&in);
  auto all = RunCheck(in);
  INFO(Dump(all));
  CHECK(TextsOnBasis(all, "unit") == std::set<std::string>{"212"});
}

TEST_CASE("unit of count: the named people counted apart in the paragraph, not beyond it") {
  auto run = [](bool one_paragraph) {
    CheckInput in;
    DocBuilder r("fund.txt", "source", "Hardship Fund Trustees");
    r.Add({"Some 2,410 people applied to the hardship fund in 2025.", "2,410", Kind::kCount, 2410, Qualifier::kExact,
           "people"})
        .Add({"Between them the applicants filed 6,830 applications.", "6,830", Kind::kCount, 6830,
              Qualifier::kExact, "applications"});
    r.AddTo(&in);
    DocBuilder a("news.txt", "article");
    a.Add({"Some 6,830 applicants sought help from the hardship fund in 2025, its trustees said.", "6,830",
           Kind::kCount, 6830, Qualifier::kExact, "applicants"});
    a.AddTo(&in);
    // The builder gives each sentence a paragraph of its own.
    if (one_paragraph) {
      for (Figure& f : in.figures) {
        if (f.doc == "fund.txt") f.paragraph = 1;
      }
    }
    auto all = RunCheck(in);
    INFO(Dump(all));
    return TextsOnBasis(all, "unit");
  };
  CHECK(run(true) == std::set<std::string>{"6,830"});
  // Two paragraphs apart, the people's number may be another statement's.
  CHECK(run(false).empty());
}
