// Calibrated warn bars (issue 13 point 4): the bar chooser of fit_identity
// (tools/checkeval/warnbar.h), the model's evidence bars (`warn_with` in
// rules/<lang>/identity.yaml), and the evidence a finding carries.
#include <catch2/catch.hpp>

#include "tests/check/check_fixture.h"
#include "claims/check/identity.h"
#include "tools/checkeval/warnbar.h"

using namespace claimcheck;
using namespace claimcheck::checkdev;
using namespace claimcheck::testing;

namespace {

BarFlag Gold(double identity, bool right, bool distinct = false) {
  BarFlag f;
  f.identity = identity;
  f.right = right;
  f.evidence[check::kSameNumber] = true;
  f.evidence[check::kDistinctNumber] = distinct;
  return f;
}

BarFlag Perturbed(double identity, bool distinct = false) {
  BarFlag f = Gold(identity, true, distinct);
  f.perturbed = true;
  return f;
}

// Precision of the gold flags at or above `bar`.
double GoldPrecision(const std::vector<BarFlag>& flags, double bar) {
  int right = 0, n = 0;
  for (const BarFlag& f : flags) {
    if (f.perturbed || f.identity < bar) continue;
    ++n;
    right += f.right;
  }
  return n ? static_cast<double>(right) / n : 1;
}

}  // namespace

TEST_CASE("a fitted warn bar reaches the target precision on the flags it was fitted on") {
  // Right flags high, false alarms mixed in lower down.
  std::vector<BarFlag> flags = {Gold(0.95, true),  Gold(0.93, true),  Gold(0.91, true), Gold(0.90, true),
                                Gold(0.88, true),  Gold(0.86, false), Gold(0.85, true), Gold(0.80, false),
                                Gold(0.78, true),  Gold(0.70, false), Gold(0.60, true)};
  BarRule rule;
  rule.target = 0.95;
  rule.min_evidence = 3;
  rule.add_no_false_alarm = false;
  BarChoice c = ChooseBar(flags, rule);
  REQUIRE(c.bar > 0);
  CHECK(c.bar == 0.88);  // the lowest bar above the first false alarm
  CHECK(GoldPrecision(flags, c.bar) >= rule.target);
  CHECK(c.wrong == 0);
  CHECK(c.right == 5);
  // Any lower bar would fall short of the target.
  CHECK(GoldPrecision(flags, 0.85) < rule.target);
}

TEST_CASE("a basis with no right flag, or too few, gets no warn bar") {
  BarRule rule;
  rule.min_evidence = 3;
  CHECK(ChooseBar({}, rule).bar < 0);
  CHECK(ChooseBar({Gold(0.9, false), Gold(0.8, false)}, rule).bar < 0);
  CHECK(ChooseBar({Gold(0.9, true), Gold(0.8, true)}, rule).bar < 0);  // two right flags: too few
}

TEST_CASE("an evidence bar adds no false alarm and rests on gold flags, not perturbations alone") {
  // The basis's own bar is 0.9; below it, the distinctive-number flags are
  // right down to 0.74 (perturbed ones lower) and a plain-number false
  // alarm sits at 0.8.
  std::vector<BarFlag> flags = {Gold(0.95, true), Gold(0.92, true, true), Gold(0.85, true, true),
                                Gold(0.80, false), Gold(0.78, true, true), Gold(0.74, true, true), Perturbed(0.60, true),
                                Perturbed(0.55, true)};
  BarRule rule;
  rule.min_evidence = 3;
  rule.evidence = check::kDistinctNumber;
  rule.already = 0.9;
  rule.add_no_false_alarm = true;
  rule.gold_placed = true;
  BarChoice c = ChooseBar(flags, rule);
  CHECK(c.bar == 0.74);  // the lowest gold right flag, not the perturbed 0.55
  CHECK(c.wrong == 0);
  rule.gold_placed = false;
  CHECK(ChooseBar(flags, rule).bar == 0.55);
  // A distinctive false alarm below the bar keeps the evidence bar above it.
  flags.push_back(Gold(0.70, false, true));
  rule.gold_placed = true;
  CHECK(ChooseBar(flags, rule).bar == 0.74);
  flags.push_back(Gold(0.88, false, true));
  CHECK(ChooseBar(flags, rule).bar < 0);  // every bar under it would warn the false alarm at 0.88
}

TEST_CASE("an evidence bar needs its right flags from gold, however many perturbations stand behind it") {
  // One gold right flag with the evidence below the basis's bar, and a
  // crowd of perturbed ones: no evidence bar (it would rest on one case).
  std::vector<BarFlag> flags = {Gold(0.95, true), Gold(0.85, true, true)};
  for (int i = 0; i < 20; ++i) flags.push_back(Perturbed(0.86 + 0.001 * i, true));
  BarRule rule;
  rule.min_evidence = 2;
  rule.evidence = check::kDistinctNumber;
  rule.already = 0.9;
  rule.gold_placed = true;
  CHECK(ChooseBar(flags, rule).bar < 0);
  // A second gold right flag makes two: the bar sits at the lower.
  flags.push_back(Gold(0.82, true, true));
  CHECK(ChooseBar(flags, rule).bar == 0.82);
}

TEST_CASE("warn_with bars are read, written and validated with the identity model") {
  check::IdentityModel m = check::DefaultIdentityModel();
  m.warn["modality"] = 0.95;
  m.warn_with[check::kDistinctNumber]["modality"] = 0.74;
  const std::string yaml = check::IdentityModelYaml(m, "");
  CHECK(yaml.find("warn_with:\n  distinct_number:\n    modality: 0.7400\n") != std::string::npos);
  check::IdentityModel back;
  REQUIRE(check::ParseIdentityModel(yaml, "identity.yaml", &back).ok());
  CHECK(back.warn_with[check::kDistinctNumber].at("modality") == 0.74);
  check::EvidenceSet none{}, distinct{};
  distinct[check::kDistinctNumber] = true;
  CHECK(!back.Warns("modality", 0.8, none));
  CHECK(back.Warns("modality", 0.8, distinct));
  CHECK(!back.Warns("modality", 0.7, distinct));
  CHECK(back.Warns("modality", 0.96, none));
  CHECK(!back.Warns("subject", 0.99, distinct));  // no bar at all: info
  // An unknown evidence name is an error naming file:line:column.
  check::IdentityModel bad;
  Status s = check::ParseIdentityModel(yaml + "  sharp_eyes:\n    modality: 0.5\n", "identity.yaml", &bad);
  CHECK(!s.ok());
  CHECK(s.message().find("identity.yaml:") == 0);
  CHECK(s.message().find("unknown evidence \"sharp_eyes\"") != std::string::npos);
  s = check::ParseIdentityModel(yaml + "  same_number:\n    modality: 1.5\n", "identity.yaml", &bad);
  CHECK(!s.ok());
}

TEST_CASE("significant digits decide whether a shared number is distinctive") {
  CHECK(check::SignificantDigits(12740) == 4);
  CHECK(check::SignificantDigits(200000) == 1);
  CHECK(check::SignificantDigits(38.6) == 3);
  CHECK(check::SignificantDigits(1583000) == 4);
  CHECK(check::SignificantDigits(80) == 1);
}

TEST_CASE("a finding keeps the warn evidence that decided it in its features") {
  CheckInput in;
  DocBuilder r("report.txt", "source", "Counter Extremism Project");
  r.Add({"The study mapped 1,000 ISIS-supporting profiles.", "1,000", Kind::kCount, 1000, Qualifier::kExact,
         "ISIS-supporting profiles"});
  DocBuilder a("a.txt", "article");
  a.Add({"The study mapped more than 1,000 ISIS-supporting profiles.", "more than 1,000", Kind::kCount, 1000,
         Qualifier::kMoreThan, "ISIS-supporting profiles"});
  r.AddTo(&in);
  a.AddTo(&in);
  const std::vector<Finding> out = RunCheck(in);
  const Finding* q = nullptr;
  for (const Finding& f : out) {
    if (f.type == "qualifier_conflict") q = &f;
  }
  REQUIRE(q != nullptr);
  std::map<std::string, double> feat(q->features.begin(), q->features.end());
  REQUIRE(feat.count("same_number"));
  REQUIRE(feat.count("distinct_number"));
  CHECK(feat["same_number"] == 1);
  CHECK(feat["distinct_number"] == 0);  // 1,000: one significant digit
}

namespace {

// The findings of `type` at any severity, with their features by name.
std::vector<std::map<std::string, double>> FeaturesOf(const std::vector<Finding>& all, const std::string& type) {
  std::vector<std::map<std::string, double>> out;
  for (const Finding& f : all) {
    if (f.type == type) out.emplace_back(f.features.begin(), f.features.end());
  }
  return out;
}

}  // namespace

TEST_CASE("a finding whose sentences share another number carries shared_figure, and credited when the article names the source") {
  CheckInput in;
  DocBuilder r("marina-report.txt", "source", "Harbour Trust");
  r.Add({"In 2023 the trust registered 4,180 boats and 2,350 moorings.", "4,180", Kind::kCount, 4180,
         Qualifier::kExact, "boats", "", "2023"});
  r.Add({"In 2023 the trust registered 4,180 boats and 2,350 moorings.", "2,350", Kind::kCount, 2350,
         Qualifier::kExact, "moorings", "", "2023"});
  DocBuilder a("a.txt", "article");
  a.Add({"The Harbour Trust registered 4,180 boats and 2,350 moorings in 2021.", "4,180", Kind::kCount, 4180,
         Qualifier::kExact, "boats", "The Harbour Trust", "2021"});
  a.Add({"The Harbour Trust registered 4,180 boats and 2,350 moorings in 2021.", "2,350", Kind::kCount, 2350,
         Qualifier::kExact, "moorings", "The Harbour Trust", "2021"});
  r.AddTo(&in);
  a.AddTo(&in);
  const std::vector<Finding> out = RunCheck(in);
  const auto found = FeaturesOf(out, "time_conflict");
  REQUIRE(!found.empty());
  for (auto feat : found) {
    CHECK(feat["shared_figure"] == 1);
    CHECK(feat["credited"] == 1);
  }
}

TEST_CASE("a lone number credited to nobody carries neither shared_figure nor credited") {
  CheckInput in;
  DocBuilder r("marina-report.txt", "source", "Harbour Trust");
  r.Add({"In 2023 the trust registered 4,180 boats.", "4,180", Kind::kCount, 4180, Qualifier::kExact, "boats", "",
         "2023"});
  DocBuilder a("a.txt", "article");
  a.Add({"Some 4,180 boats were registered at the marina in 2021.", "4,180", Kind::kCount, 4180, Qualifier::kExact,
         "boats", "", "2021"});
  r.AddTo(&in);
  a.AddTo(&in);
  const std::vector<Finding> out = RunCheck(in);
  const auto found = FeaturesOf(out, "time_conflict");
  REQUIRE(found.size() == 1);
  auto feat = found[0];
  REQUIRE(feat.count("shared_figure"));
  REQUIRE(feat.count("credited"));
  CHECK(feat["shared_figure"] == 0);
  CHECK(feat["credited"] == 0);
}

TEST_CASE("stated_both: a subject difference whose two heads are written in their own sentences") {
  auto run = [](const std::string& article_sentence) {
    CheckInput in;
    DocBuilder r("parking-report.txt", "source");
    r.Add({"The council issued 170,412 penalty notices in the year.", "170,412", Kind::kCount, 170412,
           Qualifier::kExact, "penalty notices"});
    DocBuilder a("a.txt", "article");
    a.Add({article_sentence, "170,412", Kind::kCount, 170412, Qualifier::kExact, "parking tickets"});
    r.AddTo(&in);
    a.AddTo(&in);
    const std::vector<Finding> out = RunCheck(in);
    INFO(Dump(out));
    std::vector<std::map<std::string, double>> found = FeaturesOf(out, "subject_conflict");
    REQUIRE(found.size() == 1);
    REQUIRE(found[0].count("stated_both"));
    return found[0]["stated_both"];
  };
  // "tickets" is a word of the article's sentence: both heads are written.
  CHECK(run("The council issued 170,412 parking tickets in the year.") == 1);
  // The article's head is not in its sentence (the frame took it from
  // elsewhere): the difference rests on an inference.
  CHECK(run("The council issued 170,412 of them in the year.") == 0);
}

TEST_CASE("stated_both: a widened base is written on both sides only when the source writes its own base") {
  auto run = [](const std::string& source_subject) {
    CheckInput in;
    DocBuilder r("grid-report.txt", "source");
    r.Add({"Storms caused 88% of the outages recorded on rural lines.", "88%", Kind::kPercent, 88,
           Qualifier::kExact, source_subject});
    DocBuilder a("a.txt", "article");
    a.Add({"Storms caused 88% of all outages in the country.", "88%", Kind::kPercent, 88, Qualifier::kExact,
           "all outages"});
    r.AddTo(&in);
    a.AddTo(&in);
    return RunCheck(in);
  };
  const std::vector<Finding> out = run("outages recorded on rural lines");
  const auto found = FeaturesOf(out, "scope_conflict");
  REQUIRE(found.size() == 1);
  auto feat = found[0];
  CHECK(feat["stated_both"] == 1);
}

TEST_CASE("stated_both: a time difference where both sentences write a date of their own") {
  auto run = [](bool article_writes_date) {
    CheckInput in;
    DocBuilder r("marina-report.txt", "source", "Harbour Trust");
    const char* rs = "In 2023 the trust registered 4,180 boats.";
    r.Add({rs, "4,180", Kind::kCount, 4180, Qualifier::kExact, "boats", "", "2023"});
    r.Add({rs, "2023", Kind::kDate, 0, Qualifier::kExact});
    DocBuilder a("a.txt", "article");
    // With no date in its sentence the article's time came from elsewhere
    // (its dateline, a sentence before): the reader's inference.
    const char* as = article_writes_date ? "Some 4,180 boats were registered at the marina in 2021."
                                         : "Some 4,180 boats were registered at the marina.";
    a.Add({as, "4,180", Kind::kCount, 4180, Qualifier::kExact, "boats", "", "2021"});
    if (article_writes_date) a.Add({as, "2021", Kind::kDate, 0, Qualifier::kExact});
    r.AddTo(&in);
    a.AddTo(&in);
    const std::vector<Finding> out = RunCheck(in);
    INFO(Dump(out));
    const auto found = FeaturesOf(out, "time_conflict");
    REQUIRE(found.size() == 1);
    auto feat = found[0];
    REQUIRE(feat.count("stated_both"));
    return feat["stated_both"];
  };
  CHECK(run(true) == 1);
  CHECK(run(false) == 0);
}

TEST_CASE("a warn bar is not placed where the gold flags just above it are often wrong") {
  // Twenty sure right flags high up, then a band of right and false flags
  // mixed: cumulative precision stays above 0.8 down to 0.50, but the band
  // below 0.60 is right only half the time.
  std::vector<BarFlag> flags;
  for (int i = 0; i < 20; ++i) flags.push_back(Gold(0.90 + i * 0.001, true));
  for (int i = 0; i < 3; ++i) flags.push_back(Gold(0.80 - i * 0.01, true));
  for (int i = 0; i < 3; ++i) {
    flags.push_back(Gold(0.58 - i * 0.02, true));
    flags.push_back(Gold(0.57 - i * 0.02, false));
  }
  BarRule rule;
  rule.target = 0.80;
  rule.min_evidence = 3;
  rule.add_no_false_alarm = false;
  const double cumulative = ChooseBar(flags, rule).bar;
  CHECK(cumulative < 0.60);  // the cumulative target alone admits the mixed band
  rule.local_window = 4;
  rule.local_precision_min = 0.8;
  const double local = ChooseBar(flags, rule).bar;
  CHECK(local >= 0.58);  // the bar stays at the top of the mixed band
  CHECK(GoldPrecision(flags, local) == 1.0);
}
