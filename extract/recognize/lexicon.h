// Everything the recogniser knows about one language, loaded once from the
// YAML files under rules/<lang>/ that this module owns:
//   numbers.yaml      digits conventions, number words, scales, fractions
//   percent.yaml      percent signs and words, percentage points, ratios
//   money.yaml        currency symbols, codes and words -> ISO 4217
//   measures.yaml     measure and duration units -> unit codes
//   ordinals.yaml     ordinal words and suffixes
//   qualifiers.yaml   approx/nearly/more_than... words, vague amounts, ranges
//   subjects.yaml     how far the counted subject runs
//   not_figures.yaml  labels, model names, streets, clock times
// Read-only after Load, so one Lexicon serves many threads.
#ifndef CLAIMCHECK_EXTRACT_RECOGNIZE_LEXICON_H_
#define CLAIMCHECK_EXTRACT_RECOGNIZE_LEXICON_H_

#include <memory>
#include <string>
#include <unordered_set>
#include <vector>

#include "claimcheck/figure.h"
#include "claimcheck/status.h"
#include "extract/recognize/phrase_set.h"

namespace claimcheck {
namespace recognize {

using StrSet = std::unordered_set<std::string, SvHash, std::equal_to<>>;
inline bool Has(const StrSet& s, std::string_view w) { return s.find(w) != s.end(); }

// Lookups of token i (nothing for digits or tokens outside the vocabulary).
inline bool HasTok(const ScannedText& s, const StrSet& set, size_t i) {
  return i < s.toks.size() && s.toks[i].known && s.toks[i].type != TokType::kDigits && Has(set, s.Lower(i));
}
// For sets kept out of the vocabulary (read only in context): any word token.
inline bool HasWord(const ScannedText& s, const StrSet& set, size_t i) {
  return i < s.toks.size() && s.toks[i].type != TokType::kDigits && Has(set, s.Lower(i));
}
template <typename V>
const V* FindTok(const ScannedText& s, const StrMap<V>& m, size_t i) {
  if (i >= s.toks.size() || !s.toks[i].known || s.toks[i].type == TokType::kDigits) return nullptr;
  return Find(m, s.Lower(i));
}

// Marks the tokens of `s` that appear in `vocabulary` (known) and copies the
// entry's marks (Token::marks).
void MarkKnown(const StrMap<uint8_t>& vocabulary, ScannedText* s);

enum class NumWordKind : uint8_t { kUnit, kTen, kHundreds, kMultiplier, kScale };
struct NumWord {
  NumWordKind kind = NumWordKind::kUnit;
  double value = 0;
};

struct NumberRules {
  std::string decimal_marks;       // bytes that may start a decimal part
  std::string group_marks;         // bytes that may separate thousands (' ' = any space)
  std::string three_digit_groups;  // a single such mark before exactly 3 digits groups
  std::string indian_groups;       // marks that may also group the Indian way: "6,00,000", "1,25,00,000"
  std::vector<std::string> decimal_symbols;  // non-ASCII decimal marks: the middle dot of "1·43"
  StrMap<double> glyph_fractions;  // "½" -> 0.5, alone or after digits ("1½")
  StrMap<NumWord> words;
  StrSet standalone_scales;        // scale words that are a number alone ("mil")
  StrMap<double> glued_scales;     // "3bn", "40k"
  StrMap<double> glued_scales_cased;  // matched as written: "$4MM" (but "4mm" is millimetres)
  StrMap<double> spaced_scales;    // "3 bn", "2 mln"
  StrMap<double> dozens;           // "dozen" -> 12
  StrSet ten_joiners;              // "-" (ninety-six), "y" (noventa y seis)
  StrMap<double> joined_units;     // units only after a joiner ("treinta y un")
  StrSet and_words;                // "a hundred and five"
  StrSet decimal_words;            // spoken decimal point: "three point one", "tres coma cinco"
  StrSet decimal_not_after;        // "at one point two people": no decimal after these
  StrSet articles;                 // "a hundred", "un millón"
  StrSet minus_words;
  StrSet minus_not_after;          // "al menos 12" is not -12
  PhraseSet fractions;             // payload: index into fraction_den
  std::vector<double> fraction_den;
  StrSet standalone_fractions;     // "half" needs no numerator ...
  StrSet standalone_fraction_next; // ... when followed by one of these ("of")
  StrSet qualified_fraction_after;    // ... or after one of these, whatever follows: "over half.", "más de la mitad eran"
  StrSet qualified_fraction_articles; // an article between them: "de la mitad"
  StrSet article_one_after;           // "within a year", "en una década": an article after one of these ...
  StrSet article_one_units;           // ... and before one of these time units is one of the unit
  StrMap<double> unit_fractions;   // alone before a scale or a unit: "half an hour", "medio millón", "media hora"
  // "medio punto más", "un cuarto de punto", "half a point", "a quarter of a
  // point": a fraction word (point_fractions) before a point word, maybe
  // over point_of and an article; "casi un punto más", "more than a point
  // higher": an article before a point word that one of point_next follows.
  // Counts the frame reads as percentage points (frames.yaml point_units).
  StrMap<double> point_fractions;
  StrSet point_words;
  StrSet point_of;
  PhraseSet point_next;
  StrSet scale_articles;           // "superan el millón de alumnos": before a scale word, an article that is one
  PhraseSet not_fractions;         // a fraction word in a phrase that is none: "medio de transporte"
  PhraseSet halves;                // "and a half": payload index into half_values
  std::vector<double> half_values;
  // Fraction words that are periods or positions, not shares: "the first
  // quarter", "the latest quarter", "two quarters in a row", "a fifth
  // straight month" (an ordinal).
  StrSet period_fractions;         // "quarter", "half": periods after period_before ...
  StrSet period_before;            // ... ("first", "latest", "each") ...
  PhraseSet period_after;          // ... or before these ("in a row", "running")
  PhraseSet period_after_plural;   // ... or, plural, before these ("two quarters of growth")
  StrSet fraction_not_before;      // "a fifth straight month", "a third term": ordinals
  StrSet period_adjectives;        // "two consecutive quarters", "three straight months"
  StrSet pronouns;                 // "one" used as a pronoun ...
  StrSet pronoun_next;             // ... before these ("one of")
  StrSet pronoun_prev;             // ... or after these ("the one")
  double year_min = 0;
  double year_max = 0;
};

struct PercentRules {
  PhraseSet percent;  // payload 0: percent, 1: percentage points, 2: basis points (0.01 pp)
  PhraseSet ratio;    // "in", "out of", "de cada"
};

struct CurrencyRules {
  PhraseSet before;                 // payload: index into codes
  PhraseSet after;
  PhraseSet glued_after;            // only glued to the digits: "4.2p", "250p"
  StrSet glued_exceptions;          // whole tokens that are not money: "720p", "1080p"
  std::vector<std::string> codes;   // "" = RecognizeContext::default_currency
  std::vector<double> factors;      // subunits: "cents" is 0.01 of its currency
  StrSet connectors;                // "3 millones de euros"
};

struct UnitDef {
  std::string code;
  double factor = 1;
  bool duration = false;
  // Words right after the unit that make it no unit of this measure:
  // "312 million pounds of debt" is money, "pounds of beef" a weight.
  StrSet not_before;
};
struct MeasureRules {
  PhraseSet units;  // payload: index into defs
  std::vector<UnitDef> defs;
  StrSet connectors;
  StrSet compound_joiners;  // "six-month"
  // "14 minutes 20 seconds", "3 horas y 46 minutos": a smaller duration unit
  // right after (past one of duration_joiners) makes one duration, in the
  // first unit; duration_seconds gives each duration code's length.
  StrSet duration_joiners;
  StrMap<double> duration_seconds;
  // Units glued to digits and matched as written: "-5C", "90F" (but "5c" is cents).
  StrMap<int> glued_cased;  // payload: index into defs
  // A scale letter that is also a unit ("1.8m wall" vs "2.5m people"): read
  // as the unit only before one of its words.
  struct ScaleOrUnit {
    double scale = 0;
    int def = -1;
    PhraseSet before;
    PhraseSet after;      // words just before the number: "ran 100m", "swam 50m"
    bool timed = false;   // "100m in 9.58 seconds": a distance run in a time
    bool always = false;  // the unit unless a currency claims the figure ("4 mm" vs "US$4 mm")
  };
  StrMap<ScaleOrUnit> scale_or_unit;  // key: the letter as lower-cased ("m")
  // Units written before the number: "a magnitude 6.4 quake", "de magnitud 6,1".
  PhraseSet prefix_units;  // payload: index into defs
};

struct OrdinalRules {
  StrMap<double> words;       // first, tercero
  StrMap<double> tens;        // vigésimo (followed by a unit ordinal)
  PhraseSet suffixes;         // glued to digits: st, nd, .º
  StrSet ambiguous;           // "second": only after a determiner
  StrSet determiners;
  StrSet not_before;          // "the first half", "the third quarter": periods, for the dates
  // "third-party", "first-time": an ordinal joined by a hyphen to a word is
  // an adjective, no figure, unless the word is a rank ("second-largest").
  std::vector<std::string> rank_suffixes;
};

struct VagueDef {
  double min = 0;
  double max = 0;
};
struct QualifierRules {
  PhraseSet prefix;                // payload: Qualifier
  PhraseSet suffix;                // payload: Qualifier
  StrSet not_before_duration;      // "over three years" is a period, not more_than
  // "waited over 11 weeks", "for over three years", "the wait was over 11
  // weeks": right after these words the bound word is a bound again, the
  // figure is more (less) than the duration (read in context only: HasWord).
  StrSet bound_before_duration;
  // "losses adding up to £23.7m": after these "up to" is the total reached,
  // no ceiling (read in context only: HasWord).
  StrSet sum_verbs;
  // "casualties were revised up to 133,118": after these "up to" is the
  // level a revision moved the figure to, no ceiling (read in context only:
  // HasWord).
  StrSet revision_verbs;
  // "absence went up to 6.8 per cent", "shot up to": after these "up to" is
  // the level a movement reached (its direction is the frame's), no
  // ceiling (read in context only: HasWord).
  StrSet movement_verbs;
  // "The charge will go up to £56 from April", "goes up to £56 from April":
  // a present form of these after "will" or "shall" (scheduled_modals), or
  // with "from" right after the figure (scheduled_from), is the level the
  // change reaches; "fines can go up to £2,500" stays a ceiling.
  StrSet scheduled_movement_verbs, scheduled_modals, scheduled_from;
  // "handed over £581,000", "signed over": after these "over" is the verb's
  // particle, no floor (read in context only: HasWord).
  StrSet particle_verbs;
  // "has put its appeal target up to £465,000", "pushed fares up to £4.20":
  // a verb whose "up" follows its object; "up to" after that object is the
  // level the move reached (read in context only: HasWord). The object is
  // up to four lower-case words, none of object_stops ("grants of up to
  // £5,000" stays a ceiling).
  StrSet object_particle_verbs, object_stops;
  // "quedó en el 2,1 %, por debajo del 2,6 %": a strict bound holding one of
  // these words, right after another figure, compares that figure with its
  // own (read in context only: HasWord).
  StrSet compared_bounds;
  // "muy por debajo de", "far below": words that may stand between that
  // comma and the bound (read in context only: HasWord).
  StrSet compared_intensifiers;
  // "£176 plus court costs", "£5 plus VAT": after an amount of money these
  // suffix words add another sum, they do not bound it (read in context
  // only: HasWord).
  StrSet money_additions;
  // "up 7 per cent and up from 1.18 million": a bound suffix before these is
  // no bound (the "and up" opens a change from an earlier value).
  StrSet suffix_not_before;
  PhraseSet vague;                 // payload: index into vague_defs
  std::vector<VagueDef> vague_defs;
  PhraseSet range_open;            // payload: index into range_close
  std::vector<PhraseSet> range_close;
  PhraseSet range_infix;           // "20-30", "20 to 30"
  // Changes and new levels are not ranges: "fell $1.2 million to $23.5
  // million", "went from 160,000 to 175,000", "rose by 8,900 to 803,700".
  StrSet change_up;                // verbs and adverbs of a rise: payload sign +1
  StrSet change_down;              // of a fall: -1
  StrSet change_neutral;           // "went", "revised", "pasó": no sign
  StrSet change_by;                // "by" before the change
  StrSet change_from;              // "from" before the earlier level
  StrSet change_to;                // "to" before the new level
  StrSet change_level_followers;   // may follow a bare new level that keeps the change's unit ("to 71.20 against")
  // Words before an earlier or compared amount whose currency and scale are
  // elided: "$3.1 billion, up from 2.9 billion", "frente a 2.900 millones".
  // Read only in context (EndingAtAnyToken).
  PhraseSet change_compared;
  std::vector<std::string> change_skip_suffixes;  // adverbs between verb and figure ("sharply")
  // Lists that share one unit: "5 and 6 tonnes", "3, 4 and 5 percent".
  StrSet list_joiners;
  // After a comma these restate the number before, they join no list: "452, or 24.5%".
  StrSet list_restating;
  StrSet respectively;             // may follow a list's last member: "£3.1bn and 2.9bn respectively"
};

struct SubjectRules {
  size_t max_words = 4;
  StrSet of_words;
  StrSet determiners;
  StrSet stop_words;
  std::vector<std::string> stop_suffixes;
  // The head noun of a counted subject is plural: after a word with one of
  // these endings the subject stops ("users worldwide"), or with
  // plural_agreement only plural words may follow ("países distintos").
  std::vector<std::string> plural_suffixes;
  bool plural_agreement = false;
  PhraseSet alias_words;           // "(or nodes)"
};

struct NotFigureRules {
  PhraseSet labels;        // before the number: Section 3, H.R. 1
  PhraseSet label_exempt;  // after the number: a quantity, never a label ("region 14.8%")
  StrSet label_verb_before;  // before a label word: it is a verb ("will issue 300 fines")
  StrSet label_verb_not_object;  // after "page 1,075": still a reference ("of")
  PhraseSet models;        // before the number: Boeing 737
  StrSet street_words;     // after capitalised words: 10 Downing Street
  StrSet street_before;    // calle Mayor 10
  PhraseSet clock_after;   // 3 p.m.
  PhraseSet clock_before;  // a las 10
  std::vector<std::string> url_markers;
  // "could not find one", "a single one": a number word standing for a noun.
  StrSet pronoun_numbers, pronoun_before, numeric_before;
  // "sit in one for an afternoon": a number word between a preposition and
  // a function word stands for a noun (rules: pronoun_prepositions,
  // pronoun_next).
  StrSet pronoun_prepositions, pronoun_next;
  // "Five things we learned": a listicle heading's count of its own items.
  StrSet listicle_nouns, listicle_after;
  // Ages that say who is counted ("children under five", "aged 16 to 64",
  // "over-65s", "16- to 24-year-olds", "menores de cinco años"): part of the
  // subject, not figures. age_before: right before the age ("aged");
  // age_after: right after it ("year-olds"); age_people + age_bounds: a
  // people noun and a bound before it ("children under"); age_unit: when
  // set, a bound age needs it after ("años"); age_links join a range.
  PhraseSet age_before, age_after, age_bounds;
  StrSet age_people, age_unit, age_links;
  // label_links join a label's partner numbers: "Sections 3 and 4", "pages 10 to 12".
  StrSet label_links;
  // A person's age in apposition: "Amy Rowe, 62, said", "La mujer, de 82
  // años,", "un joven de 19 años". age_persons: person nouns it may follow
  // (a capitalised name also may, after a comma); age_apposition_preps: a
  // word between them and the age ("de"), which then needs age_unit after.
  StrSet age_persons, age_apposition_preps;
  // An age said of people with a verb between: "most members are now over
  // 60.", "tenían más de 70 años", "a sus 34 años". age_copulas: words that
  // may stand between a people noun and a bound when the age closes its
  // clause; age_unit_before: phrases right before the number (or before one
  // of age_comparisons and the number) that make it an age when age_unit
  // follows.
  StrSet age_copulas;
  // Words that make a sentence speak of ages ("of ringers who gave their
  // age, 41% are over 65", "41% were aged over 65 and 12% were under 25"):
  // there a bound closing its clause after a copula is an age though no
  // people noun stands before it.
  StrSet age_words;
  // A copula's plural subject that is a share of people ("a third of nurses
  // are over 50.", "one in five farriers is now over 55,"): age_shares are
  // share words a few words before the noun, age_share_links join "one in
  // five". There the bound closing the clause is an age whatever the noun.
  StrSet age_shares, age_share_links;
  PhraseSet age_unit_before, age_comparisons;
  // A number of time units that dates something is a time, not a duration:
  // "two years ago" (ago_after right after the number), "hace dos años"
  // (ago_before right before it, one of ago_units right after).
  PhraseSet ago_after, ago_before;
  StrSet ago_units;
  // Phone service numbers named as a service, not counted: "12,400 999
  // calls", "the 911 line", "dial 999 or 101", "llamadas al 112". One of
  // service_numbers (digits as written) with service_after right after it
  // (when it opens its phrase: after another figure, one of
  // service_determiners or nothing) or service_before right before it (a
  // partner joined by service_links goes too).
  StrSet service_numbers, service_after, service_determiners, service_links;
  PhraseSet service_before;
  // A singular article right before a service number above one names the
  // service, whatever follows: "el 112 de Valdeserra", "confía en el 112"
  // (a count of 112 takes a plural article). Empty where articles do not
  // show number (English "the").
  StrSet service_articles;
  // A share's words right after another number open the service's phrase
  // too: "71.2 per cent of 999 calls" (service_share_links: "per cent of").
  PhraseSet service_share_links;
};

// Multipliers (rules/<lang>/multipliers.yaml): "doubled", "twice as likely",
// "three times higher", "a fourfold rise", "se duplicó", "el doble".
struct MultiplierRules {
  StrMap<double> change_verbs;     // "doubled" 2, "halved" 0.5: a change by the factor
  PhraseSet change_phrases;        // after a change verb: "by half", "a la mitad" (payload: index into factors)
  PhraseSet multiplied_by;         // "multiplied by" + a number: a change by that number
  StrMap<double> factor_words;     // "twice": a factor before a comparison
  StrMap<double> guarded_words;    // "double", "triple": only before guard_next ...
  StrSet verb_before;              // ... or, after these, a verb: "set to double", "could triple"
  StrMap<double> comparative_words;  // "half": only before a comparative ("half as likely")
  PhraseSet factor_phrases;        // "el doble" (payload: index into factors)
  StrSet factor_openers;           // a contracted article opening a factor phrase ("más del doble"): the figure starts after it
  StrMap<double> fold_words;       // "fourfold"
  StrSet fold_suffixes;            // "fold" of "ten-fold"
  StrSet times;                    // "times", "veces"
  PhraseSet ratio_up;              // comparatives after the factor (payload 0)
  PhraseSet ratio_down;
  StrSet guard_next;               // a base may start right after the factor: "twice the rate"
  StrSet change_nouns_up, change_nouns_down;  // "a fourfold increase"
  PhraseSet base_markers;          // "as likely as men", "higher than"
  StrSet base_stop;                // words that end a base phrase
  StrSet not_after;                // "two times table": no figure
  StrSet again_words;              // after a comparison up: the factor is added to the base ("half as much again": 1.5)
  std::vector<double> factors;     // payloads of the phrase sets
};

struct Lexicon {
  std::string lang;
  // Every word and symbol any table below holds. Tokens outside it are marked
  // unknown once per sentence, which spares the other lookups: most words of
  // a news sentence are in no lexicon.
  // The value holds the word's kMark* bits (text_scan.h).
  StrMap<uint8_t> vocabulary;
  NumberRules numbers;
  PercentRules percent;
  CurrencyRules money;
  MeasureRules measures;
  OrdinalRules ordinals;
  QualifierRules qualifiers;
  SubjectRules subjects;
  NotFigureRules not_figures;
  MultiplierRules multipliers;
};

// Lower-cases like Scan does (ASCII and Latin-1 capitals), for lexicon keys.
std::string AsciiLowerLatin(std::string_view s);

// The YAML files read by LoadLexicon, relative to rules/<lang>/.
const std::vector<std::string>& LexiconFiles();

// Loads rules_dir/lang/*.yaml (only LexiconFiles()). Errors name file:line:column.
Status LoadLexicon(const std::string& rules_dir, const std::string& lang, std::unique_ptr<Lexicon>* out);

}  // namespace recognize
}  // namespace claimcheck

#endif  // CLAIMCHECK_EXTRACT_RECOGNIZE_LEXICON_H_
