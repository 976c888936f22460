// End to end on corpus/clusters/<topic>/: read each document, extract its
// figures, check them, and compare with expected.yaml: every planted
// discrepancy found, no paraphrase pair flagged above info, and no other
// warning or error.
#include <catch2/catch.hpp>
#include <yaml-cpp/yaml.h>

#include <filesystem>

#include "claimcheck/check.h"
#include "claimcheck/document.h"
#include "claimcheck/extract.h"
#include "claimcheck/rules.h"
#include "claims/check/describe.h"
#include "claims/check/load.h"

using namespace claimcheck;
namespace fs = std::filesystem;

namespace {

struct Expectation {
  std::string type, severity, doc, figure, other_doc, other_figure;
  std::string Show() const {
    return type + (severity.empty() ? "" : "/" + severity) + " " + doc + " \"" + figure + "\"" +
           (other_doc.empty() ? "" : " vs " + other_doc + " \"" + other_figure + "\"");
  }
};

Expectation ReadExpectation(const YAML::Node& n) {
  Expectation e;
  auto get = [&](const char* k) { return n[k] ? n[k].as<std::string>() : std::string(); };
  e.type = get("type");
  e.severity = get("severity");
  e.doc = get("doc");
  e.figure = get("figure");
  e.other_doc = get("other_doc");
  e.other_figure = get("other_figure");
  return e;
}

bool Holds(const Figure& f, const std::string& doc, const std::string& text) {
  return check::DocName(f.doc) == doc && f.text.find(text) != std::string::npos;
}

// claims[0] is the checked figure; the other one may be any later claim.
bool Matches(const Finding& f, const Expectation& e) {
  if (!e.type.empty() && f.type != e.type) return false;
  if (!e.severity.empty() && SeverityName(f.severity) != e.severity) return false;
  if (f.claims.empty() || !Holds(f.claims[0], e.doc, e.figure)) return false;
  if (e.other_doc.empty()) return true;
  for (size_t i = 1; i < f.claims.size(); ++i) {
    if (Holds(f.claims[i], e.other_doc, e.other_figure)) return true;
  }
  return false;
}

bool Involves(const Finding& f, const Expectation& e) {
  bool a = false, b = false;
  for (const Figure& c : f.claims) {
    a = a || Holds(c, e.doc, e.figure);
    b = b || Holds(c, e.other_doc, e.other_figure);
  }
  return a && b;
}

std::string Show(const Finding& f) {
  std::string s = std::string(SeverityName(f.severity)) + " " + f.type + ": " + f.message;
  for (const Figure& c : f.claims) s += "\n      [" + check::DocName(c.doc) + " \"" + c.text + "\"]";
  return s;
}

// Reads, extracts and appends one cluster's documents to *in.
void LoadCluster(const fs::path& dir, Extractor* extractor, CheckInput* in) {
  YAML::Node manifest = YAML::LoadFile((dir / "manifest.yaml").string());
  for (const YAML::Node& d : manifest["documents"]) {
    std::string path = (dir / d["path"].as<std::string>()).string();
    Document doc;
    Status s = ReadDocument(path, ReadOptions(), &doc);
    INFO(path << ": " << s.message());
    REQUIRE(s.ok());
    Extraction ex;
    s = extractor->Extract(doc, "auto", &ex);
    INFO(path << ": " << s.message());
    REQUIRE(s.ok());
    in->documents.push_back(StoredDocumentFor(doc, ex, d["role"].as<std::string>()));
    in->sentences.push_back(FigurelessSentences(doc, ex));  // as LoadCheckInput reads a store
    in->figures.insert(in->figures.end(), ex.figures.begin(), ex.figures.end());
    in->aliases.insert(in->aliases.end(), ex.aliases.begin(), ex.aliases.end());
  }
}

// Compares findings with one cluster's expected.yaml; returns the report.
std::string Compare(const fs::path& dir, const std::vector<Finding>& findings, bool* ok) {
  YAML::Node expected = YAML::LoadFile((dir / "expected.yaml").string());
  std::string report;
  std::vector<bool> explained(findings.size(), false);
  for (const YAML::Node& n : expected["must_find"]) {
    Expectation e = ReadExpectation(n);
    bool found = false;
    for (size_t i = 0; i < findings.size(); ++i) {
      if (Matches(findings[i], e)) {
        found = true;
        explained[i] = true;
      }
    }
    if (!found) {
      *ok = false;
      report += "  Expected: " + e.Show() + "\n  Got: not found\n";
    }
  }
  for (const YAML::Node& n : expected["must_not_flag"]) {
    Expectation e = ReadExpectation(n);
    for (const Finding& f : findings) {
      if (f.severity != Severity::kInfo && Involves(f, e)) {
        *ok = false;
        report += "  Expected: paraphrase not flagged: " + e.Show() + "\n  Got: " + Show(f) + "\n";
      }
    }
  }
  // Only this cluster's documents: several clusters may be checked together.
  std::set<std::string> names;
  for (const YAML::Node& d : YAML::LoadFile((dir / "manifest.yaml").string())["documents"]) {
    names.insert(d["path"].as<std::string>());
  }
  for (size_t i = 0; i < findings.size(); ++i) {
    const Finding& f = findings[i];
    if (explained[i] || f.severity == Severity::kInfo || !names.count(check::DocName(f.claims[0]->doc))) {
      continue;
    }
    *ok = false;
    report += "  Expected: nothing more above info\n  Got: " + Show(f) + "\n";
  }
  return report;
}

std::vector<fs::path> Clusters() {
  std::vector<fs::path> out;
  for (const auto& e : fs::directory_iterator("corpus/clusters")) {
    if (e.is_directory() && fs::exists(e.path() / "expected.yaml")) out.push_back(e.path());
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::string AllFindings(const std::vector<Finding>& findings) {
  std::string s;
  for (const Finding& f : findings) s += "    " + Show(f) + "\n";
  return s;
}

}  // namespace

TEST_CASE("corpus clusters: planted discrepancies found, paraphrases quiet") {
  std::vector<fs::path> clusters = Clusters();
  REQUIRE(clusters.size() >= 3);
  Extractor extractor(DefaultRulesDir());
  CheckOptions opts;
  opts.rules_dir = DefaultRulesDir();
  for (const fs::path& dir : clusters) {
    CheckInput in;
    LoadCluster(dir, &extractor, &in);
    std::vector<Finding> findings;
    REQUIRE(CheckFigures(in, opts, &findings).ok());
    bool ok = true;
    std::string report = Compare(dir, findings, &ok);
    INFO("cluster " << dir.string() << ":\n" << report << "  all findings:\n" << AllFindings(findings));
    CHECK(ok);
  }
}

TEST_CASE("corpus clusters checked together give each cluster's findings and no more") {
  // The demo ingests every cluster into one store: articles must still be
  // paired with their own report, not another cluster's.
  Extractor extractor(DefaultRulesDir());
  CheckOptions opts;
  opts.rules_dir = DefaultRulesDir();
  CheckInput in;
  std::vector<fs::path> clusters = Clusters();
  for (const fs::path& dir : clusters) LoadCluster(dir, &extractor, &in);
  std::vector<Finding> findings;
  REQUIRE(CheckFigures(in, opts, &findings).ok());
  for (const fs::path& dir : clusters) {
    bool ok = true;
    std::string report = Compare(dir, findings, &ok);
    INFO("cluster " << dir.string() << " (checked with the others):\n" << report);
    CHECK(ok);
  }
}
