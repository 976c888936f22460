// Document: what every reader (HTML, PDF, text, Markdown) produces.
//
// All offsets in claimcheck are half-open UTF-8 byte offsets into
// Document::text (schema/FORMAT.md). text is valid UTF-8; blocks appear in
// reading order, do not overlap, and are separated in text by "\n\n".
#ifndef CLAIMCHECK_DOCUMENT_H_
#define CLAIMCHECK_DOCUMENT_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "claimcheck/status.h"

namespace claimcheck {

enum class BlockKind {
  kHeading,
  kParagraph,
  kListItem,
  kBlockQuote,
  kTableCell,
  kCaption,
  kPreformatted
};
const char* BlockKindName(BlockKind k);  // "heading", "paragraph", "list_item", ...

struct Block {
  BlockKind kind = BlockKind::kParagraph;
  size_t start = 0;  // byte offsets into Document::text
  size_t end = 0;
  int page = 0;   // 1-based page for PDF; 0 when the format has no pages
  int level = 0;  // heading level (1-6), list nesting depth; 0 otherwise
  int row = -1;   // table cells: 0-based row and column; -1 otherwise
  int col = -1;
};

// Metadata as the document states it; empty string means unknown.
struct Metadata {
  std::string title;
  std::string author;
  std::string publisher;
  std::string date;  // ISO 8601 as far as known: "2018-05-08" or "2018-05-08T10:00:00Z"
  std::string url;
  std::string lang;         // declared language ("en", "es"), lower-case primary subtag
  std::string description;  // summary from <meta name=description>, og:description, front matter
  // What kind of piece the form says it is: "wire" for news-agency copy whose
  // lead is tagged with the agency ("LONDON (Reuters) - ..."), whose name may
  // read like a public body's ("Agencia Meridiana"); "" when the form says
  // nothing. Stored as documents.genre; the role finder reads it.
  std::string genre;
};

// A hyperlink of the body to a web page: an HTML <a href> or a Markdown
// [text](url) inline link, autolink or reference definition. Only absolute
// web addresses (http, https, or starting "www.") are kept: a link is how
// coverage cites a report it never names ("the [latest figures](https://
// stats.example.gov/release)"), and a relative address names nothing
// outside the site. Nothing is fetched.
struct Hyperlink {
  std::string url;   // as written, at most kMaxUrlBytes, valid UTF-8
  std::string text;  // the link's text, white space collapsed; empty for a reference definition
  static constexpr size_t kMaxUrlBytes = 2048;
};

enum class Format { kText, kMarkdown, kHtml, kPdf };
const char* FormatName(Format f);  // "text", "markdown", "html", "pdf"

struct Document {
  std::string path;  // as given on the command line
  std::string id;    // hex SHA-256 of the file's bytes
  Format format = Format::kText;
  std::string text;  // extracted plain text, valid UTF-8
  std::vector<Block> blocks;
  Metadata meta;
  int page_count = 0;  // PDF only
  // The body's web links in reading order (HTML and Markdown; a text or PDF
  // document's addresses are in its text), at most kMaxLinks: a hostile page
  // of a million anchors keeps the first ones.
  std::vector<Hyperlink> links;
  static constexpr size_t kMaxLinks = 4096;
};

// Limits that keep a hostile document from taking the machine.
struct ReadOptions {
  size_t max_bytes = size_t{512} << 20;  // larger files are refused unread
  // Extracted text beyond this is refused: it bounds the memory of every later
  // stage (sentences, figures, the store) by the largest document. For text,
  // Markdown and HTML the file itself is held to it; a PDF's images are not.
  size_t max_text_bytes = size_t{64} << 20;
  int max_pdf_pages = 5000;
  int max_html_depth = 256;  // libxml2 tree depth beyond which content is flattened
};

// Reads the file at `path`, detects its format (extension, then content) and
// fills *doc. On failure returns a Status whose message starts with the path.
Status ReadDocument(const std::string& path, const ReadOptions& opts, Document* doc);

// Same, from bytes already in memory (stdin, tests, fuzzers). `name` is used
// for messages and Document::path; `name`'s extension is a format hint.
Status ParseDocument(std::string_view bytes, const std::string& name, const ReadOptions& opts,
                     Document* doc);

}  // namespace claimcheck

#endif  // CLAIMCHECK_DOCUMENT_H_
