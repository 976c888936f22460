// A plain-text copy of a page or a release names its publisher, title and
// date in its opening lines rather than in "key: value" headers; the text
// reader reads them from there (and never from the body).
#include <catch2/catch.hpp>
#include <string>

#include "claimcheck/document.h"

namespace claimcheck {
namespace {

Metadata MetaOf(const std::string& bytes, const std::string& name = "copy.txt") {
  Document d;
  Status s = ParseDocument(bytes, name, ReadOptions(), &d);
  INFO(s.message());
  REQUIRE(s.ok());
  return d.meta;
}

}  // namespace

TEST_CASE("masthead: body name, report title, labelled date", "[text][masthead]") {
  Metadata m = MetaOf(
      "Harbour City Fire and Rescue Service\n"
      "Incident Statistics, Year Ending June 2026\n"
      "Released: 14 August 2026\n\n"
      "Crews attended 8,412 incidents in the year, 3 per cent fewer than a year earlier.\n");
  CHECK(m.publisher == "Harbour City Fire and Rescue Service");
  CHECK(m.title == "Incident Statistics, Year Ending June 2026");
  CHECK(m.date == "2026-08-14");
}

TEST_CASE("masthead: outlet, date line, then a one-line headline", "[text][masthead]") {
  Metadata m = MetaOf(
      "THE LAKESIDE COURIER\n"
      "Thursday, March 5, 2026\n\n"
      "Ferry fares to rise by a fifth\n\n"
      "Fares on the lake crossing will go up 20 per cent from April, the operator said.\n");
  CHECK(m.publisher == "THE LAKESIDE COURIER");
  CHECK(m.date == "2026-03-05");
  CHECK(m.title == "Ferry fares to rise by a fifth");
}

TEST_CASE("masthead: name - date on one line; a dateline's place is not a publisher", "[text][masthead]") {
  Metadata a = MetaOf("Metro Business Daily - 2 February 2027\n\nShares in the firm fell 4%.\n");
  CHECK(a.publisher == "Metro Business Daily");
  CHECK(a.date == "2027-02-02");
  Metadata b = MetaOf("Ashford Water plc\nLeakage report\nCardiff, 11 May 2026\n\nLeaks fell 6%.\n");
  CHECK(b.publisher == "Ashford Water plc");
  CHECK(b.title == "Leakage report");
  CHECK(b.date == "2026-05-11");
}

TEST_CASE("masthead: Spanish dates and names", "[text][masthead]") {
  Metadata m = MetaOf(
      "Consejería de Sanidad de Valdemoro\n"
      "Valdemoro, 9 de enero de 2027\n\n"
      "La campaña de vacunación alcanzó al 61,3 % de los mayores de 65 años.\n");
  CHECK(m.publisher == "Consejería de Sanidad de Valdemoro");
  CHECK(m.date == "2027-01-09");
}

TEST_CASE("masthead: a body that opens with a sentence gives no metadata", "[text][masthead]") {
  Metadata a = MetaOf("The report was published on 3 March 2026\n\nIt counted 400 cases.\n");
  CHECK(a.publisher.empty());
  CHECK(a.date.empty());
  Metadata b = MetaOf("Unemployment fell to 4.1 percent in May, the agency said.\nIt was 4.3 percent in April.\n");
  CHECK(b.publisher.empty());
  CHECK(b.date.empty());
  // Known "key: value" headers still win, and the masthead never overrides them.
  Metadata c = MetaOf("title: Quarterly bulletin\npublisher: Statistics Office\ndate: 2026-01-02\n\nText 5%.\n");
  CHECK(c.publisher == "Statistics Office");
  CHECK(c.date == "2026-01-02");
}

}  // namespace claimcheck
