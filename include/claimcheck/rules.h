// Where rule files live, and their validation (`claimcheck rules check`).
#ifndef CLAIMCHECK_RULES_H_
#define CLAIMCHECK_RULES_H_

#include <string>
#include <vector>

#include "claimcheck/status.h"

namespace claimcheck {

// The rules folder used when no --rules is given: $CLAIMCHECK_RULES if set;
// else the rules shipped beside the running program (<program dir>/rules or
// <program dir>/../share/claimcheck/rules, a folder holding an en/ rules
// folder), so that a copied or installed binary never reads a developer's
// checkout; else <source dir>/rules, for a program run from its build tree.
std::string DefaultRulesDir();

// Languages that have a folder under `rules_dir` ("en", "es").
std::vector<std::string> RuleLanguages(const std::string& rules_dir);

// Validates every YAML file under rules_dir strictly (unknown keys rejected).
// Appends one "file:line:column: reason" per problem to *problems.
Status CheckRules(const std::string& rules_dir, std::vector<std::string>* problems);

}  // namespace claimcheck

#endif  // CLAIMCHECK_RULES_H_
