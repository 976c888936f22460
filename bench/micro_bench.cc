// Micro-benchmarks with Google Benchmark: the floor (a pass that only reads
// bytes and finds digits), the readers, sentence segmentation, the
// recogniser and the whole in-process pipeline, each in bytes per second on
// one core. Counters report how many figures each stage found, so a fast
// number from a stage that found nothing is visible as such.
#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

#include "bench/corpus_writer.h"
#include "bench/lexicon.h"
#include "claimcheck/document.h"
#include "claimcheck/extract.h"
#include "claimcheck/figure_json.h"
#include "claimcheck/recognize.h"
#include "claimcheck/rules.h"
#include "claimcheck/segment.h"

namespace claimcheck::bench {
namespace {

constexpr size_t kTextBytes = size_t{2} << 20;    // cache-resident working set for the stages
constexpr size_t kFloorBytes = size_t{64} << 20;  // larger than any cache: memory bandwidth

const Lexicon& SharedLexicon() {
  static const Lexicon* lex = [] {
    auto* l = new Lexicon;
    std::string path = std::string(CLAIMCHECK_SOURCE_DIR) + "/bench/lexicon/en.lex";
    Status s = Lexicon::Load(path, l);
    if (!s.ok()) {
      std::fprintf(stderr, "micro_bench: %s\n", s.message().c_str());
      std::exit(2);
    }
    return l;
  }();
  return *lex;
}

// Paragraphs of generated news text, about kTextBytes in all.
const std::vector<std::string>& Paragraphs() {
  static const std::vector<std::string> paras = [] {
    ArticleGenerator gen(SharedLexicon(), 7, "article", "en");
    std::vector<std::string> v;
    size_t n = 0;
    while (n < kTextBytes) {
      v.push_back(gen.NextParagraph());
      n += v.back().size() + 2;
    }
    return v;
  }();
  return paras;
}

// The same text as a Document built directly (one block per paragraph), so
// segmentation and recognition are measured without any reader.
const Document& PlainDocument() {
  static const Document doc = [] {
    Document d;
    d.path = "bench.txt";
    d.meta.lang = "en";
    for (const std::string& p : Paragraphs()) {
      if (!d.text.empty()) d.text += "\n\n";
      Block b;
      b.start = d.text.size();
      d.text += p;
      b.end = d.text.size();
      d.blocks.push_back(b);
    }
    return d;
  }();
  return doc;
}

// Sentences cut at ". " before a capital: independent of the segmenter
// under test, so the recogniser sees the same input whatever state it is in.
const std::vector<std::string_view>& Sentences() {
  static const std::vector<std::string_view> sents = [] {
    std::vector<std::string_view> v;
    for (const std::string& p : Paragraphs()) {
      size_t start = 0;
      for (size_t i = 0; i + 2 < p.size(); ++i) {
        if ((p[i] == '.' || p[i] == '?') && p[i + 1] == ' ' && p[i + 2] >= 'A' && p[i + 2] <= 'Z') {
          v.emplace_back(p.data() + start, i + 1 - start);
          start = i + 2;
        }
      }
      v.emplace_back(p.data() + start, p.size() - start);
    }
    return v;
  }();
  return sents;
}

// A whole document in a file format, produced by the corpus writers.
std::string Rendered(const std::string& format, size_t bytes) {
  char* buf = nullptr;
  size_t len = 0;
  std::FILE* f = open_memstream(&buf, &len);
  ArticleGenerator gen(SharedLexicon(), 11, "source", "en");
  auto sink = MakeSink(format, f, &gen);
  sink->Begin(gen.NextMeta(1));
  while (sink->bytes() < bytes) sink->Paragraph(gen.NextParagraph());
  sink->End();
  std::fclose(f);
  std::string out(buf, len);
  std::free(buf);
  return out;
}

const std::string& FloorBuffer() {
  static const std::string buf = [] {
    std::string b;
    b.reserve(kFloorBytes);
    while (b.size() < kFloorBytes) {
      for (const std::string& p : Paragraphs()) {
        b += p;
        b += "\n\n";
      }
    }
    b.resize(kFloorBytes);
    return b;
  }();
  return buf;
}

// Reads every byte (8 at a time): the memory-bandwidth ceiling.
void BM_FloorReadBytes(benchmark::State& state) {
  const std::string& buf = FloorBuffer();
  for (auto _ : state) {
    uint64_t acc = 0;
    for (size_t i = 0; i + 8 <= buf.size(); i += 8) {
      uint64_t w;
      std::memcpy(&w, buf.data() + i, 8);
      acc ^= w;
    }
    benchmark::DoNotOptimize(acc);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * buf.size()));
}
BENCHMARK(BM_FloorReadBytes)->Unit(benchmark::kMillisecond);

// Counts runs of ASCII digits: the least work any figure finder must do.
void BM_FloorFindDigits(benchmark::State& state) {
  const std::string& buf = FloorBuffer();
  uint64_t runs = 0;
  for (auto _ : state) {
    runs = 0;
    bool prev = false;
    for (unsigned char c : buf) {
      bool digit = static_cast<unsigned>(c - '0') < 10;
      runs += digit & !prev;
      prev = digit;
    }
    benchmark::DoNotOptimize(runs);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * buf.size()));
  state.counters["digit_runs_per_KiB"] = static_cast<double>(runs) * 1024 / buf.size();
}
BENCHMARK(BM_FloorFindDigits)->Unit(benchmark::kMillisecond);

void BM_ParseDocument(benchmark::State& state, const std::string& format, const std::string& name) {
  const std::string bytes = Rendered(format, kTextBytes);
  ReadOptions opts;
  size_t text_bytes = 0;
  for (auto _ : state) {
    Document doc;
    Status s = ParseDocument(bytes, name, opts, &doc);
    if (!s.ok()) {
      state.SkipWithError(("ParseDocument: " + s.message()).c_str());
      return;
    }
    text_bytes = doc.text.size();
    benchmark::DoNotOptimize(doc.text.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes.size()));
  state.counters["text_ratio"] = static_cast<double>(text_bytes) / bytes.size();
}
BENCHMARK_CAPTURE(BM_ParseDocument, text, std::string("text"), std::string("bench.txt"))
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_ParseDocument, html, std::string("html"), std::string("bench.html"))
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_ParseDocument, pdf, std::string("pdf"), std::string("bench.pdf"))
    ->Unit(benchmark::kMillisecond);

void BM_SegmentSentences(benchmark::State& state) {
  const Document& doc = PlainDocument();
  size_t sentences = 0;
  for (auto _ : state) {
    std::vector<Sentence> s = SegmentSentences(doc, "en");
    sentences = s.size();
    benchmark::DoNotOptimize(s.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * doc.text.size()));
  state.counters["sentences_per_KiB"] = static_cast<double>(sentences) * 1024 / doc.text.size();
}
BENCHMARK(BM_SegmentSentences)->Unit(benchmark::kMillisecond);

void BM_Recognize(benchmark::State& state) {
  std::unique_ptr<Recognizer> rec;
  Status s = Recognizer::Load(DefaultRulesDir(), "en", &rec);
  if (!s.ok()) {
    state.SkipWithError(("Recognizer::Load: " + s.message()).c_str());
    return;
  }
  const auto& sents = Sentences();
  size_t bytes = 0;
  for (std::string_view v : sents) bytes += v.size();
  RecognizeContext ctx;
  size_t found = 0;
  for (auto _ : state) {
    found = 0;
    for (std::string_view v : sents) found += rec->Recognize(v, ctx).size();
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
  state.counters["figures_per_KiB"] = static_cast<double>(found) * 1024 / bytes;
  state.counters["sentences"] = static_cast<double>(sents.size());
}
BENCHMARK(BM_Recognize)->Unit(benchmark::kMillisecond);

// Segmentation, recognition and context attachment, as `extract` runs them.
void BM_ExtractPipeline(benchmark::State& state) {
  Extractor extractor(DefaultRulesDir());
  const Document& doc = PlainDocument();
  size_t found = 0;
  for (auto _ : state) {
    Extraction ex;
    Status s = extractor.Extract(doc, "en", &ex);
    if (!s.ok()) {
      state.SkipWithError(("Extract: " + s.message()).c_str());
      return;
    }
    found = ex.figures.size();
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * doc.text.size()));
  state.counters["figures_per_KiB"] = static_cast<double>(found) * 1024 / doc.text.size();
}
BENCHMARK(BM_ExtractPipeline)->Unit(benchmark::kMillisecond);

// Writing the figure records (`extract --format jsonl`): the figures of the
// 2 MiB text serialised to JSON lines; bytes are those of the source text, so
// the rate compares directly with the stages above.
void BM_WriteJsonRecords(benchmark::State& state) {
  Extractor extractor(DefaultRulesDir());
  const Document& doc = PlainDocument();
  Extraction ex;
  Status s = extractor.Extract(doc, "en", &ex);
  if (!s.ok()) {
    state.SkipWithError(("Extract: " + s.message()).c_str());
    return;
  }
  size_t out_bytes = 0;
  for (auto _ : state) {
    out_bytes = 0;
    for (const Figure& f : ex.figures) out_bytes += FigureToJson(f).dump().size() + 1;
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * doc.text.size()));
  state.counters["figures_per_KiB"] = static_cast<double>(ex.figures.size()) * 1024 / doc.text.size();
  state.counters["json_bytes_per_text_byte"] = static_cast<double>(out_bytes) / doc.text.size();
}
BENCHMARK(BM_WriteJsonRecords)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace claimcheck::bench

BENCHMARK_MAIN();
