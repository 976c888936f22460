// Documents as identities, roles (auto by default), `docs`, `rm`, `check`
// with nothing to compare, `audit` without sources, and output that reads
// everywhere (CSV for pandas/R/Excel, whole table cells, command typos, URL
// arguments, Windows-1252 text), through the built binary.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "tests/cli/run_binary.h"

using cctest::Claimcheck;
using cctest::Run;
using cctest::Slurp;
using cctest::WriteFile;
using Json = nlohmann::json;
namespace fs = std::filesystem;

namespace {

std::vector<Json> JsonLines(const std::string& text) {
  std::vector<Json> out;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty()) out.push_back(Json::parse(line));
  }
  return out;
}

// One finding as the editor sees it: type, severity and message (the
// message names both documents and figures).
std::multiset<std::string> FindingSet(const std::string& jsonl) {
  std::multiset<std::string> out;
  for (const Json& f : JsonLines(jsonl)) {
    out.insert(f["severity"].get<std::string>() + " " + f["type"].get<std::string>() + ": " +
               f["message"].get<std::string>());
  }
  return out;
}

std::string Show(const std::multiset<std::string>& s) {
  std::string out;
  for (const std::string& x : s) out += "  " + x + "\n";
  return out;
}

const char kReport[] =
    "title: Coastal Flood Review 2025\n"
    "publisher: Harbour County Emergency Office\n"
    "date: 2025-03-02\n\n"
    "The floods of January damaged 1,240 homes across the county.\n\n"
    "Repairs are expected to cost $38 million.\n";
const char kStory[] =
    "title: Flood repairs to cost millions\n"
    "publisher: Harbour Times\n"
    "date: 2025-03-04\n\n"
    "The January floods damaged 2,140 homes, according to the Harbour County Emergency Office.\n";

}  // namespace

TEST_CASE("cli roles: plain ingest then check finds what the roled run finds, on every cluster") {
  for (const auto& e : fs::directory_iterator("corpus/clusters")) {
    if (!fs::exists(e.path() / "manifest.yaml")) continue;
    const std::string dir = e.path().string();
    INFO(dir);
    std::string tmp = cctest::TempDir("roles");
    // Roled: the report as a source, the rest as articles (manifest.yaml).
    std::string roled = tmp + "/roled.db", plain = tmp + "/plain.db";
    Run r1 = Claimcheck("ingest --db " + roled + " --role source " + dir + "/report.txt");
    REQUIRE(r1.status == 0);
    std::string articles;
    for (const auto& f : fs::directory_iterator(dir)) {
      if (f.path().extension() == ".txt" && f.path().filename() != "report.txt") {
        articles += " " + f.path().string();
      }
    }
    Run r2 = Claimcheck("ingest --db " + roled + " --role article" + articles);
    REQUIRE(r2.status == 0);
    Run p = Claimcheck("ingest --db " + plain + " " + dir);
    INFO(p.err);
    REQUIRE(p.status == 0);
    Run want = Claimcheck("check --db " + roled + " --format jsonl");
    Run got = Claimcheck("check --db " + plain + " --format jsonl");
    INFO("Expected (roled):\n" << Show(FindingSet(want.out)) << "Got (plain):\n"
                               << Show(FindingSet(got.out)) << got.err);
    CHECK(!FindingSet(want.out).empty());
    CHECK(FindingSet(got.out) == FindingSet(want.out));
    CHECK(got.status == want.status);
    // `docs` says how each auto document was read.
    Run docs = Claimcheck("docs --db " + plain + " --format jsonl");
    REQUIRE(docs.status == 0);
    for (const Json& d : JsonLines(docs.out)) {
      CHECK(d["role"] == "auto");
      bool report = fs::path(d["doc"].get<std::string>()).filename() == "report.txt";
      CHECK(d["checked_as"] == (report ? "source" : "article"));
    }
    fs::remove_all(tmp);
  }
}

TEST_CASE("cli check: a store with nothing to compare says so and exits 0") {
  std::string tmp = cctest::TempDir("nothing");
  WriteFile(tmp + "/report.txt", kReport);
  WriteFile(tmp + "/story.txt", kStory);
  std::string db = tmp + "/c.db";
  REQUIRE(Claimcheck("ingest --db " + db + " " + tmp + "/report.txt").status == 0);
  Run one = Claimcheck("check --db " + db + " --format jsonl");
  CHECK(one.status == 0);
  CHECK(one.out.empty());
  CHECK(one.err.find("nothing to compare") != std::string::npos);
  // Both as sources: no article to check.
  REQUIRE(Claimcheck("ingest --db " + db + " --role source " + tmp + "/story.txt").status == 0);
  Run sources = Claimcheck("check --db " + db);
  CHECK(sources.status == 0);
  CHECK(sources.err.find("every stored document is a source") != std::string::npos);
  // The story as auto: it cites the report's publisher, so it is checked.
  Run change = Claimcheck("ingest --db " + db + " --role auto " + tmp + "/story.txt");
  CHECK(change.err.find("role changed from source to auto") != std::string::npos);
  Run checked = Claimcheck("check --db " + db + " --format jsonl");
  INFO(checked.err);
  CHECK(checked.err.find("nothing to compare") == std::string::npos);
  CHECK(checked.err.find("no stored document is a source") == std::string::npos);
  CHECK(checked.status == 1);
  CHECK(checked.out.find("2,140") != std::string::npos);
  // Both as articles (a folder ingested with --role article, its report
  // too): compared with each other, and said so (trial24).
  REQUIRE(Claimcheck("ingest --db " + db + " --role article " + tmp + "/report.txt " + tmp + "/story.txt").status == 0);
  Run articles = Claimcheck("check --db " + db);
  INFO(articles.err);
  CHECK(articles.err.find("no stored document is a source (2 stored with --role article)") != std::string::npos);
  fs::remove_all(tmp);
}

TEST_CASE("cli docs and rm: one document per file, listed, removed with what it owns") {
  std::string tmp = cctest::TempDir("docs");
  WriteFile(tmp + "/a/report.txt", kReport);
  WriteFile(tmp + "/a/story.txt", kStory);
  const std::string db = tmp + "/c.db";
  // Relative spellings of one file, run from the temporary folder (the
  // environment prefix of Claimcheck() is a shell prefix).
  const std::string in_tmp = "cd " + tmp + " && ";
  Run first = Claimcheck("ingest --db " + db + " ./a/report.txt", in_tmp);
  INFO(first.err);
  REQUIRE(first.status == 0);
  Run again = Claimcheck("ingest --db " + db + " a/report.txt", in_tmp);
  CHECK(again.err.find("0 added, 1 unchanged") != std::string::npos);
  Run other = Claimcheck("ingest --db " + db + " a/../a//report.txt", in_tmp);
  CHECK(other.err.find("0 added, 1 unchanged") != std::string::npos);
  // The same file by its absolute path (from the same working folder): the
  // same document, said so.
  Run absolute = Claimcheck("ingest --db " + db + " " + tmp + "/a/report.txt", in_tmp);
  CHECK(absolute.err.find("0 added, 1 unchanged") != std::string::npos);
  CHECK(absolute.err.find("the same content is stored as a/report.txt") != std::string::npos);
  REQUIRE(Claimcheck("ingest --db " + db + " a/story.txt", in_tmp).status == 0);

  Run docs = Claimcheck("docs --db " + db + " --format jsonl");
  REQUIRE(docs.status == 0);
  std::vector<Json> rows = JsonLines(docs.out);
  REQUIRE(rows.size() == 2);
  CHECK(rows[0]["doc"] == "a/report.txt");
  CHECK(rows[0]["title"] == "Coastal Flood Review 2025");
  CHECK(rows[0]["publisher"] == "Harbour County Emergency Office");
  CHECK(rows[0]["date"] == "2025-03-02");
  CHECK(rows[0]["figures"].get<int>() >= 2);
  CHECK(rows[0]["checked_as"] == "source");
  CHECK(rows[1]["checked_as"] == "article");
  CHECK(rows[1]["cites"] == Json::array({"a/report.txt"}));
  Run table = Claimcheck("docs --db " + db);
  CHECK(table.out.find("Harbour County Emergency Office") != std::string::npos);
  CHECK(table.out.find("source (auto: cited by story.txt)") != std::string::npos);

  Run rm = Claimcheck("rm --db " + db + " ./a/report.txt", in_tmp);
  INFO(rm.err);
  CHECK(rm.status == 0);
  CHECK(rm.err.find("removed a/report.txt") != std::string::npos);
  Run after = Claimcheck("claims --db " + db + " --format jsonl");
  CHECK(!after.out.empty());
  for (const Json& f : JsonLines(after.out)) CHECK(f["doc"] == "a/story.txt");
  Run missing = Claimcheck("rm --db " + db + " a/report.txt");
  CHECK(missing.status == 2);
  CHECK(missing.err.find("no stored document matches") != std::string::npos);
  fs::remove_all(tmp);
}

TEST_CASE("cli ingest: a copy of a stored text elsewhere is another document, and said so") {
  std::string tmp = cctest::TempDir("copies");
  WriteFile(tmp + "/a/report.txt", kReport);
  WriteFile(tmp + "/b/report-copy.txt", kReport);
  const std::string db = tmp + "/c.db";
  const std::string in_tmp = "cd " + tmp + " && ";
  REQUIRE(Claimcheck("ingest --db " + db + " a/report.txt", in_tmp).status == 0);
  Run copy = Claimcheck("ingest --db " + db + " b/report-copy.txt", in_tmp);
  INFO(copy.err);
  CHECK(copy.status == 0);
  CHECK(copy.err.find("1 added") != std::string::npos);
  CHECK(copy.err.find("b/report-copy.txt: the same text is already stored as a/report.txt") != std::string::npos);
  // Re-ingesting the copy changes nothing and says nothing more.
  Run again = Claimcheck("ingest --db " + db + " b/report-copy.txt", in_tmp);
  CHECK(again.err.find("0 added, 1 unchanged") != std::string::npos);
  CHECK(again.err.find("already stored as") == std::string::npos);
  fs::remove_all(tmp);
}

TEST_CASE("cli ingest: a failed first ingest leaves no database file behind") {
  std::string tmp = cctest::TempDir("firstfail");
  const std::string db = tmp + "/new.db";
  Run r = Claimcheck("ingest --db " + db + " " + tmp + "/no-such-file.txt");
  CHECK(r.status == 2);
  CHECK_FALSE(fs::exists(db));
  CHECK_FALSE(fs::exists(db + "-wal"));
  // An existing database is left as it is when a later ingest fails.
  WriteFile(tmp + "/report.txt", kReport);
  REQUIRE(Claimcheck("ingest --db " + db + " " + tmp + "/report.txt").status == 0);
  CHECK(Claimcheck("ingest --db " + db + " " + tmp + "/no-such-file.txt").status == 2);
  CHECK(fs::exists(db));
  fs::remove_all(tmp);
}

TEST_CASE("cli audit: a file stored by a relative path is the same document from another folder") {
  // trial21: "../docs/story.txt" from a subfolder was stored a second time
  // beside "docs/story.txt", and every finding of the story came twice.
  std::string tmp = cctest::TempDir("relpath");
  WriteFile(tmp + "/docs/report.txt", kReport);
  WriteFile(tmp + "/docs/story.txt", kStory);
  fs::create_directories(tmp + "/sheets");
  REQUIRE(Claimcheck("ingest --db c.db docs", "cd " + tmp + " && ").status == 0);
  Run r = Claimcheck("audit ../docs/story.txt --db ../c.db -o sheet.md", "cd " + tmp + "/sheets && ");
  INFO(r.err);
  CHECK(r.status != 2);
  Run docs = Claimcheck("docs --db " + tmp + "/c.db");
  CHECK(docs.err.find("2 documents") != std::string::npos);
  // A copy under another name is another document.
  WriteFile(tmp + "/docs/story-copy.txt", kStory);
  REQUIRE(Claimcheck("ingest --db c.db docs/story-copy.txt", "cd " + tmp + " && ").status == 0);
  CHECK(Claimcheck("docs --db " + tmp + "/c.db").err.find("3 documents") != std::string::npos);
  fs::remove_all(tmp);
}

TEST_CASE("cli audit: a failed first audit leaves no database file behind") {
  // trial21: a sheet path in a missing folder failed (exit 2) but left an
  // empty database that the run had created.
  std::string tmp = cctest::TempDir("auditfail");
  WriteFile(tmp + "/report.txt", kReport);
  WriteFile(tmp + "/story.txt", kStory);
  const std::string db = tmp + "/new.db";
  Run r = Claimcheck("audit " + tmp + "/story.txt --sources " + tmp + "/report.txt --db " + db + " -o " + tmp +
                     "/missing/sheet.md");
  INFO(r.err);
  CHECK(r.status == 2);
  CHECK_FALSE(fs::exists(db));
  CHECK_FALSE(fs::exists(db + "-wal"));
  // An existing database is left as it is.
  REQUIRE(Claimcheck("ingest --db " + db + " " + tmp + "/report.txt").status == 0);
  CHECK(Claimcheck("audit " + tmp + "/story.txt --db " + db + " -o " + tmp + "/missing/sheet.md").status == 2);
  CHECK(fs::exists(db));
  fs::remove_all(tmp);
}

TEST_CASE("cli audit: no sources is not a pass; given sources keep their stored role") {
  std::string tmp = cctest::TempDir("nosrc");
  WriteFile(tmp + "/report.txt", kReport);
  WriteFile(tmp + "/story.txt", kStory);
  WriteFile(tmp + "/other.txt",
            "title: Parks budget\npublisher: Parks Board\n\nThe parks got 12 new benches.\n");
  const std::string db = tmp + "/c.db";
  // Nothing stored but the article: no sources, a warning, exit 1, and the
  // sheet says so.
  Run lone = Claimcheck("audit " + tmp + "/other.txt --db " + db + " -o " + tmp + "/lone.md");
  INFO(lone.err);
  CHECK(lone.status == 1);
  CHECK(lone.err.find("warning: no sources given") != std::string::npos);
  CHECK(Slurp(tmp + "/lone.md").find("No sources given") != std::string::npos);

  // Without --sources: the documents the article cites, not every source.
  REQUIRE(Claimcheck("ingest --db " + db + " --role source " + tmp + "/report.txt").status == 0);
  Run cited = Claimcheck("audit " + tmp + "/story.txt --db " + db + " -o " + tmp + "/s.json");
  INFO(cited.err);
  CHECK(cited.err.find("checking against what") != std::string::npos);
  Json sheet = Json::parse(Slurp(tmp + "/s.json"));
  REQUIRE(sheet["sources"].size() == 1);
  CHECK(sheet["sources"][0]["path"] == tmp + "/report.txt");
  // An article that names nothing stored is checked, as `check` checks it,
  // against the store's sources, and stderr says so (trial23: the sheet
  // said nothing was checked where `check` found conflicts).
  Run other = Claimcheck("audit " + tmp + "/other.txt --db " + db + " -o " + tmp + "/o.json");
  INFO(other.err);
  CHECK(other.err.find("names no stored document; checking against the store's 1 source") != std::string::npos);
  CHECK(other.err.find("warning: no sources given") == std::string::npos);
  const Json o = Json::parse(Slurp(tmp + "/o.json"));
  REQUIRE(o["sources"].size() == 1);
  CHECK(o["sources"][0]["path"] == tmp + "/report.txt");

  // --sources with a document stored as an article: used as a source for
  // this sheet, said so, stored role unchanged.
  Run as_src = Claimcheck("audit " + tmp + "/other.txt --sources " + tmp + "/story.txt --db " + db +
                          " -o " + tmp + "/x.json");
  INFO(as_src.err);
  CHECK(as_src.err.find("story.txt is stored as an article; this sheet uses it as a source") !=
        std::string::npos);
  Run docs = Claimcheck("docs --db " + db + " --format jsonl");
  for (const Json& d : JsonLines(docs.out)) {
    if (fs::path(d["doc"].get<std::string>()).filename() == "story.txt") CHECK(d["role"] == "article");
    if (fs::path(d["doc"].get<std::string>()).filename() == "report.txt") CHECK(d["role"] == "source");
  }
  fs::remove_all(tmp);
}

TEST_CASE("cli records: the frame keys in jsonl and csv; CSV numbers are numbers") {
  std::string tmp = cctest::TempDir("records");
  WriteFile(tmp + "/cut.txt",
            "title: Jobs\n\nThe company cut 2,400 posts last year, a change of -2,400 on the "
            "year.\n\n=HYPERLINK(\"http://x\") says 12 people agreed.\n");
  Run jl = Claimcheck("extract --format jsonl " + tmp + "/cut.txt");
  REQUIRE(jl.status == 0);
  std::vector<Json> recs = JsonLines(jl.out);
  REQUIRE(!recs.empty());
  for (const char* key : {"subject_head", "modifiers", "base", "part", "measure", "direction",
                          "previous", "per", "period", "modality", "place", "speaker", "revised",
                          "interval_low", "interval_high", "forecaster", "period_inherited", "outcome_stated"}) {
    INFO(key);
    CHECK(recs[0].contains(key));
  }
  Run csv = Claimcheck("extract --format csv " + tmp + "/cut.txt");
  REQUIRE(csv.status == 0);
  CHECK(csv.out.rfind("doc,doc_id,", 0) == 0);  // no byte order mark
  CHECK(csv.out.find("subject_head,modifiers,base,part,measure") != std::string::npos);
  CHECK(csv.out.find(",'-") == std::string::npos);  // no quote-prefixed number
  CHECK(csv.out.find(",-2400,") != std::string::npos);
  CHECK(csv.out.find("'=HYPERLINK") != std::string::npos);  // formulas still neutralised
  Run excel = Claimcheck("extract --format csv --excel " + tmp + "/cut.txt");
  CHECK(excel.out.rfind("\xEF\xBB\xBF" "doc,doc_id,", 0) == 0);
  // The audit sheet as CSV: plain, and with the mark for Excel.
  const std::string db = tmp + "/c.db";
  Claimcheck("audit " + tmp + "/cut.txt --db " + db + " -o " + tmp + "/plain.csv");
  Claimcheck("audit " + tmp + "/cut.txt --db " + db + " --excel -o " + tmp + "/excel.csv");
  CHECK(Slurp(tmp + "/plain.csv").rfind("number,", 0) == 0);
  CHECK(Slurp(tmp + "/excel.csv").rfind("\xEF\xBB\xBF" "number,", 0) == 0);
  CHECK(Slurp(tmp + "/plain.csv").find(",'-") == std::string::npos);
  fs::remove_all(tmp);
}

TEST_CASE("cli claims table: a document column and no clipped values") {
  std::string tmp = cctest::TempDir("table");
  const std::string subject =
      "internationally recognised long-distance overnight passenger rail services";
  WriteFile(tmp + "/rail.txt", "title: Rail\n\nThe operator ran 1,234 " + subject + " in 2024.\n");
  const std::string db = tmp + "/c.db";
  REQUIRE(Claimcheck("ingest --db " + db + " " + tmp + "/rail.txt").status == 0);
  Run t = Claimcheck("claims --db " + db + " --format table");
  REQUIRE(t.status == 0);
  CHECK(t.out.rfind("doc ", 0) == 0);
  CHECK(t.out.find(tmp + "/rail.txt") != std::string::npos);
  CHECK(t.out.find("1,234") != std::string::npos);
  fs::remove_all(tmp);
}

TEST_CASE("cli usage: typos, help name, URLs and Windows-1252 text") {
  Run typo = Claimcheck("injest x.txt");
  CHECK(typo.status == 2);
  CHECK(typo.err == "claimcheck: unknown command 'injest' (did you mean ingest?)\n");
  Run far = Claimcheck("frobnicate");
  CHECK(far.status == 2);
  CHECK(far.err.find("unknown command 'frobnicate'") != std::string::npos);
  Run help = Claimcheck("--help");
  CHECK(help.status == 0);
  CHECK(help.out.find("Usage: claimcheck ") != std::string::npos);
  CHECK(help.out.find(CLAIMCHECK_BIN) == std::string::npos);
  Run sub_help = Claimcheck("ingest --help");
  CHECK(sub_help.out.find("claimcheck ingest") != std::string::npos);

  Run url = Claimcheck("extract https://example.org/news/story.html");
  CHECK(url.status == 2);
  CHECK(url.err.find("save the page first") != std::string::npos);
  CHECK(url.err.find("Save Page As") != std::string::npos);

  std::string tmp = cctest::TempDir("cp1252");
  // "café" with é as 0xE9, curly quotes 0x93/0x94 and a euro sign 0x80.
  WriteFile(tmp + "/w.txt",
            "The caf\xE9 chain said \x93sales rose to \x80" "12 million\x94 last year.\n");
  Run w = Claimcheck("text " + tmp + "/w.txt");
  INFO(w.err);
  CHECK(w.status == 0);
  CHECK(w.out.find("caf\xC3\xA9") != std::string::npos);
  CHECK(w.out.find("\xE2\x80\x9C" "sales") != std::string::npos);
  Run money = Claimcheck("extract " + tmp + "/w.txt");
  CHECK(money.out.find("\"EUR\"") != std::string::npos);
  // 0x81 is undefined in Windows-1252: neither encoding, refused by name.
  WriteFile(tmp + "/bad.txt", "Sales rose \x81\x81 to 12.\n");
  Run bad = Claimcheck("text " + tmp + "/bad.txt");
  CHECK(bad.status == 2);
  CHECK(bad.err.find("invalid UTF-8") != std::string::npos);
  CHECK(bad.err.find("Windows-1252") != std::string::npos);
  // Letters standing alone between spaces are damage, not Windows-1252.
  WriteFile(tmp + "/lone.txt", "Turnout was 43 percent \xff\xfe in 2018.\n");
  CHECK(Claimcheck("text " + tmp + "/lone.txt").status == 2);
  WriteFile(tmp + "/u16.txt", std::string("\xFF\xFE" "1\0" "2\0", 6));
  Run u16 = Claimcheck("text " + tmp + "/u16.txt");
  CHECK(u16.status == 2);
  CHECK(u16.err.find("UTF-16") != std::string::npos);
  fs::remove_all(tmp);
}
