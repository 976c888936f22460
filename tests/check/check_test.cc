// The checker on figures built by hand: one test per kind of finding, and the
// paraphrases that must stay quiet.
#include <catch2/catch.hpp>
#include <stdlib.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>

#include "tests/check/check_fixture.h"
#include "claims/check/identity.h"
#include "tests/scratch.h"

using namespace claimcheck;
using namespace claimcheck::testing;

namespace {

const char* kReportMap =
    "CEP mapped the accounts and connections between 1,000 ISIS-supporting profiles (or nodes) "
    "with affiliations to 96 countries on every continent except Antarctica.";

DocBuilder CepReport() {
  DocBuilder r("corpus/report.txt", "source", "Counter Extremism Project",
               "Spiders of the Caliphate");
  r.Add({kReportMap, "1,000", Kind::kCount, 1000, Qualifier::kExact, "ISIS-supporting profiles"})
      .Add({kReportMap, "96", Kind::kCount, 96, Qualifier::kExact, "countries"});
  return r;
}

}  // namespace

TEST_CASE("value conflict: 69 countries against the report's 96") {
  CheckInput in;
  CepReport().AddTo(&in);
  DocBuilder a("news/article.html", "article");
  a.Add({"CEP mapped 1,000 ISIS-supporting profiles with affiliations to 69 countries on every "
         "continent, the Counter Extremism Project found.",
         "69", Kind::kCount, 69, Qualifier::kExact, "countries", "the Counter Extremism Project"});
  a.AddTo(&in);
  auto all = RunCheck(in);
  auto v = Flagged(all, "value_conflict");
  INFO(Dump(all));
  REQUIRE(v.size() == 1);
  CHECK(v[0].severity == Severity::kError);
  CHECK(v[0].message == "article.html says 69 countries; report.txt, which it credits, says 96 countries.");
  CHECK(v[0].suggestion == "96 countries, not 69");
  REQUIRE(v[0].claims.size() == 2);
  CHECK(v[0].claims[0]->text == "69");
  CHECK(v[0].claims[1]->text == "96");
  CHECK(v[0].score > 0.5);
  CHECK_FALSE(v[0].reasons.empty());
  // Nothing else above info: 1,000 profiles agrees.
  CHECK(Flagged(all).size() == 1);
}

TEST_CASE("quiet: nations for countries, one thousand for 1,000, accounts for profiles") {
  CheckInput in;
  CepReport().AddTo(&in);
  DocBuilder a("article.txt", "article");
  const char* s = "The group mapped one thousand ISIS accounts linked to 96 nations, CEP said.";
  a.Add({s, "one thousand", Kind::kCount, 1000, Qualifier::kExact, "ISIS accounts", "CEP"})
      .Add({s, "96", Kind::kCount, 96, Qualifier::kExact, "nations", "CEP"});
  const char* s2 = "CEP mapped 1 000 profiles (or nodes) in 96 countries.";
  a.Add({s2, "1 000", Kind::kCount, 1000, Qualifier::kExact, "profiles"})
      .Add({s2, "96", Kind::kCount, 96, Qualifier::kExact, "countries"});
  a.AddTo(&in);
  auto opts = TestOptions();
  opts.report_matches = true;
  auto all = RunCheck(in, opts);
  INFO(Dump(all));
  CHECK(Flagged(all).empty());
  size_t supported = 0;
  for (const Finding& f : all) supported += f.type == "supported";
  // The 1,000 profiles against the report's ISIS-supporting profiles reads
  // as a possible subset at info; nothing is raised above info.
  CHECK(supported >= 3);
}

TEST_CASE("value conflict on percents: 18 vs 28 and 3.2 vs 3.4; 99% = 99 per cent") {
  CheckInput in;
  DocBuilder r("report.txt", "source", "State Department of Health");
  r.Add({"Statewide, 18 percent of kindergartners were missing at least one required vaccination.",
         "18 percent", Kind::kPercent, 18, Qualifier::kExact, "kindergartners"})
      .Add({"The unemployment rate fell to 3.2 percent in March.", "3.2 percent", Kind::kPercent, 3.2,
            Qualifier::kExact, ""})
      .Add({"Staff reviewed 99% of the submitted records within a week.", "99%", Kind::kPercent, 99,
            Qualifier::kExact, "the submitted records"});
  r.AddTo(&in);
  DocBuilder a("a.txt", "article");
  a.Add({"Some 28 percent of kindergartners were missing at least one required vaccination.",
         "28 percent", Kind::kPercent, 28, Qualifier::kExact, "kindergartners"})
      .Add({"The unemployment rate fell to 3.4 percent in March.", "3.4 percent", Kind::kPercent, 3.4,
            Qualifier::kExact, ""})
      .Add({"Staff reviewed 99 per cent of the submitted records within a week.", "99 per cent",
            Kind::kPercent, 99, Qualifier::kExact, "the submitted records"});
  a.AddTo(&in);
  auto all = RunCheck(in);
  INFO(Dump(all));
  auto v = Flagged(all, "value_conflict");
  REQUIRE(v.size() == 2);
  CHECK(v[0].claims[0]->text == "28 percent");
  CHECK(v[0].claims[1]->text == "18 percent");
  CHECK(v[1].claims[0]->text == "3.4 percent");
  CHECK(v[1].message.find("3.2 percent") != std::string::npos);
  CHECK(Flagged(all).size() == 2);
}

TEST_CASE("qualifier conflicts: exact 1,000 vs more than / nearly; estimate vs at least") {
  CheckInput in;
  CepReport().AddTo(&in);
  DocBuilder r2("study.txt", "source", "Harvard School of Public Health");
  r2.Add({"We estimate an excess of 4,645 deaths in the year after the hurricane.", "4,645",
          Kind::kCount, 4645, Qualifier::kApprox, "deaths"});
  r2.AddTo(&in);
  DocBuilder a("a.txt", "article");
  a.Add({"CEP mapped more than 1,000 ISIS-supporting profiles.", "more than 1,000", Kind::kCount, 1000,
         Qualifier::kMoreThan, "ISIS-supporting profiles", "CEP"})
      .Add({"The map covers nearly 1,000 ISIS-supporting profiles in total.", "nearly 1,000",
            Kind::kCount, 1000, Qualifier::kNearly, "ISIS-supporting profiles"})
      .Add({"At least 4,645 deaths in the year after the hurricane, the study found.",
            "At least 4,645", Kind::kCount, 4645, Qualifier::kAtLeast, "deaths"});
  a.AddTo(&in);
  auto all = RunCheck(in);
  INFO(Dump(all));
  // All three are found; whether each is raised above info is the fitted
  // qualifier bar's call (rules/en/identity.yaml): "nearly 1,000", alone in
  // a sentence sharing few words with the report's, may sit below it, and
  // is then said at info with the checker's doubt.
  auto q = Said(all, "qualifier_conflict");
  REQUIRE(q.size() == 3);
  auto by_text = [&q](const std::string& text) {
    for (const Finding& f : q) {
      if (f.claims[0]->text == text) return f;
    }
    FAIL("no qualifier conflict on " << text);
    return Finding();
  };
  Finding more = by_text("more than 1,000"), nearly = by_text("nearly 1,000"), least = by_text("At least 4,645");
  CHECK(more.message ==
        "a.txt says more than 1,000 ISIS-supporting profiles; report.txt, which it credits, says "
        "1,000 ISIS-supporting profiles as an exact figure.");
  CHECK(more.severity != Severity::kInfo);
  CHECK((nearly.severity == Severity::kInfo) ==
        (nearly.message.find("The checker is not sure") != std::string::npos));
  CHECK(least.message.find("as an estimate") != std::string::npos);
  CHECK(least.severity != Severity::kInfo);
  CHECK(Flagged(all).size() == Flagged(all, "qualifier_conflict").size());
  CHECK(Flagged(all).size() >= 2);
}

TEST_CASE("quiet: fewer than half, more than 400,000, about 430") {
  CheckInput in;
  DocBuilder r("report.txt", "source");
  r.Add({"Facebook had taken action against 43 percent of the nodes by March 5, 2018.", "43 percent",
         Kind::kPercent, 43, Qualifier::kExact, "the nodes", "", "2018-03-05"})
      .Add({"The agency counted 404,000 unfilled jobs in the region.", "404,000", Kind::kCount, 404000,
            Qualifier::kExact, "unfilled jobs"})
      .Add({"Facebook removed 430 of the profiles flagged.", "430", Kind::kCount, 430,
            Qualifier::kExact, "profiles"});
  r.AddTo(&in);
  DocBuilder a("a.txt", "article");
  a.Add({"Facebook had acted against fewer than half of the accounts by March 2018.", "fewer than half",
         Kind::kPercent, 50, Qualifier::kLessThan, "the accounts", "", "2018-03"})
      .Add({"There were more than 400,000 unfilled jobs in the region.", "more than 400,000",
            Kind::kCount, 400000, Qualifier::kMoreThan, "unfilled jobs"})
      .Add({"Facebook removed about 430 of the flagged profiles.", "about 430", Kind::kCount, 430,
            Qualifier::kApprox, "flagged profiles"});
  a.AddTo(&in);
  auto all = RunCheck(in);
  INFO(Dump(all));
  CHECK(Flagged(all).empty());
}

TEST_CASE("time conflict: by March 5, 2018 vs by the end of 2017") {
  CheckInput in;
  DocBuilder r("report.txt", "source", "Counter Extremism Project");
  r.Add({"Facebook had taken action against 43 percent of the nodes by March 5, 2018.", "43 percent",
         Kind::kPercent, 43, Qualifier::kExact, "the nodes", "", "2018-03-05"});
  r.AddTo(&in);
  DocBuilder a("a.txt", "article");
  a.Add({"By the end of 2017 Facebook had taken action against 43 percent of the accounts.",
         "43 percent", Kind::kPercent, 43, Qualifier::kExact, "the accounts", "", "2017-12-31"});
  a.AddTo(&in);
  auto all = RunCheck(in);
  INFO(Dump(all));
  // An as-of date that drifted (the founding example's kind) is a time
  // conflict; whether it warns is the calibrated `time` bar's call
  // (rules/en/identity.yaml), never an error, and it has no suggestion.
  auto t = Said(all, "time_conflict");
  REQUIRE(t.size() == 1);
  CHECK(t[0].severity != Severity::kError);
  CHECK(t[0].message.rfind("a.txt gives 43 percent of the accounts for 31 December 2017; report.txt gives it for 5 March 2018.", 0) == 0);
  CHECK(t[0].suggestion.empty());
  CHECK(Flagged(all).size() <= 1);

  SECTION("a different value for another time is another fact, not a conflict") {
    in.figures.back().value = FigureValue::Number(23);
    in.figures.back().text = "23 percent";
    CHECK(Flagged(RunCheck(in)).size() <= 1);  // at most unsupported, never time/value conflict
    CHECK(Flagged(RunCheck(in), "time_conflict").empty());
    CHECK(Flagged(RunCheck(in), "value_conflict").empty());
  }
}

TEST_CASE("time: an article's day of telling is no as-of") {
  // "Figures published yesterday show 4,870 tenants were waiting": the
  // article's time is the day before its own date, the day the figure was
  // reported, not the day the count stood; the source's count at the end
  // of June is the same statement, no time conflict.
  CheckInput in;
  DocBuilder r("bulletin.txt", "source", "Housing Office");
  r.Dated("2026-07-20");
  r.Add({"At 30 June 2026 there were 4,870 tenants on the transfer list.", "4,870", Kind::kCount, 4870,
         Qualifier::kExact, "tenants", "", "2026-06-30"});
  r.AddTo(&in);
  DocBuilder a("paper.txt", "article");
  a.Dated("2026-08-04");
  a.Add({"Figures published yesterday by the Housing Office show 4,870 tenants on the transfer list.", "4,870",
         Kind::kCount, 4870, Qualifier::kExact, "tenants", "the Housing Office", "2026-08-03"});
  a.AddTo(&in);
  auto all = RunCheck(in);
  INFO(Dump(all));
  CHECK(Said(all, "time_conflict").empty());

  SECTION("a day the article states weeks before its date is an as-of") {
    in.figures.back().time = "2026-07-15";
    auto later = RunCheck(in);
    INFO(Dump(later));
    CHECK(Said(later, "time_conflict").size() == 1);
  }
}

TEST_CASE("period conflict: one statement given for another year is raised, not said at info") {
  // The period bar is fitted (tools/checkeval/fit_identity) from the train
  // flags plus faithful pairs whose period was moved off the source's: a
  // plain restatement given for the wrong year is a warning. With the
  // earlier bar (0.954, fitted on a handful of gold flags) it was said at
  // info. (The dis9 refit on 91 clusters raised the period bar from 0.87
  // to 0.93, three train false alarms below it; the restatement here keeps
  // the source's wording, as a copied figure does, so it stands above it.)
  CheckInput in;
  DocBuilder r("report.txt", "source", "County Housing Office");
  r.Add({"The county housing office says 2,113 new homes were completed across the county in 2011.", "2,113",
         Kind::kCount, 2113, Qualifier::kExact, "new homes"});
  r.AddTo(&in);
  in.figures.back().frame.period = "2011";
  DocBuilder a("a.txt", "article");
  a.Add({"The county housing office says 2,113 new homes were completed across the county in 2001.", "2,113",
         Kind::kCount, 2113, Qualifier::kExact, "new homes"});
  a.AddTo(&in);
  in.figures.back().frame.period = "2001";
  auto all = RunCheck(in);
  INFO(Dump(all));
  auto p = Said(all, "period_conflict");
  REQUIRE(p.size() == 1);
  CAPTURE(p[0].score);
  CHECK(p[0].severity == Severity::kWarning);
  CHECK(p[0].basis == "period");
}

TEST_CASE("attribution conflict: a state figure credited to the World Health Organization") {
  CheckInput in;
  DocBuilder r("report.txt", "source", "State Department of Health", "Kindergarten Immunization Report");
  r.Add({"Statewide, 18 percent of kindergartners were missing at least one required vaccination.",
         "18 percent", Kind::kPercent, 18, Qualifier::kExact, "kindergartners"});
  r.AddTo(&in);
  DocBuilder a("a.txt", "article");
  a.Add({"According to the World Health Organization, 18 percent of kindergartners in the state were "
         "missing at least one required vaccination.",
         "18 percent", Kind::kPercent, 18, Qualifier::kExact, "kindergartners",
         "the World Health Organization"});
  a.Add({"The Department of Health said 18 percent of kindergartners were missing at least one "
         "required vaccination.",
         "18 percent", Kind::kPercent, 18, Qualifier::kExact, "kindergartners",
         "The Department of Health"});
  a.AddTo(&in);
  auto all = RunCheck(in);
  INFO(Dump(all));
  auto att = Said(all, "attribution_conflict");
  REQUIRE(att.size() == 1);
  CHECK(att[0].message ==
        "a.txt credits 18 percent of kindergartners to the World Health Organization, but the "
        "figure comes from report.txt, published by State Department of Health.");
  // Raised only above the calibrated bar; a suggestion only when raised.
  CHECK((att[0].severity == Severity::kInfo) == att[0].suggestion.empty());
  CHECK(Flagged(all).size() <= 1);
}

TEST_CASE("subject conflict: supporters are not fighters; all content is not removed content") {
  CheckInput in;
  DocBuilder r("report.txt", "source", "Counter Extremism Project");
  r.Add({"The network drew an estimated 4,000 ISIS supporters from Latin America.", "4,000",
         Kind::kCount, 4000, Qualifier::kExact, "ISIS supporters"})
      .Add({"Facebook says 99% of the content it removes is found by its own systems first.", "99%",
            Kind::kPercent, 99, Qualifier::kExact, "the content it removes"});
  r.AddTo(&in);
  DocBuilder a("a.txt", "article");
  a.Add({"The network drew 4,000 ISIS fighters from Latin America, CEP said.", "4,000", Kind::kCount,
         4000, Qualifier::kExact, "ISIS fighters", "CEP"})
      .Add({"Facebook says its systems find and remove 99% of all content before anyone reports it.",
            "99%", Kind::kPercent, 99, Qualifier::kExact, "all content"})
      .Add({"Facebook says its systems first find 99 percent of the content it removes.", "99 percent",
            Kind::kPercent, 99, Qualifier::kExact, "the content it removes"});
  a.AddTo(&in);
  auto all = RunCheck(in);
  INFO(Dump(all));
  // Supporters/fighters is a pair rules/ lists as never the same thing; all
  // content widened from removed content is a scope difference. Each is
  // said; how loudly is the calibrated model's call.
  auto s = Said(all, "subject_conflict");
  REQUIRE(s.size() == 1);
  CHECK(s[0].claims[0]->text == "4,000");
  CHECK(s[0].basis == "subject_listed");
  // Each side's subject as its document writes it (trial27: Spanish came out
  // as "sociales vivienda" when modifiers were put before the head).
  CHECK(s[0].message.find("counts ISIS supporters, not ISIS fighters") != std::string::npos);
  auto scope = Said(all, "scope_conflict");
  REQUIRE(scope.size() == 1);
  CHECK(scope[0].claims[0]->subject == "all content");
  // The faithful "99 percent of the content it removes" is supported.
  for (const Finding& f : all) CHECK(f.claims[0]->text != "99 percent");
}

TEST_CASE("arithmetic: a share, a percent change and a total that do not add up") {
  CheckInput in;
  DocBuilder a("a.txt", "article");
  const char* share = "Facebook removed 530 of the 1,000 profiles, or 43 percent, by March.";
  a.Add({share, "530", Kind::kCount, 530, Qualifier::kExact, "profiles"})
      .Add({share, "1,000", Kind::kCount, 1000, Qualifier::kExact, "profiles"})
      .Add({share, "43 percent", Kind::kPercent, 43, Qualifier::kExact, ""});
  const char* ok_share = "Facebook removed 430 of the 1,000 profiles, or 43 percent, by March.";
  a.Add({ok_share, "430", Kind::kCount, 430, Qualifier::kExact, "profiles"})
      .Add({ok_share, "1,000", Kind::kCount, 1000, Qualifier::kExact, "profiles"})
      .Add({ok_share, "43 percent", Kind::kPercent, 43, Qualifier::kExact, ""});
  const char* change = "Median rent rose 12 percent, from $1,250 to $1,500 a month.";
  a.Add({change, "12 percent", Kind::kPercent, 12, Qualifier::kExact, "", "", "", ""})
      .Add({change, "$1,250", Kind::kMoney, 1250, Qualifier::kExact, "", "", "", "USD"})
      .Add({change, "$1,500", Kind::kMoney, 1500, Qualifier::kExact, "", "", "", "USD"});
  const char* ok_change = "Median rent rose 20 percent, from $1,250 to $1,500 a month.";
  a.Add({ok_change, "20 percent", Kind::kPercent, 20, Qualifier::kExact, "", "", "", ""})
      .Add({ok_change, "$1,250", Kind::kMoney, 1250, Qualifier::kExact, "", "", "", "USD"})
      .Add({ok_change, "$1,500", Kind::kMoney, 1500, Qualifier::kExact, "", "", "", "USD"});
  const char* total =
      "The $48 million total splits into $20 million for housing, $18 million for roads and $12 "
      "million for parks.";
  a.Add({total, "$48 million", Kind::kMoney, 48e6, Qualifier::kExact, "", "", "", "USD"})
      .Add({total, "$20 million", Kind::kMoney, 20e6, Qualifier::kExact, "", "", "", "USD"})
      .Add({total, "$18 million", Kind::kMoney, 18e6, Qualifier::kExact, "", "", "", "USD"})
      .Add({total, "$12 million", Kind::kMoney, 12e6, Qualifier::kExact, "", "", "", "USD"});
  a.AddTo(&in);
  auto all = RunCheck(in);
  INFO(Dump(all));
  auto ar = Flagged(all, "arithmetic");
  REQUIRE(ar.size() == 3);
  CHECK(ar[0].message == "a.txt says 530 of 1,000 is 43 percent, but 530 of 1,000 is 53 percent.");
  CHECK(ar[0].suggestion == "53 percent, not 43 percent");
  CHECK(ar[1].message.find("which is a change of 20 percent") != std::string::npos);
  CHECK(ar[2].message.find("add up to $50 million.") != std::string::npos);
  CHECK(Flagged(all).size() == 3);
}

TEST_CASE("arithmetic: a share of something else is no share of the two counts") {
  CheckInput in;
  DocBuilder a("a.txt", "article");
  const char* votes = "The alliance won 38 of the 85 seats with 41.2% of the vote, the commission said.";
  a.Add({votes, "38", Kind::kCount, 38, Qualifier::kExact, "seats"})
      .Add({votes, "85", Kind::kCount, 85, Qualifier::kExact, "seats"})
      .Add({votes, "41.2%", Kind::kPercent, 41.2, Qualifier::kExact, "the vote"});
  const char* seats = "The alliance won 38 of the 85 seats, or 41.2% of the seats.";
  a.Add({seats, "38", Kind::kCount, 38, Qualifier::kExact, "seats"})
      .Add({seats, "85", Kind::kCount, 85, Qualifier::kExact, "seats"})
      .Add({seats, "41.2%", Kind::kPercent, 41.2, Qualifier::kExact, "the seats"});
  a.AddTo(&in);
  auto all = RunCheck(in);
  INFO(Dump(all));
  auto ar = Flagged(all, "arithmetic");
  REQUIRE(ar.size() == 1);  // only the share that is of the seats
  CHECK(ar[0].claims[0]->sentence == seats);
}

TEST_CASE("scope: 'of the whole budget' for a source's bare 'of the budget' is the same base") {
  CheckInput in;
  DocBuilder r("statement.txt", "source", "Brennock City Council");
  r.Add({"Adult social care takes 36% of the budget.", "36%", Kind::kPercent, 36, Qualifier::kExact, "the budget"});
  r.AddTo(&in);
  DocBuilder a("a.txt", "article");
  a.Add({"Adult social care now takes more than a third of the whole budget, the council said.", "more than a third",
         Kind::kPercent, 33.3, Qualifier::kMoreThan, "the whole budget", "the council"});
  a.AddTo(&in);
  auto all = RunCheck(in);
  INFO(Dump(all));
  CHECK(Said(all, "scope_conflict").empty());
}

TEST_CASE("unsupported: a credited figure the source does not give is said, at info, with the nearest passage") {
  CheckInput in;
  CepReport().AddTo(&in);
  DocBuilder a("a.txt", "article");
  a.Add({"CEP found that 12 percent of the profiles belonged to women.", "12 percent", Kind::kPercent,
         12, Qualifier::kExact, "the profiles", "CEP"})
      .Add({"Facebook has 2.2 billion monthly users.", "2.2 billion", Kind::kCount, 2.2e9,
            Qualifier::kExact, "monthly users"});
  a.AddTo(&in);
  auto all = RunCheck(in);
  INFO(Dump(all));
  // Issue 13 point 5: below the identity threshold a figure is unsupported
  // at info, never a conflict with a correction.
  auto u = Said(all, "unsupported");
  REQUIRE(u.size() == 2);
  CHECK(u[0].message.rfind("a.txt credits 12 percent of the profiles to report.txt, but the checker found no passage "
                           "there that states it.", 0) == 0);
  CHECK(u[0].suggestion.empty());
  CHECK(Flagged(all).empty());
}

TEST_CASE("aliases from the store and apposition make subjects comparable") {
  CheckInput in;
  DocBuilder r("report.txt", "source");
  r.Add({"Investigators identified 124 active cells in the city.", "124", Kind::kCount, 124,
         Qualifier::kExact, "active cells"});
  r.AddTo(&in);
  // The article tells it in words of its own. Context words weigh by a fixed
  // background (rules/<lang>/background.yaml), not by this two-sentence
  // store (where every shared word weighed next to nothing), so two
  // sentences alike but for the subject and a digit slip ("Investigators
  // identified 124 active cells" / "... 134 active chapters") read as one
  // statement misreported once an alias makes the subjects one. (Digits
  // swapped whole, 21 for 12, pair them without it: WholeSwap.)
  DocBuilder a("a.txt", "article");
  a.Add({"Police said 134 active chapters were found in the city.", "134", Kind::kCount, 134,
         Qualifier::kExact, "active chapters"});
  a.AddTo(&in);
  CHECK(Flagged(RunCheck(in), "value_conflict").empty());
  in.aliases.push_back({"chapters", "cells"});
  auto all = RunCheck(in);
  INFO(Dump(all));
  CHECK(Flagged(all, "value_conflict").size() == 1);

  in.aliases.clear();
  in.figures[0].subject_alias = "chapters";
  CHECK(Flagged(RunCheck(in), "value_conflict").size() == 1);
}

TEST_CASE("without sources, outlets are compared with each other once") {
  CheckInput in;
  DocBuilder a("a.txt", "article");
  a.Add({"Officials counted 96 countries with active networks.", "96", Kind::kCount, 96,
         Qualifier::kExact, "countries"});
  DocBuilder b("b.txt", "article");
  b.Add({"Officials counted 69 countries with active networks.", "69", Kind::kCount, 69,
         Qualifier::kExact, "countries"});
  a.AddTo(&in);
  b.AddTo(&in);
  auto all = RunCheck(in);
  INFO(Dump(all));
  // Issue 13 point 7: two articles differ and no source settles it.
  auto d = Said(all, "disagreement");
  REQUIRE(d.size() == 1);
  CHECK(d[0].claims.size() == 2);
  CHECK(d[0].message.find("no stored source settles which is right") != std::string::npos);
  CHECK(Flagged(all, "value_conflict").empty());
  CHECK(Flagged(all, "unsupported").empty());
}

TEST_CASE("a finding's JSON has the contract keys plus score, reasons, suggestion, features, basis and nearest") {
  CheckInput in;
  CepReport().AddTo(&in);
  DocBuilder a("a.txt", "article");
  a.Add({"The profiles were tied to 69 countries on every continent.", "69", Kind::kCount, 69,
         Qualifier::kExact, "countries", "CEP"});
  a.AddTo(&in);
  auto v = Flagged(RunCheck(in), "value_conflict");
  REQUIRE(v.size() == 1);
  auto j = FindingToJson(v[0]);
  std::vector<std::string> keys;
  for (auto it = j.begin(); it != j.end(); ++it) keys.push_back(it.key());
  CHECK(keys == std::vector<std::string>{"type", "severity", "message", "claims", "score", "reasons",
                                         "suggestion", "features", "basis", "nearest"});
  CHECK(j["severity"] == "error");
  REQUIRE(j["claims"].size() == 2);
  CHECK(j["claims"][0]["text"] == "69");
  CHECK(j["claims"][0].contains("sentence"));
  CHECK(j["suggestion"] == "96 countries, not 69");
}

TEST_CASE("an invalid synonyms file is an error naming file:line:column") {
  const std::string dir = cctest::ScratchDir("check_rules");
  std::filesystem::create_directories(dir + "/en");
  {
    std::ofstream out(dir + "/en/synonyms.yaml");
    out << "head: last\nsynonyms:\n  - [country, nation]\nsynonym: [x]\n";
  }
  CheckInput in;
  CepReport().AddTo(&in);
  CheckOptions opts;
  opts.rules_dir = dir;
  std::vector<Finding> out;
  Status s = CheckFigures(in, opts, &out);
  CHECK_FALSE(s.ok());
  CHECK(s.message().rfind(dir + "/en/synonyms.yaml:4:1: unknown key 'synonym'", 0) == 0);
  std::filesystem::remove_all(dir);
}

namespace {

// Two situation reports of one publisher, two days apart, and an article.
CheckInput FloodCase(const std::string& article_date) {
  CheckInput in;
  DocBuilder r3("sitrep-3.txt", "source", "Disaster Council", "Situation Report No. 3");
  r3.Dated("2026-08-12")
      .Add({"A total of 12,800 people are staying in 88 evacuation centres across the province.", "12,800",
            Kind::kCount, 12800, Qualifier::kExact, "people"})
      .Add({"A total of 12,800 people are staying in 88 evacuation centres across the province.", "88",
            Kind::kCount, 88, Qualifier::kExact, "evacuation centres"});
  r3.AddTo(&in);
  DocBuilder r5("sitrep-5.txt", "source", "Disaster Council", "Situation Report No. 5");
  r5.Dated("2026-08-14")
      .Add({"Roads to the coast were cleared by 31 crews.", "31", Kind::kCount, 31, Qualifier::kExact, "crews"})
      .Add({"A total of 17,900 people are staying in 126 evacuation centres across the province.", "17,900",
            Kind::kCount, 17900, Qualifier::kExact, "people"})
      .Add({"A total of 17,900 people are staying in 126 evacuation centres across the province.", "126",
            Kind::kCount, 126, Qualifier::kExact, "evacuation centres"});
  r5.AddTo(&in);
  DocBuilder a("star.txt", "article");
  a.Dated(article_date)
      .Add({"Some 12,800 people are staying in evacuation centres across the province, officials said.", "12,800",
            Kind::kCount, 12800, Qualifier::kExact, "people"});
  a.AddTo(&in);
  return in;
}

}  // namespace

TEST_CASE("superseded: a figure from an earlier report that a later one of the same publisher restates") {
  const CheckInput in = FloodCase("2026-08-16");
  auto all = RunCheck(in);
  INFO(Dump(all));
  const Finding* sup = nullptr;
  for (const Finding& f : all) {
    if (f.type == "superseded") sup = &f;
  }
  REQUIRE(sup != nullptr);
  REQUIRE(sup->claims.size() == 2);
  CHECK(sup->claims[0]->text == "12,800");
  CHECK(sup->claims[1]->text == "17,900");
  CHECK(sup->message.find("published later") != std::string::npos);
}

TEST_CASE("not superseded: the article went out before the later report") {
  const CheckInput in = FloodCase("2026-08-13");
  auto all = RunCheck(in);
  INFO(Dump(all));
  for (const Finding& f : all) CHECK(f.type != "superseded");
}

TEST_CASE("not superseded: a later notice revising the whole does not replace one place's figure") {
  // energy-fuel-poverty-revision: a notice revising the national share
  // (10.8%) was read as replacing "in the North East, 14.8%". A figure of a
  // named place is replaced only by a figure of that place.
  CheckInput in = FloodCase("2026-08-16");
  REQUIRE(in.figures[0].text == "12,800");
  REQUIRE(in.figures[3].text == "17,900");
  REQUIRE(in.figures[5].text == "12,800");
  in.figures[0].frame.place = "North Coast";
  in.figures[5].frame.place = "North Coast";
  {
    auto all = RunCheck(in);
    INFO(Dump(all));
    for (const Finding& f : all) CHECK(f.type != "superseded");
  }
  in.figures[3].frame.place = "north coast";  // the same place, however written
  {
    auto all = RunCheck(in);
    INFO(Dump(all));
    bool sup = false;
    for (const Finding& f : all) sup = sup || f.type == "superseded";
    CHECK(sup);
  }
}

TEST_CASE("rate: an article that adds a denominator differs; one that drops it does not") {
  auto build = [](bool article_has_per) {
    CheckInput in;
    DocBuilder r("budget.txt", "source", "City Council");
    r.Add({"Each shelter receives 7,450 euros from the housing fund.", "7,450 euros", Kind::kMoney, 7450,
           Qualifier::kExact, "shelter", "", "", "EUR"});
    r.AddTo(&in);
    DocBuilder a("news.txt", "article");
    a.Add({"Each shelter receives 7,450 euros a month from the housing fund.", "7,450 euros", Kind::kMoney, 7450,
           Qualifier::kExact, "shelter", "", "", "EUR"});
    a.AddTo(&in);
    Figure& src = in.figures[0];
    Figure& art = in.figures[1];
    (article_has_per ? art : src).frame.per = "month";
    (article_has_per ? art : src).frame.measure = Measure::kRate;
    return in;
  };
  std::vector<Alignment> pairs;
  std::vector<Finding> out;
  {
    CheckInput in = build(true);  // the findings refer to its figures: kept alive
    REQUIRE(CheckFigures(in, TestOptions(), &out, nullptr, &pairs).ok());
    INFO(Dump(out));
    REQUIRE(pairs.size() == 1);
    CHECK(pairs[0].verdict == "rate_conflict");
  }
  {
    CheckInput in = build(false);
    REQUIRE(CheckFigures(in, TestOptions(), &out, nullptr, &pairs).ok());
    INFO(Dump(out));
    REQUIRE(pairs.size() == 1);
    CHECK(pairs[0].verdict == "supported");
  }
}

TEST_CASE("a distinctive slip is paired though its frame was read differently; a one-digit change is not") {
  // The article's "$118 billion more than last year" is the report's "$118
  // million" increase with the magnitude slipped; the frame stage reads the
  // article's year and measure differently, which for an unrelated number
  // would mean two statements, but the same three digits a thousand times
  // apart are one statement misreported.
  auto build = [](double article_value, const std::string& text) {
    CheckInput in;
    DocBuilder r("adopted-budget.txt", "source", "City of Riverside");
    r.Add({"The adopted operating budget totals $2.46 billion, an increase of $118 million over last year's "
           "adopted budget.",
           "$118 million", Kind::kMoney, 118e6, Qualifier::kExact, "adopted operating budget", "", "2026", "USD"});
    r.AddTo(&in);
    DocBuilder a("council-watch.txt", "article");
    a.Add({"The adopted operating budget is " + text + " more than last year's adopted budget.", text, Kind::kMoney,
           article_value, Qualifier::kExact, "adopted operating budget", "", "2025", "USD"});
    a.AddTo(&in);
    in.figures[1].frame.measure = Measure::kChange;
    in.figures[1].frame.direction = Direction::kUp;
    return in;
  };
  std::vector<Alignment> pairs;
  std::vector<Finding> out;
  {
    CheckInput in = build(118e9, "$118 billion");
    REQUIRE(CheckFigures(in, TestOptions(), &out, nullptr, &pairs).ok());
    INFO(Dump(out));
    REQUIRE(pairs.size() == 1);
    CHECK(pairs[0].verdict == "value_conflict");
    auto v = Flagged(out, "value_conflict");
    REQUIRE(v.size() == 1);
    CHECK(v[0].basis == "value_slip");
  }
  {
    // $128 million for $118 million: one digit, as often another number.
    CheckInput in = build(128e6, "$128 million");
    REQUIRE(CheckFigures(in, TestOptions(), &out, nullptr, &pairs).ok());
    INFO(Dump(out));
    REQUIRE(pairs.size() == 1);
    CHECK(pairs[0].verdict == "unsupported");
  }
}

TEST_CASE("DistinctiveSlip: three or more digits a power of ten apart or swapped") {
  using check::DigitsOf;
  using check::DistinctiveSlip;
  auto slip = [](double a, double b) { return DistinctiveSlip(a, b, DigitsOf(a), DigitsOf(b)); };
  CHECK(slip(118e6, 118e9));
  CHECK(slip(212e6, 21.2e6));
  CHECK(slip(1482000, 1428000));
  CHECK_FALSE(slip(8.6, 6.8));    // two digits: as often two magnitudes
  CHECK_FALSE(slip(2025, 2026));  // one digit changed
  CHECK_FALSE(slip(12, 120));     // two significant digits
  CHECK_FALSE(slip(118e6, 118e6));
}

TEST_CASE("WholeSwap: the two digits of a number swapped, in one magnitude") {
  using check::DigitsOf;
  using check::WholeSwap;
  auto swap = [](double a, double b) { return WholeSwap(a, b, DigitsOf(a), DigitsOf(b)); };
  CHECK(swap(9.5, 5.9));  // trial29: "9,5 millones" for 5,9
  CHECK(swap(47, 74));
  CHECK(swap(480000, 840000));
  CHECK_FALSE(swap(12, 13));   // one digit changed
  CHECK_FALSE(swap(11, 11));   // the same digit twice swaps to itself
  CHECK_FALSE(swap(1.2, 210)); // another magnitude
  CHECK_FALSE(swap(124, 142)); // three digits: DistinctiveSlip's
}

TEST_CASE("slip_distinct: a swap of three digits is a distinctive slip, a one-digit change is not") {
  // "Stocks fell to 64,100 tonnes" for the assessment's 61,400 tonnes: the
  // article names the stock, the source its biomass, so the subject is
  // unknown on a side and the sentences share few words; the swapped digits
  // are what says the two are one statement (issue 13, point 1).
  auto candidate = [](double article_value, const std::string& text) {
    CheckInput in;
    DocBuilder r("stock-assessment.txt", "source", "Marine Assessment Council");
    r.Add({"Spawning biomass was estimated at 61,400 tonnes in 2026, below the precautionary level.",
           "61,400 tonnes", Kind::kMeasure, 61400, Qualifier::kExact, "", "", "2026", "t"});
    r.AddTo(&in);
    DocBuilder a("harbour-news.txt", "article");
    a.Add({"Skippers were told the cut followed a slump, after stocks fell to " + text + ".", text, Kind::kMeasure,
           article_value, Qualifier::kExact, "stock", "", "", "t"});
    a.AddTo(&in);
    CheckOptions o = TestOptions();
    o.keep_candidates = true;
    std::vector<Finding> out;
    std::vector<Alignment> pairs;
    REQUIRE(CheckFigures(in, o, &out, nullptr, &pairs).ok());
    REQUIRE(pairs.size() == 1);
    REQUIRE(pairs[0].candidates.size() == 1);
    return pairs[0];
  };
  Alignment swapped = candidate(64100, "64,100 tonnes");
  CHECK(swapped.candidates[0].features[check::kValueSlip] == 1);
  CHECK(swapped.candidates[0].features[check::kSlipDistinct] == 1);
  CHECK(swapped.verdict == "value_conflict");
  Alignment changed = candidate(68400, "68,400 tonnes");
  CHECK(changed.candidates[0].features[check::kValueSlip] == 1);
  CHECK(changed.candidates[0].features[check::kSlipDistinct] == 0);
  // One digit changed is no evidence of one statement: the checker abstains.
  CHECK(changed.verdict == "unsupported");
  // The distinctive slip is scored as more surely the same statement.
  CHECK(swapped.candidates[0].identity > changed.candidates[0].identity);
}

TEST_CASE("modality: an article that states the outcome ('hit') rests on modality_stated, one without a verb on modality") {
  // The source forecasts spending; one article says spending "hit" it, the
  // other only lists it. Both read as actual, but only the first says so in
  // so many words (Frame::outcome_stated, read in extract: corpus/frames
  // dev-*.yaml s39-*-outcome-*): the two are calibrated apart (issue 13,
  // thin bases).
  auto basis_for = [](const std::string& sentence, const std::string& text, bool stated) {
    CheckInput in;
    DocBuilder r("outlook.txt", "source", "Lakeland Visitor Board");
    r.Add({"The Board expects visitor spending to rise to \u00a31.35 billion in 2027.", "\u00a31.35 billion", Kind::kMoney, 1.35e9,
           Qualifier::kExact, "visitor spending", "", "2027", "GBP"});
    r.AddTo(&in);
    in.figures[0].frame.modality = Modality::kForecast;
    DocBuilder a("blog.md", "article");
    a.Add({sentence, text, Kind::kMoney, 1.35e9, Qualifier::kExact, "visitor spending", "", "", "GBP"});
    a.AddTo(&in);
    in.figures[1].frame.outcome_stated = stated;
    CheckOptions o = TestOptions();
    std::vector<Finding> out;
    REQUIRE(CheckFigures(in, o, &out).ok());
    for (const Finding& f : out) {
      if (f.type == "modality_conflict") return f.basis;
    }
    return std::string("none");
  };
  CHECK(basis_for("Visitor spending hit \u00a31.35 billion, the review says.", "\u00a31.35 billion", true) == "modality_stated");
  CHECK(basis_for("Visitor spending of \u00a31.35 billion is in the review.", "\u00a31.35 billion", false) == "modality");
  // So in Spanish ("se redujeron a 1,1 millones" for a forecast: trial31).
  auto es_basis = [](const std::string& sentence, bool stated) {
    CheckInput in;
    DocBuilder r("informe.txt", "source", "Observatorio Regional del Empleo");
    r.Add({"El Observatorio prevé que las jornadas perdidas bajen hasta 1,1 millones en 2026.", "1,1 millones", Kind::kCount,
           1.1e6, Qualifier::kExact, "jornadas perdidas", "", "2026"});
    r.AddTo(&in);
    in.figures[0].frame.modality = Modality::kForecast;
    DocBuilder a("diario.txt", "article");
    a.Add({sentence, "1,1 millones", Kind::kCount, 1.1e6, Qualifier::kExact, "jornadas perdidas", "", "2026"});
    a.AddTo(&in);
    for (Figure& f : in.figures) f.lang = "es";
    in.figures[1].frame.outcome_stated = stated;
    std::vector<Finding> out;
    REQUIRE(CheckFigures(in, TestOptions(), &out).ok());
    for (const Finding& f : out) {
      if (f.type == "modality_conflict") return f.basis;
    }
    return std::string("none");
  };
  CHECK(es_basis("Las jornadas perdidas se redujeron a 1,1 millones en 2026.", true) == "modality_stated");
  CHECK(es_basis("Las jornadas perdidas, 1,1 millones en 2026, según el diario.", false) == "modality");
}

TEST_CASE("modality: a target reported as reached rests on modality_target, a forecast on modality (eval13)") {
  // The source sets 4% as its target (or forecasts it); the article says
  // the share already fell below it. A target is an aim the source names in
  // so many words: calibrated apart from a forecast, which coverage often
  // restates as a plan.
  auto basis_for = [](Modality source_modality) {
    CheckInput in;
    DocBuilder r("survey.txt", "source", "Youth Health Office");
    r.Add({"The office aims to bring daily smoking among teenagers below 4% by 2030.", "4%", Kind::kPercent, 4,
           Qualifier::kExact, "daily smoking", "", "2030"});
    r.AddTo(&in);
    in.figures[0].frame.modality = source_modality;
    DocBuilder a("column.md", "article");
    a.Add({"Daily smoking among teenagers is now 4%, the survey shows.", "4%", Kind::kPercent, 4, Qualifier::kExact,
           "daily smoking"});
    a.AddTo(&in);
    std::vector<Finding> out;
    REQUIRE(CheckFigures(in, TestOptions(), &out).ok());
    for (const Finding& f : out) {
      if (f.type == "modality_conflict") return f.basis;
    }
    return std::string("none");
  };
  CHECK(basis_for(Modality::kTarget) == "modality_target");
  CHECK(basis_for(Modality::kForecast) == "modality");
}

TEST_CASE("points: one number as percent for points is a points difference in either language (trial17)") {
  // "Ha subido un 4,7 %" for a rise of 4,7 puntos porcentuales: the frames
  // say the unit differs. Two heads read from the sentences ("proporción",
  // "mujer") differing too does not make it a subject note, in Spanish as
  // in English.
  auto basis_for = [](const std::string& lang) {
    const bool es = lang == "es";
    CheckInput in;
    DocBuilder r("informe.txt", "source", "Instituto de Estadística");
    r.Add({es ? "La proporción de mujeres en los consejos subió 4,7 puntos porcentuales."
              : "The proportion of women on boards rose by 4.7 percentage points.",
           es ? "4,7 puntos porcentuales" : "4.7 percentage points", Kind::kPercent, 4.7, Qualifier::kExact,
           es ? "proporción" : "proportion", "", "", "pp"});
    r.AddTo(&in);
    DocBuilder a("nota.txt", "article");
    a.Add({es ? "Las mujeres en los consejos han subido un 4,7 %." : "Women on boards rose by 4.7%.",
           es ? "4,7 %" : "4.7%", Kind::kPercent, 4.7, Qualifier::kExact, es ? "mujeres" : "women"});
    a.AddTo(&in);
    for (Figure& f : in.figures) {
      f.lang = lang;
      f.frame.measure = Measure::kChange;
      f.frame.direction = Direction::kUp;
      if (es) f.frame.subject_head = f.frame.subject_head == "mujere" ? "mujer" : "proporción";
    }
    std::vector<Finding> out;
    REQUIRE(CheckFigures(in, TestOptions(), &out).ok());
    INFO(Dump(out));
    for (const Finding& f : out) {
      if (f.claims[0]->text == (es ? "4,7 %" : "4.7%") && f.type != "unsupported") return f.basis;
    }
    return std::string("none");
  };
  CHECK(basis_for("en") == "points");
  CHECK(basis_for("es") == "points");
}

TEST_CASE("rate: one number over two named denominators is a rate difference, whatever the heads (eval13)") {
  // "$112 a year" for "$112 per month": both frames name a denominator and
  // they differ; the heads ("graduate", "repayment") differing too does not
  // make it a subject note.
  CheckInput in;
  DocBuilder r("statistics.txt", "source", "Student Finance Office");
  r.Add({"Among borrowers above the threshold, the average repayment was $112 per month.", "$112", Kind::kMoney, 112,
         Qualifier::kExact, "average repayment", "", "", "USD"});
  r.AddTo(&in);
  DocBuilder a("release.md", "article");
  a.Add({"Graduates above the threshold pay back an average of $112 a year, the office says.", "$112", Kind::kMoney, 112,
         Qualifier::kExact, "graduates", "", "", "USD"});
  a.AddTo(&in);
  in.figures[0].frame.per = "month";
  in.figures[0].frame.measure = Measure::kRate;
  in.figures[1].frame.per = "year";
  in.figures[1].frame.measure = Measure::kRate;
  std::vector<Finding> out;
  REQUIRE(CheckFigures(in, TestOptions(), &out).ok());
  INFO(Dump(out));
  std::string basis = "none";
  for (const Finding& f : out) {
    if (f.claims[0]->text == "$112" && f.type != "unsupported") basis = f.basis;
  }
  CHECK(basis == "rate");
}

TEST_CASE("attribution: one credit, one finding; a state department is not the county's") {
  CheckInput in;
  DocBuilder r("end-of-cycle.txt", "source", "Marlow County Public Health Department", "Admissions at the end of the cycle");
  r.Add({"In all, 742,300 people applied this cycle, making 2,914,000 applications.", "742,300", Kind::kCount, 742300,
         Qualifier::kExact, "people"})
      .Add({"In all, 742,300 people applied this cycle, making 2,914,000 applications.", "2,914,000", Kind::kCount,
            2914000, Qualifier::kExact, "applications"});
  r.AddTo(&in);
  DocBuilder a("echo.txt", "article");
  const std::string s = "The Federal Education Office said 742,300 people applied, making 2,914,000 applications.";
  a.Add({s, "742,300", Kind::kCount, 742300, Qualifier::kExact, "people", "The Federal Education Office said"})
      .Add({s, "2,914,000", Kind::kCount, 2914000, Qualifier::kExact, "applications",
            "The Federal Education Office said"});
  const std::string t = "The State Department of Health said 742,300 people applied.";
  a.Add({t, "742,300", Kind::kCount, 742300, Qualifier::kExact, "people", "the State Department of Health said"});
  a.AddTo(&in);
  auto all = RunCheck(in);
  INFO(Dump(all));
  auto att = Said(all, "attribution_conflict");
  // Two credits: the Federal Education Office (one finding said on its first
  // figure, the second pointing to it at info) and the State Department of
  // Health, which shares two words with the county department's name but
  // names another kind of body.
  REQUIRE(att.size() == 3);
  int leads = 0, followers = 0, state = 0;
  for (const Finding& f : att) {
    if (f.message.find("State Department of Health") != std::string::npos) ++state;
    if (f.message.find("(The same credit as 742,300 in this sentence.)") != std::string::npos) {
      ++followers;
      CHECK(f.claims[0]->text == "2,914,000");
      CHECK(f.severity == Severity::kInfo);
      CHECK(f.suggestion.empty());
    } else {
      ++leads;
      CHECK(f.claims[0]->text == "742,300");
      CHECK((f.severity == Severity::kInfo) == f.suggestion.empty());
    }
  }
  CHECK(leads == 2);
  CHECK(followers == 1);
  CHECK(state == 1);
}

TEST_CASE("superseded: the later report names the old count as the earlier level of its own revision") {
  // The later report's statement most like the old one is "up from 23": the
  // old value, restated. The new level is the figure of that sentence whose
  // previous value it is (31). An article's "at least 23" repeats the old
  // count, though 31 is at least 23.
  auto build = [](const std::string& article_text, double value, Qualifier q) {
    CheckInput in;
    DocBuilder r4("sitrep-04.txt", "source", "Emergency Management Agency", "Situation Report No. 4");
    r4.Dated("2026-09-20")
        .Add({"Fatalities: 23 storm-related deaths have been confirmed by county medical examiners.", "23",
              Kind::kCount, 23, Qualifier::kExact, "storm-related deaths"});
    r4.AddTo(&in);
    DocBuilder r7("sitrep-07.txt", "source", "Emergency Management Agency", "Situation Report No. 7");
    const std::string s =
        "Fatalities: 31 storm-related deaths have now been confirmed by county medical examiners, up from 23 "
        "reported in Situation Report No. 4.";
    r7.Dated("2026-09-23")
        .Add({s, "23", Kind::kCount, 23, Qualifier::kExact, "storm-related deaths"})
        .Add({s, "31", Kind::kCount, 31, Qualifier::kExact, "storm-related deaths"});
    r7.AddTo(&in);
    DocBuilder a("wire.txt", "article");
    a.Dated("2026-09-24")
        .Add({"The storm has killed " + article_text + " people, county medical examiners have confirmed.",
              article_text, Kind::kCount, value, q, "storm-related deaths"});
    a.AddTo(&in);
    REQUIRE(in.figures[2].text == "31");
    in.figures[2].frame.previous = 23;
    in.figures[2].frame.direction = Direction::kUp;
    return in;
  };
  {
    const CheckInput in = build("at least 23", 23, Qualifier::kAtLeast);
    auto all = RunCheck(in);
    INFO(Dump(all));
    const Finding* sup = nullptr;
    for (const Finding& f : all) {
      if (f.type == "superseded") sup = &f;
    }
    REQUIRE(sup != nullptr);
    REQUIRE(sup->claims.size() == 2);
    CHECK(sup->claims[1]->text == "31");
  }
  {
    // "at least 30" is not the old count: 31 holds it, nothing superseded.
    const CheckInput in = build("at least 30", 30, Qualifier::kAtLeast);
    auto all = RunCheck(in);
    INFO(Dump(all));
    for (const Finding& f : all) CHECK(f.type != "superseded");
  }
}

TEST_CASE("superseded: the source revises, in one sentence, the value the article gives") {
  auto build = [](const std::string& article_date, bool revised) {
    CheckInput in;
    DocBuilder r("restatement.txt", "source", "Brightway Retail Group", "Restated results");
    const std::string s = "As restated, total revenue for fiscal 2025 was $8.51 billion, compared with the $8.74 "
                          "billion previously reported.";
    r.Dated("2026-05-02")
        .Add({s, "$8.51 billion", Kind::kMoney, 8.51e9, Qualifier::kExact, "total revenue", "", "", "USD"})
        .Add({s, "$8.74 billion", Kind::kMoney, 8.74e9, Qualifier::kExact, "total revenue", "", "", "USD"});
    r.AddTo(&in);
    DocBuilder a("brief.txt", "article");
    a.Dated(article_date)
        .Add({"The company reported total revenue of $8.74 billion for fiscal 2025.", "$8.74 billion", Kind::kMoney,
              8.74e9, Qualifier::kExact, "total revenue", "", "", "USD"});
    a.AddTo(&in);
    in.figures[0].frame.previous = 8.74e9;
    in.figures[0].frame.revised = revised;
    return in;
  };
  {
    const CheckInput in = build("2026-05-10", true);
    auto all = RunCheck(in);
    INFO(Dump(all));
    auto sup = Said(all, "superseded");
    REQUIRE(sup.size() == 1);
    CHECK(sup[0].claims[1]->text == "$8.51 billion");
    // The subject stands before each figure in its sentence: named apart.
    CHECK(sup[0].message == "brief.txt says $8.74 billion (total revenue); restatement.txt revised it to $8.51 billion "
                            "(total revenue).");
  }
  // Out before the restatement, or a from..to that is no revision: supported.
  for (auto in : {build("2026-04-30", true), build("2026-05-10", false)}) {
    auto all = RunCheck(in);
    INFO(Dump(all));
    CHECK(Said(all, "superseded").empty());
  }
}

TEST_CASE("scope: 'of all delay minutes' for a source's 'of delay minutes' is the same base") {
  // The article's "all" adds no word the source's base lacks, so nothing is
  // widened; "of all content" for "of the content it removes" still is.
  CheckInput in;
  DocBuilder r("release.txt", "source", "Office of Rail Standards");
  r.Add({"Faults with track, signals and other infrastructure caused 33.2% of delay minutes.", "33.2%",
         Kind::kPercent, 33.2, Qualifier::kExact, "delay minutes"})
      .Add({"Moderators said 97% of the posts they removed were spam.", "97%", Kind::kPercent, 97,
            Qualifier::kExact, "the posts they removed"});
  r.AddTo(&in);
  DocBuilder a("a.txt", "article");
  a.Add({"Problems with track and signals caused roughly a third of all delay minutes, the Office of Rail Standards said.",
         "roughly a third", Kind::kPercent, 33.3, Qualifier::kApprox, "all delay minutes", "the Office of Rail Standards"})
      .Add({"Moderators said 97% of all posts were spam.", "97%", Kind::kPercent, 97, Qualifier::kExact, "all posts"});
  a.AddTo(&in);
  auto all = RunCheck(in);
  INFO(Dump(all));
  auto scope = Said(all, "scope_conflict");
  REQUIRE(scope.size() == 1);
  CHECK(scope[0].claims[0]->text == "97%");
}

TEST_CASE("arithmetic: the old values of revisions are neither a total nor its parts") {
  // "Total" names the series here; each "from X to Y" is one quantity twice.
  CheckInput in;
  DocBuilder r("release.txt", "source", "Bureau of Labor Statistics");
  const char* revised =
      "The change in total nonfarm payroll employment for October was revised down from +142,000 to +97,000, and "
      "the change for September was revised from +121,000 to +115,000.";
  r.Add({revised, "+142,000", Kind::kCount, 142000, Qualifier::kExact, "payroll employment"})
      .Add({revised, "+97,000", Kind::kCount, 97000, Qualifier::kExact, "payroll employment"})
      .Add({revised, "+121,000", Kind::kCount, 121000, Qualifier::kExact, "payroll employment"})
      .Add({revised, "+115,000", Kind::kCount, 115000, Qualifier::kExact, "payroll employment"});
  const char* parts = "The total of 300 jobs splits into 150 in health, 100 in retail and 90 in transport.";
  r.Add({parts, "300", Kind::kCount, 300, Qualifier::kExact, "jobs"})
      .Add({parts, "150", Kind::kCount, 150, Qualifier::kExact, "jobs"})
      .Add({parts, "100", Kind::kCount, 100, Qualifier::kExact, "jobs"})
      .Add({parts, "90", Kind::kCount, 90, Qualifier::kExact, "jobs"});
  r.AddTo(&in);
  in.figures[0].rule = "en.count.from_level";
  in.figures[1].rule = "en.count.to_level";
  in.figures[2].rule = "en.count.from_level";
  in.figures[3].rule = "en.count.to_level";
  auto all = RunCheck(in);
  INFO(Dump(all));
  auto ar = Said(all, "arithmetic");
  REQUIRE(ar.size() == 1);  // the breakdown that overshoots, not the revisions
  CHECK(ar[0].claims[0]->text == "300");
}

TEST_CASE("direction: a wrong direction is said on the change, not again on the level it reaches") {
  CheckInput in;
  DocBuilder r("report.txt", "source", "Road Safety Authority");
  const char* up = "Pedestrian deaths increased by 6% to 287, accounting for 24% of all road deaths.";
  r.Add({up, "6%", Kind::kPercent, 6, Qualifier::kExact, "pedestrian deaths"})
      .Add({up, "287", Kind::kCount, 287, Qualifier::kExact, "pedestrian deaths"});
  r.AddTo(&in);
  DocBuilder a("a.txt", "article");
  const char* down = "Pedestrian deaths fell 6% to 287, the Road Safety Authority said.";
  a.Add({down, "6%", Kind::kPercent, 6, Qualifier::kExact, "pedestrian deaths", "the Road Safety Authority"})
      .Add({down, "287", Kind::kCount, 287, Qualifier::kExact, "pedestrian deaths", "the Road Safety Authority"});
  const char* level_only = "Cyclist deaths fell to 61, the Road Safety Authority said.";
  a.Add({level_only, "61", Kind::kCount, 61, Qualifier::kExact, "cyclist deaths", "the Road Safety Authority"});
  a.AddTo(&in);
  r.Add({"Cyclist deaths rose to 61.", "61", Kind::kCount, 61, Qualifier::kExact, "cyclist deaths"});
  in = CheckInput();
  r.AddTo(&in);
  a.AddTo(&in);
  auto set = [&](const std::string& doc, const std::string& text, Measure m, Direction d) {
    for (Figure& f : in.figures) {
      if (f.doc == doc && f.text == text) {
        f.frame.measure = m;
        f.frame.direction = d;
      }
    }
  };
  set("report.txt", "6%", Measure::kChange, Direction::kUp);
  set("report.txt", "287", Measure::kLevel, Direction::kUp);
  set("report.txt", "61", Measure::kLevel, Direction::kUp);
  set("a.txt", "6%", Measure::kChange, Direction::kDown);
  set("a.txt", "287", Measure::kLevel, Direction::kDown);
  set("a.txt", "61", Measure::kLevel, Direction::kDown);
  auto all = RunCheck(in);
  INFO(Dump(all));
  auto d = Said(all, "direction_conflict");
  std::set<std::string> on;
  for (const Finding& f : d) on.insert(f.claims[0]->text);
  CHECK(on.count("6%") == 1);
  CHECK(on.count("287") == 0);
  CHECK(on.count("61") == 1);  // a level alone carries its direction
}

TEST_CASE("arithmetic: a span of percents is not the change between two other values") {
  CheckInput in;
  DocBuilder a("a.txt", "article");
  const char* span =
      "Earnings are now expected at $4.40 a share, down from $4.55 to $4.70, though revenue should grow by 4% to 6%.";
  a.Add({span, "$4.40", Kind::kMoney, 4.40, Qualifier::kExact, "", "", "", "USD"})
      .Add({span, "$4.55", Kind::kMoney, 4.55, Qualifier::kExact, "", "", "", "USD"})
      .Add({span, "$4.70", Kind::kMoney, 4.70, Qualifier::kExact, "", "", "", "USD"})
      .Add({span, "4%", Kind::kPercent, 4, Qualifier::kExact, "revenue"})
      .Add({span, "6%", Kind::kPercent, 6, Qualifier::kExact, "revenue"});
  const char* one = "Rent rose 12 percent, from $1,250 to $1,500 a month, and fees by 4% to 6%.";
  a.Add({one, "12 percent", Kind::kPercent, 12, Qualifier::kExact, ""})
      .Add({one, "$1,250", Kind::kMoney, 1250, Qualifier::kExact, "", "", "", "USD"})
      .Add({one, "$1,500", Kind::kMoney, 1500, Qualifier::kExact, "", "", "", "USD"})
      .Add({one, "4%", Kind::kPercent, 4, Qualifier::kExact, "fees"})
      .Add({one, "6%", Kind::kPercent, 6, Qualifier::kExact, "fees"});
  a.AddTo(&in);
  auto all = RunCheck(in);
  INFO(Dump(all));
  auto ar = Said(all, "arithmetic");
  REQUIRE(ar.size() == 1);  // the lone 12 percent, which is 20 percent
  CHECK(ar[0].claims[0]->sentence == one);
  CHECK(ar[0].message.find("gives 12 percent") != std::string::npos);
}

// A rate's written-out denominator ("38.6 in every 1,000 residents") is no
// figure of its own: extract decides that (corpus/frames en.yaml
// frm8-en-rate-01/02, absent), so the checker no longer re-reads words for it.
TEST_CASE("findings refer to the input's figures, they hold no copies") {
  CheckInput in;
  CepReport().AddTo(&in);
  DocBuilder a("news/article.html", "article");
  a.Add({"CEP mapped 1,000 ISIS-supporting profiles with affiliations to 69 countries on every "
         "continent, the Counter Extremism Project found.",
         "69", Kind::kCount, 69, Qualifier::kExact, "countries", "the Counter Extremism Project"});
  a.AddTo(&in);
  std::vector<Finding> out;
  std::vector<Alignment> pairs;
  REQUIRE(CheckFigures(in, TestOptions(), &out, nullptr, &pairs).ok());
  auto inside = [&](const FigureRef& r) {
    return r && r.operator->() >= in.figures.data() && r.operator->() < in.figures.data() + in.figures.size();
  };
  REQUIRE_FALSE(out.empty());
  for (const Finding& f : out) {
    for (const FigureRef& c : f.claims) CHECK(inside(c));
    for (const Nearest& n : f.nearest) CHECK(inside(n.figure));
  }
  REQUIRE(pairs.size() == 1);
  CHECK(inside(pairs[0].figure));
  CHECK(inside(pairs[0].source));

  // Moved elsewhere in order, the figures are followed (what `audit` does).
  std::vector<Figure> moved(std::make_move_iterator(in.figures.begin()),
                            std::make_move_iterator(in.figures.end()));
  RebaseFigureRefs(&out, in.figures.data(), in.figures.size(), moved.data());
  for (const Finding& f : out) {
    for (const FigureRef& c : f.claims) {
      CHECK(c.operator->() >= moved.data());
      CHECK(c.operator->() < moved.data() + moved.size());
    }
  }
  CHECK(out[0].claims[0]->text == "69");
}

TEST_CASE("unit of count: applications as people and victims as incidents differ; deaths as people do not") {
  CheckInput in;
  DocBuilder r("bulletin.txt", "source", "Harbour County Council");
  r.Add({"The council received 4,620 applications for the winter fuel grant.", "4,620", Kind::kCount, 4620,
         Qualifier::kExact, "applications"})
      .Add({"Police recorded 1,385 victims of street robbery in the year.", "1,385", Kind::kCount, 1385,
            Qualifier::kExact, "victims"})
      .Add({"There were 212 road deaths on county roads last year.", "212", Kind::kCount, 212, Qualifier::kExact,
            "road deaths"})
      .Add({"The scheme paid out to 3,040 households over the winter.", "3,040", Kind::kCount, 3040,
            Qualifier::kExact, "households"});
  r.AddTo(&in);
  DocBuilder a("news.txt", "article");
  a.Add({"Some 4,620 people asked the council for help with fuel bills, its bulletin shows.", "4,620", Kind::kCount,
         4620, Qualifier::kExact, "people"})
      .Add({"The bulletin counts 1,385 street robberies over the year.", "1,385", Kind::kCount, 1385,
            Qualifier::kExact, "street robberies"})
      .Add({"Last year 212 people were killed on the county's roads.", "212", Kind::kCount, 212, Qualifier::kExact,
            "people"})
      .Add({"The grant reached 3,040 households, the council said.", "3,040", Kind::kCount, 3040, Qualifier::kExact,
            "households"});
  a.AddTo(&in);
  std::vector<Alignment> pairs;
  std::vector<Finding> all;
  REQUIRE(CheckFigures(in, TestOptions(), &all, nullptr, &pairs).ok());
  INFO(Dump(all));
  std::map<std::string, std::string> verdict;
  for (const Alignment& p : pairs) verdict[p.figure->text] = p.verdict;
  // People for applications, robberies for victims: each a subject conflict
  // on the unit basis, the evidence the warn bar is calibrated on.
  std::set<std::string> unit;
  for (const Finding& f : all) {
    if (f.basis == "unit") {
      CHECK(f.type == "subject_conflict");
      unit.insert(f.claims[0]->text);
    }
  }
  CHECK(unit == std::set<std::string>{"4,620", "1,385"});
  // A death counts a person: "212 people were killed" for the 212 road
  // deaths is no unit swap (its heads still differ: said at most at info).
  for (const Finding& f : all) {
    if (f.claims[0]->text == "212") CHECK(f.severity == Severity::kInfo);
  }
  CHECK(verdict["3,040"] == "supported");
}

TEST_CASE("unit of count: acts for things, and Spanish heads by the rules' lists (eval13)") {
  // Claims filed for cars stolen, visits insects paid for bees: one number,
  // two units of count (rules/en act_heads, thing_heads). In Spanish, which
  // has no WordNet, tourists for nights stayed and users for visits (rules/es
  // people_heads, act_heads); patients for people is one count, and two
  // heads no list classes ("operaciones", "vuelos") say nothing of a unit.
  CheckInput in;
  DocBuilder r("tracker.txt", "source", "Motor Insurers Office");
  r.Add({"Insurers handled 24,300 theft claims in the third quarter.", "24,300", Kind::kCount, 24300,
         Qualifier::kExact, "theft claims"})
      .Add({"Observers logged 612,000 insect visits to the margins in June.", "612,000", Kind::kCount, 612000,
            Qualifier::kExact, "insect visits"})
      .Add({"Los hoteles registraron 5,86 millones de pernoctaciones en agosto.", "5,86 millones", Kind::kCount, 5860000,
            Qualifier::kExact, "pernoctaciones"})
      .Add({"Los puntos limpios recibieron 1,3 millones de visitas en 2025.", "1,3 millones", Kind::kCount, 1300000,
            Qualifier::kExact, "visitas"})
      .Add({"La lista de espera suma 212.450 pacientes.", "212.450", Kind::kCount, 212450, Qualifier::kExact,
            "pacientes"})
      .Add({"El aeropuerto gestionó 287.640 operaciones en el año.", "287.640", Kind::kCount, 287640,
            Qualifier::kExact, "operaciones"});
  r.AddTo(&in);
  DocBuilder a("news.txt", "article");
  a.Add({"Some 24,300 cars were stolen in the quarter, insurers say.", "24,300", Kind::kCount, 24300,
         Qualifier::kExact, "cars"})
      .Add({"The margins fed 612,000 bees in June, observers say.", "612,000", Kind::kCount, 612000,
            Qualifier::kExact, "bees"})
      .Add({"La costa recibió 5,86 millones de turistas en agosto.", "5,86 millones", Kind::kCount, 5860000,
            Qualifier::kExact, "turistas"})
      .Add({"Los puntos limpios atendieron a 1,3 millones de usuarios en 2025.", "1,3 millones", Kind::kCount, 1300000,
            Qualifier::kExact, "usuarios"})
      .Add({"Esperan una operación 212.450 personas.", "212.450", Kind::kCount, 212450, Qualifier::kExact,
            "personas"})
      .Add({"El aeropuerto tuvo 287.640 vuelos en el año.", "287.640", Kind::kCount, 287640, Qualifier::kExact,
            "vuelos"});
  a.AddTo(&in);
  // The Spanish sentences' figures and documents in Spanish, their heads
  // as the Spanish frame stage gives them (singular lemmas).
  const std::map<std::string, std::string> es_head = {
      {"pernoctaciones", "pernoctación"}, {"visitas", "visita"},   {"pacientes", "paciente"}, {"operaciones", "operación"},
      {"turistas", "turista"},           {"usuarios", "usuario"}, {"personas", "persona"},   {"vuelos", "vuelo"}};
  AsSpanish(&in, es_head);
  std::vector<Finding> all;
  REQUIRE(CheckFigures(in, TestOptions(), &all).ok());
  INFO(Dump(all));
  const std::set<std::string> unit = TextsOnBasis(all, "unit");
  CHECK(unit == std::set<std::string>{"24,300", "612,000", "5,86 millones", "1,3 millones"});
}

TEST_CASE("unit of count: a survey's interviews count its people; a consultation's responses do not (trial15)") {
  CheckInput in;
  DocBuilder r("survey.txt", "source", "Wexcombe Libraries Board");
  r.Add({"Satisfaction with opening hours stood at 64% in the spring survey, based on 7,340 interviews.", "7,340",
         Kind::kCount, 7340, Qualifier::kExact, "interviews"})
      .Add({"The online consultation drew 2,915 responses.", "2,915", Kind::kCount, 2915, Qualifier::kExact,
            "responses"});
  r.AddTo(&in);
  DocBuilder a("news.txt", "article");
  a.Add({"Some 64% of members are happy with opening hours, in a survey of 7,340 people.", "7,340", Kind::kCount, 7340,
         Qualifier::kExact, "people"})
      .Add({"Some 2,915 residents took part in the online consultation.", "2,915", Kind::kCount, 2915,
            Qualifier::kExact, "residents"});
  a.AddTo(&in);
  auto all = RunCheck(in);
  INFO(Dump(all));
  // One person may send several responses: "2,915 residents" for 2,915
  // responses stays a unit difference.
  const std::set<std::string> unit = TextsOnBasis(all, "unit");
  CHECK(unit == std::set<std::string>{"2,915"});
}

TEST_CASE("support: a bound does not rest on another subject's number (trial15)") {
  CheckInput in;
  DocBuilder r("review.txt", "source", "Carrick Parcels Regulator");
  r.Add({"Carrick Post delivered 88.6% of parcels on time, against a service target of 95%.", "88.6%", Kind::kPercent,
         88.6, Qualifier::kExact, "parcels"})
      .Add({"Carrick Post delivered 88.6% of parcels on time, against a service target of 95%.", "95%",
            Kind::kPercent, 95, Qualifier::kExact, "service target"})
      .Add({"Around 610 of the 820 depots met their own targets.", "820", Kind::kCount, 820, Qualifier::kExact,
            "depots"});
  r.AddTo(&in);
  DocBuilder a("news.txt", "article");
  a.Add({"More than 90% of depots met their targets, the regulator said.", "More than 90%", Kind::kPercent, 90,
         Qualifier::kMoreThan, "depots"})
      .Add({"More than 85% of parcels arrived on time, the regulator said.", "More than 85%", Kind::kPercent, 85,
            Qualifier::kMoreThan, "parcels"});
  a.AddTo(&in);
  // The target is a target; so, as extract reads "met their targets", is
  // the depots' share.
  for (Figure& f : in.figures) {
    if (f.text == "95%" || f.text == "More than 90%") f.frame.modality = Modality::kTarget;
  }
  std::vector<Alignment> pairs;
  std::vector<Finding> all;
  REQUIRE(CheckFigures(in, TestOptions(), &all, nullptr, &pairs).ok());
  INFO(Dump(all));
  std::map<std::string, std::string> verdict;
  for (const Alignment& p : pairs) verdict[p.figure->text] = p.verdict;
  // The target of 95% is the parcels' target, not a share of depots.
  CHECK(verdict["More than 90%"] != "supported");
  // A bound on the same subject's number still rests on it.
  CHECK(verdict["More than 85%"] == "supported");
  CHECK(Flagged(all).empty());
}

TEST_CASE("unit of count: small and vague counts, and phrases that share a word, are not read as a unit swap") {
  CheckInput in;
  DocBuilder r("review.txt", "source", "Tamsin Sound Ferries");
  r.Add({"Passengers made 4.8 million passenger journeys on the sound in the year.", "4.8 million", Kind::kCount,
         4.8e6, Qualifier::kExact, "passenger journeys"})
      .Add({"The operator took delivery of 3 vessels in the spring.", "3", Kind::kCount, 3, Qualifier::kExact,
            "vessels"})
      .Add({"The firm handled 41,300 complaints last year.", "41,300", Kind::kCount, 41300, Qualifier::kExact,
            "complaints"});
  r.AddTo(&in);
  DocBuilder a("news.txt", "article");
  a.Add({"The ferries carried 4.8 million passengers over the year.", "4.8 million", Kind::kCount, 4.8e6,
         Qualifier::kExact, "passengers"})
      .Add({"It took on 3 new captains in the spring.", "3", Kind::kCount, 3, Qualifier::kExact, "captains"})
      .Add({"Tens of thousands of customers complained, 41,300 in all.", "41,300", Kind::kCount, 41300,
            Qualifier::kVague, "customers"});
  a.AddTo(&in);
  auto all = RunCheck(in);
  INFO(Dump(all));
  for (const Finding& f : all) CHECK(f.basis != "unit");
}

TEST_CASE("attribution: a source whose publisher is unknown is never credited to its title") {
  // A report PDF without publisher metadata: only its title is known. The
  // article credits a body; the checker cannot say that body is wrong, and a
  // title is no publisher to credit instead.
  CheckInput in;
  DocBuilder r("lake-report.pdf", "source", "", "Algal Blooms on the Western Lakes, Summer Review 2025");
  r.Add({"Blooms closed 17 bathing sites for at least a week.", "17", Kind::kCount, 17, Qualifier::kExact,
         "bathing sites"});
  r.AddTo(&in);
  DocBuilder a("courier.txt", "article", "The Lakeland Courier");
  a.Add({"Blooms closed 17 bathing sites for at least a week, the Western Lakes Authority found.", "17", Kind::kCount,
         17, Qualifier::kExact, "bathing sites", "the Western Lakes Authority found"});
  a.AddTo(&in);
  auto all = RunCheck(in);
  INFO(Dump(all));
  CHECK(Said(all, "attribution_conflict").empty());
  for (const Finding& f : all) CHECK(f.suggestion.find("Algal Blooms") == std::string::npos);
}

namespace {
// A message slot left empty or said twice (trial6: "says 99% of all content
// of all content; report.txt says it is of ."): the kind every template must
// avoid.
std::string EmptyOrDoubledSlot(const std::string& m) {
  for (const char* bad : {" of .", " of ;", " for .", " for ;", " per .", " per ;", "()", "( )", " is of .",
                          "  ", " ,", " .", " ;"}) {
    if (m.find(bad) != std::string::npos) return bad;
  }
  // A phrase of three or more words repeated back to back.
  std::vector<std::string> w;
  std::string cur;
  for (char c : m + " ") {
    if (c == ' ') {
      if (!cur.empty()) w.push_back(cur);
      cur.clear();
    } else {
      cur += c;
    }
  }
  for (size_t n = 3; n <= 4; ++n) {
    for (size_t i = 0; i + 2 * n <= w.size(); ++i) {
      if (std::equal(w.begin() + i, w.begin() + i + n, w.begin() + i + n)) return "repeated: " + w[i];
    }
  }
  return "";
}
}  // namespace

TEST_CASE("scope conflict: a message names each base once and never prints an empty one") {
  // The source names no base of its own ("Of the posts it took down, 98 per
  // cent ..."): the message says what the article widened it to, once.
  CheckInput in;
  DocBuilder r("notice.txt", "source", "Brightline Social");
  r.Add({"Brightline Social says 98% of the posts it took down were spotted by its filters first.", "98%",
         Kind::kPercent, 98, Qualifier::kExact, ""});
  r.AddTo(&in);
  DocBuilder a("story.txt", "article");
  a.Add({"Brightline Social says 98% of all posts were spotted by its filters first.", "98%", Kind::kPercent, 98,
         Qualifier::kExact, "all posts"});
  a.AddTo(&in);
  auto all = RunCheck(in);
  INFO(Dump(all));
  for (const Finding& f : all) {
    INFO("message: " << f.message);
    CHECK(EmptyOrDoubledSlot(f.message) == "");
    CHECK(f.message.find("of all posts of all posts") == std::string::npos);
  }
  // The earlier scope case, where both name a base.
  CheckInput in2;
  DocBuilder r2("report.txt", "source", "Counter Extremism Project");
  r2.Add({"Facebook says 99% of the content it removes is found by its own systems first.", "99%",
          Kind::kPercent, 99, Qualifier::kExact, "the content it removes"});
  r2.AddTo(&in2);
  DocBuilder a2("a.txt", "article");
  a2.Add({"Facebook says its systems find and remove 99% of all content before anyone reports it.", "99%",
          Kind::kPercent, 99, Qualifier::kExact, "all content"});
  a2.AddTo(&in2);
  auto all2 = RunCheck(in2);
  INFO(Dump(all2));
  auto scope = Said(all2, "scope_conflict");
  REQUIRE(scope.size() == 1);
  CHECK(EmptyOrDoubledSlot(scope[0].message) == "");
  CHECK(scope[0].message.find("of all content of all content") == std::string::npos);
  CHECK(scope[0].message.find("all content") != std::string::npos);
  CHECK(scope[0].message.find("the content it removes") != std::string::npos);
}

TEST_CASE("supported: a bare-number source figure is named with its place, not as (1)") {
  CheckInput in;
  DocBuilder r("plan.txt", "source", "Harbour Board");
  r.Add({"The board approved 12 new berths.", "12", Kind::kCount, 12, Qualifier::kExact, ""});
  r.AddTo(&in);
  DocBuilder a("story.txt", "article");
  a.Add({"The Harbour Board approved 12 new berths, the board said.", "12", Kind::kCount, 12, Qualifier::kExact,
         "", "the board said"});
  a.AddTo(&in);
  CheckOptions opts = TestOptions();
  opts.report_matches = true;
  auto all = RunCheck(in, opts);
  INFO(Dump(all));
  auto s = Said(all, "supported");
  REQUIRE(s.size() == 1);
  CHECK(s[0].message.find("(12)") == std::string::npos);
  CHECK(s[0].message.find("(12, paragraph 1)") != std::string::npos);
}

TEST_CASE("unsupported: the nearest passage is the same whatever else is stored") {
  // trial6: `check` of the whole store named paragraph 3, `audit` of the one
  // article with its source paragraph 6, for the same unsupported figure.
  auto source = [] {
    DocBuilder r("release.txt", "source", "Statistics Office");
    r.Add({"The jobless rate stood at 5.4 per cent in the spring, up from 5.1 per cent in the winter.", "5.4 per cent",
           Kind::kPercent, 5.4, Qualifier::kExact, "jobless rate"})
        .Add({"The jobless rate stood at 5.4 per cent in the spring, up from 5.1 per cent in the winter.",
              "5.1 per cent", Kind::kPercent, 5.1, Qualifier::kExact, "jobless rate"})
        .Add({"Youth joblessness rose by 0.9 percentage points over the year.", "0.9 percentage points",
              Kind::kPercent, 0.9, Qualifier::kExact, "youth joblessness", "", "", "pp"});
    return r;
  };
  DocBuilder article("blog.txt", "article");
  article.Add({"Part-time work grew by 0.4 percentage points over the year, the office said.",
               "0.4 percentage points", Kind::kPercent, 0.4, Qualifier::kExact, "part-time work", "", "", "pp"});
  CheckInput small;
  source().AddTo(&small);
  article.AddTo(&small);
  CheckInput big;
  source().AddTo(&big);
  article.AddTo(&big);
  // Other stored documents change how rare each word is.
  for (int i = 0; i < 4; ++i) {
    DocBuilder other("other" + std::to_string(i) + ".txt", "source", "Port Authority");
    other.Add({"The jobless rate at the port fell as 300 dockers were hired over the year.", "300", Kind::kCount,
               300, Qualifier::kExact, "dockers"});
    other.AddTo(&big);
  }
  auto nearest = [](const std::vector<Finding>& all) -> std::string {
    for (const Finding& f : all) {
      if (f.type == "unsupported" && f.claims[0]->text == "0.4 percentage points" && !f.nearest.empty()) {
        return f.nearest[0].figure->doc + " para " + std::to_string(f.nearest[0].figure->paragraph) + " " +
               f.nearest[0].figure->text;
      }
    }
    return "";
  };
  auto a = RunCheck(small);
  auto b = RunCheck(big);
  INFO(Dump(a) << "\n---\n" << Dump(b));
  std::string na = nearest(a), nb = nearest(b);
  REQUIRE_FALSE(na.empty());
  CHECK(na == nb);
  // The nearer of the two is the change in points, not a level.
  CHECK(na.find("0.9 percentage points") != std::string::npos);
}

// trial6: "fue de 31 en 2025, frente a 36 en 2024" was read as a change from
// 31 to 36 ("de ... a"); the value after a baseline cue is the earlier one.
TEST_CASE("arithmetic: a value 'frente a' or 'compared with' another is measured from that baseline") {
  CheckInput in;
  DocBuilder es("es.txt", "article");
  const char* ok = "El número de víctimas fue de 31 en 2025, frente a 36 en 2024, un 14% menos.";
  es.Add({ok, "31", Kind::kCount, 31, Qualifier::kExact, "víctimas"})
      .Add({ok, "36", Kind::kCount, 36, Qualifier::kExact, "víctimas"})
      .Add({ok, "14%", Kind::kPercent, 14, Qualifier::kExact, ""});
  const char* bad = "El número de heridos fue de 62 en 2025, frente a 80 en 2024, un 29% menos.";
  es.Add({bad, "62", Kind::kCount, 62, Qualifier::kExact, "heridos"})
      .Add({bad, "80", Kind::kCount, 80, Qualifier::kExact, "heridos"})
      .Add({bad, "29%", Kind::kPercent, 29, Qualifier::kExact, ""});
  es.AddTo(&in);
  DocBuilder en("en.txt", "article");
  const char* ok_en = "Sales were 410 in 2025, compared with 388 in 2024, a rise of 5.7%.";
  en.Add({ok_en, "410", Kind::kCount, 410, Qualifier::kExact, "sales"})
      .Add({ok_en, "388", Kind::kCount, 388, Qualifier::kExact, "sales"})
      .Add({ok_en, "5.7%", Kind::kPercent, 5.7, Qualifier::kExact, ""});
  // A share in such a sentence is no change of the two values.
  const char* share = "Returns were 120 in 2025, compared with 100 in 2024; 35% came by post.";
  en.Add({share, "120", Kind::kCount, 120, Qualifier::kExact, "returns"})
      .Add({share, "100", Kind::kCount, 100, Qualifier::kExact, "returns"})
      .Add({share, "35%", Kind::kPercent, 35, Qualifier::kExact, ""});
  // A fall the frame signs: "a decrease of 3.4%" is -3.4, and right.
  const char* fall = "There were 1,186 crashes in 2025, compared with 1,228 in 2024, a decrease of 3.4%.";
  en.Add({fall, "1,186", Kind::kCount, 1186, Qualifier::kExact, "crashes"})
      .Add({fall, "1,228", Kind::kCount, 1228, Qualifier::kExact, "crashes"})
      .Add({fall, "3.4%", Kind::kPercent, -3.4, Qualifier::kExact, ""});
  en.AddTo(&in);
  for (Figure& f : in.figures) {
    if (f.doc == "es.txt") f.lang = "es";
    if (f.text == "3.4%") f.frame.measure = Measure::kChange;
    if (f.text == "14%" || f.text == "29%" || f.text == "5.7%") f.frame.measure = Measure::kChange;
    // The earlier level each newer one names, as extract/ reads it: a
    // baseline is measured only where the frame gives one.
    for (auto [now, before] : {std::pair{"31", 36.0}, {"62", 80.0}, {"410", 388.0}, {"120", 100.0}, {"1,186", 1228.0}}) {
      if (f.text == now) f.frame.previous = before;
    }
  }
  in.documents[0].lang = "es";
  auto all = RunCheck(in);
  INFO(Dump(all));
  auto ar = Said(all, "arithmetic");
  REQUIRE(ar.size() == 1);
  CHECK(ar[0].claims[0]->sentence == bad);
  CHECK(ar[0].message.find("from 80 to 62") != std::string::npos);
}

TEST_CASE("unit of count: employment counts people; providers and employers may be firms") {
  CheckInput in;
  DocBuilder r("survey.txt", "source", "Harbour Province Statistics Office");
  r.Add({"The number of people in work in the province rose by 18,400 over the quarter.", "18,400", Kind::kCount,
         18400, Qualifier::kExact, "people"})
      .Add({"The region's 1,840 registered accommodation providers employed 14,700 people.", "1,840", Kind::kCount,
            1840, Qualifier::kExact, "registered accommodation providers"});
  r.AddTo(&in);
  DocBuilder a("courier.txt", "article");
  a.Add({"Employment in the province rose by 18,400 over the quarter, the office said.", "18,400", Kind::kCount,
         18400, Qualifier::kExact, "employment"})
      .Add({"There are now 1,840 places to stay on the register.", "1,840", Kind::kCount, 1840, Qualifier::kExact,
            "places"});
  a.AddTo(&in);
  auto all = RunCheck(in);
  INFO(Dump(all));
  for (const Finding& f : all) CHECK(f.basis != "unit");
  CHECK(Flagged(all).empty());
}

TEST_CASE("two statements: a subject and a number that both differ are abstained on, a slip is not") {
  CheckInput in;
  DocBuilder r("survey.txt", "source", "Harbour Province Statistics Office");
  r.Add({"Of the 9,000 households in the survey panel, 1,530 reported a member who wanted more hours.", "9,000",
         Kind::kCount, 9000, Qualifier::kExact, "households"})
      .Add({"The sector supports 14,700 jobs across the region's registered providers.", "14,700", Kind::kCount,
            14700, Qualifier::kExact, "jobs"});
  r.AddTo(&in);
  DocBuilder a("courier.txt", "article");
  a.Add({"About 9,400 employers in the survey panel reported they could not fill vacancies.", "About 9,400",
         Kind::kCount, 9400, Qualifier::kApprox, "employers"})
      .Add({"The sector now employs 17,400 people across the region's registered providers.", "17,400", Kind::kCount,
            17400, Qualifier::kExact, "people"});
  a.AddTo(&in);
  std::vector<Alignment> pairs;
  std::vector<Finding> all;
  REQUIRE(CheckFigures(in, TestOptions(), &all, nullptr, &pairs).ok());
  INFO(Dump(all));
  std::map<std::string, std::string> verdict;
  for (const Alignment& p : pairs) verdict[p.figure->text] = p.verdict;
  // 9,400 employers is not 9,000 households misreported: unsupported.
  CHECK(verdict["About 9,400"] == "unsupported");
  for (const Finding& f : all) {
    if (f.claims[0]->text == "About 9,400") CHECK(f.type == "unsupported");
  }
  // 17,400 for 14,700 is a digit swap: still the same statement.
  CHECK(verdict["17,400"] == "value_conflict");
}

TEST_CASE("attribution: a document's own voice credits no other body") {
  CheckInput in;
  DocBuilder r("emissions.txt", "source", "Department for Energy and Climate");
  r.Add({"Renewables provided 16.9% of final energy consumption in 2026.", "16.9%", Kind::kPercent, 16.9,
         Qualifier::kExact, "final energy consumption"});
  r.AddTo(&in);
  DocBuilder a("release.txt", "article", "CleanPower Alliance");
  a.Add({"Renewables provide roughly 17% of the energy we use, said the Alliance's chief executive.", "17%",
         Kind::kPercent, 17, Qualifier::kApprox, "the energy we use", "said the Alliance's chief executive"});
  a.AddTo(&in);
  DocBuilder b("wire.txt", "article", "Coast Wire");
  b.Add({"Renewables provide 16.9% of the energy used, the Alliance said.", "16.9%", Kind::kPercent, 16.9,
         Qualifier::kExact, "the energy used", "the Alliance said"});
  b.AddTo(&in);
  auto all = RunCheck(in);
  INFO(Dump(all));
  auto att = Said(all, "attribution_conflict");
  // The Alliance's release speaking for itself: no finding. A wire crediting
  // the Alliance with the department's figure: still one.
  REQUIRE(att.size() == 1);
  CHECK(att[0].claims[0]->doc == "wire.txt");
}

TEST_CASE("arithmetic: a failed share or sum is said on the figure the source contradicts") {
  CheckInput in;
  DocBuilder r("report.txt", "source", "Counter Extremism Project");
  const char* rs = "Facebook removed 430 of the 1,000 profiles, or 43 percent, during the study.";
  r.Add({rs, "430", Kind::kCount, 430, Qualifier::kExact, "profiles"})
      .Add({rs, "1,000", Kind::kCount, 1000, Qualifier::kExact, "profiles"})
      .Add({rs, "43 percent", Kind::kPercent, 43, Qualifier::kExact, ""});
  const char* rt = "The $48 million total splits into $22 million for construction, $16 million for rent aid and $10 "
                   "million for shelters.";
  r.Add({rt, "$48 million", Kind::kMoney, 48e6, Qualifier::kExact, "", "", "", "USD"})
      .Add({rt, "$22 million", Kind::kMoney, 22e6, Qualifier::kExact, "", "", "", "USD"})
      .Add({rt, "$16 million", Kind::kMoney, 16e6, Qualifier::kExact, "", "", "", "USD"})
      .Add({rt, "$10 million", Kind::kMoney, 10e6, Qualifier::kExact, "", "", "", "USD"});
  r.AddTo(&in);
  DocBuilder a("post.txt", "article");
  const char* as = "Facebook removed 530 of the 1,000 profiles, or 43 percent, during the study.";
  a.Add({as, "530", Kind::kCount, 530, Qualifier::kExact, "profiles"})
      .Add({as, "1,000", Kind::kCount, 1000, Qualifier::kExact, "profiles"})
      .Add({as, "43 percent", Kind::kPercent, 43, Qualifier::kExact, ""});
  const char* at = "The $48 million total splits into $24 million for construction, $16 million for rent aid and $10 "
                   "million for shelters.";
  a.Add({at, "$48 million", Kind::kMoney, 48e6, Qualifier::kExact, "", "", "", "USD"})
      .Add({at, "$24 million", Kind::kMoney, 24e6, Qualifier::kExact, "", "", "", "USD"})
      .Add({at, "$16 million", Kind::kMoney, 16e6, Qualifier::kExact, "", "", "", "USD"})
      .Add({at, "$10 million", Kind::kMoney, 10e6, Qualifier::kExact, "", "", "", "USD"});
  a.AddTo(&in);
  auto all = RunCheck(in);
  INFO(Dump(all));
  std::vector<Finding> ar;
  for (const Finding& f : Said(all, "arithmetic")) {
    if (f.claims[0]->doc == "post.txt") ar.push_back(f);
  }
  REQUIRE(ar.size() == 2);
  std::set<std::string> blamed;
  for (const Finding& f : ar) {
    blamed.insert(f.claims[0]->text);
    CHECK(f.message.find("the slip is in") != std::string::npos);
  }
  // The report gives 43 percent and the $48 million total: the slips are
  // 530 (430) and $24 million ($22 million), never the figures it supports.
  CHECK(blamed == std::set<std::string>{"530", "$24 million"});
  for (const Finding& f : ar) {
    if (f.claims[0]->text == "530") CHECK(f.suggestion == "430 profiles, not 530");
  }
}

TEST_CASE("rate: a source that leaves out the denominator its document gives the subject elsewhere (fa9)") {
  // A rent monitor writes "the median two-bedroom rent up 11.2% to £1,142"
  // and, a sentence later, "a median two-bedroom rent of £1,655 per month":
  // "£1,142 a month" repeats the monitor's convention. A source whose
  // document gives no denominator anywhere still differs (7,450 euros
  // above).
  auto build = [](bool convention, bool subject_read) {
    CheckInput in;
    DocBuilder r("monitor.txt", "source", "Housing Observatory");
    r.Add({"Northgate recorded the steepest rise, with the median two-bedroom rent up 11.2% to £1,142.", "£1,142",
           Kind::kMoney, 1142, Qualifier::kExact, subject_read ? "median rent" : "", "", "", "GBP"});
    if (convention) {
      r.Add({"The city centre has a median two-bedroom rent of £1,655 per month.", "£1,655", Kind::kMoney, 1655,
             Qualifier::kExact, "median rent", "", "", "GBP"});
    }
    r.AddTo(&in);
    DocBuilder a("courier.txt", "article");
    a.Add({"The median rent for a two-bedroom home in Northgate jumped to £1,142 a month.", "£1,142", Kind::kMoney,
           1142, Qualifier::kExact, "median rent", "", "", "GBP"});
    a.AddTo(&in);
    for (Figure& f : in.figures) {
      if (f.text == "£1,655" || f.doc == "courier.txt") {
        f.frame.per = "month";
        f.frame.measure = Measure::kRate;
      }
    }
    return in;
  };
  for (bool subject_read : {true, false}) {
    CAPTURE(subject_read);
    CheckInput in = build(true, subject_read);
    std::vector<Finding> out;
    REQUIRE(CheckFigures(in, TestOptions(), &out, nullptr, nullptr).ok());
    INFO(Dump(out));
    for (const Finding& f : out) CHECK(f.type != "rate_conflict");
  }
  CheckInput in = build(false, true);
  std::vector<Alignment> pairs;
  std::vector<Finding> out;
  REQUIRE(CheckFigures(in, TestOptions(), &out, nullptr, &pairs).ok());
  INFO(Dump(out));
  REQUIRE(pairs.size() == 1);
  CHECK(pairs[0].verdict == "rate_conflict");
}

TEST_CASE("an approximate figure restates the value it rounds, not a neighbour its interval holds") {
  using check::ValueNear;
  CHECK(ValueNear(77, 77) == 1);
  CHECK(ValueNear(77, 76.8) > ValueNear(77, 71.4));
  CHECK(ValueNear(75, 71.4) > ValueNear(75, 66.2));
  CHECK(ValueNear(0, 0) == 1);
  CHECK(ValueNear(0, 3) == 0);
  // One sentence gives two shares of one subject; "almost 72%" and "fewer
  // than three in four" hold both in their intervals, and every other
  // feature of the two candidates is the same: the nearer value is the one
  // restated (eval10-airline: "almost 77%" was paired with 71.4%, not 76.8%).
  // Without the nearest-in-sentence choice (check.cc), the first wins: 66.2%.
  auto chosen = [](const std::string& text, double value, Qualifier q) {
    CheckInput in;
    DocBuilder r("punctuality-report.txt", "source", "Office of Rail Performance");
    const char* s = "Of all trains, 66.2% arrived within one minute of schedule and 71.4% within five minutes.";
    r.Add({s, "66.2%", Kind::kPercent, 66.2, Qualifier::kExact, "trains"})
        .Add({s, "71.4%", Kind::kPercent, 71.4, Qualifier::kExact, "trains"});
    r.AddTo(&in);
    DocBuilder a("rail-news.txt", "article");
    a.Add({"Of all trains, " + text + " arrived within five minutes of schedule, the Office of Rail Performance said.",
           text, Kind::kPercent, value, q, "trains", "the Office of Rail Performance"});
    a.AddTo(&in);
    CheckOptions o = TestOptions();
    o.keep_candidates = true;
    std::vector<Finding> out;
    std::vector<Alignment> pairs;
    REQUIRE(CheckFigures(in, o, &out, nullptr, &pairs).ok());
    REQUIRE(pairs.size() == 1);
    INFO(Dump(out));
    CHECK(pairs[0].verdict == "supported");
    return pairs[0].source ? pairs[0].source->text : std::string();
  };
  CHECK(chosen("almost 72%", 72, Qualifier::kNearly) == "71.4%");
  CHECK(chosen("fewer than three in four", 75, Qualifier::kLessThan) == "71.4%");
}

TEST_CASE("RoundedPowerOfTenSlip: a magnitude slip with one side rounded") {
  using check::DigitsOf;
  auto RoundedPowerOfTenSlip = [](double a, double b, double ha, double hb) {
    return check::RoundedPowerOfTenSlip(a, b, ha, hb, DigitsOf(a), DigitsOf(b));
  };
  // "£3.7 million" (half 0.05 million) for "£3.71 billion" (half 0.005 billion).
  CHECK(RoundedPowerOfTenSlip(3.7e6, 3.71e9, 0.05e6, 0.005e9));
  CHECK(RoundedPowerOfTenSlip(3.71e9, 3.7e6, 0.005e9, 0.05e6));
  CHECK(RoundedPowerOfTenSlip(2.4e6, 24.1e6, 0.05e6, 0.05e6));
  CHECK_FALSE(RoundedPowerOfTenSlip(3.5e6, 3.71e9, 0.05e6, 0.005e9));  // not within the rounding
  CHECK_FALSE(RoundedPowerOfTenSlip(37, 41, 0.5, 0.5));               // no power of ten apart
  CHECK_FALSE(RoundedPowerOfTenSlip(0, 41, 0.5, 0.5));
  // One significant digit: "3%" is within rounding of 29%/10, "10,000" of
  // 98,110/10; no evidence of a slip.
  CHECK_FALSE(RoundedPowerOfTenSlip(3, 29, 0.5, 0.5));
  CHECK_FALSE(RoundedPowerOfTenSlip(10000, 98110, 200, 0.5));
  // Through PairFeatures: the pair reads as a slip.
  CheckInput in;
  DocBuilder r("regulator-decision.txt", "source", "Energy Networks Regulator");
  r.Add({"The regulator allowed network operators to recover £3.71 billion over the five-year period.", "£3.71 billion",
         Kind::kMoney, 3.71e9, Qualifier::kExact, "", "", "", "GBP"});
  r.AddTo(&in);
  DocBuilder a("energy-digest.md", "article");
  a.Add({"Network operators may recover £3.7 million over five years, the regulator decided.", "£3.7 million",
         Kind::kMoney, 3.7e6, Qualifier::kExact, "", "", "", "GBP"});
  a.AddTo(&in);
  CheckOptions o = TestOptions();
  o.keep_candidates = true;
  std::vector<Finding> out;
  std::vector<Alignment> pairs;
  REQUIRE(CheckFigures(in, o, &out, nullptr, &pairs).ok());
  REQUIRE(pairs.size() == 1);
  REQUIRE(pairs[0].candidates.size() == 1);
  CHECK(pairs[0].candidates[0].features[check::kValueSlip] == 1);
}

TEST_CASE("value slip: a time read from the comparison's baseline does not part two statements of one period") {
  // A source sentence that compares with a year before ("4.8% more than in
  // July 2026") may lend its figures that baseline as their time, while
  // their period is the month they count. The article swaps two digits of
  // each figure; both frames give July 2027 as the period, so the two are
  // one statement and the slips are said, not left unsupported because the
  // as-of times share no day (rec11; transport-aeropuertos-es).
  CheckInput in;
  DocBuilder r("bulletin.txt", "source", "Regional Library Service");
  const char* rs = "The 46 branches of the county library network lent 1,920,000 books in July, 4.8% more than in July 2026.";
  r.Add({rs, "46", Kind::kCount, 46, Qualifier::kExact, "branches"})
      .Add({rs, "1,920,000", Kind::kCount, 1920000, Qualifier::kExact, "books"})
      .Add({rs, "4.8%", Kind::kPercent, 4.8, Qualifier::kExact, ""});
  r.AddTo(&in);
  for (size_t i = 0; i < 3; ++i) {
    in.figures[i].time = "2026-07";
    in.figures[i].frame.period = "2027-07";
  }
  in.figures[2].frame.measure = Measure::kChange;
  in.figures[2].frame.direction = Direction::kUp;
  DocBuilder a("gazette.txt", "article");
  const char* as = "The 64 branches of the county library network lent 1,920,000 books in July, 8.4% more than a year earlier.";
  a.Add({as, "64", Kind::kCount, 64, Qualifier::kExact, "branches"})
      .Add({as, "1,920,000", Kind::kCount, 1920000, Qualifier::kExact, "books"})
      .Add({as, "8.4%", Kind::kPercent, 8.4, Qualifier::kExact, ""});
  a.AddTo(&in);
  for (size_t i = 3; i < 6; ++i) {
    in.figures[i].time = "2027-07";
    in.figures[i].frame.period = "2027-07";
  }
  in.figures[5].frame.measure = Measure::kChange;
  in.figures[5].frame.direction = Direction::kUp;
  auto all = RunCheck(in);
  INFO(Dump(all));
  auto v = Flagged(all, "value_conflict");
  std::set<std::string> said;
  for (const Finding& f : v) said.insert(f.claims[0]->text);
  CHECK(said == std::set<std::string>{"64", "8.4%"});
  // Periods that share no month keep the two apart: a slip between
  // different months is two statements, not a misreport.
  for (size_t i = 3; i < 6; ++i) in.figures[i].frame.period = "2027-06";
  auto apart = RunCheck(in);
  INFO(Dump(apart));
  CHECK(Flagged(apart, "value_conflict").empty());
}

TEST_CASE("value slip: swapped digits pair up even where the two sentences read another measure or modality") {
  // The release forecasts a spend; the blog writes it as money already
  // spent, with the digits swapped. Measure and modality are read from the
  // words around each number, and a misreport words them its own way: a
  // transposition at the slip's warn bar is the same statement (rec11;
  // roles10-port-freight). A one-digit change is not that sure (2.5 for
  // 6.5 hours is as often another figure of the story) and stays apart.
  CheckInput in;
  DocBuilder r("release.txt", "source", "Harbour Board");
  r.Add({"The harbour board expects to spend £46 million on the new deep-water berth at Kelby quay.", "£46 million",
         Kind::kMoney, 46e6, Qualifier::kExact, "", "", "", "GBP"});
  r.AddTo(&in);
  in.figures.back().frame.modality = Modality::kForecast;
  DocBuilder a("blog.md", "article");
  a.Add({"The harbour board has spent £64 million on the new deep-water berth at Kelby quay.", "£64 million",
         Kind::kMoney, 64e6, Qualifier::kExact, "", "", "", "GBP"});
  a.AddTo(&in);
  auto all = RunCheck(in);
  INFO(Dump(all));
  auto v = Flagged(all, "value_conflict");
  REQUIRE(v.size() == 1);
  CHECK(v[0].claims[1]->text == "£46 million");
  // One digit changed: unsupported, not a conflict.
  in.figures.back().value = FigureValue::Number(36e6);
  in.figures.back().text = "£36 million";
  auto one = RunCheck(in);
  INFO(Dump(one));
  CHECK(Flagged(one, "value_conflict").empty());
}

// eval9-precios-electricidad: "more than half of the month's power, 52.7%,
// according to the ministry" credits both figures; the one finding is said
// on the figure that gives the source's very number, not on the words that
// round it.
TEST_CASE("attribution: one credit's finding is said on the figure giving the source's very number") {
  CheckInput in;
  DocBuilder r("regulator-report.txt", "source", "National Energy Regulation Commission", "Monthly market report");
  r.Add({"Renewable sources supplied 52.7% of electricity generated in October.", "52.7%", Kind::kPercent, 52.7,
         Qualifier::kExact, "electricity generated"});
  r.AddTo(&in);
  DocBuilder a("daily.html", "article");
  const std::string s =
      "Renewables generated more than half of the month's electricity, 52.7%, according to the Energy Ministry.";
  a.Add({s, "more than half", Kind::kPercent, 50, Qualifier::kMoreThan, "electricity generated",
         "according to the Energy Ministry"})
      .Add({s, "52.7%", Kind::kPercent, 52.7, Qualifier::kExact, "electricity generated",
            "according to the Energy Ministry"});
  a.AddTo(&in);
  auto all = RunCheck(in);
  INFO(Dump(all));
  auto att = Said(all, "attribution_conflict");
  // The bound may have no finding of its own (a bound shows no figure came
  // from the source: fa17); if it has one, it follows the exact figure's.
  REQUIRE(!att.empty());
  bool on_exact = false;
  for (const Finding& f : att) {
    const bool follower = f.message.find("(The same credit as ") != std::string::npos;
    CHECK(f.claims[0]->text == (follower ? "more than half" : "52.7%"));
    if (follower) CHECK(f.severity == Severity::kInfo);
    on_exact = on_exact || (!follower && f.claims[0]->text == "52.7%");
  }
  CHECK(on_exact);
}

TEST_CASE("scope: a participle narrowing the source's base is widened only by a base said whole") {
  // "Of the dogs checked, 91.6% were microchipped" against "91.6 per cent of
  // the borough's dogs" (eval20-dogs): the owner's possessive says all of
  // them. Coverage dropping the participle alone ("41 % de las empresas"
  // for "de las empresas encuestadas", fa16) shortens, and stays quiet.
  auto run = [](const char* source_sentence, const char* source_base, const char* article_sentence,
                const char* article_base, const char* at, double v, const char* lang = "en") {
    CheckInput in;
    DocBuilder r("council-report.txt", "source", "Westbury Borough Council");
    r.Add({source_sentence, at, Kind::kPercent, v, Qualifier::kExact, source_base});
    DocBuilder a("a.txt", "article");
    a.Add({article_sentence, at, Kind::kPercent, v, Qualifier::kExact, article_base});
    r.AddTo(&in);
    a.AddTo(&in);
    for (Figure& f : in.figures) f.lang = lang;
    return RunCheck(in);
  };
  auto widened = run("Of the dogs checked, 91.6% were microchipped.", "dogs checked",
                     "The council says 91.6% of the borough's dogs are microchipped.", "borough's dogs", "91.6%", 91.6);
  INFO(Dump(widened));
  CHECK(Said(widened, "scope_conflict").size() == 1);
  auto shortened = run("Of the dogs checked, 91.6% were microchipped.", "dogs checked",
                       "The council says 91.6% of dogs are microchipped.", "dogs", "91.6%", 91.6);
  INFO(Dump(shortened));
  CHECK(Said(shortened, "scope_conflict").empty());
  auto es = run("El 41 % de las empresas encuestadas vende en línea.", "empresas encuestadas",
                "El 41 % de las empresas vende en línea.", "empresas", "41 %", 41, "es");
  INFO(Dump(es));
  CHECK(Said(es, "scope_conflict").empty());
  auto es_all = run("El 41 % de las empresas encuestadas vende en línea.", "empresas encuestadas",
                    "El 41 % de todas las empresas vende en línea.", "todas las empresas", "41 %", 41, "es");
  INFO(Dump(es_all));
  CHECK(Said(es_all, "scope_conflict").size() == 1);
}

TEST_CASE("inherited period: a source sentence with no span of its own is compared with its document's span") {
  // rec22b (issue 11 point 5): the bulletin names its quarter once, in its
  // title; the article gives the quarter's figure for another span. The
  // difference rests on the inherited span: calibrated apart, never on the
  // basis of a span each sentence states.
  auto run = [](const std::string& source_period, const std::string& inherited, const std::string& article_period) {
    CheckInput in;
    DocBuilder r("bulletin.txt", "source", "County Record Office");
    r.Add({"The reading room of the county record office welcomed 3,146 visitors.", "3,146", Kind::kCount, 3146,
           Qualifier::kExact, "visitors"});
    r.AddTo(&in);
    in.figures.back().frame.period = source_period;
    in.figures.back().frame.period_inherited = inherited;
    DocBuilder a("a.txt", "article");
    const std::string said = "The reading room of the county record office welcomed 3,146 visitors between January and March.";
    a.Add({said, "3,146", Kind::kCount, 3146, Qualifier::kExact, "visitors"});
    // The article writes its span as a date (the checker compares an
    // inherited span only with one a sentence writes).
    a.Add({said, "January", Kind::kDate, 0});
    a.AddTo(&in);
    in.figures[in.figures.size() - 2].frame.period = article_period;
    return RunCheck(in);
  };
  SECTION("another span than the document's") {
    auto all = run("", "2026-04/2026-06", "2026-01/2026-03");
    INFO(Dump(all));
    auto p = Said(all, "period_conflict");
    REQUIRE(p.size() == 1);
    CHECK(p[0].basis == "period_inherited");
    CHECK(p[0].message.find("in a document on") != std::string::npos);
  }
  SECTION("a span within the document's agrees") {
    auto all = run("", "2026-04/2026-06", "2026-Q2");
    INFO(Dump(all));
    CHECK(Said(all, "period_conflict").empty());
  }
  SECTION("the span the source sentence states wins over its document's") {
    auto all = run("2026-01/2026-03", "2026-04/2026-06", "2026-01/2026-03");
    INFO(Dump(all));
    CHECK(Said(all, "period_conflict").empty());
  }
  SECTION("an article sentence that writes no date: its span is an inference, not compared") {
    CheckInput in;
    DocBuilder r("bulletin.txt", "source", "County Record Office");
    r.Add({"The reading room of the county record office welcomed 3,146 visitors.", "3,146", Kind::kCount, 3146,
           Qualifier::kExact, "visitors"});
    r.AddTo(&in);
    in.figures.back().frame.period_inherited = "2026-04/2026-06";
    DocBuilder a("a.txt", "article");
    a.Add({"The reading room of the county record office welcomed 3,146 visitors in the quarter.", "3,146",
           Kind::kCount, 3146, Qualifier::kExact, "visitors"});
    a.AddTo(&in);
    in.figures.back().frame.period = "2026-01/2026-03";
    auto all = RunCheck(in);
    INFO(Dump(all));
    CHECK(Said(all, "period_conflict").empty());
  }
  SECTION("no document span: unknown, as before") {
    auto all = run("", "", "2026-01/2026-03");
    INFO(Dump(all));
    CHECK(Said(all, "period_conflict").empty());
  }
}

TEST_CASE("level_change_stated: a level giving the number of a change the source states beside its level (trial35)") {
  // "Navigation incidents fell by 15 to 37" against "fell to 15": the
  // source's sentence tells the change and the level apart, and the article
  // gives the change's number as the level. Calibrated apart from a
  // measure read from one bare figure on each side.
  auto basis_for = [](bool source_states_level) {
    CheckInput in;
    DocBuilder r("bulletin.txt", "source", "Northmere Canal Authority");
    const std::string rs = source_states_level ? "Navigation incidents fell by 15 to 37 in 2025."
                                               : "Navigation incidents fell by 15 in 2025.";
    r.Add({rs, "15", Kind::kCount, 15, Qualifier::kExact, "navigation incidents", "", "2025"});
    if (source_states_level) r.Add({rs, "37", Kind::kCount, 37, Qualifier::kExact, "navigation incidents", "", "2025"});
    r.AddTo(&in);
    DocBuilder a("gazette.txt", "article");
    a.Add({"The number of navigation incidents fell to 15 in 2025.", "15", Kind::kCount, 15, Qualifier::kExact,
           "navigation incidents", "", "2025"});
    a.AddTo(&in);
    in.figures[0].frame.measure = Measure::kChange;
    for (Figure& f : in.figures) f.frame.direction = Direction::kDown;
    const std::vector<Finding> out = RunCheck(in);
    INFO(Dump(out));
    for (const Finding& f : out) {
      if (f.type == "measure_conflict") return f.basis;
    }
    return std::string("none");
  };
  CHECK(basis_for(true) == "level_change_stated");
  CHECK(basis_for(false) == "level_change");
}

TEST_CASE("scope_stated: a whole base against a base the source writes; its identity ignores the differing base words") {
  // trial35: "99.2% of all the recalled vehicles" for "of the vehicles
  // repaired so far, 99.2%". Both frames state the bases compared, so the
  // finding rests on scope_stated; against a source with no base of its own
  // on scope. The words of the bases that differ are the attribute
  // compared: they may not lower the finding's context (issue 13 point 1),
  // so an article base with a word more shares as much context as one
  // without it.
  auto run = [](const std::string& source_base, const std::string& article_sentence, const std::string& article_base) {
    CheckInput in;
    DocBuilder r("recall-notice.txt", "source", "Lakeshore Motors");
    const std::string rs = source_base.empty() ? "So far 99.2% needed only the camera software update."
                                               : "Of the vehicles repaired so far, 99.2% needed only the camera software update.";
    r.Add({rs, "99.2%", Kind::kPercent, 99.2, Qualifier::kExact, source_base});
    r.AddTo(&in);
    DocBuilder a("news.txt", "article");
    a.Add({article_sentence, "99.2%", Kind::kPercent, 99.2, Qualifier::kExact, article_base});
    a.AddTo(&in);
    return RunCheck(in);
  };
  const std::string recalled = "Some 99.2% of all the recalled vehicles need only the camera software update.";
  const std::vector<Finding> stated = run("vehicles repaired so far", recalled, "all the recalled vehicles");
  INFO(Dump(stated));
  const auto scope = Said(stated, "scope_conflict");
  REQUIRE(scope.size() == 1);
  CHECK(scope[0].basis == "scope_stated");
  const std::vector<Finding> plain =
      run("vehicles repaired so far", "Some 99.2% of all the vehicles need only the camera software update.",
          "all the vehicles");
  INFO(Dump(plain));
  const auto scope_plain = Said(plain, "scope_conflict");
  REQUIRE(scope_plain.size() == 1);
  // The context feature, that is: context_margin, relative to the other
  // candidates, still starts from the sentence's whole context (left for
  // a refit: it moves the fitted identities).
  auto context_of = [](const Finding& f) {
    for (const auto& [name, v] : f.features) {
      if (name == "context") return v;
    }
    return -1.0;
  };
  CHECK(context_of(scope_plain[0]) == Approx(context_of(scope[0])).margin(1e-9));
  const std::vector<Finding> no_base = run("", recalled, "all the recalled vehicles");
  INFO(Dump(no_base));
  for (const Finding& f : Said(no_base, "scope_conflict")) CHECK(f.basis == "scope");
}
