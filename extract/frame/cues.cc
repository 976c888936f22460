// Loading rules/<lang>/frames.yaml strictly, and matching its phrases.
#include "extract/frame/cues.h"

#include <algorithm>
#include <cstdlib>
#include <atomic>
#include <initializer_list>
#include <filesystem>

#include "extract/attach/tokens.h"
#include "extract/attach/yaml_rules.h"
#include "extract/frame/words.h"
#include "core/source_position.h"

namespace claimcheck::frame {

void CueSet::Add(std::vector<std::string> stems, int tag, std::string value, int extra) {
  if (stems.empty()) return;
  size_t id = phrases_.size();
  by_first_[stems.front()].push_back(id);
  by_last_[stems.back()].push_back(id);
  if (stems.size() == 1) singles_.insert(stems.front());
  phrases_.push_back(Phrase{std::move(stems), tag, extra, std::move(value)});
}


void CueSet::Index(int bit, std::unordered_map<std::string, MarkBits>* by_stem,
                   std::unordered_map<std::string, MarkBits>* by_lower) const {
  auto& index = exact_ ? *by_lower : *by_stem;
  const uint64_t b = uint64_t{1} << bit;
  for (const Phrase& p : phrases_) {
    index[p.stems.front()].starts |= b;
    index[p.stems.back()].ends |= b;
    if (p.stems.size() == 1) index[p.stems.front()].is_word |= b;
  }
}

void FrameRules::BuildIndex() {
  CueSet* sets[] = {&stops, &determiners, &quantity_nouns, &value_nouns, &value_for_nouns, &at_links, &links,
                    &agent_verbs, &bad_heads,
                    &statistics, &change_words, &change_by, &change_to, &change_from,
                    &total_forms, &total_unless_object, &change_nouns, &result_nouns, &revision, &flat_at, &not_change,
                    &comparatives, &than, &per_words, &rate_units, &rate_standalone, &rate_average_spans,
                    &not_rate_after, &rate_pronouns, &price_nouns, &span, &since, &point, &year_to, &relative, &fiscal, &months, &span_to, &week_words,
                    &month_words, &number_words, &quarters, &document_span, &same_span, &future_cues, &future_not_before, &earlier_lead_in,
                    &modality, &interval, &place_cues, &not_places, &never_speakers, &roles,
                    &speaker_verbs, &generic_speakers, &first_person, &titles, &documents, &fiscal_places, &seasons,
                    &self_report_verbs, &self_reporters, &not_stops, &part_verbs, &additional, &open_stops, &counted_units, &unmarked_plurals, &object_links, &stops_exact, &credit_verbs, &prenominal,
                    &additional_after, &new_words, &stock_nouns, &precipitation_units, &baseline,
                    &stock_verbs, &baseline_after_figure, &baseline_words, &complement_preps, &narrowing_preps, &complement_closers, &share_nouns, &change_of_preps,
                    &anaphors, &definite, &gap_words, &partitive_opens, &partitive_anaphors, &change_anaphors, &movement_nouns, &partitive_relatives, &group_opens, &aside_opens, &verbs_after_count, &plural_copulas, &level_adverbs, &experience_verbs, &level_openers, &forecasters, &decided_heads, &age_bounds, &age_unit_bounds, &age_units,
                    &age_links, &bodies, &revision_contrast, &revision_earlier, &revision_compared, &month_subject_verbs, &month_complement_subjects, &object_only, &publication_verbs, &publication_nouns, &dated_documents, &when_clause, &with_clause, &foreign_clauses, &share_wholes, &firm_anaphors, &holders,
                    &modality_compared, &modality_counterfactual, &modality_achieved, &crossed_bounds, &standard_before,
                    &standard_after, &standard_verbs, &perfect_auxiliaries, &act_verbs, &base_relatives, &base_participles,
                    &base_participle_preps, &base_clause_verbs, &base_clause_pronouns, &time_phrase_ends, &table_totals, &averages, &planner_verbs, &modality_negations,
                    &announce_verbs, &time_relatives};
  // One bit of the word marks per set, for the first 64 sets (the sets read
  // most often come first); a set past them has no bit and is looked up.
  static std::atomic<uint64_t> next_serial{1};
  serial = next_serial++;
  marks_by_stem.clear();
  marks_by_lower.clear();
  int bit = 0;
  for (CueSet* c : sets) {
    if (bit < 64) {
      c->SetBit(bit);
      c->Index(bit, &marks_by_stem, &marks_by_lower);
    } else {
      c->SetBit(-1);
    }
    ++bit;
  }
}

std::vector<Word> FrameRules::Words(std::string_view text,
                                    const std::vector<std::pair<size_t, size_t>>& figures,
                                    std::vector<attach::Token>* tokens) const {
  struct Entry {
    std::string stem;
    CueSet::MarkBits bits;
  };
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view v) const { return std::hash<std::string_view>()(v); }
  };
  using Cache = std::unordered_map<std::string, Entry, Hash, std::equal_to<>>;
  constexpr size_t kMaxCached = 1 << 16;
  thread_local std::unordered_map<uint64_t, Cache> caches;
  Cache& cache = caches[serial];
  if (cache.size() >= kMaxCached) cache.clear();
  // Folded, not stemmed.
  std::vector<Word> words = tokens != nullptr ? WordsOf("", text, std::move(*tokens), figures)
                                              : SentenceWords("", text, figures);
  for (Word& w : words) {
    w.marked = true;
    if (!w.word) {
      w.stem = w.lower;
      continue;
    }
    if (NumberLike(w.lower)) {
      // Its own stem; looked up, not cached: a text's numbers are mostly
      // distinct and would push its words out of the cache (the same bits
      // as a cache entry would hold).
      w.stem = w.lower;
      for (auto* index : {&marks_by_stem, &marks_by_lower}) {
        auto m = index->find(w.lower);
        if (m != index->end()) {
          w.is_word |= m->second.is_word;
          w.starts |= m->second.starts;
          w.ends |= m->second.ends;
        }
      }
      continue;
    }
    auto it = cache.find(w.lower);
    if (it == cache.end()) {
      Entry e;
      e.stem = Stem(lang, w.lower);
      for (auto* index : {&marks_by_stem, &marks_by_lower}) {
        auto m = index->find(index == &marks_by_stem ? e.stem : w.lower);
        if (m != index->end()) {
          e.bits.is_word |= m->second.is_word;
          e.bits.starts |= m->second.starts;
          e.bits.ends |= m->second.ends;
        }
      }
      it = cache.emplace(w.lower, std::move(e)).first;
    }
    w.stem = it->second.stem;
    w.is_word = it->second.bits.is_word;
    w.starts = it->second.bits.starts;
    w.ends = it->second.bits.ends;
  }
  return words;
}

void FrameRules::Mark(std::vector<Word>* words) const {
  for (Word& w : *words) {
    if (w.marked) continue;  // SentenceWords marked it from its cache
    w.marked = true;
    if (!w.word && w.lower.empty()) continue;
    auto a = marks_by_stem.find(w.stem);
    if (a != marks_by_stem.end()) {
      w.is_word |= a->second.is_word;
      w.starts |= a->second.starts;
      w.ends |= a->second.ends;
    }
    auto b = marks_by_lower.find(w.lower);
    if (b != marks_by_lower.end()) {
      w.is_word |= b->second.is_word;
      w.starts |= b->second.starts;
      w.ends |= b->second.ends;
    }
  }
}

const CueSet::Phrase* CueSet::LookUpAt(const std::vector<Word>& words, size_t i) const {
  auto it = by_first_.find(Key(words[i]));
  if (it == by_first_.end()) return nullptr;
  const Phrase* best = nullptr;
  for (size_t id : it->second) {
    const Phrase& p = phrases_[id];
    if (i + p.stems.size() > words.size()) continue;
    bool ok = true;
    for (size_t k = 1; k < p.stems.size() && ok; ++k) ok = Key(words[i + k]) == p.stems[k];
    if (ok && (best == nullptr || p.stems.size() > best->stems.size())) best = &p;
  }
  // A phrase as written that the cue's stems match without meaning it wins
  // over a cue no longer than itself: "like to" over "likely to", "plan"
  // (a noun: "agreed a treatment plan") over "planned"; a longer cue still
  // reads, "plan to" in "plan to cut".
  if (best != nullptr && unless_) {
    if (const Phrase* u = unless_->LookUpAt(words, i); u != nullptr && u->stems.size() >= best->stems.size()) {
      return nullptr;
    }
  }
  return best;
}

const CueSet::Phrase* CueSet::Single(const std::string& key) const {
  auto it = by_first_.find(key);
  if (it == by_first_.end()) return nullptr;
  for (size_t id : it->second) {
    if (phrases_[id].stems.size() == 1) return &phrases_[id];
  }
  return nullptr;
}

const CueSet::Phrase* CueSet::LookUpEndingAt(const std::vector<Word>& words, size_t last) const {
  auto it = by_last_.find(Key(words[last]));
  if (it == by_last_.end()) return nullptr;
  const Phrase* best = nullptr;
  for (size_t id : it->second) {
    const Phrase& p = phrases_[id];
    if (p.stems.size() > last + 1) continue;
    size_t first = last + 1 - p.stems.size();
    bool ok = true;
    for (size_t k = 0; k + 1 < p.stems.size() && ok; ++k) ok = Key(words[first + k]) == p.stems[k];
    if (ok && (best == nullptr || p.stems.size() > best->stems.size())) best = &p;
  }
  return best;
}

namespace {

class Loader {
 public:
  Loader(const std::string& path, const std::string& lang) : file_(path), lang_(lang) {}
  attach::RuleFile& file() { return file_; }

  // A map of word: factor above 1 ("table_scales", "rate.scales"), each
  // entry checked ("expected a number", "a <what> is a factor above 1"):
  // the valid entries, their key nodes with their factors; a missing node
  // is none.
  std::vector<std::pair<YAML::Node, double>> Factors(const YAML::Node& n, const std::string& what) {
    std::vector<std::pair<YAML::Node, double>> out;
    if (!n) return out;
    if (!n.IsMap()) {
      file_.Fail(n, "expected a map of word: factor");
      return out;
    }
    for (const auto& kv : n) {
      double factor = 0;
      try {
        factor = kv.second.as<double>();
      } catch (const YAML::Exception&) {
        file_.Fail(kv.second, "expected a number");
        continue;
      }
      if (!(factor > 1)) {
        file_.Fail(kv.second, "a " + what + " is a factor above 1");
        continue;
      }
      out.emplace_back(kv.first, factor);
    }
    return out;
  }

  // A list of word endings ("ar", "ed"), as written, into `out`; a missing
  // node is no list.
  void Endings(const YAML::Node& n, std::vector<std::string>* out) {
    if (!n) return;
    if (!n.IsSequence()) {
      file_.Fail(n, "expected a list of word endings");
      return;
    }
    for (const auto& e : n) {
      std::string end;
      if (file_.GetString(e, &end) && !end.empty()) out->push_back(end);
    }
  }

  // A list of phrases into `set`, all with `tag`.
  bool List(const YAML::Node& n, CueSet* set, int tag = 0) {
    std::vector<std::string> v;
    if (!file_.GetStringList(n, &v)) return false;
    for (const std::string& s : v) {
      std::vector<std::string> stems = set->exact() ? StemPhrase("", s) : StemPhrase(lang_, s);
      if (stems.empty()) return file_.Fail(n, "empty phrase '" + s + "'");
      set->Add(std::move(stems), tag);
    }
    return true;
  }
  bool OptList(const YAML::Node& map, const char* key, CueSet* set, int tag = 0) {
    if (!map[key]) return true;
    return List(map[key], set, tag);
  }

  // A section of the file: its phrase lists (key -> set, tag) and its other
  // keys, checked against what it holds in one place.
  struct ListKey {
    const char* key;
    CueSet* set;
    int tag = 0;
  };
  void Section(const YAML::Node& n, std::initializer_list<ListKey> lists,
               std::initializer_list<std::string_view> other_keys = {},
               std::initializer_list<std::string_view> required = {}) {
    std::vector<std::string_view> allowed;
    // A key may fill two sets ("stops" and the stops as written): listed once.
    for (const ListKey& l : lists) {
      if (std::find(allowed.begin(), allowed.end(), l.key) == allowed.end()) allowed.push_back(l.key);
    }
    allowed.insert(allowed.end(), other_keys.begin(), other_keys.end());
    file_.CheckKeys(n, allowed, required);
    for (const ListKey& l : lists) OptList(n, l.key, l.set, l.tag);
  }

  // A list of `count` lists (any count when 0), the i-th tagged i + 1:
  // months January first, number words and quarters from one.
  void IndexedLists(const YAML::Node& map, const char* key, CueSet* set, size_t count,
                    const std::string& what) {
    const YAML::Node m = map[key];
    if (!m) return;
    if (!m.IsSequence() || (count != 0 && m.size() != count)) {
      file_.Fail(m, what);
      return;
    }
    for (size_t i = 0; i < m.size(); ++i) List(m[i], set, static_cast<int>(i + 1));
  }

 private:
  attach::RuleFile file_;
  std::string lang_;
};

}  // namespace

Status LoadFrameRules(const std::string& rules_dir, const std::string& lang, FrameRules* out) {
  *out = FrameRules();
  out->lang = lang;
  out->head_initial = lang == "es";
  Status es = LoadEntityAliases(rules_dir, lang, &out->entities);
  if (!es.ok() && es.code() != Status::Code::kNotFound) return es;
  const std::string path = rules_dir + "/" + lang + "/frames.yaml";
  if (!std::filesystem::exists(path)) return Status::Ok();
  Loader ld(path, lang);
  attach::RuleFile& f = ld.file();
  YAML::Node root;
  Status s = f.Open(&root);
  if (!s.ok()) return s;
  try {
    f.CheckKeys(root, {"lang", "subject", "change", "rate", "period", "modality", "place", "speaker"},
                {"lang"});
    std::string l;
    if (f.GetString(root["lang"], &l) && l != lang) {
      f.Fail(root["lang"], "lang is '" + l + "' but the file is under " + lang + "/");
    }
    if (const YAML::Node n = root["subject"]) {
      ld.Section(n,
                 {{"counted_units", &out->counted_units},
                  {"unmarked_plurals", &out->unmarked_plurals},
                  {"object_links", &out->object_links},
                  {"elided_scales", &out->elided_scales},
                  {"elided_followers", &out->elided_followers},
                  {"open_stops", &out->open_stops},
                  {"part_verbs", &out->part_verbs},
                  {"not_stops", &out->not_stops},
                  {"statistics", &out->statistics},
                  {"averages", &out->averages},
                  {"stops", &out->stops},
                  {"stops", &out->stops_exact},
                  {"determiners", &out->determiners},
                  {"quantity_nouns", &out->quantity_nouns},
                  {"value_nouns", &out->value_nouns},
                  {"value_for_nouns", &out->value_for_nouns},
                  {"at_links", &out->at_links},
                  {"links", &out->links},
                  {"duration_verbs", &out->duration_verbs},
                  {"agent_verbs", &out->agent_verbs},
                  {"bad_heads", &out->bad_heads},
                  {"prenominal", &out->prenominal},
                  {"complement_preps", &out->complement_preps},
                  {"narrowing_preps", &out->narrowing_preps},
                  {"complement_closers", &out->complement_closers},
                  {"share_nouns", &out->share_nouns},
                  {"share_wholes", &out->share_wholes},
                  {"change_of_preps", &out->change_of_preps},
                  {"gap_words", &out->gap_words},
                  {"partitive_opens", &out->partitive_opens},
                  {"partitive_anaphors", &out->partitive_anaphors},
                  {"change_anaphors", &out->change_anaphors},
                  {"movement_nouns", &out->movement_nouns},
                  {"partitive_relatives", &out->partitive_relatives},
                  {"base_relatives", &out->base_relatives},
                  {"base_participles", &out->base_participles},
                  {"base_participle_preps", &out->base_participle_preps},
                  {"base_clause_verbs", &out->base_clause_verbs},
                  {"base_clause_pronouns", &out->base_clause_pronouns},
                  {"time_phrase_ends", &out->time_phrase_ends},
                  {"table_totals", &out->table_totals},
                  {"group_opens", &out->group_opens},
                  {"aside_opens", &out->aside_opens},
                  {"verbs_after_count", &out->verbs_after_count},
                  {"plural_copulas", &out->plural_copulas},
                  {"level_adverbs", &out->level_adverbs},
                  {"experience_verbs", &out->experience_verbs},
                  {"age_bounds", &out->age_bounds},
                  {"age_unit_bounds", &out->age_unit_bounds},
                  {"age_units", &out->age_units},
                  {"age_links", &out->age_links},
                  {"holders", &out->holders},
                  {"perfect_auxiliaries", &out->perfect_auxiliaries}},
                 {"heads", "max_words", "head_initial", "base_participle_endings", "table_units", "table_scales"});
      for (const auto& [key, factor] : ld.Factors(n["table_scales"], "table scale")) {
        std::string k;
        if (!f.GetString(key, &k)) continue;
        const std::vector<Word> kw = SentenceWords(lang, k, {});
        if (kw.size() != 1) {
          f.Fail(key, "a table scale is one word");
          continue;
        }
        out->table_scales[kw[0].lower] = factor;
      }
      if (const YAML::Node tu = n["table_units"]) {
        if (!tu.IsMap()) {
          f.Fail(tu, "expected a map of header word: kind [unit]");
        } else {
          for (const auto& kv : tu) {
            std::string k, v;
            if (!f.GetString(kv.first, &k) || !f.GetString(kv.second, &v)) continue;
            const size_t sp = v.find(' ');
            FrameRules::TableUnit u;
            if (!ParseKind(v.substr(0, sp), &u.kind)) {
              f.Fail(kv.second, "unknown kind '" + v.substr(0, sp) + "'");
              continue;
            }
            if (sp != std::string::npos) u.unit = v.substr(sp + 1);
            // Keyed as the header's words are read (folded, one token).
            const std::vector<Word> kw = SentenceWords(lang, k, {});
            if (kw.size() != 1) {
              f.Fail(kv.first, "a table unit is one word or sign");
              continue;
            }
            out->table_units[kw[0].lower] = u;
          }
        }
      }
      ld.Endings(n["base_participle_endings"], &out->base_participle_endings);
      if (const YAML::Node h = n["heads"]) {
        if (!h.IsMap()) {
          f.Fail(h, "expected a map of word: head");
        } else {
          for (const auto& kv : h) {
            std::string k, v;
            if (f.GetString(kv.first, &k) && f.GetString(kv.second, &v)) out->heads[k] = v;
          }
        }
      }
      if (n["max_words"]) {
        int m = 0;
        if (f.GetInt(n["max_words"], 1, 20, &m)) out->max_words = static_cast<size_t>(m);
      }
      if (n["head_initial"]) {
        if (!n["head_initial"].IsScalar() ||
            (n["head_initial"].Scalar() != "true" && n["head_initial"].Scalar() != "false")) {
          f.Fail(n["head_initial"], "expected true or false");
        } else {
          out->head_initial = n["head_initial"].Scalar() == "true";
        }
      }
    }
    if (const YAML::Node n = root["change"]) {
      ld.Section(n,
                 {{"up", &out->change_words, 1},
                  {"down", &out->change_words, 2},
                  {"flat", &out->change_words, 3},
                  {"moves", &out->change_words, 4},
                  {"by", &out->change_by},
                  {"to", &out->change_to},
                  {"from", &out->change_from},
                  {"compared_elsewhere", &out->compared_elsewhere},
                  {"compared_times", &out->compared_times},
                  {"total_forms", &out->total_forms},
                  {"level_openers", &out->level_openers},
                  {"total_unless_object", &out->total_unless_object},
                  {"nouns_up", &out->change_nouns, 1},
                  {"nouns_down", &out->change_nouns, 2},
                  {"result_nouns", &out->result_nouns},
                  {"revision", &out->revision},
                  {"revision_contrast", &out->revision_contrast},
                  {"revision_earlier", &out->revision_earlier},
                  {"revision_compared", &out->revision_compared},
                  {"revision_not", &out->revision_not},
                  {"flat_at", &out->flat_at},
                  {"flat_transitive", &out->flat_transitive},
                  {"not_change", &out->not_change},
                  {"crossed_bounds", &out->crossed_bounds},
                  {"comparatives_up", &out->comparatives, 1},
                  {"comparatives_down", &out->comparatives, 2},
                  {"than", &out->than},
                  {"additional", &out->additional},
                  {"additional_after", &out->additional_after},
                  {"new_words", &out->new_words},
                  {"stock_nouns", &out->stock_nouns},
                  {"stock_verbs", &out->stock_verbs},
                  {"precipitation_units", &out->precipitation_units}},
                 {"point_units"}, {"up", "down"});
      out->revision_contrast.Unless(out->revision_not);
      out->revision_earlier.Unless(out->revision_not);
      if (const YAML::Node pu = n["point_units"]) {
        if (!pu.IsSequence()) f.Fail(pu, "expected a list of {phrase, points}");
        for (const auto& e : pu) {
          std::string phrase, points;
          if (f.CheckKeys(e, {"phrase", "points"}, {"phrase", "points"}) &&
              f.GetString(e["phrase"], &phrase) && f.GetString(e["points"], &points)) {
            char* end = nullptr;
            const double v = std::strtod(points.c_str(), &end);
            if (end == points.c_str() || *end != '\0' || !(v > 0) || v > 1) {
              f.Fail(e["points"], "expected a number of percentage points above 0 and at most 1");
            } else {
              out->point_units.Add(StemPhrase(lang, phrase), 0, points);
            }
          }
        }
      }
    }
    if (const YAML::Node n = root["rate"]) {
      ld.Section(n,
                 {{"not_after", &out->not_rate_after},
                  {"pronouns", &out->rate_pronouns},
                  {"price_nouns", &out->price_nouns},
                  {"per_words", &out->per_words},
                  {"units", &out->rate_units}},
                 {"standalone", "average_spans", "names", "implied", "paid_heads", "infinitive_endings", "scales"});
      ld.Endings(n["infinitive_endings"], &out->infinitive_endings);
      if (const YAML::Node nm = n["names"]) {
        if (!nm.IsMap()) {
          f.Fail(nm, "expected a map of denominator: name");
        } else {
          for (const auto& kv : nm) {
            std::string k, v;
            if (f.GetString(kv.first, &k) && f.GetString(kv.second, &v)) out->per_names[k] = v;
          }
        }
      }
      for (const auto& [key, factor] : ld.Factors(n["scales"], "rate scale")) {
        std::string k;
        if (f.GetString(key, &k)) out->per_scales[k] = factor;
      }
      if (const YAML::Node im = n["implied"]) {
        if (!im.IsSequence()) f.Fail(im, "expected a list of {head, per}");
        for (const auto& e : im) {
          std::string head, per;
          if (f.CheckKeys(e, {"head", "per"}, {"head", "per"}) && f.GetString(e["head"], &head) &&
              f.GetString(e["per"], &per)) {
            out->implied_per[head] = per;
          }
        }
      }
      if (const YAML::Node ph = n["paid_heads"]) {
        if (!ph.IsSequence()) f.Fail(ph, "expected a list of head nouns");
        for (const auto& e : ph) {
          std::string head;
          if (f.GetString(e, &head)) out->paid_heads.insert(head);
        }
      }
      if (const YAML::Node av = n["average_spans"]) {
        if (!av.IsSequence()) f.Fail(av, "expected a list of {phrase, per}");
        for (const auto& e : av) {
          std::string phrase, per;
          if (f.CheckKeys(e, {"phrase", "per"}, {"phrase", "per"}) && f.GetString(e["phrase"], &phrase) &&
              f.GetString(e["per"], &per)) {
            out->rate_average_spans.Add(StemPhrase("", phrase), 0, per);
          }
        }
      }
      if (const YAML::Node sa = n["standalone"]) {
        if (!sa.IsSequence()) f.Fail(sa, "expected a list of {phrase, per}");
        for (const auto& e : sa) {
          std::string phrase, per, counts_only;
          if (f.CheckKeys(e, {"phrase", "per", "counts_only"}, {"phrase", "per"}) &&
              f.GetString(e["phrase"], &phrase) && f.GetString(e["per"], &per) &&
              (!e["counts_only"] || f.GetString(e["counts_only"], &counts_only))) {
            if (!counts_only.empty() && counts_only != "true" && counts_only != "false") {
              f.Fail(e["counts_only"], "expected true or false");
            }
            // tag 1: a denominator only of a count ("annual rail journeys"),
            // not of money ("annual pre-tax profit" is the year's result).
            out->rate_standalone.Add(StemPhrase("", phrase), counts_only == "true" ? 1 : 0, per);
          }
        }
      }
    }
    if (const YAML::Node n = root["period"]) {
      ld.Section(n,
                 {{"span_to", &out->span_to},
                  {"week_words", &out->week_words},
                  {"month_words", &out->month_words},
                  {"span", &out->span},
                  {"since", &out->since},
                  {"point", &out->point},
                  {"deadline", &out->deadline},
                  {"year_to", &out->year_to},
                  {"fiscal", &out->fiscal},
                  {"baseline", &out->baseline},
                  {"baseline_after_figure", &out->baseline_after_figure},
                  {"baseline_words", &out->baseline_words},
                  {"month_subject_verbs", &out->month_subject_verbs},
                  {"month_complement_subjects", &out->month_complement_subjects},
                  {"publication_verbs", &out->publication_verbs},
                  {"publication_nouns", &out->publication_nouns},
                  {"dated_documents", &out->dated_documents},
                  {"when_clause", &out->when_clause},
                  {"with_clause", &out->with_clause},
                  {"foreign_clauses", &out->foreign_clauses},
                  {"same_span", &out->same_span},
                  {"future_cues", &out->future_cues},
                  {"future_cues_not_before", &out->future_not_before},
                  {"earlier_lead_in", &out->earlier_lead_in}},
                 {"relative", "future_endings", "quarters", "fiscal_start", "fiscal_start_by_place", "season_start", "months",
                  "number_words", "document_year", "document_quarter", "document_any"});
      // One set, tagged with the months the document's span must last.
      if (n["document_year"]) ld.List(n["document_year"], &out->document_span, 12);
      if (n["document_quarter"]) ld.List(n["document_quarter"], &out->document_span, 3);
      if (n["document_any"]) ld.List(n["document_any"], &out->document_span, 0);
      ld.IndexedLists(n, "number_words", &out->number_words, 0,
                      "number_words: expected a list of lists, the first for 1");
      ld.IndexedLists(n, "quarters", &out->quarters, 0,
                      "quarters: expected a list of lists, the first for 1");
      if (n["future_endings"]) f.GetStringList(n["future_endings"], &out->future_endings);
      if (n["fiscal_start"]) f.GetInt(n["fiscal_start"], 1, 12, &out->fiscal_start);
      if (const YAML::Node m = n["fiscal_start_by_place"]) {
        if (!m.IsSequence()) f.Fail(m, "expected a list of {month, places}");
        for (const auto& e : m) {
          int month = 0;
          if (f.CheckKeys(e, {"month", "places"}, {"month", "places"}) &&
              f.GetInt(e["month"], 1, 12, &month)) {
            ld.List(e["places"], &out->fiscal_places, month);
          }
        }
      }
      if (const YAML::Node m = n["season_start"]) {
        if (!m.IsSequence()) f.Fail(m, "expected a list of {month, words}");
        for (const auto& e : m) {
          int month = 0;
          if (f.CheckKeys(e, {"month", "words"}, {"month", "words"}) && f.GetInt(e["month"], 1, 12, &month)) {
            ld.List(e["words"], &out->seasons, month);
          }
        }
      }
      ld.IndexedLists(n, "months", &out->months, 12,
                      "expected twelve lists of month names, January first");
      if (const YAML::Node r = n["relative"]) {
        if (!r.IsSequence()) f.Fail(r, "expected a list of {phrase, unit, offset}");
        for (const auto& e : r) {
          std::string phrase;
          Relative rel;
          if (f.CheckKeys(e, {"phrase", "unit", "offset"}, {"phrase", "unit"}) &&
              f.GetString(e["phrase"], &phrase) && f.GetString(e["unit"], &rel.unit)) {
            if (rel.unit != "year" && rel.unit != "quarter" && rel.unit != "month" &&
                rel.unit != "week" && rel.unit != "day" && rel.unit != "decade" &&
                rel.unit != "year_to_date" && rel.unit != "first_months" &&
                rel.unit != "last_months" && rel.unit != "past_days" &&
                rel.unit != "last_half" && rel.unit != "prior_year" && rel.unit != "season" &&
                rel.unit != "next_season") {
              f.Fail(e["unit"],
                     "unit must be year, quarter, month, week, day, decade, year_to_date, "
                     "first_months, last_months, last_half, prior_year, past_days, season or next_season");
            }
            // Spans counted in months or days run past a hundred: "the past ten years" is
            // 120 months back.
            if (e["offset"]) f.GetInt(e["offset"], -1200, 1200, &rel.offset);
            // A season's offset is the month it starts in.
            if ((rel.unit == "season" || rel.unit == "next_season") && (rel.offset < 1 || rel.offset > 12)) {
              f.Fail(e["unit"], "a season needs offset: the month it starts, 1 to 12");
            }
            out->relative.Add(StemPhrase(lang, phrase), static_cast<int>(out->relatives.size()));
            out->relatives.push_back(rel);
          }
        }
      }
    }
    if (const YAML::Node n = root["modality"]) {
      ld.Section(n, {{"forecast", &out->modality, 1},
                     {"target", &out->modality, 2},
                     {"estimate", &out->modality, 3},
                     {"interval", &out->interval},
                     {"forecasters", &out->forecasters},
                     {"planner_verbs", &out->planner_verbs},
                     {"announce_verbs", &out->announce_verbs},
                     {"time_relatives", &out->time_relatives},
                     {"negations", &out->modality_negations},
                     {"decided", &out->decided_heads},
                     {"object_only", &out->object_only},
                     {"compared", &out->modality_compared},
                     {"counterfactual", &out->modality_counterfactual},
                     {"not_cues", &out->modality_not_cues},
                     {"achieved", &out->modality_achieved},
                     {"standard_before", &out->standard_before},
                     {"standard_after", &out->standard_after},
                     {"standard_verbs", &out->standard_verbs},
                     {"outcome_adverbs", &out->outcome_adverbs}},
                 {"outcome_verbs"});
      out->modality.Unless(out->modality_not_cues);
      // Words as written, and endings written "-ó" (a past tense).
      std::vector<std::string> outcome;
      if (n["outcome_verbs"] && f.GetStringList(n["outcome_verbs"], &outcome)) {
        for (const std::string& w : outcome) {
          if (w.size() > 1 && w[0] == '-') {
            out->outcome_endings.push_back(w.substr(1));
          } else if (std::vector<std::string> words = StemPhrase("", w); !words.empty()) {
            out->outcome_verbs.Add(std::move(words));
          }
        }
      }
    }
    if (const YAML::Node n = root["place"]) {
      // The whole country written without its name ("nationally") and the
      // nouns of an area inside a country ("region") and a local area left
      // unnamed ("in the region") are read beside the cues, told apart by
      // their tags (place.cc kNationalTag, kRegionTag, kLocalTag).
      ld.Section(n, {{"cues", &out->place_cues},
                     {"not_places", &out->not_places},
                     {"figure_after", &out->figure_after},
                     {"copulas", &out->place_copulas},
                     {"national", &out->place_cues, 1},
                     {"region_nouns", &out->place_cues, 2},
                     {"local", &out->place_cues, 3}});
    }
    if (const YAML::Node n = root["speaker"]) {
      ld.Section(n, {{"self_report_verbs", &out->self_report_verbs},
                     {"act_verbs", &out->act_verbs},
                     {"hearer_verbs", &out->hearer_verbs},
                     {"self_reporters", &out->self_reporters},
                     {"titles", &out->titles},
                     {"documents", &out->documents},
                     {"between", &out->speaker_between},
                     {"never", &out->never_speakers},
                     {"roles", &out->roles},
                     {"verbs", &out->speaker_verbs},
                     {"generic", &out->generic_speakers},
                     {"first_person", &out->first_person},
                     {"credit", &out->credit_verbs},
                     {"credit_outright", &out->credit_outright},
                     {"anaphors", &out->anaphors},
                     {"firm_anaphors", &out->firm_anaphors},
                     {"possessives", &out->possessives},
                     {"definite", &out->definite},
                     {"indefinite", &out->indefinite},
                     {"bodies", &out->bodies}});
      for (const std::string& k : out->bodies.SingleKeys()) {
        if (k.empty() || k[0] < 'a' || k[0] > 'z') continue;
        std::string c = k;
        c[0] = static_cast<char>(c[0] - 'a' + 'A');
        out->body_caps.push_back(c);
      }
    }
  } catch (const YAML::Exception& e) {
    return Status::InvalidArgument(SourcePosition(path, e.mark.line, e.mark.column) + ": " + e.msg);
  }
  if (f.status().ok()) out->BuildIndex();
  return f.status();
}

}  // namespace claimcheck::frame
