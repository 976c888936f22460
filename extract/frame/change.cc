// Level, change or rate; direction; the previous value; revisions. A change
// verb before the figure decides: "grew by 8,300" (a change), "rose to 5.1
// percent" (a level, up), "from 41,000" (the earlier level), "cut 2,400
// posts" (a change of -2,400), "steady at 5.1 percent" (a level, flat). A
// change is never a range: "from 41,000 to 57,000" read as one range becomes
// 57,000 with previous 41,000.
#include <cmath>
#include <cstdlib>

#include "extract/frame/reader.h"

namespace claimcheck::frame {
namespace {

Direction DirOf(int tag) {
  return tag == 1 ? Direction::kUp : tag == 2 ? Direction::kDown : tag == 3 ? Direction::kFlat
                                                                            : Direction::kNone;
}

bool Adverb(const Sent& s, size_t i) {
  uint8_t c = s.Classes(i);
  return (c & kAdv) && !(c & (kNoun | kVerb));
}

struct Cue {
  long at = -1;  // first word of the change phrase
  long end = -1;  // one past its last word
  int tag = 0;
  bool reached = false;  // the figure is the level the change reached (", with 1,318")
};

// A counted noun right after count figure k, the object of its verb:
// "sumó 231.000 trabajadores", not "sumaron 968 en 2022" or money.
bool CountedObjectAfter(const Sent& s, size_t k) {
  if (s.figs[k]->kind != Kind::kCount) return false;
  const size_t n = s.spans[k].second;
  // Not by word class: Spanish has no WordNet. A content word that is no
  // verb of the sentence's frame ("sumaron 968 y crecieron") is the noun.
  const FrameRules& r = s.r;
  return s.IsWord(n) && !r.stops.Has(s.words[n]) && !r.links.Has(s.words[n]) && !r.change_words.Has(s.words[n]) &&
         !r.speaker_verbs.Has(s.words[n]);
}

size_t FromFigure(const Sent& s, size_t n);
bool SameQuantity(const Figure& f, const Figure& p);

// Whether the change noun ending at word j is a plural that counts events
// and names figure k's quantity, not its move: "winter colony losses of
// 17.9%, up from 13.4% the previous winter" gives the level the losses
// reached (its ", up from X" moves it), not a fall of 17.9%. Only with the
// figure right after "of" and such a move after it.
bool CountsEventsMovedAfter(const Sent& s, size_t k, long j) {
  const FrameRules& r = s.r;
  const Word& noun = s.words[j];
  if (!(noun.lower.size() > noun.stem.size() && noun.lower.back() == 's') ||
      j + 2 != static_cast<long>(s.spans[k].first) || !s.IsOf(j + 1)) {
    return false;
  }
  // The figure's own span may come first: "17.9% over the winter of
  // 2024/25, up from": words and dates to the comma.
  size_t n = s.spans[k].second;
  for (size_t m = n; m < n + 8 && m < s.words.size(); ++m) {
    if (s.IsPunct(m, ",")) {
      n = m + 1;
      break;
    }
    if (s.IsFig(m) ? s.figs[s.words[m].fig]->kind != Kind::kDate : !s.words[m].word) break;
  }
  const CueSet::Phrase* move = s.IsWord(n) ? r.change_words.At(s.words, n) : nullptr;
  if (move == nullptr || move->tag == 3 || move->tag == 4) return false;
  n += move->stems.size();
  if (!s.IsWord(n) || !r.change_from.Has(s.words[n])) return false;
  const size_t x = FromFigure(s, n);
  return x && SameQuantity(*s.figs[k], *s.figs[s.words[x].fig]);
}

// Whether the word before word `first` (over determiners: "en los 20",
// "to the 70") is one of `preps`.
bool PrepositionBefore(const Sent& s, long first, const CueSet& preps) {
  long j = first - 1;
  while (j >= 0 && s.IsWord(static_cast<size_t>(j)) && s.r.determiners.Has(s.words[j])) --j;
  return j >= 0 && s.IsWord(static_cast<size_t>(j)) && preps.Has(s.words[j]);
}

// The change phrase governing figure k, read back from the figure over
// prepositions, adverbs, auxiliaries and other figures of the same verb
// ("fell $1.2 million to"). *prep_at is the word right before the figure.
Cue ChangeBefore(const Sent& s, size_t k) {
  const FrameRules& r = s.r;
  Cue cue;
  long j = static_cast<long>(s.spans[k].first) - 1;
  int budget = 8;  // "rose 8.7 percent over the past year to £2,121"
  // A change verb with no object right before "and" moved the level its
  // coordinated verb then names, within three words of the figure: "El
  // fraude aumentó y afectó al 4,1 %", "sales fell and stood at 211,000"
  // (trial44: the rise was not read). Three words at most between, the
  // first no article: "and the council spent £4 million" has a subject of
  // its own.
  auto coordinated = [&](long and_at) {
    const long between = static_cast<long>(s.spans[k].first) - and_at - 1;
    if (and_at < 1 || !s.IsWord(static_cast<size_t>(and_at - 1)) || between < 1 || between > 3 ||
        !s.IsWord(static_cast<size_t>(and_at + 1)) || r.determiners.Has(s.words[and_at + 1])) {
      return;
    }
    const CueSet::Phrase* p = r.change_words.EndingAt(s.words, static_cast<size_t>(and_at - 1));
    if (p != nullptr && (p->tag == 1 || p->tag == 2) &&
        r.total_forms.EndingAt(s.words, static_cast<size_t>(and_at - 1)) == nullptr) {
      cue.at = and_at - static_cast<long>(p->stems.size());
      cue.end = and_at;
      cue.tag = p->tag;
      cue.reached = true;
    }
  };
  auto is_and = [&](long i) {
    return i >= 0 && s.IsWord(static_cast<size_t>(i)) &&
           (s.words[i].lower == "and" || s.words[i].lower == "y" || s.words[i].lower == "e");
  };
  while (j >= 0 && budget-- > 0) {
    const Word& w = s.words[j];
    // A multiplier's verb ("doubled from 40,000 to 81,000") is the change
    // cue itself, not another figure to pass over.
    if (w.fig >= 0 && s.figs[w.fig]->kind != Kind::kMultiplier) {
      // The verb's target level ("reducir la velocidad a 70 km/h en los 20
      // tramos", "cut the limit to 20 mph in 12 villages"): a figure after
      // it in a span or place phrase (rules period.span, place.cues: "en
      // los", "in the") says where or when the change is set, and is not
      // itself moved (eval27: the 20 stretches read as a fall).
      if (PrepositionBefore(s, static_cast<long>(s.spans[w.fig].first), r.change_to) &&
          (PrepositionBefore(s, static_cast<long>(s.spans[k].first), r.span) ||
           PrepositionBefore(s, static_cast<long>(s.spans[k].first), r.place_cues))) {
        return cue;
      }
      // Other figures of the verb ("fell 13 percent last year to 617") are
      // passed over.
      j = static_cast<long>(s.spans[w.fig].first) - 1;
      continue;
    }
    // ", hasta 98.500 casos", ", to 98,500": the level the change reached.
    if (!w.word && w.lower == "," && j + 2 == static_cast<long>(s.spans[k].first) &&
        s.IsWord(j + 1) && r.change_to.Has(s.words[j + 1])) {
      --j;
      continue;
    }
    // "Fly-tipping was up, with 1,318 reports", "los robos aumentaron, con
    // 1.318 denuncias": a change word that ends the clause right before the
    // comma, a "with" after it and then the figure: the level the change
    // reached. Only with nothing else between: "rose 5%, with 1,318 stores
    // open" gives its change a figure of its own.
    // The change may carry its time before the comma: "Attacks rose this
    // year, with six recorded", "rose in 2026, with 1,318" (trial33).
    long v = j - 1;
    if (!w.word && w.lower == "," && v >= 0 && s.IsFig(static_cast<size_t>(v)) &&
        s.figs[s.words[v].fig]->kind == Kind::kDate) {
      v = static_cast<long>(s.spans[s.words[v].fig].first) - 1;
      if (v >= 0 && s.IsWord(static_cast<size_t>(v)) && (s.words[v].lower == "in" || s.words[v].lower == "en")) --v;
    } else if (const CueSet::Phrase* rel = !w.word && w.lower == "," && v >= 0 && s.IsWord(static_cast<size_t>(v))
                                               ? r.relative.EndingAt(s.words, static_cast<size_t>(v))
                                               : nullptr) {
      // A relative span of the rules ("this year", "last month", "este año").
      v -= static_cast<long>(rel->stems.size());
    }
    if (!w.word && w.lower == "," && v >= 0 && j + 2 == static_cast<long>(s.spans[k].first) &&
        s.IsWord(j + 1) && (s.words[j + 1].lower == "with" || s.words[j + 1].lower == "con") &&
        s.IsWord(static_cast<size_t>(v))) {
      const CueSet::Phrase* up = r.change_words.EndingAt(s.words, static_cast<size_t>(v));
      if (up != nullptr && (up->tag == 1 || up->tag == 2) && r.total_forms.EndingAt(s.words, static_cast<size_t>(v)) == nullptr) {
        cue.at = v + 1 - static_cast<long>(up->stems.size());
        cue.end = v + 1;
        cue.tag = up->tag;
        cue.reached = true;
        return cue;
      }
    }
    // "se mantuvieron estables, en 203", "held steady, at 5.1%": the level
    // a steady phrase names after its comma.
    if (!w.word && w.lower == "," && j >= 1 && s.IsWord(static_cast<size_t>(j - 1))) {
      const CueSet::Phrase* fp = r.change_words.EndingAt(s.words, static_cast<size_t>(j - 1));
      if (fp != nullptr && fp->tag == 3) {
        --j;
        continue;
      }
    }
    if (!w.word || s.InName(j)) return cue;
    const CueSet::Phrase* nc = r.not_change.EndingAt(s.words, j);
    // "subió 4,8 puntos hasta el 41,8%": after a change verb "hasta el" is
    // "to"; the search goes on past it (alone it means "up to").
    if (nc != nullptr && r.head_initial) {
      j -= static_cast<long>(nc->stems.size());
      continue;
    }
    // "absence went up to 6.8 per cent": a change phrase of two words or
    // more ending in the first word of "up to" moved the figure to this
    // level (trial23); "up to" alone is a bound.
    if (nc != nullptr && nc->stems.size() > 1) {
      const long first = j + 1 - static_cast<long>(nc->stems.size());
      const CueSet::Phrase* p = first >= 0 ? r.change_words.EndingAt(s.words, static_cast<size_t>(first)) : nullptr;
      if (p != nullptr && p->stems.size() > 1) {
        cue.at = first + 1 - static_cast<long>(p->stems.size());
        cue.end = first + 1;
        cue.tag = p->tag;
        return cue;
      }
    }
    if (const CueSet::Phrase* p = nc ? nullptr : r.change_words.EndingAt(s.words, j)) {
      // A steady word before the clause's linking verb and after no other
      // is the subject's noun: "the average rent of a small flat was £850"
      // (read as flat, unchanged), where "rents were flat at £850" keeps
      // its cue. (After a figure, "a one-bedroom flat was", it still reads
      // as the cue: left.)
      if (p->tag == 3 && p->stems.size() == 1 && j >= 1 && s.IsWord(static_cast<size_t>(j + 1)) &&
          r.links.Has(s.words[j + 1]) && s.IsWord(static_cast<size_t>(j - 1)) && !r.links.Has(s.words[j - 1]) &&
          !((s.Classes(static_cast<size_t>(j - 1)) & kAdv) && !(s.Classes(static_cast<size_t>(j - 1)) & (kAdj | kNoun)))) {
        return cue;
      }
      if (r.total_forms.EndingAt(s.words, j) != nullptr ||
          (r.total_unless_object.EndingAt(s.words, j) != nullptr && !CountedObjectAfter(s, k))) {
        return cue;
      }
      cue.at = j + 1 - static_cast<long>(p->stems.size());
      cue.end = j + 1;
      cue.tag = p->tag;
      return cue;
    }
    if (const CueSet::Phrase* p = r.change_nouns.EndingAt(s.words, j);
        p != nullptr && !(s.figs[k]->kind == Kind::kMoney && r.result_nouns.EndingAt(s.words, j) != nullptr) &&
        !CountsEventsMovedAfter(s, k, j)) {
      cue.at = j + 1 - static_cast<long>(p->stems.size());
      cue.end = j + 1;
      cue.tag = p->tag;
      return cue;
    }
    // A verb of parts ("Falls accounted for 6.3% of all admissions",
    // "Cuts made up 40%") governs the figure: a change word before it is
    // that verb's subject, a noun, not the figure's move.
    // A rise coordinated before it is the part's own ("El fraude aumentó y
    // afectó al 4,1 %": trial44).
    if (const CueSet::Phrase* pv = r.part_verbs.EndingAt(s.words, j)) {
      const long start = j + 1 - static_cast<long>(pv->stems.size());
      if (is_and(start - 1)) coordinated(start - 1);
      return cue;
    }
    // Another verb, a reporting verb or a clause word ends the search; the
    // object of the change verb does not ("cut its waiting list by 4,300").
    if (r.speaker_verbs.Has(w) || w.lower == "that" || w.lower == "which" || w.lower == "who") {
      return cue;
    }
    // "disminuyó en 50.900 personas y se situó en 18.998.400": a
    // coordinated clause has its own verb.
    if (is_and(j)) {
      coordinated(j);
      return cue;
    }
    // "Pollution falls but dozens of sites still break the law": "but",
    // "while", "aunque" open another clause (trial11: "dozens" had become
    // a fall of 24 to 100).
    if (s.IsClauseBreak(static_cast<size_t>(j))) return cue;
    if (r.not_change.EndingAt(s.words, j) != nullptr) return cue;
    if ((s.Classes(j) & kVerb) && !(s.Classes(j) & (kNoun | kAdj)) && !r.links.Has(w) &&
        !r.revision.Has(w)) {
      if (is_and(j - 1)) coordinated(j - 1);  // "aumentó y afectó al"
      return cue;
    }
    --j;
  }
  return cue;
}

// Only prepositions, adverbs, auxiliaries and determiners between words
// [from, to): the change phrase governs the figure directly.
bool Direct(const Sent& s, long from, long to) {
  for (long i = from; i < to; ++i) {
    const Word& w = s.words[i];
    // "shed a further 3,100 jobs": the addition word sits inside the
    // verb's object.
    if (const CueSet::Phrase* p = w.word && w.fig < 0 ? s.r.additional.At(s.words, i) : nullptr) {
      i += static_cast<long>(p->stems.size()) - 1;
      continue;
    }
    if (w.fig >= 0 || !w.word) return false;
    if (!(Adverb(s, i) || s.r.links.Has(w) || s.r.determiners.Has(w))) return false;
  }
  return true;
}

// An earlier value of the same quantity: the same kind, or a bare number
// whose unit the sentence leaves out ("to $4.1 billion from 3.8 billion",
// "a 3.400 millones de dólares, desde los 4.100 millones").
bool SameQuantity(const Figure& f, const Figure& p) {
  if (p.value.is_date()) return false;
  if (p.kind == f.kind) return true;
  return p.kind == Kind::kCount && p.unit.empty() &&
         (f.kind == Kind::kMoney || f.kind == Kind::kPercent || f.kind == Kind::kMeasure);
}

// Whether a figure before the k-th of the sentence, in its clause, is of the
// earlier value p's own kind while the k-th is not: "146 homes within 30
// metres of the cliff edge, up from 119" moves the homes, and the 30 metres
// between only describes them (eval23: the distance read as rising).
// So, of the k-th's own kind, when its value is more than twice or less
// than half the earlier value's and that earlier figure's is not: "164
// competitors ploughed in 14 classes, up from 151 in 2025" moves the
// competitors (eval42: the classes read as rising from 151).
bool MoveOwnedBefore(const Sent& s, size_t k, const Figure& p) {
  const Figure& f = *s.figs[k];
  const bool same_kind = p.kind == f.kind;
  if (same_kind && WithinTwice(f, p)) return false;
  const size_t a = s.spans[k].first;
  for (size_t j = 0; j < k; ++j) {
    const Figure& g = *s.figs[j];
    if (g.kind != p.kind || g.value.is_date() || g.unit != p.unit) continue;
    if (same_kind && !WithinTwice(g, p)) continue;
    bool same_clause = true;
    for (size_t i = s.spans[j].second; i < a && same_clause; ++i) same_clause = !s.IsClauseBreak(i) && !s.IsPunct(i, ";");
    if (same_clause) return true;
  }
  return false;
}

// A compared figure at word x whose tail names another place or group, not
// an earlier time: "compared with £1,043 in the private market", "frente a
// los 1.043 euros del mercado libre" (trial27: read as the earlier value, a
// social rent of £287 "fell"), "against 4.1% nationally". Its tail opens
// with a change.compared_elsewhere word and holds, to the clause's end, no
// date, month or change.compared_times word ("in the same quarter last
// year", "del año anterior", "de septiembre" stay earlier values).
bool ComparedElsewhere(const Sent& s, size_t x) {
  const FrameRules& r = s.r;
  size_t i = s.spans[s.words[x].fig].second;
  if (!s.IsWord(i) || !r.compared_elsewhere.Has(s.words[i])) return false;
  for (size_t n = 0; i < s.words.size() && n < 10; ++i, ++n) {
    const Word& w = s.words[i];
    if (s.IsFig(i)) {
      if (s.figs[w.fig]->kind == Kind::kDate) return false;
      break;  // another figure: the tail ends
    }
    if (!w.word || s.IsClauseBreak(i)) break;
    if (r.months.Has(w) || r.compared_times.Has(w)) return false;
  }
  return true;
}

// The figure after a "from" word at n, over an article or "revised": "from
// the 77 reported", "from a revised $69.7 billion", "desde los 4.100", "frente
// a los 77". Returns the word index of the figure or 0.
size_t FromFigure(const Sent& s, size_t n) {
  const FrameRules& r = s.r;
  if (!s.IsWord(n)) return 0;
  size_t x = n + 1;
  // "frente a los 77", "frente al 4,1%" ("al" is "a el").
  if (s.words[n].lower == "frente" && s.IsWord(x) && (s.words[x].lower == "a" || s.words[x].lower == "al")) {
    ++x;
  } else if (s.words[n].lower == "tras") {
    // "fue del 2,9%, tras el 3,2% de septiembre": the level it came after.
  } else if (s.words[n].lower == "compared" && s.IsWord(x) &&
             (s.words[x].lower == "with" || s.words[x].lower == "to")) {
    ++x;  // "compared with $388 million a year earlier"
  } else if (s.words[n].lower == "against" || s.words[n].lower == "versus") {
    // "against Rs 1,102 crore in the same period"
  } else if (!r.change_from.Has(s.words[n]) && !r.than.Has(s.words[n])) {
    return 0;
  } else if (!r.change_from.Has(s.words[n])) {
    return 0;
  }
  const bool compared = !r.change_from.Has(s.words[n]);
  for (int i = 0; i < 2 && s.IsWord(x) &&
                  (r.determiners.Has(s.words[x]) || r.revision.Has(s.words[x]));
       ++i) {
    ++x;
  }
  // An earlier estimate named between the word and its value: "up from the
  // first estimate of £312 million" (eval35: "first" was taken for the old
  // value), "frente a la estimación inicial de 300": up to two words of an
  // earlier publication (or the ordinal "first") and a quantity noun, "of".
  {
    size_t y = x;
    for (int i = 0; i < 2 && y < s.words.size(); ++i) {
      const bool ordinal = s.IsFig(y) && s.figs[s.words[y].fig]->kind == Kind::kOrdinal;
      if (!ordinal && !(s.IsWord(y) && (r.revision_earlier.Has(s.words[y]) || r.revision.Has(s.words[y])))) break;
      ++y;
    }
    if (s.IsWord(y) && r.quantity_nouns.Has(s.words[y])) {
      ++y;
      if (s.IsWord(y) && !s.IsOf(y) && (r.revision_earlier.Has(s.words[y]) || r.revision.Has(s.words[y]))) ++y;
      if (s.IsOf(y) && s.IsFig(y + 1)) x = y + 1;
    }
  }
  if (!s.IsFig(x)) return 0;
  // A value compared with, not moved from, may be another place's or group's.
  if (compared && ComparedElsewhere(s, x)) return 0;
  return x;
}

// The old value of a revision "from A to B" whose "to" word is at `to`: the
// figure nearest before it in its clause, over up to six words of its own
// ("del 38,9 % publicado en el informe anterior al 37,6 %", "from 44,800,
// published last year, to 45,200") and no other
// figure but a date, written right after a "from" word (or its article).
// Returns the word index of the figure's first word, or 0.
size_t RevisionFromFigure(const Sent& s, size_t to) {
  const FrameRules& r = s.r;
  size_t i = to, words = 0;
  // An aside about the old value, set off by two commas right before the
  // "to" ("revised from 44,800, published last year, to 45,200": trial53
  // read no revision there): the walk resumes before its opening comma.
  if (to >= 2 && s.IsPunct(to - 1, ",")) {
    for (size_t k = to - 1, n = 0; k-- > 0 && n <= 6;) {
      if (s.IsPunct(k, ",")) {
        if (n > 0) i = k;
        break;
      }
      // (Its words may hold a date: "published in March".)
      const bool date = s.IsFig(k) && (s.figs[s.words[k].fig]->kind == Kind::kDate ||
                                       s.figs[s.words[k].fig]->value.is_date());
      if (!s.IsWord(k) && !date) break;
      ++n;
    }
  }
  while (i > 0) {
    const size_t w = i - 1;
    if (s.IsFig(w)) {
      const Figure& p = *s.figs[s.words[w].fig];
      const size_t first = s.spans[s.words[w].fig].first;
      if (p.kind == Kind::kDate || p.value.is_date()) {
        i = first;
        continue;
      }
      size_t x = first;
      if (x > 0 && s.IsWord(x - 1) && r.determiners.Has(s.words[x - 1])) --x;
      // ("del" is "de el": the "from" word and its article.)
      if (x == 0 || !s.IsWord(x - 1) ||
          !(r.change_from.Has(s.words[x - 1]) || (r.head_initial && s.words[x - 1].lower == "del"))) {
        return 0;
      }
      if (s.Clause(first) != s.Clause(to)) return 0;
      return first;
    }
    if (!s.IsWord(w) || s.IsClauseBreak(w) || ++words > 6) return 0;
    i = w;
  }
  return 0;
}

}  // namespace

bool WithinTwice(const Figure& f, const Figure& p) {
  const double u = std::fabs(p.value.num), v = std::fabs(f.value.num);
  return u < 2 * v && v < 2 * u;
}

double PointsAfter(const Sent& s, size_t k, size_t* len) {
  const Figure& f = *s.figs[k];
  const FrameRules& r = s.r;
  if (f.kind != Kind::kCount || !f.unit.empty() || f.value_max || f.value.is_date()) return 0;
  const size_t a = s.spans[k].first, b = s.spans[k].second;
  if (!s.IsWord(b)) return 0;
  const CueSet::Phrase* p = r.point_units.At(s.words, b);
  if (p == nullptr) return 0;
  const double points = std::strtod(p->value.c_str(), nullptr);
  if (!(points > 0)) return 0;
  // A move: a change word governs the count ("fell 0.3 points", "sube tres
  // puntos"), or a comparative follows it ("ocho décimas menos").
  const size_t after = b + p->stems.size();
  const bool moved = ChangeBefore(s, k).at >= 0 ||
                     (s.IsWord(after) && r.comparatives.At(s.words, after) != nullptr);
  if (!moved) return 0;
  // Of a percentage: the clause gives a percent that is no restatement of the
  // move ("the index fell 120 points, or 1.5%" moves an index).
  bool percent = false;
  for (size_t j = 0; j < s.figs.size() && !percent; ++j) {
    const Figure& g = *s.figs[j];
    if (j == k || g.kind != Kind::kPercent || g.unit == "pp") continue;
    const size_t ga = s.spans[j].first;
    if (s.Clause(ga) != s.Clause(a)) continue;
    if (ga >= 1 && s.IsWord(ga - 1) && (s.words[ga - 1].lower == "or" || s.words[ga - 1].lower == "o")) continue;
    percent = true;
  }
  if (!percent) return 0;
  *len = p->stems.size();
  return points;
}

void ReadChange(const Sent& s, size_t k, Frame* frame) {
  Figure& f = *s.figs[k];
  if (f.kind == Kind::kDate || f.kind == Kind::kOrdinal) return;
  const FrameRules& r = s.r;
  const size_t a = s.spans[k].first, b = s.spans[k].second;
  const Word* prep = a > 0 && s.IsWord(a - 1) ? &s.words[a - 1] : nullptr;
  // "from 41,000 to 57,000" may be one figure whose words start with "from".
  if (a < b && s.words[a].word && r.change_from.Has(s.words[a])) prep = &s.words[a];
  // "se moderó hasta el 2,9%", "edged up to 3.9%": the recogniser read "up
  // to" as a bound, but after a verb it is the level the move reached.
  const Word* inner_up = nullptr;
  // A multiplier's verb right before ("se duplicaron hasta los 3.100
  // millones", "doubled up to") is the verb the level follows.
  // A date between them ("se moderó en octubre hasta el 2,9 %") is the
  // verb's too.
  const bool after_verb =
      a > 0 && (s.IsWord(a - 1) || (s.IsFig(a - 1) && (s.figs[s.words[a - 1].fig]->kind == Kind::kMultiplier ||
                                                       s.figs[s.words[a - 1].fig]->kind == Kind::kDate)));
  if (a + 1 < b && after_verb && s.words[a].word && s.words[a + 1].word) {
    if (r.head_initial && r.change_to.Has(s.words[a])) {
      prep = &s.words[a];
    } else if (!r.head_initial && (s.words[a].lower == "up" || s.words[a].lower == "down") &&
               s.words[a + 1].lower == "to" &&
               (r.change_words.Has(s.words[a - 1]) ||
                (s.words[a - 1].lower.size() > 3 &&
                 s.words[a - 1].lower.compare(s.words[a - 1].lower.size() - 2, 2, "ed") == 0))) {
      prep = &s.words[a + 1];
      inner_up = &s.words[a];
    }
  }
  // "to a record 37.4 billion tonnes", "to an average of 95,000", "at an
  // annualised rate of 2.4 percent": the preposition stands before the
  // statistic's words.
  if (!r.head_initial && prep != nullptr && !r.change_to.Has(*prep) && !r.change_by.Has(*prep) &&
      !r.change_from.Has(*prep)) {
    for (size_t j = a - 1, n = 0; j > 0 && n < 5 && s.IsWord(j); --j, ++n) {
      const Word& w = s.words[j];
      if (r.change_to.Has(w) || r.change_by.Has(w)) {
        if (n > 0) prep = &s.words[j];
        break;
      }
      if (!(r.determiners.Has(w) || r.statistics.Has(w) || r.rate_standalone.Has(w) ||
            w.lower == "of" || w.lower == "rate" || w.lower == "pace" || w.lower == "new" ||
            w.lower == "fresh" || w.lower == "level")) {
        break;
      }
    }
  }
  // "cayó al 11,2%", "se mantuvo en el 14,2%", "hasta los 1.200 euros": the
  // preposition stands before the article.
  if (r.head_initial && prep != nullptr && r.determiners.Has(*prep) && a >= 2 && s.IsWord(a - 2) &&
      (r.change_to.Has(s.words[a - 2]) || r.change_from.Has(s.words[a - 2]) ||
       r.flat_at.Has(s.words[a - 2]) || r.change_by.Has(s.words[a - 2]))) {
    prep = &s.words[a - 2];
  }
  // "subir el salario mínimo casi un 10 %": a hedge read into the figure
  // ("casi un", "cerca de un") holds the change's "by" inside its words
  // (after the article rule above, which reads the words before the figure).
  if (r.head_initial && f.qualifier != Qualifier::kExact && !(prep != nullptr && r.change_by.Has(*prep))) {
    for (size_t i = a + 1; i < b && i <= a + 2 && s.words[i].word && s.words[i - 1].word; ++i) {
      if (r.change_by.Has(s.words[i])) {
        prep = &s.words[i];
        break;
      }
    }
  }
  bool revision = false;
  // (A cue of several words counts too: "final figure", "cifra definitiva".)
  for (size_t i = 0; i < s.words.size() && !revision; ++i) {
    revision = s.IsWord(i) && (r.revision.Has(s.words[i]) || r.revision.At(s.words, i) != nullptr);
  }

  // A figure written with its sign: "+2,400", "(-2,400)".
  std::string_view t = f.text;
  bool minus = !t.empty() && (t[0] == '-' || t.substr(0, 3) == "\xE2\x88\x92");
  bool plus = !t.empty() && t[0] == '+';
  if (plus || minus || f.value.num < 0) {
    frame->measure = Measure::kChange;
    frame->direction = plus ? Direction::kUp : Direction::kDown;
  }

  Cue cue = ChangeBefore(s, k);
  // "Cayeron 412 litros por metro cuadrado", "dumped 200 mm of rain": a fall
  // verb with a precipitation amount is the rain falling, not a decline.
  if (cue.at >= 0 && cue.tag == 2) {
    for (size_t i = a; i < b + 3 && i < s.words.size(); ++i) {
      if (s.words[i].word && r.precipitation_units.Has(s.words[i])) {
        cue = Cue();
        break;
      }
      if (i >= b && !s.IsWord(i)) break;
    }
  }
  if (inner_up != nullptr && cue.at < 0) {
    if (const CueSet::Phrase* p = r.change_words.At(s.words, a)) {
      cue.at = static_cast<long>(a);
      cue.end = static_cast<long>(a);  // the level's words follow
      cue.tag = p->tag;
    }
  }
  if (cue.at < 0 && revision && f.value_max && prep != nullptr && r.change_from.Has(*prep)) {
    // "revised from 41,000 to 57,000" read as one range.
    frame->previous = f.value.num;
    f.value = *f.value_max;
    f.value_max.reset();
    f.qualifier = Qualifier::kExact;
  }
  // "close 150 stores" changes a stock; "eliminó 8,4 millones de vídeos",
  // "closed at 7,400 points" count events or give a level.
  if (cue.at >= 0 && r.stock_verbs.At(s.words, static_cast<size_t>(cue.at)) != nullptr) {
    bool stock = false;
    for (size_t i = b; i < b + 5 && s.IsWord(i) && !stock; ++i) {
      const Word& w = s.words[i];
      if (r.stock_nouns.Has(w)) {
        stock = true;
      } else if (!(w.lower == "of" || w.lower == "de" || w.lower == "del" || r.determiners.Has(w) ||
                   (s.Classes(i) & kAdj) || r.new_words.Has(w))) {
        break;
      }
    }
    if (!stock) cue = Cue();
  }
  // A verb of holding with the figure as its object ("The central waiting
  // list held 38,450 patients", "holds 12% of the market") says what is
  // held, no steady level: flat only with a word between ("held at 5.25%",
  // "held its cash rate at", "held steady at"; trial43).
  if (cue.tag == 3 && cue.end == static_cast<long>(a) && cue.end - cue.at == 1 &&
      r.flat_transitive.Has(s.words[static_cast<size_t>(cue.at)])) {
    cue = Cue();
  }
  // A verb of movement without a direction ("pasó de 4.100 a 5.300", "went
  // from") governs only a figure it moves from or to.
  if (cue.tag == 4 && !(prep != nullptr && (r.change_from.Has(*prep) || r.change_to.Has(*prep)))) {
    cue = Cue();
  }
  if (revision && prep != nullptr && r.change_to.Has(*prep) && !f.value_max && !frame->previous) {
    // "Payrolls were revised from 41,000 to 57,000" as two figures; so
    // "revised down from +142,000 to +97,000" (a signed change with its own
    // direction word), "revised from 8 minutes 41 seconds to 8 minutes 52
    // seconds" (an old value of many words) and "se ha revisado del 38,9 %
    // publicado en el informe anterior al 37,6 %" (words of the old value's
    // own between it and the "to").
    const size_t x = RevisionFromFigure(s, static_cast<size_t>(prep - s.words.data()));
    if (x) {
      const Figure& p = *s.figs[s.words[x].fig];
      // A bare count before a percent or sum ("la revisión de dos depósitos
      // permitió ajustar el dato al 23,7 %": "de dos" is no "from 2") is its
      // old value only when near it.
      const bool near = p.kind == f.kind || WithinTwice(f, p);
      if (SameQuantity(f, p) && near && !p.value_max && p.value.num != f.value.num) frame->previous = p.value.num;
    }
  }
  if (cue.at >= 0 && frame->measure != Measure::kChange) {
    Direction dir = DirOf(cue.tag);
    bool by = prep != nullptr && r.change_by.Has(*prep) && dir != Direction::kFlat;
    // "The rate has fallen below 2 per thousand", "cayó por debajo del 5 %":
    // the bound the move crossed, right after its verb, is the level reached.
    const bool crossed = cue.end == static_cast<long>(a) && a < b && s.words[a].word &&
                         (f.qualifier == Qualifier::kLessThan || f.qualifier == Qualifier::kMoreThan) &&
                         r.crossed_bounds.At(s.words, a) != nullptr;
    if (crossed) by = false;
    bool to = cue.reached || crossed || (!by && prep != nullptr &&
                              (r.change_to.Has(*prep) || (dir == Direction::kFlat && r.flat_at.Has(*prep))));
    bool from = prep != nullptr && r.change_from.Has(*prep);
    bool range_from = f.value_max.has_value() && prep != nullptr && from;
    if (range_from) {
      // "rose from 41,000 to 57,000" read as one range: 57,000, previous 41,000.
      frame->previous = f.value.num;
      f.value = *f.value_max;
      f.value_max.reset();
      f.qualifier = Qualifier::kExact;
      frame->measure = Measure::kLevel;
      frame->direction = dir;
    } else if (from) {
      frame->measure = Measure::kLevel;  // the earlier level
    } else if (to) {
      frame->measure = Measure::kLevel;
      frame->direction = dir;
      // The earlier value: "from 41,000 to 57,000", or the change just
      // before: "fell $1.2 million to $23.5 million".
      // (From the cue's first word: a move's own "from" ends it, "pasaron
      // de 79 a 86", "went from 41,000 to 57,000".)
      for (long i = cue.at; i + 1 < static_cast<long>(a); ++i) {
        if (r.change_from.Has(s.words[i]) && s.IsFig(i + 1)) {
          const Figure& p = *s.figs[s.words[i + 1].fig];
          if (SameQuantity(f, p)) frame->previous = p.value.num;
        }
      }
    } else if (by || Direct(s, cue.end, static_cast<long>(a)) ||
               (cue.end == static_cast<long>(a))) {
      frame->measure = dir == Direction::kFlat ? Measure::kLevel : Measure::kChange;
      frame->direction = dir;
    }
  }
  // "a 5% increase", "an increase of 5%".
  if (frame->measure == Measure::kLevel && frame->direction == Direction::kNone) {
    size_t n = b;
    while (s.IsWord(n) && n < b + 2 && (Adverb(s, n) || s.Classes(n) & kAdj) &&
           !r.change_nouns.Has(s.words[n])) {
      ++n;
    }
    // (A head-initial language puts the change noun before the figure or
    // after a "de": a word right after its noun is an adjective, "98,4
    // jornadas perdidas" no fall of 98.4: eval32-huelgas.)
    const CueSet::Phrase* p = s.IsWord(n) && !r.head_initial ? r.change_nouns.At(s.words, n) : nullptr;
    // "a 5% pay rise", "a 3% council tax increase": a percent before what
    // moved and the change noun (two words at most, no name, no figure).
    // Only after an article, where the percent modifies the noun phrase
    // ("40% workers fall ill" is no change).
    if (p == nullptr && f.kind == Kind::kPercent && !r.head_initial && a >= 1 && s.IsWord(a - 1) &&
        r.determiners.Has(s.words[a - 1])) {
      for (size_t m = b; m < b + 2 && p == nullptr && s.IsWord(m) && !s.words[m].cap && !r.stops_exact.Has(s.words[m]);
           ++m) {
        if (s.IsWord(m + 1) && (s.Classes(m) & kNoun) && !r.change_nouns.Has(s.words[m])) {
          p = r.change_nouns.At(s.words, m + 1);
        }
      }
    }
    const CueSet::Phrase* result = p != nullptr ? r.result_nouns.At(s.words, n) : nullptr;
    // "an increase of 5%", "un aumento del 6,6 %" ("del" is "de el"), "un
    // aumento de un 6,6 %" (trial27: both read as levels, so a fall reported
    // for the source's rise was only a level-vs-change note).
    size_t of_at = 0;  // the "of" word's index, when one stands before the figure
    if (a >= 2 && s.IsOf(a - 1)) {
      of_at = a - 1;
    } else if (a >= 3 && s.IsWord(a - 1) && (r.determiners.Has(s.words[a - 1]) || r.change_by.Has(s.words[a - 1])) &&
               s.IsOf(a - 2)) {
      of_at = a - 2;
    }
    if (p == nullptr && of_at > 0) {
      p = r.change_nouns.EndingAt(s.words, of_at - 1);
      result = r.result_nouns.EndingAt(s.words, of_at - 1);
      // "una subida salarial del 2,5 %": a head-initial noun keeps its
      // adjective between it and "de".
      if (p == nullptr && r.head_initial && of_at >= 2 && s.IsWord(of_at - 1) && !s.words[of_at - 1].cap &&
          !r.change_nouns.Has(s.words[of_at - 1]) && !r.stops_exact.Has(s.words[of_at - 1])) {
        p = r.change_nouns.EndingAt(s.words, of_at - 2);
        result = r.result_nouns.EndingAt(s.words, of_at - 2);
        if (p != nullptr) of_at -= 1;
      }
      // Past "del" or an article the noun needs its own article: "bajaron
      // del 16 % al 13,9 %" is the verb (its stem is the noun's, "baja").
      const bool plain_of = of_at == a - 1 && s.words[of_at].lower != "del";
      if (p != nullptr && !plain_of) {
        const size_t start = of_at - p->stems.size();
        if (start == 0 || !s.IsWord(start - 1) || !r.determiners.Has(s.words[start - 1])) p = nullptr;
      }
    }
    // A financial result named by the noun ("a net loss of $1.2 billion",
    // "pérdidas de 300 millones") is a level of that result, not a fall.
    if (result != nullptr && f.kind == Kind::kMoney) p = nullptr;
    if (p != nullptr && of_at > 0 && CountsEventsMovedAfter(s, k, static_cast<long>(of_at) - 1)) p = nullptr;
    // A count's plural right after it is what it counts: "records 1,137
    // falls", "12 drops in attendance" are events, not a fall of 1,137
    // ("a 142,000 gain" keeps its singular noun).
    if (p != nullptr && f.kind == Kind::kCount && n == b && of_at == 0 && p->stems.size() == 1 &&
        SPlural(s.lang(), s.words[n].lower)) {
      p = nullptr;
    }
    if (p != nullptr) {
      frame->measure = Measure::kChange;
      frame->direction = DirOf(p->tag);
    }
  }
  // After the figure: ", up from 4.8%", ", little changed", "84,000 lower
  // than a year earlier", ", from 5.8 a year earlier".
  {
    size_t n = b;
    bool comma = s.IsPunct(n, ",");
    if (comma) ++n;
    const CueSet::Phrase* p = s.IsWord(n) && !s.InName(n) ? r.change_words.At(s.words, n) : nullptr;
    const CueSet::Phrase* cmp = s.IsWord(n) ? r.comparatives.At(s.words, n) : nullptr;
    // A comparative right after the figure states the gap, a change: "9%
    // lower than in 2022", "40 percent above its pre-pandemic level", "un
    // 6,2% más que"; a count needs "than" ("84,000 fewer than").
    bool cmp_change = false;
    if (cmp != nullptr && !comma && frame->measure == Measure::kLevel &&
        frame->direction == Direction::kNone) {
      size_t m = n + cmp->stems.size();
      cmp_change = f.kind == Kind::kPercent;
      // "3,400 fewer thefts than": the counted noun may come between.
      for (size_t x = m; x < m + 4 && s.IsWord(x) && !cmp_change; ++x) {
        cmp_change = r.than.Has(s.words[x]);
      }
    }
    if (cmp_change) {
      frame->measure = Measure::kChange;
      frame->direction = DirOf(cmp->tag);
    } else if (p != nullptr && frame->measure == Measure::kLevel &&
               frame->direction == Direction::kNone) {
      size_t m = n + p->stems.size();
      if (p->tag == 3) {
        frame->direction = Direction::kFlat;  // ", little changed from February"
      } else if (s.IsWord(m) && r.change_from.Has(s.words[m])) {
        frame->direction = DirOf(p->tag);
        size_t x = FromFigure(s, m);
        if (x && SameQuantity(f, *s.figs[s.words[x].fig]) && !MoveOwnedBefore(s, k, *s.figs[s.words[x].fig])) {
          frame->previous = s.figs[s.words[x].fig]->value.num;
        }
      } else if (comma && s.IsFig(m) && p->tag != 4 &&
                 (s.words[n].lower == "up" || s.words[n].lower == "down")) {
        // "Turnout was 67.3%, up 2.1 percentage points on 2019": the change
        // after the level gives its direction.
        frame->direction = DirOf(p->tag);
      }
    } else if (cmp != nullptr && !comma && frame->measure == Measure::kLevel &&
               frame->direction == Direction::kNone) {
      size_t m = n + cmp->stems.size();
      if (s.IsWord(m) && r.than.Has(s.words[m])) {
        frame->measure = Measure::kChange;
        frame->direction = DirOf(cmp->tag);
      }
    } else if (!frame->previous && frame->measure == Measure::kLevel) {
      // ", from 5.8 a year earlier", ", compared with $388 million", ",
      // frente a los 201 millones": the earlier value; a word or two may
      // qualify the figure before the comma ("del 2,9% interanual, tras el
      // 3,2%", "2.4% year on year, against 2.9%").
      size_t c = b;
      while (!comma && c < b + 3 && s.IsWord(c) && !s.r.stops.Has(s.words[c]) && !s.r.determiners.Has(s.words[c])) ++c;
      if (!comma && c > b && s.IsPunct(c, ",")) n = c + 1, comma = true;
      if (!comma) n = s.words.size();
      if (size_t x = FromFigure(s, n)) {
        const Figure& p2 = *s.figs[s.words[x].fig];
        if (SameQuantity(f, p2) && !MoveOwnedBefore(s, k, p2)) frame->previous = p2.value.num;
      }
    }
  }
  // "A 30 de junio de 2026 había 412.760 expedientes pendientes de
  // resolución, frente a 389.100 a 31 de diciembre", "87 bridges carried a
  // weight restriction, compared with 74 a year earlier": a value compared
  // with after the figure's own clause (its noun, verb and dates between, no
  // other figure) is its earlier value as well; the values then give the
  // direction below (trial34: the pending files' rise, given as a fall, read
  // as a level with no direction). Only a comparison's words ("compared
  // with", "frente a", "against"), not "from", after a whole clause; a value
  // of another place or group stays out (FromFigure).
  // (Not a precipitation amount: "acumuló 1.640 litros por metro cuadrado
  // en 2025, frente a los 1.905 de 2024" sets one year's rain beside
  // another's, no level that moved: es.yaml tf-disasters-03.)
  bool rain = false;
  for (size_t i = a; i < b + 3 && i < s.words.size() && !rain; ++i) {
    rain = s.words[i].word && r.precipitation_units.Has(s.words[i]);
  }
  if (!frame->previous && frame->measure == Measure::kLevel && frame->direction == Direction::kNone &&
      f.kind != Kind::kDate && !f.value_max && !rain) {
    size_t n = b;
    // One figure of another kind may describe the noun between ("146
    // properties within 30 metres of the cliff edge, compared with 119");
    // the compared value must then be this figure's own kind.
    // A rate's denominator ("4,1 parejas por cada 1.000 habitantes, frente a
    // 3,8") is this figure's own.
    bool passed_other = false;
    auto other_kind = [&](size_t i) {
      return !passed_other && s.IsFig(i) && s.figs[s.words[i].fig]->kind != f.kind &&
             !s.figs[s.words[i].fig]->value.is_date();
    };
    auto denominator = [&](size_t i) { return s.IsFig(i) && i > 0 && s.IsWord(i - 1) && r.per_words.Has(s.words[i - 1]); };
    while (n < b + 10 && n < s.words.size() && !s.IsPunct(n, ",") && !s.IsClauseBreak(n) &&
           (s.IsWord(n) || (s.IsFig(n) && s.figs[s.words[n].fig]->kind == Kind::kDate) || denominator(n) || other_kind(n))) {
      if (other_kind(n) && !denominator(n)) passed_other = true;
      n = s.IsFig(n) ? s.spans[s.words[n].fig].second : n + 1;
    }
    if (n > b && s.IsPunct(n, ",") && s.IsWord(n + 1) && !r.change_from.Has(s.words[n + 1])) {
      if (size_t x = FromFigure(s, n + 1)) {
        const Figure& p2 = *s.figs[s.words[x].fig];
        if (SameQuantity(f, p2) && !p2.value_max && !MoveOwnedBefore(s, k, p2) && (!passed_other || p2.kind == f.kind)) {
          frame->previous = p2.value.num;
        }
      }
    }
  }
  // "hay 4.009 personas en situación de calle, un 21 % más que en el censo
  // anterior", "costará 1,80 euros a partir de enero, diez céntimos más que
  // ahora": the gap stated after the level's clause, a comparative and
  // "than" after it, gives the level its direction.
  if (frame->measure == Measure::kLevel && frame->direction == Direction::kNone && f.kind != Kind::kDate) {
    size_t n = b;
    while (n < b + 8 && n < s.words.size() && !s.IsPunct(n, ",") &&
           (s.IsWord(n) || (s.IsFig(n) && s.figs[s.words[n].fig]->kind == Kind::kDate))) {
      n = s.IsFig(n) ? s.spans[s.words[n].fig].second : n + 1;
    }
    if (s.IsPunct(n, ",")) {
      size_t g = n + 1;
      if (s.IsWord(g) && !s.IsFig(g) && r.change_by.Has(s.words[g])) ++g;  // "un 21 %"
      if (s.IsFig(g) && s.figs[s.words[g].fig]->kind != Kind::kDate) {
        const size_t e = s.spans[s.words[g].fig].second;
        const CueSet::Phrase* c = s.IsWord(e) ? r.comparatives.At(s.words, e) : nullptr;
        if (c != nullptr && s.IsWord(e + c->stems.size()) && r.than.Has(s.words[e + c->stems.size()])) {
          frame->direction = DirOf(c->tag);
        }
      }
      // With no gap, the comparative right after the comma and a time after
      // "than": "1.137 caídas, más que el año anterior", "1,137 falls,
      // fewer than in 2024" (eval41: a fall told as a rise read as no
      // direction).
      const CueSet::Phrase* c = s.IsWord(n + 1) ? r.comparatives.At(s.words, n + 1) : nullptr;
      size_t t = c != nullptr ? n + 1 + c->stems.size() : 0;
      if (c != nullptr && s.IsWord(t) && r.than.Has(s.words[t])) {
        ++t;
        while (s.IsWord(t) && (r.determiners.Has(s.words[t]) || r.span.Has(s.words[t]))) ++t;
        const bool dated = (s.IsFig(t) && s.figs[s.words[t].fig]->kind == Kind::kDate) ||
                           (s.IsWord(t) && r.relative.At(s.words, t) != nullptr) ||
                           (t > 0 && s.IsWord(t - 1) && r.relative.At(s.words, t - 1) != nullptr);
        if (dated) frame->direction = DirOf(c->tag);
      }
    }
  }
  // Later in the clause: "totaled 959 last year, up from 426 in 2020",
  // "was 62 per 100,000 people, unchanged from a year earlier".
  // A figure in brackets restating it ("the remaining 36% (4.1 billion
  // dollars), down from 39%") is passed over; the bracketed figure itself
  // takes the direction only when the earlier value is its own kind.
  const bool bracketed = a > 0 && s.IsPunct(a - 1, "(") && s.IsPunct(b, ")");
  if (frame->measure != Measure::kChange && frame->direction == Direction::kNone) {
    bool passed_other = false;
    // A long clause may stand between ("Nine child pedestrians were injured
    // within 200 metres of a patrol site during school travel times in 2025,
    // down from 14 in 2024": trial37, no direction read at 14 words).
    constexpr size_t kMoveReach = 22;
    // Whether this figure is the earlier value a level before it came from
    // ("2,140, down from 2,395 in 2025, a fall of 10.6%": the fall is the
    // 2,140's, not the 2,395's).
    bool earlier_value = false;
    for (size_t e = 0; e < k && !earlier_value; ++e) {
      earlier_value = s.figs[e]->frame.previous && *s.figs[e]->frame.previous == f.value.num;
    }
    for (size_t n = b; n + 1 < s.words.size() && n < b + kMoveReach; ++n) {
      if (s.IsPunct(n, ";")) break;
      if (n == b && s.IsPunct(n, "(") && s.IsFig(n + 1)) {
        const size_t e = s.spans[s.words[n + 1].fig].second;
        if (s.IsPunct(e, ")")) {
          n = e;  // the loop's ++n steps past the ")"
          continue;
        }
      }
      if (s.IsFig(n)) {
        // A date, a span ("the first six months") or a denominator ("per
        // 100,000 people") belongs to this figure's clause.
        const Figure& g = *s.figs[s.words[n].fig];
        bool denominator = n > 0 && s.IsWord(n - 1) && r.per_words.Has(s.words[n - 1]);
        // A figure of another kind describing this one's noun ("146 homes
        // within 30 metres of the cliff edge, up from 119") is passed over;
        // the move is then taken only from an earlier value of this kind.
        if (g.kind != Kind::kDate && g.kind != Kind::kDuration && !denominator) {
          if (g.kind == f.kind || passed_other) break;
          passed_other = true;
        }
        n = s.spans[s.words[n].fig].second - 1;
        continue;
      }
      if (!s.IsPunct(n, ",") || !s.IsWord(n + 1) || s.InName(n + 1)) continue;
      // ", a rise on the same period last year", ", una caída respecto a
      // 2024": a change noun set beside the level names its move (trial37:
      // a rise reported for a fall went unchecked, the level had none).
      if (!earlier_value && r.determiners.Has(s.words[n + 1]) && s.IsWord(n + 2)) {
        const CueSet::Phrase* cn = r.change_nouns.At(s.words, n + 2);
        if (cn != nullptr && (cn->tag == 1 || cn->tag == 2)) {
          frame->direction = DirOf(cn->tag);
          break;
        }
      }
      const CueSet::Phrase* p = r.change_words.At(s.words, n + 1);
      if (p == nullptr) continue;
      size_t m = n + 1 + p->stems.size();
      if (p->tag == 3) {
        frame->direction = Direction::kFlat;
      } else if (s.IsWord(m) && r.change_from.Has(s.words[m])) {
        size_t x = FromFigure(s, m);
        const bool same = x && SameQuantity(f, *s.figs[s.words[x].fig]);
        if (bracketed && x && !same) break;
        if (passed_other && !(x && s.figs[s.words[x].fig]->kind == f.kind)) break;
        if (x && MoveOwnedBefore(s, k, *s.figs[s.words[x].fig])) break;
        frame->direction = DirOf(p->tag);
        if (same && !frame->previous) {
          frame->previous = s.figs[s.words[x].fig]->value.num;
        }
      } else if (s.IsFig(m) && p->tag != 4 && (s.words[n + 1].lower == "up" || s.words[n + 1].lower == "down") &&
                 s.figs[s.words[m].fig]->kind != Kind::kDate) {
        // "There were 96,400 referrals to colposcopy, up 3.2% on 2024-25",
        // "Religion: 781 offences, down 4.1% from 814": the change set after
        // the level's own noun phrase gives its direction, as it does right
        // after the figure above (eval28: a rise reported as a fall went
        // unjudged, the level had none).
        frame->direction = DirOf(p->tag);
      }
      break;
    }
  }
  // "disminuyó en 50.900 personas y se situó en 18.998.400", "fell 14,000
  // and stood at 211,000": a level linked to the change just before it.
  if (frame->measure == Measure::kLevel && frame->direction == Direction::kNone && k > 0 &&
      s.figs[k - 1]->frame.measure == Measure::kChange &&
      s.figs[k - 1]->frame.direction != Direction::kNone) {
    long j = static_cast<long>(a) - 1;
    bool link = false, coord = false;
    for (int budget = 6; j >= 0 && budget > 0 && !s.IsFig(j); --j, --budget) {
      const Word& w = s.words[j];
      if (!w.word && w.lower != ",") break;
      if (!w.word) continue;
      if (r.links.Has(w)) link = true;
      if (w.lower == "and" || w.lower == "y" || w.lower == "e") {
        coord = link;
        break;
      }
    }
    // The words before the coordinator reach back to the change figure.
    if (coord) {
      long i = j - 1;
      while (i >= 0 && s.IsWord(i) && static_cast<long>(j) - i <= 3 && !s.IsFig(i)) --i;
      if (i >= 0 && s.IsFig(i) && s.figs[s.words[i].fig] == s.figs[k - 1]) {
        frame->direction = s.figs[k - 1]->frame.direction;
      }
    }
  }
  // "Another 64 bodies were recovered", "a further 2,000 jobs": an addition.
  // Not after a level of its kind earlier in the sentence: "3,816 children
  // were enrolled, with a further 1,140 on the waiting list", "14 routes
  // will be withdrawn and a further 22 will run less often" count another
  // group beside it, each a level (eval23, raise-all on train: such levels
  // read as changes drew level-versus-change notes on faithful figures).
  // After a change ("cut 300 jobs and a further 200") it adds to it.
  if (frame->measure == Measure::kLevel && frame->direction == Direction::kNone && a > 0) {
    size_t j = a;
    if (const CueSet::Phrase* p = r.additional.EndingAt(s.words, j - 1)) {
      // A verb of a fall right before it makes the addition a fall: "wants
      // to shut another 25" (trial97: a rise against the report's "close a
      // further 25 stores").
      const size_t add_at = j - p->stems.size();
      const CueSet::Phrase* verb = add_at > 0 && s.IsWord(add_at - 1) ? r.change_words.EndingAt(s.words, add_at - 1) : nullptr;
      const Direction way = verb != nullptr && verb->tag == 2 ? Direction::kDown : Direction::kUp;
      bool beside_level = false;
      for (size_t e = 0; e < k && !beside_level; ++e) {
        const Figure& g = *s.figs[e];
        beside_level = g.kind == f.kind && !g.value.is_date() && g.kind != Kind::kDate &&
                       g.frame.measure == Measure::kLevel && g.frame.direction == Direction::kNone;
      }
      if (!beside_level) {
        frame->measure = Measure::kChange;
        frame->direction = way;
      }
    }
  }
  // "85 additional nurses", "200 más", "40 agentes adicionales": an addition
  // written after the count; "312 new teaching positions": new units of a
  // stock (rules: change.stock_nouns), not "180,000 new voters" registered.
  // A rise read from a change noun later in the clause ("14 euros más, una
  // subida del 11 %") is that addition's own.
  // ("A total of 2,184 new homes were completed" is a tally: rules
  // change.level_openers.)
  const bool tally = a > 0 && s.IsWord(a - 1) && r.level_openers.EndingAt(s.words, a - 1) != nullptr;
  if (frame->measure == Measure::kLevel && (frame->direction == Direction::kNone || frame->direction == Direction::kUp) &&
      !frame->previous && f.kind != Kind::kPercent && !tally) {
    bool add = false, fresh = false;
    for (size_t i = b; i < b + 4 && s.IsWord(i) && !add; ++i) {
      const Word& w = s.words[i];
      if (r.additional_after.Has(w)) {
        // English writes it before the noun, right after the count.
        add = r.head_initial || i == b;
        break;
      } else if (r.new_words.Has(w)) {
        fresh = true;
      } else if (fresh && r.stock_nouns.Has(w)) {
        add = true;
      } else if (r.stops.Has(w) || r.change_words.Has(w) || r.links.Has(w)) {
        break;
      }
    }
    if (add) {
      frame->measure = Measure::kChange;
      frame->direction = Direction::kUp;
    }
  }
  // "cut its workforce by 10%, or about 1,900 people": the same change
  // restated.
  if (frame->measure == Measure::kLevel && frame->direction == Direction::kNone && k > 0 &&
      a >= 2 && s.IsWord(a - 1) && (s.words[a - 1].lower == "or" || s.words[a - 1].lower == "o") &&
      s.IsPunct(a - 2, ",") && s.IsFig(a - 3) && s.figs[s.words[a - 3].fig] == s.figs[k - 1] &&
      s.figs[k - 1]->frame.measure == Measure::kChange) {
    frame->measure = Measure::kChange;
    frame->direction = s.figs[k - 1]->frame.direction;
  }
  // "were 14% lower than a year earlier, at 312 million", "rose 27%, to
  // 3,898": the level the change just before reached moved its way.
  // A date between them ("aumentaron un 11% durante 2023, hasta 98.500") is
  // passed over: the change is the last figure before that is no date.
  long pk = static_cast<long>(k) - 1;
  while (pk >= 0 && s.figs[pk]->kind == Kind::kDate) --pk;
  // The "to" word may be the first of the figure's own words ("hasta 98.500"
  // read as a bound).
  // Spanish writes an article after it: ", hasta el 5,75 %".
  size_t to_at = a >= 1 && s.IsWord(a - 1) && r.change_to.Has(s.words[a - 1]) ? a - 1
                 : a < b && s.words[a].word && r.change_to.Has(s.words[a])   ? a
                 : r.head_initial && a >= 2 && s.IsWord(a - 1) && r.determiners.Has(s.words[a - 1]) &&
                         s.IsWord(a - 2) && r.change_to.Has(s.words[a - 2])
                     ? a - 2
                     : 0;
  if (frame->measure == Measure::kLevel && frame->direction == Direction::kNone && pk >= 0 &&
      to_at >= 1 &&
      (s.IsPunct(to_at - 1, ",") || (s.IsFig(to_at - 1) && s.words[to_at - 1].fig == pk)) &&
      s.figs[pk]->frame.measure == Measure::kChange &&
      s.figs[pk]->frame.direction != Direction::kNone &&
      s.Clause(s.spans[pk].second) == s.Clause(a)) {
    bool near = true;  // no other figure or sentence break between them
    for (size_t i = s.spans[pk].second; i + 1 < to_at && near; ++i) {
      near = !(s.IsFig(i) && s.figs[s.words[i].fig]->kind != Kind::kDate) && !s.IsPunct(i, ";") &&
             i < s.spans[pk].second + 10;
    }
    if (near) frame->direction = s.figs[pk]->frame.direction;
  }
  // A share whose subject is itself a change noun, linked to it by a verb:
  // "The fall compared with the previous year is therefore 3.5%", "the
  // increase was 5 percent", "el descenso fue del 4,7 %": the change, as
  // "a fall of 3.5%" is. So is one whose subject the change noun moves:
  // "the increase in prices was 5 percent" (subject prices). A result ("the
  // loss was $1.2 billion") is a level.
  // "Whole-economy pay growth stood at 5%", "is running at 5%" state the
  // growth as "was 5.0%" does (trial107: a level against the release's
  // change, so the private sector's 4.6% was offered instead); the growth's
  // own direction may already be read from its noun.
  if (f.kind == Kind::kPercent && frame->measure == Measure::kLevel && !frame->subject_head.empty() && a > 0) {
    const std::string head = Stem(r.lang, frame->subject_head);
    auto change_noun = [&r](const std::string& stem) -> const CueSet::Phrase* {
      const CueSet::Phrase* noun = r.change_nouns.Single(stem);
      return noun != nullptr && (noun->tag == 1 || noun->tag == 2) && r.result_nouns.Single(stem) == nullptr ? noun
                                                                                                            : nullptr;
    };
    bool linked = false;
    for (size_t i = a; i-- > 0 && i + 12 > a;) {
      // A date between is the change's own time: "The rise in new donors
      // on 2024 is 3.7%" (trial19: read as a level, and its revision "not
      // 6.8% as originally published" as a fall).
      if (s.IsFig(i) && s.figs[s.words[i].fig]->kind == Kind::kDate) continue;
      if (s.IsFig(i) || s.IsClauseBreak(i) || s.IsPunct(i, ";") || s.IsPunct(i, ".")) break;
      // A verb of parts makes the figure a share of what the noun counts:
      // "Falls accounted for 6.3% of all admissions" (falls, the injury).
      if (s.IsWord(i) && r.links.Has(s.words[i]) && r.part_verbs.EndingAt(s.words, i) == nullptr &&
          r.part_verbs.At(s.words, i) == nullptr) {
        linked = true;
      }
      if (AtLink(s, i)) linked = true;
      if (!s.IsWord(i)) continue;
      // The subject's head moved: the noun before "in"/"of" that moves it.
      const bool own_head = s.words[i].stem == head;
      const CueSet::Phrase* noun = change_noun(s.words[i].stem);
      if (own_head && noun == nullptr) {
        // "the increase in prices": the change noun before the complement.
        for (size_t j = i; j-- > 0 && j + 5 > i && noun == nullptr;) {
          if (!s.IsWord(j)) break;
          const std::string& l = s.words[j].lower;
          if ((l == "in" || l == "of" || l == "en" || l == "de" || l == "del") && j > 0 && s.IsWord(j - 1)) {
            noun = change_noun(s.words[j - 1].stem);
            break;
          }
        }
      }
      if (own_head || (noun != nullptr && s.words[i].stem == head)) {
        const Direction own = noun == nullptr ? Direction::kNone : noun->tag == 1 ? Direction::kUp : Direction::kDown;
        if (linked && noun != nullptr && (frame->direction == Direction::kNone || frame->direction == own)) {
          frame->measure = Measure::kChange;
          frame->direction = own;
        }
        break;
      }
    }
  }
  // A revision that names the old value after the new one: "3.5%, not 4% as
  // originally published", "23%, rather than 30%", "revised to 9,315
  // (previously 9,042)", "se corrige a 178, y no 163", "revised to 11,000,
  // from the 17,000 published in August". A contrast word reads as a
  // revision only in a sentence that says one (a revision word) or names an
  // earlier publication ("originally", "inicialmente"): "5%, not 4%" alone
  // may contrast two things.
  bool contrast_previous = false;  // previous set here, from a figure read after this one
  if (!frame->previous && !f.value_max && b < s.words.size()) {
    // An ordinal opens some of these phrases ("in the first release", "first
    // published as") and is read as a figure of its own.
    auto wordish = [&s](size_t i) {
      return s.IsWord(i) || (s.IsFig(i) && s.figs[s.words[i].fig]->kind == Kind::kOrdinal);
    };
    bool published_earlier = false;
    for (size_t i = 0; i < s.words.size() && !published_earlier; ++i) {
      published_earlier = wordish(i) && r.revision_earlier.At(s.words, i) != nullptr;
    }
    const bool earlier = revision || published_earlier;
    size_t n = b;
    if (s.IsPunct(n, ",") || s.IsPunct(n, "(") || s.IsPunct(n, ":")) ++n;
    // The figure the contrast at word n names ("not the 4%", "y no en el
    // 12,8 %", "en lugar del 12,8 %"), or 0.
    auto contrasted = [&](size_t n) -> size_t {
      if (!wordish(n)) return 0;
      const CueSet::Phrase* p = r.revision_contrast.At(s.words, n);
      if (p == nullptr && published_earlier) p = r.revision_compared.At(s.words, n);
      if (p == nullptr) return 0;
      size_t x = n + p->stems.size();
      for (int i = 0; i < 2 && s.IsWord(x) &&
                      (r.determiners.Has(s.words[x]) || s.words[x].lower == "en" || s.words[x].lower == "de" ||
                       s.words[x].lower == "del" || s.words[x].lower == "of" || s.words[x].lower == "at" ||
                       r.revision.Has(s.words[x]));
           ++i) {
        ++x;
      }
      // The earlier publication named, then the change it gave, before the
      // old value: "revised down from the first estimate of 0.6%", "revised
      // from a fall of 1.2%", "compared with the first estimate of a 0.9%
      // fall" (trial117: read as no revision, so the wire's 0.6% stood).
      if (const CueSet::Phrase* e = wordish(x) ? r.revision_earlier.At(s.words, x) : nullptr) {
        x += e->stems.size();
        if (s.IsWord(x) && s.IsOf(x)) ++x;
        if (s.IsWord(x) && r.determiners.Has(s.words[x])) ++x;
      }
      if (s.IsWord(x) && r.change_nouns.Has(s.words[x]) && s.IsWord(x + 1) &&
          s.IsOf(x + 1)) {
        x += 2;
      }
      // A date after it is what is compared against ("respecto a 2024"), no old value.
      return s.IsFig(x) && s.figs[s.words[x].fig]->kind != Kind::kDate ? x : 0;
    };
    size_t y = earlier ? contrasted(n) : 0;
    // The contrast after the figure's comparison, at the clause's comma:
    // "es un 4,1 % superior al de 2024, y no un 12 % superior como se
    // desprendía de los datos provisionales" (eval12-ciberfraude: read as
    // no revision, the withdrawn 12 % stood as a newer value and
    // superseded an unrelated 22 %). Only words and dates between.
    // So in brackets after it: "an increase of 4.2% on 2024 (previously
    // reported as 2.3%)" (eval13).
    for (size_t m = b; earlier && !y && m < s.words.size() && m < b + 8; ++m) {
      if (s.IsPunct(m, ",") || s.IsPunct(m, "(")) {
        y = contrasted(m + 1);
        break;
      }
      if (s.IsFig(m) ? s.figs[s.words[m].fig]->kind != Kind::kDate : !s.words[m].word) break;
      if (s.IsClauseBreak(m)) break;
    }
    // "revised to 11,000, from the 17,000 published in August": a revision's
    // old value after its "from".
    if (!y && revision && prep != nullptr && r.change_to.Has(*prep) && s.IsWord(n)) y = FromFigure(s, n);
    if (y) {
      const Figure& p = *s.figs[s.words[y].fig];
      if (SameQuantity(f, p) && !p.value_max && std::fabs(p.value.num - f.value.num) > 0) {
        frame->previous = std::fabs(p.value.num);
        frame->revised = true;
        contrast_previous = true;
      }
    }
  }
  // The old value of such a revision is the same kind of statement as the
  // new one ("a fall of 3.5%, not 4%"): it takes the new value's measure and
  // direction.
  if (k > 0 && a >= 2 && frame->measure == Measure::kLevel && frame->direction == Direction::kNone) {
    // The contrast phrase may end in the very word passed over ("en lugar
    // del 3,1 % publicado": "del" closes "en lugar del"), so it is looked
    // for before each word is passed over.
    size_t x = a;
    const CueSet::Phrase* p = nullptr;
    for (int i = 0; x > 0 && s.IsWord(x - 1); ++i) {
      p = r.revision_contrast.EndingAt(s.words, x - 1);
      if (p != nullptr || i == 2) break;
      const std::string& w = s.words[x - 1].lower;
      if (!(r.determiners.Has(s.words[x - 1]) || w == "en" || w == "de" || w == "del" || w == "of" || w == "at")) break;
      --x;
    }
    if (p != nullptr && x >= p->stems.size() + 1) {
      size_t before = x - p->stems.size() - 1;
      if (!s.IsFig(before) && before > 0 && !s.words[before].word) --before;
      if (s.IsFig(before)) {
        const Figure& nv = *s.figs[s.words[before].fig];
        if (nv.frame.revised && nv.frame.previous && std::fabs(std::fabs(*nv.frame.previous) - std::fabs(f.value.num)) <= 1e-9 * std::fabs(f.value.num) + 1e-12) {
          frame->measure = nv.frame.measure;
          if (nv.frame.measure == Measure::kChange) frame->direction = nv.frame.direction;
        }
      }
    }
  }
  // A previous value without a stated direction: the values tell it.
  if (frame->previous && frame->direction == Direction::kNone) {
    frame->direction = f.value.num > *frame->previous   ? Direction::kUp
                       : f.value.num < *frame->previous ? Direction::kDown
                                                        : Direction::kFlat;
  }
  // "rose to 1,710 in 2022, from 1,490 the year before": the earlier value.
  if (frame->measure == Measure::kLevel && frame->direction != Direction::kNone &&
      !frame->previous) {
    // An attribution set off by commas costs no words of the reach: "slowed
    // to 184,000 in the 12 months to June, the statistics office said on
    // Thursday, from 231,000 a year before" (trial107: the 231,000 went
    // unlinked and took the later value's span).
    size_t reach = b + 12;
    for (size_t n = b; n + 1 < s.words.size() && n < reach; ++n) {
      if (s.IsPunct(n, ";")) break;
      if (s.IsPunct(n, ",")) {
        size_t close = n + 1;
        bool said = false;
        while (close < s.words.size() && close < n + 14 && !s.IsPunct(close, ",") && !s.IsFig(close)) {
          said = said || (s.IsWord(close) && r.speaker_verbs.Has(s.words[close]));
          ++close;
        }
        if (said && s.IsPunct(close, ",")) {
          reach += close - n;
          n = close;
          continue;
        }
      }
      size_t x = FromFigure(s, n);
      if (x) {
        const Figure& p2 = *s.figs[s.words[x].fig];
        if (SameQuantity(f, p2)) {
          frame->previous = p2.value.num;
          // "hold reserves at three months of running costs, down from four
          // months": the level is kept where it moved to, and the move
          // before "from" says which way it went (eval18: read as flat, a
          // direction warning on an article's faithful "cutting ... to").
          const CueSet::Phrase* move = n > 0 && s.IsWord(n - 1) ? r.change_words.EndingAt(s.words, n - 1) : nullptr;
          if (frame->direction == Direction::kFlat && move != nullptr && (move->tag == 1 || move->tag == 2) &&
              p2.value.num != f.value.num) {
            frame->direction = DirOf(move->tag);
          }
        }
        break;
      }
    }
  }
  // "The estimate of employment growth ... has been revised to 31,000, from
  // the 52,000 published in August": what was revised is a change, named by
  // a change noun before the revision word; both values are changes of that
  // noun's direction (trial6 A2.2: read as levels, the article's "grew by
  // 52,000" was a level-vs-change difference, not a superseded figure).
  if (revision && frame->measure == Measure::kLevel && !f.value_max) {
    long rev = -1;
    for (size_t i = a; i-- > 0 && i + 20 > a;) {
      if (s.IsClauseBreak(i) || s.IsPunct(i, ".")) break;
      if (s.IsFig(i) && s.figs[s.words[i].fig]->kind != Kind::kDate && s.figs[s.words[i].fig] != &f) {
        // Another value of the revision ("revised to 31,000, from the
        // 52,000"): read on past it.
        if (!SameQuantity(f, *s.figs[s.words[i].fig])) break;
        continue;
      }
      if (s.IsWord(i) && r.revision.Has(s.words[i])) {
        rev = static_cast<long>(i);
      } else if (rev >= 0 && s.IsWord(i) && !s.IsFig(i)) {
        // In a language that puts the noun first, a change noun right after
        // another noun, with no article or "de" between, is a participle on
        // that noun sharing the noun's stem: "jornadas perdidas" is no
        // "pérdidas" (trial31: "La cifra de jornadas perdidas de 2024 se ha
        // revisado de 1.482.300 a 1.566.200" read as a fall of 1,5 million).
        // English compounds keep theirs: "the estimate of employment growth".
        const CueSet::Phrase* p = r.change_nouns.EndingAt(s.words, i);
        const size_t start = p != nullptr && i + 1 >= p->stems.size() ? i + 1 - p->stems.size() : 0;
        if (p != nullptr && r.head_initial && start > 0 && s.IsWord(start - 1) && !r.determiners.Has(s.words[start - 1]) &&
            !s.IsOf(start - 1)) {
          p = nullptr;
        }
        // A sum revised under a financial result's noun is that result's
        // level ("insured losses: revised from £312 million to £388
        // million", eval35: read as a fall of £388 million), as a sum after
        // "a net loss of" is.
        if (p != nullptr && f.kind == Kind::kMoney && r.result_nouns.EndingAt(s.words, i) != nullptr) break;
        if (p != nullptr) {
          frame->measure = Measure::kChange;
          frame->direction = DirOf(p->tag);
          break;
        }
      }
    }
  }
  if (revision && frame->measure == Measure::kChange && frame->previous && prep != nullptr &&
      r.change_to.Has(*prep)) {
    frame->revised = true;
  }
  if (revision && frame->measure == Measure::kLevel && frame->previous) frame->revised = true;
  // "the final figure of 9.8 million supersedes it", "la cifra definitiva
  // de 17.350 la sustituye" (trial59): the new value after its revision
  // noun's "of" is written as after "revised to".
  // (A cue of one word is a verb as often: "se ha revisado de 9.140 a
  // 9.315" is "from".)
  const CueSet::Phrase* revision_noun = a >= 2 && s.IsOf(a - 1) && s.IsWord(a - 2) ? r.revision.EndingAt(s.words, a - 2) : nullptr;
  const bool revision_of = revision_noun != nullptr && revision_noun->stems.size() > 1;
  // One past the nearest revision cue before the figure in its sentence, or 0.
  size_t rv = a;
  while (rv > 0 && !(s.IsWord(rv - 1) && (r.revision.Has(s.words[rv - 1]) ||
                                          r.revision.EndingAt(s.words, rv - 1) != nullptr))) {
    --rv;
  }
  // (A value before any revision cue of its clause is no revised one: "put
  // visits at 9.2 million; the final figure of 9.8 million supersedes it";
  // "estimated at 52,400, revised from 63,900" is.)
  bool cue_after = false;
  for (size_t i = b; i < s.words.size() && !cue_after && !s.IsPunct(i, ";") && !s.IsPunct(i, "."); ++i) {
    cue_after = s.IsWord(i) && (r.revision.Has(s.words[i]) || r.revision.At(s.words, i) != nullptr);
  }
  if (revision && (rv > 0 || cue_after) && frame->measure == Measure::kLevel && !frame->previous && prep != nullptr &&
      (r.change_to.Has(*prep) || revision_of)) {
    frame->revised = true;
    // The old value written before the revision word, in a sentence that
    // names an earlier publication: "the count, first published as 6,020,
    // has been revised to 6,310", "published in March as 6,020" (trial12).
    bool earlier = false;
    for (size_t i = 0; i < s.words.size() && !earlier; ++i) {
      earlier = s.IsWord(i) && r.revision_earlier.At(s.words, i) != nullptr;
    }
    // (Across a semicolon: "La memoria anterior publicó un 24,5 %; la
    // revisión ... permitió ajustar el dato al 23,7 %", trial35.)
    for (size_t i = rv; earlier && rv > 0 && i-- > 0;) {
      if (s.IsPunct(i, ".")) break;
      if (!s.IsFig(i)) continue;
      const Figure& p = *s.figs[s.words[i].fig];
      if (p.kind == Kind::kDate) continue;
      if (p.kind != f.kind && !WithinTwice(f, p)) continue;
      if (SameQuantity(f, p) && !p.value_max && p.value.num != f.value.num) {
        frame->previous = std::fabs(p.value.num);
        if (frame->direction == Direction::kNone) {
          frame->direction = f.value.num > *frame->previous ? Direction::kUp : Direction::kDown;
        }
      }
      break;  // the nearest value before the revision only
    }
  }
  // "en la memoria anterior se publicaron 381.200 raciones, y tras la
  // auditoría la cifra correcta es 376.950", "published as 6,020; the
  // correct count is 6,310": in a sentence that says a revision, the value
  // of its kind written before this one, right after a word of its earlier
  // publication, is the one this replaces.
  // The two clauses are often split by a semicolon ("It was first published
  // as 4.61 million tonnes; ... the revised 2024 figure is 4.53 million";
  // trial35), and the earlier publication's verb may stand a few words
  // before its value ("se publicó una producción de 4.610").
  constexpr size_t kPublishedWords = 5;
  if (revision && frame->measure == Measure::kLevel && !frame->previous && !frame->revised && !f.value_max) {
    for (size_t i = a; i-- > 0;) {
      if (s.IsPunct(i, ".")) break;
      if (!s.IsFig(i)) continue;
      const Figure& p = *s.figs[s.words[i].fig];
      if (p.kind == Kind::kDate) continue;
      // A value of another quantity between the two ("after late returns
      // from two wharf operators") is passed over.
      if (!SameQuantity(f, p) || p.value_max || !WithinTwice(f, p)) continue;
      bool published = false;
      for (size_t j = i >= kPublishedWords ? i - kPublishedWords : 0; j < i && !published; ++j) {
        const CueSet::Phrase* e = s.IsWord(j) ? r.revision_earlier.At(s.words, j) : nullptr;
        published = e != nullptr && j + e->stems.size() <= i;
      }
      const double u = std::fabs(p.value.num), v = std::fabs(f.value.num);
      if (published && u != v) {
        frame->previous = u;
        frame->revised = true;
        if (frame->direction == Direction::kNone) frame->direction = v > u ? Direction::kUp : Direction::kDown;
      }
      break;  // the nearest value of its quantity before this one only
    }
  }
  // "1.205 compraventas en el trimestre, frente a las 1.180 publicadas
  // inicialmente", "up from the 1,180 first published": an earlier value
  // named right after with an earlier publication's words is the old value
  // of a revision (trial109: read as a rise, the old 1.180 passed as current).
  if (frame->previous && !frame->revised && !f.value_max) {
    for (size_t g = k + 1; g < s.figs.size(); ++g) {
      const Figure& p = *s.figs[g];
      const double gap = std::fabs(std::fabs(p.value.num) - std::fabs(*frame->previous));
      if (p.kind == Kind::kDate || gap > 1e-9 * std::fabs(p.value.num)) continue;
      const size_t e = s.spans[g].second;
      // ("first" may be an ordinal figure of its own.)
      for (size_t j = e; j < s.words.size() && j < e + 3 && s.words[j].word; ++j) {
        if (r.revision_earlier.At(s.words, j) != nullptr) {
          frame->revised = true;
          break;
        }
      }
      break;
    }
  }
  // "subió hasta el 12,3%", "bajó en 60.503 personas, hasta los 2.666.500":
  // the level a move reached is no upper bound, though the recogniser read
  // "hasta" as one.
  if (r.head_initial && f.qualifier == Qualifier::kAtMost && frame->measure == Measure::kLevel &&
      frame->direction != Direction::kNone && a < b && s.words[a].word && r.change_to.Has(s.words[a])) {
    f.qualifier = Qualifier::kExact;
  }
  // A change is signed: "cut 2,400 posts" is -2,400.
  if (frame->measure == Measure::kChange && frame->direction == Direction::kDown &&
      f.value.num > 0) {
    f.value.num = -f.value.num;
    if (f.value_max) f.value_max->num = -f.value_max->num;
    // The old value read after it is signed the same way when it is read.
    if (contrast_previous && frame->previous && *frame->previous > 0) frame->previous = -*frame->previous;
  }
}

bool ReviseAcross(const Sent& s, const std::vector<Figure*>& before, bool before_earlier) {
  const FrameRules& r = s.r;
  size_t said = s.words.size();  // the first revision word
  bool earlier = false;          // the sentence names an earlier publication
  for (size_t i = 0; i < s.words.size(); ++i) {
    if (!s.IsWord(i)) continue;
    // (As a phrase: "the verified figure is 55.9%" names the revision in
    // two words, neither a revision alone.)
    if (said == s.words.size() && r.revision.At(s.words, i) != nullptr) said = i;
    earlier = earlier || r.revision_earlier.At(s.words, i) != nullptr;
  }
  if (said == s.words.size() || before.empty()) return earlier;
  auto open = [](const Figure& f) {
    // (A measure or a duration too: "gave the network length ... as 54.2
    // km. That figure has been revised to 51.8 km": trial44.)
    return (f.kind == Kind::kCount || f.kind == Kind::kMoney || f.kind == Kind::kPercent ||
            f.kind == Kind::kMeasure || f.kind == Kind::kDuration) && !f.value_max &&
           !f.frame.previous && f.qualifier != Qualifier::kVague;
  };
  // The one pair of like figures, one in each sentence, that may be a value
  // and its revision: one kind and unit, values within a factor of two,
  // the same head where both have one, the same modality (below), neither
  // a baseline.
  // A value the sentence before compares its level with ("7,3 millones de
  // viajes en 2025, frente a 6,9 millones en 2024") is that level's
  // baseline, no value a revision replaces. (The level itself, which has
  // that earlier value already, stays out too: trial54's "7,1 millones" of
  // the preliminary release is still not read as replaced by it.)
  auto baseline = [&before](const Figure& p) {
    return std::any_of(before.begin(), before.end(), [&p](const Figure* o) {
      return o != &p && o->frame.previous && std::fabs(*o->frame.previous) == std::fabs(p.value.num);
    });
  };
  // An earlier publication's value is its estimate ("In our first estimate
  // ... we put this figure at £1,150", "En el avance ... se estimó la cifra
  // en 7,1 millones"): against the final value, modality is no difference
  // (trial54: read as no revision, the old value was supported).
  // So when the sentence before named the earlier publication ("El avance
  // publicado en octubre estimaba 2.280.000 visitas. La cifra definitiva es
  // de 2.340.000": trial55).
  auto same_modality = [earlier, before_earlier](const Figure& a, const Figure& b) {
    return a.frame.modality == b.frame.modality ||
           ((earlier || before_earlier) &&
            (a.frame.modality == Modality::kEstimate || b.frame.modality == Modality::kEstimate));
  };
  Figure* x = nullptr;  // this sentence's
  Figure* y = nullptr;  // the sentence before's
  size_t x_at = 0;
  for (size_t k = 0; k < s.figs.size(); ++k) {
    Figure& f = *s.figs[k];
    if (!open(f)) continue;
    for (Figure* p : before) {
      if (!open(*p) || p->kind != f.kind || p->unit != f.unit || p->value.num == f.value.num ||
          !WithinTwice(f, *p) || !same_modality(*p, f) || baseline(*p) ||
          (!f.frame.subject_head.empty() && !p->frame.subject_head.empty() &&
           f.frame.subject_head != p->frame.subject_head)) {
        continue;
      }
      if (x != nullptr) return earlier;  // two pairs: not sure which
      x = &f;
      y = p;
      x_at = s.spans[k].first;
    }
  }
  if (x == nullptr) return earlier;
  // "it has been revised to 2,265": this sentence's figure, after "to", is
  // the new value; "This figure has been revised: the interim release gave
  // 11,900": after an earlier publication's words, the old one.
  size_t j = x_at;
  while (j > 0 && s.IsWord(j - 1) && r.determiners.Has(s.words[j - 1])) --j;
  // So is one after a revision word when the sentence before gave the old
  // value as published: "... were reported in last year's annual report as
  // 1,182,000. ... The corrected figure for 2024/25 is 1,126,400" (trial43).
  const bool to_new = x_at > said && ((j > 0 && s.IsWord(j - 1) && r.change_to.Has(s.words[j - 1])) || before_earlier);
  Figure* newer = nullptr;
  Figure* older = nullptr;
  if (to_new && (before_earlier || !earlier)) {
    newer = x, older = y;
  } else if (earlier && !to_new) {
    newer = y, older = x;
  }
  if (newer == nullptr) return earlier;
  newer->frame.previous = std::fabs(older->value.num);
  newer->frame.revised = true;
  // The revision word of the old value's sentence ("we put this figure at
  // £1,150; it has since been revised upward") marked it revised, with no
  // value before it: it is the value replaced.
  if (!older->frame.previous) older->frame.revised = false;
  // And the earlier publication's estimate was its statement of the same
  // thing: an article repeating it is compared for the value, not told it
  // gives an estimate as fact.
  if (older->frame.modality == Modality::kEstimate && newer->frame.modality != Modality::kEstimate) {
    older->frame.modality = newer->frame.modality;
  }
  // The two count one thing: what one names, the other does.
  Figure* named = !newer->frame.subject_head.empty() ? newer : older;
  Figure* unnamed = named == newer ? older : newer;
  if (unnamed->frame.subject_head.empty() && !named->frame.subject_head.empty()) {
    unnamed->frame.subject_head = named->frame.subject_head;
    unnamed->frame.modifiers = named->frame.modifiers;
    unnamed->subject = named->subject;
  }
  if (newer->frame.direction == Direction::kNone) {
    newer->frame.direction = std::fabs(newer->value.num) > std::fabs(older->value.num) ? Direction::kUp : Direction::kDown;
  }
  return earlier;
}

void MoveAcross(const Sent& s, const std::vector<Figure*>& before) {
  const FrameRules& r = s.r;
  size_t open = 0;
  while (open < s.words.size() && !s.IsWord(open)) ++open;
  if (open >= s.words.size() || !r.change_anaphors.Has(s.words[open]) || before.empty()) return;
  // The sentence's first figure that is no date, and the change word and
  // "from" between the demonstrative and it (determiners passed over).
  size_t k = 0;
  while (k < s.figs.size() && s.figs[k]->kind == Kind::kDate) ++k;
  if (k == s.figs.size()) return;
  Figure* p = s.figs[k];
  long j = static_cast<long>(s.spans[k].first) - 1;
  while (j > static_cast<long>(open) && s.IsWord(j) && r.determiners.Has(s.words[j])) --j;
  // "frente al 40 %", "respecto a los 455": the comparison word before its "a".
  if (j > static_cast<long>(open) + 1 && s.IsWord(j) && r.change_to.Has(s.words[j]) && s.IsWord(j - 1) &&
      r.than.Has(s.words[j - 1])) {
    --j;
  }
  if (j <= static_cast<long>(open) || !s.IsWord(j) || !(r.change_from.Has(s.words[j]) || r.than.Has(s.words[j]))) {
    return;
  }
  int tag = 0;
  for (long i = static_cast<long>(open) + 1; i < j && tag == 0; ++i) {
    if (!s.IsWord(i)) return;  // a figure or a mark between: another clause
    const CueSet::Phrase* w = r.change_words.At(s.words, i);
    if (w == nullptr) w = r.change_nouns.At(s.words, i);
    if (w != nullptr && w->tag >= 1 && w->tag <= 3) tag = w->tag;
  }
  if (tag == 0 || p->value_max || p->frame.previous || p->qualifier == Qualifier::kVague) return;
  // The last figure of the sentence before of p's kind and unit (what it
  // is of, "of the 5,400 kilometres of walls", may follow it), a level not
  // yet moved.
  const auto like = std::find_if(before.rbegin(), before.rend(),
                                 [p](const Figure* f) { return f->kind == p->kind && f->unit == p->unit; });
  if (like == before.rend()) return;
  Figure* o = *like;
  if (o->value_max || o->frame.previous || o->frame.measure != Measure::kLevel || !WithinTwice(*o, *p)) return;
  o->frame.previous = p->value.num;
  o->frame.direction = DirOf(tag);
  p->frame.direction = Direction::kNone;
  if (p->frame.subject_head.empty()) {
    p->subject = o->subject;
    p->frame.subject_head = o->frame.subject_head;
    p->frame.modifiers = o->frame.modifiers;
  }
}

}  // namespace claimcheck::frame
