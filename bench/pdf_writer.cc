#include "bench/pdf_writer.h"

#include <cinttypes>

namespace claimcheck::bench {
namespace {

// Decodes one UTF-8 code point at s[*i], advancing *i; U+FFFD on bad input.
uint32_t NextCodePoint(std::string_view s, size_t* i) {
  unsigned char c = s[*i];
  int len = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 0;
  if (len == 0 || *i + len > s.size()) {
    ++*i;
    return 0xFFFD;
  }
  uint32_t cp = len == 1 ? c : c & (0x7F >> len);
  for (int k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[*i + k]) & 0x3F);
  *i += len;
  return cp;
}

// WinAnsiEncoding byte for a code point: Latin-1 maps to itself, a few
// typographic marks news text uses live in 0x80-0x9F; others become '?'.
unsigned char ToWinAnsi(uint32_t cp) {
  if (cp < 0x80 || (cp >= 0xA0 && cp <= 0xFF)) return static_cast<unsigned char>(cp);
  switch (cp) {
    case 0x20AC: return 0x80;  // euro sign
    case 0x2026: return 0x85;  // ellipsis
    case 0x2018: return 0x91;
    case 0x2019: return 0x92;
    case 0x201C: return 0x93;
    case 0x201D: return 0x94;
    case 0x2013: return 0x96;  // en dash
    case 0x2014: return 0x97;  // em dash
    default: return '?';
  }
}

// Advance width in 1/1000 em, coarse classes of Helvetica's metrics; rounded
// up so wrapped lines stay inside the margin.
int Advance(uint32_t cp) {
  if (cp == ' ') return 278;
  if (cp >= '0' && cp <= '9') return 556;
  switch (cp) {
    case 'i': case 'j': case 'l': case '\'': return 222;
    case 'f': case 't': case 'I': case '.': case ',': case ':': case ';': case '!': return 278;
    case 'r': case '(': case ')': case '-': return 333;
    case 'm': case 'M': return 833;
    case 'w': return 722;
    case 'W': return 944;
    case '%': return 889;
    default: break;
  }
  if (cp >= 'A' && cp <= 'Z') return 722;
  return 556;
}

}  // namespace

void PdfWriter::Write(std::string_view s) {
  std::fwrite(s.data(), 1, s.size(), out_);
  offset_ += s.size();
}

int PdfWriter::NewObject() {
  object_offsets_.push_back(offset_);
  return static_cast<int>(object_offsets_.size());
}

void PdfWriter::AppendPdfString(std::string_view utf8, std::string* out) {
  out->push_back('(');
  for (size_t i = 0; i < utf8.size();) {
    unsigned char b = ToWinAnsi(NextCodePoint(utf8, &i));
    if (b == '(' || b == ')' || b == '\\') out->push_back('\\');
    out->push_back(static_cast<char>(b));
  }
  out->push_back(')');
}

void PdfWriter::Begin(std::string_view title, std::string_view author) {
  // The binary comment line tells transfer tools the file is not text.
  Write("%PDF-1.4\n%\xE2\xE3\xCF\xD3\n");
  NewObject();
  Write("1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n");
  object_offsets_.push_back(0);  // 2: the page tree, written by Finish once every page is known
  NewObject();
  Write(
      "3 0 obj\n<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>\n"
      "endobj\n");
  NewObject();
  std::string info = "4 0 obj\n<< /Title ";
  AppendPdfString(title, &info);
  info += " /Author ";
  AppendPdfString(author, &info);
  info += " /Producer (claimcheck gen_corpus) >>\nendobj\n";
  Write(info);
}

void PdfWriter::AddPage(std::string_view header, const std::vector<std::string>& lines,
                        std::string_view footer) {
  char buf[128];
  std::string content;
  content.reserve(6000);
  std::snprintf(buf, sizeof buf, "BT /F1 8 Tf %g %g Td ", kMargin, kPageHeight - kMargin / 2);
  content += buf;
  AppendPdfString(header, &content);
  content += " Tj ET\n";
  std::snprintf(buf, sizeof buf, "BT /F1 %g Tf %g TL %g %g Td\n", kFontSize, kLeading, kMargin,
                kPageHeight - kMargin);
  content += buf;
  for (const std::string& line : lines) {
    if (!line.empty()) {
      AppendPdfString(line, &content);
      content += " Tj ";
    }
    content += "T*\n";
  }
  content += "ET\n";
  std::snprintf(buf, sizeof buf, "BT /F1 8 Tf %g %g Td ", kPageWidth / 2 - 10, kMargin / 2);
  content += buf;
  AppendPdfString(footer, &content);
  content += " Tj ET\n";

  int contents = NewObject();
  std::snprintf(buf, sizeof buf, "%d 0 obj\n<< /Length %zu >>\nstream\n", contents, content.size());
  Write(buf);
  Write(content);
  Write("endstream\nendobj\n");
  int page = NewObject();
  std::snprintf(buf, sizeof buf,
                "%d 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %g %g] "
                "/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>\nendobj\n",
                page, kPageWidth, kPageHeight, contents);
  Write(buf);
  page_objects_.push_back(page);
}

void PdfWriter::Finish() {
  object_offsets_[1] = offset_;
  std::string pages = "2 0 obj\n<< /Type /Pages /Kids [";
  for (size_t i = 0; i < page_objects_.size(); ++i) {
    if (i) pages += ' ';
    pages += std::to_string(page_objects_[i]) + " 0 R";
  }
  pages += "] /Count " + std::to_string(page_objects_.size()) + " >>\nendobj\n";
  Write(pages);

  uint64_t xref = offset_;
  char buf[160];
  std::snprintf(buf, sizeof buf, "xref\n0 %zu\n", object_offsets_.size() + 1);
  Write(buf);
  // Every entry is exactly 20 bytes: 10-digit offset, generation, keyword, 2-byte EOL.
  Write("0000000000 65535 f \n");
  for (uint64_t off : object_offsets_) {
    std::snprintf(buf, sizeof buf, "%010" PRIu64 " 00000 n \n", off);
    Write(buf);
  }
  std::snprintf(buf, sizeof buf,
                "trailer\n<< /Size %zu /Root 1 0 R /Info 4 0 R >>\nstartxref\n%" PRIu64 "\n%%%%EOF\n",
                object_offsets_.size() + 1, xref);
  Write(buf);
}

std::vector<std::string> PdfWriter::Wrap(std::string_view text) {
  const double max_units = (kPageWidth - 2 * kMargin) * 1000 / kFontSize;
  std::vector<std::string> lines;
  std::string line;
  double width = 0;
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && text[i] == ' ') ++i;
    size_t word_start = i;
    double word_width = 0;
    while (i < text.size() && text[i] != ' ') word_width += Advance(NextCodePoint(text, &i));
    if (i == word_start) break;
    std::string_view word = text.substr(word_start, i - word_start);
    double needed = line.empty() ? word_width : width + Advance(' ') + word_width;
    if (!line.empty() && needed > max_units) {
      lines.push_back(std::move(line));
      line.clear();
      needed = word_width;
    }
    if (!line.empty()) line.push_back(' ');
    line.append(word);
    width = needed;
  }
  if (!line.empty()) lines.push_back(std::move(line));
  return lines;
}

}  // namespace claimcheck::bench
