// Whose figure it is (trial8 faults 1 and 5): a figure credited to a body
// whose stored report is the authority never draws a correction from
// another body's document; a supported figure credited to the wrong stored
// body is an attribution finding, in English and Spanish. The documents are
// written here, in this test's own words.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <sstream>

#include "tests/cli/run_binary.h"

using cctest::Claimcheck;
using cctest::Run;

namespace {

// A county health case: the county office's counts (no percentage), the
// national institute's own national share, and a story that credits the
// county office with a share derived from its counts (131 of 160 = 81.9%).
void WriteHealthCase(const std::string& dir) {
  cctest::WriteFile(dir + "/county.txt",
                    "title: Mumps Bulletin, Week 9\npublisher: Lakeshore County Health Office\ndate: 2026-03-02\n\n"
                    "The Lakeshore County Health Office has recorded 160 confirmed mumps cases since January.\n\n"
                    "Of the confirmed cases, 131 were in students who had not received a second dose or whose "
                    "records were missing.\n\n"
                    "Students under 18 accounted for 97 cases, and 14 patients have been admitted to hospital.\n");
  cctest::WriteFile(dir + "/national.txt",
                    "title: Mumps Across the Country\npublisher: National Institute for Infection Control\n"
                    "date: 2026-03-03\n\n"
                    "As of February 27, 2026, 905 confirmed mumps cases were reported nationally by 31 regions.\n\n"
                    "Of these cases, 90 percent were in students who had not received a second dose or whose "
                    "records were missing.\n\n"
                    "Nine percent of cases have been admitted to hospital.\n");
  cctest::WriteFile(dir + "/story.txt",
                    "title: Mumps spreads through Lakeshore schools\npublisher: Lakeshore Ledger\ndate: 2026-03-04\n\n"
                    "The Lakeshore County Health Office has recorded 160 confirmed mumps cases since January.\n\n"
                    "Almost 82 percent of those cases were in students who had not received a second dose or whose "
                    "records were missing, according to the Lakeshore County Health Office.\n\n"
                    "Nationally, 905 cases have been reported by 31 regions, according to the National Institute "
                    "for Infection Control.\n");
}

// A second story on the same case, which credits the county's hospital
// count to the national institute.
void WriteSecondStory(const std::string& dir) {
  cctest::WriteFile(dir + "/story2.txt",
                    "title: Hospital beds fill as mumps spreads\npublisher: Lakeshore Times\ndate: 2026-03-05\n\n"
                    "The Lakeshore County Health Office has recorded 160 confirmed mumps cases since January.\n\n"
                    "The National Institute for Infection Control said 14 patients have been admitted to hospital "
                    "in the county outbreak.\n");
}

std::vector<nlohmann::json> Lines(const std::string& out) {
  std::vector<nlohmann::json> v;
  std::istringstream in(out);
  for (std::string line; std::getline(in, line);) {
    if (!line.empty()) v.push_back(nlohmann::json::parse(line));
  }
  return v;
}

}  // namespace

TEST_CASE("a figure credited to a body with a stored report draws no correction from another body's") {
  const std::string top = cctest::TempDir("credit_scope_other_body");
  const std::string dir = top + "/docs", docs = dir;
  WriteHealthCase(dir);
  WriteSecondStory(dir);  // with it the 90 percent drew a warning and a correction
  const std::string db = top + "/c.db";  // beside the documents, not among them
  Run ingest = Claimcheck("ingest --db " + db + " " + docs);
  INFO(ingest.err);
  REQUIRE(ingest.status == 0);
  Run check = Claimcheck("check --format jsonl --db " + db);
  INFO(check.out << check.err);
  REQUIRE((check.status == 0 || check.status == 1));
  for (const nlohmann::json& f : Lines(check.out)) {
    if (f["claims"][0]["text"] != "Almost 82 percent") continue;
    CHECK(f["severity"] == "info");
    CHECK(f["suggestion"].is_null());
  }
  // The audit sheet of the story agrees: no conflict row, no suggestion.
  Run audit = Claimcheck("audit " + dir + "/story.txt --db " + db + " -o " + top + "/sheet.csv");
  INFO(audit.err);
  CHECK(audit.status == 0);
  const std::string sheet = cctest::Slurp(top + "/sheet.csv");
  CHECK(sheet.find("90 percent, not") == std::string::npos);
}

TEST_CASE("a supported figure credited to another stored body is an attribution finding") {
  const std::string top = cctest::TempDir("credit_scope_wrong_body");
  const std::string dir = top + "/docs", docs = dir;
  WriteHealthCase(dir);
  WriteSecondStory(dir);
  const std::string db = top + "/c.db";  // beside the documents, not among them
  Run ingest = Claimcheck("ingest --db " + db + " " + docs);
  INFO(ingest.err);
  REQUIRE(ingest.status == 0);
  Run check = Claimcheck("check --format jsonl --doc " + dir + "/story2.txt --db " + db);
  INFO(check.out << check.err);
  bool found = false;
  for (const nlohmann::json& f : Lines(check.out)) {
    if (f["type"] == "attribution_conflict" && f["claims"][0]["text"] == "14") found = true;
  }
  CHECK(found);
}

TEST_CASE("es: a plan credited to the regional government, from the town council's budget") {
  const std::string top = cctest::TempDir("credit_scope_es");
  const std::string dir = top + "/docs", docs = dir;
  cctest::WriteFile(dir + "/presupuesto.txt",
                    "title: Presupuesto Municipal de Arrielo 2027\npublisher: Ayuntamiento de Arrielo\n"
                    "date: 2026-10-20\n\n"
                    "El Ayuntamiento de Arrielo destinará 8,4 millones de euros a vivienda en 2027.\n\n"
                    "Con esa partida el Ayuntamiento prevé construir 140 viviendas de alquiler social.\n");
  cctest::WriteFile(dir + "/noticia.txt",
                    "title: Arrielo apuesta por la vivienda\npublisher: El Eco de Arrielo\ndate: 2026-10-22\n\n"
                    "El Ayuntamiento de Arrielo destinará 8,4 millones de euros a vivienda en 2027.\n\n"
                    "El Gobierno regional prevé construir 140 viviendas de alquiler social.\n");
  const std::string db = top + "/c.db";  // beside the documents, not among them
  Run ingest = Claimcheck("ingest --db " + db + " " + docs);
  INFO(ingest.err);
  REQUIRE(ingest.status == 0);
  Run check = Claimcheck("check --format jsonl --doc " + dir + "/noticia.txt --db " + db);
  INFO(check.out << check.err);
  bool found = false;
  for (const nlohmann::json& f : Lines(check.out)) {
    if (f["type"] == "attribution_conflict" && f["claims"][0]["text"] == "140") found = true;
  }
  CHECK(found);
}
