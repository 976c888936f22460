// False alarms of task fa22 (train after eval20 opened), each as the kind it
// stands for: a faithful article figure the checker must not flag, beside the
// misreport of the same kind that it must still flag.
#include <catch2/catch.hpp>

#include <string>

#include "claims/check/place_names.h"
#include "tests/check/check_fixture.h"

using namespace claimcheck;
using namespace claimcheck::testing;

TEST_CASE("place names: an initialism spells the capitals of its long form") {
  CHECK(check::InitialismOf("DWP", "Department for Work and Pensions"));
  CHECK(check::InitialismOf("AGE", "Administración General del Estado"));
  CHECK(check::OneNameAbbreviated("Instituto Nacional de Estadística", "INE"));
  CHECK_FALSE(check::InitialismOf("DWP", "Department of Health"));
  CHECK_FALSE(check::InitialismOf("Dwp", "Department for Work and Pensions"));  // no initialism
  CHECK_FALSE(check::InitialismOf("W", "Wales"));                               // one letter, one word
  CHECK_FALSE(check::InitialismOf("UK", "Ulster"));
}

TEST_CASE("subset by place: a body's initialism is the body its source spells out") {
  // A staffing survey gives the share of agency staff in one department,
  // spelled out; a radio guest gives the same share for the department by
  // its initials. The same share given for another body the sentence does
  // not name is still one body's figure for another.
  auto run = [](const std::string& article_sentence, const std::string& article_place) {
    CheckInput in;
    DocBuilder r("staffing-survey.txt", "source", "Civil Service Staffing Unit");
    r.Add({"Agency staff made up 9.6% of the workforce in the Department for Work and Pensions in March.", "9.6%",
           Kind::kPercent, 9.6, Qualifier::kExact, "agency staff"});
    r.AddTo(&in);
    in.figures.back().frame.place = "Department for Work and Pensions";
    DocBuilder a("phone-in.txt", "article", "Radio Westmere");
    a.Add({article_sentence, "9.6%", Kind::kPercent, 9.6, Qualifier::kExact, "agency staff"});
    a.AddTo(&in);
    in.figures.back().frame.place = article_place;
    auto all = RunCheck(in);
    INFO(Dump(all));
    return SaidOn(all, "subset_conflict", "9.6%");
  };
  CHECK(run("At the DWP, agency staff are now 9.6% of the workforce.", "DWP") == 0);
  CHECK(run("At the Treasury, agency staff are now 9.6% of the workforce.", "Treasury") == 1);
  CHECK(run("At the DfE, agency staff are now 9.6% of the workforce.", "DfE") == 1);
}

TEST_CASE("direction: a level called steady against one moved under a point only") {
  // A court bulletin gives a level with a small change in its sentence
  // ("broadly steady at 2,318, up 0.4%"); the frame reads the level as up. A
  // story saying the level stayed where it was rounds that steadiness; the
  // same flat level against a sentence that moves it by 6.4% still differs.
  auto run = [](const std::string& change_text, double change) {
    CheckInput in;
    DocBuilder r("court-bulletin.txt", "source", "Courts Statistics Office");
    const std::string s = "Possession claims for unpaid rent held broadly steady at 2,318, up " + change_text +
                          " on the second quarter of 2025.";
    r.Add({s, "2,318", Kind::kCount, 2318, Qualifier::kExact, "possession claims"});
    r.Add({s, change_text, Kind::kPercent, change, Qualifier::kExact, "possession claims"});
    r.AddTo(&in);
    for (Figure& f : in.figures) {
      f.frame.direction = Direction::kUp;
      f.frame.measure = f.kind == Kind::kPercent ? Measure::kChange : Measure::kLevel;
    }
    DocBuilder a("landlords-letter.txt", "article", "Landlords Forum");
    a.Add({"Possession claims stayed at 2,318 in the quarter, the forum said.", "2,318", Kind::kCount, 2318,
           Qualifier::kExact, "possession claims"});
    a.AddTo(&in);
    in.figures.back().frame.direction = Direction::kFlat;
    in.figures.back().frame.measure = Measure::kLevel;
    auto all = RunCheck(in);
    INFO(Dump(all));
    return SaidOn(all, "direction_conflict", "2,318");
  };
  CHECK(run("0.4%", 0.4) == 0);
  CHECK(run("6.4%", 6.4) == 1);
}

TEST_CASE("value slip: a rate over a written scale is no slip of a total") {
  // A bulletin gives a half-year total and a rate per 10,000 households
  // whose digits a power of ten apart from the total's rounding ("about
  // 23,000" and "2.3 per 10,000"). A story's rounded total belongs with the
  // total: the rate's scale puts the power of ten there, no miscopied digit.
  CheckInput in;
  DocBuilder r("housing-bulletin.txt", "source", "Housing Courts Service");
  r.Add({"In the first half of the year bailiffs carried out 23,140 evictions, down 3.9%.", "23,140", Kind::kCount,
         23140, Qualifier::kExact, "evictions"});
  r.Add({"Bailiffs carried out 2.3 evictions per 10,000 households in the half-year.", "2.3", Kind::kCount, 2.3,
         Qualifier::kExact, "evictions"});
  r.AddTo(&in);
  in.figures.back().frame.per = "10000 households";
  in.figures.back().frame.measure = Measure::kRate;
  DocBuilder a("tenants-post.txt", "article", "Tenants Voice");
  a.Add({"More than 23,000 evictions were carried out in the half-year.", "More than 23,000", Kind::kCount, 23000,
         Qualifier::kMoreThan, "evictions"});
  a.AddTo(&in);
  auto all = RunCheck(in);
  INFO(Dump(all));
  CHECK(SaidOn(all, "value_conflict", "More than 23,000") == 0);
  CHECK(Flagged(all).empty());
}

TEST_CASE("subset by place: a small bare count recurs in any place's sentence") {
  // A region's rate of "fewer than 5 incidents per 1,000 people" and a
  // story's "one" load for the whole county: a count under ten without a
  // denominator is no evidence the two are one statement of two places.
  auto run = [](const std::string& text, double value, const std::string& per) {
    CheckInput in;
    DocBuilder r("dumping-release.txt", "source", "Rural Affairs Office");
    r.Add({"Rural districts of the Fenmoor region recorded fewer than 5 incidents per 1,000 people.", "fewer than 5",
           Kind::kCount, 5, Qualifier::kLessThan, "incidents"});
    r.AddTo(&in);
    in.figures.back().frame.place = "Fenmoor region";
    in.figures.back().frame.per = "1000 people";
    in.figures.back().frame.measure = Measure::kRate;
    DocBuilder a("county-courier.txt", "article", "County Courier");
    a.Add({"Across Wenshire councils now clear " + text + " dumped incidents every minute.", text, Kind::kCount, value,
           Qualifier::kLessThan, "incidents"});
    a.AddTo(&in);
    in.figures.back().frame.place = "Wenshire";
    in.figures.back().frame.per = per;
    if (!per.empty()) in.figures.back().frame.measure = Measure::kRate;
    auto all = RunCheck(in);
    INFO(Dump(all));
    return SaidOn(all, "subset_conflict", text);
  };
  CHECK(run("fewer than 5", 5, "") == 0);
  // The region's rate over its scale given for the county is still one
  // place's figure for another.
  CHECK(run("fewer than 5", 5, "1000 people") == 1);
}
