// Figure recognition: finds counts, percentages, money, measures, dates,
// durations and ordinals in a sentence, with qualifier, unit and counted
// subject. Lexicons and patterns are data under rules/<lang>/.
#ifndef CLAIMCHECK_RECOGNIZE_H_
#define CLAIMCHECK_RECOGNIZE_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "claimcheck/figure.h"
#include "claimcheck/status.h"

namespace claimcheck {

struct RecognizeContext {
  std::string default_currency = "USD";  // what a bare "$" means
  std::string doc_date;                  // document's published date (ISO), for "last year"
};

class Recognizer {
 public:
  virtual ~Recognizer() = default;
  // Loads rules/<lang>/*.yaml under `rules_dir`. Errors name file:line:column.
  static Status Load(const std::string& rules_dir, const std::string& lang,
                     std::unique_ptr<Recognizer>* out);
  // All figures in `text` (usually one sentence), in order, not overlapping.
  // Thread-safe: one Recognizer may serve many threads.
  virtual std::vector<Mention> Recognize(std::string_view text, const RecognizeContext& ctx) const = 0;
};

}  // namespace claimcheck

#endif  // CLAIMCHECK_RECOGNIZE_H_
