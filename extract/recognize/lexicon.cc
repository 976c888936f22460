#include "extract/recognize/lexicon.h"

#include <filesystem>

#include "extract/recognize/yaml_strict.h"

namespace claimcheck {
namespace recognize {
namespace {

using Pairs = std::vector<std::pair<std::string, double>>;
using Strings = std::vector<std::string>;

// Adds lower-cased words to a set; the text side is lower-cased by Scan.
void AddAll(const Strings& words, StrSet* set) {
  for (const std::string& w : words) set->insert(AsciiLowerLatin(w));
}

bool ReadSet(YamlReader& r, const YAML::Node& root, const char* key, StrSet* out) {
  if (!root[key]) return true;
  Strings words;
  if (!r.GetStringList(root[key], &words)) return false;
  AddAll(words, out);
  return true;
}

bool ReadPhrases(YamlReader& r, const YAML::Node& node, int payload, PhraseSet* out) {
  Strings words;
  if (!r.GetStringList(node, &words)) return false;
  for (const std::string& w : words) out->Add(w, payload);
  return true;
}

bool ReadMarks(YamlReader& r, const YAML::Node& node, std::string* out) {
  Strings marks;
  if (!r.GetStringList(node, &marks)) return false;
  for (const std::string& m : marks) {
    if (m.size() != 1) return r.Fail(node, "a mark must be one ASCII character, got '" + m + "'");
    out->push_back(m[0]);
  }
  return true;
}

bool ReadNumberMap(YamlReader& r, const YAML::Node& root, const char* key, StrMap<double>* out) {
  if (!root[key]) return true;
  Pairs pairs;
  if (!r.GetNumberMap(root[key], &pairs)) return false;
  for (auto& [w, v] : pairs) (*out)[AsciiLowerLatin(w)] = v;
  return true;
}

// A map kept as written: the keys are matched case-sensitively ("MM").
bool ReadCasedMap(YamlReader& r, const YAML::Node& root, const char* key, StrMap<double>* out) {
  if (!root[key]) return true;
  Pairs pairs;
  if (!r.GetNumberMap(root[key], &pairs)) return false;
  for (auto& [w, v] : pairs) (*out)[w] = v;
  return true;
}

bool ReadWords(YamlReader& r, const YAML::Node& root, const char* key, NumWordKind kind, NumberRules* n) {
  if (!root[key]) return true;
  Pairs pairs;
  if (!r.GetNumberMap(root[key], &pairs)) return false;
  for (auto& [w, v] : pairs) n->words[AsciiLowerLatin(w)] = NumWord{kind, v};
  return true;
}

Status LoadNumbers(const std::string& path, NumberRules* n) {
  YamlReader r(path);
  YAML::Node root;
  if (Status s = r.Open(&root); !s.ok()) return s;
  r.CheckKeys(root,
              {"decimal_marks", "group_marks", "three_digit_groups", "indian_groups", "decimal_symbols", "units", "tens",
               "hundreds", "multipliers", "scales", "standalone_scales", "glued_scales", "glued_scales_cased",
               "spaced_scales", "dozens", "ten_joiners", "joined_units", "and_words", "decimal_words", "decimal_not_after", "articles", "minus_words",
               "minus_not_after", "fractions", "glyph_fractions", "standalone_fractions", "standalone_fraction_next",
               "qualified_fraction_after", "qualified_fraction_articles", "article_one_after", "article_one_units",
               "unit_fractions", "not_fractions", "point_fractions", "point_words", "point_of", "point_next",
               "scale_articles",
               "halves", "period_fractions", "period_before", "period_after", "period_after_plural",
               "fraction_not_before",
               "period_adjectives", "pronouns",
               "pronoun_next", "pronoun_prev", "years"},
              {"decimal_marks", "group_marks", "units", "years"}) &&
      ReadMarks(r, root["decimal_marks"], &n->decimal_marks) &&
      ReadMarks(r, root["group_marks"], &n->group_marks) &&
      (!root["three_digit_groups"] || ReadMarks(r, root["three_digit_groups"], &n->three_digit_groups)) &&
      (!root["indian_groups"] || ReadMarks(r, root["indian_groups"], &n->indian_groups)) &&
      (!root["decimal_symbols"] || r.GetStringList(root["decimal_symbols"], &n->decimal_symbols)) &&
      ReadNumberMap(r, root, "glyph_fractions", &n->glyph_fractions) &&
      ReadNumberMap(r, root, "unit_fractions", &n->unit_fractions) &&
      ReadNumberMap(r, root, "point_fractions", &n->point_fractions) &&
      ReadSet(r, root, "point_words", &n->point_words) && ReadSet(r, root, "point_of", &n->point_of) &&
      (!root["point_next"] || ReadPhrases(r, root["point_next"], 0, &n->point_next)) &&
      ReadSet(r, root, "scale_articles", &n->scale_articles) &&
      (!root["not_fractions"] || ReadPhrases(r, root["not_fractions"], 0, &n->not_fractions)) &&
      ReadCasedMap(r, root, "glued_scales_cased", &n->glued_scales_cased) &&
      ReadSet(r, root, "period_fractions", &n->period_fractions) && ReadSet(r, root, "period_before", &n->period_before) &&
      (!root["period_after"] || ReadPhrases(r, root["period_after"], 0, &n->period_after)) &&
      (!root["period_after_plural"] || ReadPhrases(r, root["period_after_plural"], 0, &n->period_after_plural)) &&
      ReadSet(r, root, "fraction_not_before", &n->fraction_not_before) &&
      ReadSet(r, root, "period_adjectives", &n->period_adjectives) &&
      ReadWords(r, root, "units", NumWordKind::kUnit, n) && ReadWords(r, root, "tens", NumWordKind::kTen, n) &&
      ReadWords(r, root, "hundreds", NumWordKind::kHundreds, n) &&
      ReadWords(r, root, "multipliers", NumWordKind::kMultiplier, n) &&
      ReadWords(r, root, "scales", NumWordKind::kScale, n) && ReadSet(r, root, "standalone_scales", &n->standalone_scales) &&
      ReadNumberMap(r, root, "glued_scales", &n->glued_scales) &&
      ReadNumberMap(r, root, "spaced_scales", &n->spaced_scales) && ReadNumberMap(r, root, "dozens", &n->dozens) &&
      ReadSet(r, root, "ten_joiners", &n->ten_joiners) &&
      ReadNumberMap(r, root, "joined_units", &n->joined_units) && ReadSet(r, root, "and_words", &n->and_words) &&
      ReadSet(r, root, "decimal_words", &n->decimal_words) &&
      ReadSet(r, root, "decimal_not_after", &n->decimal_not_after) &&
      ReadSet(r, root, "articles", &n->articles) && ReadSet(r, root, "minus_words", &n->minus_words) &&
      ReadSet(r, root, "minus_not_after", &n->minus_not_after) &&
      ReadSet(r, root, "standalone_fractions", &n->standalone_fractions) &&
      ReadSet(r, root, "standalone_fraction_next", &n->standalone_fraction_next) &&
      ReadSet(r, root, "qualified_fraction_after", &n->qualified_fraction_after) &&
      ReadSet(r, root, "qualified_fraction_articles", &n->qualified_fraction_articles) &&
      ReadSet(r, root, "article_one_after", &n->article_one_after) &&
      ReadSet(r, root, "article_one_units", &n->article_one_units) &&
      ReadSet(r, root, "pronouns", &n->pronouns) && ReadSet(r, root, "pronoun_next", &n->pronoun_next) &&
      ReadSet(r, root, "pronoun_prev", &n->pronoun_prev);
  if (r.status().ok() && root["fractions"]) {
    Pairs pairs;
    if (r.GetNumberMap(root["fractions"], &pairs)) {
      for (auto& [w, v] : pairs) {
        if (v <= 0) {
          r.Fail(root["fractions"], "denominator of '" + w + "' must be positive");
          break;
        }
        n->fractions.Add(w, static_cast<int>(n->fraction_den.size()));
        n->fraction_den.push_back(v);
      }
    }
  }
  for (const std::string& d : n->decimal_symbols) {
    if (!r.status().ok()) break;
    if (d.size() < 2 || static_cast<unsigned char>(d[0]) < 0x80) {
      r.Fail(root["decimal_symbols"], "a decimal symbol must be one non-ASCII character (ASCII marks go in decimal_marks), got '" + d + "'");
    }
  }
  if (r.status().ok() && root["halves"]) {
    Pairs pairs;
    if (r.GetNumberMap(root["halves"], &pairs)) {
      for (auto& [w, v] : pairs) {
        n->halves.Add(w, static_cast<int>(n->half_values.size()));
        n->half_values.push_back(v);
      }
    }
  }
  if (r.status().ok()) {
    const YAML::Node& y = root["years"];
    if (r.CheckKeys(y, {"min", "max"}, {"min", "max"}) && r.GetNumber(y["min"], &n->year_min) &&
        r.GetNumber(y["max"], &n->year_max) && n->year_min > n->year_max) {
      r.Fail(y, "years: min is above max");
    }
  }
  return r.status();
}

Status LoadPercent(const std::string& path, PercentRules* p) {
  YamlReader r(path);
  YAML::Node root;
  if (Status s = r.Open(&root); !s.ok()) return s;
  r.CheckKeys(root, {"percent", "points", "basis_points", "ratio"}, {"percent"}) &&
      ReadPhrases(r, root["percent"], 0, &p->percent) &&
      (!root["points"] || ReadPhrases(r, root["points"], 1, &p->percent)) &&
      (!root["basis_points"] || ReadPhrases(r, root["basis_points"], 2, &p->percent)) &&
      (!root["ratio"] || ReadPhrases(r, root["ratio"], 0, &p->ratio));
  return r.status();
}

Status LoadMoney(const std::string& path, CurrencyRules* m) {
  YamlReader r(path);
  YAML::Node root;
  if (Status s = r.Open(&root); !s.ok()) return s;
  if (!r.CheckKeys(root, {"currencies", "connectors", "glued_exceptions"}, {"currencies"})) return r.status();
  const YAML::Node& list = root["currencies"];
  if (!list.IsSequence()) r.Fail(list, "currencies: expected a list");
  for (size_t i = 0; r.status().ok() && i < list.size(); ++i) {
    const YAML::Node& c = list[i];
    std::string code;
    double factor = 1;
    if (!r.CheckKeys(c, {"code", "before", "after", "glued_after", "factor"}, {"code"}) ||
        !r.GetString(c["code"], &code)) {
      break;
    }
    if (c["factor"] && (!r.GetNumber(c["factor"], &factor) || factor <= 0)) {
      if (r.status().ok()) r.Fail(c["factor"], "factor must be positive");
      break;
    }
    // "default" is the document's currency: what a bare "$" means.
    if (code != "default" && (code.size() != 3 || AsciiLowerLatin(code) == code)) {
      r.Fail(c["code"], "code must be an ISO 4217 code in capitals or 'default', got '" + code + "'");
      break;
    }
    int id = static_cast<int>(m->codes.size());
    m->codes.push_back(code == "default" ? std::string() : code);
    m->factors.push_back(factor);
    if (c["before"] && !ReadPhrases(r, c["before"], id, &m->before)) break;
    if (c["after"] && !ReadPhrases(r, c["after"], id, &m->after)) break;
    if (c["glued_after"] && !ReadPhrases(r, c["glued_after"], id, &m->glued_after)) break;
  }
  if (r.status().ok()) ReadSet(r, root, "connectors", &m->connectors);
  if (r.status().ok() && root["glued_exceptions"]) ReadSet(r, root, "glued_exceptions", &m->glued_exceptions);
  return r.status();
}

bool ReadUnits(YamlReader& r, const YAML::Node& list, bool duration, MeasureRules* m) {
  if (!list.IsSequence()) return r.Fail(list, "expected a list of units");
  for (const YAML::Node& u : list) {
    UnitDef def;
    def.duration = duration;
    if (!r.CheckKeys(u, {"code", "words", "factor", "not_before"}, {"code", "words"}) ||
        !r.GetString(u["code"], &def.code)) {
      return false;
    }
    if (u["factor"] && !r.GetNumber(u["factor"], &def.factor)) return false;
    if (!ReadSet(r, u, "not_before", &def.not_before)) return false;
    int id = static_cast<int>(m->defs.size());
    m->defs.push_back(def);
    if (!ReadPhrases(r, u["words"], id, &m->units)) return false;
  }
  return true;
}

Status LoadMeasures(const std::string& path, MeasureRules* m) {
  YamlReader r(path);
  YAML::Node root;
  if (Status s = r.Open(&root); !s.ok()) return s;
  r.CheckKeys(root,
              {"measures", "durations", "connectors", "compound_joiners", "glued_cased", "scale_or_unit",
               "prefix_units", "duration_joiners", "duration_seconds"},
              {"measures", "durations"}) &&
      ReadUnits(r, root["measures"], false, m) && ReadUnits(r, root["durations"], true, m) &&
      ReadSet(r, root, "connectors", &m->connectors) && ReadSet(r, root, "compound_joiners", &m->compound_joiners) &&
      ReadSet(r, root, "duration_joiners", &m->duration_joiners) &&
      ReadNumberMap(r, root, "duration_seconds", &m->duration_seconds);
  // Every duration code has a positive length when lengths are given.
  if (r.status().ok() && root["duration_seconds"]) {
    for (const UnitDef& d : m->defs) {
      if (!d.duration) continue;
      auto it = m->duration_seconds.find(d.code);
      if (it == m->duration_seconds.end() || !(it->second > 0)) {
        r.Fail(root["duration_seconds"], "duration_seconds lacks a positive length for '" + d.code + "'");
        break;
      }
    }
  }
  // Units named by code: the code must be one of the units above.
  auto def_of = [&](const YAML::Node& at, const std::string& code, int* out) {
    for (size_t i = 0; i < m->defs.size(); ++i) {
      if (m->defs[i].code == code && !m->defs[i].duration) {
        *out = static_cast<int>(i);
        return true;
      }
    }
    return r.Fail(at, "unknown measure code '" + code + "'");
  };
  if (r.status().ok() && root["glued_cased"]) {
    const YAML::Node& g = root["glued_cased"];
    if (!g.IsMap()) r.Fail(g, "glued_cased: expected a map of unit as written: code");
    for (auto it = g.begin(); r.status().ok() && it != g.end(); ++it) {
      std::string code;
      int def = -1;
      if (r.GetString(it->second, &code) && def_of(it->second, code, &def)) m->glued_cased[it->first.Scalar()] = def;
    }
  }
  if (r.status().ok() && root["prefix_units"]) {
    const YAML::Node& g = root["prefix_units"];
    if (!g.IsMap()) r.Fail(g, "prefix_units: expected a map of word: code");
    for (auto it = g.begin(); r.status().ok() && it != g.end(); ++it) {
      std::string code;
      int def = -1;
      if (r.GetString(it->second, &code) && def_of(it->second, code, &def)) {
        m->prefix_units.Add(it->first.Scalar(), def);
      }
    }
  }
  if (r.status().ok() && root["scale_or_unit"]) {
    const YAML::Node& list = root["scale_or_unit"];
    if (!list.IsSequence()) r.Fail(list, "scale_or_unit: expected a list");
    for (size_t i = 0; r.status().ok() && i < list.size(); ++i) {
      const YAML::Node& u = list[i];
      std::string letter, code;
      MeasureRules::ScaleOrUnit su;
      if (!r.CheckKeys(u, {"letter", "scale", "code", "before", "after", "timed", "always"}, {"letter", "scale", "code"}) ||
          !r.GetString(u["letter"], &letter) || !r.GetNumber(u["scale"], &su.scale) ||
          !r.GetString(u["code"], &code) || !def_of(u["code"], code, &su.def) ||
          (u["before"] && !ReadPhrases(r, u["before"], 0, &su.before)) ||
          (u["after"] && !ReadPhrases(r, u["after"], 0, &su.after)) ||
          (u["timed"] && !r.GetBool(u["timed"], &su.timed)) ||
          (u["always"] && !r.GetBool(u["always"], &su.always))) {
        break;
      }
      m->scale_or_unit[AsciiLowerLatin(letter)] = std::move(su);
    }
  }
  return r.status();
}

Status LoadOrdinals(const std::string& path, OrdinalRules* o) {
  YamlReader r(path);
  YAML::Node root;
  if (Status s = r.Open(&root); !s.ok()) return s;
  r.CheckKeys(root, {"words", "tens", "suffixes", "ambiguous", "determiners", "not_before", "rank_suffixes"},
              {"words", "suffixes"}) &&
      (!root["rank_suffixes"] || r.GetStringList(root["rank_suffixes"], &o->rank_suffixes)) &&
      ReadSet(r, root, "not_before", &o->not_before) &&
      ReadNumberMap(r, root, "words", &o->words) && ReadNumberMap(r, root, "tens", &o->tens) &&
      ReadPhrases(r, root["suffixes"], 0, &o->suffixes) && ReadSet(r, root, "ambiguous", &o->ambiguous) &&
      ReadSet(r, root, "determiners", &o->determiners);
  return r.status();
}

Status LoadQualifiers(const std::string& path, QualifierRules* q) {
  YamlReader r(path);
  YAML::Node root;
  if (Status s = r.Open(&root); !s.ok()) return s;
  if (!r.CheckKeys(root,
                   {"prefix", "suffix", "determiners", "interposed", "not_before_duration", "bound_before_duration", "sum_verbs", "revision_verbs", "movement_verbs", "scheduled_movement_verbs", "scheduled_modals", "scheduled_from", "particle_verbs", "object_particle_verbs", "object_stops", "compared_bounds", "compared_intensifiers", "money_additions", "suffix_not_before", "vague", "ranges", "range_infix",
                    "changes", "list_joiners", "list_restating", "respectively"},
                   {"prefix", "vague", "ranges"})) {
    return r.status();
  }
  // Spanish puts an article between a bound and its number ("superan los
  // 1.200 millones", "casi el 40 %"): every prefix phrase also matches with
  // each of the language's determiners after it.
  Strings determiners;
  if (root["determiners"] && !r.GetStringList(root["determiners"], &determiners)) return r.status();
  // An adverb may stand between a one-word bound (a verb: "superan", "rozan")
  // and its number, before the article: "superan con frecuencia los 300
  // euros", "supera ya los 2.000" (eval51: read as exactly 300).
  Strings interposed;
  if (root["interposed"] && !r.GetStringList(root["interposed"], &interposed)) return r.status();
  for (const char* side : {"prefix", "suffix"}) {
    const YAML::Node& m = root[side];
    if (!m) continue;
    if (!m.IsMap()) {
      r.Fail(m, std::string(side) + ": expected a map of qualifier: [phrases]");
      return r.status();
    }
    for (auto it = m.begin(); it != m.end(); ++it) {
      Qualifier qual;
      if (!it->first.IsScalar() || !ParseQualifier(it->first.Scalar(), &qual) || qual == Qualifier::kExact ||
          qual == Qualifier::kRange || qual == Qualifier::kVague) {
        r.Fail(it->first, "unknown qualifier '" + it->first.Scalar() +
                              "' (approx, nearly, more_than, at_least, less_than, at_most)");
        return r.status();
      }
      if (!ReadPhrases(r, it->second, static_cast<int>(qual), side[0] == 'p' ? &q->prefix : &q->suffix)) {
        return r.status();
      }
      if (side[0] == 'p' && !determiners.empty()) {
        Strings phrases;
        r.GetStringList(it->second, &phrases);
        for (const std::string& p : phrases) {
          for (const std::string& d : determiners) q->prefix.Add(p + " " + d, static_cast<int>(qual));
          if (p.find(' ') != std::string::npos) continue;
          for (const std::string& a : interposed) {
            q->prefix.Add(p + " " + a, static_cast<int>(qual));
            for (const std::string& d : determiners) q->prefix.Add(p + " " + a + " " + d, static_cast<int>(qual));
          }
        }
      }
    }
  }
  if (!ReadSet(r, root, "not_before_duration", &q->not_before_duration)) return r.status();
  if (!ReadSet(r, root, "bound_before_duration", &q->bound_before_duration)) return r.status();
  if (!ReadSet(r, root, "sum_verbs", &q->sum_verbs)) return r.status();
  if (!ReadSet(r, root, "revision_verbs", &q->revision_verbs)) return r.status();
  if (!ReadSet(r, root, "movement_verbs", &q->movement_verbs)) return r.status();
  for (const auto& [key, set] : {std::pair<const char*, StrSet*>{"scheduled_movement_verbs", &q->scheduled_movement_verbs},
                                 {"scheduled_modals", &q->scheduled_modals},
                                 {"scheduled_from", &q->scheduled_from},
                                 {"particle_verbs", &q->particle_verbs},
                                 {"object_particle_verbs", &q->object_particle_verbs},
                                 {"object_stops", &q->object_stops}}) {
    if (root[key] && !ReadSet(r, root, key, set)) return r.status();
  }
  if (!ReadSet(r, root, "compared_bounds", &q->compared_bounds)) return r.status();
  if (!ReadSet(r, root, "compared_intensifiers", &q->compared_intensifiers)) return r.status();
  if (!ReadSet(r, root, "money_additions", &q->money_additions)) return r.status();
  if (!ReadSet(r, root, "suffix_not_before", &q->suffix_not_before)) return r.status();
  const YAML::Node& vague = root["vague"];
  if (!vague.IsSequence()) r.Fail(vague, "vague: expected a list");
  for (size_t i = 0; r.status().ok() && i < vague.size(); ++i) {
    const YAML::Node& v = vague[i];
    VagueDef def;
    std::string phrase;
    if (!r.CheckKeys(v, {"phrase", "min", "max"}, {"phrase", "min", "max"}) || !r.GetString(v["phrase"], &phrase) ||
        !r.GetNumber(v["min"], &def.min) || !r.GetNumber(v["max"], &def.max)) {
      break;
    }
    if (def.min >= def.max) {
      r.Fail(v, "vague '" + phrase + "': min must be below max");
      break;
    }
    q->vague.Add(phrase, static_cast<int>(q->vague_defs.size()));
    q->vague_defs.push_back(def);
  }
  const YAML::Node& ranges = root["ranges"];
  if (r.status().ok() && !ranges.IsSequence()) r.Fail(ranges, "ranges: expected a list");
  for (size_t i = 0; r.status().ok() && i < ranges.size(); ++i) {
    const YAML::Node& g = ranges[i];
    std::string open;
    if (!r.CheckKeys(g, {"open", "close"}, {"open", "close"}) || !r.GetString(g["open"], &open)) break;
    int id = static_cast<int>(q->range_close.size());
    q->range_close.emplace_back();
    if (!ReadPhrases(r, g["close"], 0, &q->range_close.back())) break;
    q->range_open.Add(open, id);
  }
  if (r.status().ok() && root["range_infix"]) ReadPhrases(r, root["range_infix"], 0, &q->range_infix);
  if (r.status().ok() && root["changes"]) {
    const YAML::Node& c = root["changes"];
    r.CheckKeys(c, {"up", "down", "neutral", "by", "from", "to", "skip_suffixes", "level_followers", "compared"},
                   {"up", "down", "to"}) &&
        ReadSet(r, c, "level_followers", &q->change_level_followers) &&
        ReadSet(r, c, "up", &q->change_up) && ReadSet(r, c, "down", &q->change_down) &&
        ReadSet(r, c, "neutral", &q->change_neutral) && ReadSet(r, c, "by", &q->change_by) &&
        ReadSet(r, c, "from", &q->change_from) && ReadSet(r, c, "to", &q->change_to) &&
        (!c["skip_suffixes"] || r.GetStringList(c["skip_suffixes"], &q->change_skip_suffixes)) &&
        (!c["compared"] || ReadPhrases(r, c["compared"], 0, &q->change_compared));
  }
  if (r.status().ok()) ReadSet(r, root, "list_joiners", &q->list_joiners) && ReadSet(r, root, "list_restating", &q->list_restating) && ReadSet(r, root, "respectively", &q->respectively);
  return r.status();
}

Status LoadSubjects(const std::string& path, SubjectRules* s) {
  YamlReader r(path);
  YAML::Node root;
  if (Status st = r.Open(&root); !st.ok()) return st;
  double max_words = 4;
  std::string after_plural = "stop";
  r.CheckKeys(root,
              {"max_words", "of_words", "determiners", "stop_words", "stop_suffixes", "plural_suffixes",
               "after_plural", "alias_words"},
              {"max_words", "stop_words"}) &&
      (!root["plural_suffixes"] || r.GetStringList(root["plural_suffixes"], &s->plural_suffixes)) &&
      (!root["after_plural"] || r.GetString(root["after_plural"], &after_plural)) &&
      r.GetNumber(root["max_words"], &max_words) && ReadSet(r, root, "of_words", &s->of_words) &&
      ReadSet(r, root, "determiners", &s->determiners) && ReadSet(r, root, "stop_words", &s->stop_words) &&
      (!root["stop_suffixes"] || r.GetStringList(root["stop_suffixes"], &s->stop_suffixes)) &&
      (!root["alias_words"] || ReadPhrases(r, root["alias_words"], 0, &s->alias_words));
  if (r.status().ok() && (max_words < 1 || max_words > 12)) r.Fail(root["max_words"], "max_words must be 1..12");
  if (r.status().ok() && after_plural != "stop" && after_plural != "agree") {
    r.Fail(root["after_plural"], "after_plural must be 'stop' or 'agree'");
  }
  s->plural_agreement = after_plural == "agree";
  s->max_words = static_cast<size_t>(max_words);
  return r.status();
}

Status LoadNotFigures(const std::string& path, NotFigureRules* n) {
  YamlReader r(path);
  YAML::Node root;
  if (Status s = r.Open(&root); !s.ok()) return s;
  r.CheckKeys(root, {"labels", "label_verb_before", "label_verb_not_object", "models", "street_words", "street_before", "clock_after", "clock_before", "url_markers",
                     "label_exempt", "pronoun_numbers", "pronoun_before", "numeric_before", "pronoun_prepositions", "pronoun_next",
                     "listicle_nouns", "listicle_after", "age_before", "age_after", "age_people", "age_bounds",
                     "age_unit", "age_links", "age_persons", "age_apposition_preps", "age_copulas", "age_words", "age_shares", "age_share_links",
                     "age_unit_before", "age_comparisons", "ago_after", "ago_before", "ago_units",
                     "service_numbers", "service_after", "service_determiners", "service_before", "service_links", "service_share_links", "service_articles", "label_links"},
              {"labels"}) &&
      ReadSet(r, root, "pronoun_numbers", &n->pronoun_numbers) &&
      ReadSet(r, root, "pronoun_prepositions", &n->pronoun_prepositions) &&
      ReadSet(r, root, "pronoun_next", &n->pronoun_next) &&
      ReadSet(r, root, "pronoun_before", &n->pronoun_before) &&
      ReadSet(r, root, "numeric_before", &n->numeric_before) &&
      ReadSet(r, root, "listicle_nouns", &n->listicle_nouns) &&
      ReadSet(r, root, "listicle_after", &n->listicle_after) &&
      ReadPhrases(r, root["labels"], 0, &n->labels) && (!root["models"] || ReadPhrases(r, root["models"], 0, &n->models)) &&
      ReadSet(r, root, "street_words", &n->street_words) && ReadSet(r, root, "street_before", &n->street_before) &&
      ReadSet(r, root, "label_verb_before", &n->label_verb_before) &&
      ReadSet(r, root, "label_verb_not_object", &n->label_verb_not_object) &&
      (!root["clock_after"] || ReadPhrases(r, root["clock_after"], 0, &n->clock_after)) &&
      (!root["label_exempt"] || ReadPhrases(r, root["label_exempt"], 0, &n->label_exempt)) &&
      (!root["clock_before"] || ReadPhrases(r, root["clock_before"], 0, &n->clock_before)) &&
      (!root["url_markers"] || r.GetStringList(root["url_markers"], &n->url_markers)) &&
      (!root["age_before"] || ReadPhrases(r, root["age_before"], 0, &n->age_before)) &&
      (!root["age_after"] || ReadPhrases(r, root["age_after"], 0, &n->age_after)) &&
      (!root["age_bounds"] || ReadPhrases(r, root["age_bounds"], 0, &n->age_bounds)) &&
      ReadSet(r, root, "age_people", &n->age_people) && ReadSet(r, root, "age_unit", &n->age_unit) &&
      ReadSet(r, root, "age_links", &n->age_links) && ReadSet(r, root, "age_persons", &n->age_persons) &&
      ReadSet(r, root, "label_links", &n->label_links) &&
      ReadSet(r, root, "age_apposition_preps", &n->age_apposition_preps) &&
      ReadSet(r, root, "age_copulas", &n->age_copulas) &&
      (!root["age_words"] || ReadSet(r, root, "age_words", &n->age_words)) &&
      (!root["age_shares"] || ReadSet(r, root, "age_shares", &n->age_shares)) &&
      (!root["age_share_links"] || ReadSet(r, root, "age_share_links", &n->age_share_links)) &&
      (!root["age_unit_before"] || ReadPhrases(r, root["age_unit_before"], 0, &n->age_unit_before)) &&
      (!root["age_comparisons"] || ReadPhrases(r, root["age_comparisons"], 0, &n->age_comparisons)) &&
      (!root["ago_after"] || ReadPhrases(r, root["ago_after"], 0, &n->ago_after)) &&
      (!root["ago_before"] || ReadPhrases(r, root["ago_before"], 0, &n->ago_before)) &&
      ReadSet(r, root, "ago_units", &n->ago_units) && ReadSet(r, root, "service_numbers", &n->service_numbers) &&
      ReadSet(r, root, "service_after", &n->service_after) &&
      ReadSet(r, root, "service_determiners", &n->service_determiners) && ReadSet(r, root, "service_links", &n->service_links) &&
      (!root["service_share_links"] || ReadPhrases(r, root["service_share_links"], 0, &n->service_share_links)) &&
      (!root["service_before"] || ReadPhrases(r, root["service_before"], 0, &n->service_before)) &&
      (!root["service_articles"] || ReadSet(r, root, "service_articles", &n->service_articles));
  return r.status();
}

// Reads a map of phrase -> factor into a PhraseSet whose payloads index
// m->factors. Factors must be positive.
bool ReadFactorPhrases(YamlReader& r, const YAML::Node& root, const char* key, MultiplierRules* m, PhraseSet* out) {
  if (!root[key]) return true;
  Pairs pairs;
  if (!r.GetNumberMap(root[key], &pairs)) return false;
  for (auto& [w, v] : pairs) {
    if (v <= 0) return r.Fail(root[key], std::string(key) + ": the factor of '" + w + "' must be positive");
    out->Add(w, static_cast<int>(m->factors.size()));
    m->factors.push_back(v);
  }
  return true;
}

bool ReadFactors(YamlReader& r, const YAML::Node& root, const char* key, StrMap<double>* out) {
  if (!ReadNumberMap(r, root, key, out)) return false;
  for (const auto& [w, v] : *out) {
    if (v <= 0) return r.Fail(root[key], std::string(key) + ": the factor of '" + w + "' must be positive");
  }
  return true;
}

// Optional: a rules directory without multipliers.yaml recognises none (an
// older rules tree keeps working).
Status LoadMultipliers(const std::string& path, MultiplierRules* m) {
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) return Status::Ok();
  YamlReader r(path);
  YAML::Node root;
  if (Status s = r.Open(&root); !s.ok()) return s;
  r.CheckKeys(root,
              {"change_verbs", "change_phrases", "multiplied_by", "factor_words", "guarded_words", "verb_before", "comparative_words", "factor_phrases",
               "fold_words", "fold_suffixes", "times", "ratio_up", "ratio_down", "guard_next", "change_nouns_up",
               "change_nouns_down", "base_markers", "base_stop", "not_after", "factor_openers", "again_words"},
              {"change_verbs", "times", "ratio_up", "ratio_down"}) &&
      ReadFactors(r, root, "change_verbs", &m->change_verbs) &&
      ReadFactorPhrases(r, root, "change_phrases", m, &m->change_phrases) &&
      (!root["multiplied_by"] || ReadPhrases(r, root["multiplied_by"], 0, &m->multiplied_by)) &&
      ReadFactors(r, root, "factor_words", &m->factor_words) &&
      ReadFactors(r, root, "guarded_words", &m->guarded_words) && ReadSet(r, root, "verb_before", &m->verb_before) &&
      ReadFactors(r, root, "comparative_words", &m->comparative_words) &&
      ReadFactorPhrases(r, root, "factor_phrases", m, &m->factor_phrases) &&
      ReadFactors(r, root, "fold_words", &m->fold_words) && ReadSet(r, root, "fold_suffixes", &m->fold_suffixes) &&
      ReadSet(r, root, "times", &m->times) && ReadPhrases(r, root["ratio_up"], 0, &m->ratio_up) &&
      ReadPhrases(r, root["ratio_down"], 0, &m->ratio_down) && ReadSet(r, root, "guard_next", &m->guard_next) &&
      ReadSet(r, root, "change_nouns_up", &m->change_nouns_up) &&
      ReadSet(r, root, "change_nouns_down", &m->change_nouns_down) &&
      (!root["base_markers"] || ReadPhrases(r, root["base_markers"], 0, &m->base_markers)) &&
      ReadSet(r, root, "base_stop", &m->base_stop) && ReadSet(r, root, "not_after", &m->not_after) &&
      ReadSet(r, root, "factor_openers", &m->factor_openers) && ReadSet(r, root, "again_words", &m->again_words);
  return r.status();
}

}  // namespace

std::string AsciiLowerLatin(std::string_view s) {
  ScannedText scanned;
  Scan(s, &scanned);
  return scanned.lower;
}

void MarkKnown(const StrMap<uint8_t>& vocabulary, ScannedText* s) {
  for (size_t i = 0; i < s->toks.size(); ++i) {
    Token& t = s->toks[i];
    if (t.type == TokType::kDigits) continue;
    auto it = vocabulary.find(s->Lower(i));
    t.known = it != vocabulary.end();
    t.marks = t.known ? it->second : 0;
  }
}

namespace {

template <typename Map>
void AddKeys(const Map& m, StrSet* out) {
  for (const auto& kv : m) out->insert(kv.first);
}
void AddKeys(const StrSet& m, StrSet* out) { out->insert(m.begin(), m.end()); }

void BuildVocabulary(Lexicon* lex) {
  StrSet words;
  StrSet* v = &words;
  const NumberRules& n = lex->numbers;
  // pronoun_next and pronoun_prev, like the sets of the issue-12 forms below
  // (period words, change words, list joiners), are read only next to a
  // number, with HasWord, and stay out of the vocabulary.
  for (const auto* m : {&n.standalone_scales, &n.ten_joiners, &n.and_words, &n.decimal_words, &n.articles, &n.minus_words,
                        &n.minus_not_after, &n.standalone_fractions, &n.standalone_fraction_next, &n.pronouns}) {
    AddKeys(*m, v);
  }
  AddKeys(n.words, v);
  for (const auto* m : {&n.glued_scales, &n.spaced_scales, &n.dozens, &n.joined_units}) AddKeys(*m, v);
  n.fractions.AddTokensTo(v);
  n.halves.AddTokensTo(v);
  for (const auto& kv : n.glyph_fractions) v->insert(kv.first);
  AddKeys(n.unit_fractions, v);
  AddKeys(n.point_fractions, v);
  AddKeys(n.scale_articles, v);
  n.not_fractions.AddTokensTo(v);
  for (const auto& kv : n.glued_scales_cased) v->insert(AsciiLowerLatin(kv.first));
  AddKeys(n.period_fractions, v);
  lex->percent.percent.AddTokensTo(v);
  lex->percent.ratio.AddTokensTo(v);
  lex->money.before.AddTokensTo(v);
  lex->money.after.AddTokensTo(v);
  AddKeys(lex->money.connectors, v);
  lex->measures.units.AddTokensTo(v);
  AddKeys(lex->measures.connectors, v);
  AddKeys(lex->measures.compound_joiners, v);
  for (const auto& kv : lex->measures.glued_cased) v->insert(AsciiLowerLatin(kv.first));
  for (const auto& kv : lex->measures.scale_or_unit) v->insert(kv.first);
  const OrdinalRules& o = lex->ordinals;
  AddKeys(o.words, v);
  AddKeys(o.tens, v);
  o.suffixes.AddTokensTo(v);
  // not_before is read only after an ordinal, with HasWord.
  for (const auto* m : {&o.ambiguous, &o.determiners}) AddKeys(*m, v);
  const QualifierRules& q = lex->qualifiers;
  q.prefix.AddTokensTo(v);
  q.suffix.AddTokensTo(v);
  AddKeys(q.not_before_duration, v);
  q.vague.AddTokensTo(v);
  q.range_open.AddTokensTo(v);
  for (const PhraseSet& p : q.range_close) p.AddTokensTo(v);
  q.range_infix.AddTokensTo(v);

  const SubjectRules& sr = lex->subjects;
  // Stop words and determiners are read only for the winners' subjects,
  // straight from their sets; keeping these common words out of the
  // vocabulary keeps most tokens unknown.
  AddKeys(sr.of_words, v);
  sr.alias_words.AddTokensTo(v);
  const NotFigureRules& nf = lex->not_figures;
  for (const PhraseSet* p : {&nf.labels, &nf.label_exempt, &nf.models, &nf.clock_after, &nf.clock_before, &nf.age_before, &nf.age_after,
                             &nf.age_bounds, &nf.age_unit_before, &nf.age_comparisons, &nf.ago_after, &nf.ago_before, &nf.service_before}) {
    p->AddTokensTo(v);
  }
  AddKeys(nf.ago_units, v);
  AddKeys(nf.street_words, v);
  AddKeys(nf.street_before, v);
  // Multipliers: the words a multiplier starts at. Comparatives, bases and
  // the rest are read only next to one, with HasWord / AtAnyToken.
  const MultiplierRules& mr = lex->multipliers;
  for (const auto* m : {&mr.change_verbs, &mr.factor_words, &mr.guarded_words, &mr.fold_words, &mr.comparative_words}) {
    AddKeys(*m, v);
  }
  AddKeys(mr.times, v);
  AddKeys(mr.fold_suffixes, v);
  mr.change_phrases.AddTokensTo(v);
  mr.multiplied_by.AddTokensTo(v);
  mr.factor_phrases.AddTokensTo(v);

  // The words FindMultipliers' word loop can start at.
  StrSet starts;
  for (const auto* m : {&mr.change_verbs, &mr.factor_words, &mr.guarded_words, &mr.fold_words, &mr.comparative_words}) {
    AddKeys(*m, &starts);
  }
  mr.change_phrases.AddFirstTokensTo(&starts);
  mr.factor_phrases.AddFirstTokensTo(&starts);
  lex->vocabulary.clear();
  for (const std::string& w : words) {
    uint8_t marks = Has(starts, w) ? kMarkMultiplierStart : 0;
    if (n.words.count(w)) marks |= kMarkNumWord;
    if (Has(n.articles, w)) marks |= kMarkNumArticle;
    if (n.dozens.count(w)) marks |= kMarkNumDozen;
    if (Has(n.minus_words, w)) marks |= kMarkNumMinus;
    if (Has(n.standalone_fractions, w)) marks |= kMarkNumStandalone;
    if (n.unit_fractions.count(w)) marks |= kMarkNumUnitFraction;
    if (o.words.count(w) || o.tens.count(w)) marks |= kMarkOrdinal;
    lex->vocabulary.emplace(w, marks);
  }
}

}  // namespace

const std::vector<std::string>& LexiconFiles() {
  static const std::vector<std::string> kFiles = {"numbers.yaml",    "percent.yaml",    "money.yaml",
                                                  "measures.yaml",   "ordinals.yaml",   "qualifiers.yaml",
                                                  "subjects.yaml",   "not_figures.yaml", "multipliers.yaml"};
  return kFiles;
}

Status LoadLexicon(const std::string& rules_dir, const std::string& lang, std::unique_ptr<Lexicon>* out) {
  auto lex = std::make_unique<Lexicon>();
  lex->lang = lang;
  const std::string dir = rules_dir + "/" + lang + "/";
  Status s = LoadNumbers(dir + "numbers.yaml", &lex->numbers);
  if (s.ok()) s = LoadPercent(dir + "percent.yaml", &lex->percent);
  if (s.ok()) s = LoadMoney(dir + "money.yaml", &lex->money);
  if (s.ok()) s = LoadMeasures(dir + "measures.yaml", &lex->measures);
  if (s.ok()) s = LoadOrdinals(dir + "ordinals.yaml", &lex->ordinals);
  if (s.ok()) s = LoadQualifiers(dir + "qualifiers.yaml", &lex->qualifiers);
  if (s.ok()) s = LoadSubjects(dir + "subjects.yaml", &lex->subjects);
  if (s.ok()) s = LoadNotFigures(dir + "not_figures.yaml", &lex->not_figures);
  if (s.ok()) s = LoadMultipliers(dir + "multipliers.yaml", &lex->multipliers);
  if (!s.ok()) return s;
  BuildVocabulary(lex.get());
  *out = std::move(lex);
  return Status::Ok();
}

}  // namespace recognize
}  // namespace claimcheck
