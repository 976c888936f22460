// Kinds of false alarm that new users' own coverage met in trials 107 and
// 108 (a migration release and its revision, a central bank's report, a
// jobs release, knife crime figures): the texts below, written for these
// tests, are read, extracted and checked as sources and articles. Each case
// failed before its fix.
#include <catch2/catch.hpp>

#include <string>

#include "pipeline_fixture.h"

using namespace claimcheck;
using namespace claimcheck::testing;

namespace {

const char* kMigrationRelease =
    "OFFICE FOR NATIONAL STATISTICS OF VELDMARK\nMigration statistics, year ending June 2026\nPublished 20 August 2026\n\n"
    "Net migration for the year ending December 2025 has been revised to 209,000, from the 196,000 published in "
    "February 2026.\n";

const char* kMigrationRevision =
    "OFFICE FOR NATIONAL STATISTICS OF VELDMARK\nCorrection\nPublished 10 September 2026\n\n"
    "Net migration in the year ending June 2026 has been revised to 192,000 (previously 184,000).\n";

}  // namespace

TEST_CASE("revision: 'revised its figure for X ... up to N from M' is a revision of X") {
  // trial107: "The office also revised its figure for net migration in the
  // year to December 2025 up to 209,000 from 196,000" read "up to" as a
  // ceiling (a qualifier warning on the very 209,000), the office as what
  // was counted, and the old 196,000 drew a value warning offering another
  // period's 192,000: the source's own old value was never a support.
  auto run = CheckDocs({{"release.txt", "source", kMigrationRelease},
                        {"revision.md", "source", kMigrationRevision},
                        {"wire.txt", "article",
                         "Meridian Wire\nAug 27 2026\n\nThe office also revised its figure for net migration in the "
                         "year to December 2025 up to 209,000 from 196,000, saying more students had stayed on.\n"}});
  INFO(Dump(*run));
  const Figure* f = Find(*run, "wire.txt", "209,000");
  REQUIRE(f != nullptr);
  CHECK(f->qualifier == Qualifier::kExact);
  CHECK(f->frame.subject_head == "migration");
  CHECK(f->frame.revised);
  CHECK(Flagged(*run, "", "209,000") == 0);
  CHECK(Flagged(*run, "", "196,000") == 0);
  // An article that gives the old value as current is still superseded.
  auto old = CheckDocs({{"release.txt", "source", kMigrationRelease},
                        {"story.txt", "article",
                         "Veldmark Herald\n1 September 2026\n\nNet migration in the year to December 2025 was 196,000, "
                         "the statistics office says.\n"}});
  INFO(Dump(*old));
  CHECK(Flagged(*old, "superseded", "196,000") == 1);
}

TEST_CASE("change: an attribution between a level and its 'from' keeps them one move") {
  // trial107: "slowed to 184,000 in the 12 months to June, the statistics
  // office said on Thursday, from 231,000 a year before" left the 231,000
  // unlinked, dated to the later value's span: a period warning.
  auto run = CheckPair(
      "OFFICE FOR NATIONAL STATISTICS OF VELDMARK\nMigration statistics\nPublished 20 August 2026\n\n"
      "Net migration is estimated at 184,000 in the year ending June 2026, down from 231,000 in the year ending "
      "June 2025.\n",
      "Meridian Wire\nAug 27 2026\n\nNet migration to Veldmark slowed to 184,000 in the 12 months to June, the "
      "statistics office said on Thursday, from 231,000 a year before.\n");
  INFO(Dump(*run));
  const Figure* f = Find(*run, "article", "184,000");
  REQUIRE(f != nullptr);
  REQUIRE(f->frame.previous.has_value());
  CHECK(*f->frame.previous == Approx(231000));
  CHECK(Flagged(*run, "", "231,000") == 0);
}
