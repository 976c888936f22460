#include "claims/check/lexicon.h"

#include <algorithm>
#include <cctype>
#include <set>
#include <vector>

#include "claimcheck/util.h"
#include "core/case_fold.h"  // FoldLower, IsUpperLetterAt: one case folding for names
#include "claims/check/utf8.h"

namespace claimcheck::check {
namespace {

bool HasDigit(std::string_view w) {
  return std::any_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }

// A word that starts with a capital letter that FoldLower folds ("Écija").
bool IsCapital(std::string_view w) { return IsUpperLetterAt(w, 0); }

// "CEP", "WHO", "CDC": two to six capitals and nothing else.
bool IsAcronym(std::string_view w) {
  return w.size() >= 2 && w.size() <= 6 && std::all_of(w.begin(), w.end(), IsUpper);
}

// A name run together from capitalised words ("VisitPellham",
// "SeaSafeNorth", "GlaxoSmithKline"): a brand or a body's name, written so by
// no person. A surname with a particle ("McKenzie", "MacDonald", "DeSantis",
// "FitzGerald") joins two parts, the first short: two parts make a name only
// when the first has five letters or more and the second three or more
// (trial17: "according to VisitPellham" was read as no body).
bool IsRunTogetherName(std::string_view w) {
  if (w.empty() || !IsUpper(w[0])) return false;
  std::vector<size_t> parts = {0};  // where each capitalised part starts
  for (size_t i = 1; i < w.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(w[i]);
    if (IsUpper(w[i]) && std::islower(static_cast<unsigned char>(w[i - 1]))) {
      parts.push_back(i);
    } else if (!std::islower(c) && !IsUpper(w[i])) {
      return false;  // a digit, a hyphen, an apostrophe, a non-ASCII letter: not this shape
    }
  }
  for (size_t k = 0; k < parts.size(); ++k) {
    const size_t end = k + 1 < parts.size() ? parts[k + 1] : w.size();
    if (end - parts[k] < 2) return false;  // "McDonaldS", acronyms run in
  }
  if (parts.size() >= 3) return true;
  return parts.size() == 2 && parts[1] >= 5 && w.size() - parts[1] >= 3;
}

// Curly apostrophes and trailing possessives do not change a word's identity.
std::string_view StripPossessive(std::string_view w) {
  if (w.size() > 2 && (w.substr(w.size() - 2) == "'s")) return w.substr(0, w.size() - 2);
  if (w.size() > 4 && w.substr(w.size() - 4) == "\xE2\x80\x99s") return w.substr(0, w.size() - 4);
  if (!w.empty() && w.back() == '\'') return w.substr(0, w.size() - 1);
  return w;
}

// Non-ASCII code points that separate words: Latin-1 punctuation and signs
// (no-break space, guillemets, inverted marks, the multiplication sign), the
// General Punctuation block (dashes, curly quotes, ellipsis), CJK punctuation,
// full-width ASCII punctuation, and anything ill-formed.
bool IsSeparatorCodePoint(char32_t cp) {
  if (cp >= 0x80 && cp <= 0xBF) return cp != 0xAA && cp != 0xB5 && cp != 0xBA;
  if (cp == 0xD7 || cp == 0xF7) return true;
  if (cp >= 0x2000 && cp <= 0x206F) return true;
  if (cp >= 0x3000 && cp <= 0x303F) return true;
  if (cp >= 0xFF00 && cp <= 0xFF0F) return true;
  return cp == 0xFFFD || cp == 0xFEFF;
}

}  // namespace

std::string Initials(std::string_view name) {
  std::string out;
  for (std::string_view w : Words(name)) {
    if (!w.empty() && IsUpper(w[0])) out.push_back(w[0]);
  }
  return out;
}

std::vector<std::string_view> Words(std::string_view text) {
  // Decoded code point by code point, so a word never starts or ends inside
  // a multi-byte character ("\xE2\x80\x9C75" used to yield "\x80\x9C75").
  std::vector<std::string_view> out;
  auto is_word = [&](size_t i, size_t* len) {
    char32_t cp = DecodeAt(text, i, len);
    if (cp < 0x80) {
      char c = static_cast<char>(cp);
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
             c == '\'';
    }
    return !IsSeparatorCodePoint(cp);
  };
  size_t i = 0;
  while (i < text.size()) {
    size_t len = 1;
    while (i < text.size() && !is_word(i, &len)) i += len;
    size_t start = i;
    while (i < text.size()) {
      if (is_word(i, &len)) {
        i += len;
        continue;
      }
      // U+2019 between two word characters is an apostrophe: "CEP\u2019s".
      size_t next = 0;
      if (i > start && DecodeAt(text, i, &len) == 0x2019 && i + len < text.size() &&
          is_word(i + len, &next)) {
        i += len;
        continue;
      }
      break;
    }
    if (i > start) {
      std::string_view w = text.substr(start, i - start);
      while (!w.empty() && (w.front() == '-' || w.front() == '\'')) w.remove_prefix(1);
      while (!w.empty() && (w.back() == '-' || w.back() == '\'')) w.remove_suffix(1);
      if (!w.empty()) out.push_back(w);
    }
  }
  return out;
}

Status Lexicon::Load(const std::string& rules_dir, const std::vector<std::string>& langs) {
  groups_by_key_.clear();  // For(lang) may give another language's groups now
  for (const std::string& lang : langs) {
    if (by_lang_.count(lang)) continue;
    Synonyms syn;
    Status s = LoadSynonyms(rules_dir, lang, &syn);
    if (!s.ok() && s.code() != Status::Code::kNotFound) return s;
    for (const auto& group : syn.groups) {
      for (size_t i = 1; i < group.size(); ++i) Union(group[0], group[i]);
    }
    by_lang_.emplace(lang, std::move(syn));
  }
  return Status::Ok();
}

const Synonyms& Lexicon::For(std::string_view lang) const {
  auto it = by_lang_.find(lang);
  return it == by_lang_.end() ? empty_ : it->second;
}

std::string Lexicon::Find(const std::string& w) const {
  auto it = parent_.find(w);
  if (it == parent_.end()) return w;
  std::string root = w;
  while (true) {
    auto p = parent_.find(root);
    if (p == parent_.end() || p->second == root) break;
    root = p->second;
  }
  // Path compression keeps later look-ups short.
  std::string cur = w;
  while (cur != root) {
    std::string next = parent_[cur];
    parent_[cur] = root;
    cur = next;
  }
  return root;
}

void Lexicon::Union(const std::string& a, const std::string& b) {
  if (a.empty() || b.empty()) return;
  std::string ra = Find(a), rb = Find(b);
  if (ra == rb) return;
  // The smaller string becomes the root so keys do not depend on load order.
  if (rb < ra) std::swap(ra, rb);
  parent_[ra] = ra;
  parent_[rb] = ra;
  groups_by_key_.clear();  // the canonical keys changed
}

std::string Lexicon::Canonical(const std::string& lemma) const { return Find(lemma); }

const std::vector<size_t>& Lexicon::GroupsWithCanonical(std::string_view lang, const std::string& key) const {
  static const std::vector<size_t> kNone;
  auto by_key = groups_by_key_.find(lang);
  if (by_key == groups_by_key_.end()) {
    by_key = groups_by_key_.emplace(std::string(lang), std::unordered_map<std::string, std::vector<size_t>>()).first;
    const std::vector<std::vector<std::string>>& groups = For(lang).groups;
    for (size_t g = 0; g < groups.size(); ++g) {
      std::vector<std::string> keys;
      for (const std::string& w : groups[g]) keys.push_back(Find(w));
      std::sort(keys.begin(), keys.end());
      keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
      for (std::string& k : keys) by_key->second[std::move(k)].push_back(g);
    }
  }
  auto it = by_key->second.find(key);
  return it == by_key->second.end() ? kNone : it->second;
}

bool Lexicon::Distinct(const std::string& a, const std::string& b) const {
  for (const auto& [lang, syn] : by_lang_) {
    for (const auto& [x, y] : syn.distinct) {
      if ((x == a && y == b) || (x == b && y == a)) return true;
    }
  }
  return false;
}

std::string Lexicon::HeadOf(const Synonyms& syn, std::string_view phrase, bool* whole,
                            std::string* span, std::vector<std::string>* lemmas) const {
  // Parentheses and clause punctuation end the head phrase: "profiles (or nodes)".
  size_t cut = phrase.find_first_of("(,;:[\"");
  if (cut != std::string_view::npos) phrase = phrase.substr(0, cut);
  std::vector<std::string> kept;
  const char* first = nullptr;
  const char* last = nullptr;
  bool started = false;
  for (std::string_view raw : Words(phrase)) {
    std::string w = AsciiLower(StripPossessive(raw));
    if (!started && (syn.part_of.count(w) || syn.stopwords.count(w))) {
      if (syn.whole_markers.count(w)) *whole = true;
      continue;  // leading "of the", "all"
    }
    if (syn.whole_markers.count(w)) {
      *whole = true;
      continue;
    }
    if (syn.phrase_breaks.count(w)) break;
    started = true;
    if (HasDigit(w) || syn.stopwords.count(w)) continue;
    if (!first) first = raw.data();
    last = raw.data() + raw.size();
    kept.push_back(syn.Lemma(w));
    if (kept.size() >= 4) break;
  }
  if (span) *span = first ? std::string(first, static_cast<size_t>(last - first)) : std::string();
  if (lemmas) *lemmas = kept;
  if (kept.empty()) return {};
  return syn.head_first ? kept.front() : kept.back();
}

SubjectInfo Lexicon::Subject(const Figure& f) const {
  const Synonyms& syn = For(f.lang);
  SubjectInfo info;
  std::string_view phrase = f.subject;
  if (phrase.empty() && f.end >= f.sentence_start && f.end - f.sentence_start <= f.sentence.size()) {
    // No subject recorded: read the noun phrase right after the figure.
    phrase = Prefix(Slice(f.sentence, f.end - f.sentence_start, f.sentence.size()), 120);
  }
  if (!f.subject.empty() && f.end >= f.sentence_start && f.end - f.sentence_start <= f.sentence.size()) {
    // A recorded subject that stops at a modifier ("ISIS" in "260 ISIS
    // supporters in ...") is widened to the noun phrase the sentence shows.
    std::string_view after = Slice(f.sentence, f.end - f.sentence_start, f.sentence.size());
    while (!after.empty() && after.front() == ' ') after.remove_prefix(1);
    std::vector<std::string_view> recorded = Words(f.subject);
    bool modifier_only = recorded.size() == 1 && IsUpper(recorded[0][0]);
    if (modifier_only && after.size() > f.subject.size() &&
        AsciiLower(after.substr(0, f.subject.size())) == AsciiLower(f.subject) &&
        after[f.subject.size()] == ' ') {
      bool whole = false;
      std::string wider = HeadOf(syn, Prefix(after, 120), &whole);
      if (!wider.empty()) phrase = Prefix(after, 120);
    }
  }
  info.head = HeadOf(syn, phrase, &info.whole, &info.phrase, &info.lemmas);
  if (!f.subject.empty() && !info.whole && f.end >= f.sentence_start &&
      f.end - f.sentence_start <= f.sentence.size()) {
    // A recorded subject may leave out a leading "all" ("of all terrorist
    // content" -> "terrorist content"); read it from the sentence.
    std::string_view after = Slice(f.sentence, f.end - f.sentence_start, f.sentence.size());
    bool whole = false;
    if (HeadOf(syn, Prefix(after, 120), &whole) == info.head) {
      info.whole = whole;
    }
  }
  info.key = info.head.empty() ? std::string() : Canonical(info.head);
  return info;
}

void Lexicon::AddSubjectAlias(const std::string& lang, std::string_view subject,
                              std::string_view alias) {
  const Synonyms& syn = For(lang);
  bool whole = false;
  std::string a = HeadOf(syn, subject, &whole), b = HeadOf(syn, alias, &whole);
  Union(a, b);
}

void Lexicon::AddAliases(const std::vector<Alias>& aliases) {
  credit_profiles_.clear();  // CreditNames widens by the aliases
  for (const Alias& a : aliases) {
    aliases_.push_back(a);
    // Entity aliases ("CEP" = "Counter Extremism Project") name bodies, not
    // counted things; only one-word aliases of short phrases say that two
    // subject heads are the same thing ("nodes" = "profiles").
    std::vector<std::string_view> wa = Words(a.alias), wc = Words(a.canonical);
    if (wa.size() != 1 || wc.empty() || wc.size() > 2 || IsAcronym(wa[0])) continue;
    for (const auto& [lang, syn] : by_lang_) {
      bool whole = false;
      Union(HeadOf(syn, a.alias, &whole), HeadOf(syn, a.canonical, &whole));
    }
  }
}

std::vector<std::string> Lexicon::ContextWords(std::string_view lang, std::string_view sentence) const {
  const Synonyms& syn = For(lang);
  std::vector<std::string> out;
  for (std::string_view raw : Words(sentence)) {
    raw = StripPossessive(raw);
    if (raw.size() < 3 || HasDigit(raw)) continue;
    std::string w = AsciiLower(raw);
    if (syn.stopwords.count(w) || syn.part_of.count(w)) continue;
    out.push_back(syn.Lemma(w));
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::vector<std::string_view> Lexicon::CreditWords(const Synonyms& syn, std::string_view attribution) const {
  // Keep the part before "told": "Ibsen told Breitbart News" credits Ibsen.
  std::vector<std::string_view> words;
  for (std::string_view w : Words(attribution)) {
    if (syn.recipient_cues.count(FoldLower(w))) break;
    const std::string_view bare = StripPossessive(w);
    words.push_back(bare);
    // What a body's name owns is its own: "The Guild's Workshop Survey 2025
    // found" credits the Guild (eval50: the survey's words, no name of the
    // publisher, made it another body).
    if (bare.size() < w.size() && IsCapital(bare) && syn.body_words.count(FoldLower(bare))) break;
  }
  return words;
}

std::vector<std::string> Lexicon::CreditNames(const StoredDocument& doc) const {
  // The document's names, widened by the aliases that mention one of them.
  std::vector<std::string> names;
  for (const std::string* n : {&doc.publisher, &doc.author, &doc.title}) {
    if (!n->empty()) names.push_back(*n);
  }
  const size_t own = names.size();
  for (const Alias& a : aliases_) {
    for (size_t i = 0; i < own; ++i) {
      std::string ln = FoldLower(names[i]);
      if (ln.find(FoldLower(a.canonical)) != std::string::npos) names.push_back(a.alias);
      if (ln.find(FoldLower(a.alias)) != std::string::npos && IsAcronym(a.alias) == false) {
        names.push_back(a.canonical);
      }
      if (FoldLower(a.alias) == ln) names.push_back(a.canonical);
    }
  }
  return names;
}

// Why the keys suffice (Credits returns kThisDocument in three ways):
//  - a whole name " n " inside " joined ": joined is the attribution's words,
//    each one Words token, lower-cased, between single spaces, so the name's
//    first Words token is one of those words ("f:"; unless a word is empty,
//    when two spaces meet: AttributionKeys then gives up);
//  - an acronym of the attribution among the document's acronyms ("a:");
//  - most significant words shared, so at least one significant word of the
//    attribution is a word of a name ("w:").
void Lexicon::DocumentKeys(const StoredDocument& doc, std::vector<std::string>* keys) const {
  keys->clear();
  for (const std::string& n : CreditNames(doc)) {
    std::string ini = Initials(n);
    if (ini.size() >= 2) keys->push_back("a:" + ini);
    bool first = true;
    for (std::string_view w : Words(n)) {
      if (IsAcronym(w)) keys->push_back("a:" + std::string(w));
      if (first && n.size() >= 3) keys->push_back("f:" + FoldLower(w));
      first = false;
      keys->push_back("w:" + FoldLower(w));
    }
  }
  std::sort(keys->begin(), keys->end());
  keys->erase(std::unique(keys->begin(), keys->end()), keys->end());
}

Lexicon::Credit Lexicon::DescribedBody(std::string_view lang, std::string_view attribution,
                                       const StoredDocument& doc) const {
  const Synonyms& syn = For(lang);
  // A possessor says whose the body or report is ("the charity's referral
  // survey"): that is the body credited, and it is named before.
  for (std::string_view w : Words(attribution)) {
    if (StripPossessive(w).size() != w.size()) return Credit::kNone;
  }
  const std::vector<std::string_view> words = CreditWords(syn, attribution);
  // The description must end the credit ("according to the coastguard
  // agency"): a body described as the subject of a verb of saying ("the
  // social media company now says") is most often one named before and
  // referred back to, the publisher as likely as any.
  if (words.empty() || !syn.body_words.count(FoldLower(words.back()))) return Credit::kNone;
  std::vector<std::string> described;  // a body word and the word that says which ("coastguard agency")
  for (size_t k = 0; k < words.size(); ++k) {
    const std::string_view w = words[k];
    if (IsAcronym(w)) return Credit::kNone;
    const std::string lw = FoldLower(w);
    if (lw.empty() || syn.stopwords.count(lw)) continue;
    // A capitalised word that is no stopword names the body.
    if (IsCapital(w)) return Credit::kNone;
    if (!described.empty() || !syn.body_words.count(lw) || k == 0) continue;
    // Only the word just before it says which body: a word after is as
    // likely the verb that credits ("the agency estimates").
    const std::string before = FoldLower(words[k - 1]);
    if (before.empty() || syn.stopwords.count(before) || syn.body_words.count(before)) continue;
    described = {before, lw};
  }
  if (described.empty()) return Credit::kNone;
  // By lemma: "the ferry company" describes "Northmere Island Ferries".
  for (const std::string& w : described) {
    const std::string lw = syn.Lemma(w);
    for (const std::string& n : ProfileOf(doc).name_words) {
      if (n == w || syn.Lemma(n) == lw) return Credit::kThisDocument;
    }
  }
  if (doc.publisher.empty() && doc.author.empty()) return Credit::kNone;
  return Credit::kOtherBody;
}

bool Lexicon::AttributionKeys(std::string_view lang, std::string_view attribution,
                              std::vector<std::string>* keys) const {
  keys->clear();
  const Synonyms& syn = For(lang);
  for (std::string_view w : CreditWords(syn, attribution)) {
    if (w.empty()) return false;
    if (IsAcronym(w)) keys->push_back("a:" + std::string(w));
    std::string lw = FoldLower(w);
    // Only a significant word counts towards shared words (Credits).
    if (IsCapital(w) && !syn.stopwords.count(lw)) keys->push_back("w:" + lw);
    keys->push_back("f:" + std::move(lw));
  }
  return true;
}

const Lexicon::CreditProfile& Lexicon::ProfileOf(const StoredDocument& doc) const {
  std::string key = doc.publisher;
  key += '\x1f';
  key += doc.author;
  key += '\x1f';
  key += doc.title;
  auto [it, fresh] = credit_profiles_.try_emplace(std::move(key));
  if (!fresh) return it->second;
  CreditProfile& p = it->second;
  for (const std::string& n : CreditNames(doc)) {
    std::string ln = FoldLower(n);
    if (ln.size() >= 3) p.padded_names.push_back(" " + ln + " ");
    std::string ini = Initials(n);
    if (ini.size() >= 2) p.acronyms.insert(ini);
    const std::vector<std::string_view> words = Words(n);
    // The initials before a closing place ("DRT" for the Dirección Regional
    // de Tráfico de Valdemora, as "DGT" for the Dirección General de
    // Tráfico): a name's last word capitalised after a lower-case link word
    // is where the body is, which its short form drops (trial115). Three
    // letters at least: two are too many bodies' ("DG").
    if (words.size() >= 4 && IsUpper(words.back()[0]) && !words[words.size() - 2].empty() &&
        !IsUpper(words[words.size() - 2][0])) {
      const std::string_view head(n.data(), static_cast<size_t>(words[words.size() - 2].data() - n.data()));
      if (std::string prefix = Initials(head); prefix.size() >= 3) p.acronyms.insert(std::move(prefix));
    }
    for (std::string_view w : words) {
      if (IsAcronym(w)) {
        // The name itself, or its initials in brackets ("Counter Extremism
        // Project (CEP)"), or a word among others ("NHS" in a trust's name).
        const bool own = words.size() == 1 || (w.data() > n.data() && w.data()[-1] == '(');
        (own ? p.acronyms : p.acronym_words).insert(std::string(w));
      }
      p.name_words.insert(FoldLower(w));
    }
    for (size_t k = 2; k < words.size(); ++k) {
      std::string tail = Initials(std::string_view(words[words.size() - k].data(),
                                                   static_cast<size_t>(n.data() + n.size() - words[words.size() - k].data())));
      if (tail.size() == k) p.tail_acronyms.insert(std::move(tail));
    }
  }
  for (const std::string& a : p.acronyms) p.acronym_words.erase(a);
  for (std::string_view w : Words(doc.title)) p.title_only_words.insert(FoldLower(w));
  for (const std::string& n : CreditNames(doc)) {
    if (n != doc.title) {
      for (std::string_view w : Words(n)) p.title_only_words.erase(FoldLower(w));
    }
  }
  return p;
}

Lexicon::Credit Lexicon::Credits(std::string_view lang, std::string_view attribution,
                                 const StoredDocument& doc, std::string* who) const {
  const Synonyms& syn = For(lang);
  std::vector<std::string_view> words = CreditWords(syn, attribution);
  if (who) {
    // As written, from the first named word ("the FBI", not "According to
    // the FBI") to the last one ("HUD", not "HUD counted").
    who->clear();
    const std::string_view* first = nullptr;
    const std::string_view* last = nullptr;
    for (const std::string_view& w : words) {
      if (IsCapital(w) && !syn.stopwords.count(FoldLower(w))) {
        if (!first) first = &w;
        last = &w;
      }
    }
    if (first) {
      size_t b = static_cast<size_t>(first->data() - attribution.data());
      size_t e = static_cast<size_t>(last->data() + last->size() - attribution.data());
      if (b >= 4 && FoldLower(attribution.substr(b - 4, 4)) == "the ") b -= 4;
      *who = std::string(attribution.substr(b, e - b));
      if (e < attribution.size() && attribution[e] == ')') *who += ")";
    } else {
      *who = CollapseSpace(attribution);
    }
  }
  if (words.empty()) return Credit::kNone;

  const CreditProfile& profile = ProfileOf(doc);
  std::string joined;
  for (std::string_view w : words) joined += FoldLower(w) + " ";
  const std::string padded_joined = " " + joined;
  for (const std::string& padded : profile.padded_names) {
    if (padded_joined.find(padded) != std::string::npos) return Credit::kThisDocument;
  }
  const std::set<std::string>& name_words = profile.name_words;
  const std::set<std::string>& acronyms = profile.acronyms;
  size_t significant = 0, shared = 0, shared_title_only = 0, tail_shared = 0;
  bool body = false, other_body_word = false;
  for (size_t k = 0; k < words.size(); ++k) {
    const std::string_view w = words[k];
    if (IsAcronym(w)) {
      body = true;
      if (acronyms.count(std::string(w))) return Credit::kThisDocument;
      if (profile.tail_acronyms.count(std::string(w))) {
        ++significant;
        ++tail_shared;
        continue;
      }
      // A shared acronym that is one word of the document's longer name
      // names it, unless the credit joins it to a name word of its own:
      // "NHS England" is not "Harbourside NHS Foundation Trust" (trial11);
      // the words are then weighed like any others, below.
      if (profile.acronym_words.count(std::string(w))) {
        const bool own_next = k + 1 < words.size() && IsCapital(words[k + 1]) && !IsAcronym(words[k + 1]) &&
                              !syn.stopwords.count(FoldLower(words[k + 1])) &&
                              !name_words.count(FoldLower(words[k + 1]));
        if (!own_next) return Credit::kThisDocument;
      }
    }
    if (!IsCapital(w)) continue;
    std::string lw = FoldLower(w);
    if (syn.stopwords.count(lw)) continue;
    if (IsRunTogetherName(StripPossessive(w))) body = true;
    // A name joined by "for" ("Skills for Care", "Centre for Cities",
    // "Campaign for Better Transport") is an organisation's: a person is
    // "of" a body, never "for" it (trial44: no body was read).
    if (k >= 2 && FoldLower(words[k - 1]) == "for" && IsCapital(words[k - 2])) body = true;
    if (syn.body_words.count(lw)) {
      body = true;
      if (!name_words.count(lw)) other_body_word = true;
    }
    ++significant;
    if (name_words.count(lw)) {
      ++shared;
      if (profile.title_only_words.count(lw)) ++shared_title_only;
    }
  }
  // One word shared with the title alone is the report's topic, not its body.
  if (shared == 1 && shared_title_only == 1) shared = 0;
  // A tail's initials alone ("the FA") may be another body of that kind (the
  // national one): they count beside a name word shared ("the County FA").
  if (shared > 0) shared += tail_shared;
  // Most words shared makes the same body, unless the credit names a kind
  // of body none of the document's names has: "the State Department of
  // Health" shares "Department" and "Health" with "Marlow County Public
  // Health Department", but a state department is not a county one.
  if (significant > 0 && shared * 5 >= significant * 3 && !other_body_word) return Credit::kThisDocument;
  // A document whose body is unknown (no publisher, no author: a PDF without
  // metadata whose cover names none) cannot be credited to another body: its
  // title names a report, not who wrote it.
  if (doc.publisher.empty() && doc.author.empty()) return Credit::kNone;
  return body ? Credit::kOtherBody : Credit::kNone;
}

}  // namespace claimcheck::check
