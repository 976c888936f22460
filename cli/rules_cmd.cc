// claimcheck rules check [--rules DIR]: validates rule and lexicon files.
#include <cstdio>

#include "claimcheck/rules.h"
#include "cli/commands.h"

namespace claimcheck::cli {
namespace {
int RunRulesCheck(const std::string& dir_arg) {
  std::string dir = dir_arg.empty() ? DefaultRulesDir() : dir_arg;
  std::vector<std::string> problems;
  Status s = CheckRules(dir, &problems);
  for (const std::string& p : problems) std::fprintf(stderr, "%s\n", p.c_str());
  if (!s.ok()) return ReportError(s);
  std::printf("rules ok: %zu language(s) under %s\n", RuleLanguages(dir).size(), dir.c_str());
  return kExitOk;
}
}  // namespace

void AddRulesCommand(CLI::App& app, int* exit_code) {
  CLI::App* rules = app.add_subcommand("rules", "Work with rule and lexicon files");
  rules->require_subcommand(1);
  auto dir = std::make_shared<std::string>();
  CLI::App* check = rules->add_subcommand("check", "Validate every rule and lexicon file strictly");
  check->add_option("--rules", *dir, "Rules folder (default: $CLAIMCHECK_RULES or the bundled rules/)");
  check->callback([dir, exit_code] { *exit_code = RunRulesCheck(*dir); });
}

}  // namespace claimcheck::cli
