// claimcheck claims [--db PATH] [--doc PATH|ID] [--kind K] [--format F]:
// lists stored figures as complete figure records.
#include <cstdio>

#include "claimcheck/store.h"
#include "cli/commands.h"

namespace claimcheck::cli {
namespace {

struct ClaimsArgs {
  std::string db;
  std::string doc;
  std::string kind;
  std::string format = "jsonl";
  RecordOptions record;
};

int RunClaims(const ClaimsArgs& a) {
  Kind kind;
  if (!a.kind.empty() && !ParseKind(a.kind, &kind)) {
    return ReportError("--kind: unknown kind '" + a.kind +
                       "' (count, percent, money, measure, date, duration, ordinal)");
  }
  StoreOptions opts;
  opts.create_if_missing = false;  // a typo in --db must not leave an empty database behind
  std::unique_ptr<Store> store;
  Status s = Store::Open(a.db.empty() ? DefaultDbPath() : a.db, opts, &store);
  if (!s.ok()) return ReportError(s);
  std::vector<Figure> figures;
  s = store->Figures(FigureFilter{a.doc, a.kind}, &figures);
  if (!s.ok()) return ReportError(s);
  WriteFigures(figures, a.format, stdout, a.record);
  return kExitOk;
}

}  // namespace

void AddClaimsCommand(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<ClaimsArgs>();
  CLI::App* cmd = app.add_subcommand("claims", "List stored figures");
  cmd->add_option("--db", args->db, "Database (default: $CLAIMCHECK_DB or claims.db)");
  cmd->add_option("--doc", args->doc,
                  "Only this document: its path, row id or content-hash prefix");
  cmd->add_option("--kind", args->kind,
                  "Only this kind: count, percent, money, measure, date, ...");
  cmd->add_option("--format", args->format, "jsonl (default), json, csv or table")
      ->check(CLI::IsMember({"jsonl", "json", "csv", "table"}));
  cmd->add_flag("--excel", args->record.excel,
                "CSV for Excel: start with a UTF-8 byte order mark (pandas: encoding='utf-8-sig')");
  cmd->callback([args, exit_code] { *exit_code = RunClaims(*args); });
}

}  // namespace claimcheck::cli
