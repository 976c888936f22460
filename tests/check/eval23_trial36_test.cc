// Kinds of fault found when the eval23 blind set was opened for development
// and in trial36 (a new user's four cases), each checked both ways: the
// faithful figure stays quiet and the misreport of its kind is still flagged.
#include <catch2/catch.hpp>

#include <string>

#include "tests/check/check_fixture.h"

using namespace claimcheck;
using namespace claimcheck::testing;

TEST_CASE("rate: per head and per year are two denominators of one figure, not a rate conflict") {
  // The source gives the oil collected per resident "al año" (its frame
  // reads the year); the article gives it "por habitante". Per month
  // against per year still differs.
  auto run = [](const std::string& source_per, const std::string& article_per,
                const std::string& source_sentence = "Por habitante, la recogida se sitúa en 1,9 litros al año.") {
    CheckInput in;
    DocBuilder r("balance.txt", "source", "Consorcio de Residuos");
    r.Add({source_sentence, "1,9 litros", Kind::kMeasure, 1.9, Qualifier::kExact, "recogida", "", "", "L"});
    r.AddTo(&in);
    DocBuilder a("blog.md", "article", "Blog Verde");
    a.Add({"Solo se recogen 1,9 litros por habitante, según el Consorcio.", "1,9 litros", Kind::kMeasure, 1.9,
           Qualifier::kExact, "recogida", "", "", "L"});
    a.AddTo(&in);
    SetPer(&in, "balance.txt", "1,9 litros", source_per);
    SetPer(&in, "blog.md", "1,9 litros", article_per);
    auto all = RunCheck(in);
    INFO(Dump(all));
    return SaidOn(all, "rate_conflict", "1,9 litros");
  };
  CHECK(run("year", "habitante") == 0);
  CHECK(run("year", "capita") == 0);
  CHECK(run("year", "month") == 1);
  // The per-head side names another span in words its frame did not read
  // as a denominator: "a lo largo del año" against "al mes" differs.
  CHECK(run("capita", "month", "Cada vecino recicla de media 1,9 litros a lo largo del año.") == 1);
  CHECK(run("capita", "year", "Cada vecino recicla de media 1,9 litros a lo largo del año.") == 0);
}

TEST_CASE("value: two maxima state their caps, which must agree") {
  // "grants of up to £2,500 for each business" reported as "up to £5,000":
  // the ranges under the caps overlap, but each sentence states its cap.
  auto run = [](double article_cap, const std::string& text) {
    CheckInput in;
    DocBuilder r("flood-update.txt", "source", "River Agency");
    r.Add({"The council is paying recovery grants of up to £2,500 for each flooded business.", "up to £2,500",
           Kind::kMoney, 2500, Qualifier::kAtMost, "recovery grants", "", "", "GBP"});
    r.AddTo(&in);
    DocBuilder a("transcript.txt", "article", "Northvision");
    a.Add({"The council is handing out recovery grants of " + text + " for each business.", text, Kind::kMoney,
           article_cap, Qualifier::kAtMost, "recovery grants", "", "", "GBP"});
    a.AddTo(&in);
    auto all = RunCheck(in);
    INFO(Dump(all));
    return SaidOn(all, "value_conflict", text);
  };
  CHECK(run(5000, "up to £5,000") == 1);
  CHECK(run(2500, "up to £2,500") == 0);
}

TEST_CASE("direction: a change that fell is a move even when its subject is a net amount") {
  // "The net ingredient cost fell 4.1 per cent" against "4.1 per cent more
  // than": the sign is the change's, not a balance below zero.
  auto run = [](Direction article) {
    CheckInput in;
    DocBuilder r("release.txt", "source", "Health Statistics Agency");
    r.Add({"The net ingredient cost of items dispensed was 4.1 per cent more than in 2024-25.", "4.1 per cent",
           Kind::kPercent, 4.1, Qualifier::kExact, "net ingredient cost"});
    r.AddTo(&in);
    DocBuilder a("trade-news.md", "article", "Pharmacy Trade News");
    a.Add({"The net ingredient cost of all items fell 4.1 per cent, the agency said.", "4.1 per cent",
           Kind::kPercent, article == Direction::kDown ? -4.1 : 4.1, Qualifier::kExact, "net ingredient cost"});
    a.AddTo(&in);
    for (Figure& f : in.figures) {
      f.frame.base.clear();
      f.frame.measure = Measure::kChange;
      f.frame.direction = f.doc == "release.txt" ? Direction::kUp : article;
    }
    auto all = RunCheck(in);
    INFO(Dump(all));
    return SaidOn(all, "direction_conflict", "4.1 per cent");
  };
  CHECK(run(Direction::kDown) == 1);
  CHECK(run(Direction::kUp) == 0);
}

TEST_CASE("arithmetic: a from..to change needs its 'to' right before the new value") {
  // "applications from 96 applicants hoping to open new pharmacies, but only
  // 25 applications were approved - roughly a quarter": the "to" is an
  // infinitive's; 25 of 96 is a share, no fall of 74%. "rose from 96 to
  // 125, a rise of 10%" is still checked.
  auto run = [](const std::string& sentence, const std::string& second, double v2, const std::string& pct, double pv) {
    CheckInput in;
    DocBuilder a("herald.txt", "article");
    a.Add({sentence, "96", Kind::kCount, 96, Qualifier::kExact, "applicants"})
        .Add({sentence, second, Kind::kCount, v2, Qualifier::kExact, "applications"})
        .Add({sentence, pct, Kind::kPercent, pv, Qualifier::kApprox, "applications"});
    a.AddTo(&in);
    for (Figure& f : in.figures) {
      if (f.text == pct && sentence.find("rose") != std::string::npos) {
        f.frame.measure = Measure::kChange;
        f.frame.direction = Direction::kUp;
      }
    }
    auto all = RunCheck(in);
    INFO(Dump(all));
    return Said(all, "arithmetic").size();
  };
  CHECK(run("The board received applications from 96 applicants hoping to open new pharmacies, but only 25 "
            "applications were approved - roughly a quarter.",
            "25", 25, "roughly a quarter", 25) == 0);
  CHECK(run("Applications rose from 96 to 125, a rise of about 10%.", "125", 125, "about 10%", 10) == 1);
}

TEST_CASE("modality: the verb after a count's noun states the outcome ('60 pharmacies have closed')") {
  // The source projects a further 60 closures; the article says 60
  // pharmacies have closed. The heads differ (closures, pharmacies), but the
  // difference the frames state is the modality. An article that keeps the
  // projection is no modality conflict.
  // The verb after the noun is read in extract (Frame::outcome_stated:
  // corpus/frames/dev-en.yaml s39-en-outcome-*); here the frame is given.
  auto run = [](const std::string& article_sentence, Modality article, bool stated) {
    CheckInput in;
    DocBuilder r("review.txt", "source", "Northmoor Health Observatory");
    r.Add({"The Observatory projects a further 60 closures by March 2027.", "60", Kind::kCount, 60,
           Qualifier::kExact, "closures"});
    r.AddTo(&in);
    DocBuilder a("herald.txt", "article", "Northmoor Herald");
    a.Add({article_sentence, "60", Kind::kCount, 60, Qualifier::kExact, "pharmacies"});
    a.AddTo(&in);
    for (Figure& f : in.figures) f.frame.modality = f.doc == "review.txt" ? Modality::kForecast : article;
    in.figures[1].frame.outcome_stated = stated;
    auto all = RunCheck(in);
    INFO(Dump(all));
    return std::make_pair(SaidOn(all, "modality_conflict", "60"), SaidOn(all, "subject_conflict", "60"));
  };
  CHECK(run("A further 60 pharmacies have closed, the Observatory says.", Modality::kActual, true) == std::make_pair(1, 0));
  CHECK(run("A further 60 pharmacies are expected to close, the Observatory says.", Modality::kForecast, false).first == 0);
}

TEST_CASE("unit of count: market agents against acts ('3.140 agricultores' for 3.140 solicitudes)") {
  // The source counts applications and, apart, the farmers who made them;
  // the article gives the applications' number as farmers. Agents against
  // people ("3.140 productores" for 3.140 personas) stay unknown.
  auto run = [](const std::string& article_subject, const std::string& article_head) {
    CheckInput in;
    DocBuilder r("balance.txt", "source", "Unión de Cooperativas");
    const std::string s =
        "En la convocatoria se presentaron 3.140 solicitudes de ayuda a la replantación, por parte de 2.260 agricultores.";
    r.Add({s, "3.140", Kind::kCount, 3140, Qualifier::kExact, "solicitudes"})
        .Add({s, "2.260", Kind::kCount, 2260, Qualifier::kExact, "agricultores"});
    r.AddTo(&in);
    DocBuilder a("radio.txt", "article");
    a.Add({"En cuanto a las ayudas, 3.140 " + article_subject + " pidieron ayuda para replantar olivar.", "3.140",
           Kind::kCount, 3140, Qualifier::kExact, article_subject});
    a.AddTo(&in);
    AsSpanish(&in, {{"solicitudes", "solicitud"}, {"agricultores", "agricultor"}, {article_subject, article_head}});
    auto all = RunCheck(in);
    INFO(Dump(all));
    return TextsOnBasis(all, "unit").count("3.140");
  };
  CHECK(run("agricultores", "agricultor") == 1);
  CHECK(run("solicitudes", "solicitud") == 0);
}

TEST_CASE("attribution: a professional or membership body is a body ('the Royal Pharmaceutical Guild')") {
  // trial36: the Observatory's survey figure credited to a guild passed as
  // supported; a credit to the Observatory itself stays quiet.
  auto run = [](const std::string& credit) {
    CheckInput in;
    DocBuilder r("review.txt", "source", "Northmoor Health Observatory", "Community Pharmacy Access Review 2025");
    r.Add({"Overall, 38% of residents said they had found a pharmacy closed when they expected it to be open.", "38%",
           Kind::kPercent, 38, Qualifier::kExact, "residents"});
    r.AddTo(&in);
    DocBuilder a("herald.txt", "article", "Northmoor Herald");
    a.Add({"According to " + credit + ", 38% of residents said they had found a pharmacy closed.", "38%",
           Kind::kPercent, 38, Qualifier::kExact, "residents", credit});
    a.AddTo(&in);
    auto all = RunCheck(in);
    INFO(Dump(all));
    return Said(all, "attribution_conflict").size();
  };
  CHECK(run("the Royal Pharmaceutical Guild") == 1);
  CHECK(run("the Northmoor Health Observatory") == 0);
}
