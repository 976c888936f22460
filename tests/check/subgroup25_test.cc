// Task sub25 (trial35: a group's figure given for everyone, marked supported
// 4 of 4): the source restricts its figure to a group (a modifier of its
// subject, a fronted "Among X," / "Entre los X,") and gives the whole a
// figure of its own beside it; an article that states the group's number
// without the group is a subset finding suggesting the whole's. An article
// that keeps the group stays quiet.
#include <catch2/catch.hpp>

#include <string>

#include "tests/check/check_fixture.h"

using namespace claimcheck;
using namespace claimcheck::testing;

namespace {

// The article figure `text` in `article_sentence` against a source whose
// `sentences` give it, all in one paragraph (the fixture opens one for each
// sentence).
std::vector<Finding> Run(const std::vector<FigureSpec>& source, const FigureSpec& article, const std::string& lang = "en") {
  CheckInput in;
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
