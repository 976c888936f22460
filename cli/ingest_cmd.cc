// PLACEHOLDER until the ingest command lands.
#include "cli/commands.h"
namespace claimcheck::cli {
void AddIngestCommand(CLI::App& app, int* exit_code) {
  CLI::App* cmd = app.add_subcommand("ingest", "(not built yet)");
  cmd->allow_extras();
  cmd->callback([exit_code] { *exit_code = ReportError("ingest: not built yet"); });
}
}  // namespace claimcheck::cli
