// claimcheck: quantitative claims from reports and news, with citations,
// stored in SQLite and checked across sources.
#include <CLI/CLI.hpp>
#include <cstdio>

#include "cli/commands.h"

int main(int argc, char** argv) {
  using namespace claimcheck::cli;
  CLI::App app{
      "claimcheck: pulls quantitative claims out of reports and news articles, stores them with\n"
      "exact citations in SQLite, and flags where sources disagree."};
  app.require_subcommand(1);
  app.set_version_flag("--version", "claimcheck " CLAIMCHECK_VERSION);
  int exit_code = kExitOk;
  AddTextCommand(app, &exit_code);
  AddExtractCommand(app, &exit_code);
  AddIngestCommand(app, &exit_code);
  AddClaimsCommand(app, &exit_code);
  AddCheckCommand(app, &exit_code);
  AddAuditCommand(app, &exit_code);
  AddRulesCommand(app, &exit_code);
  AddReviewCommand(app, &exit_code);
  AddServeCommand(app, &exit_code);
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    std::fprintf(stderr, "claimcheck: %s\n", e.what());
    return kExitBadInput;
  }
  std::fflush(stdout);
  return exit_code;
}
