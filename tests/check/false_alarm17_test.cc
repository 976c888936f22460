// False alarms of eval17 (task fa17), each as the kind it stands for: a
// faithful article figure the checker must not flag, beside the misreport
// of the same kind that it must still flag.
#include <catch2/catch.hpp>

#include <string>

#include "tests/check/check_fixture.h"

using namespace claimcheck;
using namespace claimcheck::testing;

TEST_CASE("attribution: a bound credited to a body with nothing stored does not show the figure is the source's") {
  auto run = [](const FigureSpec& article) {
    CheckInput in;
    DocBuilder r("care-observatory-2025.txt", "source", "Kelvedon Social Care Observatory");
    r.Add({"At the end of the year 7,670 people with an assessed need were still waiting for care.", "7,670",
           Kind::kCount, 7670, Qualifier::kExact, "people"});
    r.AddTo(&in);
    DocBuilder a("kelvedon-post.txt", "article", "Kelvedon Post");
    a.Add(article);
    a.AddTo(&in);
    auto all = RunCheck(in);
    INFO(Dump(all));
    return SaidOn(all, "attribution_conflict", article.text);
  };
  // The carers' own estimate, a floor the observatory's count happens to
  // clear.
  CHECK(run({"At least 6,000 people are still waiting for care, said the Kelvedon Carers Alliance.", "At least 6,000",
             Kind::kCount, 6000, Qualifier::kAtLeast, "people", "said the Kelvedon Carers Alliance"}) == 0);
  // The observatory's very number credited to the carers is still one.
  CHECK(run({"The Kelvedon Carers Alliance said 7,670 people were still waiting for care.", "7,670", Kind::kCount,
             7670, Qualifier::kExact, "people", "The Kelvedon Carers Alliance said"}) == 1);
}
