// Each subcommand lives in its own file and registers itself on the app.
// A command's callback stores its exit status (CONTRACT.md) in *exit_code.
#ifndef CLAIMCHECK_CLI_COMMANDS_H_
#define CLAIMCHECK_CLI_COMMANDS_H_

#include <CLI/CLI.hpp>
#include <string>
#include <vector>

#include "claimcheck/document.h"
#include "claimcheck/figure.h"
#include "claimcheck/status.h"

namespace claimcheck::cli {

constexpr int kExitOk = 0;
constexpr int kExitFindings = 1;
constexpr int kExitBadInput = 2;

void AddTextCommand(CLI::App& app, int* exit_code);
void AddExtractCommand(CLI::App& app, int* exit_code);
void AddIngestCommand(CLI::App& app, int* exit_code);
void AddClaimsCommand(CLI::App& app, int* exit_code);
void AddCheckCommand(CLI::App& app, int* exit_code);
void AddAuditCommand(CLI::App& app, int* exit_code);
void AddRulesCommand(CLI::App& app, int* exit_code);
void AddDocsCommand(CLI::App& app, int* exit_code);
void AddRmCommand(CLI::App& app, int* exit_code);
void AddReviewCommand(CLI::App& app, int* exit_code);
void AddServeCommand(CLI::App& app, int* exit_code);

// Prints "claimcheck: <message>" on stderr; returns kExitBadInput.
int ReportError(const Status& s);
int ReportError(const std::string& message);

struct RecordOptions {
  bool excel = false;  // CSV starts with a UTF-8 byte order mark (`--excel`)
};
// Checks a --lang value before anything is read or written: "auto" or a
// language with a folder under rules_dir. Otherwise prints one error naming
// the languages that have rules and returns kExitBadInput; 0 when fine.
// (Issue 12 item 11: never a table header followed by an error.)
int CheckLangOption(const std::string& rules_dir, const std::string& lang);

// Prints an extraction's warning (a language without rules), if any.
void ReportWarning(const std::string& warning);

// Writes figures in one of the record formats: jsonl, json, csv, table.
// Returns false for an unknown format.
bool WriteFigures(const std::vector<Figure>& figures, const std::string& format, std::FILE* out);
bool WriteFigures(const std::vector<Figure>& figures, const std::string& format, std::FILE* out,
                  const RecordOptions& opts);

// Columns as wide as their widest cell (terminal cells: East Asian wide
// characters count two, combining marks none), two spaces apart, no value
// clipped.
void WriteTable(const std::vector<std::string>& header,
                const std::vector<std::vector<std::string>>& rows, std::FILE* out);
int DisplayWidth(std::string_view s);

// The reader's limits as options (--max-file-mb, --max-text-mb,
// --max-pdf-pages), so a desk can raise them for a huge report or lower them
// for untrusted input.
void AddReadLimitOptions(CLI::App* cmd, ReadOptions* opts);

// Reads all of stdin (for "-"), up to max_bytes.
Status ReadStdin(size_t max_bytes, std::string* out);

}  // namespace claimcheck::cli

#endif  // CLAIMCHECK_CLI_COMMANDS_H_
