// A table cell takes what its headers say: its row and column as subject, and
// the unit its column header names ("Median wait (weeks)", "(euros)"), in a
// pipe table pasted into a text file as in Markdown (trial37).
#include <catch2/catch.hpp>
#include <string>

#include "claimcheck/extract.h"
#include "claimcheck/rules.h"

namespace claimcheck {
namespace {

const Figure* Cell(const Extraction& x, const std::string& text) {
  for (const Figure& f : x.figures) {
    if (f.text == text && f.sentence.str() == text) return &f;
  }
  return nullptr;
}

TEST_CASE("table cells take their column header's unit and their headers as subject", "[extract][table]") {
  Extractor ex(DefaultRulesDir());
  const std::string en =
      "Westmere Health Board\n\nWaiting times by clinic.\n\n"
      "| Clinic | Patients waiting | Median wait (weeks) |\n|---|---|---|\n"
      "| Harbour Road | 1,240 | 25 |\n| Millbrook | 860 | 18 |\n| All clinics | 2,100 | 22 |\n";
  Document doc;
  REQUIRE(ParseDocument(en, "waits.txt", ReadOptions(), &doc).ok());
  Extraction x;
  REQUIRE(ex.Extract(doc, "en", &x).ok());
  const Figure* wait = Cell(x, "25");
  REQUIRE(wait != nullptr);
  CHECK(wait->kind == Kind::kDuration);
  CHECK(wait->unit == "week");
  CHECK(wait->frame.subject_head == "wait");
  const Figure* waiting = Cell(x, "860");
  REQUIRE(waiting != nullptr);
  CHECK(waiting->kind == Kind::kCount);  // "Patients waiting" names no unit
  CHECK(waiting->unit.empty());
  // A named row is the place its figures are of, not words of the subject;
  // a total row is no place.
  CHECK(waiting->frame.place == "Millbrook");
  CHECK(waiting->frame.subject_head == "patient");

  const Figure* all = Cell(x, "2,100");
  REQUIRE(all != nullptr);
  CHECK(all->frame.place.empty());
  CHECK(all->subject.find("all clinics") != std::string::npos);

  const std::string es =
      "Ayuntamiento de Almena\n\nAyudas por distrito.\n\n"
      "| Distrito | Ascensores instalados | Ayuda media (euros) |\n|---|---|---|\n"
      "| Centro | 88 | 27.400 |\n| Norte | 71 | 24.100 |\n";
  Document d2;
  REQUIRE(ParseDocument(es, "ayudas.txt", ReadOptions(), &d2).ok());
  Extraction y;
  REQUIRE(ex.Extract(d2, "es", &y).ok());
  const Figure* aid = Cell(y, "27.400");
  REQUIRE(aid != nullptr);
  CHECK(aid->kind == Kind::kMoney);
  CHECK(aid->unit == "EUR");
  CHECK(aid->frame.subject_head == "ayuda");  // the column's noun, not the row's "centro"
  const Figure* lifts = Cell(y, "71");
  REQUIRE(lifts != nullptr);
  CHECK(lifts->frame.subject_head == "ascensor");
}

}  // namespace
}  // namespace claimcheck
