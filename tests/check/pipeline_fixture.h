// End-to-end checker tests: a source and an article written in the test are
// parsed, extracted and checked as the command line would, and the findings
// read back by the article figure they name.
#ifndef CLAIMCHECK_TESTS_CHECK_PIPELINE_FIXTURE_H_
#define CLAIMCHECK_TESTS_CHECK_PIPELINE_FIXTURE_H_

#include <catch2/catch.hpp>

#include <fstream>
#include <iterator>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "claimcheck/check.h"
#include "claimcheck/document.h"
#include "claimcheck/extract.h"
#include "claimcheck/rules.h"
#include "claimcheck/store.h"

namespace claimcheck::testing {

struct Run {
  CheckInput in;
  std::vector<Finding> findings;
};

// One document of CheckDocs: its file name, its role and its text.
struct Doc {
  std::string name, role, text;
};

// Reads every document (plain text, language `lang`) under its name and
// role, in order, and checks them with the bundled rules: for a cluster of
// more than one source (a release and its later revision notice).
inline std::unique_ptr<Run> CheckDocs(const std::vector<Doc>& docs, const std::string& lang = "en") {
  static Extractor extractor(DefaultRulesDir());
  auto run = std::make_unique<Run>();
  for (const Doc& d : docs) {
    Document doc;
    REQUIRE(ParseDocument(d.text, d.name, ReadOptions(), &doc).ok());
    Extraction ex;
    REQUIRE(extractor.Extract(doc, lang, &ex).ok());
    run->in.documents.push_back(StoredDocumentFor(doc, ex, d.role));
    run->in.figures.insert(run->in.figures.end(), ex.figures.begin(), ex.figures.end());
    run->in.aliases.insert(run->in.aliases.end(), ex.aliases.begin(), ex.aliases.end());
  }
  CheckOptions opts;
  opts.rules_dir = DefaultRulesDir();
  REQUIRE(CheckFigures(run->in, opts, &run->findings).ok());
  return run;
}

// Reads `source` and `article` (plain text, language `lang`) as the
// documents "source.txt" and "article.txt" and checks them with the bundled
// rules. Fails the test case when a step fails.
inline std::unique_ptr<Run> CheckPair(const std::string& source, const std::string& article,
                                      const std::string& lang = "en") {
  return CheckDocs({{"source.txt", "source", source}, {"article.txt", "article", article}}, lang);
}

// The bytes of a corpus file (a cluster's document, read as the command
// line reads it); fails the test case when it cannot be read.
inline std::string ReadCorpusFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  REQUIRE(in.good());
  return std::string(std::istreambuf_iterator<char>(in), {});
}

// The first figure of the document whose name holds `role` whose text holds
// `text`, or nullptr.
inline const Figure* Find(const Run& run, const std::string& role, const std::string& text) {
  for (const Figure& f : run.in.figures) {
    if (f.doc.find(role) != std::string::npos && f.text.find(text) != std::string::npos) return &f;
  }
  return nullptr;
}

// The figure of the document whose name holds `role` whose text is exactly
// `text` ("14", not "142,300"), or nullptr.
inline const Figure* FindExact(const Run& run, const std::string& role, const std::string& text) {
  for (const Figure& f : run.in.figures) {
    if (f.doc.find(role) != std::string::npos && f.text == text) return &f;
  }
  return nullptr;
}

// Findings at warning or above on the article figure holding `text`, of
// `type` ("" any type).
inline int Flagged(const Run& run, const std::string& type, const std::string& text) {
  int n = 0;
  for (const Finding& f : run.findings) {
    if (f.severity != Severity::kInfo && (type.empty() || f.type == type) && !f.claims.empty() &&
        f.claims[0]->text.find(text) != std::string::npos) {
      ++n;
    }
  }
  return n;
}

// Findings of `type` on the article figure holding `text`, at any severity,
// info included: an abstention's "unsupported" or a note the warn bar kept
// at info counts too.
inline int Said(const Run& run, const std::string& type, const std::string& text) {
  int n = 0;
  for (const Finding& f : run.findings) {
    n += f.type == type && !f.claims.empty() && f.claims[0]->text.find(text) != std::string::npos;
  }
  return n;
}

// Every finding, a line each, for INFO() when a check fails.
inline std::string Dump(const Run& run) {
  std::string s;
  for (const Finding& f : run.findings) s += std::string(SeverityName(f.severity)) + " " + f.type + ": " + f.message + "\n";
  return s.empty() ? "(no findings)\n" : s;
}

}  // namespace claimcheck::testing

#endif  // CLAIMCHECK_TESTS_CHECK_PIPELINE_FIXTURE_H_
