// Strict reader for rules/<lang>/abbreviations.yaml: one key,
// `abbreviations`, holding a list of strings that each end in ".".
#include <yaml-cpp/yaml.h>

#include <set>

#include "claimcheck/segment.h"
#include "claimcheck/util.h"
#include "core/source_position.h"

namespace claimcheck {
namespace {

constexpr const char* kListKey = "abbreviations";

Status ErrorAt(const std::string& file, const YAML::Mark& mark, const std::string& why) {
  return Status::InvalidArgument(SourcePosition(file, mark.line, mark.column) + ": " + why);
}

}  // namespace

Status ParseAbbreviations(std::string_view yaml, const std::string& file,
                          std::vector<std::string>* out) {
  out->clear();
  if (size_t bad = 0; !IsValidUtf8(yaml, &bad)) {
    return Status::InvalidArgument(file + ": invalid UTF-8 at byte " + std::to_string(bad));
  }
  YAML::Node root;
  try {
    root = YAML::Load(std::string(yaml));
  } catch (const YAML::Exception& e) {
    return ErrorAt(file, e.mark, e.msg);
  }
  if (!root.IsMap()) {
    return ErrorAt(file, root.Mark(), std::string("missing key '") + kListKey + "'");
  }
  YAML::Node list;
  for (const auto& kv : root) {
    const std::string key = kv.first.as<std::string>("");
    if (key != kListKey) {
      return ErrorAt(file, kv.first.Mark(), "unknown key '" + key + "' (expected: abbreviations)");
    }
    list = kv.second;
  }
  if (!list) return ErrorAt(file, root.Mark(), std::string("missing key '") + kListKey + "'");
  if (list.IsNull()) return Status::Ok();  // `abbreviations:` with nothing under it
  if (!list.IsSequence()) return ErrorAt(file, list.Mark(), "expected a list of abbreviations");
  std::set<std::string> seen;
  for (const YAML::Node& item : list) {
    if (!item.IsScalar()) return ErrorAt(file, item.Mark(), "a list item must be a string, not a mapping or list");
    std::string value = item.Scalar();
    if (value.empty()) return ErrorAt(file, item.Mark(), "empty abbreviation");
    if (value.back() != '.') {
      return ErrorAt(file, item.Mark(), "an abbreviation ends with '.': '" + value + "'");
    }
    if (!seen.insert(value).second) {
      return ErrorAt(file, item.Mark(), "duplicate abbreviation '" + value + "'");
    }
    out->push_back(std::move(value));
  }
  return Status::Ok();
}

Status LoadAbbreviations(const std::string& rules_dir, const std::string& lang,
                         std::vector<std::string>* out) {
  out->clear();
  std::string path = rules_dir + "/" + lang + "/abbreviations.yaml";
  std::string bytes;
  Status s = ReadFileBytes(path, size_t{1} << 20, &bytes);
  if (!s.ok()) return s;
  return ParseAbbreviations(bytes, path, out);
}

}  // namespace claimcheck
