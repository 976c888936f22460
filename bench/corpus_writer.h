// Builds news articles and reports from a Lexicon and writes them as plain
// text (with header lines), HTML pages with boilerplate, or PDF.
#ifndef CLAIMCHECK_BENCH_CORPUS_WRITER_H_
#define CLAIMCHECK_BENCH_CORPUS_WRITER_H_

#include <cstdint>
#include <cstdio>
#include <memory>
#include <string>
#include <string_view>

#include "bench/lexicon.h"

namespace claimcheck::bench {

struct DocMeta {
  std::string title, author, publisher, date, url, lang;
};

// Draws titles, paragraphs and subheads. `role` is "article" or "source":
// lexicon sections "<role>_sentence" (attributions in articles, first-person
// findings in reports) are mixed into the shared "sentence" section.
class ArticleGenerator {
 public:
  ArticleGenerator(const Lexicon& lex, uint64_t seed, std::string role, std::string lang);
  DocMeta NextMeta(int doc_number);
  // 2 to 5 sentences.
  std::string NextParagraph();
  std::string NextHeading();
  Rng& rng() { return rng_; }
  const Lexicon& lexicon() const { return lex_; }

 private:
  void AppendSentence(std::string* out);

  const Lexicon& lex_;
  Rng rng_;
  std::string role_section_;
  std::string lang_;
};

// A document format. Bytes go straight to the FILE; bytes() is the running size.
class DocumentSink {
 public:
  virtual ~DocumentSink() = default;
  virtual void Begin(const DocMeta& meta) = 0;
  virtual void Heading(std::string_view text) = 0;
  virtual void Paragraph(std::string_view text) = 0;
  virtual void End() = 0;
  virtual uint64_t bytes() const = 0;
};

// format: "text", "html" or "pdf"; nullptr for anything else. The HTML sink
// draws its navigation and footer words from the generator's lexicon.
std::unique_ptr<DocumentSink> MakeSink(const std::string& format, std::FILE* out, ArticleGenerator* gen);

// "txt", "html", "pdf".
std::string ExtensionFor(const std::string& format);

}  // namespace claimcheck::bench

#endif  // CLAIMCHECK_BENCH_CORPUS_WRITER_H_
