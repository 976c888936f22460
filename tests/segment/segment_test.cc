// Sentence segmentation: corpus cases per language (corpus/segment/<lang>.txt),
// offsets that slice the text back exactly, block boundaries, and the strict
// abbreviation file loader.
#include "claimcheck/segment.h"

#include <unicode/utf8.h>

#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

#include "claimcheck/rules.h"
#include "claimcheck/util.h"
#include "tests/scratch.h"

namespace claimcheck {
namespace {

std::string Slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

struct Case {
  int line = 0;
  std::string text;
  std::vector<std::string> sentences;
};

// Reads the "> text" / "= sentence" case format.
std::vector<Case> ReadCases(const std::string& path) {
  std::vector<Case> cases;
  std::istringstream in(Slurp(path));
  std::string line;
  int n = 0;
  while (std::getline(in, line)) {
    ++n;
    if (line.rfind("> ", 0) == 0) {
      cases.push_back(Case{n, line.substr(2), {}});
    } else if (line.rfind("= ", 0) == 0 && !cases.empty()) {
      cases.back().sentences.push_back(line.substr(2));
    }
  }
  return cases;
}

// A document whose blocks are the text's blank-line-separated chunks.
Document MakeDocument(const std::string& text) {
  Document d;
  d.text = text;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t end = text.find("\n\n", pos);
    if (end == std::string::npos) end = text.size();
    if (end > pos) d.blocks.push_back(Block{BlockKind::kParagraph, pos, end});
    pos = end + 2;
  }
  return d;
}

bool IsBoundary(const std::string& s, size_t i) {
  return i == s.size() || (static_cast<unsigned char>(s[i]) & 0xC0) != 0x80;
}

// Every sentence lies inside its block, is trimmed, starts and ends on code
// point boundaries, and sentences are in order without overlap.
void CheckOffsets(const Document& d, const std::vector<Sentence>& sents) {
  size_t last_end = 0;
  for (const Sentence& s : sents) {
    INFO("sentence [" << s.start << ", " << s.end << ") in block " << s.block);
    REQUIRE(s.block >= 0);
    REQUIRE(static_cast<size_t>(s.block) < d.blocks.size());
    const Block& b = d.blocks[s.block];
    CHECK(s.start >= b.start);
    CHECK(s.end <= b.end);
    CHECK(s.start < s.end);
    CHECK(s.start >= last_end);
    CHECK(IsBoundary(d.text, s.start));
    CHECK(IsBoundary(d.text, s.end));
    std::string slice = d.text.substr(s.start, s.end - s.start);
    CHECK(IsValidUtf8(slice));
    CHECK(slice.front() != ' ');
    CHECK(slice.back() != ' ');
    last_end = s.end;
  }
}

void RunCorpus(const std::string& lang) {
  std::string path = "corpus/segment/" + lang + ".txt";
  std::vector<Case> cases = ReadCases(path);
  REQUIRE(cases.size() >= 7);
  for (const Case& c : cases) {
    Document d = MakeDocument(c.text);
    std::vector<Sentence> sents = SegmentSentences(d, lang);
    CheckOffsets(d, sents);
    std::vector<std::string> got;
    for (const Sentence& s : sents) got.push_back(d.text.substr(s.start, s.end - s.start));
    std::string expected_s, got_s;
    for (const auto& s : c.sentences) expected_s += "\n  | " + s;
    for (const auto& s : got) got_s += "\n  | " + s;
    INFO(path << ":" << c.line << "\nExpected:" << expected_s << "\nGot:" << got_s);
    CHECK(got == c.sentences);
  }
}

TEST_CASE("English segmentation corpus", "[segment]") { RunCorpus("en"); }
TEST_CASE("Spanish segmentation corpus", "[segment]") { RunCorpus("es"); }

TEST_CASE("blocks always end a sentence", "[segment]") {
  Document d = MakeDocument("He explained\n\nwhile the caliphate shrank. It went on.");
  std::vector<Sentence> s = SegmentSentences(d, "en");
  REQUIRE(s.size() == 3);
  CHECK(s[0].block == 0);
  CHECK(d.text.substr(s[0].start, s[0].end - s[0].start) == "He explained");
  CHECK(s[1].block == 1);
  CHECK(s[2].block == 1);
}

TEST_CASE("seed article: offsets slice the text, U.S. does not split", "[segment]") {
  std::string raw = Slurp("corpus/seed/cep-facebook-article.txt");
  REQUIRE(!raw.empty());
  // One paragraph a line, as the text reader makes blocks of it.
  std::string joined;
  std::istringstream in(raw);
  for (std::string line; std::getline(in, line);) {
    if (line.empty()) continue;
    if (!joined.empty()) joined += "\n\n";
    joined += line;
  }
  Document d = MakeDocument(joined);
  std::vector<Sentence> sents = SegmentSentences(d, "en");
  CheckOffsets(d, sents);
  CHECK(sents.size() == 32);
  for (const Sentence& s : sents) {
    std::string t = d.text.substr(s.start, s.end - s.start);
    INFO(t);
    CHECK(t.size() >= 3);
    CHECK(t.substr(t.size() >= 4 ? t.size() - 4 : 0) != "U.S.");
  }
}

// Issue 15: a run longer than kMaxSentenceBytes is cut at the best break
// before the bound, so no sentence exceeds it, whatever the input's shape.
TEST_CASE("a sentence longer than the bound is cut at the best break", "[segment]") {
  SECTION("clauses: cut after a comma, never mid-word") {
    std::string text;
    for (int i = 0; text.size() < 5 * kMaxSentenceBytes; ++i) {
      text += "the agency counted " + std::to_string(100 + i) + " cases in the north, ";
    }
    text += "and that was all.";
    Document d = MakeDocument(text);
    std::vector<Sentence> sents = SegmentSentences(d, "en");
    CheckOffsets(d, sents);
    REQUIRE(sents.size() >= 5);
    for (size_t i = 0; i < sents.size(); ++i) {
      const Sentence& s = sents[i];
      CHECK(s.end - s.start <= kMaxSentenceBytes);
      if (i + 1 < sents.size()) {  // the last piece is the remainder
        CHECK(s.end - s.start >= kMaxSentenceBytes / 2 - 64);  // best break in the last half
        CHECK(text[s.end - 1] == ',');
      }
    }
    CHECK(sents.front().start == 0);
    CHECK(sents.back().end == text.size());
  }
  SECTION("no spaces at all: cut on a code point boundary") {
    std::string text;
    while (text.size() < 3 * kMaxSentenceBytes) text += "añ€😀";  // 1-, 2-, 3- and 4-byte characters
    Document d = MakeDocument(text);
    std::vector<Sentence> sents = SegmentSentences(d, "es");
    CheckOffsets(d, sents);  // code point boundaries included
    size_t covered = 0;
    for (const Sentence& s : sents) {
      CHECK(s.end - s.start <= kMaxSentenceBytes);
      covered += s.end - s.start;
    }
    CHECK(covered == text.size());
  }
  SECTION("a line break wins over a comma") {
    std::string text(kMaxSentenceBytes - 300, 'x');
    text += "\n";
    text += std::string(100, 'y') + ", " + std::string(1000, 'z');
    Document d = MakeDocument(text);
    std::vector<Sentence> sents = SegmentSentences(d, "en");
    REQUIRE(sents.size() == 2);
    CHECK(sents[0].end == kMaxSentenceBytes - 300);
  }
  SECTION("ordinary sentences are untouched") {
    Document d = MakeDocument(std::string(kMaxSentenceBytes - 10, 'a') + ".");
    CHECK(SegmentSentences(d, "en").size() == 1);
  }
}

TEST_CASE("multibyte text keeps byte offsets exact", "[segment]") {
  Document d = MakeDocument(
      "«Casi una de cada cinco escuelas», dijo Marín. ¿Cuántas más? Año tras año — 43 %.\n\n"
      "Ünïcödé ✓ text. 日本語の文です。次の文です。");
  std::vector<Sentence> sents = SegmentSentences(d, "es");
  CheckOffsets(d, sents);
  CHECK(sents.size() >= 5);
}

TEST_CASE("segmentation is safe from several threads", "[segment]") {
  Document d = MakeDocument(Slurp("corpus/segment/en.txt"));
  size_t expected = SegmentSentences(d, "en").size();
  std::vector<size_t> got(4);
  std::vector<std::thread> threads;
  for (size_t i = 0; i < got.size(); ++i) {
    threads.emplace_back([&, i] {
      for (int k = 0; k < 20; ++k) got[i] = SegmentSentences(d, i % 2 ? "en" : "es").size();
      got[i] = SegmentSentences(d, "en").size();
    });
  }
  for (auto& t : threads) t.join();
  for (size_t n : got) CHECK(n == expected);
}

TEST_CASE("abbreviation files load strictly", "[segment][rules]") {
  std::vector<std::string> abbr;
  for (const std::string lang : {"en", "es"}) {
    Status s = LoadAbbreviations(DefaultRulesDir(), lang, &abbr);
    INFO(s.message());
    REQUIRE(s.ok());
    CHECK(abbr.size() >= 20);
  }
  CHECK(LoadAbbreviations(DefaultRulesDir(), "xx", &abbr).code() == Status::Code::kNotFound);

  struct Bad {
    const char* yaml;
    const char* where;  // expected "file:line:column" prefix
    const char* why;
  };
  const Bad bad[] = {
      {"abbreviations:\n  - Mr.\nextras:\n  - Dr.\n", "t.yaml:3:1: ", "unknown key"},
      {"abbreviations:\n  - Mr\n", "t.yaml:2:5: ", "ends with '.'"},
      {"abbreviations:\n  - Mr.\n  - Mr.\n", "t.yaml:3:5: ", "duplicate"},
      {"abbreviations:\n  - \"Mr.\n", "t.yaml:2:5: ", "ends with"},
      {"abbreviations:\n  - a: b.\n", "t.yaml:2:5: ", "mapping"},
      {"abbreviations:\n\t- Mr.\n", "t.yaml:2:", ""},
      {"# nothing\n", "t.yaml:1:1: ", "missing key"},
  };
  for (const Bad& b : bad) {
    Status s = ParseAbbreviations(b.yaml, "t.yaml", &abbr);
    INFO("yaml: " << b.yaml << "Got: " << s.message());
    REQUIRE_FALSE(s.ok());
    CHECK(s.message().rfind(b.where, 0) == 0);
    CHECK(s.message().find(b.why) != std::string::npos);
  }
  Status ok = ParseAbbreviations(
      "# comment\nabbreviations:  # trailing\n  - Mr.   # title\n  - \"U.S.\"\n  - 'it''s.'\n",
      "t.yaml", &abbr);
  INFO(ok.message());
  REQUIRE(ok.ok());
  CHECK(abbr == std::vector<std::string>{"Mr.", "U.S.", "it's."});
  // Flow lists are YAML too.
  REQUIRE(ParseAbbreviations("abbreviations: [Mr., Dr.]\n", "t.yaml", &abbr).ok());
  CHECK(abbr == std::vector<std::string>{"Mr.", "Dr."});
}

TEST_CASE("a rules folder's abbreviations change the split", "[segment][rules]") {
  namespace fs = std::filesystem;
  const std::string dir = cctest::ScratchDir("segment");
  fs::create_directories(dir + "/en");
  std::ofstream(dir + "/en/abbreviations.yaml") << "abbreviations:\n  - Zorp.\n";
  std::string text = "We met Zorp. Blake at noon.";
  std::vector<Sentence> with = SegmentText(text, "en", dir);
  std::vector<Sentence> without = SegmentText(text, "en", DefaultRulesDir());
  CHECK(with.size() == 1);
  CHECK(without.size() == 2);
  fs::remove_all(dir);
}

}  // namespace
}  // namespace claimcheck
