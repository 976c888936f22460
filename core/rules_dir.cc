#include <algorithm>
#include <cstdlib>
#include <filesystem>

#include "claimcheck/rules.h"

namespace claimcheck {

std::string DefaultRulesDir() {
  if (const char* env = std::getenv("CLAIMCHECK_RULES"); env && *env) return env;
  // trial46: a binary copied beside its rules read the source tree's instead,
  // and failed when a developer's edit there added a key it did not know.
  std::error_code ec;
  const std::filesystem::path exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    for (const std::filesystem::path& dir : {exe.parent_path() / "rules", exe.parent_path() / ".." / "share" / "claimcheck" / "rules"}) {
      if (std::filesystem::is_directory(dir / "en", ec)) return dir.lexically_normal().string();
    }
  }
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
