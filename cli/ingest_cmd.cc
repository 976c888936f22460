// claimcheck ingest [--db PATH] [--lang L] [--role source|article] FILE|DIR...:
// parses, extracts and stores documents; an unchanged document is a no-op.
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <set>

#include "claimcheck/attach.h"
#include "claimcheck/document.h"
#include "claimcheck/extract.h"
#include "claimcheck/rules.h"
#include "claimcheck/store.h"
#include "claimcheck/util.h"
#include "cli/commands.h"

namespace claimcheck::cli {
namespace {

struct IngestArgs {
  std::vector<std::string> inputs;
  std::string db;
  std::string lang = "auto";
  std::string role = "source";
  std::string rules;
};

// Extensions a folder walk picks up; files named on the command line are
// taken whatever their name, since the reader also detects by content.
bool IngestibleExtension(const std::filesystem::path& p) {
  std::string ext = AsciiLower(p.extension().string());
  return ext == ".html" || ext == ".htm" || ext == ".txt" || ext == ".md" || ext == ".pdf";
}

bool Hidden(const std::filesystem::path& p) {
  std::string name = p.filename().string();
  return !name.empty() && name[0] == '.';
}

// Expands folders recursively (hidden entries skipped, sorted for a stable
// order). A path that does not exist is kept, so that it is reported.
std::vector<std::string> ExpandInputs(const std::vector<std::string>& inputs) {
  namespace fs = std::filesystem;
  std::vector<std::string> files;
  for (const std::string& in : inputs) {
    std::error_code ec;
    if (!fs::is_directory(in, ec)) {
      files.push_back(in);
      continue;
    }
    std::vector<std::string> found;
    fs::recursive_directory_iterator it(in, fs::directory_options::skip_permission_denied, ec);
    for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
      if (Hidden(it->path())) {
        if (it->is_directory(ec)) it.disable_recursion_pending();
        continue;
      }
      if (it->is_regular_file(ec) && IngestibleExtension(it->path())) {
        found.push_back(it->path().string());
      }
    }
    std::sort(found.begin(), found.end());
    files.insert(files.end(), found.begin(), found.end());
  }
  return files;
}

// Messages from the reader and the store already start with the file name;
// the extractor's ("no rules for language 'fr'") do not.
std::string NamingFile(const std::string& file, const std::string& message) {
  if (message.compare(0, file.size(), file) == 0) return message;
  return file + ": " + message;
}

int RunIngest(const IngestArgs& a) {
  std::string db_path = a.db.empty() ? DefaultDbPath() : a.db;
  std::string rules_dir = a.rules.empty() ? DefaultRulesDir() : a.rules;
  std::unique_ptr<Store> store;
  Status s = Store::Open(db_path, &store);
  if (!s.ok()) return ReportError(s);

  std::vector<std::string> files = ExpandInputs(a.inputs);
  Extractor extractor(rules_dir);
  ReadOptions opts;
  bool tty = isatty(STDERR_FILENO) != 0;
  int added = 0, unchanged = 0, replaced = 0, failed = 0;
  std::set<std::string> alias_langs;
  for (size_t i = 0; i < files.size(); ++i) {
    const std::string& file = files[i];
    if (tty) {
      std::fprintf(stderr, "\r\033[K[%zu/%zu] %s", i + 1, files.size(), file.c_str());
      std::fflush(stderr);
    }
    Document doc;
    Extraction ex;
    Store::IngestOutcome outcome = Store::IngestOutcome::kUnchanged;
    s = ReadDocument(file, opts, &doc);
    if (s.ok()) s = extractor.Extract(doc, a.lang, &ex);
    // The configured aliases of each language go in once per run; unchanged
    // lists leave the table as it is.
    if (s.ok() && alias_langs.insert(ex.lang).second) {
      std::vector<Alias> configured;
      s = LoadEntityAliases(rules_dir, ex.lang, &configured);
      if (s.ok()) s = store->SaveConfiguredAliases(ex.lang, configured);
    }
    if (s.ok()) s = store->Ingest(doc, a.role, ex, &outcome);
    if (!s.ok()) {
      if (tty) std::fprintf(stderr, "\r\033[K");
      ReportError(NamingFile(file, s.message()));
      ++failed;
      continue;
    }
    switch (outcome) {
      case Store::IngestOutcome::kAdded:
        ++added;
        break;
      case Store::IngestOutcome::kUnchanged:
        ++unchanged;
        break;
      case Store::IngestOutcome::kReplaced:
        ++replaced;
        break;
    }
  }
  if (tty) std::fprintf(stderr, "\r\033[K");
  std::fprintf(stderr, "ingest: %d added, %d unchanged, %d replaced, %d failed (%s)\n", added,
               unchanged, replaced, failed, db_path.c_str());
  return failed > 0 ? kExitBadInput : kExitOk;
}

}  // namespace

void AddIngestCommand(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<IngestArgs>();
  CLI::App* cmd = app.add_subcommand(
      "ingest",
      "Parse, extract and store documents; re-ingesting an unchanged file changes nothing");
  cmd->add_option("inputs", args->inputs,
                  "Files, or folders to walk (.html .htm .txt .md .pdf; hidden entries skipped)")
      ->required();
  cmd->add_option("--db", args->db, "Database (default: $CLAIMCHECK_DB or claims.db)");
  cmd->add_option("--lang", args->lang, "en, es, ... or auto (declared, else detected, else en)");
  cmd->add_option("--role", args->role, "source (default) or article")
      ->check(CLI::IsMember({"source", "article"}));
  cmd->add_option("--rules", args->rules,
                  "Rules folder (default: $CLAIMCHECK_RULES or the bundled rules/)");
  cmd->callback([args, exit_code] { *exit_code = RunIngest(*args); });
}

}  // namespace claimcheck::cli
