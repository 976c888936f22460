// The fixed background of the checker's context words (issue 13, trial12):
// how many sentences of a background corpus hold each context word, read
// from rules/<lang>/background.yaml, so a word's rarity weight is the same
// whatever else is stored. Weighting by the stored sentences made a
// figure's identity, and so its finding, change when unrelated documents
// were ingested, and made `audit` (the article and its sources) disagree
// with `check` (the whole store) on one article.
//
// The table is written by tools/background (`make background`) from the
// train documents of corpus/checkdev and corpus/clusters and the train
// sentences of corpus/frames, with Lexicon::ContextWords, the very words
// the checker weighs. Internal to the checker.
#ifndef CLAIMCHECK_CLAIMS_CHECK_BACKGROUND_H_
#define CLAIMCHECK_CLAIMS_CHECK_BACKGROUND_H_

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

#include "claimcheck/status.h"

namespace claimcheck::check {

class Background {
 public:
  // The rarity weight of a context word: ln((N + 1) / (df + 0.5)) over the
  // N background sentences, df of them holding the word. A word the table
  // does not list (rare in the background, or new) gets the largest weight,
  // as df 0. Always positive. With no table (a language without
  // background.yaml) every word weighs 1.
  double Weight(std::string_view word) const;
  // The largest weight: that of a word absent from the table.
  double MaxWeight() const;

  long sentences() const { return sentences_; }
  const std::unordered_map<std::string, long>& df() const { return df_; }

  // Builds a table in memory (the writer tool, tests).
  void Set(long sentences, std::unordered_map<std::string, long> df);

 private:
  long sentences_ = 0;  // 0: no table
  std::unordered_map<std::string, long> df_;
};

// Parses background.yaml text strictly: `version: 1`, `sentences` (N > 0),
// `words` (word: df, 1 <= df <= N, each word once, lower case, no spaces
// or digits); unknown keys are errors. Messages start "name:line:column: ".
Status ParseBackground(const std::string& yaml_text, const std::string& name, Background* out);
// rules/<lang>/background.yaml. NotFound when the file is missing.
Status LoadBackground(const std::string& rules_dir, const std::string& lang, Background* out);
// The same, kept per file for the process (checkeval and fit_identity run
// the checker hundreds of times): read again only when the file changed.
// *out is null and the status NotFound when the file is missing.
Status SharedBackground(const std::string& rules_dir, const std::string& lang,
                        std::shared_ptr<const Background>* out);
// The file's text: `header` (comment lines), then the keys, the words by
// falling df (ties by word). Words below `min_df` are left out (they weigh
// as absent ones, nearly what df 1 would give).
std::string BackgroundYaml(const Background& b, const std::string& header, const std::string& built_from,
                           long min_df);

}  // namespace claimcheck::check

#endif  // CLAIMCHECK_CLAIMS_CHECK_BACKGROUND_H_
