// PLACEHOLDER until ICU segmentation lands: one sentence per block.
#include "claimcheck/segment.h"
namespace claimcheck {
std::vector<Sentence> SegmentSentences(const Document& doc, const std::string& lang) {
  std::vector<Sentence> out;
  for (size_t i = 0; i < doc.blocks.size(); ++i)
    out.push_back(Sentence{doc.blocks[i].start, doc.blocks[i].end, static_cast<int>(i)});
  return out;
}
}  // namespace claimcheck
