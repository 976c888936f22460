#include "claimcheck/util.h"

#include <openssl/evp.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <memory>

namespace claimcheck {

std::string Sha256Hex(std::string_view bytes) {
  // OpenSSL 3 looks the algorithm up in its providers (locks, allocation) on
  // every EVP_Digest with EVP_sha256(); ingest hashes every sentence, so the
  // algorithm is fetched once and each thread keeps one context.
  static EVP_MD* const kSha256 = EVP_MD_fetch(nullptr, "SHA256", nullptr);
  thread_local std::unique_ptr<EVP_MD_CTX, void (*)(EVP_MD_CTX*)> ctx(EVP_MD_CTX_new(),
                                                                      &EVP_MD_CTX_free);
  unsigned char md[EVP_MAX_MD_SIZE];
  unsigned int len = 0;
  if (kSha256 == nullptr || ctx == nullptr || !EVP_DigestInit_ex2(ctx.get(), kSha256, nullptr) ||
      !EVP_DigestUpdate(ctx.get(), bytes.data(), bytes.size()) ||
      !EVP_DigestFinal_ex(ctx.get(), md, &len)) {
    len = 0;  // as before: fall back to the one-shot call
    EVP_Digest(bytes.data(), bytes.size(), md, &len, EVP_sha256(), nullptr);
  }
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  out.reserve(len * 2);
  for (unsigned int i = 0; i < len; ++i) {
    out.push_back(kHex[md[i] >> 4]);
    out.push_back(kHex[md[i] & 15]);
  }
  return out;
}

namespace {
// What a path that is not a regular file is, in words, for the refusal.
const char* FileTypeName(mode_t mode) {
  if (S_ISDIR(mode)) return "a directory";
  if (S_ISFIFO(mode)) return "a named pipe (FIFO)";
  if (S_ISSOCK(mode)) return "a socket";
  if (S_ISCHR(mode)) return "a character device";
  if (S_ISBLK(mode)) return "a block device";
  return "not a regular file";
}

Status NotRegular(const std::string& path, mode_t mode) {
  if (S_ISDIR(mode)) return Status::InvalidArgument(path + ": is a directory");
  return Status::InvalidArgument(path + ": is " + std::string(FileTypeName(mode)) +
                                 ", not a regular file; not opened");
}
}  // namespace

Status CheckReplaceableFile(const std::string& path) {
  struct stat st;
  if (stat(path.c_str(), &st) != 0) return Status::Ok();  // absent (or dangling): the rename creates it
  if (!S_ISREG(st.st_mode)) return NotRegular(path, st.st_mode);
  return Status::Ok();
}

// Every document and sheet is read here. A special file is never read: a
// FIFO would block until a writer came, /dev/zero would never end. The path
// is checked before it is opened, and opened without blocking (O_NONBLOCK
// makes opening a FIFO return at once), then the open descriptor is checked
// again, so a file swapped for a pipe in between is refused too.
Status ReadFileBytes(const std::string& path, size_t max_bytes, std::string* out) {
  struct stat st;
  if (stat(path.c_str(), &st) != 0) {
    const int err = errno;
    struct stat link;
    if (err == ENOENT && lstat(path.c_str(), &link) == 0 && S_ISLNK(link.st_mode)) {
      return Status::NotFound(path + ": a symbolic link to a file that does not exist");
    }
    if (err == ELOOP) return Status::InvalidArgument(path + ": a loop of symbolic links");
    return Status::NotFound(path + ": " + std::strerror(err));
  }
  if (!S_ISREG(st.st_mode)) return NotRegular(path, st.st_mode);
  const int fd = open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
  if (fd < 0) return Status::IOError(path + ": " + std::strerror(errno));
  std::unique_ptr<FILE, int (*)(FILE*)> f(fdopen(fd, "rb"), &std::fclose);
  if (!f) {
    close(fd);
    return Status::IOError(path + ": " + std::strerror(errno));
  }
  if (fstat(fd, &st) != 0) return Status::IOError(path + ": " + std::strerror(errno));
  if (!S_ISREG(st.st_mode)) return NotRegular(path, st.st_mode);
  if (static_cast<unsigned long long>(st.st_size) > max_bytes) {
    return Status::InvalidArgument(path + ": file too large (" + std::to_string(st.st_size) +
                                   " bytes; the limit is " + std::to_string(max_bytes) + ")");
  }
  out->clear();
  out->reserve(static_cast<size_t>(st.st_size));
  char buf[1 << 16];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f.get())) > 0) {
    if (out->size() + n > max_bytes) {
      return Status::InvalidArgument(path + ": file too large (the limit is " +
                                     std::to_string(max_bytes) + " bytes)");
    }
    out->append(buf, n);
  }
  if (std::ferror(f.get())) {
    return Status::IOError(path + ": cannot read it (" + std::string(std::strerror(errno)) + ")");
  }
  return Status::Ok();
}

bool IsValidUtf8(std::string_view s, size_t* bad_offset) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  size_t n = s.size(), i = 0;
  while (i < n) {
    // Eight ASCII bytes at a time: documents are mostly ASCII, and this runs
    // over every byte of every text file.
    while (i + 8 <= n) {
      uint64_t word;
      std::memcpy(&word, p + i, 8);
      if (word & 0x8080808080808080ull) break;
      i += 8;
    }
    if (i >= n) break;
    unsigned char c = p[i];
    if (c < 0x80) {
      ++i;
      continue;
    }
    size_t len;
    unsigned cp;
    if (c >= 0xC2 && c <= 0xDF) {
      len = 2;
      cp = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
      len = 3;
      cp = c & 0x0F;
    } else if (c >= 0xF0 && c <= 0xF4) {
      len = 4;
      cp = c & 0x07;
    } else {
      if (bad_offset) *bad_offset = i;
      return false;
    }
    if (i + len > n) {
      if (bad_offset) *bad_offset = i;
      return false;
    }
    for (size_t k = 1; k < len; ++k) {
      if ((p[i + k] & 0xC0) != 0x80) {
        if (bad_offset) *bad_offset = i;
        return false;
      }
      cp = (cp << 6) | (p[i + k] & 0x3F);
    }
    bool overlong = (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000);
    if (overlong || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
      if (bad_offset) *bad_offset = i;
      return false;
    }
    i += len;
  }
  return true;
}

std::string SanitizeUtf8(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  while (!s.empty()) {
    size_t bad = s.size();
    if (IsValidUtf8(s, &bad)) {
      out.append(s);
      break;
    }
    out.append(s.substr(0, bad));
    out.append("\xEF\xBF\xBD");
    s.remove_prefix(bad + 1);
    // Skip the continuation bytes of the broken sequence.
    while (!s.empty() && (static_cast<unsigned char>(s[0]) & 0xC0) == 0x80) s.remove_prefix(1);
  }
  return out;
}

std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

std::string CollapseSpace(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
      space = !out.empty();
    } else {
      if (space) out.push_back(' ');
      space = false;
      out.push_back(c);
    }
  }
  return out;
}

std::string NowIso8601() {
  std::time_t t = std::time(nullptr);
  std::tm tm;
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

}  // namespace claimcheck
