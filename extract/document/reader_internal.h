// Shared by the format readers in extract/document/; not a public header.
#ifndef CLAIMCHECK_EXTRACT_DOCUMENT_READER_INTERNAL_H_
#define CLAIMCHECK_EXTRACT_DOCUMENT_READER_INTERNAL_H_

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "claimcheck/document.h"
#include "claimcheck/status.h"

namespace claimcheck::document_internal {

// Appends blocks to a Document, keeping Document::text and the block offsets
// in step: blocks are separated by "\n\n" (the pieces of an over-long block
// by the byte they were cut at) and hold normalised text.
class DocumentBuilder {
 public:
  explicit DocumentBuilder(Document* doc) : doc_(doc) {}

  // Collapses white space (Unicode spaces included) to single spaces, drops
  // invisible characters, trims, and appends the result as one block unless
  // it is empty. Returns true when a block was added.
  bool Add(BlockKind kind, std::string_view text, int page = 0, int level = 0, int row = -1,
           int col = -1);

  // For preformatted text: keeps line breaks (blank lines collapse to one
  // break, each line's trailing space goes) so "\n\n" still only separates blocks.
  bool AddPreformatted(std::string_view text, int page = 0);

  // Longest block kept whole; longer ones are cut into several (Append).
  static constexpr size_t kMaxBlockBytes = size_t{64} << 10;

 private:
  bool Append(BlockKind kind, std::string_view normalised, int page, int level, int row, int col);
  // One block after `separator` ("\n\n" between blocks; the cut byte
  // between the pieces of an over-long one).
  void AppendOne(BlockKind kind, std::string_view normalised, std::string_view separator,
                 int page, int level, int row, int col);
  Document* doc_;
};

// Keeps a hyperlink of the body in doc->links (HTML <a href>, Markdown
// links): only an absolute web address (http://, https://, or "www."),
// trimmed, of at most Hyperlink::kMaxUrlBytes, and only the first
// Document::kMaxLinks links; invalid UTF-8 in the text is replaced, and a
// text of more than 1 KiB (an anchor wrapping a whole card) is dropped.
void AddLink(Document* doc, std::string_view url, std::string_view text);

// White space collapsed and trimmed as DocumentBuilder::Add does; exposed for
// readers that compare text (running headers) before adding it.
std::string NormaliseSpace(std::string_view text);

// A short block that is page metadata, not a sentence of the body: a
// reading-time widget, a forum post count or join date, a crawl date, a
// byline, a publication dateline or a bare report code (issue 12 item 9).
// The HTML and text readers drop such blocks.
bool IsMetadataLine(std::string_view text);

// Fills the empty fields of *meta from a plain-text masthead: the opening
// lines' publisher, title and date ("Ridgeport City Police Service /
// Annual Crime Statistics Report 2025 / Published: 3 March 2026"). Nothing
// when the first block holds no date line. The lines stay in the text.
void ReadMasthead(const std::vector<std::string_view>& lines, Metadata* meta);

// A document whose metadata gives no address of its own may print it in a
// sentence about itself: "This statistical release is available at
// https://...", "Esta nota puede consultarse en www...." (trial64: an HTML
// release without a canonical link, cited by coverage only through a link
// to that address). Fills meta->url from the first block that says so;
// only "this"/"este" opens it ("The full report is available at ..." in
// an article names another document).
void ReadOwnAddress(const Document& doc, Metadata* meta);

// A web address as a document's own URL: as written when it has a scheme
// ("http..."), else with "https://" ("www.example.org/report").
std::string OwnUrl(const std::string& address);

// A document whose metadata names no publisher (a PDF without Info fields, an
// HTML page without site metadata) may name it on its cover or in its page
// header: the opening lines read as a masthead. Only the publisher (and the
// date, when none is known) is taken, never a title, and the line that
// repeats the document's title is left out (a short title reads like a name).
void ReadCoverPublisher(const std::vector<std::string>& cover, Metadata* meta);

// A page title's tail that names a section of a site or the kind of page
// ("News", "Opinion", "Press releases", "Noticias", "Comunicados"), not the
// site: "Alliance responds to the report | News" names no publisher.
bool IsSiteSection(const std::string& s);

// True for "\t\n\v\f\r " (the ASCII white space every reader treats alike).
inline bool IsAsciiSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// A line without its leading and trailing spaces and tabs (Markdown and
// pipe-table readers).
inline std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}
inline bool IsBlankLine(std::string_view s) { return Trim(s).empty(); }

// Splits into lines without their "\n" or "\r\n" (text and Markdown readers).
std::vector<std::string_view> SplitLines(std::string_view s);

// Pipe tables (pipe_table.cc), as GitHub-flavoured Markdown writes them and
// as plain-text reports paste them: "| Clinic | Patients waiting |" rows
// around a delimiter row "|---|---|". A delimiter row holds only '|', '-',
// ':' and spaces, with at least one '|' and one '-'.
bool IsPipeTableDelimiter(std::string_view line);
// A row's cells, the outer pipes dropped, "\|" kept as a '|' inside a cell.
std::vector<std::string> PipeTableCells(std::string_view line);
// Adds the pipe table starting at lines[i] as table-cell blocks (row and
// column numbered from 0, the delimiter row skipped) and returns the index
// of its last line. The table runs while lines hold a '|' and are not blank.
size_t AddPipeTable(const std::vector<std::string_view>& lines, size_t i, DocumentBuilder* b,
                    const std::function<std::string(std::string_view)>& cell_text);

// The lower-cased primary subtag of a language tag ("en-US" -> "en"), or ""
// when `tag` does not look like one.
std::string PrimaryLanguage(std::string_view tag);

// The format readers. Each fills doc->format, blocks, text and meta (the
// caller has set path and id and checked size, emptiness and binary data).
// Messages start with `name`.
Status ReadTextFormat(std::string_view bytes, const std::string& name, Document* doc);
Status ReadMarkdownFormat(std::string_view bytes, const std::string& name, Document* doc);
Status ReadHtmlFormat(std::string_view bytes, const std::string& name, const ReadOptions& opts,
                      Document* doc);
Status ReadPdfFormat(std::string_view bytes, const std::string& name, const ReadOptions& opts,
                     Document* doc);

}  // namespace claimcheck::document_internal

#endif  // CLAIMCHECK_EXTRACT_DOCUMENT_READER_INTERNAL_H_
