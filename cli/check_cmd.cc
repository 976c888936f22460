// claimcheck check [--db PATH] [--format table|jsonl|json] [--doc D] [--explain]: compares the
// figures of every stored document and prints the findings (CONTRACT.md).
// Exit 0 when no finding is a warning or an error, 1 when one is, 2 when the
// database cannot be read.
#include <cstdio>

#include "claimcheck/check.h"
#include "claimcheck/rules.h"
#include "claimcheck/store.h"
#include "claims/check/load.h"
#include "claims/check/roles.h"
#include "cli/commands.h"

namespace claimcheck::cli {
namespace {

struct CheckArgs {
  std::string db;
  std::string format = "table";
  std::string rules;
  bool matches = false;
  bool pairs = false;
  bool save = true;
  bool explain = false;
  bool format_given = false;  // --format on the command line (--pairs defaults to jsonl)
  std::string doc;  // only this article's findings are printed
};

std::string Excerpt(const std::string& sentence, size_t limit) {
  if (sentence.size() <= limit) return sentence;
  size_t cut = limit;
  while (cut > 0 && (static_cast<unsigned char>(sentence[cut]) & 0xC0) == 0x80) --cut;  // whole UTF-8 chars
  return sentence.substr(0, cut) + "\xE2\x80\xA6";
}

// The table an editor reads; `explain` adds the pairing evidence (identity
// scores, shared words) that only someone tuning the checker needs.
void WriteTable(const std::vector<Finding>& findings, bool explain, std::FILE* out) {
  size_t counts[3] = {0, 0, 0};
  for (const Finding& f : findings) {
    ++counts[static_cast<int>(f.severity)];
    std::fprintf(out, "%-8s %-21s %s\n", SeverityName(f.severity), f.type.c_str(), f.message.c_str());
    if (!f.suggestion.empty()) std::fprintf(out, "%31s suggestion: %s\n", "", f.suggestion.c_str());
    for (size_t i = 0; i < f.claims.size(); ++i) {
      const Figure& c = f.claims[i];
      // Arithmetic findings hold several figures of one sentence; show it once.
      bool shown = false;
      for (size_t k = 0; k < i; ++k) {
        shown = shown || (f.claims[k]->doc == c.doc && f.claims[k]->sentence_start == c.sentence_start);
      }
      if (shown) continue;
      std::string where = c.doc + (c.page > 0 ? " p." + std::to_string(c.page) : "") + " para " +
                          std::to_string(c.paragraph);
      std::fprintf(out, "%31s %s: \"%s\"\n", "", where.c_str(), Excerpt(c.sentence, 160).c_str());
    }
    if (explain && !f.reasons.empty() && f.type != "arithmetic" && f.type != "unsupported") {
      std::string r;
      for (const std::string& s : f.reasons) r += (r.empty() ? "" : "; ") + s;
      std::fprintf(out, "%31s paired (score %.2f): %s\n", "", f.score, r.c_str());
    }
  }
  std::fprintf(out, "%zu finding%s: %zu error%s, %zu warning%s, %zu info\n", findings.size(),
               findings.size() == 1 ? "" : "s", counts[2], counts[2] == 1 ? "" : "s", counts[1],
               counts[1] == 1 ? "" : "s", counts[0]);
}

int RunCheck(const CheckArgs& a) {
  const std::string db = a.db.empty() ? DefaultDbPath() : a.db;
  StoreOptions sopts;
  sopts.create_if_missing = false;  // checking an empty new file would hide a typo in --db
  std::unique_ptr<Store> store;
  if (Status s = Store::Open(db, sopts, &store); !s.ok()) return ReportError(s);
  // --doc is resolved before anything is saved: a document that is not
  // there is bad usage, and the stored findings stay as they were.
  StoredDocument only;
  if (!a.doc.empty()) {
    if (Status s = store->FindDocument(a.doc, &only); !s.ok()) return ReportError(s);
  }
  CheckInput in;
  Status s = LoadCheckInput(store.get(), &in);
  if (!s.ok()) return ReportError(s);

  // A store with nothing to compare is said so, not passed as clean.
  const std::string rules_dir = a.rules.empty() ? DefaultRulesDir() : a.rules;
  // The roles are read here for these two messages only (CheckFigures reads
  // its own): not held through the check, whose peak they would raise.
  std::vector<DocumentRole> roles = EffectiveRoles(in, rules_dir);
  if (std::string why = NothingToCompare(in, roles); !why.empty()) {
    std::fprintf(stderr, "claimcheck: %s: %s\n", db.c_str(), why.c_str());
    if (a.save) {
      if (s = store->SaveFindings({}); !s.ok()) return ReportError(s);
    }
    if (a.format == "json") std::fprintf(stdout, "[]\n");
    return kExitOk;
  }

  if (std::string note = NoSourceNote(roles); !note.empty()) {
    std::fprintf(stderr, "claimcheck: note: %s\n", note.c_str());
  }
  std::vector<DocumentRole>().swap(roles);

  CheckOptions opts;
  opts.rules_dir = rules_dir;
  opts.report_matches = a.matches;
  std::vector<Finding> findings;
  std::vector<Alignment> pairs;
  if (s = CheckFigures(in, opts, &findings, nullptr, a.pairs ? &pairs : nullptr); !s.ok()) {
    return ReportError(s);
  }
  // Stored before printing: a failed write is reported, and nothing is shown
  // as if it had been recorded.
  if (a.save) {
    if (s = store->SaveFindings(findings); !s.ok()) return ReportError(s);
  }

  // --doc: the findings about one article (all are still saved above).
  if (!a.doc.empty()) {
    const StoredDocument& d = only;
    std::erase_if(findings, [&](const Finding& f) { return f.claims.empty() || f.claims[0]->doc != d.path; });
    std::erase_if(pairs, [&](const Alignment& p) { return p.figure->doc != d.path; });
  }

  if (a.pairs && a.format_given && a.format == "table") {
    // The alignment for people: one line per article figure.
    std::vector<std::vector<std::string>> rows;
    for (const Alignment& p : pairs) {
      const Figure& f = *p.figure;
      char identity[16];
      std::snprintf(identity, sizeof identity, "%.3f", p.identity);
      const bool src = static_cast<bool>(p.source);
      rows.push_back({f.doc, std::to_string(f.paragraph), f.text, src ? p.source->doc.str() : std::string(),
                      src ? std::to_string(p.source->paragraph) : std::string(),
                      src ? p.source->text : std::string(), src ? std::string(identity) : std::string(), p.verdict});
    }
    const std::vector<std::string> header = {"doc", "para", "figure", "source", "para", "source figure", "identity", "verdict"};
    claimcheck::cli::WriteTable(header, rows, stdout);
  } else if (a.pairs && a.format_given && a.format == "json") {
    nlohmann::ordered_json arr = nlohmann::ordered_json::array();
    for (const Alignment& p : pairs) arr.push_back(AlignmentToJson(p));
    std::fprintf(stdout, "%s\n", arr.dump(2, ' ', false, nlohmann::json::error_handler_t::replace).c_str());
  } else if (a.pairs) {
    // The aligner's output, one record per article figure, instead of the findings.
    for (const Alignment& p : pairs) {
      std::fprintf(stdout, "%s\n",
                   AlignmentToJson(p).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace).c_str());
    }
  } else if (a.format == "jsonl") {
    std::string line;
    for (const Finding& f : findings) {
      line.clear();
      AppendFindingJson(f, &line);
      line.push_back('\n');
      std::fwrite(line.data(), 1, line.size(), stdout);
    }
  } else if (a.format == "json") {
    nlohmann::ordered_json arr = nlohmann::ordered_json::array();
    for (const Finding& f : findings) arr.push_back(FindingToJson(f));
    std::fprintf(stdout, "%s\n", arr.dump(2, ' ', false, nlohmann::json::error_handler_t::replace).c_str());
  } else {
    WriteTable(findings, a.explain, stdout);
  }
  for (const Finding& f : findings) {
    if (f.severity != Severity::kInfo) return kExitFindings;
  }
  return kExitOk;
}

}  // namespace

void AddCheckCommand(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<CheckArgs>();
  CLI::App* cmd = app.add_subcommand(
      "check", "Compare figures across the stored documents and print the findings");
  cmd->add_option("--db", args->db, "Database (default: $CLAIMCHECK_DB or claims.db)");
  CLI::Option* format = cmd->add_option("--format", args->format,
                                        "table, jsonl or json (with --pairs: jsonl unless given)")
                            ->check(CLI::IsMember({"table", "jsonl", "json"}));
  cmd->add_option("--rules", args->rules,
                  "Rules folder (default: $CLAIMCHECK_RULES or the bundled rules/)");
  cmd->add_flag("--matches", args->matches,
                "Also list article figures a source confirms (type supported, severity info)");
  cmd->add_flag("--pairs", args->pairs,
                "Print the alignment instead of the findings: one JSON record per article figure with "
                "the chosen source figure, the identity score and the verdict per attribute");
  cmd->add_flag("!--no-save", args->save, "Do not replace the findings stored in the database");
  cmd->add_option("--doc", args->doc,
                  "Only print the findings about this document (path, row id or hash prefix; "
                  "the exit status follows what is printed; all findings are still saved)");
  cmd->add_flag("--explain", args->explain,
                "In the table, also print how each figure was paired (identity scores, shared words)");
  cmd->footer(
      "Roles: documents stored as auto are articles when they cite another stored document\n"
      "(claimcheck docs shows how each was read). A store with nothing to compare (one document,\n"
      "or only sources) is said on stderr, with no findings and exit status 0.\n"
      "Exit status: 0 no warning or error, 1 warnings or errors found, 2 bad usage or unreadable "
      "database.");
  cmd->callback([args, exit_code, format] {
    args->format_given = format->count() > 0;
    *exit_code = RunCheck(*args);
  });
}

}  // namespace claimcheck::cli
