// A minimal PDF 1.4 writer for the benchmark corpus: US Letter pages of
// Helvetica text (WinAnsiEncoding), uncompressed content streams and a
// correct cross-reference table, streamed to a FILE so a 100 MiB PDF never
// sits in memory.
#ifndef CLAIMCHECK_BENCH_PDF_WRITER_H_
#define CLAIMCHECK_BENCH_PDF_WRITER_H_

#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

namespace claimcheck::bench {

class PdfWriter {
 public:
  static constexpr double kPageWidth = 612, kPageHeight = 792, kMargin = 72;
  static constexpr double kFontSize = 10, kLeading = 13;
  // Body lines that fit between the running header and the footer.
  static constexpr int kLinesPerPage = static_cast<int>((kPageHeight - 2 * kMargin) / kLeading);

  explicit PdfWriter(std::FILE* out) : out_(out) {}
  // Writes the header, catalog, font and document information.
  void Begin(std::string_view title_utf8, std::string_view author_utf8);
  // One page: a running header, body lines (already wrapped; "" leaves a
  // blank line between paragraphs) and a footer, all UTF-8.
  void AddPage(std::string_view header, const std::vector<std::string>& lines, std::string_view footer);
  // Writes the page tree, the xref table and the trailer.
  void Finish();
  uint64_t bytes() const { return offset_; }

  // Greedy word wrap of a UTF-8 paragraph to the text width, with
  // Helvetica's approximate advance widths.
  static std::vector<std::string> Wrap(std::string_view paragraph_utf8);

 private:
  int NewObject();  // records the offset of the next object, returns its number
  void Write(std::string_view s);
  static void AppendPdfString(std::string_view utf8, std::string* out);

  std::FILE* out_;
  uint64_t offset_ = 0;
  std::vector<uint64_t> object_offsets_;  // index = object number - 1
  std::vector<int> page_objects_;
};

}  // namespace claimcheck::bench

#endif  // CLAIMCHECK_BENCH_PDF_WRITER_H_
