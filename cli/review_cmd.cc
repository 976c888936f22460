// claimcheck review: the editor's desk from the command line.
//   review ARTICLE                      lists the article's audit rows
//   review ARTICLE ROW --verdict V --by INITIALS [--note T] [--correction T]
//                                       records a human verdict on one row
//   review ARTICLE --history            every change made to its reviews
//   review import SHEET.xlsx|SHEET.csv  reads a filled-in sheet back
// A verdict overrides the machine's status in every sheet; every change is
// kept in the append-only review_history table (who, when, old and new).
#include <cstdio>

#include "claimcheck/audit.h"
#include "claimcheck/rules.h"
#include "claimcheck/store.h"
#include "claimcheck/util.h"
#include "cli/commands.h"

namespace claimcheck::cli {
namespace {

struct ReviewArgs {
  std::vector<std::string> words;  // ARTICLE [ROW], or import SHEET
  std::string db;
  std::string rules;
  std::string verdict, by, article;
  std::optional<std::string> note, correction;
  bool history = false;
};

Status OpenExisting(const std::string& db, std::unique_ptr<Store>* store) {
  StoreOptions opts;
  opts.create_if_missing = false;  // reviewing needs articles: never create an empty database
  return Store::Open(db.empty() ? DefaultDbPath() : db, opts, store);
}

std::string Clip(const std::string& s, size_t n) {
  std::string one = CollapseSpace(s);
  if (one.size() <= n) return one;
  size_t cut = n - 3;
  while (cut > 0 && (static_cast<unsigned char>(one[cut]) & 0xC0) == 0x80) --cut;
  return one.substr(0, cut) + "...";
}

const AuditRow* FindRow(const AuditSheet& sheet, const std::string& row) {
  for (const AuditRow& r : sheet.rows) {
    if (std::to_string(r.number) == row || r.row_id == row) return &r;
  }
  return nullptr;
}

int ListRows(const AuditSheet& sheet) {
  std::printf("%s: %zu rows (%d verified)\n", sheet.article.path.c_str(), sheet.rows.size(),
              sheet.SignOffOf().verified);
  // WriteTable pads by display width, so a row whose figure holds "£" or
  // "€" (two or three bytes) keeps its columns (trial9).
  std::vector<std::vector<std::string>> rows;
  for (const AuditRow& r : sheet.rows) {
    rows.push_back({std::to_string(r.number), r.row_id, AuditStatusName(r.status),
                    r.Reviewed() ? r.verdict : "-",
                    r.reviewer_initials.empty() ? "-" : r.reviewer_initials, Clip(r.figure.text, 22),
                    Clip(r.figure.sentence, 70)});
  }
  WriteTable({"row", "row_id", "status", "verdict", "by", "figure", "sentence"}, rows, stdout);
  return kExitOk;
}

int ListHistory(Store* store, const AuditSheet& sheet) {
  std::vector<ReviewHistoryEntry> history;
  if (Status s = store->ReviewHistory(sheet.article.path, &history); !s.ok()) return ReportError(s);
  std::vector<std::vector<std::string>> rows;
  for (const ReviewHistoryEntry& e : history) {
    std::string change = (e.old_verdict.empty() ? "new" : e.old_verdict) + " -> " + e.new_verdict;
    if (e.old_note != e.new_note) change += "; note: " + Clip(e.new_note, 40);
    if (e.old_correction != e.new_correction) change += "; correction: " + Clip(e.new_correction, 40);
    // The second "2024-25" of a sentence is another row than the first.
    std::string figure = Clip(e.figure_text, 22);
    if (e.occurrence > 1) figure += " (" + Ordinal(e.occurrence) + ")";
    rows.push_back({e.changed_at, e.reviewer, e.via, figure, change});
  }
  WriteTable({"changed_at", "by", "via", "figure", "change"}, rows, stdout);
  return kExitOk;
}

int Record(Store* store, const AuditSheet& sheet, const ReviewArgs& a) {
  const std::string& want = a.words[1];
  const AuditRow* row = FindRow(sheet, want);
  if (!row) {
    return ReportError(sheet.article.path + ": no row " + want + " (rows 1 to " +
                       std::to_string(sheet.rows.size()) + "; `claimcheck review " +
                       sheet.article.path + "` lists them)");
  }
  if (a.verdict.empty()) return ReportError("review: --verdict is required to record a verdict");
  ReviewChange c;
  if (!ParseVerdict(a.verdict, &c.verdict)) {
    std::string list;
    for (const std::string& v : ReviewVerdicts()) list += (list.empty() ? "" : ", ") + v;
    return ReportError("review: --verdict must be one of " + list + ", not '" + a.verdict + "'");
  }
  if (CollapseSpace(a.by).empty()) {
    return ReportError("review: --by INITIALS is required (who gives the verdict)");
  }
  c.reviewer = CollapseSpace(a.by);
  // Options left out keep what the review already says.
  c.note = a.note ? *a.note : row->reviewer_note;
  c.correction = a.correction ? *a.correction : row->correction;
  c.via = "cli";
  std::vector<bool> changed;
  if (Status s = store->RecordReviews({{row->figure, c}}, &changed); !s.ok()) return ReportError(s);
  std::string before = row->verdict.empty() ? "not reviewed" : row->verdict;
  if (changed.empty() || !changed[0]) {
    std::fprintf(stderr, "claimcheck: row %d ('%s'): unchanged (%s by %s)\n", row->number,
                 row->figure.text.c_str(), c.verdict.c_str(), c.reviewer.c_str());
  } else {
    std::fprintf(stderr, "claimcheck: row %d ('%s'): %s -> %s by %s\n", row->number,
                 row->figure.text.c_str(), before.c_str(), c.verdict.c_str(), c.reviewer.c_str());
  }
  return kExitOk;
}

int Import(Store* store, const ReviewArgs& a) {
  const std::string& path = a.words[1];
  ImportedSheet sheet;
  if (Status s = ReadFilledSheet(path, &sheet); !s.ok()) return ReportError(s);
  ImportOutcome out;
  if (Status s = ImportReviews(store, sheet, path, a.article, &out); !s.ok()) return ReportError(s);
  for (const std::string& line : out.changes) std::printf("changed %s\n", line.c_str());
  std::fprintf(stderr, "claimcheck: %s: %zu row%s changed, %d unchanged (%s)\n", path.c_str(),
               out.changes.size(), out.changes.size() == 1 ? "" : "s", out.unchanged,
               out.article.c_str());
  return kExitOk;
}

int RunReview(const ReviewArgs& a) {
  if (a.words.empty()) return ReportError("review: give an ARTICLE (or: review import SHEET)");
  bool import = a.words[0] == "import";
  if (import && a.words.size() != 2) {
    return ReportError("review import: give one filled-in sheet (.xlsx or .csv)");
  }
  if (!import && a.words.size() > 2) return ReportError("review: give ARTICLE and at most one ROW");
  if (!import && a.words.size() == 1 &&
      (!a.verdict.empty() || !a.by.empty() || a.note || a.correction)) {
    return ReportError("review: which row? `claimcheck review " + a.words[0] +
                       "` lists them; then `claimcheck review " + a.words[0] +
                       " ROW --verdict ... --by INITIALS`");
  }
  std::unique_ptr<Store> store;
  if (Status s = OpenExisting(a.db, &store); !s.ok()) return ReportError(s);
  if (import) return Import(store.get(), a);

  StoredSheetOptions opts;
  opts.rules_dir = a.rules.empty() ? DefaultRulesDir() : a.rules;
  AuditSheet sheet;
  Status s = BuildStoredSheet(store.get(), a.words[0], opts, &sheet);
  if (s.code() == Status::Code::kNotFound) {
    return ReportError(a.words[0] + ": not in the database (ingest it first: claimcheck ingest "
                                    "--role article " + a.words[0] + ")");
  }
  if (!s.ok()) return ReportError(s);
  if (a.history) return ListHistory(store.get(), sheet);
  if (a.words.size() == 1) return ListRows(sheet);
  return Record(store.get(), sheet, a);
}

}  // namespace

void AddReviewCommand(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<ReviewArgs>();
  CLI::App* cmd = app.add_subcommand(
      "review", "List an article's audit rows, record a human verdict on one, or import a sheet");
  cmd->add_option("ARTICLE", args->words,
                  "ARTICLE [ROW] (path, id or hash prefix; ROW is the number or row id), or: "
                  "import SHEET.xlsx|SHEET.csv")
      ->type_name("[ROW] | import SHEET");
  cmd->add_option("--verdict", args->verdict,
                  "correct, incorrect, misleading, unverifiable, not_a_claim (or pending)");
  cmd->add_option("--by", args->by, "The reviewer's initials");
  cmd->add_option("--note", args->note, "A note for the row (kept when left out)");
  cmd->add_option("--correction", args->correction,
                  "The corrected wording, for incorrect or misleading rows");
  cmd->add_option("--article", args->article,
                  "review import: refuse the sheet unless it is this article's");
  cmd->add_flag("--history", args->history, "List every change made to the article's reviews");
  cmd->add_option("--db", args->db, "Database (default: $CLAIMCHECK_DB or claims.db)");
  cmd->add_option("--rules", args->rules,
                  "Rules folder (default: $CLAIMCHECK_RULES or the bundled rules/)");
  cmd->footer(
      "Examples:\n"
      "  claimcheck review article.txt\n"
      "  claimcheck review article.txt 3 --verdict incorrect --by AB --correction '96 countries'\n"
      "  claimcheck review import sheet.xlsx\n"
      "Every change is kept (review --history). Exit status: 0 done, 2 bad usage or input\n"
      "(nothing is written).");
  cmd->callback([args, exit_code] { *exit_code = RunReview(*args); });
}

}  // namespace claimcheck::cli
