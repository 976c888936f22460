// Removing a document, figure counts per document, and the stored form of a
// document path.
#include <filesystem>

#include "claims/store/store_impl.h"

namespace claimcheck {

std::string NormalisePath(const std::string& path) {
  if (path.empty() || path == "-" || path.find("://") != std::string::npos) return path;
  std::string out = std::filesystem::path(path).lexically_normal().generic_string();
  // "dir/" and "./" normalise to "dir/" and "": a file path has neither.
  while (out.size() > 1 && out.back() == '/') out.pop_back();
  return out.empty() || out == "." ? path : out;
}

Status StoreImpl::RemoveDocument(const std::string& path_or_id, StoredDocument* removed) {
  return InTransaction(&db_, [&]() -> Status {
    Status s = FindDocument(path_or_id, removed);
    if (!s.ok()) return s;
    // The stored findings that involve it describe a store that is gone;
    // finding_claims rows go with their findings (ON DELETE CASCADE).
    // Blocks, sentences, figures and learned aliases go with the document
    // row (ON DELETE CASCADE); reviews hang on the path, not the row.
    static const char* const kDeletes[] = {
        "DELETE FROM findings WHERE id IN (SELECT fc.finding FROM finding_claims fc "
        "JOIN figures f ON f.id = fc.figure WHERE f.doc = ?1)",
        "DELETE FROM reviews WHERE doc_path = ?2",
        "DELETE FROM documents WHERE id = ?1",
    };
    for (const char* sql : kDeletes) {
      Stmt st = db_.Prepare(sql, &s);
      if (!st.ok()) return s;
      st.Bind(1, removed->id);
      st.Bind(2, removed->path);
      if (!st.Run()) return db_.Error("cannot remove " + removed->path);
    }
    return Status::Ok();
  });
}

Status StoreImpl::FigureCounts(std::map<long long, long long>* out) {
  out->clear();
  Status s;
  Stmt st = db_.Prepare("SELECT doc, count(*) FROM figures GROUP BY doc", &s);
  if (!st.ok()) return s;
  int rc;
  while ((rc = st.Step()) == SQLITE_ROW) (*out)[st.Int(0)] = st.Int(1);
  return rc == SQLITE_DONE ? Status::Ok() : db_.Error("cannot count figures");
}

}  // namespace claimcheck
