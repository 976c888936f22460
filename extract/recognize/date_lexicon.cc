#include "extract/recognize/date_lexicon.h"

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cstring>
#include <initializer_list>

#include "core/case_fold.h"
#include "extract/recognize/date_tokens.h"
#include "extract/recognize/yaml_fast.h"
#include "core/source_position.h"

namespace claimcheck {

void FoldDateText(std::string_view s, std::string* out) {
  out->resize(s.size());
  FoldDateText(s, out->data());
}

void FoldDateText(std::string_view s, char* p) {
  if (s.data() != p) std::memcpy(p, s.data(), s.size());
  FoldLowerInPlace(p, s.size());
}

void DateLexicon::BuildTable() {
  size_t cap = 16;
  while (cap < words.size() * 4) cap *= 2;  // a quarter full: short probes
  table.assign(cap, Slot());
  table_mask = cap - 1;
  for (const auto& [w, entry] : words) {
    const uint64_t h = HashWord(w);
    size_t i = h & table_mask;
    while (table[i].word != nullptr) i = (i + 1) & table_mask;
    table[i] = Slot{h, &w, &entry};
  }
}

namespace {

std::string Fold(std::string_view s) {
  std::string out;
  FoldDateText(s, &out);
  return out;
}

class Loader {
 public:
  Loader(const std::string& path, DateLexicon* lex) : path_(path), lex_(lex) {}

  Status Run(const YAML::Node& root) {
    if (!root.IsMap()) return Err(root, "expected a mapping of date settings");
    bool have_lang = false, have_months = false;
    for (const auto& kv : root) {
      const std::string key = kv.first.Scalar();
      const YAML::Node& v = kv.second;
      Status s;
      if (key == "lang") {
        have_lang = true;
        s = Scalar(v, &lex_->lang);
      } else if (key == "names_capitalized") {
        s = Bool(v, &lex_->names_capitalized);
      } else if (key == "month_day_order") {
        s = Bool(v, &lex_->month_day_order);
      } else if (key == "months") {
        have_months = true;
        s = Months(v);
      } else if (key == "weekdays") {
        s = Flag(v, &DateWord::weekday);
      } else if (key == "ordinal_suffixes") {
        s = Flag(v, &DateWord::ordinal_suffix);
      } else if (key == "day_month_links") {
        s = Flag(v, &DateWord::day_month_link);
      } else if (key == "month_year_links") {
        s = Flag(v, &DateWord::month_year_link);
      } else if (key == "period_links") {
        s = Flag(v, &DateWord::period_link);
      } else if (key == "list_links") {
        s = Flag(v, &DateWord::list_link);
      } else if (key == "year_blockers") {
        s = Flag(v, &DateWord::year_blocker);
      } else if (key == "decade_suffixes") {
        s = Flag(v, &DateWord::decade_suffix);
      } else if (key == "month_relative") {
        if (!v.IsMap()) {
          s = Err(v, "month_relative: expected a mapping of word to -1, 0 or 1");
        } else {
          for (const auto& w : v) {
            int off = 0;
            if (!YAML::convert<int>::decode(w.second, off) || off < -1 || off > 1) {
              s = Err(w.second, "month_relative: expected -1, 0 or 1");
              break;
            }
            DateWord& dw = lex_->words[Fold(w.first.Scalar())];
            dw.month_relative = true;
            dw.month_relative_offset = off;
          }
        }
      } else if (key == "relative_not_after") {
        s = Flag(v, &DateWord::relative_guard);
      } else if (key == "list_articles") {
        s = Flag(v, &DateWord::list_article);
      } else if (key == "month_attribute_nouns") {
        s = Flag(v, &DateWord::month_attribute);
      } else if (key == "change_verbs") {
        s = Flag(v, &DateWord::change_verb);
      } else if (key == "future_cues") {
        s = Flag(v, &DateWord::future_cue);
      } else if (key == "fiscal_start_month") {
        std::string m;
        s = Scalar(v, &m);
        if (s.ok()) {
          if (m.size() > 2 || m.empty() || m.find_first_not_of("0123456789") != std::string::npos ||
              std::stoi(m) < 1 || std::stoi(m) > 12) {
            s = Err(v, "fiscal_start_month: expected a month number 1..12");
          } else {
            lex_->fiscal_start_month = std::stoi(m);
          }
        }
      } else if (key == "future_suffixes") {
        s = Words(v, &lex_->future_suffixes);
      } else if (key == "year_tail_links") {
        s = Flag(v, &DateWord::year_tail_link);
      } else if (key == "comparison_year_cues") {
        s = PhraseList(v, DatePhraseType::kComparisonCue);
      } else if (key == "comparison_followers") {
        s = Flag(v, &DateWord::comparison_follower);
      } else if (key == "fiscal_years") {
        s = PhraseList(v, DatePhraseType::kFiscal);
      } else if (key == "fiscal_year_codes") {
        s = PhraseList(v, DatePhraseType::kFiscalCode);
      } else if (key == "decade_nouns") {
        s = PhraseList(v, DatePhraseType::kDecadeNoun);
      } else if (key == "decade_cues_at_clause_end") {
        s = PhraseList(v, DatePhraseType::kDecadeCueAtEnd);
      } else if (key == "months_to") {
        s = MonthsTo(v);
      } else if (key == "decade_cues") {
        s = PhraseList(v, DatePhraseType::kDecadeCue);
      } else if (key == "decade_words") {
        s = Decades(v);
      } else if (key == "numeric_dates") {
        s = NumericDates(v);
      } else if (key == "periods") {
        s = Periods(v);
      } else if (key == "ordinals") {
        s = Ordinals(v);
      } else if (key == "year_cues") {
        s = PhraseList(v, DatePhraseType::kYearCue);
      } else if (key == "month_cues") {
        s = PhraseList(v, DatePhraseType::kMonthCue);
      } else if (key == "modifiers") {
        s = PhraseList(v, DatePhraseType::kModifier);
      } else if (key == "ranges") {
        s = Ranges(v);
      } else if (key == "relative") {
        s = Relative(v);
      } else {
        s = Err(kv.first, "unknown key '" + key + "'");
      }
      if (!s.ok()) return s;
    }
    if (!have_lang) return Err(root, "missing key 'lang'");
    if (!have_months) return Err(root, "missing key 'months'");
    Index();
    return Status::Ok();
  }

  // Builds what the scanner needs at run time once every word is in.
  void Index() {
    // Every phrase word gets an entry (possibly with no other role), so
    // tokens can be matched to phrases by entry address; map nodes do not
    // move when the map grows.
    for (DatePhrase& p : lex_->phrases) {
      p.entries.clear();
      for (const auto& w : p.words) p.entries.push_back(&lex_->words[w]);
    }
    for (auto& [w, info] : lex_->words) {
      // Longest phrase first, so "the end of" wins over the cue "the".
      // Grouped by type (DateWord::PhrasesOf); within a type the order is
      // the same as before grouping.
      std::stable_sort(info.phrases.begin(), info.phrases.end(), [&](uint16_t a, uint16_t b) {
        const DatePhrase& pa = lex_->phrases[a];
        const DatePhrase& pb = lex_->phrases[b];
        if (pa.type != pb.type) return pa.type < pb.type;
        return pa.words.size() > pb.words.size();
      });
      info.phrase_types = 0;
      size_t k = 0;
      for (int t = 0; t < kDatePhraseTypes; ++t) {
        info.type_begin[t] = static_cast<uint16_t>(k);
        while (k < info.phrases.size() && static_cast<int>(lex_->phrases[info.phrases[k]].type) == t) {
          info.phrase_types |= static_cast<uint16_t>(1u << t);
          ++k;
        }
      }
      info.type_begin[kDatePhraseTypes] = static_cast<uint16_t>(k);
      lex_->max_word_len = std::max(lex_->max_word_len, w.size());
    }
    lex_->BuildTable();
  }

  Status Err(const YAML::Mark& m, const std::string& msg) const {
    return Status::InvalidArgument(SourcePosition(path_, m.line, m.column) + ": " + msg);
  }
  Status Err(const YAML::Node& n, const std::string& msg) const { return Err(n.Mark(), msg); }

 private:
  Status Keys(const YAML::Node& map, std::initializer_list<std::string_view> allowed,
              const char* what) const {
    if (!map.IsMap()) return Err(map, std::string("expected a mapping for ") + what);
    for (const auto& kv : map) {
      const std::string& k = kv.first.Scalar();
      if (std::find(allowed.begin(), allowed.end(), k) == allowed.end()) {
        return Err(kv.first, fmt::format("unknown key '{}' in {}", k, what));
      }
    }
    for (std::string_view k : allowed) {
      if (!map[std::string(k)]) return Err(map, fmt::format("{} needs key '{}'", what, k));
    }
    return Status::Ok();
  }

  Status Scalar(const YAML::Node& n, std::string* out) const {
    if (!n.IsScalar()) return Err(n, "expected a single value");
    *out = n.Scalar();
    return Status::Ok();
  }

  Status Bool(const YAML::Node& n, bool* out) const {
    if (!n.IsScalar()) return Err(n, "expected true or false");
    if (!YAML::convert<bool>::decode(n, *out)) return Err(n, "expected true or false");
    return Status::Ok();
  }

  Status Int(const YAML::Node& n, int lo, int hi, int* out) const {
    if (!n.IsScalar() || !YAML::convert<int>::decode(n, *out))
      return Err(n, "expected a whole number");
    if (*out < lo || *out > hi)
      return Err(n, fmt::format("expected a number from {} to {}", lo, hi));
    return Status::Ok();
  }

  // A list of one-word entries, folded.
  Status Words(const YAML::Node& n, std::vector<std::string>* out) const {
    if (!n.IsSequence()) return Err(n, "expected a list of words");
    out->clear();
    for (const auto& item : n) {
      if (!item.IsScalar()) return Err(item, "expected a word");
      std::string w = Fold(item.Scalar());
      if (!IsSingleDateWord(w)) return Err(item, "'" + item.Scalar() + "' is not a single word");
      out->push_back(std::move(w));
    }
    return Status::Ok();
  }

  // One phrase: words separated by single spaces, each a single word.
  Status PhraseWords(const YAML::Node& n, std::vector<std::string>* out) const {
    if (!n.IsScalar()) return Err(n, "expected a word or phrase");
    out->clear();
    const std::string folded = Fold(n.Scalar());
    size_t i = 0;
    while (i <= folded.size()) {
      size_t sp = folded.find(' ', i);
      if (sp == std::string::npos) sp = folded.size();
      std::string w = folded.substr(i, sp - i);
      if (!IsSingleDateWord(w))
        return Err(n, "'" + n.Scalar() + "' is not a phrase of plain words");
      out->push_back(std::move(w));
      i = sp + 1;
    }
    return Status::Ok();
  }

  Status Flag(const YAML::Node& n, bool DateWord::*flag) {
    std::vector<std::string> words;
    if (Status s = Words(n, &words); !s.ok()) return s;
    for (const auto& w : words) lex_->words[w].*flag = true;
    return Status::Ok();
  }

  Status AddPhrase(const YAML::Node& n, DatePhrase p) {
    if (Status s = PhraseWords(n, &p.words); !s.ok()) return s;
    if (lex_->phrases.size() >= 0xFFFF) return Err(n, "too many phrases");
    lex_->words[p.words.front()].phrases.push_back(static_cast<uint16_t>(lex_->phrases.size()));
    lex_->phrases.push_back(std::move(p));
    return Status::Ok();
  }

  Status PhraseList(const YAML::Node& n, DatePhraseType type) {
    if (!n.IsSequence()) return Err(n, "expected a list of words or phrases");
    for (const auto& item : n) {
      DatePhrase p;
      p.type = type;
      if (Status s = AddPhrase(item, std::move(p)); !s.ok()) return s;
    }
    return Status::Ok();
  }

  Status Months(const YAML::Node& n) {
    if (!n.IsSequence()) return Err(n, "expected a list of months");
    for (const auto& m : n) {
      if (Status s = Keys(m, {"month", "names", "abbreviations"}, "a month"); !s.ok()) return s;
      int month = 0;
      if (Status s = Int(m["month"], 1, 12, &month); !s.ok()) return s;
      std::vector<std::string> names, abbrevs;
      if (Status s = Words(m["names"], &names); !s.ok()) return s;
      if (Status s = Words(m["abbreviations"], &abbrevs); !s.ok()) return s;
      for (const auto& w : names) lex_->words[w].month = month;
      for (const auto& w : abbrevs) {
        DateWord& dw = lex_->words[w];
        dw.month = month;
        dw.month_abbrev = true;
      }
    }
    return Status::Ok();
  }

  Status NumericDates(const YAML::Node& n) {
    if (Status s = Keys(n, {"orders", "separators"}, "numeric_dates"); !s.ok()) return s;
    const YAML::Node orders = n["orders"];
    if (!orders.IsSequence()) return Err(orders, "expected a list of orders (mdy, dmy)");
    for (const auto& o : orders) {
      if (!o.IsScalar()) return Err(o, "expected mdy or dmy");
      if (o.Scalar() == "mdy") {
        lex_->numeric_mdy = true;
      } else if (o.Scalar() == "dmy") {
        lex_->numeric_dmy = true;
      } else {
        return Err(o, "unknown order '" + o.Scalar() + "' (expected mdy or dmy)");
      }
    }
    const YAML::Node seps = n["separators"];
    if (Status s = Scalar(seps, &lex_->numeric_separators); !s.ok()) return s;
    for (char c : lex_->numeric_separators) {
      if (c != '/' && c != '-' && c != '.') return Err(seps, "separators may only be / - .");
    }
    return Status::Ok();
  }

  Status Periods(const YAML::Node& n) {
    if (!n.IsSequence()) return Err(n, "expected a list of periods");
    for (const auto& p : n) {
      if (Status s = Keys(p, {"iso", "count", "words", "codes"}, "a period"); !s.ok()) return s;
      DatePeriodKind kind;
      std::string iso;
      if (Status s = Scalar(p["iso"], &iso); !s.ok()) return s;
      if (iso != "Q" && iso != "H") return Err(p["iso"], "iso must be Q (quarter) or H (half)");
      kind.iso = iso[0];
      if (Status s = Int(p["count"], 2, 12, &kind.count); !s.ok()) return s;
      if ((kind.iso == 'Q') != (kind.count == 4) || (kind.iso == 'H') != (kind.count == 2)) {
        return Err(p["count"], "a quarter needs count 4 and a half count 2");
      }
      const int index = static_cast<int>(lex_->periods.size());
      lex_->periods.push_back(kind);
      std::vector<std::string> words, codes;
      if (Status s = Words(p["words"], &words); !s.ok()) return s;
      if (Status s = Words(p["codes"], &codes); !s.ok()) return s;
      for (const auto& w : words) {
        lex_->words[w].period = index;
        // "the first quarter" needs no digit either.
        const auto first = static_cast<unsigned char>(w[0]);
        lex_->decade_keys.push_back(first < 0x80 && w.size() > 1 ? w.substr(1) : w);
      }
      for (const auto& c : codes) lex_->words[c].period_code = index;
    }
    return Status::Ok();
  }

  Status Ordinals(const YAML::Node& n) {
    if (!n.IsMap()) return Err(n, "expected a mapping of word: position");
    for (const auto& kv : n) {
      std::vector<std::string> w;
      if (Status s = PhraseWords(kv.first, &w); !s.ok()) return s;
      if (w.size() != 1) return Err(kv.first, "an ordinal is one word");
      int v = 0;
      if (Status s = Int(kv.second, -1, 4, &v); !s.ok()) return s;
      if (v == 0) return Err(kv.second, "0 is not a position (use -1 for the last)");
      lex_->words[w[0]].ordinal = v;
    }
    return Status::Ok();
  }

  // "the three months to September": how many months, the month noun, the
  // link words, and phrases that mean twelve months ("the year to March").
  Status MonthsTo(const YAML::Node& n) {
    if (Status s = Keys(n, {"counts", "nouns", "links", "year_phrases"}, "months_to"); !s.ok()) return s;
    const YAML::Node counts = n["counts"];
    if (!counts.IsMap()) return Err(counts, "expected a mapping of word: number of months");
    for (const auto& kv : counts) {
      std::vector<std::string> w;
      if (Status s = PhraseWords(kv.first, &w); !s.ok()) return s;
      if (w.size() != 1) return Err(kv.first, "a count is one word");
      int v = 0;
      if (Status s = Int(kv.second, 1, 24, &v); !s.ok()) return s;
      lex_->words[w[0]].month_count = v;
    }
    if (Status s = Flag(n["nouns"], &DateWord::months_noun); !s.ok()) return s;
    if (Status s = PhraseList(n["links"], DatePhraseType::kMonthsToLink); !s.ok()) return s;
    return PhraseList(n["year_phrases"], DatePhraseType::kYearTo);
  }

  Status Decades(const YAML::Node& n) {
    if (!n.IsMap()) return Err(n, "expected a mapping of word: decade (0, 10 ... 90)");
    for (const auto& kv : n) {
      std::vector<std::string> w;
      if (Status s = PhraseWords(kv.first, &w); !s.ok()) return s;
      if (w.size() != 1) return Err(kv.first, "a decade word is one word");
      int v = 0;
      if (Status s = Int(kv.second, 0, 90, &v); !s.ok()) return s;
      if (v % 10 != 0) return Err(kv.second, "a decade is a multiple of ten");
      lex_->words[w[0]].decade = v;
      // Decade words are ASCII in every language so far; a word that starts
      // with a longer code point is looked for whole (its capital would
      // then be missed, so such a word is better left to the digits).
      const auto first = static_cast<unsigned char>(w[0][0]);
      lex_->decade_keys.push_back(first < 0x80 && w[0].size() > 1 ? w[0].substr(1) : w[0]);
    }
    return Status::Ok();
  }

  Status Ranges(const YAML::Node& n) {
    if (!n.IsSequence()) return Err(n, "expected a list of ranges");
    for (const auto& r : n) {
      // "change" is optional: a mapping with it is checked with it.
      const bool has_change = r.IsMap() && r["change"];
      Status keys = has_change ? Keys(r, {"open", "link", "change"}, "a range") : Keys(r, {"open", "link"}, "a range");
      if (!keys.ok()) return keys;
      const YAML::Node open = r["open"], link = r["link"];
      if (!open.IsSequence()) return Err(open, "expected a list of opening words");
      if (!link.IsSequence() || link.size() == 0) return Err(link, "expected a list of link words");
      const int index = static_cast<int>(lex_->ranges.size());
      DateRange range{open.size() > 0};
      if (has_change) {
        if (!r["change"].IsScalar() || (r["change"].Scalar() != "true" && r["change"].Scalar() != "false")) {
          return Err(r["change"], "expected true or false");
        }
        range.change_dates = r["change"].Scalar() == "true";
      }
      lex_->ranges.push_back(range);
      for (const auto& w : open) {
        DatePhrase p;
        p.type = DatePhraseType::kRangeOpen;
        p.range = index;
        if (Status s = AddPhrase(w, std::move(p)); !s.ok()) return s;
      }
      for (const auto& w : link) {
        DatePhrase p;
        p.type = DatePhraseType::kRangeLink;
        p.range = index;
        if (Status s = AddPhrase(w, std::move(p)); !s.ok()) return s;
      }
    }
    return Status::Ok();
  }

  Status Relative(const YAML::Node& n) {
    if (!n.IsSequence()) return Err(n, "expected a list of relative phrases");
    for (const auto& r : n) {
      if (Status s = Keys(r, {"phrase", "unit", "offset"}, "a relative phrase"); !s.ok()) return s;
      DatePhrase p;
      p.type = DatePhraseType::kRelative;
      std::string unit;
      if (Status s = Scalar(r["unit"], &unit); !s.ok()) return s;
      if (unit == "day") {
        p.unit = DateUnit::kDay;
      } else if (unit == "month") {
        p.unit = DateUnit::kMonth;
      } else if (unit == "year") {
        p.unit = DateUnit::kYear;
      } else {
        return Err(r["unit"], "unit must be day, month or year");
      }
      if (Status s = Int(r["offset"], -100, 100, &p.offset); !s.ok()) return s;
      if (Status s = AddPhrase(r["phrase"], std::move(p)); !s.ok()) return s;
    }
    return Status::Ok();
  }

  const std::string& path_;
  DateLexicon* lex_;
};

}  // namespace

Status LoadDateLexicon(const std::string& path, DateLexicon* out) {
  *out = DateLexicon();
  YAML::Node root;
  try {
    root = recognize::LoadRuleYaml(path);
  } catch (const YAML::BadFile&) {
    return Status::NotFound(path + ": cannot open the date rules");
  } catch (const YAML::Exception& e) {
    return Status::InvalidArgument(SourcePosition(path, e.mark.line, e.mark.column) + ": " + e.msg);
  }
  Loader loader(path, out);
  try {
    return loader.Run(root);
  } catch (const YAML::Exception& e) {
    return loader.Err(e.mark, e.msg);
  }
}

}  // namespace claimcheck
