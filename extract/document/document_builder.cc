#include <cctype>
#include <cstdint>
#include <regex>

#include "claimcheck/util.h"
#include "extract/document/reader_internal.h"

namespace claimcheck::document_internal {
namespace {

// Decodes the UTF-8 sequence at s[i] (already validated by the caller or
// sanitised); returns the code point and sets *len.
uint32_t DecodeAt(std::string_view s, size_t i, size_t* len) {
  auto b = [&](size_t k) { return static_cast<unsigned char>(s[i + k]); };
  unsigned char c = b(0);
  if (c < 0x80) {
    *len = 1;
    return c;
  }
  if ((c & 0xE0) == 0xC0 && i + 1 < s.size()) {
    *len = 2;
    return ((c & 0x1Fu) << 6) | (b(1) & 0x3Fu);
  }
  if ((c & 0xF0) == 0xE0 && i + 2 < s.size()) {
    *len = 3;
    return ((c & 0x0Fu) << 12) | ((b(1) & 0x3Fu) << 6) | (b(2) & 0x3Fu);
  }
  if ((c & 0xF8) == 0xF0 && i + 3 < s.size()) {
    *len = 4;
    return ((c & 0x07u) << 18) | ((b(1) & 0x3Fu) << 12) | ((b(2) & 0x3Fu) << 6) | (b(3) & 0x3Fu);
  }
  *len = 1;
  return 0xFFFD;
}

// Spaces that typesetting and HTML (&nbsp;, &thinsp;) use between words and
// inside numbers ("$1.2&nbsp;billion"): they become plain spaces so sentence
// and figure rules see one kind of space.
bool IsUnicodeSpace(uint32_t cp) {
  return cp == 0x00A0 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x202F || cp == 0x205F ||
         cp == 0x3000 || cp == 0x1680 || cp == 0x2028 || cp == 0x2029 || cp == 0x0085;
}

// Characters that carry no text: soft hyphens (&shy;), zero-width spaces and
// joiners used for line breaking, and byte order marks.
bool IsInvisible(uint32_t cp) {
  return cp == 0x00AD || cp == 0x200B || cp == 0x200C || cp == 0x200D || cp == 0x2060 ||
         cp == 0xFEFF;
}

}  // namespace

// A short block that is page metadata rather than a sentence of the body: a
// reading-time widget ("4 min read"), a forum signature's post count or join
// date, a crawl or access date, a byline, a dateline of its own, or a bare
// report code ("USDL-18-0335"). Pages mark these inconsistently, so the
// class names above miss some; the line's own shape catches the rest. The
// reader runs before the language is known, so the English and Spanish
// forms are both here; they are HTML page furniture, not prose rules.
bool IsMetadataLine(std::string_view text) {
  if (text.empty() || text.size() > 90) return false;
  // A cheap gate before the expressions, which cost microseconds each: a
  // document of a million short lines must not pay them on every line.
  {
    size_t i = 0;
    while (i < text.size() && IsAsciiSpace(text[i])) ++i;
    size_t j = i;
    while (j < text.size() && ((text[j] >= 'a' && text[j] <= 'z') || (text[j] >= 'A' && text[j] <= 'Z'))) ++j;
    std::string first;
    for (size_t k = i; k < j; ++k) first.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(text[k]))));
    static constexpr std::string_view kFirstWords[] = {
        "by", "por", "posts", "post", "mensajes", "messages", "replies", "respuestas", "reputation",
        "karma", "likes", "joined", "join", "member", "registered", "registrado", "miembro", "se",
        "crawled", "retrieved", "accessed", "archived", "captured", "fecha", "consultado",
        "recuperado", "published", "updated", "posted", "last", "publicado", "actualizado",
        "reading", "tiempo"};
    bool gate = i < text.size() && text[i] >= '0' && text[i] <= '9';
    // A dateline starts with a place in capitals: "LONDON, March 12 (Reuters) -".
    bool caps = j - i >= 3;
    for (size_t k = i; k < j && caps; ++k) caps = text[k] >= 'A' && text[k] <= 'Z';
    gate = gate || caps;
    for (std::string_view w : kFirstWords) gate = gate || first == w;
    // A code: capitals, digits and hyphens only.
    if (!gate && j > i && text.find(' ', i) == std::string_view::npos &&
        text.find('-') != std::string_view::npos)
      gate = true;
    if (!gate) return false;
  }
  static const std::regex kPatterns[] = {
      std::regex(R"(^\d+\s*(min|mins|minutes?|minutos?)\.?\s*(read|de lectura|lectura|to read)$)",
                 std::regex::icase),
      std::regex(R"(^(reading time|tiempo de lectura)\s*:?\s*\d+\s*(min|mins|minutes?|minutos?)\.?$)",
                 std::regex::icase),
      std::regex(R"(^(posts?|mensajes|messages|replies|respuestas|reputation|karma|likes)\s*:\s*[\d.,]+$)",
                 std::regex::icase),
      std::regex(R"(^(joined|join date|member since|registered|registrado|miembro desde|se unió)\s*:?\s*.{0,40}$)",
                 std::regex::icase),
      std::regex(R"(^(crawled|retrieved|accessed|archived|captured|fecha de consulta|consultado|recuperado)(\s+(on|el|at))?\s*:?\s*.{0,40}\d.{0,40}$)",
                 std::regex::icase),
      std::regex(R"(^(published|updated|posted|last updated|publicado|actualizado)(\s+(on|at|el))?\s*:?\s*.{0,50}\d.{0,30}$)",
                 std::regex::icase),
      // "By Maria Okafor", "By Sam Whitfield and Ana Ruiz, Staff Writers", "Por Ana Ruiz"
      std::regex(R"(^([Bb]y|BY|[Pp]or|POR)\s+[A-Z][A-Za-z.'-]*(\s+[A-Z][A-Za-z.'-]*){0,3}((\s*,\s*|\s+(and|y)\s+)[A-Z][A-Za-z.'-]*(\s+[A-Za-z][A-Za-z.'-]*){0,3})*$)"),
      // A dateline on a line of its own: "LONDON, March 12 (Reuters) -",
      // "MADRID (EFE) —", "WASHINGTON —".
      // A place alone ("KEY FINDINGS") is a heading, so a dash or an agency
      // in brackets must follow it.
      std::regex(R"(^[A-Z][A-Z .'-]{2,30}(,\s*[A-Z][A-Za-z]{2,9}\.?\s+\d{1,2}(,\s*\d{4})?)?((\s*\([A-Za-z .]{2,30}\))\s*(-|—|–|--)?|\s*(-|—|–|--))$)"),
      // A report or release code alone: letters, digits, hyphens, one or more
      // of each ("USDL-18-0335", "GAO-19-123").
      std::regex(R"(^[A-Z]{2,10}(-[A-Z0-9]{1,8})*-\d{2,6}$)"),
  };
  std::string t = NormaliseSpace(text);
  for (const std::regex& re : kPatterns) {
    if (std::regex_match(t, re)) return true;
  }
  return false;
}

std::vector<std::string_view> SplitLines(std::string_view s) {
  std::vector<std::string_view> out;
  size_t pos = 0;
  while (pos < s.size()) {
    size_t nl = s.find('\n', pos);
    if (nl == std::string_view::npos) nl = s.size();
    std::string_view line = s.substr(pos, nl - pos);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    out.push_back(line);
    pos = nl + 1;
  }
  return out;
}

std::string NormaliseSpace(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool pending_space = false;
  for (size_t i = 0; i < text.size();) {
    char c = text[i];
    // Printable ASCII (no space, no control) is copied as it stands, a whole
    // run at a time: most bytes of a document take this path.
    if (static_cast<unsigned char>(c) > 0x20 && static_cast<unsigned char>(c) < 0x7F) {
      size_t j = i + 1;
      while (j < text.size() && static_cast<unsigned char>(text[j]) > 0x20 &&
             static_cast<unsigned char>(text[j]) < 0x7F) {
        ++j;
      }
      if (pending_space) out.push_back(' ');
      pending_space = false;
      out.append(text.data() + i, j - i);
      i = j;
      continue;
    }
    if (static_cast<unsigned char>(c) < 0x80) {
      ++i;
      if (IsAsciiSpace(c)) {
        pending_space = !out.empty();
        continue;
      }
      if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) continue;  // stray controls
      if (pending_space) out.push_back(' ');
      pending_space = false;
      out.push_back(c);
      continue;
    }
    size_t len;
    uint32_t cp = DecodeAt(text, i, &len);
    if (IsUnicodeSpace(cp)) {
      pending_space = !out.empty();
    } else if (!IsInvisible(cp)) {
      if (pending_space) out.push_back(' ');
      pending_space = false;
      out.append(text.substr(i, len));
    }
    i += len;
  }
  return out;
}

std::string PrimaryLanguage(std::string_view tag) {
  std::string out;
  for (char c : tag) {
    if (c == '-' || c == '_') break;
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c < 'a' || c > 'z') return "";
    out.push_back(c);
  }
  if (out.size() < 2 || out.size() > 3) return "";
  return out;
}

bool DocumentBuilder::Add(BlockKind kind, std::string_view text, int page, int level, int row,
                          int col) {
  return Append(kind, NormaliseSpace(text), page, level, row, col);
}

bool DocumentBuilder::AddPreformatted(std::string_view text, int page) {
  std::string out;
  size_t pos = 0;
  while (pos <= text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = text.substr(pos, nl - pos);
    while (!line.empty() && IsAsciiSpace(line.back())) line.remove_suffix(1);
    // Tabs and indentation matter in code; only invisible characters go.
    std::string kept;
    for (char c : line) kept.push_back(c == '\t' ? ' ' : c);
    bool blank = kept.find_first_not_of(' ') == std::string::npos;
    if (!blank) {
      if (!out.empty()) out.push_back('\n');
      out += kept;
    }
    pos = nl + 1;
  }
  return Append(BlockKind::kPreformatted, out, page, 0, -1, -1);
}

namespace {

// The end of the first piece of an over-long block `t` (t.size() > limit): the
// last sentence end (". ", "? ", "! ", "; ") in the window's second half,
// else the last line break, else the last space, else the last code point
// boundary before `limit`. *skip is the byte between the pieces there (1),
// or none (0).
size_t PieceEnd(std::string_view t, size_t limit, size_t* skip) {
  *skip = 1;
  std::string_view window = t.substr(0, limit);
  for (size_t i = window.size(); i-- > limit / 2;) {
    if (window[i] == ' ' && i > 0 && (window[i - 1] == '.' || window[i - 1] == '?' ||
                                      window[i - 1] == '!' || window[i - 1] == ';')) {
      return i;
    }
  }
  size_t nl = window.rfind('\n');
  if (nl != std::string_view::npos && nl > 0) return nl;
  size_t sp = window.rfind(' ');
  if (sp != std::string_view::npos && sp > 0) return sp;
  *skip = 0;
  size_t end = limit;
  while (end > 0 && (static_cast<unsigned char>(t[end]) & 0xC0) == 0x80) --end;
  return end;
}

}  // namespace

bool DocumentBuilder::Append(BlockKind kind, std::string_view normalised, int page, int level,
                             int row, int col) {
  if (normalised.empty()) return false;
  // No paragraph a reader cites runs to 64 KiB: such a block is a dump (a
  // table flattened to one line, a hard-wrapped file without blank lines, a
  // hostile line of a million numbers). It is cut into blocks at sentence
  // ends, line breaks or spaces, so a citation names a findable paragraph and
  // extraction, which hands out figures a run of whole blocks at a time
  // (extract/pipeline.cc), holds one piece's figures, not the line's
  // (trial19: a 12 MB line of 1.5 million numbers took 2.5 GB).
  // The text itself is unchanged: the pieces keep the byte they were cut at
  // (a space or a line break) between them, or abut where a run without
  // spaces was cut, so offsets into a plain-text file's single line stay its
  // byte offsets.
  std::string_view separator = "\n\n";
  while (normalised.size() > kMaxBlockBytes) {
    size_t skip = 0;
    size_t end = PieceEnd(normalised, kMaxBlockBytes, &skip);
    if (end == 0) break;  // cannot happen: the limit is far above one code point
    AppendOne(kind, normalised.substr(0, end), separator, page, level, row, col);
    separator = normalised.substr(end, skip);
    normalised.remove_prefix(end + skip);
  }
  AppendOne(kind, normalised, separator, page, level, row, col);
  return true;
}

void DocumentBuilder::AppendOne(BlockKind kind, std::string_view normalised,
                                std::string_view separator, int page, int level, int row,
                                int col) {
  if (!doc_->text.empty()) doc_->text += separator;
  Block b;
  b.kind = kind;
  b.start = doc_->text.size();
  doc_->text += normalised;
  b.end = doc_->text.size();
  b.page = page;
  b.level = level;
  b.row = row;
  b.col = col;
  doc_->blocks.push_back(b);
}

void AddLink(Document* doc, std::string_view url, std::string_view text) {
  if (doc->links.size() >= Document::kMaxLinks) return;
  while (!url.empty() && IsAsciiSpace(url.front())) url.remove_prefix(1);
  while (!url.empty() && IsAsciiSpace(url.back())) url.remove_suffix(1);
  if (url.empty() || url.size() > Hyperlink::kMaxUrlBytes || !IsValidUtf8(url)) return;
  const std::string head = AsciiLower(url.substr(0, 8));
  auto starts = [&](std::string_view prefix) { return url.size() > prefix.size() && head.rfind(prefix, 0) == 0; };
  if (!starts("http://") && !starts("https://") && !starts("www.")) return;
  // A link's text names what it cites; an anchor wrapping a whole block
  // (a card linking a teaser) is kept without it.
  std::string t = text.size() > 1024 ? std::string()
                                     : NormaliseSpace(IsValidUtf8(text) ? std::string(text) : SanitizeUtf8(text));
  doc->links.push_back(Hyperlink{std::string(url), std::move(t)});
}

}  // namespace claimcheck::document_internal
