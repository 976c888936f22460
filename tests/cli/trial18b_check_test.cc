// The kinds of trial18's faults 2, 4, 6, 7 and 9, each on documents of its
// own (a citrus exports bulletin and a cycling event's report, written for
// these tests), end to end: ingest, check, check --pairs, audit.
//  - "El valor de las exportaciones de cítricos fue de X" and "las
//    exportaciones alcanzaron X" are one statement (the value of a thing is
//    the thing, counted in money): no subject conflict; the credit to
//    another body is the finding, in `check`, in `check --pairs` and on the
//    audit sheet's row with its correction.
//  - "los nueve primeros meses de 2026" is January to September: "el primer
//    semestre" with the same tonnage is a period conflict.
//  - "cooperativas" for the bulletin's "cooperativas asociadas", "budget"
//    for "operating budget": the source gives every figure of the subject
//    that modifier, its own name for the thing; no subset note.
//  - "6,480 riders finished" is "6,480 finishers": no subject note; the
//    credit to the council, whose release does not give the figure, is a
//    warning.
//  - A year in a sentence with two figures: the audit row of the year is
//    never "supported" by an unrelated passage that happens to give that
//    year; the wrong year is one warning, as it is beside one figure.
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "tests/cli/run_binary.h"

using cctest::Claimcheck;
using cctest::Run;

namespace {

bool Has(const std::string& out, const std::string& what) { return out.find(what) != std::string::npos; }

std::string Slurp(const std::string& path) {
  std::ifstream in(path);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// The line of `text` holding `what`, or "".
std::string LineWith(const std::string& text, const std::string& what) {
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    if (Has(line, what)) return line;
  }
  return {};
}

const char kBulletin[] =
    "title: Boletín de exportaciones de cítricos, enero-septiembre de 2026\n"
    "publisher: Consejería de Agricultura y Pesca\n"
    "date: 2026-10-22\n"
    "\n"
    "En los nueve primeros meses de 2026 se exportaron 1.284.600 toneladas de cítricos.\n"
    "\n"
    "El valor de las exportaciones de cítricos fue de 1.126 millones de euros.\n"
    "\n"
    "Las naranjas supusieron el 58 % del volumen exportado.\n"
    "\n"
    "El número de cooperativas asociadas alcanzó las 214 en septiembre, un 6 % más que un año antes.\n";

const char kColumn[] =
    "title: Los cítricos baten récords fuera de España\n"
    "publisher: Diario de Levante Rural\n"
    "date: 2026-10-24\n"
    "\n"
    "Se exportaron 1.284.600 toneladas de cítricos en el primer semestre, según la Consejería de Agricultura y Pesca.\n"
    "\n"
    "Las exportaciones de cítricos alcanzaron los 1.126 millones de euros, según el Instituto Valenciano de Estadística.\n"
    "\n"
    "El sector agrupa a más de 200 cooperativas, según la Consejería de Agricultura y Pesca.\n";

const char kReport[] =
    "title: Dales Sportive 2026: event report\n"
    "publisher: Dales Cycling Association\n"
    "date: 2026-07-20\n"
    "\n"
    "A total of 6,480 riders finished the 100-mile route on 5 July 2026.\n"
    "\n"
    "The association's operating budget for the event rose 9% to £2.3 million.\n"
    "\n"
    "In 2024 the event sold 5,100 entries.\n"
    "\n"
    "Some 1,930 volunteer marshals worked 41,000 hours in 2026.\n";

const char kCouncil[] =
    "title: Sportive boosts rural economy\n"
    "publisher: Wharfe County Council\n"
    "date: 2026-07-25\n"
    "\n"
    "The Dales Sportive brought an estimated £8.7 million to the county's economy in 2026.\n";

const char kPost[] =
    "title: Riders flock to the Dales\n"
    "publisher: Dales Evening Post\n"
    "date: 2026-07-28\n"
    "\n"
    "The sportive had 6,480 finishers, Wharfe County Council said.\n"
    "\n"
    "The event ran on a £2.3m budget, the Dales Cycling Association said.\n"
    "\n"
    "Around 1,900 volunteer marshals gave up their weekend, working 41,000 hours in 2024, the Dales Cycling Association said.\n";

std::string Store(const std::string& name) {
  std::string dir = cctest::TempDir(name.c_str());
  cctest::WriteFile(dir + "/boletin.txt", kBulletin);
  cctest::WriteFile(dir + "/levante.txt", kColumn);
  cctest::WriteFile(dir + "/results.txt", kReport);
  cctest::WriteFile(dir + "/council.txt", kCouncil);
  cctest::WriteFile(dir + "/post.txt", kPost);
  REQUIRE(Claimcheck("ingest --db " + dir + "/c.db " + dir).status == 0);
  return dir;
}

}  // namespace

TEST_CASE("trial18b: value-of is the thing itself; the wrong credit is the finding everywhere") {
  const std::string dir = Store("t18b_value");
  Run r = Claimcheck("check --db " + dir + "/c.db");
  INFO(r.out << r.err);
  CHECK_FALSE(Has(r.out, "counts valor"));
  CHECK(Has(LineWith(r.out, "credits 1.126 millones"), "warning  attribution_conflict"));
  Run p = Claimcheck("check --db " + dir + "/c.db --pairs --format table");
  INFO(p.out << p.err);
  CHECK(Has(LineWith(p.out, "1.126 millones de euros"), "attribution_conflict"));
  Run a = Claimcheck("audit " + dir + "/levante.txt --db " + dir + "/c.db -o " + dir + "/levante.md");
  const std::string sheet = Slurp(dir + "/levante.md");
  INFO(sheet);
  const std::string row = LineWith(sheet, "**1.126 millones de euros**");
  CHECK(Has(row, "credit Consejería de Agricultura y Pesca"));
}

TEST_CASE("trial18b: nine months written count first are a period; a half year is not them") {
  const std::string dir = Store("t18b_period");
  Run r = Claimcheck("check --db " + dir + "/c.db");
  INFO(r.out << r.err);
  CHECK(Has(LineWith(r.out, "1.284.600 toneladas"), "period_conflict"));
  CHECK(Has(LineWith(r.out, "1.284.600 toneladas"), "warning"));
}

TEST_CASE("trial18b: a modifier on every figure of a subject is the source's name for it, no subset") {
  const std::string dir = Store("t18b_subset");
  Run r = Claimcheck("check --db " + dir + "/c.db");
  INFO(r.out << r.err);
  CHECK_FALSE(Has(r.out, "cooperativas asociadas only"));
  CHECK_FALSE(Has(r.out, "operating budget only"));
}

TEST_CASE("trial18b: riders who finished are finishers; the credit is the warning") {
  const std::string dir = Store("t18b_class");
  Run r = Claimcheck("check --db " + dir + "/c.db");
  INFO(r.out << r.err);
  CHECK_FALSE(Has(r.out, "counts rider"));
  CHECK(Has(LineWith(r.out, "credits 6,480 finishers"), "warning  attribution_conflict"));
}

TEST_CASE("trial18b: a year is supported only by the passage that backs its figure; one wrong year, one warning") {
  const std::string dir = Store("t18b_date");
  Run r = Claimcheck("check --db " + dir + "/c.db");
  INFO(r.out << r.err);
  CHECK(Has(LineWith(r.out, "for 2024; results.txt gives it for 2026"), "warning  period_conflict"));
  Run a = Claimcheck("audit " + dir + "/post.txt --db " + dir + "/c.db -o " + dir + "/post.md");
  const std::string sheet = Slurp(dir + "/post.md");
  INFO(sheet);
  const std::string row = LineWith(sheet, "hours in **2024**");
  REQUIRE_FALSE(row.empty());
  CHECK_FALSE(Has(row, "| supported |"));
  CHECK_FALSE(Has(row, "event sold"));
}
