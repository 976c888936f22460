// background_table: counts, per language, how many background sentences hold
// each context word, and writes rules/<lang>/background.yaml, the fixed table
// the checker weighs context words by (claims/check/background.h).
//
// The background: every document of the train clusters under --root
// (corpus/checkdev, corpus/clusters) and every train (or dev) sentence of
// the --frames files (corpus/frames/*.yaml). Test clusters and test cases
// are skipped without being extracted. A sentence counts when it holds a
// figure other than a multiplier: those are the sentences the checker
// weighs, read here with the checker's own Lexicon::ContextWords.
//
//   background_table [--root DIR[,DIR...]] [--frames DIR] [--rules DIR] [--min-df N] [--write]
//
// Without --write it prints what it would write, per language, and changes
// nothing.
#include <yaml-cpp/yaml.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <string>
#include <tuple>
#include <unordered_map>
#include <vector>

#include "claimcheck/document.h"
#include "claimcheck/extract.h"
#include "claimcheck/rules.h"
#include "claimcheck/util.h"
#include "claims/check/background.h"
#include "claims/check/lexicon.h"
#include "tools/checkeval/checkdev.h"

namespace fs = std::filesystem;
using namespace claimcheck;

namespace {

struct Counts {
  long sentences = 0;
  std::unordered_map<std::string, long> df;
  std::set<std::string> sources;  // what was read, for built_from
};

// Counts the figure sentences of one extraction once each.
void CountSentences(const check::Lexicon& lex, const std::vector<Figure>& figures, const std::string& label,
                    std::map<std::string, Counts>* by_lang) {
  std::set<std::tuple<std::string, std::string, size_t>> seen;  // doc id, path, sentence start
  for (const Figure& f : figures) {
    if (f.kind == Kind::kMultiplier) continue;
    if (!seen.emplace(f.doc_id, f.doc, f.sentence_start).second) continue;
    Counts& c = (*by_lang)[f.lang];
    ++c.sentences;
    c.sources.insert(label);
    for (const std::string& w : lex.ContextWords(f.lang, f.sentence)) ++c.df[w];
  }
}

// A frames case's text as one document (its `text`, or its `paragraphs`).
bool CaseDocument(const YAML::Node& c, Document* doc) {
  std::vector<std::string> parts;
  if (c["text"] && c["text"].IsScalar()) {
    parts.push_back(c["text"].as<std::string>());
  } else if (c["paragraphs"] && c["paragraphs"].IsSequence()) {
    for (const YAML::Node& p : c["paragraphs"]) {
      if (p.IsScalar()) parts.push_back(p.as<std::string>());
      else if (p["text"]) parts.push_back(p["text"].as<std::string>());
    }
  }
  if (parts.empty()) return false;
  for (const std::string& t : parts) {
    if (!doc->text.empty()) doc->text += "\n\n";
    Block b;
    b.kind = BlockKind::kParagraph;
    b.start = doc->text.size();
    doc->text += t;
    b.end = doc->text.size();
    doc->blocks.push_back(b);
  }
  doc->id = Sha256Hex(doc->text);
  if (c["doc_date"]) doc->meta.date = c["doc_date"].as<std::string>();
  return true;
}

int Usage() {
  std::fprintf(stderr,
               "usage: background_table [--root DIR[,DIR...]] [--frames DIR] [--rules DIR] [--min-df N] [--write]\n");
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  std::string root = "corpus/checkdev,corpus/clusters", frames = "corpus/frames", rules = DefaultRulesDir();
  long min_df = 2;
  bool write = false;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--write") {
      write = true;
    } else if (i + 1 < argc && (a == "--root" || a == "--frames" || a == "--rules" || a == "--min-df")) {
      const std::string v = argv[++i];
      if (a == "--root") root = v;
      else if (a == "--frames") frames = v;
      else if (a == "--rules") rules = v;
      else min_df = std::atol(v.c_str());
    } else {
      return Usage();
    }
  }
  if (min_df < 1) return Usage();

  check::Lexicon lex;
  std::vector<std::string> langs;
  for (const auto& e : fs::directory_iterator(rules)) {
    if (e.is_directory()) langs.push_back(e.path().filename().string());
  }
  if (Status s = lex.Load(rules, langs); !s.ok()) {
    std::fprintf(stderr, "background_table: %s\n", s.message().c_str());
    return 2;
  }
  Extractor extractor(rules);
  std::map<std::string, Counts> by_lang;

  std::vector<checkdev::Cluster> clusters;
  if (Status s = checkdev::LoadClusters(root, &clusters); !s.ok()) {
    std::fprintf(stderr, "background_table: %s\n", s.message().c_str());
    return 2;
  }
  int train_clusters = 0;
  for (const checkdev::Cluster& c : clusters) {
    if (c.split != "train") continue;  // the test split is never read
    checkdev::Loaded l;
    if (Status s = checkdev::LoadCluster(c, &extractor, &l); !s.ok()) {
      std::fprintf(stderr, "background_table: %s: %s\n", c.name.c_str(), s.message().c_str());
      return 2;
    }
    ++train_clusters;
    CountSentences(lex, l.input.figures, "clusters", &by_lang);
  }

  int frame_cases = 0;
  if (!frames.empty()) {
    std::vector<fs::path> files;
    for (const auto& e : fs::directory_iterator(frames)) {
      if (e.path().extension() == ".yaml") files.push_back(e.path());
    }
    std::sort(files.begin(), files.end());
    for (const fs::path& p : files) {
      // en.yaml, dev-en.yaml, eval9-es.yaml: the language ends the name.
      std::string stem = p.stem().string();
      const size_t dash = stem.rfind('-');
      const std::string lang = dash == std::string::npos ? stem : stem.substr(dash + 1);
      YAML::Node root_node;
      try {
        root_node = YAML::LoadFile(p.string());
      } catch (const YAML::Exception& ex) {
        std::fprintf(stderr, "background_table: %s:%d: %s\n", p.c_str(), ex.mark.line + 1, ex.msg.c_str());
        return 2;
      }
      YAML::Node cases = root_node.IsMap() ? root_node["cases"] : root_node;
      if (!cases || !cases.IsSequence()) continue;
      for (const YAML::Node& c : cases) {
        const std::string split = c["split"] ? c["split"].as<std::string>() : "";
        if (split == "test") continue;  // never read
        Document doc;
        doc.path = p.filename().string() + ":" + (c["id"] ? c["id"].as<std::string>() : "?");
        if (!CaseDocument(c, &doc)) continue;
        Extraction ex;
        if (Status s = extractor.Extract(doc, lang, &ex); !s.ok()) {
          std::fprintf(stderr, "background_table: %s: %s\n", doc.path.c_str(), s.message().c_str());
          return 2;
        }
        ++frame_cases;
        CountSentences(lex, ex.figures, "frames", &by_lang);
      }
    }
  }

  const std::string header =
      "# The checker's fixed background of context words (claims/check/background.h):\n"
      "# per word, how many background sentences hold it. A context word weighs\n"
      "# ln((sentences + 1) / (count + 0.5)) whatever else is stored, so one\n"
      "# article and its sources get the same findings in any store; a word not\n"
      "# listed weighs as count 0, the most.\n"
      "# Written by tools/background/background_table (`make background`) from the\n"
      "# train documents of corpus/checkdev and corpus/clusters and the train\n"
      "# sentences of corpus/frames; hand edits are overwritten.\n";
  for (const auto& [lang, c] : by_lang) {
    if (!fs::is_directory(fs::path(rules) / lang)) continue;
    check::Background b;
    b.Set(c.sentences, c.df);
    long kept = 0;
    for (const auto& [w, n] : c.df) kept += n >= min_df;
    std::string from = std::to_string(c.sentences) + " figure sentences of " + std::to_string(train_clusters) +
                       " train clusters and " + std::to_string(frame_cases) + " train frame cases (all languages); " +
                       std::to_string(kept) + " of " + std::to_string(c.df.size()) + " words, those in " +
                       std::to_string(min_df) + " or more";
    const std::string yaml = check::BackgroundYaml(b, header, from, min_df);
    // What is written must read back: the checker's own parser.
    check::Background back;
    if (Status s = check::ParseBackground(yaml, lang + "/background.yaml", &back); !s.ok()) {
      std::fprintf(stderr, "background_table: %s\n", s.message().c_str());
      return 2;
    }
    const std::string path = (fs::path(rules) / lang / "background.yaml").string();
    std::printf("%s: %ld sentences, %zu words, %ld written%s\n", lang.c_str(), c.sentences, c.df.size(), kept,
                write ? (" to " + path).c_str() : " (dry run: --write to write)");
    if (write) {
      std::ofstream out(path, std::ios::binary | std::ios::trunc);
      out << yaml;
      if (!out) {
        std::fprintf(stderr, "background_table: %s: cannot write\n", path.c_str());
        return 2;
      }
    }
  }
  return 0;
}
