#include "extract/attach/yaml_rules.h"

#include <filesystem>

#include "extract/recognize/yaml_fast.h"
#include "core/source_position.h"

namespace claimcheck::attach {

Status RuleFile::Open(YAML::Node* root) {
  if (!std::filesystem::is_regular_file(path_)) {
    return status_ = Status::NotFound(path_ + ": no such rule file");
  }
  try {
    *root = recognize::LoadRuleYaml(path_);
  } catch (const YAML::Exception& e) {
    return status_ = Status::Corruption(SourcePosition(path_, e.mark.line, e.mark.column) + ": " + e.msg);
  }
  if (!root->IsMap()) {
    return status_ = Status::InvalidArgument(path_ + ":1:1: the file must be a map of keys");
  }
  return Status::Ok();
}

bool RuleFile::Fail(const YAML::Node& at, const std::string& why) {
  if (status_.ok()) {
    YAML::Mark m = at.Mark();
    status_ = Status::InvalidArgument(SourcePosition(path_, m.line, m.column) + ": " + why);
  }
  return false;
}

bool RuleFile::CheckKeys(const YAML::Node& map, const std::vector<std::string_view>& allowed,
                         const std::vector<std::string_view>& required) {
  if (!status_.ok()) return false;
  if (!map.IsMap()) return Fail(map, "expected a map");
  for (const auto& kv : map) {
    std::string key = kv.first.Scalar();
    bool known = false;
    for (std::string_view a : allowed) known = known || key == a;
    if (!known) {
      std::string list;
      for (std::string_view a : allowed) list += (list.empty() ? "" : ", ") + std::string(a);
      return Fail(kv.first, "unknown key '" + key + "' (expected one of: " + list + ")");
    }
  }
  for (std::string_view r : required) {
    if (!map[std::string(r)]) return Fail(map, "missing key '" + std::string(r) + "'");
  }
  return true;
}

bool RuleFile::GetString(const YAML::Node& n, std::string* out) {
  if (!status_.ok()) return false;
  if (!n.IsScalar() || n.Scalar().empty()) return Fail(n, "expected a non-empty string");
  *out = n.Scalar();
  return true;
}

bool RuleFile::GetInt(const YAML::Node& n, int lo, int hi, int* out) {
  if (!status_.ok()) return false;
  try {
    if (n.IsScalar()) {
      int v = n.as<int>();
      if (v >= lo && v <= hi) {
        *out = v;
        return true;
      }
    }
  } catch (const YAML::Exception&) {
  }
  return Fail(n,
              "expected a whole number from " + std::to_string(lo) + " to " + std::to_string(hi));
}

bool RuleFile::GetStringList(const YAML::Node& n, std::vector<std::string>* out) {
  if (!status_.ok()) return false;
  if (!n.IsSequence()) return Fail(n, "expected a list of strings");
  for (const auto& item : n) {
    std::string s;
    if (!GetString(item, &s)) return false;
    out->push_back(std::move(s));
  }
  return true;
}

}  // namespace claimcheck::attach
