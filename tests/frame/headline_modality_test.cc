// A headline's infinitive is its future (fa21): "Pension age rise to hit 1.9
// million" forecasts what the body says will happen; read as actual it made
// a modality conflict with the source's own forecast.
#include <catch2/catch.hpp>

#include <string>

#include "claimcheck/document.h"
#include "claimcheck/extract.h"
#include "claimcheck/rules.h"

using namespace claimcheck;

namespace {

// The modality of the figure written `text` in the heading of a short
// Markdown article.
std::string HeadlineModality(const std::string& heading, const std::string& text) {
  static Extractor extractor(DefaultRulesDir());
  const std::string md = "# " + heading + "\n\nThe ministry published its figures on Monday.\n";
  Document doc;
  REQUIRE(ParseDocument(md, "story.md", ReadOptions(), &doc).ok());
  Extraction ex;
  REQUIRE(extractor.Extract(doc, "en", &ex).ok());
  for (const Figure& f : ex.figures) {
    if (f.text.find(text) != std::string::npos) return ModalityName(f.frame.modality);
  }
  return "(no figure)";
}

}  // namespace

TEST_CASE("a headline's infinitive before its figure is a forecast", "[frame]") {
  CHECK(HeadlineModality("Bus fare cap to hit 4.2 million riders", "4.2 million") == std::string("forecast"));
  CHECK(HeadlineModality("Ferry fares to rise to £38 next spring", "£38") == std::string("forecast"));
  // A finite verb in a headline states what happened.
  CHECK(HeadlineModality("Bus fare cap hits 4.2 million riders", "4.2 million") == std::string("actual"));
  CHECK(HeadlineModality("Ferry fares rise to £38", "£38") == std::string("actual"));
}
