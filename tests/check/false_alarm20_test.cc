// False alarms of task fa20 (train after eval19 opened), each as the kind it
// stands for: a faithful article figure the checker must not flag, beside
// the misreport of the same kind that it must still flag.
#include <catch2/catch.hpp>

#include <string>

#include "tests/check/check_fixture.h"

using namespace claimcheck;
using namespace claimcheck::testing;

TEST_CASE("rate: a percent the article calls yearly against a source percent with no denominator is no conflict") {
  // A tourism office gives a year-on-year rise; a column says the stock grows
  // "6.4% a year". The source's span is its comparison ("than a year
  // earlier"), no denominator of its frame: one side unknown.
  auto run = [](const std::string& source_sentence, const std::string& source_per) {
    CheckInput in;
    DocBuilder r("tourism-office-note.txt", "source", "Regional Tourism Office");
    r.Add({source_sentence, "6.4%", Kind::kPercent, 6.4, Qualifier::kExact, "holiday lets"});
    r.AddTo(&in);
    DocBuilder a("harbour-column.md", "article");
    a.Add({"Registered holiday lets keep growing by 6.4% a year, and the old town feels it first.", "6.4%",
           Kind::kPercent, 6.4, Qualifier::kExact, "holiday lets"});
    a.AddTo(&in);
    SetPer(&in, "harbour-column.md", "6.4%", "year");
    if (!source_per.empty()) SetPer(&in, "tourism-office-note.txt", "6.4%", source_per);
    auto all = RunCheck(in);
    INFO(Dump(all));
    return SaidOn(all, "rate_conflict", "6.4%");
  };
  CHECK(run("Registered holiday lets numbered 48,213 in August, 6.4% more than in the same month a year earlier.", "") ==
        0);
  // A source that states another denominator is still contradicted.
  CHECK(run("Registered holiday lets grew by 6.4% a month over the summer.", "month") == 1);
}

TEST_CASE("attribution: a credit to a publication by its title names no other body") {
  // A county council's bulletin gives a fall in library loans; the paper
  // credits it to "the council's own Library Service Performance
  // Statistics", the bulletin's title. "Service" in a title says what the
  // report covers, not who wrote it.
  auto run = [](const std::string& sentence, const std::string& credit) {
    CheckInput in;
    DocBuilder r("library-statistics-2025-26.txt", "source", "ORMSBY COUNTY COUNCIL");
    r.Add({"Loans of physical items fell by 3.8% in 2025-26, to 1.47 million.", "3.8%", Kind::kPercent, 3.8,
           Qualifier::kExact, "loans"});
    r.AddTo(&in);
    DocBuilder a("ormsby-echo.txt", "article", "Ormsby Echo");
    a.Add({sentence, "3.8 per cent", Kind::kPercent, 3.8, Qualifier::kExact, "loans", credit});
    a.AddTo(&in);
    auto all = RunCheck(in);
    INFO(Dump(all));
    return SaidOn(all, "attribution_conflict", "3.8 per cent");
  };
  CHECK(run("The closures follow the council's own Library Service Performance Statistics, which showed loans fell "
            "3.8 per cent last year.",
            "Library Service Performance Statistics") == 0);
  // A body named with a joiner stays a body, and is not the council.
  CHECK(run("Loans fell 3.8 per cent last year, according to the Office for Library Statistics.",
            "the Office for Library Statistics") == 1);
}

TEST_CASE("attribution: a number in a person's quoted words, credited to that person, names no other source") {
  // A statistics office gives the average household size; a story quotes a
  // university demographer who repeats it. She is quoted, not named as the
  // figure's source. The same credit outside quotation marks still is.
  auto run = [](bool quoted) {
    CheckInput in;
    DocBuilder r("households-release.txt", "source", "OFFICE FOR REGIONAL STATISTICS");
    r.Add({"Average household size fell to 2.27 people in 2026, from 2.30 in 2021.", "2.27 people", Kind::kCount,
           2.27, Qualifier::kExact, "people"});
    r.AddTo(&in);
    DocBuilder a("valley-news.txt", "article", "Valley News");
    const std::string credit = "Dr Amira Castell, a demographer at Selby University";
    a.Add({"Dr Amira Castell, a demographer at Selby University, said: \"Households are shrinking again, to 2.27 "
           "people, and that drives housing demand.\"",
           "2.27 people", Kind::kCount, 2.27, Qualifier::kExact, "people", credit});
    a.AddTo(&in);
    for (Figure& f : in.figures) {
      if (f.doc == "valley-news.txt") f.quoted = quoted;
    }
    auto all = RunCheck(in);
    INFO(Dump(all));
    return SaidOn(all, "attribution_conflict", "2.27 people");
  };
  CHECK(run(true) == 0);
  CHECK(run(false) == 1);
}
