// Cross-validation by cluster for fit_identity (tools/checkeval/cv.h):
// the fold deal, the pooled scoring of the held folds, and the report
// section kept in bench/CHECK.md.
#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <set>

#include "tools/checkeval/cv.h"

using namespace claimcheck;
using namespace claimcheck::checkdev;

namespace {

Score Counts(int tp, int fp, int fn, int aligned, int gold) {
  Score s;
  s.tp = tp;
  s.fp = fp;
  s.fn = fn;
  s.aligned = aligned;
  s.gold_pairs = gold;
  s.clusters = 1;
  return s;
}

}  // namespace

TEST_CASE("a cluster's fold depends on its name alone, and every fold is used") {
  std::vector<std::string> names;
  for (int i = 0; i < 200; ++i) names.push_back("cluster-" + std::to_string(i));
  std::map<int, int> per_fold;
  for (const std::string& n : names) {
    const int f = FoldOf(n, 5);
    REQUIRE(f >= 0);
    REQUIRE(f < 5);
    CHECK(FoldOf(n, 5) == f);  // deterministic
    ++per_fold[f];
  }
  REQUIRE(per_fold.size() == 5);
  for (const auto& [f, n] : per_fold) {
    CHECK(n > 20);  // about 40 each: no fold starved
    CHECK(n < 60);
  }
  // The deal does not depend on which other clusters exist or their order:
  // FNV-1a of the name, mod k.
  CHECK(FoldOf("", 5) == static_cast<int>(14695981039346656037ull % 5));
  CHECK(FoldOf("a", 5) == static_cast<int>(0xaf63dc4c8601ec8cull % 5));
  CHECK(FoldOf("anything", 1) == 0);
}

TEST_CASE("cross-validation never fits on a held cluster and holds each cluster once") {
  std::vector<std::string> names = {"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota"};
  std::multiset<size_t> held_all;
  int calls = 0;
  CrossValidate(names, 3, [&](const std::vector<size_t>& fit_on, const std::vector<size_t>& held) {
    ++calls;
    for (size_t h : held) {
      CHECK(std::find(fit_on.begin(), fit_on.end(), h) == fit_on.end());
      held_all.insert(h);
    }
    CHECK(fit_on.size() + held.size() == names.size());
    // All the held clusters share one fold, and none of the fitted ones is in it.
    const int f = FoldOf(names[held.front()], 3);
    for (size_t h : held) CHECK(FoldOf(names[h], 3) == f);
    for (size_t i : fit_on) CHECK(FoldOf(names[i], 3) != f);
    return Score{};
  });
  CHECK(calls <= 3);
  CHECK(held_all.size() == names.size());
  for (size_t i = 0; i < names.size(); ++i) CHECK(held_all.count(i) == 1);
}

TEST_CASE("the held folds' scores are pooled as counts, not averaged") {
  // Two held folds: 9 right 1 false of 10 differences, and 1 right 1 false
  // of 10. Pooled: precision 10/12 and recall 10/20 (the mean of the fold
  // precisions would be .7).
  std::vector<std::string> names;
  for (int i = 0; i < 50; ++i) names.push_back("c" + std::to_string(i));
  int fold = 0;
  Score pooled = CrossValidate(names, 2, [&](const std::vector<size_t>&, const std::vector<size_t>&) {
    return fold++ == 0 ? Counts(9, 1, 1, 8, 10) : Counts(1, 1, 9, 4, 10);
  });
  REQUIRE(fold == 2);
  CHECK(pooled.tp == 10);
  CHECK(pooled.fp == 2);
  CHECK(pooled.fn == 10);
  CHECK(pooled.clusters == 2);
  CHECK(pooled.Precision() == Approx(10.0 / 12));
  CHECK(pooled.Recall() == Approx(0.5));
  CHECK(pooled.Alignment() == Approx(12.0 / 20));
}

TEST_CASE("adding two scores sums their counts by relation and type and loss stage") {
  Score a = Counts(1, 0, 1, 1, 2), b = Counts(2, 1, 0, 2, 3);
  a.by_relation["time"] = {1, 2};
  b.by_relation["time"] = {1, 1};
  b.by_type["period"] = {2, 1};
  a.losses["identity below"]["value"] = 1;
  b.losses["identity below"]["value"] = 2;
  AddScore(b, &a);
  CHECK(a.tp == 3);
  CHECK(a.fp == 1);
  CHECK(a.by_relation["time"] == std::make_pair(2, 3));
  CHECK(a.by_type["period"] == std::make_pair(2, 1));
  CHECK(a.losses["identity below"]["value"] == 3);
}

TEST_CASE("the cross-validation section of CHECK.md is replaced, appended or kept") {
  const std::string sec = std::string(kReportBegin) + "\nCV P 0.8\n" + kReportEnd + "\n";
  const std::string sec2 = std::string(kReportBegin) + "\nCV P 0.9\n" + kReportEnd + "\n";
  CHECK(SectionOf("no section here") == "");
  const std::string with = WithSection("# Check\n\ntext\n", sec);
  CHECK(with == "# Check\n\ntext\n\n" + sec);
  CHECK(SectionOf(with) == sec);
  CHECK(WithSection(with, sec2) == "# Check\n\ntext\n\n" + sec2);
  CHECK(WithSection("# Check\n", "") == "# Check\n");
  // checkeval rewrites the file and keeps the old section.
  CHECK(WithSection("# Check, new\n", SectionOf(with)) == "# Check, new\n\n" + sec);
}
