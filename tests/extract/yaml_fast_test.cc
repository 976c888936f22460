// The fast route for rule files (extract/recognize/yaml_fast.h): libyaml must
// build the very tree yaml-cpp builds for every bundled rule file, leave
// what it does not map one to one to yaml-cpp, and never change an error
// message: a broken rule file still names file:line:column through extract.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "claimcheck/document.h"
#include "claimcheck/extract.h"
#include "claimcheck/rules.h"
#include "extract/recognize/yaml_fast.h"
#include "tests/scratch.h"

using namespace claimcheck;
namespace fs = std::filesystem;

namespace {

// Type, scalar text, order of pairs and items: everything a loader reads.
bool SameTree(const YAML::Node& a, const YAML::Node& b, std::string* where) {
  if (a.Type() != b.Type()) {
    *where += " type";
    return false;
  }
  switch (a.Type()) {
    case YAML::NodeType::Scalar:
      if (a.Scalar() != b.Scalar()) *where += " scalar '" + a.Scalar() + "' vs '" + b.Scalar() + "'";
      return a.Scalar() == b.Scalar();
    case YAML::NodeType::Sequence:
      if (a.size() != b.size()) return *where += " size", false;
      for (size_t i = 0; i < a.size(); ++i) {
        if (!SameTree(a[i], b[i], where)) return *where += " [" + std::to_string(i) + "]", false;
      }
      return true;
    case YAML::NodeType::Map: {
      if (a.size() != b.size()) return *where += " size", false;
      auto ia = a.begin();
      auto ib = b.begin();
      for (; ia != a.end(); ++ia, ++ib) {
        if (!SameTree(ia->first, ib->first, where) || !SameTree(ia->second, ib->second, where)) {
          return *where += " under key '" + (ia->first.IsScalar() ? ia->first.Scalar() : "?") + "'", false;
        }
      }
      return true;
    }
    default:
      return true;
  }
}

std::string Slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace

TEST_CASE("libyaml builds yaml-cpp's tree for every bundled rule file", "[yaml_fast]") {
  size_t files = 0;
  for (const auto& lang : fs::directory_iterator(DefaultRulesDir())) {
    if (!lang.is_directory()) continue;
    for (const auto& f : fs::directory_iterator(lang.path())) {
      if (f.path().extension() != ".yaml") continue;
      std::optional<YAML::Node> fast = recognize::ParseYamlFast(Slurp(f.path()));
      INFO(f.path().string());
      REQUIRE(fast.has_value());
      std::string where;
      CHECK(SameTree(*fast, YAML::LoadFile(f.path().string()), &where));
      INFO(where);
      ++files;
    }
  }
  CHECK(files >= 20);
}

TEST_CASE("libyaml nodes: nulls, quoted null, repeated keys, nesting", "[yaml_fast]") {
  const std::string text =
      "a:\nb: ~\nc: 'null'\nd: [x, \"y z\", 3]\ne: {f: [1, 2], g: null}\na: again\n"
      "h: >\n  folded\n  text\n";
  std::optional<YAML::Node> fast = recognize::ParseYamlFast(text);
  REQUIRE(fast.has_value());
  std::string where;
  CHECK(SameTree(*fast, YAML::Load(text), &where));
  INFO(where);
  CHECK((*fast)["b"].IsNull());
  CHECK((*fast)["c"].IsScalar());
  CHECK((*fast)["c"].Scalar() == "null");
  CHECK((*fast)["h"].Scalar() == "folded text\n");
  CHECK(fast->size() == 7);  // the repeated key "a" is kept, as yaml-cpp keeps it
}

TEST_CASE("what libyaml does not map one to one is left to yaml-cpp", "[yaml_fast]") {
  CHECK_FALSE(recognize::ParseYamlFast("a: &x [1]\nb: *x\n").has_value());
  CHECK_FALSE(recognize::ParseYamlFast("a: !!str 1\n").has_value());
  CHECK_FALSE(recognize::ParseYamlFast("a: 1\n---\nb: 2\n").has_value());
  CHECK_FALSE(recognize::ParseYamlFast("a: [1, 2\n").has_value());
  CHECK_FALSE(recognize::ParseYamlFast("").has_value());

  // Inside the scope, a file with an alias still loads (through yaml-cpp) and
  // a syntax error still throws yaml-cpp's exception with its mark.
  fs::path dir = cctest::ScratchDir("yaml_fast");
  {
    std::ofstream(dir / "alias.yaml") << "a: &x [1, 2]\nb: *x\n";
    std::ofstream(dir / "broken.yaml") << "a: [1, 2\nb: 3\n";
  }
  recognize::FastYamlScope fast;
  YAML::Node n = recognize::LoadRuleYaml((dir / "alias.yaml").string());
  CHECK(n["b"].size() == 2);
  bool threw = false;
  try {
    recognize::LoadRuleYaml((dir / "broken.yaml").string());
  } catch (const YAML::Exception& e) {
    threw = true;
    CHECK_FALSE(e.mark.is_null());
  }
  CHECK(threw);
  fs::remove_all(dir);
}

TEST_CASE("extract still names file:line:column for a broken rule file", "[yaml_fast]") {
  fs::path dir = fs::path(cctest::ScratchDir("yaml_fast_rules")) / "rules";
  fs::copy(DefaultRulesDir(), dir, fs::copy_options::recursive);
  {
    // Parses fine (the fast route takes it); the loader rejects the key.
    std::ofstream o(dir / "en" / "frames.yaml");
    o << "lang: en\nchange:\n  up: [rise]\n  down: [fall]\n  sideways: [drift]\n";
  }
  Extractor ex(dir.string());
  Document doc;
  REQUIRE(ParseDocument("Sales rose 5 percent in 2023.\n", "doc.txt", ReadOptions(), &doc).ok());
  Extraction out;
  Status s = ex.Extract(doc, "en", &out);
  CHECK_FALSE(s.ok());
  CHECK(s.message().find("frames.yaml:5:3") != std::string::npos);
  CHECK(s.message().find("sideways") != std::string::npos);
  fs::remove_all(dir);
}
