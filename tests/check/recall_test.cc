// Recall on differences the frames give but the comparison could not read
// (rec12): a change since one year reported as since another, and durations
// written in different units.
#include <catch2/catch.hpp>

#include "claims/check/identity.h"
#include "claims/check/interval.h"
#include "tests/check/check_fixture.h"

using namespace claimcheck;
using namespace claimcheck::testing;

TEST_CASE("since-spans: two open spans compare by their starts") {
  CHECK(check::SinceStartsDiffer("2005/..", "2015/.."));
  CHECK(check::SinceStartsDiffer("2019-06/..", "2024-06/.."));
  CHECK_FALSE(check::SinceStartsDiffer("2015/..", "2015/.."));
  CHECK_FALSE(check::SinceStartsDiffer("2015-03/..", "2015/.."));  // March 2015 lies in 2015
  CHECK_FALSE(check::SinceStartsDiffer("2015/..", "2015/2025"));   // one closed span: not this rule
  CHECK_FALSE(check::SinceStartsDiffer("2015", "2005/.."));
  CHECK_FALSE(check::SinceStartsDiffer("/..", "2005/.."));
  CHECK_FALSE(check::SinceStartsDiffer("", ""));
  // An open end parses as no time: the ordinary comparison says nothing.
  CHECK_FALSE(check::TimesDisjoint("2005/..", "2015/.."));
}

namespace {

// A bulletin's rise since one year, and a story giving the same number for
// a rise since another.
void SinceCase(CheckInput* in, const std::string& article_since, const std::string& article_text,
               double article_value) {
  DocBuilder r("bulletin.txt", "source", "Office of Harbour Statistics");
  r.Add({"The number of registered moorings has grown by 31% since 2012.", "31%", Kind::kPercent, 31,
         Qualifier::kExact, "registered moorings"});
  r.AddTo(in);
  in->figures.back().frame.measure = Measure::kChange;
  in->figures.back().frame.direction = Direction::kUp;
  in->figures.back().frame.period = "2012/..";
  in->figures.back().time = "2012/..";
  DocBuilder a("story.txt", "article");
  a.Add({"The number of registered moorings has grown by " + article_text + " since " + article_since +
             ", the harbour statistics office said.",
         article_text, Kind::kPercent, article_value, Qualifier::kExact, "registered moorings"});
  a.AddTo(in);
  in->figures.back().frame.measure = Measure::kChange;
  in->figures.back().frame.direction = Direction::kUp;
  in->figures.back().frame.period = article_since + "/..";
  in->figures.back().time = article_since + "/..";
}

}  // namespace

TEST_CASE("period conflict: the same rise since another year") {
  {
    CheckInput in;
    SinceCase(&in, "2002", "31%", 31);
    auto all = RunCheck(in);
    INFO(Dump(all));
    auto p = Flagged(all, "period_conflict");
    REQUIRE(p.size() == 1);
    CHECK(p[0].basis == "period");
  }
  {  // the same start: quiet
    CheckInput in;
    SinceCase(&in, "2012", "31%", 31);
    auto all = RunCheck(in);
    INFO(Dump(all));
    CHECK(Flagged(all).empty());
  }
  {  // a number only near the source's, from another start: no period claim
    CheckInput in;
    SinceCase(&in, "2002", "about 30%", 30);
    in.figures.back().qualifier = Qualifier::kApprox;
    auto all = RunCheck(in);
    INFO(Dump(all));
    CHECK(Flagged(all, "period_conflict").empty());
  }
}

TEST_CASE("period conflict: the same rise since another year, the subject named otherwise") {
  // "the Band D charge has gone up by 31% since 2006" for "council tax has
  // risen by 31% since 2016": two head nouns read beside one number, whose
  // start is what the frames say differs (rec16a: said as a subject note).
  CheckInput in;
  DocBuilder r("bulletin.txt", "source", "Office of Harbour Statistics");
  r.Add({"Harbour dues for a small berth have risen by 31% since 2012.", "31%", Kind::kPercent, 31,
         Qualifier::kExact, "harbour dues"});
  r.AddTo(&in);
  in.figures.back().frame.measure = Measure::kChange;
  in.figures.back().frame.direction = Direction::kUp;
  in.figures.back().frame.period = "2012/..";
  DocBuilder a("story.txt", "article");
  a.Add({"By the office's own figures, the yearly charge for a berth has gone up by 31% since 2002.", "31%",
         Kind::kPercent, 31, Qualifier::kExact, "yearly charge"});
  a.AddTo(&in);
  in.figures.back().frame.measure = Measure::kChange;
  in.figures.back().frame.direction = Direction::kUp;
  in.figures.back().frame.period = "2002/..";
  auto all = RunCheck(in);
  INFO(Dump(all));
  CHECK(Said(all, "subject_conflict").empty());
  CHECK(Said(all, "period_conflict").size() == 1);
}

TEST_CASE("year windows: twelve months to one month against twelve months to another") {
  CHECK(check::YearWindowsEndApart("2025-11/2026-10", "2025-12/2026-11"));
  CHECK(check::YearWindowsEndApart("2025-10/2026-09", "2025-11/2026-10"));
  CHECK_FALSE(check::YearWindowsEndApart("2025-11/2026-10", "2025-11/2026-10"));
  CHECK_FALSE(check::YearWindowsEndApart("2026-01/2026-06", "2026-01/2026-09"));  // not twelve months
  CHECK_FALSE(check::YearWindowsEndApart("2026", "2025-12/2026-11"));             // a bare year
  CHECK_FALSE(check::YearWindowsEndApart("", ""));
  // The bulletin's rise in the 12 months to October, the story's in the year
  // to November: a period conflict; the same window, quiet. Each sentence
  // writes its window (a date figure); a story's "in the last year", a
  // window read from its document's date, sets no end against the
  // bulletin's (per24).
  for (const std::string story : {"2025-12/2026-11", "2025-11/2026-10", "last year"}) {
    CheckInput in;
    DocBuilder r("bulletin.txt", "source", "Office for Harbour Statistics");
    const char* rs = "Mooring fees rose by 4.7% in the 12 months to October 2026.";
    r.Add({rs, "12 months to October 2026", Kind::kDate, 0});
    r.Add({rs, "4.7%", Kind::kPercent, 4.7, Qualifier::kExact, "mooring fees"});
    r.AddTo(&in);
    in.figures.back().frame.measure = Measure::kChange;
    in.figures.back().frame.direction = Direction::kUp;
    in.figures.back().frame.period = "2025-11/2026-10";
    DocBuilder a("story.txt", "article");
    if (story == "last year") {
      a.Add({"Mooring fees rose by 4.7% in the last year, the Office for Harbour Statistics said.", "4.7%",
             Kind::kPercent, 4.7, Qualifier::kExact, "mooring fees"});
    } else {
      const std::string to = story == "2025-12/2026-11" ? "the year to November" : "the year to October";
      const std::string as = "Mooring fees rose by 4.7% in " + to + ", the Office for Harbour Statistics said.";
      a.Add({as, to, Kind::kDate, 0});
      a.Add({as, "4.7%", Kind::kPercent, 4.7, Qualifier::kExact, "mooring fees"});
    }
    a.AddTo(&in);
    in.figures.back().frame.measure = Measure::kChange;
    in.figures.back().frame.direction = Direction::kUp;
    in.figures.back().frame.period = story == "last year" ? "2025-12/2026-11" : story;
    auto all = RunCheck(in);
    INFO(Dump(all));
    CHECK(Said(all, "period_conflict").size() == (story == "2025-12/2026-11" ? 1u : 0u));
  }
}

TEST_CASE("multi-year spans: a change over years against one over a shorter span") {
  CHECK(check::MultiYearSpanOutlasts("2016-05/2026-04", "2025"));
  CHECK(check::MultiYearSpanOutlasts("2021-04/2022-03", "2016-05/2026-04"));
  CHECK_FALSE(check::MultiYearSpanOutlasts("2016-05/2026-04", "2016/2025"));  // alike: ten years
  CHECK_FALSE(check::MultiYearSpanOutlasts("2024-09/2026-08", "2025"));  // two years: may be "either"
  CHECK_FALSE(check::MultiYearSpanOutlasts("2016/2025", "2025"));  // years, not months: not this rule
  CHECK_FALSE(check::MultiYearSpanOutlasts("", "2025"));
  // The release's rise of 2025, the column's over the last decade: a period
  // conflict; the same decade on both sides, quiet.
  for (const std::string source : {"2025", "2016-05/2026-04"}) {
    CheckInput in;
    DocBuilder r("release.txt", "source", "City Traffic Office");
    r.Add({"Speeding fines in the city rose 35% after four new cameras went up.", "35%", Kind::kPercent, 35,
           Qualifier::kExact, "speeding fines"});
    r.AddTo(&in);
    in.figures.back().frame.measure = Measure::kChange;
    in.figures.back().frame.direction = Direction::kUp;
    in.figures.back().frame.period = source;
    DocBuilder a("column.md", "article");
    a.Add({"Speeding fines in the city have risen 35% over the last decade.", "35%", Kind::kPercent, 35,
           Qualifier::kExact, "speeding fines"});
    a.AddTo(&in);
    in.figures.back().frame.measure = Measure::kChange;
    in.figures.back().frame.direction = Direction::kUp;
    in.figures.back().frame.period = "2016-05/2026-04";
    auto all = RunCheck(in);
    INFO(Dump(all));
    CHECK(Said(all, "period_conflict").size() == (source == "2025" ? 1u : 0u));
  }
}

TEST_CASE("durations: one family's units compare as one number") {
  std::string base;
  CHECK(check::DurationScale("year", &base) == 12);
  CHECK(base == "month");
  CHECK(check::DurationScale("month", &base) == 1);
  CHECK(base == "month");
  CHECK(check::DurationScale("week", &base) == 7 * 86400);
  CHECK(base == "second");
  CHECK(check::DurationScale("minute", &base) == 60);
  CHECK(base == "second");
  CHECK(check::DurationScale("t", &base) == 1);  // not a duration unit: itself
  CHECK(base == "t");
}

namespace {

// A regulator's sentence with a duration in months, and a story that gives
// it in years (or back).
std::vector<Finding> DurationCase(CheckInput* in, const std::string& source_text, double source_value,
                                  const std::string& source_unit, const std::string& article_text,
                                  double article_value, const std::string& article_unit,
                                  std::vector<Alignment>* pairs) {
  DocBuilder r("regulator.txt", "source", "Rail Standards Office");
  r.Add({"The signalling upgrade on the northern line took " + source_text + " to complete, the office said.",
         source_text, Kind::kDuration, source_value, Qualifier::kExact, "signalling upgrade", "", "", source_unit});
  r.AddTo(in);
  DocBuilder a("story.txt", "article");
  a.Add({"The signalling upgrade on the northern line took " + article_text + " to complete, the Rail Standards Office said.",
         article_text, Kind::kDuration, article_value, Qualifier::kExact, "signalling upgrade", "", "", article_unit});
  a.AddTo(in);
  std::vector<Finding> out;
  Status s = CheckFigures(*in, TestOptions(), &out, nullptr, pairs);
  if (!s.ok()) throw std::runtime_error(s.message());
  return out;
}

}  // namespace

TEST_CASE("durations in different units: a year and a half is 18 months, three years is not") {
  {  // a year and a half for 18 months: supported, paired with the stored figure
    CheckInput in;
    std::vector<Alignment> pairs;
    auto all = DurationCase(&in, "18 months", 18, "month", "a year and a half", 1.5, "year", &pairs);
    INFO(Dump(all));
    CHECK(Flagged(all).empty());
    bool aligned = false;
    for (const Alignment& a : pairs) {
      if (a.figure->text != "a year and a half") continue;
      aligned = a.source && a.verdict == "supported" && a.source->text == "18 months";
      // The records name the stored figures, not the checker's copies in months.
      CHECK(a.figure->unit == "year");
      CHECK(a.figure->value.num == 1.5);
      CHECK(&*a.figure == &in.figures[1]);
    }
    CHECK(aligned);
  }
  {  // three years for 18 months: a value conflict naming both as written
    // ("two years" is 18 to 30 months as a whole number of years rounds)
    CheckInput in;
    std::vector<Alignment> pairs;
    auto all = DurationCase(&in, "18 months", 18, "month", "three years", 3, "year", &pairs);
    INFO(Dump(all));
    auto v = Said(all, "value_conflict");
    REQUIRE(v.size() == 1);
    CHECK(&*v[0].claims[0] == &in.figures[1]);
    CHECK(&*v[0].claims[1] == &in.figures[0]);
    CHECK(v[0].message.find("three years") != std::string::npos);
    CHECK(v[0].message.find("18 months") != std::string::npos);
  }
  {  // 48 hours and two days: quiet
    CheckInput in;
    std::vector<Alignment> pairs;
    auto all = DurationCase(&in, "48 hours", 48, "hour", "two days", 2, "day", &pairs);
    INFO(Dump(all));
    CHECK(Flagged(all).empty());
  }
  {  // 3 years against 2 months: no digit slip across units
    CheckInput in;
    std::vector<Alignment> pairs;
    auto all = DurationCase(&in, "2 months", 2, "month", "3 years", 3, "year", &pairs);
    INFO(Dump(all));
    for (const Finding& f : all) CHECK(f.basis != "value_slip");
  }
}

namespace {

std::vector<Finding> SelfHarmCase(CheckInput* in, const std::string& source_sentence, bool people_counted) {
  DocBuilder r("bulletin.txt", "source", "Department of Corrections");
  r.Add({source_sentence, "2,684", Kind::kCount, 2684, Qualifier::kExact, "self-harm incidents"});
  if (people_counted) r.Add({source_sentence, "1,102", Kind::kCount, 1102, Qualifier::kExact, "individual prisoners"});
  r.AddTo(in);
  DocBuilder a("story.txt", "article");
  a.Add({"Over the year 2,684 prisoners self-harmed in the state's jails, the Department of Corrections bulletin shows.",
         "2,684", Kind::kCount, 2684, Qualifier::kExact, "prisoners"});
  a.AddTo(in);
  return RunCheck(*in);
}

}  // namespace

TEST_CASE("unit of count: the source's sentence counts the article's people apart") {
  {  // "2,684 self-harm incidents, involving 1,102 individual prisoners": 2,684 prisoners is a unit swap
    CheckInput in;
    auto all = SelfHarmCase(
        &in, "Over the year there were 2,684 self-harm incidents in the state's jails, involving 1,102 individual prisoners.",
        true);
    INFO(Dump(all));
    auto u = Flagged(all, "subject_conflict");
    REQUIRE(u.size() == 1);
    CHECK(u[0].basis == "unit");
    CHECK(u[0].message.find("1,102") != std::string::npos);
  }
  {  // the sentence names the prisoners but gives them no number of their own: not this rule
    CheckInput in;
    auto all = SelfHarmCase(
        &in, "Over the year there were 2,684 self-harm incidents in the state's jails, involving prisoners on every wing.",
        false);
    INFO(Dump(all));
    for (const Finding& f : all) CHECK(f.basis != "unit");
  }
}

TEST_CASE("digit slips: one digit written in or left out") {
  using check::DigitInsertion;
  using check::DigitsOf;
  CHECK(DigitInsertion(DigitsOf(19), DigitsOf(9)));
  CHECK(DigitInsertion(DigitsOf(9), DigitsOf(19)));
  CHECK(DigitInsertion(DigitsOf(1208), DigitsOf(128)));
  CHECK_FALSE(DigitInsertion(DigitsOf(19), DigitsOf(19)));
  CHECK_FALSE(DigitInsertion(DigitsOf(19), DigitsOf(8)));
  CHECK_FALSE(DigitInsertion(DigitsOf(129), DigitsOf(9)));  // two digits
}

TEST_CASE("value slip: assaults up 19 per cent for the bulletin's 9%") {
  CheckInput in;
  DocBuilder r("bulletin.txt", "source", "Department of Corrections");
  r.Add({"There were 1,030 assaults on staff in the state's prisons, up 9% on the previous 12 months.", "9%",
         Kind::kPercent, 9, Qualifier::kExact, "assaults on staff"});
  r.AddTo(&in);
  in.figures.back().frame.measure = Measure::kChange;
  in.figures.back().frame.direction = Direction::kUp;
  DocBuilder a("story.txt", "article");
  a.Add({"Assaults on staff in the state's prisons rose 19% on the previous 12 months, the Department of Corrections said.",
         "19%", Kind::kPercent, 19, Qualifier::kExact, "assaults on staff"});
  a.AddTo(&in);
  in.figures.back().frame.measure = Measure::kChange;
  in.figures.back().frame.direction = Direction::kUp;
  auto all = RunCheck(in);
  INFO(Dump(all));
  auto v = Flagged(all, "value_conflict");
  REQUIRE(v.size() == 1);
  CHECK(v[0].basis == "value_slip");
}

namespace {

// A tourism board's regional rises, and a story giving one region's rise
// for the whole country. `article` is the story's sentence, `text` its
// figure; `article_place` the place its frame reads.
std::vector<Finding> PlaceCase(CheckInput* in, const std::string& article, const std::string& text,
                               const std::string& article_place) {
  DocBuilder r("visits-bulletin.txt", "source", "Upland Tourism Board");
  const std::string s = "Overnight stays grew fastest in Carrick, where they rose 6.4%, and slowest in Dunmore, at 1.2%.";
  r.Add({s, "6.4%", Kind::kPercent, 6.4, Qualifier::kExact, "overnight stays"});
  r.AddTo(in);
  in->figures.back().frame.measure = Measure::kChange;
  in->figures.back().frame.direction = Direction::kUp;
  in->figures.back().frame.place = "Carrick";
  DocBuilder a("story.txt", "article");
  a.Add({article, text, Kind::kPercent, 6.4, Qualifier::kExact, "overnight stays"});
  a.AddTo(in);
  in->figures.back().frame.measure = Measure::kChange;
  in->figures.back().frame.direction = Direction::kUp;
  in->figures.back().frame.place = article_place;
  return RunCheck(*in);
}

}  // namespace

TEST_CASE("subset by place: one region's figure given for another place") {
  {  // Carrick's rise as the whole of Upland's
    CheckInput in;
    auto all = PlaceCase(&in, "Overnight stays rose 6.4% across Upland last year, the tourism board said.", "6.4%", "Upland");
    INFO(Dump(all));
    auto s = Said(all, "subset_conflict");
    REQUIRE(s.size() == 1);
    CHECK(s[0].basis == "subset_place");
    CHECK(s[0].message.find("Carrick") != std::string::npos);
  }
  {  // the same place: quiet
    CheckInput in;
    auto all = PlaceCase(&in, "Overnight stays rose 6.4% in Carrick last year, the tourism board said.", "6.4%", "Carrick");
    INFO(Dump(all));
    CHECK(Said(all, "subset_conflict").empty());
  }
  {  // the story names the source's place too: the frame may have tied the figure to the wrong one
    CheckInput in;
    auto all = PlaceCase(&in, "Carrick saw overnight stays rise 6.4%, the best result in Upland.", "6.4%", "Upland");
    INFO(Dump(all));
    CHECK(Said(all, "subset_conflict").empty());
  }
  {  // one place holding the other's name ("Carrick and Dunmore"): not told apart
    CheckInput in;
    auto all = PlaceCase(&in, "Overnight stays rose 6.4% in Greater Carrick last year.", "6.4%", "Greater Carrick");
    INFO(Dump(all));
    CHECK(Said(all, "subset_conflict").empty());
  }
}

// rec16b: a region's figure given for the whole country. The source names
// the region with its region noun; the story says "nationally".
TEST_CASE("subset by place: a region's figure given as the national one") {
  auto run = [](const std::string& source_place, const std::string& article_place) {
    CheckInput in;
    DocBuilder r("release.txt", "source", "Office for Housing Statistics");
    r.Add({"The Harwick region accounted for 1,694 people sleeping rough, or 38.7% of the national total.", "1,694",
           Kind::kCount, 1694, Qualifier::kExact, "people sleeping rough"});
    r.AddTo(&in);
    in.figures.back().frame.place = source_place;
    DocBuilder a("post.txt", "article");
    a.Add({"Nationally, 1,694 people were sleeping rough on a single night, and outreach workers in Harwick say "
           "they see it every evening.",
           "1,694", Kind::kCount, 1694, Qualifier::kExact, "people sleeping rough"});
    a.AddTo(&in);
    in.figures.back().frame.place = article_place;
    return RunCheck(in);
  };
  {  // the region's count as the country's
    auto all = run("Harwick region", "nationwide");
    INFO(Dump(all));
    auto s = Said(all, "subset_conflict");
    REQUIRE(s.size() == 1);
    // The whole as the story writes it ("Nationally,", t34fix), not a
    // phrase of the checker's own.
    CHECK(s[0].message.find("people sleeping rough nationally") != std::string::npos);
    CHECK(s[0].message.find("Harwick region") != std::string::npos);
  }
  {  // a place named without a region noun may be the country itself: quiet
    auto all = run("Westmarch", "nationwide");
    INFO(Dump(all));
    CHECK(Said(all, "subset_conflict").empty());
  }
  {  // both national: quiet
    auto all = run("nationwide", "nationwide");
    INFO(Dump(all));
    CHECK(Said(all, "subset_conflict").empty());
  }
}

// rec14a: one number for two spans of unlike length, one inside the other.
TEST_CASE("spans of unlike length: a quarter's total is not a half-year's") {
  CHECK(check::SpansOfUnlikeLength("2026-01/2026-06", "2026-01/2026-03"));
  CHECK(check::SpansOfUnlikeLength("2026-01/2026-10", "2026-Q3"));
  CHECK(check::SpansOfUnlikeLength("2026-08", "2026-Q3"));
  CHECK_FALSE(check::SpansOfUnlikeLength("2026-Q1", "2026-01/2026-03"));  // the same span
  CHECK_FALSE(check::SpansOfUnlikeLength("2026-01/2026-09", "2026-01/2026-10"));  // near enough
  CHECK_FALSE(check::SpansOfUnlikeLength("2026", "2026-Q1"));  // a bare year: not this rule
  CHECK_FALSE(check::SpansOfUnlikeLength("2025/2026", "2026-06/2026-08"));  // whole years: not this rule
  CHECK_FALSE(check::SpansOfUnlikeLength("2025-09/2026-08", "2026-06/2026-08"));  // a year to August: nor this
  CHECK_FALSE(check::SpansOfUnlikeLength("2015/..", "2026-Q1"));
  CHECK_FALSE(check::SpansOfUnlikeLength("", "2026-Q1"));
}

// trial18: one start, ends two months or more apart; a month apart, a
// quarter or another start is not this rule.
TEST_CASE("month spans from one start that end apart") {
  CHECK(check::MonthSpansEndApart("2026-01/2026-06", "2026-01/2026-09"));
  CHECK(check::MonthSpansEndApart("2025-11/2026-02", "2025-11/2026-06"));
  CHECK_FALSE(check::MonthSpansEndApart("2026-01/2026-09", "2026-01/2026-10"));
  CHECK_FALSE(check::MonthSpansEndApart("2026-01/2026-06", "2026-02/2026-09"));
  CHECK_FALSE(check::MonthSpansEndApart("2026-Q1", "2026-01/2026-06"));
  CHECK_FALSE(check::MonthSpansEndApart("2026", "2026-01/2026-06"));
}

namespace {

// A bulletin's total for January to March, and a story giving the number
// for a span of its own.
std::vector<Finding> SpanCase(const std::string& article_period, const std::string& text, double value) {
  CheckInput in;
  DocBuilder r("bulletin.txt", "source", "Office of Harbour Statistics");
  r.Add({"Between January and March 2026 the harbour registered " + text + " new moorings.", text,
         Kind::kCount, value, Qualifier::kExact, "new moorings"});
  r.AddTo(&in);
  in.figures.back().frame.period = "2026-01/2026-03";
  in.figures.back().time = "2026-01/2026-03";
  DocBuilder a("story.txt", "article");
  a.Add({"The harbour registered " + text + " new moorings in the period, the harbour statistics office said.",
         text, Kind::kCount, value, Qualifier::kExact, "new moorings"});
  a.AddTo(&in);
  in.figures.back().frame.period = article_period;
  in.figures.back().time = article_period;
  return RunCheck(in);
}

}  // namespace

TEST_CASE("period conflict: a quarter's number given for the half-year") {
  {
    auto all = SpanCase("2026-01/2026-06", "1,426", 1426);
    INFO(Dump(all));
    auto p = Flagged(all, "period_conflict");
    REQUIRE(p.size() == 1);
    CHECK(p[0].basis == "period");
  }
  {  // the same span written another way: quiet
    auto all = SpanCase("2026-Q1", "1,426", 1426);
    INFO(Dump(all));
    CHECK(Flagged(all).empty());
  }
  {  // a bare year holds the quarter: unknown, quiet
    auto all = SpanCase("2026", "1,426", 1426);
    INFO(Dump(all));
    CHECK(Flagged(all).empty());
  }
  {  // a small number recurs in any span: no period claim
    auto all = SpanCase("2026-01/2026-06", "14", 14);
    INFO(Dump(all));
    CHECK(Flagged(all, "period_conflict").empty());
  }
}
