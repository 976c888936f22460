// ICU sentence segmentation on UTF-8 text. The iterator runs over a UTF-8
// UText, so its break positions are byte offsets and need no UTF-16 mapping.
#include <unicode/brkiter.h>
#include <unicode/filteredbrk.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

#include <cctype>
#include <cstring>
#include <map>
#include <memory>
#include <mutex>

#include "claimcheck/rules.h"
#include "claimcheck/segment.h"
#include "claimcheck/util.h"

namespace claimcheck {
namespace {

using IteratorPtr = std::unique_ptr<icu::BreakIterator>;
using Abbreviations = std::vector<std::string>;

// A ready segmenter: ICU's filtered iterator and the language's extra
// abbreviations, which are also checked after ICU (see Suppressed()).
struct Segmenter {
  IteratorPtr iterator;
  std::shared_ptr<const Abbreviations> extra;
};

// Builds the filtered sentence iterator for `lang`: ICU's own suppression
// list for the locale plus the abbreviations file, if any.
IteratorPtr BuildIterator(const std::string& lang, const Abbreviations& extra) {
  UErrorCode status = U_ZERO_ERROR;
  icu::Locale locale(lang.c_str());
  IteratorPtr base(icu::BreakIterator::createSentenceInstance(locale, status));
  if (U_FAILURE(status) || !base) return nullptr;
  std::unique_ptr<icu::FilteredBreakIteratorBuilder> builder(
      icu::FilteredBreakIteratorBuilder::createInstance(locale, status));
  if (U_FAILURE(status) || !builder) {
    // No suppression data for this locale: start from an empty list.
    status = U_ZERO_ERROR;
    builder.reset(icu::FilteredBreakIteratorBuilder::createEmptyInstance(status));
    if (U_FAILURE(status) || !builder) return base;
  }
  for (const std::string& a : extra) {
    UErrorCode s = U_ZERO_ERROR;
    builder->suppressBreakAfter(icu::UnicodeString::fromUTF8(a), s);
  }
  IteratorPtr filtered(builder->wrapIteratorWithFilter(base.release(), status));
  if (U_FAILURE(status)) return nullptr;
  return filtered;
}

// One prototype per (rules dir, language), shared by all threads; each thread
// clones its own copy because a BreakIterator holds iteration state.
const Segmenter& SegmenterFor(const std::string& rules_dir, const std::string& lang) {
  std::string key = rules_dir + '\0' + lang;
  thread_local std::map<std::string, Segmenter> local;
  auto it = local.find(key);
  if (it != local.end()) return it->second;

  static std::mutex mu;
  static std::map<std::string, Segmenter> prototypes;
  Segmenter copy;
  {
    std::lock_guard<std::mutex> lock(mu);
    auto p = prototypes.find(key);
    if (p == prototypes.end()) {
      auto extra = std::make_shared<Abbreviations>();
      if (!LoadAbbreviations(rules_dir, lang, extra.get()).ok()) extra->clear();
      Segmenter proto{BuildIterator(lang, *extra), extra};
      p = prototypes.emplace(key, std::move(proto)).first;
    }
    if (p->second.iterator) copy.iterator.reset(p->second.iterator->clone());
    copy.extra = p->second.extra;
  }
  return local.emplace(key, std::move(copy)).first->second;
}

bool IsWordByte(char c) {
  auto u = static_cast<unsigned char>(c);
  return u >= 0x80 || std::isalnum(u);
}

bool IsSpaceAt(std::string_view s, size_t i, size_t* len) {
  int32_t pos = static_cast<int32_t>(i);
  UChar32 c;
  U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), pos, static_cast<int32_t>(s.size()), c);
  *len = static_cast<size_t>(pos) - i;
  return c >= 0 && (u_isUWhiteSpace(c) || c == 0xFEFF || c == 0x200B);
}

bool IsSpaceBefore(std::string_view s, size_t i, size_t* len) {
  int32_t pos = static_cast<int32_t>(i);
  UChar32 c;
  U8_PREV(reinterpret_cast<const uint8_t*>(s.data()), 0, pos, c);
  *len = i - static_cast<size_t>(pos);
  return c >= 0 && (u_isUWhiteSpace(c) || c == 0xFEFF || c == 0x200B);
}

// Appends the trimmed sentences of `text` (offsets shifted by `base`).
// ICU's filter only recognises an abbreviation with an inner period ("U.S.",
// "EE. UU.") when the break falls after its first part, which the sentence
// rules never produce, so the extra abbreviations are checked here as whole
// words before the break.
bool Suppressed(std::string_view text, size_t brk, const Abbreviations& extra) {
  size_t e = brk;
  while (e > 0 && (text[e - 1] == ' ' || text[e - 1] == '\t' || text[e - 1] == '\n')) --e;
  for (const std::string& a : extra) {
    if (a.size() > e || text.compare(e - a.size(), a.size(), a) != 0) continue;
    size_t start = e - a.size();
    if (start == 0 || !IsWordByte(text[start - 1])) return true;
  }
  return false;
}

bool IsUpperAscii(char c) { return c >= 'A' && c <= 'Z'; }
bool IsLowerAscii(char c) { return c >= 'a' && c <= 'z'; }
bool IsDigitAscii(char c) { return c >= '0' && c <= '9'; }

// The end of text before `brk` without trailing white space.
size_t TrimmedEnd(std::string_view text, size_t brk) {
  size_t e = brk;
  while (e > 0 && (text[e - 1] == ' ' || text[e - 1] == '\t' || text[e - 1] == '\n')) --e;
  return e;
}

// Initials do not end a sentence (issue 12 item 10): "T.H. Chan" always,
// "William J. Wiatrowski" when the single initial follows a capitalised word
// (a first name). "Plan B. The" is the price: rare in news, and far rarer
// than middle initials.
bool EndsWithInitials(std::string_view text, size_t brk) {
  size_t e = TrimmedEnd(text, brk);
  if (e < 2 || text[e - 1] != '.') return false;
  size_t i = e;
  int letters = 0;
  while (i >= 2 && text[i - 1] == '.' && IsUpperAscii(text[i - 2])) {
    ++letters;
    i -= 2;
  }
  if (letters == 0 || letters > 3) return false;
  if (i > 0 && IsWordByte(text[i - 1])) return false;  // "PhD." or "USA." is a word, not initials
  if (letters >= 2) return true;
  // One initial followed by another ("E. B. White"): still a name.
  size_t n = brk;
  while (n < text.size() && text[n] == ' ') ++n;
  if (n + 2 < text.size() && IsUpperAscii(text[n]) && text[n + 1] == '.' && text[n + 2] == ' ') return true;
  // Otherwise the word before it must be capitalised, or an initial itself.
  size_t w = i;
  while (w > 0 && text[w - 1] == ' ') --w;
  if (w == i || w == 0) return false;
  if (w >= 2 && text[w - 1] == '.' && IsUpperAscii(text[w - 2]) && (w == 2 || !IsWordByte(text[w - 3]))) return true;
  size_t ws = w;
  while (ws > 0 && (IsWordByte(text[ws - 1]) || text[ws - 1] == '-' || text[ws - 1] == '\'')) --ws;
  return ws < w && IsUpperAscii(text[ws]) && w - ws >= 2;
}

// A question or exclamation mark followed by a lower-case word ends no
// sentence: it closes a name ("Which? found", "Yahoo! said") or an inner
// question. ICU breaks there because its rule SB8 covers full stops only.
bool MarkBeforeLowercase(std::string_view text, size_t brk) {
  size_t e = TrimmedEnd(text, brk);
  if (e == 0 || (text[e - 1] != '?' && text[e - 1] != '!')) return false;
  size_t n = brk;
  while (n < text.size() && (text[n] == ' ' || text[n] == '\t')) ++n;
  return n < text.size() && IsLowerAscii(text[n]);
}

// Words that take a number after their period ("p. 5", "est. 2,000"); a
// full stop after any other lower-case word, followed by a digit, ends a
// sentence: "...were accessed. 14,961 people..." (ICU's rule SB8 keeps a
// number and the lower-case word after it in the same sentence).
bool NumberAbbreviation(std::string_view word, const Abbreviations* extra) {
  static constexpr std::string_view kWords[] = {"p", "pp", "no", "nos", "vol", "fig", "figs",
                                                "approx", "est", "ca", "art", "sec", "ch",
                                                "para", "op", "tel", "ed", "n", "núm", "pág",
                                                "vs", "cf", "min", "max", "av", "avg"};
  for (std::string_view k : kWords) {
    if (word == k) return true;
  }
  if (extra) {
    for (const std::string& a : *extra) {
      if (a.size() == word.size() + 1 && a.compare(0, word.size(), word) == 0) return true;
    }
  }
  return false;
}

// Offsets just after each ". " in [a, b) that is followed by a digit and
// preceded by a lower-case word of two or more letters that is no
// abbreviation. Linear in b - a.
void DigitStarts(std::string_view text, size_t a, size_t b, const Abbreviations* extra,
                 std::vector<size_t>* cuts) {
  // memchr to the next full stop: this loop visits every byte of the text,
  // and a byte-by-byte test was a measured hot spot of extract (callgrind,
  // bench/RESULTS.md).
  for (size_t i = a + 1; i + 2 < b; ++i) {
    const void* dot = std::memchr(text.data() + i, '.', b - 2 - i);
    if (dot == nullptr) break;
    i = static_cast<size_t>(static_cast<const char*>(dot) - text.data());
    if (text[i + 1] != ' ') continue;
    size_t n = i + 1;
    while (n < b && text[n] == ' ') ++n;
    if (n >= b || !IsDigitAscii(text[n])) continue;
    // After a closing bracket or quote ("(CDC). 14 people") or a number of
    // two or more digits ("in 2019. 14 people") the full stop ends the
    // sentence too.
    char before = text[i - 1];
    if (before == ')' || before == '"' || text.substr(0, i).ends_with("\xE2\x80\x9D")) {
      cuts->push_back(i + 1);
      continue;
    }
    size_t ds = i;
    while (ds > a && IsDigitAscii(text[ds - 1])) --ds;
    if (i - ds >= 2 && (ds == a || text[ds - 1] == ' ')) {
      cuts->push_back(i + 1);
      continue;
    }
    size_t ws = i;
    while (ws > a && IsLowerAscii(text[ws - 1])) --ws;
    if (i - ws < 2 || (ws > a && IsWordByte(text[ws - 1]))) continue;
    if (ws > a && text[ws - 1] == '.') continue;  // "e.g. 5"
    if (NumberAbbreviation(text.substr(ws, i - ws), extra)) continue;
    cuts->push_back(i + 1);
  }
}

// How good a cut after text[i] is (higher is better); 0 = not a place to cut.
int BreakRank(std::string_view text, size_t i) {
  unsigned char c = static_cast<unsigned char>(text[i]);
  unsigned char next = i + 1 < text.size() ? static_cast<unsigned char>(text[i + 1]) : ' ';
  if (c == '\n' || c == '\r') return 5;
  bool space_next = next == ' ' || next == '\t' || next == '\n';
  if ((c == '.' || c == '!' || c == '?' || c == ';') && space_next) return 4;
  if ((c == ',' || c == ':' || c == ')') && space_next) return 3;
  if (c == ' ' || c == '\t') return 2;
  if ((next & 0xC0) != 0x80) return 1;  // a code point ends here
  return 0;
}

// Cuts [a, b) into pieces of at most kMaxSentenceBytes at the best break in
// the last half of each window (see segment.h). One backward scan of at most
// half the bound per piece: linear in the length.
template <typename Emit>
void EmitBounded(std::string_view text, size_t a, size_t b, Emit&& emit_piece) {
  while (b - a > kMaxSentenceBytes) {
    size_t limit = a + kMaxSentenceBytes;  // the piece is [a, cut) with cut <= limit
    size_t floor = a + kMaxSentenceBytes / 2;
    size_t cut = 0;
    int best = 0;
    for (size_t i = limit - 1; i >= floor && best < 5; --i) {
      int r = BreakRank(text, i);
      if (r > best) {
        best = r;
        cut = i + 1;
      }
    }
    if (cut <= a) {  // no code point boundary at all (invalid bytes): cut hard
      cut = limit;
    }
    emit_piece(a, cut);
    a = cut;
  }
  emit_piece(a, b);
}

void SplitInto(const Segmenter& seg, std::string_view text, size_t base, int block,
               std::vector<Sentence>* out) {
  icu::BreakIterator* bi = seg.iterator.get();
  auto emit_piece = [&](size_t a, size_t b) {
    size_t n;
    while (a < b && IsSpaceAt(text, a, &n)) a += n;
    while (b > a && IsSpaceBefore(text, b, &n)) b -= n;
    if (a < b) out->push_back(Sentence{base + a, base + b, block});
  };
  std::vector<size_t> cuts;
  auto emit = [&](size_t a, size_t b) {
    cuts.clear();
    DigitStarts(text, a, b, seg.extra.get(), &cuts);
    for (size_t c : cuts) {
      EmitBounded(text, a, c, emit_piece);
      a = c;
    }
    EmitBounded(text, a, b, emit_piece);
  };
  if (!bi) {
    emit(0, text.size());
    return;
  }
  // ICU's UTF-8 UText converts the text to UTF-16 a small chunk at a time,
  // with index mapping, as the iterator reads it: that cost as much as the
  // break rules. Well-formed text (every Document's) is converted once per
  // block instead, and the iterator's UTF-16 positions are mapped back to
  // byte offsets by a forward walk, since breaks come in increasing order.
  thread_local icu::UnicodeString utf16;
  const bool valid = IsValidUtf8(text) && text.size() < (size_t{1} << 30);
  UErrorCode status = U_ZERO_ERROR;
  UText ut = UTEXT_INITIALIZER;
  if (valid) {
    utf16 = icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
    utext_openConstUnicodeString(&ut, &utf16, &status);
  } else {
    utext_openUTF8(&ut, text.data(), static_cast<int64_t>(text.size()), &status);
  }
  if (U_FAILURE(status)) {
    emit(0, text.size());
    return;
  }
  bi->setText(&ut, status);
  if (U_FAILURE(status)) {
    utext_close(&ut);
    emit(0, text.size());
    return;
  }
  // UTF-16 index -> byte offset (identity on the UTF-8 UText).
  int32_t walked16 = 0;
  size_t walked8 = 0;
  auto to_byte = [&](int32_t pos) -> size_t {
    if (!valid) return static_cast<size_t>(pos);
    while (walked16 < pos && walked8 < text.size()) {
      size_t len = Utf8SeqLen(static_cast<unsigned char>(text[walked8]));
      walked8 += len;
      walked16 += len == 4 ? 2 : 1;  // four-byte sequences are surrogate pairs
    }
    return walked8;
  };
  size_t prev = to_byte(bi->first());
  for (int32_t cur16 = bi->next(); cur16 != icu::BreakIterator::DONE; cur16 = bi->next()) {
    size_t cur = to_byte(cur16);
    if (cur < text.size() &&
        ((seg.extra && Suppressed(text, cur, *seg.extra)) || EndsWithInitials(text, cur) ||
         MarkBeforeLowercase(text, cur))) {
      continue;
    }
    emit(prev, cur);
    prev = cur;
  }
  if (prev < text.size()) emit(prev, text.size());
  // Leave the iterator on an empty text so it holds no pointer into `text`.
  UText empty = UTEXT_INITIALIZER;
  status = U_ZERO_ERROR;
  utext_openUTF8(&empty, "", 0, &status);
  bi->setText(&empty, status);
  utext_close(&empty);
  utext_close(&ut);
  if (valid) utf16.remove();
}

}  // namespace

std::vector<Sentence> SegmentSentences(const Document& doc, const std::string& lang,
                                       const std::string& rules_dir) {
  std::vector<Sentence> out;
  const Segmenter& seg = SegmenterFor(rules_dir, lang);
  for (size_t i = 0; i < doc.blocks.size(); ++i) {
    const Block& b = doc.blocks[i];
    if (b.end <= b.start || b.end > doc.text.size()) continue;
    std::string_view view(doc.text.data() + b.start, b.end - b.start);
    SplitInto(seg, view, b.start, static_cast<int>(i), &out);
  }
  return out;
}

std::vector<Sentence> SegmentSentences(const Document& doc, const std::string& lang) {
  static const std::string kRulesDir = DefaultRulesDir();
  return SegmentSentences(doc, lang, kRulesDir);
}

std::vector<Sentence> SegmentText(std::string_view text, const std::string& lang,
                                  const std::string& rules_dir) {
  std::vector<Sentence> out;
  SplitInto(SegmenterFor(rules_dir, lang), text, 0, 0, &out);
  return out;
}

}  // namespace claimcheck
