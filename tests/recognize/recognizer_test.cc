// Recognizer behaviour beyond the corpus: strict loading of the rule files
// (errors name file:line:column), thread safety, and robustness on arbitrary
// bytes.
#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "claimcheck/recognize.h"
#include "claimcheck/rules.h"

using namespace claimcheck;
namespace fs = std::filesystem;

namespace {

// A private copy of rules/ to break on purpose.
struct RulesCopy {
  fs::path dir;
  RulesCopy() {
    std::string tmpl = (fs::temp_directory_path() / "cc-rules-XXXXXX").string();
    dir = mkdtemp(tmpl.data());
    fs::copy(DefaultRulesDir(), dir, fs::copy_options::recursive);
  }
  ~RulesCopy() { fs::remove_all(dir); }
  void Append(const std::string& rel, const std::string& text) {
    std::ofstream(dir / rel, std::ios::app) << text;
  }
  void Write(const std::string& rel, const std::string& text) { std::ofstream(dir / rel, std::ios::trunc) << text; }
  // Drops the lines that start with `key` (a top-level key) and appends `text`.
  void Replace(const std::string& rel, const std::string& key, const std::string& text) {
    std::ifstream in(dir / rel);
    std::string line, kept;
    bool skipping = false;
    while (std::getline(in, line)) {
      if (line.rfind(key + ":", 0) == 0) {
        skipping = true;
        continue;
      }
      if (skipping && !line.empty() && line[0] == ' ') continue;  // the key's continuation lines
      skipping = false;
      kept += line + "\n";
    }
    Write(rel, kept + text);
  }
};

std::string Describe(std::string_view text, const std::vector<Mention>& ms) {
  std::string out;
  for (const Mention& m : ms) {
    out += std::string(text.substr(m.start, m.end - m.start)) + "|" + KindName(m.kind) + "|" +
           std::to_string(m.value.num) + m.value.iso + "|" + m.subject + ";";
  }
  return out;
}

}  // namespace

TEST_CASE("the shipped rules load for every language", "[recognize]") {
  for (const char* lang : {"en", "es"}) {
    std::unique_ptr<Recognizer> r;
    Status s = Recognizer::Load(DefaultRulesDir(), lang, &r);
    INFO(s.message());
    CHECK(s.ok());
  }
}

TEST_CASE("an unknown key is rejected with file:line:column", "[recognize]") {
  RulesCopy rules;
  rules.Append("en/numbers.yaml", "\nthousand_marks: [\",\"]\n");
  std::unique_ptr<Recognizer> r;
  Status s = Recognizer::Load(rules.dir.string(), "en", &r);
  REQUIRE_FALSE(s.ok());
  CHECK_THAT(s.message(), Catch::Contains("numbers.yaml:") && Catch::Contains("unknown key 'thousand_marks'"));
  // line:column after the file name
  auto after = s.message().substr(s.message().find("numbers.yaml:") + 13);
  CHECK(std::isdigit(static_cast<unsigned char>(after[0])));
}

TEST_CASE("a YAML syntax error names the file and position", "[recognize]") {
  RulesCopy rules;
  rules.Write("es/percent.yaml", "percent: [\"%\", por ciento\nratio: [de cada]\n");
  std::unique_ptr<Recognizer> r;
  Status s = Recognizer::Load(rules.dir.string(), "es", &r);
  REQUIRE_FALSE(s.ok());
  CHECK_THAT(s.message(), Catch::Contains("percent.yaml:"));
}

TEST_CASE("wrong types and bad values are rejected", "[recognize]") {
  RulesCopy rules;
  SECTION("a qualifier name that does not exist") {
    rules.Append("en/qualifiers.yaml", "\n");
    rules.Write("en/qualifiers.yaml",
                "prefix: {roughly_about: [about]}\nvague: []\nranges: []\n");
    std::unique_ptr<Recognizer> r;
    Status s = Recognizer::Load(rules.dir.string(), "en", &r);
    REQUIRE_FALSE(s.ok());
    CHECK_THAT(s.message(), Catch::Contains("qualifiers.yaml:1:") && Catch::Contains("roughly_about"));
  }
  SECTION("a currency code that is not ISO 4217 shaped") {
    rules.Write("en/money.yaml", "currencies:\n  - code: dollars\n    before: [\"$\"]\n");
    std::unique_ptr<Recognizer> r;
    Status s = Recognizer::Load(rules.dir.string(), "en", &r);
    REQUIRE_FALSE(s.ok());
    CHECK_THAT(s.message(), Catch::Contains("money.yaml:2:") && Catch::Contains("ISO 4217"));
  }
  SECTION("a list where a map is expected") {
    rules.Write("en/ordinals.yaml", "words: [first, second]\nsuffixes: [st]\n");
    std::unique_ptr<Recognizer> r;
    Status s = Recognizer::Load(rules.dir.string(), "en", &r);
    REQUIRE_FALSE(s.ok());
    CHECK_THAT(s.message(), Catch::Contains("ordinals.yaml:1:"));
  }
  SECTION("a unit read from a scale letter must name a measure unit") {
    rules.Replace("en/measures.yaml", "scale_or_unit", "scale_or_unit:\n  - {letter: m, scale: 1000000, code: metre, before: [wall]}\n");
    std::unique_ptr<Recognizer> r;
    Status s = Recognizer::Load(rules.dir.string(), "en", &r);
    REQUIRE_FALSE(s.ok());
    CHECK_THAT(s.message(), Catch::Contains("measures.yaml:") && Catch::Contains("unknown measure code 'metre'"));
  }
  SECTION("a temperature letter must name a measure unit, not a duration") {
    rules.Replace("en/measures.yaml", "glued_cased", "glued_cased: {Y: year}\n");
    std::unique_ptr<Recognizer> r;
    Status s = Recognizer::Load(rules.dir.string(), "en", &r);
    REQUIRE_FALSE(s.ok());
    CHECK_THAT(s.message(), Catch::Contains("unknown measure code 'year'"));
  }
  SECTION("an ASCII decimal symbol belongs in decimal_marks") {
    rules.Replace("en/numbers.yaml", "decimal_symbols", "decimal_symbols: [\",\"]\n");
    std::unique_ptr<Recognizer> r;
    Status s = Recognizer::Load(rules.dir.string(), "en", &r);
    REQUIRE_FALSE(s.ok());
    CHECK_THAT(s.message(), Catch::Contains("numbers.yaml:") && Catch::Contains("decimal_marks"));
  }
  SECTION("a subunit factor must be positive") {
    rules.Write("en/money.yaml", "currencies:\n  - code: default\n    after: [cents]\n    factor: 0\n");
    std::unique_ptr<Recognizer> r;
    Status s = Recognizer::Load(rules.dir.string(), "en", &r);
    REQUIRE_FALSE(s.ok());
    CHECK_THAT(s.message(), Catch::Contains("money.yaml:4:") && Catch::Contains("positive"));
  }
  SECTION("change words need their 'to' words") {
    rules.Append("en/qualifiers.yaml", "\nchanges_extra: []\n");
    std::unique_ptr<Recognizer> r;
    Status s = Recognizer::Load(rules.dir.string(), "en", &r);
    REQUIRE_FALSE(s.ok());
    CHECK_THAT(s.message(), Catch::Contains("unknown key 'changes_extra'"));
  }
  SECTION("a missing file") {
    fs::remove(rules.dir / "en" / "measures.yaml");
    std::unique_ptr<Recognizer> r;
    Status s = Recognizer::Load(rules.dir.string(), "en", &r);
    REQUIRE_FALSE(s.ok());
    CHECK_THAT(s.message(), Catch::Contains("measures.yaml"));
  }
}

TEST_CASE("one recogniser gives the same answers from many threads", "[recognize]") {
  std::unique_ptr<Recognizer> r;
  REQUIRE(Recognizer::Load(DefaultRulesDir(), "en", &r).ok());
  const std::vector<std::string> sentences = {
      "CEP mapped 1,000 ISIS-supporting profiles (or nodes) in 96 countries.",
      "Facebook had taken action against 43 percent of the nodes by March 5, 2018.",
      "Between 20 and 30 percent of about $1.2 billion went to 3 million barrels a day.",
      "The Boeing 737 landed at 10:30 in Section 3.",
  };
  std::vector<std::string> want;
  for (const auto& s : sentences) want.push_back(Describe(s, r->Recognize(s, RecognizeContext())));
  std::vector<int> bad(4, 0);
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int round = 0; round < 300; ++round) {
        for (size_t i = 0; i < sentences.size(); ++i) {
          if (Describe(sentences[i], r->Recognize(sentences[i], RecognizeContext())) != want[i]) ++bad[t];
        }
      }
    });
  }
  for (auto& th : threads) th.join();
  CHECK(bad == std::vector<int>(4, 0));
  CHECK(want[0] == "1,000|count|1000.000000|ISIS-supporting profiles;96|count|96.000000|countries;");
}

TEST_CASE("arbitrary bytes never crash and spans stay inside the text", "[recognize]") {
  std::unique_ptr<Recognizer> r;
  REQUIRE(Recognizer::Load(DefaultRulesDir(), "es", &r).ok());
  std::mt19937 rng(42);
  const std::string alphabet = "0123456789 ,.-%$€£()/:+abcdefmkyde\xC2\xA0\xE2\x80\xAF\xC3\xB1\xFF";
  for (int i = 0; i < 3000; ++i) {
    std::string text;
    size_t len = rng() % 60;
    for (size_t k = 0; k < len; ++k) text += alphabet[rng() % alphabet.size()];
    for (const Mention& m : r->Recognize(text, RecognizeContext())) {
      INFO(text);
      REQUIRE(m.start < m.end);
      REQUIRE(m.end <= text.size());
    }
  }
}
