// claimcheck extract [--lang L] [--format F] FILE... | -: every figure found; no database.
#include <cstdio>
#include <optional>

#include "claimcheck/document.h"
#include "claimcheck/extract.h"
#include "claimcheck/rules.h"
#include "cli/commands.h"

namespace claimcheck::cli {
namespace {
struct ExtractArgs {
  std::vector<std::string> files;
  std::string lang = "auto";
  std::string format = "jsonl";
  RecordOptions record;
  std::string rules;
  ReadOptions read;
};

int RunExtract(const ExtractArgs& a) {
  const std::string rules_dir = a.rules.empty() ? DefaultRulesDir() : a.rules;
  if (int rc = CheckLangOption(rules_dir, a.lang)) return rc;
  Extractor extractor(rules_dir);
  const ReadOptions& opts = a.read;
  int rc = kExitOk;
  std::vector<Figure> all;
  bool any_read = false;  // a table (or csv header) only when some file was read
  for (const std::string& file : a.files) {
    Document doc;
    Status s;
    std::optional<Step> step;
    step.emplace("reading " + file);
    if (file == "-") {
      std::string bytes;
      s = ReadStdin(opts.max_bytes, &bytes);
      if (s.ok()) s = ParseDocument(bytes, "-", opts, &doc);
    } else {
      s = ReadDocument(file, opts, &doc);
    }
    step.emplace("extracting the figures of " + file);
    Extraction ex;
    std::unique_ptr<FigureStream> stream;
    if (s.ok()) s = extractor.Start(doc, a.lang, &ex, &stream);
    if (!s.ok()) {
      rc = ReportError(s);
      continue;
    }
    ReportWarning(ex.warning);
    any_read = true;
    // jsonl streams a run of paragraphs at a time, so memory holds one part's
    // figures however many the document has (issue 15); the other formats
    // need every row first.
    std::vector<Figure> part;
    while (stream->Next(&part)) {
      if (a.format == "jsonl") {
        WriteFigures(part, a.format, stdout, a.record);
      } else {
        all.insert(all.end(), std::make_move_iterator(part.begin()),
                   std::make_move_iterator(part.end()));
      }
    }
  }
  // When every file failed, stdout stays empty: a bare table header would
  // read as "no figures found" to a script (trial9).
  if (a.format != "jsonl" && any_read) {
    Step step("writing " + std::to_string(all.size()) + " figures as " + a.format);
    WriteFigures(all, a.format, stdout, a.record);
  }
  return rc;
}
}  // namespace

void AddExtractCommand(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<ExtractArgs>();
  CLI::App* cmd = app.add_subcommand("extract", "Print every figure found in documents (no database)");
  cmd->add_option("files", args->files, "Documents, or - for stdin")->required();
  cmd->add_option("--lang", args->lang, "en, es, ... or auto (declared, else detected, else en)");
  cmd->add_option("--format", args->format, "jsonl, json, csv or table")
      ->check(CLI::IsMember({"jsonl", "json", "csv", "table"}));
  cmd->add_flag("--excel", args->record.excel,
                "CSV for Excel: start with a UTF-8 byte order mark (pandas: encoding='utf-8-sig')");
  cmd->add_option("--rules", args->rules, "Rules folder (default: $CLAIMCHECK_RULES or the bundled rules/)");
  AddReadLimitOptions(cmd, &args->read);
  cmd->callback([args, exit_code] { *exit_code = RunExtract(*args); });
}

}  // namespace claimcheck::cli
