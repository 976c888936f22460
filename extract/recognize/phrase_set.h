// Word tables built once at load: exact-word maps with string_view lookup and
// a phrase matcher over scanned tokens ("more than", "per cent", "US$").
#ifndef CLAIMCHECK_EXTRACT_RECOGNIZE_PHRASE_SET_H_
#define CLAIMCHECK_EXTRACT_RECOGNIZE_PHRASE_SET_H_

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "extract/recognize/text_scan.h"

namespace claimcheck {
namespace recognize {

// FNV-1a: lexicon keys are short words, for which an inline byte loop beats
// the library's general-purpose hash.
struct SvHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const {
    uint64_t h = 1469598103934665603ull;
    for (char c : s) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
    return static_cast<size_t>(h);
  }
};

// A hash map keyed by std::string that is looked up with string_view (no
// allocation on the hot path).
template <typename V>
using StrMap = std::unordered_map<std::string, V, SvHash, std::equal_to<>>;

template <typename V>
const V* Find(const StrMap<V>& m, std::string_view key) {
  auto it = m.find(key);
  return it == m.end() ? nullptr : &it->second;
}

struct PhraseMatch {
  size_t len = 0;    // tokens matched; 0 = no match
  int payload = -1;  // what the phrase was added with
  explicit operator bool() const { return len > 0; }
};

// Phrases are tokenised like the text and compared on lower-cased tokens. A
// phrase written without a space between two tokens ("US$", "a.m.") only
// matches text where those tokens touch, so "a $5 fee" is not "A$".
class PhraseSet {
 public:
  void Add(std::string_view phrase, int payload);
  bool empty() const { return phrases_.empty(); }
  // The tokens a match is gated on, for the lexicon's vocabulary: the first
  // (At) and the last (EndingAt) of every phrase. Inner tokens are compared
  // as text and need not be marked known, which keeps common words such as
  // "as" or "well" ("as many as", "well over") out of the vocabulary.
  template <typename Set>
  void AddTokensTo(Set* set) const {
    for (const Phrase& p : phrases_) {
      set->insert(p.toks.front());
      set->insert(p.toks.back());
    }
  }
  // The first tokens of the phrases (the words At can match at).
  template <typename Set>
  void AddFirstTokensTo(Set* set) const {
    for (const Phrase& p : phrases_) set->insert(p.toks.front());
  }
  // Longest phrase whose first token is s.toks[i]. The gate is inline: most
  // tokens are outside the vocabulary and cost no call.
  PhraseMatch At(const ScannedText& s, size_t i) const {
    if (i >= s.toks.size() || !s.toks[i].known) return PhraseMatch{};
    return AtImpl(s, i);
  }
  // The same for a set kept out of the vocabulary (read only in context, so
  // its common words do not mark every sentence's tokens known).
  PhraseMatch AtAnyToken(const ScannedText& s, size_t i) const {
    if (i >= s.toks.size() || s.toks[i].type == TokType::kDigits) return PhraseMatch{};
    return AtImpl(s, i);
  }
  // Longest phrase whose last token is s.toks[end - 1].
  PhraseMatch EndingAt(const ScannedText& s, size_t end) const {
    if (end == 0 || end > s.toks.size() || !s.toks[end - 1].known) return PhraseMatch{};
    return EndingAtImpl(s, end);
  }
  PhraseMatch EndingAtAnyToken(const ScannedText& s, size_t end) const {
    if (end == 0 || end > s.toks.size() || s.toks[end - 1].type == TokType::kDigits) return PhraseMatch{};
    return EndingAtImpl(s, end);
  }

 private:
  struct Phrase {
    std::vector<std::string> toks;
    std::vector<bool> glued;  // glued[k]: token k touches token k-1 in the phrase
    int payload = -1;
  };
  bool MatchesFrom(const Phrase& p, const ScannedText& s, size_t i) const;
  PhraseMatch AtImpl(const ScannedText& s, size_t i) const;
  PhraseMatch EndingAtImpl(const ScannedText& s, size_t end) const;
  std::vector<Phrase> phrases_;
  StrMap<std::vector<uint32_t>> by_first_;
  StrMap<std::vector<uint32_t>> by_last_;
};

}  // namespace recognize
}  // namespace claimcheck

#endif  // CLAIMCHECK_EXTRACT_RECOGNIZE_PHRASE_SET_H_
