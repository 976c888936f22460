// Every piece of text the checker cuts out of a sentence lies on a UTF-8
// code point boundary: findings must serialise as strict JSON whatever the
// sentence holds (issue 13: curly quotes around a figure aborted `check`).
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <random>

#include "claimcheck/document.h"
#include "claimcheck/extract.h"
#include "claimcheck/util.h"
#include "claims/check/lexicon.h"
#include "claims/check/utf8.h"
#include "tests/check/check_fixture.h"
#include "tests/scratch.h"

using namespace claimcheck;
using namespace claimcheck::testing;
namespace fs = std::filesystem;

namespace {

// Throws (strict error handler) on any invalid UTF-8 in the record.
void RequireStrictJson(const std::vector<Finding>& findings) {
  for (const Finding& f : findings) {
    INFO(f.type << ": " << f.message);
    CHECK(IsValidUtf8(f.message));
    CHECK(IsValidUtf8(f.suggestion));
    for (const std::string& r : f.reasons) CHECK(IsValidUtf8(r));
    CHECK_NOTHROW(FindingToJson(f).dump());
  }
}

void AddExtracted(const fs::path& path, const std::string& role, CheckInput* in) {
  Document doc;
  REQUIRE(ReadDocument(path.string(), ReadOptions(), &doc).ok());
  Extractor ex(DefaultRulesDir());
  Extraction out;
  REQUIRE(ex.Extract(doc, "auto", &out).ok());
  StoredDocument sd;
  sd.doc_id = doc.id;
  sd.path = doc.path;
  sd.lang = out.lang;
  sd.role = role;
  in->documents.push_back(sd);
  in->figures.insert(in->figures.end(), out.figures.begin(), out.figures.end());
}

}  // namespace

TEST_CASE("utf8: curly quotes around an article figure do not abort the checker") {
  fs::path dir = cctest::ScratchDir("check_utf8");
  std::ofstream(dir / "source.txt")
      << "This year 75 percent of the spam accounts we closed were found by our own filters.\n";
  std::ofstream(dir / "article.txt")
      << "The firm says it closes \xE2\x80\x9C" "75 percent\xE2\x80\x9D of spam accounts.\n";
  CheckInput in;
  AddExtracted(dir / "source.txt", "source", &in);
  AddExtracted(dir / "article.txt", "article", &in);
  REQUIRE(in.figures.size() >= 2);
  CheckOptions opts = TestOptions();
  opts.report_matches = true;
  std::vector<Finding> out = RunCheck(in, opts);
  INFO(Dump(out));
  CHECK_FALSE(out.empty());
  RequireStrictJson(out);
  fs::remove_all(dir);
}

TEST_CASE("utf8: Words never splits a code point") {
  const std::string texts[] = {
      "The firm says it closes \xE2\x80\x9C" "75 percent\xE2\x80\x9D of spam accounts.",
      "El 40\xC2\xA0% de los ni\xC3\xB1os \xC2\xBF" "vacunados? \xE2\x80\x94 seg\xC3\xBAn el informe",
      "CEP\xE2\x80\x99s 1,000 profiles \xC2\xAB" "nodes\xC2\xBB \xF0\x9F\x93\x88 up 3\xC3\x97",
      "broken \xE2\x80 bytes \xC3 and \x80\x80 stray \xFF continuation",
  };
  for (const std::string& t : texts) {
    for (std::string_view w : check::Words(t)) {
      INFO(t << " -> [" << std::string(w) << "]");
      CHECK(IsValidUtf8(w));
    }
  }
  // The apostrophe inside "CEP’s" keeps the word whole; the curly quotes
  // around "75 percent" separate words.
  auto words = check::Words(texts[0]);
  CHECK(std::find(words.begin(), words.end(), "75") != words.end());
  auto cep = check::Words(texts[2]);
  REQUIRE_FALSE(cep.empty());
  CHECK(cep[0] == "CEP\xE2\x80\x99s");
  CHECK(check::Slice("a\xE2\x80\x9C" "b", 2, 3) == "\xE2\x80\x9C");
  CHECK(check::Prefix("ab\xC3\xB1", 3) == "ab");
}

TEST_CASE("utf8: figures cut at every byte of a multi-byte sentence give valid findings") {
  // A figure placed at every offset of sentences full of multi-byte
  // characters, including offsets inside them (a store may hold offsets from
  // a different reading of the text): the findings stay valid UTF-8.
  const std::string source =
      "This year \xE2\x80\x9C" "75 percent\xE2\x80\x9D of the spam accounts we closed \xE2\x80\x94 "
      "about 4\xC2\xA0million \xE2\x80\x94 were found by our own filters.";
  const std::string article =
      "The firm\xE2\x80\x99s chief says it closes \xE2\x80\x9C" "57 percent\xE2\x80\x9D of spam "
      "accounts, ni\xC3\xB1" "os \xC2\xAB" "cuentas\xC2\xBB.";
  std::mt19937 rng(13);
  for (size_t at = 0; at + 2 <= article.size(); ++at) {
    CheckInput in;
    DocBuilder s("source.txt", "source", "Spamco");
    s.Add({source, "75 percent", Kind::kPercent, 75, Qualifier::kExact, ""});
    s.AddTo(&in);
    Figure f;
    f.doc = f.doc_id = "article.txt";
    f.lang = "en";
    f.sentence = article;
    f.sentence_start = 0;
    f.sentence_end = article.size();
    f.start = at;
    f.end = std::min(article.size(), at + 1 + rng() % 12);
    f.text = std::string(check::Slice(article, f.start, f.end));
    f.kind = Kind::kPercent;
    f.value = FigureValue::Number(57);
    if (at % 3 == 0) f.attribution = std::string(check::Slice(article, 0, at));
    in.figures.push_back(f);
    StoredDocument d;
    d.doc_id = d.path = "article.txt";
    d.role = "article";
    in.documents.push_back(d);
    CheckOptions opts = TestOptions();
    opts.report_matches = true;
    std::vector<Finding> out = RunCheck(in, opts);
    INFO("figure at byte " << at);
    RequireStrictJson(out);
  }
}
