// Checker faults a new user met in trial14, each as the kind of pairing it
// stands for, end to end (extract, frames, check). The documents are
// written here, in this test's own words.
//  - A source sentence gives a whole and, beside it, a part ("£54 million in
//    parking charges, of which £12 million came from staff permits"); an
//    article gives the whole's number to the part's subject. That is no
//    support: a subject conflict naming the part's figure.
//  - A revision withdraws the source's statement, and the article words the
//    subject its own way ("litter fines" for "fixed penalty notices"): the
//    revision still supersedes the figure.
#include <catch2/catch.hpp>

#include "tests/cli/run_binary.h"

using cctest::Claimcheck;
using cctest::Run;

namespace {

bool Has(const std::string& out, const std::string& what) { return out.find(what) != std::string::npos; }

}  // namespace

TEST_CASE("trial14: the whole's number given to the part's subject is not supported") {
  std::string dir = cctest::TempDir("t14_part");
  cctest::WriteFile(dir + "/src.txt",
                    "title: Hospital Parking Review 2026\npublisher: Westmoor Health Trust\ndate: 2026-05-04\n\n"
                    "Hospital Parking Review 2026\n\n"
                    "The trust collected £54 million in parking charges in 2025, of which £12 million came from staff "
                    "permits.\n\nVisitors made 2.1 million trips to its car parks.\n");
  cctest::WriteFile(dir + "/art.txt",
                    "title: Staff pay for parking\npublisher: Westmoor Post\ndate: 2026-05-20\n\n"
                    "Staff pay for parking\n\n"
                    "Staff permits brought in £54 million for the trust in 2025, the Hospital Parking Review 2026 "
                    "shows.\n\nThe trust collected £54 million in parking charges in 2025, according to the review.\n");
  REQUIRE(Claimcheck("ingest --role source --db " + dir + "/c.db " + dir + "/src.txt").status == 0);
  REQUIRE(Claimcheck("ingest --role article --db " + dir + "/c.db " + dir + "/art.txt").status == 0);
  Run r = Claimcheck("check --matches --db " + dir + "/c.db");
  INFO(r.out);
  // The part's subject is never certified with the whole's number.
  CHECK_FALSE(Has(r.out, "says £54 million (staff permits), as src.txt does"));
  CHECK(Has(r.out, "£54 million counts parking charges, not staff permits"));
  CHECK(Has(r.out, "The same sentence gives £12 million for staff permits"));
  // The whole, given to the whole's subject, stays supported.
  CHECK(Has(r.out, "says £54 million in parking charges, as src.txt does"));
}

TEST_CASE("trial14: a revision supersedes a figure the article words with another subject") {
  std::string dir = cctest::TempDir("t14_rev");
  cctest::WriteFile(dir + "/rep.txt",
                    "title: Street Enforcement Report 2025\npublisher: Eastvale Borough Council\ndate: 2026-03-02\n\n"
                    "Street Enforcement Report 2025\n\n"
                    "Eastvale Borough Council issued 52,300 fixed penalty notices in 2025, up from 47,900 in 2024.\n\n"
                    "Most were for littering.\n");
  cctest::WriteFile(dir + "/rev.txt",
                    "title: Revision to the Street Enforcement Report 2025\npublisher: Eastvale Borough Council\n"
                    "date: 2026-04-10\n\nRevision to the Street Enforcement Report 2025\n\n"
                    "The number of fixed penalty notices issued in 2025 has been revised to 53,140 (previously "
                    "52,300) after missing records were found.\n");
  auto article = [&](const std::string& date) {
    cctest::WriteFile(dir + "/art.txt",
                      "title: Litter fines climb\npublisher: Eastvale Courier\ndate: " + date +
                          "\n\nLitter fines climb\n\n"
                          "Eastvale Borough Council handed out 52,300 litter fines in 2025, its Street Enforcement "
                          "Report 2025 shows.\n");
  };
  REQUIRE(Claimcheck("ingest --role source --db " + dir + "/c.db " + dir + "/rep.txt " + dir + "/rev.txt").status == 0);
  article("2026-05-01");
  REQUIRE(Claimcheck("ingest --role article --db " + dir + "/c.db " + dir + "/art.txt").status == 0);
  Run after = Claimcheck("check --db " + dir + "/c.db");
  INFO(after.out);
  CHECK(Has(after.out, "superseded"));
  CHECK(Has(after.out, "revised it to 53,140"));
  // Out before the revision, the article gave the then-current value.
  article("2026-03-20");
  REQUIRE(Claimcheck("ingest --role article --db " + dir + "/c.db " + dir + "/art.txt").status == 0);
  Run before = Claimcheck("check --db " + dir + "/c.db");
  INFO(before.out);
  CHECK_FALSE(Has(before.out, "superseded"));
}
