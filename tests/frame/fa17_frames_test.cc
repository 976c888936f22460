// Frame faults behind eval17 false alarms (task fa17), each as the kind of
// sentence it stands for: Spanish "por el ..." is a cause, no denominator;
// two denominators under one "por" ("por persona y día"); a date after a
// compared value ("from 5,183 in the third quarter of 2025", "compared with
// 17 stations in 2024") dates that value, not the sentence's other figure.
#include <catch2/catch.hpp>

#include "claimcheck/extract.h"
#include "claimcheck/frame.h"
#include "claimcheck/rules.h"
#include "claimcheck/util.h"

using namespace claimcheck;

namespace {

Document Doc(const std::string& text) {
  Document d;
  d.path = "t";
  d.text = text;
  d.blocks.push_back(Block{BlockKind::kParagraph, 0, text.size()});
  d.id = Sha256Hex(text);
  d.meta.date = "2026-10-20";
  return d;
}

std::vector<Figure> Figures(const std::string& text, const std::string& lang) {
  static Extractor ex(DefaultRulesDir());
  Extraction out;
  REQUIRE(ex.Extract(Doc(text), lang, &out).ok());
  return out.figures;
}

const Figure* At(const std::vector<Figure>& figs, const std::string& text) {
  for (const Figure& f : figs) {
    if (f.text.find(text) != std::string::npos) return &f;
  }
  return nullptr;
}

}  // namespace

TEST_CASE("fa17: Spanish 'por' before a definite article gives a cause, not a denominator", "[frame][fa17]") {
  auto figs = Figures("Se suspendieron 37 conciertos, 14 de ellos por el mal tiempo.", "es");
  const Figure* f = At(figs, "14");
  REQUIRE(f != nullptr);
  CHECK(f->frame.per.empty());
  // A bare denominator after "por" is still one.
  figs = Figures("Cada visitante gastó de media 52 euros por persona en el recinto.", "es");
  f = At(figs, "52 euros");
  REQUIRE(f != nullptr);
  CHECK(f->frame.per == "person");
}

TEST_CASE("fa17: two denominators joined under one 'por' are both read", "[frame][fa17]") {
  auto figs = Figures("Cada visitante gastó de media 52 euros por persona y día en el recinto.", "es");
  const Figure* f = At(figs, "52 euros");
  REQUIRE(f != nullptr);
  CHECK(f->frame.per == "person/day");
}

TEST_CASE("fa17: a date after a compared value dates that value only", "[frame][fa17]") {
  auto figs = Figures(
      "In all, 2,318 flats were offered for sale in the quarter, down 9% from 2,547 in the second quarter of 2025.",
      "en");
  const Figure* now = At(figs, "2,318");
  const Figure* then = At(figs, "2,547");
  REQUIRE(now != nullptr);
  REQUIRE(then != nullptr);
  CHECK(now->frame.period != "2025-Q2");
  CHECK(then->frame.period == "2025-Q2");
  figs = Figures(
      "Six of the 38 monitors recorded a mean above the legal limit of 40 micrograms, compared with 11 monitors in "
      "2024.",
      "en");
  const Figure* limit = At(figs, "40 micrograms");
  REQUIRE(limit != nullptr);
  CHECK(limit->frame.period != "2024");
}

TEST_CASE("fa17: a verb of exceeding is a floor with 'ya' between it and the figure", "[frame][fa17]") {
  auto figs = Figures("El alquiler medio de un piso supera ya los 1.500 euros mensuales.", "es");
  const Figure* f = At(figs, "1.500");
  REQUIRE(f != nullptr);
  CHECK(f->qualifier == Qualifier::kMoreThan);
}

TEST_CASE("fa17: 'published this week' dates the publication, not the figure", "[frame][fa17]") {
  auto figs = Figures("Wool prices have fallen 6.3% in a year, official figures published this week show.", "en");
  const Figure* f = At(figs, "6.3%");
  REQUIRE(f != nullptr);
  CHECK(f->frame.period.find("2026-10-") == std::string::npos);
}
