// A candidate figure proposed by one dimension's recogniser, before the
// ranking step picks the non-overlapping winners. Cheap to copy: strings
// point into the Lexicon or the RecognizeContext, which outlive the call.
#ifndef CLAIMCHECK_EXTRACT_RECOGNIZE_CANDIDATE_H_
#define CLAIMCHECK_EXTRACT_RECOGNIZE_CANDIDATE_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "claimcheck/figure.h"
#include "claimcheck/recognize.h"
#include "extract/recognize/lexicon.h"
#include "extract/recognize/number_scanner.h"
#include "extract/recognize/text_scan.h"

namespace claimcheck {
namespace recognize {

// How the counted subject is found once the candidate has won.
enum class SubjectMode : uint8_t {
  kNone,
  kFollowing,  // the words after the figure: "1,000 ISIS-supporting profiles"
  kOf,         // only after "of": "43 percent of the nodes"
};

// The part a figure plays in a change stated with its new level ("fell $1.2
// million to $23.5 million") or its earlier level ("went from 160,000 to
// 175,000"): such pairs are never ranges.
enum class ChangeRole : uint8_t { kNone, kChange, kFromLevel, kToLevel };

struct Candidate {
  uint32_t tb = 0, te = 0;  // tokens [tb, te)
  Kind kind = Kind::kCount;
  double value = 0;
  double value_max = 0;
  bool has_max = false;
  Qualifier qualifier = Qualifier::kExact;
  std::string_view unit;
  const char* rule = "";     // without the language prefix: "percent.number_percent"
  int priority = 0;          // breaks ties between spans of equal length
  int num = -1;              // index of the NumberSpan it stands on; -1 none
  double scale = 1;          // scale words of that number (ranges share them)
  double factor = 1;         // unit factor (decades -> years), for ranges
  bool bare = false;         // a plain count that may take its range partner's unit
  bool year_like = false;    // a lone year-like number: dropped unless qualified
  SubjectMode subject = SubjectMode::kNone;
  ChangeRole role = ChangeRole::kNone;
  int subject_from = -1;     // a list member takes the subject of this candidate ("5 and 6 tonnes of flour")
  uint32_t base_tb = 0, base_te = 0;  // a multiplier's comparison base, tokens [base_tb, base_te)
};

// What every dimension recogniser reads.
struct Sentence {
  const ScannedText& s;
  const Lexicon& lex;
  const RecognizeContext& ctx;
  const std::vector<NumberSpan>& nums;
};

// One recogniser per dimension (one file each); each appends candidates.
void FindPercents(const Sentence& in, std::vector<Candidate>* out);
void FindMoney(const Sentence& in, std::vector<Candidate>* out);
void FindMeasures(const Sentence& in, std::vector<Candidate>* out);  // measures and durations
void FindOrdinals(const Sentence& in, std::vector<Candidate>* out);
void FindCounts(const Sentence& in, std::vector<Candidate>* out);
void FindVague(const Sentence& in, std::vector<Candidate>* out);
// Multipliers ("doubled", "twice as likely", "three times higher"); also
// drops the count candidates of "N times" phrases that are no figure ("the
// two times table"). Runs after the ranges and lists are joined.
void FindMultipliers(const Sentence& in, std::vector<Candidate>* out);

// Byte ranges of URLs and e-mail addresses (the white-space-delimited run
// around a url_marker): nothing inside them is a figure, dates included.
// The spans are sorted and merged (disjoint, in order), for OverlapsAny.
std::vector<std::pair<size_t, size_t>> UrlSpans(std::string_view text, const NotFigureRules& rules);
// Does [a, b) overlap one of `spans` (sorted and disjoint)? A binary search.
bool OverlapsAny(const std::vector<std::pair<size_t, size_t>>& spans, size_t a, size_t b);

// Marks numbers that are not figures (labels, model names, phone numbers,
// IP addresses, streets, clock times, footnote markers, URLs).
void MarkNotFigures(const ScannedText& s, const Lexicon& lex, std::vector<NumberSpan>* nums);

// Joins candidate pairs into ranges ("between 20 and 30 percent").
void FindRanges(const Sentence& in, std::vector<Candidate>* cands);
// Gives bare numbers of a list the unit of the last member ("5 and 6
// tonnes", "3, 4 and 5 percent"). Runs after FindRanges.
void ShareListUnits(const Sentence& in, std::vector<Candidate>* cands);
// Widens candidates over qualifier words ("more than", "or more").
void ApplyQualifiers(const Sentence& in, std::vector<Candidate>* cands);

// Picks non-overlapping winners: dates first, then the longest span, then
// priority, then the earliest. Returns indices into `cands`, in text order.
// `date_spans` are byte ranges already taken by dates.
std::vector<size_t> Rank(const ScannedText& s, const std::vector<Candidate>& cands,
                         const std::vector<std::pair<size_t, size_t>>& date_spans);

// The counted subject and its apposition ("profiles (or nodes)").
void FindSubject(const Sentence& in, const Candidate& c, std::string* subject, std::string* alias);

inline uint32_t StartByte(const ScannedText& s, const Candidate& c) { return s.toks[c.tb].start; }
inline uint32_t EndByte(const ScannedText& s, const Candidate& c) { return s.toks[c.te - 1].end; }

// A candidate standing on number n, spanning tokens [tb, te).
inline Candidate FromNumber(const std::vector<NumberSpan>& nums, int n, uint32_t tb, uint32_t te, Kind kind,
                            double value, const char* rule) {
  Candidate c;
  c.tb = tb;
  c.te = te;
  c.kind = kind;
  c.value = value;
  c.rule = rule;
  c.num = n;
  c.scale = nums[static_cast<size_t>(n)].scale;
  return c;
}

}  // namespace recognize
}  // namespace claimcheck

#endif  // CLAIMCHECK_EXTRACT_RECOGNIZE_CANDIDATE_H_
