// A figure prepared for comparison (its statement frame read into keys once),
// the identity features of a pair (identity.h), and the comparison of a
// paired statement's attributes: what differs, if anything. Internal to the
// checker; the frames themselves are built in extract/frame, never here.
#ifndef CLAIMCHECK_CLAIMS_CHECK_PAIR_H_
#define CLAIMCHECK_CLAIMS_CHECK_PAIR_H_

#include <string>
#include <string_view>
#include <vector>

#include "claimcheck/figure.h"
#include "claims/check/identity.h"
#include "claims/check/interval.h"
#include "claims/check/lexicon.h"

namespace claimcheck::check {

// A sentence's content words as ids with their rarity weights (idf over the
// fixed background of rules/<lang>/background.yaml, never over the store),
// sorted by id.
struct Bag {
  std::vector<int> ids;
  std::vector<float> weights;
  double norm = 0;  // sqrt of the sum of squared weights
};

// What a count counts, by its head noun (Statement::count_unit): unknown,
// people ("applicants", "civilians"), events that count people one to one
// ("deaths", "victims": rules/ people_counts), or anything else WordNet
// knows ("incidents", "flights"); and, where rules/ list the head
// (people_heads, act_heads, thing_heads), acts, filings or visits
// ("applications", "claims", "visitas") or things and households ("cars",
// "households", "hogares"). Acts and things are "other" against people
// too; against each other they are two units of count ("24,300 cars" for
// "24,300 theft claims").
inline constexpr int kCountsUnknown = 0;
inline constexpr int kCountsPeople = 1;
inline constexpr int kCountsPeopleEvents = 2;
inline constexpr int kCountsOther = 3;
inline constexpr int kCountsActs = 4;
inline constexpr int kCountsThings = 5;
// A party acting in a market, a person or a firm ("providers", "farmers",
// "agricultores": rules/ agent_heads): neither people nor things, but no act
// either ("3.140 agricultores" for 3.140 applications by 2.260 farmers).
inline constexpr int kCountsAgents = 6;

inline constexpr int kMovedUp = 1;
inline constexpr int kMovedDown = 2;
// Of the sentence's changes with a direction: one of a percent or points
// below kSlightChange ("un 0,3 % más"), and one of any other size or unit.
// A sentence whose every change is slight may call its level stable.
inline constexpr int kMovedSlightly = 4;
inline constexpr int kMovedMuch = 8;
inline constexpr double kSlightChange = 1.0;

struct Statement {
  const Figure* f = nullptr;
  int doc = -1;            // index into CheckInput::documents; -1 unknown
  // What the figure is credited to: the attacher's attribution phrase, or,
  // when the frame's speaker is not in that phrase, the speaker. The frame
  // reads who a sentence credits (extract/frame/speaker.cc: ", the force
  // said" outranks an opening "Police in Northshire recorded"); the phrase
  // is only the credit nearest the figure (trial12). Empty: no credit.
  std::string_view credit;
  bool source = false;     // in a source document
  bool checked = false;    // checked against the sources: an article's, or a source's that cites others
  std::string unit_class;  // kind|unit: figures in different classes never pair
  std::string subject;     // canonical key of frame.subject_head ("" unknown)
  std::string subject_phrase;  // modifiers + head as the frame gives them, for messages
  std::vector<std::string> modifiers;  // canonical keys of frame.modifiers, sorted
  bool rate_head = false;   // the head names a rate, not what it counts (rules' rate_heads)
  int subject_word = -1;    // the subject head's word id in the bags' vocabulary, -1 none
  const Bag* bag = nullptr;            // the sentence's words, shared by its figures
  const std::vector<double>* sentence_values = nullptr;  // every number in the sentence
  // The sizes of the sentence's changes with a direction (kMovedSlightly |
  // kMovedMuch), filled as the sentence's figures are read; nullptr when unknown.
  const int* sentence_moved = nullptr;
  // Each of those changes: its subject head ("" when none) and its
  // direction (kMovedUp or kMovedDown), so a flat level is weighed against
  // its own subject's moves only; nullptr when unknown.
  const std::vector<std::pair<std::string, int>>* sentence_moves = nullptr;
  // The sentence writes a date of its own (a date figure in it, "in March
  // 2026", "2025-26"), filled as the sentence's figures are read; nullptr
  // when unknown. A time or period told apart where neither side writes one
  // is the reader's inference (the document's date, a sentence before).
  const char* sentence_dated = nullptr;
  // The figure's time is a day in the week up to its document's date
  // ("published yesterday", "hoy", "on Monday"): when it was told, which
  // says nothing of the day its count stood, so no time differs by it.
  bool time_told = false;
  // The figure's frame period ends after its document's date: a span still
  // to come ("will open for bids in January 2027"), no total counted yet.
  bool period_ahead = false;
  Interval interval;
  double half = 0;
  bool whole_base = false;  // the share's base is a whole ("of all content")
  int base_words = 0;       // content words of the base: 2+ is narrowed ("the content we removed")
  bool whole_sentence = false;  // the sentence uses a whole marker anywhere ("all", "every")
  std::string base_key;     // canonical head of frame.base
  // The place the frame ties the figure to (frame.place), folded to lower
  // case, and the vocabulary ids of its words (the bags' ids; -1 left out),
  // sorted: whether the other side's sentence names it at all.
  std::string place;
  std::vector<int> place_words;
  std::vector<std::string> base_terms;  // canonical content words of frame.base, sorted
  // The words of frame.base as the bags' word ids (sorted; unknown left
  // out): what ContextBesideBase leaves out of a scope pair's context.
  std::vector<int> base_word_ids;
  // A base narrowed after its noun by a clause or a phrase (rules'
  // phrase_breaks: "titles that closed", "borrowers in repayment status",
  // "those who responded"): the canonical content words before that break
  // (none for "those who ..."), sorted, and the break's own content words,
  // as canonical keys and as the bags' word ids (sorted; unknown left out).
  bool base_restricted = false;
  // Narrowed by a participle only ("the dogs checked", "las empresas
  // encuestadas"): coverage drops such a word as it shortens ("41 % de las
  // empresas"), so only an article base said to be the whole ("all", "the
  // borough's dogs") widens it.
  bool base_participle = false;
  bool base_whole_said = false;  // whole_markers or an owner's possessive in the base
  std::vector<std::string> base_noun_terms;
  std::vector<std::string> restrict_terms;
  std::vector<int> restrict_words;
  bool old_level = false;   // the earlier level of a revision or a from..to
  // A count written with a scale word and nothing counted ("3,64 millones",
  // "71 million"): a sum whose currency its writer left unsaid, which the
  // checker pairs with sums of any currency (check.cc CrossGroup; SameClass).
  bool elided_money = false;
  // A count of a unit of time, compared as a span of it (unit_class
  // "duration|day": check.cc UnitClass).
  bool time_count = false;
  // The sentence gives a running tally ("23 deaths have been confirmed so
  // far"): the count is a floor of what is true, so "at least 23" holds.
  bool tally = false;
  // The byte offset in its sentence of a compared_with cue ("compared
  // with 1,392 in 2025"), -1 none; and whether the figure comes after that
  // comparison's baseline ("..., an increase of 32.7%"), so the period its
  // frame gives may be the baseline's (not compared).
  int compare_at = -1;
  bool period_shared = false;
  bool window = false;      // a duration that is a window or an age threshold (cues.window_*)
  // An article's figure its sentence states as what happened ("revenue
  // reached about $9.3 billion", "hit £55bn"): Frame::outcome_stated, read in
  // extract/frame/modality.cc. A modality difference whose article side says
  // so is calibrated apart ("modality_stated").
  bool outcome_stated = false;
  // A balance of two flows below zero ("net migration was minus 8,100"):
  // its sign names the larger flow, so its direction is not compared.
  bool negative_balance = false;
  bool change_carries_direction = false;  // a level whose sentence has a change with a direction ("fell 6% to 287")
  // The sentence states both a change and a level of the figure's unit
  // class ("Adoptions increased by 1,130 to 12,475", "fell by 15 to 37"):
  // its writer tells which number is which, so a level against it that
  // gives the change's number (or the reverse) is read from its words, not
  // guessed from a frame's default measure (trial35).
  bool change_and_level = false;
  // A duration compared in its family's unit (interval.h DurationScale):
  // the factor from the unit it is written in ("two years" is 24 months:
  // 12). Its interval and half precision are in the family's unit; its
  // digits below stay those written, so a digit slip is read only between
  // figures written in one unit.
  double unit_scale = 1;
  std::string digits;       // |value| written "%.4f", for digit slips (DigitsOf)
  // The value's digits are written in the figure's text ("4,870", "1,8 %",
  // "£3.7 million"): not number words nor a ratio whose digits are not the
  // value ("four in ten", "quince por ciento", "1 in 5" for 20%). Only such
  // a figure can slip a digit (DigitsWritten).
  bool digits_written = false;
  // A share written as a fraction or a ratio ("a quarter", "four in ten",
  // "uno de cada cinco"): the writer's rounding, true of every number its
  // words hold, never a number copied with a bound added to it.
  bool share_words = false;
  int count_unit = kCountsUnknown;  // a count's unit class (kCounts*)
  // The head's kind (rules' occurrence_heads, event_heads, people_heads;
  // WordNet for English): "times" counts occurrences, "incidents" events;
  // "people" is the generic person, "visitors" a class of people.
  bool occurrence_head = false;
  bool event_head = false;
  bool generic_people = false;
  bool people_class = false;
  // A head whose first sense is no person but another sense is ("holders":
  // first a device, also those who hold): English, WordNet.
  bool person_other_sense = false;
  // No denominator of its own, where its document gives the same subject
  // (and unit) one denominator elsewhere: that one ("£1,142" beside "£1,655
  // per month" in a rent monitor). Empty otherwise.
  const std::string* doc_per = nullptr;
  // The bags' word ids of the frame's denominator that name a thing, not a
  // span of time or a scale ("appeal", "tren afectado", "1000 accounts":
  // account), sorted; empty when it names none.
  std::vector<int> per_words;
  // The modifiers every figure of this subject in its document carries,
  // where it has two figures or more ("licencias federativas" twice): the
  // document's own name for the thing, no narrowing of it (sorted; null
  // otherwise).
  const std::vector<std::string>* doc_name = nullptr;
  // A source figure's group its clause restricts it to (extract/frame/
  // subgroup.h: "Among first-time buyers,", "Electric and hybrid barges
  // were"): the bags' word ids of its narrowing words (sorted; empty none)
  // and the phrase as written; and the statement (index among the
  // checker's) of its document near it that gives the whole's figure of the
  // same unit, -1 none (Checker::LinkWholes).
  std::vector<int> subgroup_words;
  // The group is a part set after its whole's count ("412 people, of whom
  // 318 were full-time craftspeople"; frame::Subgroup::partitive); its
  // words are then those of the part's clause the whole's clause lacks.
  bool subgroup_partitive = false;
  std::string subgroup_phrase;
  // Those of its narrowing words before a relative clause ("aged" of
  // "drivers aged 17 to 24 who were caught"; sorted): the clause ("who were
  // caught") may say what the whole is too, so an article keeps the group
  // only by one of these. Empty when the group has no relative clause.
  std::vector<int> subgroup_core_words;
  // The words a compound narrowing word of the group ends with, where the
  // documents use them alone ("chip" of "microchip", "phone" of
  // "smartphone"; sorted ids): coverage shortens the compound and keeps
  // the group ("for dogs with no chip" for "dogs with no microchip").
  std::vector<int> subgroup_word_tails;
  std::vector<std::string> subgroup_tail_text;  // the candidates as context words, until resolved
  size_t subgroup_clause_at = 0;  // where in its sentence the restricting clause or phrase opens
  int whole = -1;
  double whole_value = 0;  // its value, in the family unit as sentence_values
  // The reverse link, on a whole: the group's statement nearest after it
  // whose whole it is (-1 none), that group's narrowing words (the bags'
  // ids, sorted) and its value in the family unit.
  int part = -1;
  const std::vector<int>* part_words = nullptr;
  double part_value = 0;
  // Its sentence gives the same head another group's figure, each narrowed
  // by modifiers the other lacks ("6.2% of nursing homes were rated
  // inadequate, compared with 3.4% of residential homes"): the figure is one
  // group's of a breakdown (Checker::Prepare).
  bool breakdown = false;
  // For a breakdown's figure: the modifiers its document gives the same
  // subject in its other sentences (sorted union; null none), the names it
  // uses for the whole ("14,630 registered care homes", "300 care homes").
  const std::vector<std::string>* doc_modifiers = nullptr;
  // An article figure's words before it in its sentence, as the bags' ids
  // (sorted): whether it keeps a source's group.
  std::vector<int> lead_words;
  // Its words after it, up to the next number or its clause's end (the
  // bags' ids, sorted): what its own noun phrase says ("1.020 empleados a
  // tiempo completo", not "... and 2,310 tested positive").
  std::vector<int> trail_words;
  // The sentence before its own in its paragraph (one with a figure): its
  // words and numbers, or null. An article may tell one source sentence in
  // two ("... the highest of any town centre with more than 200 units.
  // Eastholme was next at 22.8%."), the group in the first.
  const Bag* prev_bag = nullptr;
  const std::vector<double>* prev_values = nullptr;
};

// A count over a written scale other than a hundred ("10000 adults",
// "1000 residents/month"): a rate no percent (a rate per hundred) restates.
bool ScaledRate(const Frame& f, Kind kind);

// A denominator the frame reads as a span of time (ISO 8601's duration
// units, English and Spanish) or as a number ("100000 residents").
bool TimeOrScale(const std::string& per);

// The span of time ("year", "month", "week", "day") an adjective names as
// what an amount is per ("annual", "mensuales"), or nullptr when it names
// none. The returned string lives for the program.
const std::string* SpanAdjective(std::string_view word);

// The identity features of article statement `a` against `b`.
Features PairFeatures(const Statement& a, const Statement& b);
// The features with the value's own ones zeroed (value_agree, value_slip,
// value_close, slip_distinct, value_near): identity read apart from the
// numbers, where a near value is no evidence of which statement is meant.
Features WithoutValue(Features f);
// The context feature of a pair whose bases differ (a scope comparison),
// with each side's base words that the other sentence lacks left out of
// its norm: the words that state the attribute compared are what differs,
// and would otherwise lower the identity of the very pair whose base was
// changed ("99.2% of all the recalled vehicles" for "of the vehicles
// repaired so far, 99.2%": issue 13 point 1). Shared words count as before.
double ContextBesideBase(const Statement& a, const Statement& b);

// What differs between two statements paired as the same (first match wins,
// in this order). kNone: they agree.
enum class Diff {
  kNone,
  kValue,
  kQualifier,
  kSuperseded,
  kSubjectListed,  // a pair rules/ lists as never the same (supporters / fighters)
  kSubject,        // two unrelated head nouns neither sentence shares
  kUnit,           // a count of people for a count of acts or things, or back
  kPoints,         // percent vs percentage points
  kCurrency,       // one amount in two currencies ("512,7 millones de dólares" for "de euros")
  kMeasure,        // level vs change
  kDirection,
  kRate,
  kModality,
  kScope,
  kSubset,
  kPeriod,
  kTime,
};
// The finding type of a difference: "value_conflict", "superseded", ...
const char* DiffType(Diff d);
// The evidence a difference rests on, finer than its type ("points" and
// "level_change" are both measure conflicts): the key the identity model's
// warn bars are calibrated on.
const char* DiffBasis(Diff d);

struct Comparison {
  Diff diff = Diff::kNone;
  bool value_agrees = false;
  // The subject verdict (1 same, -1 differs, 0 unknown), and whether the two
  // numbers are one number as written (within the rounding of either, a
  // hedge aside): "about 9,400" and "9,000" agree as intervals but are not.
  int subject = 0;
  bool same_number = false;
  // The subset verdict (1 the source's subject is the article's, -1 the
  // source narrows it with a modifier the article drops, 0 unknown).
  int subset = 0;
  // The subset is a part the source gives beside its stated whole ("1,265
  // volunteers, of whom 386 were helms") counted by the article as the whole.
  bool part_of_whole = false;
  // The part is a group the source's clause restricts its figure to
  // ("Electric and hybrid barges", "Entre los apicultores trashumantes"),
  // beside a whole's figure it gives (Statement::whole), and the article
  // states the figure without the group.
  bool subgroup = false;
  // The reverse: the source figure is the whole of a group's figure
  // (Statement::part), and the article states the whole's number with the
  // group's words ("1.020 empleados a tiempo completo" for "1.020 personas,
  // de las cuales 640 trabajaban a tiempo completo").
  bool whole_as_part = false;
  // The subset is one place's figure (the source ties it to a place, "in
  // Scotland") given for another place (the article's "across the UK"),
  // where neither sentence names the other's place.
  bool place_differs = false;
  // The period or time difference is with the span the source figure's
  // document names in its title or a heading (Frame::period_inherited), the
  // source sentence stating none: weaker than a span each sentence states,
  // so its findings are calibrated apart (basis "period_inherited").
  bool period_inherited = false;
  // A per-unit difference between two statements rather than one
  // misreported: the numbers merely overlap, or a count below ten meets a
  // figure with no denominator (TwoStatements).
  bool rate_apart = false;
  // The article's figure is a rate per a span of time ("640 calls a
  // week"), the source's the total of one span of another length ("640 in
  // the month of July"): both sides state a denominator, the source's by its
  // period (check.cc: the two-sided rate basis, not rate_one_sided).
  bool rate_span_differs = false;
  // Two shares that add up to 100 (a part and the rest of its whole): two
  // statements, never a value conflict (TwoStatements).
  bool complement = false;
  // The source's figure is a one-sided bound ("superan con frecuencia los
  // 300 euros", "fewer than 50") and the article's exact number lies past
  // it on its open side ("alcanzan los 600 euros"): true of the bound, so
  // another statement, never a value conflict (TwoStatements).
  bool bound_holds = false;
  // The article figure is a bare count below ten ("only two"): its number
  // recurs in any sentence, so the same number is no evidence that another
  // attribute, not the subject, is what differs.
  bool small_count = false;
  // The modality differs as well as the direction, the numbers not one
  // number ("lost around 40 experienced therapists" against a forecast "38
  // additional therapists"): two attributes apart with only a near number
  // between them are two statements, not one misreported (TwoStatements).
  bool modality_differs = false;
  // The period or the time differs ("más de 1.900 adopciones" in 2025
  // against a target of 2.300 for 2026): with the modality and no one
  // number between them, two statements (TwoStatements).
  bool when_differs = false;
  // Share words whose own sentence writes the number they round, a number
  // the candidate's sentence writes beside another ("More than half of
  // dealer sales, 54%, were financed" against "54% ..., up from 50% a year
  // earlier"): the words are that number, not the candidate's (trial57),
  // so the pair is two statements (TwoStatements).
  bool restated_apart = false;
  // A hedge against an exact figure where the number is below ten ("almost
  // three years" for "three consecutive years"): such a number recurs
  // anywhere, so the pair is two statements, not a hedge added to one.
  bool qualifier_apart = false;
  // One head narrowed by other words on each side ("71% of minor
  // applications" against "60% of major applications"): with other values,
  // two statements (TwoStatements).
  bool narrowed_apart = false;
  // The two heads are two units of count, but the source's sentence names
  // the people the article counts ("Passengers made 4.8 million journeys"),
  // so the subject was left unknown: one statement naming its people, unless
  // that sentence counts those people apart with a number of their own
  // ("142 siniestros, en los que resultaron heridos 157 ciclistas"), which
  // the checker reads from the sentence's figures (check.cc CountedApart).
  bool unit_named = false;
  // The same, where the article's sentence says its people did the act the
  // source counts ("More than 1,100 people responded" for "1,120
  // responses", "children ... were registered" for "registrations"): one
  // act a person, unless the source gives those people a number of their
  // own (check.cc CountedApart looks through the source document).
  bool act_named = false;
  // Per attribute: "agree", "differ" or "unknown" (for --pairs).
  std::vector<std::pair<std::string, std::string>> attributes;
};
Comparison Compare(const Lexicon& lex, const Statement& a, const Statement& b);

// Whether a word of `s`'s sentence shares its stem with `head` (a prefix
// of four letters or more leaving at most four of the head): the sentence
// names that noun or its agent ("applicants" for "applications"); or
// SentenceDoesWhatClassNames.
bool SentenceNamesWord(const Statement& s, const std::string& head);
// English: a verb of the sentence is one WordNet derives the person noun
// `head` from ("612 players entered" for "entrant", "applied" for
// "applicant"); the noun itself written there is not.
bool SentenceDoesWhatClassNames(const Statement& s, const std::string& head);

// A lower-case word that is an owner's possessive ("borough's", "councils'"):
// the owner's whole, where a bare noun may be a part.
inline bool Possessive(std::string_view lower) {
  return lower.size() > 2 && (lower.substr(lower.size() - 2) == "'s" || lower.substr(lower.size() - 2) == "s'");
}

// A count below this recurs in unrelated sentences too often for the same
// number to be evidence that two statements are one.
inline constexpr double kSmallCount = 10;

// Two statements, not one misreported: their subjects differ and so do their
// numbers (beyond the rounding of either), with no digit slip between the
// numbers (`slip`: PairFeatures' value_slip) to say one was copied from the
// other. "About 9,400 employers" is not "9,000 households" misreported, nor
// "2,331 crimes" a misreport of "2,295 arrests": each side may hold its own
// subject's number, so neither a subject nor a value conflict is raised.
// So are a part and its whole with different numbers, unless the numbers
// are a distinctive slip (`distinct_slip`: slip_distinct): "24 Championship
// clubs" is not "20 clubs" misreported, nor "goods prices rose 0.9%" a
// misreport of "prices rose 0.1%". And so are a per-unit difference between
// numbers that merely overlap, or a small count and a figure with no
// denominator (Comparison::rate_apart). And so are a share and its
// complement (Comparison::complement).
bool TwoStatements(const Comparison& c, bool slip, bool distinct_slip);

// A forecast or a target, as opposed to an outcome or an estimate of one.
bool Forecastish(Modality m);
// One unit class, or a sum and a count that elides its currency
// (Statement::elided_money).
bool SameClass(const Statement& a, const Statement& b);

// True when the two values can both be true (overlapping intervals, or the
// same anchor written with different precision).
bool ValuesAgree(const Statement& a, const Statement& b);

}  // namespace claimcheck::check

#endif  // CLAIMCHECK_CLAIMS_CHECK_PAIR_H_
