// Coverage against coverage (issue 13 point 7): two articles that tell one
// unsourced fact with two numbers disagree when their sentences say it is
// one fact (the weighted words they share), whatever heads their frames
// read; two unrelated unsourced figures of one unit stay apart. The texts
// are written for these tests and read, extracted and checked end to end.
#include <catch2/catch.hpp>

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "claimcheck/check.h"
#include "claimcheck/document.h"
#include "claimcheck/extract.h"
#include "claimcheck/rules.h"
#include "claimcheck/store.h"

using namespace claimcheck;

namespace {

// The store and its findings: a finding borrows its figures from the
// store, which must outlive it.
struct Run {
  CheckInput in;
  std::vector<Finding> findings;
};

// Documents as (text, file name), with their roles, checked together.
std::unique_ptr<Run> CheckDocs(const std::vector<std::pair<std::string, std::string>>& docs,
                               const std::vector<std::string>& roles) {
  static Extractor extractor(DefaultRulesDir());
  auto run = std::make_unique<Run>();
  CheckInput& in = run->in;
  for (size_t i = 0; i < docs.size(); ++i) {
    Document doc;
    REQUIRE(ParseDocument(docs[i].first, docs[i].second, ReadOptions(), &doc).ok());
    Extraction ex;
    REQUIRE(extractor.Extract(doc, "en", &ex).ok());
    in.documents.push_back(StoredDocumentFor(doc, ex, roles[i]));
    in.figures.insert(in.figures.end(), ex.figures.begin(), ex.figures.end());
  }
  CheckOptions opts;
  opts.rules_dir = DefaultRulesDir();
  REQUIRE(CheckFigures(in, opts, &run->findings).ok());
  return run;
}

int Disagreements(const std::vector<Finding>& all, const std::string& text) {
  int n = 0;
  for (const Finding& f : all) {
    if (f.type != "disagreement" || f.severity == Severity::kInfo) continue;
    for (const auto& c : f.claims) n += c->text.find(text) != std::string::npos;
  }
  return n;
}

std::string Dump(const std::vector<Finding>& all) {
  std::string s;
  for (const Finding& f : all) s += std::string(SeverityName(f.severity)) + " " + f.type + ": " + f.message + "\n";
  return s;
}

const char* kSource =
    "Kilmarsh Dog Warden Service annual statistics\n\n"
    "The service took in 2,148 stray dogs in 2025, up from 1,730 in 2024.\n";

}  // namespace

TEST_CASE("disagreement: one unsourced fact told with two numbers in shared words") {
  auto all = CheckDocs(
      {{kSource, "stats.txt"},
       {"Strays flood pounds\n\nThe service took in 2,148 stray dogs in 2025. The council is drawing up plans for a "
        "new rehoming centre near Kilmarsh, which a council source said would cost around \xC2\xA3" "4.5 million.\n",
        "wire.txt"},
       {"Pound at capacity\n\nThe service took in 2,148 stray dogs last year. The council had costed a new rehoming "
        "centre near Kilmarsh at \xC2\xA3" "3.8 million, the manager said.\n",
        "courier.txt"}},
      {"source", "article", "article"});
  INFO(Dump(all->findings));
  CHECK(Disagreements(all->findings, "3.8 million") == 1);
}

TEST_CASE("disagreement: unsourced figures of one unit in unrelated sentences stay apart") {
  auto all = CheckDocs(
      {{kSource, "stats.txt"},
       {"Strays flood pounds\n\nThe service took in 2,148 stray dogs in 2025. A volunteer said her rescue group had "
        "raised \xC2\xA3" "4,500 at a summer fair.\n",
        "wire.txt"},
       {"Pound at capacity\n\nThe service took in 2,148 stray dogs last year. Kennel fees at the pound went up to "
        "\xC2\xA3" "3,800 a month for the council.\n",
        "courier.txt"}},
      {"source", "article", "article"});
  INFO(Dump(all->findings));
  CHECK(Disagreements(all->findings, "3,800") == 0);
}

TEST_CASE("disagreement: two bodies' own figures are two claims, not one fact told two ways") {
  // The department's investment and the councils' funding gap, each
  // credited: the articles relay two bodies (trial44). The same body named
  // in both still disagrees with itself (first case above).
  const char* src =
      "Care Standards Commission: State of Care 2025-26\n\n"
      "The Commission inspected 9,870 care homes in 2025-26.\n";
  auto all = CheckDocs(
      {{src, "state-of-care.txt"},
       {"Care homes report\n\nThe Commission inspected 9,870 care homes in 2025-26. A Department of Health and "
        "Social Care spokesperson said the government was investing \xC2\xA3" "4.2 billion in adult social care "
        "this year.\n",
        "news.txt"},
       {"Care regulator report\n\nThe Commission inspected 9,870 care homes in 2025-26. Responding, the Local "
        "Government Association said councils faced a funding gap of \xC2\xA3" "2.5 billion in adult social care "
        "this year.\n",
        "wire.txt"}},
      {"source", "article", "article"});
  INFO(Dump(all->findings));
  CHECK(Disagreements(all->findings, "2.5 billion") == 0);
  CHECK(Disagreements(all->findings, "4.2 billion") == 0);
}
