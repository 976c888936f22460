// The sheet as JSON: the same rows as the tables, with the article's full
// figure records, for scripts and newsroom tools.
#include "claimcheck/audit.h"
#include "claimcheck/figure_json.h"
#include "claims/audit/sheet_text.h"
#include "claims/audit/writers.h"

namespace claimcheck {
namespace {
using Json = nlohmann::ordered_json;

Json StrOrNull(const std::string& s) { return s.empty() ? Json(nullptr) : Json(s); }

Json DocumentJson(const AuditDocument& d) {
  Json j;
  j["path"] = d.path;
  j["content_hash"] = d.content_hash;
  j["title"] = StrOrNull(d.title);
  j["author"] = StrOrNull(d.author);
  j["publisher"] = StrOrNull(d.publisher);
  j["date"] = StrOrNull(d.date);
  j["url"] = StrOrNull(d.url);
  j["lang"] = StrOrNull(d.lang);
  j["format"] = StrOrNull(d.format);
  j["citation"] = StrOrNull(d.citation);
  return j;
}

Json PassageJson(const AuditSheet& sheet, const SourcePassage& p) {
  const AuditDocument* d = audit_internal::SourceOf(sheet, p);
  Json j;
  j["source"] = p.source >= 0 ? Json(p.source + 1) : Json(nullptr);  // 1-based, as listed
  j["doc_id"] = p.doc_id;
  j["title"] = d ? StrOrNull(d->title) : Json(nullptr);
  j["publisher"] = d ? StrOrNull(d->publisher) : Json(nullptr);
  j["date"] = d ? StrOrNull(d->date) : Json(nullptr);
  j["url"] = d ? StrOrNull(d->url) : Json(nullptr);
  j["page"] = p.page > 0 ? Json(p.page) : Json(nullptr);
  j["paragraph"] = p.paragraph;
  j["locator"] = p.locator;
  j["sentence"] = p.sentence;
  j["mark"] = {{"start", p.mark_start}, {"end", p.mark_end}};
  j["figure"] = p.figure_text;
  j["citation"] = audit_internal::PassageCitation(sheet, p);
  return j;
}
}  // namespace

namespace {
Json RowJson(const AuditSheet& sheet, const AuditRow& r) {
  Json row;
  row["number"] = r.number;
  row["row_id"] = r.row_id;
  row["status"] = RowStatusName(r);  // the human verdict when there is one
  row["machine_status"] = AuditStatusName(r.status);
  row["sentence"] = r.figure.sentence;
  row["mark"] = {{"start", r.mark_start}, {"end", r.mark_end}};
  row["claimant"] = StrOrNull(r.figure.attribution);
  row["figure"] = FigureToJson(r.figure);
  row["source"] = r.source ? PassageJson(sheet, *r.source) : Json(nullptr);
  row["finding"] = r.finding_type.empty()
                       ? Json(nullptr)
                       : Json({{"type", r.finding_type}, {"severity", StrOrNull(r.severity)}});
  row["explanation"] = r.explanation;
  row["suggestion"] = StrOrNull(r.suggestion);
  row["reviewer"] = {{"verdict", r.Reviewed() ? Json(r.verdict) : Json(nullptr)},
                     {"initials", r.reviewer_initials},
                     {"date", r.reviewer_date},
                     {"note", r.reviewer_note},
                     {"correction", r.correction}};
  return row;
}

std::string Dump(const Json& j) {
  return j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
}
}  // namespace

namespace audit_internal {
// The document is dumped with an empty "rows" array, and the rows are
// streamed into its place one at a time, each dumped alone and indented as
// nlohmann would indent it inside the array (a dump's newlines are all
// structural: newlines inside strings are escaped), so the bytes are those
// of dumping the whole tree without ever holding it.
void WriteJson(const AuditSheet& sheet, SheetOut& out) {
  Json j;
  j["format"] = "claimcheck-audit";
  j["format_version"] = 1;
  j["tool"] = sheet.tool_version.empty() ? sheet.tool : sheet.tool + " " + sheet.tool_version;
  j["generated_at"] = StrOrNull(sheet.generated_at);
  j["article"] = DocumentJson(sheet.article);
  j["sources"] = Json::array();
  for (const AuditDocument& s : sheet.sources) j["sources"].push_back(DocumentJson(s));
  Json summary;
  auto counts = sheet.Counts();
  for (int i = 0; i < kAuditStatusCount; ++i)
    summary[AuditStatusName(static_cast<AuditStatus>(i))] = counts[i];
  summary["total"] = sheet.rows.size();
  j["summary"] = summary;
  j["rows"] = Json::array();
  SignOff so = sheet.SignOffOf();
  j["sign_off"] = {{"reviewers", so.reviewers},
                   {"first_review", StrOrNull(so.first_review)},
                   {"last_review", StrOrNull(so.last_review)},
                   {"verified", so.verified},
                   {"total", so.total},
                   {"approved_by", nullptr}};
  const std::string doc = Dump(j);
  static constexpr std::string_view kRows = "\n  \"rows\": []";
  const size_t at = doc.find(kRows);
  if (at == std::string::npos || sheet.rows.empty()) {
    out += doc;
  } else {
    const size_t open = at + kRows.size() - 1;  // the "]"
    out += std::string_view(doc).substr(0, open);
    for (size_t i = 0; i < sheet.rows.size(); ++i) {
      std::string row = Dump(RowJson(sheet, sheet.rows[i]));
      out += i == 0 ? "\n    " : ",\n    ";
      size_t from = 0;
      for (size_t nl = row.find('\n'); nl != std::string::npos; nl = row.find('\n', from)) {
        out += std::string_view(row).substr(from, nl + 1 - from);
        out += "    ";
        from = nl + 1;
      }
      out += std::string_view(row).substr(from);
    }
    out += "\n  ";
    out += std::string_view(doc).substr(open);
  }
  out += "\n";
}
}  // namespace audit_internal

std::string AuditToJson(const AuditSheet& sheet) {
  audit_internal::SheetOut out;
  audit_internal::WriteJson(sheet, out);
  return out.Take();
}

}  // namespace claimcheck
