// Rule files parsed with libyaml into yaml-cpp nodes, for Extractor::RulesFor.
//
// yaml-cpp's scanner costs about 1,200 instructions per byte of YAML: loading
// the rule files was 108 M instructions of every `claimcheck extract` (about
// 5% on the 2 MB bench slice, bench/RESULTS.md, branch spd), more than the
// frame stage's whole reading of a sentence. libyaml builds the same tree for
// a fraction of that. Its nodes carry no marks (line:column), so it is used
// only inside a FastYamlScope, whose owner loads again without the scope when
// anything fails: every error message still comes from yaml-cpp, with its
// file:line:column.
#ifndef CLAIMCHECK_EXTRACT_RECOGNIZE_YAML_FAST_H_
#define CLAIMCHECK_EXTRACT_RECOGNIZE_YAML_FAST_H_

#include <yaml-cpp/yaml.h>

#include <optional>
#include <string>

namespace claimcheck::recognize {

// Drop-in for YAML::LoadFile(path): inside a FastYamlScope on this thread the
// file is parsed with libyaml (falling back to yaml-cpp for anything it does
// not map one to one: anchors, aliases, tags, several documents, a syntax
// error); outside, it is YAML::LoadFile. Throws what YAML::LoadFile throws.
YAML::Node LoadRuleYaml(const std::string& path);

// The libyaml tree of `text`, or nothing when the text uses a feature the
// fast route leaves to yaml-cpp (see LoadRuleYaml) or does not parse.
// Exposed for the test that holds both parsers equal on the bundled rules.
std::optional<YAML::Node> ParseYamlFast(const std::string& text);

// While one lives, LoadRuleYaml on this thread takes the fast route.
class FastYamlScope {
 public:
  FastYamlScope();
  ~FastYamlScope();
  FastYamlScope(const FastYamlScope&) = delete;
  FastYamlScope& operator=(const FastYamlScope&) = delete;

 private:
  bool was_;
};

}  // namespace claimcheck::recognize

#endif  // CLAIMCHECK_EXTRACT_RECOGNIZE_YAML_FAST_H_
