// The counted subject: the words after a count ("1,000 ISIS-supporting
// profiles") or after "of" for shares and measures ("43 percent of the
// nodes"), kept as written and cut at stop words (prepositions, verbs,
// conjunctions from subjects.yaml), punctuation and numbers. An apposition in
// brackets right after it ("profiles (or nodes)") becomes the alias.
#include "extract/recognize/candidate.h"

namespace claimcheck {
namespace recognize {
namespace {

bool EndsWith(std::string_view w, std::string_view suf) {
  return w.size() >= suf.size() + 3 && w.substr(w.size() - suf.size()) == suf;
}

// One subject word: a word token and whatever is glued to it by hyphens or
// apostrophes ("ISIS-supporting", "terror-linked", "users'"). Returns the
// token after it, or `i` when token i does not start a word.
size_t WordEnd(const ScannedText& s, size_t i) {
  if (!s.IsWord(i)) return i;
  size_t j = i + 1;
  while (j + 1 < s.toks.size() && s.Glued(j) && s.Glued(j + 1) &&
         (s.IsSym(j, "-") || s.IsSym(j, "'") || s.IsSym(j, "\xE2\x80\x99")) &&
         (s.IsWord(j + 1) || s.IsDigits(j + 1))) {
    j += 2;
  }
  return j;
}

// Collects up to max_words subject words from token i; returns the end token.
size_t Collect(const Sentence& in, size_t i, bool allow_determiners) {
  const SubjectRules& r = in.lex.subjects;
  const ScannedText& s = in.s;
  size_t end = i, words = 0;
  bool content = false;
  bool after_plural = false;
  while (words < r.max_words) {
    size_t j = WordEnd(s, i);
    if (j == i) break;
    std::string_view w = s.Lower(i);
    bool single = j == i + 1;
    if (allow_determiners && !content && single && Has(r.determiners, w)) {
      i = j;
      ++words;
      continue;
    }
    if (single && Has(r.stop_words, w)) break;
    // The last piece of a compound decides: "terror-linked" is not a participle.
    std::string_view last = s.Lower(j - 1);
    bool plural = false;
    for (const std::string& suf : r.plural_suffixes) plural = plural || EndsWith(last, suf);
    if (content) {
      bool stop = after_plural && !(r.plural_agreement && plural);
      for (const std::string& suf : r.stop_suffixes) stop = stop || (single && EndsWith(w, suf));
      if (stop) break;
    }
    after_plural = after_plural || plural;
    content = true;
    end = j;
    i = j;
    ++words;
  }
  return content ? end : 0;
}

}  // namespace

void FindSubject(const Sentence& in, const Candidate& c, std::string* subject, std::string* alias) {
  if (c.subject == SubjectMode::kNone) return;
  const ScannedText& s = in.s;
  const SubjectRules& r = in.lex.subjects;
  size_t i = c.te;
  bool of = s.IsWord(i) && HasTok(s, r.of_words, i);
  if (c.subject == SubjectMode::kOf && !of) return;
  size_t from = of ? i + 1 : i;
  size_t end = Collect(in, from, of);
  if (end == 0) return;
  // Skip leading determiners only when nothing but them was found.
  *subject = std::string(s.text.substr(s.toks[from].start, s.toks[end - 1].end - s.toks[from].start));
  // "profiles (or nodes)"; a few words may come between when the bracket
  // opens with an alias word ("perfiles afines al ISIS (o nodos)").
  size_t open = end;
  while (open < end + 4 && s.IsWord(open)) ++open;
  if (s.IsSym(open, "(")) {
    size_t a = open + 1;
    PhraseMatch m = r.alias_words.At(s, a);
    if (m) a += m.len;
    size_t e = (m || open == end) ? Collect(in, a, false) : 0;
    if (e != 0 && s.IsSym(e, ")")) {
      *alias = std::string(s.text.substr(s.toks[a].start, s.toks[e - 1].end - s.toks[a].start));
    }
  }
}

}  // namespace recognize
}  // namespace claimcheck
