// claimcheck docs [--db PATH] [--format table|jsonl|json|csv]: the stored
// documents with their role (an `auto` one with the role it resolves to and
// why), title, publisher, date and figure count.
// claimcheck rm [--db PATH] DOC...: removes documents with everything they own.
#include <cstdio>
#include <map>

#include "claimcheck/check.h"
#include "claimcheck/csv.h"
#include "claimcheck/store.h"
#include "claimcheck/store_transaction.h"
#include "claims/check/load.h"
#include "claims/check/roles.h"
#include "cli/commands.h"

namespace claimcheck::cli {
namespace {
// One ISO 8601 form for every document's date: the calendar date
// (YYYY-MM-DD, or YYYY-MM / YYYY when that is all the document says). A
// time of day ("2026-11-12T09:30:00Z") is dropped here; JSON keeps it in
// date_time (schema/FORMAT.md).
std::string CalendarDate(const std::string& date) {
  if (date.size() > 10 && date[4] == '-' && date[7] == '-' && (date[10] == 'T' || date[10] == ' ')) {
    return date.substr(0, 10);
  }
  return date;
}


struct DocsArgs {
  std::string db;
  std::string format = "table";
  RecordOptions record;
};

struct RmArgs {
  std::string db;
  std::vector<std::string> docs;
};

Status OpenExisting(const std::string& db_arg, std::unique_ptr<Store>* store) {
  StoreOptions opts;
  opts.create_if_missing = false;  // a typo in --db must not leave an empty database behind
  return Store::Open(db_arg.empty() ? DefaultDbPath() : db_arg, opts, store);
}

int RunDocs(const DocsArgs& a) {
  std::unique_ptr<Store> store;
  if (Status s = OpenExisting(a.db, &store); !s.ok()) return ReportError(s);
  CheckInput in;
  std::map<long long, long long> counts;
  Status s = LoadCheckInput(store.get(), &in);
  if (s.ok()) s = store->FigureCounts(&counts);
  if (!s.ok()) return ReportError(s);
  std::vector<DocumentRole> roles = EffectiveRoles(in);

  if (a.format == "jsonl" || a.format == "json") {
    nlohmann::ordered_json arr = nlohmann::ordered_json::array();
    for (size_t i = 0; i < in.documents.size(); ++i) {
      const StoredDocument& d = in.documents[i];
      auto str = [](const std::string& v) {
        return v.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(v);
      };
      nlohmann::ordered_json j;
      j["id"] = d.id;
      j["doc"] = d.path;
      j["doc_id"] = d.doc_id;
      j["role"] = d.role;
      j["checked_as"] = roles[i].role;
      if (roles[i].also_article) j["also_checked_as_article"] = true;
      j["role_reason"] = roles[i].why;
      j["title"] = str(d.title);
      j["publisher"] = str(d.publisher);
      j["author"] = str(d.author);
      j["genre"] = str(d.genre);  // "wire" for an agency's copy, else null
      j["date"] = str(CalendarDate(d.date));
      j["date_time"] = str(d.date);  // as the document gave it (may carry a time of day)
      j["url"] = str(d.url);
      j["lang"] = d.lang;
      j["format"] = d.format;
      j["pages"] = d.page_count > 0 ? nlohmann::ordered_json(d.page_count) : nullptr;
      j["figures"] = counts.count(d.id) ? counts[d.id] : 0;
      j["ingested_at"] = d.ingested_at;
      nlohmann::ordered_json cites = nlohmann::ordered_json::array();
      for (const Citation& c : roles[i].cites) cites.push_back(in.documents[c.cited].path);
      j["cites"] = cites;
      if (a.format == "jsonl") {
        std::printf("%s\n",
                    j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace).c_str());
      } else {
        arr.push_back(std::move(j));
      }
    }
    if (a.format == "json") {
      std::printf("%s\n", arr.dump(2, ' ', false, nlohmann::json::error_handler_t::replace).c_str());
    }
    return kExitOk;
  }

  if (a.format == "csv") {
    std::string out = a.record.excel ? kUtf8Bom : "";
    out += CsvRow({"id", "doc", "role", "checked_as", "role_reason", "title", "publisher", "date",
                   "lang", "format", "figures", "doc_id"});
    for (size_t i = 0; i < in.documents.size(); ++i) {
      const StoredDocument& d = in.documents[i];
      out += CsvRow({std::to_string(d.id), d.path, d.role, roles[i].role, roles[i].why, d.title,
                     d.publisher, CalendarDate(d.date), d.lang, d.format,
                     std::to_string(counts.count(d.id) ? counts[d.id] : 0), d.doc_id});
    }
    std::fputs(out.c_str(), stdout);
    return kExitOk;
  }

  std::vector<std::vector<std::string>> rows;
  for (size_t i = 0; i < in.documents.size(); ++i) {
    const StoredDocument& d = in.documents[i];
    std::string role = d.role == "auto" ? roles[i].role + " (auto: " + roles[i].why + ")" : d.role;
    rows.push_back({std::to_string(d.id), d.path, role, d.title, d.publisher, CalendarDate(d.date),
                    std::to_string(counts.count(d.id) ? counts[d.id] : 0)});
  }
  WriteTable({"id", "doc", "role", "title", "publisher", "date", "figures"}, rows, stdout);
  std::fprintf(stderr, "%zu document%s\n", in.documents.size(),
               in.documents.size() == 1 ? "" : "s");
  return kExitOk;
}

int RunRm(const RmArgs& a) {
  std::unique_ptr<Store> store;
  if (Status s = OpenExisting(a.db, &store); !s.ok()) return ReportError(s);
  // All or nothing: `rm a b` where b is not stored removes nothing.
  StoreTransaction txn(store.get());
  if (Status s = txn.Begin(); !s.ok()) return ReportError(s);
  std::vector<std::string> done;
  for (const std::string& doc : a.docs) {
    std::map<long long, long long> counts;
    StoredDocument d;
    Status s = store->FindDocument(doc, &d);
    if (s.ok()) s = store->FigureCounts(&counts);
    if (s.ok()) s = store->RemoveDocument(d.path, &d);
    if (!s.ok()) {
      return ReportError(a.docs.size() > 1 ? s.message() + "; nothing was removed" : s.message());
    }
    long long n = counts.count(d.id) ? counts[d.id] : 0;
    done.push_back("removed " + d.path + " (" + d.role + ", " + std::to_string(n) + " figure" +
                   (n == 1 ? "" : "s") + ") and its reviews");
  }
  if (Status s = txn.Commit(); !s.ok()) return ReportError(s);
  for (const std::string& line : done) std::fprintf(stderr, "claimcheck: %s\n", line.c_str());
  return kExitOk;
}

}  // namespace

void AddDocsCommand(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<DocsArgs>();
  CLI::App* cmd = app.add_subcommand(
      "docs", "List stored documents: role, title, publisher, date and figure count");
  cmd->add_option("--db", args->db, "Database (default: $CLAIMCHECK_DB or claims.db)");
  cmd->add_option("--format", args->format, "table (default), jsonl, json or csv")
      ->check(CLI::IsMember({"table", "jsonl", "json", "csv"}));
  cmd->add_flag("--excel", args->record.excel,
                "CSV for Excel: start with a UTF-8 byte order mark");
  cmd->callback([args, exit_code] { *exit_code = RunDocs(*args); });
}

void AddRmCommand(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<RmArgs>();
  CLI::App* cmd = app.add_subcommand(
      "rm",
      "Remove documents with everything they own (figures, sentences, aliases, reviews, the "
      "findings that involve them)");
  cmd->add_option("docs", args->docs, "Documents: path, row id or content-hash prefix")
      ->required();
  cmd->add_option("--db", args->db, "Database (default: $CLAIMCHECK_DB or claims.db)");
  cmd->callback([args, exit_code] { *exit_code = RunRm(*args); });
}

}  // namespace claimcheck::cli
