// The word lists roles are read by (rules/<lang>/roles.yaml; roles.h).
#include <yaml-cpp/yaml.h>

#include <filesystem>
#include <map>
#include <mutex>

#include "claimcheck/rules.h"
#include "claimcheck/util.h"
#include "claims/check/roles.h"

namespace claimcheck {
namespace {

Status Error(const std::string& path, const YAML::Mark& m, const std::string& reason) {
  int line = m.line >= 0 ? m.line + 1 : 1;
  int col = m.column >= 0 ? m.column + 1 : 1;
  return Status::InvalidArgument(path + ":" + std::to_string(line) + ":" + std::to_string(col) + ": " + reason);
}

// Every list of the file, by its key.
const std::map<std::string, std::unordered_set<std::string> RoleWords::*>& Lists() {
  static const std::map<std::string, std::unordered_set<std::string> RoleWords::*> kLists = {
      {"outlet_last_words", &RoleWords::outlet_last_words},
      {"outlet_words", &RoleWords::outlet_words},
      {"body_words", &RoleWords::body_words},
      {"generic_name_words", &RoleWords::generic_name_words},
      {"name_edge_words", &RoleWords::name_edge_words},
      {"leading_articles", &RoleWords::leading_articles},
      {"firm_words", &RoleWords::firm_words},
      {"country_words", &RoleWords::country_words},
      {"desks", &RoleWords::desks},
      {"publication_words", &RoleWords::publication_words},
  };
  return kLists;
}

Status Parse(const std::string& text, const std::string& path, const std::string& lang, RoleWords* out) {
  YAML::Node root;
  try {
    root = YAML::Load(text);
  } catch (const YAML::Exception& e) {
    return Error(path, e.mark, e.msg);
  }
  if (!root.IsMap()) return Error(path, root.Mark(), "the file must be a mapping of word lists");
  for (const auto& kv : root) {
    const std::string key = kv.first.Scalar();
    if (key == "lang") {
      if (!kv.second.IsScalar() || kv.second.Scalar() != lang) {
        return Error(path, kv.second.Mark(), "lang must be \"" + lang + "\", the folder's language");
      }
      continue;
    }
    auto list = Lists().find(key);
    if (list == Lists().end()) {
      std::string known;
      for (const auto& [k, m] : Lists()) known += (known.empty() ? "" : ", ") + k;
      return Error(path, kv.first.Mark(), "unknown key \"" + key + "\" (known: lang, " + known + ")");
    }
    if (!kv.second.IsSequence()) return Error(path, kv.second.Mark(), key + " must be a list of words");
    for (const YAML::Node& item : kv.second) {
      if (!item.IsScalar()) return Error(path, item.Mark(), "an entry of " + key + " must be a word (a string)");
      std::string w = FoldLower(CollapseSpace(item.Scalar()));
      if (w.empty()) return Error(path, item.Mark(), "an entry of " + key + " must not be empty");
      if (w.find(' ') != std::string::npos && key != "desks") {
        return Error(path, item.Mark(), "an entry of " + key + " must be one word: \"" + w + "\"");
      }
      (out->*(list->second)).insert(std::move(w));
    }
  }
  return Status::Ok();
}

}  // namespace


Status LoadRoleWords(const std::string& rules_dir, const std::string& lang, RoleWords* out) {
  const std::string path = rules_dir + "/" + lang + "/roles.yaml";
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec)) return Status::NotFound(path + ": no such file");
  std::string text;
  if (Status s = ReadFileBytes(path, size_t{4} << 20, &text); !s.ok()) return s;
  RoleWords words;
  if (Status s = Parse(text, path, lang, &words); !s.ok()) return s;
  for (const auto& [key, member] : Lists()) (out->*member).insert((words.*member).begin(), (words.*member).end());
  return Status::Ok();
}

const RoleWords& RoleWordsFor(const std::string& rules_dir_arg, Status* status) {
  static std::mutex mu;
  static std::map<std::string, std::pair<RoleWords, Status>> cache;
  const std::string rules_dir = rules_dir_arg.empty() ? DefaultRulesDir() : rules_dir_arg;
  std::lock_guard<std::mutex> lock(mu);
  auto it = cache.find(rules_dir);
  if (it == cache.end()) {
    RoleWords words;
    Status st = Status::Ok();
    for (const std::string& lang : RuleLanguages(rules_dir)) {
      Status s = LoadRoleWords(rules_dir, lang, &words);
      if (!s.ok() && s.code() != Status::Code::kNotFound && st.ok()) st = s;
    }
    if (!st.ok()) words = RoleWords();
    it = cache.emplace(rules_dir, std::make_pair(std::move(words), st)).first;
  }
  if (status) *status = it->second.second;
  return it->second.first;
}

}  // namespace claimcheck
