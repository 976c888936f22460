// Cell texts shared by the exporters, so every format says the same thing.
#ifndef CLAIMCHECK_CLAIMS_AUDIT_SHEET_TEXT_H_
#define CLAIMCHECK_CLAIMS_AUDIT_SHEET_TEXT_H_

#include <string>
#include <vector>

#include "claimcheck/audit.h"

namespace claimcheck::audit_internal {

// What opens every sheet's title and what labels its count of verified rows.
inline constexpr char kSheetHeading[] = "Claim audit: ";
inline constexpr char kRowsVerified[] = "Rows verified";
// The HTML sheet's generator tag.
inline constexpr char kGeneratorMeta[] = "<meta name=\"generator\" content=\"claimcheck\">";

// A figure value as the record prints it: 1000, 43.5, "2018-03-05".
std::string ValueText(const FigureValue& v);
// "1000" or "20..30" for ranges.
std::string ValueRangeText(const Figure& f);
// Who the article credits the figure to, for people: the body its frame
// names ("Harrowfield Valley NHS Trust" for "according to figures published
// by Harrowfield Valley NHS Trust"), with the attribution as written after it
// when the words differ; the words alone when no body was read; empty when
// the figure is uncredited. An editor checks the credit against the source's
// publisher, which the phrase ("the report says") does not name.
std::string CreditText(const Figure& f);
// "para. 3", or "p. 2, para. 3" for paged documents.
std::string LocationText(int page, int paragraph);
// The source document a passage comes from, or null when it is not a listed source.
const AuditDocument* SourceOf(const AuditSheet& sheet, const SourcePassage& p);
// Title of the passage's document (its path when untitled).
std::string SourceTitle(const AuditSheet& sheet, const SourcePassage& p);
// Per-row citation: the source's reference line followed by the locator.
std::string PassageCitation(const AuditSheet& sheet, const SourcePassage& p);
// Background colour of a status, as "#RRGGBB" and as 0xRRGGBB.
const char* StatusColourHex(AuditStatus s);
unsigned StatusColourRgb(AuditStatus s);
// The mark span clamped to the sentence, so a bad offset can never overrun.
void ClampMark(const std::string& sentence, size_t* start, size_t* end);

// Column headings of the tabular formats (CSV, XLSX), in order.
const std::vector<std::string>& TableColumns();
// The same columns with headings for people (the spreadsheet's header row).
const std::vector<std::string>& TableHeadings();
// The index of a TableColumns name; -1 when there is none.
int ColumnIndex(const std::string& name);
// Fill of a human verdict, as "#RRGGBB" and as 0xRRGGBB.
const char* VerdictColourHex(const std::string& verdict);
unsigned VerdictColourRgb(const std::string& verdict);

// The sign-off block as (label, text) lines: reviewed by, reviewed on, rows
// verified, approved by (a line to sign).
std::vector<std::pair<std::string, std::string>> SignOffLines(const AuditSheet& sheet);

// The cells of one row in TableColumns order; `labels` picks the human status
// words instead of the machine names.
std::vector<std::string> TableCells(const AuditSheet& sheet, const AuditRow& row, bool labels);

}  // namespace claimcheck::audit_internal

#endif  // CLAIMCHECK_CLAIMS_AUDIT_SHEET_TEXT_H_
