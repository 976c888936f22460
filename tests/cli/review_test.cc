// The editor's desk through the binary: `review` lists and records verdicts
// (every change kept), verdicts override the machine's status in every
// sheet and survive re-ingest, filled-in sheets (.csv, .xlsx) come back with
// `review import`, stale or foreign sheets are refused, every sheet ends in a
// sign-off block, and ClaimReview is written only from human verdicts.
#include <sqlite3.h>
#include <xlsxwriter.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "claimcheck/audit.h"
#include "claimcheck/csv.h"
#include "claimcheck/util.h"
#include "tests/cli/run_binary.h"

using cctest::Claimcheck;
using cctest::Run;
using cctest::Slurp;
using Json = nlohmann::json;

namespace {
const std::string kArticle = "corpus/audit/cep-article.txt";
const std::string kReport = "corpus/audit/cep-report.txt";

struct Desk {
  std::string dir, db;
  Desk() : dir(cctest::TempDir("desk")), db(dir + "/claims.db") {}
  Run Audit(const std::string& out, const std::string& extra = "",
            const std::string& article = kArticle) const {
    return Claimcheck("audit " + article + " --sources " + kReport + " --db " + db + " -o " + out +
                      " -q " + extra);
  }
  Run Review(const std::string& args) const { return Claimcheck("review " + args + " --db " + db); }
  Json Sheet(const std::string& article = kArticle) const {
    std::string out = dir + "/sheet.json";
    Run r = Audit(out, "", article);
    REQUIRE((r.status == 0 || r.status == 1));
    return Json::parse(Slurp(out));
  }
  long long Count(const std::string& sql) const {
    sqlite3* h = nullptr;
    REQUIRE(sqlite3_open_v2(db.c_str(), &h, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
    sqlite3_stmt* st = nullptr;
    REQUIRE(sqlite3_prepare_v2(h, sql.c_str(), -1, &st, nullptr) == SQLITE_OK);
    REQUIRE(sqlite3_step(st) == SQLITE_ROW);
    long long n = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    sqlite3_close(h);
    return n;
  }
};

const Json& Row(const Json& sheet, const std::string& figure_text) {
  for (const Json& r : sheet["rows"]) {
    if (r["figure"]["text"] == figure_text) return r;
  }
  FAIL("no row for '" << figure_text << "'");
  static Json none;
  return none;
}

std::string N(const Json& row) { return std::to_string(row["number"].get<int>()); }

// Every row whose figure is written `figure_text`, in sheet order.
std::vector<Json> RowsOf(const Json& sheet, const std::string& figure_text) {
  std::vector<Json> out;
  for (const Json& r : sheet["rows"]) {
    if (r["figure"]["text"] == figure_text) out.push_back(r);
  }
  return out;
}

// trial10: one sentence that writes the same figure twice.
const std::string kClubHead =
    "title: Cuentas del club\npublisher: Diario del Puerto\ndate: 2026-11-20\n\n";
const std::string kClubSentence =
    "El club ingresó 48 millones de euros en la temporada 2024-25, según su Memoria económica de "
    "la temporada 2024-25.";
const std::string kClubRest = "\n\nLa masa salarial creció un 12 por ciento.\n";

// Verdict and initials of the two "2024-25" rows, as "verdict/initials|...".
std::string Seasons(const Json& sheet) {
  std::string out;
  for (const Json& r : RowsOf(sheet, "2024-25")) {
    const Json& v = r["reviewer"]["verdict"];
    out += (out.empty() ? "" : "|") + (v.is_null() ? std::string("-") : v.get<std::string>()) + "/" +
           r["reviewer"]["initials"].get<std::string>();
  }
  return out;
}

// The CSV line of a row, with its review cells replaced. The last ten
// columns (verdict ... review_stamp, credited_to) of an unreviewed row hold
// no commas in these fixtures (credited_to names CEP or a newspaper).
std::string FillCsv(const std::string& csv, const std::string& row_id, const std::string& verdict,
                    const std::string& initials, const std::string& note) {
  size_t at = csv.find("," + row_id + ",");
  REQUIRE(at != std::string::npos);
  size_t line_start = csv.rfind("\r\n", at) + 2;
  size_t line_end = csv.find("\r\n", at);
  std::string line = csv.substr(line_start, line_end - line_start);
  std::vector<size_t> commas;
  for (size_t i = line.size(); i-- > 0 && commas.size() < 10;) {
    if (line[i] == ',') commas.push_back(i);
  }
  REQUIRE(commas.size() == 10);
  std::string prefix = line.substr(0, commas[9]);  // up to the verdict column
  // verdict, initials, checked_on, note, correction, machine_status, row_id, sha, stamp, credit
  std::vector<std::string> tail;
  size_t from = commas[9] + 1;
  for (int k = 8; k >= -1; --k) {
    size_t to = k >= 0 ? commas[k] : line.size();
    tail.push_back(line.substr(from, to - from));
    from = to + 1;
  }
  tail[0] = verdict;
  tail[1] = initials;
  tail[3] = claimcheck::CsvQuote(note);
  std::string out = prefix;
  for (const std::string& t : tail) out += "," + t;
  return csv.substr(0, line_start) + out + csv.substr(line_end);
}
}  // namespace

TEST_CASE("review: list rows, record a verdict, keep every change, override the status") {
  Desk d;
  Json before = d.Sheet();
  const Json& wrong = Row(before, "69");
  REQUIRE(wrong["status"] == "conflict");

  Run list = d.Review(kArticle);
  INFO(list.err);
  REQUIRE(list.status == 0);
  CHECK(list.out.find("row_id") != std::string::npos);
  CHECK(list.out.find(wrong["row_id"].get<std::string>()) != std::string::npos);
  CHECK(list.out.find("0 verified") != std::string::npos);

  Run rec = d.Review(kArticle + " " + N(wrong) +
                     " --verdict incorrect --by JM --correction '96 countries' --note 'p. 1'");
  INFO(rec.err);
  REQUIRE(rec.status == 0);
  CHECK(rec.err.find("not reviewed -> incorrect by JM") != std::string::npos);
  CHECK(d.Count("SELECT count(*) FROM review_history WHERE via = 'cli'") == 1);

  // Mistakes: one clear line, exit 2, nothing written.
  Run bad = d.Review(kArticle + " " + N(wrong) + " --verdict wrongish --by JM");
  CHECK(bad.status == 2);
  CHECK(bad.err.find("not_a_claim") != std::string::npos);
  CHECK(d.Review(kArticle + " " + N(wrong) + " --verdict correct").status == 2);
  CHECK(d.Review(kArticle + " 999 --verdict correct --by JM").status == 2);
  CHECK(d.Review("no/such/article.txt").status == 2);
  CHECK(d.Count("SELECT count(*) FROM review_history") == 1);
  // The same verdict again is no change: no history row.
  CHECK(d.Review(kArticle + " " + wrong["row_id"].get<std::string>() +
                 " --verdict incorrect --by JM")
            .status == 0);
  CHECK(d.Count("SELECT count(*) FROM review_history") == 1);
  // A change of mind is kept with the old and new verdicts.
  REQUIRE(d.Review(kArticle + " " + N(wrong) + " --verdict misleading --by AB").status == 0);
  CHECK(d.Count("SELECT count(*) FROM review_history WHERE old_verdict = 'incorrect' AND "
                "new_verdict = 'misleading' AND reviewer = 'AB'") == 1);
  Run hist = d.Review(kArticle + " --history");
  REQUIRE(hist.status == 0);
  CHECK(hist.out.find("incorrect -> misleading") != std::string::npos);
  CHECK(hist.out.find("new -> incorrect") != std::string::npos);
  REQUIRE(d.Review(kArticle + " " + N(wrong) + " --verdict incorrect --by JM").status == 0);

  // Every output shows the human verdict over the machine's status.
  Json after = d.Sheet();
  const Json& row = Row(after, "69");
  CHECK(row["status"] == "incorrect");
  CHECK(row["machine_status"] == "conflict");
  CHECK(row["reviewer"]["initials"] == "JM");
  CHECK(row["reviewer"]["correction"] == "96 countries");
  CHECK(row["reviewer"]["note"] == "p. 1");  // kept: --note was left out
  CHECK(after["sign_off"]["verified"] == 1);
  for (const char* ext : {"md", "html", "csv"}) {
    std::string out = d.dir + "/s." + ext;
    REQUIRE(d.Audit(out).status == 1);  // an incorrect row still needs attention
    std::string text = Slurp(out);
    INFO(ext);
    CHECK(text.find("incorrect") != std::string::npos);
    CHECK(text.find("96 countries") != std::string::npos);
  }
  std::string md = Slurp(d.dir + "/s.md");
  CHECK(md.find("## Sign-off") != std::string::npos);
  CHECK(md.find("Reviewed by: JM") != std::string::npos);
  CHECK(md.find("Rows verified: 1 of " + std::to_string(after["rows"].size())) !=
        std::string::npos);
  CHECK(md.find("Approved by:") != std::string::npos);
  CHECK(md.find("incorrect (verdict of JM)") != std::string::npos);
  std::string html = Slurp(d.dir + "/s.html");
  CHECK(html.find("id=\"sign-off\"") != std::string::npos);
  CHECK(html.find("@media print") != std::string::npos);
  CHECK(html.find("data-verdict=\"incorrect\"") != std::string::npos);

  // Settling every row that needed attention makes the audit pass.
  for (const Json& r : after["rows"]) {
    if (r["status"] == "conflict" || r["status"] == "unsupported") {
      REQUIRE(d.Review(kArticle + " " + N(r) + " --verdict not_a_claim --by JM").status == 0);
    }
  }
  REQUIRE(d.Review(kArticle + " " + N(wrong) + " --verdict correct --by JM").status == 0);
  CHECK(d.Audit(d.dir + "/ok.json").status == 0);
  // The history is append-only, for claimcheck and for anyone with sqlite3.
  sqlite3* h = nullptr;
  REQUIRE(sqlite3_open(d.db.c_str(), &h) == SQLITE_OK);
  CHECK(sqlite3_exec(h, "DELETE FROM review_history", nullptr, nullptr, nullptr) != SQLITE_OK);
  CHECK(sqlite3_exec(h, "UPDATE review_history SET reviewer = 'X'", nullptr, nullptr, nullptr) !=
        SQLITE_OK);
  sqlite3_close(h);
}

TEST_CASE("review: columns stay aligned when a figure holds a multi-byte character") {
  // trial9: the listing padded by bytes, so a row with "£" or "€" shifted
  // every later column left by one or two places.
  Desk desk;
  const std::string article = desk.dir + "/trust.txt";
  const std::string source = desk.dir + "/accounts.txt";
  cctest::WriteFile(source, "The trust owed £9.3m to suppliers and €4.1m to the region in 2025.\n");
  cctest::WriteFile(article, "Tenants learned the trust owed £9.3m to suppliers.\nIt also owed "
                             "€4.1m to the region, plus 12 unpaid invoices.\n");
  Run a = Claimcheck("audit " + article + " --sources " + source + " --db " + desk.db + " -o " +
                     desk.dir + "/s.csv -q");
  REQUIRE((a.status == 0 || a.status == 1));
  Run r = desk.Review(article);
  REQUIRE(r.status == 0);
  std::vector<std::string> lines;
  for (size_t at = 0, nl; (nl = r.out.find('\n', at)) != std::string::npos; at = nl + 1) {
    lines.push_back(r.out.substr(at, nl - at));
  }
  REQUIRE(lines.size() >= 4);  // title, header, and a row per figure
  const size_t sentence_col = lines[1].find("sentence");
  REQUIRE(sentence_col != std::string::npos);
  auto columns_before = [](const std::string& line, size_t byte) {
    size_t n = 0;  // code points: every character here is one column wide
    for (size_t i = 0; i < byte; ++i) n += (static_cast<unsigned char>(line[i]) & 0xC0) != 0x80;
    return n;
  };
  int multibyte_rows = 0;
  for (size_t i = 2; i < lines.size(); ++i) {
    size_t at = lines[i].find("Tenants");
    if (at == std::string::npos) at = lines[i].find("It also");
    REQUIRE(at != std::string::npos);
    CHECK(columns_before(lines[i], at) == sentence_col);
    if (lines[i].find("\xC2\xA3") != std::string::npos || lines[i].find("\xE2\x82\xAC") != std::string::npos) {
      ++multibyte_rows;
    }
  }
  CHECK(multibyte_rows >= 2);
}

TEST_CASE("review: a verdict survives re-ingest of a changed article; its old sheet is stale") {
  Desk d;
  std::string article = d.dir + "/article.txt";
  std::filesystem::copy_file(kArticle, article);
  Json sheet = d.Sheet(article);
  const Json& nodes = Row(sheet, "43 percent");
  REQUIRE(d.Review(article + " " + N(nodes) + " --verdict correct --by JM").status == 0);
  REQUIRE(d.Audit(d.dir + "/old.csv", "", article).status == 1);

  // The newsroom edits another paragraph of the story.
  std::string text = Slurp(article);
  cctest::WriteFile(article, text + "\nA spokesman for the company declined to comment.\n");
  Json again = d.Sheet(article);
  const Json& kept = Row(again, "43 percent");
  CHECK(kept["status"] == "correct");
  CHECK(kept["reviewer"]["initials"] == "JM");

  Run stale = d.Review("import " + d.dir + "/old.csv");
  CHECK(stale.status == 2);
  CHECK(stale.err.find("stale") != std::string::npos);
}

TEST_CASE("review import: a filled-in CSV comes back; foreign, stale and broken sheets refused") {
  Desk d;
  Json sheet = d.Sheet();
  const std::string csv_path = d.dir + "/sheet.csv";
  REQUIRE(d.Audit(csv_path).status == 1);
  std::string csv = Slurp(csv_path);
  const Json& nodes = Row(sheet, "43 percent");
  std::string id = nodes["row_id"];
  std::string filled = FillCsv(csv, id, "correct", "AB", "=checked, on p. 2");
  cctest::WriteFile(d.dir + "/filled.csv", filled);

  Run other = d.Review("import " + d.dir + "/filled.csv --article " + kReport);
  CHECK(other.status == 2);
  CHECK(other.err.find("not of " + kReport) != std::string::npos);

  Run imp = d.Review("import " + d.dir + "/filled.csv");
  INFO(imp.err);
  REQUIRE(imp.status == 0);
  CHECK(imp.out.find("'43 percent' (" + id + "): not reviewed -> correct by AB, note") !=
        std::string::npos);
  CHECK(imp.err.find("1 row changed") != std::string::npos);
  CHECK(d.Count("SELECT count(*) FROM review_history WHERE via = 'import'") == 1);
  Json after = d.Sheet();
  CHECK(Row(after, "43 percent")["reviewer"]["note"] == "=checked, on p. 2");
  // The note comes back out of the CSV neutralised, and reads back as typed.
  REQUIRE(d.Audit(d.dir + "/again.csv").status == 1);
  CHECK(Slurp(d.dir + "/again.csv").find("\"'=checked, on p. 2\"") != std::string::npos);

  // Saved by Excel in a comma-decimal locale: semicolons and a byte-order mark.
  {
    std::string semi = "\xEF\xBB\xBF";
    bool quoted = false;
    for (char c : FillCsv(csv, Row(sheet, "1,000")["row_id"], "correct", "AB", "")) {
      if (c == '"') quoted = !quoted;
      semi.push_back(c == ',' && !quoted ? ';' : c);
    }
    cctest::WriteFile(d.dir + "/semi.csv", semi);
    Run r = d.Review("import " + d.dir + "/semi.csv");
    INFO(r.err);
    CHECK(r.status == 0);
    CHECK(r.out.find("'1,000'") != std::string::npos);
    CHECK(d.Count("SELECT count(*) FROM review_history WHERE via = 'import'") == 2);
  }

  // The same sheet again changes nothing.
  Run twice = d.Review("import " + d.dir + "/filled.csv");
  REQUIRE(twice.status == 0);
  CHECK(twice.err.find("0 rows changed, 1 unchanged") != std::string::npos);

  // Someone else changes the row; the old sheet, filled differently, is stale.
  REQUIRE(d.Review(kArticle + " " + N(nodes) + " --verdict misleading --by CD").status == 0);
  cctest::WriteFile(d.dir + "/late.csv", FillCsv(csv, id, "incorrect", "EF", ""));
  Run late = d.Review("import " + d.dir + "/late.csv");
  CHECK(late.status == 2);
  CHECK(late.err.find("stale") != std::string::npos);
  CHECK(late.err.find("by CD") != std::string::npos);
  // trial15: the row is named as the sheets and `review` number it, beside the
  // spreadsheet's own row (one more, for the header line).
  CHECK(late.err.find("(figure " + N(nodes) + ")") != std::string::npos);
  CHECK(d.Count("SELECT count(*) FROM review_history") == 3);

  // A bad verdict or missing initials: refused, nothing written.
  cctest::WriteFile(d.dir + "/bad.csv", FillCsv(csv, Row(sheet, "69")["row_id"], "maybe", "AB", ""));
  Run bad = d.Review("import " + d.dir + "/bad.csv");
  CHECK(bad.status == 2);
  CHECK(bad.err.find("'maybe' is not a verdict") != std::string::npos);
  cctest::WriteFile(d.dir + "/anon.csv", FillCsv(csv, Row(sheet, "69")["row_id"], "correct", "", ""));
  CHECK(d.Review("import " + d.dir + "/anon.csv").status == 2);
  CHECK(d.Count("SELECT count(*) FROM review_history") == 3);

  cctest::WriteFile(d.dir + "/plain.csv", "a,b\r\n1,2\r\n");
  Run plain = d.Review("import " + d.dir + "/plain.csv");
  CHECK(plain.status == 2);
  CHECK(plain.err.find("not a claimcheck audit sheet") != std::string::npos);
  CHECK(d.Review("import " + d.dir + "/missing.xlsx").status == 2);
  cctest::WriteFile(d.dir + "/fake.xlsx", "this is not a zip");
  Run fake = d.Review("import " + d.dir + "/fake.xlsx");
  CHECK(fake.status == 2);
  CHECK(fake.err.find("fake.xlsx") != std::string::npos);
}

TEST_CASE("review import: the workbook round trip (readable headers, drop-down, filled in)") {
  Desk d;
  Json sheet = d.Sheet();
  const std::string xlsx = d.dir + "/sheet.xlsx";
  REQUIRE(d.Audit(xlsx).status == 1);
  std::string part = d.dir + "/sheet1.xml";
  REQUIRE(std::system(("unzip -p " + xlsx + " xl/worksheets/sheet1.xml > " + part).c_str()) == 0);
  std::string xml = Slurp(part);
  CHECK(xml.find("<dataValidation type=\"list\"") != std::string::npos);
  CHECK(xml.find("not a claim") != std::string::npos);

  // Read back as written: every row, keyed, the sign-off block skipped.
  claimcheck::ImportedSheet read;
  REQUIRE(claimcheck::ReadFilledSheet(xlsx, &read).ok());
  CHECK(read.rows.size() == sheet["rows"].size());
  CHECK(read.article_sha256 == sheet["article"]["content_hash"]);
  Run none = d.Review("import " + xlsx);
  REQUIRE(none.status == 0);
  CHECK(none.err.find("0 rows changed") != std::string::npos);

  // A person fills it in: a workbook with the readable headers in another
  // order, as a spreadsheet program saves it (shared strings).
  const Json& wrong = Row(sheet, "69");
  std::string filled = d.dir + "/filled.xlsx";
  lxw_workbook* wb = workbook_new(filled.c_str());
  lxw_worksheet* ws = workbook_add_worksheet(wb, "Claims");
  const char* heads[] = {"Verdict", "Row id (do not edit)", "Note", "Initials",
                         "Article SHA-256 (do not edit)", "Correction",
                         "Review stamp (do not edit)"};
  for (int c = 0; c < 7; ++c) worksheet_write_string(ws, 0, c, heads[c], nullptr);
  int r = 1;
  for (const claimcheck::ImportedRow& row : read.rows) {
    worksheet_write_string(ws, r, 1, row.row_id.c_str(), nullptr);
    worksheet_write_string(ws, r, 4, read.article_sha256.c_str(), nullptr);
    if (row.row_id == wrong["row_id"]) {
      worksheet_write_string(ws, r, 0, "Incorrect", nullptr);
      worksheet_write_string(ws, r, 2, "Report: 96 countries (p. 1)", nullptr);
      worksheet_write_string(ws, r, 3, "JM", nullptr);
      worksheet_write_string(ws, r, 5, "96 countries", nullptr);
    }
    ++r;
  }
  worksheet_write_string(ws, r + 1, 0, "Sign-off", nullptr);
  REQUIRE(workbook_close(wb) == LXW_NO_ERROR);
  Run imp = d.Review("import " + filled);
  INFO(imp.err);
  REQUIRE(imp.status == 0);
  CHECK(imp.out.find("not reviewed -> incorrect by JM, note, correction") != std::string::npos);
  Json after = d.Sheet();
  CHECK(Row(after, "69")["status"] == "incorrect");
  CHECK(Row(after, "69")["reviewer"]["correction"] == "96 countries");
  // The next workbook carries the verdict, coloured and labelled.
  REQUIRE(d.Audit(xlsx).status == 1);
  REQUIRE(claimcheck::ReadFilledSheet(xlsx, &read).ok());
  bool found = false;
  for (const auto& row : read.rows) {
    if (row.row_id == wrong["row_id"]) {
      found = true;
      CHECK(row.verdict == "incorrect");
      CHECK(row.initials == "JM");
      CHECK_FALSE(row.review_stamp.empty());
    }
  }
  CHECK(found);
}

TEST_CASE("audit -o .jsonld: needs --org and a web --url; an empty list before any verdict") {
  Desk d;
  const std::string out = d.dir + "/review.jsonld";
  Run no_org = d.Audit(out, "--url https://desk.example.org/checks/cep");
  CHECK(no_org.status == 2);
  CHECK(no_org.err.find("--org") != std::string::npos);
  CHECK_FALSE(std::filesystem::exists(d.db));  // refused before anything was stored
  Run file_url = d.Audit(out, "--org 'Example Desk' --url file:///tmp/sheet.html");
  CHECK(file_url.status == 2);
  CHECK(file_url.err.find("--url") != std::string::npos);
  // No verdict yet: an empty list, and the exit status the findings give
  // (as every other format; desk8).
  Run unreviewed = Claimcheck("audit " + kArticle + " --sources " + kReport + " --db " + d.db +
                              " -o " + out + " --org 'Example Desk' --url https://desk.example.org/checks/cep");
  CHECK(unreviewed.status == 1);
  CHECK(unreviewed.err.find("no row of") != std::string::npos);
  CHECK(Slurp(out) == "[]\n");

  Json sheet = d.Sheet();
  REQUIRE(d.Review(kArticle + " " + N(Row(sheet, "69")) +
                   " --verdict incorrect --by JM --correction '96 countries'")
              .status == 0);
  Run ok = d.Audit(out, "--org 'Example Desk' --url https://desk.example.org/checks/cep");
  INFO(ok.err);
  REQUIRE(ok.status == 1);
  Json all = Json::parse(Slurp(out));
  REQUIRE(all.size() == 1);
  CHECK(all[0]["author"]["name"] == "Example Desk");
  CHECK(all[0]["author"]["url"] == "https://desk.example.org/");
  CHECK(all[0]["reviewRating"]["alternateName"] == "Incorrect");
  CHECK(all[0]["url"].get<std::string>().rfind("https://desk.example.org/checks/cep#row-", 0) == 0);
  CHECK(all.dump().find("file://") == std::string::npos);
  CHECK(all.dump().find("claimcheck") == std::string::npos);
}

TEST_CASE("serve: binds 127.0.0.1, prints its address, stops by itself; refuses a missing db") {
  Desk d;
  REQUIRE(d.Audit(d.dir + "/s.json").status == 1);
  Run r = Claimcheck("serve --db " + d.db + " --port 0 --stop-after 1");
  INFO(r.err);
  CHECK(r.status == 0);
  CHECK(r.out.find("http://127.0.0.1:") != std::string::npos);
  CHECK(r.err.find("warning") == std::string::npos);
  Run missing = Claimcheck("serve --db " + d.dir + "/nope.db --port 0 --stop-after 1");
  CHECK(missing.status == 2);
  CHECK(missing.err.find("nope.db") != std::string::npos);
  CHECK_FALSE(std::filesystem::exists(d.dir + "/nope.db"));
}

TEST_CASE("review: a verdict follows a light edit of its sentence; a lost one is said and kept in history") {
  // trial6: "the company said" -> "the company said on Thursday" dropped the
  // verdict without a word. Sentences written for this test.
  Desk d;
  std::string article = d.dir + "/ferry.txt";
  const std::string head = "title: Ferry story\npublisher: Coastal Courier\ndate: 2026-08-21\n\n";
  cctest::WriteFile(article, head +
                                 "The ferry line carried 412,000 passengers on 9 routes last summer, the operator "
                                 "said.\n\nTicket prices rose for the third year running.\n");
  REQUIRE(Claimcheck("ingest --role article " + article + " --db " + d.db).status == 0);
  Run list = d.Review(article);
  REQUIRE(list.status == 0);
  Json sheet = d.Sheet(article);
  REQUIRE(d.Review(article + " " + N(Row(sheet, "412,000")) + " --verdict correct --by JM").status == 0);
  REQUIRE(d.Review(article + " " + N(Row(sheet, "9")) + " --verdict incorrect --by JM").status == 0);

  // A light edit: a day added to the credit. Both verdicts stay.
  cctest::WriteFile(article, head +
                                 "The ferry line carried 412,000 passengers on 9 routes last summer, the operator "
                                 "said on Thursday.\n\nTicket prices rose for the third year running.\n");
  Run light = Claimcheck("ingest --role article " + article + " --db " + d.db);
  INFO(light.err);
  REQUIRE(light.status == 0);
  CHECK(light.err.find("dropped") == std::string::npos);
  CHECK(light.err.find("2 verdicts kept on the edited sentence") != std::string::npos);
  Json after = d.Sheet(article);
  CHECK(Row(after, "412,000")["status"] == "correct");
  CHECK(Row(after, "9")["status"] == "incorrect");

  // The figure corrected (9 -> 11 routes) and the sentence rewritten: the
  // 412,000 verdict follows (same figure, similar sentence); the verdict on
  // "9" has nothing to attach to and is said, by document and figure.
  cctest::WriteFile(article, head +
                                 "The ferry line carried 412,000 passengers on 11 routes last summer, the operator "
                                 "said on Thursday.\n\nTicket prices rose for the third year running.\n");
  Run fixed = Claimcheck("ingest --role article " + article + " --db " + d.db);
  INFO(fixed.err);
  REQUIRE(fixed.status == 0);
  CHECK(fixed.err.find("ferry.txt: the verdict \"incorrect\" of JM on \"9\" was dropped") != std::string::npos);
  Json last = d.Sheet(article);
  CHECK(Row(last, "412,000")["status"] == "correct");
  CHECK(d.Count("SELECT count(*) FROM review_history WHERE new_verdict = 'dropped' AND figure_text = '9' "
                "AND old_verdict = 'incorrect'") == 1);
  CHECK(d.Count("SELECT count(*) FROM reviews WHERE figure_text = '9'") == 0);

  // A different sentence that happens to hold the same number does not
  // inherit a verdict.
  cctest::WriteFile(article, head + "Harbour fees paid for 412,000 new lamps along the promenade.\n");
  Run other = Claimcheck("ingest --role article " + article + " --db " + d.db);
  INFO(other.err);
  CHECK(other.err.find("\"correct\" of JM on \"412,000\" was dropped") != std::string::npos);
}

TEST_CASE("review: two figures written alike in one sentence are two rows, a verdict names one") {
  // trial10: both "2024-25" had one row id, so a verdict on row 3 also
  // marked row 2, and the listing said "3 verified" after two verdicts.
  Desk d;
  const std::string article = d.dir + "/club.txt";
  cctest::WriteFile(article, kClubHead + kClubSentence + kClubRest);
  Json sheet = d.Sheet(article);
  std::vector<Json> seasons = RowsOf(sheet, "2024-25");
  REQUIRE(seasons.size() == 2);
  const std::string first = seasons[0]["row_id"], second = seasons[1]["row_id"];
  CHECK(first != second);
  // The first keeps the id every sheet gave it before, so old sheets import.
  CHECK(first == "r" + claimcheck::Sha256Hex(claimcheck::Sha256Hex(kClubSentence) + "\x1f" +
                                             "2024-25").substr(0, 12));

  Run list = d.Review(article);
  REQUIRE(list.status == 0);
  CHECK(list.out.find(first) != std::string::npos);
  CHECK(list.out.find(second) != std::string::npos);
  Run rec = d.Review(article + " " + N(seasons[1]) + " --verdict not_a_claim --by QA");
  INFO(rec.err);
  REQUIRE(rec.status == 0);
  CHECK(d.Count("SELECT count(*) FROM reviews") == 1);
  CHECK(d.Count("SELECT occurrence FROM reviews") == 2);
  CHECK(d.Count("SELECT occurrence FROM review_history") == 2);
  Json after = d.Sheet(article);
  CHECK(Seasons(after) == "-/|not_a_claim/QA");
  CHECK(after["sign_off"]["verified"] == 1);
  Run one = d.Review(article);
  CHECK(one.out.find("(1 verified)") != std::string::npos);
  // Another verdict, by row id, on the first: two rows verified, not three.
  REQUIRE(d.Review(article + " " + first + " --verdict correct --by JM").status == 0);
  Run two = d.Review(article);
  CHECK(two.out.find("(2 verified)") != std::string::npos);
  Json both = d.Sheet(article);
  CHECK(Seasons(both) == "correct/JM|not_a_claim/QA");
  CHECK(both["sign_off"]["verified"] == 2);
  // The CSV sheet shows each verdict once.
  Run wrote = d.Audit(d.dir + "/s.csv", "", article);
  REQUIRE((wrote.status == 0 || wrote.status == 1));
  std::string csv = Slurp(d.dir + "/s.csv");
  size_t n = 0;  // lines (rows) that show it
  for (size_t at = csv.find("not_a_claim"); at != std::string::npos;
       at = csv.find("not_a_claim", csv.find("\r\n", at))) {
    ++n;
  }
  CHECK(n == 1);
  // The history tells the second from the first.
  Run hist = d.Review(article + " --history");
  CHECK(hist.out.find("2024-25 (2nd)") != std::string::npos);
}

TEST_CASE("review import: a filled-in sheet lands on the right one of two figures alike") {
  Desk d;
  const std::string article = d.dir + "/club.txt";
  cctest::WriteFile(article, kClubHead + kClubSentence + kClubRest);
  Json sheet = d.Sheet(article);
  std::vector<Json> seasons = RowsOf(sheet, "2024-25");
  REQUIRE(seasons.size() == 2);
  const std::string first = seasons[0]["row_id"], second = seasons[1]["row_id"];
  Run wrote = d.Audit(d.dir + "/sheet.csv", "", article);
  REQUIRE((wrote.status == 0 || wrote.status == 1));
  const std::string csv = Slurp(d.dir + "/sheet.csv");

  // CSV: the second row filled in.
  cctest::WriteFile(d.dir + "/second.csv", FillCsv(csv, second, "incorrect", "AB", "la 2023-24"));
  Run imp = d.Review("import " + d.dir + "/second.csv");
  INFO(imp.err);
  REQUIRE(imp.status == 0);
  CHECK(imp.out.find("'2024-25' (" + second + "): not reviewed -> incorrect by AB") !=
        std::string::npos);
  CHECK(Seasons(d.Sheet(article)) == "-/|incorrect/AB");

  // A sheet written before occurrences were counted gave both rows the first
  // id: with one of them filled in, nothing says which figure was meant.
  std::string old = csv;
  old.replace(old.find("," + second + ","), second.size() + 2, "," + first + ",");
  cctest::WriteFile(d.dir + "/old.csv", FillCsv(old, first, "correct", "CD", ""));
  Run ambiguous = d.Review("import " + d.dir + "/old.csv");
  CHECK(ambiguous.status == 2);
  CHECK(ambiguous.err.find("stands for 2 figures '2024-25'") != std::string::npos);
  // The same old sheet with another row filled in imports.
  cctest::WriteFile(d.dir + "/old2.csv",
                    FillCsv(old, RowsOf(sheet, "12 por ciento")[0]["row_id"], "correct", "CD", ""));
  Run other = d.Review("import " + d.dir + "/old2.csv");
  INFO(other.err);
  CHECK(other.status == 0);
  CHECK(Seasons(d.Sheet(article)) == "-/|incorrect/AB");

  // Workbook: the first row filled in, as a spreadsheet program saves it.
  const std::string xlsx = d.dir + "/sheet.xlsx";
  Run book = d.Audit(xlsx, "", article);
  REQUIRE((book.status == 0 || book.status == 1));
  claimcheck::ImportedSheet read;
  REQUIRE(claimcheck::ReadFilledSheet(xlsx, &read).ok());
  const std::string filled = d.dir + "/filled.xlsx";
  lxw_workbook* wb = workbook_new(filled.c_str());
  lxw_worksheet* ws = workbook_add_worksheet(wb, "Claims");
  const char* heads[] = {"Row id (do not edit)", "Verdict", "Initials",
                         "Article SHA-256 (do not edit)", "Review stamp (do not edit)", "Note"};
  for (int c = 0; c < 6; ++c) worksheet_write_string(ws, 0, c, heads[c], nullptr);
  int r = 1;
  for (const claimcheck::ImportedRow& row : read.rows) {
    worksheet_write_string(ws, r, 0, row.row_id.c_str(), nullptr);
    worksheet_write_string(ws, r, 1, row.verdict.c_str(), nullptr);
    worksheet_write_string(ws, r, 2, row.initials.c_str(), nullptr);
    worksheet_write_string(ws, r, 3, read.article_sha256.c_str(), nullptr);
    worksheet_write_string(ws, r, 4, row.review_stamp.c_str(), nullptr);
    worksheet_write_string(ws, r, 5, row.note.c_str(), nullptr);
    if (row.row_id == first) {
      worksheet_write_string(ws, r, 1, "Correct", nullptr);
      worksheet_write_string(ws, r, 2, "EF", nullptr);
    }
    ++r;
  }
  REQUIRE(workbook_close(wb) == LXW_NO_ERROR);
  Run wbimp = d.Review("import " + filled);
  INFO(wbimp.err);
  REQUIRE(wbimp.status == 0);
  CHECK(wbimp.err.find("1 row changed") != std::string::npos);
  CHECK(Seasons(d.Sheet(article)) == "correct/EF|incorrect/AB");
  CHECK(d.Count("SELECT count(*) FROM reviews WHERE figure_text = '2024-25'") == 2);
}

TEST_CASE("review: a verdict on the second of two figures alike stays on it across re-ingests") {
  Desk d;
  const std::string article = d.dir + "/club.txt";
  cctest::WriteFile(article, kClubHead + kClubSentence + kClubRest);
  Json sheet = d.Sheet(article);
  std::vector<Json> seasons = RowsOf(sheet, "2024-25");
  REQUIRE(seasons.size() == 2);
  REQUIRE(d.Review(article + " " + N(seasons[1]) + " --verdict incorrect --by QA").status == 0);

  // Another paragraph edited: the sentence is the same.
  cctest::WriteFile(article, kClubHead + kClubSentence +
                                 "\n\nLa masa salarial creció un 12 por ciento, dijo el club.\n");
  Run other = Claimcheck("ingest --role article " + article + " --db " + d.db);
  INFO(other.err);
  REQUIRE(other.status == 0);
  CHECK(other.err.find("dropped") == std::string::npos);
  CHECK(Seasons(d.Sheet(article)) == "-/|incorrect/QA");

  // The sentence itself edited lightly: the verdict follows, to the second.
  std::string edited = kClubSentence;
  edited.replace(edited.size() - 1, 1, ", publicada el lunes.");
  cctest::WriteFile(article, kClubHead + edited + kClubRest);
  Run light = Claimcheck("ingest --role article " + article + " --db " + d.db);
  INFO(light.err);
  REQUIRE(light.status == 0);
  CHECK(light.err.find("dropped") == std::string::npos);
  CHECK(light.err.find("1 verdict kept on the edited sentence") != std::string::npos);
  Json after = d.Sheet(article);
  CHECK(Seasons(after) == "-/|incorrect/QA");
  CHECK(after["sign_off"]["verified"] == 1);

  // The first "2024-25" rewritten away: the verdict on the second has no
  // second to go to, and is said so.
  std::string single = edited;
  single.replace(single.find("en la temporada 2024-25"), 23, "este año");
  cctest::WriteFile(article, kClubHead + single + kClubRest);
  Run gone = Claimcheck("ingest --role article " + article + " --db " + d.db);
  INFO(gone.err);
  REQUIRE(gone.status == 0);
  CHECK(gone.err.find("on \"2024-25\" (the 2nd in its sentence) was dropped") != std::string::npos);
  CHECK(d.Count("SELECT count(*) FROM reviews") == 0);
  CHECK(d.Count("SELECT count(*) FROM review_history WHERE new_verdict = 'dropped' AND occurrence = 2") == 1);
}

// trial15: "a copy elsewhere is another document" (README), so two stored
// copies of one text (one content hash, two paths) must not stop the desk:
// audit with or without --sources, review and review import each find the
// document by its path. They used to fail with "matches 2 documents; give
// the path" although the path was given.
TEST_CASE("desk: two stored copies of a source or of the article do not stop audit, review, import") {
  Desk d;
  const std::string a = d.dir + "/a/report.txt", b = d.dir + "/b/report.txt";
  const std::string art1 = d.dir + "/one/article.txt", art2 = d.dir + "/two/article.txt";
  cctest::WriteFile(a, Slurp(kReport));
  cctest::WriteFile(b, Slurp(kReport));
  cctest::WriteFile(art1, Slurp(kArticle));
  cctest::WriteFile(art2, Slurp(kArticle));
  REQUIRE(Claimcheck("ingest --db " + d.db + " " + a + " " + b + " " + art1 + " " + art2)
              .status == 0);
  const std::string md = d.dir + "/s.md", csv = d.dir + "/s.csv";
  Run with = Claimcheck("audit " + art1 + " --sources " + a + " --db " + d.db + " -o " + md + " -q");
  INFO(with.err);
  REQUIRE((with.status == 0 || with.status == 1));
  CHECK(Slurp(md).find("43 percent") != std::string::npos);
  Run cited = Claimcheck("audit " + art1 + " --db " + d.db + " -o " + csv + " -q");
  INFO(cited.err);
  REQUIRE((cited.status == 0 || cited.status == 1));
  Run list = d.Review(art1);
  INFO(list.err);
  REQUIRE(list.status == 0);
  CHECK(list.out.find("43 percent") != std::string::npos);
  // The sheet of the first copy of the article comes back onto that copy.
  const std::string js = d.dir + "/s.json";
  REQUIRE(Claimcheck("audit " + art1 + " --sources " + a + " --db " + d.db + " -o " + js + " -q")
              .status <= 1);
  std::string id = Row(Json::parse(Slurp(js)), "43 percent")["row_id"];
  std::string csv_text = Slurp(csv);
  cctest::WriteFile(d.dir + "/filled.csv", FillCsv(csv_text, id, "correct", "AB", "checked"));
  // Which copy the sheet is for is the user's to say; without it, one line asks.
  Run which = d.Review("import " + d.dir + "/filled.csv");
  CHECK(which.status == 2);
  CHECK(which.err.find("--article") != std::string::npos);
  CHECK(d.Count("SELECT count(*) FROM reviews") == 0);
  Run imp = d.Review("import " + d.dir + "/filled.csv --article " + art1);
  INFO(imp.err);
  REQUIRE(imp.status == 0);
  CHECK(imp.out.find("(" + id + "): not reviewed -> correct by AB") != std::string::npos);
  CHECK(d.Count("SELECT count(*) FROM reviews WHERE verdict = 'correct' AND doc_path LIKE "
                "'%/one/article.txt'") == 1);
}

// trial15: a verdict "incorrect" with a correction, then the reporter edits
// the sentence to apply it: the verdict is reopened (pending), said on
// stderr and kept in history, so the fixed story no longer fails its audit.
// An edit that takes nothing from the correction keeps the verdict.
TEST_CASE("review: an edit that applies the recorded correction reopens the verdict") {
  Desk d;
  std::string article = d.dir + "/post.txt";
  const std::string head = "title: Post story\npublisher: Valley Courier\ndate: 2026-06-02\n\n";
  auto write = [&](const std::string& body) { cctest::WriteFile(article, head + body + "\n"); };
  write("Rural depots now close around 84 branches a week, the union said.");
  REQUIRE(Claimcheck("ingest --role article " + article + " --db " + d.db).status == 0);
  Json sheet = d.Sheet(article);
  REQUIRE(d.Review(article + " " + N(Row(sheet, "around 84")) +
                   " --verdict incorrect --by JM --correction \"about 84 a month\"")
              .status == 0);

  // An edit elsewhere in the sentence: the verdict stays.
  write("Rural depots now close around 84 branches a week, the postal union said.");
  Run light = Claimcheck("ingest --role article " + article + " --db " + d.db);
  INFO(light.err);
  REQUIRE(light.status == 0);
  CHECK(light.err.find("pending again") == std::string::npos);
  CHECK(Row(d.Sheet(article), "around 84")["status"] == "incorrect");

  // The correction applied ("a week" -> "a month"): reopened.
  write("Rural depots now close around 84 branches a month, the postal union said.");
  Run fixed = Claimcheck("ingest --role article " + article + " --db " + d.db);
  INFO(fixed.err);
  REQUIRE(fixed.status == 0);
  CHECK(fixed.err.find("the verdict \"incorrect\" of JM on \"around 84\" is pending again") !=
        std::string::npos);
  Json after = d.Sheet(article);
  CHECK(Row(after, "around 84")["status"] != "incorrect");
  CHECK(d.Count("SELECT count(*) FROM reviews WHERE verdict = 'pending'") == 1);
  CHECK(d.Count("SELECT count(*) FROM review_history WHERE old_verdict = 'incorrect' AND "
                "new_verdict = 'pending' AND old_correction = 'about 84 a month'") == 1);
}
