// Document roles: who cites whom, from the names documents give each other
// (roles.h).
#include "claims/check/roles.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cctype>
#include <cstdio>
#include <cstring>
#include <map>
#include <memory>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "claimcheck/util.h"
#include "claims/check/describe.h"
#include "claims/check/lexicon.h"
#include "extract/frame/words.h"

namespace claimcheck {
namespace {

// Words of a text: runs of ASCII letters and digits and of non-ASCII bytes
// (UTF-8 letters), as written.
std::vector<std::string> Words(std::string_view text) {
  std::vector<std::string> out;
  std::string cur;
  for (char ch : text) {
    unsigned char c = static_cast<unsigned char>(ch);
    if (c >= 0x80 || std::isalnum(c)) {
      cur.push_back(ch);
    } else if (!cur.empty()) {
      out.push_back(std::move(cur));
      cur.clear();
    }
  }
  if (!cur.empty()) out.push_back(std::move(cur));
  return out;
}

std::vector<std::string> LowerWords(std::string_view text) {
  std::vector<std::string> w = Words(text);
  for (std::string& s : w) s = FoldLower(s);
  return w;
}

// A name's lookup key: its lower-case words without a leading article.
std::vector<std::string> KeyWords(const RoleWords& rw, std::string_view name) {
  std::vector<std::string> w = LowerWords(name);
  if (!w.empty() && rw.leading_articles.count(w[0])) w.erase(w.begin());
  return w;
}

// A newspaper's, broadcaster's or newsletter's name: its last word is a
// masthead word ("Times", "Post", "Gazette", "Diario"...).
bool IsOutletName(const RoleWords& rw, const std::vector<std::string>& key) {
  return !key.empty() && rw.outlet_last_words.count(key.back()) > 0;
}

// A document's publisher read as a genre, for documents no other stored
// document names (issue 13 point 6, roles8). Coverage names its source in
// sentences that hold no figure ("Pass rates fell, according to the
// Examinations Board."), in other words ("the city's fiscal watchdog",
// "federal safety regulators") or in another language ("la Oficina del
// Médico Forense" for the Medical Examiner's Office); a body's own revision
// notice is named by nobody. What an editor does with such a case file is
// plain from who published each piece: a newspaper's, broadcaster's or
// blog's piece is coverage to check; a public body's or firm's release is
// where figures come from.
enum class Genre { kUnknown, kOutlet, kBody };

// The word lists are rules/<lang>/roles.yaml's outlet_last_words,
// outlet_words ("Lakeshore News Now", "WLKV Public Radio", "Diario de
// Valdoria") and body_words ("Office of the City Comptroller", "Harbour
// Research Ltd", "Observatorio Regional de Seguridad"; campaigns,
// charities, unions and trade federations are left out: their releases
// quote others' figures and are checked).
Genre PublisherGenre(const RoleWords& rw, const std::vector<std::string>& key) {
  if (key.empty()) return Genre::kUnknown;
  if (IsOutletName(rw, key)) return Genre::kOutlet;
  for (const std::string& w : key) {
    if (rw.outlet_words.count(w)) return Genre::kOutlet;
  }
  // The body word must be the name's head: its first word ("Observatorio
  // Regional de Seguridad", "Office for National Statistics"), its last
  // ("Vehicle Safety Administration") or a word before "of" ("Lakeview
  // County Board of Elections", "City of Riverside Office of Management").
  // "Riverside Council Watch" is a watchdog's newsletter about the council,
  // not the council.
  if (rw.body_words.count(key.front()) || rw.body_words.count(key.back())) return Genre::kBody;
  for (size_t i = 1; i < key.size(); ++i) {
    if ((key[i] == "of" || key[i] == "for" || key[i] == "de" || key[i] == "del") && rw.body_words.count(key[i - 1])) {
      return Genre::kBody;
    }
  }
  return Genre::kUnknown;
}

// Where a name's subtitle starts: the byte offset of " - ", " — ", " – ",
// ": " or " | " after its first word, or npos.
size_t SubtitleAt(const std::string& name) {
  size_t best = std::string::npos;
  for (const char* sep : {" - ", " \xE2\x80\x94 ", " \xE2\x80\x93 ", ": ", " | "}) {
    size_t at = name.find(sep);
    if (at != std::string::npos && at > 0 && at < best) best = at;
  }
  return best;
}

// A name without the desk its last words name ("Ministry of Health Press
// Office" is the ministry's, "Halvard Group plc Investor Relations" the
// firm's): a desk's words say nothing of the publisher's genre.
std::string WithoutDesk(const RoleWords& rw, std::string name) {
  const std::string low = FoldLower(name);
  for (const std::string& desk : rw.desks) {
    const size_t n = desk.size() + 1;
    if (low.size() > n && low[low.size() - n] == ' ' && low.compare(low.size() - desk.size(), desk.size(), desk) == 0) {
      return CollapseSpace(name.substr(0, name.size() - n));
    }
  }
  return name;
}

// The body a publisher or author line names, without what only says which
// desk or unit of it wrote ("Halvard Group plc Investor Relations" is
// Halvard Group plc, "Plinth Networks Inc. - Transparency Centre" is Plinth
// Networks Inc.) or the initials it adds ("Agencia ... de Costaluz (ARMAC)").
std::string BodyName(const RoleWords& rw, std::string name) {
  name = CollapseSpace(name);
  if (size_t cut = SubtitleAt(name); cut != std::string::npos && name.compare(cut, 2, ": ") != 0) {
    name = CollapseSpace(name.substr(0, cut));
  }
  if (name.size() > 2 && name.back() == ')') {
    size_t open = name.rfind(" (");
    if (open != std::string::npos && open > 0) name = CollapseSpace(name.substr(0, open));
  }
  return WithoutDesk(rw, name);
}

// The initials a body's name gives in brackets: "FEXHORT" of "Federación
// de Exportadores Hortofrutícolas (FEXHORT)", "CST" of "Confederación
// Sindical de Trabajadores (CST) - Secretaría de Salud Laboral"; "" when
// none (the caller tests them with IsAcronym).
std::string BracketedInitials(const std::string& name) {
  size_t open = name.find(" (");
  if (open == std::string::npos || open == 0) return "";
  size_t close = name.find(')', open);
  if (close == std::string::npos) return "";
  return name.substr(open + 2, close - open - 2);
}

// The genre of who published a document: an outlet when its whole name
// (less a desk) says so ("Eastmoor Tonight - Regional News at Six", a wire
// service "RPS - Regional Press Service"), else as the body its name gives.
Genre GenreOf(const RoleWords& rw, const std::string& publisher) {
  const Genre whole = PublisherGenre(rw, KeyWords(rw, WithoutDesk(rw, CollapseSpace(publisher))));
  if (whole == Genre::kOutlet) return whole;
  const Genre body = PublisherGenre(rw, KeyWords(rw, BodyName(rw, publisher)));
  return body != Genre::kUnknown ? body : whole;
}

// A stored document's genre: a wire story (documents.genre) is an
// agency's coverage whatever its name reads like ("Agencia Meridiana":
// trial89, read as a public body, so its copy was taken for a source and
// none of its figures checked); else as GenreOf its publisher (or author).
Genre DocumentGenre(const RoleWords& rw, const StoredDocument& d) {
  if (d.genre == "wire") return Genre::kOutlet;
  return GenreOf(rw, !d.publisher.empty() ? d.publisher : d.author);
}

std::string Join(const std::vector<std::string>& w, size_t from, size_t to) {
  std::string out;
  for (size_t i = from; i < to; ++i) {
    if (i > from) out += ' ';
    out += w[i];
  }
  return out;
}

// "CEP", "HUD", "OMB": matched as written, so the word "cep" in a Spanish
// sentence does not cite the Counter Extremism Project.
bool IsAcronym(std::string_view s) {
  if (s.size() < 2 || s.size() > 8) return false;
  int upper = 0;
  for (char ch : s) {
    unsigned char c = static_cast<unsigned char>(ch);
    if (std::isupper(c)) {
      ++upper;
    } else if (!std::isdigit(c) && c != '&') {
      return false;
    }
  }
  return upper >= 2;
}

std::string UrlKey(std::string url) {
  url = AsciiLower(url);
  for (const char* scheme : {"https://", "http://"}) {
    if (url.rfind(scheme, 0) == 0) url = url.substr(std::string(scheme).size());
  }
  if (url.rfind("www.", 0) == 0) url = url.substr(4);
  while (!url.empty() && url.back() == '/') url.pop_back();
  return url;
}

struct NameEntry {
  int doc;
  std::string how;
  std::string name;
  std::string own_key = {};  // Join(KeyWords(name)): the key Find compares with the citing document's own names
  int own_id = -1;           // own_key interned (CitationFinder::own_ids_): Find compares ids, not strings
  bool url = false;          // how == "url"
};

// Every name of every document, indexed by its first word, so each citing
// sentence is scanned once whatever the number of stored documents.
class CitationFinder {
 public:
  CitationFinder(const CitationFinder&) = delete;  // url_prefixes_ points into urls_
  CitationFinder& operator=(const CitationFinder&) = delete;
  CitationFinder(const CheckInput& in, const RoleWords& rw) : in_(in), rw_(rw) {
    for (size_t d = 0; d < in.documents.size(); ++d) AddNames(static_cast<int>(d));
    // What Find's note() compares per name entry met, computed once: a name
    // shared by thousands of documents (one publisher's releases) made
    // every mention of it rebuild these keys per entry, O(documents^2) in
    // all (a sixth of check at 10^5 figures).
    // Both keys are interned: at 10^6 figures an article naming one
    // publisher of 8,600 stored releases meets each of its entries, and
    // comparing the keys as strings (a vector of words per document) was a
    // fifth of `check`. Equal ids are equal keys, so no answer changes.
    body_key_.reserve(in.documents.size());
    {
      std::map<std::vector<std::string>, int> body_ids;
      for (const StoredDocument& d : in.documents) {
        auto [it, fresh] =
            body_ids.emplace(KeyWords(rw_, BodyName(rw_, d.publisher)), static_cast<int>(body_ids.size()));
        body_key_.push_back(it->second);
      }
    }
    for (auto* map : {&names_, &acronyms_, &one_word_, &after_article_, &urls_}) {
      for (auto& [k, entries] : *map) {
        for (NameEntry& e : entries) {
          const std::vector<std::string> w = KeyWords(rw_, e.name);
          e.own_key = Join(w, 0, w.size());
          e.own_id = own_ids_.emplace(e.own_key, static_cast<int>(own_ids_.size())).first->second;
          e.url = e.how == "url";
        }
      }
    }
    for (size_t i = 0; i < in.figures.size(); ++i) {
      const Figure& f = in.figures[i];
      by_doc_[f.doc_id + '\x1f' + f.doc].push_back(static_cast<int>(i));
    }
    // The content hashes interned: note() asks whether the entry's document
    // is the citing one stored twice for every entry met, and at 10^6
    // figures an article meets the thousands of entries of its publisher's
    // releases (comparing 64 hex digits each was a tenth of `check`).
    // Equal ids are equal hashes, so no answer changes.
    content_id_.reserve(in.documents.size());
    {
      std::unordered_map<std::string_view, int> ids;
      for (const StoredDocument& d : in.documents) {
        content_id_.push_back(ids.emplace(d.doc_id, static_cast<int>(ids.size())).first->second);
      }
    }
  }

  // The documents `doc` cites, with how and where. When `ids` is given,
  // only their indices go there, ascending (the order Find sorts by), and
  // nothing is returned: at 10^6 figures an article naming a publisher of
  // thousands of stored releases cites each, and copying its sentence into
  // a Citation per cited document was most of check's time.
  std::vector<Citation> Find(int doc, std::vector<int>* ids = nullptr) const {
    const StoredDocument& me = in_.documents[doc];
    // The document's own publisher names nothing else: its keys, as the
    // entries' interned ids (a key no entry has matches none).
    std::vector<int> own;
    for (const std::string* n : {&me.publisher, &me.author}) {
      if (n->empty()) continue;
      for (const std::string& name : {*n, BodyName(rw_, *n)}) {
        auto id = own_ids_.find(Join(KeyWords(rw_, name), 0, KeyWords(rw_, name).size()));
        if (id != own_ids_.end()) own.push_back(id->second);
      }
    }
    std::vector<Citation> out;
    const size_t had = ids ? ids->size() : 0;
    std::vector<char> found(in_.documents.size(), 0);
    bool passing = false;  // scanning CheckInput::sentences (after the title and the figures' sentences)
    auto note = [&](const NameEntry& e, std::string_view sentence) {
      if (e.doc == doc || found[e.doc]) return;
      if (content_id_[static_cast<size_t>(e.doc)] == content_id_[static_cast<size_t>(doc)]) return;  // the same content stored twice
      // A body's own series (situation report 5 naming report 3, a revised
      // release naming the first) is an update, not coverage of a source.
      if (!me.publisher.empty() && body_key_[doc] == body_key_[e.doc]) return;
      if (!e.url && std::find(own.begin(), own.end(), e.own_id) != own.end()) return;
      found[e.doc] = 1;
      if (ids) {
        ids->push_back(e.doc);
      } else {
        out.push_back(Citation{e.doc, e.how, e.name, std::string(sentence), passing});
      }
    };
    std::vector<std::string_view> texts;
    if (!me.title.empty()) texts.push_back(me.title);
    std::unordered_set<std::string_view> seen;
    auto it = by_doc_.find(me.doc_id + '\x1f' + me.path);
    if (it != by_doc_.end()) {
      for (int fi : it->second) {
        const Figure& f = in_.figures[fi];
        if (seen.insert(f.sentence).second) texts.push_back(f.sentence.str());
      }
    }
    const size_t first_plain = texts.size();
    // And its sentences without a figure: coverage names its source there
    // as often as beside a figure ("The Pantry Alliance published its
    // end-of-year statistics, and they make grim reading.").
    if (static_cast<size_t>(doc) < in_.sentences.size()) {
      std::string_view all = in_.sentences[static_cast<size_t>(doc)];
      while (!all.empty()) {
        const size_t end = all.find('\0');
        const std::string_view one = all.substr(0, end);
        if (!one.empty() && seen.insert(one).second) texts.push_back(one);
        if (end == std::string_view::npos) break;
        all.remove_prefix(end + 1);
      }
    }
    // A name's entries are noted once: noting them again (the publisher
    // named in every sentence of the article) cannot find anything new, as
    // nothing note() tests depends on the sentence, and at 10^6 figures one
    // publisher's name has thousands of entries.
    std::unordered_set<const std::vector<NameEntry>*> noted;
    auto note_all = [&](const std::vector<NameEntry>& entries, std::string_view sentence) {
      if (!noted.insert(&entries).second) return;
      for (const NameEntry& e : entries) note(e, sentence);
    };
    for (size_t t = 0; t < texts.size(); ++t) {
      const std::string_view text = texts[t];
      passing = t >= first_plain;
      std::vector<std::string> words = Words(text);
      std::vector<std::string> lower = words;
      for (std::string& w : lower) w = FoldLower(w);
      for (size_t i = 0; i < words.size(); ++i) {
        if (auto a = acronyms_.find(words[i]); a != acronyms_.end()) {
          note_all(a->second, text);
        }
        if (IsUpperLetterAt(words[i], 0)) {
          if (auto a = one_word_.find(lower[i]); a != one_word_.end()) note_all(a->second, text);
          if (auto a = after_article_.find(lower[i]); a != after_article_.end() && i > 0 &&
                                                       rw_.leading_articles.count(lower[i - 1]) &&
                                                       !(i + 1 < words.size() && IsUpperLetterAt(words[i + 1], 0))) {
            note_all(a->second, text);
          }
        }
        auto first = lengths_.find(lower[i]);
        if (first == lengths_.end()) continue;
        for (size_t len : first->second) {
          if (i + len > lower.size()) continue;
          auto n = names_.find(Join(lower, i, i + len));
          if (n == names_.end()) continue;
          note_all(n->second, text);
        }
      }
      if (!urls_.empty()) {
        // Every stored URL searched in every sentence made roles
        // O(sentences x documents) (a fifth of `check` on 10^5 figures of
        // plain ingest); the keys are found through their first kUrlPrefix
        // bytes instead, one lookup per byte of the sentence. A document has
        // one URL, so the order the keys are met in changes nothing.
        std::string low = FoldLower(text);
        std::vector<const std::string*> met;
        for (size_t i = 0; i + kUrlPrefix <= low.size(); ++i) {
          auto p = url_prefixes_.find(std::string_view(low).substr(i, kUrlPrefix));
          if (p == url_prefixes_.end()) continue;
          for (const std::string* key : p->second) {
            if (low.compare(i, key->size(), *key) == 0 &&
                std::find(met.begin(), met.end(), key) == met.end()) {
              met.push_back(key);
            }
          }
        }
        for (const std::string* key : met) {
          note_all(urls_.at(*key), text);
        }
      }
    }
    // Its hyperlinks: "the [latest figures](https://stats.example.gov/
    // release)" cites the document at that address as the address written
    // out does (trial63, trial64: a link was the only citation). Its
    // sentence is the one holding the link's text, else the text itself.
    for (const Hyperlink& link : me.links) {
      if (urls_.empty()) break;
      std::string key = UrlKey(link.url.substr(0, link.url.find('#')));
      auto hit = urls_.find(key);
      if (hit == urls_.end() && key.find('?') != std::string::npos) hit = urls_.find(UrlKey(key.substr(0, key.find('?'))));
      if (hit == urls_.end()) continue;
      std::string_view sentence = link.text.empty() ? std::string_view(link.url) : std::string_view(link.text);
      passing = true;
      for (size_t t = 0; t < texts.size() && link.text.size() >= 3; ++t) {
        if (texts[t].find(link.text) != std::string_view::npos) {
          sentence = texts[t];
          passing = t >= first_plain;
          break;
        }
      }
      note_all(hit->second, sentence);
    }
    if (ids) {
      // Ascending: read off `found` when it is cheaper than sorting (an
      // article citing thousands of one publisher's releases).
      if (had == 0 && ids->size() > found.size() / 16) {
        ids->clear();
        for (size_t d = 0; d < found.size(); ++d) {
          if (found[d]) ids->push_back(static_cast<int>(d));
        }
      } else {
        std::sort(ids->begin(), ids->end());
      }
    }
    std::sort(out.begin(), out.end(),
              [](const Citation& a, const Citation& b) { return a.cited < b.cited; });
    return out;
  }

 private:
  void Add(int doc, const std::string& how, const std::string& name,
           const std::vector<std::string>& key) {
    if (key.empty()) return;
    names_[Join(key, 0, key.size())].push_back(NameEntry{doc, how, name});
    lengths_[key[0]].insert(key.size());
  }

  // A firm is cited without its legal form or trade word: "Chirper" for
  // Chirper Inc., "Halvard" for Halvard Group plc, "Harbour" for Harbour
  // Research. One bare word is matched only as written (capitalised, four
  // letters or more, no generic body word), so "harbour" in a sentence is no
  // citation.
  void AddBareFirmName(int doc, const std::string& how, const std::string& name) {
    // A legal form written with stops ("S.L.", "S.A.", "N.V.") is one word:
    // a stop after a lone letter is dropped.
    std::string undotted;
    for (size_t i = 0; i < name.size(); ++i) {
      const bool lone_letter = i > 0 && std::isalpha(static_cast<unsigned char>(name[i - 1])) &&
                               (i == 1 || name[i - 2] == ' ' || name[i - 2] == '.');
      if (name[i] == '.' && lone_letter) continue;
      undotted += name[i];
    }
    std::vector<std::string> words;
    for (std::string_view v : check::Words(undotted)) words.emplace_back(v);
    size_t n = words.size();
    // The country a body's name ends with ("FreeRun5 UK", "Oxfam GB"),
    // which coverage drops ("the charity FreeRun5": eval39).
    bool country = false;
    for (; n > 1; --n) {
      const std::string last = FoldLower(words[n - 1]);
      const bool is_country = rw_.country_words.count(last) > 0;
      if (!is_country && !rw_.firm_words.count(last)) break;
      country = country || is_country;
    }
    if (n == words.size() || n == 0) return;
    if (n == 1) {
      const std::string& bare = words[0];
      if (bare.size() < 4 || !std::isupper(static_cast<unsigned char>(bare[0])) ||
          rw_.generic_name_words.count(FoldLower(bare))) {
        return;
      }
      // Without its country a common word names nobody: "Energy" of
      // "Energy UK" would be cited by every sentence opening "Energy".
      if (country && frame::WordClasses("en", FoldLower(bare)) != 0) return;
      one_word_[FoldLower(bare)].push_back(NameEntry{doc, how, name});
      return;
    }
    std::vector<std::string> key;
    for (size_t i = 0; i < n; ++i) key.push_back(FoldLower(words[i]));
    if (!key.empty() && rw_.leading_articles.count(key[0])) key.erase(key.begin());
    if (key.size() >= 2) Add(doc, how, name, key);
  }

  // A name of one word (its leading article aside: "Reuters", "SafeStake",
  // "El Nacional") is cited by that word with its capital, whatever the
  // case of the rest ("NORTHLINK PLC" is "Northlink" in the coverage): in
  // lower case it is a common word ("nacional", "sentinel"), not the name.
  // A name whose one word is a generic word of bodies' names ("El
  // Nacional", "The National") is cited only after its article and not as
  // the start of a longer name: "el Instituto Nacional de Estadística" and
  // "the National Grid" do not cite the newspaper El Nacional.
  void AddOneWordName(int doc, const std::string& how, const std::string& name, const std::string& key) {
    auto& index = rw_.generic_name_words.count(key) ? after_article_ : one_word_;
    index[key].push_back(NameEntry{doc, how, name});
  }

  void AddPublisher(int doc, const std::string& how, const std::string& name) {
    if (IsAcronym(name)) {
      acronyms_[name].push_back(NameEntry{doc, how, name});
      return;
    }
    std::vector<std::string> w = KeyWords(rw_, name);
    if (w.empty()) return;
    if (w.size() == 1) {
      AddOneWordName(doc, how, name, w[0]);
      return;
    }
    Add(doc, how, name, w);
    AddBareFirmName(doc, how, name);

    // A long name is often cited by its last words ("the Office of
    // Management and Budget") or first ones: any run of three words or more
    // holding most of the name, not starting or ending on "of" or "and".
    // Coverage also shortens a name to its core, two words that are not both
    // the generic words of every body's name: "the fiscal council" for the
    // Independent Fiscal Council of Albion, "Protección Civil" for the
    // Dirección General de Protección Civil y Emergencias (but never
    // "Dirección General" or "National Office").
    if (w.size() < 3) return;
    // A news outlet is cited by its whole name: the shorter runs of "Vell
    // Valley Times" or "Ostrava Quay Business Post" are the place it is
    // named after, which a report about that place names without citing the
    // paper. A name with a subtitle ("Crosstabs & Coffee - Westbrook
    // special") is cited by its main part, never by the subtitle alone.
    // Any outlet word counts ("Informativo Almena Noche (Canal 4 Costa
    // Almena)"): its runs "Costa Almena" and "Almena Noche" are the place a
    // statistics institute of Costa Almena names in every release.
    if (PublisherGenre(rw_, w) == Genre::kOutlet) return;
    if (size_t cut = SubtitleAt(name); cut != std::string::npos) {
      // Before a colon stands a headline's kicker, most often a place
      // ("NORTHERN RANGES: FIRE SEASON REPORT SHOWS ..."): the source about
      // that place names it without citing anyone.
      if (name.compare(cut, 2, ": ") == 0) return;
      std::vector<std::string> main = KeyWords(rw_, name.substr(0, cut));
      if (main.size() >= 2 && main != w) Add(doc, how, name, main);
      return;
    }
    const auto& stop = rw_.name_edge_words;
    const auto& generic = rw_.generic_name_words;
    for (size_t from = 0; from < w.size(); ++from) {
      for (size_t to = from + 2; to <= w.size(); ++to) {
        if (to - from == w.size()) continue;
        if (stop.count(w[from]) || stop.count(w[to - 1])) continue;
        bool core = to - from == 2 && !(generic.count(w[from]) && generic.count(w[to - 1]));
        bool most = to - from >= 3 && w.size() >= 4 &&
                    static_cast<double>(to - from) >= 0.6 * static_cast<double>(w.size());
        // A body named for its first remit is cited by that part: "the
        // Department of Health" for the Department of Health and Social
        // Care, "la Consejería de Agricultura" for the Consejería de
        // Agricultura, Ganadería y Medio Rural de Valdoria. A generic body
        // word, "of"/"de", then a word that is not generic.
        bool remit = from == 0 && to == 3 && generic.count(w[0]) &&
                     (w[1] == "of" || w[1] == "for" || w[1] == "de" || w[1] == "del") &&
                     !generic.count(w[2]) && !stop.count(w[2]);
        if (!core && !most && !remit) continue;
        Add(doc, how, name, std::vector<std::string>(w.begin() + from, w.begin() + to));
      }
    }
  }

  void AddNames(int doc) {
    const StoredDocument& d = in_.documents[doc];
    // The body behind the document: its publisher, else its author.
    std::vector<std::string> bodies;
    if (!d.publisher.empty()) bodies.push_back(d.publisher);
    if (d.publisher.empty() && !d.author.empty()) bodies.push_back(d.author);
    for (size_t k = 0, n = bodies.size(); k < n; ++k) {
      if (std::string body = BodyName(rw_, bodies[k]); body != bodies[k] && !body.empty()) bodies.push_back(body);
    }
    // A desk alone names nobody: a piece signed "Redacción" or "Newsroom"
    // is not cited by every sentence that holds the word.
    std::erase_if(bodies, [&](const std::string& b) {
      const std::vector<std::string> k = KeyWords(rw_, b);
      return k.empty() || rw_.desks.count(Join(k, 0, k.size())) > 0;
    });
    for (const std::string& b : bodies) AddPublisher(doc, "publisher", b);
    // Aliases of those bodies: "CEP" for "Counter Extremism Project".
    for (const Alias& a : in_.aliases) {
      for (const std::string& b : bodies) {
        if (KeyWords(rw_, a.canonical) == KeyWords(rw_, b) && KeyWords(rw_, a.alias) != KeyWords(rw_, b)) {
          AddPublisher(doc, "alias", a.alias);
        } else if (KeyWords(rw_, a.alias) == KeyWords(rw_, b) && KeyWords(rw_, a.canonical) != KeyWords(rw_, b)) {
          AddPublisher(doc, "alias", a.canonical);
        }
      }
    }
    // Coverage names a body by its initials without ever spelling them out
    // next to the name ("the NSI" for the National Statistics Institute,
    // "el INE"): three letters or more, so that two capitals are no name;
    // a learned alias of the same letters says more, and is kept instead.
    for (const std::string& b : bodies) {
      std::string ini = check::Initials(b);
      if (ini.size() < 3 || !IsAcronym(ini) || IsAcronym(b)) continue;
      auto& entries = acronyms_[ini];
      bool known = false;
      for (const NameEntry& e : entries) known = known || e.doc == doc;
      if (!known) entries.push_back(NameEntry{doc, "initials", b});
    }
    // The initials the body's name gives in brackets ("Federación de
    // Exportadores Hortofrutícolas (FEXHORT)"), which need not be its
    // words' initials: coverage names the body by them.
    for (const std::string& b : bodies) {
      std::string ini = BracketedInitials(b);
      if (!IsAcronym(ini)) continue;
      auto& entries = acronyms_[ini];
      bool known = false;
      for (const NameEntry& e : entries) known = known || e.doc == doc;
      if (!known) entries.push_back(NameEntry{doc, "initials", b});
    }
    // Its title, whole (three words or more) or a part of four or more
    // ("Spiders of the Caliphate" of "Spiders of the Caliphate: Mapping ...").
    // A full stop parts it too: "Balance del transporte escolar. Curso
    // 2025-2026" is cut there by the citing text's sentence splitter, so the
    // whole title is in no one sentence (trial66: cited by nobody).
    if (!d.title.empty()) {
      std::vector<std::string> whole = KeyWords(rw_, d.title);
      if (whole.size() >= 3) Add(doc, "title", d.title, whole);
      // An edition's note in brackets at the end is no part of the name
      // citing text uses: "Community Energy Cooperatives: Annual Statistics
      // 2025 (revised edition)" is cited without it (trial71: by nobody).
      if (const size_t open = d.title.rfind(" ("); open != std::string::npos && d.title.back() == ')') {
        const std::string bare = d.title.substr(0, open);
        std::vector<std::string> w = KeyWords(rw_, bare);
        if (w.size() >= 3 && w != whole) Add(doc, "title", bare, w);
      }
      size_t start = 0;
      for (size_t i = 0; i <= d.title.size(); ++i) {
        bool cut = i == d.title.size() || d.title[i] == ':' || d.title[i] == '|' ||
                   d.title.compare(i, 3, "\xE2\x80\x94") == 0 ||  // em dash
                   d.title.compare(i, 3, " - ") == 0 || d.title.compare(i, 2, ". ") == 0;
        if (!cut) continue;
        std::string part = d.title.substr(start, i - start);
        std::vector<std::string> w = KeyWords(rw_, part);
        if (w.size() >= 4 && w != whole) Add(doc, "title", part, w);
        start = i + 1;
      }
    }
    if (!d.url.empty()) {
      std::string key = UrlKey(d.url);
      if (key.size() >= kUrlPrefix) {
        auto [it, fresh] = urls_.try_emplace(key);
        it->second.push_back(NameEntry{doc, "url", d.url});
        // Keys of an unordered_map stay put: the index may point at them.
        if (fresh) url_prefixes_[std::string_view(it->first).substr(0, kUrlPrefix)].push_back(&it->first);
      }
    }
  }

  const CheckInput& in_;
  const RoleWords& rw_;
  std::unordered_map<std::string, std::vector<NameEntry>> names_;     // lower-case words
  std::unordered_map<std::string, std::set<size_t>> lengths_;         // first word -> lengths
  std::unordered_map<std::string, std::vector<NameEntry>> acronyms_;  // as written
  std::unordered_map<std::string, std::vector<NameEntry>> one_word_;       // lower case, met with a capital
  std::unordered_map<std::string, std::vector<NameEntry>> after_article_;  // the same, after "the"/"el" only
  std::unordered_map<std::string, std::vector<NameEntry>> urls_;
  static constexpr size_t kUrlPrefix = 8;  // the shortest URL key kept
  std::unordered_map<std::string_view, std::vector<const std::string*>> url_prefixes_;  // into urls_' keys
  std::unordered_map<std::string, std::vector<int>> by_doc_;  // doc_id \x1f path -> figures
  std::vector<int> body_key_;  // per document: KeyWords(rw_, BodyName(rw_, publisher)), interned
  std::unordered_map<std::string, int> own_ids_;  // NameEntry::own_key -> own_id
  std::vector<int> content_id_;  // per document: its doc_id interned
};

// Coverage of a source, cited in turn (a network's members' briefing on
// the aid statistics that a newspaper quotes the network in, an op-ed
// built on the ministry's and the institute's figures): most of what it
// states are the figures of the documents it cites. A release that quotes
// another body (a federation quoting the statistics office, a firm's
// release welcoming the regulator's report) states figures of its own and
// credits a few. The figures weighed are counts, percents, money and
// measures (dates and ordinals are everyone's); a value restated is one a
// cited document gives with the same kind. At least kRestatedMin of them
// and at least kRestatedShare of all: on the train clusters the cited
// releases restate 0.15 of their figures or less, the cited coverage 0.57
// or more.
constexpr size_t kRestatedMin = 3;
constexpr double kRestatedShare = 0.5;
// A cited document with this many figures of its own besides (none of the
// cited documents gives them) is a source in its own right, checked as an
// article too: a charity's release built on the ministry's survey that adds
// nine figures of its own survey (trial45: 11 of its 20 figures were the
// ministry's, so it was called coverage, and the coverage citing it for its
// own figures found nothing to check them against).
constexpr size_t kOwnFiguresMin = 8;

class RestatedFigures {
 public:
  explicit RestatedFigures(const CheckInput& in) : in_(in) {}

  struct Revision {  // a figure revised from `previous` to `value`
    int kind;
    double value, previous;
  };

  // How many of the figures of in.documents[doc] the cited documents give,
  // and out of how many.
  std::pair<size_t, size_t> Count(size_t doc, const std::vector<Citation>& cited) {
    Fill();
    const std::vector<std::pair<int, double>>& mine = Of(doc);
    // One hash lookup per figure: a document citing thousands of stored
    // releases must not compare every pair of figures.
    const std::unordered_map<std::string, int> pool = Pool(cited);
    size_t hits = 0;
    for (const auto& [kind, value] : mine) hits += pool.count(Key(kind, value));
    return {hits, mine.size()};
  }

 private:
  void Fill() {
    if (by_doc_.empty()) {
      for (const Figure& f : in_.figures) {
        if (f.kind != Kind::kCount && f.kind != Kind::kPercent && f.kind != Kind::kMoney && f.kind != Kind::kMeasure) {
          continue;
        }
        by_doc_[f.doc_id + '\x1f' + f.doc].emplace_back(static_cast<int>(f.kind), f.value.num);
        if (f.frame.revised && f.frame.previous) {
          revisions_[f.doc_id + '\x1f' + f.doc].push_back({static_cast<int>(f.kind), f.value.num, *f.frame.previous});
        }
      }
    }
  }

 public:
  // A figure of in.documents[doc] that revises a value of a cited document
  // ("Brackenford Water's average leakage ... has been revised from 187.4
  // to 203.1"): its frame is a revision whose earlier value a cited
  // document gives, and whose new value none does. Coverage of a revision
  // quotes the new value from the revising document it cites; the revising
  // document (a regulator's revised release, a correction notice) is where
  // the new value comes from: a source, not coverage of what it revises
  // (eval12-water).
  bool Revises(size_t doc, const std::vector<Citation>& cited) {
    Fill();
    const std::vector<Revision>* revisions = RevisionsOf(doc);
    if (!revisions) return false;
    const std::unordered_map<std::string, int> pool = Pool(cited);
    for (const Revision& v : *revisions) {
      if (pool.count(Key(v.kind, v.previous)) && !pool.count(Key(v.kind, v.value))) return true;
    }
    return false;
  }

  // Whether one of the `cited` documents revises a value another of them
  // gives: the revision notice among the documents an article cites (the
  // notice itself cites nothing: a body's own series is no citation). A
  // document citing it reports that revision (a wire story the day after
  // the authority's notice, crediting the authority; eval13-road-deaths).
  bool CitesRevision(const std::vector<Citation>& cited) {
    Fill();
    std::unordered_map<std::string, int> pool;  // built once, on the first revising document
    for (const Citation& c : cited) {
      const size_t doc = static_cast<size_t>(c.cited);
      const std::vector<Revision>* revisions = RevisionsOf(doc);
      if (!revisions) continue;
      if (pool.empty()) pool = Pool(cited);
      std::unordered_set<std::string> own;
      for (const auto& [k, value] : Of(doc)) own.insert(Key(k, value));
      for (const Revision& v : *revisions) {
        const std::string key = Key(v.kind, v.previous);
        auto n = pool.find(key);
        if (n != pool.end() && n->second - static_cast<int>(own.count(key)) > 0) return true;
      }
    }
    return false;
  }

 private:
  // A value to nine significant digits with its kind: 8.2e9 dollars and
  // 8,200,000,000 dollars are one value, 12 and 12 percent two.
  static std::string Key(int kind, double value) {
    char buf[48];
    std::snprintf(buf, sizeof buf, "%d:%.9g", kind, value);
    return buf;
  }

  // Each value the `cited` documents give, with how many of them give it.
  std::unordered_map<std::string, int> Pool(const std::vector<Citation>& cited) {
    std::unordered_map<std::string, int> pool;
    for (const Citation& c : cited) {
      std::unordered_set<std::string> seen;
      for (const auto& [kind, value] : Of(static_cast<size_t>(c.cited))) {
        std::string key = Key(kind, value);
        if (seen.insert(key).second) ++pool[std::move(key)];
      }
    }
    return pool;
  }

  const std::vector<Revision>* RevisionsOf(size_t doc) const {
    const StoredDocument& d = in_.documents[doc];
    auto it = revisions_.find(d.doc_id + '\x1f' + d.path);
    return it == revisions_.end() ? nullptr : &it->second;
  }

  const std::vector<std::pair<int, double>>& Of(size_t doc) {
    static const std::vector<std::pair<int, double>> kNone;
    const StoredDocument& d = in_.documents[doc];
    auto it = by_doc_.find(d.doc_id + '\x1f' + d.path);
    return it == by_doc_.end() ? kNone : it->second;
  }

  const CheckInput& in_;
  std::unordered_map<std::string, std::vector<std::pair<int, double>>> by_doc_;
  std::unordered_map<std::string, std::vector<Revision>> revisions_;  // revised figures by document
};

std::string Describe(const CheckInput& in, const Citation& c) {
  return check::DocName(in.documents[c.cited].path) + " (" + c.how + " \"" + c.name + "\")";
}

}  // namespace

// A day written "YYYY-MM-DD..." as days since 1970-01-01 (std::chrono's
// civil calendar), or -1 when the text is no such day.
static int DayNumber(const std::string& date) {
  if (date.size() < 10 || date[4] != '-' || date[7] != '-') return -1;
  int y = 0;
  unsigned m = 0, d = 0;
  if (std::sscanf(date.c_str(), "%4d-%2u-%2u", &y, &m, &d) != 3) return -1;
  const std::chrono::year_month_day ymd{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
  if (!ymd.ok()) return -1;
  return static_cast<int>(std::chrono::sys_days{ymd}.time_since_epoch().count());
}

// How many days later than a citing document a cited one may be dated: a
// body's statement is often dated the day after the coverage that quotes
// it (an embargo, a release dated on the morning it takes effect; eval39:
// a wire of 5 November quoting a guild whose statement is dated the 6th).
constexpr int kCitedLaterDays = 1;

// Whether a document of day `cited` was published after one of day
// `citing` (DayNumber; more than kCitedLaterDays later), both dated to the
// day: the later one cannot be cited by the other. A story of 16 May that
// credits "the Authority" names the Authority's report of 14 May, not its
// revision notice of 2 June (trial17: `docs` listed the notice among what
// the story cites). Undated documents, or dates to the month only (-1),
// cite as named.
static bool PublishedAfter(int cited, int citing) {
  return cited >= 0 && citing >= 0 && cited > citing + kCitedLaterDays;
}

std::vector<Citation> CitedDocuments(const CheckInput& in, int doc, const std::string& rules_dir) {
  if (doc < 0 || static_cast<size_t>(doc) >= in.documents.size()) return {};
  std::vector<Citation> cites = CitationFinder(in, RoleWordsFor(rules_dir)).Find(doc);
  // As the roles read them: a document out after this one is none it cites
  // (trial69: `audit` checked a gazette against an association's statement
  // of two days later, which `docs` and `check` rightly left uncited).
  const int day = DayNumber(in.documents[static_cast<size_t>(doc)].date);
  std::erase_if(cites, [&](const Citation& c) {
    return c.cited >= 0 && PublishedAfter(DayNumber(in.documents[static_cast<size_t>(c.cited)].date), day);
  });
  return cites;
}

// Each document's DayNumber, computed once: at 10^6 figures an article
// cites thousands of one publisher's releases.
static std::vector<int> DayNumbers(const CheckInput& in) {
  std::vector<int> days(in.documents.size(), -1);
  for (size_t i = 0; i < in.documents.size(); ++i) days[i] = DayNumber(in.documents[i].date);
  return days;
}


std::vector<DocumentRole> EffectiveRoles(const CheckInput& in, const std::string& rules_dir) {
  const size_t n = in.documents.size();
  std::vector<DocumentRole> roles(n);
  bool any_auto = false;
  for (size_t i = 0; i < n; ++i) {
    roles[i].stored = in.documents[i].role;
    any_auto = any_auto || roles[i].stored == "auto";
  }
  for (size_t i = 0; i < n; ++i) {
    if (roles[i].stored == "auto") continue;
    // Anything but "source" was always checked as an article.
    roles[i].role = roles[i].stored == "source" ? "source" : "article";
    roles[i].why = "stored role";
  }
  if (!any_auto) return roles;

  const RoleWords& rw = RoleWordsFor(rules_dir);
  CitationFinder finder(in, rw);
  const std::vector<int> days = DayNumbers(in);
  for (size_t i = 0; i < n; ++i) {
    roles[i].cites = finder.Find(static_cast<int>(i));
    std::erase_if(roles[i].cites, [&](const Citation& c) {
      return c.cited >= 0 && PublishedAfter(days[static_cast<size_t>(c.cited)], days[i]);
    });
  }
  // Two documents naming each other: the later one cites the earlier (a
  // report may name the outlet that commissioned it; the coverage comes after).
  auto cites = [&](size_t a, size_t b) {
    for (const Citation& c : roles[a].cites) {
      if (c.cited == static_cast<int>(b)) return true;
    }
    return false;
  };
  std::vector<std::vector<Citation>> kept(n);
  for (size_t i = 0; i < n; ++i) {
    for (const Citation& c : roles[i].cites) {
      size_t j = static_cast<size_t>(c.cited);
      const std::string& di = in.documents[i].date;
      const std::string& dj = in.documents[j].date;
      if (cites(j, i) && !di.empty() && !dj.empty() && di < dj) continue;
      kept[i].push_back(c);
    }
  }
  RestatedFigures restated(in);
  // A body's own statement that names another stored document only in
  // sentences without a figure and restates none of its figures ("Official
  // crime statistics are published separately by the Statistics Office" in
  // a police force's release on its own arrests) points readers elsewhere:
  // it is not coverage of that document. Campaigns, charities and unions are
  // no bodies here (GenreOf): their releases quote others' figures, and
  // are checked.
  for (size_t i = 0; i < n; ++i) {
    if (kept[i].empty() || roles[i].stored != "auto") continue;
    const StoredDocument& d = in.documents[i];
    if (DocumentGenre(rw, d) != Genre::kBody) continue;
    if (!std::all_of(kept[i].begin(), kept[i].end(), [](const Citation& c) { return c.in_passing; })) continue;
    if (restated.Count(i, kept[i]).first == 0) kept[i].clear();
  }
  for (size_t i = 0; i < n; ++i) {
    for (const Citation& c : kept[i]) {
      // Named in passing by a document that itself quotes stored documents:
      // not their source (Citation::in_passing).
      if (c.in_passing && !kept[static_cast<size_t>(c.cited)].empty()) continue;
      roles[c.cited].cited_by.push_back(static_cast<int>(i));
    }
  }
  // A statement of a campaign, union or charity is weighed as any other:
  // one restating a few figures of what it cites and adding its own is a
  // source of those (and checked as an article too). Read as coverage when
  // it restated three (eval32-firefighters: "The Fire Officers' Association
  // today responds to the Inspectorate's statistics", 3 of its 9 figures),
  // a library association's statement adding six of its own survey figures
  // was coverage too, and the articles quoting its survey were checked
  // against nothing (trial65); on the train clusters the rule gave two
  // more false alarms than it caught misreports.
  for (size_t i = 0; i < n; ++i) {
    DocumentRole& r = roles[i];
    if (r.stored != "auto") continue;
    std::pair<size_t, size_t> restates{0, 0};
    if (!kept[i].empty() && !r.cited_by.empty()) restates = restated.Count(i, kept[i]);
    // A document citing a revising document reports that revision:
    // coverage, even where its values differ from the notice's.
    if (!kept[i].empty() && restated.Revises(i, kept[i]) && !restated.CitesRevision(kept[i])) {
      r.role = "source";
      r.why = "revises figures of " + Describe(in, kept[i][0]) + ": the revision's source, not coverage";
      if (!r.cited_by.empty()) {
        r.why += "; cited by " + check::DocName(in.documents[r.cited_by[0]].path);
        if (r.cited_by.size() > 1) r.why += " and " + std::to_string(r.cited_by.size() - 1) + " more";
      }
    } else if (restates.first >= kRestatedMin &&
               static_cast<double>(restates.first) >= kRestatedShare * static_cast<double>(restates.second) &&
               restates.second - restates.first < kOwnFiguresMin) {
      r.role = "article";
      r.why = "cited by " + check::DocName(in.documents[r.cited_by[0]].path) + ", but " +
              std::to_string(restates.first) + " of its " + std::to_string(restates.second) +
              " figures are figures of what it cites: coverage; cites " + Describe(in, kept[i][0]);
      if (kept[i].size() > 1) r.why += " and " + std::to_string(kept[i].size() - 1) + " more";
    } else if (!kept[i].empty() && !r.cited_by.empty()) {
      r.role = "source";
      r.also_article = true;
      r.why = "cited by " + check::DocName(in.documents[r.cited_by[0]].path);
      if (r.cited_by.size() > 1) r.why += " and " + std::to_string(r.cited_by.size() - 1) + " more";
      r.why += "; checked as an article too: cites " + Describe(in, kept[i][0]);
      if (kept[i].size() > 1) r.why += " and " + std::to_string(kept[i].size() - 1) + " more";
    } else if (!kept[i].empty()) {
      r.role = "article";
      r.why = "cites " + Describe(in, kept[i][0]);
      if (kept[i].size() > 1) r.why += " and " + std::to_string(kept[i].size() - 1) + " more";
    } else if (!r.cited_by.empty()) {
      // Cited, naming no stored document itself, yet restating the figures
      // of another document its citer cites: coverage of that one, named in
      // other words ("el balance del Registro" for the ministry's release),
      // as a lobby's statement the blog quotes beside the release (eval24:
      // read as a source, the plain run lost the roled run's flags on it).
      std::vector<Citation> siblings;
      const std::string& mine = !in.documents[i].publisher.empty() ? in.documents[i].publisher : in.documents[i].author;
      for (int c : r.cited_by) {
        for (const Citation& sc : kept[static_cast<size_t>(c)]) {
          // Not the same body's other document (a revision notice restates
          // the report it revises; both are the body's sources).
          const StoredDocument& o = in.documents[static_cast<size_t>(sc.cited)];
          const std::string& theirs = !o.publisher.empty() ? o.publisher : o.author;
          if (sc.cited == static_cast<int>(i) || !kept[static_cast<size_t>(sc.cited)].empty() ||
              (!mine.empty() && SamePublisher(mine, theirs, rules_dir))) {
            continue;
          }
          siblings.push_back(sc);
        }
      }
      const std::pair<size_t, size_t> sib = siblings.empty() ? std::pair<size_t, size_t>{0, 0} : restated.Count(i, siblings);
      if (sib.first >= kRestatedMin && static_cast<double>(sib.first) >= kRestatedShare * static_cast<double>(sib.second) &&
          !restated.Revises(i, siblings)) {
        r.role = "article";
        r.why = "cited by " + check::DocName(in.documents[r.cited_by[0]].path) + ", but " + std::to_string(sib.first) +
                " of its " + std::to_string(sib.second) + " figures are figures of " + Describe(in, siblings[0]) +
                ", which that document cites too: coverage";
      } else {
        r.role = "source";
        r.why = "cited by " + check::DocName(in.documents[r.cited_by[0]].path);
        if (r.cited_by.size() > 1) r.why += " and " + std::to_string(r.cited_by.size() - 1) + " more";
      }
    } else {
      r.role = "article";
      r.why = "cites no stored document and none cites it";
    }
  }
  // A body's document that names no stored document and that none names
  // is a source when the store holds coverage to check against it (an
  // outlet's piece, or any document resolved as an article that is not a
  // body's): the case file's release, notice or report whose coverage
  // names it in other words. With no such coverage, documents that cite
  // nothing of each other stay articles, compared with each other.
  std::vector<size_t> bodies;
  bool coverage = false;
  for (size_t i = 0; i < n; ++i) {
    const DocumentRole& r = roles[i];
    if (r.role != "article") continue;
    const StoredDocument& d = in.documents[i];
    const Genre g = DocumentGenre(rw, d);
    if (r.stored == "auto" && kept[i].empty() && r.cited_by.empty() && g == Genre::kBody) {
      bodies.push_back(i);
    } else {
      coverage = true;
    }
  }
  if (coverage) {
    for (size_t i : bodies) {
      const StoredDocument& d = in.documents[i];
      roles[i].role = "source";
      roles[i].why = "cites no stored document and none cites it; published by a body (\"" +
                     BodyName(rw, !d.publisher.empty() ? d.publisher : d.author) +
                     "\"), not an outlet: a source for the coverage";
    }
  }
  // A news outlet's piece that other coverage cites ("As the Riverton
  // Ledger reported last week, ...") is coverage too when the store holds
  // the sources coverage is written from (a document resolved as a source
  // that is not an outlet's): the column and the piece it quotes are both
  // checked against those sources, never the column against the piece.
  bool body_source = false;
  std::vector<Genre> genre(n, Genre::kUnknown);
  for (size_t i = 0; i < n; ++i) {
    const StoredDocument& d = in.documents[i];
    genre[i] = DocumentGenre(rw, d);
    body_source = body_source || (roles[i].role == "source" && genre[i] != Genre::kOutlet);
  }
  if (body_source) {
    for (size_t i = 0; i < n; ++i) {
      DocumentRole& r = roles[i];
      if (r.stored != "auto" || r.role != "source" || genre[i] != Genre::kOutlet || r.cited_by.empty()) continue;
      r.role = "article";
      r.also_article = false;
      r.why = "cited by " + check::DocName(in.documents[r.cited_by[0]].path) +
              ", but a news outlet's piece (\"" + (!in.documents[i].publisher.empty() ? in.documents[i].publisher
                                                                                     : in.documents[i].author) +
              "\"): coverage, checked against the sources" +
              (kept[i].empty() ? std::string() : "; cites " + Describe(in, kept[i][0]));
    }
  }
  return roles;
}

CitedLists CitedDocumentsOfAll(const CheckInput& in, const std::vector<DocumentRole>& roles,
                               const std::string& rules_dir) {
  const size_t n = in.documents.size();
  CitedLists out;
  out.of.assign(n, 0);
  std::map<std::vector<int>, int> index;  // each distinct list -> its place in out.lists
  index.emplace(std::vector<int>(), 0);
  std::unique_ptr<CitationFinder> finder;
  std::vector<int> ids;
  std::vector<int> days;  // DayNumbers, once a list is found here
  for (size_t i = 0; i < n && i < roles.size(); ++i) {
    const DocumentRole& r = roles[i];
    if (r.role != "article" && !r.also_article) continue;
    ids.clear();
    if (r.stored == "auto") {
      for (const Citation& c : r.cites) ids.push_back(c.cited);
    } else {
      if (!finder) finder = std::make_unique<CitationFinder>(in, RoleWordsFor(rules_dir));
      finder->Find(static_cast<int>(i), &ids);
      if (days.empty()) days = DayNumbers(in);
      std::erase_if(ids, [&](int c) { return c >= 0 && PublishedAfter(days[static_cast<size_t>(c)], days[i]); });
    }
    auto [it, fresh] = index.emplace(ids, static_cast<int>(out.lists.size()));
    if (fresh) out.lists.push_back(ids);  // copied at its size: no growth slack kept
    out.of[i] = it->second;
  }
  return out;
}

std::string NothingToCompare(const CheckInput& in, const std::vector<DocumentRole>& roles) {
  if (in.documents.size() < 2) {
    return "the store holds " + std::to_string(in.documents.size()) +
           (in.documents.size() == 1 ? " document" : " documents") +
           ": nothing to compare (ingest a source and an article that cites it)";
  }
  size_t articles = 0;
  for (const DocumentRole& r : roles) articles += r.role == "article" || r.also_article;
  if (articles == 0) {
    return "every stored document is a source (--role source): there is no article to check "
           "against them (ingest one without --role, or with --role article)";
  }
  std::unordered_set<std::string> with_figures;
  for (const Figure& f : in.figures) with_figures.insert(f.doc_id + '\x1f' + f.doc);
  size_t checked = 0;
  for (size_t i = 0; i < in.documents.size(); ++i) {
    const StoredDocument& d = in.documents[i];
    if (roles[i].role == "article" && with_figures.count(d.doc_id + '\x1f' + d.path)) ++checked;
  }
  if (checked == 0) return "no article holds a figure to check";
  if (with_figures.size() < 2) return "only one stored document holds figures: nothing to compare";
  return "";
}

std::string NoSourceNote(const std::vector<DocumentRole>& roles) {
  size_t stored_articles = 0;
  for (const DocumentRole& r : roles) {
    if (r.role == "source") return "";
    stored_articles += r.stored == "article";
  }
  if (roles.size() < 2) return "";
  std::string why = stored_articles > 0 ? " (" + std::to_string(stored_articles) + " stored with --role article)"
                                        : " (none cites another)";
  return "no stored document is a source" + why +
         ": the articles are compared with each other, and a difference is a disagreement, not an error "
         "(store a report with --role source, or without --role to let `claimcheck docs` show the roles found)";
}

namespace {

// Whether two publisher lines have one key (KeyWords of their BodyName),
// with the keys memoised per thread. The checker asks SamePublisher for
// every candidate of every article figure (Superseding, the series test),
// always about the few publisher lines of the stored documents: rebuilding
// both keys on each call was 13% of `check`'s CPU on the 10^5 bench store
// (perf). A key is a pure function of the line and the role words, so the
// memo changes no answer; it starts again when the role words differ
// (another rules directory) or once it holds kMaxKeys lines, and only
// before both lines are looked up (the first key is held by reference).
bool SameKey(const RoleWords& rw, const std::string& a, const std::string& b) {
  constexpr size_t kMaxKeys = 4096;
  struct Memo {
    const RoleWords* rw = nullptr;
    std::unordered_map<std::string, std::vector<std::string>> keys;
  };
  thread_local Memo memo;
  if (memo.rw != &rw || memo.keys.size() + 2 > kMaxKeys) {
    memo.keys.clear();
    memo.rw = &rw;
  }
  auto key = [&](const std::string& line) -> const std::vector<std::string>& {
    auto it = memo.keys.find(line);
    if (it == memo.keys.end()) it = memo.keys.emplace(line, KeyWords(rw, BodyName(rw, line))).first;
    return it->second;  // unordered_map nodes stay put when the table grows
  };
  const std::vector<std::string>& ka = key(a);
  return ka == key(b);
}

}  // namespace

bool SamePublisher(const std::string& a, const std::string& b, const std::string& rules_dir) {
  if (a.empty() || b.empty()) return false;
  if (a == b) return true;
  return SameKey(RoleWordsFor(rules_dir), a, b);
}

}  // namespace claimcheck

namespace claimcheck {

bool NamesPublication(const RoleWords& rw, std::string_view credit) {
  // The capitalised run is the name; a lower-case joiner after its first
  // word ("for" in "Office for National Statistics") makes it a body's.
  std::string last;
  for (const std::string& w : Words(credit)) {
    const std::string lw = FoldLower(w);
    if (!std::isupper(static_cast<unsigned char>(w[0]))) {
      if (!last.empty() && rw.name_edge_words.count(lw) && !rw.leading_articles.count(lw)) return false;
      continue;
    }
    last = lw;
  }
  return !last.empty() && rw.publication_words.count(last) > 0;
}

}  // namespace claimcheck
