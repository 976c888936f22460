#include <catch2/catch.hpp>

#include "claimcheck/csv.h"
#include "claimcheck/figure_json.h"
#include "claimcheck/util.h"

using namespace claimcheck;

TEST_CASE("Sha256Hex matches the known digest of 'abc'") {
  CHECK(Sha256Hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST_CASE("IsValidUtf8 rejects overlongs, surrogates and truncation") {
  CHECK(IsValidUtf8("plain ascii"));
  CHECK(IsValidUtf8("caf\xC3\xA9 \xE2\x80\x94 \xF0\x9F\x98\x80"));
  size_t bad = 0;
  CHECK_FALSE(IsValidUtf8("ab\xC0\xAF", &bad));  // overlong '/'
  CHECK(bad == 2);
  CHECK_FALSE(IsValidUtf8("\xED\xA0\x80"));  // surrogate
  CHECK_FALSE(IsValidUtf8("x\xE2\x80"));     // truncated
  CHECK_FALSE(IsValidUtf8("\xF5\x80\x80\x80"));
  CHECK(SanitizeUtf8("a\xFF" "b") == "a\xEF\xBF\xBD" "b");
}

TEST_CASE("CSV cells are quoted and formulas neutralised") {
  CHECK(CsvRow({"a", "b,c", "say \"hi\""}) == "a,\"b,c\",\"say \"\"hi\"\"\"\r\n");
  CHECK(CsvRow({"=HYPERLINK(\"x\")"}) == "\"'=HYPERLINK(\"\"x\"\")\"\r\n");
  CHECK(NeutraliseFormula("+1") == "'+1");
  CHECK(NeutraliseFormula("@SUM") == "'@SUM");
  CHECK(NeutraliseFormula("\tx") == "'\tx");
  CHECK(NeutraliseFormula("43 percent") == "43 percent");
  // Numbers stay numbers for Excel, pandas and R; look-alikes do not.
  CHECK(NeutraliseFormula("-2400") == "-2400");
  CHECK(NeutraliseFormula("-3.5") == "-3.5");
  CHECK(NeutraliseFormula("2.5e-05") == "2.5e-05");
  CHECK(NeutraliseFormula("-1e+20") == "-1e+20");
  CHECK(NeutraliseFormula("-2,400") == "'-2,400");
  CHECK(NeutraliseFormula("-1+1") == "'-1+1");
  CHECK(NeutraliseFormula("-3.") == "'-3.");
  CHECK(NeutraliseFormula("-") == "'-");
  CHECK(NeutraliseFormula("-e5") == "'-e5");
  CHECK(NeutraliseFormula("-2e") == "'-2e");
  CHECK(CsvRow({"-2400", "-cmd|' /C calc'!A0"}) == "-2400,'-cmd|' /C calc'!A0\r\n");
  CHECK(IsPlainNumber("12"));
  CHECK_FALSE(IsPlainNumber(""));
  CHECK_FALSE(IsPlainNumber("+1"));
}

TEST_CASE("figure records round-trip through JSON with every key present") {
  Figure f;
  f.doc = "a.txt";
  f.kind = Kind::kPercent;
  f.value = FigureValue::Number(43);
  f.qualifier = Qualifier::kNearly;
  f.subject = "the nodes";
  f.quoted = true;
  f.time = "2018-03-05";
  auto j = FigureToJson(f);
  for (const char* key : {"doc", "doc_id", "lang", "page", "paragraph", "sentence", "start", "end",
                          "text", "kind", "value", "value_max", "qualifier", "unit", "subject",
                          "attribution", "quoted", "time", "rule"}) {
    CHECK(j.contains(key));
  }
  CHECK(j["value"].dump() == "43");
  CHECK(j["page"].is_null());
  CHECK(j["unit"].is_null());
  Figure g;
  REQUIRE(FigureFromJson(nlohmann::json::parse(j.dump()), &g).ok());
  CHECK(g.kind == Kind::kPercent);
  CHECK(g.value == f.value);
  CHECK(g.qualifier == Qualifier::kNearly);
  CHECK(g.subject == "the nodes");
  CHECK(g.quoted);
  CHECK(g.time == "2018-03-05");
  Figure d;
  d.kind = Kind::kDate;
  d.value = FigureValue::Date("2018-03");
  CHECK(FigureToJson(d)["value"] == "2018-03");
}

TEST_CASE("the hand-written JSON line equals nlohmann's record byte for byte") {
  Figure f;
  f.doc = "dir/\"quoted\" name.txt";
  f.doc_id = "ab12";
  f.lang = "es";
  f.paragraph = 7;
  f.sentence = "Tab\there, newline\n, control \x01, back\\slash, caf\xC3\xA9 \xE2\x80\x9C" "99%\xE2\x80\x9D";
  f.start = 12;
  f.end = 15;
  f.text = "99%";
  f.kind = Kind::kMoney;
  f.unit = "EUR";
  f.rule = "es.money.symbol";
  f.sentence_start = 3;
  f.sentence_end = 90;
  for (double v : {0.0, 43.0, -3.5, 66.66666666666667, 1.2e9, 1.5e-7, 1e20, 0.1 + 0.2}) {
    f.value = FigureValue::Number(v);
    f.value_max = FigureValue::Number(v * 3);
    f.page = v > 1 ? 4 : 0;
    f.quoted = v > 1;
    f.subject = v > 1 ? "the \"nodes\"" : "";
    std::string line;
    AppendFigureJsonLine(f, &line);
    CHECK(line == FigureToJson(f).dump() + "\n");
  }
  f.kind = Kind::kDate;
  f.value = FigureValue::Date("2018-03-05");
  f.value_max.reset();
  f.time = "2017-10/2018-03";
  std::string line;
  AppendFigureJsonLine(f, &line);
  CHECK(line == FigureToJson(f).dump() + "\n");
}
