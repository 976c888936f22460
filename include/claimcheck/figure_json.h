// The figure record of CONTRACT.md as JSON, and back.
#ifndef CLAIMCHECK_FIGURE_JSON_H_
#define CLAIMCHECK_FIGURE_JSON_H_

#include <nlohmann/json.hpp>

#include "claimcheck/figure.h"
#include "claimcheck/status.h"

namespace claimcheck {

// Every key of the record is present; null where unknown. After the keys of
// CONTRACT.md's figure record come "sentence_start", "sentence_end",
// "subject_alias", then the statement frame in CONTRACT.md's order
// (subject_head, modifiers, base, part, measure, direction, previous, per,
// period, modality, place, speaker) and its extensions "revised",
// "interval_low", "interval_high", "forecaster".
nlohmann::ordered_json FigureToJson(const Figure& f);
Status FigureFromJson(const nlohmann::json& j, Figure* f);

// Appends the record as one JSON line (with "\n") to *out: byte for byte what
// FigureToJson(f).dump() prints, written by hand because nlohmann's tree
// costs a third of `extract`'s time (bench/RESULTS.md, callgrind).
void AppendFigureJsonLine(const Figure& f, std::string* out);

// Values as the record shows them: a number (integral values without ".0") or
// an ISO date string.
nlohmann::ordered_json ValueToJson(const FigureValue& v);

}  // namespace claimcheck

#endif  // CLAIMCHECK_FIGURE_JSON_H_
