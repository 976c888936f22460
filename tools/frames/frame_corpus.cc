#include "tools/frames/frame_corpus.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <set>
#include <sstream>

#include "claimcheck/attach.h"
#include "claimcheck/util.h"
#include "extract/frame/cues.h"

namespace claimcheck::frames {
namespace {

std::string Lower(std::string s) {
  for (char& c : s) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return s;
}

// Lower-case words, articles dropped, spaces collapsed (the README's rule
// for subject, base, part and place).
std::string Phrase(const std::string& s) {
  static const std::set<std::string> kArticles = {"the", "a", "an", "el", "la", "los", "las"};
  std::string out, word;
  auto flush = [&] {
    if (!word.empty() && !kArticles.count(word)) out += (out.empty() ? "" : " ") + word;
    word.clear();
  };
  for (char c : Lower(s)) {
    if (c == ' ' || c == '\t' || c == '\n') {
      flush();
    } else {
      word += c;
    }
  }
  flush();
  return out;
}

std::string Num(double v) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.10g", v);
  return buf;
}

std::string Show(const std::string& s) { return s.empty() ? "null" : s; }
std::string Show(const std::optional<double>& v) { return v ? Num(*v) : "null"; }

bool SameNumber(double a, double b) { return std::fabs(a - b) <= 1e-9 * std::max(1.0, std::fabs(a)); }

std::string LangOf(const std::string& path) {
  std::string stem = std::filesystem::path(path).stem().string();
  size_t dash = stem.rfind('-');
  return dash == std::string::npos ? stem : stem.substr(dash + 1);
}

// The document of a case: `text` (one paragraph) or `paragraphs` (strings or
// {text, kind: heading|paragraph|block_quote}).
Status BuildDocument(const YAML::Node& c, const std::string& where, Document* doc) {
  auto add = [&](const std::string& text, BlockKind kind) {
    if (!doc->text.empty()) doc->text += "\n\n";
    Block b;
    b.kind = kind;
    b.start = doc->text.size();
    doc->text += text;
    b.end = doc->text.size();
    doc->blocks.push_back(b);
  };
  if (c["text"]) {
    add(c["text"].as<std::string>(), BlockKind::kParagraph);
  } else if (c["paragraphs"] && c["paragraphs"].IsSequence()) {
    for (const YAML::Node& p : c["paragraphs"]) {
      if (p.IsScalar()) {
        add(p.as<std::string>(), BlockKind::kParagraph);
      } else {
        std::string kind = p["kind"] ? p["kind"].as<std::string>() : "paragraph";
        add(p["text"].as<std::string>(), kind == "heading"       ? BlockKind::kHeading
                                         : kind == "block_quote" ? BlockKind::kBlockQuote
                                                                 : BlockKind::kParagraph);
      }
    }
  } else {
    return Status::InvalidArgument(where + ": a case needs text or paragraphs");
  }
  doc->id = Sha256Hex(doc->text);
  if (c["doc_date"]) doc->meta.date = c["doc_date"].as<std::string>();
  return Status::Ok();
}

const Figure* Locate(const Extraction& ex, const std::string& text, const std::string& at,
                     int occurrence) {
  size_t pos = std::string::npos, from = 0;
  for (int i = 0; i < occurrence; ++i) {
    pos = text.find(at, from);
    if (pos == std::string::npos) return nullptr;
    from = pos + 1;
  }
  const Figure* overlap = nullptr;
  for (const Figure& f : ex.figures) {
    if (f.start <= pos && pos + at.size() <= f.end) return &f;
    if (overlap == nullptr && f.start < pos + at.size() && pos < f.end) overlap = &f;
  }
  return overlap;
}

// Alias pairs a speaker may be written as: the configured entities and the
// aliases the snippet itself taught ("the Federal Bureau of Investigation
// (FBI)").
using AliasPairs = std::vector<std::pair<std::string, std::string>>;

void Compare(const std::string& key, const YAML::Node& want, const Figure* f,
             const AliasPairs& aliases, const frame::FrameRules* rules, CaseResult* out) {
  KeyResult k;
  k.key = key;
  bool null = !want || want.IsNull();
  const Frame* fr = f ? &f->frame : nullptr;
  auto str = [&](const std::string& got, bool phrase) {
    std::string e = null ? "" : want.as<std::string>();
    k.expected = Show(e);
    k.got = f ? Show(got) : "(no figure)";
    k.ok = f && (phrase ? Phrase(e) == Phrase(got) : Lower(e) == Lower(got));
  };
  auto num = [&](const std::optional<double>& got) {
    k.expected = null ? "null" : Num(want.as<double>());
    k.got = f ? Show(got) : "(no figure)";
    k.ok = f && (null ? !got : got && SameNumber(*got, want.as<double>()));
  };
  if (key == "subject") {
    str(f ? f->subject : "", true);
  } else if (key == "subject_head") {
    str(fr ? fr->subject_head : "", false);
  } else if (key == "modifiers") {
    std::set<std::string> e, g;
    if (!null) {
      for (const auto& m : want) e.insert(Phrase(m.as<std::string>()));
    }
    if (fr) {
      for (const auto& m : fr->modifiers) g.insert(Phrase(m));
    }
    auto join = [](const std::set<std::string>& s) {
      std::string o = "[";
      for (const auto& x : s) o += (o.size() > 1 ? ", " : "") + x;
      return o + "]";
    };
    k.expected = join(e);
    k.got = f ? join(g) : "(no figure)";
    k.ok = f && e == g;
  } else if (key == "base") {
    str(fr ? fr->base : "", true);
  } else if (key == "part") {
    str(fr ? fr->part : "", true);
  } else if (key == "measure") {
    str(fr ? MeasureName(fr->measure) : "", false);
    if (null) k.ok = f && fr->measure == Measure::kLevel;
  } else if (key == "direction") {
    str(fr ? DirectionName(fr->direction) : "", false);
  } else if (key == "previous") {
    num(fr ? fr->previous : std::nullopt);
  } else if (key == "revised" || key == "outcome_stated") {
    const bool e = !null && want.as<bool>();
    const bool got = fr && (key == "revised" ? fr->revised : fr->outcome_stated);
    k.expected = e ? "true" : "false";
    k.got = f ? (got ? "true" : "false") : "(no figure)";
    k.ok = f && got == e;
  } else if (key == "per") {
    str(fr ? fr->per : "", true);
    // The frame names a denominator language-neutrally ("semana" is
    // "week"): a case may write it either way.
    if (!k.ok && f && !null && rules != nullptr) {
      k.ok = frame::PerName(*rules, Phrase(want.as<std::string>())) == Phrase(fr->per);
    }
  } else if (key == "period") {
    str(fr ? fr->period : "", false);
  } else if (key == "period_inherited") {
    str(fr ? fr->period_inherited : "", false);
  } else if (key == "time") {
    // The figure's as-of time from the ContextAttacher (Figure::time), which
    // the checker compares alongside the frame's period.
    str(f ? f->time : "", false);
  } else if (key == "modality") {
    str(fr ? ModalityName(fr->modality) : "", false);
    if (null) k.ok = f && fr->modality == Modality::kActual;
  } else if (key == "interval_low") {
    num(fr ? fr->interval_low : std::nullopt);
  } else if (key == "interval_high") {
    num(fr ? fr->interval_high : std::nullopt);
  } else if (key == "place") {
    str(fr ? fr->place : "", true);
  } else if (key == "speaker") {
    // The frame names the whole entity ("Federal Bureau of Investigation");
    // a case may expect the alias it was written with ("FBI"): either is
    // right when the alias is configured or learned in the snippet.
    str(fr ? fr->speaker : "", true);
    if (!k.ok && f && !null) {
      const std::string e = Phrase(want.as<std::string>()), g = Phrase(fr->speaker);
      for (const auto& [alias, canonical] : aliases) {
        if ((e == alias && g == canonical) || (e == canonical && g == alias)) k.ok = true;
      }
    }
  } else if (key == "value") {
    num(f ? std::optional<double>(f->value.num) : std::nullopt);
  } else if (key == "kind") {
    str(f ? KindName(f->kind) : "", false);
  } else if (key == "qualifier") {
    str(f ? QualifierName(f->qualifier) : "", false);
  } else if (key == "absent") {
    // A negative case: no quantity may stand at `at` ("the first time", "the
    // two times table", "aged 16"). A year or an ordinal the recogniser
    // reads as a date or an ordinal is no quantity: the checker compares it
    // as a time or not at all, never as a count (the blind writers mark
    // "in 2019" absent, meaning "not a figure to check").
    const bool e = !null && want.as<bool>();
    const bool quantity = f != nullptr && f->kind != Kind::kDate && f->kind != Kind::kOrdinal;
    k.expected = e ? "no figure" : "a figure";
    k.got = f ? std::string(quantity ? "a figure: " : "a date or ordinal: ") + f->text : "no figure";
    k.ok = e ? !quantity : f != nullptr;
  } else {
    return;  // "at", "occurrence", notes: not scored
  }
  out->keys.push_back(std::move(k));
}

}  // namespace

Status RunCorpusFile(Extractor* extractor, const std::string& path, std::vector<CaseResult>* out) {
  YAML::Node root;
  try {
    root = YAML::LoadFile(path);
  } catch (const YAML::Exception& e) {
    return Status::InvalidArgument(path + ":" + std::to_string(e.mark.line + 1) + ": " + e.msg);
  }
  YAML::Node cases = root.IsMap() ? root["cases"] : root;
  if (!cases || !cases.IsSequence()) {
    return Status::InvalidArgument(path + ": expected `cases:` with a list of cases");
  }
  const std::string lang = LangOf(path);
  std::vector<Alias> configured;
  Status loaded = LoadEntityAliases(extractor->rules_dir(), lang, &configured);
  if (!loaded.ok() && loaded.code() != Status::Code::kNotFound) return loaded;
  frame::FrameRules frame_rules;
  const bool rules_ok = frame::LoadFrameRules(extractor->rules_dir(), lang, &frame_rules).ok();
  const std::string file = std::filesystem::path(path).filename().string();
  try {
    for (const YAML::Node& c : cases) {
      CaseResult r;
      r.file = file;
      r.id = c["id"] ? c["id"].as<std::string>() : "?";
      r.split = c["split"] ? c["split"].as<std::string>() : "";
      Document doc;
      doc.path = r.id;
      Status s = BuildDocument(c, path + ": case " + r.id, &doc);
      if (!s.ok()) return s;
      r.text = doc.text;
      Extraction ex;
      s = extractor->Extract(doc, lang, &ex);
      if (!s.ok()) return s;
      AliasPairs aliases;
      for (const std::vector<Alias>* list : {&configured, &ex.aliases}) {
        for (const Alias& a : *list) aliases.emplace_back(Phrase(a.alias), Phrase(a.canonical));
      }
      if (c["figures"]) {
        for (const YAML::Node& fig : c["figures"]) {
          std::string at = fig["at"] ? fig["at"].as<std::string>() : "";
          int occ = fig["occurrence"] ? fig["occurrence"].as<int>() : 1;
          const Figure* f = at.empty() ? nullptr : Locate(ex, doc.text, at, occ);
          for (const auto& kv : fig) {
            std::string key = kv.first.as<std::string>();
            size_t before = r.keys.size();
            Compare(key, kv.second, f, aliases, rules_ok ? &frame_rules : nullptr, &r);
            if (r.keys.size() > before) r.keys.back().key = "[" + at + "] " + key;
          }
        }
      }
      out->push_back(std::move(r));
    }
  } catch (const YAML::Exception& e) {
    return Status::InvalidArgument(path + ":" + std::to_string(e.mark.line + 1) + ": " + e.msg);
  }
  return Status::Ok();
}

std::map<std::string, Score> ScoreByKey(const std::vector<CaseResult>& results,
                                        const std::string& split) {
  std::map<std::string, Score> out;
  for (const CaseResult& c : results) {
    if (!split.empty() && c.split != split) continue;
    for (const KeyResult& k : c.keys) {
      std::string key = k.key.substr(k.key.rfind(' ') + 1);
      for (const std::string& bucket : {key, std::string("all")}) {
        ++out[bucket].total;
        if (k.ok) ++out[bucket].right;
      }
    }
  }
  return out;
}

std::string Describe(const CaseResult& c) {
  std::ostringstream o;
  o << c.file << " " << c.id << (c.split.empty() ? "" : " (" + c.split + ")") << ": " << c.text
    << "\n";
  for (const KeyResult& k : c.keys) {
    if (k.ok) continue;
    o << "  " << k.key << "\n    Expected: " << k.expected << "\n    Got:      " << k.got << "\n";
  }
  return o.str();
}

}  // namespace claimcheck::frames
