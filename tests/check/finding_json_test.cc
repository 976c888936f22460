// AppendFindingJson and AppendFigureJson write by hand what FindingToJson and
// FigureToJson print through nlohmann: the jsonl of `check` and the records
// stored with each finding must not change by a byte (bench/RESULTS.md, cspd).
#include <catch2/catch.hpp>

#include <cmath>
#include <limits>

#include "claimcheck/check.h"
#include "claimcheck/figure_json.h"

using namespace claimcheck;

namespace {

std::string TreeDump(const Finding& f) {
  return FindingToJson(f).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string Fast(const Finding& f) {
  std::string out = "prefix:";  // appends, never replaces
  AppendFindingJson(f, &out);
  return out.substr(7);
}

Figure SampleFigure(const std::string& sentence) {
  Figure f;
  f.doc = "reports/health-board-2024.txt";
  f.doc_id = "9f2c";
  f.lang = "en";
  f.paragraph = 3;
  f.sentence = sentence;
  f.sentence_start = 120;
  f.sentence_end = 120 + sentence.size();
  f.start = 140;
  f.end = 146;
  f.text = "41.7%";
  f.kind = Kind::kPercent;
  f.value = FigureValue::Number(41.7);
  f.subject = "the \"waiting\" list";
  f.attribution = "the board";
  f.frame.subject_head = "patient";
  f.frame.modifiers = {"adult", "rural"};
  f.frame.previous = 38.25;
  f.frame.interval_low = 40;
  f.id = 77;
  return f;
}

}  // namespace

TEST_CASE("AppendFindingJson prints what FindingToJson prints", "[check][json]") {
  Figure a = SampleFigure("Waiting lists grew to 41.7% of adult patients in rural areas.\tTab\n");
  Figure b = SampleFigure("The board counted 38.25 percent \xE2\x80\x9C" "last year\xE2\x80\x9D.");
  b.page = 4;
  b.value = FigureValue::Number(38.25);
  b.value_max = FigureValue::Number(40);
  b.frame.modifiers.clear();
  b.frame.previous.reset();

  Finding f;
  f.type = "value_conflict";
  f.severity = Severity::kWarning;
  f.message = "health.txt says 41.7% of patients, but the board's report says 38.25% (\"a \\ slash\").";
  f.claims = {FigureRef::Borrow(a), FigureRef::Borrow(b)};
  f.score = 0.1 + 0.2;  // a double without a short exact form
  f.reasons = {"shared words: waiting, patient", "same subject"};
  f.suggestion = "38.25%";
  f.features = {{"context", 0.66666666}, {"subject", 1.0}, {"digits", 0.0}, {"margin", -0.12345}};
  f.basis = "value";
  f.nearest = {{FigureRef::Borrow(b), 0.4567}, {FigureRef::Borrow(a), 1.0}};
  CHECK(Fast(f) == TreeDump(f));

  SECTION("empty lists and nulls") {
    Finding g;
    g.type = "arithmetic";
    g.severity = Severity::kError;
    g.message = "no claims";
    CHECK(Fast(g) == TreeDump(g));
    g.claims = {FigureRef::Borrow(a)};
    g.score = std::numeric_limits<double>::quiet_NaN();  // printed as null
    CHECK(Fast(g) == TreeDump(g));
    g.score = 1e21;
    g.features = {{"big", 12345678.9}, {"tiny", 1e-9}};
    CHECK(Fast(g) == TreeDump(g));
  }
  SECTION("invalid UTF-8 is replaced as the tree's printer replaces it") {
    Finding g = f;
    g.message = "cut inside a character: \xE2\x80";
    CHECK(Fast(g) == TreeDump(g));
    Figure bad = a;
    bad.sentence = "a sentence cut \xC3";
    g = f;
    g.claims = {FigureRef::Borrow(bad)};
    g.nearest = {{FigureRef::Borrow(bad), 0.5}};
    CHECK(Fast(g) == TreeDump(g));
  }
  SECTION("a repeated feature name keeps the tree's one key") {
    Finding g = f;
    g.features = {{"context", 0.5}, {"subject", 1.0}, {"context", 0.25}};
    CHECK(Fast(g) == TreeDump(g));
  }
}

TEST_CASE("AppendFigureJson and AppendJsonDouble match nlohmann", "[check][json]") {
  Figure a = SampleFigure("Control \x01 and \x7F bytes, quotes \" and a backslash \\.");
  std::string out;
  AppendFigureJson(a, &out);
  CHECK(out == FigureToJson(a).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
  for (double v : {0.0, -0.0, 1.0, 43.5, 0.1 + 0.2, 1e-7, 123456789012.5, 1e300, -2.5e-300,
                   std::numeric_limits<double>::infinity()}) {
    std::string s;
    AppendJsonDouble(v, &s);
    CHECK(s == nlohmann::ordered_json(v).dump());
  }
}
