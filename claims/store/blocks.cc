// The stored blocks of a document: what the review page needs to show a
// table cell with its row and column headers.
#include "claims/store/store_impl.h"

namespace claimcheck {

Status StoreImpl::Blocks(const std::string& path_or_id, std::vector<StoredBlock>* out) {
  out->clear();
  StoredDocument d;
  Status s = FindDocument(path_or_id, &d);
  if (!s.ok()) return s;
  Stmt st = db_.Prepare("SELECT idx, kind, row, col FROM blocks WHERE doc = ?1 ORDER BY idx", &s);
  if (!st.ok()) return s;
  st.Bind(1, d.id);
  int rc;
  while ((rc = st.Step()) == SQLITE_ROW) {
    StoredBlock b;
    b.index = static_cast<int>(st.Int(0));
    b.kind = st.Text(1);
    b.row = st.IsNull(2) ? -1 : static_cast<int>(st.Int(2));
    b.col = st.IsNull(3) ? -1 : static_cast<int>(st.Int(3));
    out->push_back(std::move(b));
  }
  return rc == SQLITE_DONE ? Status::Ok() : db_.Error("cannot list blocks");
}

}  // namespace claimcheck
