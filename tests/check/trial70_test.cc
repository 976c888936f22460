// Kinds of false alarm and miss a new user's trial (trial70: public-access
// defibrillators, mountain refuges, repair cafés) showed, end to end: the
// texts below (written for these tests) are read, extracted and checked as
// sources and articles. Each case failed before its fix.
#include <catch2/catch.hpp>

#include <string>

#include "pipeline_fixture.h"

using namespace claimcheck;
using namespace claimcheck::testing;

TEST_CASE("subject: 'in N of them' counts the things the sentence before counted") {
  // trial70: "Crews attended 3,174 cardiac arrests. Resuscitation was
  // attempted in 1,268 of them." read the 1,268 as resuscitations: a subject
  // warning against "1,268 of the 3,174 cardiac arrests crews attended".
  auto run = CheckPair(
      "NORTHDALE AMBULANCE SERVICE\nCardiac arrest report 2025\nPublished 3 March 2026\n\n"
      "Ambulance crews attended 3,174 cardiac arrests in 2025. Resuscitation was attempted in 1,268 of them.\n",
      "Heartstart Blog\n9 March 2026\n\nAccording to the Northdale Ambulance Service report, resuscitation was "
      "attempted at 1,268 of the 3,174 cardiac arrests crews attended.\n");
  INFO(Dump(*run));
  const Figure* part = Find(*run, "source", "1,268");
  REQUIRE(part != nullptr);
  CHECK(part->frame.subject_head == "arrest");
  CHECK(Flagged(*run, "", "1,268") == 0);
  // Spanish: "en 412 de ellos".
  auto es = CheckPair(
      "SERVICIO DE EMERGENCIAS DE ALBARDA\nMemoria 2025\nFecha: 3 de marzo de 2026\n\n"
      "Los equipos atendieron 1.530 rescates en montaña en 2025. Se movilizó un helicóptero en 412 de ellos.\n",
      "Diario de Albarda\n9 de marzo de 2026\n\nSegún la memoria del Servicio de Emergencias de Albarda, hubo "
      "412 rescates con helicóptero.\n",
      "es");
  INFO(Dump(*es));
  const Figure* es_part = Find(*es, "source", "412");
  REQUIRE(es_part != nullptr);
  CHECK(es_part->frame.subject_head == "rescate");
  // A noun of its own after the count keeps it: "in 41 cases of them" is
  // no anaphor's count, and a whole in the same sentence is read as before.
  auto own = CheckPair("Report\n\nCrews attended 3,174 calls. In 41 of them, 12 patients survived.\n",
                       "Story\n\nCrews attended 3,174 calls.\n");
  const Figure* survivors = Find(*own, "source", "12");
  REQUIRE(survivors != nullptr);
  CHECK(survivors->frame.subject_head == "patient");
}

TEST_CASE("modality: 'the plan is to reach' sets a target") {
  // trial70: "The Trust's plan is to reach 3,000 registered cabinets by
  // March 2028" was read as an actual count, so "The service now has 3,000
  // registered cabinets" was supported.
  auto run = CheckPair(
      "NORTHDALE AMBULANCE SERVICE\nDefibrillator network report\nPublished 3 March 2026\n\n"
      "The Trust's plan is to reach 3,000 registered cabinets by March 2028.\n",
      "Gazette\n9 March 2026\n\nThe Northdale Ambulance Service now has 3,000 registered cabinets, its report "
      "says.\n");
  INFO(Dump(*run));
  const Figure* src = Find(*run, "source", "3,000");
  REQUIRE(src != nullptr);
  CHECK(src->frame.modality == Modality::kTarget);
  CHECK(Flagged(*run, "modality_conflict", "3,000") == 1);
  auto es = CheckPair("Plan\nFecha: 3 de marzo de 2026\n\nEl plan es llegar a 3.000 cabinas en 2028.\n",
                      "Diario\n9 de marzo de 2026\n\nYa hay 3.000 cabinas.\n", "es");
  const Figure* es_src = Find(*es, "source", "3.000");
  REQUIRE(es_src != nullptr);
  CHECK(es_src->frame.modality == Modality::kTarget);
}

TEST_CASE("value: a duration in two units slips in its digits as written") {
  // trial70: "8 minutes 21 seconds" for "8 minutes 12 seconds" (8.35 and
  // 8.2 minutes) was no digit slip of 8.35 against 8.2, so it went
  // unsupported.
  auto run = CheckPair(
      "NORTHDALE AMBULANCE SERVICE\nResponse times 2025\nPublished 3 March 2026\n\n"
      "The median time from the emergency call to the arrival of the first resource at a cardiac arrest was "
      "8 minutes 12 seconds, compared with 8 minutes 40 seconds in 2024.\n",
      "Gazette\n9 March 2026\n\nAmbulances took a median of 8 minutes 21 seconds to reach a cardiac arrest, the "
      "service's report says.\n");
  INFO(Dump(*run));
  CHECK(Flagged(*run, "value_conflict", "8 minutes 21 seconds") == 1);
  // The same duration written either way is no slip.
  auto same = CheckPair(
      "NORTHDALE AMBULANCE SERVICE\nResponse times 2025\nPublished 3 March 2026\n\n"
      "The median response was 8 minutes 12 seconds.\n",
      "Gazette\n9 March 2026\n\nThe median response was 8 minutes 12 seconds, the service says.\n");
  CHECK(Flagged(*same, "", "8 minutes 12 seconds") == 0);
}

TEST_CASE("subset: an agent before the verb narrows no count ('The industry employs 6,130 fishers')") {
  // eval12: the article's modifier "industry" (the verb's agent, kept as a
  // modifier by the frame) made the two sides "narrowed differently", so
  // the source's "of whom 6,130 were full-time" reported as all fishers
  // compared as agreeing.
  auto run = CheckPair(
      "SEA FISHERIES AUTHORITY\nStatistics 2025\nPublished 3 March 2026\n\n"
      "An estimated 9,420 fishers worked on registered vessels in 2025, of whom 6,130 were full-time.\n",
      "Gazette\n9 March 2026\n\nThe industry employs 6,130 fishers, according to the authority.\n");
  INFO(Dump(*run));
  CHECK(Said(*run, "subset_conflict", "6,130") == 1);
}
