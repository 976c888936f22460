// Golden files for the text formats of the CEP sheet. They are rewritten only
// when CLAIMCHECK_UPDATE_GOLDEN=1 is set, never as a side effect of a run.
#include <catch2/catch.hpp>
#include <cstdlib>
#include <sstream>

#include "claimcheck/audit.h"
#include "tests/audit/audit_fixture.h"

using namespace claimcheck;
using namespace claimcheck::testing;

namespace {
bool UpdateGolden() {
  const char* v = std::getenv("CLAIMCHECK_UPDATE_GOLDEN");
  return v && std::string(v) == "1";
}

// First differing line, as Expected/Got, so a failure reads without a diff tool.
std::string FirstDifference(const std::string& want, const std::string& got) {
  std::istringstream a(want), b(got);
  std::string la, lb;
  for (int line = 1;; ++line) {
    bool ha = static_cast<bool>(std::getline(a, la));
    bool hb = static_cast<bool>(std::getline(b, lb));
    if (!ha && !hb) return "identical";
    if (la != lb || ha != hb) {
      return "line " + std::to_string(line) + "\nExpected: " + (ha ? la : "<end of file>") +
             "\nGot:      " + (hb ? lb : "<end of file>");
    }
  }
}

void CheckGolden(const std::string& path, const std::string& got) {
  if (UpdateGolden()) {
    WriteFile(path, got);
    WARN("rewrote " << path);
    return;
  }
  std::string want;
  try {
    want = ReadFile(path);
  } catch (const std::exception&) {
    FAIL(path << " is missing; create it with CLAIMCHECK_UPDATE_GOLDEN=1 and review it");
  }
  INFO("case: " << path << "\n" << FirstDifference(want, got));
  CHECK(want == got);
}

AuditSheet CepSheet() {
  AuditSheet sheet = BuildAuditSheet(CepAuditInput());
  StampForGolden(&sheet);
  return sheet;
}
}  // namespace

TEST_CASE("golden: CEP article sheet as CSV") {
  CheckGolden("corpus/audit/cep-article.expected.csv", AuditToCsv(CepSheet()));
}

TEST_CASE("golden: CEP article sheet as Markdown") {
  CheckGolden("corpus/audit/cep-article.expected.md", AuditToMarkdown(CepSheet()));
}

TEST_CASE("golden: CEP article sheet as JSON") {
  CheckGolden("corpus/audit/cep-article.expected.json", AuditToJson(CepSheet()));
}
