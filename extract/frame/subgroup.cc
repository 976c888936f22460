#include "extract/frame/subgroup.h"

#include <cctype>

#include "extract/frame/words.h"

namespace claimcheck::frame {
namespace {

bool In(const std::set<std::string>* set, const std::string& w) { return set && set->count(w) > 0; }

// The most tokens a fronted group's phrase holds with its opening word:
// "For fast-track claims worth more than £10,000," is eight.
constexpr size_t kMaxFronted = 10;

// A comma inside a written number ("£10,000"), not a clause's.
bool InNumber(const std::vector<Word>& words, size_t i) {
  return i > 0 && i + 1 < words.size() && words[i - 1].end == words[i].start && words[i + 1].start == words[i].end &&
         !words[i - 1].lower.empty() && std::isdigit(static_cast<unsigned char>(words[i - 1].lower.back())) &&
         !words[i + 1].lower.empty() && std::isdigit(static_cast<unsigned char>(words[i + 1].lower.front()));
}

bool HasDigit(const std::string& w) {
  for (unsigned char c : w) {
    if (std::isdigit(c)) return true;
  }
  return false;
}

// A plural noun: English by WordNet's base form ("barges" -> "barge"),
// Spanish by its "-s" (a stop such as "ellos" is left out by the caller).
// (English irregular plurals too: "women", "men", "children", "people".)
bool Plural(const std::string& lang, const std::string& w) {
  if (w.size() < 3) return false;
  if (lang == "en") return NounBase(lang, w) != w;
  return w.back() == 's';
}

bool Verb(const std::string& lang, const Word& w, const SubgroupWords& sw) {
  if (In(sw.links, w.lower)) return true;
  if (lang != "en") return false;
  const uint8_t c = WordClasses(lang, w.lower);
  if ((c & kVerb) && !(c & kNoun) && !(c & kAdj)) return true;
  // A past form WordNet lists as an adjective too ("stayed", "waited").
  return w.lower.size() > 4 && w.lower.compare(w.lower.size() - 2, 2, "ed") == 0 && !(c & kNoun);
}

// Word i is a comparative ("higher", "lowest", "worse"; "mayor", "menor",
// or an adjective after "más"/"menos"): what follows sets a group against
// the rest.
bool Comparative(const std::string& lang, const std::vector<Word>& words, size_t i) {
  if (i >= words.size() || !words[i].word) return false;
  const std::string& w = words[i].lower;
  if (lang == "en") {
    if (w == "more" || w == "less" || w == "worse" || w == "better" || w == "most" || w == "least") return true;
    const bool ending = (w.size() > 4 && w.compare(w.size() - 2, 2, "er") == 0) ||
                        (w.size() > 5 && w.compare(w.size() - 3, 3, "est") == 0);
    return ending && (WordClasses(lang, w) & kAdj);
  }
  if (w == "mayor" || w == "menor" || w == "mayores" || w == "menores" || w == "peor" || w == "mejor") return true;
  return i > 0 && words[i - 1].word && (words[i - 1].lower == "m\xC3\xA1s" || words[i - 1].lower == "menos");
}

// The most words a part's own words after its number hold: "of whom 318
// were full-time craftspeople at the Kelsford yards" is five past the link.
constexpr size_t kMaxPartWords = 6;

// A part set after its whole's count by a partitive (SubgroupWords::
// partitives) right before the figure at word `fi`: its group is its own
// words after the figure to the clause's end, less function words and link
// verbs ("were full-time craftspeople" -> "full-time craftspeople";
// "trabajaban a tiempo completo" -> "trabajaban tiempo completo"). The next
// part joined by "and" ("and 128 part time") or a comma ends it.
Subgroup PartAfterWhole(std::string_view sentence, const std::vector<Word>& words, size_t fi, size_t figure_end,
                        const SubgroupWords& sw) {
  Subgroup out;
  if (sw.partitives == nullptr || sw.partitives->empty() || fi >= words.size()) return out;
  size_t opens = fi;
  for (size_t n = 2; n <= 3 && n <= fi && opens == fi; ++n) {
    std::string p;
    for (size_t i = fi - n; i < fi; ++i) {
      if (!words[i].word) {
        p.clear();
        break;
      }
      p += (p.empty() ? "" : " ") + words[i].lower;
    }
    if (!p.empty() && In(sw.partitives, p)) opens = fi - n;
  }
  if (opens == fi) return out;
  size_t j = fi;
  const size_t end = figure_end == std::string_view::npos ? words[fi].end : figure_end;
  while (j < words.size() && words[j].start < end) ++j;
  std::vector<std::string> narrow;
  size_t first = words.size();  // the first word kept: the phrase opens there ("full-time craftspeople")
  for (; j < words.size() && narrow.size() < kMaxPartWords; ++j) {
    const Word& w = words[j];
    // A hyphen inside a compound ("full-time") joins its words.
    const bool hyphen = !w.word && w.lower == "-" && !narrow.empty() && j + 1 < words.size() &&
                        words[j - 1].end == w.start && words[j + 1].start == w.end;
    if (hyphen) continue;
    if (!w.word || HasDigit(w.lower) || In(sw.part_ends, w.lower)) break;
    if (In(sw.stops, w.lower) || In(sw.links, w.lower)) continue;
    if (narrow.empty()) first = j;
    narrow.push_back(w.lower);
  }
  if (narrow.empty()) return out;
  out.phrase = std::string(sentence.substr(words[first].start, words[j - 1].end - words[first].start));
  out.words = std::move(narrow);
  out.clause_at = words[opens].start;
  out.partitive = true;
  return out;
}

}  // namespace

Subgroup SubgroupOf(const std::string& lang, std::string_view sentence, size_t figure_at, const SubgroupWords& sw,
                    size_t figure_end) {
  Subgroup out;
  const std::vector<Word> words = SentenceWords(lang, sentence, {});
  size_t fi = 0;
  while (fi < words.size() && words[fi].start < figure_at) ++fi;
  if (Subgroup part = PartAfterWhole(sentence, words, fi, figure_end, sw); !part.empty()) return part;
  // The figure's clause opens the sentence or follows a colon or a
  // semicolon ("Older animals wait longer: dogs over eight ..."), or a
  // comma and a word that joins clauses ("Malt prices were broadly flat,
  // while the average price paid for hops rose by 8%": no malt figure;
  // eval36).
  size_t cs = 0;
  for (size_t i = 0; i < fi; ++i) {
    if (!words[i].word && (words[i].lower == ":" || words[i].lower == ";")) cs = i + 1;
    if (!words[i].word && words[i].lower == "," && !InNumber(words, i) && i + 2 < fi && words[i + 1].word &&
        In(sw.clause_joins, words[i + 1].lower)) {
      cs = i + 2;
    }
  }
  if (cs >= fi) return out;
  auto phrase_text = [&](size_t from, size_t to) {  // words [from, to)
    return std::string(sentence.substr(words[from].start, words[to - 1].end - words[from].start));
  };
  // A fronted group up to its comma: "Among X, ...", "Entre los X, que ...,".
  if (words[cs].word && In(sw.opens, words[cs].lower)) {
    size_t comma = cs + 1;
    while (comma < fi && !(!words[comma].word && words[comma].lower == "," && !InNumber(words, comma))) ++comma;
    if (comma >= fi || comma == cs + 1) return out;
    // A phrase, not a clause: a fronted group no comma closes soon ("In
    // rural districts the average distance ... rose to 4.7 km in 2025 from
    // 3.9 km in 2023, an increase of 0.8 km") is the sentence's own subject
    // and verb, whose later figure is no group's.
    if (comma - cs > kMaxFronted) return out;
    std::vector<std::string> narrow;
    int head = -1;  // the first plural noun: the group's head
    for (size_t i = cs + 1; i < comma; ++i) {
      const Word& w = words[i];
      // A name ("Among Scottish firms", "En Madrid") is a place, which the
      // frame's place says.
      if (w.word && (w.cap || w.all_caps)) return out;
      // A number, a time or a sign before the head is a span or a count ("In
      // 2025,", "In recent years,"); after it, an age or a threshold that
      // narrows the head ("claimants worth more than £10,000", "abonados
      // menores de 25 años").
      if (!w.word || HasDigit(w.lower) || In(sw.not_group, w.lower)) {
        if (head >= 0) continue;
        return out;
      }
      if (In(sw.stops, w.lower)) continue;
      if (head < 0 && Plural(lang, w.lower)) head = static_cast<int>(narrow.size());
      narrow.push_back(w.lower);
    }
    if (head < 0) return out;
    // The head alone is the whole's noun when other words narrow it: an
    // article that says "abonados" or "claims" keeps no group by that word.
    if (narrow.size() > 1) narrow.erase(narrow.begin() + head);
    out.phrase = phrase_text(cs + 1, comma);
    out.words = std::move(narrow);
    out.clause_at = words[cs].start;
    return out;
  }
  // A group set against the rest inside the clause, before the figure: "The
  // NEET rate remains much higher among care leavers, at 34%", "es más alta
  // entre los menores de 25 años, del 41 %" (a comparative right before the
  // opening word; trial40: the care leavers' 34% passed as everyone's).
  // The phrase runs up to the figure, a comma and a preposition at most
  // between ("among care leavers in the region, at 34%"): the group of
  // another figure before it is that figure's ("higher among part-time
  // entrants (31.2%) and among mature entrants (13.6%)").
  for (size_t i = fi; i-- > cs + 1;) {
    if (!words[i].word || !In(sw.opens, words[i].lower) || !Comparative(lang, words, i - 1)) continue;
    std::vector<std::string> narrow;
    int head = -1;
    size_t j = i + 1;
    bool ok = true;
    for (; j < fi && words[j].word && ok; ++j) {
      const Word& w = words[j];
      if (w.cap || w.all_caps || In(sw.not_group, w.lower)) ok = false;
      if (!ok || In(sw.stops, w.lower)) continue;
      if (HasDigit(w.lower)) {
        ok = head >= 0;  // an age after the head: "menores de 25 años"
        continue;
      }
      if (head < 0 && Plural(lang, w.lower)) head = static_cast<int>(narrow.size());
      narrow.push_back(w.lower);
    }
    size_t gap = 0;  // words between the phrase and the figure
    for (size_t x = j; x < fi; ++x) gap += words[x].word ? 1 : 0;
    if (!ok || head < 0 || narrow.size() < 2 || gap > 1) break;
    narrow.erase(narrow.begin() + head);
    out.phrase = phrase_text(i + 1, j);
    out.words = std::move(narrow);
    out.clause_at = words[i].start;
    return out;
  }
  // The clause's opening subject, in a head-final language: "Electric and
  // hybrid barges were ...", "dogs over eight years old stayed ...".
  if (lang != "en" || !sw.subject_form) return out;
  // A clause a subordinator or a pronoun opens ("after late returns from two
  // wharf operators were corrected, ...", "We estimate that ...") has no
  // group for its subject; nor does one a preposition opens ("With the late
  // returns included, the number of strays ... was 5.0% higher": a
  // circumstance, read as the late returns' figure in eval38).
  if (In(sw.not_group, words[cs].lower) || In(sw.after_head, words[cs].lower)) return out;
  size_t first = cs;
  while (first < fi && words[first].word && In(sw.stops, words[first].lower)) ++first;  // "The"
  size_t v = first;
  while (v < fi && words[v].word && !Verb(lang, words[v], sw)) ++v;
  if (v >= fi || !words[v].word || v < first + 2 || v > first + 6) return out;
  // A share's verb ("Electric bikes accounted for 41% of all trips"): the
  // subject is the part counted, not a group the figure is restricted to.
  if (In(sw.not_group, words[v].lower)) return out;
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
  out.clause_at = words[cs].start;
  return out;
}

Subgroup TrailingSubgroupOf(const std::string& lang, std::string_view sentence, size_t figure_end, const SubgroupWords& sw) {
  Subgroup out;
  const std::vector<Word> words = SentenceWords(lang, sentence, {});
  size_t i = 0;
  while (i < words.size() && words[i].start < figure_end) ++i;
  if (i >= words.size() || !words[i].word || !In(sw.opens, words[i].lower)) return out;
  const size_t open = i;
  std::vector<std::string> narrow;
  int head = -1;
  for (++i; i < words.size(); ++i) {
    const Word& w = words[i];
    if (!w.word) break;  // the clause ends: "..., compared with 5.1% in urban districts."
    // The next item of a list: "10.9% for young women and 12.6% for young men".
    if (HasDigit(w.lower) && head >= 0) break;
    if (w.cap || w.all_caps || HasDigit(w.lower) || In(sw.not_group, w.lower)) return out;
    if (In(sw.stops, w.lower)) continue;
    if (head < 0 && Plural(lang, w.lower)) head = static_cast<int>(narrow.size());
    narrow.push_back(w.lower);
  }
  if (head < 0 || narrow.size() < 2) return out;  // "in schools" names no narrower group
  narrow.erase(narrow.begin() + head);
  out.phrase = std::string(sentence.substr(words[open + 1].start, words[i - 1].end - words[open + 1].start));
  out.words = std::move(narrow);
  out.clause_at = words[open].start;
  return out;
}

}  // namespace claimcheck::frame
