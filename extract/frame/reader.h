// The frame readers: each fills some keys of a figure's Frame from its
// sentence. One file per reader (subject.cc, share.cc, change.cc, rate.cc,
// period.cc, modality.cc, place.cc, speaker.cc); frame_builder.cc runs them.
#ifndef CLAIMCHECK_EXTRACT_FRAME_READER_H_
#define CLAIMCHECK_EXTRACT_FRAME_READER_H_

#include <algorithm>
#include <cstdint>
#include <map>
#include <string>
#include <unordered_map>
#include <string_view>
#include <utility>
#include <vector>

#include "claimcheck/attach.h"
#include "claimcheck/figure.h"
#include "extract/frame/cues.h"
#include "extract/frame/words.h"

namespace claimcheck::frame {

// One sentence being read: its words and its figures.
struct Sent {
  const FrameRules& r;
  std::string_view text;
  std::vector<Word> words;
  std::vector<Figure*> figs;                     // the sentence's figures, in order
  std::vector<std::pair<size_t, size_t>> spans;  // [first, last) word of each figure
  std::string doc_date;                          // YYYY-MM-DD or shorter; may be empty
  bool heading = false;
  // The span the whole document reports on, read from a title line near its
  // top ("Reported Road Casualties, 2025", "October to December 2025"); empty
  // when no title names one. Only a phrase that points back to it ("during
  // the year", "in the quarter": rules period.document_year, _quarter,
  // _any) uses it.
  std::string doc_span;
  // The one span the sentence before stated, in the same paragraph ("" when
  // it stated none or several): what "in the same month", "en el mismo mes"
  // point back to (rules: period.same_span).
  std::string prev_span;
  // Per-sentence results that do not depend on the figure, found once.
  mutable bool periods_ready = false, places_ready = false;
  mutable std::vector<std::pair<std::string, size_t>> periods{}, places{};  // (value, word index)
  mutable std::vector<uint32_t> clauses{};  // Clause(i) for every word index, made on first use

  // Word i ends a clause: ";" or "while", "whereas", "but", "although" and
  // their Spanish equivalents, outside a figure.
  bool IsClauseBreak(size_t i) const {
    if (i >= words.size()) return false;
    const Word& w = words[i];
    if (!w.word) return w.lower == ";";
    if (w.fig >= 0) return false;
    const std::string& l = w.lower;
    switch (l.size()) {  // one comparison per word, not seven
      case 3: return l == "but";
      case 4: return l == "pero";
      case 5: return l == "while";
      case 6: return l == "aunque";
      case 7: return l == "whereas";
      case 8: return l == "mientras" || l == "although";
      default: return false;
    }
  }
  // How many clause breaks stand before word i: figures with the same number
  // share a clause. Scanned once per sentence, not once per figure.
  size_t Clause(size_t i) const {
    if (clauses.empty()) {
      clauses.resize(words.size() + 1, 0);
      for (size_t x = 0; x < words.size(); ++x) {
        clauses[x + 1] = clauses[x] + (IsClauseBreak(x) ? 1 : 0);
      }
    }
    return clauses[std::min(i, words.size())];
  }
  // For the period reader, found once per sentence rather than per figure and
  // period (issue 15: those scans were cubic in a long sentence; the clause
  // numbers are Clause above): per period the figure whose baseline it dates
  // ("a year earlier"), or kNotBaseline.
  static constexpr long kNotBaseline = -2;
  mutable bool period_owners_ready = false;
  mutable std::vector<long> period_owner = {};  // parallel to periods

  const std::string& lang() const { return r.lang; }
  bool IsFig(size_t i) const { return i < words.size() && words[i].fig >= 0; }
  bool IsWord(size_t i) const { return i < words.size() && words[i].word && words[i].fig < 0; }
  // Word i is the coordinator "and" ("y" in Spanish).
  bool IsAnd(size_t i) const { return IsWord(i) && (words[i].lower == "and" || words[i].lower == "y"); }
  // Word i is "of" or its Spanish forms ("de", "del" = "de el").
  bool IsOf(size_t i) const {
    return IsWord(i) && (words[i].lower == "of" || words[i].lower == "de" || words[i].lower == "del");
  }
  bool IsPunct(size_t i, std::string_view p) const {
    return i < words.size() && !words[i].word && words[i].lower == p;
  }
  std::string Slice(size_t first, size_t last) const {  // words [first, last)
    if (first >= last) return {};
    return std::string(text.substr(words[first].start, words[last - 1].end - words[first].start));
  }
  uint8_t Classes(size_t i) const {
    const Word& w = words[i];
    // A capitalised word inside the sentence is a name: a noun, without
    // asking WordNet (whose lookups read its files).
    if (w.classes < 0) {
      w.classes = !w.word || w.fig >= 0 ? 0
                  : (w.cap || w.all_caps) && i > 0 ? (kNoun | kKnown)
                                                   : WordClasses(r.lang, w.lower);
    }
    return static_cast<uint8_t>(w.classes);
  }
  // Word i is "and"/"y"/"but"/"pero" opening a coordinated clause that makes
  // its own statement: a new subject ("and we expect"), Spanish "se" ("y se
  // espera que"), or a modal or forecast cue ("and could rise", "and is
  // expected"). A cue or period after it is that clause's, not the figure's
  // before it: "El paro bajó un 3% y se espera que crezca un 2% en 2027"
  // leaves the 3% an actual fall with no period (trial9).
  bool OpensCoordinatedClause(size_t i) const;
  // Word i is the comma that closes an aside set off by commas and opened by
  // a listed word (rules: subject.aside_opens): "The estimated diagnosis
  // rate, which compares diagnoses with the number expected, stood at",
  // "The waiting list, which the trust expects to shrink, stood at". The
  // index of the opening comma, or i when word i closes no such aside. The
  // aside says something of the subject; it is no cue of the figure's own
  // clause (modality.cc).
  size_t AsideOpen(size_t i) const;
  // A capitalised word inside a sentence is part of a name ("Counter
  // Extremism Project"), never a cue word.
  bool InName(size_t i) const {
    return i < words.size() && words[i].cap && i > 0 && !heading &&
           !(words[i - 1].lower == "\"" || words[i - 1].lower == "\xE2\x80\x9C" ||
             words[i - 1].lower == ":");
  }
};

// A noun phrase found in a sentence: words [first, last), its head word.
struct NounPhrase {
  size_t first = 0, last = 0;
  size_t head = 0;
  size_t age = 0;  // when set, words [age, last) are an age of the head ("under five")
  bool ok() const { return last > first; }
};

// subject.cc
// The noun phrase read rightwards from word i (after a count: "209,000 U.S.
// consumers"); `of` allows determiners first ("of the nodes").
NounPhrase NounPhraseAt(const Sent& s, size_t i, bool allow_determiners);
// The head noun of word i as a frame's subject_head holds it: lowercase,
// singular (rules subject.heads, then WordNet's base form).
std::string HeadOf(const Sent& s, size_t i);
// Fills subject_head and modifiers from the phrase; returns the subject text.
std::string SubjectFrom(const Sent& s, const NounPhrase& np, Frame* frame);
// The subject of figure k (may be empty) and frame->subject_head/modifiers.
std::string ReadSubject(const Sent& s, size_t k, Frame* frame);
// The subject of the verb whose first word is `verb` ("Online sales
// accounted for"): back over auxiliaries and adverbs to the clause's first
// noun phrase; "Wind and solar" keeps its coordination.
NounPhrase VerbSubject(const Sent& s, size_t verb);
// The adverb of time before a level's "at"/"en" (an article after "en"
// skipped) that ends right before word `a`: "fare revenue now at £56
// million", "el paro ya en el 11 %" (rules: subject.level_adverbs). Its word
// index, or s.words.size() when there is none. The subject reader reads the
// noun before it; the modality reader, an outcome.
size_t LevelAdverbAt(const Sent& s, size_t a);
// A verb that links its subject to a level only with "at" right after it
// (rules subject.at_links): "pay growth is running at 5%", "sat at 4.2%";
// "runs 12 clinics" counts clinics.
bool AtLink(const Sent& s, size_t i);
// The phrase as written, without leading determiners.
std::string PhraseText(const Sent& s, const NounPhrase& np);
// The whole a partitive names for figure k: 0 none; 1 a phrase in the
// sentence (*np: "Of the 48 municipalities, 17 ran a deficit", "Of all
// applicants, 226,800 applied"); 2 an anaphor, whose whole is a count said
// before ("Of these, 26,000 worked in betting shops", "41 of them");
// 3 a relative after a comma ("3,120 nurses, of whom 410", "£450m, of which
// £112m"), whose whole is the figure said before it in the sentence;
// 4 a number alone ("Of the 47, three were fatal", np->first its word), whose
// whole is the count said before with that number.
int PartitiveWhole(const Sent& s, size_t k, NounPhrase* np);
// Whether the words right after word `at` are a partitive and its anaphor
// ("41 of them", "96 de ellos"; rules partitive_opens, partitive_anaphors).
bool AnaphorAfter(const Sent& s, size_t at);

// share.cc: base and part of a percent or fraction.
void ReadShare(const Sent& s, size_t k, Frame* frame);

// change.cc: measure, direction, previous, revised; may sign the value of a
// downward change and turn a "from X to Y" range into Y with previous X.
void ReadChange(const Sent& s, size_t k, Frame* frame);
// A revision told across two sentences of a paragraph: this sentence says a
// revision ("revised", "corrected") and gives one figure of a like figure of
// the sentence before (`before`): "The figure ... was published in our
// previous report as 2,310. ... it has been revised to 2,265" (this one is
// the new value), "rose to 12,480. This figure has been revised: the interim
// release published in June gave 11,900" (this one is the old value, named
// with an earlier publication's words). The new value gets the old as its
// previous, revised. `before_earlier`: the sentence before named an earlier
// publication. Returns whether this sentence names one.
bool ReviseAcross(const Sent& s, const std::vector<Figure*>& before, bool before_earlier);

// A move told across two sentences of a paragraph: a sentence a
// demonstrative opens (rules subject.change_anaphors) whose first figure
// follows a change word and its "from" ("38 per cent of the walls are in poor
// condition. This is down from 40 per cent in 2021", "Esto supone un
// descenso desde el 40 %"). That figure is the earlier value of the last like
// figure of the sentence before (`before`), which moved from it: that one
// gets it as previous, with the change's direction; this one, a level of
// the earlier time, takes its subject and no direction of its own.
void MoveAcross(const Sent& s, const std::vector<Figure*>& before);

// change.cc: a count of points of a percentage moved ("fell 0.3 points to
// 4.1%", "ocho décimas menos"): the points per unit word (0 when figure k is
// no such count) and, in *len, how many words the unit takes after it.
double PointsAfter(const Sent& s, size_t k, size_t* len);

// rate.cc: the denominator of a rate.
void ReadRate(const Sent& s, size_t k, Frame* frame);
// The denominator a table column's header names ("Litros por habitante y
// día" -> "capita/day", "Rate per 100,000 residents"), read as after a
// figure; empty when it names none.
std::string HeaderPer(const Sent& header);

// A unit written with a slash right at word b, no space either side ("52.3
// µg/m³", "35 mg/l", "£12/sq ft"): the number of words it takes (the slash
// and one or two words), 0 when none. The frame builder makes them the
// figure's own words; the rate reader reads its denominator from them.
size_t SlashUnitLength(const Sent& s, size_t b);

// period.cc: the span covered, resolved against the document's date.
void ReadPeriod(const Sent& s, size_t k, Frame* frame);
// The figure's as-of time (the context attacher's) when it was read from a
// date that is no span of this figure: a comparison's baseline ("7% fewer
// than in the same quarter of 2025") or the date of the value it is compared
// with ("frente a 3.910 millones en la cosecha 2024-25"). Such a time is
// replaced by the figure's own period (`frame`, already read), or cleared.
void KeepOwnTime(const Sent& s, size_t k, const Frame& frame);
// The span a title line names when the sentence reads as one: at most 16
// words, every figure a date, and exactly one span of whole months stated
// ("PRACTICAL TESTS: OCTOBER TO DECEMBER 2025", "..., year to June 2026"),
// else one year word ("Road Casualties, 2025", "Report 2025-26"); "" otherwise.
// A publication date ("Published: March 2026") is not the title's span.
std::string TitleSpan(const Sent& s);
// The one span the sentence states (every period it names, read once), or
// "" when it names none or several: the next sentence's Sent::prev_span.
std::string OnlySpan(const Sent& s);
// The span date figure `d` (one of s.figs) names, as ISO 8601: a year-less
// month or quarter moved to the most recent past, or to the next where its
// stretch of the sentence looks ahead (rules: period.future_cues) or where
// `ahead` says the date is a plan's deadline.
std::string DateSpan(const Sent& s, const Figure& d, bool ahead);
// Whether a frame period ("2027", "2026-05", "2027-Q1", "2026-04/2027-03")
// begins after the document's date (ISO 8601): a span still to come.
bool SpanAhead(const std::string& period, const std::string& doc_date);
// A month or quarter written without a year, resolved to the most recent one
// not after `doc_date`: ("2017-10" for October in March 2018).
std::string MostRecentPast(const std::string& doc_date, int month, int quarter);

// modality.cc: actual/forecast/target/estimate, an estimate's interval.
void ReadModality(const Sent& s, size_t k, Frame* frame);
// Whether the sentence states figure k as what happened (Frame::outcome_stated;
// needs frame->subject_head read first).
bool OutcomeStated(const Sent& s, size_t k, const Frame& frame);
// Whether a word of figure k's clause before it says what happened (rules
// modality.outcome_verbs and outcome_endings: "have", "ha", "registró"; not
// its outcome_adverbs, "already", "ya").
bool OutcomeInClause(const Sent& s, size_t k);

// change.cc: whether two values are within a factor of two of each other: an
// old value of a revision, or the level a move started from, is near its new
// one ("2" is no old value of "23,7 %").
bool WithinTwice(const Figure& f, const Figure& p);

// place.cc
void ReadPlace(const Sent& s, size_t k, Frame* frame);

// speaker.cc: the attribution as an entity, carried from sentence to
// sentence through a document.
class SpeakerReader {
 public:
  explicit SpeakerReader(const FrameRules& r) : r_(r) {}
  // Learns aliases and "X, the director of ORG" affiliations from a sentence.
  void Learn(const Sent& s);
  // The speaker of figure k of the sentence.
  std::string Read(const Sent& s, size_t k);
  // Who plans or expects what the sentence states: the noun phrase that
  // opens it as the subject of a forecast or target verb ("The port wants
  // to attract ...", "The grocer expects ...", "El Ayuntamiento quiere
  // plantar ..."), without its article; "" when none. For a figure whose
  // modality is a forecast or a target and that no credit names.
  std::string Planner(const Sent& s) const;
  // A transcript turn's label opening the paragraph `block` ("PAULINE ASHER
  // (Pennick Point Coastguard Rescue Team): We've had ..."): its body, else
  // its name, speaks the turn's figures said in the first person. "" when
  // the paragraph opens with no label.
  void SetTurn(std::string_view block);
  // Whether the last Read gave the turn's speaker: the figure is that
  // speaker's own words, as if quoted.
  bool SpokenInTurn() const { return turn_spoken_; }

 private:
  std::string Normalise(const std::string& attribution, bool heading);
  // The attacher's attribution completed from the sentence: an "according
  // to" phrase runs to its clause's end ("according to a report by two
  // charities"), and a document noun takes the body written before it
  // ("coastguard data show").
  std::string Completed(const Sent& s, const std::string& attribution) const;
  std::string Source(std::string_view text, const std::vector<Word>& w, size_t first, size_t last,
                     bool heading);
  std::string Canonical(const std::string& name) const;
  // The words of an attribution or a name, kept by text: the same few recur
  // through a document, and tokenising them again for every figure was a
  // measured hot spot of extract (bench/RESULTS.md). The words depend on
  // the text alone.
  const std::vector<Word>& TextWords(const std::string& text) const;
  // A body described in lower case ("importers' body") whose describing word
  // is a word of exactly one body named before ("the Watch Parts Importers'
  // Association"); null when none or several.
  const std::string* DescribedBody(const std::string& description) const;
  // A speaker the attacher did not credit: "Statistics Canada said", "the
  // bureau said", "said the ministry". Credits before word `credits_from`
  // belong to an earlier conjunct, not to figure k.
  std::string FallbackSpeaker(const Sent& s, size_t k, size_t credits_from = 0);
  std::vector<std::pair<size_t, std::string>> FindFallbacks(const Sent& s);
  // FindFallbacks of the sentence, found once per sentence.
  const std::vector<std::pair<size_t, std::string>>& Fallbacks(const Sent& s);
  // The nearest credit the sentence writes outright ("the force said",
  // "according to X"), or empty.
  std::string CreditSpeaker(const Sent& s, size_t k);
  // The nearest credit after figure k written with a speaker.credit_outright
  // word ("..., according to X"), or empty.
  std::string OutrightCredit(const Sent& s, size_t k);
  std::string NearestCredit(const Sent& s, size_t k, bool credit_verb_only, size_t credits_from = 0);
  // A lone generic word the attacher credited ("officials", "organización")
  // widened from the sentence: "health officials", "la organización agraria
  // Asaja" -> Asaja, "la consejería de Sanidad".
  std::string Widen(const Sent& s, const std::string& generic);
  // The name that opens the sentence as the subject of its verb, before
  // word `before` ("Ostara Gold expects ...", "Renfe transportó ..."), or "".
  std::string OpeningSubject(const Sent& s, size_t before) const;

  const FrameRules& r_;
  std::map<std::string, std::string> aliases_;      // folded alias -> canonical
  std::map<std::string, std::string> affiliation_;  // folded name word -> entity
  std::string last_speaker_;
  std::string turn_;  // the speaker of the transcript turn being read (SetTurn)
  bool turn_spoken_ = false;
  // Whether the clause of figure k before it speaks in the first person
  // (rules: speaker.first_person): "We've had 30 volunteers leave".
  bool FirstPerson(const Sent& s, size_t k) const;
  // Bodies named so far in the document, by their body word ("institute" ->
  // "Valdoria National Statistics Institute"), from any sentence.
  std::map<std::string, std::string> bodies_;
  // Documents named with their body, by the document word's stem: "The
  // Haldon County Council cabinet report", "CEP's report", "el informe del
  // Ayuntamiento de Valdemora" -> "report" -> the body. A later "the report
  // says" is that body's, whoever spoke in between.
  std::map<std::string, std::string> document_owners_;
  // Caches for the figures of one sentence.
  const char* fallback_text_ = nullptr;
  std::vector<std::pair<size_t, std::string>> fallback_;
  std::string last_attribution_, last_normalised_;
  std::string widen_from_, widen_to_;  // the last widening, for the sentence's other figures
  const char* widen_text_ = nullptr;
  bool last_heading_ = false;
  mutable std::unordered_map<std::string, std::vector<Word>> text_words_;
};

// Folded (ASCII/Latin-1 lower-case) text.
std::string Fold(std::string_view s);
// Whole-number text of a value: 100000 -> "100000", 2.5 -> "2.5".
std::string NumberText(double v);

}  // namespace claimcheck::frame

#endif  // CLAIMCHECK_EXTRACT_FRAME_READER_H_
