// How a finding's message writes a figure with what it counts: the joining
// words come from the sentence, in whatever language it is written.
#include <catch2/catch.hpp>

#include "claims/check/describe.h"

using claimcheck::Figure;
using claimcheck::Kind;
using claimcheck::check::Describe;

namespace {
Figure Fig(const char* sentence, const char* text, Kind kind, const char* subject) {
  Figure f;
  f.sentence = sentence;
  f.text = text;
  f.kind = kind;
  f.subject = subject;
  return f;
}
}  // namespace

TEST_CASE("Describe keeps the sentence's own joining words, English and Spanish") {
  CHECK(Describe(Fig("They found dozens of countries involved.", "dozens", Kind::kCount, "countries")) ==
        "dozens of countries");
  CHECK(Describe(Fig("Facebook removed 43 percent of the nodes.", "43 percent", Kind::kPercent, "nodes")) ==
        "43 percent of the nodes");
  CHECK(Describe(Fig("Facebook eliminó el 43 por ciento de los perfiles.", "43 por ciento", Kind::kPercent,
                     "perfiles")) == "43 por ciento de los perfiles");
  CHECK(Describe(Fig("Hubo cientos de heridos.", "cientos", Kind::kCount, "heridos")) == "cientos de heridos");
  CHECK(Describe(Fig("Mapped 1,000 profiles in 96 countries.", "1,000", Kind::kCount, "profiles")) ==
        "1,000 profiles");
}

TEST_CASE("Describe does not borrow a long stretch of the sentence as a join") {
  // "countries" is far from "12" with long words between: written plainly.
  CHECK(Describe(Fig("Some 12 officials travelled between several countries.", "12", Kind::kCount, "countries")) ==
        "12 countries");
  // A percent whose subject is not next to it is bracketed, as before.
  CHECK(Describe(Fig("Turnout reached 64 percent among registered voters.", "64 percent", Kind::kPercent,
                     "registered voters")) == "64 percent (registered voters)");
}

TEST_CASE("Slot: an empty value or one the text already says prints nothing") {
  using claimcheck::check::Slot;
  CHECK(Slot("a.txt says 99% of all content", " of ", "all content") == "");
  CHECK(Slot("a.txt says 99%", " of ", "all content") == " of all content");
  CHECK(Slot("a.txt says 99%", " of ", "") == "");
  CHECK(Slot("a.txt says 99%", " of ", "   ") == "");
}

TEST_CASE("DescribeWithPlace adds the place only to a bare number") {
  using claimcheck::check::DescribeWithPlace;
  Figure bare = Fig("1.", "1", Kind::kCount, "");
  bare.page = 1;
  bare.paragraph = 3;
  CHECK(DescribeWithPlace(bare) == "1, page 1, paragraph 3");
  Figure worded = Fig("It has 12 berths.", "12", Kind::kCount, "berths");
  worded.paragraph = 2;
  CHECK(DescribeWithPlace(worded) == "12 berths");
}
