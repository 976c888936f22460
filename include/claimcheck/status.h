// Status: the outcome of an operation that can fail on bad input or I/O.
// Errors are values at API edges (leveldb style); exceptions thrown by
// libraries are caught at the boundary and turned into a Status.
#ifndef CLAIMCHECK_STATUS_H_
#define CLAIMCHECK_STATUS_H_

#include <string>
#include <utility>

namespace claimcheck {

class Status {
 public:
  enum class Code { kOk, kInvalidArgument, kNotFound, kCorruption, kIOError, kUnsupported };

  Status() = default;
  static Status Ok() { return Status(); }
  static Status InvalidArgument(std::string msg) { return Status(Code::kInvalidArgument, std::move(msg)); }
  static Status NotFound(std::string msg) { return Status(Code::kNotFound, std::move(msg)); }
  static Status Corruption(std::string msg) { return Status(Code::kCorruption, std::move(msg)); }
  static Status IOError(std::string msg) { return Status(Code::kIOError, std::move(msg)); }
  static Status Unsupported(std::string msg) { return Status(Code::kUnsupported, std::move(msg)); }

  bool ok() const { return code_ == Code::kOk; }
  Code code() const { return code_; }
  // The one-line message, already naming the file where one is involved:
  // "report.pdf: not a PDF (truncated cross-reference table)".
  const std::string& message() const { return message_; }

 private:
  Status(Code c, std::string m) : code_(c), message_(std::move(m)) {}
  Code code_ = Code::kOk;
  std::string message_;
};

}  // namespace claimcheck

#endif  // CLAIMCHECK_STATUS_H_
