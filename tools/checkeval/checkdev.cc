#include "tools/checkeval/checkdev.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>

#include "claimcheck/document.h"
#include "claims/check/identity.h"
#include "claims/check/load.h"

namespace claimcheck::checkdev {
namespace fs = std::filesystem;

namespace {
Status LoadRoot(const std::string& root, std::vector<Cluster>* out);

std::string Str(const YAML::Node& n, const char* key) {
  const YAML::Node v = n[key];
  if (!v || v.IsNull()) return {};
  return v.as<std::string>();
}
}  // namespace

Status LoadClusters(const std::string& roots, std::vector<Cluster>* out) {
  out->clear();
  size_t from = 0;
  while (from <= roots.size()) {
    size_t comma = roots.find(',', from);
    if (comma == std::string::npos) comma = roots.size();
    if (Status s = LoadRoot(roots.substr(from, comma - from), out); !s.ok()) return s;
    from = comma + 1;
  }
  std::sort(out->begin(), out->end(), [](const Cluster& a, const Cluster& b) { return a.name < b.name; });
  return Status::Ok();
}

namespace {
Status LoadRoot(const std::string& root, std::vector<Cluster>* out) {
  std::error_code ec;
  if (!fs::is_directory(root, ec)) return Status::NotFound(root + ": no development set");
  for (const auto& e : fs::directory_iterator(root, ec)) {
    fs::path gold = e.path() / "gold.yaml";
    if (!e.is_directory() || !fs::exists(gold)) continue;
    Cluster c;
    c.name = e.path().filename().string();
    c.dir = e.path().string();
    try {
      YAML::Node g = YAML::LoadFile(gold.string());
      c.beat = Str(g, "beat");
      c.split = Str(g, "split");
      for (const YAML::Node& d : g["documents"]) c.documents.push_back({Str(d, "file"), Str(d, "role")});
      for (const YAML::Node& p : g["pairs"]) {
        GoldPair gp;
        gp.article = Str(p, "article");
        gp.at = Str(p, "at");
        if (p["occurrence"] && !p["occurrence"].IsNull()) gp.occurrence = p["occurrence"].as<int>();
        gp.source = Str(p, "source");
        gp.source_at = Str(p, "source_at");
        gp.relation = Str(p, "relation");
        gp.note = Str(p, "note");
        c.pairs.push_back(std::move(gp));
      }
    } catch (const YAML::Exception& ex) {
      return Status::InvalidArgument(gold.string() + ":" + std::to_string(ex.mark.line + 1) + ": " + ex.msg);
    }
    if (c.split != "train" && c.split != "test") {
      return Status::InvalidArgument(gold.string() + ": split must be train or test");
    }
    out->push_back(std::move(c));
  }
  return Status::Ok();
}
}  // namespace

Status LoadCluster(const Cluster& c, Extractor* extractor, Loaded* out) {
  out->cluster = c;
  for (const auto& [file, role] : c.documents) {
    std::string path = (fs::path(c.dir) / file).string();
    Document doc;
    if (Status s = ReadDocument(path, ReadOptions(), &doc); !s.ok()) return s;
    Extraction ex;
    if (Status s = extractor->Extract(doc, "auto", &ex); !s.ok()) return s;
    out->input.documents.push_back(StoredDocumentFor(doc, ex, role));
    // As LoadCheckInput reads them from a store (the plain run's `auto`
    // documents need them; a stored source's are never read).
    out->input.sentences.push_back(FigurelessSentences(doc, ex));
    out->input.figures.insert(out->input.figures.end(), ex.figures.begin(), ex.figures.end());
    out->input.aliases.insert(out->input.aliases.end(), ex.aliases.begin(), ex.aliases.end());
    out->text[file] = doc.text;
    out->path[file] = doc.path;
  }
  return Status::Ok();
}

namespace {
// How many of the first `occurrence` copies of `needle` in an HTML file's raw
// bytes lie in its <head> (the <title> above all): writers count occurrences
// in the file as they see it, but the reader's text has no <head>, so those
// copies are not in it. 0 for other formats or when the file is unreadable.
int InHead(const std::string& path, const std::string& needle, int occurrence) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return 0;
  std::string raw((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  std::string lower = raw.substr(0, std::min<size_t>(raw.size(), 1 << 20));
  std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
  size_t head_end = lower.find("</head>");
  if (lower.find("<html") == std::string::npos || head_end == std::string::npos) return 0;
  int in_head = 0;
  size_t from = 0;
  for (int i = 0; i < occurrence; ++i) {
    size_t at = raw.find(needle, from);
    if (at == std::string::npos || at >= head_end) break;
    ++in_head;
    from = at + 1;
  }
  return in_head;
}

// The reader's text of an HTML needle: writers copy `at` strings from the
// file as they see it ("&pound;26m"), the reader's text has the characters
// ("£26m"). The document reader decodes it, so the two agree by construction.
// The needle itself when it has no reference or is not from an HTML page.
// Likewise a Markdown needle keeps the emphasis marks the reader drops
// ("grew by **$71.4 billion**" is "grew by $71.4 billion").
std::string AsReaderText(const std::string& path, const std::string& needle) {
  std::string lower = path;
  std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
  const bool html = lower.ends_with(".html") || lower.ends_with(".htm");
  const bool markdown = lower.ends_with(".md") || lower.ends_with(".markdown");
  Document doc;
  if (html) {
    if (needle.find('&') == std::string::npos) return needle;
    if (!ParseDocument("<html><body><p>" + needle + "</p></body></html>", "needle.html", ReadOptions{}, &doc).ok()) {
      return needle;
    }
  } else if (markdown) {
    if (needle.find('*') == std::string::npos && needle.find('`') == std::string::npos &&
        needle.find("__") == std::string::npos) {
      return needle;
    }
    if (!ParseDocument(needle + "\n", "needle.md", ReadOptions{}, &doc).ok()) return needle;
  } else {
    return needle;
  }
  if (doc.text.empty()) return needle;
  std::string text = doc.text;
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) text.erase(0, 1);
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) text.pop_back();
  return text;
}
}  // namespace

bool Locate(const Loaded& l, const std::string& file, const std::string& needle, int occurrence, size_t* start,
            size_t* end) {
  auto t = l.text.find(file);
  if (t == l.text.end() || needle.empty()) return false;
  std::string text_needle = needle;
  if (auto p = l.path.find(file); p != l.path.end()) {
    if (occurrence > 1) occurrence -= std::min(occurrence - 1, InHead(p->second, needle, occurrence));
    text_needle = AsReaderText(p->second, needle);
  }
  size_t at = std::string::npos, from = 0;
  for (int i = 0; i < std::max(1, occurrence); ++i) {
    at = t->second.find(text_needle, from);
    if (at == std::string::npos) return false;
    from = at + 1;
  }
  *start = at;
  *end = at + text_needle.size();
  return true;
}

bool FigureAt(const Loaded& l, const Figure& f, const std::string& file, size_t start, size_t end) {
  auto p = l.path.find(file);
  if (p == l.path.end() || f.doc != p->second) return false;
  return f.start < end && start < f.end;
}

bool IsDifference(const std::string& relation) {
  return !relation.empty() && relation != "supported" && relation != "unsupported";
}

namespace {
std::string Key(const Figure& f) { return f.doc + "#" + std::to_string(f.start); }

// The attribute of a --pairs record (pair.cc Compare) that a gold relation
// turns on, or "" when no single attribute does.
const char* AttributeOf(const std::string& relation) {
  static const std::map<std::string, const char*> kAttr = {
      {"value", "value"},         {"qualifier", "qualifier"}, {"superseded", "value"}, {"subject", "subject"},
      {"unit", "subject"},        {"measure", "measure"},     {"direction", "direction"}, {"rate", "per"},
      {"modality", "modality"},   {"scope", "base"},          {"subset", "subset"},    {"period", "period"},
      {"time", "time"}};
  auto it = kAttr.find(relation);
  return it == kAttr.end() ? "" : it->second;
}

}  // namespace

std::string LossStage(const GoldPair& g, const Alignment* al, bool aligned, const Figure& fig,
                      const std::vector<Finding>& findings, const check::IdentityModel* model) {
  const bool chose = al && al->source && al->verdict != "unsupported";
  if (!aligned) {
    if (!al) return "2 no candidate in its family (unit/kind)";
    if (chose) return "3 alignment chose another figure";
    return "4 identity below the conflict threshold";
  }
  // Aligned to the gold figure: was the difference seen?
  if (g.relation == "attribution" || (al && al->verdict == "supported")) {
    if (g.relation == "attribution") {
      for (const Finding& f : findings) {
        if (f.type == "attribution_conflict" && !f.claims.empty() && f.claims[0]->doc == fig.doc &&
            f.claims[0]->start == fig.start) {
          return "6 detected, said at info (" + std::string(model && model->warn.count("attribution")
                                                                   ? "below its warn bar)"
                                                                   : "no warn bar)");
        }
      }
      return "5 not detected: credit not read as another body";
    }
    std::string attr = AttributeOf(g.relation);
    std::string verdict = "absent";
    for (const auto& [k, v] : al->attributes) {
      if (k == attr) verdict = v;
    }
    if (attr.empty()) return "5 not detected by Compare";
    if (verdict == "unknown" || verdict == "absent") return "5 not detected: " + attr + " unknown on a side (frame)";
    return "5 not detected: " + attr + " compared as agreeing";
  }
  for (const Finding& f : findings) {
    if (f.claims.empty() || f.claims[0]->doc != fig.doc || f.claims[0]->start != fig.start) continue;
    if (f.type == "unsupported" || f.type == "attribution_conflict" || f.type == "arithmetic") continue;
    bool bar = model && model->warn.count(f.basis);
    for (int e = 0; model && e < check::kEvidenceCount; ++e) bar = bar || model->warn_with[e].count(f.basis);
    return "6 detected, said at info (" + std::string(bar ? "below its warn bar" : "no warn bar") + ")";
  }
  return "7 other (" + (al ? al->verdict : std::string("none")) + ")";
}

void Evaluate(const Loaded& l, bool plain, const std::string& rules, Score* sc) {
  CheckOptions opts;
  opts.rules_dir = rules;
  Evaluate(l, plain, opts, sc);
}

void Evaluate(const Loaded& l, bool plain, const CheckOptions& opts, Score* sc) {
  CheckInput in = l.input;
  if (plain) {
    // What `ingest DIR` stores without --role (cli/ingest_cmd.cc).
    for (StoredDocument& d : in.documents) d.role = "auto";
  }
  std::vector<Finding> findings;
  std::vector<Alignment> pairs;
  // The warn bars in force, to tell "no bar for this basis" from "below it".
  check::IdentityModel model;
  bool have_model = !opts.identity_yaml.empty()
                        ? check::ParseIdentityModel(opts.identity_yaml, "identity model", &model).ok()
                        : check::LoadIdentityModel(opts.rules_dir, "en", &model).ok();
  if (Status s = CheckFigures(in, opts, &findings, nullptr, &pairs); !s.ok()) {
    sc->notes.push_back(l.cluster.name + ": check failed: " + s.message());
    return;
  }
  ++sc->clusters;
  std::set<std::string> flagged;
  std::map<std::string, const Finding*> flag_of;
  for (const Finding& f : findings) {
    if (f.severity == Severity::kInfo || f.claims.empty()) continue;
    flagged.insert(Key(f.claims[0]));
    flag_of[Key(f.claims[0])] = &f;
    if (f.type == "disagreement" && f.claims.size() > 1) flagged.insert(Key(f.claims[1]));
  }
  std::map<std::string, const Alignment*> align_of;
  for (const Alignment& a : pairs) align_of[Key(a.figure)] = &a;
  std::set<std::string> gold_difference, gold_any;
  for (const GoldPair& g : l.cluster.pairs) {
    ++sc->gold_pairs;
    bool diff = IsDifference(g.relation);
    auto& rel = sc->by_relation[g.relation];
    ++rel.second;
    size_t s = 0, e = 0;
    const Figure* fig = nullptr;
    if (Locate(l, g.article, g.at, g.occurrence, &s, &e)) {
      // A gold phrase may carry the figure's date with it ("En noviembre se
      // recogieron 31.400 toneladas", "Since 2001, rough sleeping has risen
      // by 164%"): the figure it names is the one that is not that date; a
      // date is the figure only when the phrase holds nothing else ("since
      // 2001").
      for (const Figure& f : in.figures) {
        if (!FigureAt(l, f, g.article, s, e)) continue;
        if (fig == nullptr || (fig->kind == Kind::kDate && f.kind != Kind::kDate)) fig = &f;
        if (f.kind != Kind::kDate) break;
      }
    }
    std::string where = l.cluster.name + "/" + g.article + " \"" + g.at + "\" (" + g.relation + ")";
    if (!fig) {
      if (diff) {
        ++sc->fn;
        ++sc->losses["1 figure not extracted"][g.relation];
      }
      sc->notes.push_back(where + ": figure not extracted");
      continue;
    }
    ++sc->located;
    const std::string key = Key(*fig);
    gold_any.insert(key);
    if (diff) gold_difference.insert(key);
    // Alignment.
    auto a = align_of.find(key);
    const Alignment* al = a == align_of.end() ? nullptr : a->second;
    bool chose = al && al->source && al->verdict != "unsupported";
    bool ok;
    if (g.source.empty()) {
      ok = !chose;
    } else {
      size_t ss = 0, se = 0;
      ok = chose && Locate(l, g.source, g.source_at, 1, &ss, &se) && FigureAt(l, *al->source, g.source, ss, se);
    }
    if (ok) ++sc->aligned;
    if (!ok) {
      std::string got = !al ? "no alignment" : chose ? al->verdict + " with \"" + al->source->text + "\" in " +
                                                           al->source->doc
                                                     : al->verdict;
      sc->notes.push_back(where + ": aligned wrong: expected " +
                          (g.source.empty() ? std::string("none") : g.source + " \"" + g.source_at + "\"") +
                          ", got " + got);
    }
    bool is_flagged = flagged.count(key) > 0;
    if (diff) {
      if (is_flagged) {
        ++sc->tp;
        ++rel.first;
      } else {
        ++sc->fn;
        ++sc->losses[LossStage(g, al, ok, *fig, findings, have_model ? &model : nullptr)][g.relation];
        sc->notes.push_back(where + ": missed (checker: " + (al ? al->verdict + (al->source ? " with \"" + al->source->text + "\"" : std::string()) : std::string("no alignment")) + ")");
      }
    } else if (is_flagged) {
      ++rel.first;
      auto f = flag_of.find(key);
      if (f != flag_of.end()) ++sc->losses["9 false alarm: " + (f->second->basis.empty() ? f->second->type : f->second->basis)][g.relation];
      sc->notes.push_back(where + ": false alarm: " + (f != flag_of.end() ? f->second->type + ": " + f->second->message : std::string()));
    }
  }
  // Flags on figures the gold file does not call a difference are false alarms.
  for (const std::string& k : flagged) {
    if (gold_difference.count(k)) continue;
    ++sc->fp;
    // A flag on a figure the gold file does not list is counted above but
    // has no pair to report under: name it, so every false alarm is listed.
    if (!gold_any.count(k)) {
      auto f = flag_of.find(k);
      const std::string what = f != flag_of.end() ? std::filesystem::path(f->second->claims[0]->doc.str()).filename().string() + " \"" + f->second->claims[0]->text + "\" (not in gold): false alarm: " + f->second->type + ": " + f->second->message
                                                  : k + " (not in gold): false alarm";
      sc->notes.push_back(l.cluster.name + "/" + what);
    }
  }
  for (const Finding& f : findings) {
    if (f.severity == Severity::kInfo || f.claims.empty()) continue;
    auto& t = sc->by_type[f.type];
    bool right = gold_difference.count(Key(f.claims[0])) > 0;
    ++(right ? t.first : t.second);
    sc->flags.push_back({f.basis.empty() ? f.type : f.basis, f.score, right,
                         l.cluster.name + "/" + fs::path(f.claims[0]->doc.str()).filename().string() + " \"" + f.claims[0]->text + "\": " + f.message,
                         f.features});
  }
}


}  // namespace claimcheck::checkdev
