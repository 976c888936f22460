// The attacher's lexicon marks (Lexicon::Mark) only let the cue matchers
// skip work: a marked sentence must match exactly like an unmarked one, for
// every phrase set, at every token, from the start (MatchAt) and from the end
// (MatchEndingAt, which returns early on the `ends` marks). Relative-time
// phrases must all be reachable through their first word's mark.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "claimcheck/rules.h"
#include "extract/attach/lexicon.h"
#include "extract/attach/tokens.h"

using namespace claimcheck;
using namespace claimcheck::attach;

namespace {

std::vector<const PhraseSet*> Sets(const Lexicon& lex) {
  return {&lex.source_cues,  &lex.speech_verbs,  &lex.listener_verbs, &lex.listener_prepositions,
          &lex.auxiliaries,  &lex.source_nouns,  &lex.source_links,   &lex.determiners,
          &lex.pronouns,     &lex.first_person,  &lex.name_stops,     &lex.name_connectors,
          &lex.point_cues,   &lex.since_cues,    &lex.until_cues,     &lex.baseline_cues,
          &lex.clause_breaks};
}

void CheckSame(const Lexicon& lex, const std::string& text) {
  std::vector<Token> plain = Tokenize(text);
  std::vector<Token> marked = plain;
  lex.Mark(&marked);
  size_t hits = 0;
  for (const PhraseSet* set : Sets(lex)) {
    for (size_t i = 0; i < plain.size(); ++i) {
      INFO(text << " token " << i << " '" << plain[i].lower << "'");
      CHECK(set->MatchAt(marked, i) == set->MatchAt(plain, i));
      const size_t end = set->MatchEndingAt(plain, i);
      CHECK(set->MatchEndingAt(marked, i) == end);
      hits += end > 0;
    }
  }
  // The sentences below hold cues: a check that never matched would prove
  // nothing about the early return.
  CHECK(hits > 0);
}

}  // namespace

TEST_CASE("marked tokens match every cue set like unmarked ones (en)", "[attach][marks]") {
  Lexicon lex;
  REQUIRE(LoadLexicon(DefaultRulesDir(), "en", &lex).ok());
  for (const char* s : {
           "Officials said on Tuesday that 340 households had been moved since last week.",
           "According to the county health office, admissions fell by 12% compared with last year.",
           "The union, which represents 8,000 nurses, told reporters the figure was wrong; it was not.",
           "By the end of March, as many as 70 schools will have closed, the minister was quoted as saying.",
           "\"We counted 41 cases this month,\" a spokeswoman for the agency said in a statement.",
       }) {
    CheckSame(lex, s);
  }
}

TEST_CASE("marked tokens match every cue set like unmarked ones (es)", "[attach][marks]") {
  Lexicon lex;
  REQUIRE(LoadLexicon(DefaultRulesDir(), "es", &lex).ok());
  for (const char* s : {
           "Según el ministerio, los contagios bajaron un 9% respecto al año pasado y 300 este mes.",
           "La alcaldesa afirmó el lunes que desde enero se han atendido 1.250 solicitudes.",
           "El sindicato, que agrupa a 4.000 maestros, dijo que la cifra real es mayor.",
       }) {
    CheckSame(lex, s);
  }
}

TEST_CASE("every relative-time phrase starts at a word marked kRelativeStart", "[attach][marks]") {
  for (const char* lang : {"en", "es"}) {
    Lexicon lex;
    REQUIRE(LoadLexicon(DefaultRulesDir(), lang, &lex).ok());
    REQUIRE(!lex.relative.empty());
    CHECK(lex.relative_indexed);
    for (const RelativeTime& r : lex.relative) {
      REQUIRE(!r.words.empty());
      std::string phrase;
      for (const std::string& w : r.words) phrase += (phrase.empty() ? "" : " ") + w;
      std::vector<Token> toks = Tokenize(phrase);
      lex.Mark(&toks);
      INFO(lang << ": " << phrase);
      REQUIRE(!toks.empty());
      CHECK((toks[0].starts & Lexicon::kRelativeStart) != 0);
    }
    // A word that opens no relative phrase carries no such mark.
    std::vector<Token> other = Tokenize("households");
    lex.Mark(&other);
    CHECK((other[0].starts & Lexicon::kRelativeStart) == 0);
  }
}
