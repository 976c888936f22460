// File writers behind WriteAuditSheet.
#ifndef CLAIMCHECK_CLAIMS_AUDIT_WRITERS_H_
#define CLAIMCHECK_CLAIMS_AUDIT_WRITERS_H_

#include <string>
#include <string_view>

#include "claimcheck/audit.h"
#include "claimcheck/status.h"

namespace claimcheck::audit_internal {

// Where a text writer puts its bytes: a string (AuditToCsv and the other
// in-memory renderers), or a file the bytes are flushed to every megabyte,
// so a sheet of a million rows is never held whole as text (issue 15). The
// same writer code serves both, so a file and a string are byte-identical.
class SheetOut {
 public:
  SheetOut() = default;                                   // into a string: Take()
  SheetOut(int fd, std::string path) : fd_(fd), path_(std::move(path)) {}  // into a file
  SheetOut(const SheetOut&) = delete;
  SheetOut& operator=(const SheetOut&) = delete;

  SheetOut& operator+=(std::string_view s) {
    buf_.append(s);
    if (fd_ >= 0 && buf_.size() >= kFlushBytes) Flush();
    return *this;
  }
  SheetOut& operator+=(char c) {
    buf_.push_back(c);
    return *this;
  }
  void push_back(char c) { buf_.push_back(c); }
  // Writes what is buffered (files only); the first error is kept.
  void Flush();
  // The whole text (string mode).
  std::string Take() { return std::move(buf_); }
  // Flushes; the first write error, or Ok.
  Status Finish() {
    Flush();
    return status_;
  }

 private:
  static constexpr size_t kFlushBytes = 1 << 20;
  int fd_ = -1;
  std::string path_;
  std::string buf_;
  Status status_;
};

void WriteCsv(const AuditSheet& sheet, SheetOut& out);
void WriteMarkdown(const AuditSheet& sheet, SheetOut& out);
void WriteJson(const AuditSheet& sheet, SheetOut& out);
void WriteHtml(const AuditSheet& sheet, const HtmlOptions& opts, SheetOut& out);

// Writes the workbook at `path` (which WriteAuditSheet then renames).
Status WriteXlsx(const AuditSheet& sheet, const std::string& path);

}  // namespace claimcheck::audit_internal

#endif  // CLAIMCHECK_CLAIMS_AUDIT_WRITERS_H_
