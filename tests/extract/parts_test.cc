// Issue 15: a document's figures can be extracted a run of paragraphs at a
// time (Extractor::Start, FigureStream), so memory holds one part, not the
// document. The attacher and the frame stage carry their state (lead-ins,
// the last person named, speakers learned, the table being read) from part
// to part, so parts cut after any paragraph give exactly Extract's records.
#include <catch2/catch.hpp>
#include <filesystem>
#include <set>
#include <string>
#include <vector>

#include "claimcheck/extract.h"
#include "claimcheck/figure_json.h"
#include "claimcheck/rules.h"

namespace claimcheck {
namespace {

std::string Records(const std::vector<Figure>& figures) {
  std::string out;
  for (const Figure& f : figures) AppendFigureJsonLine(f, &out);
  return out;
}

std::string AliasText(const std::vector<Alias>& aliases) {
  std::string out;
  for (const Alias& a : aliases) out += a.alias + " = " + a.canonical + "\n";
  return out;
}

// The records of `doc` read in parts of at least `part_figures` figures.
std::string InParts(Extractor& ex, const Document& doc, size_t part_figures, size_t* parts,
                    std::string* aliases) {
  Extraction out;
  std::unique_ptr<FigureStream> stream;
  REQUIRE(ex.Start(doc, "auto", &out, &stream, part_figures).ok());
  REQUIRE(out.figures.empty());
  std::vector<Figure> part;
  std::string records;
  *parts = 0;
  while (stream->Next(&part)) {
    CHECK_FALSE(part.empty());
    records += Records(part);
    ++*parts;
  }
  CHECK(part.empty());
  CHECK_FALSE(stream->Next(&part));  // stays finished
  *aliases = AliasText(out.aliases);
  return records;
}

void ExpectSameInParts(Extractor& ex, const Document& doc) {
  Extraction whole;
  REQUIRE(ex.Extract(doc, "auto", &whole).ok());
  const std::string expected = Records(whole.figures);
  for (size_t part_figures : {size_t{1}, size_t{2}, size_t{7}}) {
    INFO(doc.path << ", parts of at least " << part_figures << " figures");
    size_t parts = 0;
    std::string aliases;
    std::string got = InParts(ex, doc, part_figures, &parts, &aliases);
    CHECK(got == expected);
    CHECK(aliases == AliasText(whole.aliases));
    // Parts are whole paragraphs: one per paragraph with figures at most.
    CHECK(parts <= whole.figures.size());
    if (part_figures == 1 && whole.figures.size() > 1) {
      std::set<int> paragraphs;
      for (const Figure& f : whole.figures) paragraphs.insert(f.paragraph);
      CHECK(parts == paragraphs.size());
    }
  }
}

TEST_CASE("figures read in parts equal the whole extraction, on every corpus document",
          "[extract][bounds]") {
  Extractor ex(DefaultRulesDir());
  size_t documents = 0;
  for (const char* dir : {"corpus/documents", "corpus/seed"}) {
    for (const auto& entry : std::filesystem::directory_iterator(dir)) {
      if (!entry.is_regular_file() || entry.path().extension() == ".yaml") continue;
      Document doc;
      if (!ReadDocument(entry.path().string(), ReadOptions(), &doc).ok()) continue;
      ExpectSameInParts(ex, doc);
      ++documents;
    }
  }
  CHECK(documents >= 10);
}

TEST_CASE("a lead-in, a pronoun and a table carry across parts", "[extract][bounds]") {
  Extractor ex(DefaultRulesDir());
  // The quotation the lead-in opens runs over two paragraphs, "she" is named
  // two paragraphs before, and the cells take their headers from the first
  // row: each reader's state must cross the cut between parts.
  const std::string html =
      "<html lang=\"en\"><body>"
      "<p>Dana Whitlock, the county's chief engineer, said 14 bridges were closed in March.</p>"
      "<p>She said repairs to 9 of them would start in May. The auditor's office reported:</p>"
      "<p>Inspectors found cracked bearings on 23 spans and worn joints on 41 more.</p>"
      "<p>Another 6 spans need new railings within 2 years.</p>"
      "<p>The council met on 4 June.</p>"
      "<table><tr><th>District</th><th>Bridges closed</th><th>Spans inspected</th></tr>"
      "<tr><td>North</td><td>5</td><td>120</td></tr>"
      "<tr><td>River</td><td>7</td><td>88</td></tr>"
      "<tr><td>Hills</td><td>2</td><td>64</td></tr></table>"
      "<p>In total 14 bridges and 272 spans, said Whitlock.</p>"
      "</body></html>";
  Document doc;
  REQUIRE(ParseDocument(html, "bridges.html", ReadOptions(), &doc).ok());
  Extraction whole;
  REQUIRE(ex.Extract(doc, "en", &whole).ok());
  REQUIRE(whole.figures.size() >= 12);
  bool table_subject = false;
  for (const Figure& f : whole.figures) {
    if (f.text == "120") table_subject = f.subject.find("spans inspected") != std::string::npos;
  }
  CHECK(table_subject);  // the header lookup found the column
  ExpectSameInParts(ex, doc);
}

}  // namespace
}  // namespace claimcheck
