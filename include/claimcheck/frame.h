// The statement frame stage (issue 11): for every figure of a document, what
// it states, read from its whole sentence and its neighbours: subject noun
// phrase, base and part of a share, level/change/rate, direction, previous
// value, rate denominator, period covered, modality, place and speaker
// (Frame in figure.h). It runs after the ContextAttacher, whose attribution
// and time it reads; it is the one place a figure's statement is understood,
// and the checker consumes its output without re-reading sentence words.
// Cue words are data: rules/<lang>/frames.yaml.
#ifndef CLAIMCHECK_FRAME_H_
#define CLAIMCHECK_FRAME_H_

#include <memory>
#include <span>
#include <string>
#include <vector>

#include "claimcheck/attach.h"
#include "claimcheck/document.h"
#include "claimcheck/figure.h"
#include "claimcheck/recognize.h"
#include "claimcheck/segment.h"
#include "claimcheck/status.h"

namespace claimcheck {

class FrameBuilder {
 public:
  virtual ~FrameBuilder() = default;
  // Loads rules/<lang>/frames.yaml (a missing file gives empty cue lists).
  // Errors name file:line:column.
  static Status Load(const std::string& rules_dir, const std::string& lang,
                     std::unique_ptr<FrameBuilder>* out);
  // Fills Figure::frame on every figure of `doc`, and replaces Figure::subject
  // by the subject noun phrase (or empty: never a fragment). Each figure's
  // sentence_start/sentence_end identify its sentence in `sentences`.
  void Build(const Document& doc, const std::vector<Sentence>& sentences,
             const RecognizeContext& ctx, std::vector<Figure>* figures) const;

  // What the stage carries from sentence to sentence of one document (the
  // speakers and affiliations learned so far, the table being read), so a
  // long document can be framed a run of paragraphs at a time (issue 15),
  // and each part a sentence at a time, fed by the ContextAttacher's
  // sentence hook so each sentence is tokenised once (attach.h):
  //   auto walk = frames->Start(doc);
  //   for each part:
  //     walk->Part(doc, sentences, ctx, figures);
  //     attacher->AttachPart(..., [&](size_t i, auto* toks) { walk->Sentence(i, toks); });
  //     walk->Finish();
  // Sentences are read in document order whatever is passed: one skipped
  // is read (tokenised here) before the next one passed, or by Finish.
  // Parts cut anywhere between paragraphs give exactly Build's frames.
  class Walk {
   public:
    virtual ~Walk() = default;
    // Begins the next part: `figures` (in document order) all lie in
    // `sentences`, a run of whole paragraphs following the previous part's.
    // All four must outlive the part (until Finish).
    virtual void Part(const Document& doc, std::span<const Sentence> sentences,
                      const RecognizeContext& ctx, std::span<Figure> figures) = 0;
    // Reads the part's sentence `i` (and any before it not read yet);
    // `tokens`, when not null, are attach::Tokenize of its text and may be
    // moved from.
    virtual void Sentence(size_t i, std::vector<attach::Token>* tokens) = 0;
    // Reads the part's sentences not read yet.
    virtual void Finish() = 0;
  };
  virtual std::unique_ptr<Walk> Start(const Document& doc) const = 0;
  // One part read whole (each sentence tokenised here): Part, then Finish.
  void BuildPart(const Document& doc, std::span<const Sentence> sentences,
                 const RecognizeContext& ctx, std::span<Figure> figures, Walk* walk) const;
};

}  // namespace claimcheck

#endif  // CLAIMCHECK_FRAME_H_
