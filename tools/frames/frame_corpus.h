// Scoring the statement-frame corpus (corpus/frames/README.md): every case's
// text goes through the real pipeline (Document -> Extractor) and each key
// the case lists is compared with the frame of the figure its `at` locates.
#ifndef CLAIMCHECK_TOOLS_FRAMES_FRAME_CORPUS_H_
#define CLAIMCHECK_TOOLS_FRAMES_FRAME_CORPUS_H_

#include <map>
#include <string>
#include <vector>

#include "claimcheck/extract.h"
#include "claimcheck/status.h"

namespace claimcheck::frames {

struct KeyResult {
  std::string key;
  std::string expected;  // as printed: "null" for null
  std::string got;
  bool ok = false;
};

struct CaseResult {
  std::string file;   // "en.yaml"
  std::string id;
  std::string split;  // "train", "test" or "" (dev files)
  std::string text;
  std::vector<KeyResult> keys;  // of every figure the case lists, in order
};

struct Score {
  size_t right = 0, total = 0;
  double rate() const { return total ? static_cast<double>(right) / total : 0; }
};

// Runs every case of one corpus file; the language is the file name's last
// part before .yaml ("dev-en.yaml" -> en). A malformed file is an error
// naming it.
Status RunCorpusFile(Extractor* extractor, const std::string& path,
                     std::vector<CaseResult>* out);

// Per key (and "all") scores of `results` for one split ("" = all).
std::map<std::string, Score> ScoreByKey(const std::vector<CaseResult>& results,
                                        const std::string& split);

// The Expected/Got lines of a case's failed keys.
std::string Describe(const CaseResult& c);

}  // namespace claimcheck::frames

#endif  // CLAIMCHECK_TOOLS_FRAMES_FRAME_CORPUS_H_
