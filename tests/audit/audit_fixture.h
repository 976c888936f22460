// Builds audit inputs from the corpus/audit fixtures by hand, so the sheet
// and its exporters are tested without the readers, recogniser or checker:
// every figure, finding and offset here is stated explicitly.
#ifndef CLAIMCHECK_TESTS_AUDIT_AUDIT_FIXTURE_H_
#define CLAIMCHECK_TESTS_AUDIT_AUDIT_FIXTURE_H_

#include <map>
#include <stdexcept>
#include <string>
#include <vector>

#include "claimcheck/audit.h"

namespace claimcheck::testing {

// A fixture document: "key: value" header lines, a blank line, then one
// block per non-empty line. The text joins blocks with "\n\n", as the
// readers do.
struct FixtureDoc {
  StoredDocument stored;
  std::string text;
};

FixtureDoc LoadFixture(const std::string& path, const std::string& role);

// A figure for the first (or nth, 0-based) occurrence of `needle` in the
// fixture's text; its sentence is the block that holds it. Throws when the
// needle is missing so a fixture edit cannot silently drop a figure.
Figure FixtureFigure(const FixtureDoc& d, const std::string& needle, Kind kind, FigureValue value,
                     Qualifier q = Qualifier::kExact, const std::string& subject = "",
                     const std::string& attribution = "", int nth = 0);

// The CEP article and report with hand-written figures and findings: one
// conflict (69 vs 96 countries), one paraphrase (info), one unsupported
// finding, one figure no source states, and six the report supports.
AuditInput CepAuditInput();

// A fixed clock and version so golden files do not change run to run.
void StampForGolden(AuditSheet* sheet);

// File helpers for tests.
std::string ReadFile(const std::string& path);
void WriteFile(const std::string& path, const std::string& bytes);
std::string MakeTempDir();
// Runs `cmd` through the shell; returns its stdout and sets *status to the exit code.
std::string RunCommand(const std::string& cmd, int* status);

}  // namespace claimcheck::testing

#endif  // CLAIMCHECK_TESTS_AUDIT_AUDIT_FIXTURE_H_
