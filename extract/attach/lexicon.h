// The attacher's word lists, loaded from rules/<lang>/attribution.yaml,
// entities.yaml and time.yaml (each key is described in those files).
#ifndef CLAIMCHECK_EXTRACT_ATTACH_LEXICON_H_
#define CLAIMCHECK_EXTRACT_ATTACH_LEXICON_H_

#include <cstdint>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "claimcheck/attach.h"
#include "claimcheck/status.h"
#include "extract/attach/tokens.h"

namespace claimcheck::attach {

// Bit b of each mask: phrase set b has a phrase that starts with the word,
// ends with it, or is this one word.
struct WordMarks {
  uint32_t starts = 0;
  uint32_t is_word = 0;
  uint32_t ends = 0;
};

// Phrases of one or more words, matched on folded word tokens.
class PhraseSet {
 public:
  void Add(const std::string& phrase);
  // Length in tokens of the longest phrase starting at tokens[i]; 0 if none.
  size_t MatchAt(const std::vector<Token>& tokens, size_t i) const;
  // Length of the longest phrase ending at tokens[last] (inclusive); 0 if none.
  size_t MatchEndingAt(const std::vector<Token>& tokens, size_t last) const;
  bool HasWord(const std::string& folded) const { return singles_.count(folded) > 0; }
  // HasWord(t.lower), from the token's marks when Lexicon::Mark has run.
  bool Has(const Token& t) const {
    return t.marked && bit_ != 0 ? (t.is_word & bit_) != 0 : HasWord(t.lower);
  }
  bool empty() const { return phrases_.empty(); }
  // Gives the set its bit and records its first, last and single words in
  // `index` (word -> masks).
  void Index(uint32_t bit, std::unordered_map<std::string, WordMarks>* index);

 private:
  uint32_t bit_ = 0;  // 0 until indexed: marks are then never trusted to say no
  std::vector<std::vector<std::string>> phrases_;
  std::unordered_map<std::string, std::vector<size_t>> by_first_;  // first word -> phrases_
  std::unordered_set<std::string> singles_;
};

struct RelativeTime {
  std::vector<std::string> words;  // the phrase, folded
  std::string unit;                // year, quarter, month, day
  int offset = 0;                  // in units from the document's date
  int quarter = 0;                 // 1-4: a named quarter of the shifted year
};

struct Lexicon {
  // attribution.yaml
  PhraseSet source_cues, speech_verbs, listener_verbs, listener_prepositions, auxiliaries;
  PhraseSet source_nouns, source_links, determiners, pronouns, first_person, name_stops;
  PhraseSet relay_participles;
  int lead_in_max_paragraphs = 6;
  // entities.yaml
  PhraseSet name_connectors;
  // Lower-case words that end a body's name after a capitalised one: "el
  // Gobierno regional", "el Ejecutivo autonómico".
  PhraseSet name_adjectives;
  std::vector<Alias> entities;  // configured aliases
  // time.yaml
  PhraseSet point_cues, since_cues, until_cues;
  // "compared with 2024", "up 9% on 2024": the date a change is measured
  // from, never the time of a figure.
  PhraseSet baseline_cues;
  // Words that end a clause ("and", "y", "while"): a date across one dates
  // the figure only when none nearer its own clause does.
  PhraseSet clause_breaks;
  // Words that open a relative clause ("that", "which", "que"): a date in
  // the relative clause of a figure between is that figure's ("71% ...,
  // short of the standard of 78% that hospitals must hit by March 2027").
  // Read by HasWord, not indexed.
  PhraseSet relative_openers;
  // Words of a clause that looks ahead ("next", "plans", "will"): a date of
  // an earlier clause, past or present, does not date its figures. Read by
  // HasWord, not indexed.
  PhraseSet forward_cues;
  // "the report published this week", "un informe publicado en marzo": a
  // date after these (maybe with a point cue between) is when a document
  // came out, never the time of a figure.
  PhraseSet publication_cues;
  // Nouns of a document or a count a year may name in the possessive by when
  // it was made ("this year's count", "last year's survey"): that year is
  // the document's (time_scope.cc NamesDocument). Read by HasWord, not
  // indexed.
  PhraseSet dated_documents;
  std::vector<RelativeTime> relative;

  // Every phrase set's words, so one lookup per token serves all the sets.
  // The bit after the phrase sets' bits (kRelativeStart in `starts`) marks
  // the first word of a relative phrase: TimeScope compared every token
  // with every relative phrase (~45 M instructions on bench/profile.sh's
  // 2 MB; bench/RESULTS.md, branch spd7).
  std::unordered_map<std::string, WordMarks> index;
  void BuildIndex();
  static constexpr uint32_t kRelativeStart = 1u << 18;
  // False when a relative phrase has no words (it would match anywhere), so
  // the kRelativeStart marks cannot say no.
  bool relative_indexed = false;
  // Sets the marks of every token (one hash lookup each).
  void Mark(std::vector<Token>* tokens) const;
};

// Loads the three files under rules_dir/lang. attribution.yaml and time.yaml
// are required; entities.yaml is optional.
Status LoadLexicon(const std::string& rules_dir, const std::string& lang, Lexicon* lex);

// Reads only entities.yaml at `path` (its name connectors and configured
// aliases) into *lex: the frame stage wants the aliases alone, and loading
// the whole lexicon again for them cost a measurable share of rule loading
// (bench/RESULTS.md, branch spd).
Status LoadEntities(const std::string& path, Lexicon* lex);

}  // namespace claimcheck::attach

#endif  // CLAIMCHECK_EXTRACT_ATTACH_LEXICON_H_
