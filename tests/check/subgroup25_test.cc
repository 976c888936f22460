// Task sub25 (trial35: a group's figure given for everyone, marked supported
// 4 of 4): the source restricts its figure to a group (a modifier of its
// subject, a fronted "Among X," / "Entre los X,") and gives the whole a
// figure of its own beside it; an article that states the group's number
// without the group is a subset finding suggesting the whole's. An article
// that keeps the group stays quiet.
#include <catch2/catch.hpp>

#include <deque>
#include <string>

#include "tests/check/check_fixture.h"

using namespace claimcheck;
using namespace claimcheck::testing;

namespace {

// The article figure `text` in `article_sentence` against a source whose
// `sentences` give it, all in one paragraph (the fixture opens one for each
// sentence).
std::vector<Finding> Run(const std::vector<FigureSpec>& source, const FigureSpec& article, const std::string& lang = "en") {
  // Findings borrow the input's figures (RunCheck): each input lives for the
  // whole test run, so the findings returned never dangle (ASan: a
  // heap-use-after-free when the input was a local here).
  static std::deque<CheckInput> inputs;
  CheckInput& in = inputs.emplace_back();
  DocBuilder r("ferry-report.txt", "source", "Lowmere Harbour Board");
  for (const FigureSpec& s : source) r.Add(s);
  r.AddTo(&in);
  DocBuilder a("lowmere-news.html", "article", "Lowmere News");
  a.Add(article);
  a.AddTo(&in);
  for (Figure& f : in.figures) {
    f.lang = lang;
    if (f.doc == "ferry-report.txt") f.paragraph = 1;
  }
  return RunCheck(in);
}

}  // namespace

TEST_CASE("subset: a modified subject's figure beside the fleet-wide one, given for all") {
  const std::string s = "Electric ferries were in service for 88% of scheduled days, against a fleet-wide average of 61%.";
  const std::vector<FigureSpec> source = {{s, "88%", Kind::kPercent, 88}, {s, "61%", Kind::kPercent, 61}};
  {
    auto all = Run(source, {"The board said ferries on the estuary were in service for 88% of scheduled days.", "88%",
                            Kind::kPercent, 88});
    INFO(Dump(all));
    CHECK(SaidOn(all, "subset_conflict", "88%") == 1);
    bool names_whole = false;
    for (const Finding& f : Said(all, "subset_conflict")) names_whole = names_whole || f.message.find("61%") != std::string::npos;
    CHECK(names_whole);
  }
  {
    auto all = Run(source, {"Its electric ferries were in service for 88% of scheduled days.", "88%", Kind::kPercent, 88});
    INFO(Dump(all));
    CHECK(Said(all, "subset_conflict").empty());
  }
}

TEST_CASE("subset: an age after the head, and the whole in the sentence before") {
  const std::string whole = "The average stay across all cats was 19 days.";
  const std::string part = "Older cats stay longer: cats over ten years old stayed an average of 54 days.";
  const std::vector<FigureSpec> source = {{whole, "19 days", Kind::kDuration, 19, Qualifier::kExact, "", "", "", "day"},
                                          {part, "54 days", Kind::kDuration, 54, Qualifier::kExact, "", "", "", "day"}};
  auto all = Run(source, {"Cats waited an average of 54 days for a home.", "54 days", Kind::kDuration, 54,
                          Qualifier::kExact, "", "", "", "day"});
  INFO(Dump(all));
  CHECK(SaidOn(all, "subset_conflict", "54 days") == 1);
}

TEST_CASE("subset: a fronted Spanish group, the whole's figure in the sentence before") {
  const std::string whole = "La tasa de reciclaje de la comarca fue del 46%.";
  const std::string part = "Entre los municipios que ya recogen la fracción orgánica, la tasa de reciclaje alcanzó el 63%.";
  const std::vector<FigureSpec> source = {{whole, "46%", Kind::kPercent, 46, Qualifier::kExact, "tasa"},
                                          {part, "63%", Kind::kPercent, 63, Qualifier::kExact, "tasa"}};
  {
    auto all = Run(source, {"La tasa de reciclaje de la comarca llegó al 63%.", "63%", Kind::kPercent, 63, Qualifier::kExact, "tasa"}, "es");
    INFO(Dump(all));
    CHECK(SaidOn(all, "subset_conflict", "63%") == 1);
  }
  {
    // The group kept: no finding.
    auto all = Run(source, {"En los municipios que recogen la fracción orgánica, el reciclaje alcanzó el 63%.", "63%",
                            Kind::kPercent, 63}, "es");
    INFO(Dump(all));
    CHECK(Said(all, "subset_conflict").empty());
  }
}

// Task sub37 (trial36: 0 of 6 caught): the forms of a restricting phrase the
// user's sources used, each with the article that drops it (flagged) and,
// where the form allows it, one that keeps it (quiet).

TEST_CASE("subset: a fronted 'For X worth more than £N,' with the whole two sentences before") {
  const std::string whole = "The mean time from a claim being lodged to a hearing was 61.2 weeks.";
  const std::string median = "The median was 49 weeks.";
  const std::string part = "For fast-track claims worth more than £10,000, the mean was 78 weeks.";
  const std::vector<FigureSpec> source = {{whole, "61.2 weeks", Kind::kDuration, 61.2, Qualifier::kExact, "", "", "", "week"},
                                          {median, "49 weeks", Kind::kDuration, 49, Qualifier::kExact, "", "", "", "week"},
                                          {part, "78 weeks", Kind::kDuration, 78, Qualifier::kExact, "", "", "", "week"}};
  {
    auto all = Run(source, {"The mean wait was 78 weeks, while the median was 49 weeks.", "78 weeks", Kind::kDuration, 78,
                            Qualifier::kExact, "", "", "", "week"});
    INFO(Dump(all));
    CHECK(SaidOn(all, "subset_conflict", "78 weeks") == 1);
    bool names_whole = false;
    for (const Finding& f : Said(all, "subset_conflict")) names_whole = names_whole || f.message.find("61.2") != std::string::npos;
    CHECK(names_whole);
  }
  {
    auto all = Run(source, {"For fast-track claims the mean wait was 78 weeks.", "78 weeks", Kind::kDuration, 78,
                            Qualifier::kExact, "", "", "", "week"});
    INFO(Dump(all));
    CHECK(Said(all, "subset_conflict").empty());
  }
}

TEST_CASE("subset: 'Among X with Y,' after the whole's sentence, linked by the words both share") {
  const std::string whole = "In 2025, 72% of small claims were filed online.";
  const std::string part = "Among claimants with legal representation, 91% filed online.";
  const std::vector<FigureSpec> source = {{whole, "72%", Kind::kPercent, 72}, {part, "91%", Kind::kPercent, 91}};
  {
    auto all = Run(source, {"Online filing has become the norm: 91% of small claims are now filed online.", "91%", Kind::kPercent, 91});
    INFO(Dump(all));
    CHECK(SaidOn(all, "subset_conflict", "91%") == 1);
  }
  {
    auto all = Run(source, {"Claimants with legal representation filed 91% of their claims online.", "91%", Kind::kPercent, 91});
    INFO(Dump(all));
    CHECK(Said(all, "subset_conflict").empty());
  }
}

TEST_CASE("subset: a lower-case 'entre los X menores de N años,' after a semicolon, the whole in the clause before") {
  const std::string s = "Las mujeres son el 41 % de los abonados; entre los abonados menores de 25 años, la proporción llega al 49 %.";
  const std::vector<FigureSpec> source = {{s, "41 %", Kind::kPercent, 41}, {s, "49 %", Kind::kPercent, 49}};
  {
    auto all = Run(source, {"La mitad de los abonados son mujeres, el 49 %, según la Agencia.", "49 %", Kind::kPercent, 49}, "es");
    INFO(Dump(all));
    CHECK(SaidOn(all, "subset_conflict", "49 %") == 1);
  }
  {
    auto all = Run(source, {"Entre los abonados menores de 25 años, las mujeres son el 49 %.", "49 %", Kind::kPercent, 49}, "es");
    INFO(Dump(all));
    CHECK(Said(all, "subset_conflict").empty());
  }
}

TEST_CASE("subset: 'En las X de Y, ...,' with an aside before the figure, the whole in the sentence before") {
  const std::string whole = "El 58 % del aceite fue clasificado como virgen extra.";
  const std::string part = "En las almazaras de montaña, situadas por encima de 800 metros de altitud, el virgen extra alcanzó el 71 %.";
  const std::vector<FigureSpec> source = {{whole, "58 %", Kind::kPercent, 58}, {part, "71 %", Kind::kPercent, 71}};
  auto all = Run(source, {"La buena noticia es la calidad: el 71 % del aceite fue virgen extra.", "71 %", Kind::kPercent, 71}, "es");
  INFO(Dump(all));
  CHECK(SaidOn(all, "subset_conflict", "71 %") == 1);
}

TEST_CASE("subset: 'Para los X,' and 'In areas where ...,' are fronted groups too") {
  {
    const std::string whole = "La espera media de la comarca fue de 34 días.";
    const std::string part = "Para los pacientes de zonas rurales, la espera media fue de 52 días.";
    const std::vector<FigureSpec> source = {{whole, "34 días", Kind::kDuration, 34, Qualifier::kExact, "", "", "", "day"},
                                            {part, "52 días", Kind::kDuration, 52, Qualifier::kExact, "", "", "", "day"}};
    auto all = Run(source, {"La espera media fue de 52 días.", "52 días", Kind::kDuration, 52, Qualifier::kExact, "", "", "", "day"}, "es");
    INFO(Dump(all));
    CHECK(SaidOn(all, "subset_conflict", "52 días") == 1);
  }
  {
    const std::string whole = "Average household use across the city was 118 litres a day.";
    const std::string part = "In areas where smart meters have been fitted, average household use was 104 litres a day.";
    const std::vector<FigureSpec> source = {{whole, "118 litres", Kind::kMeasure, 118, Qualifier::kExact, "", "", "", "litre"},
                                            {part, "104 litres", Kind::kMeasure, 104, Qualifier::kExact, "", "", "", "litre"}};
    auto all = Run(source, {"Average household use fell to 104 litres a day.", "104 litres", Kind::kMeasure, 104,
                            Qualifier::kExact, "", "", "", "litre"});
    INFO(Dump(all));
    CHECK(SaidOn(all, "subset_conflict", "104 litres") == 1);
  }
}

TEST_CASE("subset: two groups of one whole side by side; either given for the whole") {
  const std::string whole = "The region lost 6.8% of its pharmacies.";
  const std::string part = "Rural districts lost 9.4% of their pharmacies, compared with 5.1% in urban districts.";
  const std::vector<FigureSpec> source = {{whole, "6.8%", Kind::kPercent, 6.8},
                                          {part, "9.4%", Kind::kPercent, 9.4},
                                          {part, "5.1%", Kind::kPercent, 5.1}};
  {
    auto all = Run(source, {"The region lost 9.4% of its pharmacies over the two years.", "9.4%", Kind::kPercent, 9.4});
    INFO(Dump(all));
    CHECK(SaidOn(all, "subset_conflict", "9.4%") == 1);
  }
  {
    auto all = Run(source, {"The region lost 5.1% of its pharmacies over the two years.", "5.1%", Kind::kPercent, 5.1});
    INFO(Dump(all));
    CHECK(SaidOn(all, "subset_conflict", "5.1%") == 1);
  }
  {
    // Each group kept, before or after the number: quiet.
    auto all = Run(source, {"Urban districts lost 5.1% of their pharmacies.", "5.1%", Kind::kPercent, 5.1});
    INFO(Dump(all));
    CHECK(Said(all, "subset_conflict").empty());
    all = Run(source, {"The closures took 9.4% of pharmacies in rural districts.", "9.4%", Kind::kPercent, 9.4});
    INFO(Dump(all));
    CHECK(Said(all, "subset_conflict").empty());
  }
}

TEST_CASE("subset: no group where the opening subject is a share's part, a counting agent or a statistic") {
  {
    // "accounted for": electric bikes are the part counted, not a group.
    const std::string s = "Electric bikes accounted for 41% of all trips in 2026, against 33% a year earlier.";
    const std::vector<FigureSpec> source = {{s, "41%", Kind::kPercent, 41}, {s, "33%", Kind::kPercent, 33}};
    auto all = Run(source, {"Pedalo found that 41% of trips were made on electric bikes.", "41%", Kind::kPercent, 41});
    INFO(Dump(all));
    CHECK(Said(all, "subset_conflict").empty());
  }
  {
    // A count's subject did the counted thing.
    const std::string whole = "The council handled 640 investigations in all.";
    const std::string part = "Tree officers opened 19 investigations into suspected unauthorised felling.";
    const std::vector<FigureSpec> source = {{whole, "640 investigations", Kind::kCount, 640, Qualifier::kExact, "investigations"},
                                            {part, "19 investigations", Kind::kCount, 19, Qualifier::kExact, "investigations"}};
    auto all = Run(source, {"The council opened 19 investigations into felling.", "19 investigations", Kind::kCount, 19,
                            Qualifier::kExact, "investigations"});
    INFO(Dump(all));
    CHECK(Said(all, "subset_conflict").empty());
  }
  {
    // "The figure for calls received in ... has been revised": a statistic, no group.
    const std::string s = "The figure for calls received in April to September 2025 has been revised from 198,560 to 201,470.";
    const std::vector<FigureSpec> source = {{"The centre received 214,380 emergency calls.", "214,380", Kind::kCount, 214380, Qualifier::kExact, "calls"},
                                            {s, "198,560", Kind::kCount, 198560, Qualifier::kExact, "calls"},
                                            {s, "201,470", Kind::kCount, 201470, Qualifier::kExact, "calls"}};
    auto all = Run(source, {"The control room took 198,560 emergency calls last year.", "198,560", Kind::kCount, 198560,
                            Qualifier::kExact, "calls"});
    INFO(Dump(all));
    CHECK(Said(all, "subset_conflict").empty());
  }
}
