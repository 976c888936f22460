#include "tests/document/pdf_writer.h"

#include <cstdio>

namespace claimcheck::testing {
namespace {

std::string Num(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f", v);
  return buf;
}

// UTF-8 to a PDF literal string in WinAnsiEncoding; characters WinAnsi lacks
// become '?'.
std::string PdfString(const std::string& utf8) {
  std::string out = "(";
  for (size_t i = 0; i < utf8.size();) {
    unsigned char c = static_cast<unsigned char>(utf8[i]);
    unsigned cp = c;
    size_t len = 1;
    if (c >= 0xE0 && i + 2 < utf8.size()) {
      cp = ((c & 0x0Fu) << 12) | ((utf8[i + 1] & 0x3Fu) << 6) | (utf8[i + 2] & 0x3Fu);
      len = 3;
    } else if (c >= 0xC0 && i + 1 < utf8.size()) {
      cp = ((c & 0x1Fu) << 6) | (utf8[i + 1] & 0x3Fu);
      len = 2;
    }
    i += len;
    unsigned char b;
    switch (cp) {
      case 0x2019:
        b = 0x92;
        break;
      case 0x201C:
        b = 0x93;
        break;
      case 0x201D:
        b = 0x94;
        break;
      case 0x2013:
        b = 0x96;
        break;
      case 0x2014:
        b = 0x97;
        break;
      default:
        b = cp < 0x100 ? static_cast<unsigned char>(cp) : '?';
    }
    if (b == '(' || b == ')' || b == '\\') out.push_back('\\');
    out.push_back(static_cast<char>(b));
  }
  return out + ")";
}

}  // namespace

void PdfWriter::SetInfo(std::string title, std::string author, std::string date) {
  title_ = std::move(title);
  author_ = std::move(author);
  date_ = std::move(date);
}

void PdfWriter::AddPage() { pages_.emplace_back(); }

void PdfWriter::Text(double x, double y, double size, const std::string& utf8, bool bold) {
  if (pages_.empty()) AddPage();
  pages_.back() += "BT /" + std::string(bold ? "F2" : "F1") + " " + Num(size) + " Tf " + Num(x) +
                   " " + Num(y) + " Td " + PdfString(utf8) + " Tj ET\n";
}

void PdfWriter::Rect(double x, double y, double w, double h) {
  if (pages_.empty()) AddPage();
  pages_.back() += "0.5 g " + Num(x) + " " + Num(y) + " " + Num(w) + " " + Num(h) + " re f\n";
}

std::string PdfWriter::Build() const {
  // Objects: 1 catalog, 2 page tree, 3-4 fonts, 5 info, then a page and its
  // content stream for each page.
  std::vector<std::string> objs;
  std::string kids;
  for (size_t i = 0; i < pages_.size(); ++i) kids += std::to_string(6 + 2 * i) + " 0 R ";
  objs.push_back("<< /Type /Catalog /Pages 2 0 R >>");
  objs.push_back("<< /Type /Pages /Kids [" + kids + "] /Count " + std::to_string(pages_.size()) +
                 " >>");
  objs.push_back(
      "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
  objs.push_back(
      "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>");
  objs.push_back("<< /Title " + PdfString(title_) + " /Author " + PdfString(author_) +
                 " /CreationDate (D:" + date_ + "120000Z) /Producer (claimcheck test writer) >>");
  for (size_t i = 0; i < pages_.size(); ++i) {
    objs.push_back("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 " + Num(kPageWidth) + " " +
                   Num(kPageHeight) +
                   "] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents " +
                   std::to_string(7 + 2 * i) + " 0 R >>");
    objs.push_back("<< /Length " + std::to_string(pages_[i].size()) + " >>\nstream\n" + pages_[i] +
                   "endstream");
  }
  std::string out = "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n";
  std::vector<size_t> offsets;
  for (size_t i = 0; i < objs.size(); ++i) {
    offsets.push_back(out.size());
    out += std::to_string(i + 1) + " 0 obj\n" + objs[i] + "\nendobj\n";
  }
  size_t xref = out.size();
  out += "xref\n0 " + std::to_string(objs.size() + 1) + "\n0000000000 65535 f \n";
  for (size_t off : offsets) {
    char buf[24];
    std::snprintf(buf, sizeof buf, "%010zu 00000 n \n", off);
    out += buf;
  }
  out += "trailer\n<< /Size " + std::to_string(objs.size() + 1) +
         " /Root 1 0 R /Info 5 0 R >>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
  return out;
}

std::string BuildReportPdf() {
  PdfWriter w;
  w.SetInfo("Unsafe at the Fountain", "Clean Taps Coalition", "20240312");
  // Each page: running header, body lines (x, y, size, text, bold), and the
  // page number at the foot. Body text is 11 pt on 14 pt leading; a blank
  // line's worth of space separates paragraphs.
  struct L {
    double x, size;
    const char* text;
    bool bold;
    double gap_before;  // extra space above this line, in points
  };
  const std::vector<std::vector<L>> pages = {
      {
          {72, 20, "Unsafe at the Fountain", true, 0},
          {72, 11,
           "Lead in the drinking water of rural schools, 2022\xE2\x80\x93"
           "2023",
           false, 8},
          {72, 14, "Summary", true, 18},
          {72, 11, "Between September 2022 and May 2023 the coalition sampled 2,340 taps at", false,
           6},
          {72, 11, "412 rural schools. Of those schools, 79 had at least one tap above 15 parts",
           false, 0},
          {72, 11, "per billion, the action level set by the U.S. Environmental Protection Agency.",
           false, 0},
          {72, 11, "Each sample was analysed by an independent laboratory and checked by a second",
           false, 14},
          {72, 11, "organi-", false, 0},
          {72, 11, "zation before it was counted. No school was told in advance which taps would",
           false, 0},
          {72, 11, "be tested.", false, 0},
          {72, 11,
           "The state\xE2\x80\x99s own programme, which tests one tap per building, found elevated",
           false, 14},
          {72, 11, "levels at 11 percent of schools in 2022. The difference between the two", false,
           0},
      },
      {
          {72, 11, "results comes from how many taps were sampled in each building, not from the",
           false, 0},
          {72, 11, "laboratories.", false, 0},
          {72, 14, "Costs", true, 18},
          {72, 11, "Replacing lead pipes and fixtures at the affected schools would cost an", false,
           6},
          {72, 11, "estimated $1.2 billion over ten years, about 3.5 percent of the annual", false,
           0},
          {72, 11, "education budget. Schools closed during the COVID-", false, 0},
          {72, 11, "19 pandemic had the highest readings once they reopened.", false, 0},
      },
      {
          {72, 14, "Recommendations", true, 0},
          {72, 11, "Every tap a child can drink from should be tested at least once a year.", false,
           6},
          {72, 11, "Results should be published within 30 days, school by school.", false, 14},
      },
  };
  const char* header = "Clean Taps Coalition \xE2\x80\x94 Unsafe at the Fountain";
  for (size_t p = 0; p < pages.size(); ++p) {
    w.AddPage();
    w.Text(72, 752, 9, header);
    double y = 700;
    for (const L& l : pages[p]) {
      y -= l.gap_before;
      w.Text(l.x, y, l.size, l.text, l.bold);
      y -= l.size >= 14 ? l.size + 8 : 14;
    }
    w.Text(300, 36, 9, std::to_string(p + 1));
  }
  return w.Build();
}

}  // namespace claimcheck::testing
