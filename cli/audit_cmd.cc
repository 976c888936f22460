// claimcheck audit ARTICLE [--sources FILE...] [--db PATH] -o SHEET.EXT: the
// claim audit sheet of one article (CONTRACT.md). The article and the given
// sources are ingested (a no-op when already stored), the article's figures
// are checked against those sources (or, without --sources, against every
// stored source), and the sheet is written in the format the extension
// names. Exit 1 when the sheet holds a conflict or an unsupported figure, 0
// otherwise, 2 on bad input; the sheet file is written whole or not at all.
#include <cstdio>
#include <set>

#include "claimcheck/audit.h"
#include "claimcheck/check.h"
#include "claimcheck/document.h"
#include "claimcheck/extract.h"
#include "claimcheck/rules.h"
#include "claimcheck/store.h"
#include "claimcheck/util.h"
#include "cli/commands.h"

namespace claimcheck::cli {
namespace {

// Kept in step with the --version string in main.cc.
constexpr const char* kToolVersion = "0.1.0";

struct AuditArgs {
  std::string article;
  std::vector<std::string> sources;
  std::string db;
  std::string out;
  std::string lang = "auto";
  std::string rules;
  std::string reviewer;
  std::string review_url;
  bool quiet = false;
};

struct Loaded {
  Document doc;
  Extraction ex;
};

Status Load(Extractor& extractor, const std::string& path, const std::string& lang, Loaded* out) {
  Status s = ReadDocument(path, ReadOptions(), &out->doc);
  if (s.ok()) s = extractor.Extract(out->doc, lang, &out->ex);
  return s;
}

int RunAudit(const AuditArgs& a) {
  AuditFormat format;
  if (!AuditFormatFromPath(a.out, &format)) {
    return ReportError(a.out + ": unknown sheet format (use .csv, .md, .html, .xlsx, .json or .jsonld)");
  }
  const std::string rules = a.rules.empty() ? DefaultRulesDir() : a.rules;
  Extractor extractor(rules);

  // Every document is read and extracted before the database is touched, so
  // an unreadable source stops the run with nothing stored and no sheet.
  Loaded article;
  if (Status s = Load(extractor, a.article, a.lang, &article); !s.ok()) return ReportError(s);
  std::vector<Loaded> sources(a.sources.size());
  for (size_t i = 0; i < a.sources.size(); ++i) {
    if (Status s = Load(extractor, a.sources[i], a.lang, &sources[i]); !s.ok()) return ReportError(s);
    if (sources[i].doc.id == article.doc.id) {
      return ReportError(a.sources[i] + ": is the article itself, not a source");
    }
  }

  std::unique_ptr<Store> store;
  const std::string db = a.db.empty() ? DefaultDbPath() : a.db;
  if (Status s = Store::Open(db, &store); !s.ok()) return ReportError(s);
  Store::IngestOutcome outcome;
  if (Status s = store->Ingest(article.doc, "article", article.ex, &outcome); !s.ok()) return ReportError(s);
  for (const Loaded& l : sources) {
    if (Status s = store->Ingest(l.doc, "source", l.ex, &outcome); !s.ok()) return ReportError(s);
  }

  // The stored records (with row ids) are what the checker and the sheet use,
  // so the sheet cites exactly what `claimcheck claims` lists.
  AuditInput in;
  Status s = store->FindDocument(article.doc.id, &in.article);
  if (s.ok() && a.sources.empty()) {
    std::vector<StoredDocument> all;
    s = store->Documents(&all);
    for (StoredDocument& d : all) {
      if (d.role == "source" && d.doc_id != in.article.doc_id) in.sources.push_back(std::move(d));
    }
  }
  std::set<std::string> seen;
  for (size_t i = 0; s.ok() && i < sources.size(); ++i) {
    if (!seen.insert(sources[i].doc.id).second) continue;  // the same file given twice
    StoredDocument d;
    s = store->FindDocument(sources[i].doc.id, &d);
    if (s.ok()) in.sources.push_back(std::move(d));
  }
  if (s.ok()) s = store->Figures(FigureFilter{in.article.doc_id, ""}, &in.article_figures);
  for (size_t i = 0; s.ok() && i < in.sources.size(); ++i) {
    std::vector<Figure> figs;
    s = store->Figures(FigureFilter{in.sources[i].doc_id, ""}, &figs);
    in.source_figures.insert(in.source_figures.end(), figs.begin(), figs.end());
  }
  CheckInput check;
  if (s.ok()) s = store->Aliases(&check.aliases);
  if (!s.ok()) return ReportError(s);
  in.article_text = article.doc.text;

  check.documents.push_back(in.article);
  check.documents.insert(check.documents.end(), in.sources.begin(), in.sources.end());
  check.figures = in.article_figures;
  check.figures.insert(check.figures.end(), in.source_figures.begin(), in.source_figures.end());
  CheckOptions opts;
  opts.rules_dir = rules;
  opts.report_matches = true;  // supported rows cite the confirming passage
  if (s = CheckFigures(check, opts, &in.findings); !s.ok()) return ReportError(s);

  AuditSheet sheet = BuildAuditSheet(in);
  sheet.tool_version = kToolVersion;
  sheet.generated_at = NowIso8601();
  sheet.reviewer = a.reviewer;
  sheet.review_url = a.review_url;
  if (s = WriteAuditSheet(sheet, a.out); !s.ok()) return ReportError(s);

  if (!a.quiet) {
    auto counts = sheet.Counts();
    std::string summary;
    for (int i = 0; i < kAuditStatusCount; ++i) {
      if (counts[i] == 0) continue;
      summary += std::string(summary.empty() ? "" : ", ") + std::to_string(counts[i]) + " " +
                 AuditStatusLabel(static_cast<AuditStatus>(i));
    }
    std::fprintf(stderr, "claimcheck: wrote %s: %zu figure%s%s%s\n", a.out.c_str(), sheet.rows.size(),
                 sheet.rows.size() == 1 ? "" : "s", summary.empty() ? "" : ": ", summary.c_str());
  }
  return sheet.NeedsAttention() ? kExitFindings : kExitOk;
}

}  // namespace

void AddAuditCommand(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<AuditArgs>();
  CLI::App* cmd = app.add_subcommand(
      "audit", "Write the claim audit sheet of one article: every figure, its source passage, a status");
  cmd->add_option("article", args->article, "The article to audit")->required();
  cmd->add_option("--sources", args->sources,
                  "Source documents to check against (default: every source in the database)");
  cmd->add_option("-o,--output", args->out, "Sheet to write: .csv .md .html .xlsx .json or .jsonld")
      ->required();
  cmd->add_option("--db", args->db, "Database (default: $CLAIMCHECK_DB or claims.db)");
  cmd->add_option("--lang", args->lang, "en, es, ... or auto (declared, else detected, else en)");
  cmd->add_option("--rules", args->rules, "Rules folder (default: $CLAIMCHECK_RULES or the bundled rules/)");
  cmd->add_option("--reviewer", args->reviewer, "Who publishes the review (ClaimReview author)");
  cmd->add_option("--review-url", args->review_url,
                  "Where the review is published (ClaimReview url; rows are #row-N anchors)");
  cmd->add_flag("-q,--quiet", args->quiet, "Do not print the summary line on stderr");
  cmd->footer(
      "Statuses: supported, supported_with_note, conflict, unsupported, not_checked.\n"
      "Exit status: 0 no conflict or unsupported figure, 1 conflicts or unsupported figures found,\n"
      "2 bad usage or unreadable input (nothing is written).");
  cmd->callback([args, exit_code] { *exit_code = RunAudit(*args); });
}

}  // namespace claimcheck::cli
