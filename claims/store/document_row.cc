// A document's stored row, built from what the extractor read: the one place
// that says which metadata a StoredDocument carries.
#include "claimcheck/store.h"

namespace claimcheck {

StoredDocument StoredDocumentFor(const Document& doc, const Extraction& ex, const std::string& role) {
  StoredDocument d;
  d.doc_id = doc.id;
  d.path = doc.path;
  d.format = FormatName(doc.format);
  d.title = doc.meta.title;
  d.author = doc.meta.author;
  d.publisher = doc.meta.publisher;
  d.date = doc.meta.date;
  d.url = doc.meta.url;
  d.lang = ex.lang;
  d.role = role;
  d.page_count = doc.page_count;
  d.genre = doc.meta.genre;
  d.links = doc.links;
  return d;
}

}  // namespace claimcheck
