// Alignment and supersession (issue 13 points 2 and 3): which source
// statement an article figure is paired with when a support, a slip and a
// revision compete.
#include <catch2/catch.hpp>

#include "tests/check/check_fixture.h"

using namespace claimcheck;
using namespace claimcheck::testing;

namespace {

const Finding* FirstOf(const std::vector<Finding>& all, const std::string& type) {
  for (const Finding& f : all) {
    if (f.type == type) return &f;
  }
  return nullptr;
}

// A release, a notice that revises its figure in one sentence ("revised to
// 9,315 (previously 9,042)"), and an article quoting the old value.
CheckInput WithdrawnCase(const std::string& article_date, bool with_release) {
  CheckInput in;
  if (with_release) {
    DocBuilder r("casualties.txt", "source", "Department for Road Safety Statistics", "Reported Road Casualties");
    r.Dated("2027-09-24")
        .Add({"In the year ending June 2027, police forces reported 9,042 people seriously injured in road collisions.",
              "9,042", Kind::kCount, 9042, Qualifier::kExact, "people seriously injured"});
    r.AddTo(&in);
  }
  DocBuilder n("notice.txt", "source", "Department for Road Safety Statistics", "Revision to serious injury figures");
  const std::string s =
      "The number of people seriously injured in road collisions in the year ending June 2027 has been revised to "
      "9,315 (previously 9,042).";
  n.Dated("2027-10-15")
      .Add({s, "9,315", Kind::kCount, 9315, Qualifier::kExact, "people seriously injured"})
      .Add({s, "9,042", Kind::kCount, 9042, Qualifier::kExact, "people seriously injured"});
  n.AddTo(&in);
  DocBuilder a("herald.txt", "article");
  a.Dated(article_date)
      .Add({"Official figures showed 9,042 people were seriously injured on the roads in the year to June.", "9,042",
            Kind::kCount, 9042, Qualifier::kExact, "people seriously injured"});
  a.AddTo(&in);
  const size_t notice_new = with_release ? 1 : 0;
  REQUIRE(in.figures[notice_new].text == "9,315");
  in.figures[notice_new].frame.previous = 9042;
  in.figures[notice_new].frame.revised = true;
  return in;
}

}  // namespace

TEST_CASE("the old value inside a revision sentence never supports an article out after the revision") {
  for (bool with_release : {true, false}) {
    CAPTURE(with_release);
    const CheckInput in = WithdrawnCase("2027-10-28", with_release);
    std::vector<Finding> out;
    std::vector<Alignment> pairs;
    REQUIRE(CheckFigures(in, TestOptions(), &out, nullptr, &pairs).ok());
    INFO(Dump(out));
    const Finding* sup = FirstOf(out, "superseded");
    REQUIRE(sup != nullptr);
    REQUIRE(sup->claims.size() == 2);
    CHECK(sup->claims[1]->text == "9,315");
    CHECK(sup->claims[1]->doc == "notice.txt");
    CHECK(FirstOf(out, "supported") == nullptr);
    REQUIRE(pairs.size() == 1);
    CHECK(pairs[0].verdict == "superseded");
    CHECK(pairs[0].source->text == "9,315");
  }
}

TEST_CASE("an article out before the revision gave the then-current value: supported") {
  const CheckInput in = WithdrawnCase("2027-09-25", true);
  std::vector<Finding> out;
  std::vector<Alignment> pairs;
  REQUIRE(CheckFigures(in, TestOptions(), &out, nullptr, &pairs).ok());
  INFO(Dump(out));
  CHECK(FirstOf(out, "superseded") == nullptr);
  REQUIRE(pairs.size() == 1);
  CHECK(pairs[0].verdict == "supported");
  CHECK(pairs[0].source->doc == "casualties.txt");
}

TEST_CASE("a revision sentence's old value is superseded though it carries the old publication's period") {
  // "revised to 11,000, from the 17,000 published in August": the old
  // value's period is when it was published, not a second statement.
  CheckInput in;
  DocBuilder r("survey.txt", "source", "Harbour Province Statistics Office", "Quarterly Labour Survey");
  const std::string s = "The estimate of employment growth in the second quarter of 2026 has been revised to 11,000, "
                        "from the 17,000 published in August, after late returns from employers.";
  r.Dated("2026-11-11")
      .Add({s, "11,000", Kind::kCount, 11000, Qualifier::kExact, "employment growth"})
      .Add({s, "17,000", Kind::kCount, 17000, Qualifier::kExact, "employment growth"});
  r.AddTo(&in);
  DocBuilder a("courier.txt", "article");
  a.Dated("2026-11-12").Add({"Employment had grown by 17,000 in the second quarter.", "17,000", Kind::kCount, 17000,
                             Qualifier::kExact, "employment growth"});
  a.AddTo(&in);
  in.figures[0].frame.previous = 17000;
  in.figures[0].frame.revised = true;
  in.figures[0].frame.period = "2026-Q2";
  in.figures[1].frame.period = "2026-08";
  in.figures[2].frame.period = "2026-Q2";
  std::vector<Finding> out;
  std::vector<Alignment> pairs;
  REQUIRE(CheckFigures(in, TestOptions(), &out, nullptr, &pairs).ok());
  INFO(Dump(out));
  CHECK(FirstOf(out, "period_conflict") == nullptr);
  const Finding* sup = FirstOf(out, "superseded");
  REQUIRE(sup != nullptr);
  CHECK(sup->claims[1]->text == "11,000");
  REQUIRE(pairs.size() == 1);
  CHECK(pairs[0].verdict == "superseded");
}

TEST_CASE("a running toll: 'at least 41' after a later report of the same series gives 58 is superseded") {
  auto build = [](const std::string& text, double value) {
    CheckInput in;
    DocBuilder r3("sitrep-3.txt", "source", "National Disaster Council", "Situation Report No. 3");
    r3.Dated("2026-08-12").Add({"Dead: 41 (validated)", "41", Kind::kCount, 41, Qualifier::kExact, "dead"});
    r3.AddTo(&in);
    DocBuilder r5("sitrep-5.txt", "source", "National Disaster Council", "Situation Report No. 5");
    r5.Dated("2026-08-14").Add({"Dead: 58 (validated)", "58", Kind::kCount, 58, Qualifier::kExact, "dead"});
    r5.AddTo(&in);
    DocBuilder a("star.txt", "article");
    a.Dated("2026-08-15")
        .Add({"The floods have killed " + text + " people, according to the National Disaster Council.", text,
              Kind::kCount, value, Qualifier::kAtLeast, "dead"});
    a.AddTo(&in);
    return in;
  };
  {
    const CheckInput in = build("at least 41", 41);
    auto all = RunCheck(in);
    INFO(Dump(all));
    const Finding* sup = FirstOf(all, "superseded");
    REQUIRE(sup != nullptr);
    CHECK(sup->claims[1]->text == "58");
  }
  {
    // "at least 50" is no earlier report's toll: the later 58 holds it.
    const CheckInput in = build("at least 50", 50);
    auto all = RunCheck(in);
    INFO(Dump(all));
    CHECK(FirstOf(all, "superseded") == nullptr);
  }
}

TEST_CASE("a digit slip of the same statement outweighs a support whose number merely overlaps") {
  auto build = [](double value, const std::string& text) {
    CheckInput in;
    DocBuilder r("release.txt", "source", "Northvale Ambulance Service", "Ambulance Service Performance");
    r.Add({"In March, crews responded to 6,470 category one calls, the most serious emergencies.", "6,470",
           Kind::kCount, 6470, Qualifier::kExact, "category one calls"})
        .Add({"On the busiest days of the month the control room received more than 6,000 calls a day.",
              "more than 6,000", Kind::kCount, 6000, Qualifier::kMoreThan, "calls"});
    r.AddTo(&in);
    DocBuilder a("news.txt", "article");
    a.Add({"Crews responded to " + text + " category one calls in March, the most serious type of emergency.", text,
           Kind::kCount, value, Qualifier::kExact, "category one calls"});
    a.AddTo(&in);
    in.figures[1].frame.per = "day";
    in.figures[1].frame.measure = Measure::kRate;
    return in;
  };
  {
    const CheckInput in = build(6740, "6,740");
    std::vector<Finding> out;
    std::vector<Alignment> pairs;
    REQUIRE(CheckFigures(in, TestOptions(), &out, nullptr, &pairs).ok());
    INFO(Dump(out));
    REQUIRE(pairs.size() == 1);
    CHECK(pairs[0].verdict == "value_conflict");
    CHECK(pairs[0].source->text == "6,470");
  }
  {
    const CheckInput in = build(6470, "6,470");
    std::vector<Finding> out;
    std::vector<Alignment> pairs;
    REQUIRE(CheckFigures(in, TestOptions(), &out, nullptr, &pairs).ok());
    INFO(Dump(out));
    REQUIRE(pairs.size() == 1);
    CHECK(pairs[0].verdict == "supported");
    CHECK(pairs[0].source->text == "6,470");
  }
}

TEST_CASE("both sides of a disagreement are aligned with each other") {
  CheckInput in;
  DocBuilder a("a.txt", "article");
  a.Add({"The 64-page report, published on Tuesday, found spending rose.", "64", Kind::kCount, 64, Qualifier::kExact,
         "page report"});
  DocBuilder b("b.txt", "article");
  b.Add({"The firm said in its 68-page annual report that spending rose.", "68", Kind::kCount, 68, Qualifier::kExact,
         "page report"});
  a.AddTo(&in);
  b.AddTo(&in);
  std::vector<Finding> out;
  std::vector<Alignment> pairs;
  REQUIRE(CheckFigures(in, TestOptions(), &out, nullptr, &pairs).ok());
  INFO(Dump(out));
  REQUIRE(FirstOf(out, "disagreement") != nullptr);
  REQUIRE(pairs.size() == 2);
  for (const Alignment& p : pairs) {
    CHECK(p.verdict == "disagreement");
    REQUIRE(p.source);
    CHECK(p.source->doc != p.figure->doc);
  }
}

// fa9 (eval9 false alarms): a later notice of the same publisher that says
// something of the same subject is no revision of the article's figure
// unless it can be the same statement with a new value.
namespace {

CheckInput NoticeCase(const FigureSpec& notice_figure, const FigureSpec& notice_other = FigureSpec()) {
  CheckInput in;
  DocBuilder r("bulletin.txt", "source", "Office for Policing Statistics", "Drug seizures bulletin");
  r.Dated("2026-09-24")
      .Add({"Police forces made 146,320 drug seizures in the year ending March 2026.", "146,320", Kind::kCount,
            146320, Qualifier::kExact, "drug seizures"})
      .Add({"Data are supplied by 43 territorial police forces.", "43", Kind::kCount, 43, Qualifier::kExact,
            "territorial police forces"})
      .Add({"Private sector regular pay grew by 5.2% over the year.", "5.2%", Kind::kPercent, 5.2,
            Qualifier::kExact, ""})
      .Add({"Annual growth in regular pay in the three months to August was 5.4%.", "5.4%", Kind::kPercent, 5.4,
            Qualifier::kExact, ""});
  r.AddTo(&in);
  DocBuilder n("notice.txt", "source", "Office for Policing Statistics", "Revision notice");
  n.Dated("2026-10-08").Add(notice_figure);
  if (!notice_other.text.empty()) n.Add(notice_other);
  n.AddTo(&in);
  DocBuilder a("gazette.txt", "article");
  a.Dated("2026-10-12")
      .Add({"Forces made 146,320 drug seizures in the year, the statisticians said.", "146,320", Kind::kCount,
            146320, Qualifier::kExact, "drug seizures"})
      .Add({"The bulletin covers all 43 territorial police forces.", "43", Kind::kCount, 43, Qualifier::kExact,
            "territorial police forces"})
      .Add({"In the private sector, regular pay grew by 5.2% over the year.", "5.2%", Kind::kPercent, 5.2,
            Qualifier::kExact, ""});
  a.AddTo(&in);
  return in;
}

}  // namespace

TEST_CASE("a small number of the same subject in a later notice supersedes no figure (fa9)") {
  // "moves by less than one seizure", "one police force notified the Office":
  // 146,320 seizures and 43 forces were not revised to one.
  const CheckInput in = NoticeCase(
      {"The force's seizure rate moves by less than one seizure and its ranking does not change.", "less than one",
       Kind::kCount, 1, Qualifier::kLessThan, "seizure"},
      {"Following publication, one police force notified the Office that part of its return was counted twice.",
       "one", Kind::kCount, 1, Qualifier::kExact, "police force"});
  std::vector<Finding> out;
  REQUIRE(CheckFigures(in, TestOptions(), &out, nullptr, nullptr).ok());
  INFO(Dump(out));
  CHECK(FirstOf(out, "superseded") == nullptr);
}

TEST_CASE("a value a notice withdraws is no new value of another statement (fa9)") {
  // "was 4.9%, not the 5.4% first published" corrects the 5.4% regular pay
  // growth: the private sector's 5.2% is untouched, whatever its nearness.
  const std::string s = "Annual growth in regular pay in the three months to August was 4.9%, not the 5.4% first published.";
  const CheckInput in = NoticeCase({s, "4.9%", Kind::kPercent, 4.9, Qualifier::kExact, ""},
                                   {s, "5.4%", Kind::kPercent, 5.4, Qualifier::kExact, ""});
  std::vector<Finding> out;
  REQUIRE(CheckFigures(in, TestOptions(), &out, nullptr, nullptr).ok());
  INFO(Dump(out));
  for (const Finding& f : out) {
    if (f.type == "superseded") CHECK(f.claims[0]->text != "5.2%");
  }
}

TEST_CASE("a revision to a like value of the same statement still supersedes (fa9)") {
  const CheckInput in = NoticeCase({"The total number of drug seizures by police forces in the year ending March 2026 "
                                    "has been revised to 147,055.",
                                    "147,055", Kind::kCount, 147055, Qualifier::kExact, "drug seizures"});
  std::vector<Finding> out;
  REQUIRE(CheckFigures(in, TestOptions(), &out, nullptr, nullptr).ok());
  INFO(Dump(out));
  const Finding* sup = FirstOf(out, "superseded");
  REQUIRE(sup != nullptr);
  CHECK(sup->claims[0]->text == "146,320");
  CHECK(sup->claims[1]->text == "147,055");
}

// dis9: a revision notice that names the old value after the new one
// ("3.5%, not 4% as originally published"). The two overlap at their written
// precision (4% may be 3.5 rounded), yet the notice withdraws 4%: an article
// out after it that repeats 4% is superseded, not supported by the notice's
// own 4%.
TEST_CASE("a revision naming its old value withdraws it even where the two overlap as written") {
  CheckInput in;
  DocBuilder r("bulletin.txt", "source", "Office for Policing Statistics", "Statistical Bulletin 19/26");
  r.Dated("2026-09-24")
      .Add({"Police forces made 146,320 drug seizures, a fall of 4% compared with the previous year.", "4%",
            Kind::kPercent, -4, Qualifier::kExact, "fall"});
  r.AddTo(&in);
  DocBuilder n("notice.txt", "source", "Office for Policing Statistics", "Revision notice");
  const std::string s = "The fall compared with the previous year is therefore 3.5%, not 4% as originally published.";
  n.Dated("2026-10-08")
      .Add({s, "3.5%", Kind::kPercent, -3.5, Qualifier::kExact, "fall"})
      .Add({s, "4%", Kind::kPercent, -4, Qualifier::kExact, "fall"});
  n.AddTo(&in);
  DocBuilder a("gazette.txt", "article");
  a.Dated("2026-10-12")
      .Add({"Forces made more drug seizures than ever recorded, a fall of 4% on the year before.", "4%", Kind::kPercent,
            -4, Qualifier::kExact, "fall"});
  a.AddTo(&in);
  for (Figure& f : in.figures) {
    f.frame.measure = Measure::kChange;
    f.frame.direction = Direction::kDown;
    if (f.doc == "notice.txt" && f.text == "3.5%") {
      f.frame.previous = -4;
      f.frame.revised = true;
    }
  }
  std::vector<Finding> out;
  std::vector<Alignment> pairs;
  REQUIRE(CheckFigures(in, TestOptions(), &out, nullptr, &pairs).ok());
  INFO(Dump(out));
  const Finding* sup = FirstOf(out, "superseded");
  REQUIRE(sup != nullptr);
  CHECK(sup->claims[1]->text == "3.5%");
  REQUIRE(pairs.size() == 1);
  CHECK(pairs[0].verdict == "superseded");
}

// dis9: the notice of a body's division ("PLINTH NETWORKS INC. - TRANSPARENCY
// CENTRE") revises the report of the body ("Plinth Networks Inc."): one
// publisher. The revision is one figure ("revised from 5,480 to 6,120" read
// as 6,120 with previous 5,480), so only the publisher ties it to the report.
TEST_CASE("a revision by a division of the same body supersedes the body's report") {
  CheckInput in;
  DocBuilder r("report.txt", "source", "Plinth Networks Inc.", "Enforcement Report");
  r.Dated("2026-02-18")
      .Add({"We received 5,480 government requests for user data in the period.", "5,480", Kind::kCount, 5480,
            Qualifier::kExact, "government requests"});
  r.AddTo(&in);
  DocBuilder n("notice.txt", "source", "PLINTH NETWORKS INC. - TRANSPARENCY CENTRE", "Correction to the report");
  n.Dated("2026-03-04")
      .Add({"The number of government requests for user data received in the period has been revised from 5,480 to "
            "6,120.",
            "from 5,480 to 6,120", Kind::kCount, 6120, Qualifier::kExact, "government requests"});
  n.AddTo(&in);
  DocBuilder a("technews.html", "article");
  a.Dated("2026-03-06")
      .Add({"Plinth said it received 5,480 government requests for user data in the half-year.", "5,480",
            Kind::kCount, 5480, Qualifier::kExact, "government requests"});
  a.AddTo(&in);
  for (Figure& f : in.figures) {
    if (f.doc == "notice.txt") {
      f.frame.previous = 5480;
      f.frame.revised = true;
      f.frame.direction = Direction::kUp;
    }
  }
  std::vector<Finding> out;
  REQUIRE(CheckFigures(in, TestOptions(), &out).ok());
  INFO(Dump(out));
  const Finding* sup = FirstOf(out, "superseded");
  REQUIRE(sup != nullptr);
  CHECK(sup->claims[1]->doc == "notice.txt");
}

// dis9: with a source stored, two articles that give one unsourced figure
// differently (the petition's size) disagree, and each is aligned with the
// other; figures the source settles take no part.
TEST_CASE("two articles giving one unsourced figure differently disagree beside a source") {
  CheckInput in;
  DocBuilder r("release.txt", "source", "Vale County Council", "Depot opens");
  r.Dated("2026-04-02").Add({"The depot has charging points for 64 buses.", "64", Kind::kCount, 64, Qualifier::kExact, "buses"});
  r.AddTo(&in);
  DocBuilder a("news.txt", "article", "Vale Evening News");
  a.Dated("2026-04-03")
      .Add({"The depot can charge 64 buses at once.", "64", Kind::kCount, 64, Qualifier::kExact, "buses"})
      .Add({"A petition against the Marsh Lane depot collected 1,450 signatures from residents.", "1,450",
            Kind::kCount, 1450, Qualifier::kExact, "signatures"});
  a.AddTo(&in);
  DocBuilder b("post.txt", "article", "Marsh Lane Post");
  b.Dated("2026-04-04")
      .Add({"The depot has space to charge 64 buses.", "64", Kind::kCount, 64, Qualifier::kExact, "buses"})
      .Add({"Residents' petition against the Marsh Lane depot gathered around 900 signatures.", "around 900",
            Kind::kCount, 900, Qualifier::kApprox, "signatures"});
  b.AddTo(&in);
  std::vector<Finding> out;
  std::vector<Alignment> pairs;
  REQUIRE(CheckFigures(in, TestOptions(), &out, nullptr, &pairs).ok());
  INFO(Dump(out));
  const Finding* d = FirstOf(out, "disagreement");
  REQUIRE(d != nullptr);
  REQUIRE(d->claims.size() == 2);
  CHECK(d->claims[0]->doc != d->claims[1]->doc);
  int aligned = 0;
  for (const Alignment& p : pairs) {
    if (p.verdict != "disagreement") continue;
    ++aligned;
    REQUIRE(p.source);
    CHECK(p.source->doc != p.figure->doc);
  }
  CHECK(aligned == 2);
}

// eval12-water: an article that gives the revised value and, in the same
// paragraph, the old one as what was first reported ("Brackenford had
// originally put the figure at 187.4") reports the revision faithfully.
TEST_CASE("an old value beside the revised one in the article's paragraph is not superseded (eval12)") {
  CheckInput in = WithdrawnCase("2027-10-28", true);
  // The article gives the new value first, then the old one, in one paragraph.
  DocBuilder a("wire.txt", "article");
  a.Dated("2027-10-28")
      .Add({"The department said 9,315 people were seriously injured in road collisions in the year ending June 2027.",
            "9,315", Kind::kCount, 9315, Qualifier::kExact, "people seriously injured"})
      .Add({"It had first put the number of people seriously injured at 9,042.", "9,042", Kind::kCount, 9042,
            Qualifier::kExact, "people seriously injured"});
  // Replace the herald with the wire story.
  in.documents.pop_back();
  in.figures.pop_back();
  a.AddTo(&in);
  in.figures[in.figures.size() - 1].paragraph = in.figures[in.figures.size() - 2].paragraph;
  std::vector<Finding> out;
  REQUIRE(CheckFigures(in, TestOptions(), &out).ok());
  INFO(Dump(out));
  CHECK(FirstOf(out, "superseded") == nullptr);
  // In a paragraph of its own, the old value is superseded as before.
  in.figures[in.figures.size() - 1].paragraph += 1;
  out.clear();
  REQUIRE(CheckFigures(in, TestOptions(), &out).ok());
  INFO(Dump(out));
  CHECK(FirstOf(out, "superseded") != nullptr);
}

// A revision sentence's old value whose words the frame reads as another
// subject ("revised from 36,815 to 37,240 following late returns": what
// follows is read as counted) is still the statement an article giving that
// very number, written with four significant digits or more, repeats
// (rec15a: eval10-paro "212.480 parados" against "se ha revisado de 212.480
// a 214.130 personas", eval15-museum-visitors "4,061,200"). A number that
// round names no statement: left as it was.
TEST_CASE("a precise old value of a revision is superseded though the revision words its subject otherwise") {
  auto run = [](double old_v, const std::string& old_t, double new_v, const std::string& new_t) {
    CheckInput in;
    DocBuilder n("visits-2026.txt", "source", "Farrow Valley Health Board", "Annual clinic visits 2026");
    const std::string s = "The 2025 total has been revised from " + old_t + " to " + new_t +
                          " following late returns from two clinics.";
    n.Dated("2026-03-02")
        .Add({s, old_t, Kind::kCount, old_v, Qualifier::kExact, "following late returns"})
        .Add({s, new_t, Kind::kCount, new_v, Qualifier::kExact, "following late returns"});
    n.AddTo(&in);
    DocBuilder a("valley-post.txt", "article");
    a.Dated("2026-03-05").Add({"Visits to the valley's clinics reached " + old_t + " in 2025.", old_t,
                               Kind::kCount, old_v, Qualifier::kExact, "visits"});
    a.AddTo(&in);
    in.figures[1].frame.previous = old_v;
    in.figures[1].frame.revised = true;
    std::vector<Finding> out;
    std::vector<Alignment> pairs;
    REQUIRE(CheckFigures(in, TestOptions(), &out, nullptr, &pairs).ok());
    INFO(Dump(out));
    REQUIRE(pairs.size() == 1);
    return pairs[0].verdict;
  };
  CHECK(run(36815, "36,815", 37240, "37,240") == "superseded");
  CHECK(run(36000, "36,000", 37000, "37,000") != "superseded");
}
