// PLACEHOLDER until the audit command lands.
#include "cli/commands.h"
namespace claimcheck::cli {
void AddAuditCommand(CLI::App& app, int* exit_code) {
  CLI::App* cmd = app.add_subcommand("audit", "(not built yet)");
  cmd->allow_extras();
  cmd->callback([exit_code] { *exit_code = ReportError("audit: not built yet"); });
}
}  // namespace claimcheck::cli
