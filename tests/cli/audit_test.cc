// `claimcheck audit` through the built binary and the whole pipeline (reader,
// recogniser, attacher, store, checker, sheet): exit codes, every format, a
// golden sheet of the corpus article, and one-line errors that write nothing.
#include <algorithm>
#include <map>
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <sstream>

#include "claimcheck/store.h"
#include "tests/cli/run_binary.h"

using cctest::Claimcheck;
using cctest::Run;
using cctest::Slurp;
using Json = nlohmann::json;

namespace {
const std::string kArticle = "corpus/audit/cep-article.txt";
const std::string kReport = "corpus/audit/cep-report.txt";
// A fixed clock for sheets compared byte for byte (2026-01-01T00:00:00Z).
const std::string kEpoch = "SOURCE_DATE_EPOCH=1767225600 ";

Run Audit(const std::string& args) {
  // Claimcheck() prefixes the binary; the environment goes through env(1).
  return Claimcheck("audit " + args);
}

Run AuditAt(const std::string& env, const std::string& args) {
  return Claimcheck("audit " + args, env);
}

bool Exists(const std::string& path) { return std::filesystem::exists(path); }

const Json* RowFor(const Json& sheet, const std::string& figure_text) {
  for (const Json& r : sheet["rows"]) {
    if (r["figure"]["text"] == figure_text) return &r;
  }
  return nullptr;
}

std::string FirstDifference(const std::string& want, const std::string& got) {
  std::istringstream a(want), b(got);
  std::string la, lb;
  for (int line = 1;; ++line) {
    bool ha = static_cast<bool>(std::getline(a, la));
    bool hb = static_cast<bool>(std::getline(b, lb));
    if (!ha && !hb) return "identical";
    if (la != lb || ha != hb) {
      return "line " + std::to_string(line) + "\nExpected: " + (ha ? la : "<end of file>") +
             "\nGot:      " + (hb ? lb : "<end of file>");
    }
  }
}
}  // namespace

TEST_CASE("audit: the corpus article in every format; exit 1 for its conflict") {
  std::string dir = cctest::TempDir("audit");
  std::string db = dir + "/claims.db";
  // .jsonld (ClaimReview) needs human verdicts: tests/cli/review_test.cc.
  for (const char* ext : {"csv", "md", "html", "xlsx", "json"}) {
    std::string out = dir + "/sheet." + ext;
    Run r = Audit(kArticle + " --sources " + kReport + " --db " + db + " -o " + out);
    INFO(ext << "\nstderr: " << r.err);
    CHECK(r.status == 1);
    CHECK(Exists(out));
    CHECK(r.err.find("wrote " + out) != std::string::npos);
  }
  Json sheet = Json::parse(Slurp(dir + "/sheet.json"));
  REQUIRE(sheet["rows"].size() >= 5);
  CHECK(sheet["summary"]["total"] == sheet["rows"].size());
  CHECK(sheet["article"]["path"] == kArticle);
  CHECK(sheet["sources"].size() == 1);
  CHECK(sheet["sources"][0]["content_hash"].get<std::string>().size() == 64);

  // The planted error: 69 countries where the report says 96.
  const Json* wrong = RowFor(sheet, "69");
  REQUIRE(wrong);
  CHECK((*wrong)["status"] == "conflict");
  CHECK((*wrong)["suggestion"].get<std::string>().find("96") != std::string::npos);
  REQUIRE((*wrong)["source"].is_object());
  CHECK((*wrong)["source"]["sentence"].get<std::string>().find("96 countries") !=
        std::string::npos);
  const Json* nodes = RowFor(sheet, "43 percent");
  REQUIRE(nodes);
  CHECK((*nodes)["status"] == "supported");
  CHECK((*nodes)["source"]["figure"] == "43 percent");

  // Every format has the same rows.
  std::string csv = Slurp(dir + "/sheet.csv");
  size_t csv_lines = 0;
  for (size_t p = csv.find("\r\n"); p != std::string::npos; p = csv.find("\r\n", p + 2))
    ++csv_lines;
  CHECK(csv_lines == sheet["rows"].size() + 1);  // no cell of this article spans lines
  std::string html = Slurp(dir + "/sheet.html");
  for (const Json& row : sheet["rows"]) {
    std::string n = std::to_string(row["number"].get<int>());
    std::string status = row["status"];
    INFO("row " << n);
    CHECK(html.find("data-status=\"" + status + "\" id=\"fig-" + n + "\"") != std::string::npos);
    CHECK(html.find("<tr id=\"row-" + n + "\"") != std::string::npos);
  }
  std::string xlsx = Slurp(dir + "/sheet.xlsx");
  CHECK(xlsx.compare(0, 2, "PK") == 0);
}

TEST_CASE("audit: golden Markdown sheet of the corpus article through the whole pipeline") {
  // Rewritten only with CLAIMCHECK_UPDATE_GOLDEN=1; a change in the
  // recogniser or checker shows here as a reviewed diff.
  std::string dir = cctest::TempDir("audit_golden");
  std::string out = dir + "/sheet.md";
  Run r = AuditAt(kEpoch,
                  kArticle + " --sources " + kReport + " --db " + dir + "/c.db -o " + out + " -q");
  REQUIRE(r.status == 1);
  CHECK(r.err.empty());
  std::string got = Slurp(out);
  const std::string golden = "corpus/audit/cep-article.pipeline.expected.md";
  const char* update = std::getenv("CLAIMCHECK_UPDATE_GOLDEN");
  if (update && std::string(update) == "1") {
    cctest::WriteFile(golden, got);
    WARN("rewrote " << golden);
    return;
  }
  std::string want = Slurp(golden);
  INFO("case: " << golden << "\n" << FirstDifference(want, got));
  CHECK(want == got);
  CHECK(got.find("- Generated: 2026-01-01T00:00:00Z") != std::string::npos);
}

TEST_CASE("audit: without --sources the stored sources are used; re-running changes nothing") {
  std::string dir = cctest::TempDir("audit_stored");
  std::string db = dir + "/claims.db";
  REQUIRE(
      AuditAt(kEpoch, kArticle + " --sources " + kReport + " --db " + db + " -o " + dir + "/a.json")
          .status == 1);
  Run again = AuditAt(kEpoch, kArticle + " --db " + db + " -o " + dir + "/b.json");
  INFO(again.err);
  CHECK(again.status == 1);
  CHECK(Slurp(dir + "/a.json") == Slurp(dir + "/b.json"));
}

TEST_CASE("audit: an article its source fully supports exits 0") {
  std::string dir = cctest::TempDir("audit_ok");
  cctest::WriteFile(
      dir + "/article.txt",
      "title: Short\n\nThe study maps 1,000 Facebook profiles that support the Islamic State.\n");
  Run r = Audit(dir + "/article.txt --sources " + kReport + " --db " + dir + "/c.db -o " + dir +
                "/s.json");
  INFO(r.err);
  CHECK(r.status == 0);
  Json sheet = Json::parse(Slurp(dir + "/s.json"));
  REQUIRE(sheet["rows"].size() == 1);
  CHECK(sheet["rows"][0]["status"] == "supported");
}

TEST_CASE("audit: bad input is one line naming the file, exit 2, and no sheet") {
  std::string dir = cctest::TempDir("audit_bad");
  std::string db = dir + "/claims.db";
  struct Case {
    std::string args, names;
  } cases[] = {
      {"corpus/audit/missing.txt --sources " + kReport + " -o " + dir + "/s.md",
       "corpus/audit/missing.txt"},
      {kArticle + " --sources corpus/audit/missing-source.txt -o " + dir + "/s.md",
       "missing-source.txt"},
      {kArticle + " --sources " + kReport + " -o " + dir + "/s.pdf", "s.pdf"},
      {kArticle + " --sources " + kArticle + " -o " + dir + "/s.md", kArticle},
      // Last: this one gets as far as the database before the write fails.
      {kArticle + " --sources " + kReport + " -o " + dir + "/no/such/dir/s.md", "s.md"},
  };
  for (const Case& c : cases) {
    // Documents are read before the database is opened: an unreadable one
    // leaves nothing stored.
    if (&c != &cases[4]) CHECK_FALSE(Exists(db));
    Run r = Audit(c.args + " --db " + db);
    INFO("args: " << c.args << "\nstderr: " << r.err);
    CHECK(r.status == 2);
    CHECK(r.err.find(c.names) != std::string::npos);
    CHECK(std::count(r.err.begin(), r.err.end(), '\n') == 1);
    CHECK_FALSE(Exists(dir + "/s.md"));
    CHECK_FALSE(Exists(dir + "/s.pdf"));
  }
  Run usage = Audit(kArticle + " --db " + db);
  CHECK(usage.status == 2);  // -o is required
  // A failed run leaves an earlier sheet untouched.
  cctest::WriteFile(dir + "/keep.md", "earlier sheet\n");
  Run r = Audit("corpus/audit/missing.txt -o " + dir + "/keep.md --db " + db);
  CHECK(r.status == 2);
  CHECK(Slurp(dir + "/keep.md") == "earlier sheet\n");
  std::string listing;
  for (const auto& e : std::filesystem::directory_iterator(dir))
    listing += e.path().filename().string() + " ";
  CHECK(listing.find(".tmp-") == std::string::npos);
}

TEST_CASE("audit: a hostile article stays text in HTML, CSV and Markdown") {
  std::string dir = cctest::TempDir("audit_hostile");
  std::string db = dir + "/claims.db";
  for (const char* ext : {"html", "csv", "md"}) {
    Run r = Audit("corpus/audit/hostile-article.txt --sources " + kReport + " --db " + db + " -o " +
                  dir + "/s." + ext);
    INFO(ext << ": " << r.err);
    CHECK((r.status == 0 || r.status == 1));
  }
  std::string html = Slurp(dir + "/s.html");
  CHECK(html.find("<script") == std::string::npos);
  CHECK(html.find("&lt;script&gt;document.body.setAttribute") != std::string::npos);
  CHECK(html.find("<img") == std::string::npos);
  std::string csv = Slurp(dir + "/s.csv");
  CHECK(csv.find(",=") == std::string::npos);
  CHECK(csv.find("\n=") == std::string::npos);
  std::string md = Slurp(dir + "/s.md");
  CHECK(md.find("\\<script\\>") != std::string::npos);
  for (size_t i = 0; i < md.size(); ++i) {
    if (md[i] == '<') CHECK((i > 0 && md[i - 1] == '\\'));  // no tag can open
  }
}

TEST_CASE("audit: the demo's corpus article gets one row per extracted figure") {
  const std::string article = "corpus/clusters/cep-facebook/daily-ledger.txt";
  const std::string report = "corpus/clusters/cep-facebook/report.txt";
  if (!Exists(article) || !Exists(report)) {
    WARN("corpus/clusters/cep-facebook is missing: skipping");
    return;
  }
  std::string dir = cctest::TempDir("audit_cluster");
  Run r = Audit(article + " --sources " + report + " --db " + dir + "/c.db -o " + dir + "/s.json");
  INFO(r.err);
  CHECK((r.status == 0 || r.status == 1));
  Json sheet = Json::parse(Slurp(dir + "/s.json"));
  Run ex = Claimcheck("extract --format json " + article);
  REQUIRE(ex.status == 0);
  Json figures = Json::parse(ex.out);
  REQUIRE(sheet["rows"].size() == figures.size());
  for (size_t i = 0; i < figures.size(); ++i) {
    CHECK(sheet["rows"][i]["figure"]["start"] == figures[i]["start"]);
    CHECK(sheet["rows"][i]["figure"]["text"] == figures[i]["text"]);
  }
  bool needs_attention = false;
  for (const Json& row : sheet["rows"]) {
    needs_attention |= row["status"] == "conflict" || row["status"] == "unsupported";
  }
  CHECK(r.status == (needs_attention ? 1 : 0));
}

TEST_CASE("audit: an editor's stored verdict fills the reviewer columns on the next run") {
  std::string dir = cctest::TempDir("audit_review");
  std::string db = dir + "/claims.db";
  REQUIRE(
      Audit(kArticle + " --sources " + kReport + " --db " + db + " -o " + dir + "/a.json").status ==
      1);
  Json first = Json::parse(Slurp(dir + "/a.json"));
  REQUIRE_FALSE(first["rows"].empty());
  for (const Json& row : first["rows"]) CHECK(row["reviewer"]["note"] == "");
  {
    std::unique_ptr<claimcheck::Store> store;
    REQUIRE(claimcheck::Store::Open(db, &store).ok());
    std::vector<claimcheck::Figure> figures;
    REQUIRE(store->Figures(claimcheck::FigureFilter{kArticle, ""}, &figures).ok());
    REQUIRE_FALSE(figures.empty());
    REQUIRE(store->SaveReview(figures[0], "correct", "checked against p. 3").ok());
  }
  REQUIRE(
      Audit(kArticle + " --sources " + kReport + " --db " + db + " -o " + dir + "/b.json").status ==
      1);
  Json second = Json::parse(Slurp(dir + "/b.json"));
  // The verdict has its own field and overrides the machine's status.
  CHECK(second["rows"][0]["reviewer"]["verdict"] == "correct");
  CHECK(second["rows"][0]["reviewer"]["note"] == "checked against p. 3");
  CHECK(second["rows"][0]["status"] == "correct");
  CHECK(second["rows"][0]["machine_status"] != "correct");
  CHECK(second["rows"][0]["reviewer"]["date"].get<std::string>().size() == 10);
  CHECK(second["rows"][1]["reviewer"]["note"] == "");
}

// eval16-libraries: a column cited only the paper ("as the Westmarch Echo
// reported"), the paper cited the council's statistics; the sheet was built
// on the paper alone and called "unsupported" every figure of the
// statistics the paper relays, though `check` (every source) supported
// them. Without --sources a sheet uses what the article cites and what that
// cites in turn, and says through which document.
TEST_CASE("audit: without --sources, the sources of a cited story are used too") {
  std::string dir = cctest::TempDir("audit_chain");
  cctest::WriteFile(dir + "/release.txt",
                    "Westmarch County Council\nLibrary statistics 2025-26\nPublished: 3 September 2026\n\n"
                    "The county's libraries lent 1,104,300 items in 2025-26.\n\n"
                    "Children's books were 36 per cent of all loans.\n");
  cctest::WriteFile(dir + "/echo.txt",
                    "The Westmarch Echo\n11 November 2026\n\nLibrary hours to be cut\n\n"
                    "Children's books made up 36 per cent of loans last year, according to statistics "
                    "published by Westmarch County Council.\n");
  cctest::WriteFile(dir + "/column.txt",
                    "The Civic Desk\n15 November 2026\n\nLibraries are not a luxury\n\n"
                    "As the Westmarch Echo reported, children's books made up 36 per cent of loans. "
                    "The libraries lent 1,104,300 items in 2025-26.\n");
  const std::string db = " --db " + dir + "/c.db";
  REQUIRE(Claimcheck("ingest " + dir + db).status == 0);
  Run r = Audit(dir + "/column.txt" + db + " -o " + dir + "/s.json");
  INFO(r.err);
  CHECK(r.err.find("release.txt") != std::string::npos);
  CHECK(r.err.find("named by " + dir + "/echo.txt") != std::string::npos);
  Json sheet = Json::parse(Slurp(dir + "/s.json"));
  const Json* items = RowFor(sheet, "1,104,300");
  REQUIRE(items != nullptr);
  CHECK((*items)["status"] == "supported");
}

// trial43: a paper citing the wire copy, the wire copy citing the trust's
// report. The wire's own misreading was the sheet's "source" for the
// paper's right figure: a stored article that names a stored source only
// relays it, and the sheet checks against the source it names.
TEST_CASE("audit: a cited article that names a stored source is a relay, not a source") {
  std::string dir = cctest::TempDir("audit_relay");
  cctest::WriteFile(dir + "/report.txt",
                    "Northmoor Ambulance Service NHS Trust\nQuarterly performance report\nPublished: 2 October 2026\n\n"
                    "The trust recruited 198 newly qualified paramedics in the quarter.\n");
  cctest::WriteFile(dir + "/wire.txt",
                    "Press Association\n3 October 2026\n\nAmbulance trust hires paramedics\n\n"
                    "More than 200 newly qualified paramedics joined in the quarter, according to the quarterly "
                    "performance report of Northmoor Ambulance Service NHS Trust.\n");
  cctest::WriteFile(dir + "/paper.txt",
                    "The Northmoor Echo\n5 October 2026\n\nParamedics arrive\n\n"
                    "Nearly 200 newly qualified paramedics joined the trust in the quarter, the Press Association "
                    "reported.\n");
  const std::string db = " --db " + dir + "/c.db";
  REQUIRE(Claimcheck("ingest --role source " + dir + "/report.txt" + db).status == 0);
  REQUIRE(Claimcheck("ingest --role article " + dir + "/wire.txt " + dir + "/paper.txt" + db).status == 0);
  Run r = Audit(dir + "/paper.txt" + db + " -o " + dir + "/s.json");
  INFO(r.err);
  CHECK(r.err.find("report.txt") != std::string::npos);
  CHECK(r.err.find("not against what relays it: " + dir + "/wire.txt") != std::string::npos);
  Json sheet = Json::parse(Slurp(dir + "/s.json"));
  REQUIRE(sheet["sources"].size() == 1);
  CHECK(sheet["sources"][0]["path"].get<std::string>().find("report.txt") != std::string::npos);
  const Json* row = RowFor(sheet, "Nearly 200");
  REQUIRE(row != nullptr);
  INFO(row->dump());
  // Compared with the trust's 198, not with the wire's "more than 200".
  CHECK((*row)["source"]["sentence"].get<std::string>().find("198") != std::string::npos);
}

TEST_CASE("audit: a sheet's statuses are what check says, the source named only in a sentence with no figure") {
  // trial57, trial58: an article naming its source only in a sentence with
  // no figure ("Cada primavera la Federación ... publica su Informe") was
  // read by `check` as citing it, but not by `audit` (the sheet's checker
  // saw no figure-less sentence): a misattribution `check` flagged and a
  // share it supported were "unsupported" rows.
  const std::string dir = cctest::TempDir("audit");
  const std::string db = dir + "/claims.db";
  const std::string source = "corpus/checkdev/trial58-libros-es/fuente.txt";
  const std::string blog = "corpus/checkdev/trial58-libros-es/blog.txt";
  Run in = Claimcheck("ingest --db " + db + " " + source + " " + blog);
  INFO(in.err);
  REQUIRE(in.status == 0);
  Run pairs = Claimcheck("check --db " + db + " --no-save --pairs --format jsonl");
  std::map<std::string, std::string> verdict;
  std::istringstream lines(pairs.out);
  for (std::string line; std::getline(lines, line);) {
    if (line.empty()) continue;
    const Json r = Json::parse(line);
    if (r["figure"]["doc"].get<std::string>().find("blog.txt") != std::string::npos) {
      verdict[r["figure"]["text"].get<std::string>()] = r["verdict"].get<std::string>();
    }
  }
  REQUIRE(verdict["10,5 %"] == "supported");
  REQUIRE(verdict["75,3 %"] == "attribution_conflict");
  Run sheet = Audit("--db " + db + " " + blog + " -o " + dir + "/sheet.json");
  INFO(sheet.err);
  REQUIRE(sheet.status <= 1);
  const Json j = Json::parse(Slurp(dir + "/sheet.json"));
  std::map<std::string, std::string> status;
  for (const Json& row : j["rows"]) status[row["figure"]["text"].get<std::string>()] = row["status"].get<std::string>();
  CHECK(status["10,5 %"] == "supported");
  CHECK(status["75,3 %"] == "conflict");
}
