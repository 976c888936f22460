// Date recogniser: the corpus files under corpus/figures/date/ run straight
// through DateRecognizer, plus the cases that need a document date, the
// numbers that must stay counts, and the strict loading of dates.yaml.
#include <yaml-cpp/yaml.h>

#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "claimcheck/rules.h"
#include "extract/recognize/date_recognizer.h"
#include "tests/scratch.h"

using namespace claimcheck;

namespace {

std::unique_ptr<DateRecognizer> LoadDates(const std::string& lang) {
  std::unique_ptr<DateRecognizer> r;
  Status s = DateRecognizer::Load(DefaultRulesDir(), lang, &r);
  INFO(s.message());
  REQUIRE(s.ok());
  return r;
}

// One figure in the corpus notation, so expected and found read alike.
std::string Describe(std::string_view text, const std::string& kind, const std::string& value,
                     const std::string& value_max, const std::string& qualifier) {
  std::string out =
      "{text: \"" + std::string(text) + "\", kind: " + kind + ", value: \"" + value + "\"";
  if (!value_max.empty()) out += ", value_max: \"" + value_max + "\"";
  if (qualifier != "exact") out += ", qualifier: " + qualifier;
  return out + "}";
}

std::vector<std::string> DescribeFound(std::string_view text, const std::vector<Mention>& found) {
  std::vector<std::string> out;
  for (const Mention& m : found) {
    out.push_back(Describe(text.substr(m.start, m.end - m.start), KindName(m.kind), m.value.iso,
                           m.value_max ? m.value_max->iso : "", QualifierName(m.qualifier)) +
                  "  [" + m.rule + "]");
  }
  return out;
}

std::string Join(const std::vector<std::string>& v) {
  if (v.empty()) return "  (none)\n";
  std::string out;
  for (const auto& s : v) out += "  " + s + "\n";
  return out;
}

// Drops the "  [rule]" suffix DescribeFound adds for the failure message.
std::vector<std::string> WithoutRules(std::vector<std::string> v) {
  for (auto& s : v) s = s.substr(0, s.rfind("  ["));
  return v;
}

std::string Scalar(const YAML::Node& map, const char* key) {
  const YAML::Node n = map[key];
  return n && !n.IsNull() ? n.as<std::string>() : std::string();
}

// Runs every case of one corpus file; returns the number of cases.
int RunCorpus(const std::string& path, const std::string& lang) {
  YAML::Node root = YAML::LoadFile(path);
  REQUIRE(root["lang"].as<std::string>() == lang);
  auto dates = LoadDates(lang);
  int cases = 0;
  for (const auto& c : root["cases"]) {
    for (const auto& kv : c) {
      const std::string k = kv.first.as<std::string>();
      INFO(path << ": unknown key in a case: " << k);
      REQUIRE((k == "text" || k == "figures" || k == "doc_date"));
    }
    const std::string text = c["text"].as<std::string>();
    std::vector<std::string> expected;
    for (const auto& f : c["figures"]) {
      // A case may hold other figures ("up 2.3 percentage points on 2015"):
      // the full recogniser checks those (tests/recognize/corpus_test.cc).
      if (Scalar(f, "kind") != "date") continue;
      for (const auto& kv : f) {
        const std::string k = kv.first.as<std::string>();
        INFO(path << ": unknown key in a figure: " << k);
        REQUIRE(
            (k == "text" || k == "kind" || k == "value" || k == "value_max" || k == "qualifier"));
      }
      std::string qualifier = Scalar(f, "qualifier");
      expected.push_back(Describe(Scalar(f, "text"), Scalar(f, "kind"), Scalar(f, "value"),
                                  Scalar(f, "value_max"), qualifier.empty() ? "exact" : qualifier));
    }
    RecognizeContext ctx;
    ctx.doc_date = Scalar(c, "doc_date");
    const std::vector<std::string> got = DescribeFound(text, dates->Find(text, ctx));
    const bool same = WithoutRules(got) == expected;
    if (!same) {
      FAIL_CHECK(path << " case: \"" << text << "\"\nExpected:\n"
                      << Join(expected) << "Got:\n"
                      << Join(got));
    }
    ++cases;
  }
  return cases;
}

struct DocCase {
  const char* lang;
  const char* doc_date;
  const char* text;
  std::vector<std::pair<std::string, std::string>> expected;  // span text, value
};

void RunDocCases(const std::vector<DocCase>& cases) {
  auto en = LoadDates("en");
  auto es = LoadDates("es");
  for (const DocCase& c : cases) {
    RecognizeContext ctx;
    ctx.doc_date = c.doc_date;
    const DateRecognizer& r = std::string(c.lang) == "en" ? *en : *es;
    const std::string text = c.text;
    std::vector<std::string> got, want;
    for (const Mention& m : r.Find(text, ctx)) {
      got.push_back("\"" + text.substr(m.start, m.end - m.start) + "\" = " + m.value.iso + "  [" +
                    m.rule + "]");
    }
    for (const auto& [span, value] : c.expected) want.push_back("\"" + span + "\" = " + value);
    if (WithoutRules(got) != want) {
      FAIL_CHECK(c.lang << " case (doc_date \"" << c.doc_date << "\"): \"" << text
                        << "\"\nExpected:\n"
                        << Join(want) << "Got:\n"
                        << Join(got));
    }
  }
}

std::string MakeTempDir() { return cctest::ScratchDir("date_test"); }

// Writes rules/en/dates.yaml under a fresh folder and tries to load it.
Status LoadFromText(const std::string& yaml, std::string* dir_out) {
  const std::string dir = MakeTempDir();
  std::filesystem::create_directories(dir + "/en");
  std::ofstream(dir + "/en/dates.yaml") << yaml;
  *dir_out = dir;
  std::unique_ptr<DateRecognizer> r;
  return DateRecognizer::Load(dir, "en", &r);
}

}  // namespace

TEST_CASE("English date corpus", "[date]") {
  const int n =
      RunCorpus(std::string(CLAIMCHECK_SOURCE_DIR) + "/corpus/figures/date/en.yaml", "en");
  CHECK(n >= 40);
}

TEST_CASE("Spanish date corpus", "[date]") {
  const int n =
      RunCorpus(std::string(CLAIMCHECK_SOURCE_DIR) + "/corpus/figures/date/es.yaml", "es");
  CHECK(n >= 40);
}

TEST_CASE("Relative and year-less dates resolve against the document date", "[date]") {
  RunDocCases({
      {"en", "2018-07-15", "Sales fell last year.", {{"last year", "2017"}}},
      {"en", "2018-07-15", "Prices will rise this year.", {{"this year", "2018"}}},
      {"en", "2018-07-15", "Orders rose next year in the plan.", {{"next year", "2019"}}},
      {"en", "2018-01-10", "Output dropped last month.", {{"last month", "2017-12"}}},
      {"en", "2018-03-01", "The minister resigned yesterday.", {{"yesterday", "2018-02-28"}}},
      {"en", "2016-03-01", "The minister resigned yesterday.", {{"yesterday", "2016-02-29"}}},
      {"en",
       "2018-01-01",
       "Talks collapsed the day before yesterday.",
       {{"the day before yesterday", "2017-12-30"}}},
      {"en", "2018-07-15T09:30:00Z", "Exports grew last year.", {{"last year", "2017"}}},
      {"en", "2018-07", "Output dropped last month.", {{"last month", "2018-06"}}},
      {"en", "2018", "Output dropped last month.", {}},  // the month is unknown
      {"en", "", "Sales fell last year.", {}},
      {"en", "not a date", "Sales fell last year.", {}},
      {"en", "2018-07-15", "Prices have doubled over the last year.", {}},
      {"en", "2018-07-15", "The board met in March.", {{"March", "2018-03"}}},
      {"en", "", "The board met in March.", {}},
      {"en", "2018-07-15", "The vote on March 5 was close.", {{"March 5", "2018-03-05"}}},
      {"en", "2018-07-15", "Troops march north.", {}},
      {"en", "2018-07-15", "The board met again by early March.", {{"early March", "2018-03"}}},
      {"en", "2018-07-15", "March was the wettest month.", {}},  // a month needs a cue
      {"es", "2018-07-15", "Las ventas cayeron el año pasado.", {{"el año pasado", "2017"}}},
      {"es", "2018-07-15", "Las cifras del año pasado se revisaron.", {{"año pasado", "2017"}}},
      {"es", "2018-07-15", "La inflación subirá este año.", {{"este año", "2018"}}},
      {"es", "2018-07-15", "La producción cayó el mes pasado.", {{"el mes pasado", "2018-06"}}},
      {"es", "2018-01-01", "El ministro dimitió ayer.", {{"ayer", "2017-12-31"}}},
      {"es", "", "Las ventas cayeron el año pasado.", {}},
      {"es", "2018-07-15", "La votación fue el 5 de marzo.", {{"5 de marzo", "2018-03-05"}}},
      {"es", "", "La votación fue el 5 de marzo.", {{"5 de marzo", "--03-05"}}},
      {"en", "", "The vote on March 5 was close.", {{"March 5", "--03-05"}}},
      {"es", "2018-07-15", "La junta se reunió en marzo.", {{"marzo", "2018-03"}}},
      {"es", "2018-07-15", "El 30 de febrero no existe.", {}},
      // A year said relative to the document's ends a span of months or a
      // month as its year does ("de 2018"): one date, not the default year
      // of the months and a second date of the whole year (eval14).
      {"es", "2018-07-15", "Entre enero y junio de este año se fueron 900.", {{"Entre enero y junio de este año", "2018-01"}}},
      {"es", "2018-02-15", "Entre marzo y mayo del año pasado se fueron 900.", {{"Entre marzo y mayo del año pasado", "2017-03"}}},
      {"en", "2018-02-15", "Between March and May of last year 900 left.", {{"Between March and May of last year", "2017-03"}}},
      {"es", "2018-07-15", "La junta se reunió en marzo del año pasado.", {{"marzo del año pasado", "2017-03"}}},
      // "Al cierre de" a month dates it as "a finales de" does.
      {"es", "2018-07-15", "Al cierre de junio había 900 expedientes.", {{"Al cierre de junio", "2018-06"}}},
      {"en", "2018-07-15", "At the close of June 900 files were open.", {{"the close of June", "2018-06"}}},
  });
}

TEST_CASE("Numbers that are counts, codes or times do not become dates", "[date]") {
  auto en = LoadDates("en");
  auto es = LoadDates("es");
  const RecognizeContext ctx;
  const std::vector<std::string> en_texts = {
      "The survey reached 2014 people.",
      "The survey reached 2,014 people.",
      "In 2014 cases the claim was wrong.",
      "A total of 2014 voters took part.",
      "The fund paid $2014 to each family.",
      "Growth was 2014% over the decade.",
      "The filing is dated 05/03/2018.",  // month-first and day-first disagree
      "The ledger showed 2014.5 tonnes.",
      "Call 555-2014 for details.",
      "Call 555-2014-2016 for details.",
      "The Airbus A2014 was grounded.",
      "See section 2014 of the code.",
      "The train leaves at 20:14 every day.",
      "Version 2.2018 fixed the bug.",
      "The plant made 1500 to 2000 units.",
      "Between 2000 and 3000 people marched.",
      "The year had 2400 recorded cases.",
      "In March 2018 people queued.",  // "March 2018" is a date, the people no count
      "The 9/11 commission reported.",
      "It runs 24/7.",
      "Q5 2018 is not a quarter.",
      "The H2O molecule is small.",
      "A distance of 2000 km was covered.",
      "The convoy crossed the 1990s-era bridge at 10:20.",
  };
  const std::vector<std::string> en_expected = {"", "",           "", "", "", "", "", "",
                                                "", "",           "", "", "", "", "", "",
                                                "", "March 2018", "", "", "", "", "", "1990s"};
  REQUIRE(en_texts.size() == en_expected.size());
  for (size_t i = 0; i < en_texts.size(); ++i) {
    std::vector<std::string> got;
    for (const Mention& m : en->Find(en_texts[i], ctx)) {
      got.push_back(en_texts[i].substr(m.start, m.end - m.start));
    }
    std::vector<std::string> want;
    if (!en_expected[i].empty()) want.push_back(en_expected[i]);
    if (got != want) {
      FAIL_CHECK("en case: \"" << en_texts[i] << "\"\nExpected:\n"
                               << Join(want) << "Got:\n"
                               << Join(got));
    }
  }
  for (const std::string text :
       {"En 2014 personas murieron en la frontera.", "Se vendieron 2014 entradas.",
        "El 11-S cambió el mundo.", "Hasta 2000 euros por familia.", "El precio subió un 2014,5.",
        "Un total de 2014 personas votaron.", "Recorrió una distancia de 2000 metros.",
        "El 30 de febrero llovió."}) {
    const auto found = es->Find(text, ctx);
    if (!found.empty()) {
      FAIL_CHECK("es case: \"" << text << "\"\nExpected:\n  (none)\nGot:\n"
                               << Join(DescribeFound(text, found)));
    }
  }
}

// "The first quarter of 2026/27" is a quarter of an academic or financial
// year (an academic one starts in August): never the calendar quarter of
// its first year (eval16: "Q1 2026" against an article's August to October).
TEST_CASE("A quarter of a split year is no calendar quarter", "[date]") {
  const RecognizeContext ctx;
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"en", "Starts rose in the first quarter of 2026/27 (August to October 2026)."},
      {"en", "Income fell in the second quarter of 2025-26."},
      {"es", "Las altas subieron en el primer trimestre de 2026/27."},
  };
  for (const auto& [lang, text] : cases) {
    auto r = LoadDates(lang);
    for (const Mention& m : r->Find(text, ctx)) {
      if (m.value.iso.find("-Q") != std::string::npos) {
        FAIL_CHECK(lang << " case: \"" << text << "\"\nGot:\n" << Join(DescribeFound(text, {m})));
      }
    }
  }
}

TEST_CASE("Periods with no year to give them are reported apart", "[date]") {
  auto en = LoadDates("en");
  std::vector<std::pair<size_t, size_t>> unresolved;
  const std::string text = "Sales fell in the first quarter and again in Q4, but rose in 2019.";
  const auto found = en->Find(text, RecognizeContext(), &unresolved);
  REQUIRE(found.size() == 1);
  CHECK(found[0].value == FigureValue::Date("2019"));
  REQUIRE(unresolved.size() == 2);
  CHECK(text.substr(unresolved[0].first, unresolved[0].second - unresolved[0].first) == "first quarter");
  CHECK(text.substr(unresolved[1].first, unresolved[1].second - unresolved[1].first) == "Q4");
  // With a document date they are dates, and nothing is left over.
  RecognizeContext ctx;
  ctx.doc_date = "2020-02-01";
  unresolved.clear();
  const auto dated = en->Find(text, ctx, &unresolved);
  REQUIRE(dated.size() == 3);
  CHECK(dated[0].value == FigureValue::Date("2020-Q1"));
  // Past tense: the most recent fourth quarter before February 2020.
  CHECK(dated[1].value == FigureValue::Date("2019-Q4"));
  CHECK(unresolved.empty());
}

TEST_CASE("Date offsets are byte offsets into UTF-8 text", "[date]") {
  auto es = LoadDates("es");
  const std::string text = "Según el acta, el miércoles 7 de marzo de 2018 se votó.";
  const auto found = es->Find(text, RecognizeContext());
  REQUIRE(found.size() == 1);
  CHECK(text.substr(found[0].start, found[0].end - found[0].start) ==
        "miércoles 7 de marzo de 2018");
  CHECK(found[0].rule == "es.date.day_month_year");
  CHECK(found[0].kind == Kind::kDate);
  CHECK(found[0].value == FigureValue::Date("2018-03-07"));
}

TEST_CASE("Find tolerates junk bytes and empty text", "[date]") {
  auto en = LoadDates("en");
  RecognizeContext ctx;
  ctx.doc_date = "2018-07-15";
  CHECK(en->Find("", ctx).empty());
  const std::string junk = "in \xFF\xFE 2014 \xC3 March \xE2\x80";
  const auto found = en->Find(junk, ctx);
  for (const Mention& m : found) CHECK(m.end <= junk.size());
  std::string noise;
  for (int i = 0; i < 4000; ++i) noise.push_back(static_cast<char>((i * 7919) % 256));
  for (const Mention& m : en->Find(noise, ctx)) CHECK(m.end <= noise.size());
}

TEST_CASE("One DateRecognizer serves many threads", "[date]") {
  auto en = LoadDates("en");
  const std::string text =
      "Between October 2017 and March 2018, and again in 2019, the first quarter of 2020 lagged.";
  const auto reference = en->Find(text, RecognizeContext());
  REQUIRE(reference.size() == 3);
  std::vector<std::thread> threads;
  std::vector<int> mismatches(4, 0);
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 500; ++i) {
        const auto got = en->Find(text, RecognizeContext());
        if (got.size() != reference.size() || got[0].value != reference[0].value ||
            got[2].value != reference[2].value) {
          ++mismatches[t];
        }
      }
    });
  }
  for (auto& th : threads) th.join();
  for (int m : mismatches) CHECK(m == 0);
}

TEST_CASE("dates.yaml is loaded strictly, errors name file:line:column", "[date]") {
  std::string dir;
  SECTION("unknown top-level key") {
    Status s = LoadFromText("lang: en\nmonths: []\nmonthz: []\n", &dir);
    REQUIRE_FALSE(s.ok());
    CHECK(s.message() == dir + "/en/dates.yaml:3:1: unknown key 'monthz'");
  }
  SECTION("unknown key inside a month") {
    Status s = LoadFromText(
        "lang: en\nmonths:\n  - {month: 1, names: [January], abbreviations: [], days: 31}\n", &dir);
    REQUIRE_FALSE(s.ok());
    CHECK(s.message().find("/en/dates.yaml:3:") != std::string::npos);
    CHECK(s.message().find("unknown key 'days'") != std::string::npos);
  }
  SECTION("month out of range") {
    Status s = LoadFromText(
        "lang: en\nmonths:\n  - {month: 13, names: [Undecember], abbreviations: []}\n", &dir);
    REQUIRE_FALSE(s.ok());
    CHECK(s.message() == dir + "/en/dates.yaml:3:13: expected a number from 1 to 12");
  }
  SECTION("YAML syntax error") {
    Status s = LoadFromText("lang: en\nmonths: [\n", &dir);
    REQUIRE_FALSE(s.ok());
    CHECK(s.message().rfind(dir + "/en/dates.yaml:", 0) == 0);
  }
  SECTION("phrase with punctuation") {
    Status s = LoadFromText("lang: en\nmonths: []\nyear_cues: [in, \"as-of\"]\n", &dir);
    REQUIRE_FALSE(s.ok());
    CHECK(s.message() == dir + "/en/dates.yaml:3:17: 'as-of' is not a phrase of plain words");
  }
  SECTION("a decade word that is no decade") {
    Status s = LoadFromText("lang: en\nmonths: []\ndecade_words: {eighties: 85}\n", &dir);
    REQUIRE_FALSE(s.ok());
    CHECK(s.message() == dir + "/en/dates.yaml:3:26: a decade is a multiple of ten");
  }
  SECTION("months_to needs all its keys") {
    Status s = LoadFromText("lang: en\nmonths: []\nmonths_to: {counts: {three: 3}, nouns: [months]}\n", &dir);
    REQUIRE_FALSE(s.ok());
    CHECK(s.message().find("months_to needs key 'links'") != std::string::npos);
  }
  SECTION("lang must match the folder") {
    Status s = LoadFromText("lang: es\nmonths: []\n", &dir);
    REQUIRE_FALSE(s.ok());
    CHECK(s.message().find("lang is 'es'") != std::string::npos);
  }
  SECTION("missing file") {
    dir = MakeTempDir();
    std::unique_ptr<DateRecognizer> r;
    Status s = DateRecognizer::Load(dir, "en", &r);
    REQUIRE_FALSE(s.ok());
    CHECK(s.code() == Status::Code::kNotFound);
    CHECK(s.message().find(dir + "/en/dates.yaml") != std::string::npos);
  }
  std::filesystem::remove_all(dir);
}
