#include <algorithm>
#include <cstdlib>
#include <filesystem>

#include "claimcheck/rules.h"

namespace claimcheck {

std::string DefaultRulesDir() {
  if (const char* env = std::getenv("CLAIMCHECK_RULES"); env && *env) return env;
  return std::string(CLAIMCHECK_SOURCE_DIR) + "/rules";
}

std::vector<std::string> RuleLanguages(const std::string& rules_dir) {
  std::vector<std::string> langs;
  std::error_code ec;
  for (const auto& e : std::filesystem::directory_iterator(rules_dir, ec)) {
    if (e.is_directory()) langs.push_back(e.path().filename().string());
  }
  std::sort(langs.begin(), langs.end());
  return langs;
}

}  // namespace claimcheck
