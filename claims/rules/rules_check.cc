// `claimcheck rules check`: every YAML file under rules/<lang>/ must parse,
// be read by some module, and pass that module's strict loader. The table
// below is the one place that knows which module reads which file.
#include <yaml-cpp/yaml.h>

#include <filesystem>
#include <functional>
#include <map>

#include "claimcheck/attach.h"
#include "claimcheck/check.h"
#include "claimcheck/frame.h"
#include "claimcheck/recognize.h"
#include "claimcheck/rules.h"
#include "claimcheck/segment.h"
#include "claims/check/background.h"
#include "claims/check/roles.h"
#include "extract/recognize/date_recognizer.h"
#include "core/source_position.h"

namespace claimcheck {
namespace {
using Loader = std::function<Status(const std::string& dir, const std::string& lang)>;

// Which loader validates each file name. Several files share a loader (the
// recogniser reads eight); the loader runs once per language.
struct Owner {
  const char* module;
  Loader load;
};

const std::map<std::string, Owner>& FileOwners() {
  static const Loader kRecognizer = [](const std::string& d, const std::string& l) {
    std::unique_ptr<Recognizer> r;
    return Recognizer::Load(d, l, &r);
  };
  static const Loader kDates = [](const std::string& d, const std::string& l) {
    std::unique_ptr<DateRecognizer> r;
    return DateRecognizer::Load(d, l, &r);
  };
  static const Loader kAttacher = [](const std::string& d, const std::string& l) {
    std::unique_ptr<ContextAttacher> a;
    return ContextAttacher::Load(d, l, &a);
  };
  static const Loader kAbbreviations = [](const std::string& d, const std::string& l) {
    std::vector<std::string> v;
    return LoadAbbreviations(d, l, &v);
  };
  static const Loader kSynonyms = [](const std::string& d, const std::string& l) {
    Synonyms s;
    return LoadSynonyms(d, l, &s);
  };
  static const Loader kIdentity = [](const std::string& d, const std::string& l) {
    return LoadCheckerIdentityModel(d, l);
  };
  static const Loader kBackground = [](const std::string& d, const std::string& l) {
    check::Background b;
    return check::LoadBackground(d, l, &b);
  };
  static const Loader kFrames = [](const std::string& d, const std::string& l) {
    std::unique_ptr<FrameBuilder> f;
    return FrameBuilder::Load(d, l, &f);
  };
  static const Loader kRoles = [](const std::string& d, const std::string& l) {
    RoleWords w;
    return LoadRoleWords(d, l, &w);
  };
  static const std::map<std::string, Owner> kOwners = {
      {"numbers.yaml", {"recognizer", kRecognizer}},   {"percent.yaml", {"recognizer", kRecognizer}},
      {"money.yaml", {"recognizer", kRecognizer}},     {"measures.yaml", {"recognizer", kRecognizer}},
      {"ordinals.yaml", {"recognizer", kRecognizer}},  {"qualifiers.yaml", {"recognizer", kRecognizer}},
      {"subjects.yaml", {"recognizer", kRecognizer}},  {"not_figures.yaml", {"recognizer", kRecognizer}},
      {"multipliers.yaml", {"recognizer", kRecognizer}},
      {"dates.yaml", {"dates", kDates}},               {"attribution.yaml", {"attacher", kAttacher}},
      {"time.yaml", {"attacher", kAttacher}},          {"entities.yaml", {"attacher", kAttacher}},
      {"abbreviations.yaml", {"segmenter", kAbbreviations}},
      {"synonyms.yaml", {"checker", kSynonyms}},
      {"identity.yaml", {"checker-identity", kIdentity}},
      {"background.yaml", {"checker-background", kBackground}},
      {"frames.yaml", {"frames", kFrames}},
      {"roles.yaml", {"roles", kRoles}},
  };
  return kOwners;
}

std::string YamlError(const std::string& path, const YAML::Exception& ex) {
  return SourcePosition(path, ex.mark.line, ex.mark.column) + ": " + ex.msg;
}
}  // namespace

Status CheckRules(const std::string& rules_dir, std::vector<std::string>* problems) {
  namespace fs = std::filesystem;
  if (!fs::is_directory(rules_dir)) {
    return Status::NotFound(rules_dir + ": no such rules folder");
  }
  size_t before = problems->size();
  for (const std::string& lang : RuleLanguages(rules_dir)) {
    std::map<std::string, Loader> modules;  // module -> loader, each run once
    std::error_code ec;
    for (const auto& e : fs::directory_iterator(rules_dir + "/" + lang, ec)) {
      const std::string path = e.path().string();
      const std::string name = e.path().filename().string();
      auto owner = FileOwners().find(name);
      if (owner == FileOwners().end()) {
        problems->push_back(path + ": not read by any module (known files: numbers.yaml, dates.yaml, ...)");
        continue;
      }
      // Syntax first, for every file, so one broken file does not hide another.
      try {
        (void)YAML::LoadFile(path);
      } catch (const YAML::Exception& ex) {
        problems->push_back(YamlError(path, ex));
        continue;
      }
      modules.emplace(owner->second.module, owner->second.load);
    }
    for (const auto& [module, load] : modules) {
      if (Status s = load(rules_dir, lang); !s.ok()) problems->push_back(s.message());
    }
  }
  if (problems->size() > before) {
    return Status::InvalidArgument(std::to_string(problems->size() - before) +
                                   " problem(s) in rules under " + rules_dir);
  }
  return Status::Ok();
}

}  // namespace claimcheck
