// Format detection and the checks every document passes before its reader:
// size, emptiness, binary data, UTF-8.
#include <cstdio>
#include <unicode/ucnv.h>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <filesystem>

#include "claimcheck/util.h"
#include "extract/document/reader_internal.h"

namespace claimcheck {
namespace {

using document_internal::IsAsciiSpace;

std::string Extension(const std::string& name) {
  size_t slash = name.find_last_of('/');
  size_t dot = name.find_last_of('.');
  if (dot == std::string::npos || (slash != std::string::npos && dot < slash)) return "";
  return AsciiLower(name.substr(dot + 1));
}

// The PDF header may follow up to 1 KB of junk (PDF 1.7, 7.5.2).
bool LooksLikePdf(std::string_view b) {
  std::string_view head = b.substr(0, 1024 + 5);
  return head.find("%PDF-") != std::string_view::npos;
}

// An HTML document announces itself at its start: after a BOM, white space
// and comments come "<!doctype html" or one of the top-level tags.
bool LooksLikeHtml(std::string_view b) {
  std::string head = AsciiLower(b.substr(0, 4096));
  size_t i = head.compare(0, 3, "\xEF\xBB\xBF") == 0 ? 3 : 0;
  for (;;) {
    while (i < head.size() && IsAsciiSpace(head[i])) ++i;
    if (head.compare(i, 4, "<!--") == 0) {
      size_t e = head.find("-->", i + 4);
      if (e == std::string::npos) return false;
      i = e + 3;
      continue;
    }
    if (head.compare(i, 5, "<?xml") == 0) {
      size_t e = head.find("?>", i);
      if (e == std::string::npos) return false;
      i = e + 2;
      continue;
    }
    break;
  }
  for (const char* sig : {"<!doctype html", "<html", "<head", "<body"}) {
    if (head.compare(i, std::strlen(sig), sig) == 0) return true;
  }
  return false;
}

// Binary files: NUL bytes, or more than a few control characters that no text
// format uses (tab, newlines, form feed and escape are allowed).
bool LooksBinary(std::string_view b) {
  if (std::memchr(b.data(), '\0', b.size()) != nullptr) return true;
  std::string_view head = b.substr(0, 8192);
  size_t controls = 0;
  for (char ch : head) {
    auto c = static_cast<unsigned char>(ch);
    if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1B) || c == 0x7F) {
      ++controls;
    }
  }
  return controls * 100 > head.size() * 2;
}

bool OnlySpace(std::string_view b) {
  // A lone UTF-8 byte order mark counts as nothing.
  if (b.substr(0, 3) == "\xEF\xBB\xBF") b.remove_prefix(3);
  return std::all_of(b.begin(), b.end(), [](char c) { return IsAsciiSpace(c); });
}

// Windows-1252 text (what Word's "Save as plain text" and many older CMS
// exports write on Western Windows) converted to UTF-8 with ICU. False when
// the bytes use one of the five values Windows-1252 leaves undefined, so it
// cannot be that encoding either.
//
// Bytes that merely decode are not enough (any byte but five does): in real
// Windows-1252 text an accented letter (0xC0-0xFF) stands in a word, next to
// an ASCII letter ("caf\xE9", "M\xFCller", "ni\xF1o"), while the symbols and
// punctuation of 0x80-0xBF (curly quotes, dashes, the euro sign) stand
// anywhere. A run of letters between spaces ("\xFF\xFE", a UTF-16 byte order
// mark pasted into text) is taken as damage, not as this encoding.
bool LooksLikeCp1252(std::string_view bytes, std::string* why) {
  auto hex = [&](size_t k) {
    char b[8];
    std::snprintf(b, sizeof b, "0x%02X", static_cast<unsigned char>(bytes[k]));
    return std::string(b);
  };
  auto ascii_letter = [](unsigned char c) { return c < 0x80 && std::isalpha(c); };
  size_t i = 0;
  while (i < bytes.size()) {
    unsigned char c = static_cast<unsigned char>(bytes[i]);
    if (c < 0x80) {
      ++i;
      continue;
    }
    size_t j = i;
    bool letters = false;
    while (j < bytes.size() && static_cast<unsigned char>(bytes[j]) >= 0x80) {
      unsigned char b = static_cast<unsigned char>(bytes[j]);
      if (b == 0x81 || b == 0x8D || b == 0x8F || b == 0x90 || b == 0x9D) {
        *why = "byte " + std::to_string(j) + " (" + hex(j) + ") is undefined in Windows-1252";
        return false;
      }
      // 0xFF (y with diaeresis) is all but unused in Western text and is
      // the commonest damaged byte: never taken as Windows-1252.
      if (b == 0xFF) {
        *why = "byte " + std::to_string(j) +
               " is 0xFF, which Windows-1252 would read as a 'y' with two dots, a letter "
               "Western text all but never uses and the first byte of a pasted UTF-16 byte "
               "order mark, so the file is taken as damaged";
        return false;
      }
      letters = letters || (b >= 0xC0 && b != 0xD7 && b != 0xF7);
      ++j;
    }
    if (letters) {
      bool before = i > 0 && ascii_letter(static_cast<unsigned char>(bytes[i - 1]));
      bool after = j < bytes.size() && ascii_letter(static_cast<unsigned char>(bytes[j]));
      if (!before && !after) {
        *why = "bytes " + std::to_string(i) + "-" + std::to_string(j - 1) +
               " would be accented letters standing apart from any word, which is damage "
               "rather than Windows-1252 text";
        return false;
      }
      // A capital (0xC0-0xDE) right after a small letter ("abc\xC3") is a
      // cut UTF-8 sequence, not a word.
      unsigned char first = static_cast<unsigned char>(bytes[i]);
      if (first >= 0xC0 && first <= 0xDE && i > 0 &&
          std::islower(static_cast<unsigned char>(bytes[i - 1]))) {
        *why = "byte " + std::to_string(i) + " (" + hex(i) +
               ") is a capital right after a small letter, which is a cut UTF-8 sequence "
               "rather than Windows-1252 text";
        return false;
      }
    }
    // A well-formed UTF-8 sequence elsewhere means UTF-8 with damage, not
    // another encoding.
    if (j - i >= 2 && IsValidUtf8(bytes.substr(i, j - i))) {
      *why = "bytes " + std::to_string(i) + "-" + std::to_string(j - 1) +
             " are well-formed UTF-8, so the file is UTF-8 with damage elsewhere";
      return false;
    }
    i = j;
  }
  return true;
}

// False with *why saying why the bytes were not taken as Windows-1252.
bool Cp1252ToUtf8(std::string_view bytes, std::string* out, std::string* why) {
  if (!LooksLikeCp1252(bytes, why)) return false;
  *why = "ICU could not convert it";
  UErrorCode err = U_ZERO_ERROR;
  int32_t need = ucnv_convert("UTF-8", "windows-1252", nullptr, 0, bytes.data(),
                              static_cast<int32_t>(bytes.size()), &err);
  if (err != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(err)) return false;
  out->assign(static_cast<size_t>(need) + 1, '\0');
  err = U_ZERO_ERROR;
  int32_t n = ucnv_convert("UTF-8", "windows-1252", out->data(), need + 1, bytes.data(),
                           static_cast<int32_t>(bytes.size()), &err);
  if (U_FAILURE(err)) return false;
  out->resize(static_cast<size_t>(n));
  return IsValidUtf8(*out);
}

// "3.0 MiB": sizes in the unit the limits are given in.
std::string MibText(size_t bytes) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f MiB", static_cast<double>(bytes) / (1 << 20));
  return buf;
}

// "https://...", "http://...", "www.example.com/...": an address, not a file.
bool LooksLikeUrl(const std::string& path) {
  std::string low = AsciiLower(path.substr(0, 8));
  return low.rfind("http://", 0) == 0 || low.rfind("https://", 0) == 0 ||
         low.rfind("www.", 0) == 0;
}

}  // namespace

Status ParseDocument(std::string_view bytes, const std::string& name, const ReadOptions& opts,
                     Document* doc) {
  *doc = Document();
  doc->path = name;
  doc->id = Sha256Hex(bytes);
  if (bytes.size() > opts.max_bytes) {
    return Status::InvalidArgument(name + ": file too large (" + std::to_string(bytes.size()) +
                                   " bytes; the limit is " + std::to_string(opts.max_bytes) + ")");
  }
  if (OnlySpace(bytes)) return Status::InvalidArgument(name + ": empty document");

  std::string ext = Extension(name);
  Format format = Format::kText;
  if (LooksLikePdf(bytes)) {
    format = Format::kPdf;
  } else if (LooksLikeHtml(bytes) || ext == "html" || ext == "htm" || ext == "xhtml") {
    format = Format::kHtml;
  } else if (ext == "pdf") {
    return Status::InvalidArgument(name + ": not a PDF (no %PDF- header)");
  } else if (ext == "md" || ext == "markdown") {
    format = Format::kMarkdown;
  }

  // Plain text is its own text, so it is refused before it is read; HTML and
  // Markdown are refused only for the text they turn out to hold (markup is
  // not text: a 100 MiB page may hold 5 MiB of it), at the end.
  if (format == Format::kText && bytes.size() > opts.max_text_bytes) {
    return Status::InvalidArgument(name + ": " + MibText(bytes.size()) +
                                   " of text, more than the limit of " +
                                   MibText(opts.max_text_bytes) + " (--max-text-mb)");
  }

  Status s;
  if (format == Format::kPdf) {
    s = document_internal::ReadPdfFormat(bytes, name, opts, doc);
  } else {
    if (bytes.substr(0, 2) == "\xFF\xFE" || bytes.substr(0, 2) == "\xFE\xFF") {
      // Named, not called binary: the fix is one "Save as UTF-8" away.
      return Status::InvalidArgument(name +
                                     ": UTF-16 text (it starts with a UTF-16 byte order mark); "
                                     "save it as UTF-8 and try again");
    }
    if (LooksBinary(bytes)) return Status::InvalidArgument(name + ": binary data, not a document");
    if (format == Format::kHtml) {
      s = document_internal::ReadHtmlFormat(bytes, name, opts, doc);
    } else {
      size_t bad = 0;
      std::string converted;
      if (!IsValidUtf8(bytes, &bad)) {
        // Not UTF-8: Windows-1252 is read (the text, not the bytes, then
        // carries the offsets; doc->id stays the hash of the file's bytes).
        std::string why;
        if (!Cp1252ToUtf8(bytes, &converted, &why)) {
          char hex[8];
          std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned char>(bytes[bad]));
          return Status::InvalidArgument(
              name + ": invalid UTF-8 at byte " + std::to_string(bad) + " (" + hex +
              "), and not read as Windows-1252 either: " + why +
              "; save the file as UTF-8 and try again");
        }
        bytes = converted;
      }
      s = format == Format::kMarkdown ? document_internal::ReadMarkdownFormat(bytes, name, doc)
                                      : document_internal::ReadTextFormat(bytes, name, doc);
    }
  }
  if (!s.ok()) {
    Document failed;
    failed.path = doc->path;
    failed.id = doc->id;
    *doc = std::move(failed);
    return s;
  }
  doc->format = format;
  if (doc->text.size() > opts.max_text_bytes) {
    size_t n = doc->text.size();
    *doc = Document();
    doc->path = name;
    return Status::InvalidArgument(name + ": " + MibText(n) + " of extracted text (from a " +
                                   MibText(bytes.size()) + " file), more than the limit of " +
                                   MibText(opts.max_text_bytes) + " (--max-text-mb)");
  }
  if (doc->meta.url.empty()) document_internal::ReadOwnAddress(*doc, &doc->meta);
  if (doc->blocks.empty()) {
    if (format == Format::kPdf) {
      return Status::InvalidArgument(name +
                                     ": PDF with no extractable text (scanned or image-only?)");
    }
    return Status::InvalidArgument(name + ": empty document (no text found)");
  }
  return Status::Ok();
}

Status ReadDocument(const std::string& path, const ReadOptions& opts, Document* doc) {
  if (LooksLikeUrl(path) && !std::filesystem::exists(path)) {
    *doc = Document();
    doc->path = path;
    // Nothing is fetched from the network (a page read today is not the page
    // that was published, and its bytes must be kept to cite them).
    return Status::InvalidArgument(
        path + ": a web address, not a file: claimcheck does not fetch pages; save the page "
               "first (in the browser: Save Page As, \"Web Page, HTML only\") and give the "
               "saved .html file");
  }
  std::string bytes;
  Status s = ReadFileBytes(path, opts.max_bytes, &bytes);
  if (!s.ok()) {
    *doc = Document();
    doc->path = path;
    return s;
  }
  return ParseDocument(bytes, path, opts, doc);
}

}  // namespace claimcheck
