// The corpus generator's templates and word lists (bench/lexicon/<lang>.lex)
// and the seeded expander that turns them into text.
//
// File format, one entry a line:
//   # comment
//   [section]
//   an entry with {other_section}, {?optional_section} and {N:10-99}
// Slots: {name} picks a random entry of section `name` (entries may hold
// slots themselves); {?name} does so half the time, else nothing;
// {N:lo-hi} is a uniform integer; {N:lo-hi:,} groups thousands with the
// given character (",", "." or "_" for a space). A section whose name starts
// with "fig_" produces one figure; an entry written "3* text" is drawn three
// times as often as a plain one. The expander counts figures the expander counts them so the
// generator can report how many figures it planted.
#ifndef CLAIMCHECK_BENCH_LEXICON_H_
#define CLAIMCHECK_BENCH_LEXICON_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "claimcheck/status.h"

namespace claimcheck::bench {

// splitmix64: tiny, fast and the same on every platform, so a seed always
// yields the same corpus (std:: distributions differ between libraries).
class Rng {
 public:
  explicit Rng(uint64_t seed) : state_(seed) {}
  uint64_t Next() {
    uint64_t z = (state_ += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }
  // Uniform in [lo, hi].
  int64_t Uniform(int64_t lo, int64_t hi) {
    return lo + static_cast<int64_t>(Next() % static_cast<uint64_t>(hi - lo + 1));
  }
  bool Coin() { return Next() & 1; }

 private:
  uint64_t state_;
};

class Lexicon {
 public:
  // Parses `path`; errors name path:line.
  static Status Load(const std::string& path, Lexicon* out);

  bool Has(std::string_view section) const { return index_.count(std::string(section)) > 0; }
  // Appends a random expansion of `section` to *out.
  void Expand(std::string_view section, Rng& rng, std::string* out) const;
  // Figures planted by Expand calls so far.
  uint64_t figures() const { return figures_; }

 private:
  struct Part {
    enum class Type { kLiteral, kRef, kOptionalRef, kNumber } type = Type::kLiteral;
    std::string text;   // literal
    int section = -1;   // kRef / kOptionalRef
    int64_t lo = 0, hi = 0;
    char group = 0;     // thousands separator for kNumber; 0 = none
  };
  using Entry = std::vector<Part>;
  struct Section {
    std::string name;
    bool figure = false;
    std::vector<Entry> entries;
    std::vector<int> draws;  // entry indexes, each repeated by its weight
  };

  Status Resolve(const std::string& path);
  void ExpandSection(int index, Rng& rng, bool inside_figure, std::string* out) const;

  std::vector<Section> sections_;
  std::unordered_map<std::string, int> index_;
  // Unresolved references, kept to name the line that used an unknown section.
  struct PendingRef {
    int section, entry, part, line;
    std::string name;
  };
  std::vector<PendingRef> pending_;
  mutable uint64_t figures_ = 0;
};

}  // namespace claimcheck::bench

#endif  // CLAIMCHECK_BENCH_LEXICON_H_
