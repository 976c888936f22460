// The checker's data files in rules/<lang>/ (identity.yaml, background.yaml):
// one place for reading one and for the "name:line:column: " that starts
// each of its messages. Internal to the checker.
#ifndef CLAIMCHECK_CLAIMS_CHECK_RULES_FILE_H_
#define CLAIMCHECK_CLAIMS_CHECK_RULES_FILE_H_

#include <yaml-cpp/yaml.h>

#include <fstream>
#include <sstream>
#include <string>

#include "claimcheck/status.h"
#include "core/source_position.h"

namespace claimcheck::check {

// InvalidArgument "name:line:column: reason", the position 1-based (1:1
// when the mark has none).
inline Status RulesFileError(const std::string& name, const YAML::Mark& m, const std::string& reason) {
  return Status::InvalidArgument(SourcePosition(name, m.line, m.column) + ": " + reason);
}

// Reads rules_dir/lang/file whole into *text, its path into *path.
// NotFound "<path>: <missing>" when it cannot be opened.
inline Status ReadRulesFile(const std::string& rules_dir, const std::string& lang, const std::string& file,
                            const std::string& missing, std::string* path, std::string* text) {
  *path = rules_dir + "/" + lang + "/" + file;
  std::ifstream in(*path, std::ios::binary);
  if (!in) return Status::NotFound(*path + ": " + missing);
  std::stringstream ss;
  ss << in.rdbuf();
  *text = ss.str();
  return Status::Ok();
}

}  // namespace claimcheck::check

#endif  // CLAIMCHECK_CLAIMS_CHECK_RULES_FILE_H_
