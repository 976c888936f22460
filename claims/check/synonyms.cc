// Strict loader for rules/<lang>/synonyms.yaml. Every problem is reported as
// "file:line:column: reason" so `claimcheck rules check` can point at it.
#include <yaml-cpp/yaml.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "claimcheck/check.h"
#include "claimcheck/util.h"

namespace claimcheck {
namespace {

class Parser {
 public:
  explicit Parser(std::string name) : name_(std::move(name)) {}

  Status Error(const YAML::Mark& m, const std::string& reason) const {
    // yaml-cpp marks are 0-based; editors count from 1. A null mark (-1)
    // happens for synthesised nodes; point at the file start then.
    int line = m.line >= 0 ? m.line + 1 : 1;
    int col = m.column >= 0 ? m.column + 1 : 1;
    return Status::InvalidArgument(name_ + ":" + std::to_string(line) + ":" + std::to_string(col) +
                                   ": " + reason);
  }

  Status Word(const YAML::Node& n, const std::string& what, std::string* out) const {
    if (!n.IsScalar()) return Error(n.Mark(), what + " must be a word (a string)");
    *out = AsciiLower(CollapseSpace(n.Scalar()));
    if (out->empty()) return Error(n.Mark(), what + " must not be empty");
    return Status::Ok();
  }

  Status WordList(const YAML::Node& n, const std::string& what, std::vector<std::string>* out) const {
    if (!n.IsSequence()) return Error(n.Mark(), what + " must be a list of words");
    for (const YAML::Node& item : n) {
      std::string w;
      if (Status s = Word(item, "an entry of " + what, &w); !s.ok()) return s;
      out->push_back(std::move(w));
    }
    return Status::Ok();
  }

  Status WordSet(const YAML::Node& n, const std::string& what, std::set<std::string>* out) const {
    std::vector<std::string> words;
    if (Status s = WordList(n, what, &words); !s.ok()) return s;
    out->insert(words.begin(), words.end());
    return Status::Ok();
  }

  // A mapping whose keys must all be in `known`.
  Status CheckKeys(const YAML::Node& n, const std::string& what,
                   std::initializer_list<const char*> known) const {
    if (!n.IsMap()) return Error(n.Mark(), what + " must be a mapping");
    for (const auto& kv : n) {
      const std::string key = kv.first.Scalar();
      bool ok = false;
      for (const char* k : known) ok = ok || key == k;
      if (!ok) {
        std::string list;
        for (const char* k : known) list += std::string(list.empty() ? "" : ", ") + k;
        return Error(kv.first.Mark(), "unknown key '" + key + "' in " + what + " (expected one of: " +
                                          list + ")");
      }
    }
    return Status::Ok();
  }

  Status Parse(const YAML::Node& root, Synonyms* out) const {
    if (root.IsNull()) return Status::Ok();  // an empty file is an empty lexicon
    if (Status s = CheckKeys(root, "the file",
                             {"head", "lemmas", "suffixes", "keep", "synonyms", "distinct", "people_counts", "total_people_counts", "time_heads", "time_kinds", "agent_heads", "people_heads", "act_heads", "thing_heads", "rate_heads",
                              "occurrence_heads", "event_heads",
                              "stopwords", "phrase_breaks", "restrictive_breaks", "whole_markers", "basis_words", "compass_areas", "cues", "attribution"});
        !s.ok()) {
      return s;
    }
    for (const auto& kv : root) {
      const std::string key = kv.first.Scalar();
      const YAML::Node& v = kv.second;
      Status s;
      if (key == "head") {
        std::string h;
        s = Word(v, "head", &h);
        if (s.ok() && h != "first" && h != "last") s = Error(v.Mark(), "head must be 'first' or 'last'");
        out->head_first = h == "first";
      } else if (key == "lemmas") {
        if (!v.IsMap()) return Error(v.Mark(), "lemmas must map a word form to its lemma");
        for (const auto& lv : v) {
          std::string form, lemma;
          s = Word(lv.first, "a word form", &form);
          if (s.ok()) s = Word(lv.second, "the lemma of '" + form + "'", &lemma);
          if (!s.ok()) return s;
          out->lemmas[form] = lemma;
          out->keep.insert(lemma);  // "país" is a lemma; "s" must not be stripped from it
        }
      } else if (key == "suffixes") {
        if (!v.IsSequence()) return Error(v.Mark(), "suffixes must be a list of [suffix, replacement]");
        for (const YAML::Node& pair : v) {
          if (!pair.IsSequence() || pair.size() != 2 || !pair[0].IsScalar() || !pair[1].IsScalar()) {
            return Error(pair.Mark(), "a suffix rule must be [suffix, replacement]");
          }
          std::string suffix = AsciiLower(pair[0].Scalar());
          if (suffix.empty()) return Error(pair.Mark(), "a suffix rule needs a non-empty suffix");
          out->suffixes.emplace_back(suffix, AsciiLower(pair[1].Scalar()));
        }
      } else if (key == "keep") {
        s = WordSet(v, "keep", &out->keep);
      } else if (key == "synonyms" || key == "distinct") {
        if (!v.IsSequence()) return Error(v.Mark(), key + " must be a list of word lists");
        for (const YAML::Node& group : v) {
          std::vector<std::string> words;
          s = WordList(group, "a " + key + " group", &words);
          if (!s.ok()) return s;
          if (words.size() < 2) return Error(group.Mark(), "a " + key + " group needs two or more words");
          if (key == "synonyms") {
            out->groups.push_back(std::move(words));
          } else {
            for (size_t i = 0; i < words.size(); ++i) {
              for (size_t j = i + 1; j < words.size(); ++j) out->distinct.emplace_back(words[i], words[j]);
            }
          }
        }
      } else if (key == "people_counts") {
        s = WordSet(v, key, &out->people_counts);
      } else if (key == "total_people_counts") {
        s = WordSet(v, key, &out->total_people_counts);
      } else if (key == "time_kinds") {
        s = WordSet(v, key, &out->time_kinds);
      } else if (key == "time_heads") {
        if (!v.IsMap()) return Error(v.Mark(), "time_heads must map a head to its unit of time");
        for (const auto& tv : v) {
          std::string head, unit;
          s = Word(tv.first, "a head", &head);
          if (s.ok()) s = Word(tv.second, "the unit of '" + head + "'", &unit);
          if (!s.ok()) return s;
          out->time_heads[head] = unit;
        }
      } else if (key == "agent_heads") {
        s = WordSet(v, key, &out->agent_heads);
      } else if (key == "people_heads") {
        s = WordSet(v, key, &out->people_heads);
      } else if (key == "act_heads") {
        s = WordSet(v, key, &out->act_heads);
      } else if (key == "thing_heads") {
        s = WordSet(v, key, &out->thing_heads);
      } else if (key == "rate_heads") {
        s = WordSet(v, key, &out->rate_heads);
      } else if (key == "occurrence_heads") {
        s = WordSet(v, key, &out->occurrence_heads);
      } else if (key == "event_heads") {
        s = WordSet(v, key, &out->event_heads);
      } else if (key == "stopwords") {
        s = WordSet(v, key, &out->stopwords);
      } else if (key == "phrase_breaks") {
        s = WordSet(v, key, &out->phrase_breaks);
      } else if (key == "restrictive_breaks") {
        s = WordSet(v, key, &out->restrictive_breaks);
      } else if (key == "whole_markers") {
        s = WordSet(v, key, &out->whole_markers);
      } else if (key == "basis_words") {
        s = WordSet(v, key, &out->basis_words);
      } else if (key == "compass_areas") {
        s = WordSet(v, key, &out->compass_areas);
      } else if (key == "cues") {
        s = CheckKeys(v, "cues", {"part_of", "change_from", "change_to", "compared_with", "clause_joins", "definite", "total", "tally",
                                  "window_before", "window_after", "net", "floor", "ceiling", "share",
                                  "subgroup_opens", "subgroup_not", "subgroup_links", "subgroup_after",
                                  "subgroup_relatives", "subgroup_partitives", "subgroup_part_ends"});
        for (const auto& cv : v) {
          if (!s.ok()) break;
          const std::string ck = cv.first.Scalar();
          std::set<std::string>* dst = ck == "part_of"       ? &out->part_of
                                       : ck == "change_from" ? &out->change_from
                                       : ck == "change_to"   ? &out->change_to
                                       : ck == "compared_with" ? &out->compared_with
                                       : ck == "clause_joins"  ? &out->clause_joins
                                       : ck == "definite" ? &out->definite
                                       : ck == "tally"       ? &out->tally_cues
                                       : ck == "window_before" ? &out->window_before
                                       : ck == "window_after"  ? &out->window_after
                                       : ck == "net"           ? &out->net_cues
                                       : ck == "floor"         ? &out->floor_cues
                                       : ck == "ceiling"       ? &out->ceiling_cues
                                       : ck == "share"         ? &out->share_cues
                                       : ck == "subgroup_opens" ? &out->subgroup_opens
                                       : ck == "subgroup_not"   ? &out->subgroup_not
                                       : ck == "subgroup_links" ? &out->subgroup_links
                                       : ck == "subgroup_after"  ? &out->subgroup_after
                                       : ck == "subgroup_relatives" ? &out->subgroup_relatives
                                       : ck == "subgroup_partitives" ? &out->subgroup_partitives
                                       : ck == "subgroup_part_ends" ? &out->subgroup_part_ends
                                                             : &out->total_cues;
          s = WordSet(cv.second, "cues." + ck, dst);
        }
      } else if (key == "attribution") {
        s = CheckKeys(v, "attribution", {"body_words", "recipient_cues", "record_verbs", "relay_verbs"});
        for (const auto& av : v) {
          if (!s.ok()) break;
          const std::string ak = av.first.Scalar();
          s = WordSet(av.second, "attribution." + ak,
                      ak == "body_words"     ? &out->body_words
                      : ak == "record_verbs" ? &out->record_verbs
                      : ak == "relay_verbs"  ? &out->relay_verbs
                                             : &out->recipient_cues);
        }
      }
      if (!s.ok()) return s;
    }
    // Synonym groups hold lemmas; a plural written there would never match.
    for (auto& group : out->groups) {
      for (std::string& w : group) w = out->Lemma(w);
    }
    for (auto& [a, b] : out->distinct) {
      a = out->Lemma(a);
      b = out->Lemma(b);
    }
    std::set<std::string> counts;
    for (const std::string& w : out->people_counts) counts.insert(out->Lemma(w));
    out->people_counts = std::move(counts);
    std::set<std::string> agents;
    for (const std::string& w : out->agent_heads) agents.insert(out->Lemma(w));
    out->agent_heads = std::move(agents);
    for (std::set<std::string>* heads : {&out->people_heads, &out->act_heads, &out->thing_heads, &out->total_people_counts}) {
      std::set<std::string> lemmas;
      for (const std::string& w : *heads) lemmas.insert(out->Lemma(w));
      *heads = std::move(lemmas);
    }
    std::map<std::string, std::string> times;
    for (const auto& [head, unit] : out->time_heads) times[out->Lemma(head)] = unit;
    out->time_heads = std::move(times);
    std::set<std::string> rates;
    for (const std::string& w : out->rate_heads) rates.insert(out->Lemma(w));
    out->rate_heads = std::move(rates);
    for (std::set<std::string>* kind : {&out->occurrence_heads, &out->event_heads}) {
      std::set<std::string> lemmas;
      for (const std::string& w : *kind) lemmas.insert(out->Lemma(w));
      *kind = std::move(lemmas);
    }
    return Status::Ok();
  }

 private:
  std::string name_;
};

}  // namespace

std::string Synonyms::Lemma(std::string_view word) const {
  std::string w = AsciiLower(word);
  if (auto it = lemmas.find(w); it != lemmas.end()) return it->second;
  if (keep.count(w)) return w;
  for (const auto& [suffix, repl] : suffixes) {
    // Short words ("is", "us") are not plurals; three letters must remain.
    if (w.size() > suffix.size() + 2 && w.compare(w.size() - suffix.size(), suffix.size(), suffix) == 0) {
      return w.substr(0, w.size() - suffix.size()) + repl;
    }
  }
  return w;
}

Status ParseSynonyms(const std::string& yaml_text, const std::string& name, const std::string& lang,
                     Synonyms* out) {
  *out = Synonyms();
  out->lang = lang;
  Parser parser(name);
  try {
    YAML::Node root = YAML::Load(yaml_text);
    Status s = parser.Parse(root, out);
    if (!s.ok()) *out = Synonyms();
    return s;
  } catch (const YAML::Exception& e) {
    *out = Synonyms();
    return parser.Error(e.mark, e.msg);
  }
}

Status LoadSynonyms(const std::string& rules_dir, const std::string& lang, Synonyms* out) {
  const std::string path = rules_dir + "/" + lang + "/synonyms.yaml";
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec)) {
    *out = Synonyms();
    out->lang = lang;
    return Status::NotFound(path + ": no such file");
  }
  std::string text;
  if (Status s = ReadFileBytes(path, size_t{16} << 20, &text); !s.ok()) return s;
  return ParseSynonyms(text, path, lang, out);
}

}  // namespace claimcheck
