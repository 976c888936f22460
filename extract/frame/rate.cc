// The denominator of a rate: "9.1 per 100,000 residents" -> "100000
// residents", "€14.20 an hour" -> "hour", "twice a month" -> "month", "per
// capita" -> "capita", "annualised" -> "year".
#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

#include "extract/frame/denominator.h"
#include "extract/frame/reader.h"

namespace claimcheck::frame {

std::string NumberText(double v) {
  char buf[64];
  if (std::fabs(v - std::round(v)) < 1e-9 && std::fabs(v) < 1e15) {
    std::snprintf(buf, sizeof buf, "%.0f", v);
  } else {
    std::snprintf(buf, sizeof buf, "%.10g", v);
  }
  return buf;
}

namespace {

// A denominator written as a noun phrase: "diluted share", "cubic metre",
// "hours" -> "hour" (the head made singular, its modifiers as written).
std::string DenominatorPhrase(const Sent& s, const NounPhrase& np) {
  std::string out;
  for (size_t x = np.first; x < np.head; ++x) {
    if (!s.words[x].word) continue;
    out += s.words[x].lower;
    out += ' ';
  }
  out += NounBase(s.lang(), s.words[np.head].lower);
  // A head-initial language writes the modifiers after the head: "metro
  // cuadrado", "kilómetro cuadrado".
  if (s.r.head_initial) {
    for (size_t x = np.head + 1; x < np.last; ++x) {
      if (!s.words[x].word) break;
      out += ' ';
      out += s.words[x].lower;
    }
  }
  return out;
}

// A time unit after "a", "from" reads as a date only before "now", "then",
// "today": "a year from now", not "£94 a year from April".
bool DatingFrom(const Sent& s, size_t j) {
  if (!s.IsWord(j) || s.words[j].lower != "from") return false;
  if (!s.IsWord(j + 1)) return false;
  const std::string& n = s.words[j + 1].lower;
  return n == "now" || n == "then" || n == "today";
}

// 1, 10, 100, 1000...: the scales a rate is written per.
bool PowerOfTen(double v) {
  if (!(v >= 1)) return false;
  const double l = std::log10(v);
  return std::fabs(l - std::round(l)) < 1e-9;
}

// A scale denominator: the number and the noun phrase at `at` after it
// ("100000 residents", "1000000 habitantes").
std::string ScaleOf(const Sent& s, double scale, size_t at) {
  NounPhrase np = NounPhraseAt(s, at, false);
  std::string what = np.ok() ? Fold(PhraseText(s, np)) : std::string();
  return NumberText(scale) + (what.empty() ? "" : " " + what);
}

// "un", "una" ("por un año" is no cause): the articles that count.
bool IndefiniteArticle(const std::string& w) { return w == "un" || w == "una" || w == "cada"; }

// The denominator after a per word at i ("per", "a", "each"), or empty.
// Whether the sentence counts `noun` (a singular): its plural right after
// a figure ("38 bandas", "212 towers"). A noun the sentence counts is a
// denominator after a per word ("por banda"), not a cause.
bool CountedInSentence(const Sent& s, const std::string& noun) {
  for (size_t x = 1; x < s.words.size(); ++x) {
    if (!s.IsFig(x - 1) || !s.IsWord(x) || s.words[x].lower == noun) continue;
    if (NounBase(s.lang(), s.words[x].lower) == noun) return true;
  }
  return false;
}

std::string PerAt(const Sent& s, size_t i) {
  const FrameRules& r = s.r;
  // "per capita", "por habitante": the phrase gives its denominator.
  if (const CueSet::Phrase* sp = r.rate_standalone.At(s.words, i)) {
    if (r.per_words.At(s.words, i) != nullptr) return sp->value;
  }
  const CueSet::Phrase* p = r.per_words.At(s.words, i);
  if (p == nullptr) return {};
  size_t j = i + p->stems.size();
  // Spanish "por" before a definite article gives a cause or an agent ("14
  // de ellos por el mal tiempo", "por la sequía", "por los incendios"); a
  // denominator after "por" is bare ("por persona", "por cada 1.000").
  if (r.head_initial && s.words[i].lower == "por" && s.IsWord(j) && r.determiners.Has(s.words[j]) &&
      !s.IsFig(j + 1) && !IndefiniteArticle(s.words[j].lower)) {
    return {};
  }
  // Spanish "por" before an infinitive with its object gives a cause ("412
  // comercios por vender alcohol", "multas por superar los límites"): a verb
  // is no denominator. The next word is its object (a determiner or a word
  // that no preposition or conjunction in rules' stops is); "por mujer en
  // edad fértil" keeps its noun.
  if (r.head_initial && s.words[i].lower == "por" && s.IsWord(j) && !r.rate_units.Has(s.words[j]) &&
      r.InfinitiveForm(s.words[j].lower) && s.IsWord(j + 1) &&
      (r.determiners.Has(s.words[j + 1]) || !r.stops_exact.Has(s.words[j + 1]))) {
    return {};
  }
  // Spanish "por" before a bare plural gives a cause too ("412 personas por
  // lesiones relacionadas con la pirotecnia", "por incendios"): a
  // denominator after "por" is singular ("por alumno", "por metro
  // cuadrado") or a scale ("por cada 1.000", "por millón"). eval39: read as
  // a rate per "lesión".
  if (r.head_initial && s.words[i].lower == "por" && s.IsWord(j) && !s.IsFig(j) && !r.rate_units.Has(s.words[j]) &&
      !r.determiners.Has(s.words[j]) && r.per_scales.find(s.words[j].lower) == r.per_scales.end() &&
      SPlural(s.lang(), s.words[j].lower)) {
    return {};
  }
  // "150 colmenas cada uno", "each one": the per word distributes the figure
  // over its own subject (each beekeeper); no denominator the subject lacks
  // (trial35: a rate warning on a faithful "cada uno").
  if (s.IsWord(j) && r.rate_pronouns.Has(s.words[j])) return {};
  // "al día", "a la semana": the article belongs to the per word.
  while (s.IsWord(j) && r.head_initial && r.determiners.Has(s.words[j]) && !s.IsFig(j + 1)) ++j;
  bool article = s.words[i].lower == "a" || s.words[i].lower == "an" || s.words[i].lower == "un" ||
                 s.words[i].lower == "una" || s.words[i].lower == "al";
  if (s.IsFig(j)) {
    // "per 100,000 residents"
    const Figure& d = *s.figs[s.words[j].fig];
    if (d.kind != Kind::kCount) return {};
    // A rate's base is a power of ten ("per 100,000 residents", "por cada
    // 1.000 habitantes"); any other count after the word is what the figure
    // is spread over, no denominator: "1.412 colectas repartidas por 263
    // municipios" (eval31). (A span, "per 12 months", is a duration.)
    if (!PowerOfTen(d.value.num)) return {};
    return ScaleOf(s, d.value.num, s.spans[s.words[j].fig].second);
  }
  if (!s.IsWord(j)) return {};
  // "per million people", "por cada mil habitantes": a scale written as a
  // word (rules: rate.scales), the base of a rate as a number is.
  if (auto sc = r.per_scales.find(s.words[j].lower); sc != r.per_scales.end()) {
    return ScaleOf(s, sc->second, s.IsOf(j + 1) ? j + 2 : j + 1);  // "por millón de habitantes"
  }
  const Word& w = s.words[j];
  // A name is no denominator: "216 edificios Por Lucía Herrero" is a
  // headline run into its byline (trial37: read as a rate per person).
  if (w.cap && !r.rate_units.Has(w)) return {};
  if (r.rate_units.Has(w)) {
    // "a year earlier" dates the figure; it is no denominator. Only after an
    // article: "$150 per resident on parks" is a rate whatever follows.
    // "a year on" dates; "£2,400 a head on care", "95 minutes a day on the
    // app" are rates: "on" before a word opens what the rate is spent on.
    if (article && s.IsWord(j + 1) &&
        ((r.not_rate_after.Has(s.words[j + 1]) &&
          !(s.words[j + 1].lower == "on" && s.IsWord(j + 2) && s.words[j + 2].lower != "year")) ||
         DatingFrom(s, j + 1))) {
      return {};
    }
    // A unit is listed in its singular form ("capita", "cápita").
    if (r.rate_units.exact() || w.lower.back() != 's') return w.lower;
    return NounBase(s.lang(), w.lower);
  }
  if (article) return {};  // "a" before any other word is an article
  // "per visit", "per diluted share", "each month"
  NounPhrase np = NounPhraseAt(s, j, false);
  if (!np.ok()) return {};
  // "per available room rose": the phrase ends before the clause's verb;
  // "por metro cuadrado en apenas un día", before a preposition.
  for (size_t x = np.first + 1; x < np.last; ++x) {
    if (r.change_words.Has(s.words[x]) || r.links.Has(s.words[x]) ||
        (r.head_initial && x > np.head + 1 && r.stops_exact.Has(s.words[x]))) {
      np.last = x;
      if (!r.head_initial || np.head >= x) np.head = x - 1;
      break;
    }
  }
  if (np.last - np.first > 2 || !(s.Classes(np.head) & kNoun || !(s.Classes(np.head) & kKnown))) {
    return {};
  }
  // A modifier agrees with its head in number: "97 de las quejas por ruido
  // recibidas" ends the phrase at "ruido", the plural participle is the
  // complaints' (trial90: read as a rate per "ruido recibidas"). "por metro
  // cuadrado" keeps its modifier.
  if (r.head_initial && np.head == np.first && np.last == np.first + 2) {
    const std::string& h = s.words[np.head].lower;
    const std::string& m = s.words[np.head + 1].lower;
    if (!h.empty() && h.back() != 's' && m.size() > 2 && m.back() == 's') np.last = np.head + 1;
  }
  // Spanish "por" also gives a cause ("eliminó 3,2 millones de publicaciones
  // por acoso"): a lone noun that is no listed unit is no denominator; a unit
  // with its modifier ("por metro cuadrado") is.
  // "por cada plaza" gives no cause: "cada" makes it a denominator (trial42).
  // Unless the sentence counts that noun itself ("benefició a 38 bandas, con
  // una ayuda máxima de 8.000 euros por banda", eval40): the thing counted
  // is what the sum is shared over.
  if (r.head_initial && s.words[i].lower == "por" && p->stems.size() == 1 && np.last - np.first < 2 &&
      !CountedInSentence(s, s.words[np.head].lower)) {
    return {};
  }
  return DenominatorPhrase(s, np);
}

// A second denominator right after the first: "14 euros por metro
// cuadrado al mes", "$2 per share a year". "/month" to append to the first
// (which was read at i), or "". Only a listed unit: a rent per square metre
// is also per month, and a per-year rent is not the same claim.
std::string SecondPer(const Sent& s, size_t i, const std::string& first) {
  // A scale with its population ("per 1,000 residents a year", "por cada
  // 1.000 habitantes al año"): the time unit is read after that phrase, not
  // stopped at the scale's figure (eval15: "a year" against "per month" was
  // lost, both read as "1000 residents").
  size_t from = i + 1;
  if (const CueSet::Phrase* p = s.r.per_words.At(s.words, i)) {
    size_t u = i + p->stems.size();
    while (s.IsWord(u) && s.r.head_initial && s.r.determiners.Has(s.words[u]) && !s.IsFig(u + 1)) ++u;
    if (s.IsFig(u)) {
      from = s.spans[s.words[u].fig].second;
      NounPhrase np = NounPhraseAt(s, from, false);
      if (np.ok()) from = np.last;
    }
  }
  for (size_t j = from; j < s.words.size() && j <= from + 4; ++j) {
    if (s.IsFig(j) || !s.words[j].word) break;
    // Two denominators joined under one per word: "74 euros por persona y
    // día", "per person and night" (a rate per person per day).
    if ((s.words[j].lower == "y" || s.words[j].lower == "and") && j > from && s.IsWord(j + 1) &&
        s.r.rate_units.Has(s.words[j + 1]) && !s.IsFig(j + 2)) {
      const Word& w = s.words[j + 1];
      const std::string second =
          s.r.rate_units.exact() || w.lower.back() != 's' ? w.lower : NounBase(s.lang(), w.lower);
      if (second.empty() || second == first) return {};
      return "/" + second;
    }
    if (s.r.per_words.At(s.words, j) == nullptr) continue;
    const size_t u = j + s.r.per_words.At(s.words, j)->stems.size();
    size_t k = u;
    while (s.IsWord(k) && s.r.head_initial && s.r.determiners.Has(s.words[k]) && !s.IsFig(k + 1)) ++k;
    if (!s.IsWord(k) || !(s.r.rate_units.Has(s.words[k]) || CountedInSentence(s, s.words[k].lower))) continue;
    std::string second = PerAt(s, j);
    if (second.empty() || second == first) return {};
    return "/" + second;
  }
  return {};
}

// The word after a figure's own words: its counted phrase ("40 overdose
// patients a week"), an "of" complement ("20,000 tonnes of sulphur dioxide a
// day"), a second part of the same quantity ("3 hours 46 minutes a day").
std::vector<size_t> PerPositions(const Sent& s, size_t b) {
  std::vector<size_t> at = {b};
  size_t x = b;
  if (s.IsFig(x)) {
    const Figure& g = *s.figs[s.words[x].fig];
    if (g.kind == Kind::kDuration || g.kind == Kind::kMeasure) {
      x = s.spans[s.words[x].fig].second;
      at.push_back(x);
    }
  } else if (s.IsWord(x) && s.r.head_initial && (s.words[x].lower == "y") && s.IsFig(x + 1)) {
    x = s.spans[s.words[x + 1].fig].second;  // "3 horas y 46 minutos al día"
    at.push_back(x);
  }
  NounPhrase np = NounPhraseAt(s, x, false);
  if (np.ok()) {
    x = np.last;
    at.push_back(x);
  }
  if (s.IsWord(x) && (s.words[x].lower == "of" || s.words[x].lower == "de")) {
    NounPhrase of = NounPhraseAt(s, x + 1, true);
    if (of.ok() && of.last - of.first <= 4) at.push_back(of.last);
  } else if (x == b && s.IsWord(x) && (s.words[x].lower == "in" || s.words[x].lower == "en") &&
             s.IsWord(x + 1) && !s.words[x + 1].cap && !s.r.determiners.Has(s.words[x + 1])) {
    // "$1,150 in property tax per resident".
    NounPhrase in = NounPhraseAt(s, x + 1, false);
    if (in.ok() && in.last - in.first <= 3) at.push_back(in.last);
  }
  return at;
}

// "Day-to-day spending per pupil was £7,460", "Revenue per available room
// rose to $132", "El gasto sanitario por habitante fue de": the
// denominator written in the subject, before the figure's verb.
std::string PerBefore(const Sent& s, size_t a) {
  const FrameRules& r = s.r;
  for (size_t j = a, n = 0; j-- > 0 && n < 10; ++n) {
    const Word& w = s.words[j];
    if (s.IsFig(j) || (!w.word && w.lower != "-")) break;
    const std::string& l = w.lower;
    if (l == "that" || l == "which" || l == "que") break;
    if (l != "per" && l != "por") continue;
    // Right after another figure it is that figure's denominator: "paid an
    // average of £212 per tonne and spent £498,000 on coal" (trial77: the
    // £498,000 read as per tonne).
    if (j > 0 && s.IsFig(j - 1)) break;
    // So is one right after that figure's own denominator: "The fee of €3
    // per diver per dive raised €412,000" (eval48: the €412,000 read as
    // per dive).
    if (j >= 3 && (s.words[j - 2].lower == "per" || s.words[j - 2].lower == "por") && s.IsFig(j - 3)) break;
    if (const CueSet::Phrase* sp = r.rate_standalone.At(s.words, j)) return sp->value;
    // Spanish "por" also brings an agent ("publicada por el INE"): only a
    // listed unit.
    if (l == "por" && !(s.IsWord(j + 1) && r.rate_units.Has(s.words[j + 1]))) continue;
    // A plural after it is what brought the money in, no denominator: "Los
    // ingresos por entradas alcanzaron 1,92 millones" (trial71: a rate per
    // "entrada"); a denominator is singular ("por entrada, 12 euros").
    if (l == "por" && s.IsWord(j + 1) && SPlural(s.lang(), s.words[j + 1].lower)) continue;
    std::string per = PerAt(s, j);
    if (!per.empty()) return per;
  }
  return {};
}

// The unit word at i as a denominator: singular ("pitch nights" gives
// "night", "each month" "month").
std::string UnitWord(const Sent& s, size_t i) {
  const std::string& w = s.words[i].lower;
  return w.back() == 's' ? NounBase(s.lang(), w) : w;
}

// "each month", "cada año" later in the clause: "3,000 stolen bicycles are
// sold online each month"; or opening it: "Each week, the food bank hands
// out 3,400 parcels".
std::string PerInClause(const Sent& s, size_t a, size_t b) {
  const FrameRules& r = s.r;
  for (size_t j = a, n = 0; j-- > 0 && n < 12; ++n) {
    const Word& w = s.words[j];
    // A scaled denominator opening the clause: "Por cada 100 matrimonios,
    // por tanto, se inscribieron 87 parejas", "For every 100 marriages, 87
    // partnerships were registered" (its own figure stands before ours).
    if (s.IsFig(j)) {
      const size_t f0 = s.spans[s.words[j].fig].first;
      const CueSet::Phrase* pw = f0 > 0 ? r.per_words.EndingAt(s.words, f0 - 1) : nullptr;
      if (pw != nullptr && f0 >= pw->stems.size()) {
        const size_t p0 = f0 - pw->stems.size();
        const std::string& l = s.words[p0].lower;
        const bool scaled_word = l == "per" || l == "por" || l == "for" || l == "in";
        const bool opens = p0 == 0 || !s.IsWord(p0 - 1) || s.words[p0 - 1].lower == "que" ||
                           s.words[p0 - 1].lower == "that";
        if (scaled_word && opens && s.figs[s.words[j].fig]->kind == Kind::kCount) {
          std::string per = PerAt(s, p0);
          if (!per.empty()) return per;
        }
      }
      break;
    }
    if (!w.word && w.lower != ",") break;
    if (!w.word) continue;
    if (w.lower != "each" && w.lower != "every" && w.lower != "cada") continue;
    // Only an opening phrase: "Each week," at the start of the clause.
    if (j > 0 && !(s.IsPunct(j - 1, ",") || s.IsPunct(j - 1, ";"))) continue;
    if (s.IsWord(j + 1) && r.rate_units.Has(s.words[j + 1])) {
      return UnitWord(s, j + 1);
    }
  }
  // In the subject the figure is linked to: "The average gap, the extra
  // amount a household would need to spend each year to leave it, was
  // £412" (no other figure between).
  if (a > 0 && s.IsWord(a - 1) && r.links.Has(s.words[a - 1])) {
    for (size_t j = a - 1, n = 0; j-- > 0 && n < 20; ++n) {
      const Word& w = s.words[j];
      if (s.IsFig(j) || (!w.word && w.lower != "," && w.lower != "-")) break;
      if (!w.word) continue;
      if (w.lower != "each" && w.lower != "every" && w.lower != "cada") continue;
      if (s.IsWord(j + 1) && r.rate_units.Has(s.words[j + 1])) {
        return UnitWord(s, j + 1);
      }
    }
  }
  // The thing a price noun is of written before it: "an average ticket
  // price of £9.80", "the seat price was £12" (trial79: "£9.80 a seat" was
  // a rate the source lacked). English only: a head-final compound.
  if (!r.head_initial && a > 2 && s.IsWord(a - 1) && (r.links.Has(s.words[a - 1]) || s.IsOf(a - 1)) &&
      s.IsWord(a - 2) && r.price_nouns.Has(s.words[a - 2]) && s.IsWord(a - 3) && r.rate_units.Has(s.words[a - 3]) &&
      !s.words[a - 3].cap) {
    return UnitWord(s, a - 3);
  }
  // A price of one thing linked to the figure: "The average price of a
  // touring pitch night was £31.50", "el precio medio de una noche de
  // parcela fue de 31,50 euros" (rules rate.price_nouns): the thing, when
  // a listed unit heads it, is the denominator (trial60: a rate warning
  // against the article's "costs £31.50 a night").
  if (a > 1 && s.IsWord(a - 1) && (r.links.Has(s.words[a - 1]) || s.IsOf(a - 1))) {
    size_t link = a - 1;
    if (s.IsOf(link) && link > 0 && s.IsWord(link - 1) && r.links.Has(s.words[link - 1])) --link;  // "fue de"
    for (size_t j = link, n = 0; j-- > 0 && n < 10; ++n) {
      if (!s.IsWord(j)) break;
      if (!r.price_nouns.Has(s.words[j])) continue;
      // ("el precio medio de una": an adjective after a head-initial noun.)
      const size_t of = s.IsOf(j + 1) ? j + 1 : r.head_initial && s.IsOf(j + 2) ? j + 2 : 0;
      if (of == 0 || !s.IsWord(of + 1)) continue;
      const std::string& art = s.words[of + 1].lower;
      if (art != "a" && art != "an" && art != "one" && art != "un" && art != "una") break;
      // The unit heads the thing: last before the link in English, first
      // after the article in a head-initial language.
      const size_t head = r.head_initial ? of + 2 : link - 1;
      if (head < link && s.IsWord(head) && r.rate_units.Has(s.words[head])) {
        return UnitWord(s, head);
      }
      break;
    }
  }
  for (size_t j = b, n = 0; j < s.words.size() && n < 10; ++j, ++n) {
    const Word& w = s.words[j];
    if (s.IsFig(j) || !w.word) break;
    // A coordinated clause has its own: "La estancia media fue de 6,8 días y
    // cada visitante gastó 96 euros" (trial60 read days per visitor).
    if (w.lower == "and" || w.lower == "y" || w.lower == "e" || s.IsClauseBreak(j)) break;
    if (w.lower != "each" && w.lower != "every" && w.lower != "cada") continue;
    if (s.IsWord(j + 1) && r.rate_units.Has(s.words[j + 1]) && !s.IsFig(j + 1)) {
      return UnitWord(s, j + 1);
    }
  }
  return {};
}

// "On an average day in October 2026, 1,284 patients were ...", "the daily
// average in October reached 1,284", "247 delayed patients on an average
// day": an average over one span of time (rules rate.average_spans) in the
// figure's clause, before it (dates and commas between) or a few words
// after it. Not of a percent: a share on an average day is still a share,
// and a percent change of a daily average ("rose 7.3 per cent ... to a
// daily average of 1,284") is no daily rate (eval27).
std::string AverageSpan(const Sent& s, size_t k) {
  const FrameRules& r = s.r;
  if (r.rate_average_spans.empty() || s.figs[k]->kind == Kind::kPercent) return {};
  const size_t a = s.spans[k].first, b = s.spans[k].second;
  for (size_t j = a, n = 0; j-- > 0 && n < 14; ++n) {
    if (s.IsFig(j)) {
      if (s.figs[s.words[j].fig]->kind != Kind::kDate) break;
      j = s.spans[s.words[j].fig].first;  // over the date
      continue;
    }
    if (!s.words[j].word && !s.IsPunct(j, ",")) break;
    if (const CueSet::Phrase* p = r.rate_average_spans.At(s.words, j)) return p->value;
  }
  for (size_t j = b, n = 0; j < s.words.size() && n < 6; ++j, ++n) {
    if (s.IsFig(j) || !s.words[j].word) break;
    if (const CueSet::Phrase* p = r.rate_average_spans.At(s.words, j)) return p->value;
  }
  return {};
}

}  // namespace

std::string PerName(const FrameRules& r, const std::string& per) {
  if (r.per_names.empty()) return per;
  std::string out;
  for (size_t from = 0;;) {
    const size_t slash = per.find('/', from);
    const std::string part = per.substr(from, slash == std::string::npos ? std::string::npos : slash - from);
    const auto it = r.per_names.find(part);
    out += it == r.per_names.end() ? part : it->second;
    if (slash == std::string::npos) return out;
    out += '/';
    from = slash + 1;
  }
}

// Whether the word at j qualifies a document noun beside it (rules'
// speaker documents): "su memoria anual", "its monthly bulletin" name how
// often a publication comes out, not a denominator of the figure (eval40:
// "calcula en su memoria anual que las obras costarán 3,8 millones" read
// as 3,8 millones a year).
bool OfDocument(const Sent& s, size_t j) {
  return (j > 0 && s.IsWord(j - 1) && s.r.documents.Has(s.words[j - 1])) ||
         (s.IsWord(j + 1) && s.r.documents.Has(s.words[j + 1]));
}

// A counts-only frequency adjective (rules: standalone counts_only) at word
// j stands before the counted head itself, at most one word between:
// "annual rail journeys", not "its annual review puts journeys".
static bool BeforeHead(const Sent& s, size_t j, const std::string& head) {
  if (head.empty()) return false;
  for (size_t x = j + 1; x <= j + 2; ++x) {
    if (!s.IsWord(x)) return false;
    if (s.words[x].lower.compare(0, head.size(), head) == 0) return true;
  }
  return false;
}
// A counts-only frequency adjective at word j before a change noun, at most
// one word between: "an average annual reduction of around 6%" is a fall of
// 6% a year, as "annual rail journeys" are journeys a year.
static bool BeforeChangeNoun(const Sent& s, size_t j) {
  for (size_t x = j + 1; x <= j + 2; ++x) {
    if (!s.IsWord(x)) return false;
    if (s.r.change_nouns.At(s.words, x) != nullptr) return true;
  }
  return false;
}
// A frequency adjective written where a head-initial language puts a noun,
// right after a determiner or a function word ("consultadas por este
// diario", "según el diario"), is that noun (a newspaper), no denominator.
static bool NounAfterDeterminer(const Sent& s, size_t j) {
  return s.r.head_initial && j > 0 && s.IsWord(j - 1) &&
         (s.r.determiners.Has(s.words[j - 1]) || s.r.stops.Has(s.words[j - 1]));
}
// The same for the adjective written as `word` (lowercase) before the figure.
static bool BeforeHead(const Sent& s, const std::string& word, const std::string& head) {
  for (size_t j = 0; j < s.words.size(); ++j) {
    if (s.words[j].word && s.words[j].lower == word && BeforeHead(s, j, head)) return true;
  }
  return false;
}

size_t SlashUnitLength(const Sent& s, size_t b) {
  if (b == 0 || b + 1 >= s.words.size() || s.words[b].word || s.words[b].lower != "/") return 0;
  const Word& unit = s.words[b + 1];
  // A spaced slash ("2024 / 25") or a name after it is no unit.
  if (!unit.word || s.words[b].start != s.words[b - 1].end || unit.start != s.words[b].end) return 0;
  // Another figure's word is no unit (the figure's own are, once marked).
  auto other = [&](size_t i) { return s.words[i].fig >= 0 && s.words[i].fig != s.words[b - 1].fig; };
  if (other(b + 1) || unit.cap) return 0;
  // "£12/sq ft": the abbreviation's second word belongs to it.
  if (unit.lower == "sq" && s.IsWord(b + 2) && !other(b + 2)) return 3;
  return 2;
}

// The denominator of a slash unit that ends the figure's words at b (see
// SlashUnitLength): "m³", "l", "sq ft" (rules: rate.names give each the name
// "per cubic metre" has, so the two read as one rate).
static std::string SlashPer(const Sent& s, size_t b) {
  for (size_t len = 2; len <= 3; ++len) {
    if (b < len + 1 || SlashUnitLength(s, b - len) != len) continue;
    std::string per = s.words[b - len + 1].lower;
    if (len == 3) per += " " + s.words[b - 1].lower;
    return per;
  }
  return {};
}

void ReadRate(const Sent& s, size_t k, Frame* frame) {
  const Figure& f = *s.figs[k];
  if (f.kind == Kind::kDate || f.kind == Kind::kOrdinal) return;
  const FrameRules& r = s.r;
  const size_t a = s.spans[k].first, b = s.spans[k].second;
  const bool count = f.kind == Kind::kCount;
  // The denominator itself ("per 100,000 people") is no rate.
  if (a > 0 && s.IsWord(a - 1) && r.per_words.Has(s.words[a - 1]) &&
      s.words[a - 1].lower != "a" && s.words[a - 1].lower != "an") {
    // A count after a per word ("per 100,000 residents", "in every 1,000",
    // "1 in every 4 adults", "por cada 1.000 habitantes") in a sentence that
    // states the rate is its denominator, never a claim of its own: marked
    // for the pipeline to drop. After Spanish "por", which also gives a
    // cause or a margin ("ganó por 3 votos"), only a round scale is one.
    const std::string& pw = s.words[a - 1].lower;
    // The rate is a figure a few words before the per word ("9.1 deaths
    // per 100,000"): a date or a span elsewhere in the sentence states no
    // rate ("En las aulas de 0 a 1 año hay un adulto por cada 8 niños": the
    // 8 is the ratio's own figure; trial42 dropped it).
    bool numerator = false;
    for (size_t j = a - 1, n = 0; j-- > 0 && n < 8 && !numerator; ++n) {
      if (!s.IsFig(j)) continue;
      const Figure& g = *s.figs[static_cast<size_t>(s.words[j].fig)];
      numerator = g.kind != Kind::kDate && g.kind != Kind::kDuration && g.kind != Kind::kOrdinal;
      if (!numerator) break;
    }
    bool denominator = f.kind == Kind::kCount && !f.value_max && f.value.num > 0 && numerator &&
                       pw != "al" && pw != "la";
    if (denominator && pw == "por") denominator = f.value.num >= 100 && PowerOfTen(f.value.num);
    if (denominator) s.figs[k]->rule = std::string(kDenominatorRule);
    return;
  }
  // Right after the figure, or after its counted noun phrase: "9.1 deaths
  // per 100,000 residents".
  // A unit that is itself a rate ("km/h", "Mbit/s") has its slash inside.
  std::string per = f.unit.find('/') == std::string::npos ? SlashPer(s, b) : std::string();
  for (size_t i : PerPositions(s, b)) {
    if (!per.empty()) break;
    if (s.IsWord(i)) per = PerAt(s, i);
    if (per.empty()) continue;
    per += SecondPer(s, i, per);
    break;
  }
  bool in_subject = false;  // "Spending per pupil rose 1.9%": a change of a rate
  if (per.empty()) {
    per = PerBefore(s, a);
    in_subject = !per.empty();
  }
  if (per.empty()) per = PerInClause(s, a, b);
  if (per.empty()) per = AverageSpan(s, k);
  if (per.empty()) {
    // Standalone words a few words around: "per capita income of $52,000",
    // "an annualised 3.1%".
    // "Average hourly earnings increased 0.2%": a rate word in the subject,
    // before a change verb, does not make the change a rate. Before a
    // linking verb it does make the level one: "The average weekly award
    // was £112.40" is £112.40 a week.
    size_t reach = 4;
    // A change of a sum whose verb's subject carries the frequency
    // adjective: "monthly mortgage repayments rise by more than £200" is a
    // rise of £200 a month. (A percent change of an hourly quantity is no
    // hourly rate, "hourly earnings increased 0.2%"; nor is a count's change
    // of a series published monthly, "the monthly claimant count fell by
    // 12,000".)
    bool through_verb = false;
    for (size_t j = a; j-- > 0 && j + reach >= a && per.empty();) {
      // Past a link verb the subject may hold an aside between commas: "The
      // average weekly fee for a bed, as reported by providers in the
      // agency's annual survey, was £1,412" (a counts-only "annual" there
      // still needs its counted head after it).
      if (in_subject && !through_verb && s.IsPunct(j, ",")) {
        size_t o = j;  // the aside's opening comma
        while (o-- > 0 && j - o < 16 && !s.IsFig(o) && !s.IsPunct(o, ",")) {
        }
        if (o < j && s.IsPunct(o, ",")) {
          reach += j - o + 1;
          j = o;
          continue;
        }
      }
      if (s.IsFig(j) || !s.words[j].word) break;
      // "an average annual fall of about 5%": a change noun (also a verb)
      // with its frequency adjective before it and "of" after it.
      if (r.change_words.Has(s.words[j]) && frame->measure == Measure::kChange && j > 0 && s.IsWord(j + 1) &&
          (s.words[j + 1].lower == "of" || s.words[j + 1].lower == "de") && r.change_nouns.At(s.words, j) != nullptr) {
        if (const CueSet::Phrase* p = r.rate_standalone.At(s.words, j - 1); p != nullptr && s.IsWord(j - 1)) {
          per = p->value;
          break;
        }
      }
      if (r.change_words.Has(s.words[j])) {
        // A change noun ("a rise of £200", "the monthly rise") is no verb.
        const bool noun = r.change_nouns.At(s.words, j) != nullptr &&
                          ((j > 0 && s.IsWord(j - 1) && (r.determiners.Has(s.words[j - 1]) ||
                                                         r.rate_standalone.At(s.words, j - 1) != nullptr)) ||
                           (s.IsWord(j + 1) && (s.words[j + 1].lower == "of" || s.words[j + 1].lower == "de")));
        if (through_verb || frame->measure != Measure::kChange || f.kind != Kind::kMoney || noun) break;
        through_verb = in_subject = true;
        reach = a - j + 4;
        continue;
      }
      if (r.links.Has(s.words[j])) {
        if (in_subject || frame->measure != Measure::kLevel) break;
        in_subject = true;
        // The subject may run to ten words: "La renta media mensual de una
        // vivienda de alquiler social fue de 287 euros" (trial27: eight were
        // read, and the source's monthly rent had no denominator).
        reach = 10;
        continue;
      }
      if (NounAfterDeterminer(s, j) || OfDocument(s, j)) continue;
      // "El precio medio del forfait diario ... 52 euros": the adjective of
      // a noun in the subject's "de" complement names a kind of that thing
      // (a day pass), not a span the figure is counted per (trial93).
      if (r.head_initial && j >= 2 && s.IsWord(j - 1) && s.IsOf(j - 2) && !r.determiners.Has(s.words[j - 1])) {
        continue;
      }
      if (const CueSet::Phrase* p = r.rate_standalone.At(s.words, j);
          p != nullptr && (p->tag == 0 || (count && BeforeHead(s, j, frame->subject_head)) ||
                           (frame->measure == Measure::kChange && BeforeChangeNoun(s, j)))) {
        per = p->value;
      }
    }
    if (per.empty()) in_subject = false;
    for (size_t j = b; j < s.words.size() && j < b + 4 && per.empty(); ++j) {
      if (s.IsFig(j) || !s.words[j].word) break;
      if (NounAfterDeterminer(s, j) || OfDocument(s, j)) continue;
      if (const CueSet::Phrase* p = r.rate_standalone.At(s.words, j);
          p != nullptr && (p->tag == 0 || (count && BeforeHead(s, j, frame->subject_head)))) {
        per = p->value;
      }
    }
  }
  if (per.empty() && a >= 2 && s.IsWord(a - 1) && r.change_to.Has(s.words[a - 1])) {
    // The level a change verb sets its object to, a frequency adjective
    // opening that object: "to reduce annual rhino poaching losses to below
    // 100 animals" sets losses a year (a counts-only adjective, of a count).
    for (size_t j = a - 1, n = 0; j-- > 0 && n < 5; ++n) {
      if (s.IsFig(j) || !s.words[j].word) break;
      const CueSet::Phrase* p = r.rate_standalone.At(s.words, j);
      if (p == nullptr || p->value.empty() || (p->tag == 1 && !count)) continue;
      if (j > 0 && s.IsWord(j - 1) && r.change_words.Has(s.words[j - 1]) &&
          r.change_nouns.At(s.words, j - 1) == nullptr) {
        per = p->value;
      }
      break;
    }
  }
  if (per.empty()) {
    // A frequency adjective of the counted noun itself ("monthly cases could
    // peak at 300", "las ventas mensuales"): the subject is counted per that
    // span, and the adjective is its denominator, not a narrowing of what
    // is counted (a "monthly" the other side writes as "a month" is no subset).
    for (auto m = frame->modifiers.begin(); m != frame->modifiers.end(); ++m) {
      const CueSet::Phrase* p = r.rate_standalone.Single(*m);
      if (p == nullptr || p->value.empty()) continue;
      const bool paid = f.kind == Kind::kMoney && r.paid_heads.count(frame->subject_head) > 0;
      if (p->tag == 1 && !(count && BeforeHead(s, *m, frame->subject_head)) && !paid) continue;
      per = p->value;
      frame->modifiers.erase(m);
      break;
    }
  }
  if (per.empty() && f.kind == Kind::kMoney && frame->measure == Measure::kLevel && !frame->subject_head.empty()) {
    // "The median salary ... was £26,400": a sum whose noun is paid by a
    // span the writer leaves unsaid (rate.implied), as "£26,400 a year".
    if (auto it = r.implied_per.find(frame->subject_head); it != r.implied_per.end()) per = it->second;
  }
  if (per.empty()) return;
  frame->per = PerName(r, per);
  // A denominator written with the figure makes it a rate (corpus/frames/
  // README.md), whether it rose or not: "adding about £98 a year to a
  // typical bill"; one written in the subject leaves a change a change.
  if (frame->measure == Measure::kLevel || !in_subject) frame->measure = Measure::kRate;
}

std::string HeaderPer(const Sent& header) {
  for (size_t i = 0; i < header.words.size(); ++i) {
    if (!header.IsWord(i) || header.r.per_words.At(header.words, i) == nullptr) continue;
    std::string per = PerAt(header, i);
    if (per.empty()) continue;
    per += SecondPer(header, i, per);
    return PerName(header.r, per);  // the record's name, as ReadRate gives it
  }
  return {};
}

}  // namespace claimcheck::frame
