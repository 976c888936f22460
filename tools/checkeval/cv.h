// Cross-validation by cluster for fit_identity (issue 13 point 4): the
// train clusters are dealt into k folds by a hash of their name (a cluster
// is never split, and the deal does not move when clusters are added or
// the corpus is read in another order); the model is fitted on k-1 folds
// and scored on the held one, and the k held-fold scores are pooled (counts
// summed, then precision, recall and alignment computed once), which
// estimates how a fit does on clusters it never saw.
#ifndef CLAIMCHECK_TOOLS_CHECKEVAL_CV_H_
#define CLAIMCHECK_TOOLS_CHECKEVAL_CV_H_

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "tools/checkeval/checkdev.h"

namespace claimcheck::checkdev {

// The fold (0 .. k-1) of a cluster: FNV-1a (64 bit) of its name, mod k.
int FoldOf(const std::string& cluster, int k);

// Adds the counts of `from` to `into` (flags and notes too): scores of
// disjoint cluster sets pooled into one.
void AddScore(const Score& from, Score* into);

// For each fold f of k over the clusters named `names`: fit_and_score
// (indexes fitted on: every cluster outside f; indexes held: those in f)
// returns the score on the held clusters; the pooled score of all folds.
// A fold with no cluster is skipped.
using FoldFit = std::function<Score(const std::vector<size_t>& fit_on, const std::vector<size_t>& held)>;
Score CrossValidate(const std::vector<std::string>& names, int k, const FoldFit& fit_and_score);

// The cross-validation section fit_identity --report writes into
// bench/CHECK.md, between these two lines; checkeval keeps it when it
// rewrites the file.
constexpr char kReportBegin[] = "<!-- fit_identity cv -->";
constexpr char kReportEnd[] = "<!-- /fit_identity cv -->";

// The section of `text` from kReportBegin to kReportEnd and its line end,
// markers included; "" when there is none.
std::string SectionOf(const std::string& text);
// `text` with its section replaced by `section`, or `section` appended
// after a blank line when it has none ("" removes it).
std::string WithSection(const std::string& text, const std::string& section);
// The same on the file at `path` (one that does not exist is empty).
Status ReplaceSection(const std::string& path, const std::string& section);

}  // namespace claimcheck::checkdev

#endif  // CLAIMCHECK_TOOLS_CHECKEVAL_CV_H_
