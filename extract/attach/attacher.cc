// PLACEHOLDER until attribution, quotation and time scope land.
#include "claimcheck/attach.h"
namespace claimcheck {
namespace {
class NullAttacher : public ContextAttacher {
 public:
  void Attach(const Document&, const std::vector<Sentence>&, const RecognizeContext&,
              std::vector<Figure>*, std::vector<Alias>*) const override {}
};
}  // namespace
Status ContextAttacher::Load(const std::string&, const std::string&, std::unique_ptr<ContextAttacher>* out) {
  *out = std::make_unique<NullAttacher>();
  return Status::Ok();
}
}  // namespace claimcheck
