// One loader of CheckInput (load.h).
#include "claims/check/load.h"

#include <algorithm>
#include <unordered_map>
#include <utility>
#include <vector>

namespace claimcheck {

void SentenceList::Add(std::string_view sentence) {
  if (!seen_.emplace(sentence).second) return;
  text_.append(sentence);
  text_.push_back('\0');
}

std::string SentenceList::Take() {
  seen_.clear();
  std::string out = std::move(text_);
  text_.clear();
  out.shrink_to_fit();
  return out;
}

Status LoadCheckInput(Store* store, CheckInput* out) {
  *out = CheckInput();
  Status s = store->Documents(&out->documents);
  if (!s.ok()) return s;
  // The sentences before the figures: the rows read pass through memory
  // the figures then reuse.
  std::unordered_map<long long, size_t> index;
  for (size_t i = 0; i < out->documents.size(); ++i) index.emplace(out->documents[i].id, i);
  out->sentences.assign(out->documents.size(), std::string());
  long long current = -1;
  SentenceList list;
  auto flush = [&] {
    if (current < 0) return;
    auto it = index.find(current);
    if (it != index.end()) out->sentences[it->second] = list.Take();
    list = SentenceList();
  };
  s = store->FigurelessSentences("", [&](long long doc, std::string_view text) {
    if (doc != current) {
      flush();
      current = doc;
    }
    list.Add(text);
  });
  if (!s.ok()) return s;
  flush();
  if (s = store->Figures(FigureFilter(), &out->figures); !s.ok()) return s;
  return store->Aliases(&out->aliases);
}

Status LoadCitingInput(Store* store, const StoredDocument& doc, CheckInput* out, int* index) {
  *out = CheckInput();
  *index = -1;
  Status s = store->Documents(&out->documents);
  if (!s.ok()) return s;
  for (size_t i = 0; i < out->documents.size(); ++i) {
    if (out->documents[i].id == doc.id) *index = static_cast<int>(i);
  }
  if (*index < 0) return Status::Ok();
  SentenceList list;
  s = store->FigurelessSentences(std::to_string(doc.id), [&](long long, std::string_view text) { list.Add(text); });
  if (!s.ok()) return s;
  out->sentences.assign(out->documents.size(), std::string());
  out->sentences[static_cast<size_t>(*index)] = list.Take();
  if (s = store->Figures(FigureFilter{std::to_string(doc.id), ""}, &out->figures); !s.ok()) return s;
  return store->Aliases(&out->aliases);
}

std::string FigurelessSentences(const Document& doc, const Extraction& ex) {
  // A figure's sentence is the stored sentence row of the same span
  // (Store::Ingest places it so).
  std::vector<std::pair<size_t, size_t>> spans;
  spans.reserve(ex.figures.size());
  for (const Figure& f : ex.figures) spans.emplace_back(f.sentence_start, f.sentence_end);
  std::sort(spans.begin(), spans.end());
  SentenceList list;
  for (const Sentence& sent : ex.sentences) {
    if (sent.start > sent.end || sent.end > doc.text.size()) continue;
    if (std::binary_search(spans.begin(), spans.end(), std::make_pair(sent.start, sent.end))) continue;
    list.Add(std::string_view(doc.text).substr(sent.start, sent.end - sent.start));
  }
  return list.Take();
}

}  // namespace claimcheck
