// Words of a sentence with Snowball stems and WordNet word classes.
#include "extract/frame/words.h"

#include <libstemmer.h>
#include <wn.h>

#include <algorithm>
#include <cstring>
#include <string_view>
#include <utility>
#include <initializer_list>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <unordered_map>

#include "extract/attach/tokens.h"
#include "extract/frame/wordnet_index.h"

namespace claimcheck::frame {
namespace {

struct StemmerDeleter {
  void operator()(sb_stemmer* s) const { sb_stemmer_delete(s); }
};

const char* SnowballName(const std::string& lang) {
  if (lang == "es") return "spanish";
  if (lang == "en") return "english";
  return nullptr;
}

// WordNet keeps its open files and search buffers in globals: one mutex
// serialises every call, and a cache keeps the lock short for words seen
// before.
struct WordNet {
  std::mutex mu;
  bool tried = false;
  bool ok = false;
  std::unordered_map<std::string, uint8_t> classes;
  std::unordered_map<std::string, std::string> bases;
  std::unordered_map<std::string, std::vector<std::string>> synonyms;
  std::unordered_map<std::string, std::string> lexfile;

  bool Ready() {  // with mu held
    if (!tried) {
      tried = true;
      ok = wninit() == 0;
    }
    return ok;
  }
};

WordNet& Wn() {
  static WordNet* wn = new WordNet();  // never destroyed: used until exit
  return *wn;
}

// WordNet wants a writable C string of bounded length.
bool CopyWord(const std::string& w, char* buf, size_t n) {
  if (w.empty() || w.size() + 1 > n) return false;
  for (char c : w) {
    if (c == ' ') return false;
  }
  std::copy(w.begin(), w.end(), buf);
  buf[w.size()] = 0;
  return true;
}

std::string StemUncached(const char* name, const std::string& lang, std::string_view folded);

}  // namespace

bool NumberLike(std::string_view w) {
  if (w.empty()) return false;
  for (char c : w) {
    if (!((c >= '0' && c <= '9') || c == '.' || c == ',' || c == '-')) return false;
  }
  return true;
}

std::string Stem(const std::string& lang, std::string_view folded) {
  const char* name = SnowballName(lang);
  if (name == nullptr) return std::string(folded);
  // A number is its own stem (see NumberLike): no Snowball call and no
  // cache entry, for a text's numbers are mostly distinct and would push
  // its words out of the cache.
  if (NumberLike(folded)) return std::string(folded);
  // News vocabulary repeats: a per-thread cache answers most words without
  // running Snowball (bounded: cleared when it grows past kMaxCached).
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view v) const { return std::hash<std::string_view>()(v); }
  };
  constexpr size_t kMaxCached = 1 << 16;
  thread_local std::unordered_map<std::string, std::string, Hash, std::equal_to<>> cache[2];
  auto& c = cache[lang == "es" ? 1 : 0];
  auto hit = c.find(folded);
  if (hit != c.end()) return hit->second;
  if (c.size() >= kMaxCached) c.clear();
  std::string stem = StemUncached(name, lang, folded);
  // Snowball strips the derivational -ive/-ivo/-iva with the inflections, so
  // "objective" and "objects" share the stem "object", "objetivo" and
  // "objetos" the stem "objet": the target cue "objective"/"objetivo" made
  // every count of objects a target (trial21: "500 objetos recogidos"). The
  // derived word keeps its "iv" ("objectiv", "objetiv"), which its own
  // inflections and adverbs share ("objectives", "objetivamente").
  if (folded.size() > stem.size() + 2 && folded.compare(0, stem.size(), stem) == 0 &&
      folded.compare(stem.size(), 2, "iv") == 0) {
    stem += "iv";
  }
  c.emplace(std::string(folded), stem);
  return stem;
}

namespace {
std::string StemUncached(const char* name, const std::string& lang, std::string_view folded) {
  thread_local std::map<std::string, std::unique_ptr<sb_stemmer, StemmerDeleter>> stemmers;
  auto& s = stemmers[lang];
  if (!s) s.reset(sb_stemmer_new(name, nullptr));
  if (!s) return std::string(folded);
  const sb_symbol* out = sb_stemmer_stem(s.get(), reinterpret_cast<const sb_symbol*>(folded.data()),
                                         static_cast<int>(folded.size()));
  if (out == nullptr) return std::string(folded);
  return std::string(reinterpret_cast<const char*>(out), sb_stemmer_length(s.get()));
}
}  // namespace

std::vector<std::string> StemPhrase(const std::string& lang, std::string_view phrase) {
  std::vector<std::string> out;
  for (const attach::Token& t : attach::Tokenize(phrase)) {
    if (t.word) {
      out.push_back(Stem(lang, t.lower));
    } else {
      out.push_back(std::string(phrase.substr(t.start, t.end - t.start)));
    }
  }
  return out;
}

namespace {

bool EndsWithAny(const std::string& w, std::initializer_list<const char*> sufs) {
  for (const char* suf : sufs) {
    size_t n = std::strlen(suf);
    if (w.size() > n && w.compare(w.size() - n, n, suf) == 0) return true;
  }
  return false;
}

// The word classes from what WordNet lists and what its morphology makes of
// the word; `listed` gives the in_wn bits, `morph(pos)` morphstr's answer
// (nullopt for none). Shared by the in-memory index and the library route
// so both answer alike.
template <typename Listed, typename MorphFn>
uint8_t ClassesOf(const std::string& folded, Listed listed, MorphFn morph) {
  uint8_t c = 0;
  const unsigned bits = listed(folded);
  static const std::pair<int, uint8_t> kPos[] = {
      {NOUN, kNoun}, {VERB, kVerb}, {ADJ, kAdj}, {ADV, kAdv}, {SATELLITE, kAdj}};
  for (auto [pos, cls] : kPos) {
    if (bits & (1u << pos)) c |= cls;
  }
  // Inflected forms: "households", "evicted", "grew": asked only when the
  // word is no base form of any class, or ends like an inflection of the
  // class it is asked for.
  const bool unknown = bits == 0;
  const bool ask[3] = {unknown || (!(c & kNoun) && EndsWithAny(folded, {"s", "men"})),
                       unknown || (!(c & kVerb) && EndsWithAny(folded, {"s", "ed", "ing"})),
                       unknown || (!(c & kAdj) && EndsWithAny(folded, {"er", "est"}))};
  const int pos_of[3] = {NOUN, VERB, ADJ};
  for (int p = 0; p < 3; ++p) {
    if (!ask[p]) continue;
    std::optional<std::string> m = morph(pos_of[p]);
    if (m && *m != folded) c |= pos_of[p] == NOUN ? kNoun : pos_of[p] == VERB ? kVerb : kAdj;
  }
  if (c != 0) c |= kKnown;
  return c;
}

// Only a word WordNet does not list as a noun, or one ending like a plural,
// may have another base form ("households", "women", "children"; "data"
// stays).
bool KeepsNounForm(const std::string& folded, unsigned listed_bits) {
  return (listed_bits & (1u << NOUN)) && folded.back() != 's' &&
         !(folded.size() >= 3 && folded.compare(folded.size() - 3, 3, "men") == 0);
}

// Words the in-memory index does not answer like the library: multi-part
// words, whose morphology the library builds part by part.
bool LibraryOnly(const std::string& folded) {
  return folded.find_first_of("-_ ") != std::string::npos;
}

}  // namespace

uint8_t LibraryWordClasses(const std::string& folded) {
  WordNet& wn = Wn();
  std::lock_guard<std::mutex> lock(wn.mu);
  auto it = wn.classes.find(folded);
  if (it != wn.classes.end()) return it->second;
  uint8_t c = 0;
  char buf[128];
  if (wn.Ready() && CopyWord(folded, buf, sizeof buf)) {
    c = ClassesOf(
        folded, [&](const std::string&) { return in_wn(buf, ALL_POS); },
        [&](int pos) -> std::optional<std::string> {
          CopyWord(folded, buf, sizeof buf);
          const char* m = morphstr(buf, pos);
          CopyWord(folded, buf, sizeof buf);
          if (m == nullptr) return std::nullopt;
          return std::string(m);
        });
  }
  wn.classes.emplace(folded, c);
  return c;
}

std::string LibraryNounBase(const std::string& folded) {
  WordNet& wn = Wn();
  std::lock_guard<std::mutex> lock(wn.mu);
  auto it = wn.bases.find(folded);
  if (it != wn.bases.end()) return it->second;
  std::string base = folded;
  char buf[128];
  if (wn.Ready() && CopyWord(folded, buf, sizeof buf) &&
      !KeepsNounForm(folded, in_wn(buf, NOUN))) {
    CopyWord(folded, buf, sizeof buf);
    const char* m = morphstr(buf, NOUN);
    if (m != nullptr) base = m;
  }
  wn.bases.emplace(folded, base);
  return base;
}

namespace {

// A per-thread answer cache: news vocabulary repeats, and an index lookup
// is a few binary searches. Bounded: cleared when it grows past kMaxCached.
template <typename V>
struct WordCache {
  static constexpr size_t kMaxCached = 1 << 16;
  std::unordered_map<std::string, V> map;
  const V* Find(const std::string& w) const {
    auto it = map.find(w);
    return it == map.end() ? nullptr : &it->second;
  }
  const V& Put(const std::string& w, V v) {
    if (map.size() >= kMaxCached) map.clear();
    return map.emplace(w, std::move(v)).first->second;
  }
};

}  // namespace

uint8_t WordClasses(const std::string& lang, const std::string& folded) {
  if (lang != "en") return 0;
  const WordNetIndex* idx = WordNetIndex::Get();
  if (idx == nullptr || LibraryOnly(folded)) return LibraryWordClasses(folded);
  if (folded.empty() || folded.size() + 1 > 128) return 0;  // as the library route
  thread_local WordCache<uint8_t> cache;
  if (const uint8_t* c = cache.Find(folded)) return *c;
  return cache.Put(folded, ClassesOf(
                               folded, [&](const std::string& w) { return idx->Listed(w); },
                               [&](int pos) { return idx->Morph(folded, pos); }));
}

bool VerbPastForm(const std::string& lang, const std::string& folded) {
  if (lang != "en" || folded.size() < 3 || folded.back() == 's' || folded.ends_with("ing")) return false;
  const WordNetIndex* idx = WordNetIndex::Get();
  if (idx == nullptr) return false;
  const std::optional<std::string> base = idx->Morph(folded, WordNetIndex::kVerbPos);
  return base && *base != folded;
}

std::string NounBase(const std::string& lang, const std::string& folded) {
  if (lang == "es") {
    size_t n = folded.size();
    if (n > 4 && folded.compare(n - 3, 3, "ces") == 0) return folded.substr(0, n - 3) + "z";
    // "exportaciones" -> "exportación", "millones" -> "millón": the plural
    // drops the accent of a final -ón.
    if (n > 5 && folded.compare(n - 4, 4, "ones") == 0) {
      return folded.substr(0, n - 4) + "\xC3\xB3n";
    }
    // "intereses" -> "interés", "ingleses" -> "inglés": a final stressed -és
    // loses its accent in the plural; "meses" -> "mes" (one syllable).
    if (n > 4 && folded.compare(n - 4, 4, "eses") == 0) {
      return n >= 8 ? folded.substr(0, n - 4) + "\xC3\xA9s" : folded.substr(0, n - 2);
    }
    // "jóvenes" -> "joven", "exámenes" -> "examen", "imágenes" -> "imagen":
    // the plural of a word in -en carries an accent its singular drops.
    if (n > 6 && folded.compare(n - 4, 4, "enes") == 0) {
      std::string base = folded.substr(0, n - 2);
      static const std::pair<std::string_view, char> kAccents[] = {
          {"\xC3\xA1", 'a'}, {"\xC3\xA9", 'e'}, {"\xC3\xAD", 'i'}, {"\xC3\xB3", 'o'}, {"\xC3\xBA", 'u'}};
      for (const auto& [acc, plain] : kAccents) {
        const size_t at = base.find(acc);
        if (at != std::string::npos) {
          base.replace(at, acc.size(), 1, plain);
          break;
        }
      }
      return base;
    }
    if (n > 4 && folded.compare(n - 2, 2, "es") == 0 &&
        std::string("lrndzy").find(folded[n - 3]) != std::string::npos) {
      return folded.substr(0, n - 2);
    }
    // "países" -> "país": a final stressed -ís keeps its -es plural.
    if (n > 6 && folded.compare(n - 5, 5, "\xC3\xADses") == 0) return folded.substr(0, n - 2);
    // "crisis", "análisis", "dosis": no plural of their own.
    if (n > 4 && folded.compare(n - 2, 2, "is") == 0) return folded;
    if (n > 3 && folded[n - 1] == 's') return folded.substr(0, n - 1);
    return folded;
  }
  if (lang != "en") return folded;
  const WordNetIndex* idx = WordNetIndex::Get();
  if (idx == nullptr || LibraryOnly(folded)) return LibraryNounBase(folded);
  if (folded.empty() || folded.size() + 1 > 128) return folded;
  thread_local WordCache<std::string> cache;
  if (const std::string* b = cache.Find(folded)) return *b;
  if (KeepsNounForm(folded, idx->Listed(folded))) return cache.Put(folded, folded);
  std::optional<std::string> m = idx->Morph(folded, NOUN);
  return cache.Put(folded, m ? *m : folded);
}

bool SPlural(const std::string& lang, const std::string& folded) {
  return folded.size() > 3 && folded.back() == 's' && NounBase(lang, folded) != folded;
}

std::vector<std::string> NounSynonyms(const std::string& folded) {
  WordNet& wn = Wn();
  std::lock_guard<std::mutex> lock(wn.mu);
  auto it = wn.synonyms.find(folded);
  if (it != wn.synonyms.end()) return it->second;
  std::vector<std::string> out;
  char buf[128];
  if (wn.Ready() && CopyWord(folded, buf, sizeof buf)) {
    // The first (most frequent) sense only: later senses drift ("rate" ->
    // "charge").
    SynsetPtr syn = findtheinfo_ds(buf, NOUN, SYNS, 1);
    if (syn != nullptr) {
      for (int i = 0; i < syn->wcount; ++i) {
        std::string w = syn->words[i];
        for (char& c : w) {
          if (c == '_') c = ' ';
          if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        }
        if (w != folded) out.push_back(w);
      }
      free_syns(syn);
    }
  }
  wn.synonyms.emplace(folded, out);
  return out;
}

// The noun senses of a folded English noun (its spaces as WordNet's
// underscores), `senses` of them (1 the first, ALLSENSES every one), or
// nullptr; the caller holds wn.mu and frees the list.
static SynsetPtr NounSenses(WordNet& wn, const std::string& folded, int senses) {
  char buf[128];
  std::string w = folded;
  for (char& c : w) {
    if (c == ' ') c = '_';
  }
  if (!wn.Ready() || !CopyWord(w, buf, sizeof buf)) return nullptr;
  return findtheinfo_ds(buf, NOUN, SYNS, senses);
}

static bool PersonSense(SynsetPtr s) {
  return s->fnum >= 0 && s->fnum < 45 && lexfiles[s->fnum] != nullptr &&
         std::string_view(lexfiles[s->fnum]) == "noun.person";
}

std::string NounLexFile(const std::string& folded) {
  WordNet& wn = Wn();
  std::lock_guard<std::mutex> lock(wn.mu);
  auto it = wn.lexfile.find(folded);
  if (it != wn.lexfile.end()) return it->second;
  std::string out;
  {
    SynsetPtr syn = NounSenses(wn, folded, 1);
    if (syn != nullptr) {
      // A first sense WordNet writes capitalised is a name ("Harlow", an
      // actress; "Finch"): what a count of it counts is unknown, for a
      // subject read off a firm's name ("Harlow & Finch ... closed 17") is
      // no count of people.
      const bool name = syn->wcount > 0 && syn->words[0] != nullptr && syn->words[0][0] >= 'A' && syn->words[0][0] <= 'Z';
      if (!name && syn->fnum >= 0 && syn->fnum < 45 && lexfiles[syn->fnum] != nullptr) out = lexfiles[syn->fnum];
      free_syns(syn);
    }
  }
  wn.lexfile.emplace(folded, out);
  return out;
}

bool NounHasPersonSense(const std::string& folded) {
  WordNet& wn = Wn();
  std::lock_guard<std::mutex> lock(wn.mu);
  static std::unordered_map<std::string, bool> cache;  // under wn.mu
  auto it = cache.find(folded);
  if (it != cache.end()) return it->second;
  bool person = false;
  {
    SynsetPtr syn = NounSenses(wn, folded, ALLSENSES);
    for (SynsetPtr s = syn; s != nullptr && !person; s = s->nextss) person = PersonSense(s);
    if (syn != nullptr) free_syns(syn);
  }
  cache.emplace(folded, person);
  return person;
}

std::vector<std::string> PersonNounVerbs(const std::string& folded) {
  WordNet& wn = Wn();
  std::lock_guard<std::mutex> lock(wn.mu);
  static std::unordered_map<std::string, std::vector<std::string>> cache;  // under wn.mu
  auto it = cache.find(folded);
  if (it != cache.end()) return it->second;
  std::vector<std::string> out;
  {
    SynsetPtr syn = NounSenses(wn, folded, ALLSENSES);
    for (SynsetPtr s = syn; s != nullptr; s = s->nextss) {
      if (!PersonSense(s)) continue;
      for (int p = 0; p < s->ptrcount; ++p) {
        // A derivation pointer names one word of the target synset (pto,
        // 1-based; 0 the whole synset).
        if (s->ptrtyp[p] != DERIVATION || s->ppos[p] != VERB) continue;
        SynsetPtr t = read_synset(VERB, s->ptroff[p], nullptr);
        if (t == nullptr) continue;
        const int to = s->pto[p];
        if (to > 0 && to <= t->wcount && t->words[to - 1] != nullptr) out.emplace_back(t->words[to - 1]);
        free_synset(t);
      }
    }
    if (syn != nullptr) free_syns(syn);
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  cache.emplace(folded, out);
  return out;
}

std::string VerbBase(const std::string& folded) {
  const WordNetIndex* idx = WordNetIndex::Get();
  if (idx == nullptr || folded.empty()) return "";
  if (std::optional<std::string> base = idx->Morph(folded, WordNetIndex::kVerbPos)) return *base;
  return idx->Defined(folded, WordNetIndex::kVerbPos) ? folded : "";
}

std::vector<Word> SentenceWords(const std::string& lang, std::string_view sentence,
                                const std::vector<std::pair<size_t, size_t>>& figures) {
  return WordsOf(lang, sentence, attach::Tokenize(sentence), figures);
}

std::vector<Word> WordsOf(const std::string& lang, std::string_view sentence,
                          std::vector<attach::Token>&& toks,
                          const std::vector<std::pair<size_t, size_t>>& figures) {
  std::vector<Word> out;
  out.reserve(toks.size());
  size_t f = 0;
  for (attach::Token& t : toks) {
    Word& w = out.emplace_back();
    w.start = t.start;
    w.end = t.end;
    w.word = t.word;
    w.cap = t.cap;
    w.all_caps = t.all_caps;
    w.possessive = t.possessive;
    w.lower = std::move(t.lower);
    if (!w.word && w.lower.empty()) w.lower = std::string(sentence.substr(t.start, t.end - t.start));
    // Without a language the caller (FrameRules::Words) sets every stem
    // from its cache: a copy of the folded text here would be thrown away.
    if (!lang.empty()) w.stem = w.word ? Stem(lang, w.lower) : w.lower;
    while (f < figures.size() && figures[f].second <= w.start) ++f;
    for (size_t g = f; g < figures.size() && figures[g].first < w.end; ++g) {
      if (w.start >= figures[g].first && w.end <= figures[g].second + 0) {
        w.fig = static_cast<int>(g);
        break;
      }
      if (w.start < figures[g].second && w.end > figures[g].first) {
        w.fig = static_cast<int>(g);  // a token straddling the figure's edge
        break;
      }
    }
  }
  return out;
}

}  // namespace claimcheck::frame
