// One loader of CheckInput (load.h).
#include "claims/check/load.h"

#include <algorithm>
#include <set>
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

Status FigurelessSentencesOf(Store* store, const StoredDocument& doc, std::string* out) {
  SentenceList list;
  Status s = store->FigurelessSentences(std::to_string(doc.id), [&](long long, std::string_view text) { list.Add(text); });
  *out = list.Take();
  return s;
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
  out->sentences.assign(out->documents.size(), std::string());
  s = FigurelessSentencesOf(store, doc, &out->sentences[static_cast<size_t>(*index)]);
  if (!s.ok()) return s;
  if (s = store->Figures(FigureFilter{std::to_string(doc.id), ""}, &out->figures); !s.ok()) return s;
  return store->Aliases(&out->aliases);
}

Status SourcesCitedBy(Store* store, const StoredDocument& article, const std::string& rules_dir,
                      std::vector<CitedSource>* out) {
  out->clear();
  // By content as well as by row: a copy stored under another path is the
  // same document.
  std::set<std::string> seen = {article.doc_id};
  size_t stored = 0;
  auto add_cited_by = [&](const StoredDocument& citing, int via) -> Status {
    CheckInput cite;
    int me = -1;
    if (Status s = LoadCitingInput(store, citing, &cite, &me); !s.ok()) return s;
    stored = cite.documents.size();
    for (const Citation& c : CitedDocuments(cite, me, rules_dir)) {
      const StoredDocument& d = cite.documents[static_cast<size_t>(c.cited)];
      if (d.id != article.id && seen.insert(d.doc_id).second) out->push_back(CitedSource{d, c, via});
    }
    return Status::Ok();
  };
  if (Status s = add_cited_by(article, -1); !s.ok()) return s;
  // An article that names nothing stored is compared by `check` with every
  // source; the sheet uses the same ones, or the two disagree (trial23:
  // `check` found four conflicts in a radio transcript whose sheet said
  // nothing was checked). Finding the sources reads every stored figure, so
  // a store of more than kStoreWideDocuments documents (an archive, where a
  // sheet or a review page must not cost a whole `check`) is left to
  // --sources.
  constexpr size_t kStoreWideDocuments = 1000;
  if (out->empty() && stored <= kStoreWideDocuments) {
    CheckInput all;
    if (Status s = LoadCheckInput(store, &all); !s.ok()) return s;
    const std::vector<DocumentRole> roles = EffectiveRoles(all, rules_dir);
    for (size_t i = 0; i < all.documents.size(); ++i) {
      const StoredDocument& d = all.documents[i];
      if (roles[i].role != "source" || d.id == article.id || !seen.insert(d.doc_id).second) continue;
      Citation how;
      how.cited = static_cast<int>(i);
      how.how = "store";
      out->push_back(CitedSource{d, how, -1});
    }
    return Status::Ok();
  }
  const size_t cited = out->size();
  for (size_t k = 0; k < cited; ++k) {
    const StoredDocument step = (*out)[k].doc;  // a copy: the list grows
    if (Status s = add_cited_by(step, static_cast<int>(k)); !s.ok()) return s;
  }
  // A stored article the article names only relays: when it names a stored
  // source in turn, that source is the authority and the relay is no source
  // of the sheet (trial43: a paper naming the wire copy was checked against
  // the wire's own misreading, "more than 200", not the trust's 198, and
  // `audit` and `check` disagreed). A relay that names no stored source
  // stays a source.
  for (const CitedSource& c : *out) {
    if (c.via >= 0 && c.doc.role == "source" && (*out)[static_cast<size_t>(c.via)].doc.role == "article") {
      (*out)[static_cast<size_t>(c.via)].relay = true;
    }
  }
  return Status::Ok();
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
