// False alarms on the unit of count (fa24, issue 13 point 2): the article
// counts the source's figure in a noun the source does not use, but says
// the same thing. Three kinds: the article's verb names the act the source
// counts ("1,240 people responded" for "1,240 responses"), which is one act
// a person unless the source gives those people a number of their own; an
// article's class of people for a source head whose first WordNet sense is
// no person ("new starters", a motor first); and a head WordNet files as a
// person first that counts papers ("vouchers", one who vouches first).
#include <catch2/catch.hpp>

#include <set>

#include "tests/check/check_fixture.h"

using namespace claimcheck;
using namespace claimcheck::testing;

TEST_CASE("unit of count: the article's verb names the act the source counts") {
  CheckInput in;
  DocBuilder r("consultation.txt", "source", "Borough Council");
  r.Add({"The consultation on the new cemetery received 1,240 responses over the summer.", "1,240", Kind::kCount,
         1240, Qualifier::kExact, "responses"})
      .Add({"The parking review drew 3,410 responses from 2,980 respondents.", "3,410", Kind::kCount, 3410,
            Qualifier::kExact, "responses"})
      .Add({"The parking review drew 3,410 responses from 2,980 respondents.", "2,980", Kind::kCount, 2980,
            Qualifier::kExact, "respondents"})
      .Add({"The allotment ballot received 5,630 applications, a record.", "5,630", Kind::kCount, 5630,
            Qualifier::kExact, "applications"})
      .Add({"On the open day 1,910 gardeners visited the sites.", "1,910", Kind::kCount, 1910, Qualifier::kExact,
            "gardeners"});
  r.AddTo(&in);
  DocBuilder a("column.txt", "article");
  // Responded: the responses were the people's, counted once each.
  a.Add({"Some 1,240 people responded to the cemetery consultation, the council said.", "1,240", Kind::kCount,
         1240, Qualifier::kExact, "people"})
      // The source counts the respondents apart: 3,410 people is a misreport.
      .Add({"In the parking review 3,410 people responded, the council said.", "3,410", Kind::kCount, 3410,
            Qualifier::kExact, "people"})
      // Other people in another sentence (gardeners) are no count of the
      // applicants.
      .Add({"A record 5,630 people applied through the allotment ballot.", "5,630", Kind::kCount, 5630,
            Qualifier::kExact, "people"});
  a.AddTo(&in);
  auto all = RunCheck(in);
  INFO(Dump(all));
  CHECK(TextsOnBasis(all, "unit") == std::set<std::string>{"3,410"});
  CHECK(TextsOnBasis(all, "subject").empty());
}

TEST_CASE("unit of count: a class of people for a source head that is a person in another sense") {
  CheckInput in;
  DocBuilder r("workforce.txt", "source", "Care Workforce Agency");
  r.Add({"In the year 5,120 new starters were recruited from overseas.", "5,120", Kind::kCount, 5120,
         Qualifier::kExact, "new starters"})
      .Add({"The courts dealt with 91,460 defendants in the year.", "91,460", Kind::kCount, 91460, Qualifier::kExact,
            "defendants"});
  r.AddTo(&in);
  DocBuilder a("wire.txt", "article");
  a.Add({"The agency found that 5,120 care workers were recruited from overseas.", "5,120", Kind::kCount, 5120,
         Qualifier::kExact, "care workers"})
      // The article's head is the ambiguous one: its first sense (court
      // cases) is what it means, another unit than defendants.
      .Add({"The courts dealt with 91,460 cases in the year.", "91,460", Kind::kCount, 91460, Qualifier::kExact,
            "cases"});
  a.AddTo(&in);
  auto all = RunCheck(in);
  INFO(Dump(all));
  CHECK(TextsOnBasis(all, "unit") == std::set<std::string>{"91,460"});
}

TEST_CASE("unit of count: vouchers count papers, not people (rules/en thing_heads)") {
  CheckInput in;
  DocBuilder r("release.txt", "source", "Energy Agency");
  r.Add({"In the quarter 6,480 vouchers were redeemed under the grant scheme.", "6,480", Kind::kCount, 6480,
         Qualifier::kExact, "vouchers"});
  r.AddTo(&in);
  DocBuilder a("story.txt", "article");
  a.Add({"The agency said 6,480 heat pumps were fitted under the grant scheme in the quarter.", "6,480",
         Kind::kCount, 6480, Qualifier::kExact, "heat pumps"});
  a.AddTo(&in);
  auto all = RunCheck(in);
  INFO(Dump(all));
  CHECK(TextsOnBasis(all, "unit").empty());
}

TEST_CASE("unit of count: the times something happened against events that number people") {
  CheckInput in;
  DocBuilder r("review.txt", "source", "Licensing Authority");
  r.Add({"Officers conducted 48,700 interviews under caution during the year.", "48,700", Kind::kCount, 48700,
         Qualifier::kExact, "interviews"});
  r.AddTo(&in);
  DocBuilder a("transcript.txt", "article");
  a.Add({"When officers find someone without a licence they interview them, and that happened 48,700 times.",
         "48,700", Kind::kCount, 48700, Qualifier::kExact, "times"});
  a.AddTo(&in);
  auto all = RunCheck(in);
  INFO(Dump(all));
  CHECK(TextsOnBasis(all, "unit").empty());
  CHECK(TextsOnBasis(all, "subject").empty());
}
