// English WordNet's lemma index and exception lists held in memory, so the
// frame stage's word-class and noun-base questions cost a few hash lookups
// instead of the C library's file reads (its `morphstr` reads the index and
// data files for each candidate base, about 0.5 M instructions a word).
#ifndef CLAIMCHECK_EXTRACT_FRAME_WORDNET_INDEX_H_
#define CLAIMCHECK_EXTRACT_FRAME_WORDNET_INDEX_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace claimcheck::frame {

class WordNetIndex {
 public:
  // WordNet's parts of speech, as the library numbers them (wn.h: NOUN 1,
  // VERB 2, ADJ 3, ADV 4).
  enum Pos { kNounPos = 1, kVerbPos = 2, kAdjPos = 3, kAdvPos = 4 };

  // The index of the library's search directory (WNSEARCHDIR, WNHOME/dict or
  // its built-in default), read on first use; nullptr when its files cannot be
  // read. Immutable once built: safe to share between threads.
  static const WordNetIndex* Get();

  // Reads `dir`/index.{noun,verb,adj,adv} and `dir`/{noun,verb,adj,adv}.exc.
  // False when an index file is missing.
  bool Load(const std::string& dir);

  // Bit (1 << pos) for each part of speech whose index lists `lemma` as
  // written (the library's in_wn).
  unsigned Listed(std::string_view lemma) const;
  // The lemma or one of the library's spelling variants of it (hyphen and
  // underscore swapped, hyphens or dots dropped) is in the index of `pos`
  // (the library's is_defined, which is not zero exactly then).
  bool Defined(std::string_view lemma, int pos) const;
  // The base form of a single word (no space, hyphen or underscore) as the
  // library's morphstr(word, pos) gives it: the exception list first, then
  // the detachment rules whose result the index lists; nullopt when the
  // word has no other base form.
  std::optional<std::string> Morph(std::string_view word, int pos) const;

  // Bytes of the four indexes.
  size_t bytes() const;

 private:
  // One of WordNet's sorted files, mapped into memory read-only.
  class SortedFile {
   public:
    SortedFile() = default;
    SortedFile(const SortedFile&) = delete;
    SortedFile& operator=(const SortedFile&) = delete;
    ~SortedFile();
    bool Map(const std::string& path);
    // The entry line whose first field is `key` (without its newline), or
    // empty when there is none.
    std::string_view Find(std::string_view key) const;
    size_t bytes() const { return size_; }

   private:
    const char* data_ = nullptr;
    size_t size_ = 0;
  };
  std::optional<std::string> MorphWord(std::string_view word, int pos) const;

  SortedFile index_[5];       // by pos: index.noun ...
  SortedFile exceptions_[5];  // by pos: noun.exc ...
};

}  // namespace claimcheck::frame

#endif  // CLAIMCHECK_EXTRACT_FRAME_WORDNET_INDEX_H_
