#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>

#include "claimcheck/csv.h"
#include "claimcheck/extract.h"
#include "claimcheck/figure_json.h"
#include "cli/commands.h"

namespace claimcheck::cli {

int ReportError(const std::string& message) {
  std::fprintf(stderr, "claimcheck: %s\n", message.c_str());
  return kExitBadInput;
}

int ReportError(const Status& s) { return ReportError(s.message()); }

void ReportWarning(const std::string& warning) {
  if (!warning.empty()) std::fprintf(stderr, "claimcheck: warning: %s\n", warning.c_str());
}

int CheckLangOption(const std::string& rules_dir, const std::string& lang) {
  Extractor probe(rules_dir);
  if (lang == "auto" || probe.HasRules(lang)) return 0;
  std::vector<std::string> have;
  std::error_code ec;
  for (const auto& e : std::filesystem::directory_iterator(rules_dir, ec)) {
    if (e.is_directory(ec)) have.push_back(e.path().filename().string());
  }
  std::sort(have.begin(), have.end());
  std::string list;
  for (const std::string& h : have) list += (list.empty() ? "" : ", ") + h;
  return ReportError("--lang " + lang + ": no rules for that language under " + rules_dir +
                     " (rules exist for: " + list +
                     "); use --lang auto to read it with English rules and a warning");
}

void AddReadLimitOptions(CLI::App* cmd, ReadOptions* opts) {
  // Stored in MiB on the command line, bytes in ReadOptions; the transform
  // keeps one source of truth (the defaults in document.h).
  auto mib = [](size_t* target) {
    return [target](const std::string& v) {
      *target = static_cast<size_t>(std::stoull(v)) << 20;
    };
  };
  cmd->add_option_function<std::string>("--max-file-mb", mib(&opts->max_bytes),
                                         "Refuse files larger than this (MiB; default " +
                                             std::to_string(opts->max_bytes >> 20) + ")")
      ->check(CLI::PositiveNumber);
  cmd->add_option_function<std::string>("--max-text-mb", mib(&opts->max_text_bytes),
                                         "Refuse documents with more extracted text (MiB; default " +
                                             std::to_string(opts->max_text_bytes >> 20) + ")")
      ->check(CLI::PositiveNumber);
  cmd->add_option("--max-pdf-pages", opts->max_pdf_pages,
                  "Refuse PDFs with more pages (default " + std::to_string(opts->max_pdf_pages) + ")")
      ->check(CLI::PositiveNumber);
}

Status ReadStdin(size_t max_bytes, std::string* out) {
  out->clear();
  char buf[1 << 16];
  ssize_t n;
  while ((n = read(0, buf, sizeof buf)) > 0) {
    if (out->size() + static_cast<size_t>(n) > max_bytes) {
      return Status::InvalidArgument("-: input too large (the limit is " + std::to_string(max_bytes) +
                                     " bytes)");
    }
    out->append(buf, static_cast<size_t>(n));
  }
  if (n < 0) return Status::IOError("-: cannot read standard input");
  return Status::Ok();
}

namespace {
std::string ValueText(const FigureValue& v) { return ValueToJson(v).dump(); }
std::string Unquote(std::string s) {
  if (s.size() >= 2 && s.front() == '"') s = s.substr(1, s.size() - 2);
  return s;
}
}  // namespace

bool WriteFigures(const std::vector<Figure>& figures, const std::string& format, std::FILE* out) {
  if (format == "jsonl") {
    std::string buf;
    for (const Figure& f : figures) {
      AppendFigureJsonLine(f, &buf);
      if (buf.size() > (1 << 16)) {
        std::fwrite(buf.data(), 1, buf.size(), out);
        buf.clear();
      }
    }
    std::fwrite(buf.data(), 1, buf.size(), out);
  } else if (format == "json") {
    nlohmann::ordered_json arr = nlohmann::ordered_json::array();
    for (const Figure& f : figures) arr.push_back(FigureToJson(f));
    std::fprintf(out, "%s\n", arr.dump(2, ' ', false, nlohmann::json::error_handler_t::replace).c_str());
  } else if (format == "csv") {
    std::string s = CsvRow({"doc", "doc_id", "lang", "page", "paragraph", "start", "end", "text",
                            "kind", "value", "value_max", "qualifier", "unit", "subject",
                            "attribution", "quoted", "time", "rule", "sentence"});
    for (const Figure& f : figures) {
      s += CsvRow({f.doc, f.doc_id, f.lang, f.page ? std::to_string(f.page) : "",
                   std::to_string(f.paragraph), std::to_string(f.start), std::to_string(f.end),
                   f.text, KindName(f.kind), Unquote(ValueText(f.value)),
                   f.value_max ? Unquote(ValueText(*f.value_max)) : "", QualifierName(f.qualifier),
                   f.unit, f.subject, f.attribution, f.quoted ? "true" : "false", f.time, f.rule,
                   f.sentence});
    }
    std::fputs(s.c_str(), out);
  } else if (format == "table") {
    std::fprintf(out, "%-5s %-9s %-26s %-14s %-10s %-6s %-28s %s\n", "para", "kind", "text", "value",
                 "qualifier", "unit", "subject", "attribution / time");
    for (const Figure& f : figures) {
      std::string value = Unquote(ValueText(f.value));
      if (f.value_max) value += ".." + Unquote(ValueText(*f.value_max));
      std::string ctx = f.attribution;
      if (!f.time.empty()) ctx += (ctx.empty() ? "@" : " @") + f.time;
      if (f.quoted) ctx += " (quoted)";
      std::fprintf(out, "%-5d %-9s %-26.26s %-14.14s %-10s %-6.6s %-28.28s %s\n", f.paragraph,
                   KindName(f.kind), f.text.c_str(), value.c_str(), QualifierName(f.qualifier),
                   f.unit.c_str(), f.subject.c_str(), ctx.c_str());
    }
  } else {
    return false;
  }
  return true;
}

}  // namespace claimcheck::cli
