// ICU sentence segmentation on UTF-8 text. The iterator runs over a UTF-8
// UText, so its break positions are byte offsets and need no UTF-16 mapping.
#include <unicode/brkiter.h>
#include <unicode/filteredbrk.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

#include <map>
#include <memory>
#include <mutex>

#include "claimcheck/rules.h"
#include "claimcheck/segment.h"

namespace claimcheck {
namespace {

using IteratorPtr = std::unique_ptr<icu::BreakIterator>;

// Builds the filtered sentence iterator for `lang`: ICU's own suppression
// list for the locale plus the abbreviations file, if any.
IteratorPtr BuildIterator(const std::string& rules_dir, const std::string& lang) {
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
  std::vector<std::string> extra;
  if (LoadAbbreviations(rules_dir, lang, &extra).ok()) {
    for (const std::string& a : extra) {
      UErrorCode s = U_ZERO_ERROR;
      builder->suppressBreakAfter(icu::UnicodeString::fromUTF8(a), s);
    }
  }
  IteratorPtr filtered(builder->wrapIteratorWithFilter(base.release(), status));
  if (U_FAILURE(status)) return nullptr;
  return filtered;
}

// One prototype per (rules dir, language), shared by all threads; each thread
// clones its own copy because a BreakIterator holds iteration state.
icu::BreakIterator* IteratorFor(const std::string& rules_dir, const std::string& lang) {
  std::string key = rules_dir + '\0' + lang;
  thread_local std::map<std::string, IteratorPtr> local;
  auto it = local.find(key);
  if (it != local.end()) return it->second.get();

  static std::mutex mu;
  static std::map<std::string, IteratorPtr> prototypes;
  IteratorPtr copy;
  {
    std::lock_guard<std::mutex> lock(mu);
    auto p = prototypes.find(key);
    if (p == prototypes.end()) p = prototypes.emplace(key, BuildIterator(rules_dir, lang)).first;
    if (!p->second && lang != "en") {
      // Unknown language: English rules beat no segmentation at all.
      p->second = BuildIterator(rules_dir, "en");
    }
    if (p->second) copy.reset(p->second->clone());
  }
  return local.emplace(key, std::move(copy)).first->second.get();
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
void SplitInto(icu::BreakIterator* bi, std::string_view text, size_t base, int block,
               std::vector<Sentence>* out) {
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
  UErrorCode status = U_ZERO_ERROR;
  UText ut = UTEXT_INITIALIZER;
  utext_openUTF8(&ut, text.data(), static_cast<int64_t>(text.size()), &status);
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
  int32_t prev = bi->first();
  for (int32_t cur = bi->next(); cur != icu::BreakIterator::DONE; cur = bi->next()) {
    emit(static_cast<size_t>(prev), static_cast<size_t>(cur));
    prev = cur;
  }
  if (static_cast<size_t>(prev) < text.size()) emit(static_cast<size_t>(prev), text.size());
  // Leave the iterator on an empty text so it holds no pointer into `text`.
  UText empty = UTEXT_INITIALIZER;
  status = U_ZERO_ERROR;
  utext_openUTF8(&empty, "", 0, &status);
  bi->setText(&empty, status);
  utext_close(&empty);
  utext_close(&ut);
}

}  // namespace

std::vector<Sentence> SegmentSentences(const Document& doc, const std::string& lang,
                                       const std::string& rules_dir) {
  std::vector<Sentence> out;
  icu::BreakIterator* bi = IteratorFor(rules_dir, lang);
  for (size_t i = 0; i < doc.blocks.size(); ++i) {
    const Block& b = doc.blocks[i];
    if (b.end <= b.start || b.end > doc.text.size()) continue;
    std::string_view view(doc.text.data() + b.start, b.end - b.start);
    SplitInto(bi, view, b.start, static_cast<int>(i), &out);
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
  SplitInto(IteratorFor(rules_dir, lang), text, 0, 0, &out);
  return out;
}

}  // namespace claimcheck
