#include "claims/audit/sheet_text.h"

#include "claimcheck/figure_json.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>

#include <fmt/format.h>

namespace claimcheck::audit_internal {

std::string ValueText(const FigureValue& v) {
  // A value computed from words ("two-thirds" is 66.666..., "a seventh"
  // 14.2857...) has more significant digits than any text writes: people read
  // it to two decimals (trial35: "66.66666666666666" in the sheet). A written
  // value (ten significant digits or fewer) prints as the record prints it.
  if (!v.is_date() && std::isfinite(v.num)) {
    char buf[40];
    std::snprintf(buf, sizeof buf, "%.10g", v.num);
    if (std::strtod(buf, nullptr) != v.num) {
      std::string r = fmt::format("{:.2f}", v.num);
      while (r.back() == '0') r.pop_back();
      if (r.back() == '.') r.pop_back();
      return r;
    }
  }
  nlohmann::ordered_json j = ValueToJson(v);
  return j.is_string() ? j.get<std::string>() : j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string ValueRangeText(const Figure& f) {
  std::string s = ValueText(f.value);
  if (f.value_max) s += ".." + ValueText(*f.value_max);
  return s;
}

std::string CreditText(const Figure& f) {
  const std::string& body = f.frame.speaker;
  const std::string& words = f.attribution;
  if (body.empty()) return words;
  if (words.empty() || words.find(body) != std::string::npos) return body;
  return body + " (\u201c" + words + "\u201d)";
}

std::string LocationText(int page, int paragraph) {
  std::string s = "para. " + std::to_string(paragraph);
  return page > 0 ? "p. " + std::to_string(page) + ", " + s : s;
}

const AuditDocument* SourceOf(const AuditSheet& sheet, const SourcePassage& p) {
  if (p.source >= 0 && static_cast<size_t>(p.source) < sheet.sources.size()) {
    return &sheet.sources[p.source];
  }
  return nullptr;
}

std::string SourceTitle(const AuditSheet& sheet, const SourcePassage& p) {
  const AuditDocument* d = SourceOf(sheet, p);
  if (!d) return p.doc_id;
  return d->title.empty() ? d->path : d->title;
}

std::string PassageCitation(const AuditSheet& sheet, const SourcePassage& p) {
  const AuditDocument* d = SourceOf(sheet, p);
  std::string base = d ? d->citation : p.doc_id;
  return base + (base.empty() ? "" : ", ") + p.locator;
}

namespace {
// Pale fills that keep black text readable, printed or on screen.
// A possible conflict is orange, between the blue note and the red conflict.
constexpr unsigned kColours[kAuditStatusCount] = {0xC6EFCE, 0xDDEBF7, 0xFCE4D6, 0xFFC7CE, 0xFFEB9C, 0xE7E6E6};
constexpr const char* kColourHex[kAuditStatusCount] = {"#C6EFCE", "#DDEBF7", "#FCE4D6", "#FFC7CE", "#FFEB9C",
                                                       "#E7E6E6"};
}  // namespace

const char* StatusColourHex(AuditStatus s) { return kColourHex[static_cast<size_t>(s)]; }
unsigned StatusColourRgb(AuditStatus s) { return kColours[static_cast<size_t>(s)]; }

void ClampMark(const std::string& sentence, size_t* start, size_t* end) {
  if (*end > sentence.size()) *end = sentence.size();
  if (*start > *end) *start = *end;
  // A mark never cuts a character: the start moves back and the end forward
  // to code point boundaries (a record's offsets may be anything, issue 15).
  auto continuation = [&](size_t i) {
    return i < sentence.size() && (static_cast<unsigned char>(sentence[i]) & 0xC0) == 0x80;
  };
  while (*start > 0 && continuation(*start)) --*start;
  while (*end < sentence.size() && continuation(*end)) ++*end;
}

const std::vector<std::string>& TableColumns() {
  static const std::vector<std::string> kColumns = {"number",
                                                    "status",
                                                    "sentence",
                                                    "figure",
                                                    "paragraph",
                                                    "page",
                                                    "kind",
                                                    "value",
                                                    "qualifier",
                                                    "unit",
                                                    "subject",
                                                    "claimant",
                                                    "source_title",
                                                    "source_location",
                                                    "source_sentence",
                                                    "source_figure",
                                                    "source_citation",
                                                    "source_hash",
                                                    "finding_type",
                                                    "severity",
                                                    "explanation",
                                                    "suggestion",
                                                    "verdict",
                                                    "checker_initials",
                                                    "checked_on",
                                                    "checker_note",
                                                    "correction",
                                                    "machine_status",
                                                    "row_id",
                                                    "article_sha256",
                                                    "review_stamp",
                                                    // appended (2026-12): columns keep their places
                                                    "credited_to"};
  return kColumns;
}

const std::vector<std::string>& TableHeadings() {
  // The spreadsheet's headers, for people; ReadFilledSheet accepts either.
  static const std::vector<std::string> kHeadings = {"#",
                                                     "Status",
                                                     "Sentence as published",
                                                     "Figure",
                                                     "Paragraph",
                                                     "Page",
                                                     "Kind",
                                                     "Value",
                                                     "Qualifier",
                                                     "Unit",
                                                     "Subject",
                                                     "Claimant",
                                                     "Source",
                                                     "Source location",
                                                     "Source passage",
                                                     "Source figure",
                                                     "Source citation",
                                                     "Source SHA-256",
                                                     "Finding",
                                                     "Severity",
                                                     "Explanation",
                                                     "Suggested correction",
                                                     "Verdict",
                                                     "Initials",
                                                     "Checked on",
                                                     "Note",
                                                     "Correction",
                                                     "Machine status",
                                                     "Row id (do not edit)",
                                                     "Article SHA-256 (do not edit)",
                                                     "Review stamp (do not edit)",
                                                     "Credited to"};
  return kHeadings;
}

int ColumnIndex(const std::string& name) {
  const std::vector<std::string>& cols = TableColumns();
  for (size_t i = 0; i < cols.size(); ++i) {
    if (cols[i] == name) return static_cast<int>(i);
  }
  return -1;
}

const char* VerdictColourHex(const std::string& verdict) {
  if (verdict == "correct") return "#C6EFCE";
  if (verdict == "incorrect") return "#FFC7CE";
  if (verdict == "misleading") return "#F8CBAD";
  if (verdict == "unverifiable") return "#FFEB9C";
  return "#E7E6E6";  // not_a_claim, pending
}

unsigned VerdictColourRgb(const std::string& verdict) {
  return static_cast<unsigned>(std::stoul(VerdictColourHex(verdict) + 1, nullptr, 16));
}

std::vector<std::string> TableCells(const AuditSheet& sheet, const AuditRow& r, bool labels) {
  const Figure& f = r.figure;
  std::vector<std::string> c = {std::to_string(r.number),
                                labels ? RowStatusLabel(r) : RowStatusName(r),
                                f.sentence,
                                f.text,
                                std::to_string(f.paragraph),
                                f.page > 0 ? std::to_string(f.page) : "",
                                KindName(f.kind),
                                ValueRangeText(f),
                                QualifierName(f.qualifier),
                                f.unit,
                                f.subject,
                                f.attribution};
  if (r.source) {
    const SourcePassage& p = *r.source;
    const AuditDocument* d = SourceOf(sheet, p);
    c.insert(c.end(), {SourceTitle(sheet, p), LocationText(p.page, p.paragraph), p.sentence,
                       p.figure_text, PassageCitation(sheet, p), d ? d->content_hash : p.doc_id});
  } else {
    c.insert(c.end(), {"no source found", "", "", "", "", ""});
  }
  std::string verdict = r.verdict == "pending" ? "" : r.verdict;
  c.insert(c.end(), {r.finding_type, r.severity, r.explanation, r.suggestion,
                     labels ? VerdictLabel(verdict) : verdict, r.reviewer_initials,
                     r.reviewer_date, r.reviewer_note, r.correction,
                     labels ? AuditStatusLabel(r.status) : AuditStatusName(r.status),
                     r.row_id.empty() ? RowIdOf(f) : r.row_id, sheet.article.content_hash,
                     r.review_stamp, f.frame.speaker});
  return c;
}

}  // namespace claimcheck::audit_internal

namespace claimcheck {

bool IsAuditSheet(std::string_view head) {
  using audit_internal::kGeneratorMeta;
  using audit_internal::kSheetHeading;
  const std::string md_heading = std::string("# ") + kSheetHeading;
  if (head.substr(0, md_heading.size()) == md_heading) return head.find("\n- Tool: claimcheck ") != std::string_view::npos;
  return head.find(kGeneratorMeta) != std::string_view::npos;
}

}  // namespace claimcheck
