// Dates and periods: "March 5, 2018", "5 de marzo de 2018", "October 2017",
// "the first quarter of 2018", "between October 2017 and March 2018", years
// in context ("in 2014"). Used by the Recognizer, whose ranking step lets a
// date span win over the bare numbers inside it.
#ifndef CLAIMCHECK_EXTRACT_RECOGNIZE_DATE_RECOGNIZER_H_
#define CLAIMCHECK_EXTRACT_RECOGNIZE_DATE_RECOGNIZER_H_

#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "claimcheck/figure.h"
#include "claimcheck/recognize.h"
#include "claimcheck/status.h"

namespace claimcheck {

class DateRecognizer {
 public:
  virtual ~DateRecognizer() = default;
  // Loads rules/<lang>/dates.yaml (month names, quarter words, period cues).
  static Status Load(const std::string& rules_dir, const std::string& lang,
                     std::unique_ptr<DateRecognizer>* out);
  // Every date or period in `text`, in order, not overlapping: kind kDate,
  // value an ISO string ("2018-03-05", "2018-03", "2018", "2018-Q1"); a period
  // has value_max and qualifier kRange. Offsets are UTF-8 bytes into `text`.
  // Thread-safe. `unresolved`, when given, receives the byte spans of
  // periods found without any year to give them ("the first quarter", "Q4",
  // "the July-September quarter" with no document date): no date, but no
  // other figure either ("quarter" is not 25% there).
  virtual std::vector<Mention> Find(std::string_view text, const RecognizeContext& ctx,
                                    std::vector<std::pair<size_t, size_t>>* unresolved = nullptr) const = 0;
};

}  // namespace claimcheck

#endif  // CLAIMCHECK_EXTRACT_RECOGNIZE_DATE_RECOGNIZER_H_
