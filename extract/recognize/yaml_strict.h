// Strict reading of the recogniser's YAML rule files: unknown keys, wrong
// types and missing required keys are errors that name file:line:column.
// yaml-cpp exceptions never leave this layer.
#ifndef CLAIMCHECK_EXTRACT_RECOGNIZE_YAML_STRICT_H_
#define CLAIMCHECK_EXTRACT_RECOGNIZE_YAML_STRICT_H_

#include <yaml-cpp/yaml.h>

#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "claimcheck/status.h"

namespace claimcheck {
namespace recognize {

// One YAML file being read. Accessors record the first error; callers check
// status() once at the end, so a loader reads like a schema.
class YamlReader {
 public:
  explicit YamlReader(std::string path) : path_(std::move(path)) {}
  // Parses the file; a missing file is NotFound, a syntax error Corruption.
  Status Open(YAML::Node* root);

  // Fails when `map` is not a map, has a key outside `allowed`, or lacks one
  // of `required`.
  bool CheckKeys(const YAML::Node& map, std::initializer_list<std::string_view> allowed,
                 std::initializer_list<std::string_view> required = {});
  bool GetString(const YAML::Node& n, std::string* out);
  bool GetNumber(const YAML::Node& n, double* out);
  bool GetBool(const YAML::Node& n, bool* out);
  // A list of strings (a single string is not accepted: lists stay lists).
  bool GetStringList(const YAML::Node& n, std::vector<std::string>* out);
  // A map of string -> number.
  bool GetNumberMap(const YAML::Node& n, std::vector<std::pair<std::string, double>>* out);

  bool Fail(const YAML::Node& at, const std::string& why);
  const Status& status() const { return status_; }
  const std::string& path() const { return path_; }

 private:
  std::string Where(const YAML::Node& n) const;
  std::string path_;
  Status status_;
};

}  // namespace recognize
}  // namespace claimcheck

#endif  // CLAIMCHECK_EXTRACT_RECOGNIZE_YAML_STRICT_H_
