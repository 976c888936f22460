// Recall and messages from trial34 (t34fix): a body credited with an act its
// source gives to another body; a region's figure named as the texts write
// the places.
#include <catch2/catch.hpp>

#include "tests/check/check_fixture.h"

using namespace claimcheck;
using namespace claimcheck::testing;

namespace {

// A coroner service's report in which the county council agreed the
// funding, and a story naming `agent` as the body that agreed it.
std::vector<Finding> AgentCase(CheckInput* in, const std::string& article_sentence, const std::string& agent,
                               bool source_names_agent = true) {
  DocBuilder r("report.txt", "source", "Northvale Coroner Service");
  r.Add({source_names_agent
             ? "In February 2026 Northvale County Council agreed additional funding of £480,000 to recruit two coroner's officers."
             : "In February 2026 additional funding of £480,000 was agreed to recruit two coroner's officers.",
         "£480,000", Kind::kMoney, 480000, Qualifier::kExact, "funding", "", "2026-02", "GBP"});
  r.AddTo(in);
  if (source_names_agent) in->figures.back().frame.speaker = "Northvale County Council";
  DocBuilder a("echo.txt", "article", "Northvale Echo");
  a.Add({article_sentence, "£480,000", Kind::kMoney, 480000, Qualifier::kExact, "funding", "", "2026-02", "GBP"});
  a.AddTo(in);
  in->figures.back().frame.speaker = agent;
  return RunCheck(*in);
}

}  // namespace

TEST_CASE("attribution: the body that did the act, where the source names another") {
  {
    CheckInput in;
    auto all = AgentCase(&in, "The Ministry of Justice agreed £480,000 of extra funding in February to recruit officers.",
                         "Ministry of Justice");
    INFO(Dump(all));
    auto f = Said(all, "attribution_conflict");
    REQUIRE(f.size() == 1);
    CHECK(f[0].message.find("Ministry of Justice") != std::string::npos);
    CHECK(f[0].message.find("Northvale County Council") != std::string::npos);
    CHECK(f[0].severity != Severity::kInfo);
  }
  {  // the body the source names: no difference
    CheckInput in;
    auto all = AgentCase(&in, "Northvale County Council agreed £480,000 in February to pay for two coroner's officers.",
                         "Northvale County Council");
    INFO(Dump(all));
    CHECK(Said(all, "attribution_conflict").empty());
  }
  {  // a source that names nobody for the act is no evidence of another body
    CheckInput in;
    auto all = AgentCase(&in, "The Ministry of Justice agreed £480,000 of extra funding in February to recruit officers.",
                         "Ministry of Justice", /*source_names_agent=*/false);
    INFO(Dump(all));
    CHECK(Said(all, "attribution_conflict").empty());
  }
}

TEST_CASE("subset by place: the places as the texts write them") {
  {  // the whole written "across the county", not "the whole country or area"
    CheckInput in;
    DocBuilder r("report.txt", "source", "Harrowden County Council");
    r.Add({"In the Ashby district, 19 bridges carry a weight restriction, more than in any other district.", "19",
           Kind::kCount, 19, Qualifier::kExact, "bridges"});
    r.AddTo(&in);
    in.figures.back().frame.place = "Ashby district";
    DocBuilder a("herald.md", "article", "Harrowden Herald");
    a.Add({"Across the county, 19 bridges now carry weight limits.", "19", Kind::kCount, 19, Qualifier::kExact,
           "bridges"});
    a.AddTo(&in);
    in.figures.back().frame.place = std::string(kPlaceNationwide);
    auto all = RunCheck(in);
    INFO(Dump(all));
    auto f = Said(all, "subset_conflict");
    REQUIRE(f.size() == 1);
    CHECK(f[0].message.find("across the county") != std::string::npos);
    CHECK(f[0].message.find("whole country") == std::string::npos);
    CHECK(f[0].message.find("Ashby district") != std::string::npos);
  }
  {  // the region as its sentence writes it, not the frame's lower-case noun
    CheckInput in;
    DocBuilder r("informe.txt", "source", "Ministerio de Justicia");
    r.Add({"Por comunidades autónomas, la Comunidad de Madrid concentra el mayor número de expedientes pendientes, con 94.300.",
           "94.300", Kind::kCount, 94300, Qualifier::kExact, "expedientes"});
    r.AddTo(&in);
    in.figures.back().frame.place = "comunidad de Madrid";
    DocBuilder a("cronica.html", "article", "Crónica de Levante");
    a.Add({"El mismo informe cifra en 94.300 los expedientes pendientes en toda España.", "94.300", Kind::kCount, 94300,
           Qualifier::kExact, "expedientes"});
    a.AddTo(&in);
    in.figures.back().frame.place = "España";
    AsSpanish(&in, {{"expedientes", "expediente"}});
    auto all = RunCheck(in);
    INFO(Dump(all));
    auto f = Said(all, "subset_conflict");
    REQUIRE(f.size() == 1);
    CHECK(f[0].message.find("Comunidad de Madrid") != std::string::npos);
  }
}

// "35% of the county's bridges" for "Of the 87 weight-restricted bridges,
// 35%": an owner's whole widens the base the source narrows (a note the
// checker gives; quiet where the source's base is the bare noun).
TEST_CASE("scope: an owner's whole against a base the source narrows") {
  auto run = [](const std::string& source_base) {
    CheckInput in;
    DocBuilder r("report.txt", "source", "Harrowden County Council");
    r.Add({"Of the 87 " + source_base + ", 35% are on bus routes.", "35%", Kind::kPercent, 35, Qualifier::kExact,
           source_base});
    r.AddTo(&in);
    DocBuilder a("herald.md", "article", "Harrowden Herald");
    a.Add({"Bus passengers are feeling the effects: 35% of the county's bridges are on bus routes.", "35%",
           Kind::kPercent, 35, Qualifier::kExact, "county's bridges"});
    a.AddTo(&in);
    auto all = RunCheck(in);
    INFO(Dump(all));
    return SaidOn(all, "scope_conflict", "35%");
  };
  CHECK(run("weight-restricted bridges") == 1);
  CHECK(run("bridges") == 0);
}
