// Plain text: optional "key: value" header lines, then paragraphs.
#include <array>
#include <string>
#include <vector>

#include "claimcheck/util.h"
#include "extract/document/reader_internal.h"

namespace claimcheck::document_internal {
namespace {

// True when the line normalises to nothing. A printable ASCII character
// before any other byte settles it without building the normalised copy
// (this runs on every line, twice).
bool IsBlank(std::string_view line) {
  for (char ch : line) {
    auto c = static_cast<unsigned char>(ch);
    if (c > 0x20 && c < 0x7F) return false;
    if (c >= 0x80) break;  // a non-ASCII space or letter: let NormaliseSpace decide
  }
  return NormaliseSpace(line).empty();
}

// Sets the metadata field named by `key` (the CONTRACT's header keys). False
// for any other key: then the line is text, not a header.
bool SetHeaderField(std::string_view key, std::string_view value, Metadata* m) {
  std::string k = AsciiLower(key);
  std::string v = NormaliseSpace(value);
  if (k == "title")
    m->title = v;
  else if (k == "publisher")
    m->publisher = v;
  else if (k == "date")
    m->date = v;
  else if (k == "url")
    m->url = v;
  else if (k == "author")
    m->author = v;
  else if (k == "lang" || k == "language")
    m->lang = PrimaryLanguage(v);
  else if (k == "description")
    m->description = v;
  else
    return false;
  return true;
}

// Parses "key: value"; false when the line does not have that shape.
bool SplitHeader(std::string_view line, std::string_view* key, std::string_view* value) {
  size_t colon = line.find(':');
  if (colon == std::string_view::npos || colon == 0 || colon > 20) return false;
  *key = line.substr(0, colon);
  for (char c : *key) {
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_')) return false;
  }
  *value = line.substr(colon + 1);
  return true;
}

// A line that starts a list item: "- ", "* ", "• ", "1. ", "2) ".
bool IsListItemLine(std::string_view line) {
  size_t i = 0;
  while (i < line.size() && line[i] == ' ') ++i;
  std::string_view s = line.substr(i);
  if (s.size() >= 2 && (s[0] == '-' || s[0] == '*' || s[0] == '+') && s[1] == ' ') return true;
  if (s.substr(0, 4) == "\xE2\x80\xA2 ") return true;  // "• "
  size_t d = 0;
  while (d < s.size() && d < 3 && s[d] >= '0' && s[d] <= '9') ++d;
  return d > 0 && d + 1 < s.size() && (s[d] == '.' || s[d] == ')') && s[d + 1] == ' ';
}

// The item's text without its marker.
std::string_view ListItemBody(std::string_view line) {
  size_t i = line.find(' ', line.find_first_not_of(' '));
  return i == std::string_view::npos ? line : line.substr(i + 1);
}

// A line of a plain-text table: cells separated by tabs or by " | ".
bool IsTableRowLine(std::string_view line) {
  return line.find('\t') != std::string_view::npos || line.find(" | ") != std::string_view::npos;
}

// Whether a line ending in `last` ends as a sentence or a clause does.
bool EndsAsSentence(char last) {
  return last == '.' || last == '!' || last == '?' || last == ':' || last == ';' || last == ',';
}

// The paragraph starting at lines[i] is a run of header lines: two or more
// lines, each short and none ending as a sentence does.
bool HeaderLines(const std::vector<std::string_view>& lines, size_t i) {
  constexpr size_t kMaxHeaderLine = 120;
  size_t n = 0;
  for (; i < lines.size() && !IsBlank(lines[i]); ++i, ++n) {
    std::string_view l = lines[i];
    while (!l.empty() && IsAsciiSpace(l.back())) l.remove_suffix(1);
    if (l.size() > kMaxHeaderLine || l.empty()) return false;
    if (EndsAsSentence(l.back())) return false;
  }
  return n >= 2;
}

// A section heading standing on its own line at the head of a paragraph
// ("2. Players", "Membership" over the text it heads): a short line that
// does not end as a sentence does, over a longer line that starts one (a
// capital or a digit) and is no list item. A hard-wrapped paragraph's first
// line runs to the wrap width, so it is not this short (eval43: "2. Players"
// over "512 players were registered ..." read as one list item, and the
// heading word became the figure's subject phrase).
bool HeadingOverText(const std::vector<std::string_view>& lines, size_t i) {
  constexpr size_t kMaxHeading = 60;
  auto trimmed = [](std::string_view l) {
    while (!l.empty() && IsAsciiSpace(l.back())) l.remove_suffix(1);
    while (!l.empty() && IsAsciiSpace(l.front())) l.remove_prefix(1);
    return l;
  };
  if (i + 1 >= lines.size() || IsBlank(lines[i + 1]) || IsListItemLine(lines[i + 1]) || IsTableRowLine(lines[i])) {
    return false;
  }
  std::string_view l = trimmed(lines[i]), next = trimmed(lines[i + 1]);
  if (l.empty() || l.size() > kMaxHeading || next.size() <= l.size() + 10) return false;
  if (EndsAsSentence(l.back()) || l.back() == '-') return false;  // "-": a word broken over the line
  const auto c0 = static_cast<unsigned char>(next[0]);
  const bool starts = (c0 >= 'A' && c0 <= 'Z') || (c0 >= '0' && c0 <= '9') ||
                      // "¿", "¡" and the capitals of Latin-1 ("Á", "É", "Ñ")
                      (next.size() > 1 && c0 == 0xC2 && (static_cast<unsigned char>(next[1]) == 0xBF ||
                                                          static_cast<unsigned char>(next[1]) == 0xA1)) ||
                      (next.size() > 1 && c0 == 0xC3 && static_cast<unsigned char>(next[1]) <= 0x9E);
  return starts;
}

}  // namespace

Status ReadTextFormat(std::string_view bytes, const std::string& name, Document* doc) {
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
  std::vector<std::string_view> lines = SplitLines(bytes);

  // The header is every line up to the first blank one, and only counts when
  // each of them is a known "key: value" pair; otherwise it is text.
  size_t body = 0;
  {
    Metadata meta;
    size_t i = 0;
    bool all_keys = true;
    for (; i < lines.size() && !IsBlank(lines[i]); ++i) {
      std::string_view k, v;
      if (!SplitHeader(lines[i], &k, &v) || !SetHeaderField(k, v, &meta)) {
        all_keys = false;
        break;
      }
    }
    if (all_keys && i > 0 && i < lines.size()) {
      doc->meta = meta;
      body = i + 1;
    } else {
      ReadMasthead(lines, &doc->meta);
    }
  }

  // Hard-wrapped text separates paragraphs with blank lines; text with one
  // paragraph per line (the usual copy-paste from a browser) has none.
  bool blank_separated = false;
  {
    bool seen_text = false, seen_blank_after_text = false;
    for (size_t i = body; i < lines.size(); ++i) {
      if (IsBlank(lines[i])) {
        seen_blank_after_text = seen_text;
      } else {
        if (seen_blank_after_text) {
          blank_separated = true;
          break;
        }
        seen_text = true;
      }
    }
  }

  // List items and table rows are blocks of their own even inside a
  // paragraph (issue 12 item 10); a metadata line (a byline, a dateline)
  // standing alone is dropped.
  size_t first_text = body;
  while (first_text < lines.size() && IsBlank(lines[first_text])) ++first_text;
  DocumentBuilder builder(doc);
  std::string para;
  BlockKind para_kind = BlockKind::kParagraph;
  auto flush = [&] {
    if (!(para.size() <= 90 && IsMetadataLine(para))) builder.Add(para_kind, para);
    para.clear();
    para_kind = BlockKind::kParagraph;
  };
  for (size_t i = body; i < lines.size(); ++i) {
    // A pipe table pasted into the text ("| Clinic | Patients waiting |"
    // over "|---|---|"): its cells are table cells, so a figure in one takes
    // its row and column headers, as in Markdown (trial37: a clinic's row read
    // as a paragraph had no subject, and an article's "At Eastgate Clinic ...
    // 26 weeks" was set against the all-clinic 23).
    if (std::string_view t = lines[i].substr(std::min(lines[i].find_first_not_of(" \t"), lines[i].size()));
        !t.empty() && t[0] == '|' && i + 1 < lines.size() && IsPipeTableDelimiter(lines[i + 1])) {
      flush();
      i = AddPipeTable(lines, i, &builder, [](std::string_view cell) { return std::string(cell); });
      continue;
    }
    if (!blank_separated) {
      if (IsListItemLine(lines[i])) {
        builder.Add(BlockKind::kListItem, ListItemBody(lines[i]));
      } else if (!IsMetadataLine(lines[i])) {
        builder.Add(BlockKind::kParagraph, lines[i]);
      }
      continue;
    }
    if (IsBlank(lines[i])) {
      flush();
    } else if (i == first_text && HeaderLines(lines, i)) {
      // The lines that open the text, none a sentence ("Northfield
      // Gazette", a headline, "By Claire Dunmore", a date): each its own
      // block, as a page's masthead, title and byline are (trial37: run
      // together, the headline's figure took "Northfield Gazette Hearing aid
      // waits soar" as its subject).
      for (; i < lines.size() && !IsBlank(lines[i]); ++i) {
        para.append(lines[i]);
        flush();
      }
      --i;
    } else if (para.empty() && HeadingOverText(lines, i)) {
      para_kind = BlockKind::kHeading;
      para.append(IsListItemLine(lines[i]) ? ListItemBody(lines[i]) : lines[i]);
      flush();
    } else if (IsListItemLine(lines[i])) {
      flush();
      para_kind = BlockKind::kListItem;
      para.append(ListItemBody(lines[i]));
    } else if (IsTableRowLine(lines[i])) {
      flush();
      para.append(lines[i]);
      flush();
    } else {
      if (!para.empty()) para.push_back(' ');
      para.append(lines[i]);
    }
  }
  flush();
  return Status::Ok();
}

}  // namespace claimcheck::document_internal
