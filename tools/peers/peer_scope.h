// Which peer-suite cases the recogniser leaves out of scope, and why. Each
// rule is a pattern over the case input (and the expected text), so the
// exclusions are stated, counted and reproducible, never picked by hand.
#ifndef CLAIMCHECK_TOOLS_PEERS_PEER_SCOPE_H_
#define CLAIMCHECK_TOOLS_PEERS_PEER_SCOPE_H_

#include <string>
#include <vector>

namespace claimcheck {
namespace peers {

struct ScopeRule {
  const char* id;
  const char* reason;
};

// All rules for the number suites, in the order they are tried.
const std::vector<ScopeRule>& ScopeRules();
// All rules for the date suites (a suite whose name holds "Date").
const std::vector<ScopeRule>& DateScopeRules();

// The id of the first rule that puts the case out of scope, or "" when it is
// in scope. `expected_texts` are the texts the suite expects to be found. A
// suite whose name holds "Date" is judged by DateScopeRules only.
std::string OutOfScope(const std::string& suite, const std::string& input,
                       const std::vector<std::string>& expected_texts);

}  // namespace peers
}  // namespace claimcheck

#endif  // CLAIMCHECK_TOOLS_PEERS_PEER_SCOPE_H_
