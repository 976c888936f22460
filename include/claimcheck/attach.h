// Context of a figure beyond its own words: who the text credits for it
// (attribution), whether it stands in direct speech (quoted), and the time
// it refers to. Cue words are data under rules/<lang>/.
#ifndef CLAIMCHECK_ATTACH_H_
#define CLAIMCHECK_ATTACH_H_

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "claimcheck/document.h"
#include "claimcheck/figure.h"
#include "claimcheck/recognize.h"
#include "claimcheck/segment.h"
#include "claimcheck/status.h"

namespace claimcheck {

namespace attach {
struct Token;  // extract/attach/tokens.h
}

// An entity alias learned from the text: "the Counter Extremism Project (CEP)"
// gives {"CEP", "Counter Extremism Project"}.
// Configured aliases come from rules/<lang>/entities.yaml.
struct Alias {
  std::string alias;
  std::string canonical;
  // "configured" or "learned"; empty means learned. The initializer keeps
  // two-field aggregate initialisation ({"CEP", "..."}) warning-free.
  std::string origin = {};
};

// The configured entity aliases of rules/<lang>/entities.yaml (none when the
// file does not exist). Errors name file:line:column.
Status LoadEntityAliases(const std::string& rules_dir, const std::string& lang,
                         std::vector<Alias>* out);

class ContextAttacher {
 public:
  virtual ~ContextAttacher() = default;
  static Status Load(const std::string& rules_dir, const std::string& lang,
                     std::unique_ptr<ContextAttacher>* out);
  // Fills attribution, quoted and time on every figure of `doc`. Each figure's
  // sentence_start/sentence_end identify its sentence in `sentences`.
  // Learned aliases are appended to *aliases when it is not null.
  void Attach(const Document& doc, const std::vector<Sentence>& sentences,
              const RecognizeContext& ctx, std::vector<Figure>* figures,
              std::vector<Alias>* aliases) const {
    Attach(doc, sentences, ctx, figures, aliases, SentenceHook());
  }

  // Called once per sentence the attacher reads, in document order, when the
  // context of that sentence's figures is final: the next stage (the frame
  // stage) reads the sentence then, from the attacher's tokens, instead of
  // tokenising it again. `tokens` is attach::Tokenize of the sentence (the
  // callee may move from it), or nullptr when the attacher did not keep them
  // (paragraphs longer than it keeps tokens for). Sentences outside any
  // block are not passed.
  using SentenceHook = std::function<void(size_t sentence, std::vector<attach::Token>* tokens)>;
  virtual void Attach(const Document& doc, const std::vector<Sentence>& sentences,
                      const RecognizeContext& ctx, std::vector<Figure>* figures,
                      std::vector<Alias>* aliases, const SentenceHook& hook) const = 0;
};

}  // namespace claimcheck

#endif  // CLAIMCHECK_ATTACH_H_
