#include "extract/frame/subgroup.h"

#include <cctype>

#include "extract/frame/words.h"

namespace claimcheck::frame {
namespace {

bool In(const std::set<std::string>* set, const std::string& w) { return set && set->count(w) > 0; }

bool HasDigit(const std::string& w) {
  for (unsigned char c : w) {
    if (std::isdigit(c)) return true;
  }
  return false;
}

// A plural noun: English by WordNet's base form ("barges" -> "barge"),
// Spanish by its "-s" (a stop such as "ellos" is left out by the caller).
bool Plural(const std::string& lang, const std::string& w) {
  if (w.size() < 3 || w.back() != 's') return false;
  if (lang == "en") return NounBase(lang, w) != w;
  return true;
}

bool Verb(const std::string& lang, const Word& w, const SubgroupWords& sw) {
  if (In(sw.links, w.lower)) return true;
  if (lang != "en") return false;
  const uint8_t c = WordClasses(lang, w.lower);
  if ((c & kVerb) && !(c & kNoun) && !(c & kAdj)) return true;
  // A past form WordNet lists as an adjective too ("stayed", "waited").
  return w.lower.size() > 4 && w.lower.compare(w.lower.size() - 2, 2, "ed") == 0 && !(c & kNoun);
}

}  // namespace

Subgroup SubgroupOf(const std::string& lang, std::string_view sentence, size_t figure_at, const SubgroupWords& sw) {
  Subgroup out;
  const std::vector<Word> words = SentenceWords(lang, sentence, {});
  size_t fi = 0;
  while (fi < words.size() && words[fi].start < figure_at) ++fi;
  // The figure's clause opens the sentence or follows a colon or a
  // semicolon ("Older animals wait longer: dogs over eight ...").
  size_t cs = 0;
  for (size_t i = 0; i < fi; ++i) {
    if (!words[i].word && (words[i].lower == ":" || words[i].lower == ";")) cs = i + 1;
  }
  if (cs >= fi) return out;
  auto phrase_text = [&](size_t from, size_t to) {  // words [from, to)
    return std::string(sentence.substr(words[from].start, words[to - 1].end - words[from].start));
  };
  // A fronted group up to its comma: "Among X, ...", "Entre los X, que ...,".
  if (words[cs].word && In(sw.opens, words[cs].lower)) {
    size_t comma = cs + 1;
    while (comma < fi && !(!words[comma].word && words[comma].lower == ",")) ++comma;
    if (comma >= fi || comma == cs + 1) return out;
    bool plural = false;
    std::vector<std::string> narrow;
    for (size_t i = cs + 1; i < comma; ++i) {
      const Word& w = words[i];
      if (!w.word) return out;
      // A name ("Among Scottish firms", "En Madrid"), a number or a time is
      // a place, a count or a span, which the frame's place and period say.
      if (w.cap || w.all_caps || HasDigit(w.lower) || In(sw.not_group, w.lower)) return out;
      if (In(sw.stops, w.lower)) continue;
      plural = plural || Plural(lang, w.lower);
      narrow.push_back(w.lower);
    }
    if (!plural || narrow.empty()) return out;
    out.phrase = phrase_text(cs + 1, comma);
    out.words = std::move(narrow);
    return out;
  }
  // The clause's opening subject, in a head-final language: "Electric and
  // hybrid barges were ...", "dogs over eight years old stayed ...".
  if (lang != "en") return out;
  size_t first = cs;
  while (first < fi && words[first].word && In(sw.stops, words[first].lower)) ++first;  // "The"
  size_t v = first;
  while (v < fi && words[v].word && !Verb(lang, words[v], sw)) ++v;
  if (v >= fi || !words[v].word || v < first + 2 || v > first + 6) return out;
  size_t head = v - 1, age = v;  // age: where a phrase after the head opens
  for (size_t i = first + 1; i < v; ++i) {
    if (In(sw.after_head, words[i].lower)) {
      head = i - 1, age = i;
      break;
    }
  }
  std::vector<std::string> narrow;
  for (size_t i = first; i < v; ++i) {
    const Word& w = words[i];
    // (A time after the head is an age: "over eight years old".)
    if ((w.cap && i != cs) || w.all_caps || w.possessive || (i < age && In(sw.not_group, w.lower))) return out;
    if (HasDigit(w.lower) && i < age) return out;  // "The 289 electric boats": a count, not a group
    if (i == head || i == age || In(sw.stops, w.lower)) continue;
    narrow.push_back(w.lower);
  }
  if (narrow.empty() || !Plural(lang, words[head].lower)) return out;
  out.phrase = phrase_text(first, v);
  for (char& c : out.phrase) c = (c >= 'A' && c <= 'Z' && &c == &out.phrase[0]) ? static_cast<char>(c - 'A' + 'a') : c;
  out.words = std::move(narrow);
  return out;
}

}  // namespace claimcheck::frame
