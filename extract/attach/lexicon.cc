#include "extract/attach/lexicon.h"

#include <filesystem>

#include "extract/attach/yaml_rules.h"

namespace claimcheck::attach {

void PhraseSet::Add(const std::string& phrase) {
  std::vector<std::string> words;
  for (const Token& t : Tokenize(phrase)) words.push_back(t.lower);
  if (words.empty()) return;
  if (words.size() == 1) singles_.insert(words[0]);
  by_first_[words[0]].push_back(phrases_.size());
  phrases_.push_back(std::move(words));
}

size_t PhraseSet::MatchAt(const std::vector<Token>& tokens, size_t i) const {
  if (i >= tokens.size()) return 0;
  // A marked token says whether any phrase of this set starts with it.
  if (tokens[i].marked && bit_ != 0 && (tokens[i].starts & bit_) == 0) return 0;
  auto it = by_first_.find(tokens[i].lower);
  if (it == by_first_.end()) return 0;
  size_t best = 0;
  for (size_t p : it->second) {
    const auto& words = phrases_[p];
    if (words.size() <= best || i + words.size() > tokens.size()) continue;
    bool ok = true;
    for (size_t k = 0; k < words.size() && ok; ++k) {
      ok = tokens[i + k].lower == words[k];
    }
    if (ok) best = words.size();
  }
  return best;
}

size_t PhraseSet::MatchEndingAt(const std::vector<Token>& tokens, size_t last) const {
  // A marked token says whether any phrase of this set ends with it: most
  // calls end here instead of trying up to six starts (bench/RESULTS.md,
  // branch spd7).
  if (last < tokens.size() && tokens[last].marked && bit_ != 0 && (tokens[last].ends & bit_) == 0) return 0;
  // A phrase of exactly `len` words ending at `last`, whatever longer
  // phrase starts at the same word: "at" before "the end of June 2026" ends
  // there though "at the end of" is a phrase too.
  size_t best = 0;
  for (size_t len = 1; len <= last + 1 && len <= 6; ++len) {
    const size_t i = last + 1 - len;
    if (tokens[i].marked && bit_ != 0 && (tokens[i].starts & bit_) == 0) continue;
    auto it = by_first_.find(tokens[i].lower);
    if (it == by_first_.end()) continue;
    for (size_t p : it->second) {
      const auto& words = phrases_[p];
      if (words.size() != len) continue;
      bool ok = true;
      for (size_t k = 1; k < len && ok; ++k) ok = tokens[i + k].lower == words[k];
      if (ok) {
        best = len;
        break;
      }
    }
  }
  return best;
}

void PhraseSet::Index(uint32_t bit, std::unordered_map<std::string, WordMarks>* index) {
  bit_ = bit;
  for (const auto& [first, unused] : by_first_) (*index)[first].starts |= bit;
  for (const std::string& w : singles_) (*index)[w].is_word |= bit;
  for (const auto& words : phrases_) (*index)[words.back()].ends |= bit;
}

void Lexicon::BuildIndex() {
  PhraseSet* sets[] = {&source_cues,  &speech_verbs, &listener_verbs, &listener_prepositions,
                       &auxiliaries,  &source_nouns, &source_links,   &determiners,
                       &pronouns,     &first_person, &name_stops,     &name_connectors,
                       &point_cues,   &since_cues,   &until_cues,      &baseline_cues, &clause_breaks,
                       &publication_cues};
  static_assert(sizeof(sets) / sizeof(sets[0]) <= 18, "one bit per phrase set, below kRelativeStart");
  index.clear();
  uint32_t bit = 1;
  for (PhraseSet* set : sets) {
    set->Index(bit, &index);
    bit <<= 1;
  }
  relative_indexed = true;
  for (const RelativeTime& r : relative) {
    if (r.words.empty()) {
      relative_indexed = false;
      continue;
    }
    index[r.words[0]].starts |= kRelativeStart;
  }
}

void Lexicon::Mark(std::vector<Token>* tokens) const {
  for (Token& t : *tokens) {
    auto it = index.find(t.lower);
    t.starts = it == index.end() ? 0 : it->second.starts;
    t.is_word = it == index.end() ? 0 : it->second.is_word;
    t.ends = it == index.end() ? 0 : it->second.ends;
    t.marked = true;
  }
}

namespace {

bool ReadPhrases(RuleFile& f, const YAML::Node& root, const char* key, PhraseSet* out) {
  if (!root[key]) return true;
  std::vector<std::string> list;
  if (!f.GetStringList(root[key], &list)) return false;
  for (const std::string& s : list) out->Add(s);
  return true;
}

Status LoadAttribution(const std::string& path, Lexicon* lex) {
  RuleFile f(path);
  YAML::Node root;
  Status s = f.Open(&root);
  if (!s.ok()) return s;
  f.CheckKeys(root,
              {"lang", "source_cues", "speech_verbs", "listener_verbs", "listener_prepositions",
               "auxiliaries", "source_nouns", "source_links", "determiners", "pronouns",
               "first_person", "name_stops", "relay_participles", "lead_in_max_paragraphs"},
              {"lang", "source_cues", "speech_verbs"});
  std::string lang;
  if (root["lang"]) f.GetString(root["lang"], &lang);
  ReadPhrases(f, root, "source_cues", &lex->source_cues);
  ReadPhrases(f, root, "speech_verbs", &lex->speech_verbs);
  ReadPhrases(f, root, "listener_verbs", &lex->listener_verbs);
  ReadPhrases(f, root, "listener_prepositions", &lex->listener_prepositions);
  ReadPhrases(f, root, "auxiliaries", &lex->auxiliaries);
  ReadPhrases(f, root, "source_nouns", &lex->source_nouns);
  ReadPhrases(f, root, "source_links", &lex->source_links);
  ReadPhrases(f, root, "determiners", &lex->determiners);
  ReadPhrases(f, root, "pronouns", &lex->pronouns);
  ReadPhrases(f, root, "first_person", &lex->first_person);
  ReadPhrases(f, root, "name_stops", &lex->name_stops);
  ReadPhrases(f, root, "relay_participles", &lex->relay_participles);
  if (root["lead_in_max_paragraphs"]) {
    f.GetInt(root["lead_in_max_paragraphs"], 1, 100, &lex->lead_in_max_paragraphs);
  }
  return f.status();
}

}  // namespace

Status LoadEntities(const std::string& path, Lexicon* lex) {
  RuleFile f(path);
  YAML::Node root;
  Status s = f.Open(&root);
  if (!s.ok()) return s;
  f.CheckKeys(root, {"lang", "name_connectors", "name_adjectives", "entities"}, {"lang"});
  ReadPhrases(f, root, "name_connectors", &lex->name_connectors);
  ReadPhrases(f, root, "name_adjectives", &lex->name_adjectives);
  if (root["entities"]) {
    const YAML::Node& list = root["entities"];
    if (!list.IsSequence()) {
      f.Fail(list, "'entities' must be a list of {name, aliases}");
    } else {
      for (const auto& e : list) {
        if (!f.CheckKeys(e, {"name", "aliases"}, {"name", "aliases"})) break;
        std::string name;
        std::vector<std::string> aliases;
        f.GetString(e["name"], &name);
        f.GetStringList(e["aliases"], &aliases);
        for (const std::string& a : aliases) lex->entities.push_back(Alias{a, name, "configured"});
      }
    }
  }
  return f.status();
}

namespace {

Status LoadTime(const std::string& path, Lexicon* lex) {
  RuleFile f(path);
  YAML::Node root;
  Status s = f.Open(&root);
  if (!s.ok()) return s;
  f.CheckKeys(root,
              {"lang", "point_cues", "since_cues", "until_cues", "baseline_cues", "clause_breaks", "publication_cues",
               "dated_documents",
               "relative_openers", "forward_cues", "relative"},
              {"lang"});
  ReadPhrases(f, root, "point_cues", &lex->point_cues);
  ReadPhrases(f, root, "since_cues", &lex->since_cues);
  ReadPhrases(f, root, "until_cues", &lex->until_cues);
  ReadPhrases(f, root, "baseline_cues", &lex->baseline_cues);
  ReadPhrases(f, root, "clause_breaks", &lex->clause_breaks);
  ReadPhrases(f, root, "publication_cues", &lex->publication_cues);
  ReadPhrases(f, root, "dated_documents", &lex->dated_documents);
  ReadPhrases(f, root, "relative_openers", &lex->relative_openers);
  ReadPhrases(f, root, "forward_cues", &lex->forward_cues);
  if (root["relative"]) {
    const YAML::Node& list = root["relative"];
    if (!list.IsSequence()) {
      f.Fail(list, "'relative' must be a list of {phrase, unit, offset, quarter}");
    } else {
      for (const auto& e : list) {
        if (!f.CheckKeys(e, {"phrase", "unit", "offset", "quarter"}, {"phrase", "unit"})) break;
        RelativeTime r;
        std::string phrase;
        f.GetString(e["phrase"], &phrase);
        f.GetString(e["unit"], &r.unit);
        if (f.status().ok() && r.unit != "year" && r.unit != "quarter" && r.unit != "month" &&
            r.unit != "week" && r.unit != "day") {
          f.Fail(e["unit"], "unit must be year, quarter, month, week or day");
        }
        if (e["offset"]) f.GetInt(e["offset"], -1000, 1000, &r.offset);
        if (e["quarter"]) {
          f.GetInt(e["quarter"], 1, 4, &r.quarter);
          if (f.status().ok() && r.unit != "quarter") {
            f.Fail(e["quarter"], "'quarter' needs unit: quarter");
          }
        }
        for (const Token& t : Tokenize(phrase)) r.words.push_back(t.lower);
        lex->relative.push_back(std::move(r));
      }
    }
  }
  return f.status();
}

}  // namespace

Status LoadLexicon(const std::string& rules_dir, const std::string& lang, Lexicon* lex) {
  std::string dir = rules_dir + "/" + lang + "/";
  Status s = LoadAttribution(dir + "attribution.yaml", lex);
  if (s.ok()) s = LoadTime(dir + "time.yaml", lex);
  if (s.ok() && std::filesystem::exists(dir + "entities.yaml")) {
    s = LoadEntities(dir + "entities.yaml", lex);
  }
  if (s.ok()) lex->BuildIndex();
  return s;
}

}  // namespace claimcheck::attach
