// The workbook is re-read: an .xlsx is a zip of XML parts; unzip extracts
// the sheet and the shared strings and libxml2 reads them back.
#include <libxml/parser.h>
#include <libxml/tree.h>

#include <catch2/catch.hpp>
#include <map>

#include "claimcheck/audit.h"
#include "tests/audit/audit_fixture.h"

using namespace claimcheck;
using namespace claimcheck::testing;

namespace {
std::string Unzip(const std::string& xlsx, const std::string& part) {
  int rc = 0;
  std::string out = RunCommand("unzip -p '" + xlsx + "' '" + part + "' 2>/dev/null", &rc);
  if (rc != 0)
    FAIL("unzip -p " << xlsx << " " << part
                     << " failed (is unzip installed? bash scripts/deps.sh)");
  return out;
}

std::string Name(xmlNode* n) { return reinterpret_cast<const char*>(n->name); }

std::string AllText(xmlNode* n) {
  xmlChar* c = xmlNodeGetContent(n);
  std::string s = c ? reinterpret_cast<const char*>(c) : "";
  xmlFree(c);
  return s;
}

std::string Attr(xmlNode* n, const char* name) {
  xmlChar* v = xmlGetProp(n, reinterpret_cast<const xmlChar*>(name));
  std::string s = v ? reinterpret_cast<const char*>(v) : "";
  xmlFree(v);
  return s;
}

template <typename F>
void Walk(xmlNode* n, F&& f) {
  for (; n; n = n->next) {
    if (n->type == XML_ELEMENT_NODE) f(n);
    Walk(n->children, f);
  }
}

struct Cell {
  std::string
      type;  // t attribute: "s" shared string, "n"/"" number, "str" formula result, "inlineStr"
  std::string value;  // resolved text
  bool formula = false;
};

// Reads sheet `n` of the workbook into {row: {column letters: cell}}.
std::map<int, std::map<std::string, Cell>> ReadSheet(const std::string& xlsx, int n) {
  std::vector<std::string> shared;
  std::string sst = Unzip(xlsx, "xl/sharedStrings.xml");
  xmlDoc* sdoc =
      xmlReadMemory(sst.data(), static_cast<int>(sst.size()), "sst.xml", nullptr, XML_PARSE_NONET);
  REQUIRE(sdoc);
  Walk(xmlDocGetRootElement(sdoc)->children, [&](xmlNode* e) {
    if (Name(e) == "si") shared.push_back(AllText(e));  // rich strings: all runs concatenated
  });
  xmlFreeDoc(sdoc);

  std::string xml = Unzip(xlsx, "xl/worksheets/sheet" + std::to_string(n) + ".xml");
  xmlDoc* doc = xmlReadMemory(xml.data(), static_cast<int>(xml.size()), "sheet.xml", nullptr,
                              XML_PARSE_NONET);
  REQUIRE(doc);
  std::map<int, std::map<std::string, Cell>> grid;
  Walk(xmlDocGetRootElement(doc), [&](xmlNode* e) {
    if (Name(e) != "c") return;
    std::string ref = Attr(e, "r");
    size_t digits = ref.find_first_of("0123456789");
    Cell cell;
    cell.type = Attr(e, "t");
    for (xmlNode* k = e->children; k; k = k->next) {
      if (k->type != XML_ELEMENT_NODE) continue;
      if (Name(k) == "f") cell.formula = true;
      if (Name(k) == "v") cell.value = AllText(k);
      if (Name(k) == "is") cell.value = AllText(k);
    }
    if (cell.type == "s") cell.value = shared.at(std::stoul(cell.value));
    grid[std::stoi(ref.substr(digits))][ref.substr(0, digits)] = cell;
  });
  xmlFreeDoc(doc);
  return grid;
}
}  // namespace

TEST_CASE("XLSX: header, one row per figure, values as in the sheet, nothing a formula") {
  std::string dir = MakeTempDir();
  std::string path = dir + "/sheet.xlsx";
  AuditSheet sheet = BuildAuditSheet(CepAuditInput());
  StampForGolden(&sheet);
  // A hostile claimant: must come back as a plain string.
  sheet.rows[0].figure.attribution = "=HYPERLINK(\"http://evil.example\",\"x\")";
  REQUIRE(WriteAuditSheet(sheet, path).ok());

  auto grid = ReadSheet(path, 1);
  // Header, rows, a blank row, then the sign-off block.
  REQUIRE(grid.size() == sheet.rows.size() + 1 + 5);
  CHECK(grid[1]["A"].value == "#");
  CHECK(grid[1]["B"].value == "Status");
  CHECK(grid[1]["C"].value == "Sentence as published");
  CHECK(grid[1]["W"].value == "Verdict");
  CHECK(grid[1]["X"].value == "Initials");
  CHECK(grid[1]["Z"].value == "Note");
  CHECK(grid[1]["AA"].value == "Correction");
  CHECK(grid[1]["AC"].value == "Row id (do not edit)");
  CHECK(grid[1]["AD"].value == "Article SHA-256 (do not edit)");
  int so = static_cast<int>(sheet.rows.size()) + 3;
  CHECK(grid[so]["A"].value == "Sign-off");
  CHECK(grid[so + 1]["B"].value == "Reviewed by");
  CHECK(grid[so + 3]["B"].value == "Rows verified");
  CHECK(grid[so + 3]["C"].value == "0 of " + std::to_string(sheet.rows.size()));
  CHECK(grid[so + 4]["B"].value == "Approved by");
  for (size_t i = 0; i < sheet.rows.size(); ++i) {
    const AuditRow& r = sheet.rows[i];
    auto& row = grid[static_cast<int>(i) + 2];
    INFO("row " << r.number);
    CHECK(row["A"].value == std::to_string(r.number));
    CHECK(row["A"].type != "s");  // a number, sortable
    CHECK(row["B"].value == RowStatusLabel(r));  // a conflict says "conflict (warning)" or "(error)"
    CHECK(row["C"].value == r.figure.sentence);
    CHECK(row["D"].value == r.figure.text);
    CHECK(row["L"].value == r.figure.attribution);
    CHECK(row["AC"].value == r.row_id);
    CHECK(row["AC"].value.size() == 13);
    CHECK(row["AD"].value == sheet.article.content_hash);
  }
  CHECK(grid[2]["L"].type == "s");
  for (auto& [n, row] : grid) {
    for (auto& [col, cell] : row) {
      INFO(col << n);
      CHECK_FALSE(cell.formula);
    }
  }
  CHECK(grid[8]["B"].value == "conflict (" + sheet.rows[6].severity + ")");
  CHECK(grid[8]["O"].value.find("96 countries") != std::string::npos);
  CHECK(grid[8]["V"].value == "96 countries, not 69");

  // The frozen header row and the column widths are in the sheet's XML, and
  // the verdict column (W) offers the verdicts as a drop-down list.
  std::string xml = Unzip(path, "xl/worksheets/sheet1.xml");
  CHECK(xml.find("<dataValidation type=\"list\"") != std::string::npos);
  CHECK(xml.find("sqref=\"W2:W" + std::to_string(sheet.rows.size() + 1) + "\"") !=
        std::string::npos);
  CHECK(xml.find("\"correct,incorrect,misleading,unverifiable,not a claim,pending\"") !=
        std::string::npos);
  CHECK(xml.find("state=\"frozen\"") != std::string::npos);
  CHECK(xml.find("ySplit=\"1\"") != std::string::npos);
  CHECK(xml.find("<col ") != std::string::npos);
  CHECK(xml.find("customWidth=\"1\"") != std::string::npos);
  // One fill per status, plus the header's grey, in the styles.
  std::string styles = Unzip(path, "xl/styles.xml");
  for (const char* rgb : {"FFC6EFCE", "FFDDEBF7", "FFFFC7CE", "FFFFEB9C", "FFE7E6E6"}) {
    INFO(rgb);
    CHECK(styles.find(rgb) != std::string::npos);
  }
  CHECK(styles.find("wrapText=\"1\"") != std::string::npos);

  // The About sheet carries the article, the sources' hashes and the counts.
  auto about = ReadSheet(path, 2);
  bool found_hash = false, found_conflicts = false;
  for (auto& [n, row] : about) {
    if (row["B"].value == sheet.sources[0].content_hash) found_hash = true;
    if (row["A"].value == "conflict" && row["B"].value == "1") found_conflicts = true;
  }
  CHECK(found_hash);
  CHECK(found_conflicts);
  int rc = 0;
  RunCommand("rm -rf " + dir, &rc);
}

TEST_CASE("XLSX: a possible conflict has its own label and fill") {
  std::string dir = MakeTempDir();
  std::string path = dir + "/sheet.xlsx";
  AuditSheet sheet = BuildAuditSheet(CepAuditInput());
  StampForGolden(&sheet);
  REQUIRE(WriteAuditSheet(sheet, path).ok());
  auto grid = ReadSheet(path, 1);
  bool seen = false;
  for (auto& [row, cells] : grid) seen = seen || cells["B"].value == "possible conflict";
  CHECK(seen);
  CHECK(Unzip(path, "xl/styles.xml").find("FCE4D6") != std::string::npos);
}
