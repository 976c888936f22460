// PLACEHOLDER until the claims command lands.
#include "cli/commands.h"
namespace claimcheck::cli {
void AddClaimsCommand(CLI::App& app, int* exit_code) {
  CLI::App* cmd = app.add_subcommand("claims", "(not built yet)");
  cmd->allow_extras();
  cmd->callback([exit_code] { *exit_code = ReportError("claims: not built yet"); });
}
}  // namespace claimcheck::cli
