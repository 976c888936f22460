// The group a figure's own clause restricts it to, read from its sentence:
// "Among first-time buyers, the average deposit was 19%", "Entre los
// apicultores trashumantes, ..., la mortalidad fue del 19,8 %", "Electric and
// hybrid barges were in service for 83% of available days", "dogs over
// eight years old stayed an average of 71 days". The checker compares it
// with an article that states the figure without it (a part's figure
// reported for the whole: claims/check/pair.cc, subset).
#ifndef CLAIMCHECK_EXTRACT_FRAME_SUBGROUP_H_
#define CLAIMCHECK_EXTRACT_FRAME_SUBGROUP_H_

#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace claimcheck::frame {

// The word lists the reader uses (rules/<lang>/synonyms.yaml, cues.subgroup_*
// and stopwords), folded.
struct SubgroupWords {
  const std::set<std::string>* opens = nullptr;     // a fronted group: "among", "entre", "en"
  const std::set<std::string>* not_group = nullptr;  // nouns of time and totals: "years", "total"
  const std::set<std::string>* links = nullptr;     // verbs that end a subject: "were", "stayed"
  const std::set<std::string>* stops = nullptr;     // function words
  const std::set<std::string>* after_head = nullptr;  // "over", "of", "with": narrow after the head
  // Words that after a comma open another clause ("..., while the average
  // price paid for hops rose by 8%"): the figure's clause starts after them.
  const std::set<std::string>* clause_joins = nullptr;
  // Phrases that set a part after its whole's count ("of whom", "de las
  // cuales"), folded, words joined by one space.
  const std::set<std::string>* partitives = nullptr;
  // Words that end a part's own words ("of which 31,900 were for paintball
  // and 16,350 for laser tag": "and" opens the next part).
  const std::set<std::string>* part_ends = nullptr;
  // Whether an opening subject may be the group: not for a count, whose
  // subject is who did the counted thing ("Tree officers opened 19
  // investigations"), not a group the figure is restricted to.
  bool subject_form = true;
};

struct Subgroup {
  std::string phrase;               // as written: "electric and hybrid barges", "apicultores trashumantes"
  std::vector<std::string> words;   // the words that narrow, folded (the head left out when others narrow it)
  size_t clause_at = 0;             // byte offset in the sentence of the clause (or phrase) that restricts
  bool partitive = false;           // a part set after its whole ("of whom 318 were ...")
  bool empty() const { return words.empty(); }
};

// The group the clause holding byte `figure_at` of `sentence` restricts the
// figure to, or an empty one. Three forms: a part set after its whole by one
// of `partitives` right before the figure, its group the words after the
// figure (from `figure_end`) to its clause's end ("412 people, of whom 318
// were full-time craftspeople": "full-time craftspeople"); a fronted phrase
// opened by one of `opens` and closed by a comma before the figure, naming a
// plural noun and no time, place or number ("Among households with
// children,"); and, in a head-final language (English), the clause's opening
// subject of two to six lower-case words with a modifier before its head or
// an age after it ("Electric and hybrid barges were", "dogs over eight years
// old stayed").
Subgroup SubgroupOf(const std::string& lang, std::string_view sentence, size_t figure_at, const SubgroupWords& w,
                    size_t figure_end = std::string_view::npos);

// The group a phrase right after a figure restricts it to, where the figure
// is set beside another group's ("Rural districts lost 9.4% ..., compared
// with 5.1% in urban districts"): one of `opens` after byte `figure_end` and
// up to the clause's end, naming a plural noun and another word that
// narrows it, no name, number or time. The caller decides the figure is a
// comparison's second.
Subgroup TrailingSubgroupOf(const std::string& lang, std::string_view sentence, size_t figure_end, const SubgroupWords& w);

}  // namespace claimcheck::frame

#endif  // CLAIMCHECK_EXTRACT_FRAME_SUBGROUP_H_
