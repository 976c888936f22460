// Multipliers against the sources (issue 13): a factor within honest
// rounding of the source's figures is supported, a wrong one is a value
// conflict with an editor's message, and one the sources give no ratio for
// is unsupported at info, never a correction.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "claimcheck/check.h"
#include "claimcheck/document.h"
#include "claimcheck/extract.h"
#include "claimcheck/rules.h"
#include "claims/check/multiplier.h"

using namespace claimcheck;
namespace fs = std::filesystem;

namespace {

struct Cluster {
  fs::path dir;
  CheckInput in;
  std::vector<Finding> findings;
  std::vector<Alignment> pairs;

  Cluster() {
    std::string tmpl = (fs::temp_directory_path() / "cc-mult-XXXXXX").string();
    dir = mkdtemp(tmpl.data());
  }
  ~Cluster() { fs::remove_all(dir); }

  void Add(const std::string& name, const std::string& role, const std::string& publisher, const std::string& body) {
    fs::path p = dir / name;
    std::ofstream(p) << "title: " << name << "\npublisher: " << publisher << "\ndate: 2026-11-20\n\n" << body << "\n";
    static Extractor extractor(DefaultRulesDir());
    Document doc;
    REQUIRE(ReadDocument(p.string(), ReadOptions(), &doc).ok());
    Extraction ex;
    REQUIRE(extractor.Extract(doc, "auto", &ex).ok());
    in.documents.push_back(StoredDocumentFor(doc, ex, role));
    in.figures.insert(in.figures.end(), ex.figures.begin(), ex.figures.end());
  }

  void Check() {
    CheckOptions opts;
    opts.rules_dir = DefaultRulesDir();
    opts.report_matches = true;
    CheckStats stats;
    REQUIRE(CheckFigures(in, opts, &findings, &stats, &pairs).ok());
  }

  // The findings on the article figure whose text contains `at`.
  std::vector<const Finding*> On(const std::string& at) const {
    std::vector<const Finding*> out;
    for (const Finding& f : findings) {
      if (f.claims[0]->text.find(at) != std::string::npos && f.claims[0]->kind == Kind::kMultiplier) {
        out.push_back(&f);
      }
    }
    return out;
  }

  std::string Digest() const {
    std::string out;
    for (const Finding& f : findings) {
      out += std::string(SeverityName(f.severity)) + " " + f.type + ": " + f.message + "\n";
    }
    return out;
  }
};

}  // namespace

TEST_CASE("Multiplier check: from..to in the source supports a doubling and flags a tripling") {
  Cluster c;
  c.Add("report.txt", "source", "Northmere Health Agency",
        "Cases of drug-resistant bloodstream infection in the region's hospitals rose from 40 in 2023 to 81 in 2025.");
  c.Add("good.txt", "article", "Valley Courier",
        "Cases of drug-resistant bloodstream infection in the region's hospitals doubled between 2023 and 2025, "
        "the Northmere Health Agency said.");
  c.Add("bad.txt", "article", "Metro Daily",
        "Cases of drug-resistant bloodstream infection in the region's hospitals tripled between 2023 and 2025, "
        "the Northmere Health Agency said.");
  c.Check();
  INFO(c.Digest());
  auto good = c.On("doubled");
  REQUIRE(good.size() == 1);
  CHECK(good[0]->type == "supported");
  CHECK(good[0]->severity == Severity::kInfo);
  auto bad = c.On("tripled");
  REQUIRE(bad.size() == 1);
  CHECK(bad[0]->type == "value_conflict");
  CHECK(bad[0]->severity == Severity::kWarning);
  CHECK(bad[0]->message.find("says tripled") != std::string::npos);
  CHECK(bad[0]->message.find("40 then 81") != std::string::npos);
  CHECK(bad[0]->message.find("a doubling") != std::string::npos);
  // The alignment names the source figure.
  bool aligned = false;
  for (const Alignment& a : c.pairs) {
    if (a.figure->text == "tripled") aligned = a.source && a.source->value.num == 81 && a.verdict == "value_conflict";
  }
  CHECK(aligned);
}

TEST_CASE("Multiplier check: a stated factor, honest rounding and a percent change") {
  Cluster c;
  c.Add("survey.txt", "source", "Office for Road Safety",
        "Riders aged 17 to 24 were 1.9 times as likely as older riders to be injured in a crash.\n\n"
        "Insurance claims for stolen bicycles rose 104% over the year.");
  c.Add("paper.txt", "article", "The Courier",
        "Riders aged 17 to 24 were nearly twice as likely as older riders to be injured in a crash, the "
        "Office for Road Safety found.\n\nInsurance claims for stolen bicycles doubled over the year.");
  c.Add("tabloid.txt", "article", "Daily Post",
        "Riders aged 17 to 24 were four times as likely as older riders to be injured in a crash, the "
        "Office for Road Safety found.\n\nInsurance claims for stolen bicycles tripled over the year.");
  c.Check();
  INFO(c.Digest());
  auto twice = c.On("twice");
  REQUIRE(twice.size() == 1);
  CHECK(twice[0]->type == "supported");
  auto doubled = c.On("doubled");
  REQUIRE(doubled.size() == 1);
  CHECK(doubled[0]->type == "supported");
  auto four = c.On("four times");
  REQUIRE(four.size() == 1);
  CHECK(four[0]->type == "value_conflict");
  CHECK(four[0]->message.find("1.9 times") != std::string::npos);
  auto tripled = c.On("tripled");
  REQUIRE(tripled.size() == 1);
  CHECK(tripled[0]->type == "value_conflict");
}

TEST_CASE("Multiplier check: without a ratio in the sources it abstains at info") {
  Cluster c;
  c.Add("release.txt", "source", "Harbour Authority", "The port handled 2.1 million containers in 2025.");
  c.Add("story.txt", "article", "Coast News",
        "Cruise passenger numbers at the port have tripled, the Harbour Authority said.");
  c.Check();
  INFO(c.Digest());
  auto f = c.On("tripled");
  REQUIRE(f.size() == 1);
  CHECK(f[0]->type == "unsupported");
  CHECK(f[0]->severity == Severity::kInfo);
  CHECK(f[0]->suggestion.empty());
}

TEST_CASE("Multiplier check: honest ranges") {
  Figure f;
  f.kind = Kind::kMultiplier;
  f.unit = "times";
  f.text = "doubled";
  f.value = FigureValue::Number(2);
  CHECK(check::HonestRange(f).Holds(81.0 / 40));
  CHECK(!check::HonestRange(f).Holds(2.6));
  CHECK(check::TolerableRange(f).Holds(2.4));
  f.text = "tripled";
  f.value = FigureValue::Number(3);
  CHECK(!check::TolerableRange(f).Holds(2.0));
  f.text = "nearly twice";
  f.value = FigureValue::Number(2);
  f.qualifier = Qualifier::kNearly;
  CHECK(check::HonestRange(f).Holds(1.9));
  CHECK(!check::HonestRange(f).Holds(2.3));
  f.text = "halved";
  f.qualifier = Qualifier::kExact;
  f.value = FigureValue::Number(0.5);
  f.frame.direction = Direction::kDown;
  CHECK(check::EffectiveFactor(f) == Approx(0.5));
  f.text = "three times lower";
  f.value = FigureValue::Number(3);
  CHECK(check::EffectiveFactor(f) == Approx(1.0 / 3));
  CHECK(check::FactorWords(81.0 / 40) == "a doubling");
  CHECK(check::FactorWords(0.49) == "a halving");
}

TEST_CASE("Multiplier check: a conflict warns only at its basis's fitted warn bar") {
  // The identity model's bar for "multiplier" (rules/<lang>/identity.yaml
  // warn) applies as to every other basis: above the identity of the pair,
  // the tripling is said at info, with no correction.
  Cluster c;
  c.Add("report.txt", "source", "Northmere Health Agency",
        "Cases of drug-resistant bloodstream infection in the region's hospitals rose from 40 in 2023 to 81 in 2025.");
  c.Add("bad.txt", "article", "Metro Daily",
        "Cases of drug-resistant bloodstream infection in the region's hospitals tripled between 2023 and 2025, "
        "the Northmere Health Agency said.");
  const fs::path rules = c.dir / "rules";
  fs::copy(DefaultRulesDir(), rules, fs::copy_options::recursive);
  for (const char* lang : {"en", "es"}) {
    const fs::path p = rules / lang / "identity.yaml";
    std::ifstream in(p);
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const size_t at = text.find("\n  multiplier: ");
    REQUIRE(at != std::string::npos);
    const size_t end = text.find('\n', at + 1);
    text.replace(at, end - at, "\n  multiplier: 0.9999");
    std::ofstream(p) << text;
  }
  CheckOptions opts;
  opts.rules_dir = rules.string();
  opts.report_matches = true;
  CheckStats stats;
  REQUIRE(CheckFigures(c.in, opts, &c.findings, &stats, &c.pairs).ok());
  INFO(c.Digest());
  auto bad = c.On("tripled");
  REQUIRE(bad.size() == 1);
  CHECK(bad[0]->type == "value_conflict");
  CHECK(bad[0]->severity == Severity::kInfo);
  CHECK(bad[0]->suggestion.empty());
  CHECK(bad[0]->message.find("not sure") != std::string::npos);
}
