// The first frame builder: the speaker from the attacher's attribution and
// level/actual for everything else. Issue 11 replaces this with the full
// reading of the sentence.
#include "claimcheck/frame.h"

namespace claimcheck {
namespace {

class BasicFrameBuilder : public FrameBuilder {
 public:
  void Build(const Document& doc, const std::vector<Sentence>& sentences,
             const RecognizeContext& ctx, std::vector<Figure>* figures) const override {
    for (Figure& f : *figures) f.frame.speaker = f.attribution;
  }
};

}  // namespace

Status FrameBuilder::Load(const std::string& rules_dir, const std::string& lang,
                          std::unique_ptr<FrameBuilder>* out) {
  *out = std::make_unique<BasicFrameBuilder>();
  return Status::Ok();
}

}  // namespace claimcheck
