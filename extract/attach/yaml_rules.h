// Strict reading of the attacher's YAML files (attribution.yaml,
// entities.yaml, time.yaml): unknown keys and wrong types are errors naming
// file:line:column; yaml-cpp exceptions stop here.
#ifndef CLAIMCHECK_EXTRACT_ATTACH_YAML_RULES_H_
#define CLAIMCHECK_EXTRACT_ATTACH_YAML_RULES_H_

#include <yaml-cpp/yaml.h>

#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "claimcheck/status.h"

namespace claimcheck::attach {

// One file being read; the first error is kept and later calls are no-ops,
// so a loader reads like a schema and checks status() once.
class RuleFile {
 public:
  explicit RuleFile(std::string path) : path_(std::move(path)) {}
  // Parses the file. A missing file is NotFound; a syntax error Corruption.
  Status Open(YAML::Node* root);
  // `map` must be a map whose keys are all in `allowed` and include `required`.
  bool CheckKeys(const YAML::Node& map, std::initializer_list<std::string_view> allowed,
                 std::initializer_list<std::string_view> required = {}) {
    return CheckKeys(map, std::vector<std::string_view>(allowed),
                     std::vector<std::string_view>(required));
  }
  bool CheckKeys(const YAML::Node& map, const std::vector<std::string_view>& allowed,
                 const std::vector<std::string_view>& required);
  bool GetString(const YAML::Node& n, std::string* out);
  bool GetInt(const YAML::Node& n, int lo, int hi, int* out);
  bool GetStringList(const YAML::Node& n, std::vector<std::string>* out);
  bool Fail(const YAML::Node& at, const std::string& why);
  const Status& status() const { return status_; }

 private:
  std::string path_;
  Status status_;
};

}  // namespace claimcheck::attach

#endif  // CLAIMCHECK_EXTRACT_ATTACH_YAML_RULES_H_
