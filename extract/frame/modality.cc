// Whether a figure is a fact, a forecast, a target or an estimate: "expects
// inflation of 2.7%", "is projected to", "aims to", "could reach", "an
// estimated 2,100 (95% interval 1,400 to 2,900)" (an estimate with its
// interval). The cue nearest before the figure in its clause decides; a cue
// after it counts when nothing precedes ("2,100 deaths, the model
// estimated").
#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "extract/frame/reader.h"

namespace claimcheck::frame {
namespace {

Modality ModalityOf(int tag) {
  return tag == 1 ? Modality::kForecast : tag == 2 ? Modality::kTarget : Modality::kEstimate;
}

// "more than economists expected", "as forecast", "más de lo previsto": a
// comparison with a forecast, not one (rules: modality.compared).
bool Compared(const Sent& s, size_t i) {
  // ("more than police had expected": three words back.)
  for (size_t back = 1; back <= 3 && back <= i; ++back) {
    if (s.words[i - back].word && s.r.modality_compared.EndingAt(s.words, i - back) != nullptr) return true;
  }
  return false;
}

// "That is 1,803 shifts that could have been spent answering calls": a
// modal of the past unreal (rules: modality.counterfactual) says what did
// not happen; it forecasts nothing.
bool Counterfactual(const Sent& s, size_t i) {
  return s.IsWord(i) && s.r.modality_counterfactual.At(s.words, i) != nullptr;
}

// Modal auxiliaries: a forecast's weakest cue ("will", "could").
bool Auxiliary(const std::string& w) {
  return w == "will" || w == "would" || w == "could" || w == "might" || w == "may" ||
         w == "can" || w == "should";
}

// A verb of achievement at `i` that says nothing was reached: after "have"
// ("is expected to have reached", "will have delivered"), after "to" or a
// modal ("aims to hit", "could hit").
bool Unreached(const Sent& s, size_t i) {
  if (i == 0 || !s.IsWord(i - 1)) return false;
  const std::string& w = s.words[i - 1].lower;
  return w == "have" || w == "haber" || w == "to" || w == "para" || Auxiliary(w);
}

bool EndsWith(const std::string& w, std::string_view e) {
  return w.size() > e.size() && w.compare(w.size() - e.size(), e.size(), e) == 0;
}

// Snowball gives "bajó" and "bajará", "sube" and "subirá" one stem: in
// Spanish a forecast cue that is also a change or linking verb counts only
// in the future or conditional ("subirá", "podría"). Nor does a cue a
// negation denies, in either language.
bool NotFuture(const Sent& s, size_t i, const CueSet::Phrase& p) {
  // A denied cue: "with no plan to pay it back", "sin ningún plan de pago"
  // (trial54: the debt owed read as a target).
  if (i > 0 && s.IsWord(i - 1) && s.r.modality_negations.Has(s.words[i - 1])) return true;
  if (!s.r.head_initial || p.tag != 1 || p.stems.size() != 1) return false;
  const Word& w = s.words[i];
  if (!s.r.change_words.Has(w) && !s.r.links.Has(w)) return false;
  const std::string& l = w.lower;
  return !(EndsWith(l, "\xC3\xA1") || EndsWith(l, "\xC3\xA1n") || EndsWith(l, "\xC3\xAD" "a") ||
           EndsWith(l, "\xC3\xAD" "an"));
}

// A Spanish verb in the future tense ("costará", "tendrán"): a forecast
// whatever the verb.
bool SpanishFuture(const Sent& s, size_t i) {
  if (!s.r.head_initial || !s.IsWord(i) || s.InName(i) || s.words[i].cap) return false;
  const std::string& l = s.words[i].lower;
  if (l.size() < 6) return false;
  // (And the irregular "-drá", "-brá": "tendrán", "podrá", "habrá".)
  for (std::string_view e : {"ar\xC3\xA1", "er\xC3\xA1", "ir\xC3\xA1", "ar\xC3\xA1n", "er\xC3\xA1n",
                             "ir\xC3\xA1n", "dr\xC3\xA1", "dr\xC3\xA1n", "br\xC3\xA1", "br\xC3\xA1n"}) {
    if (EndsWith(l, e)) return true;
  }
  return false;
}

}  // namespace

size_t Sent::AsideOpen(size_t i) const {
  if (!IsPunct(i, ",")) return i;
  for (size_t j = i; j-- > 0;) {
    const Word& w = words[j];
    if (IsClauseBreak(j) || (w.fig >= 0 && figs[w.fig]->kind != Kind::kDate)) return i;
    if (w.word) continue;
    // An apostrophe, a hyphen or a quote stays inside the aside ("the
    // agency's annual survey"); other punctuation ends the search.
    const std::string& l = w.lower;
    if (l == "'" || l == "\xE2\x80\x99" || l == "-" || l == "\"" || l == "\xE2\x80\x9C" || l == "\xE2\x80\x9D") continue;
    if (l != ",") return i;
    // The opening comma: the aside's first word is a listed opener, and
    // something stands before it (the subject).
    if (j == 0 || !IsWord(j + 1) || j + 1 >= i) return i;
    if (r.aside_opens.Has(words[j + 1])) return j;
    // Or an apposition, a determiner first, that holds a relative clause:
    // "Los turismos de hasta tres años, los más demandados por quienes
    // buscan un coche casi nuevo, representaron el 13 %" (eval29: the
    // relative's "buscan" made the share a target). Without a relative
    // word the aside may be the figure's own telling ("Turnout, the agency
    // expects, will reach 60%").
    if (!r.determiners.Has(words[j + 1])) return i;
    for (size_t x = j + 2; x < i; ++x) {
      if (IsWord(x) && r.aside_opens.Has(words[x])) return j;
    }
    return i;
  }
  return i;
}

bool Sent::OpensCoordinatedClause(size_t i) const {
  if (!IsWord(i) || !IsWord(i + 1)) return false;
  const std::string& w = words[i].lower;
  if (w != "and" && w != "y" && w != "but" && w != "pero") return false;
  const std::string& n = words[i + 1].lower;
  if (n == "we" || n == "they" || n == "he" || n == "she" || n == "it" || n == "i" ||
      n == "nosotros" || n == "ellos" || n == "ellas" || n == "se" || n == "is" || n == "are" ||
      Auxiliary(n)) {
    return true;
  }
  if (!InName(i + 1) && r.modality.At(words, i + 1) != nullptr) return true;
  // After a comma, a subject of its own (a name, or up to three words
  // after a determiner) and a link verb: "Since March we've had less rain
  // than we would normally expect, and July was desperately dry, just 29
  // millimetres" (trial42: the 29 mm took the first clause's "expect").
  if (i > 0 && IsPunct(i - 1, ",")) {
    // A verb of saying or announcing right after, the subject the first
    // clause's: ", y anunció 40 nuevos radares de tramo para este año"
    // (trial115: the radars were dated by the first clause's 2019).
    if (r.speaker_verbs.Has(words[i + 1]) || r.announce_verbs.Has(words[i + 1])) return true;
    size_t j = i + 1;
    while (IsWord(j) && r.determiners.Has(words[j])) ++j;
    const size_t subject = j;
    // (Spanish words have no lexicon: any word not a verb of the rules may
    // be the subject's.)
    while (IsWord(j) && j < subject + 3 && !r.links.Has(words[j]) && !r.speaker_verbs.Has(words[j]) &&
           words[j].fig < 0 && (InName(j) || (Classes(j) & kNoun) || (r.head_initial && !(Classes(j) & kKnown)))) {
      ++j;
    }
    if (j > subject && IsWord(j) && r.links.Has(words[j]) && !Auxiliary(words[j - 1].lower)) return true;
    // Or a speaker's verb: ", and the Northshire FA believes numbers could
    // climb to 52,000 by 2027-28", ", y la federación cree que" (trial53:
    // the first clause's pitches were dated by the forecast's year).
    if (j > subject && IsWord(j) && r.speaker_verbs.Has(words[j])) return true;
    // Or a longer subject after its determiner, up to a modal: ", and the
    // annual rent for a standard plot will rise from £68 to £84 next April"
    // (trial65: the waiting list's count before "and" was dated next April).
    if (subject > i + 1) {
      for (size_t x = subject + 1; x < subject + 8 && IsWord(x) && words[x].fig < 0; ++x) {
        if (Auxiliary(words[x].lower)) return true;
        if (r.links.Has(words[x]) || r.speaker_verbs.Has(words[x])) break;
      }
    }
  }
  // A subject noun phrase of its own, then a forecast cue: "and the council
  // expects to carry out about 3,200 inspections in 2026", "and bosses
  // expect to make up to £565m this year". The clause's cue and period are
  // its own, not those of the figure before "and" (eval18, eval10). At most
  // a determiner and two nouns, none a figure: a longer run is as often the
  // figure's own phrase going on.
  constexpr size_t kMaxSubjectWords = 2;
  size_t j = i + 1;
  while (IsWord(j) && r.determiners.Has(words[j])) ++j;
  size_t nouns = 0;
  for (; nouns < kMaxSubjectWords && IsWord(j) && !InName(j) && (Classes(j) & kNoun) &&
         r.modality.At(words, j) == nullptr;
       ++j, ++nouns) {
  }
  return nouns > 0 && IsWord(j) && !InName(j) && r.modality.At(words, j) != nullptr;
}

void ReadModality(const Sent& s, size_t k, Frame* frame) {
  const Figure& f = *s.figs[k];
  if (f.kind == Kind::kDate) return;
  const FrameRules& r = s.r;
  const size_t a = s.spans[k].first, b = s.spans[k].second;
  int tag = 0;
  size_t cue_at = 0;
  bool weak = false;  // a tense, not a cue word: any closing cue outranks it
  // Inside the figure's own words: "an estimated 2,100".
  for (size_t i = a; i < b && !tag; ++i) {
    const CueSet::Phrase* p = r.modality.At(s.words, i);
    if (p != nullptr && !NotFuture(s, i, *p) && !Counterfactual(s, i)) tag = p->tag, cue_at = i;
  }
  // Before it, back to the start of the sentence; the nearest cue wins.
  // A cue after a determiner is an adjective ("the expected standard").
  // A noun cue keeps its sense after a determiner: "its forecast of".
  auto adjective = [&](size_t i) {
    const std::string& w = s.words[i].lower;
    bool participle = w.size() > 2 && (w.compare(w.size() - 2, 2, "ed") == 0 ||
                                       w.compare(w.size() - 2, 2, "do") == 0 ||
                                       w.compare(w.size() - 2, 2, "da") == 0);
    return participle && i > 0 && s.words[i - 1].word && s.r.determiners.Has(s.words[i - 1]) &&
           !(r.modality.At(s.words, i - 1) != nullptr);
  };
  // Before the figure, after a complement's preposition and before a noun:
  // "the waiting list for planned treatment stood at 48,215" names a kind
  // of treatment (trial96: the count read as a target). After the figure
  // the phrase may be the figure's own ("£1.4 billion of planned
  // investment" is planned).
  auto complement_adjective = [&](size_t i) {
    return !r.head_initial && i > 0 && EndsWith(s.words[i].lower, "ed") && s.IsWord(i - 1) &&
           r.complement_preps.Has(s.words[i - 1]) && s.IsWord(i + 1) && s.words[i + 1].lower != "to" &&
           (WordClasses(r.lang, s.words[i + 1].lower) & kNoun) != 0;
  };
  // A baseline is a fact: "aims to create 500,000 by 2025, up from about
  // 320,000 today", "is forecast to fall from 5%".
  if (a > 0 && s.IsWord(a - 1) &&
      (s.words[a - 1].lower == "from" || s.words[a - 1].lower == "desde")) {
    return;
  }
  // "Climate finance pledged to poorer nations totalled": a participle
  // after a noun, before a preposition that opens no infinitive, narrows
  // that noun; it says nothing of the figure.
  auto reduced_relative = [&](size_t i) {
    const std::string& w = s.words[i].lower;
    if (!EndsWith(w, "ed") || i == 0 || !s.IsWord(i - 1) || !s.IsWord(i + 1)) return false;
    if ((WordClasses(r.lang, s.words[i - 1].lower) & kNoun) == 0 ||
        r.determiners.Has(s.words[i - 1]) || r.stops.Has(s.words[i - 1])) {
      return false;
    }
    const std::string& n = s.words[i + 1].lower;
    if (n == "to") {
      return s.IsWord(i + 2) && (WordClasses(r.lang, s.words[i + 2].lower) & kVerb) == 0;
    }
    return n == "by" || n == "for" || n == "in" || n == "on" || n == "at" || n == "with";
  };
  // "approved planning permission for 1,950 bed spaces": a cue's -ing form
  // before a noun, no form of "be" before it, names a kind of thing
  // ("planning permission", "the planning committee"); "is planning to
  // build", "is forecasting growth" and "planning to" stay cues (trial19:
  // the approval read as a target).
  auto noun_modifier = [&](size_t i) {
    if (r.head_initial || !s.IsWord(i) || !EndsWith(s.words[i].lower, "ing") || !s.IsWord(i + 1) ||
        s.IsFig(i + 1)) {
      return false;
    }
    const std::string& n = s.words[i + 1].lower;
    if (n == "to" || r.determiners.Has(s.words[i + 1]) || r.stops.Has(s.words[i + 1]) ||
        (WordClasses(r.lang, n) & kNoun) == 0) {
      return false;
    }
    if (i > 0 && s.IsWord(i - 1)) {
      const std::string& b = s.words[i - 1].lower;
      if (b == "is" || b == "are" || b == "was" || b == "were" || b == "be" || b == "been" || b == "am") return false;
    }
    return true;
  };
  if (!tag) {
    for (size_t i = a; i-- > 0 && !tag;) {
      // Another clause: "Pollsters had predicted 75 percent, but just 68".
      if (s.IsClauseBreak(i)) break;
      if (s.OpensCoordinatedClause(i)) break;
      // An aside on the subject ("the rate, which compares diagnoses with the
      // number of people expected to have dementia, stood at 63.4%"): its
      // cue is its own, not the figure's.
      if (const size_t open = s.AsideOpen(i); open != i) {
        i = open;
        continue;
      }
      if (adjective(i) || noun_modifier(i) || complement_adjective(i)) continue;
      // "is expected to cost £2.6 million, of which the Council has secured
      // £1.9 million", "..., de los que la Junta ha asegurado 1,9
      // millones": a partitive relative clause after a comma is a statement
      // of its own; the main clause's cue is not its (trial95).
      if (s.IsWord(i) && i >= 2 && (s.words[i].lower == "which" || s.words[i].lower == "whom") && s.IsOf(i - 1) &&
          s.IsPunct(i - 2, ",")) {
        break;
      }
      // "..., año en que murieron 358 personas", "..., when 358 people
      // died": a clause of time after a comma states its own fact
      // (trial115: the deaths of the baseline year read as the target).
      if (s.IsWord(i) && r.time_relatives.At(s.words, i) != nullptr) {
        bool comma = false;
        for (size_t c = i; c-- > 0 && c + 3 >= i && !comma;) comma = s.IsPunct(c, ",");
        if (comma) break;
      }
      if (s.IsWord(i) && i >= 3 && (s.words[i].lower == "cuales" || s.words[i].lower == "que") &&
          s.IsWord(i - 1) && r.determiners.Has(s.words[i - 1]) && s.IsOf(i - 2) && s.IsPunct(i - 3, ",")) {
        break;
      }
      // "The improvement plan delivered punctuality of 76 per cent": a verb
      // of achievement in the past between the figure and any cue says the
      // figure was reached; a cue before it names what reached it. Not after
      // "have" ("is expected to have reached", "will have delivered").
      if (s.IsWord(i) && r.modality_achieved.At(s.words, i) != nullptr && !Unreached(s, i)) break;
      if (!r.head_initial && s.IsWord(i) && reduced_relative(i)) continue;
      const CueSet::Phrase* p =
          s.words[i].fig < 0 && !s.InName(i) ? r.modality.At(s.words, i) : nullptr;
      if (p != nullptr && i + p->stems.size() <= a && !Compared(s, i) && !NotFuture(s, i, *p) && !Counterfactual(s, i)) {
        tag = p->tag, cue_at = i;
      } else if (p == nullptr && SpanishFuture(s, i)) {
        tag = 1, cue_at = i, weak = true;  // "costará 38 euros"
      }
    }
    // "announced 2,000 new jobs", "anunció 40 nuevos radares de tramo para
    // este año": new things an announcement names right after its verb are
    // planned, not yet there (trial115: the announcement read as done
    // against the report's "se instalarán 40"). Results announced are
    // facts ("announced profits of £3 billion": nothing new).
    if (!tag && a > 0) {
      size_t v = a;
      if (s.IsWord(v - 1) && r.determiners.Has(s.words[v - 1])) --v;
      if (v > 0 && s.IsWord(v - 1) && r.announce_verbs.Has(s.words[v - 1]) && s.IsWord(b) &&
          r.new_words.Has(s.words[b])) {
        tag = 2, cue_at = v - 1;
      }
    }
    // "which the budget officer estimated would cost", "the ministry aims
    // that it will": a modal right after a reporting cue is that cue's.
    if (tag == 1 && Auxiliary(s.words[cue_at].lower) && cue_at > 0 && s.IsWord(cue_at - 1)) {
      const CueSet::Phrase* p = r.modality.At(s.words, cue_at - 1);
      if (p != nullptr && p->stems.size() == 1 && p->tag != 1) tag = p->tag, cue_at = cue_at - 1;
    }
  }
  // "We estimate that 2.0 million people will have their payment
  // recovered": an estimate of what is still to come is a forecast (trial56:
  // read as an estimate, agreeing with the article's "recovered payments
  // from 2.0 million people"). A modal or a future after the figure, in its
  // clause.
  if (tag == 3) {
    for (size_t i = b; i < s.words.size() && i < b + 6; ++i) {
      if (s.IsClauseBreak(i) || s.IsFig(i) || (!s.words[i].word && s.words[i].lower != "'")) break;
      if ((Auxiliary(s.words[i].lower) || SpanishFuture(s, i)) && !Counterfactual(s, i)) {
        tag = 1;
        break;
      }
    }
  }
  // A headline drops "is set" and "will": its infinitive right before the
  // figure ("Pension age rise to hit 1.9 million", "Fares to top £5") or
  // before the figure's "to" ("Council tax to rise to £2,100") is its
  // future. A finite verb ("Waiting list hits 1.9 million") is the fact.
  if (!tag && s.heading) {
    size_t v = a;
    if (v > 0 && s.IsWord(v - 1) && s.words[v - 1].lower == "to") --v;
    if (v >= 2 && s.IsWord(v - 1) && s.IsWord(v - 2) && s.words[v - 2].lower == "to" &&
        (s.Classes(v - 1) & kVerb) != 0) {
      tag = 1, cue_at = v - 2, weak = true;
    }
  }
  // "The surplus of £3.4 million will be spent on roads": a figure that
  // completes a noun before it ("surplus of") names a quantity that is;
  // a modal after it says what will become of the thing, not that the
  // figure is a forecast (trial14: the surplus had been made). A change
  // noun is the exception ("a rise of 5% will take effect").
  bool of_complement = false;
  if (a >= 2 && s.IsWord(a - 1) && s.IsWord(a - 2) && (s.words[a - 1].lower == "of" || s.words[a - 1].lower == "de")) {
    const Word& n = s.words[a - 2];
    of_complement = !r.determiners.Has(n) && !r.stops.Has(n) && r.change_nouns.At(s.words, a - 2) == nullptr &&
                    (r.head_initial || (WordClasses(r.lang, n.lower) & kNoun) != 0);
  }
  // After it, in the same clause.
  if (!tag) {
    for (size_t i = b; i < s.words.size() && !tag; ++i) {
      if (!s.words[i].word && (s.words[i].lower == ";" || s.words[i].lower == "(" ||
                               s.words[i].lower == ",")) {
        break;
      }
      // "40 teams on the ground and we expect that number to double": a
      // coordinated clause with its own subject is another statement.
      if (s.OpensCoordinatedClause(i)) break;
      // Another figure's own clause: "short of the 45,000 analysts had estimated".
      if (s.words[i].fig >= 0 && s.figs[s.words[i].fig]->kind != Kind::kDate) break;
      if (s.words[i].fig >= 0 || s.InName(i) || adjective(i) || noun_modifier(i)) continue;
      const CueSet::Phrase* p = r.modality.At(s.words, i);
      if (p != nullptr && r.object_only.At(s.words, i) != nullptr) continue;  // the figure is who expects
      if (p != nullptr && of_complement && Auxiliary(s.words[i].lower)) continue;
      if (p != nullptr && !Compared(s, i) && !NotFuture(s, i, *p) && !Counterfactual(s, i)) tag = p->tag, cue_at = i;
    }
  }
  // A closing attribution with its own cue: "..., Sensor Tower estimates.",
  // "..., the prime minister pledged.", "..., prevé la Comisión Europea.": it
  // qualifies every figure before it; a target or an estimate there is
  // more telling than a "will" in the sentence.
  {
    size_t comma = s.words.size();
    for (size_t i = s.words.size(); i-- > b;) {
      if (s.IsPunct(i, ",")) {
        comma = i;
        break;
      }
    }
    int closing = 0;
    // Up to ten tokens, a body's name counted as one: "the Organisation for
    // Economic Co-operation and Development (OECD) estimated".
    size_t tokens = 0;
    for (size_t i = comma; i < s.words.size(); ++i) {
      const Word& w = s.words[i];
      const bool in_name = (w.word && (w.cap || w.all_caps) && i > comma + 1 && s.words[i - 1].word &&
                            (s.words[i - 1].cap || s.words[i - 1].all_caps)) ||
                           w.lower == "(" || w.lower == ")" || w.lower == "-";
      if (!in_name) ++tokens;
    }
    if (comma < s.words.size() && tokens <= 10) {
      for (size_t i = comma + 1; i < s.words.size(); ++i) {
        if (s.IsFig(i) && s.figs[s.words[i].fig]->kind != Kind::kDate) {
          closing = 0;
          break;
        }
        // "..., mientras se espera que": another clause, no attribution.
        const std::string& l = s.words[i].lower;
        if (l == "while" || l == "whereas" || l == "but" || l == "although" || l == "that" ||
            l == "mientras" || l == "aunque" || l == "pero" || l == "que" || l == "which") {
          closing = 0;
          break;
        }
        if (!s.IsWord(i) || s.InName(i) || closing) continue;
        if (const CueSet::Phrase* p = r.modality.At(s.words, i)) {
          if (p->stems.size() == 1 && !Auxiliary(s.words[i].lower) && !NotFuture(s, i, *p) && !Counterfactual(s, i) &&
              !Compared(s, i)) {
            closing = p->tag;
          }
        }
      }
    }
    if (closing && (!tag || weak || (closing != 1 && tag == 1 && Auxiliary(s.words[cue_at].lower)))) {
      tag = closing;
    }
  }
  // "will rise to $2.3 billion next year, a target set by the ministry":
  // an apposition naming what the figure is outranks a modal.
  {
    size_t i = b;
    while (i < s.words.size() && i < b + 5 && !s.IsPunct(i, ",") &&
           (s.IsWord(i) || (s.IsFig(i) && s.figs[s.words[i].fig]->kind == Kind::kDate))) {
      ++i;
    }
    if (s.IsPunct(i, ",") && s.IsWord(i + 1) && r.determiners.Has(s.words[i + 1]) &&
        s.IsWord(i + 2)) {
      const CueSet::Phrase* p = r.modality.At(s.words, i + 2);
      // A noun, not a verb: "a target set by", "an estimate from".
      if (p != nullptr && p->stems.size() == 1 && p->tag != 1 &&
          (WordClasses(r.lang, s.words[i + 2].lower) & kNoun) &&
          (!tag || (tag == 1 && Auxiliary(s.words[cue_at].lower)))) {
        tag = p->tag, cue_at = i + 2;
      }
    }
  }
  // "The standard is 96%", "against a standard of 18 minutes", "the 96 per
  // cent standard", "an 18-minute standard": the standard's own value.
  if (!tag) {
    if (s.IsWord(b) && r.standard_after.At(s.words, b) != nullptr) {
      tag = 2, cue_at = b;
    } else {
      size_t e = a;  // the cue ends right before the figure, an article or "that" between
      while (e > 0 && e + 2 > a && s.IsWord(e - 1) &&
             (r.determiners.Has(s.words[e - 1]) || s.words[e - 1].lower == "that" || s.words[e - 1].lower == "que")) {
        --e;
      }
      const CueSet::Phrase* p = e > 0 && s.IsWord(e - 1) ? r.standard_before.EndingAt(s.words, e - 1) : nullptr;
      // The standard is the clause's subject, not inside a preposition's
      // phrase ("against the 62-day standard was 71.8%"): back over its
      // article and modifiers, no stop word.
      bool subject = p != nullptr;
      for (size_t j = p ? e - p->stems.size() : 0, n = 0; subject && j > 0 && n < 3; --j, ++n) {
        if (s.IsFig(j - 1) || !s.IsWord(j - 1)) continue;
        if (r.determiners.Has(s.words[j - 1])) {
          subject = !(j >= 2 && s.IsWord(j - 2) && r.stops.Has(s.words[j - 2]));
          break;
        }
        if (r.stops.Has(s.words[j - 1])) subject = false;
      }
      if (subject) tag = 2, cue_at = e - p->stems.size();
    }
  }
  // "far above the 85% level health experts recommend", "el 85 % que
  // recomiendan los expertos": a definite figure whose next few words (no
  // comma, no figure) reach a verb of advice names the advised level.
  if (!tag && a > 0 && s.IsWord(a - 1) && r.definite.Has(s.words[a - 1])) {
    for (size_t i = b; i < s.words.size() && i < b + 5 && s.IsWord(i); ++i) {
      if (r.standard_verbs.At(s.words, i) != nullptr) {
        tag = 2, cue_at = i;
        break;
      }
    }
  }
  // "The council has hit its target of 50 per cent", "ha cumplido su
  // objetivo del 50 %": a target noun right after a verb of achievement in
  // the past (and a determiner) names the level reached; the sentence says
  // it was reached, as when the verb stands between the cue and the figure.
  if (tag == 2 && cue_at > 0 && cue_at < a) {
    size_t end = cue_at;
    // Up to two modifiers of the target noun ("the national standard of 90
    // per cent": trial28 read it as a target the force had not reached).
    for (int n = 0; n < 2 && end > 1 && s.IsWord(end - 1) && !s.words[end - 1].cap &&
                    !r.determiners.Has(s.words[end - 1]) && !r.stops.Has(s.words[end - 1]) &&
                    s.IsWord(end - 2) && !r.modality_achieved.EndingAt(s.words, end - 1);
         ++n) {
      --end;
    }
    if (s.IsWord(end - 1) && r.determiners.Has(s.words[end - 1])) --end;
    for (size_t j = end >= 3 ? end - 3 : 0; j < end; ++j) {
      const CueSet::Phrase* p = s.IsWord(j) ? r.modality_achieved.At(s.words, j) : nullptr;
      if (p != nullptr && j + p->stems.size() == end && !Unreached(s, j)) {
        return;
      }
    }
  }
  // The target noun right after the figure ("The hospice says it reached
  // its £7 million target", trial72: read as still a target): the verb of
  // achievement before the figure and its determiner.
  // (An adverb may stand there instead: "recruitment reached just 31% of
  // target".)
  if (tag == 2 && cue_at >= b && cue_at <= b + 2 && a >= 2) {
    size_t start = a;
    if (s.IsWord(start - 1) && (r.determiners.Has(s.words[start - 1]) || r.possessives.Has(s.words[start - 1]) ||
                                (s.Classes(start - 1) & kAdv) != 0)) {
      --start;
    }
    for (size_t j = start >= 3 ? start - 3 : 0; j < start; ++j) {
      const CueSet::Phrase* p = s.IsWord(j) ? r.modality_achieved.At(s.words, j) : nullptr;
      if (p != nullptr && j + p->stems.size() == start && !Unreached(s, j)) return;
    }
  }
  // "the 45,000 that analysts polled by FactSet had estimated": what
  // forecasters estimate ahead of a result is their forecast.
  if (tag == 3 && cue_at < s.words.size()) {
    for (size_t i = cue_at >= 6 ? cue_at - 6 : 0; i < cue_at; ++i) {
      if (s.IsWord(i) && r.forecasters.Has(s.words[i])) {
        tag = 1;
        break;
      }
    }
  }
  // "The national cod quota for 2027 will be cut by 18%, to 17,650
  // tonnes": a modal or a future tense whose clause names an amount set by
  // decision (rules: modality decided) before it announces the decision,
  // which coverage rightly reports as made ("the government cut the quota
  // to 17,650 tonnes"). A forecast word ("expects", "prevé") still counts.
  if (tag == 1 && cue_at < s.words.size() && (weak || Auxiliary(s.words[cue_at].lower) || SpanishFuture(s, cue_at))) {
    for (size_t i = cue_at; i-- > 0;) {
      if (s.IsClauseBreak(i)) break;
      if (s.IsWord(i) && r.decided_heads.Has(s.words[i])) return;
    }
  }
  if (!tag) return;
  frame->modality = ModalityOf(tag);
  (void)cue_at;
  if (frame->modality != Modality::kEstimate && frame->modality != Modality::kForecast) return;
  // The interval: a range after an interval cue, after the figure.
  for (size_t i = b; i < s.words.size(); ++i) {
    if (s.words[i].fig < 0 && r.interval.At(s.words, i) != nullptr) {
      for (size_t j = i + 1; j < s.words.size() && j < i + 8; ++j) {
        if (s.words[j].fig < 0) continue;
        const Figure& g = *s.figs[s.words[j].fig];
        if (g.kind == f.kind && g.value_max && !g.value.is_date()) {
          frame->interval_low = g.value.num;
          frame->interval_high = g.value_max->num;
          if (frame->modality == Modality::kForecast) frame->modality = Modality::kEstimate;
          return;
        }
        j = s.spans[s.words[j].fig].second - 1;
      }
    }
  }
}

namespace {

// Whether a word says what happened (rules modality.outcome_verbs), or, with
// `endings`, is a past tense told by its ending ("registró", "sumaron"; the
// stem keeps three bytes more than the ending: not "yo", "son").
bool IsOutcomeWord(const FrameRules& r, const std::string& w, bool endings) {
  if (r.outcome_verbs.Single(w) != nullptr) return true;
  return endings && std::any_of(r.outcome_endings.begin(), r.outcome_endings.end(), [&w](const std::string& e) {
           return w.size() > e.size() + 3 && w.compare(w.size() - e.size(), e.size(), e) == 0;
         });
}

}  // namespace

bool OutcomeInClause(const Sent& s, size_t k) {
  // From the figure's own lead words ("topped 160,000") back to the clause's start.
  for (size_t j = s.spans[k].second; j > 0; --j) {
    if (s.IsClauseBreak(j - 1) || s.IsPunct(j - 1, ";") || s.IsPunct(j - 1, ":")) break;
    const Word& w = s.words[j - 1];
    const bool own = j - 1 >= s.spans[k].first;
    if (!w.word || (w.fig >= 0 && !own)) continue;
    // A verb, not an adverb of it: "ya se habla de llegar a 16.000" is talk
    // now of a figure to come.
    if (!s.r.outcome_adverbs.Has(w) && IsOutcomeWord(s.r, w.lower, true)) return true;
  }
  return false;
}

bool OutcomeStated(const Sent& s, size_t k, const Frame& frame) {
  const FrameRules& r = s.r;
  const Figure& f = *s.figs[k];
  if (f.kind == Kind::kDate || (r.outcome_verbs.empty() && r.outcome_endings.empty())) return false;
  auto is_outcome = [&r](const std::string& w, bool endings) { return IsOutcomeWord(r, w, endings); };
  // The three words before the number, the figure's own lead words last
  // ("tops £900m", "more than"): nearest first.
  std::vector<std::string> last;
  {
    const std::string_view text(f.text);
    // A number written in words ("three hundred") has no lead words apart.
    const size_t digit = text.find_first_of("0123456789");
    const std::vector<Word> lead = SentenceWords(r.lang, text.substr(0, digit == std::string_view::npos ? 0 : digit), {});
    for (auto w = lead.rbegin(); w != lead.rend(); ++w) {
      if (w->word) last.push_back(w->lower);
    }
  }
  constexpr size_t kWindow = 3;
  for (size_t j = s.spans[k].first; j > 0 && last.size() < kWindow; --j) {
    const Word& w = s.words[j - 1];
    if (w.word) last.push_back(w.lower);
  }
  if (last.size() > kWindow) last.resize(kWindow);
  for (const std::string& w : last) {
    if (is_outcome(w, true)) return true;
  }
  // "El plan ya ha logrado reducir el consumo en primaria por debajo de 16,1
  // dosis", "has already brought the wait down to 10 weeks": an adverb of
  // what is done, anywhere before the figure in its clause (rules:
  // modality.outcome_adverbs; eval34: a target reported as met was an info
  // note, the verb too far back).
  constexpr size_t kAdverbReach = 15;
  // Not past a comma or another figure: "2,140 properties have already been
  // lost to erosion, with around 8,900 more at risk" (the adverb is the
  // other figure's).
  for (size_t j = s.spans[k].first, n = 0; j > 0 && n < kAdverbReach; --j, ++n) {
    if (s.IsClauseBreak(j - 1) || s.IsPunct(j - 1, ";") || s.IsPunct(j - 1, ":") || s.IsPunct(j - 1, ",")) break;
    // ("las primeras 180 viviendas": an ordinal is no other figure.)
    if (s.IsFig(j - 1)) {
      const Kind kind = s.figs[s.words[j - 1].fig]->kind;
      if (kind != Kind::kDate && kind != Kind::kOrdinal) break;
    }
    if (s.IsWord(j - 1) && r.outcome_adverbs.Has(s.words[j - 1])) return true;
  }
  // "With fare revenue still at £56 million", "con el paro ya en el 11 %":
  // a level its noun is at now (rules: subject.level_adverbs, right before
  // "at"/"en"; eval29: the forecast it reported as reached was only an info
  // note). "now" anywhere in the three words is an outcome word of its own
  // (modality.outcome_verbs).
  if (LevelAdverbAt(s, s.spans[k].first) < s.words.size()) return true;
  // Or the verb right after the figure's counted noun, in its clause: "A
  // further 60 pharmacies have closed" (trial36: a projection of 60 closures
  // reported as done), "Two new urgent care hubs have already opened" (the
  // noun a few words on, past its modifiers: eval34). Right after the noun
  // the frame took as its subject: "of charities were", "to be spent" say
  // nothing of this figure.
  constexpr size_t kNounReach = 4;
  const size_t b = s.spans[k].second;
  if (frame.subject_head.empty()) return false;
  // (Past the noun's modifiers only: a function word ends the noun, "of
  // charities were" is another noun's verb.)
  for (size_t j = b; j < b + kNounReach && s.IsWord(j) && !s.IsFig(j) && !r.stops.Has(s.words[j]); ++j) {
    if (HeadOf(s, j) != frame.subject_head) continue;
    return s.IsWord(j + 1) && is_outcome(s.words[j + 1].lower, false);
  }
  return false;
}

}  // namespace claimcheck::frame
