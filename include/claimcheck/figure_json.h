// The figure record of CONTRACT.md as JSON, and back.
#ifndef CLAIMCHECK_FIGURE_JSON_H_
#define CLAIMCHECK_FIGURE_JSON_H_

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "claimcheck/figure.h"
#include "claimcheck/status.h"

namespace claimcheck {

// Every key of the record is present; null where unknown. After the keys of
// CONTRACT.md's figure record come "sentence_start", "sentence_end",
// "subject_alias", then the statement frame in CONTRACT.md's order
// (subject_head, modifiers, base, part, measure, direction, previous, per,
// period, modality, place, speaker) and its extensions "revised",
// "interval_low", "interval_high", "forecaster", "period_inherited",
// "outcome_stated".
nlohmann::ordered_json FigureToJson(const Figure& f);

// The statement frame's keys in the record's order, named and typed in this
// one place for every writer of the record (the JSON tree, the JSON line,
// the CSV columns): calls on `sink`
//   Str(key, std::string_view)       text; empty is null
//   Name(key, const char*)           an enum's name, never null
//   List(key, const std::vector<std::string>&)
//   Num(key, const std::optional<double>&)
//   Bool(key, bool)
// where key is a string literal.
template <typename Sink>
void ForEachFrameKey(const Frame& fr, Sink& sink) {
  sink.Str("subject_head", fr.subject_head);
  sink.List("modifiers", fr.modifiers);
  sink.Str("base", fr.base);
  sink.Str("part", fr.part);
  sink.Name("measure", MeasureName(fr.measure));
  sink.Str("direction", DirectionName(fr.direction));
  sink.Num("previous", fr.previous);
  sink.Str("per", fr.per);
  sink.Str("period", fr.period);
  sink.Name("modality", ModalityName(fr.modality));
  sink.Str("place", fr.place);
  sink.Str("speaker", fr.speaker);
  sink.Bool("revised", fr.revised);
  sink.Num("interval_low", fr.interval_low);
  sink.Num("interval_high", fr.interval_high);
  sink.Str("forecaster", fr.forecaster);
  sink.Str("period_inherited", fr.period_inherited);
  sink.Bool("outcome_stated", fr.outcome_stated);
}
Status FigureFromJson(const nlohmann::json& j, Figure* f);

// Appends the record as one JSON line (with "\n") to *out: byte for byte what
// FigureToJson(f).dump() prints, written by hand because nlohmann's tree
// costs a third of `extract`'s time (bench/RESULTS.md, callgrind).
void AppendFigureJsonLine(const Figure& f, std::string* out);
// The same record without the "\n": FigureToJson(f).dump(-1, ' ', false,
// error_handler_t::replace), byte for byte (check's findings and stored
// finding records embed it).
void AppendFigureJson(const Figure& f, std::string* out);

// JSON text as nlohmann's dump(-1, ' ', false) writes it: a string (quoted,
// escaped, UTF-8 as is; the caller checks it is valid UTF-8) and a double.
void AppendJsonString(std::string_view s, std::string* out);
void AppendJsonDouble(double v, std::string* out);

// Values as the record shows them: a number (integral values without ".0") or
// an ISO date string.
nlohmann::ordered_json ValueToJson(const FigureValue& v);

}  // namespace claimcheck

#endif  // CLAIMCHECK_FIGURE_JSON_H_
