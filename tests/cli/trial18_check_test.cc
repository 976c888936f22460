// Checker faults a new user met in trial18, each as the kind of pairing it
// stands for, end to end (extract, frames, check), on the tester's own
// documents (written for trial18 by the project's new-user tester).
//  - One store holds two unrelated cases. An article cites its results
//    release, which gives a rate as two levels ("from 84 per cent in 2024 to
//    96 per cent in 2025"); the article writes the 12-point rise as "rose by
//    12 per cent". Another case's report, in Spanish, neither cited nor
//    credited, gives "un 12,4 % más" of something else. The figure is the
//    cited release's change, points written as percent (a warning with the
//    points as its suggestion), not an info subject conflict with the
//    uncited report; on a store without that report the finding is the same.
#include <catch2/catch.hpp>

#include "tests/cli/run_binary.h"

using cctest::Claimcheck;
using cctest::Run;

namespace {

bool Has(const std::string& out, const std::string& what) { return out.find(what) != std::string::npos; }

// The four documents of trial18's marathon and chess cases, as its tester
// wrote them (whole).
const char kRelease[] =
    "title: Harbourside Marathon 2025: results and entry statistics\n"
    "publisher: Harbourside Marathon Organising Committee\n"
    "date: 2025-11-04\n"
    "\n"
    "The ballot for the 2025 race received 48,200 applications from 31,650 applicants.\n"
    "\n"
    "A total of 22,310 runners finished the race on 12 October 2025.\n"
    "\n"
    "Women made up 47.8 per cent of finishers.\n"
    "\n"
    "First-time marathon runners accounted for 20.3 per cent of starters.\n"
    "\n"
    "The finish rate rose from 84 per cent in 2024 to 96 per cent in 2025.\n"
    "\n"
    "Runners raised £9.4 million for good causes in 2025, an average of £540 per runner.\n"
    "\n"
    "The committee plans to offer 26,000 places in the 2026 race.\n";

const char kArticle[] =
    "title: Ballot frenzy as marathon fever grips Harbourside\n"
    "publisher: Harbourside Evening Echo\n"
    "date: 2025-11-05\n"
    "\n"
    "A total of 48,200 runners applied for a place in this year's race, according to the Harbourside Marathon Organising Committee.\n"
    "\n"
    "More than 22,000 runners finished the race, the organisers said.\n"
    "\n"
    "Nearly half of finishers were women, the Harbourside Marathon Organising Committee said.\n"
    "\n"
    "One in five starters were running their first marathon.\n"
    "\n"
    "The finish rate rose by 12 per cent, according to the committee.\n"
    "\n"
    "Each runner raised an average of £540 per month for good causes, the Harbourside Marathon Organising Committee said.\n";

const char kOtherCase[] =
    "title: Memoria anual 2025\n"
    "publisher: Federación Castellana de Ajedrez\n"
    "date: 2026-02-18\n"
    "\n"
    "La federación contaba con 312 clubes afiliados a 31 de diciembre de 2025.\n"
    "\n"
    "El número de licencias federativas alcanzó las 18.940 en 2025, un 12,4 % más que en 2024.\n"
    "\n"
    "Las mujeres representan el 14 % de las licencias.\n"
    "\n"
    "El programa Ajedrez en la Escuela recibió 2.150 solicitudes de inscripción, presentadas por 1.380 colegios.\n"
    "\n"
    "La cuota media de un club es de 25 euros al mes.\n";
const char kOtherArticle[] =
    "title: Récord de jugadores federados\n"
    "publisher: Radio Norte\n"
    "date: 2026-02-19\n"
    "\n"
    "La Federación Castellana de Ajedrez registró 18.490 licencias en 2025.\n"
    "\n"
    "Jugar en un club cuesta de media 25 euros al año, según la Federación Castellana de Ajedrez.\n"
    "\n"
    "Las licencias crecieron un 12,4 % más que el año anterior.\n";

Run CheckStore(const std::string& name, bool with_other_case) {
  std::string dir = cctest::TempDir(name.c_str());
  cctest::WriteFile(dir + "/results.txt", kRelease);
  cctest::WriteFile(dir + "/story.txt", kArticle);
  if (with_other_case) {
    // The other case's report is a source: its own article cites it.
    cctest::WriteFile(dir + "/memoria.txt", kOtherCase);
    cctest::WriteFile(dir + "/radio-norte.txt", kOtherArticle);
  }
  REQUIRE(Claimcheck("ingest --db " + dir + "/c.db " + dir).status == 0);
  return Claimcheck("check --db " + dir + "/c.db");
}

}  // namespace

TEST_CASE("trial18: an uncited document in the store is no rival for the cited source's change") {
  for (bool with_other_case : {false, true}) {
    Run r = CheckStore(with_other_case ? "t18_store" : "t18_alone", with_other_case);
    INFO("with the uncited report: " << with_other_case << "\n" << r.out << r.err);
    CHECK(Has(r.out, "suggestion: 12 percentage points"));
    CHECK_FALSE(Has(r.out, "memoria.txt 12,4 %"));
  }
}
