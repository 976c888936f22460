// A page's own dateline states when the page came out, not a claim to
// check: its date is no figure (trial21 and eval16: audit sheets listed
// "Opinion | Ruth Abernethy | Westmarch Echo | 15 November 2026" as a row
// "not checked"). A date in the body, or one in an opening sentence that
// states a figure, stays.
#include <catch2/catch.hpp>
#include <string>

#include "claimcheck/extract.h"
#include "claimcheck/rules.h"

namespace claimcheck {
namespace {

Extraction ExtractFile(const std::string& text, const std::string& name) {
  Document doc;
  REQUIRE(ParseDocument(text, name, ReadOptions(), &doc).ok());
  Extractor ex(DefaultRulesDir());
  Extraction out;
  REQUIRE(ex.Extract(doc, "en", &out).ok());
  return out;
}

int Dates(const Extraction& ex, const std::string& iso) {
  int n = 0;
  for (const Figure& f : ex.figures) n += f.kind == Kind::kDate && f.value.iso == iso;
  return n;
}

TEST_CASE("a page's own dateline gives no figure", "[extract][dateline]") {
  const Extraction wire = ExtractFile(
      "RPS - REGIONAL PRESS SERVICE\n12 November 2026, 14:07 GMT\n\nLibraries lent less\n\n"
      "The county's libraries lent 1.48 million items in 2025-26, the council said.\n",
      "wire.txt");
  CHECK(Dates(wire, "2026-11-12") == 0);
  CHECK(!wire.figures.empty());

  const Extraction column = ExtractFile(
      "# Libraries are not a luxury\n\n**Opinion | Ruth Abernethy | Westmarch Echo | 15 November 2026**\n\n"
      "Last year the libraries lent 1,104,300 items.\n",
      "column.md");
  CHECK(Dates(column, "2026-11-15") == 0);

  // The same date in a sentence of the body is the date of what it states.
  const Extraction body = ExtractFile(
      "Westmarch Echo\n15 November 2026\n\nCouncil cuts posts\n\n"
      "On 15 November 2026 the council cut 40 posts.\n\nThe vote on 15 November 2026 was close.\n",
      "story.txt");
  CHECK(Dates(body, "2026-11-15") == 2);
}

}  // namespace
}  // namespace claimcheck

namespace claimcheck {
namespace {

int FiguresWritten(const Extraction& ex, const std::string& text) {
  int n = 0;
  for (const Figure& f : ex.figures) n += f.text == text;
  return n;
}

// trial43: "VALDEMORA, 20 (SERVIMEDIA NOTICIAS)" made the day of the month an
// unsupported count on the sheet.
TEST_CASE("a news agency's dateline gives no figure", "[extract][dateline]") {
  const Extraction wire = ExtractFile(
      "La universidad reduce el abandono\n\nVALDEMORA, 20 (SERVIMEDIA NOTICIAS)\n\n"
      "La universidad tiene 31.482 estudiantes de grado, frente a 30.775 el curso anterior.\n",
      "agencia.txt");
  CHECK(FiguresWritten(wire, "20") == 0);
  CHECK(FiguresWritten(wire, "31.482") == 1);
  // A sentence of the body with a comma and a bracket keeps its number.
  const Extraction body = ExtractFile(
      "Report\n\nThe trust said, 20 (of its 31 stations) were short-staffed.\n", "body.txt");
  CHECK(FiguresWritten(body, "20") == 1);
}

// trial47: an English wire's "KESTREL VALE, June 12 (Northline) -" and a
// Spanish "Valdoria, 19 feb (Agencia Meridiana).-" gave a date figure that
// dated the sentence's own figures ("Sept 9" became a reservoir level's
// period, against the source's end of August).
TEST_CASE("a news agency's dateline with a month gives no figure and dates nothing", "[extract][dateline]") {
  const Extraction wire = ExtractFile(
      "BRACKMOOR, Sept 9 (Northline) - Reservoir stocks stood at 54.3 per cent of capacity, Brackmoor Water "
      "said on Wednesday.\n",
      "wire.txt");
  CHECK(FiguresWritten(wire, "Sept 9") == 0);
  for (const Figure& f : wire.figures) {
    INFO(f.text);
    CHECK(f.frame.period.find("09-09") == std::string::npos);
  }
  CHECK(FiguresWritten(wire, "54.3 per cent") == 1);
}

}  // namespace
}  // namespace claimcheck
