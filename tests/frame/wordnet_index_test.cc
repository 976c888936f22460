// The in-memory WordNet index answers word classes and noun bases exactly as
// WordNet's C library does, on every word of the English frame corpus and
// on inflections chosen to reach each of the library's morphology paths.
#include <catch2/catch.hpp>
#include <fstream>
#include <set>
#include <sstream>
#include <string>

#include "extract/attach/tokens.h"
#include "extract/frame/wordnet_index.h"
#include "extract/frame/words.h"

using namespace claimcheck;

namespace {

std::set<std::string> CorpusWords() {
  std::set<std::string> out;
  for (const char* path : {"corpus/frames/en.yaml", "corpus/frames/dev-en.yaml"}) {
    std::ifstream in(path);
    std::stringstream ss;
    ss << in.rdbuf();
    for (const attach::Token& t : attach::Tokenize(ss.str())) {
      if (t.word && !t.lower.empty()) out.insert(t.lower);
    }
  }
  return out;
}

}  // namespace

TEST_CASE("the in-memory WordNet index is read", "[frame][wordnet]") {
  const frame::WordNetIndex* idx = frame::WordNetIndex::Get();
  REQUIRE(idx != nullptr);
  CHECK(idx->bytes() > 1000000);
  CHECK((idx->Listed("household") & (1u << frame::WordNetIndex::kNounPos)) != 0);
  CHECK(idx->Listed("households") == 0);
  CHECK(idx->Morph("households", frame::WordNetIndex::kNounPos) == "household");
  CHECK(idx->Morph("women", frame::WordNetIndex::kNounPos) == "woman");   // exception list
  CHECK(idx->Morph("grew", frame::WordNetIndex::kVerbPos) == "grow");     // exception list
  CHECK(idx->Morph("evicted", frame::WordNetIndex::kVerbPos) == "evict");  // rule -ed
  CHECK_FALSE(idx->Morph("household", frame::WordNetIndex::kNounPos).has_value());
  CHECK_FALSE(idx->Morph("glass", frame::WordNetIndex::kNounPos).has_value());  // -ss
}

TEST_CASE("the in-memory WordNet index answers as the library does", "[frame][wordnet]") {
  REQUIRE(frame::WordNetIndex::Get() != nullptr);
  std::set<std::string> words = CorpusWords();
  REQUIRE(words.size() > 1000);  // the corpus was found (tests run from the source root)
  for (const char* w :
       {"households", "women", "children", "criteria", "data", "analyses", "glasses", "boxes",
        "churches", "wishes", "buzzes", "cities", "spoonsful", "cupful", "handful", "grew", "evicted",
        "rising", "making", "fell", "cut", "bigger", "largest", "finer", "nicest", "best", "better",
        "further", "hardest", "aardwolves", "ox", "is", "as", "us", "u.s.", "st.", "a.m.", "e.g",
        "o'clock", "don't", "year's", "50s", "1990s", "xyzzyq", "earnings", "wages", "employees",
        "nations", "deaths", "profiles", "nodes", "respondents", "tenants", "quarters", "media",
        "statistics", "news", "means", "series", "species", "headquarters", "people", "feet",
        "mice", "geese", "teeth", "phenomena", "indices", "matrices", "theses", "crises"}) {
    words.insert(w);
  }
  // Inflections of corpus words reach every detachment rule, words ending
  // in -ful the noun rule's special case.
  std::set<std::string> formed;
  size_t n = 0;
  for (const std::string& w : words) {
    if (++n % 4 != 0 || w.size() < 3) continue;
    for (const char* suf : {"s", "es", "ed", "ing", "er", "est", "ful", "men"}) formed.insert(w + suf);
  }
  words.insert(formed.begin(), formed.end());
  size_t differ = 0;
  for (const std::string& w : words) {
    const uint8_t mem = frame::WordClasses("en", w);
    const uint8_t lib = frame::LibraryWordClasses(w);
    const std::string mem_base = frame::NounBase("en", w);
    const std::string lib_base = frame::LibraryNounBase(w);
    if (mem != lib || mem_base != lib_base) {
      ++differ;
      INFO("word '" << w << "': classes " << int(mem) << " vs library " << int(lib) << ", base '"
                    << mem_base << "' vs library '" << lib_base << "'");
      CHECK(false);
    }
  }
  CHECK(differ == 0);
}
