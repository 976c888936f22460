#include "extract/attach/attribution.h"

#include <algorithm>
#include <optional>
#include <set>
#include <string>

namespace claimcheck::attach {
namespace {

// A verb a plural noun before it agrees with, and a reporting verb never
// takes as its object: "were", "are", "rose", "fell". English grammar, not
// rules data. (No form in -ed: "the report says reduced spending ..." is a
// credit.)
bool PluralVerb(const std::string& w) {
  static const std::set<std::string> kForms = {"were", "are", "have", "rose", "fell", "grew", "remain", "remained"};
  return kForms.count(w) > 0;
}

// A source found around a cue: token indices, inclusive. `first` is where the
// credit's words start ("an analysis by X": at "an"); the source itself runs
// from source_first to last.
struct Found {
  size_t first = 0;
  size_t source_first = 0;
  size_t source_last = 0;
  size_t last = 0;
  SourceKind kind = SourceKind::kNamed;
};

class CreditFinder {
 public:
  CreditFinder(std::string_view text, const std::vector<Token>& toks, const Lexicon& lex,
               const std::vector<std::pair<size_t, size_t>>& blocked)
      : text_(text), lex_(lex), blocked_(blocked), toks_(toks) {
    // Blocked spans by start, with the running maximum of their ends, so
    // Blocked() is a binary search: a sentence with thousands of figures is
    // not quadratic (issue 15).
    std::sort(blocked_.begin(), blocked_.end());
    max_end_.resize(blocked_.size());
    size_t m = 0;
    for (size_t i = 0; i < blocked_.size(); ++i) max_end_[i] = m = std::max(m, blocked_[i].second);
  }

  std::vector<Credit> Run();
  size_t Gapped(size_t i, std::vector<Credit>* out) const;

 private:
  size_t n() const { return toks_.size(); }
  bool IsWord(size_t i) const { return i < n() && toks_[i].word; }
  bool IsPunct(size_t i, std::string_view p) const {
    return i < n() && !toks_[i].word &&
           text_.substr(toks_[i].start, toks_[i].end - toks_[i].start) == p;
  }
  // Does a figure overlap token i? Spans starting before the token's end
  // form a prefix; one of them overlaps when the prefix's largest end passes
  // the token's start.
  bool Blocked(size_t i) const {
    auto it = std::lower_bound(blocked_.begin(), blocked_.end(), toks_[i].end,
                               [](const std::pair<size_t, size_t>& b, size_t e) { return b.first < e; });
    size_t k = static_cast<size_t>(it - blocked_.begin());
    return k > 0 && max_end_[k - 1] > toks_[i].start;
  }
  // A capitalised word that can be part of a proper name.
  bool IsNameWord(size_t i) const {
    if (!IsWord(i) || !toks_[i].cap || Blocked(i)) return false;
    const Token& w = toks_[i];
    return !lex_.name_stops.Has(w) && !lex_.determiners.Has(w) && !lex_.pronouns.Has(w) &&
           !lex_.source_cues.Has(w);
  }
  bool IsNameAdjective(size_t i) const {
    return IsWord(i) && !toks_[i].cap && !Blocked(i) && lex_.name_adjectives.Has(toks_[i]);
  }
  // "&" is punctuation to the tokenizer but joins a name as "and" does
  // ("Northmere Canal & River Authority": trial35 read "River Authority").
  bool IsConnector(size_t i) const {
    return (IsWord(i) && !toks_[i].cap && lex_.name_connectors.Has(toks_[i])) || IsPunct(i, "&");
  }
  // "(" ACRONYM ")" starting at i.
  bool IsAcronymParen(size_t i) const {
    return IsPunct(i, "(") && IsWord(i + 1) && toks_[i + 1].all_caps && IsPunct(i + 2, ")");
  }
  // "Film Exhibitors' Guild", "the Farmers' Union": a plural owner's
  // apostrophe (a token of its own, written right after the s) between two
  // words of one name.
  bool PluralOwnerMark(size_t i) const {
    return i >= 1 && (IsPunct(i, "'") || IsPunct(i, "\u2019")) && IsNameWord(i - 1) && toks_[i - 1].end == toks_[i].start &&
           !toks_[i - 1].lower.empty() && toks_[i - 1].lower.back() == 's' && IsNameWord(i + 1);
  }
  bool IsSourceNoun(size_t i) const {
    return IsWord(i) && lex_.source_nouns.Has(toks_[i]);
  }

  std::optional<Found> NameBackward(size_t j, bool allow_possessive_end) const;
  std::optional<Found> GenericBackward(size_t j) const;
  std::optional<Found> SourceBackward(size_t j) const;
  std::optional<Found> NameForward(size_t i) const;
  std::optional<Found> SourceForward(size_t i, int depth) const;
  // Extends a credit ending at token `last` with the listener of a verb like
  // "told": "told Breitbart News", "dijo a EFE".
  size_t WithListener(size_t verb_first, size_t last) const;
  Credit MakeCredit(size_t first, size_t last, const Found& src) const;

  std::string_view text_;
  const Lexicon& lex_;
  std::vector<std::pair<size_t, size_t>> blocked_;
  std::vector<size_t> max_end_;
  const std::vector<Token>& toks_;
};

std::optional<Found> CreditFinder::NameBackward(size_t j, bool allow_possessive_end) const {
  size_t end = j;
  if (j >= 3 && IsAcronymParen(j - 2)) {
    j -= 3;
  } else if (IsPunct(j, ")")) {
    // A long form in parentheses: "El INE (Instituto Nacional de Estadística)".
    size_t open = j;
    while (open > 0 && j - open < 10 && (IsNameWord(open - 1) || IsConnector(open - 1))) --open;
    if (open == j || open == 0 || !IsPunct(open - 1, "(") || open - 1 == 0) return std::nullopt;
    j = open - 2;
  }
  // "el Gobierno regional": a lower-case adjective of rules' name_adjectives
  // ends the name it follows.
  if (j >= 1 && IsNameAdjective(j) && IsNameWord(j - 1)) --j;
  if (!IsNameWord(j) || (toks_[j].possessive && !allow_possessive_end)) return std::nullopt;
  size_t k = j;
  while (true) {
    if (k >= 1 && IsNameWord(k - 1) && !toks_[k - 1].possessive) {
      --k;
    } else if (k >= 2 && PluralOwnerMark(k - 1)) {
      k -= 2;
    } else if (k >= 2 && IsConnector(k - 1) && IsNameWord(k - 2) && !toks_[k - 2].possessive) {
      k -= 2;
    } else if (k >= 3 && IsConnector(k - 1) && IsConnector(k - 2) && IsNameWord(k - 3) &&
               !toks_[k - 3].possessive) {
      k -= 3;  // "Organización Mundial de la Salud"
    } else {
      break;
    }
  }
  if (k >= 1 && IsWord(k - 1) && lex_.determiners.Has(toks_[k - 1])) --k;
  Found f{k, k, end, end, SourceKind::kNamed};
  // "an analysis by X", "a report from X": the credit starts at the report.
  if (k >= 2 && IsWord(k - 1) && lex_.source_links.Has(toks_[k - 1])) {
    if (auto g = GenericBackward(k - 2)) {
      f.first = g->first;
    } else if (k >= 3 && IsWord(k - 2) && lex_.relay_participles.Has(toks_[k - 2])) {
      // "figures quoted by the Guild showed": the credit keeps that the
      // body quotes them, which the checker reads (eval50).
      if (auto q = GenericBackward(k - 3)) f.first = q->first;
    }
  }
  return f;
}

std::optional<Found> CreditFinder::GenericBackward(size_t j) const {
  if (!IsSourceNoun(j)) return std::nullopt;
  Found f{j, j, j, j, SourceKind::kGeneric};
  // Up to five words back to a determiner or a possessive owner: "the new
  // study", "CEP's annual report", "a Pew Research Center survey". Without
  // one the noun stands alone ("researchers found").
  for (size_t d = j; d-- > 0 && j - d <= 5;) {
    if (!IsWord(d)) break;
    if (lex_.determiners.Has(toks_[d]) && !toks_[d].possessive) {
      f.first = f.source_first = d;
      break;
    }
    if (toks_[d].possessive) {
      auto owner = NameBackward(d, /*allow_possessive_end=*/true);
      f.first = f.source_first = owner ? owner->first : d;
      break;
    }
  }
  return f;
}

std::optional<Found> CreditFinder::SourceBackward(size_t j) const {
  // A year that ends a document's title: "its SEND Annual Report 2025
  // shows" (trial42: the year, read as part of a title or as a figure, hid
  // the credit).
  if (j > 0 && toks_[j].lower.size() == 4 && toks_[j].lower >= "1900" && toks_[j].lower <= "2099" &&
      toks_[j].lower.find_first_not_of("0123456789") == std::string::npos && IsWord(j - 1) && !Blocked(j - 1) &&
      toks_[j - 1].cap) {
    if (auto titled = SourceBackward(j - 1)) {
      titled->last = j;
      return titled;
    }
  }
  if (IsWord(j) && lex_.pronouns.Has(toks_[j])) {
    return Found{j, j, j, j, SourceKind::kPronoun};
  }
  if (auto g = GenericBackward(j)) return g;
  if (auto nb = NameBackward(j, false)) return nb;
  // An apposition: "David Ibsen, the director of CEP, told".
  if (IsPunct(j, ",") && j >= 2) {
    for (size_t c = j - 1; c-- > 0 && j - c <= 12;) {
      if (IsPunct(c, ",")) {
        if (c == 0 || !IsWord(c + 1) || toks_[c + 1].cap) break;
        if (auto name = NameBackward(c - 1, false)) {
          // The source is the name; the apposition is kept in the credit.
          return Found{name->first, name->source_first, name->source_last, j - 1,
                       SourceKind::kNamed};
        }
        break;
      }
      if (!toks_[c].word && !IsPunct(c, "(") && !IsPunct(c, ")")) break;
    }
  }
  return std::nullopt;
}

std::optional<Found> CreditFinder::NameForward(size_t i) const {
  if (!IsNameWord(i)) return std::nullopt;
  size_t k = i;
  while (!toks_[k].possessive) {
    if (IsNameWord(k + 1)) {
      ++k;
    } else if (PluralOwnerMark(k + 1)) {
      k += 2;
    } else if (IsConnector(k + 1) && IsNameWord(k + 2)) {
      k += 2;
    } else if (IsConnector(k + 1) && IsConnector(k + 2) && IsNameWord(k + 3)) {
      k += 3;
    } else if (IsAcronymParen(k + 1)) {
      k += 3;
      break;
    } else {
      break;
    }
  }
  // "según el Gobierno regional".
  if (!toks_[k].possessive && IsNameAdjective(k + 1)) ++k;
  // "according to CEP's report".
  if (toks_[k].possessive && IsSourceNoun(k + 1)) ++k;
  return Found{i, i, k, k, SourceKind::kNamed};
}

std::optional<Found> CreditFinder::SourceForward(size_t i, int depth) const {
  size_t k = i;
  if (IsWord(k) && lex_.determiners.Has(toks_[k])) ++k;
  if (auto name = NameForward(k)) return Found{i, i, name->last, name->last, SourceKind::kNamed};
  // A body described, then named in apposition between commas: "según la
  // empresa concesionaria, BiciMove, la disponibilidad ...", "according to
  // the operator, Cyclehire, ..." (trial54: the description was all the
  // credit held, so the misattribution went unseen). The name is the source.
  for (size_t m = k; m < k + 3 && IsWord(m) && !toks_[m].cap && !lex_.speech_verbs.Has(toks_[m]); ++m) {
    if (!IsPunct(m + 1, ",") || IsSourceNoun(m)) continue;
    if (auto name = NameForward(m + 2); name && IsPunct(name->last + 1, ",")) {
      return Found{i, name->first, name->last, name->last, SourceKind::kNamed};
    }
    break;
  }
  // A generic source within three words: "the annual report", "datos".
  for (size_t m = k; m < k + 3 && IsWord(m); ++m) {
    if (IsSourceNoun(m)) {
      Found f{i, i, m, m, SourceKind::kGeneric};
      // "data from the FBI", "datos del INE".
      if (depth == 0 && IsWord(m + 1) && lex_.source_links.Has(toks_[m + 1])) {
        if (auto more = SourceForward(m + 2, 1)) {
          f.last = f.source_last = more->last;
          f.kind = more->kind;
        }
      }
      return f;
    }
    if (toks_[m].cap || lex_.speech_verbs.Has(toks_[m])) break;
  }
  return std::nullopt;
}

size_t CreditFinder::WithListener(size_t verb_first, size_t last) const {
  if (lex_.listener_verbs.MatchAt(toks_, verb_first) == 0) return last;
  size_t k = last + 1;
  if (IsWord(k) && lex_.listener_prepositions.Has(toks_[k])) ++k;
  // "told The Washington Post": a determiner may lead the listener's name.
  if (IsWord(k) && lex_.determiners.Has(toks_[k]) && IsNameWord(k + 1)) ++k;
  if (auto who = NameForward(k)) return who->last;
  return last;
}

Credit CreditFinder::MakeCredit(size_t first, size_t last, const Found& src) const {
  Credit c;
  c.start = toks_[first].start;
  c.end = toks_[last].end;
  c.source_start = toks_[src.source_first].start;
  c.source_end = toks_[src.source_last].end;
  c.kind = src.kind;
  c.first_person = lex_.first_person.Has(toks_[src.source_first]) ||
                   lex_.first_person.Has(toks_[first]);
  c.text = std::string(text_.substr(c.start, c.end - c.start));
  c.source = std::string(text_.substr(c.source_start, c.source_end - c.source_start));
  if (src.kind == SourceKind::kNamed) {
    bool determiner = lex_.determiners.Has(toks_[src.source_first]);
    bool all_caps = true;
    for (size_t i = src.source_first; i <= src.source_last; ++i) {
      if (toks_[i].word && toks_[i].cap && !toks_[i].all_caps) all_caps = false;
    }
    c.person_like = !determiner && !all_caps;
  }
  return c;
}

// "Brackenford General Hospital reported 301, Lowmoor Hospital 247,
// Harcastle District Hospital 198 and Wendlow Community Hospital 150": the
// verb is said once and each later name stands for its own figure. From
// token i (right after a named source's verb), while a figure follows (with
// a few lower-case words of its own) and then a comma or a clause break (rules time.yaml clause_breaks: "and",
// "y") and a name right before the next figure, each name is that figure's
// credit (eval27: Lowmoor's 247 was read as Brackenford's). Returns the
// last token read.
size_t CreditFinder::Gapped(size_t i, std::vector<Credit>* out) const {
  size_t last = i - 1;
  while (i < n() && Blocked(i)) {
    size_t t = i;
    while (t < n() && Blocked(t)) ++t;  // past the figure
    // Past the figure's own words ("247 delayed patients on an average day
    // and Harcastle District Hospital 198"), lower-case, to the separator.
    for (size_t w = 0; w < 8 && IsWord(t) && !toks_[t].cap && !lex_.clause_breaks.Has(toks_[t]); ++w) ++t;
    if (t < n() && IsPunct(t, ",")) ++t;
    if (t < n() && IsWord(t) && !toks_[t].cap && lex_.clause_breaks.Has(toks_[t])) ++t;
    const size_t from = t;
    if (IsWord(t) && !toks_[t].cap && lex_.determiners.Has(toks_[t])) ++t;  // "el Hospital Sur 247"
    size_t k = t;  // the name runs from t up to the next figure
    while (k < n() && !Blocked(k) && (IsNameWord(k) || IsConnector(k)) && k - t < 8) ++k;
    if (k == t || k >= n() || !Blocked(k) || !IsNameWord(k - 1)) break;
    const std::optional<Found> name = NameBackward(k - 1, false);
    if (!name || name->first < from) break;
    out->push_back(MakeCredit(name->first, name->last, *name));
    last = k - 1;
    i = k;
  }
  return last;
}

std::vector<Credit> CreditFinder::Run() {
  std::vector<Credit> out;
  for (size_t i = 0; i < n(); ++i) {
    if (!toks_[i].word) continue;
    if (size_t len = lex_.source_cues.MatchAt(toks_, i)) {
      if (auto src = SourceForward(i + len, 0)) {
        out.push_back(MakeCredit(i, src->last, *src));
        i = src->last;
        continue;
      }
    }
    size_t len = lex_.speech_verbs.MatchAt(toks_, i);
    // A capital inside the sentence makes it a name: "the United States".
    if (len == 0 || (i > 0 && toks_[i].cap)) continue;
    size_t verb_last = i + len - 1;
    // A reporting word right before a list label's colon and its figure,
    // or before a plural verb it agrees with, is a plural noun: "Total
    // claims: 48,700" (eval35 credited "Total"), "Traffic counts rose";
    // "CEP reported: ..." introduces what it reported. (The speaker reader,
    // frame/speaker.cc, reads the colon rule on its own words.)
    if (verb_last + 1 < n() &&
        ((IsPunct(verb_last + 1, ":") && verb_last + 2 < n() && Blocked(verb_last + 2)) ||
         (toks_[verb_last].lower.back() == 's' && IsWord(verb_last + 1) && !Blocked(verb_last + 1) &&
          PluralVerb(toks_[verb_last + 1].lower)))) {
      continue;
    }
    // Step back over "has", "also", "previously"...: "CEP has also found".
    size_t j = i;
    while (j > 0) {
      size_t aux = lex_.auxiliaries.MatchEndingAt(toks_, j - 1);
      if (aux == 0) break;
      j -= aux;
    }
    std::optional<Found> src;
    if (j > 0) src = SourceBackward(j - 1);
    if (src) {
      size_t last = WithListener(i, verb_last);
      out.push_back(MakeCredit(src->first, last, *src));
      i = last;
      if (src->kind == SourceKind::kNamed) i = Gapped(last + 1, &out);
      continue;
    }
    // The source after the verb, after a comma, a quote or at the start:
    // "..., said Ibsen", "..., informó el INE".
    bool inverted = j == 0 || IsPunct(j - 1, ",") || IsCloseQuote(toks_[j - 1].lower) ||
                    IsPunct(j - 1, "\u2014");
    if (!inverted) continue;
    if (auto after = SourceForward(verb_last + 1, 0)) {
      size_t last = WithListener(i, after->last);
      Found s = *after;
      out.push_back(MakeCredit(i, last, s));
      i = last;
    }
  }
  return out;
}

}  // namespace

std::vector<Credit> FindCredits(std::string_view sentence, const std::vector<Token>& toks,
                                const Lexicon& lex,
                                const std::vector<std::pair<size_t, size_t>>& blocked) {
  return CreditFinder(sentence, toks, lex, blocked).Run();
}

}  // namespace claimcheck::attach
