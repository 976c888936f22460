// The checker development set (corpus/checkdev/<cluster>/gold.yaml, format in
// corpus/checkdev/README.md): loading, running the checker in-process on the
// extracted figures, and locating gold figures among them.
#ifndef CLAIMCHECK_TOOLS_CHECKEVAL_CHECKDEV_H_
#define CLAIMCHECK_TOOLS_CHECKEVAL_CHECKDEV_H_

#include <map>
#include <string>
#include <vector>

#include "claimcheck/check.h"
#include "claimcheck/extract.h"
#include "claimcheck/status.h"
#include "claims/check/identity.h"

namespace claimcheck::checkdev {

struct GoldPair {
  std::string article, at;
  int occurrence = 1;
  std::string source, source_at;  // empty: none
  std::string relation;
  std::string note;
};

struct Cluster {
  std::string name, dir, beat, split;
  std::vector<std::pair<std::string, std::string>> documents;  // file, role
  std::vector<GoldPair> pairs;
};

// Every cluster with a gold.yaml under `roots` (one folder, or several
// separated by commas), sorted by name. A malformed gold file is an error
// naming it.
Status LoadClusters(const std::string& roots, std::vector<Cluster>* out);

// A cluster read and extracted once; runs reuse it.
struct Loaded {
  Cluster cluster;
  CheckInput input;                        // roles as in gold.yaml
  std::map<std::string, std::string> text;  // file -> Document::text()
  std::map<std::string, std::string> path;  // file -> path as stored on figures
};
Status LoadCluster(const Cluster& c, Extractor* extractor, Loaded* out);

// The byte span of the `occurrence`-th `needle` in the text of `file`.
bool Locate(const Loaded& l, const std::string& file, const std::string& needle, int occurrence, size_t* start,
            size_t* end);

// True when figure `f` lies in `file` and its span overlaps [start, end).
bool FigureAt(const Loaded& l, const Figure& f, const std::string& file, size_t start, size_t end);

// A difference relation: the checker must flag it at warning or error.
bool IsDifference(const std::string& relation);

// Scores of checker runs against the gold pairs.
struct Score {
  int gold_pairs = 0, located = 0, aligned = 0;
  int tp = 0, fp = 0, fn = 0;
  int clusters = 0;
  std::map<std::string, std::pair<int, int>> by_relation;  // relation -> (flagged, total)
  std::map<std::string, std::pair<int, int>> by_type;      // finding type -> (right, false alarm)
  struct Flag {
    std::string type;
    double score = 0;
    bool right = false;
    std::string where;  // cluster/file "figure" and the finding's message, for fit_identity --flags
    std::vector<std::pair<std::string, double>> features;  // the finding's features (Finding::features)
  };
  std::vector<Flag> flags;  // every warning or error, for calibration
  std::vector<std::string> notes;
  // Where each missed gold difference (and each false alarm) was lost:
  // stage -> relation -> count (checkeval --explain; see LossStage).
  std::map<std::string, std::map<std::string, int>> losses;
  double Precision() const { return tp + fp ? static_cast<double>(tp) / (tp + fp) : 1; }
  double Recall() const { return tp + fn ? static_cast<double>(tp) / (tp + fn) : 1; }
  double Alignment() const { return gold_pairs ? static_cast<double>(aligned) / gold_pairs : 0; }
};

// The stage at which a missed gold difference was lost: not extracted, no
// candidate, another figure chosen, identity below threshold, not detected
// by Compare (which attribute, unknown or agreeing), detected but said at
// info (no warn bar for its basis, or below it). The number orders stages.
std::string LossStage(const GoldPair& g, const Alignment* al, bool aligned, const Figure& fig,
                      const std::vector<Finding>& findings, const check::IdentityModel* model);

// Runs the checker on one loaded cluster (plain: every document with
// ingest's default role) and adds to *sc.
void Evaluate(const Loaded& l, bool plain, const std::string& rules, Score* sc);
// Same with explicit options (a trial identity model, every type warned).
void Evaluate(const Loaded& l, bool plain, const CheckOptions& opts, Score* sc);

}  // namespace claimcheck::checkdev

#endif  // CLAIMCHECK_TOOLS_CHECKEVAL_CHECKDEV_H_
