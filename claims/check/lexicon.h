// What the checker knows about words: subject heads and their canonical keys
// (lemmas, synonyms from rules/, aliases from the store and from apposition),
// context words of a sentence, and whether an attribution names a document's
// publisher. Internal to the checker.
#ifndef CLAIMCHECK_CLAIMS_CHECK_LEXICON_H_
#define CLAIMCHECK_CLAIMS_CHECK_LEXICON_H_

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "claimcheck/check.h"

namespace claimcheck::check {

// Words of `text`: runs of letters, digits, hyphens and apostrophes (any
// non-ASCII byte counts as a letter), in order, as written.
std::vector<std::string_view> Words(std::string_view text);
// The initials of a name's capitalised words: "CEP" for "Counter Extremism
// Project", "INE" for "Instituto Nacional de Estadística".
std::string Initials(std::string_view name);

struct SubjectInfo {
  std::string head;     // the lemma of the head noun ("profile"); empty = unknown
  std::string key;      // canonical key after synonyms and aliases
  bool whole = false;   // "all content": the whole, not a part of it
  std::string phrase;   // the head phrase as written: "ISIS supporters"
  std::vector<std::string> lemmas;  // every word of the subject phrase, as lemmas
};

class Lexicon {
 public:
  // Loads rules/<lang>/synonyms.yaml for every language in `langs` (missing
  // files give an empty lexicon; invalid ones an error).
  Status Load(const std::string& rules_dir, const std::vector<std::string>& langs);
  // Learns equivalences from store aliases and figures' subject_alias.
  void AddAliases(const std::vector<Alias>& aliases);
  void AddSubjectAlias(const std::string& lang, std::string_view subject, std::string_view alias);

  // The subject of `f`: its recorded subject, else the noun phrase after the
  // figure in its sentence.
  SubjectInfo Subject(const Figure& f) const;
  // Sorted, unique content-word lemmas of a sentence.
  std::vector<std::string> ContextWords(std::string_view lang, std::string_view sentence) const;

  // Canonical key of a lemma.
  std::string Canonical(const std::string& lemma) const;
  // True when rules/ lists the two lemmas as never the same thing.
  bool Distinct(const std::string& a, const std::string& b) const;

  enum class Credit { kNone, kThisDocument, kOtherBody };
  // Whether `attribution` credits `doc` (publisher, author, title or an alias
  // of one of them), names some other body, or names none ("researchers").
  // *who receives the named part of the attribution.
  Credit Credits(std::string_view lang, std::string_view attribution, const StoredDocument& doc,
                 std::string* who) const;
  // For an index over many documents (the checker asks Credits of every
  // source per attribution): an attribution credits a document only when
  // one of its keys (AttributionKeys) is one of the document's (DocumentKeys):
  // a lower-case word of a name ("w:institute", which a whole-name match also
  // starts with) or an acronym as written ("a:CEP"). AttributionKeys returns
  // false when that does not hold for this attribution (a word that the
  // possessive rule empties), and the caller must ask Credits of every document.
  void DocumentKeys(const StoredDocument& doc, std::vector<std::string>* keys) const;
  // A body the attribution describes in common words instead of naming it
  // ("the coastguard agency", "the national police"), which Credits, reading
  // names only, leaves at kNone: kThisDocument when a described word is a
  // word of the document's names ("the transport authority" of the Combined
  // Transport Authority), kOtherBody when none is and the document's body is
  // known, kNone when the attribution names a body (Credits' business) or
  // describes none. A body word alone ("the department"), a description
  // that does not end the credit ("the social media company now says") or
  // one with a possessor ("the charity's referral survey") describes none:
  // each points back to a body named before, often the source's own.
  Credit DescribedBody(std::string_view lang, std::string_view attribution, const StoredDocument& doc) const;
  bool AttributionKeys(std::string_view lang, std::string_view attribution, std::vector<std::string>* keys) const;

  const Synonyms& For(std::string_view lang) const;
  // The indices in For(lang).groups of the synonym groups holding a word
  // whose Canonical is `key`, ascending. Built once per language until the
  // keys or the groups change (Union, Load): the comparison asks it per
  // pair, and canonicalising every word of every group each time was 7% of
  // `check` at 10^5 figures.
  const std::vector<size_t>& GroupsWithCanonical(std::string_view lang, const std::string& key) const;

 private:
  std::string Find(const std::string& w) const;
  // A document's names for Credits: publisher, author, title, and the aliases
  // that mention one of them.
  std::vector<std::string> CreditNames(const StoredDocument& doc) const;
  // What Credits reads of a document's names, built once per publisher,
  // author and title (CreditNames widened by the aliases, lower-cased, split
  // into words): the checker asks Credits of ~10^5 attribution and document
  // pairs at 10^6 figures, and rebuilding them per call was most of its cost.
  struct CreditProfile {
    std::vector<std::string> padded_names;  // " name " lower-cased, names of 3 bytes or more
    std::set<std::string> name_words;       // every name's words, lower-cased
    std::set<std::string> acronyms;         // initials and acronyms as written
    // An acronym that is only one word of a longer name ("NHS" in
    // "Harbourside NHS Foundation Trust"): many bodies share it, so a credit
    // that joins it to a name word of its own ("NHS England") is another body.
    std::set<std::string> acronym_words;
    // The initials of a name's last two words or more, which a short form
    // writes for them after the name's first words: "FA" in "Wexmoor County
    // FA" and "the County FA" for Wexmoor County Football Association, "BC"
    // in "Dunmore BC" for Dunmore Borough Council (eval37). A credit word
    // that is one counts as a shared name word beside another ("the FA" alone
    // may be the national body); "Scottish FA" shares one word of two.
    std::set<std::string> tail_acronyms;
    // Words only the title has (no publisher, author or alias word): a title
    // names what a report is about ("... Network on Facebook"), so one such
    // word shared with a credit ("Facebook announced") is its topic, not its
    // body; it takes two.
    std::set<std::string> title_only_words;
  };
  const CreditProfile& ProfileOf(const StoredDocument& doc) const;
  // The attribution's words before a recipient cue ("told"), possessives stripped.
  std::vector<std::string_view> CreditWords(const Synonyms& syn, std::string_view attribution) const;
  void Union(const std::string& a, const std::string& b);
  // The lemma of the head noun of `phrase`; *span receives the head phrase
  // as written and *lemmas every content word's lemma, when not null.
  std::string HeadOf(const Synonyms& syn, std::string_view phrase, bool* whole,
                     std::string* span = nullptr, std::vector<std::string>* lemmas = nullptr) const;

  std::map<std::string, Synonyms, std::less<>> by_lang_;
  Synonyms empty_;
  mutable std::unordered_map<std::string, std::string> parent_;  // union-find over lemmas
  std::vector<Alias> aliases_;
  // Keyed by publisher \x1f author \x1f title; cleared when aliases change.
  mutable std::unordered_map<std::string, CreditProfile> credit_profiles_;
  // GroupsWithCanonical, per language; cleared by Union and Load.
  mutable std::map<std::string, std::unordered_map<std::string, std::vector<size_t>>, std::less<>> groups_by_key_;
};

}  // namespace claimcheck::check

#endif  // CLAIMCHECK_CLAIMS_CHECK_LEXICON_H_
