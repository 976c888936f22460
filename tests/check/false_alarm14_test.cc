// False alarms of eval14 (task fa14), each as the kind it stands for: a
// faithful article figure (or source sentence) the checker must not flag,
// beside the misreport of the same kind that it must still flag.
#include <catch2/catch.hpp>

#include <string>

#include "tests/check/check_fixture.h"

using namespace claimcheck;
using namespace claimcheck::testing;

namespace {

bool FlaggedOn(const std::vector<Finding>& all, const std::string& text, const std::string& type = "") {
  for (const Finding& f : Flagged(all, type)) {
    if (!f.claims.empty() && f.claims[0]->text == text) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("arithmetic: a revision from one figure to another is no change, and a percent beside it is not its size") {
  CheckInput in;
  DocBuilder r("nursing-revised.txt", "source", "Kelmore Health Workforce Unit");
  const std::string revised =
      "The number of registered nurses has been revised from 41,200 to 40,750, a fall of 2.8% on 2024.";
  const std::string plain = "The number of midwives went from 3,000 to 3,300, a rise of 4%.";
  r.Add({revised, "41,200", Kind::kCount, 41200, Qualifier::kExact, "registered nurses"})
      .Add({revised, "40,750", Kind::kCount, 40750, Qualifier::kExact, "registered nurses"})
      .Add({revised, "2.8%", Kind::kPercent, 2.8, Qualifier::kExact, "registered nurses"})
      .Add({plain, "3,000", Kind::kCount, 3000, Qualifier::kExact, "midwives"})
      .Add({plain, "3,300", Kind::kCount, 3300, Qualifier::kExact, "midwives"})
      .Add({plain, "4%", Kind::kPercent, 4, Qualifier::kExact, "midwives"});
  r.AddTo(&in);
  in.figures[0].rule = "en.count.from_level";
  in.figures[1].rule = "en.count.to_level";
  in.figures[1].frame.previous = 41200;
  in.figures[1].frame.revised = true;
  in.figures[2].frame.measure = Measure::kChange;
  in.figures[3].rule = "en.count.from_level";
  in.figures[4].rule = "en.count.to_level";
  in.figures[4].frame.previous = 3000;
  in.figures[5].frame.measure = Measure::kChange;
  auto all = RunCheck(in);
  INFO(Dump(all));
  int on_revision = 0, on_plain = 0;
  for (const Finding& f : Said(all, "arithmetic")) {
    (f.claims[0]->sentence.str() == revised ? on_revision : on_plain) += 1;
  }
  CHECK(on_revision == 0);
  // A plain from..to keeps its check: 3,000 to 3,300 is 10%, not 4%.
  CHECK(on_plain == 1);
}

TEST_CASE("attribution: a count below ten cannot show which document a credited figure comes from") {
  CheckInput in;
  DocBuilder r("agency-release.txt", "source", "Kelmore Health Intelligence Agency");
  r.Add({"Longer waits partly reflect staffing gaps in two clinics, which have since been filled.", "two",
         Kind::kCount, 2, Qualifier::kExact, "clinics"})
      .Add({"Memory clinics received 14,730 referrals in the year.", "14,730", Kind::kCount, 14730,
            Qualifier::kExact, "referrals"});
  r.AddTo(&in);
  DocBuilder a("courier.txt", "article", "Kelmore Courier");
  a.Add({"A spokesperson for the Kelmore Care Board said new staff had joined two clinics.", "two", Kind::kCount, 2,
         Qualifier::kExact, "clinics", "A spokesperson for the Kelmore Care Board said"})
      .Add({"The Kelmore Care Board said memory clinics received 14,730 referrals in the year.", "14,730",
            Kind::kCount, 14730, Qualifier::kExact, "referrals", "The Kelmore Care Board said"});
  a.AddTo(&in);
  in.figures[2].rule = "en.count.word";
  auto all = RunCheck(in);
  INFO(Dump(all));
  CHECK_FALSE(FlaggedOn(all, "two", "attribution_conflict"));
  // The agency's distinctive count credited to the board is still one.
  CHECK(FlaggedOn(all, "14,730", "attribution_conflict"));
}

TEST_CASE("attribution: a figure the source does not give as written, credited to a body with nothing stored, is no misattribution") {
  CheckInput in;
  DocBuilder r("department-release.txt", "source", "Carrow Department for Children");
  r.Add({"The number of unaccompanied children looked after rose to 655, from 418 a year earlier.", "418",
         Kind::kCount, 418, Qualifier::kExact, "unaccompanied children"})
      .Add({"Children leaving care numbered 410 in the year.", "410", Kind::kCount, 410, Qualifier::kExact,
            "children leaving care"})
      .Add({"On 31 March, 8,190 children were in foster placements, 71% of all children looked after.", "71%",
            Kind::kPercent, 71, Qualifier::kExact, "children looked after"})
      .Add({"There were 11,904 children looked after on 31 March.", "11,904", Kind::kCount, 11904, Qualifier::kExact,
            "children"});
  r.AddTo(&in);
  in.figures[0].rule = "en.count.from_level";
  DocBuilder a("echo.html", "article", "Marsh Echo");
  a.Add({"Marsh Borough Council says 421 children from the borough are currently in its care.", "421 children",
         Kind::kCount, 421, Qualifier::kExact, "children", "Marsh Borough Council says"})
      .Add({"Marsh Borough Council says 412 children left its care, around two thirds of them for foster families.",
            "412 children", Kind::kCount, 412, Qualifier::kExact, "children leaving care",
            "Marsh Borough Council says"})
      .Add({"Marsh Borough Council says 412 children left its care, around two thirds of them for foster families.",
            "around two thirds", Kind::kPercent, 200.0 / 3, Qualifier::kApprox, "children looked after",
            "Marsh Borough Council says"})
      .Add({"Marsh Borough Council says there were 11,904 children looked after on 31 March.", "11,904",
            Kind::kCount, 11904, Qualifier::kExact, "children", "Marsh Borough Council says"});
  a.AddTo(&in);
  in.figures[6].rule = "en.percent.fraction";
  auto all = RunCheck(in);
  INFO(Dump(all));
  // A number the source does not give.
  CHECK(SaidOn(all, "attribution_conflict", "421 children") == 0);
  // Three exact digits where the source gives a rounder number.
  CHECK(SaidOn(all, "attribution_conflict", "412 children") == 0);
  // A share in words of the body's own number ("two thirds of them") is
  // the body's too.
  CHECK_FALSE(FlaggedOn(all, "around two thirds", "attribution_conflict"));
  // The department's very number credited to the council is still one.
  CHECK(FlaggedOn(all, "11,904", "attribution_conflict"));
}

TEST_CASE("qualifier: 'a minimum of' restates a figure the source names as a minimum set by rule") {
  auto run = [](const std::string& source_subject, const std::string& source_sentence) {
    CheckInput in;
    DocBuilder r("department-release.txt", "source", "Carrow Department for Children");
    r.Add({source_sentence, "£298", Kind::kMoney, 298, Qualifier::kExact, source_subject, "", "", "GBP"});
    r.AddTo(&in);
    DocBuilder a("review.md", "article", "Care Review");
    a.Add({"Carers employed by councils receive a minimum of £298 a week for a teenager.", "a minimum of £298",
           Kind::kMoney, 298, Qualifier::kAtLeast, "carers", "", "", "GBP"});
    a.AddTo(&in);
    in.figures[0].frame.per = "week";
    in.figures[0].frame.measure = Measure::kRate;
    in.figures[1].frame.per = "week";
    in.figures[1].frame.measure = Measure::kRate;
    auto all = RunCheck(in);
    INFO(Dump(all));
    return SaidOn(all, "qualifier_conflict", "a minimum of £298");
  };
  CHECK(run("minimum fostering allowance",
            "The minimum fostering allowance set by the department is £298 per child per week.") == 0);
  // A figure the source gives as a plain amount is still no floor.
  CHECK(run("average fostering allowance",
            "The average fostering allowance paid by councils is £298 per child per week.") == 1);
}

TEST_CASE("value: a two-digit count is no dropped-digit slip of a three-digit one") {
  auto run = [](double article_value, const std::string& article_text, const std::string& article_sentence) {
    CheckInput in;
    DocBuilder r("casualties-2025.txt", "source", "Fenmoor Road Safety Agency");
    r.Add({"Pedestrians accounted for 389 deaths on the region's roads in 2025.", "389 deaths", Kind::kCount, 389,
           Qualifier::kExact, "deaths"});
    r.AddTo(&in);
    DocBuilder a("gazette.html", "article", "Fenmoor Gazette");
    a.Add({article_sentence, article_text, Kind::kCount, article_value, Qualifier::kExact, "deaths"});
    a.AddTo(&in);
    auto all = RunCheck(in);
    INFO(Dump(all));
    return SaidOn(all, "value_conflict", article_text);
  };
  // Another subset of the deaths, with a number that merely holds two of
  // the source's digits.
  CHECK(run(38, "38", "County figures show that 38 of the region's deaths in 2025 occurred on A-roads.") == 0);
  // The very statement with a wrong number is still a value conflict.
  CHECK(run(398, "398", "Pedestrians accounted for 398 deaths on the region's roads in 2025.") == 1);
}

TEST_CASE("arithmetic: a baseline cue compares with the value right after it, not with a later figure") {
  // trial27 follow-up (eval10-turismo): "Alemania, con 198.700 turistas y un
  // descenso del 3,4 % respecto a septiembre del año anterior, y Francia, con
  // 143.900" compares with a month; 143.900 is France's, no baseline.
  CheckInput in;
  DocBuilder r("nota.txt", "source", "Instituto de Turismo");
  const std::string apart =
      "Le siguieron Alemania, con 198.700 turistas y un descenso del 3,4 % respecto a septiembre del a\xC3\xB1o "
      "anterior, y Francia, con 143.900 turistas.";
  const std::string close = "Las plazas fueron 410 en 2025, frente a 388 en 2024, un 9 % m\xC3\xA1s.";
  r.Add({apart, "198.700", Kind::kCount, 198700, Qualifier::kExact, "turistas"})
      .Add({apart, "3,4 %", Kind::kPercent, -3.4, Qualifier::kExact, ""})
      .Add({apart, "143.900", Kind::kCount, 143900, Qualifier::kExact, "turistas"})
      .Add({close, "410", Kind::kCount, 410, Qualifier::kExact, "plazas"})
      .Add({close, "388", Kind::kCount, 388, Qualifier::kExact, "plazas"})
      .Add({close, "9 %", Kind::kPercent, 9, Qualifier::kExact, "plazas"});
  r.AddTo(&in);
  for (Figure& f : in.figures) f.lang = "es";
  in.figures[1].frame.measure = Measure::kChange;
  in.figures[1].frame.direction = Direction::kDown;
  in.figures[5].frame.measure = Measure::kChange;
  in.figures[5].frame.direction = Direction::kUp;
  in.figures[3].frame.previous = 388;  // as extract/ reads "410 en 2025, frente a 388 en 2024"
  auto all = RunCheck(in);
  INFO(Dump(all));
  int on_apart = 0, on_close = 0;
  for (const Finding& f : Said(all, "arithmetic")) {
    (f.claims[0]->sentence.str() == apart ? on_apart : on_close) += 1;
  }
  CHECK(on_apart == 0);
  // Right after its cue the value is the baseline: 388 to 410 is 5.7%, not 9%.
  CHECK(on_close == 1);
}
