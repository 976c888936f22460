// Aliases defined by the text itself: "the Counter Extremism Project (CEP)".
#include "extract/attach/context.h"
#include "extract/attach/tokens.h"

namespace claimcheck::attach {
namespace {

// The first letter of a word, upper-cased (ASCII; other letters as written).
char Initial(const Token& t, std::string_view text) {
  char c = text[t.start];
  return (c >= 'a' && c <= 'z') ? static_cast<char>(c - 32) : c;
}

// Letters of an acronym, ASCII upper case only ("CEP", "OMS"); empty when the
// word has anything else (digits, dots), which we do not try to expand.
std::string AcronymLetters(const Token& t, std::string_view text) {
  std::string out;
  for (size_t i = t.start; i < t.end; ++i) {
    char c = text[i];
    if (c < 'A' || c > 'Z') return "";
    out += c;
  }
  return out.size() >= 2 && out.size() <= 10 ? out : "";
}

// Name words ending at token `last` whose initials spell `letters`, allowing
// connectors ("of", "de la") between them; a connector may also give its
// own letter ("Servicio Español para la Internacionalización de la
// Educación (SEPIE)": the P is "para"; trial32). Returns the first token or
// -1. The search tries a connector's letter before passing over it: names
// are a few words long, so the branching stays small.
long MatchFrom(const std::vector<Token>& toks, std::string_view text, long i, long k, long last,
               const std::string& letters, const Lexicon& lex) {
  if (i < 0) return -1;
  const Token& t = toks[i];
  if (!t.word) return -1;
  const bool connector = lex.name_connectors.Has(t) && !t.cap && i < last;
  if (Initial(t, text) == letters[k] && (t.cap || connector)) {
    if (k == 0) {
      if (t.cap) return i;  // a name opens with a capitalised word
    } else if (long first = MatchFrom(toks, text, i - 1, k - 1, last, letters, lex); first >= 0) {
      return first;
    }
  }
  if (connector) return MatchFrom(toks, text, i - 1, k, last, letters, lex);
  return -1;
}

long MatchInitials(const std::vector<Token>& toks, std::string_view text, long last,
                   const std::string& letters, const Lexicon& lex) {
  return MatchFrom(toks, text, last, static_cast<long>(letters.size()) - 1, last, letters, lex);
}

std::string Slice(std::string_view text, const Token& a, const Token& b) {
  return std::string(text.substr(a.start, b.end - a.start));
}

}  // namespace

std::vector<Alias> LearnAliases(std::string_view text, const std::vector<Token>& toks,
                                const Lexicon& lex) {
  std::vector<Alias> out;
  // Both forms need a parenthesis; most sentences have none.
  if (text.find('(') == std::string_view::npos) return out;
  for (size_t i = 1; i + 1 < toks.size(); ++i) {
    if (toks[i - 1].word || text.substr(toks[i - 1].start, 1) != "(") continue;
    // Long form, then the short one in parentheses.
    if (i + 1 < toks.size() && toks[i].word && !toks[i + 1].word &&
        text.substr(toks[i + 1].start, 1) == ")" && i >= 2) {
      std::string letters = AcronymLetters(toks[i], text);
      if (!letters.empty()) {
        long first = MatchInitials(toks, text, static_cast<long>(i) - 2, letters, lex);
        if (first >= 0) {
          out.push_back(Alias{letters, Slice(text, toks[first], toks[i - 2]), "learned"});
          continue;
        }
      }
    }
    // A short form that keeps the name's first word and ends in the
    // initials of its last words: "Northshire County Football Association
    // (Northshire FA)", "Consejo Regional de Deportes (Regional CD)"
    // (trial53: coverage crediting "the Northshire FA" was told the figure
    // came from another body). Two or three words, the last an acronym.
    if (i >= 2) {
      size_t close = i;
      while (close < toks.size() && toks[close].word && close - i < 3) ++close;
      const size_t words = close - i;
      if (words >= 2 && close < toks.size() && text.substr(toks[close].start, 1) == ")") {
        const std::string letters = AcronymLetters(toks[close - 1], text);
        bool caps = !letters.empty();
        for (size_t w = i; w + 1 < close && caps; ++w) caps = toks[w].cap && AcronymLetters(toks[w], text).empty();
        const long acr = caps ? MatchInitials(toks, text, static_cast<long>(i) - 2, letters, lex) : -1;
        // The short form's other words open the long form, a few words
        // before the initials' run.
        long first = -1;
        for (long j = acr - 1; acr > 0 && j >= 0 && j >= acr - 4 && toks[j].word; --j) {
          bool same = j + static_cast<long>(words - 1) <= acr;
          for (size_t w = 0; same && w + 1 < words; ++w) {
            const Token& a = toks[static_cast<size_t>(j) + w];
            const Token& b = toks[i + w];
            same = text.substr(a.start, a.end - a.start) == text.substr(b.start, b.end - b.start);
          }
          if (same) {
            first = j;
            break;
          }
        }
        if (first >= 0) {
          out.push_back(Alias{Slice(text, toks[i], toks[close - 1]), Slice(text, toks[first], toks[i - 2]), "learned"});
          continue;
        }
      }
    }
    // The short form, then the long one in parentheses: "CEP (Counter Extremism Project)".
    if (i >= 2 && toks[i - 2].word) {
      std::string letters = AcronymLetters(toks[i - 2], text);
      size_t close = i;
      while (close < toks.size() && toks[close].word) ++close;
      if (!letters.empty() && close < toks.size() && close > i &&
          text.substr(toks[close].start, 1) == ")") {
        long first = MatchInitials(toks, text, static_cast<long>(close) - 1, letters, lex);
        if (first == static_cast<long>(i)) {
          out.push_back(Alias{letters, Slice(text, toks[i], toks[close - 1]), "learned"});
        }
      }
    }
  }
  return out;
}

}  // namespace claimcheck::attach
