// PLACEHOLDER until the checker lands.
#include "claimcheck/check.h"
namespace claimcheck {
Status CheckFigures(const CheckInput&, const CheckOptions&, std::vector<Finding>* out) {
  out->clear();
  return Status::Unsupported("the checker is not built yet");
}
}  // namespace claimcheck
