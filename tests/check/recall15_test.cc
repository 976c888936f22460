// Recall on one distinctive number given in a unit of another family
// (rec15b, issue 13 point 3): a percent for a rate over another scale, and
// an amount in another currency. The checker pairs figures within one
// family (percent, count, money in one currency); these misreports keep the
// number and change the unit, so neither was ever a candidate.
#include <catch2/catch.hpp>

#include "tests/check/check_fixture.h"

using namespace claimcheck;
using namespace claimcheck::testing;

namespace {

// A health board's rate of falls per 10,000 residents, and a story giving
// the same number as a percent of residents.
void RateCase(CheckInput* in, const std::string& article_text, Kind article_kind, double value,
              const std::string& source_per, const std::string& source_text = "18.4") {
  DocBuilder r("board.txt", "source", "Riverside Health Board");
  const std::string scale = source_per.substr(0, source_per.find(' ')) == "100" ? "100" : "10,000";
  r.Add({"The rate of hospital admissions after a fall among older residents was " + source_text + " per " + scale +
             " residents in 2025.",
         source_text, Kind::kCount, value, Qualifier::kExact, "rate of hospital admissions"});
  r.AddTo(in);
  in->figures.back().frame.measure = Measure::kRate;
  in->figures.back().frame.per = source_per;
  in->figures.back().time = "2025";
  DocBuilder a("story.txt", "article");
  a.Add({"Hospital admissions after a fall among older residents reached " + article_text +
             " of residents in 2025, the Riverside Health Board said.",
         article_text, article_kind, value, Qualifier::kExact, "hospital admissions"});
  a.AddTo(in);
  in->figures.back().time = "2025";
}

// A wine board's export earnings in euros, and a story in dollars.
void CurrencyCase(CheckInput* in, const std::string& article_text, const std::string& unit, double value,
                  const std::string& source_text, double source_value) {
  DocBuilder r("exports.txt", "source", "Valley Wine Board");
  r.Add({"Wine exports from the valley earned " + source_text + " in 2025, the board's annual report shows.",
         source_text, Kind::kMoney, source_value, Qualifier::kExact, "wine exports", "", "2025", "EUR"});
  r.AddTo(in);
  DocBuilder a("story.txt", "article");
  a.Add({"Wine exports from the valley earned " + article_text + " in 2025, according to the Valley Wine Board.",
         article_text, Kind::kMoney, value, Qualifier::kExact, "wine exports", "", "2025", unit});
  a.AddTo(in);
}

}  // namespace

TEST_CASE("rate: a percent for the same number per ten thousand") {
  {
    CheckInput in;
    RateCase(&in, "18.4%", Kind::kPercent, 18.4, "10000 residents");
    auto all = RunCheck(in);
    INFO(Dump(all));
    auto r = Said(all, "rate_conflict");
    REQUIRE(r.size() == 1);
    CHECK(r[0].basis == "rate");
    CHECK(r[0].message.find("a percentage") != std::string::npos);
  }
  {  // the source's own scale is a hundred: a percent, no conflict
    CheckInput in;
    RateCase(&in, "18.4%", Kind::kPercent, 18.4, "100 residents");
    auto all = RunCheck(in);
    INFO(Dump(all));
    CHECK(Said(all, "rate_conflict").empty());
  }
  {  // a round number is no evidence the two are one statement
    CheckInput in;
    RateCase(&in, "18%", Kind::kPercent, 18, "10000 residents", "18");
    auto all = RunCheck(in);
    INFO(Dump(all));
    CHECK(Said(all, "rate_conflict").empty());
  }
}

TEST_CASE("unit: the same amount in another currency") {
  {
    CheckInput in;
    CurrencyCase(&in, "$412.6 million", "USD", 412.6e6, "€412.6 million", 412.6e6);
    auto all = RunCheck(in);
    INFO(Dump(all));
    auto m = Said(all, "measure_conflict");
    REQUIRE(m.size() == 1);
    CHECK(m[0].basis == "unit");
    CHECK(m[0].suggestion.rfind("€412.6 million", 0) == 0);
  }
  {  // one currency: supported
    CheckInput in;
    CurrencyCase(&in, "€412.6 million", "EUR", 412.6e6, "€412.6 million", 412.6e6);
    auto all = RunCheck(in);
    INFO(Dump(all));
    CHECK(Flagged(all).empty());
  }
  {  // a round amount in two currencies is as often two amounts
    CheckInput in;
    CurrencyCase(&in, "$5 million", "USD", 5e6, "€5 million", 5e6);
    auto all = RunCheck(in);
    INFO(Dump(all));
    CHECK(Said(all, "measure_conflict").empty());
  }
}

// A count of groups for a count of visits (rules' thing_heads: "group"):
// "18,420 school groups" for the 18,420 visits pupils in school groups
// made is a unit of count changed, though the source's sentence names the
// groups (eval15-museum-visitors).
TEST_CASE("unit: groups counted for the visits they made") {
  CheckInput in;
  DocBuilder r("museums.txt", "source", "County Museums Service");
  r.Add({"Pupils visiting in organised school groups made 18,420 visits to the county's museums in 2025.", "18,420",
         Kind::kCount, 18420, Qualifier::kExact, "visits"});
  r.AddTo(&in);
  DocBuilder a("story.txt", "article");
  a.Add({"Some 18,420 school groups visited the county's museums in 2025, the County Museums Service said.",
         "18,420", Kind::kCount, 18420, Qualifier::kExact, "school groups"});
  a.AddTo(&in);
  auto all = RunCheck(in);
  INFO(Dump(all));
  auto s = Said(all, "subject_conflict");
  REQUIRE(s.size() == 1);
  CHECK(s[0].basis == "unit");
}

TEST_CASE("a target's bound is its threshold: another threshold is no support") {
  // trial27: "The Board's target is 85 per cent" against a standard that at
  // least 75% of patients start within 62 days: 85 lay inside "at least
  // 75" and read as supported.
  auto run = [](double article_value, Qualifier q) {
    CheckInput in;
    DocBuilder r("release.txt", "source", "Eastmere Health Board");
    r.Add({"The Board's target is that at least 75% of patients start treatment within 62 days.", "at least 75%",
           Kind::kPercent, 75, Qualifier::kAtLeast, "patients"});
    r.AddTo(&in);
    in.figures.back().frame.modality = Modality::kTarget;
    DocBuilder a("story.txt", "article");
    const std::string text = q == Qualifier::kExact ? (article_value == 85 ? "85 per cent" : "75 per cent")
                                                    : "at least 75 per cent";
    a.Add({"The Board's target is that " + text + " of patients start treatment within 62 days, the Eastmere "
           "Health Board said.",
           text, Kind::kPercent, article_value, q, "patients"});
    a.AddTo(&in);
    in.figures.back().frame.modality = Modality::kTarget;
    std::vector<Alignment> pairs;
    std::vector<Finding> all;
    REQUIRE(CheckFigures(in, TestOptions(), &all, nullptr, &pairs).ok());
    for (const Alignment& p : pairs)
      if (p.figure->text == text) return p.verdict;
    return std::string("none");
  };
  CHECK(run(85, Qualifier::kExact) != "supported");
  CHECK(run(75, Qualifier::kExact) == "supported");
  CHECK(run(75, Qualifier::kAtLeast) == "supported");
}
