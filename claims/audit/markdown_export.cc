// The sheet as Markdown: a header with the article's metadata, the sources
// with their reference lines and content hashes, a count by status, then the
// table with each figure in bold inside its sentence.
#include "claimcheck/audit.h"
#include "claimcheck/util.h"
#include "claims/audit/sheet_text.h"
#include "claims/audit/writers.h"

namespace claimcheck {
namespace {
// Text from documents must not become Markdown or HTML structure: table
// pipes, emphasis, links and raw tags are backslash-escaped (CommonMark lets
// any ASCII punctuation be escaped), line breaks become spaces.
std::string Md(std::string_view s) {
  std::string clean = SanitizeUtf8(s);
  std::string out;
  out.reserve(clean.size() + 8);
  for (char c : clean) {
    switch (c) {
      case '\\':
      case '|':
      case '*':
      case '_':
      case '`':
      case '<':
      case '>':
      case '[':
      case ']':
      case '#':
      case '~':
        out.push_back('\\');
        out.push_back(c);
        break;
      case '\r':
        break;
      case '\n':
      case '\t':
        out.push_back(' ');
        break;
      default:
        out.push_back(c);
    }
  }
  return out;
}

std::string MarkedSentence(const std::string& sentence, size_t start, size_t end) {
  audit_internal::ClampMark(sentence, &start, &end);
  if (start == end) return Md(sentence);
  return Md(sentence.substr(0, start)) + "**" + Md(sentence.substr(start, end - start)) + "**" +
         Md(sentence.substr(end));
}

void Field(audit_internal::SheetOut* out, const char* name, const std::string& value) {
  if (!value.empty()) *out += std::string("- ") + name + ": " + Md(value) + "\n";
}
}  // namespace

namespace audit_internal {
void WriteMarkdown(const AuditSheet& sheet, SheetOut& out) {
  const AuditDocument& a = sheet.article;
  out += std::string("# ") + kSheetHeading + Md(a.title.empty() ? a.path : a.title) + "\n\n";
  Field(&out, "Title", a.title);
  Field(&out, "Author", a.author);
  Field(&out, "Publisher", a.publisher);
  Field(&out, "Date", a.date);
  Field(&out, "URL", a.url);
  Field(&out, "File", a.path);
  if (!a.content_hash.empty()) out += "- SHA-256: `" + a.content_hash + "`\n";
  Field(&out, "Generated", sheet.generated_at);
  if (!sheet.tool_version.empty()) Field(&out, "Tool", sheet.tool + " " + sheet.tool_version);

  out += "\n## Sources\n\n";
  if (sheet.sources.empty()) out += "No sources given: nothing was checked.\n";
  for (size_t i = 0; i < sheet.sources.size(); ++i) {
    const AuditDocument& s = sheet.sources[i];
    out += std::to_string(i + 1) + ". " + Md(s.citation) + "  \n   SHA-256: `" + s.content_hash +
           "`\n";
  }

  out += "\n## Summary\n\n| Status | Figures |\n|---|---:|\n";
  auto counts = sheet.Counts();
  for (int i = 0; i < kAuditStatusCount; ++i) {
    out += std::string("| ") + AuditStatusLabel(static_cast<AuditStatus>(i)) + " | " +
           std::to_string(counts[i]) + " |\n";
  }
  out += "| total | " + std::to_string(sheet.rows.size()) + " |\n";

  out +=
      "\n## Claims\n\n"
      "| # | Sentence as published | Location | Kind | Value | Qualifier | Credited to | Source "
      "passage "
      "| Status | Explanation | Suggested correction | Initials | Date | Note | Correction |\n"
      "|---:|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n";
  for (const AuditRow& r : sheet.rows) {
    const Figure& f = r.figure;
    std::string source = "no source found";
    if (r.source) {
      const SourcePassage& p = *r.source;
      source = Md(SourceTitle(sheet, p)) + ", " + LocationText(p.page, p.paragraph) + ": " +
               MarkedSentence(p.sentence, p.mark_start, p.mark_end);
    }
    std::string value = ValueRangeText(f);
    if (!f.unit.empty()) value += " " + f.unit;
    out += "| " + std::to_string(r.number) + " | " +
           MarkedSentence(f.sentence, r.mark_start, r.mark_end) + " | " +
           LocationText(f.page, f.paragraph) + " | " + KindName(f.kind) + " | " + Md(value) +
           " | " + Md(QualifierName(f.qualifier)) + " | " + Md(CreditText(f)) + " | " + source +
           " | " + Md(RowStatusLabel(r)) + " | " + Md(r.explanation) + " | " +
           Md(r.suggestion) + " | " + Md(r.reviewer_initials) + " | " + Md(r.reviewer_date) +
           " | " + Md(r.reviewer_note) + " | " + Md(r.correction) + " |\n";
  }
  out += "\n## Sign-off\n\n";
  // The approval line is a line to sign: its underscores stay as typed (a
  // run of them between spaces is literal text in CommonMark).
  for (const auto& [k, v] : SignOffLines(sheet))
    out += "- " + k + ": " + (k == "Approved by" ? v : Md(v)) + "\n";
}
}  // namespace audit_internal

std::string AuditToMarkdown(const AuditSheet& sheet) {
  audit_internal::SheetOut out;
  audit_internal::WriteMarkdown(sheet, out);
  return out.Take();
}

}  // namespace claimcheck
