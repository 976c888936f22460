// The words of one sentence as the frame readers see them: folded text,
// Snowball stem, word class from WordNet (English), and which figure of the
// sentence a word belongs to.
#ifndef CLAIMCHECK_EXTRACT_FRAME_WORDS_H_
#define CLAIMCHECK_EXTRACT_FRAME_WORDS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "claimcheck/figure.h"

namespace claimcheck::attach {
struct Token;  // extract/attach/tokens.h
}

namespace claimcheck::frame {

// Word classes, as a bit set (a word may be several).
enum WordClass : uint8_t {
  kNoun = 1,
  kVerb = 2,
  kAdj = 4,
  kAdv = 8,
  kKnown = 16,  // the lexicon knows the word (otherwise the class is a guess)
};

struct Word {
  size_t start = 0, end = 0;  // byte offsets into the sentence
  bool word = false;          // false: punctuation
  bool cap = false;
  bool all_caps = false;
  bool possessive = false;
  std::string lower;  // folded
  std::string stem;   // Snowball stem of lower (punctuation: itself)
  int fig = -1;       // index of the sentence figure this word lies in; -1 none
  mutable int16_t classes = -1;  // WordClasses, looked up on first use
  // Set by FrameRules::Mark: bit b when cue set b has this word as a phrase
  // of its own (is_word), or a phrase starting or ending with it; one lookup
  // per word instead of one per word and cue set.
  bool marked = false;
  uint64_t is_word = 0, starts = 0, ends = 0;
};

// Snowball stem of a folded word ("english", "spanish"); thread-safe (one
// stemmer per thread and language).
std::string Stem(const std::string& lang, std::string_view folded);

// True for a word of ASCII digits, '.', ',' and '-' only ("2,140", "1.5",
// "2019-20"). Snowball's English and Spanish suffixes are all letters, so
// it gives such a word back unchanged (tests/frame: checked against
// libstemmer); Stem answers it without a call or a cache entry.
bool NumberLike(std::string_view w);

// Stems every word of a phrase as Tokenize splits it.
std::vector<std::string> StemPhrase(const std::string& lang, std::string_view phrase);

// The word class of a folded English word from WordNet (0 for other
// languages), answered from WordNet's index and exception lists held in
// memory (wordnet_index.h): thread-safe, no lock.
uint8_t WordClasses(const std::string& lang, const std::string& folded);

// Whether a folded English word is a past form of a verb WordNet knows:
// its verb morphology gives another base ("paid" -> "pay", "sold" ->
// "sell", "announced" -> "announce"), and it is no third-person or -ing
// form ("prices", "paying"). False for other languages.
bool VerbPastForm(const std::string& lang, const std::string& folded);

// The singular base form of a folded noun: WordNet's morphology for English
// ("households" -> "household"), the word itself when WordNet does not know
// it; Spanish drops a plural "-es"/"-s".
std::string NounBase(const std::string& lang, const std::string& folded);
// A folded word written as a plural in "-s" whose singular NounBase knows
// ("lesiones", "entradas", "falls"): more than three letters, so "bus",
// "gas" and short function words stay out.
bool SPlural(const std::string& lang, const std::string& folded);

// The same answers from WordNet's C library (file reads behind one mutex,
// cached), which WordClasses and NounBase use only for multi-part words or
// when the in-memory index cannot be read. Kept for those and for the test
// that holds the two routes equal.
uint8_t LibraryWordClasses(const std::string& folded);
std::string LibraryNounBase(const std::string& folded);

// Nouns WordNet lists as synonyms of `folded` (its first-sense synset), for
// subject comparison where rules/ has no curated entry. English only.
std::vector<std::string> NounSynonyms(const std::string& folded);

// WordNet's lexicographer file of the first (most frequent) sense of a
// folded English noun: "noun.person" for "applicant", "noun.act" for
// "application", "noun.group" for "household"; empty when WordNet has no
// such noun or its first sense is a name ("Harlow"). Its class says what a count of it counts (people, acts,
// things), for the checker's unit-of-count comparison.
std::string NounLexFile(const std::string& folded);

// Whether any sense of a folded English noun is a person (noun.person),
// not only its first: "holder" is first a device, also one who holds. A
// count of "people" may name such a head's persons.
bool NounHasPersonSense(const std::string& folded);

// The verbs WordNet links by derivation to the person senses of a folded
// English noun ("entrant" -> "enter", "start"; "applicant" -> "apply";
// "visitor" -> "visit"), as their base forms; empty for a noun with no
// person sense. "612 players entered" says what "612 entrants" are.
std::vector<std::string> PersonNounVerbs(const std::string& folded);

// The base form of a folded English verb form ("entered" -> "enter",
// "ran" -> "run"), the word itself when WordNet lists it as a verb, else "".
std::string VerbBase(const std::string& folded);

// Tokenises `sentence` and marks the words covered by `figures` (their
// offsets relative to the sentence).
std::vector<Word> SentenceWords(const std::string& lang, std::string_view sentence,
                                const std::vector<std::pair<size_t, size_t>>& figures);
// The same from the sentence's tokens (attach::Tokenize(sentence)), moved from.
// With an empty `lang` (both functions) the stems are left empty:
// FrameRules::Words fills them from its cache.
std::vector<Word> WordsOf(const std::string& lang, std::string_view sentence,
                          std::vector<attach::Token>&& toks,
                          const std::vector<std::pair<size_t, size_t>>& figures);

}  // namespace claimcheck::frame

#endif  // CLAIMCHECK_EXTRACT_FRAME_WORDS_H_
