// `claimcheck check` through the built binary: exit codes 0/1/2, the three
// output formats, findings stored in the database, one-line errors.
#include <sys/wait.h>

#include <catch2/catch.hpp>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "claimcheck/check.h"
#include "claimcheck/store.h"
#include "tests/cli/run_binary.h"
#include "tests/store/fixture.h"

namespace {

using claimcheck::testing::TempDir;

using cctest::Run;

Run Check(const std::string& args) { return cctest::Claimcheck("check " + args); }

// A report and an article stored through the Store API, so the command is
// tested without depending on the recogniser's output.
void MakeStore(const std::string& db, const std::string& article_countries) {
  using namespace claimcheck;
  std::unique_ptr<Store> store;
  REQUIRE(Store::Open(db, &store).ok());
  auto add = [&](const std::string& path, const std::string& role, const std::string& text,
                 const std::string& number, const std::string& publisher) {
    Document doc = testing::MakeDocument(path, text);
    doc.meta.publisher = publisher;
    Extraction ex = testing::MakeExtraction(
        doc, {{number, Kind::kCount, std::stod(number)}});
    REQUIRE(ex.figures.size() == 1);
    ex.figures[0].subject = "countries";
    Store::IngestOutcome outcome;
    Status s = store->Ingest(doc, role, ex, &outcome);
    INFO(s.message());
    REQUIRE(s.ok());
  };
  add("report.txt", "source",
      "CEP mapped 1,000 profiles with affiliations to 96 countries on every continent.", "96",
      "Counter Extremism Project");
  add("article.txt", "article",
      "CEP mapped profiles with affiliations to " + article_countries +
          " countries on every continent.",
      article_countries, "The Daily Ledger");
}

}  // namespace

TEST_CASE("check: a conflict exits 1 and prints it in every format") {
  TempDir dir;
  std::string db = dir.File("claims.db");
  MakeStore(db, "69");

  Run t = Check("--db " + db);
  INFO(t.err);
  CHECK(t.status == 1);
  CHECK(t.out.find("value_conflict") != std::string::npos);
  CHECK(t.out.find("article.txt says 69 countries; report.txt says 96 countries.") !=
        std::string::npos);
  CHECK(t.out.find("suggestion: 96 countries, not 69") != std::string::npos);

  Run j = Check("--db " + db + " --format jsonl");
  CHECK(j.status == 1);
  std::istringstream lines(j.out);
  std::string line;
  int conflicts = 0;
  while (std::getline(lines, line)) {
    auto rec = nlohmann::json::parse(line);
    for (const char* k : {"type", "severity", "message", "claims", "score", "reasons", "suggestion"}) {
      CHECK(rec.contains(k));
    }
    if (rec["type"] == "value_conflict") {
      ++conflicts;
      REQUIRE(rec["claims"].size() == 2);
      CHECK(rec["claims"][0]["doc"] == "article.txt");
      CHECK(rec["claims"][0]["value"] == 69);
      CHECK(rec["claims"][1]["sentence"] ==
            "CEP mapped 1,000 profiles with affiliations to 96 countries on every continent.");
    }
  }
  CHECK(conflicts == 1);

  Run a = Check("--db " + db + " --format json");
  CHECK(a.status == 1);
  auto arr = nlohmann::json::parse(a.out);
  REQUIRE(arr.is_array());
  CHECK(arr.size() >= 1);

  // The run's findings are kept in the database.
  std::unique_ptr<claimcheck::Store> store;
  REQUIRE(claimcheck::Store::Open(db, &store).ok());
  std::vector<claimcheck::Finding> saved;
  REQUIRE(store->Findings(&saved).ok());
  REQUIRE(saved.size() == arr.size());
  CHECK(saved[0].type == "value_conflict");
}

TEST_CASE("check: --doc prints one document's findings; --explain adds the pairing evidence") {
  TempDir dir;
  std::string db = dir.File("claims.db");
  MakeStore(db, "69");
  Run plain = Check("--db " + db);
  CHECK(plain.status == 1);
  CHECK(plain.out.find("paired (score") == std::string::npos);  // editors do not need the scores
  Run ex = Check("--db " + db + " --explain");
  CHECK(ex.out.find("paired (score") != std::string::npos);

  Run art = Check("--db " + db + " --doc article.txt");
  INFO(art.out << art.err);
  CHECK(art.status == 1);
  CHECK(art.out.find("article.txt says 69 countries") != std::string::npos);
  // The report has no finding of its own: nothing printed, exit 0, and the
  // stored findings are still the whole run's.
  Run rep = Check("--db " + db + " --doc report.txt");
  INFO(rep.out << rep.err);
  CHECK(rep.status == 0);
  CHECK(rep.out.find("value_conflict") == std::string::npos);
  std::unique_ptr<claimcheck::Store> store;
  REQUIRE(claimcheck::Store::Open(db, &store).ok());
  std::vector<claimcheck::Finding> saved;
  REQUIRE(store->Findings(&saved).ok());
  CHECK_FALSE(saved.empty());
  // An unknown document is an error that names it.
  Run bad = Check("--db " + db + " --doc nosuch.txt");
  CHECK(bad.status == 2);
  CHECK(bad.err.find("nosuch.txt") != std::string::npos);
}

TEST_CASE("check: agreeing documents exit 0") {
  TempDir dir;
  std::string db = dir.File("claims.db");
  MakeStore(db, "96");
  Run r = Check("--db " + db);
  INFO(r.out << r.err);
  CHECK(r.status == 0);
  CHECK(r.out.find("0 errors, 0 warnings") != std::string::npos);
}

TEST_CASE("check: a missing or broken database and bad usage exit 2 with one line") {
  TempDir dir;
  Run missing = Check("--db " + dir.File("nope.db"));
  CHECK(missing.status == 2);
  CHECK(missing.err.find(dir.File("nope.db")) != std::string::npos);
  CHECK(std::count(missing.err.begin(), missing.err.end(), '\n') == 1);
  CHECK_FALSE(std::ifstream(dir.File("nope.db")).good());  // not created

  std::ofstream(dir.File("junk.db")) << "this is not a database at all, just text\n";
  Run junk = Check("--db " + dir.File("junk.db"));
  CHECK(junk.status == 2);
  CHECK(junk.err.find("junk.db") != std::string::npos);

  std::string db = dir.File("claims.db");
  MakeStore(db, "69");
  Run fmt = Check("--db " + db + " --format xml");
  CHECK(fmt.status == 2);
  CHECK(fmt.out.empty());
}

// A rate's Spanish time unit ("al d\xC3\xADa", "al mes") is a span, so a
// day reported for a month is a per-unit conflict through the whole pipeline.
TEST_CASE("check: a Spanish rate per day reported for one per month is a rate conflict") {
  TempDir dir;
  std::string db = dir.File("claims.db");
  cctest::WriteFile(dir.File("fuente.txt"),
                    "Consorcio de Transportes del Valle\n1 de marzo de 2026\n\n"
                    "El abono joven cuesta 40 euros al mes desde enero, inform\xC3\xB3 el Consorcio de "
                    "Transportes del Valle.\n");
  cctest::WriteFile(dir.File("articulo.txt"),
                    "Diario del Valle\n2 de marzo de 2026\n\n"
                    "Seg\xC3\xBAn el Consorcio de Transportes del Valle, el abono joven cuesta 40 euros "
                    "al d\xC3\xAD" "a desde enero.\n");
  REQUIRE(cctest::Claimcheck("ingest --db " + db + " --role source " + dir.File("fuente.txt")).status == 0);
  REQUIRE(cctest::Claimcheck("ingest --db " + db + " --role article " + dir.File("articulo.txt")).status == 0);
  Run r = Check("--db " + db);
  INFO(r.out << r.err);
  CHECK(r.status == 1);
  CHECK(r.out.find("rate_conflict") != std::string::npos);
  // A warned rate conflict suggests the source's denominator (trial13).
  // The denominator in the text's own words (tr17), though the frame names it
  // language-neutrally ("al mes" is "month").
  CHECK(r.out.find("suggestion: 40 euros (abono joven) al mes") != std::string::npos);
}

// Percent for percentage points: the warning names the source's unit as its
// suggestion (trial13: the sheet's correction column was empty).
TEST_CASE("check: percent for percentage points suggests the points") {
  TempDir dir;
  std::string db = dir.File("claims.db");
  cctest::WriteFile(dir.File("src.txt"),
                    "Statistics Office\n1 March 2026\n\nThe youth unemployment rate rose by 0.9 percentage points "
                    "to 12.4 per cent in the year to January, the Statistics Office said.\n");
  cctest::WriteFile(dir.File("art.txt"),
                    "Valley Herald\n2 March 2026\n\nThe youth unemployment rate rose by 0.9 per cent to 12.4 per "
                    "cent in the year to January, according to the Statistics Office.\n");
  REQUIRE(cctest::Claimcheck("ingest --db " + db + " --role source " + dir.File("src.txt")).status == 0);
  REQUIRE(cctest::Claimcheck("ingest --db " + db + " --role article " + dir.File("art.txt")).status == 0);
  Run r = Check("--db " + db);
  INFO(r.out << r.err);
  CHECK(r.status == 1);
  CHECK(r.out.find("measure_conflict") != std::string::npos);
  CHECK(r.out.find("suggestion: 0.9 percentage points") != std::string::npos);
}

// A population is a count of people: "87,412 prisoners" and "the prison
// population was 87,412" are one statement, and "almost 18,000 people on
// remand" rounds "the remand population was 17,950" (trial9: both were
// subject_conflict warnings, one with a "correction").
TEST_CASE("check: people counted as a population stay quiet") {
  TempDir dir;
  std::string db = dir.File("claims.db");
  cctest::WriteFile(dir.File("release.txt"),
                    "Ministry of Justice\nOffender management statistics quarterly\n30 October 2026\n\n"
                    "The prison population in England and Wales was 87,412 at the end of September. "
                    "The remand population was 17,950.\n");
  cctest::WriteFile(dir.File("paper.txt"),
                    "The Northgate Courier\n2 November 2026\n\n"
                    "Jails in England and Wales held 87,412 prisoners at the end of September, according to "
                    "the Ministry of Justice. Almost 18,000 people were on remand, the ministry said.\n");
  REQUIRE(cctest::Claimcheck("ingest --db " + db + " " + dir.File("release.txt") + " " + dir.File("paper.txt")).status == 0);
  Run r = Check("--db " + db);
  INFO(r.out << r.err);
  CHECK(r.out.find("subject_conflict") == std::string::npos);
  CHECK(r.out.find("0 errors, 0 warnings") != std::string::npos);
}
