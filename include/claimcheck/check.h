// The cross-source checker: pairs figures about the same fact and reports
// those that cannot all be true (CONTRACT.md, the finding record).
#ifndef CLAIMCHECK_CHECK_H_
#define CLAIMCHECK_CHECK_H_

#include <string>
#include <vector>

#include "claimcheck/attach.h"
#include "claimcheck/figure.h"
#include "claimcheck/status.h"
#include "claimcheck/store.h"

namespace claimcheck {

enum class Severity { kInfo, kWarning, kError };
const char* SeverityName(Severity s);  // "info", "warning", "error"

struct Finding {
  std::string type;  // value_conflict, qualifier_conflict, time_conflict, ...
  Severity severity = Severity::kInfo;
  std::string message;             // one sentence naming both documents and figures
  std::vector<Figure> claims;      // the figures involved; claims[0] is the one checked
  double score = 0;                // match score of the pairing, 0..1
  std::vector<std::string> reasons;  // why the figures were paired
  std::string suggestion;          // a correction when there is one clear answer
};

struct CheckInput {
  std::vector<StoredDocument> documents;
  std::vector<Figure> figures;
  std::vector<Alias> aliases;
};

struct CheckOptions {
  std::string rules_dir;  // synonyms live in rules/<lang>/
};

Status CheckFigures(const CheckInput& in, const CheckOptions& opts, std::vector<Finding>* out);

}  // namespace claimcheck

#endif  // CLAIMCHECK_CHECK_H_
