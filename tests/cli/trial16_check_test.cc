// Checker faults a new user met in trial16, each as the kind of pairing it
// stands for, end to end (extract, frames, check). The documents are
// written here, in this test's own words.
//  - A source gives a total and, in its next sentence, the total's
//    breakdown ("Adults paid £2.7 million of that total, while children's
//    accounts paid £0.9 million"); an article credits the whole total to one
//    part ("Adult borrowers paid £3.6 million"). That is no support: a
//    subject conflict whose suggestion is the part's own number.
#include <catch2/catch.hpp>

#include "tests/cli/run_binary.h"

using cctest::Claimcheck;
using cctest::Run;

namespace {

bool Has(const std::string& out, const std::string& what) { return out.find(what) != std::string::npos; }

const char kSource[] =
    "title: Library Services Annual Report 2025\npublisher: Northmere County Council\ndate: 2026-02-11\n\n"
    "Library Services Annual Report 2025\n\n"
    "Northmere's 31 branch libraries took £3.6 million in late-return fines in 2025, the council reported.\n\n"
    "Adults paid £2.7 million of that total, while children's accounts paid £0.9 million.\n\n"
    "Loans of e-books rose by 18% on the year.\n";

Run CheckArticle(const std::string& name, const std::string& sentence) {
  std::string dir = cctest::TempDir(name.c_str());
  cctest::WriteFile(dir + "/src.txt", kSource);
  cctest::WriteFile(dir + "/art.txt",
                    "title: Library fines\npublisher: Northmere Echo\ndate: 2026-02-20\n\nLibrary fines\n\n" +
                        sentence + "\n");
  REQUIRE(Claimcheck("ingest --role source --db " + dir + "/c.db " + dir + "/src.txt").status == 0);
  REQUIRE(Claimcheck("ingest --role article --db " + dir + "/c.db " + dir + "/art.txt").status == 0);
  return Claimcheck("check --matches --db " + dir + "/c.db");
}

}  // namespace

TEST_CASE("trial16: a total credited to one part of its breakdown is not supported") {
  Run r = CheckArticle("t16_part", "Adult borrowers paid £3.6 million in late-return fines, Northmere County Council said.");
  INFO(r.out);
  CHECK_FALSE(Has(r.out, "as src.txt does"));
  CHECK(Has(r.out, "£3.6 million is a total, of which it gives £2.7 million"));
  CHECK(Has(r.out, "£2.7 million, not £3.6 million"));
}

TEST_CASE("trial16: the total given to the whole, or to every part, stays supported") {
  for (const std::string& sentence :
       {std::string("Northmere's libraries took a total of £3.6 million in late-return fines in 2025, the council "
                    "reported."),
        std::string("Adults and children paid £3.6 million in late-return fines, Northmere County Council said."),
        std::string("Borrowers paid £3.6 million in late-return fines, Northmere County Council said."),
        std::string("Adults paid £2.7 million of the £3.6 million in late-return fines, the council said.")}) {
    Run r = CheckArticle("t16_whole", sentence);
    INFO(sentence << "\n" << r.out);
    CHECK_FALSE(Has(r.out, "is a total, of which"));
    CHECK(Has(r.out, "says £3.6 million"));
  }
}

// A count of a narrower group ("pupils in nursery classes") reported as the
// count of the whole group ("pupils") is a subset, not support: the phrase
// after the head, running to its verb, narrows the head (frame modifiers).
TEST_CASE("trial16: a narrower group's count reported for the whole group is a subset conflict") {
  std::string dir = cctest::TempDir("t16_subset");
  cctest::WriteFile(dir + "/src.txt",
                    "title: Breakfast Clubs 2025\npublisher: Harlow Vale Council\ndate: 2026-01-08\n\n"
                    "Breakfast Clubs 2025\n\n"
                    "Across the borough, 9,800 pupils in nursery classes received free breakfasts last year.\n");
  cctest::WriteFile(dir + "/art.txt",
                    "title: Breakfasts\npublisher: Vale Times\ndate: 2026-01-15\n\nBreakfasts\n\n"
                    "Harlow Vale Council said 9,800 pupils had free breakfasts last year.\n");
  REQUIRE(Claimcheck("ingest --role source --db " + dir + "/c.db " + dir + "/src.txt").status == 0);
  REQUIRE(Claimcheck("ingest --role article --db " + dir + "/c.db " + dir + "/art.txt").status == 0);
  Run r = Claimcheck("check --matches --db " + dir + "/c.db");
  INFO(r.out);
  CHECK_FALSE(Has(r.out, "as src.txt does"));
  CHECK(Has(r.out, "subset_conflict"));
  // The narrower group as the source writes it, not its words listed apart.
  CHECK(Has(r.out, "it counts pupils in nursery classes only"));
}
