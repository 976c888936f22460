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

// ScanNumbers answers its word-set questions from the kMarkNum* bits (branch
// perf13): for every vocabulary word each bit must say exactly whether the
// word is a key of its set, or a number word, article, dozen, minus word or
// fraction would be missed (or a non-member read as one).
TEST_CASE("number-set marks agree with the number scanner's sets", "[recognize][marks]") {
  for (const char* lang : {"en", "es"}) {
    std::unique_ptr<Lexicon> lex;
    REQUIRE(LoadLexicon(DefaultRulesDir(), lang, &lex).ok());
    const NumberRules& n = lex->numbers;
    size_t set_bits = 0;
    for (const auto& [word, marks] : lex->vocabulary) {
      INFO(lang << ": " << word);
      CHECK(((marks & kMarkNumWord) != 0) == (n.words.count(word) == 1));
      CHECK(((marks & kMarkNumArticle) != 0) == Has(n.articles, word));
      CHECK(((marks & kMarkNumDozen) != 0) == (n.dozens.count(word) == 1));
      CHECK(((marks & kMarkNumMinus) != 0) == Has(n.minus_words, word));
      CHECK(((marks & kMarkNumStandalone) != 0) == Has(n.standalone_fractions, word));
      CHECK(((marks & kMarkNumUnitFraction) != 0) == (n.unit_fractions.count(word) == 1));
      CHECK(((marks & kMarkOrdinal) != 0) ==
            (lex->ordinals.words.count(word) == 1 || lex->ordinals.tens.count(word) == 1));
      if (marks & ~kMarkMultiplierStart) ++set_bits;
    }
    // Every key of the marked sets is in the vocabulary (so a token of it is
    // known and carries its entry's marks).
    for (const auto& [word, v] : n.words) CHECK(lex->vocabulary.count(word) == 1);
    for (const StrSet* set : {&n.articles, &n.minus_words, &n.standalone_fractions}) {
      for (const std::string& word : *set) CHECK(lex->vocabulary.count(word) == 1);
    }
    for (const auto& [word, v] : n.dozens) CHECK(lex->vocabulary.count(word) == 1);
    for (const auto& [word, v] : n.unit_fractions) CHECK(lex->vocabulary.count(word) == 1);
    for (const auto& [word, v] : lex->ordinals.words) CHECK(lex->vocabulary.count(word) == 1);
    for (const auto& [word, v] : lex->ordinals.tens) CHECK(lex->vocabulary.count(word) == 1);
    CHECK(set_bits > 0);
    // The marks reach the tokens: a number word scanned in a sentence.
    const std::string one = std::string(lang) == "es" ? "tres" : "three";
    CHECK((MarksOf(*lex, one) & kMarkNumWord) != 0);
    CHECK((MarksOf(*lex, "zzyzx") & kMarkNumWord) == 0);
    const std::string third = std::string(lang) == "es" ? "tercero" : "third";
    CHECK((MarksOf(*lex, third) & kMarkOrdinal) != 0);
  }
}
