// Kinds of fault found when the eval24 blind set was opened for development
// and in trial37 (a new user's four cases), each checked both ways: the
// faithful figure stays quiet and the misreport of its kind is still flagged.
#include <catch2/catch.hpp>

#include <string>

#include "tests/check/check_fixture.h"

using namespace claimcheck;
using namespace claimcheck::testing;

TEST_CASE("rate: a thing counted and a span are two denominators of one figure") {
  // The source gives the cost of staffing one site "a year"; the campaign
  // blog gives it "per site". A working span ("per shift") against a week
  // still differs, as does a span the per-thing sentence names in words.
  auto run = [](const std::string& source_per, const std::string& article_per,
                const std::string& article_sentence = "That is roughly £7,100 per site, the campaign says.") {
    CheckInput in;
    DocBuilder r("cabinet-report.txt", "source", "Haldon County Council");
    r.Add({"The average cost of staffing one site is £7,100 a year, including training.", "£7,100", Kind::kMoney,
           7100, Qualifier::kExact, "cost", "", "", "GBP"});
    r.AddTo(&in);
    DocBuilder a("blog.md", "article", "Save Our Patrols");
    a.Add({article_sentence, "£7,100", Kind::kMoney, 7100, Qualifier::kExact, "cost", "", "", "GBP"});
    a.AddTo(&in);
    SetPer(&in, "cabinet-report.txt", "£7,100", source_per);
    SetPer(&in, "blog.md", "£7,100", article_per);
    auto all = RunCheck(in);
    INFO(Dump(all));
    return SaidOn(all, "rate_conflict", "£7,100");
  };
  CHECK(run("year", "site") == 0);
  CHECK(run("year", "patrol") == 0);
  CHECK(run("year", "month") == 1);
  CHECK(run("week", "shift") == 1);
  CHECK(run("year", "site", "That is roughly £7,100 per site every month, the campaign says.") == 1);
}
