#include "fuzz/targets.h"

#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string_view>

#include "claimcheck/document.h"
#include "claimcheck/extract.h"
#include "claimcheck/recognize.h"
#include "claimcheck/rules.h"
#include "claimcheck/segment.h"

namespace claimcheck::fuzz {
namespace {

// Documents go through the whole extraction path, not only the reader: a
// reader that returns offsets out of range would crash the later stages.
int ParseAndExtract(const uint8_t* data, size_t size, const char* name) {
  static Extractor* extractor = new Extractor(DefaultRulesDir());
  ReadOptions opts;
  opts.max_bytes = 1 << 20;
  opts.max_pdf_pages = 50;
  Document doc;
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  if (!ParseDocument(bytes, name, opts, &doc).ok()) return 0;
  Extraction ex;
  (void)extractor->Extract(doc, "auto", &ex);
  return 0;
}

const Recognizer& EnglishRecognizer() {
  static std::unique_ptr<Recognizer> r = [] {
    std::unique_ptr<Recognizer> out;
    if (!Recognizer::Load(DefaultRulesDir(), "en", &out).ok()) std::abort();
    return out;
  }();
  return *r;
}
}  // namespace

int FuzzHtml(const uint8_t* data, size_t size) { return ParseAndExtract(data, size, "fuzz.html"); }
int FuzzPdf(const uint8_t* data, size_t size) { return ParseAndExtract(data, size, "fuzz.pdf"); }
int FuzzText(const uint8_t* data, size_t size) { return ParseAndExtract(data, size, "fuzz.txt"); }
int FuzzMarkdown(const uint8_t* data, size_t size) { return ParseAndExtract(data, size, "fuzz.md"); }

int FuzzRecognize(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  RecognizeContext ctx;
  ctx.doc_date = "2018-05-08";
  for (const Mention& m : EnglishRecognizer().Recognize(text, ctx)) {
    // The contract every caller relies on: spans inside the text, in order.
    if (m.start > m.end || m.end > text.size()) std::abort();
  }
  return 0;
}

// The rule loader reads files, so the input is written as one language's
// numbers file in a scratch rules folder holding copies of the real rules.
int FuzzRules(const uint8_t* data, size_t size) {
  static const std::string dir = [] {
    std::string tmpl = std::filesystem::temp_directory_path().string() + "/ccfuzzXXXXXX";
    std::string d = mkdtemp(tmpl.data()) ? tmpl : std::string("/tmp/ccfuzz");
    std::filesystem::copy(DefaultRulesDir(), d + "/rules", std::filesystem::copy_options::recursive);
    return d + "/rules";
  }();
  std::vector<std::string> problems;
  std::vector<std::filesystem::path> files;
  for (const auto& e : std::filesystem::directory_iterator(DefaultRulesDir() + "/en")) {
    if (e.path().extension() == ".yaml") files.push_back(e.path().filename());
  }
  if (files.empty() || size == 0) return 0;
  std::sort(files.begin(), files.end());
  const auto& victim = files[data[0] % files.size()];
  // Restore every file, then replace the victim.
  std::filesystem::copy(DefaultRulesDir() + "/en", dir + "/en",
                        std::filesystem::copy_options::overwrite_existing |
                            std::filesystem::copy_options::recursive);
  {
    std::ofstream out(dir + "/en/" + victim.string(), std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(data + 1), static_cast<std::streamsize>(size - 1));
  }
  (void)CheckRules(dir, &problems);
  return 0;
}

const std::vector<Target>& AllTargets() {
  static const std::vector<Target> kTargets = {
      {"html", FuzzHtml},           {"pdf", FuzzPdf},   {"text", FuzzText},
      {"markdown", FuzzMarkdown},   {"recognize", FuzzRecognize}, {"rules", FuzzRules},
      {"check", FuzzCheck},         {"audit", FuzzAudit}};
  return kTargets;
}

}  // namespace claimcheck::fuzz
