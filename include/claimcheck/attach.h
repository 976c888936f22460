// Context of a figure beyond its own words: who the text credits for it
// (attribution), whether it stands in direct speech (quoted), and the time
// it refers to. Cue words are data under rules/<lang>/.
#ifndef CLAIMCHECK_ATTACH_H_
#define CLAIMCHECK_ATTACH_H_

#include <functional>
#include <memory>
#include <span>
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
  // Called once per sentence the attacher reads, in document order, when the
  // context of that sentence's figures is final: the next stage (the frame
  // stage) reads the sentence then, from the attacher's tokens, instead of
  // tokenising it again. `sentence` indexes the `sentences` the attacher was
  // given (a part's, for AttachPart). `tokens` is attach::Tokenize of the
  // sentence (the callee may move from it), or nullptr when the attacher did
  // not keep them (paragraphs longer than it keeps tokens for). Sentences
  // outside the blocks read are not passed.
  using SentenceHook = std::function<void(size_t sentence, std::vector<attach::Token>* tokens)>;

  // Fills attribution, quoted and time on every figure of `doc`. Each figure's
  // sentence_start/sentence_end identify its sentence in `sentences`.
  // Learned aliases are appended to *aliases when it is not null.
  void Attach(const Document& doc, const std::vector<Sentence>& sentences,
              const RecognizeContext& ctx, std::vector<Figure>* figures,
              std::vector<Alias>* aliases) const {
    Attach(doc, sentences, ctx, figures, aliases, SentenceHook());
  }
  // The same, calling `hook` (when set) for each sentence read.
  void Attach(const Document& doc, const std::vector<Sentence>& sentences,
              const RecognizeContext& ctx, std::vector<Figure>* figures,
              std::vector<Alias>* aliases, const SentenceHook& hook) const;

  // What the attacher carries from paragraph to paragraph of one document
  // (the last person named, an open lead-in, the aliases learned so far), so
  // a long document can be read a run of paragraphs at a time (issue 15).
  class Walk {
   public:
    virtual ~Walk() = default;
  };
  virtual std::unique_ptr<Walk> Start(const Document& doc) const = 0;
  // Attaches the figures of blocks [first_block, end_block), which follow the
  // blocks of the previous part given the same walk; `sentences` holds at
  // least those blocks' sentences, in order, and `figures` lie in them.
  // Parts cut anywhere between blocks give the same result as one call.
  void AttachPart(const Document& doc, std::span<const Sentence> sentences, size_t first_block,
                  size_t end_block, const RecognizeContext& ctx, std::span<Figure> figures,
                  std::vector<Alias>* aliases, Walk* walk) const {
    AttachPart(doc, sentences, first_block, end_block, ctx, figures, aliases, walk,
               SentenceHook());
  }
  // The same, calling `hook` (when set) for each sentence of the part's
  // blocks, its index into `sentences`.
  virtual void AttachPart(const Document& doc, std::span<const Sentence> sentences,
                          size_t first_block, size_t end_block, const RecognizeContext& ctx,
                          std::span<Figure> figures, std::vector<Alias>* aliases, Walk* walk,
                          const SentenceHook& hook) const = 0;
};

}  // namespace claimcheck

#endif  // CLAIMCHECK_ATTACH_H_
