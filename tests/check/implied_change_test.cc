// Changes a source implies by two levels of one share (arithmetic.h), and
// the checker reading an article's stated change against them: the point
// gap and the relative change are both right when named right; the gap
// called a percent change (or the relative change called points) is a
// points conflict.
#include <catch2/catch.hpp>

#include "check_fixture.h"
#include "claims/check/arithmetic.h"
#include "claims/check/lexicon.h"

using namespace claimcheck;
using namespace claimcheck::testing;

namespace {

std::vector<const Figure*> FiguresOf(const CheckInput& in, const std::string& lang = "en") {
  std::vector<const Figure*> out;
  for (const Figure& f : in.figures) {
    if (f.lang == lang || lang.empty()) out.push_back(&f);
  }
  return out;
}

Figure* Find(CheckInput* in, const std::string& text) {
  for (Figure& f : in->figures) {
    if (f.text == text) return &f;
  }
  FAIL("no figure " << text);
  return nullptr;
}

check::Lexicon Loaded(const std::vector<std::string>& langs) {
  check::Lexicon lex;
  Status s = lex.Load(DefaultRulesDir(), langs);
  REQUIRE(s.ok());
  return lex;
}

}  // namespace

TEST_CASE("implied change: from..to, a comparison and the frame's earlier value give gap and relative change") {
  check::Lexicon lex = Loaded({"en"});
  {
    CheckInput in;
    const std::string s = "The employment rate rose from 74.2% to 75.6% over the year.";
    DocBuilder d("release.txt", "source");
    d.Add({s, "74.2%", Kind::kPercent, 74.2}).Add({s, "75.6%", Kind::kPercent, 75.6});
    d.AddTo(&in);
    auto changes = check::ImpliedPercentChanges(lex, FiguresOf(in));
    REQUIRE(changes.size() == 1);
    CHECK(changes[0].from->text == "74.2%");
    CHECK(changes[0].to->text == "75.6%");
    CHECK(changes[0].points.lo < 1.4);
    CHECK(changes[0].points.hi > 1.4);
    CHECK(changes[0].points.hi < 1.6);
    REQUIRE(changes[0].has_relative);
    CHECK(changes[0].relative.lo < 1.887);
    CHECK(changes[0].relative.hi > 1.887);
    CHECK(changes[0].relative.hi < 2.1);

    Figure stated;
    stated.kind = Kind::kPercent;
    stated.text = "1.4 percent";
    stated.value = FigureValue::Number(1.4);
    stated.frame.measure = Measure::kChange;
    stated.frame.direction = Direction::kUp;
    check::ChangeReading r = check::ReadAsChange(changes[0], stated);
    CHECK(r.points);
    CHECK_FALSE(r.relative);
    stated.text = "1.9%";
    stated.value = FigureValue::Number(1.9);
    r = check::ReadAsChange(changes[0], stated);
    CHECK_FALSE(r.points);
    CHECK(r.relative);
    // "fell 1.9%" is not this rise.
    stated.frame.direction = Direction::kDown;
    r = check::ReadAsChange(changes[0], stated);
    CHECK_FALSE(r.points);
    CHECK_FALSE(r.relative);
    // Nor is a different number.
    stated.frame.direction = Direction::kUp;
    stated.value = FigureValue::Number(2.4);
    stated.text = "2.4%";
    r = check::ReadAsChange(changes[0], stated);
    CHECK_FALSE(r.points);
    CHECK_FALSE(r.relative);
  }
  {
    // Two levels compared, the later first.
    CheckInput in;
    const std::string s = "In English, 68.9 per cent of pupils passed this year, compared with 71.5 per cent in 2025.";
    DocBuilder d("bulletin.txt", "source");
    d.Add({s, "68.9 per cent", Kind::kPercent, 68.9}).Add({s, "71.5 per cent", Kind::kPercent, 71.5});
    d.AddTo(&in);
    auto changes = check::ImpliedPercentChanges(lex, FiguresOf(in));
    REQUIRE(changes.size() == 1);
    CHECK(changes[0].from_value == 71.5);
    CHECK(changes[0].to_value == 68.9);
  }
  {
    // Two shares of different things side by side, no cue: no change.
    CheckInput in;
    const std::string s = "Women made up 51.2% of voters and 46.8% of candidates.";
    DocBuilder d("survey.txt", "source");
    d.Add({s, "51.2%", Kind::kPercent, 51.2}).Add({s, "46.8%", Kind::kPercent, 46.8});
    d.AddTo(&in);
    CHECK(check::ImpliedPercentChanges(lex, FiguresOf(in)).empty());
  }
  {
    // The frame's earlier value ("up from").
    CheckInput in;
    const std::string s = "Turnout was 58.4%, up from 56.1% at the last election.";
    DocBuilder d("results.txt", "source");
    d.Add({s, "58.4%", Kind::kPercent, 58.4});
    d.AddTo(&in);
    in.figures[0].frame.previous = 56.1;
    auto changes = check::ImpliedPercentChanges(lex, FiguresOf(in));
    REQUIRE(changes.size() == 1);
    CHECK(changes[0].from_value == 56.1);
    CHECK(changes[0].to_value == 58.4);
    // A revision's earlier value is no change of the share.
    in.figures[0].frame.revised = true;
    CHECK(check::ImpliedPercentChanges(lex, FiguresOf(in)).empty());
  }
}

TEST_CASE("implied change: Spanish del..al") {
  check::Lexicon lex = Loaded({"en", "es"});
  CheckInput in;
  const std::string s = "La cobertura bajó del 94,6% en 2025 al 91,2% en 2026.";
  DocBuilder d("informe.txt", "source");
  d.Add({s, "94,6%", Kind::kPercent, 94.6}).Add({s, "91,2%", Kind::kPercent, 91.2});
  d.AddTo(&in);
  for (Figure& f : in.figures) f.lang = "es";
  auto changes = check::ImpliedPercentChanges(lex, FiguresOf(in, "es"));
  REQUIRE(changes.size() == 1);
  CHECK(changes[0].from_value == 94.6);
  CHECK(changes[0].to_value == 91.2);
}

TEST_CASE("implied change: 'compared to' and 'frente al' compare two levels; their 'to' names no arrival (trial15)") {
  check::Lexicon lex = Loaded({"en", "es"});
  {
    CheckInput in;
    const std::string s = "Some 41.6% of the county's bins were emptied on time, compared to 44.0% the year before.";
    DocBuilder d("bulletin.txt", "source");
    d.Add({s, "41.6%", Kind::kPercent, 41.6}).Add({s, "44.0%", Kind::kPercent, 44.0});
    d.AddTo(&in);
    auto changes = check::ImpliedPercentChanges(lex, FiguresOf(in));
    REQUIRE(changes.size() == 1);
    CHECK(changes[0].from_value == 44.0);
    CHECK(changes[0].to_value == 41.6);
  }
  {
    CheckInput in;
    const std::string s = "El autobús supuso el 18,2% de los viajes en la comarca, frente al 17,5% en 2024.";
    DocBuilder d("memoria.txt", "source");
    d.Add({s, "18,2%", Kind::kPercent, 18.2}).Add({s, "17,5%", Kind::kPercent, 17.5});
    d.AddTo(&in);
    for (Figure& f : in.figures) f.lang = "es";
    auto changes = check::ImpliedPercentChanges(lex, FiguresOf(in, "es"));
    REQUIRE(changes.size() == 1);
    CHECK(changes[0].from_value == 17.5);
    CHECK(changes[0].to_value == 18.2);
  }
}

TEST_CASE("implied change: the checker supports the gap as points and the relative change, flags the gap as percent") {
  auto build = [](const std::string& said, const std::string& text, double value, const std::string& unit) {
    CheckInput in;
    DocBuilder src("release.txt", "source", "Northshire Statistics Office");
    const std::string s = "The employment rate for people aged 16 to 64 rose from 74.2% to 75.6% over the year to June.";
    src.Add({s, "74.2%", Kind::kPercent, 74.2, Qualifier::kExact, "employment rate"})
        .Add({s, "75.6%", Kind::kPercent, 75.6, Qualifier::kExact, "employment rate"});
    src.AddTo(&in);
    DocBuilder art("herald.txt", "article", "Valley Herald");
    art.Add({said, text, Kind::kPercent, value, Qualifier::kExact, "employment rate",
             "the Northshire Statistics Office", "", unit});
    art.AddTo(&in);
    Figure* f = Find(&in, text);
    f->frame.measure = Measure::kChange;
    f->frame.direction = Direction::kUp;
    return in;
  };
  {
    CheckInput in = build("The employment rate rose 1.4 percent over the year to June, the Northshire Statistics Office said.",
                          "1.4 percent", 1.4, "");
    auto all = RunCheck(in);
    INFO(Dump(all));
    auto m = Flagged(all, "measure_conflict");
    REQUIRE(m.size() == 1);
    CHECK(m[0].severity == Severity::kWarning);
    CHECK(m[0].basis == "points");
    CHECK(m[0].suggestion == "1.4 percentage points");
    CHECK(m[0].message.find("74.2% to 75.6%") != std::string::npos);
    CHECK(Flagged(all).size() == 1);
  }
  for (auto [text, value, unit] : {std::tuple<std::string, double, std::string>{"1.4 percentage points", 1.4, "pp"},
                                   {"1.9%", 1.9, ""}}) {
    CheckInput in = build("The employment rate rose " + text + " over the year to June, the Northshire Statistics Office said.",
                          text, value, unit);
    CheckOptions opts = TestOptions();
    opts.report_matches = true;
    auto all = RunCheck(in, opts);
    INFO(text << "\n" << Dump(all));
    CHECK(Flagged(all).empty());
    CHECK(Said(all, "supported").size() == 1);
  }
}
