// PLACEHOLDER until the check command lands.
#include "cli/commands.h"
namespace claimcheck::cli {
void AddCheckCommand(CLI::App& app, int* exit_code) {
  CLI::App* cmd = app.add_subcommand("check", "(not built yet)");
  cmd->allow_extras();
  cmd->callback([exit_code] { *exit_code = ReportError("check: not built yet"); });
}
}  // namespace claimcheck::cli
