// recognize_bench [LANG] [MEGABYTES]
// Throughput of Recognizer::Recognize on one core: the sentences of the
// figure corpus for LANG (corpus/figures/*/LANG.yaml) and, for English, the
// seed article's lines, recognised over and over until MEGABYTES of text have
// been scanned. Prints MB/s and figures found. Run from the repository root.
#include <yaml-cpp/yaml.h>

#include <chrono>
#include <ctime>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "claimcheck/recognize.h"
#include "claimcheck/rules.h"

namespace {

// Recognises `sentences` over and over until `megabytes` have been scanned.
void TimeRecognizer(const claimcheck::Recognizer& rec, const char* label, const std::vector<std::string>& sentences,
             double megabytes) {
  claimcheck::RecognizeContext ctx;
  size_t bytes = 0, figures = 0;
  const size_t target = static_cast<size_t>(megabytes * 1e6);
  // CPU time, not wall time: the machine is shared, and the target is per core.
  std::clock_t c0 = std::clock();
  auto t0 = std::chrono::steady_clock::now();
  while (bytes < target) {
    for (const std::string& sent : sentences) {
      figures += rec.Recognize(sent, ctx).size();
      bytes += sent.size();
    }
  }
  double cpu = static_cast<double>(std::clock() - c0) / CLOCKS_PER_SEC;
  double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  std::printf("%s: %zu sentences, %.1f MB, %.2f s CPU (%.2f s wall) = %.1f MB/s per core, %.1f figures/KB\n", label,
              sentences.size(), static_cast<double>(bytes) / 1e6, cpu, wall, static_cast<double>(bytes) / 1e6 / cpu,
              1000.0 * static_cast<double>(figures) / static_cast<double>(bytes));
}

}  // namespace

int main(int argc, char** argv) {
  using namespace claimcheck;
  const std::string lang = argc > 1 ? argv[1] : "en";
  const double megabytes = argc > 2 ? std::atof(argv[2]) : 50;
  std::vector<std::string> sentences;
  try {
    for (const auto& e : std::filesystem::recursive_directory_iterator("corpus/figures")) {
      if (e.path().filename() != lang + ".yaml") continue;
      for (const YAML::Node& c : YAML::LoadFile(e.path().string())["cases"]) {
        sentences.push_back(c["text"].as<std::string>());
      }
    }
  } catch (const std::exception& e) {
    std::fprintf(stderr, "corpus/figures: %s\n", e.what());
    return 2;
  }
  // The seed article, one paragraph a call: news text as the pipeline sees it.
  std::vector<std::string> article;
  std::ifstream seed("corpus/seed/cep-facebook-article.txt");
  for (std::string line; lang == "en" && std::getline(seed, line);) {
    if (!line.empty()) article.push_back(line);
  }
  if (sentences.empty()) {
    std::fprintf(stderr, "no sentences for '%s' (run from the repository root)\n", lang.c_str());
    return 2;
  }
  std::unique_ptr<Recognizer> rec;
  Status s = Recognizer::Load(DefaultRulesDir(), lang, &rec);
  if (!s.ok()) {
    std::fprintf(stderr, "%s\n", s.message().c_str());
    return 2;
  }
  TimeRecognizer(*rec, "corpus sentences (figure-dense)", sentences, megabytes);
  if (!article.empty()) TimeRecognizer(*rec, "seed article paragraphs", article, megabytes);
  return 0;
}
