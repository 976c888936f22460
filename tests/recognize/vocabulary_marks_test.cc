// The recogniser's vocabulary marks (Token::marks, set by MarkKnown) let
// FindMultipliers skip words: every word a multiplier table starts with must
// carry kMarkMultiplierStart, or a multiplier would silently go unseen.
#include <catch2/catch.hpp>
#include <memory>
#include <string>

#include "claimcheck/rules.h"
#include "extract/recognize/lexicon.h"
#include "extract/recognize/text_scan.h"

using namespace claimcheck;
using namespace claimcheck::recognize;

namespace {

uint8_t MarksOf(const Lexicon& lex, const std::string& word) {
  ScannedText s;
  Scan(word, &s);
  MarkKnown(lex.vocabulary, &s);
  REQUIRE(s.toks.size() >= 1);
  return s.toks[0].marks;
}

}  // namespace

TEST_CASE("every multiplier table word is marked as a multiplier start", "[recognize][marks]") {
  for (const char* lang : {"en", "es"}) {
    std::unique_ptr<Lexicon> lex;
    REQUIRE(LoadLexicon(DefaultRulesDir(), lang, &lex).ok());
    const MultiplierRules& m = lex->multipliers;
    size_t n = 0;
    for (const auto* table : {&m.change_verbs, &m.factor_words, &m.guarded_words, &m.fold_words,
                              &m.comparative_words}) {
      for (const auto& [word, factor] : *table) {
        INFO(lang << ": " << word);
        CHECK((MarksOf(*lex, word) & kMarkMultiplierStart) != 0);
        ++n;
      }
    }
    StrSet firsts;
    m.change_phrases.AddFirstTokensTo(&firsts);
    m.factor_phrases.AddFirstTokensTo(&firsts);
    for (const std::string& word : firsts) {
      INFO(lang << ": phrase start " << word);
      CHECK((MarksOf(*lex, word) & kMarkMultiplierStart) != 0);
      ++n;
    }
    CHECK(n > 0);
    // A known word that opens no multiplier ("percent" / "por ciento") is
    // known but unmarked; an unknown word has no marks at all.
    const std::string known = std::string(lang) == "es" ? "por" : "percent";
    CHECK((MarksOf(*lex, known) & kMarkMultiplierStart) == 0);
    CHECK(MarksOf(*lex, "zzyzx") == 0);
  }
}
