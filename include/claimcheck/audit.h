// The claim audit sheet: every figure of one article, the source passage that
// supports or contradicts it, and a status an editor signs off on. The sheet
// is a plain value (AuditSheet) built by a pure function from what the store
// and the checker return; each exporter takes a sheet and nothing else, so the
// formats agree row for row.
#ifndef CLAIMCHECK_AUDIT_H_
#define CLAIMCHECK_AUDIT_H_

#include <array>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "claimcheck/check.h"
#include "claimcheck/figure.h"
#include "claimcheck/status.h"
#include "claimcheck/store.h"

namespace claimcheck {

// kPossibleConflict (added 2026-12): a difference the checker found but is
// not sure of (an info-level finding whose type is a difference:
// period_conflict, superseded, ...). It never reads as supported: an editor
// decides. kSupportedWithNote is kept for notes that are not differences.
enum class AuditStatus { kSupported, kSupportedWithNote, kPossibleConflict, kConflict, kUnsupported, kNotChecked };
constexpr int kAuditStatusCount = 6;
// Machine names for CSV, JSON and HTML attributes: "supported",
// "supported_with_note", "possible_conflict", "conflict", "unsupported",
// "not_checked".
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
  SharedText sentence;    // exact sentence as the source prints it (shared with its figure)
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
  // The editor's review (ApplyReviews fills these from the store; empty when
  // nobody reviewed the row). A human verdict overrides `status` wherever the
  // sheet is shown: see RowVerdictName and RowStatusLabel.
  std::string verdict;  // correct, incorrect, misleading, unverifiable, not_a_claim, pending
  std::string reviewer_initials, reviewer_date, reviewer_note;
  std::string correction;
  std::string review_stamp;  // reviewed_at of the review the sheet was made with ("" = none)
  // The row's key across sheets and versions of the article: a hash of the
  // figure's sentence, text and occurrence (what a review is filed under), so
  // a filled-in spreadsheet finds its rows again (RowIdOf).
  std::string row_id;

  // True when an editor gave a verdict other than "pending".
  bool Reviewed() const { return !verdict.empty() && verdict != "pending"; }
};

// True when a checker finding type names a difference between the figure
// and a source (value_conflict, ..._conflict, superseded, disagreement,
// arithmetic), as opposed to a note ("supported", "unsupported", others).
bool IsDifferenceType(std::string_view type);

// "r" + 12 hex digits of SHA-256 over the sentence hash and the figure text,
// and its occurrence from the second on (FigureOccurrence): the first figure
// with a text in its sentence keeps the id sheets written before schema v6
// carry, and a second one with the same text gets its own.
std::string RowIdOf(const Figure& f);
// The row's status as shown: the human verdict when reviewed, else the
// machine's status name ("supported", ...).
std::string RowStatusName(const AuditRow& r);
// For people: "incorrect (verdict of AB)" or the machine's label.
std::string RowStatusLabel(const AuditRow& r);
// Words for a verdict name: "not a claim" for "not_a_claim".
std::string VerdictLabel(const std::string& verdict);

// The sign-off block that ends every sheet: who reviewed, when, how many
// rows carry a human verdict, and a line for the approving editor.
struct SignOff {
  std::vector<std::string> reviewers;  // distinct initials, in order of first appearance
  std::string first_review, last_review;  // ISO dates ("" when nobody reviewed)
  int verified = 0;                   // rows with a human verdict
  int total = 0;
};

struct AuditSheet {
  std::string tool = "claimcheck";
  std::string tool_version;
  std::string generated_at;  // ISO 8601; fixed by tests so goldens are stable
  AuditDocument article;
  std::string article_text;  // extracted plain text; figure offsets point into it
  std::vector<AuditDocument> sources;
  std::vector<AuditRow> rows;
  // ClaimReview metadata: who publishes the review and where (required for
  // .jsonld; CheckClaimReviewInput).
  std::string reviewer;      // --org: the fact-checking organisation
  std::string reviewer_url;  // its home page (defaults to review_url's origin)
  std::string review_url;    // --url: where the fact-check is published
  // CSV for Excel (`audit --excel`): the file starts with a UTF-8 byte order mark.
  bool excel_bom = false;

  std::array<int, kAuditStatusCount> Counts() const;
  SignOff SignOffOf() const;
  int Count(AuditStatus s) const { return Counts()[static_cast<size_t>(s)]; }
  // True when an editor must act: a row the editor judged incorrect or
  // misleading, or an unreviewed row that is a conflict or unsupported.
  bool NeedsAttention() const;
  // The audit's exit status rule (CONTRACT: 1 = warnings or errors found):
  // an unreviewed conflict row (its finding at warning or error), or a row
  // an editor judged incorrect or misleading. Info-only rows (possible
  // conflicts, unsupported, notes) do not count.
  bool HasWarningsOrErrors() const;
};

// What the builder needs; everything comes from the store, the reader and
// the checker. `checked` is false when no check ran (every row is then
// "not checked" whatever the findings say).
struct AuditInput {
  StoredDocument article;
  std::string article_text;
  std::vector<Figure> article_figures;
  // The article's sentences that hold no figure, each ended by '\0'
  // (CheckInput::sentences): where coverage often names its source, so the
  // checker reads the same citations as `check` does (trial58: without
  // them the sheet found no source cited, and rows `check` supported or
  // flagged were "unsupported").
  std::string article_sentences;
  std::vector<StoredDocument> sources;
  std::vector<Figure> source_figures;
  // Stored articles the article credits that relay a source of `sources`
  // (the wire copy a paper names, which names the report): the checker
  // knows them, as articles without figures, so that a credit to them is no
  // misattribution; they are not checked against.
  std::vector<StoredDocument> relays;
  std::vector<Finding> findings;
  bool checked = true;
  // The kinds the checker compares (claims/check: dates and ordinals are not).
  // A figure of another kind that no source confirms is "not checked" rather
  // than "unsupported": nothing looked for it.
  std::vector<Kind> compared_kinds = {Kind::kCount, Kind::kPercent, Kind::kMoney, Kind::kMeasure,
                                      Kind::kDuration};
};

// Runs the checker over the article and sources of `in` and stores its
// findings in in->findings (report_matches on: supported rows cite the
// confirming passage). The figures move into the checker and back rather
// than being copied (one copy of a long article's figures, not two); the
// findings refer to them (FigureRef), so they stay valid while `in` lives.
// force_roles: the article is checked as "article" and each source as
// "source", whatever the store holds (`audit --sources` names them; the store
// is not changed); otherwise the stored roles stand (the review desk).
// Errors: what CheckFigures returns (a broken rules file).
Status CheckAuditInput(std::vector<Alias> aliases, const std::string& rules_dir, bool force_roles,
                       AuditInput* in);

// Builds the sheet: one row per article figure, in story order. Status comes
// from the findings that involve the figure (the most severe wins): type
// "unsupported" -> unsupported; severity error or warning -> conflict; info ->
// supported with a note. A figure without a finding is supported when a
// source states an agreeing figure (same kind and unit, overlapping value),
// unsupported when none does (not checked for kinds outside compared_kinds),
// and not checked when there are no sources.
AuditSheet BuildAuditSheet(const AuditInput& in);
// The same, moving the article's figures and text into the rows instead of
// copying them (`audit` on a long article); `in` is spent.
AuditSheet BuildAuditSheet(AuditInput&& in);

// "Counter Extremism Project. (2018, May 8). Spiders of the Caliphate. https://..."
std::string CitationLine(const AuditDocument& d);
AuditDocument AuditDocumentFrom(const StoredDocument& d);

enum class AuditFormat { kCsv, kMarkdown, kHtml, kXlsx, kJson, kJsonLd };
// From the output file's extension (.csv .md .html .htm .xlsx .json .jsonld);
// false for anything else.
bool AuditFormatFromPath(const std::string& path, AuditFormat* out);
// From a format's name, as `audit --format` takes it: csv, md (markdown),
// html, xlsx, json, jsonld or its other name claimreview; false otherwise.
bool AuditFormatFromName(const std::string& name, AuditFormat* out);

// The text formats, rendered in memory (XLSX is binary: use WriteAuditSheet).
std::string AuditToCsv(const AuditSheet& sheet);
std::string AuditToMarkdown(const AuditSheet& sheet);
std::string AuditToJson(const AuditSheet& sheet);
std::string AuditToHtml(const AuditSheet& sheet);
// The HTML page with hooks for the review server (claims/serve): a block
// above the title, the review cell of each row (a form), and the context
// shown around each source passage. Hooks return HTML they have escaped.
struct HtmlOptions {
  std::string top_html;
  std::function<std::string(const AuditRow&)> review_cell;
  // Gets the row and its passage sentence, already escaped and marked.
  std::function<std::string(const AuditRow&, const std::string& marked)> passage_context;
};
std::string AuditToHtml(const AuditSheet& sheet, const HtmlOptions& opts);
// The escaping every HTML output uses (UTF-8 repaired, & < > " ' escaped).
std::string HtmlEscape(std::string_view s);
// schema.org ClaimReview objects, one per row with a human verdict other than
// not_a_claim, rated from the verdict; author is sheet.reviewer (the
// organisation) with sheet.reviewer_url, url is sheet.review_url + "#row-N".
// CheckClaimReviewInput says whether the sheet can be published that way
// (an organisation and a web address); a sheet with no human verdict yet is
// an empty list, and ClaimReviewCount (how many objects it holds) is 0.
std::string AuditToClaimReview(const AuditSheet& sheet);
Status CheckClaimReviewInput(const AuditSheet& sheet);
size_t ClaimReviewCount(const AuditSheet& sheet);

// Fills each row's review (verdict, initials, date, note, correction, stamp)
// from the store, and every row's row_id.
Status ApplyReviews(Store* store, AuditSheet* sheet);

// The sheet of a stored article, built from the store alone (the editor's
// desk: `review`, `review import`, `serve`): the article's figures, checked
// against `source_ids` (stored documents; empty = the documents the article
// cites, as `audit` without --sources), with
// the reviews applied. The article text is rebuilt from its stored sentences.
struct StoredSheetOptions {
  std::vector<std::string> source_ids;
  std::string rules_dir;
};
Status BuildStoredSheet(Store* store, const std::string& article, const StoredSheetOptions& opts,
                        AuditSheet* out);

// A filled-in sheet read back (review import): the article it was made from
// and, per row, what the editor wrote.
struct ImportedRow {
  int line = 0;    // spreadsheet row or CSV record (1 = header)
  int number = 0;  // the sheet's "number" column (the row number every sheet shows); 0 = none
  std::string row_id;
  std::string verdict, initials, note, correction;
  std::string review_stamp;
};
struct ImportedSheet {
  std::string article_sha256;
  std::string article_path;
  std::vector<ImportedRow> rows;
};
// Reads the review columns of a sheet written by WriteAuditSheet (.xlsx or
// .csv; headers matched by name, human or machine). Verdicts may be written
// as labels ("not a claim") or names.
Status ReadFilledSheet(const std::string& path, ImportedSheet* out);

// Records what a filled-in sheet says (via "import"), all rows in one
// transaction or none. Refused, with the store untouched: a sheet of another
// article than `expected_article` (when given), a sheet of a version of the
// article the store no longer holds, a row whose review changed in the store
// after the sheet was written (stale), an unknown verdict, a changed row
// without initials. `changes` gets one line per row that changed.
struct ImportOutcome {
  std::string article;  // the stored article's path
  std::vector<std::string> changes;
  int unchanged = 0;
};
Status ImportReviews(Store* store, const ImportedSheet& sheet, const std::string& sheet_path,
                     const std::string& expected_article, ImportOutcome* out);
// A verdict as typed ("Not a claim", "not_a_claim", "INCORRECT"); false when
// it is none of ReviewVerdicts.
bool ParseVerdict(const std::string& typed, std::string* verdict);

// Whether a file whose first bytes are `head` (a few kilobytes are enough)
// is one of these sheets in Markdown or HTML: a Markdown sheet opens with its
// heading ("# Claim audit: ...") and names its tool ("- Tool: claimcheck
// 0.1.0") among the lines under it; an HTML sheet
// names claimcheck as its generator (<meta name="generator">). `ingest` skips
// such a file: a sheet written into a folder of sources is no source
// (trial57: a folder ingested again took its own audit sheet as a source the
// article cited).
bool IsAuditSheet(std::string_view head);

// Writes the sheet in the format its extension names. The file appears
// whole or not at all (written beside it, then renamed).
Status WriteAuditSheet(const AuditSheet& sheet, const std::string& path);
// The same in the format given, whatever the extension (`audit --format`).
Status WriteAuditSheet(const AuditSheet& sheet, const std::string& path, AuditFormat format);

}  // namespace claimcheck

#endif  // CLAIMCHECK_AUDIT_H_
