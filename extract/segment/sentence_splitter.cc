// ICU sentence segmentation on UTF-8 text. The iterator runs over a UTF-8
// UText, so its break positions are byte offsets and need no UTF-16 mapping.
#include <unicode/brkiter.h>
#include <unicode/filteredbrk.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

#include <cctype>
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

void SplitInto(const Segmenter& seg, std::string_view text, size_t base, int block,
               std::vector<Sentence>* out) {
  icu::BreakIterator* bi = seg.iterator.get();
  auto emit = [&](size_t a, size_t b) {
    size_t n;
    while (a < b && IsSpaceAt(text, a, &n)) a += n;
    while (b > a && IsSpaceBefore(text, b, &n)) b -= n;
    if (a < b) out->push_back(Sentence{base + a, base + b, block});
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
    if (cur < text.size() && seg.extra && Suppressed(text, cur, *seg.extra)) {
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
