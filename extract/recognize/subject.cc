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
  return w.size() > suf.size() + 2 && w.substr(w.size() - suf.size()) == suf;
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
    if (content && single) {
      bool stop = false;
      for (const std::string& suf : r.stop_suffixes) stop = stop || EndsWith(w, suf);
      if (stop) break;
    }
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
  bool of = s.IsWord(i) && Has(r.of_words, s.Lower(i));
  if (c.subject == SubjectMode::kOf && !of) return;
  size_t from = of ? i + 1 : i;
  size_t end = Collect(in, from, of);
  if (end == 0) return;
  // Skip leading determiners only when nothing but them was found.
  *subject = std::string(s.text.substr(s.toks[from].start, s.toks[end - 1].end - s.toks[from].start));
  // "(or nodes)"
  if (s.IsSym(end, "(")) {
    size_t a = end + 1;
    if (PhraseMatch m = r.alias_words.At(s, a)) a += m.len;
    size_t e = Collect(in, a, false);
    if (e != 0 && s.IsSym(e, ")")) {
      *alias = std::string(s.text.substr(s.toks[a].start, s.toks[e - 1].end - s.toks[a].start));
    }
  }
}

}  // namespace recognize
}  // namespace claimcheck
