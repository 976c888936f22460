// The claim audit sheet: every figure of one article, the source passage that
// supports or contradicts it, and a status an editor signs off on. The sheet
// is a plain value (AuditSheet) built by a pure function from what the store
// and the checker return; each exporter takes a sheet and nothing else, so the
// formats agree row for row.
#ifndef CLAIMCHECK_AUDIT_H_
#define CLAIMCHECK_AUDIT_H_

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "claimcheck/check.h"
#include "claimcheck/figure.h"
#include "claimcheck/status.h"
#include "claimcheck/store.h"

namespace claimcheck {

enum class AuditStatus { kSupported, kSupportedWithNote, kConflict, kUnsupported, kNotChecked };
constexpr int kAuditStatusCount = 5;
// Machine names for CSV, JSON and HTML attributes: "supported",
// "supported_with_note", "conflict", "unsupported", "not_checked".
const char* AuditStatusName(AuditStatus s);
// Words for people (Markdown, HTML text, XLSX): "supported with a note".
const char* AuditStatusLabel(AuditStatus s);
bool ParseAuditStatus(std::string_view name, AuditStatus* out);

// A document as the sheet cites it. For sources, `citation` is the reference
// line in an APA-like style; the content hash lets anyone re-run the check on
// exactly the same bytes.
struct AuditDocument {
  std::string path;
  std::string content_hash;  // hex SHA-256 of the file's bytes (doc_id)
  std::string title, author, publisher, date, url, lang, format;
  std::string citation;
};

// Where a source states the figure an article figure was matched with.
struct SourcePassage {
  int source = -1;  // index into AuditSheet::sources; -1 when not among them
  std::string doc_id;
  int page = 0;           // 0 = the format has no pages
  int paragraph = 0;      // 1-based block index
  std::string sentence;   // exact sentence as the source prints it
  size_t mark_start = 0;  // the source figure within `sentence` (bytes)
  size_t mark_end = 0;
  std::string figure_text;  // "96 unique countries"
  std::string locator;      // "p. 12" or "para. 4"
};

// One figure of the article.
struct AuditRow {
  int number = 0;         // 1-based, story order
  Figure figure;          // the article's figure record (sentence, offsets, kind, value...)
  size_t mark_start = 0;  // the figure within figure.sentence (bytes), for marking
  size_t mark_end = 0;
  std::optional<SourcePassage> source;  // none: "no source found"
  AuditStatus status = AuditStatus::kNotChecked;
  std::string finding_type;  // the checker's type ("value_conflict"); empty without a finding
  std::string severity;      // "error", "warning", "info"; empty without a finding
  std::string explanation;
  std::string suggestion;  // a correction when a conflict has one clear answer
  // Filled in by the person checking; exported empty.
  std::string reviewer_initials, reviewer_date, reviewer_note;
};

struct AuditSheet {
  std::string tool = "claimcheck";
  std::string tool_version;
  std::string generated_at;  // ISO 8601; fixed by tests so goldens are stable
  AuditDocument article;
  std::string article_text;  // extracted plain text; figure offsets point into it
  std::vector<AuditDocument> sources;
  std::vector<AuditRow> rows;
  // ClaimReview metadata: who publishes the review and where. Empty: the
  // exporter falls back to the tool and the article URL.
  std::string reviewer;
  std::string review_url;
  // CSV for Excel (`audit --excel`): the file starts with a UTF-8 byte order mark.
  bool excel_bom = false;

  std::array<int, kAuditStatusCount> Counts() const;
  int Count(AuditStatus s) const { return Counts()[static_cast<size_t>(s)]; }
  // True when an editor must act: a conflict or an unsupported figure.
  bool NeedsAttention() const;
};

// What the builder needs; everything comes from the store, the reader and
// the checker. `checked` is false when no check ran (every row is then
// "not checked" whatever the findings say).
struct AuditInput {
  StoredDocument article;
  std::string article_text;
  std::vector<Figure> article_figures;
  std::vector<StoredDocument> sources;
  std::vector<Figure> source_figures;
  std::vector<Finding> findings;
  bool checked = true;
  // The kinds the checker compares (claims/check: dates and ordinals are not).
  // A figure of another kind that no source confirms is "not checked" rather
  // than "unsupported": nothing looked for it.
  std::vector<Kind> compared_kinds = {Kind::kCount, Kind::kPercent, Kind::kMoney, Kind::kMeasure,
                                      Kind::kDuration};
};

// Builds the sheet: one row per article figure, in story order. Status comes
// from the findings that involve the figure (the most severe wins): type
// "unsupported" -> unsupported; severity error or warning -> conflict; info ->
// supported with a note. A figure without a finding is supported when a
// source states an agreeing figure (same kind and unit, overlapping value),
// unsupported when none does (not checked for kinds outside compared_kinds),
// and not checked when there are no sources.
AuditSheet BuildAuditSheet(const AuditInput& in);

// "Counter Extremism Project. (2018, May 8). Spiders of the Caliphate. https://..."
std::string CitationLine(const AuditDocument& d);
AuditDocument AuditDocumentFrom(const StoredDocument& d);

enum class AuditFormat { kCsv, kMarkdown, kHtml, kXlsx, kJson, kJsonLd };
// From the output file's extension (.csv .md .html .htm .xlsx .json .jsonld);
// false for anything else.
bool AuditFormatFromPath(const std::string& path, AuditFormat* out);

// The text formats, rendered in memory (XLSX is binary: use WriteAuditSheet).
std::string AuditToCsv(const AuditSheet& sheet);
std::string AuditToMarkdown(const AuditSheet& sheet);
std::string AuditToJson(const AuditSheet& sheet);
std::string AuditToHtml(const AuditSheet& sheet);
// schema.org ClaimReview objects for rows that are supported (with or without
// a note) or in conflict; an empty JSON array when there are none.
std::string AuditToClaimReview(const AuditSheet& sheet);

// Writes the sheet in the format its extension names. The file appears
// whole or not at all (written beside it, then renamed).
Status WriteAuditSheet(const AuditSheet& sheet, const std::string& path);

}  // namespace claimcheck

#endif  // CLAIMCHECK_AUDIT_H_
