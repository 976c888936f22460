// WordNet's index and exception lists in memory (see wordnet_index.h).
//
// How they are held was measured (2026-11-30, bench/RESULTS.md): asking the
// library costs about 0.5 M instructions per new word and part of speech
// (is_defined reads every synset of each candidate base), about 15% of a
// 2 MB extract under callgrind. Hashing the 147,000 lemmas of the four index
// files in one pass cost 117 M instructions at load, more than a short
// article's whole extraction. Reading the sorted files whole and searching
// them in memory as the library searches them on disk (binary search over
// their entry lines) costs about 9 M instructions at load and a few
// thousand per lookup, and the frame stage caches its answers per word.
#include "extract/frame/wordnet_index.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <iterator>

extern "C" {
// The library's search directory (WNSEARCHDIR, else WNHOME/dict, else its
// built-in default). Exported by libwordnet but not declared in wn.h.
char* SetSearchdir();
}

namespace claimcheck::frame {
namespace {

// As the library's strend: a suffix as long as the word is no ending ("men"
// is not "m" + "en", so "menful" is no form of "manful").
bool EndsWith(std::string_view w, std::string_view suf) {
  return w.size() > suf.size() && w.compare(w.size() - suf.size(), suf.size(), suf) == 0;
}

const char* const kPosNames[5] = {"", "noun", "verb", "adj", "adv"};

// The library's detachment rules (morph.c): suffix -> ending, by part of
// speech, tried in this order.
struct Rule {
  std::string_view suffix, ending;
};
const Rule kNounRules[] = {{"s", ""},     {"ses", "s"},   {"xes", "x"},   {"zes", "z"},
                           {"ches", "ch"}, {"shes", "sh"}, {"men", "man"}, {"ies", "y"}};
const Rule kVerbRules[] = {{"s", ""},   {"ies", "y"}, {"es", "e"},  {"es", ""},
                           {"ed", "e"}, {"ed", ""},   {"ing", "e"}, {"ing", ""}};
const Rule kAdjRules[] = {{"er", ""}, {"est", ""}, {"er", "e"}, {"est", "e"}};

}  // namespace

const WordNetIndex* WordNetIndex::Get() {
  static const WordNetIndex* index = [] {
    auto* idx = new WordNetIndex();  // never destroyed: used until exit
    const char* dir = SetSearchdir();
    if (dir == nullptr || !idx->Load(dir)) {
      delete idx;
      return static_cast<WordNetIndex*>(nullptr);
    }
    return idx;
  }();
  return index;
}

WordNetIndex::SortedFile::~SortedFile() {
  if (data_ != nullptr) munmap(const_cast<char*>(data_), size_);
}

bool WordNetIndex::SortedFile::Map(const std::string& path) {
  int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return false;
  struct stat st;
  bool ok = fstat(fd, &st) == 0 && st.st_size > 0;
  if (ok) {
    void* p = mmap(nullptr, static_cast<size_t>(st.st_size), PROT_READ, MAP_PRIVATE, fd, 0);
    ok = p != MAP_FAILED;
    if (ok) {
      data_ = static_cast<const char*>(p);
      size_ = static_cast<size_t>(st.st_size);
    }
  }
  close(fd);
  return ok;
}

std::string_view WordNetIndex::SortedFile::Find(std::string_view key) const {
  // The library's own search (binsrch.c, bin_search), probe for probe, not
  // an exact binary search: an exception list may list one inflected form on
  // several lines ("offer off", "offer offer" in adj.exc; "involucra
  // involucre", "involucra involucrum" in noun.exc), and which of them the
  // library meets depends on where its probes fall. It seeks to mid - 1,
  // skips to the next line start (except at mid 1), compares that line's
  // first field and halves [top, bot) until the key matches or the step is
  // zero. At the end of the file its line buffer keeps the line read before.
  const std::string_view text(data_, size_);
  if (key.empty() || text.empty()) return {};
  size_t top = 0, bot = text.size(), mid = (bot - top) / 2, diff = 0;
  std::string_view line;  // the line last read
  do {
    size_t at = mid - 1;
    if (mid != 1) {
      const size_t nl = text.find('\n', at);
      at = nl == std::string_view::npos ? text.size() : nl + 1;
    }
    if (at < text.size()) {
      size_t end = text.find('\n', at);
      if (end == std::string_view::npos) end = text.size();
      line = text.substr(at, end - at);
    }
    const std::string_view field = line.substr(0, line.find(' '));
    const int c = field.compare(key);
    if (c == 0) return line;
    if (c < 0) {
      top = mid;
    } else {
      bot = mid;
    }
    diff = (bot - top) / 2;
    mid = top + diff;
  } while (diff != 0);
  return {};
}

bool WordNetIndex::Load(const std::string& dir) {
  for (int pos = kNounPos; pos <= kAdvPos; ++pos) {
    if (!index_[pos].Map(dir + "/index." + kPosNames[pos])) return false;
    // An exception list may be missing (the library then skips it too).
    exceptions_[pos].Map(dir + "/" + kPosNames[pos] + ".exc");
  }
  return true;
}

size_t WordNetIndex::bytes() const {
  size_t n = 0;
  for (int pos = kNounPos; pos <= kAdvPos; ++pos) n += index_[pos].bytes();
  return n;
}

unsigned WordNetIndex::Listed(std::string_view lemma) const {
  unsigned bits = 0;
  if (lemma.empty()) return 0;
  for (int pos = kNounPos; pos <= kAdvPos; ++pos) {
    if (!index_[pos].Find(lemma).empty()) bits |= 1u << pos;
  }
  return bits;
}

bool WordNetIndex::Defined(std::string_view lemma, int pos) const {
  if (pos < kNounPos || pos > kAdvPos || lemma.empty()) return false;
  if (!index_[pos].Find(lemma).empty()) return true;
  if (lemma.find_first_of("-_.") == std::string_view::npos) return false;
  // The library's getindex also tries these spellings.
  std::string forms[4] = {std::string(lemma), std::string(lemma), {}, {}};
  for (char& c : forms[0]) c = c == '_' ? '-' : c;
  for (char& c : forms[1]) c = c == '-' ? '_' : c;
  for (char c : lemma) {
    if (c != '_' && c != '-') forms[2] += c;
    if (c != '.') forms[3] += c;
  }
  for (const std::string& f : forms) {
    if (!f.empty() && !index_[pos].Find(f).empty()) return true;
  }
  return false;
}

std::optional<std::string> WordNetIndex::MorphWord(std::string_view word, int pos) const {
  if (pos == kAdvPos) return std::nullopt;  // adverbs: the exception list only
  std::string_view stem = word;
  std::string_view end;
  if (pos == kNounPos) {
    if (EndsWith(word, "ful")) {
      stem = word.substr(0, word.rfind('f'));
      end = "ful";
    } else if (EndsWith(word, "ss") || word.size() <= 2) {
      return std::nullopt;
    }
  }
  const Rule* rules = pos == kNounPos ? kNounRules : pos == kVerbPos ? kVerbRules : kAdjRules;
  const size_t n = pos == kNounPos   ? std::size(kNounRules)
                   : pos == kVerbPos ? std::size(kVerbRules)
                                     : std::size(kAdjRules);
  std::string cand;
  for (size_t i = 0; i < n; ++i) {
    // The library's strend() is false when the suffix is the whole word:
    // "men" (from "menful") takes no "men" -> "man" rule.
    if (!EndsWith(stem, rules[i].suffix) || stem.size() <= rules[i].suffix.size()) continue;
    cand.assign(stem.substr(0, stem.size() - rules[i].suffix.size()));
    cand += rules[i].ending;
    if (cand != stem && Defined(cand, pos)) return cand + std::string(end);
  }
  return std::nullopt;
}

std::optional<std::string> WordNetIndex::Morph(std::string_view word, int pos) const {
  if (pos < kNounPos || pos > kAdvPos || word.empty()) return std::nullopt;
  // An exception list entry decides, even when it gives the word itself
  // (the library then tries no rule). Its line: "inflected base1 base2 ...".
  std::string_view exc = exceptions_[pos].Find(word);
  if (!exc.empty()) {
    std::string_view rest = exc.substr(std::min(exc.size(), word.size() + 1));
    std::string_view base = rest.substr(0, rest.find(' '));
    while (!base.empty() && base.back() == '\r') base.remove_suffix(1);
    if (!base.empty() && base != word) return std::string(base);
    return std::nullopt;
  }
  std::optional<std::string> m = MorphWord(word, pos);
  if (m && *m == word) return std::nullopt;
  return m;
}

}  // namespace claimcheck::frame
