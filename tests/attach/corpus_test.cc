// Runs corpus/attribution/<lang>.yaml through the ContextAttacher: each case
// is a few paragraphs, one figure and the date figures of its sentence, with
// the attribution, quotation and time expected for the figure.
#include <yaml-cpp/yaml.h>

#include <catch2/catch.hpp>
#include <sstream>

#include "claimcheck/attach.h"
#include "claimcheck/rules.h"
#include "claimcheck/util.h"

using namespace claimcheck;

namespace {

struct Case {
  std::string id;
  Document doc;
  std::vector<Sentence> sentences;
  std::vector<Figure> figures;  // figures[0] is the one checked
  RecognizeContext ctx;
  std::string want_attribution;
  bool want_quoted = false;
  std::string want_time;
  std::vector<std::pair<std::string, std::string>> want_aliases;
  bool check_aliases = false;
};

std::string OptString(const YAML::Node& n) { return n && !n.IsNull() ? n.as<std::string>() : ""; }

// Adds a figure for the first occurrence of `text` in `block` of doc.
bool AddFigure(Case* c, size_t block, const std::string& text, Kind kind, FigureValue value,
               std::optional<FigureValue> value_max) {
  const Block& b = c->doc.blocks[block];
  size_t at = c->doc.text.find(text, b.start);
  if (at == std::string::npos || at + text.size() > b.end) return false;
  Figure f;
  f.start = at;
  f.end = at + text.size();
  f.text = text;
  f.kind = kind;
  f.value = value;
  f.value_max = value_max;
  for (const Sentence& s : c->sentences) {
    if (s.start <= f.start && f.end <= s.end) {
      f.sentence_start = s.start;
      f.sentence_end = s.end;
      f.paragraph = s.block + 1;
    }
  }
  c->figures.push_back(f);
  return true;
}

Case ReadCase(const YAML::Node& n, const std::string& lang) {
  Case c;
  c.id = n["id"].as<std::string>();
  c.doc.path = c.id;
  std::string& text = c.doc.text;
  for (const YAML::Node& p : n["paragraphs"]) {
    if (!text.empty()) text += "\n\n";
    Block b;
    b.start = text.size();
    std::vector<std::string> sents;
    if (p.IsScalar()) {
      sents.push_back(p.as<std::string>());
    } else {
      if (p["kind"]) {
        std::string k = p["kind"].as<std::string>();
        b.kind = k == "block_quote" ? BlockKind::kBlockQuote
                 : k == "heading"   ? BlockKind::kHeading
                                    : BlockKind::kParagraph;
      }
      if (p["sentences"]) {
        for (const auto& s : p["sentences"]) sents.push_back(s.as<std::string>());
      } else {
        sents.push_back(p["text"].as<std::string>());
      }
    }
    for (size_t i = 0; i < sents.size(); ++i) {
      if (i > 0) text += " ";
      c.sentences.push_back(Sentence{text.size(), text.size() + sents[i].size(),
                                     static_cast<int>(c.doc.blocks.size())});
      text += sents[i];
    }
    b.end = text.size();
    c.doc.blocks.push_back(b);
  }
  c.doc.id = Sha256Hex(text);
  c.ctx.doc_date = OptString(n["doc_date"]);
  size_t block = n["in"] ? n["in"].as<size_t>() - 1 : c.doc.blocks.size() - 1;
  Kind kind = Kind::kCount;
  if (n["kind"]) ParseKind(n["kind"].as<std::string>(), &kind);
  if (!AddFigure(&c, block, n["figure"].as<std::string>(), kind, FigureValue::Number(1), {})) {
    FAIL("case " << c.id << ": figure '" << n["figure"].as<std::string>()
                 << "' is not in paragraph " << block + 1);
  }
  if (n["dates"]) {
    for (const auto& d : n["dates"]) {
      std::optional<FigureValue> max;
      if (d["value_max"]) max = FigureValue::Date(d["value_max"].as<std::string>());
      if (!AddFigure(&c, block, d["text"].as<std::string>(), Kind::kDate,
                     FigureValue::Date(d["value"].as<std::string>()), max)) {
        FAIL("case " << c.id << ": date '" << d["text"].as<std::string>() << "' not found");
      }
    }
  }
  std::sort(c.figures.begin() + 1, c.figures.end(),
            [](const Figure& a, const Figure& b) { return a.start < b.start; });
  c.want_attribution = OptString(n["attribution"]);
  c.want_quoted = n["quoted"] && n["quoted"].as<bool>();
  c.want_time = OptString(n["time"]);
  if (n["aliases"]) {
    c.check_aliases = true;
    for (const auto& a : n["aliases"]) {
      c.want_aliases.emplace_back(a[0].as<std::string>(), a[1].as<std::string>());
    }
  }
  for (Figure& f : c.figures) f.lang = lang;
  return c;
}

std::string Show(const std::string& s) { return s.empty() ? "null" : "\"" + s + "\""; }

void RunCorpus(const std::string& lang, size_t min_cases) {
  std::string path = "corpus/attribution/" + lang + ".yaml";
  YAML::Node root = YAML::LoadFile(path);
  std::unique_ptr<ContextAttacher> attacher;
  Status s = ContextAttacher::Load(DefaultRulesDir(), lang, &attacher);
  INFO(s.message());
  REQUIRE(s.ok());
  size_t passed = 0, total = 0;
  std::ostringstream failures;
  for (const YAML::Node& n : root) {
    Case c = ReadCase(n, lang);
    ++total;
    std::vector<Sentence> sentences = c.sentences;
    // The figures vector is in document order, as the pipeline gives it.
    std::vector<Figure> figs = c.figures;
    std::sort(figs.begin(), figs.end(),
              [](const Figure& a, const Figure& b) { return a.start < b.start; });
    std::vector<Alias> aliases;
    attacher->Attach(c.doc, sentences, c.ctx, &figs, &aliases);
    const Figure* got = nullptr;
    for (const Figure& f : figs) {
      if (f.start == c.figures[0].start) got = &f;
    }
    REQUIRE(got != nullptr);
    std::ostringstream diff;
    if (got->attribution != c.want_attribution) {
      diff << "  attribution: Expected " << Show(c.want_attribution) << " Got "
           << Show(got->attribution) << "\n";
    }
    if (got->quoted != c.want_quoted) {
      diff << "  quoted: Expected " << c.want_quoted << " Got " << got->quoted << "\n";
    }
    if (got->time != c.want_time) {
      diff << "  time: Expected " << Show(c.want_time) << " Got " << Show(got->time) << "\n";
    }
    if (c.check_aliases) {
      std::vector<std::pair<std::string, std::string>> have;
      for (const Alias& a : aliases) have.emplace_back(a.alias, a.canonical);
      if (have != c.want_aliases) {
        diff << "  aliases: Expected";
        for (const auto& [a, b] : c.want_aliases) diff << " " << a << "=" << b;
        diff << " Got";
        for (const auto& [a, b] : have) diff << " " << a << "=" << b;
        diff << "\n";
      }
    }
    if (diff.str().empty()) {
      ++passed;
    } else {
      failures << "case " << c.id << " (figure '" << c.figures[0].text << "'):\n" << diff.str();
    }
  }
  INFO(failures.str());
  CHECK(passed == total);
  CHECK(total >= min_cases);
}

}  // namespace

TEST_CASE("Attribution corpus: English") { RunCorpus("en", 40); }
TEST_CASE("Attribution corpus: Spanish") { RunCorpus("es", 20); }
