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
  // long document can be framed a run of paragraphs at a time (issue 15).
  class Walk {
   public:
    virtual ~Walk() = default;
  };
  virtual std::unique_ptr<Walk> Start(const Document& doc) const = 0;
  // Frames `figures` (in document order), which all lie in `sentences`: a run
  // of whole paragraphs following the previous part given the same walk.
  // Parts cut anywhere between paragraphs give the same frames as one call.
  virtual void BuildPart(const Document& doc, std::span<const Sentence> sentences,
                         const RecognizeContext& ctx, std::span<Figure> figures,
                         Walk* walk) const = 0;
};

}  // namespace claimcheck

#endif  // CLAIMCHECK_FRAME_H_
