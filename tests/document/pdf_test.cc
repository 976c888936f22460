// The PDF reader on generated PDFs: the committed corpus report (which must
// stay byte-identical to what the writer produces), scanned and truncated files.
#include <catch2/catch.hpp>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include "claimcheck/document.h"
#include "tests/document/pdf_writer.h"

namespace claimcheck {
namespace {

constexpr const char* kReportPath = "corpus/documents/unsafe-at-the-fountain.pdf";

std::string Slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::string BlockText(const Document& d, size_t i) {
  return d.text.substr(d.blocks[i].start, d.blocks[i].end - d.blocks[i].start);
}

// Run with `test_document "[.regenerate]"` after changing BuildReportPdf().
TEST_CASE("regenerate the corpus PDF", "[.regenerate]") {
  std::ofstream(kReportPath, std::ios::binary) << testing::BuildReportPdf();
}

TEST_CASE("corpus PDF is what the writer produces", "[pdf]") {
  INFO("regenerate with: test_document \"[.regenerate]\"");
  REQUIRE(Slurp(kReportPath) == testing::BuildReportPdf());
}

TEST_CASE("PDF: pages, paragraphs, headings, header and page numbers", "[pdf]") {
  Document d;
  Status s = ReadDocument(kReportPath, ReadOptions(), &d);
  REQUIRE(s.ok());
  CHECK(d.format == Format::kPdf);
  CHECK(d.page_count == 3);
  CHECK(d.meta.title == "Unsafe at the Fountain");
  CHECK(d.meta.author == "Clean Taps Coalition");
  CHECK(d.meta.date == "2024-03-12");

  std::vector<std::string> got;
  for (size_t i = 0; i < d.blocks.size(); ++i) {
    got.push_back(std::string(BlockKindName(d.blocks[i].kind)) + "|p" +
                  std::to_string(d.blocks[i].page) + "|" + BlockText(d, i));
  }
  const std::vector<std::string> expected = {
      "heading|p1|Unsafe at the Fountain",
      "paragraph|p1|Lead in the drinking water of rural schools, 2022\xE2\x80\x93"
      "2023",
      "heading|p1|Summary",
      "paragraph|p1|Between September 2022 and May 2023 the coalition sampled 2,340 taps at 412 "
      "rural schools. Of those schools, 79 had at least one tap above 15 parts per billion, the "
      "action level set by the U.S. Environmental Protection Agency.",
      "paragraph|p1|Each sample was analysed by an independent laboratory and checked by a second "
      "organization before it was counted. No school was told in advance which taps would be "
      "tested.",
      "paragraph|p1|The state\xE2\x80\x99s own programme, which tests one tap per building, found "
      "elevated levels at 11 percent of schools in 2022. The difference between the two results "
      "comes from how many taps were sampled in each building, not from the laboratories.",
      "heading|p2|Costs",
      "paragraph|p2|Replacing lead pipes and fixtures at the affected schools would cost an "
      "estimated $1.2 billion over ten years, about 3.5 percent of the annual education budget. "
      "Schools closed during the COVID-19 pandemic had the highest readings once they reopened.",
      "heading|p3|Recommendations",
      "paragraph|p3|Every tap a child can drink from should be tested at least once a year.",
      "paragraph|p3|Results should be published within 30 days, school by school.",
  };
  for (size_t i = 0; i < std::max(got.size(), expected.size()); ++i) {
    INFO("block " << i + 1 << "\nExpected: " << (i < expected.size() ? expected[i] : "(none)")
                  << "\nGot:      " << (i < got.size() ? got[i] : "(none)"));
    CHECK((i < got.size() && i < expected.size() && got[i] == expected[i]));
  }
  // The running header and the bare page numbers are gone.
  CHECK(d.text.find("Clean Taps Coalition \xE2\x80\x94") == std::string::npos);
  for (size_t i = 0; i < d.blocks.size(); ++i) CHECK(BlockText(d, i) != "2");
}

TEST_CASE("PDF without text is reported as scanned", "[pdf]") {
  testing::PdfWriter w;
  w.SetInfo("Scan", "Copier", "20240101");
  w.AddPage();
  w.Rect(72, 72, 400, 600);
  w.AddPage();
  w.Rect(72, 72, 400, 600);
  Document d;
  Status s = ParseDocument(w.Build(), "scan.pdf", ReadOptions(), &d);
  REQUIRE_FALSE(s.ok());
  CHECK(s.message().rfind("scan.pdf: ", 0) == 0);
  CHECK(s.message().find("no extractable text") != std::string::npos);
}

TEST_CASE("PDF page limit is enforced", "[pdf]") {
  ReadOptions opts;
  opts.max_pdf_pages = 2;
  Document d;
  Status s = ReadDocument(kReportPath, opts, &d);
  REQUIRE_FALSE(s.ok());
  CHECK(s.message().find("limit") != std::string::npos);
}

TEST_CASE("truncated PDF is an error, at every cut", "[pdf]") {
  std::string full = testing::BuildReportPdf();
  for (size_t cut : {size_t{5}, size_t{100}, full.size() / 3, full.size() / 2, full.size() - 10}) {
    Document d;
    Status s = ParseDocument(std::string_view(full).substr(0, cut), "cut.pdf", ReadOptions(), &d);
    INFO("cut at " << cut);
    CHECK_FALSE(s.ok());
    CHECK(s.message().rfind("cut.pdf: ", 0) == 0);
    CHECK(d.blocks.empty());
  }
}

}  // namespace
// A report PDF whose metadata gives a title but no publisher names its body
// on the cover, as a sentence before the publication date. The title is not
// the publisher (a credit to the body must not be "corrected" to the title);
// the body named on the cover is.
TEST_CASE("PDF without publisher metadata: the cover names the body", "[pdf]") {
  testing::PdfWriter w;
  w.SetInfo("Harbour Water Quality Review 2025", "", "20260110");
  w.AddPage();
  w.Text(72, 700, 18, "Harbour Water Quality Review 2025", true);
  w.Text(72, 660, 11, "Eastmoor Rivers Trust. Published 9 January 2026.");
  w.Text(72, 620, 11, "Bathing water met the standard at 41 of the 47 sites tested last");
  w.Text(72, 606, 11, "summer, the same share as the year before, and two beaches were");
  w.Text(72, 592, 11, "closed for a week after heavy rain in August.");
  Document d;
  REQUIRE(ParseDocument(w.Build(), "review.pdf", ReadOptions(), &d).ok());
  CHECK(d.meta.title == "Harbour Water Quality Review 2025");
  CHECK(d.meta.publisher == "Eastmoor Rivers Trust");
  // The cover's "Published 9 January 2026", not the file's CreationDate.
  CHECK(d.meta.date == "2026-01-09");
}

TEST_CASE("PDF cover without a proper name: no publisher is made up", "[pdf]") {
  testing::PdfWriter w;
  w.SetInfo("Harbour Water Quality Review 2025", "", "20260110");
  w.AddPage();
  w.Text(72, 700, 18, "Harbour Water Quality Review 2025", true);
  w.Text(72, 660, 11, "Official statistics. Published 9 January 2026.");
  w.Text(72, 620, 11, "Bathing water met the standard at 41 of the 47 sites tested last");
  w.Text(72, 606, 11, "summer, the same share as the year before, and two beaches were");
  w.Text(72, 592, 11, "closed for a week after heavy rain in August.");
  Document d;
  REQUIRE(ParseDocument(w.Build(), "review.pdf", ReadOptions(), &d).ok());
  CHECK(d.meta.publisher.empty());
  CHECK(d.meta.date == "2026-01-09");
}

// Without a date line on the cover, the file's CreationDate stays the date.
TEST_CASE("PDF cover without a date line: the CreationDate dates it", "[pdf]") {
  testing::PdfWriter w;
  w.SetInfo("Harbour Water Quality Review 2025", "", "20260110");
  w.AddPage();
  w.Text(72, 700, 18, "Harbour Water Quality Review 2025", true);
  w.Text(72, 620, 11, "Bathing water met the standard at 41 of the 47 sites tested last");
  w.Text(72, 606, 11, "summer, the same share as the year before.");
  Document d;
  REQUIRE(ParseDocument(w.Build(), "review.pdf", ReadOptions(), &d).ok());
  CHECK(d.meta.date == "2026-01-10");
}

}  // namespace claimcheck
