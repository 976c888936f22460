// Blocking keeps the checker far from n^2 on a large store. (Timing lives in
// `make bench`; this asserts the number of pairs scored.)
#include <catch2/catch.hpp>

#include <random>

#include "tests/check/check_fixture.h"

using namespace claimcheck;

TEST_CASE("100,000 synthetic figures are checked with candidate pairs far below n^2") {
  constexpr size_t kFigures = 100000;
  constexpr int kDocs = 400;  // every tenth a source
  std::mt19937 rng(42);
  // Made-up words of letters only (digits mark numbers, not words).
  auto letters = [](int n, const char* prefix) {
    std::string s = prefix;
    do {
      s.push_back(static_cast<char>('a' + n % 26));
      n /= 26;
    } while (n > 0);
    return s;
  };
  std::vector<std::string> nouns, words;
  for (int i = 0; i < 600; ++i) nouns.push_back(letters(i, "thing"));
  for (int i = 0; i < 5000; ++i) words.push_back(letters(i, "word"));
  std::uniform_int_distribution<int> noun(0, 599), word(0, 4999), doc(0, kDocs - 1), pct(0, 99);
  std::uniform_real_distribution<double> skew(0, 1);
  std::lognormal_distribution<double> count(6, 2);

  CheckInput in;
  for (int d = 0; d < kDocs; ++d) {
    StoredDocument sd;
    sd.doc_id = "doc" + std::to_string(d);
    sd.path = sd.doc_id + ".txt";
    sd.role = d % 10 == 0 ? "source" : "article";
    in.documents.push_back(sd);
  }
  in.figures.reserve(kFigures);
  for (size_t i = 0; i < kFigures; ++i) {
    Figure f;
    int d = doc(rng);
    f.doc_id = in.documents[d].doc_id;
    f.doc = in.documents[d].path;
    f.lang = "en";
    // A third of all figures count the same thing: the worst case for a
    // subject block.
    f.subject = skew(rng) < 0.33 ? "people" : nouns[noun(rng)];
    f.kind = skew(rng) < 0.5 ? Kind::kPercent : Kind::kCount;
    double v = f.kind == Kind::kPercent ? pct(rng) : std::floor(count(rng)) + 1;
    f.value = FigureValue::Number(v);
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.0f", v);
    f.text = buf;
    std::string sentence;
    for (int k = 0; k < 12; ++k) sentence += words[word(rng)] + " ";
    f.sentence = sentence + f.text + " " + f.subject + ".";
    f.sentence_start = i * 200;
    f.start = f.sentence_start + sentence.size();
    f.end = f.start + f.text.size();
    f.paragraph = static_cast<int>(i % 50) + 1;
    in.figures.push_back(std::move(f));
  }
  std::vector<Finding> out;
  CheckStats stats;
  REQUIRE(CheckFigures(in, testing::TestOptions(), &out, &stats).ok());
  CHECK(stats.figures == kFigures);
  INFO("candidate pairs: " << stats.candidate_pairs << ", blocks: " << stats.blocks);
  // n^2 / 2 would be 5e9; the blocks bound the work to a few hundred pairs a figure.
  CHECK(stats.candidate_pairs < kFigures * 600);
  CHECK(stats.candidate_pairs > 0);
  CHECK(stats.blocks >= 1);
  CHECK_FALSE(out.empty());
}
