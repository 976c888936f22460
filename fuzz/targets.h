// Fuzz entry points. Each takes arbitrary bytes and must neither crash, hang,
// nor leak; libFuzzer drives them (make fuzz) and tests/fuzz replays every
// saved input under corpus/regression/<target>/ in the normal test run.
#ifndef CLAIMCHECK_FUZZ_TARGETS_H_
#define CLAIMCHECK_FUZZ_TARGETS_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace claimcheck::fuzz {

int FuzzHtml(const uint8_t* data, size_t size);
int FuzzPdf(const uint8_t* data, size_t size);
int FuzzText(const uint8_t* data, size_t size);
int FuzzMarkdown(const uint8_t* data, size_t size);
int FuzzRecognize(const uint8_t* data, size_t size);
int FuzzRules(const uint8_t* data, size_t size);
// Arbitrary figure records (and findings) through the checker and through
// the audit sheet builder and every sheet writer (fuzz/records.cc).
int FuzzCheck(const uint8_t* data, size_t size);
int FuzzAudit(const uint8_t* data, size_t size);

struct Target {
  const char* name;
  int (*fn)(const uint8_t*, size_t);
};
// Every target, by name ("html", "pdf", "text", "markdown", "recognize",
// "rules", "check", "audit").
const std::vector<Target>& AllTargets();

}  // namespace claimcheck::fuzz

#endif  // CLAIMCHECK_FUZZ_TARGETS_H_
