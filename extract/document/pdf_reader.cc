// PDF: poppler-cpp word boxes, regrouped into lines and paragraphs; running
// headers, footers and page numbers dropped; hyphenated line breaks joined.
#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-page.h>
// poppler's core (libpoppler-private-dev): the text layout without
// poppler-cpp's per-word conversions.
#include <poppler/PDFDoc.h>
#include <poppler/Stream.h>
#include <poppler/TextOutputDev.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstring>
#include <ctime>
#include <map>
#include <memory>
#include <mutex>
#include <vector>

#include "claimcheck/util.h"
#include "extract/document/reader_internal.h"

#if defined(__SANITIZE_ADDRESS__)
#include <sanitizer/lsan_interface.h>
#endif

namespace claimcheck::document_internal {
namespace {

// Lines in this top or bottom share of a page may be running headers,
// footers or page numbers.
constexpr double kMarginShare = 0.10;
// A margin line is a running header/footer when it recurs (digits ignored)
// on at least this share of the pages.
constexpr double kRepeatShare = 0.6;

struct Line {
  std::string text;
  double x0 = 0, x1 = 0, top = 0, bottom = 0, size = 0;
};

std::string ToUtf8(const poppler::ustring& u) {
  poppler::byte_array b = u.to_utf8();
  std::string s(b.begin(), b.end());
  return IsValidUtf8(s) ? s : SanitizeUtf8(s);
}

void SilencePoppler() {
  static std::once_flag once;
  std::call_once(
      once, [] { poppler::set_debug_error_function([](const std::string&, void*) {}, nullptr); });
}

// One word of a page as poppler's text layout gives it.
struct Word {
  std::string text;
  double x = 0, y = 0, width = 0, height = 0, font_size = 0;
  bool space_after = false;
};

// A word's text as poppler-cpp's text_list() and ToUtf8 give it: its UTF-8
// up to the first NUL. Valid UTF-8 comes through that round trip unchanged;
// anything else takes the round trip itself, so the result is the same.
std::string WordText(const GooString& g) {
  const char* c = g.c_str();
  std::string_view s(c, std::strlen(c));
  if (IsValidUtf8(s)) return std::string(s);
  return ToUtf8(poppler::ustring::from_utf8(c));
}

// The words of page `index` (0-based) in reading order. This is what
// poppler-cpp's page::text_list(text_list_include_font) computes, with the
// same layout settings, read from the text layout directly: text_list
// converts every word to UTF-16 and back through iconv (opening a converter
// per word), copies every glyph's box and looks up every glyph's font by
// name, which together cost more than the layout itself (issue 15: a PDF
// took 5x the time of the same text as plain text).
std::vector<Word> PageWords(PDFDoc* pdf, int index) {
  std::vector<Word> words;
  TextOutputDev dev(nullptr, false, 0, false, false);
  if (!dev.isOk()) return words;
  pdf->displayPageSlice(&dev, index + 1, 72, 72, 0, false, false, false, -1, -1, -1, -1, nullptr,
                        nullptr, nullptr, nullptr, true);
  std::unique_ptr<TextWordList> list = dev.makeWordList();
  if (!list) return words;
  words.reserve(static_cast<size_t>(list->getLength()));
  for (int i = 0; i < list->getLength(); ++i) {
    TextWord* w = list->get(i);
    Word out;
    std::unique_ptr<GooString> text(w->getText());
    out.text = text ? WordText(*text) : std::string();
    double x0, y0, x1, y1;
    w->getBBox(&x0, &y0, &x1, &y1);
    // Kept as a box (origin and size), as poppler::rectf keeps it, so the
    // arithmetic below is the same to the last bit.
    out.x = x0;
    out.y = y0;
    out.width = x1 - x0;
    out.height = y1 - y0;
    out.font_size = w->getFontSize();
    out.space_after = w->hasSpaceAfter();
    words.push_back(std::move(out));
  }
  return words;
}

// Word boxes in reading order -> lines. A box starts a new line when its
// vertical middle leaves the current line's band or it jumps back left.
std::vector<Line> ReadLines(PDFDoc* pdf, int index) {
  std::vector<Line> lines;
  bool space_pending = false;
  for (const Word& box : PageWords(pdf, index)) {
    const std::string& word = box.text;
    if (word.empty()) continue;
    double mid = box.y + box.height / 2;
    bool new_line = lines.empty() || mid < lines.back().top || mid > lines.back().bottom ||
                    box.x + 1 < lines.back().x0;
    if (new_line) {
      Line l;
      l.x0 = box.x;
      l.top = box.y;
      l.bottom = box.y + box.height;
      l.size = box.font_size > 0 ? box.font_size : box.height;
      lines.push_back(l);
    } else {
      Line& l = lines.back();
      double gap = box.x - l.x1;
      if (space_pending || gap > 0.15 * l.size) l.text.push_back(' ');
      l.top = std::min(l.top, box.y);
      l.bottom = std::max(l.bottom, box.y + box.height);
    }
    lines.back().text += word;
    lines.back().x1 = box.x + box.width;
    space_pending = box.space_after;
  }
  for (Line& l : lines) l.text = NormaliseSpace(l.text);
  lines.erase(
      std::remove_if(lines.begin(), lines.end(), [](const Line& l) { return l.text.empty(); }),
      lines.end());
  return lines;
}

// The line with digits folded, for comparing "Page 3 of 9" across pages.
std::string RepeatKey(const std::string& text) {
  std::string k;
  for (char c : AsciiLower(text)) {
    if (c >= '0' && c <= '9') {
      if (k.empty() || k.back() != '#') k.push_back('#');
    } else {
      k.push_back(c);
    }
  }
  return k;
}

// "7", "- 7 -", "[7]", "vii": a page number alone on its line.
bool IsBarePageNumber(const std::string& text) {
  if (text.empty()) return false;
  if (text.find_first_of("0123456789") != std::string::npos) {
    return text.find_first_not_of("0123456789 -[]()|/.") == std::string::npos;
  }
  return text.size() <= 6 && text.find_first_not_of("ivxlc") == std::string::npos;
}

// Code points around a line break, for deciding what a final hyphen means.
UChar32 LastLetterBefore(const std::string& s, size_t end) {
  int32_t i = static_cast<int32_t>(end);
  UChar32 c = 0;
  if (i > 0) U8_PREV(reinterpret_cast<const uint8_t*>(s.data()), 0, i, c);
  return c;
}

UChar32 FirstLetter(const std::string& s) {
  int32_t i = 0;
  UChar32 c = 0;
  if (!s.empty())
    U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), i, static_cast<int32_t>(s.size()), c);
  return c;
}

// Appends `next` to a paragraph, joining a word hyphenated across the line
// break ("organi-" + "zation") but keeping real hyphens: after a capital or
// digit ("ISIS-" + "supporting"), before one ("pre-" + "2014"), or inside a
// compound that already has a hyphen ("state-of-the-" + "art").
void JoinLine(std::string* para, const std::string& next) {
  if (para->empty()) {
    *para = next;
    return;
  }
  static const std::string kSoftHyphen = "\xC2\xAD";
  static const std::string kDashes[] = {"\xE2\x80\x94", "\xE2\x80\x93"};  // em, en dash
  if (para->size() >= 2 && para->compare(para->size() - 2, 2, kSoftHyphen) == 0) {
    para->resize(para->size() - 2);
    *para += next;
    return;
  }
  for (const std::string& d : kDashes) {
    if (para->size() >= d.size() && para->compare(para->size() - d.size(), d.size(), d) == 0) {
      *para += next;
      return;
    }
  }
  if (para->back() == '-' && para->size() >= 2 && (*para)[para->size() - 2] != ' ') {
    size_t hyphen = para->size() - 1;
    UChar32 before = LastLetterBefore(*para, hyphen);
    UChar32 after = FirstLetter(next);
    size_t word_start = para->find_last_of(' ', hyphen);
    word_start = word_start == std::string::npos ? 0 : word_start + 1;
    bool compound = para->find('-', word_start) < hyphen;
    if (u_islower(before) && u_islower(after) && !compound) para->resize(hyphen);
    *para += next;  // a hyphen at a line end never stands before a space
    return;
  }
  para->push_back(' ');
  *para += next;
}

bool EndsSentence(const std::string& s) {
  if (s.empty()) return true;
  char c = s.back();
  if (c == '.' || c == '!' || c == '?' || c == ':' || c == '"' || c == ')') return true;
  return s.size() >= 3 && (s.compare(s.size() - 3, 3, "\xE2\x80\x9D") == 0 ||  // ”
                           s.compare(s.size() - 3, 3, "\xE2\x80\xA6") == 0);   // …
}

std::string IsoDate(time_t t) {
  if (t <= 0) return "";
  std::tm tm;
  gmtime_r(&t, &tm);
  char buf[16];
  std::strftime(buf, sizeof buf, "%Y-%m-%d", &tm);
  return buf;
}

}  // namespace

Status ReadPdfFormat(std::string_view bytes, const std::string& name, const ReadOptions& opts,
                     Document* doc) {
#if defined(__SANITIZE_ADDRESS__)
  // Poppler loads fontconfig's process-wide font cache on first use and never
  // frees it; that one-off is not ours to report (sanitizer builds only).
  __lsan::ScopedDisabler lsan_off;
#endif
  SilencePoppler();
  // Poppler keeps process-wide state (font and error handling), so PDFs are
  // read one at a time even when callers parse on several threads.
  static std::mutex poppler_mu;
  std::lock_guard<std::mutex> poppler_lock(poppler_mu);
  // A PDF ends with "%%EOF" (possibly followed by a little white space or an
  // editor's junk); without it the file was cut short, and poppler's repair
  // would silently read whatever part survived.
  std::string_view tail = bytes.substr(bytes.size() > 2048 ? bytes.size() - 2048 : 0);
  if (tail.find("%%EOF") == std::string_view::npos) {
    return Status::Corruption(name + ": not a PDF (truncated: no %%EOF end marker)");
  }
  if (bytes.size() > static_cast<size_t>(INT32_MAX)) {
    return Status::InvalidArgument(name + ": PDF too large");
  }
  std::unique_ptr<poppler::document> pdf(
      poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
  if (!pdf) return Status::Corruption(name + ": not a PDF (poppler cannot read it)");
  if (pdf->is_locked()) return Status::Unsupported(name + ": encrypted PDF (password required)");
  int pages = pdf->pages();
  if (pages <= 0) return Status::Corruption(name + ": not a PDF (no pages)");
  if (pages > opts.max_pdf_pages) {
    return Status::InvalidArgument(name + ": PDF has " + std::to_string(pages) +
                                   " pages; the limit is " + std::to_string(opts.max_pdf_pages));
  }
  doc->page_count = pages;
  doc->meta.title = NormaliseSpace(ToUtf8(pdf->get_title()));
  doc->meta.author = NormaliseSpace(ToUtf8(pdf->get_author()));
  doc->meta.date = IsoDate(pdf->get_creation_date_t());

  struct PageLines {
    std::vector<Line> lines;
    double height = 0;
  };
  // The text layout is read from poppler's core on a second handle to the
  // same bytes (poppler-cpp does not expose its own); the first keeps the
  // metadata, lock and page-box logic it had.
  // Empty passwords, as poppler::document::load_from_raw_data gives them.
  PDFDoc layout(new MemStream(bytes.data(), 0, static_cast<Goffset>(bytes.size()), Object(objNull)),
                GooString(""), GooString(""));
  if (!layout.isOk() || layout.getNumPages() != pages) {
    return Status::Corruption(name + ": not a PDF (poppler cannot read its pages)");
  }
  std::vector<PageLines> all(static_cast<size_t>(pages));
  std::map<std::string, int> margin_keys;  // key -> pages it appears on
  for (int p = 0; p < pages; ++p) {
    std::unique_ptr<poppler::page> page(pdf->create_page(p));
    if (!page) continue;
    all[p].height = page->page_rect().height();
    all[p].lines = ReadLines(&layout, p);
    std::map<std::string, bool> seen;
    for (const Line& l : all[p].lines) {
      bool in_margin =
          l.bottom < all[p].height * kMarginShare || l.top > all[p].height * (1 - kMarginShare);
      if (in_margin && !seen[RepeatKey(l.text)]) {
        seen[RepeatKey(l.text)] = true;
        ++margin_keys[RepeatKey(l.text)];
      }
    }
  }

  // Body font size: the most common size, by characters.
  std::map<long, size_t> size_chars;
  for (const PageLines& pl : all) {
    for (const Line& l : pl.lines) size_chars[std::lround(l.size * 2)] += l.text.size();
  }
  double body_size = 0;
  size_t most = 0;
  for (const auto& [s, n] : size_chars) {
    if (n > most) {
      most = n;
      body_size = s / 2.0;
    }
  }

  DocumentBuilder builder(doc);
  std::string para;
  int para_page = 0;
  BlockKind para_kind = BlockKind::kParagraph;
  int para_level = 0;
  // The cover's first blocks: a PDF without publisher metadata names its
  // body there ("Northern Health Agency. Published 3 March 2026.").
  std::vector<std::string> cover;
  auto flush = [&] {
    if (para_page == 1 && cover.size() < 8 && !para.empty()) cover.push_back(para);
    builder.Add(para_kind, para, para_page, para_level);
    para.clear();
  };
  int min_repeats = std::max(2, static_cast<int>(std::ceil(pages * kRepeatShare)));
  std::vector<std::vector<const Line*>> bodies(static_cast<size_t>(pages));
  std::vector<double> steps;  // distances between baselines of body-size lines
  for (int p = 0; p < pages; ++p) {
    const PageLines& pl = all[p];
    std::vector<const Line*>& body = bodies[p];
    for (const Line& l : pl.lines) {
      bool in_margin =
          l.bottom < pl.height * kMarginShare || l.top > pl.height * (1 - kMarginShare);
      if (in_margin && (IsBarePageNumber(l.text) ||
                        (pages >= 2 && margin_keys[RepeatKey(l.text)] >= min_repeats))) {
        continue;
      }
      body.push_back(&l);
    }
    for (size_t i = 1; i < body.size(); ++i) {
      double d = body[i]->bottom - body[i - 1]->bottom;
      if (d > 0 && std::fabs(body[i]->size - body_size) < 0.6 &&
          std::fabs(body[i - 1]->size - body_size) < 0.6) {
        steps.push_back(d);
      }
    }
  }
  // The typical line step of the document: a larger step is a paragraph gap.
  std::sort(steps.begin(), steps.end());
  double step = steps.empty() ? body_size * 1.2 : steps[steps.size() / 2];

  for (int p = 0; p < pages; ++p) {
    const std::vector<const Line*>& body = bodies[p];
    const Line* prev = nullptr;
    for (const Line* l : body) {
      bool heading = body_size > 0 && l->size > body_size * 1.15;
      BlockKind kind = heading ? BlockKind::kHeading : BlockKind::kParagraph;
      bool new_block;
      if (!prev) {
        // First line of a page: continue the previous page's paragraph when
        // it stopped mid-sentence and this line goes on in lower case.
        new_block = para.empty() || kind != para_kind || EndsSentence(para) ||
                    !u_islower(FirstLetter(l->text));
      } else {
        double gap = l->bottom - prev->bottom;
        new_block = kind != para_kind || std::fabs(l->size - prev->size) > 0.6 ||
                    gap > step * 1.4 || gap < 0 ||
                    (kind == BlockKind::kParagraph && l->x0 > prev->x0 + l->size * 1.2);
      }
      if (new_block) {
        flush();
        para_page = p + 1;
        para_kind = kind;
        para_level = heading ? (l->size > body_size * 1.6 ? 1 : 2) : 0;
      }
      JoinLine(&para, l->text);
      prev = l;
    }
  }
  flush();
  // The Info CreationDate is when the file was made (printed from a browser,
  // exported again), often months after publication; the cover's own
  // "Published 4 June 2026" line, when it has one, is the document's date
  // (trial19: a June report printed in December cited by no June article).
  const std::string made = doc->meta.date;
  doc->meta.date.clear();
  ReadCoverPublisher(cover, &doc->meta);
  if (doc->meta.date.empty()) doc->meta.date = made;
  return Status::Ok();
}

}  // namespace claimcheck::document_internal
