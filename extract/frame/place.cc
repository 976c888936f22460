// The place a sentence ties a figure to: a capitalised name after a place
// cue ("in Latin America", "across the UK"), the nearest one to the figure.
// Dates, weekdays and other names listed under place.not_places are not
// places.
#include "extract/frame/reader.h"

namespace claimcheck::frame {

namespace {

// Tags of the place cues' entries (cues.cc): rules' place.national and
// place.region_nouns; the cues proper have none.
constexpr int kNationalTag = 1;
constexpr int kRegionTag = 2;
constexpr int kLocalTag = 3;

bool RegionNoun(const Sent& s, size_t i) {
  const CueSet::Phrase* p = s.r.place_cues.At(s.words, i);
  return p != nullptr && p->tag == kRegionTag && p->stems.size() == 1;
}

// The capitalised name right before word `i`, a region noun ("the Highmoor
// region", "Eastmoor county"): the index of its first word, or `i` when no
// name stands there. Articles, stop words and never-places end the name.
size_t RegionNameStart(const Sent& s, size_t i) {
  size_t first = i;
  while (first > 0 && s.IsWord(first - 1) && (s.words[first - 1].cap || s.words[first - 1].all_caps) &&
         !s.words[first - 1].possessive && !s.r.not_places.Has(s.words[first - 1]) &&
         !s.r.determiners.Has(s.words[first - 1]) && !s.r.stops.Has(s.words[first - 1]) &&
         !RegionNoun(s, first - 1)) {
    --first;
  }
  return first;
}

// The end (one past) of a capitalised name after a region noun at `i` and
// its "de"/"of" ("distrito de San Roque"), or `i` when none follows. In
// Spanish the name may follow the noun with no "de" ("en el distrito
// Centro"), the noun then after its article: a name after a noun that
// opens the sentence or stands alone is another thing's ("Distrito Norte
// Ingeniería").
size_t RegionNameEnd(const Sent& s, size_t i) {
  size_t last = i + 2;
  const bool apposed = s.r.head_initial && i > 0 && s.IsWord(i - 1) && !s.words[i].cap &&
                       (s.r.determiners.Has(s.words[i - 1]) || s.words[i - 1].lower == "del" ||
                        s.words[i - 1].lower == "al") &&
                       s.IsWord(i + 1) && s.words[i + 1].cap && !s.r.not_places.Has(s.words[i + 1]);
  if (apposed) {
    last = i + 1;
  } else if (!s.IsWord(i + 1) || s.words[i + 1].cap ||
             !s.IsOf(i + 1)) {
    return i;
  }
  const size_t name = last;
  while (s.IsWord(last) && (s.words[last].cap || s.words[last].all_caps) && !s.words[last].possessive &&
         !s.r.not_places.Has(s.words[last])) {
    ++last;
  }
  return last > name ? last : i;
}

// The aside word `i` stands in, set off by commas right after the
// sentence's subject and opened by a relative word (rules:
// subject.aside_opens) or a participle ("La red, formada por nueve comedores
// en la ciudad de Valdeporras, sirvió 412.380 raciones", "The network,
// made up of nine kitchens in Eastport, served"): [open comma, close comma],
// or {0, 0} when word i is in none. Its place describes the subject, so it
// narrows no figure outside the aside (trial26: the network's whole 9.4%
// was read as the city's only, against coverage saying "across the
// network").
std::pair<size_t, size_t> SubjectAside(const Sent& s, size_t i) {
  size_t open = i;
  while (open > 0 && !s.IsPunct(open, ",") && !s.IsClauseBreak(open)) --open;
  if (open == 0 || !s.IsPunct(open, ",") || !s.IsWord(open + 1)) return {0, 0};
  // The subject before it: a few words from the sentence's start, no figure.
  if (open > 6) return {0, 0};
  for (size_t x = 0; x < open; ++x) {
    if (!s.IsWord(x)) return {0, 0};
  }
  const std::string& w = s.words[open + 1].lower;
  auto ends = [&w](std::string_view e) { return w.size() > e.size() + 2 && w.compare(w.size() - e.size(), e.size(), e) == 0; };
  const bool participle = s.r.head_initial ? (ends("ado") || ends("ada") || ends("ados") || ends("adas") ||
                                               ends("ido") || ends("ida") || ends("idos") || ends("idas"))
                                           : (ends("ed") || w == "made" || w == "run" || w == "based");
  if (!participle && !s.r.aside_opens.Has(s.words[open + 1])) return {0, 0};
  size_t close = i;
  while (close < s.words.size() && !s.IsPunct(close, ",") && !s.IsClauseBreak(close)) ++close;
  if (close >= s.words.size() || !s.IsPunct(close, ",")) return {0, 0};
  return {open, close};
}

// Whether the place cue at word `i` follows a verb of publishing (rules:
// period.publication_verbs), a time between at most: "el Barómetro ...
// presentado este martes en Madrid", "published in London". That is where
// the figures were given out, no place they are of (eval36: Spain's 5.62
// million members read as Madrid's). Not a verb of recording: "recorded in
// the South East" is where.
bool SaidWhere(const Sent& s, size_t i) {
  if (s.r.publication_verbs.EndingAt(s.words, i) != nullptr) return true;  // "published in"
  if (i == 0) return false;
  size_t b = i - 1;
  if (const CueSet::Phrase* rel = s.r.relative.EndingAt(s.words, b); rel != nullptr && b + 1 > rel->stems.size()) {
    b -= rel->stems.size();  // "last week"
  } else if (s.IsWord(b) && s.r.not_places.Has(s.words[b])) {
    // A weekday with its determiner: "este martes", "on Tuesday" (rules'
    // place.not_places hold the weekdays).
    for (int steps = 0; steps < 2 && b > 0 && s.IsWord(b) &&
                        (s.r.not_places.Has(s.words[b]) || s.r.determiners.Has(s.words[b]) || s.r.stops.Has(s.words[b]));
         ++steps) {
      --b;
    }
  } else if (s.words[b].fig >= 0 && s.figs[static_cast<size_t>(s.words[b].fig)]->kind == Kind::kDate) {
    while (b > 0 && s.words[b - 1].fig == s.words[b].fig) --b;
    if (b == 0) return false;
    --b;
  }
  if (!s.IsWord(b) || s.InName(b)) return false;
  return s.r.publication_verbs.EndingAt(s.words, b) != nullptr;
}

// Every place the sentence names, with where it is.
std::vector<std::pair<std::string, size_t>> SentencePlaces(const Sent& s) {
  const FrameRules& r = s.r;
  std::vector<std::pair<std::string, size_t>> out;
  for (size_t i = 0; i < s.words.size(); ++i) {
    if (!s.IsWord(i)) continue;
    // "Nationally, 1,694 people", "58,200 premises across the country": the
    // whole country, before a cue that may open it ("across").
    const CueSet::Phrase* cue = r.place_cues.At(s.words, i);
    // Not when the phrase ends in a region noun and a name follows with
    // its "de"/"of": "en la ciudad de Montecalvo" is one city (trial31),
    // read below by its region noun; "toda la red de Valdeporras" stays
    // the whole network.
    const size_t after = cue != nullptr ? i + cue->stems.size() : i;
    const bool named = cue != nullptr && after > i && RegionNoun(s, after - 1) && s.IsOf(after) && !s.words[after].cap &&
                       s.IsWord(after + 1) && s.words[after + 1].cap && !r.not_places.Has(s.words[after + 1]);
    if (cue != nullptr && cue->tag == kNationalTag && named) cue = nullptr;
    // "Volunteers who combed beaches in the region found 512 items": an area
    // the text leaves unnamed is a place of its own, one the figure is
    // nearest to, so it takes no other's ("the national average of 386"
    // later in the sentence; eval29: a local count read as the nation's).
    // Its name is unknown: the place stays empty. Not "in the region of
    // 5,000", an approximation, nor one a name follows ("en la zona de").
    if (cue != nullptr && cue->tag == kLocalTag) {
      if (!s.IsOf(after)) {
        out.emplace_back(std::string(), i);
        i += cue->stems.size() - 1;
      }
      continue;
    }
    if (cue != nullptr && cue->tag == kNationalTag) {
      out.emplace_back(std::string(kPlaceNationwide), i);
      i += cue->stems.size() - 1;
      continue;
    }
    // "The Highmoor region has ... 58,200 premises": a name with its region
    // noun, with or without a cue before it. The noun is kept, lower case,
    // as the place's last word: the checker reads such a place as a part of
    // a country (a place read after a cue ends in a capitalised word).
    // A plural noun names several ("most of them in the Tallow Creek and
    // Mirren Valley areas"): a figure of them all is no one region's.
    if (cue != nullptr && cue->tag == kRegionTag && !s.words[i].all_caps &&
        NounBase(s.lang(), s.words[i].lower) == s.words[i].lower) {
      const size_t first = RegionNameStart(s, i);
      if (first < i) {
        out.emplace_back(s.Slice(first, i) + " " + s.words[i].lower, first);
        continue;
      }
      // "El distrito de San Roque concentró 612 robos": the noun before its
      // name, as Spanish writes it. The place opens with the noun, lower
      // case, which the checker reads as a part of a country too.
      if (const size_t last = RegionNameEnd(s, i); last > i) {
        out.emplace_back(s.words[i].lower + " " + s.Slice(i + 1, last), i);
        i = last - 1;
        continue;
      }
      // "Andalucía es la comunidad con más viviendas": a name made the
      // region noun by a copula and an article is that region, as a ranking
      // of regions writes its first member.
      if (i >= 3 && s.IsWord(i - 1) && s.r.determiners.Has(s.words[i - 1]) && !s.words[i - 1].cap) {
        const CueSet::Phrase* cop = nullptr;
        size_t at = 0;
        for (size_t c = i - 1; c-- > 0 && c + 4 > i;) {
          const CueSet::Phrase* p = s.r.place_copulas.At(s.words, c);
          if (p != nullptr && c + p->stems.size() == i - 1) cop = p, at = c;
        }
        const size_t first = cop != nullptr ? RegionNameStart(s, at) : at;
        if (cop != nullptr && first < at) {
          // Written as the language names a region ("comunidad Andalucía",
          // "Highmoor region"), its noun lower case as the checker reads one.
          out.emplace_back(s.r.head_initial ? s.words[i].lower + " " + s.Slice(first, at)
                                            : s.Slice(first, at) + " " + s.words[i].lower,
                           first);
          continue;
        }
      }
    }
    if (cue == nullptr || cue->tag != 0) continue;
    if (SaidWhere(s, i)) continue;
    size_t j = i + cue->stems.size();
    if (s.IsWord(j) && s.r.determiners.Has(s.words[j]) && !s.words[j].cap) ++j;
    size_t first = j, last = j;
    // Capitalised words, with "of"/"and"/"de" inside: "Democratic Republic of Congo".
    while (s.IsWord(last) && (s.words[last].cap || s.words[last].all_caps)) {
      if (r.not_places.Has(s.words[last])) break;
      ++last;
      // "England and Wales", "Inglaterra y Gales": one place named in two.
      if (s.IsWord(last) && !s.words[last].cap &&
          (s.words[last].lower == "of" || s.words[last].lower == "de" ||
           s.words[last].lower == "del" || s.words[last].lower == "and" ||
           s.words[last].lower == "y") &&
          s.IsWord(last + 1) && s.words[last + 1].cap && !r.not_places.Has(s.words[last + 1])) {
        ++last;
      }
    }
    if (last == first) continue;
    // "in the Highmoor region": the name is read with its noun below.
    if (s.IsWord(last) && RegionNoun(s, last) && !s.words[last].cap) {
      i = last - 1;
      continue;
    }
    // Not a name followed by a possessive noun phrase that is an
    // organisation's ("in Facebook's report"), nor the start of a speaker.
    if (s.words[last - 1].possessive) continue;
    out.emplace_back(s.Slice(first, last), first);
    i = last - 1;
  }
  return out;
}

}  // namespace

void ReadPlace(const Sent& s, size_t k, Frame* frame) {
  if (!s.places_ready) {
    s.places_ready = true;
    s.places = SentencePlaces(s);
  }
  // Each place belongs to the figure nearest it: in "highest in London,
  // where the fee was £9.04, and lowest in the North East at £5.97" the
  // North East is £5.97's, so £9.04 takes London though the North East
  // lies nearer it. A figure no place is nearest to takes the nearest of
  // all ("In Wales, 45% of X and 30% of Y": 30% is Wales's too).
  auto dist = [](size_t x, size_t y) { return x > y ? x - y : y - x; };
  auto owner = [&](size_t at) {
    size_t who = k, who_d = dist(at, s.spans[k].first);
    for (size_t j = 0; j < s.spans.size(); ++j) {
      const size_t d = dist(at, s.spans[j].first);
      if (d < who_d) who = j, who_d = d;
    }
    return who;
  };
  const size_t a = s.spans[k].first;
  // A figure in parentheses right after a name ("Cataluña (29.700) y la
  // Comunidad de Madrid (24.100)") is that name's: no place after it is.
  const bool bracketed = a > 1 && !s.words[a - 1].word && s.words[a - 1].lower == "(" && s.InName(a - 2);
  // A figure after a listing's "con"/"with" ("la Comunidad de Lindares
  // concentró el mayor número, con 2.470, seguida de la Comunidad de
  // Berrocal, con 1.815") follows its place, below.
  const bool follows = bracketed || (a > 0 && s.IsWord(a - 1) && s.r.figure_after.Has(s.words[a - 1]));
  const std::pair<std::string, size_t>* best = nullptr;
  const std::pair<std::string, size_t>* best_own = nullptr;
  size_t best_d = 0, best_own_d = 0;
  for (const auto& p : s.places) {
    if (bracketed && p.second > a) continue;
    if (const auto aside = SubjectAside(s, p.second); aside.second > 0 && (a < aside.first || a > aside.second)) {
      continue;
    }
    size_t d = dist(p.second, a);
    if (best == nullptr || d < best_d) best = &p, best_d = d;
    if (owner(p.second) == k && (best_own == nullptr || d < best_own_d)) best_own = &p, best_own_d = d;
  }
  size_t prev_end = 0;
  for (size_t j = 0; j < s.spans.size(); ++j) {
    if (s.spans[j].second <= a && s.spans[j].second > prev_end) prev_end = s.spans[j].second;
  }
  // A figure that follows its place takes the nearest place since the figure
  // before, though one after it lies nearer (Berrocal is 1.815's, not
  // 2.470's); with none there, as any other ("con 300 empleados en Madrid").
  if (follows) {
    const std::pair<std::string, size_t>* before = nullptr;
    for (const auto& p : s.places) {
      if (p.second < a && p.second >= prev_end && (before == nullptr || p.second > before->second)) before = &p;
    }
    if (before != nullptr) best_own = before;
    // "Por comunidades autónomas, Cataluña registró el mayor número de
    // procesos, con 58.410, seguida de Andalucía y la Comunidad de Madrid":
    // with no place read before it, the name that opens the figure's clause
    // as its subject (after the sentence's start or a comma, a lower-case
    // verb after it) is the place it follows; the later members of the
    // listing are the later figures' (trial34: 58.410 was given to Madrid).
    if (before == nullptr) {
      for (size_t i = prev_end; i + 1 < a; ++i) {
        if (!(i == 0 || s.IsPunct(i - 1, ",")) || !s.InName(i) || s.words[i].all_caps ||
            s.r.not_places.Has(s.words[i]) || s.r.determiners.Has(s.words[i])) {
          continue;
        }
        size_t e = i;
        while (s.IsWord(e) && s.words[e].cap && !s.words[e].possessive && !s.r.not_places.Has(s.words[e])) ++e;
        if (e < a && s.IsWord(e) && !s.words[e].cap && !s.r.stops.Has(s.words[e]) &&
            !s.r.determiners.Has(s.words[e]) && !s.IsOf(e)) {
          frame->place = s.Slice(i, e);
          return;
        }
        break;
      }
    }
  }
  // A name (no rules' not_place) among words [from, to): another member of
  // a listing stands between the figure and the place.
  auto name_between = [&s](size_t from, size_t to) {
    for (size_t i = from; i < to; ++i) {
      if (s.IsWord(i) && s.InName(i) && !s.r.not_places.Has(s.words[i])) return true;
    }
    return false;
  };
  if (best_own != nullptr) {
    best = best_own;
  } else if (best != nullptr && best->second < a) {
    // A place the figure only inherits from one before it ("In Wales, 45%
    // of X and 30% of Y") is not inherited past a name between the figure
    // before and this one: "The Western Fells area ..., with 512 call-outs,
    // followed by the Eastern Moors with 388" (388 is the Eastern Moors').
    if (name_between(std::max(prev_end, best->second + 1), a)) best = nullptr;
  } else if (best != nullptr && best->second > a) {
    // Nor one after it past a name between the figure and the next one: in
    // "lidera la lista 38.200 viviendas, seguida de Cataluña (29.700) y la
    // Comunidad de Madrid (24.100)" the listing's later members are the
    // later figures', and Madrid is not 38.200's place.
    size_t to = best->second;
    for (size_t j = 0; j < s.spans.size(); ++j) {
      if (s.spans[j].first > a && s.spans[j].first < to) to = s.spans[j].first;
    }
    if (name_between(s.spans[k].second, to)) best = nullptr;
  }
  frame->place = best != nullptr ? best->first : std::string();
}

}  // namespace claimcheck::frame
