// False alarms of task fa21 (train after round 21's merges), each as the kind
// it stands for: a faithful article figure the checker must not flag, beside
// the misreport of the same kind that it must still flag.
#include <catch2/catch.hpp>

#include <string>

#include "tests/check/check_fixture.h"

using namespace claimcheck;
using namespace claimcheck::testing;

TEST_CASE("attribution: a window of the credited claim is no figure the credit names") {
  // A hospital trust gives the share of ambulance handovers done within 15
  // minutes; a paper credits that share to a government department. The
  // window ("within 15 minutes") is the standard the share is measured
  // against, which any body's report repeats: it shows nothing of where the
  // share came from. The same credit on a duration the source states as its
  // own finding still names another body.
  auto run = [](const std::string& article_sentence) {
    CheckInput in;
    DocBuilder r("handover-report.txt", "source", "NORTHFELL HOSPITALS TRUST");
    r.Add({"In October, 64.2% of ambulance handovers were completed within 15 minutes.", "15 minutes",
           Kind::kDuration, 15, Qualifier::kExact, "handovers", "", "", "minute"});
    r.Add({"The average handover took 15 minutes in October.", "15 minutes", Kind::kDuration, 15,
           Qualifier::kExact, "handover", "", "", "minute"});
    r.AddTo(&in);
    DocBuilder a("fell-gazette.txt", "article", "Fell Gazette");
    a.Add({article_sentence, "15 minutes", Kind::kDuration, 15, Qualifier::kExact, "handovers",
           "the Department of Health", "", "minute"});
    a.AddTo(&in);
    auto all = RunCheck(in);
    INFO(Dump(all));
    return SaidOn(all, "attribution_conflict", "15 minutes");
  };
  CHECK(run("Fewer than two thirds of ambulance handovers were completed within 15 minutes, according to the "
            "Department of Health.") == 0);
  CHECK(run("The average ambulance handover took 15 minutes, according to the Department of Health.") == 1);
}

TEST_CASE("attribution: a standard both sides give as one is no figure the credit names") {
  // The trust's report quotes the national standard for handovers; the paper
  // credits the standard, with its claim, to a department. A standard is set
  // once and quoted by every body measured against it. The same share the
  // trust gives as its own result, credited to the department, still names
  // another body.
  auto run = [](Modality source_modality) {
    CheckInput in;
    DocBuilder r("handover-report.txt", "source", "NORTHFELL HOSPITALS TRUST");
    r.Add({"The national standard is for 95% of ambulance handovers to be completed within 30 minutes.", "95%",
           Kind::kPercent, 95, Qualifier::kExact, "ambulance handovers"});
    r.AddTo(&in);
    DocBuilder a("fell-gazette.txt", "article", "Fell Gazette");
    a.Add({"Handovers fell short of the national target of 95 per cent, according to the Department of Health.",
           "95 per cent", Kind::kPercent, 95, Qualifier::kExact, "ambulance handovers", "the Department of Health"});
    a.AddTo(&in);
    for (Figure& f : in.figures) {
      f.frame.modality = f.doc == "fell-gazette.txt" ? Modality::kTarget : source_modality;
    }
    auto all = RunCheck(in);
    INFO(Dump(all));
    return SaidOn(all, "attribution_conflict", "95 per cent");
  };
  CHECK(run(Modality::kTarget) == 0);
  CHECK(run(Modality::kActual) == 1);
}
