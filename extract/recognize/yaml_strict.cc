#include "extract/recognize/yaml_strict.h"

#include <filesystem>

#include "extract/recognize/yaml_fast.h"
#include "core/source_position.h"

namespace claimcheck {
namespace recognize {

Status YamlReader::Open(YAML::Node* root) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path_, ec)) return Status::NotFound(path_ + ": no such rule file");
  try {
    *root = LoadRuleYaml(path_);
  } catch (const YAML::Exception& e) {
    return Status::Corruption(SourcePosition(path_, e.mark.line, e.mark.column) + ": " + e.msg);
  }
  if (!root->IsMap()) return Status::Corruption(path_ + ":1:1: expected a map at the top level");
  return Status::Ok();
}

std::string YamlReader::Where(const YAML::Node& n) const {
  YAML::Mark m = n.Mark();
  if (m.is_null()) return path_;
  return SourcePosition(path_, m.line, m.column);
}

bool YamlReader::Fail(const YAML::Node& at, const std::string& why) {
  if (status_.ok()) status_ = Status::Corruption(Where(at) + ": " + why);
  return false;
}

bool YamlReader::CheckKeys(const YAML::Node& map, std::initializer_list<std::string_view> allowed,
                           std::initializer_list<std::string_view> required) {
  if (!map.IsMap()) return Fail(map, "expected a map");
  for (auto it = map.begin(); it != map.end(); ++it) {
    if (!it->first.IsScalar()) return Fail(it->first, "keys must be plain strings");
    const std::string& k = it->first.Scalar();
    bool ok = false;
    for (std::string_view a : allowed) ok = ok || a == k;
    if (!ok) return Fail(it->first, "unknown key '" + k + "'");
  }
  for (std::string_view r : required) {
    if (!map[std::string(r)]) return Fail(map, "missing required key '" + std::string(r) + "'");
  }
  return true;
}

bool YamlReader::GetString(const YAML::Node& n, std::string* out) {
  if (!n.IsScalar()) return Fail(n, "expected a string");
  *out = n.Scalar();
  if (out->empty()) return Fail(n, "empty string");
  return true;
}

bool YamlReader::GetNumber(const YAML::Node& n, double* out) {
  if (!n.IsScalar()) return Fail(n, "expected a number");
  try {
    *out = n.as<double>();
  } catch (const YAML::Exception&) {
    return Fail(n, "expected a number, got '" + n.Scalar() + "'");
  }
  return true;
}

bool YamlReader::GetBool(const YAML::Node& n, bool* out) {
  if (!n.IsScalar()) return Fail(n, "expected true or false");
  try {
    *out = n.as<bool>();
  } catch (const YAML::Exception&) {
    return Fail(n, "expected true or false, got '" + n.Scalar() + "'");
  }
  return true;
}

bool YamlReader::GetStringList(const YAML::Node& n, std::vector<std::string>* out) {
  if (!n.IsSequence()) return Fail(n, "expected a list of strings");
  for (const YAML::Node& item : n) {
    std::string s;
    if (!GetString(item, &s)) return false;
    out->push_back(std::move(s));
  }
  return true;
}

bool YamlReader::GetNumberMap(const YAML::Node& n, std::vector<std::pair<std::string, double>>* out) {
  if (!n.IsMap()) return Fail(n, "expected a map of word: number");
  for (auto it = n.begin(); it != n.end(); ++it) {
    std::string k;
    double v = 0;
    if (!GetString(it->first, &k) || !GetNumber(it->second, &v)) return false;
    out->emplace_back(std::move(k), v);
  }
  return true;
}

}  // namespace recognize
}  // namespace claimcheck
