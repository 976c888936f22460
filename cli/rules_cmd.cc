// PLACEHOLDER until the rules command lands.
#include "cli/commands.h"
namespace claimcheck::cli {
void AddRulesCommand(CLI::App& app, int* exit_code) {
  CLI::App* cmd = app.add_subcommand("rules", "(not built yet)");
  cmd->allow_extras();
  cmd->callback([exit_code] { *exit_code = ReportError("rules: not built yet"); });
}
}  // namespace claimcheck::cli
