// Each subcommand lives in its own file and registers itself on the app.
// A command's callback stores its exit status (CONTRACT.md) in *exit_code.
#ifndef CLAIMCHECK_CLI_COMMANDS_H_
#define CLAIMCHECK_CLI_COMMANDS_H_

#include <CLI/CLI.hpp>
#include <memory>
#include <string>
#include <vector>

#include "claimcheck/document.h"
#include "claimcheck/figure.h"
#include "claimcheck/status.h"
#include "claimcheck/store.h"

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
// Whether the database file is there before a run opens (creates) it;
// ":memory:" counts as there (never removed).
bool DatabaseExists(const std::string& db_path);
// A run that created the database (!db_existed) and left no document in it
// closes it and removes its file and SQLite's companions (-wal, -shm,
// -journal): a failed or empty first run leaves nothing to puzzle over. A
// store holding any document stays (another run may have filled it).
// True when removed.
bool RemoveIfCreatedEmpty(bool db_existed, const std::string& db_path, std::unique_ptr<Store>* store);

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
// After a re-ingest: one stderr line per verdict that could not be attached
// to the new version (naming document and figure), and one for verdicts
// moved to a lightly edited sentence. Nothing for an unchanged document.
void ReportReviewChanges(const Store::IngestReport& report);
// "1st", "2nd", "3rd", "4th", "11th", "22nd": which figure with a text its
// sentence holds, for people.
std::string Ordinal(int n);

// The longest `sentence` a figure record carries (CONTRACT.md, FORMAT.md):
// a longer sentence (the segmenter allows kMaxSentenceBytes, 4,096, for
// tables and unpunctuated text) is given as the window of this many bytes
// around the figure, on code point boundaries, with sentence_start and
// sentence_end the window's exact offsets. Without it every figure of a
// 4 KB run of table cells repeated the 4 KB: extract wrote 200 times its
// input (issue 15).
inline constexpr size_t kRecordSentenceBytes = 1024;
// The figure as a record shows it: the sentence clipped to the window above.
Figure WithRecordSentence(const Figure& f);

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

// Out of memory (issue 15): std::bad_alloc, or std::length_error from an
// allocation past max_size(), anywhere in a command ends in one line on
// stderr, "claimcheck: <command>: out of memory while <step>", exit 2, with
// no temporary file left and the database as it was (transactions roll back
// as the exception unwinds). A Step names what the command is doing; the
// innermost open one is the step the line names. Steps are per thread.
class Step {
 public:
  explicit Step(std::string what);  // "extracting the figures of big.txt"
  ~Step();
  Step(const Step&) = delete;
  Step& operator=(const Step&) = delete;

 private:
  size_t depth_;
  int unwinding_;
};
// How many steps are open on this thread; a handler that recovers from an
// exception passes the depth it started at to OutOfMemoryReason.
size_t StepDepth();
// The innermost step above `depth` (the one that failed), which is cleared.
std::string TakeFailedStep(size_t depth);
// "out of memory while <step>" for the failed step above `depth`.
std::string OutOfMemoryReason(const std::exception& e, size_t depth);

// Reads all of stdin (for "-"), up to max_bytes.
Status ReadStdin(size_t max_bytes, std::string* out);

}  // namespace claimcheck::cli

#endif  // CLAIMCHECK_CLI_COMMANDS_H_
