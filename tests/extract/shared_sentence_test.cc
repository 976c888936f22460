// Issue 15: figures refer to their sentence, they do not copy it. Every
// figure of one sentence holds the same buffer, the buffer is the document's
// text at the sentence's offsets, and SharedText reads like a std::string.
#include <catch2/catch.hpp>
#include <string>

#include "claimcheck/extract.h"
#include "claimcheck/rules.h"

namespace claimcheck {
namespace {

Extraction ExtractText(const std::string& text) {
  Document doc;
  REQUIRE(ParseDocument(text, "shared.txt", ReadOptions(), &doc).ok());
  Extractor ex(DefaultRulesDir());
  Extraction out;
  REQUIRE(ex.Extract(doc, "en", &out).ok());
  // The extraction keeps the figures; the document may go.
  return out;
}

TEST_CASE("figures of one sentence share one sentence buffer", "[extract][bounds]") {
  Extraction out = ExtractText(
      "Inspectors tested 412 schools, found lead at 79 of them and spent $1.2 million. "
      "A second survey covered 31 schools.\n");
  REQUIRE(out.figures.size() >= 4);
  const Figure& first = out.figures[0];
  size_t same = 0, other = 0;
  for (const Figure& f : out.figures) {
    if (f.sentence_start == first.sentence_start) {
      CHECK(f.sentence.SharesWith(first.sentence));
      ++same;
    } else {
      CHECK_FALSE(f.sentence.SharesWith(first.sentence));
      CHECK(f.sentence == "A second survey covered 31 schools.");
      ++other;
    }
  }
  CHECK(same >= 3);
  CHECK(other >= 1);
  // Copies share; assignment makes a new buffer and leaves the others alone.
  Figure copy = first;
  CHECK(copy.sentence.SharesWith(first.sentence));
  copy.sentence = std::string("Replaced.");
  CHECK(copy.sentence == "Replaced.");
  CHECK(first.sentence.str().rfind("Inspectors tested 412 schools", 0) == 0);
}

// Issue 13: so do its document's path and hash, for every figure of the
// document (a std::string each cost ~180 bytes a figure at check's 10^6).
TEST_CASE("figures of one document share its path and hash", "[extract][bounds]") {
  Extraction out = ExtractText(
      "Inspectors tested 412 schools. A second survey covered 31 schools.\n\nIt cost $1.2 million.\n");
  REQUIRE(out.figures.size() >= 3);
  const Figure& first = out.figures[0];
  CHECK(first.doc == "shared.txt");
  CHECK(first.doc_id.size() == 64);
  for (const Figure& f : out.figures) {
    CHECK(f.doc.SharesWith(first.doc));
    CHECK(f.doc_id.SharesWith(first.doc_id));
  }
  // What callers do with them still reads like a std::string.
  CHECK(first.doc + '#' + "1" == "shared.txt#1");
  CHECK(first.doc_id + "\x1f" + first.doc == first.doc_id.str() + "\x1fshared.txt");
}

TEST_CASE("SharedText reads like a const std::string", "[extract][bounds]") {
  SharedText t = std::string("Officials counted 12 victims.");
  const std::string& ref = t;
  std::string_view view = t;
  CHECK(ref.size() == 29);
  CHECK(view.substr(0, 9) == "Officials");
  CHECK(t.find("12") == 18);
  CHECK(t.substr(18, 2) == "12");
  CHECK(t.compare(18, 2, "12") == 0);
  CHECK(std::string("x") + t == "xOfficials counted 12 victims.");
  SharedText empty;
  CHECK(empty.empty());
  CHECK(empty.str().empty());
  CHECK(empty == "");
}

}  // namespace
}  // namespace claimcheck
