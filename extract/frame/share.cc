// The base of a share, what a percent is of ("43 percent of the nodes",
// "99% of the content we removed"), and its part, what is counted within
// that base ("31 percent of the respondents lived in rural areas" -> "rural
// respondents"; "40% of the victims were women" -> "women").
#include "extract/frame/reader.h"

namespace claimcheck::frame {
namespace {

bool IsPronoun(const Word& w) {
  static constexpr std::string_view kPronouns[] = {"we", "they", "it", "he", "she", "you", "i",
                                          "nosotros", "ellos", "ellas"};
  for (std::string_view p : kPronouns) {
    if (w.lower == p) return true;
  }
  return false;
}


// Articles dropped from a base as written.
std::string BaseText(const Sent& s, size_t start, size_t last) {
  std::string base = s.Slice(start, last);
  std::vector<Word> bw = SentenceWords(s.lang(), base, {});
  size_t cut = 0;
  while (cut < bw.size() && bw[cut].word &&
         (bw[cut].lower == "the" || bw[cut].lower == "a" || bw[cut].lower == "an" ||
          bw[cut].lower == "el" || bw[cut].lower == "la" || bw[cut].lower == "los" ||
          bw[cut].lower == "las")) {
    ++cut;
  }
  if (cut < bw.size()) base = base.substr(bw[cut].start);
  return base;
}

// The noun phrase after a number figure that starts at word i: "the 120
// seats", "los 120 escaños", "every 100 seats" -> the phrase's words.
NounPhrase AfterNumber(const Sent& s, size_t i) {
  while (s.IsWord(i) && (s.r.determiners.Has(s.words[i]) || s.words[i].lower == "every" ||
                         s.words[i].lower == "cada")) {
    ++i;
  }
  // "of the sector's 9.1 million members", "of Britain's 28 million
  // households": the owner before the number is no part of the whole.
  for (size_t n = 0, x = i; n < 3 && s.IsWord(x); ++n, ++x) {
    if (s.words[x].possessive) {
      if (s.IsFig(x + 1)) i = x + 1;
      break;
    }
  }
  if (!s.IsFig(i)) return {};
  const Figure& n = *s.figs[s.words[i].fig];
  if (n.kind != Kind::kCount) return {};
  return NounPhraseAt(s, s.spans[s.words[i].fig].second, false);
}

// A count or ratio of a stated whole: "48 of the 120 seats", "84 out of
// every 100 seats", "one in twenty adults", "uno de cada cuatro adultos",
// "half of the 2.2 million voters": the whole's noun is the base.
bool ReadWhole(const Sent& s, size_t k, Frame* frame) {
  const Figure& f = *s.figs[k];
  size_t b = s.spans[k].second;
  // A ratio figure ("one in twenty", "ocho de cada diez") is followed by
  // what it counts.
  if (f.kind == Kind::kPercent && f.rule.find("ratio") != std::string::npos) {
    NounPhrase np = NounPhraseAt(s, b, false);
    if (np.ok() && !s.IsFig(np.first)) {
      // A head-initial phrase read rightwards may run into the verb
      // ("adultos fuma"): the head alone unless a "de" complement follows.
      if (s.r.head_initial && !s.IsOf(np.head + 1)) np.last = np.head + 1;
      frame->base = BaseText(s, np.first, np.last);
      return true;
    }
  }
  if (f.kind != Kind::kCount && f.kind != Kind::kPercent) return false;
  size_t at = b;
  if (s.IsWord(at) && s.words[at].lower == "out" && s.IsOf(at + 1)) {
    at += 2;
  } else if (s.IsOf(at)) {
    at += 1;
  } else {
    return false;
  }
  NounPhrase np = AfterNumber(s, at);
  if (!np.ok()) return false;
  // "escaños del parlamento": the owner's complement is no part of the whole.
  if (s.r.head_initial && s.IsWord(np.head + 1) &&
      (s.words[np.head + 1].lower == "del" ||
       (s.IsOf(np.head + 1) && s.IsWord(np.head + 2) && s.r.determiners.Has(s.words[np.head + 2])))) {
    np.last = np.head + 1;
  }
  frame->base = BaseText(s, np.first, np.last);
  return true;
}

// The part written before a share verb: "Online sales accounted for 31% of
// total revenue", "Las renovables generaron el 50,3% de la electricidad".
bool PartBefore(const Sent& s, size_t k, Frame* frame) {
  size_t a = s.spans[k].first;
  // The verb ends right before the figure, or before its article ("el 31%").
  size_t v = a;
  while (v > 0 && s.IsWord(v - 1) && s.r.determiners.Has(s.words[v - 1]) && a - v < 2) --v;
  if (v == 0 || !s.IsWord(v - 1)) return false;
  const CueSet::Phrase* p = s.r.part_verbs.EndingAt(s.words, v - 1);
  if (p == nullptr) return false;
  size_t verb = v - p->stems.size();
  NounPhrase np = VerbSubject(s, verb);
  if (!np.ok() || s.IsFig(np.first)) return false;
  // A pronoun or a speaker is no part.
  std::string text = Fold(PhraseText(s, np));
  if (text.empty()) return false;
  frame->part = text;
  return true;
}

// "The share of adults who smoke fell to 11.5 percent", "Coal's share of
// power generation fell to 1.3 percent", "La proporción de adultos que fuma
// bajó al 18%": a share noun before the clause's verb names the base of
// the percent the clause states (rules' share_nouns).
bool ShareNounBase(const Sent& s, size_t k, Frame* frame) {
  const size_t a = s.spans[k].first;
  size_t i = a, budget = 14;
  while (i > 0 && budget-- > 0) {
    const size_t p = i - 1;
    if (s.IsFig(p)) {
      const size_t e = static_cast<size_t>(s.words[p].fig);
      const Figure& earlier = *s.figs[e];
      // "fell in 2024 to 11.5 percent": a date of the move is passed over.
      if (earlier.kind == Kind::kDate) {
        i = s.spans[e].first;
        continue;
      }
      // "The proportion of calls that were hoax fell from 11.2% in 2025 to
      // 8.5% in 2026": the level moved to is a share of the base of the
      // level moved from (trial33: 8.5% had none, so "8.5 per cent of all
      // calls" read as a base the source never narrowed).
      if (earlier.kind == Kind::kPercent && !earlier.frame.base.empty() && a > 0 && s.IsWord(a - 1) &&
          s.r.change_to.Has(s.words[a - 1])) {
        frame->base = earlier.frame.base;
        return true;
      }
      return false;
    }
    if (s.IsClauseBreak(p) || !s.words[p].word) return false;
    if (s.r.share_nouns.Has(s.words[p]) && !s.InName(p) && s.IsOf(p + 1)) {
      // "The market share of battery-electric cars", "la cuota de mercado
      // de los híbridos": the share is of the market; the "of" phrase says
      // whose it is (eval11).
      if ((p > 0 && s.IsWord(p - 1) && s.r.share_wholes.Has(s.words[p - 1])) ||
          (s.IsWord(p + 2) && s.r.share_wholes.Has(s.words[p + 2]))) {
        return false;
      }
      size_t start = p + 2;
      NounPhrase np = NounPhraseAt(s, start, true);
      if (!np.ok() || np.last >= a) return false;
      size_t last = np.last;
      // "of power generation fell": the clause's verb is no part of it.
      while (last > np.first + 1 && (s.r.change_words.Has(s.words[last - 1]) ||
                                     s.r.links.Has(s.words[last - 1]))) {
        --last;
      }
      // "adults who smoke", "adultos que fuma": a one-verb relative clause.
      const std::string& rel = s.IsWord(last) ? s.words[last].lower : std::string();
      // A link verb opens a predicate that names the part, not a narrower
      // base: "the proportion of calls that were hoax calls" is of calls.
      if ((rel == "who" || rel == "that" || rel == "que") && last + 2 < a && s.IsWord(last + 1) &&
          (s.Classes(last + 1) & kVerb) && !s.r.links.Has(s.words[last + 1])) {
        last += 2;
      }
      frame->base = BaseText(s, start, last);
      return true;
    }
    --i;
  }
  return false;
}

// "a third of teenagers, or 34%", "uno de cada cuatro jóvenes, o el 25%":
// a percent restating the share written just before it has its base.
bool RestatedBase(const Sent& s, size_t k, Frame* frame) {
  const size_t a = s.spans[k].first;
  size_t o = a;
  if (o > 0 && s.IsWord(o - 1) && s.r.determiners.Has(s.words[o - 1])) --o;  // "o el 25%"
  if (o < 2 || !s.IsWord(o - 1) || !(s.words[o - 1].lower == "or" || s.words[o - 1].lower == "o") ||
      !s.IsPunct(o - 2, ",")) {
    return false;
  }
  // Back to the "of" after the earlier share, within a few words.
  for (size_t i = o - 2; i-- > 0 && o - 2 - i <= 6;) {
    if (!s.IsWord(i)) return false;
    if (s.IsOf(i) && i > 0 && (s.IsFig(i - 1) || s.words[i - 1].lower == "third" ||
                                s.words[i - 1].lower == "quarter" || s.words[i - 1].lower == "half" ||
                                s.words[i - 1].lower == "fifth" || s.words[i - 1].lower == "tercio" ||
                                s.words[i - 1].lower == "cuarto" || s.words[i - 1].lower == "mitad")) {
      NounPhrase np = NounPhraseAt(s, i + 1, true);
      if (!np.ok() || np.last > o - 2) return false;
      frame->base = BaseText(s, i + 1, np.last);
      return true;
    }
  }
  return false;
}

// "812 schemes (16.7%) were in deficit", "41,300 premises (0.14%)": a
// bracketed percent right after a count is the count's share of all of
// its kind; the base is the count's noun.
bool BracketedShare(const Sent& s, size_t k, Frame* frame) {
  const size_t a = s.spans[k].first, b = s.spans[k].second;
  if (a < 2 || !s.IsPunct(a - 1, "(") || !s.IsPunct(b, ")")) return false;
  for (size_t i = a - 1, n = 0; i-- > 0 && n < 5; ++n) {
    if (s.IsFig(i)) {
      const Figure& c = *s.figs[s.words[i].fig];
      if (c.kind != Kind::kCount || c.subject.empty() || c.frame.subject_head.empty()) return false;
      frame->base = Fold(c.subject);
      return true;
    }
    if (!s.IsWord(i)) return false;
  }
  return false;
}

// Word w is a participle: listed, or ending as one (rules: subject.base_participles, base_participle_endings).
bool Participle(const FrameRules& r, const Word& w) {
  if (r.base_participles.Has(w)) return true;
  for (const std::string& e : r.base_participle_endings) {
    if (w.lower.size() > e.size() + 2 && w.lower.compare(w.lower.size() - e.size(), e.size(), e) == 0) return true;
  }
  return false;
}

// Where a share's base ends once what narrows it after its noun is read
// (rules: subject.base_relatives, base_participles, base_participle_preps,
// base_clause_verbs). `last` is one past the base's noun phrase. A restrictive
// relative clause ("of the profiles that we identified", "de los anuncios que
// les fueron notificados por la Administración") runs to the verb of the main
// clause, a comma, or the sentence's end; a participle with its phrase ("of
// the loans issued at branches") is read only when a verb of the main clause
// follows it, else the participle is that verb ("40% of respondents agreed
// with the plan"). Without such words, `last` (eval24: "91% of the loans
// issued at branches" was of "loans", so "91 per cent of all loans" read as
// the same base).
size_t BaseTail(const Sent& s, size_t last) {
  constexpr size_t kMaxTail = 9;  // words of a narrowing clause, at most
  if (!s.IsWord(last)) return last;
  const FrameRules& r = s.r;
  auto clause_verb = [&](size_t i) { return s.IsWord(i) && r.base_clause_verbs.Has(s.words[i]); };
  // A date inside ("who started in 2023") is part of the clause; any other
  // figure is a figure of its own.
  auto inside = [&](size_t i) {
    return s.IsWord(i) || (s.IsFig(i) && s.figs[s.words[i].fig]->kind == Kind::kDate);
  };
  if (r.base_relatives.Has(s.words[last])) {
    // The clause's own verb: its first word after the pronoun and its
    // subject or clitic pronouns, with the verbs right after it.
    size_t i = last + 1;
    while (s.IsWord(i) && r.base_clause_pronouns.Has(s.words[i])) ++i;
    if (!s.IsWord(i)) return last;
    // An auxiliary takes the verbs after it ("who have been vaccinated").
    if (clause_verb(i++)) {
      while (clause_verb(i)) ++i;
    }
    while (i < s.words.size() && i < last + 1 + kMaxTail && inside(i) && !s.IsClauseBreak(i) && !clause_verb(i)) ++i;
    // A clause that runs on past the bound without an end: no narrowing read.
    if (i == last + 1 + kMaxTail && inside(i) && !clause_verb(i)) return last;
    return i;
  }
  // A participle alone right before the main clause's verb ("91 per cent of
  // toilet blocks inspected were rated clean", "of the dogs checked were
  // chipped"): it narrows the noun as the phrase would (trial67: "toilet
  // blocks", read without it, was a scope warning against the source's
  // "toilet blocks they visited").
  if (Participle(r, s.words[last]) && clause_verb(last + 1)) return last + 1;
  if (Participle(r, s.words[last]) && s.IsWord(last + 1) &&
      r.base_participle_preps.Has(s.words[last + 1])) {
    NounPhrase np = NounPhraseAt(s, last + 2, true);
    if (!np.ok()) return last;
    // The main clause's verb within a few words after the phrase ("... at
    // the border last year was hidden").
    for (size_t i = np.last; i < np.last + 4 && inside(i); ++i) {
      if (clause_verb(i)) return np.last;
    }
  }
  return last;
}

}  // namespace

void ReadShare(const Sent& s, size_t k, Frame* frame) {
  const Figure& f = *s.figs[k];
  if (ReadWhole(s, k, frame)) return;
  if (f.kind != Kind::kPercent) return;
  const FrameRules& r = s.r;
  size_t b = s.spans[k].second;
  if (!s.IsWord(b) || !(s.words[b].lower == "of" || s.words[b].lower == "de" ||
                        s.words[b].lower == "del")) {
    if (!ShareNounBase(s, k, frame) && !RestatedBase(s, k, frame)) BracketedShare(s, k, frame);
    return;
  }
  size_t start = b + 1;
  // "of its annual revenue": an owner's pronoun is no part of the base.
  while (s.IsWord(start) && (s.words[start].lower == "its" || s.words[start].lower == "their" ||
                             s.words[start].lower == "su" || s.words[start].lower == "sus")) {
    ++start;
  }
  // "of all hospital admissions": "all" stays in the base; so does an
  // adjective the subject reader stops at ("of total revenue").
  size_t np_start = start;
  while (s.IsWord(np_start) && s.r.open_stops.Has(s.words[np_start]) && np_start < start + 2) {
    ++np_start;
  }
  NounPhrase np = NounPhraseAt(s, np_start, true);
  // "frente al 4,1% de septiembre": a month after "de" is a time, not a base.
  if (np.ok() && s.r.months.Has(s.words[np.head])) return;
  // "of those surveyed", "of those polled", "of those aged over 65".
  if (!np.ok() && s.IsWord(np_start) &&
      (s.words[np_start].lower == "those" || s.words[np_start].lower == "quienes" ||
       s.words[np_start].lower == "los" || s.words[np_start].lower == "las") &&
      s.IsWord(np_start + 1) && !s.r.stops.Has(s.words[np_start + 1]) &&
      (s.Classes(np_start + 1) & (kVerb | kAdj))) {
    np.first = np_start;
    np.head = np_start + 1;
    np.last = np_start + 2;
  }
  // "7.9 million premises had taken up the service, 37% of those where it
  // was available": "those" stands for the earlier figure's noun, narrowed
  // by the clause after it.
  if (!np.ok() && s.IsWord(np_start) && s.words[np_start].lower == "those" && s.IsWord(np_start + 1)) {
    const std::string& rel = s.words[np_start + 1].lower;
    const Figure* earlier = nullptr;
    for (size_t pk = k; pk-- > 0;) {
      if (s.figs[pk]->kind != Kind::kDate && !s.figs[pk]->frame.subject_head.empty()) {
        earlier = s.figs[pk];
        break;
      }
    }
    if (earlier != nullptr && (rel == "where" || rel == "who" || rel == "which" || rel == "that" ||
                               rel == "with" || rel == "in")) {
      size_t e = np_start + 1;
      while (e < np_start + 8 && s.IsWord(e)) ++e;
      frame->base = Fold(earlier->subject) + " " + s.Slice(np_start + 1, e);
      return;
    }
  }
  // "or 12 percent of the total": the total alone is the base.
  if (!np.ok() && s.IsWord(np_start) && s.r.quantity_nouns.Has(s.words[np_start]) &&
      !s.IsWord(np_start + 1)) {
    frame->base = BaseText(s, start, np_start + 1);
    return;
  }
  if (!np.ok()) return;
  size_t last = np.last;
  // "the content we removed": a short relative clause belongs to the base.
  if (s.IsWord(last) && IsPronoun(s.words[last]) && s.IsWord(last + 1) &&
      (s.Classes(last + 1) & kVerb)) {
    last += 2;
  }
  last = BaseTail(s, last);
  std::string base = BaseText(s, start, last);
  frame->base = base;

  // The part: "were women", "lived in rural areas".
  size_t j = last;
  if (!s.IsWord(j)) {
    PartBefore(s, k, frame);
    return;
  }
  const Word& v = s.words[j];
  const std::string& head = s.words[np.head].lower;
  if (r.links.Has(v) && !r.change_words.Has(v)) {
    NounPhrase p = NounPhraseAt(s, j + 1, true);
    if (p.ok() && !s.IsFig(p.first)) {
      frame->part = Fold(PhraseText(s, p));
    } else if (s.IsWord(j + 1) && (s.Classes(j + 1) & kAdj) && !(s.Classes(j + 1) & kVerb)) {
      frame->part = s.words[j + 1].lower + " " + head;  // "were female" -> "female respondents"
    }
    return;
  }
  if (PartBefore(s, k, frame)) return;
  // "El 71% de los fallecidos perdió la vida en vías interurbanas": the
  // place or kind the clause after the base puts the share in is its part
  // (a verb phrase of a few words, then "en" and a noun phrase; a date or
  // a month there is a time, not a part).
  if (r.head_initial && !s.r.determiners.Has(v) &&
      (!s.r.stops.Has(v) || v.lower == "se")) {  // "se produjo en"
    for (size_t x = j + 1; x < j + 5 && s.IsWord(x); ++x) {
      if (s.words[x].lower != "en") continue;
      size_t y = x + 1;
      while (s.IsWord(y) && s.r.determiners.Has(s.words[y])) ++y;
      if (!s.IsWord(y) || s.r.months.Has(s.words[y]) || s.words[y].cap) break;
      NounPhrase p = NounPhraseAt(s, y, false);
      if (p.ok()) frame->part = Fold(PhraseText(s, p));
      break;
    }
    return;
  }
  if ((s.Classes(j) & kVerb) && s.IsWord(j + 1) && s.words[j + 1].lower == "in" &&
      s.IsWord(j + 2) && s.IsWord(j + 3) && (s.Classes(j + 2) & kAdj)) {
    frame->part = s.words[j + 2].lower + " " + head;  // "lived in rural areas"
  }
}

}  // namespace claimcheck::frame
