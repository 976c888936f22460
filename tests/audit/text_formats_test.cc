// Properties of the text formats that goldens alone would not pin down:
// RFC 4180 framing, formula neutralising, Markdown escaping, JSON shape.
#include <algorithm>
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <sstream>

#include "claimcheck/audit.h"
#include "tests/audit/audit_fixture.h"

using namespace claimcheck;
using namespace claimcheck::testing;

namespace {
// A sheet whose every document field is hostile.
AuditSheet HostileSheet() {
  FixtureDoc d = LoadFixture("corpus/audit/hostile-article.txt", "article");
  AuditInput in;
  in.article = d.stored;
  in.article_text = d.text;
  in.article_figures = {
      FixtureFigure(d, "43 percent", Kind::kPercent, FigureValue::Number(43), Qualifier::kExact,
                    "the nodes", "=cmd|' /C calc'!A0"),
      FixtureFigure(d, "96 countries", Kind::kCount, FigureValue::Number(96)),
      FixtureFigure(d, "1,000 profiles", Kind::kCount, FigureValue::Number(1000), Qualifier::kExact,
                    "profiles", "-2+3"),
  };
  in.findings = {};
  in.sources = {d.stored};  // the document is its own (hostile) source
  in.sources[0].title = "@SUM(1,2) <b>bold</b>";
  in.source_figures = {in.article_figures[1]};
  in.source_figures[0].doc_id = "feed";  // not the article, so it can support it
  in.sources[0].doc_id = "feed";
  AuditSheet sheet = BuildAuditSheet(in);
  StampForGolden(&sheet);
  return sheet;
}

// Splits RFC 4180 text into records of fields.
std::vector<std::vector<std::string>> ParseCsv(const std::string& s) {
  std::vector<std::vector<std::string>> rows(1);
  std::string field;
  bool quoted = false;
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (quoted) {
      if (c == '"' && i + 1 < s.size() && s[i + 1] == '"') {
        field.push_back('"');
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        field.push_back(c);
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      rows.back().push_back(field);
      field.clear();
    } else if (c == '\r' && i + 1 < s.size() && s[i + 1] == '\n') {
      rows.back().push_back(field);
      field.clear();
      rows.emplace_back();
      ++i;
    } else {
      field.push_back(c);
    }
  }
  if (rows.back().empty()) rows.pop_back();
  return rows;
}
}  // namespace

TEST_CASE("CSV: CRLF records of equal width, one per figure plus the header") {
  AuditSheet sheet = BuildAuditSheet(CepAuditInput());
  std::string csv = AuditToCsv(sheet);
  auto rows = ParseCsv(csv);
  REQUIRE(rows.size() == sheet.rows.size() + 1);
  for (const auto& r : rows) CHECK(r.size() == rows[0].size());
  CHECK(rows[0][0] == "number");
  CHECK(rows[7][1] == "conflict");
  CHECK(rows[7][3] == "69 countries");
  // No bare LF outside quoted cells: every line ends in CRLF.
  for (size_t i = 0; i < csv.size(); ++i) {
    if (csv[i] == '\n') CHECK((i > 0 && csv[i - 1] == '\r'));
  }
}

TEST_CASE("CSV: cells that a spreadsheet would run are neutralised") {
  std::string csv = AuditToCsv(HostileSheet());
  auto rows = ParseCsv(csv);
  REQUIRE(rows.size() == 4);
  for (const auto& r : rows) {
    for (const std::string& cell : r) {
      INFO("cell: " << cell);
      if (!cell.empty()) CHECK(std::string("=+-@\t\r").find(cell[0]) == std::string::npos);
    }
  }
  CHECK(rows[1][11] == "'=cmd|' /C calc'!A0");
  CHECK(rows[3][11] == "'-2+3");
  CHECK(rows[2][12] == "'@SUM(1,2) <b>bold</b>");
}

TEST_CASE("Markdown: pipes, tags and line breaks from documents cannot break the table") {
  std::string md = AuditToMarkdown(HostileSheet());
  CHECK(md.find("\\<script\\>") != std::string::npos);
  CHECK(md.find("<script>") == std::string::npos);
  CHECK(md.find("\\<img src=x onerror=") != std::string::npos);
  // No tag can open: every '<' in the page is escaped.
  for (size_t i = 0; i < md.size(); ++i) {
    if (md[i] == '<') CHECK((i > 0 && md[i - 1] == '\\'));
  }
  CHECK(md.find("1,000 profiles** \\| pipes \\| and \\*stars\\*") != std::string::npos);
  // Every table line has the same number of unescaped pipes as the header.
  std::istringstream in(md.substr(md.find("## Claims")));
  std::string line;
  int want = -1;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] != '|') continue;
    int pipes = 0;
    for (size_t i = 0; i < line.size(); ++i)
      pipes += line[i] == '|' && (i == 0 || line[i - 1] != '\\');
    if (want < 0) want = pipes;
    INFO(line);
    CHECK(pipes == want);
  }
  CHECK(want == 16);
}

TEST_CASE("Markdown: the header lists the sources with hashes and counts by status") {
  AuditSheet sheet = BuildAuditSheet(CepAuditInput());
  std::string md = AuditToMarkdown(sheet);
  CHECK(md.find("Counter Extremism Project. (2018, May 8). Spiders of the Caliphate") !=
        std::string::npos);
  CHECK(md.find("SHA-256: `" + sheet.sources[0].content_hash + "`") != std::string::npos);
  CHECK(md.find("| conflict | 1 |") != std::string::npos);
  CHECK(md.find("| supported | 6 |") != std::string::npos);
  CHECK(md.find("| total | 10 |") != std::string::npos);
}

TEST_CASE("JSON: rows mirror the sheet and every figure record is complete") {
  AuditSheet sheet = BuildAuditSheet(CepAuditInput());
  auto j = nlohmann::json::parse(AuditToJson(sheet));
  REQUIRE(j["rows"].size() == sheet.rows.size());
  CHECK(j["summary"]["total"] == 10);
  CHECK(j["summary"]["unsupported"] == 1);
  CHECK(j["summary"]["not_checked"] == 1);
  CHECK(j["sources"][0]["content_hash"] == sheet.sources[0].content_hash);
  for (size_t i = 0; i < sheet.rows.size(); ++i) {
    const auto& row = j["rows"][i];
    CHECK(row["status"] == AuditStatusName(sheet.rows[i].status));
    for (const char* key : {"doc", "doc_id", "lang", "page", "paragraph", "sentence", "start",
                            "end", "text", "kind", "value", "value_max", "qualifier", "unit",
                            "subject", "attribution", "quoted", "time", "rule"}) {
      INFO("row " << i << " key " << key);
      CHECK(row["figure"].contains(key));
    }
    std::string sentence = row["sentence"];
    size_t s = row["mark"]["start"], e = row["mark"]["end"];
    CHECK(sentence.substr(s, e - s) == sheet.rows[i].figure.text);
  }
  CHECK(j["rows"][6]["source"]["figure"] == "96 countries");
  CHECK(j["rows"][9]["source"].is_null());
}

TEST_CASE("every format says which body the article credits, not only the phrase") {
  // "the report says" names no one: the editor needs the body the frame read
  // (issue 11, speaker), with the words as written beside it when they differ.
  AuditInput in = CepAuditInput();
  in.article_figures[0].attribution = "the report says";
  in.article_figures[0].frame.speaker = "Counter Extremism Project";
  in.article_figures[1].attribution = "Counter Extremism Project said";
  in.article_figures[1].frame.speaker = "Counter Extremism Project";
  in.article_figures[2].attribution = "officials said";
  in.article_figures[2].frame.speaker.clear();
  AuditSheet sheet = BuildAuditSheet(in);
  auto rows = ParseCsv(AuditToCsv(sheet));
  const auto& head = rows[0];
  auto col = std::find(head.begin(), head.end(), "credited_to") - head.begin();
  REQUIRE(col < static_cast<long>(head.size()));
  auto claimant = std::find(head.begin(), head.end(), "claimant") - head.begin();
  int found = 0;
  for (size_t i = 1; i < rows.size(); ++i) {
    if (rows[i][claimant] != "the report says") continue;
    CHECK(rows[i][col] == "Counter Extremism Project");
    ++found;
  }
  CHECK(found == 1);
  std::string md = AuditToMarkdown(sheet);
  CHECK(md.find("| Credited to |") != std::string::npos);
  CHECK(md.find("Counter Extremism Project (\u201cthe report says\u201d)") != std::string::npos);
  // the body already in the words is not said twice; words without a body stay
  CHECK(md.find("(\u201cCounter Extremism Project said\u201d)") == std::string::npos);
  CHECK(md.find("| officials said |") != std::string::npos);
  std::string html = AuditToHtml(sheet);
  CHECK(html.find("Credited to: Counter Extremism Project (\u201cthe report says\u201d)") !=
        std::string::npos);
}

TEST_CASE("WriteAuditSheet refuses unknown extensions and leaves no file behind") {
  std::string dir = MakeTempDir();
  AuditSheet sheet = BuildAuditSheet(CepAuditInput());
  Status s = WriteAuditSheet(sheet, dir + "/sheet.pdf");
  CHECK_FALSE(s.ok());
  CHECK(s.message().find("sheet.pdf") != std::string::npos);
  s = WriteAuditSheet(sheet, dir + "/missing-dir/sheet.csv");
  CHECK_FALSE(s.ok());
  int rc = 0;
  CHECK(RunCommand("ls -A " + dir, &rc).empty());
  REQUIRE(WriteAuditSheet(sheet, dir + "/sheet.csv").ok());
  CHECK(ReadFile(dir + "/sheet.csv") == AuditToCsv(sheet));
  CHECK(RunCommand("ls -A " + dir, &rc) == "sheet.csv\n");
  RunCommand("rm -rf " + dir, &rc);
}

TEST_CASE("every format shows a possible conflict as such, and a conflict's severity") {
  // trial6: an info period or modality difference read "supported with a
  // note". The fixture's info qualifier_conflict is such a row.
  AuditSheet sheet = BuildAuditSheet(CepAuditInput());
  StampForGolden(&sheet);
  REQUIRE(sheet.Count(AuditStatus::kPossibleConflict) == 1);
  std::string csv = AuditToCsv(sheet), md = AuditToMarkdown(sheet), html = AuditToHtml(sheet);
  auto json = nlohmann::json::parse(AuditToJson(sheet));
  CHECK(csv.find(",possible_conflict,") != std::string::npos);
  CHECK(md.find("| possible conflict |") != std::string::npos);      // the row's status
  CHECK(md.find("| possible conflict | 1 |") != std::string::npos);  // the summary count
  CHECK(html.find("data-status=\"possible_conflict\"") != std::string::npos);
  CHECK(html.find("status-possible_conflict") != std::string::npos);
  CHECK(html.find("#FCE4D6") != std::string::npos);  // its own colour in the summary legend
  CHECK(html.find("an editor decides") != std::string::npos);
  CHECK(json["summary"]["possible_conflict"] == 1);
  bool row_seen = false;
  for (const auto& r : json["rows"]) row_seen = row_seen || r["status"] == "possible_conflict";
  CHECK(row_seen);
  // Not one of the formats calls the row supported.
  for (const auto& r : json["rows"]) {
    if (r["figure"]["text"] == "hundreds of profiles") CHECK(r["status"] != "supported_with_note");
  }
  // The conflict row names its severity for people, and as a class in HTML.
  const std::string sev = [&] {
    for (const AuditRow& r : sheet.rows)
      if (r.status == AuditStatus::kConflict) return r.severity;
    return std::string();
  }();
  REQUIRE_FALSE(sev.empty());
  CHECK(md.find("| conflict (" + sev + ") |") != std::string::npos);
  CHECK(html.find("severity-" + sev) != std::string::npos);
}

TEST_CASE("a value computed from words shows two decimals; a written value as written") {
  // trial35: "around two-thirds" showed as 66.66666666666666 in every format.
  FixtureDoc d = LoadFixture("corpus/audit/hostile-article.txt", "article");
  AuditInput in;
  in.article = d.stored;
  in.article_text = d.text;
  in.article_figures = {
      FixtureFigure(d, "43 percent", Kind::kPercent, FigureValue::Number(200.0 / 3)),
      FixtureFigure(d, "96 countries", Kind::kCount, FigureValue::Number(96.125)),
      FixtureFigure(d, "1,000 profiles", Kind::kCount, FigureValue::Number(4.1e9)),
  };
  AuditSheet sheet = BuildAuditSheet(in);
  auto rows = ParseCsv(AuditToCsv(sheet));
  REQUIRE(rows.size() == 4);
  CHECK(rows[1][7] == "66.67");
  CHECK(rows[2][7] == "96.125");
  CHECK(rows[3][7] == "4100000000");
  CHECK(AuditToMarkdown(sheet).find("66.6666") == std::string::npos);
}
