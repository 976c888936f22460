// gen_corpus: deterministic news and report text of any size, for the
// benchmarks. One big document (--output) or a folder of documents (--out).
//
//   gen_corpus --bytes 100M --format text --output big.txt
//   gen_corpus --figures 100000 --format mixed --out DIR --role source
//
// Prints "gen_corpus: D documents, B bytes, F planted figures" on stderr.
#include <CLI/CLI.hpp>
#include <cstdio>
#include <filesystem>
#include <limits>
#include <string>

#include "bench/corpus_writer.h"
#include "bench/lexicon.h"

namespace claimcheck::bench {
namespace {

struct Options {
  std::string bytes;  // "100M", "1G", "4096"
  uint64_t figures = 0;
  std::string format = "text";
  std::string lang = "en";
  std::string role = "article";
  std::string output = "-";
  std::string out_dir;
  int docs = 0;
  int doc_words = 0;
  uint64_t seed = 1;
  std::string lexicon;
};

// "100M" -> 100 MiB; K, M, G are binary multiples.
bool ParseSize(const std::string& s, uint64_t* out) {
  if (s.empty()) return false;
  size_t pos = 0;
  unsigned long long v = 0;
  try {
    v = std::stoull(s, &pos);
  } catch (const std::exception&) {
    return false;
  }
  std::string suffix = s.substr(pos);
  if (suffix == "K" || suffix == "KiB") v <<= 10;
  else if (suffix == "M" || suffix == "MiB") v <<= 20;
  else if (suffix == "G" || suffix == "GiB") v <<= 30;
  else if (!suffix.empty()) return false;
  *out = v;
  return true;
}

int CountWords(std::string_view s) {
  int n = 1;
  for (char c : s) n += c == ' ';
  return n;
}

// Writes one document of roughly `words` words, or, for words == 0, until
// the byte or figure budget is spent.
void WriteDocument(ArticleGenerator& gen, DocumentSink& sink, int doc_number, int words,
                   uint64_t max_bytes, uint64_t max_figures) {
  sink.Begin(gen.NextMeta(doc_number));
  int written = 0;
  int next_heading = static_cast<int>(gen.rng().Uniform(6, 12));
  for (int p = 1;; ++p) {
    if (words > 0 ? written >= words
                  : sink.bytes() >= max_bytes || gen.lexicon().figures() >= max_figures) {
      break;
    }
    if (p == next_heading) {
      sink.Heading(gen.NextHeading());
      next_heading += static_cast<int>(gen.rng().Uniform(6, 12));
    }
    std::string para = gen.NextParagraph();
    written += CountWords(para);
    sink.Paragraph(para);
  }
  sink.End();
}

int Run(const Options& o) {
  uint64_t max_bytes = std::numeric_limits<uint64_t>::max();
  uint64_t max_figures = o.figures ? o.figures : std::numeric_limits<uint64_t>::max();
  if (!o.bytes.empty() && !ParseSize(o.bytes, &max_bytes)) {
    std::fprintf(stderr, "gen_corpus: --bytes %s: expected a number with optional K, M or G\n",
                 o.bytes.c_str());
    return 2;
  }
  if (o.bytes.empty() && !o.figures && !o.docs) max_bytes = uint64_t{100} << 20;
  if (o.format != "text" && o.format != "html" && o.format != "pdf" && o.format != "mixed") {
    std::fprintf(stderr, "gen_corpus: --format %s: expected text, html, pdf or mixed\n", o.format.c_str());
    return 2;
  }
  std::string lex_path = o.lexicon.empty()
                             ? std::string(CLAIMCHECK_SOURCE_DIR) + "/bench/lexicon/" + o.lang + ".lex"
                             : o.lexicon;
  Lexicon lex;
  Status s = Lexicon::Load(lex_path, &lex);
  if (!s.ok()) {
    std::fprintf(stderr, "gen_corpus: %s\n", s.message().c_str());
    return 2;
  }
  for (const char* needed : {"sentence", "title", "author", "publisher", "nav", "footer"}) {
    if (!lex.Has(needed)) {
      std::fprintf(stderr, "gen_corpus: %s: missing section [%s]\n", lex_path.c_str(), needed);
      return 2;
    }
  }
  ArticleGenerator gen(lex, o.seed, o.role, o.lang);
  static const char* kRotation[] = {"text", "html", "pdf"};
  uint64_t total_bytes = 0;
  int documents = 0;

  if (o.out_dir.empty()) {
    std::string format = o.format == "mixed" ? "text" : o.format;
    std::FILE* f = o.output == "-" ? stdout : std::fopen(o.output.c_str(), "wb");
    if (!f) {
      std::fprintf(stderr, "gen_corpus: %s: cannot write\n", o.output.c_str());
      return 2;
    }
    auto sink = MakeSink(format, f, &gen);
    WriteDocument(gen, *sink, 1, 0, max_bytes, max_figures);
    total_bytes = sink->bytes();
    documents = 1;
    if (f != stdout && std::fclose(f) != 0) {
      std::fprintf(stderr, "gen_corpus: %s: write failed\n", o.output.c_str());
      return 2;
    }
  } else {
    std::error_code ec;
    std::filesystem::create_directories(o.out_dir, ec);
    if (ec) {
      std::fprintf(stderr, "gen_corpus: %s: %s\n", o.out_dir.c_str(), ec.message().c_str());
      return 2;
    }
    int max_docs = o.docs > 0 ? o.docs : std::numeric_limits<int>::max();
    while (documents < max_docs && total_bytes < max_bytes && lex.figures() < max_figures) {
      std::string format = o.format == "mixed" ? kRotation[documents % 3] : o.format;
      char name[64];
      std::snprintf(name, sizeof name, "/%s-%06d.%s", o.role.c_str(), documents + 1,
                    ExtensionFor(format).c_str());
      std::string path = o.out_dir + name;
      std::FILE* f = std::fopen(path.c_str(), "wb");
      if (!f) {
        std::fprintf(stderr, "gen_corpus: %s: cannot write\n", path.c_str());
        return 2;
      }
      auto sink = MakeSink(format, f, &gen);
      int words = o.doc_words > 0 ? o.doc_words : static_cast<int>(gen.rng().Uniform(300, 1500));
      WriteDocument(gen, *sink, documents + 1, words, max_bytes, max_figures);
      total_bytes += sink->bytes();
      ++documents;
      if (std::fclose(f) != 0) {
        std::fprintf(stderr, "gen_corpus: %s: write failed\n", path.c_str());
        return 2;
      }
    }
  }
  std::fprintf(stderr, "gen_corpus: %d documents, %llu bytes, %llu planted figures\n", documents,
               static_cast<unsigned long long>(total_bytes),
               static_cast<unsigned long long>(lex.figures()));
  return 0;
}

}  // namespace
}  // namespace claimcheck::bench

int main(int argc, char** argv) {
  claimcheck::bench::Options o;
  CLI::App app{"Deterministic news and report corpus for the claimcheck benchmarks"};
  app.add_option("--bytes", o.bytes, "Stop after this many bytes (100M, 1G; default 100M)");
  app.add_option("--figures", o.figures, "Stop after planting this many figures");
  app.add_option("--format", o.format, "text, html, pdf, or mixed (folder mode rotates the three)");
  app.add_option("--lang", o.lang, "Lexicon language: en or es");
  app.add_option("--role", o.role, "article or source (adds the role's sentence voice)")
      ->check(CLI::IsMember({"article", "source"}));
  app.add_option("--output", o.output, "One document to this file (default: stdout)");
  app.add_option("--out", o.out_dir, "Write a folder of documents instead");
  app.add_option("--docs", o.docs, "Folder mode: number of documents");
  app.add_option("--doc-words", o.doc_words, "Folder mode: words per document (default 300-1500)");
  app.add_option("--seed", o.seed, "Random seed (same seed, same corpus)");
  app.add_option("--lexicon", o.lexicon, "Lexicon file (default bench/lexicon/<lang>.lex)");
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? 0 : 2;
  }
  return claimcheck::bench::Run(o);
}
