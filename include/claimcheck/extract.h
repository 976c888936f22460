// The extraction pipeline: Document -> sentences -> mentions -> figures with
// context. One direction; each stage takes the previous stage's value.
#ifndef CLAIMCHECK_EXTRACT_H_
#define CLAIMCHECK_EXTRACT_H_

#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "claimcheck/attach.h"
#include "claimcheck/document.h"
#include "claimcheck/figure.h"
#include "claimcheck/frame.h"
#include "claimcheck/recognize.h"
#include "claimcheck/segment.h"
#include "claimcheck/status.h"

namespace claimcheck {

struct Extraction {
  std::string lang;                // language used
  std::vector<Sentence> sentences;
  std::vector<Figure> figures;     // in document order
  std::vector<Alias> aliases;      // learned from the text
  // Set when the document's declared or detected language has no rules and
  // English rules were used instead (issue 12 item 11): one line, for stderr.
  std::string warning;
};

// Guesses the language from function words: "en", "es", or one of the
// languages without rules that are easily taken for them ("it", "pt", "fr",
// "de"), so that Spanish rules are never applied to Italian text; "en" when
// unsure.
std::string DetectLanguage(std::string_view text);

class FigureStream;

// Owns the per-language rule sets, loaded on first use. Thread-safe.
class Extractor {
 public:
  explicit Extractor(std::string rules_dir);
  // lang: "en", "es", ... or "auto" (declared language, else detection, else en).
  Status Extract(const Document& doc, const std::string& lang, Extraction* out);
  // The same extraction with the figures handed out in parts (issue 15): fills
  // *out but for its figures (lang, sentences, warning; aliases as the parts
  // are read) and makes *stream, which gives the figures a run of whole
  // paragraphs at a time, each run holding at least `part_figures` figures
  // unless the document ends there. The parts joined are Extract's figures,
  // byte for byte. `doc` and `out` must outlive the stream.
  Status Start(const Document& doc, const std::string& lang, Extraction* out,
               std::unique_ptr<FigureStream>* stream, size_t part_figures = 4096);
  // True when rules_dir/<lang> exists.
  bool HasRules(const std::string& lang) const;
  // The language Extract would use for `doc`.
  std::string ResolveLanguage(const Document& doc, const std::string& lang) const;
  const std::string& rules_dir() const { return rules_dir_; }

 private:
  struct Rules {
    std::unique_ptr<Recognizer> recognizer;
    std::unique_ptr<ContextAttacher> attacher;
    std::unique_ptr<FrameBuilder> frames;
  };
  Status RulesFor(const std::string& lang, const Rules** out);

  std::string rules_dir_;
  std::mutex mu_;
  std::map<std::string, std::unique_ptr<Rules>> rules_;
};

// One document's figures, a run of paragraphs at a time: memory holds one
// part's figures, not the document's (a document can hold millions).
class FigureStream {
 public:
  virtual ~FigureStream() = default;
  // Replaces *part with the next run's figures, in document order; false (and
  // *part empty) when the document has no more.
  virtual bool Next(std::vector<Figure>* part) = 0;
};

}  // namespace claimcheck

#endif  // CLAIMCHECK_EXTRACT_H_
