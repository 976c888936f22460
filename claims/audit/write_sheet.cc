// Writes a sheet to disk whole or not at all: into a temporary file beside
// the target, then renamed over it, so an interrupted run or a full disk
// never leaves half a sheet where an editor expects one.
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

#include "claimcheck/audit.h"
#include "claimcheck/csv.h"
#include "claims/audit/writers.h"

namespace claimcheck {
namespace {
Status WriteAll(int fd, const std::string& bytes, const std::string& path) {
  size_t done = 0;
  while (done < bytes.size()) {
    ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      return Status::IOError(path + ": " + std::strerror(errno));
    }
    done += static_cast<size_t>(n);
  }
  return Status::Ok();
}
}  // namespace

Status WriteAuditSheet(const AuditSheet& sheet, const std::string& path) {
  AuditFormat format;
  if (!AuditFormatFromPath(path, &format)) {
    return Status::InvalidArgument(
        path + ": unknown sheet format (use .csv, .md, .html, .xlsx, .json or .jsonld)");
  }
  if (format == AuditFormat::kJsonLd) {
    if (Status s = CheckClaimReviewInput(sheet); !s.ok()) return s;
  }
  std::string tmp = path + ".tmp-XXXXXX";
  int fd = mkstemp(tmp.data());
  if (fd < 0) return Status::IOError(path + ": cannot write (" + std::strerror(errno) + ")");

  Status s;
  if (format == AuditFormat::kXlsx) {
    ::close(fd);
    s = audit_internal::WriteXlsx(sheet, tmp);
  } else {
    std::string bytes;
    switch (format) {
      case AuditFormat::kCsv:
        bytes = (sheet.excel_bom ? std::string(kUtf8Bom) : std::string()) + AuditToCsv(sheet);
        break;
      case AuditFormat::kMarkdown:
        bytes = AuditToMarkdown(sheet);
        break;
      case AuditFormat::kHtml:
        bytes = AuditToHtml(sheet);
        break;
      case AuditFormat::kJson:
        bytes = AuditToJson(sheet);
        break;
      case AuditFormat::kJsonLd:
        bytes = AuditToClaimReview(sheet);
        break;
      case AuditFormat::kXlsx:
        break;
    }
    s = WriteAll(fd, bytes, path);
    if (s.ok() && ::fsync(fd) != 0) s = Status::IOError(path + ": " + std::strerror(errno));
    if (::close(fd) != 0 && s.ok()) s = Status::IOError(path + ": " + std::strerror(errno));
  }
  // mkstemp creates 0600; a sheet is an ordinary document.
  if (s.ok()) {
    mode_t mask = ::umask(0);
    ::umask(mask);
    ::chmod(tmp.c_str(), 0666 & ~mask);
  }
  if (s.ok() && std::rename(tmp.c_str(), path.c_str()) != 0) {
    s = Status::IOError(path + ": " + std::strerror(errno));
  }
  if (!s.ok()) std::remove(tmp.c_str());
  return s;
}

}  // namespace claimcheck
