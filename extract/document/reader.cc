// PLACEHOLDER until the readers land: plain text only.
#include "claimcheck/document.h"
#include "claimcheck/util.h"

namespace claimcheck {
Status ParseDocument(std::string_view bytes, const std::string& name, const ReadOptions& opts,
                     Document* doc) {
  *doc = Document();
  doc->path = name;
  doc->id = Sha256Hex(bytes);
  doc->text = std::string(bytes);
  doc->blocks.push_back(Block{BlockKind::kParagraph, 0, doc->text.size()});
  return Status::Ok();
}
Status ReadDocument(const std::string& path, const ReadOptions& opts, Document* doc) {
  std::string bytes;
  Status s = ReadFileBytes(path, opts.max_bytes, &bytes);
  if (!s.ok()) return s;
  return ParseDocument(bytes, path, opts, doc);
}
}  // namespace claimcheck
