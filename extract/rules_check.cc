// `claimcheck rules check`: every YAML file under rules/ must parse, be read
// by some module, and pass that module's strict loader.
#include <yaml-cpp/yaml.h>

#include <filesystem>
#include <set>

#include "claimcheck/attach.h"
#include "claimcheck/recognize.h"
#include "claimcheck/rules.h"

namespace claimcheck {

Status CheckRules(const std::string& rules_dir, std::vector<std::string>* problems) {
  namespace fs = std::filesystem;
  if (!fs::is_directory(rules_dir)) {
    return Status::NotFound(rules_dir + ": no such rules folder");
  }
  size_t before = problems->size();
  for (const std::string& lang : RuleLanguages(rules_dir)) {
    // Syntax first, for every file, so one broken file does not hide another.
    for (const auto& e : fs::directory_iterator(rules_dir + "/" + lang)) {
      if (e.path().extension() != ".yaml") {
        problems->push_back(e.path().string() + ": not a .yaml file");
        continue;
      }
      try {
        (void)YAML::LoadFile(e.path().string());
      } catch (const YAML::Exception& ex) {
        problems->push_back(e.path().string() + ":" + std::to_string(ex.mark.line + 1) + ":" +
                            std::to_string(ex.mark.column + 1) + ": " + ex.msg);
      }
    }
    std::unique_ptr<Recognizer> rec;
    if (Status s = Recognizer::Load(rules_dir, lang, &rec); !s.ok()) problems->push_back(s.message());
    std::unique_ptr<ContextAttacher> att;
    if (Status s = ContextAttacher::Load(rules_dir, lang, &att); !s.ok()) problems->push_back(s.message());
  }
  if (problems->size() > before) {
    return Status::InvalidArgument(std::to_string(problems->size() - before) +
                                   " problem(s) in rules under " + rules_dir);
  }
  return Status::Ok();
}

}  // namespace claimcheck
