// gen_shapes: the hostile shapes of the shape benchmark (issue 15), each
// made from the same ordinary prose (a gen_corpus text file) so its time and
// memory compare with that prose byte for byte.
//
//   gen_shapes --shape sentence --prose prose.txt --output one-sentence.txt
//
// Shapes:
//   sentence  the prose as one sentence: sentence marks become commas, line
//             breaks spaces (a transcript without punctuation, a PDF table
//             read as one run)
//   lines     --count one-line paragraphs (CSV-like lists, logs)
//   table     an HTML table of --count rows, three cells each
//   nested    an HTML list nested --count levels deep
//   pdf       a PDF of --count pages
//   figures   --count figures in one document, one short sentence each
// The output's text is the prose's (or, for figures, its own) and is written
// to --output; a summary goes to stderr.
#include <CLI/CLI.hpp>
#include <cctype>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "bench/pdf_writer.h"

namespace claimcheck::bench {
namespace {

std::string Slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

// The prose's words in order (runs of non-space bytes).
std::vector<std::string_view> Words(const std::string& s) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\n' || s[i] == '\t' || s[i] == '\r')) ++i;
    size_t j = i;
    while (j < s.size() && !(s[j] == ' ' || s[j] == '\n' || s[j] == '\t' || s[j] == '\r')) ++j;
    if (j > i) out.emplace_back(s.data() + i, j - i);
    i = j;
  }
  return out;
}

// Splits the prose's words into `n` runs of about equal length.
std::vector<std::string> Chunks(const std::string& prose, uint64_t n) {
  std::vector<std::string_view> words = Words(prose);
  std::vector<std::string> out;
  if (n == 0) return out;
  out.reserve(n);
  size_t per = words.size() / n;
  size_t extra = words.size() % n;
  size_t w = 0;
  for (uint64_t k = 0; k < n; ++k) {
    size_t take = per + (k < extra ? 1 : 0);
    std::string c;
    for (size_t i = 0; i < take && w < words.size(); ++i, ++w) {
      if (!c.empty()) c += ' ';
      c.append(words[w]);
    }
    if (c.empty()) c = "and";
    out.push_back(std::move(c));
  }
  return out;
}

std::string HtmlEscape(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    switch (c) {
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '&': out += "&amp;"; break;
      default: out += c;
    }
  }
  return out;
}

int Run(const std::string& shape, const std::string& prose_path, uint64_t count,
        const std::string& output) {
  std::string prose = Slurp(prose_path);
  if (prose.empty() && shape != "figures") {
    std::fprintf(stderr, "gen_shapes: %s: empty or unreadable\n", prose_path.c_str());
    return 2;
  }
  std::FILE* out = std::fopen(output.c_str(), "wb");
  if (!out) {
    std::fprintf(stderr, "gen_shapes: %s: cannot write\n", output.c_str());
    return 2;
  }
  auto put = [&](std::string_view s) { std::fwrite(s.data(), 1, s.size(), out); };
  const char* head = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Shape</title></head><body><main>";
  const char* tail = "</main></body></html>\n";
  if (shape == "sentence") {
    for (size_t i = 0; i < prose.size(); ++i) {
      char c = prose[i];
      bool decimal = c == '.' && i > 0 && i + 1 < prose.size() && std::isdigit(static_cast<unsigned char>(prose[i - 1])) &&
                     std::isdigit(static_cast<unsigned char>(prose[i + 1]));
      if ((c == '.' && !decimal) || c == '!' || c == '?' || c == ';') c = ',';
      if (c == '\n' || c == '\r') c = ' ';
      prose[i] = c;
    }
    prose += ".\n";
    put(prose);
  } else if (shape == "lines") {
    for (const std::string& c : Chunks(prose, count)) {
      put(c);
      put("\n\n");
    }
  } else if (shape == "table") {
    put(head);
    put("<table><tr><th>Area</th><th>Note</th><th>Detail</th></tr>\n");
    std::vector<std::string> cells = Chunks(prose, count * 3);
    for (uint64_t r = 0; r < count; ++r) {
      put("<tr>");
      for (int k = 0; k < 3; ++k) {
        put("<td>");
        put(HtmlEscape(cells[r * 3 + k]));
        put("</td>");
      }
      put("</tr>\n");
    }
    put("</table>");
    put(tail);
  } else if (shape == "nested") {
    put(head);
    std::vector<std::string> items = Chunks(prose, count);
    for (const std::string& c : items) {
      put("<ul><li>");
      put(HtmlEscape(c));
    }
    for (uint64_t k = 0; k < count; ++k) put("</li></ul>");
    put(tail);
  } else if (shape == "pdf") {
    PdfWriter pdf(out);
    pdf.Begin("Shape benchmark", "gen_shapes");
    std::vector<std::string> lines;
    for (const std::string& para : Chunks(prose, count * 4)) {
      for (std::string& l : PdfWriter::Wrap(para)) lines.push_back(std::move(l));
      lines.emplace_back();
    }
    size_t per_page = (lines.size() + count - 1) / count;
    if (per_page > static_cast<size_t>(PdfWriter::kLinesPerPage)) per_page = PdfWriter::kLinesPerPage;
    size_t at = 0;
    for (uint64_t p = 0; p < count; ++p) {
      std::vector<std::string> page;
      for (size_t k = 0; k < per_page && at < lines.size(); ++k) page.push_back(lines[at++]);
      pdf.AddPage("Shape benchmark", page, std::to_string(p + 1));
    }
    pdf.Finish();
  } else if (shape == "figures") {
    static const char* kUnits[] = {"cases", "schools", "households", "wells", "workers", "patients"};
    static const char* kPlaces[] = {"the north", "the capital", "the valley", "the coast", "the east"};
    std::string s;
    for (uint64_t k = 0; k < count; ++k) {
      s.clear();
      s += "Officials counted ";
      s += std::to_string(100 + (k * 7919) % 90000);
      s += ' ';
      s += kUnits[k % 6];
      s += " in ";
      s += kPlaces[k % 5];
      s += (k % 8 == 7) ? ".\n\n" : ". ";
      put(s);
    }
    put("\n");
  } else {
    std::fclose(out);
    std::fprintf(stderr, "gen_shapes: unknown shape '%s'\n", shape.c_str());
    return 2;
  }
  long bytes = std::ftell(out);
  std::fclose(out);
  std::fprintf(stderr, "gen_shapes: %s, %llu, %ld bytes\n", shape.c_str(),
               static_cast<unsigned long long>(count), bytes);
  return 0;
}

}  // namespace
}  // namespace claimcheck::bench

int main(int argc, char** argv) {
  CLI::App app{"The hostile input shapes of the shape benchmark"};
  std::string shape, prose, output;
  uint64_t count = 0;
  app.add_option("--shape", shape, "sentence, lines, table, nested, pdf or figures")->required();
  app.add_option("--prose", prose, "Ordinary prose (a gen_corpus text file)");
  app.add_option("--count", count, "Lines, rows, levels, pages or figures");
  app.add_option("--output", output, "Where to write the shape")->required();
  CLI11_PARSE(app, argc, argv);
  return claimcheck::bench::Run(shape, prose, count, output);
}
