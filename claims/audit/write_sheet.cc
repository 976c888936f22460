// Writes a sheet to disk whole or not at all: into a temporary file beside
// the target, then renamed over it, so an interrupted run or a full disk
// never leaves half a sheet where an editor expects one. The text formats
// stream into the temporary file (SheetOut), a megabyte at a time.
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

#include "claimcheck/audit.h"
#include "claimcheck/csv.h"
#include "claimcheck/util.h"
#include "claims/audit/writers.h"

namespace claimcheck {
namespace audit_internal {

void SheetOut::Flush() {
  if (fd_ < 0) return;
  size_t done = 0;
  while (status_.ok() && done < buf_.size()) {
    ssize_t n = ::write(fd_, buf_.data() + done, buf_.size() - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      status_ = Status::IOError(path_ + ": " + std::strerror(errno));
      break;
    }
    done += static_cast<size_t>(n);
  }
  buf_.clear();
}

}  // namespace audit_internal

namespace {
// The temporary file a sheet is written to: removed when the write fails in
// any way, an exception (out of memory) included, unless Keep() was called
// after the rename.
class TempFile {
 public:
  explicit TempFile(const std::string& target) : path_(target + ".tmp-XXXXXX") {
    fd_ = mkstemp(path_.data());
    if (fd_ < 0) path_.clear();
  }
  ~TempFile() {
    CloseFd();
    if (!kept_ && !path_.empty()) std::remove(path_.c_str());
  }
  TempFile(const TempFile&) = delete;
  TempFile& operator=(const TempFile&) = delete;

  bool ok() const { return fd_ >= 0; }
  int fd() const { return fd_; }
  const std::string& path() const { return path_; }
  // Closes the descriptor; false when close reports an error (NFS, a full disk).
  bool CloseFd() {
    if (fd_ < 0) return true;
    int rc = ::close(fd_);
    fd_ = -1;
    return rc == 0;
  }
  void Keep() { kept_ = true; }

 private:
  std::string path_;
  int fd_ = -1;
  bool kept_ = false;
};
}  // namespace

Status WriteAuditSheet(const AuditSheet& sheet, const std::string& path) {
  AuditFormat format;
  if (!AuditFormatFromPath(path, &format)) {
    return Status::InvalidArgument(
        path + ": unknown sheet format (use .csv, .md, .html, .xlsx, .json or .jsonld)");
  }
  return WriteAuditSheet(sheet, path, format);
}

Status WriteAuditSheet(const AuditSheet& sheet, const std::string& path, AuditFormat format) {
  using audit_internal::SheetOut;
  if (format == AuditFormat::kJsonLd) {
    if (Status s = CheckClaimReviewInput(sheet); !s.ok()) return s;
  }
  if (Status s = CheckReplaceableFile(path); !s.ok()) return s;
  TempFile tmp(path);
  if (!tmp.ok()) return Status::IOError(path + ": cannot write (" + std::strerror(errno) + ")");

  Status s;
  if (format == AuditFormat::kXlsx) {
    tmp.CloseFd();
    s = audit_internal::WriteXlsx(sheet, tmp.path());
  } else {
    SheetOut out(tmp.fd(), path);
    switch (format) {
      case AuditFormat::kCsv:
        if (sheet.excel_bom) out += kUtf8Bom;
        audit_internal::WriteCsv(sheet, out);
        break;
      case AuditFormat::kMarkdown:
        audit_internal::WriteMarkdown(sheet, out);
        break;
      case AuditFormat::kHtml:
        audit_internal::WriteHtml(sheet, HtmlOptions{}, out);
        break;
      case AuditFormat::kJson:
        audit_internal::WriteJson(sheet, out);
        break;
      case AuditFormat::kJsonLd:
        out += AuditToClaimReview(sheet);  // one object per reviewed row: small
        break;
      case AuditFormat::kXlsx:
        break;
    }
    s = out.Finish();
    if (s.ok() && ::fsync(tmp.fd()) != 0) s = Status::IOError(path + ": " + std::strerror(errno));
    if (!tmp.CloseFd() && s.ok()) s = Status::IOError(path + ": " + std::strerror(errno));
  }
  // mkstemp creates 0600; a sheet is an ordinary document.
  if (s.ok()) {
    mode_t mask = ::umask(0);
    ::umask(mask);
    ::chmod(tmp.path().c_str(), 0666 & ~mask);
  }
  if (s.ok() && std::rename(tmp.path().c_str(), path.c_str()) != 0) {
    s = Status::IOError(path + ": " + std::strerror(errno));
  }
  if (s.ok()) tmp.Keep();
  return s;
}

}  // namespace claimcheck
