// Cue phrases of rules/<lang>/frames.yaml, matched word by word on Snowball
// stems, and the loaded rule set of the frame stage.
#ifndef CLAIMCHECK_EXTRACT_FRAME_CUES_H_
#define CLAIMCHECK_EXTRACT_FRAME_CUES_H_

#include <cstdint>
#include <map>
#include <set>
#include <string_view>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "claimcheck/attach.h"
#include <memory>

#include "claimcheck/status.h"
#include "extract/frame/words.h"

namespace claimcheck::frame {

// Phrases of one or more words. Each phrase carries an integer tag and a
// string value (what the phrase means: a denominator, a unit).
class CueSet {
 public:
  // Exact sets compare folded words, not stems: Snowball gives "yearly" and
  // "year" one stem.
  explicit CueSet(bool exact = false) : exact_(exact) {}
  struct Phrase {
    std::vector<std::string> stems;
    int tag = 0;
    int extra = 0;
    std::string value;
  };
  void Add(std::vector<std::string> stems, int tag = 0, std::string value = {}, int extra = 0);
  // The longest phrase starting at words[i], or nullptr. The readers ask
  // this of nearly every word for many sets; the word's marks answer most
  // calls "no" here, inline, before any lookup (an out-of-line call per word
  // and set was a measured hot spot of extract: bench/RESULTS.md).
  const Phrase* At(const std::vector<Word>& words, size_t i) const {
    if (i >= words.size()) return nullptr;
    if (words[i].marked && bit_ >= 0 && !((words[i].starts >> bit_) & 1)) return nullptr;
    return LookUpAt(words, i);
  }
  // The longest phrase ending at words[last] (inclusive), or nullptr.
  const Phrase* EndingAt(const std::vector<Word>& words, size_t last) const {
    if (last >= words.size()) return nullptr;
    if (words[last].marked && bit_ >= 0 && !((words[last].ends >> bit_) & 1)) return nullptr;
    return LookUpEndingAt(words, last);
  }
  // A one-word phrase equal to this stem.
  bool Has(const std::string& stem) const { return singles_.count(stem) > 0; }
  // The one-word phrase of this key (a stem, or a folded word for an exact
  // set), or nullptr: for words read elsewhere, such as a frame's modifiers.
  const Phrase* Single(const std::string& key) const;
  bool exact() const { return exact_; }
  // Gives the set bit `bit` and records its words in the marks indexes.
  struct MarkBits {
    uint64_t is_word = 0, starts = 0, ends = 0;
  };
  void Index(int bit, std::unordered_map<std::string, MarkBits>* by_stem,
             std::unordered_map<std::string, MarkBits>* by_lower) const;
  void SetBit(int bit) { bit_ = bit; }
  // A one-word phrase equal to this word (its stem, or its folded form for
  // an exact set).
  bool Has(const Word& w) const {
    if (w.marked && bit_ >= 0) return (w.is_word >> bit_) & 1;  // inline, as At
    return singles_.count(Key(w)) > 0;
  }
  bool empty() const { return phrases_.empty(); }
  // Phrases, as written, at whose first word no phrase of this set starts:
  // a stemmed cue may match words it does not mean ("likely to" stems as
  // "like to", which "Ministers like to say" is).
  void Unless(CueSet exact) { unless_ = std::make_shared<const CueSet>(std::move(exact)); }
  // The one-word phrases' keys (folded words for an exact set).
  std::vector<std::string> SingleKeys() const { return {singles_.begin(), singles_.end()}; }

 private:
  const Phrase* LookUpAt(const std::vector<Word>& words, size_t i) const;
  const Phrase* LookUpEndingAt(const std::vector<Word>& words, size_t last) const;
  const std::string& Key(const Word& w) const { return exact_ ? w.lower : w.stem; }
  bool exact_ = false;
  std::shared_ptr<const CueSet> unless_;  // see Unless
  int bit_ = -1;  // -1 until indexed: marks are then not trusted
  std::vector<Phrase> phrases_;
  std::unordered_map<std::string, std::vector<size_t>> by_first_;
  std::unordered_map<std::string, std::vector<size_t>> by_last_;
  std::unordered_set<std::string> singles_;
};

struct Relative {
  // year, quarter, month, week, day, decade (offset: how many back or on);
  // year_to_date (January to the document's month); first_months (offset =
  // N: the first N months of the most recent year that has had them, "the
  // first half"); last_months (offset = N: the N months up to the document's
  // month... ending the month before it); past_days (offset = N: the N days
  // ending on the document's date, "the past week"); season (offset = the
  // month it starts: the twelve months of the school year or season the
  // document's date falls in, "este curso").
  std::string unit;
  int offset = 0;
};

struct FrameRules {
  std::string lang;
  // subject
  CueSet stops, determiners, quantity_nouns, links, agent_verbs, bad_heads, statistics;
  // Verbs whose subject a span of time after them is the length of: "a
  // cello takes about 500 hours", "la temporada dura unos 90 días"
  // (subject.duration_verbs).
  CueSet duration_verbs;
  // A published value's noun whose "for" names what it measures, as "of"
  // does: "revised its figure for net migration" (subject.value_for_nouns).
  CueSet value_for_nouns;
  // Verbs that link a subject to a level only before "at": "is running at
  // 5%" (subject.at_links; exact words).
  CueSet at_links{true};
  // The statistics that average over a group ("average", "median"): a
  // group's average has no sum for its whole (subject.averages).
  CueSet averages;
  // "the value of sugar imports", "el valor de las importaciones": a noun
  // that names the thing itself, but only before its "of" complement
  // ("market value" keeps its head).
  CueSet value_nouns;
  // "Online sales accounted for 31% of revenue": the verb's subject is the
  // part of the share's base.
  CueSet part_verbs;
  // "El paro subió en 34.900 personas": a counted noun that is only the
  // unit of a subject written before the figure.
  CueSet counted_units;
  // Nouns plural without an -s after a count above one ("250 staff",
  // "30,000 people"): a word after one that may be a verb, before a stop
  // word, is the clause's verb ("250 staff account for 44%").
  CueSet unmarked_plurals;
  // Verbs that set their object at the figure: "put total membership at
  // 731,000", "situaba el número de pistas en 16.900". The object is the
  // subject, as after a change verb ("cut its waiting list by 4,300").
  CueSet object_links;
  // A count ending in one of these scale words, with no noun after it (the
  // sentence or clause ends, or one of elided_followers comes next), is a sum
  // whose currency was said before in its paragraph (rules:
  // subject.elided_scales, subject.elided_followers): "facturó 298 millones
  // de euros ... y el cómic, 71 millones".
  CueSet elided_scales{true}, elided_followers{true};
  // Stops that open a phrase before one of its words: "the overall absence
  // rate", "daily active users", "of total revenue".
  CueSet open_stops{true};
  // Words whose Snowball stem is a stop's but which are not stops
  // ("weekly" stems to "week"): compared as written.
  CueSet not_stops{true};
  // The stops as written: a head-initial language's function words do not
  // inflect, and their stems are content words' ("para"/"paro",
  // "solo"/"soles").
  CueSet stops_exact{true};
  std::map<std::string, std::string> heads;  // folded plural -> head
  // A table column's unit, named by a word of its header ("Median wait
  // (weeks)", "Ayuda media (euros)"): folded word -> the kind and unit a
  // bare number in that column takes (rules: subject.table_units, "duration
  // week", "money EUR", "percent").
  struct TableUnit {
    Kind kind = Kind::kCount;
    std::string unit;
  };
  std::map<std::string, TableUnit, std::less<>> table_units;
  // A table column's scale, named by a word of its header ("Journeys
  // (million)", "Gasto (miles de euros)"): folded word -> the factor a bare
  // number in that column is multiplied by (rules: subject.table_scales).
  std::map<std::string, double, std::less<>> table_scales;
  // A table row whose header opens with one of these is the total of the
  // rows, no place of its own ("Total", "All clinics"): rules subject.table_totals.
  CueSet table_totals{true};
  size_t max_words = 6;
  // change: tag 1 up, 2 down, 3 flat, 4 a move whose direction the values
  // tell ("pasó de 4.100 a 5.300")
  // A compared value's tail that names another place or group, not an
  // earlier time: "compared with £1,043 in the private market" (change.
  // compared_elsewhere opens it; change.compared_times keep it a time).
  CueSet compared_elsewhere, compared_times;
  CueSet change_words, change_by, change_to, change_from, change_nouns, result_nouns, revision, flat_at,
      not_change, comparatives, than;
  // Flat verbs that also take the figure as their object ("held 38,450
  // patients"): flat only with a word between ("held at", "held its rate at").
  CueSet flat_transitive;
  // Forms of a change verb that also totals, as written (exact): in
  // total_forms always a total, a level ("los feminicidios sumaron 968",
  // "las ventas suman 2.300 millones", "sumaba 846.272 pacientes"); in
  // total_unless_object a change only when a counted noun follows the count
  // it governs ("el paro sumó 30.000 personas" adds; "sumó 968" totals).
  CueSet total_forms{true}, total_unless_object{true};
  // A revision written as the new value correcting the old one after it:
  // "3.5%, not 4% as originally published", "23%, rather than 30%",
  // "9,315 (previously 9,042)", "178, y no 163" (revision_contrast), read so
  // only in a sentence that says a revision or an earlier publication
  // (revision, or revision_earlier: "originally", "inicialmente").
  CueSet revision_contrast, revision_earlier;
  // A comparison ("compared with", "frente a") that names a revision's old
  // value only where the sentence names the earlier publication itself
  // (revision_earlier: "compared with 1,640 tonnes in the first release").
  CueSet revision_compared;
  // Words, as written, that share a revision cue's stem but say no
  // revision: "the previous winter" stems as "previously" does.
  CueSet revision_not{true};
  // A bound a move crossed, written as the figure's first words: "has fallen
  // below 2 per thousand", "cayó por debajo del 5 %" give the level reached.
  CueSet crossed_bounds{true};
  // "another 64 bodies", "a further 2,000": a count added to one before.
  CueSet additional;
  // After the count: "85 additional nurses", "200 más" (always an addition);
  // "312 new positions" (an addition only of a stock: new_words before one of
  // stock_nouns; "180,000 new voters" registered is a count of events).
  CueSet additional_after, new_words, stock_nouns;
  // Verbs that change a stock only when their object is one ("close 150
  // stores", "eliminó 300 empleos"); otherwise they count events ("eliminó 8,4
  // millones de vídeos", "closed at 7,400 points").
  CueSet stock_verbs;
  // "Cayeron 412 litros por metro cuadrado", "200 mm of rain fell": a fall
  // verb with a precipitation amount is the rain falling, not a decline.
  CueSet precipitation_units;
  // "fell 0.3 points to 4.1%", "ocho décimas menos": a count of these after a
  // change word (or before a comparative) moves a percentage, by value
  // percentage points each (décimas 0.1).
  CueSet point_units;
  // rate
  CueSet per_words, rate_units, rate_standalone{true}, not_rate_after;  // standalone: value = denominator
  // An average over one span of time ("on an average day", "a daily average of", "una media
  // diaria de"), anywhere in the figure's clause: a count or sum so averaged is a rate per that
  // span (value = denominator).
  CueSet rate_average_spans{true};
  // Pronouns a per word distributes over ("cada uno", "each one"): the subject itself, no denominator.
  CueSet rate_pronouns;
  // A price of one thing names its denominator: "The average price of a
  // touring pitch night was £31.50" is per night (trial60: a
  // rate warning against "costs £31.50 a night").
  CueSet price_nouns;
  // A denominator's language-neutral name ("año" -> "year", "habitante" ->
  // "capita"): the frame's `per` says "a year" one way in every language.
  std::map<std::string, std::string> per_names;
  // The endings of an infinitive ("vender", "superar"): after a per word
  // with its object it gives a cause, not a denominator. Empty: none read.
  std::vector<std::string> infinitive_endings;
  bool InfinitiveForm(const std::string& folded) const {
    for (const std::string& e : infinitive_endings) {
      if (folded.size() > e.size() + 2 && folded.compare(folded.size() - e.size(), e.size(), e) == 0) return true;
    }
    return false;
  }
  // A sum of money whose counted noun is paid by a fixed span, which the
  // writer leaves unsaid: "the median salary was £26,400" is £26,400 a year.
  // Head noun (lowercase singular) -> denominator.
  std::map<std::string, std::string, std::less<>> implied_per;
  // Scale words a rate's base may be written in (rate.scales): "per million
  // people" is per 1000000 people.
  std::map<std::string, double, std::less<>> per_scales;
  // Heads of sums paid by a span (lowercase singular: "rent", "fee"): a
  // counts-only frequency adjective before one is the sum's denominator, as
  // it is a count's ("the annual rent for a full plot rose to £92" is £92 a
  // year; "annual pre-tax profit" stays the year's result, a level).
  std::set<std::string, std::less<>> paid_heads;
  // period
  CueSet span, since, point, year_to, relative, fiscal, months{true};  // months: tag 1-12
  // Point words that set a deadline ("by", "hasta"): the date an estimate
  // is given by lies ahead; at an as-of point ("at the end of") it was counted.
  CueSet deadline;
  // A month name opening its clause as the subject of these is the span the
  // clause's figures cover: "Agosto fue el mes con más fallecidos (128)".
  CueSet month_subject_verbs{true};
  // "compared with 2024", "frente a 2024": a date a change is measured from,
  // not a span any figure of the sentence covers.
  CueSet baseline;
  // Right after a figure: "an increase of 4% over this year", "up 9% on
  // 2024" (a calendar date or year; "5% over the past year" is a span).
  CueSet baseline_after_figure;
  // Words that name a baseline between its cue and its date: "than in the
  // same period of 2025", "que la media del periodo de referencia 1991-2020".
  CueSet baseline_words;
  // A date right after these is when a document came out, not a span its
  // figures cover: "published in March as 6,020", "publicado en marzo".
  // Exact words: the stem of "publicado" is also the stem of "público"
  // ("el gasto público en 2025" states a span).
  CueSet publication_verbs{true};
  // Nouns of a published estimate: a date after one and "in"/"en" is when
  // it came out ("Our provisional estimate in March 2025 put visits at 9.2
  // million", trial59). Exact words.
  CueSet publication_nouns{true};
  // Nouns of a document or a count a year names in the possessive by when it
  // was made: "took part in this year's count", "last year's survey found"
  // (eval51). That year dates the document, not the figure. Exact words.
  CueSet dated_documents{true};
  // A baseline date followed by these opens a clause that gives the
  // baseline's own value: "un 6,3 % más que en 2024, cuando sumaron 4.527
  // millones", "up 6.3% on 2024, when they totalled 4,527": the date is that
  // value's period (trial17: 4.527 was given the sentence's 2025).
  CueSet when_clause{true};
  // After a comma, these open an absolute clause with its own figure and
  // span: "It received 1.62 million applications in the quarter, with
  // demand peaking in July at just over 600,000". A period inside it is
  // that clause's, not the figure's before the comma (eval20).
  CueSet with_clause{true};
  // These open a clause about something else, a purpose or a noun's
  // relative: "un plan de 450.000 euros para la próxima temporada, con el
  // objetivo de reducir las agresiones antes de la temporada 2027-2028",
  // "905.000 plazas, cuyo plazo se abrirá en septiembre". A period inside it
  // dates that clause's figures, not the one before it (eval29).
  CueSet foreign_clauses{true};
  // The subject of a copula that names a month after it ("The busiest
  // month was August, when 246 dogs ...", "El mes con menos actividad fue
  // agosto, con 14.210"): a month word or a superlative. The month is the
  // period of the figure right after it.
  CueSet month_complement_subjects;
  CueSet span_to, week_words, month_words, number_words, quarters;  // number_words, quarters: tag = n
  // "during the year", "in the quarter", "in the reporting period": the span
  // the document reports on (its title's). Tag: the months that span must
  // last (12, 3), or 0 for any.
  CueSet document_span;
  // "in the same month", "en el mismo mes": the span the sentence before
  // stated.
  CueSet same_span;
  // A sentence that looks ahead ("will go up to £56 from April", "subirá
  // ... desde abril"): its year-less months are the next ones, not the most
  // recent past. Words (exact), and for a language with a future tense the
  // endings of its forms (future_endings: "subirá", "abrirán").
  CueSet future_cues{true}, future_not_before{true};
  // A sentence's opening phrase headed by these and closed by a comma tells
  // of an earlier event: its date is not when the main clause's figure
  // happened ("Following publication of the survey on 3 March 2026, two
  // chapters submitted corrected returns", eval37). Exact words.
  CueSet earlier_lead_in{true};
  std::vector<std::string> future_endings;
  std::vector<Relative> relatives;  // relative phrase tag -> index here
  // The month a financial year starts in: by a place the sentence names
  // (tag = month), else the default.
  CueSet fiscal_places;
  int fiscal_start = 4;
  // A season or school year named by its two years ("el curso 2024-2025",
  // "the 2024-25 season"): the word before or after the date, tag = the
  // month the season starts in (rules: period.season_start).
  CueSet seasons;
  // modality: tag 1 forecast, 2 target, 3 estimate
  CueSet modality, interval;
  // Modality cues in the active voice whose subject is the one who expects
  // ("los analistas esperan una caída de 20.000"): they qualify a figure
  // after them only; a figure before is that subject ("12.000 pacientes
  // esperaban una operación" wait; "el 40 % espera que" expect).
  CueSet object_only;
  // Words that make a forecast cue within three words after them a
  // comparison with a forecast, not one: "more than expected", "más de lo
  // previsto", "mayor que lo esperado" (Spanish "que" alone also opens a
  // clause: "estima que las exportaciones llegarán a").
  CueSet modality_compared;
  // Verbs whose subject plans or expects what follows: "The port wants to
  // attract ...", "El Ayuntamiento quiere plantar ..." (modality.planner_verbs;
  // speaker.cc Planner reads that subject as the figure's speaker).
  CueSet planner_verbs{true};  // as written: "plans", not the noun "plan"
  // Verbs of announcing, as written: the new things announced right after
  // them are planned ("announced 2,000 new jobs", "anunció 40 nuevos radares
  // de tramo para este año"), a target (modality.announce_verbs; the new
  // words are subject.new_words).
  CueSet announce_verbs{true};
  // After a comma, these open a clause of time whose figure is a fact of
  // its own: "se propone reducir a la mitad los fallecidos respecto a 2019,
  // año en que murieron 358 personas", "halve deaths from 2019, when 358
  // people died" (modality.time_relatives). The cue before is not its.
  CueSet time_relatives;
  // Words that deny a modality cue right after them: "no plan to", "sin
  // ningún plan" (modality.negations).
  CueSet modality_negations{true};
  // "could have been spent", "podría haber": a modal of the past unreal says
  // what did not happen, no forecast (rules: modality.counterfactual).
  CueSet modality_counterfactual;
  // Words, as written, that a stemmed modality cue must not match (rules:
  // modality.not_cues); given to `modality` by CueSet::Unless.
  CueSet modality_not_cues{true};
  // Past forms of a verb of achievement, as written (a stem would take "aims
  // to deliver" too): one between a cue and the figure says the figure was
  // reached, and the cue only names what reached it ("the improvement plan
  // delivered punctuality of 76 per cent") (rules: modality.achieved).
  CueSet modality_achieved{true};
  // Verbs, as written, that state a figure as what happened (rules:
  // modality.outcome_verbs; Frame::outcome_stated), and the word endings of
  // that list ("-ó", "-aron": a past tense).
  CueSet outcome_verbs{true};
  std::vector<std::string> outcome_endings;
  // Adverbs that state what happened from anywhere before the figure in its
  // clause (rules: modality.outcome_adverbs): "ya ha logrado reducir el
  // consumo ... por debajo de 16,1 dosis".
  CueSet outcome_adverbs{true};
  // A public service's standard sets the share or time it names: a figure
  // right after one of standard_before ("the standard is 96%", "a standard
  // of 18 minutes") or right before one of standard_after ("the 96 per cent
  // standard", "an 18-minute standard") is a target. Nowhere else: in
  // "performance against the 62-day standard was 71.8%" the standard only
  // names what was measured (rules: modality.standard_before/after).
  CueSet standard_before, standard_after;
  // Verbs that set a level as advice: a definite figure they follow within a
  // few words names the level advised ("far above the 85% level health
  // experts recommend", "el 85 % que recomiendan los expertos"), a target,
  // not an outcome (rules: modality.standard_verbs).
  CueSet standard_verbs;
  // place
  CueSet place_cues, not_places;
  // Words a figure follows when it comes after its place in a listing
  // ("la Comunidad de Lindares, con 2.470, seguida de ...", "the Western
  // Fells, with 512, followed by ..."): rules place.figure_after.
  CueSet figure_after;
  // Copulas that make a name the region its noun says ("Andalucía es la
  // comunidad con más viviendas"): rules place.copulas.
  CueSet place_copulas;
  // speaker
  CueSet never_speakers{true}, roles, speaker_verbs{true}, generic_speakers, titles{true}, documents;
  // Words that may stand between a speaker's name and its verb ("The
  // Royal Kellbridge Infirmary itself says", "El INE también advierte"):
  // speaker.between, exact words.
  CueSet speaker_between{true};
  // The first person of a transcript's speaker: "we", "our", "hemos" (speaker.first_person).
  CueSet first_person{true};
  // Verbs and prepositions that credit a source outright ("said", "told",
  // "according to", "según"): such a credit outranks a sentence's opening
  // subject and verb ("Police recorded 2,140 offences, the force said").
  CueSet credit_verbs{true};
  // Credits that name a body even after an opening credit that names none
  // ("according to", "según"): speaker.credit_outright.
  CueSet credit_outright{true};
  // A source that is only one of these (after its article and adjectives:
  // "the report", "the researchers") stands for the body last named in the
  // document, when one was: the report's publisher. `definite` are the
  // articles that make a lone document a reference ("the survey found" ->
  // "survey"; "a new study says" names nobody).
  CueSet anaphors, definite{true};
  // Indefinite articles: never the first word of a name ("A Holmbury County Council spokesperson").
  CueSet indefinite{true};
  // "the company said": a firm's generic word that stands for the firm the sentence opens with.
  CueSet firm_anaphors{true};
  // "its annual report shows": a possessive before a document word gives the
  // document of the body that opens the sentence.
  CueSet possessives{true};
  // "beneficio neto del banco": a complement naming who holds the figure ends the subject.
  CueSet holders{true};
  // Forms of the perfect's auxiliary, as written ("han revisado"): a
  // participle after one is the verb, not an adjective of the subject.
  CueSet perfect_auxiliaries{true};
  // Words that end (en) or start (es) a body's name: "the Statistics
  // Institute published its survey" teaches that a later "the institute"
  // is that body, though the sentence has no figure. body_caps: the same
  // words capitalised, for a cheap scan of sentences without figures.
  CueSet bodies{true};
  std::vector<std::string> body_caps;
  // "1,050 short of usable capacity": a word after a count that makes it a
  // gap to the noun phrase after "of", which is the subject.
  CueSet gap_words{true};
  // A partitive names the whole a count or share is part of: "Of the 48
  // municipalities, 17 ran a deficit", "Of these, 26,000 worked in betting
  // shops", "41 of them", "De ellos, 27 municipios" (partitive_opens start
  // it, partitive_anaphors point to the count of the statement before;
  // compared as written).
  CueSet partitive_opens{true}, partitive_anaphors{true};
  // A demonstrative opening a sentence whose change has no subject of its
  // own: "34,210 incidents. This is an increase of 6.2%", "Esto supone un
  // alza del 6,2 %": the change of the count said in the sentence before.
  CueSet change_anaphors{true};
  // Nouns of a movement that names no direction ("the change in total
  // payroll employment", "la variación de la matrícula"): with the change
  // nouns, dropped before their complement, which is the subject.
  CueSet movement_nouns;
  // Relative pronouns after a partitive word, before a figure: "£450m, of
  // which £112m", "de los cuales 12.000": the figure is part of the one
  // said before.
  CueSet partitive_relatives{true};
  // What narrows a share's base after its noun (share.cc BaseTail): relative
  // pronouns, participles (or their endings: "ed"), the prepositions a participle's
  // phrase opens with, and the verbs that end a relative clause where the
  // main clause's verb comes. All compared as written.
  CueSet base_relatives{true}, base_participles{true}, base_participle_preps{true}, base_clause_verbs{true},
      base_clause_pronouns{true};
  // Words that close a span of time counted back ("twelve months earlier",
  // "dos años antes"): such a phrase right after a figure is its time, never
  // what it counts (subject.cc).
  CueSet time_phrase_ends{true};
  std::vector<std::string> base_participle_endings;
  // A fronted group a share without its own whole is of: "En los divorcios
  // con hijos menores, el 47 %" (the opening preposition; compared as written).
  CueSet group_opens{true};
  CueSet aside_opens{true};
  // A verb with other senses that, alone after a bare count, is the count's
  // clause verb: "But 1,690 left, meaning ..." (rules: subject.verbs_after_count).
  CueSet verbs_after_count{true};
  // A plural copula right after a count, before a plural noun phrase, links
  // the count to that phrase: "Of these, 14 are windmills", "9 son molinos
  // de agua" (rules: subject.plural_copulas).
  CueSet plural_copulas{true};
  // Adverbs of time between a level's noun and its "at"/"de": "with fare
  // revenue now at £56 million" (rules: subject.level_adverbs).
  CueSet level_adverbs{true};
  // A verb of experience before a clause of its object: "the Trust saw its
  // income grow by 11.5 per cent" (rules: subject.experience_verbs); the
  // subject of the move is after it, not its own subject.
  CueSet experience_verbs{true};
  // A phrase before a count that says it is a level, a tally: "A total of
  // 2,184 new homes were completed" adds no new units to a stock (rules:
  // change.level_openers).
  CueSet level_openers;
  // Who forecasts: an estimate they make of a result to come is a forecast
  // ("the 45,000 analysts had estimated").
  CueSet forecasters;
  // Amounts set by a decision ("quota", "allowance"): "the cod quota for
  // 2027 will be cut to 17,650 tonnes" announces what was decided; its
  // "will" is no forecast.
  CueSet decided_heads;
  // Head-initial languages: adjectives written before the head noun
  // ("nuevos casos de cólera" -> head "casos").
  CueSet prenominal{true};
  // Prepositions whose complement stays in a subject written before its
  // verb: "Government requests for user data rose", "women in prison".
  CueSet complement_preps{true};
  // Prepositions whose phrase, right after a counted head and up to the
  // verb, narrows the head: "pupils in infant classes received".
  CueSet narrowing_preps{true};
  // Prepositions that close a subject's complement and open a phrase of its
  // own before the verb (a place or a time): "Seizures of protected
  // rosewood at the port averaged", "The backlog of road repairs in England
  // has risen" keep "of ..." and drop the rest.
  CueSet complement_closers{true};
  // An age after the head names who is counted and stays in the subject:
  // "children under five", "adults aged 18 to 64", "niños menores de cinco
  // años". age_bounds take a bare age; age_unit_bounds need an age unit
  // (age_units) after it ("personas de 16 a 64 años"); age_links join a range.
  CueSet age_bounds{true}, age_unit_bounds{true}, age_units{true}, age_links{true};
  // Nouns naming a share: "the share of adults who smoke fell to 11.5%"
  // -> base "adults who smoke".
  CueSet share_nouns;
  // The whole a share noun names itself ("market share", "cuota de
  // mercado"): its "of" phrase is what holds the share, no base.
  CueSet share_wholes{true};
  // After a change noun and its figure, what changed: "a rise of 26,000 in
  // public-sector jobs".
  CueSet change_of_preps{true};
  // "The airline carried 4.2 million passengers": an organisation that is
  // the sentence's subject states its own figure with these verbs.
  CueSet self_report_verbs{true}, self_reporters;  // verbs: every form listed
  // "The Ministry of Justice agreed £480,000", "Northvale County Council
  // approved": a named body, the subject of one of these acts, is the figure's
  // agent (speaker.cc); the checker compares it with the agent the source
  // names for the same figure. Every form listed.
  CueSet act_verbs{true};
  // Reporting verbs whose object is who heard it ("he told the Gazette"):
  // the name after them is never the speaker. (Spanish names its hearer
  // after "a" and its speaker after the verb, ", contó la directora": none.)
  CueSet hearer_verbs{true};
  // the attacher's lexicon: configured entity aliases and the alias learner
  std::vector<Alias> entities;
  bool head_initial = false;  // Spanish: the head noun comes first ("empleo minorista")

  // Marks indexes over every cue set (see Word::marked).
  std::unordered_map<std::string, CueSet::MarkBits> marks_by_stem, marks_by_lower;
  void BuildIndex();
  void Mark(std::vector<Word>* words) const;
  // SentenceWords with stems and marks, from a per-thread cache of the words
  // seen before (one lookup per word). `tokens`, when not null, are
  // attach::Tokenize(text) already made (the attacher's), moved from.
  std::vector<Word> Words(std::string_view text,
                          const std::vector<std::pair<size_t, size_t>>& figures,
                          std::vector<attach::Token>* tokens = nullptr) const;
  uint64_t serial = 0;  // identifies this rule set in the per-thread caches
};

// Loads rules_dir/lang/frames.yaml strictly; a missing file leaves every cue
// list empty. Errors name file:line:column.
Status LoadFrameRules(const std::string& rules_dir, const std::string& lang, FrameRules* out);
// `per` with each '/'-separated part by its language-neutral name
// (FrameRules::per_names): "semana" -> "week", "metro cuadrado/mes" ->
// "metro cuadrado/month".
std::string PerName(const FrameRules& r, const std::string& per);

}  // namespace claimcheck::frame

#endif  // CLAIMCHECK_EXTRACT_FRAME_CUES_H_
