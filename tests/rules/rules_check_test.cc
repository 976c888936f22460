// `rules check` must pass on the bundled rules and name the file, line and
// column of every problem in a broken copy.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <utility>

#include "claimcheck/rules.h"
#include "tests/scratch.h"

namespace fs = std::filesystem;
using namespace claimcheck;

namespace {
fs::path CopyOfRules() {
  fs::path dir = fs::path(cctest::ScratchDir("rules")) / "rules";
  fs::copy(DefaultRulesDir(), dir, fs::copy_options::recursive);
  return dir;
}

void Append(const fs::path& file, const std::string& text) {
  std::ofstream out(file, std::ios::app);
  out << text;
}

bool AnyContains(const std::vector<std::string>& v, const std::string& needle) {
  for (const auto& s : v) {
    if (s.find(needle) != std::string::npos) return true;
  }
  return false;
}
}  // namespace

TEST_CASE("the bundled rules pass rules check", "[rules]") {
  std::vector<std::string> problems;
  Status s = CheckRules(DefaultRulesDir(), &problems);
  INFO((problems.empty() ? std::string() : problems.front()));
  CHECK(s.ok());
  CHECK(problems.empty());
  CHECK(RuleLanguages(DefaultRulesDir()) == std::vector<std::string>{"en", "es"});
}

TEST_CASE("rules check names a file no module reads", "[rules]") {
  fs::path dir = CopyOfRules();
  Append(dir / "en" / "colours.yaml", "colours: [red]\n");
  std::vector<std::string> problems;
  CHECK_FALSE(CheckRules(dir.string(), &problems).ok());
  CHECK(AnyContains(problems, "colours.yaml: not read by any module"));
  fs::remove_all(dir.parent_path());
}

TEST_CASE("rules check gives file:line:column for broken YAML and unknown keys", "[rules]") {
  fs::path dir = CopyOfRules();
  // A syntax error in one file and an unknown top-level key in another: both
  // are reported in one run.
  Append(dir / "en" / "dates.yaml", "\nmonths: [unclosed\n");
  Append(dir / "es" / "synonyms.yaml", "\nno_such_key: 1\n");
  std::vector<std::string> problems;
  CHECK_FALSE(CheckRules(dir.string(), &problems).ok());
  CHECK(AnyContains(problems, "en/dates.yaml:"));
  CHECK(AnyContains(problems, "es/synonyms.yaml:"));
  CHECK(AnyContains(problems, "no_such_key"));
  fs::remove_all(dir.parent_path());
}

TEST_CASE("rules check refuses a missing folder", "[rules]") {
  std::vector<std::string> problems;
  Status s = CheckRules("/nonexistent/rules", &problems);
  CHECK(s.code() == Status::Code::kNotFound);
}

TEST_CASE("rules check reads roles.yaml, the role rules' word lists", "[rules]") {
  fs::path dir = CopyOfRules();
  Append(dir / "es" / "roles.yaml", "\nbody_wrds: [ministerio]\n");
  Append(dir / "en" / "roles.yaml", "\nfirm_words: [two words]\n");
  std::vector<std::string> problems;
  CHECK_FALSE(CheckRules(dir.string(), &problems).ok());
  CHECK(AnyContains(problems, "es/roles.yaml:"));
  CHECK(AnyContains(problems, "unknown key \"body_wrds\""));
  CHECK(AnyContains(problems, "en/roles.yaml:"));
  CHECK(AnyContains(problems, "must be one word"));
  fs::remove_all(dir.parent_path());
}

TEST_CASE("rules check reads background.yaml, the checker's fixed word table", "[rules]") {
  fs::path dir = CopyOfRules();
  REQUIRE(fs::exists(dir / "en" / "background.yaml"));
  REQUIRE(fs::exists(dir / "es" / "background.yaml"));
  // A count above the background's sentences, and a word that is no context
  // word (upper case): each named with its file, line and column.
  std::ofstream(dir / "en" / "background.yaml") << "version: 1\nsentences: 10\nwords:\n  year: 11\n";
  std::ofstream(dir / "es" / "background.yaml") << "version: 1\nsentences: 10\nwords:\n  Año: 2\n";
  std::vector<std::string> problems;
  CHECK_FALSE(CheckRules(dir.string(), &problems).ok());
  CHECK(AnyContains(problems, "en/background.yaml:4:"));
  CHECK(AnyContains(problems, "more than the 10 of the background"));
  CHECK(AnyContains(problems, "es/background.yaml:4:"));
  CHECK(AnyContains(problems, "is not a context word"));
  fs::remove_all(dir.parent_path());
}

TEST_CASE("rules check refuses a rate scale that is no number above 1", "[rules]") {
  const std::string good = "  scales: {hundred: 100, thousand: 1000, million: 1000000}";
  for (const auto& [bad, reason] : {std::pair<std::string, std::string>{"  scales: {hundred: lots}", "expected a number"},
                                    {"  scales: {thousand: 0.5}", "a rate scale is a factor above 1"}}) {
    fs::path dir = CopyOfRules();
    const fs::path file = dir / "en" / "frames.yaml";
    std::ifstream in(file);
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    in.close();
    REQUIRE(text.find(good) != std::string::npos);
    text.replace(text.find(good), good.size(), bad);
    std::ofstream(file) << text;
    std::vector<std::string> problems;
    CHECK_FALSE(CheckRules(dir.string(), &problems).ok());
    CHECK(AnyContains(problems, reason));
    fs::remove_all(dir.parent_path());
  }
}
