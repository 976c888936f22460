// A minimal PDF 1.4 writer for test documents: pages of Helvetica text at
// given positions, with a correct cross-reference table. Enough to exercise
// the PDF reader with known layouts (running headers, page numbers,
// hyphenated line breaks) without a PDF library.
#ifndef CLAIMCHECK_TESTS_DOCUMENT_PDF_WRITER_H_
#define CLAIMCHECK_TESTS_DOCUMENT_PDF_WRITER_H_

#include <string>
#include <vector>

namespace claimcheck::testing {

class PdfWriter {
 public:
  static constexpr double kPageWidth = 612;  // US Letter, points
  static constexpr double kPageHeight = 792;

  void SetInfo(std::string title, std::string author, std::string date /* "20240312" */);
  void AddPage();
  // Text at (x, y) in points from the bottom-left corner, in Helvetica (or
  // Helvetica-Bold). `utf8` may use the curly quotes and dashes WinAnsi has.
  void Text(double x, double y, double size, const std::string& utf8, bool bold = false);
  // A filled rectangle: a page with only shapes has no extractable text.
  void Rect(double x, double y, double w, double h);
  // The whole file.
  std::string Build() const;

 private:
  std::vector<std::string> pages_;  // content streams
  std::string title_, author_, date_;
};

// The corpus report (corpus/documents/unsafe-at-the-fountain.pdf): three
// pages with a running header, page numbers, a heading, a hyphenated line
// break and a paragraph that runs on across a page break.
std::string BuildReportPdf();

}  // namespace claimcheck::testing

#endif  // CLAIMCHECK_TESTS_DOCUMENT_PDF_WRITER_H_
