// False alarms of task per24 (train after eval22 and fahunt2 opened), each as
// the kind it stands for: a faithful article figure the checker must not
// flag, beside the misreport of the same kind that it must still flag.
#include <catch2/catch.hpp>

#include <string>

#include "tests/check/check_fixture.h"

using namespace claimcheck;
using namespace claimcheck::testing;

TEST_CASE("rate: an average the source's sentence gives over the units the article divides by is no rate conflict") {
  // A council's report gives the mean cost of repairing a bus shelter, with
  // no denominator in its frame; a local paper writes it "per shelter". The
  // source's sentence names the shelters the average is over. A source
  // sentence that does not, or an article that divides by a span of time
  // ("a year", which any sentence may hold), still differs.
  auto run = [](const std::string& source_sentence, const std::string& article_sentence, const std::string& per) {
    CheckInput in;
    DocBuilder r("highways-report.txt", "source", "Eastfold Borough Council");
    r.Add({source_sentence, "£1,240", Kind::kMoney, 1240, Qualifier::kExact, "repair cost"});
    r.AddTo(&in);
    DocBuilder a("eastfold-gazette.html", "article", "Eastfold Gazette");
    a.Add({article_sentence, "£1,240", Kind::kMoney, 1240, Qualifier::kExact, "repair cost"});
    a.AddTo(&in);
    SetPer(&in, "eastfold-gazette.html", "£1,240", per);
    auto all = RunCheck(in);
    INFO(Dump(all));
    return SaidOn(all, "rate_conflict", "£1,240");
  };
  const std::string average = "Each damaged bus shelter cost an average repair cost of £1,240 last year, the council said.";
  CHECK(run(average, "The average repair cost is £1,240 per bus shelter, the council says.", "bus shelter") == 0);
  CHECK(run("Vandalism raised the average repair cost to £1,240 last year, the council said.",
            "The average repair cost is £1,240 per bus shelter, the council says.", "bus shelter") == 1);
  CHECK(run(average, "The average repair cost is £1,240 a year, the council says.", "year") == 1);
}

TEST_CASE("arithmetic: a change beside a total is no part of it") {
  // "In all 4,310 runners entered, 215 more than in 2025, and more than 4,100
  // started": the 215 says how far the total moved. Read as a part, 215 and
  // 4,100 exceed the 4,310. Two parts that do exceed it are still a slip.
  auto run = [](bool change) {
    CheckInput in;
    DocBuilder a("race-report.txt", "article");
    const std::string s = change ? "In total 4,310 runners entered, 215 more than in 2025, and 4,180 started."
                                 : "In total 4,310 runners entered: 215 were juniors and 4,180 were seniors.";
    a.Add({s, "4,310", Kind::kCount, 4310, Qualifier::kExact, "runners"})
        .Add({s, "215", Kind::kCount, 215, Qualifier::kExact, "runners"})
        .Add({s, "4,180", Kind::kCount, 4180, Qualifier::kExact, "runners"});
    a.AddTo(&in);
    if (change) {
      for (Figure& f : in.figures) {
        if (f.text == "215") {
          f.frame.measure = Measure::kChange;
          f.frame.direction = Direction::kUp;
        }
      }
    }
    auto all = RunCheck(in);
    INFO(Dump(all));
    return Said(all, "arithmetic").size();
  };
  CHECK(run(true) == 0);
  CHECK(run(false) == 1);
}
