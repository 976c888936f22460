// The cross-source checker: pairs figures about the same fact and reports
// those that cannot all be true (CONTRACT.md, the finding record).
//
// A figure stands for an interval implied by its written precision and its
// qualifier ("43 percent" is [42.5, 43.5), "nearly 1,000" is [900, 1000)).
// Figures are first blocked by kind, unit and normalised subject head (lemmas
// and synonyms from rules/<lang>/synonyms.yaml plus the store's aliases), then
// scored by the words around them, their time scope and their attribution.
// Two figures about the same fact conflict when their intervals cannot
// overlap; the score and the reasons for the pairing stay on the finding.
#ifndef CLAIMCHECK_CHECK_H_
#define CLAIMCHECK_CHECK_H_

#include <cstddef>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "claimcheck/attach.h"
#include "claimcheck/figure.h"
#include "claimcheck/status.h"
#include "claimcheck/store.h"

namespace claimcheck {

enum class Severity { kInfo, kWarning, kError };
const char* SeverityName(Severity s);  // "info", "warning", "error"

// A passage the checker considered for an unsupported figure: shown so an
// editor can look, never offered as a correction.
struct Nearest {
  FigureRef figure;
  double identity = 0;  // identity score of the pairing, 0..1
};

struct Finding {
  // value_conflict, qualifier_conflict, time_conflict, attribution_conflict,
  // subject_conflict, direction_conflict, superseded, period_conflict,
  // rate_conflict, measure_conflict, modality_conflict, scope_conflict,
  // disagreement (two articles, no source settles it), arithmetic,
  // unsupported; "supported" (info) only when CheckOptions::report_matches
  // is set.
  std::string type;
  Severity severity = Severity::kInfo;
  std::string message;             // one sentence naming both documents and figures
  // The figures involved; claims[0] is the one checked. References, not
  // copies: CheckFigures' findings borrow from CheckInput::figures.
  std::vector<FigureRef> claims;
  double score = 0;                // match score of the pairing, 0..1
  std::vector<std::string> reasons;  // why the figures were paired
  std::string suggestion;          // a correction when there is one clear answer
  // The identity features that decided the pairing (name, value), for the
  // record's "features"; empty for arithmetic.
  std::vector<std::pair<std::string, double>> features;
  std::vector<Nearest> nearest;    // unsupported: the closest passages, best first
  // The evidence the finding rests on ("value", "points", "level_change",
  // "subject_listed", ...): the key of its calibrated warn bar in
  // rules/<lang>/identity.yaml. Empty for arithmetic.
  std::string basis;
};

// One article figure's alignment (`check --pairs`): the source figure the
// checker chose, the identity score, and the verdict per attribute, so the
// aligner can be measured apart from the findings.
struct Alignment {
  FigureRef figure;  // the article figure (borrowed from CheckInput::figures)
  FigureRef source;  // the chosen source (or other article's) figure; empty when none
  double identity = 0;
  // supported, a conflict type (value_conflict ...), disagreement or unsupported
  std::string verdict;
  std::vector<std::pair<std::string, std::string>> attributes;  // name -> agree|differ|unknown
  std::vector<std::pair<std::string, double>> features;
  // Every candidate scored, with its features (CheckOptions::keep_candidates;
  // read by tools/fit_identity).
  struct Candidate {
    FigureRef figure;
    std::vector<double> features;
    double identity = 0;
  };
  std::vector<Candidate> candidates;
};
nlohmann::ordered_json AlignmentToJson(const Alignment& a);

// The finding record of CONTRACT.md plus "score", "reasons" and "suggestion"
// (null when empty). Claims are complete figure records (FigureToJson).
nlohmann::ordered_json FindingToJson(const Finding& f);
// Appends FindingToJson(f).dump(-1, ' ', false, error_handler_t::replace) to
// *out, byte for byte, without building the tree.
void AppendFindingJson(const Finding& f, std::string* out);

struct CheckInput {
  std::vector<StoredDocument> documents;
  std::vector<Figure> figures;
  std::vector<Alias> aliases;
  // Per document of `documents` (by index; shorter or empty when not
  // loaded): its sentences that hold no figure, each once, in text order,
  // each ended by '\0'. Coverage often names its source only there ("The
  // Pantry Alliance published its end-of-year statistics, and they make
  // grim reading."); the role finder reads them beside the figures'
  // sentences (claims/check/roles.h). Left empty for documents stored as
  // sources, which cite nothing. Filled by LoadCheckInput
  // (claims/check/load.h) from a store and by AddCitingSentences without
  // one (tools/checkeval), so both give the same sentences. One string per
  // document, not one per sentence: 4x10^5 such sentences at 10^6 figures.
  std::vector<std::string> sentences;
};

struct CheckOptions {
  std::string rules_dir;  // synonyms live in rules/<lang>/synonyms.yaml
  // Also emit one "supported" info finding for each article figure that a
  // source confirms (the audit sheet's "supported" rows need the passage).
  bool report_matches = false;
  // Ignored since the identity model (thresholds live in
  // rules/<lang>/identity.yaml); kept so callers still compile.
  double min_score = 0.45;
  // Fill Alignment::candidates (for the fitting tool).
  bool keep_candidates = false;
  // An identity model as YAML text, used for every language instead of
  // rules/<lang>/identity.yaml (for the fitting tool's trial runs).
  std::string identity_yaml;
};

// Counters from one run, for tests and `make bench`.
struct CheckStats {
  size_t figures = 0;
  size_t blocks = 0;           // distinct blocking keys
  size_t candidate_pairs = 0;  // pairs actually scored
};

// Fills *out with the findings, sorted by severity (errors first), then by
// document and position. The findings and alignments refer to the figures of
// `in` (FigureRef::Borrow): keep `in` alive, and its figures unmoved, while
// they are used. Figures whose doc_id names no document in
// in.documents are treated as articles. Returns an error only when a rules
// file is present but invalid.
Status CheckFigures(const CheckInput& in, const CheckOptions& opts, std::vector<Finding>* out);
Status CheckFigures(const CheckInput& in, const CheckOptions& opts, std::vector<Finding>* out,
                    CheckStats* stats);
// Same, also filling *pairs (when not null) with one alignment per checked
// article figure, in document and position order.
Status CheckFigures(const CheckInput& in, const CheckOptions& opts, std::vector<Finding>* out,
                    CheckStats* stats, std::vector<Alignment>* pairs);

// The findings borrow from `in`: a temporary input would leave them dangling.
Status CheckFigures(CheckInput&& in, const CheckOptions& opts, std::vector<Finding>* out) = delete;
Status CheckFigures(CheckInput&& in, const CheckOptions& opts, std::vector<Finding>* out,
                    CheckStats* stats) = delete;
Status CheckFigures(CheckInput&& in, const CheckOptions& opts, std::vector<Finding>* out,
                    CheckStats* stats, std::vector<Alignment>* pairs) = delete;

// The figures [old_first, old_first + count) were moved, in order, to
// new_first: the findings' references to them follow (`audit` moves the
// sources' figures out of the checker's input, rather than copying them).
void RebaseFigureRefs(std::vector<Finding>* findings, const Figure* old_first, size_t count,
                      const Figure* new_first);

// The checker's lexicon for one language: rules/<lang>/synonyms.yaml.
struct Synonyms {
  std::string lang;
  // Where the head noun of a subject phrase sits once post-modifiers are cut:
  // English "ISIS-supporting profiles" -> last word; Spanish "perfiles de
  // apoyo" -> first word.
  bool head_first = false;
  std::map<std::string, std::string> lemmas;                   // irregular: "people" -> "person"
  std::vector<std::pair<std::string, std::string>> suffixes;  // ("ies", "y"), ("s", "")
  std::set<std::string> keep;  // words the suffix rules leave alone ("news"), and every lemma
  std::vector<std::vector<std::string>> groups;  // synonyms, as lemmas
  std::vector<std::pair<std::string, std::string>> distinct;  // never the same thing
  // Heads that count people one to one ("death", "victim", "admission"): a
  // count of them may be written as a count of people, and the other way.
  std::set<std::string> people_counts;
  // Heads that count people in the singular, as a total ("total attendance
  // was 1,284" is the people who came), and acts in the plural ("38,450
  // attendances", each entry at the gate, a visitor on two days twice).
  std::set<std::string> total_people_counts;
  // Heads naming a unit of time, to the unit's code ("day" -> "day", "días"
  // -> "day"): a count of them states a span of that unit, as a duration
  // does ("63 closure days in 2025" and "stopped for a total of 63 days").
  std::map<std::string, std::string> time_heads;
  // Modifiers that make such a unit another, not a span of the calendar:
  // "27 working days" are five weeks and more, not four ("working day").
  std::set<std::string> time_kinds;
  // Heads naming who acts in a market, a person or a business alike
  // ("provider", "employer", "operator", "proveedor"): WordNet files them
  // as persons, but a count of them is as often a count of firms ("1,840
  // accommodation providers" written as "1,840 places to stay"), so they
  // are no evidence of a count of people against one of things.
  std::set<std::string> agent_heads;
  // What a count of a head counts, where the language has no WordNet
  // (Spanish) or its first sense misleads: people ("usuario", "turista"),
  // acts, filings or visits ("solicitud", "visita", "claim"), things or
  // households ("coche", "hogar", "household"). A count of people written
  // as one of acts or things, or of acts as one of things, is a unit of
  // count changed (claims/check/pair.cc Compare).
  std::set<std::string> people_heads;
  std::set<std::string> act_heads;
  std::set<std::string> thing_heads;
  // Heads that name a rate, not what it counts ("rate", "incidence",
  // "tasa"): "the suicide rate was 11.6 per 100,000" and "11.6 deaths per
  // 100,000" state one rate, so such a head is no evidence of another subject.
  std::set<std::string> rate_heads;
  // Kinds of counted noun (trial17): a count of the times something
  // happened ("called out 18,436 times": occurrence_heads) is a count of the
  // events themselves ("18,436 incidents": event_heads, or WordNet's events
  // and acts for English); people named as people ("1.2 million people",
  // "24.000 personas": the lexicon's person) are a count of any class of
  // people (a head counted as people: people_heads, or WordNet's persons
  // for English). Neither is another subject.
  std::set<std::string> occurrence_heads;
  std::set<std::string> event_heads;
  std::set<std::string> stopwords;      // ignored in subjects and context
  std::set<std::string> phrase_breaks;  // words that end the subject's head phrase
  std::set<std::string> whole_markers;  // "all": the whole, not a part
  // "net", "gross": how a base is measured, not a part of it ("45% of the
  // net budget" is a share of the council's budget).
  std::set<std::string> basis_words;
  // Places named by compass points alone ("South East", "the North", "el
  // Sureste"): an area inside the country, as a "Highmoor region" is.
  std::set<std::string> compass_areas;
  // Words that open a restrictive clause or phrase after a base's noun
  // ("of the titles that closed", "of borrowers in repayment status", "de
  // los envases recogidos en el contenedor"): the base is a part of the
  // noun's whole, which an article dropping them widens.
  std::set<std::string> restrictive_breaks;
  std::set<std::string> part_of;        // "530 of the 1,000"
  // A group a figure's clause restricts it to (extract/frame/subgroup.h):
  // words that open a fronted group ("Among first-time buyers,", "Entre los
  // apicultores trashumantes,"), words that make such a phrase or a
  // subject's modifier no group (times, totals, statistics: "In recent
  // years,", "average"), verbs that end an opening subject ("were",
  // "stayed"), and words after a head that open its narrowing ("over", "of",
  // "with": "dogs over eight years old", "readers of new releases").
  std::set<std::string> subgroup_opens;
  std::set<std::string> subgroup_not;
  std::set<std::string> subgroup_links;
  std::set<std::string> subgroup_after;
  // Relative pronouns that open a clause inside a group's phrase ("drivers
  // aged 17 to 24 who were caught"): the clause may restate the whole, so
  // only the words before it show an article kept the group.
  std::set<std::string> subgroup_relatives;
  // Phrases that set a part after its whole's count ("412 people, of whom
  // 318 were full-time craftspeople", "de las cuales 640 trabajaban a
  // tiempo completo"): the part's own words after it are its group.
  std::set<std::string> subgroup_partitives;
  std::set<std::string> subgroup_part_ends;  // words that end a part's words ("and", "y")
  std::set<std::string> change_from;    // "from 2,100 to 2,500"
  std::set<std::string> change_to;
  // "68.9% this year, compared with 71.5% in 2025", "31 in 2025, frente a
  // 36 in 2024": the value after the cue is the earlier one (a baseline),
  // the words between no "from X to Y".
  std::set<std::string> compared_with;
  // A comma and one of these (or a semicolon) open another clause: "subir la
  // cuota fija un 6,2 %, y el primer tramo pasará de 0,68 a 0,72 euros"
  // gives the percent of one thing and the from..to of another.
  std::set<std::string> clause_joins;
  std::set<std::string> definite;       // "the 17 municipalities": articles that make a count the whole set
  std::set<std::string> total_cues;     // "the $48 million total splits into ..."
  // Words that set a share beside the count it is of ("530 of the 1,000
  // profiles, or 43 percent"): a percent after "N of M" with other words
  // between and none of these is no share of it (arithmetic check).
  std::set<std::string> share_cues;
  // Words that make a subject a balance of two flows ("net migration",
  // "saldo migratorio"): a negative one ("minus 8,100") says which flow was
  // larger, not that anything fell, so its sign is no direction to compare.
  std::set<std::string> net_cues;
  // "confirmed", "so far", "hasta el momento": a count that is a running
  // tally, the floor of what is true (one or more words each).
  std::set<std::string> tally_cues;
  // Words that name a figure as a floor or a ceiling set by rule ("the
  // minimum fostering allowance ... is £312", "la cuantía máxima"): the
  // figure is the bound itself, which "a minimum of £312", "at least £312"
  // (floor) or "up to" (ceiling) restate rather than hedge.
  std::set<std::string> floor_cues;
  std::set<std::string> ceiling_cues;
  // A duration that is a window or an age threshold ("in the past 30 days",
  // "within 90 days", "less than 30 days old"): the word before or after it.
  // Its "less than" bounds the accounts counted, not the number: no
  // qualifier conflict.
  std::set<std::string> window_before;
  std::set<std::string> window_after;
  std::set<std::string> body_words;     // words that make an attribution a named body
  std::set<std::string> recipient_cues;  // "told": what follows is not the source
  // "Police recorded 4,812 thefts" in a board's bulletin: the verb names the
  // body that recorded the data the publisher releases, not a finding the
  // publisher relays (an article crediting the publisher is right).
  std::set<std::string> record_verbs;
  // "figures quoted by the Guild showed": the article credits a body with
  // relaying the figure, which the body's document does; no misattribution.
  std::set<std::string> relay_verbs;

  // Lower-cased singular form of one word, by the irregular list then the
  // suffix rules.
  std::string Lemma(std::string_view word) const;
};

// Loads rules/<lang>/synonyms.yaml strictly: unknown keys, wrong types and
// empty groups are errors whose message starts "file:line:column: ". A
// missing file is NotFound (callers may fall back to an empty lexicon).
Status LoadSynonyms(const std::string& rules_dir, const std::string& lang, Synonyms* out);
// Same, for text already in memory; `name` is used in messages.
Status ParseSynonyms(const std::string& yaml_text, const std::string& name, const std::string& lang,
                     Synonyms* out);

// Validates rules/<lang>/identity.yaml, the checker's identity model (weights
// and thresholds; claims/check/identity.h), strictly. NotFound when missing.
Status LoadCheckerIdentityModel(const std::string& rules_dir, const std::string& lang);

}  // namespace claimcheck

#endif  // CLAIMCHECK_CHECK_H_
