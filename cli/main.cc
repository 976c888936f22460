// claimcheck: quantitative claims from reports and news, with citations,
// stored in SQLite and checked across sources.
#include <CLI/CLI.hpp>
#include <algorithm>
#include <cstdio>
#include <new>
#include <stdexcept>
#include <string>
#include <vector>

#include "cli/commands.h"

namespace {

// Edit distance with adjacent transpositions ("injest" -> "ingest" is 1).
size_t EditDistance(const std::string& a, const std::string& b) {
  std::vector<std::vector<size_t>> d(a.size() + 1, std::vector<size_t>(b.size() + 1));
  for (size_t i = 0; i <= a.size(); ++i) d[i][0] = i;
  for (size_t j = 0; j <= b.size(); ++j) d[0][j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
      }
    }
  }
  return d[a.size()][b.size()];
}

// The command a typo most likely meant, or "" when none is close.
std::string ClosestWord(const std::string& word, const std::vector<std::string>& names) {
  std::string best;
  size_t best_d = 3;  // at most two edits
  for (const std::string& n : names) {
    size_t d = EditDistance(word, n);
    if (d < best_d && d < n.size()) {
      best_d = d;
      best = n;
    }
  }
  return best;
}

// The one line a command that ran out of memory ends with (commands.h: Step).
// By now the stack has unwound: the command's buffers are freed, its
// transaction rolled back and its temporary file removed.
int OutOfMemory(const CLI::App& app, const std::exception& e) {
  std::string command = "claimcheck";
  for (const CLI::App* sub : app.get_subcommands()) command = sub->get_name();
  std::string line = claimcheck::cli::OutOfMemoryReason(e, 0);
  std::fflush(stdout);
  std::fprintf(stderr, "claimcheck: %s: %s (raise the memory limit or split the document)\n", command.c_str(), line.c_str());
  return claimcheck::cli::kExitBadInput;
}

// Anything else a command throws (a library's exception on a hostile
// file) ends the same way: one line naming the command and what it was
// doing (the innermost Step, which names the file), never an abort or the
// exception's text alone. Transactions have rolled back as the stack unwound.
int Unexpected(const CLI::App& app, const std::exception& e) {
  std::string command = "claimcheck";
  for (const CLI::App* sub : app.get_subcommands()) command = sub->get_name();
  std::string step = claimcheck::cli::TakeFailedStep(0);
  std::string what = e.what();
  for (char& c : what) {
    if (c == '\n' || c == '\r') c = ' ';
  }
  std::fflush(stdout);
  std::fprintf(stderr, "claimcheck: %s: failed%s%s (%s)\n", command.c_str(),
               step.empty() ? "" : " while ", step.c_str(), what.c_str());
  return claimcheck::cli::kExitBadInput;
}

}  // namespace

namespace {
// CLI11 names an option by its long form only ("--output is required"),
// while the help and the README show the short one ("-o"): a message naming
// an option that has both names gives both ("-o/--output is required").
std::string BothOptionNames(const CLI::App& app, std::string message) {
  std::vector<const CLI::App*> apps = {&app};
  for (size_t i = 0; i < apps.size(); ++i) {
    for (const CLI::App* sub : apps[i]->get_subcommands([](const CLI::App*) { return true; })) apps.push_back(sub);
  }
  for (const CLI::App* a : apps) {
    for (const CLI::Option* o : a->get_options()) {
      if (o->get_snames().empty() || o->get_lnames().empty()) continue;
      const std::string lng = "--" + o->get_lnames().front();
      const std::string both = "-" + o->get_snames().front() + "/" + lng;
      if (message.rfind(lng + " ", 0) == 0 || message.rfind(lng + ":", 0) == 0) {
        return both + message.substr(lng.size());
      }
    }
  }
  return message;
}
}  // namespace

int main(int argc, char** argv) {
  using namespace claimcheck::cli;
  // Named, so help shows "claimcheck" and not the path the binary was run by.
  CLI::App app{
      "claimcheck: pulls quantitative claims out of reports and news articles, stores them with\n"
      "exact citations in SQLite, and flags where sources disagree.",
      "claimcheck"};
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
  AddDocsCommand(app, &exit_code);
  AddRmCommand(app, &exit_code);
  AddReviewCommand(app, &exit_code);
  AddServeCommand(app, &exit_code);
  if (argc > 1 && argv[1][0] != '-') {
    std::string word = argv[1];
    std::vector<std::string> names;
    for (const CLI::App* sub : app.get_subcommands({})) names.push_back(sub->get_name());
    if (std::find(names.begin(), names.end(), word) == names.end()) {
      std::string near = ClosestWord(word, names);
      std::fprintf(stderr, "claimcheck: unknown command '%s'%s\n", word.c_str(),
                   near.empty() ? " (see claimcheck --help)"
                                : (" (did you mean " + near + "?)").c_str());
      return kExitBadInput;
    }
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    std::fprintf(stderr, "claimcheck: %s\n", BothOptionNames(app, e.what()).c_str());
    return kExitBadInput;
  } catch (const std::bad_alloc& e) {
    return OutOfMemory(app, e);
  } catch (const std::length_error& e) {
    return OutOfMemory(app, e);
  } catch (const std::exception& e) {
    return Unexpected(app, e);
  }
  std::fflush(stdout);
  return exit_code;
}
