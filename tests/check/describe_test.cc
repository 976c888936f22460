// How a finding's message writes a figure with what it counts: the joining
// words come from the sentence, in whatever language it is written.
#include <catch2/catch.hpp>

#include "claims/check/describe.h"

using claimcheck::Figure;
using claimcheck::Kind;
using claimcheck::check::Describe;

namespace {
Figure Fig(const char* sentence, const char* text, Kind kind, const char* subject) {
  Figure f;
  f.sentence = sentence;
  f.text = text;
  f.kind = kind;
  f.subject = subject;
  return f;
}
}  // namespace

TEST_CASE("Describe keeps the sentence's own joining words, English and Spanish") {
  CHECK(Describe(Fig("They found dozens of countries involved.", "dozens", Kind::kCount, "countries")) ==
        "dozens of countries");
  CHECK(Describe(Fig("Facebook removed 43 percent of the nodes.", "43 percent", Kind::kPercent, "nodes")) ==
        "43 percent of the nodes");
  CHECK(Describe(Fig("Facebook eliminó el 43 por ciento de los perfiles.", "43 por ciento", Kind::kPercent,
                     "perfiles")) == "43 por ciento de los perfiles");
  CHECK(Describe(Fig("Hubo cientos de heridos.", "cientos", Kind::kCount, "heridos")) == "cientos de heridos");
  CHECK(Describe(Fig("Mapped 1,000 profiles in 96 countries.", "1,000", Kind::kCount, "profiles")) ==
        "1,000 profiles");
}

TEST_CASE("Describe does not borrow a long stretch of the sentence as a join") {
  // "countries" is far from "12" with long words between: written plainly.
  CHECK(Describe(Fig("Some 12 officials travelled between several countries.", "12", Kind::kCount, "countries")) ==
        "12 countries");
  // A percent whose subject is not next to it is bracketed, as before.
  CHECK(Describe(Fig("Turnout reached 64 percent among registered voters.", "64 percent", Kind::kPercent,
                     "registered voters")) == "64 percent (registered voters)");
}

TEST_CASE("Slot: an empty value or one the text already says prints nothing") {
  using claimcheck::check::Slot;
  CHECK(Slot("a.txt says 99% of all content", " of ", "all content") == "");
  CHECK(Slot("a.txt says 99%", " of ", "all content") == " of all content");
  CHECK(Slot("a.txt says 99%", " of ", "") == "");
  // trial46: a base that carries on from the description's last words adds
  // only the rest ("38.2% of strikes where the species was identified").
  CHECK(Slot("38.2% of strikes", " of ", "strikes where the species was identified") ==
        " where the species was identified");
  CHECK(Slot("38.2% of gull strikes", " of ", "all strikes") == " of all strikes");
  CHECK(Slot("a.txt says 99%", " of ", "   ") == "");
}

TEST_CASE("DescribeWithPlace adds the place only to a bare number") {
  using claimcheck::check::DescribeWithPlace;
  Figure bare = Fig("1.", "1", Kind::kCount, "");
  bare.page = 1;
  bare.paragraph = 3;
  CHECK(DescribeWithPlace(bare) == "1, page 1, paragraph 3");
  Figure worded = Fig("It has 12 berths.", "12", Kind::kCount, "berths");
  worded.paragraph = 2;
  CHECK(DescribeWithPlace(worded) == "12 berths");
}

TEST_CASE("Describe names a subject written before the figure apart, without the sentence's capital") {
  // Run on after the number it read "more than 18,000 Employment".
  CHECK(Describe(Fig("Employment in the province rose by more than 18,000 over the quarter.", "more than 18,000",
                     Kind::kCount, "Employment")) == "more than 18,000 (employment)");
  // An acronym keeps its capitals.
  CHECK(Describe(Fig("NHS staff numbers rose by 12,000.", "12,000", Kind::kCount, "NHS staff")) ==
        "12,000 (NHS staff)");
  // Not at the start of the sentence: as written.
  CHECK(Describe(Fig("In May, Retail sales fell by 3,100.", "3,100", Kind::kCount, "Retail sales")) ==
        "3,100 (Retail sales)");
}

TEST_CASE("FormatLike writes a computed amount as the figure writes its own") {
  using claimcheck::check::FormatLike;
  Figure total = Fig("The $48 million total splits into three.", "$48 million", Kind::kMoney, "");
  total.value.num = 48e6;
  CHECK(FormatLike(total, 50e6) == "$50 million");
  CHECK(FormatLike(total, 50.5e6) == "$50.5 million");
  Figure bn = Fig("It cost £3.71bn.", "£3.71bn", Kind::kMoney, "");
  bn.value.num = 3.71e9;
  CHECK(FormatLike(bn, 3.9e9) == "£3.9bn");
  Figure plain = Fig("A total of 1,200 homes.", "1,200", Kind::kCount, "");
  plain.value.num = 1200;
  CHECK(FormatLike(plain, 1250) == "1,250");
  Figure es = Fig("Suman 17.700 millones de dólares.", "17.700 millones de dólares", Kind::kMoney, "");
  es.value.num = 17.7e9;
  es.lang = "es";
  CHECK(FormatLike(es, 18.2e9) == "18.200 millones de dólares");
  Figure es_dec = Fig("Suman 3,7 millones.", "3,7 millones", Kind::kMoney, "");
  es_dec.value.num = 3.7e6;
  es_dec.lang = "es";
  CHECK(FormatLike(es_dec, 3.95e6) == "3,95 millones");
  // Digits that are not the value (a word-written figure): the plain number.
  Figure words = Fig("Some forty thousand.", "forty thousand", Kind::kCount, "");
  words.value.num = 40000;
  CHECK(FormatLike(words, 41000) == "41,000");
}

// trial17 (issue 13 point 9): a period or time is written as a desk writes
// it, never as the ISO span the checker holds ("612 ... for 2025-04/2026-03",
// "38.5% of patients for 2026-06").
TEST_CASE("DateWords writes ISO periods as the desk does, English and Spanish") {
  using claimcheck::check::DateWords;
  CHECK(DateWords("2025-04/2026-03", "en") == "2025-26");
  CHECK(DateWords("2025/2026", "en") == "2025-26");
  CHECK(DateWords("2019-07/2020-06", "es") == "2019-20");
  CHECK(DateWords("2026-06", "en") == "June 2026");
  CHECK(DateWords("2026-06", "es") == "junio de 2026");
  CHECK(DateWords("2026-03-05", "en") == "5 March 2026");
  CHECK(DateWords("2026-03-05", "es") == "5 de marzo de 2026");
  CHECK(DateWords("2018-Q1", "en") == "Q1 2018");
  CHECK(DateWords("2018-Q1", "es") == "primer trimestre de 2018");
  CHECK(DateWords("2023", "es") == "2023");
  CHECK(DateWords("2004/..", "en") == "since 2004");
  CHECK(DateWords("2019/2021", "en") == "2019 to 2021");
  CHECK(DateWords("2025-01/2025-06", "es") == "de enero de 2025 a junio de 2025");
  CHECK(DateWords("sometime", "en") == "sometime");
  CHECK(DateWords("", "en").empty());
}

// A rate's denominator in its own text's words: "al año", not "per año"
// in an English message frame (trial17).
TEST_CASE("PerWords quotes the sentence's own words for a denominator") {
  using claimcheck::check::PerWords;
  Figure es = Fig("El sector vende al exterior unos 401 millones de euros al año, según el Observatorio.",
                  "unos 401 millones de euros", Kind::kMoney, "");
  CHECK(PerWords(es, "año") == "al año");
  Figure en = Fig("The health service is spending £96.4 million a month on hearing aids.", "£96.4 million",
                  Kind::kMoney, "");
  CHECK(PerWords(en, "month") == "a month");
  // Not written after the figure: the plain "per".
  Figure none = Fig("Deaths were 11.6 per 100,000 residents.", "11.6", Kind::kCount, "");
  CHECK(PerWords(none, "100000 residents") == "per 100000 residents");
}

TEST_CASE("Describe and FigureWords drop the capital a sentence gives the figure's own words (trial19)") {
  using claimcheck::check::FigureWords;
  // "courier.txt says Fewer than 3% ...": the qualifier opens the sentence.
  Figure f = Fig("Fewer than 3% of eligible people give blood.", "Fewer than 3%", Kind::kPercent, "eligible people");
  CHECK(FigureWords(f) == "fewer than 3%");
  CHECK(Describe(f).rfind("fewer than 3%", 0) == 0);
  CHECK(FigureWords(Fig("Seventeen ferries were cancelled.", "Seventeen", Kind::kCount, "ferries")) == "seventeen");
  // Not at the start of the sentence, or not a plain capitalised word: as written.
  CHECK(FigureWords(Fig("Last year Fewer than 3% did.", "Fewer than 3%", Kind::kPercent, "")) == "Fewer than 3%");
  CHECK(FigureWords(Fig("GBP 40 million was raised.", "GBP 40 million", Kind::kMoney, "")) == "GBP 40 million");
}
