// Numbers that are not figures: labels ("Section 3", "Table 2", "H.R. 1",
// "Resolution 2334"), model names ("Boeing 737", "Windows 10", "G7",
// "F-35", "Covid-19"), phone numbers, IP addresses and ISBN-like chains,
// street numbers ("10 Downing Street"), clock times ("10:30", "3 p.m."),
// footnote markers glued to words ("profiles.12", "found3") and anything
// inside a URL or e-mail address.
#include <algorithm>
#include <iterator>

#include "extract/recognize/candidate.h"

namespace claimcheck {
namespace recognize {
namespace {

// A phrase ending just before token `end` that starts a word of its own
// ("S." in "S. 2" but not the "S." of "U.S.").
bool PhraseBefore(const ScannedText& s, const PhraseSet& set, size_t end) {
  PhraseMatch m = set.EndingAt(s, end);
  if (!m || m.len > end) return false;
  size_t first = end - m.len;
  if (first == 0 || s.toks[first].space_before) return true;
  // "(Section 3" yes; the "S." of "U.S." or the "No." of "uno." no.
  return s.toks[first - 1].type == TokType::kSymbol && !s.IsSym(first - 1, ".") && !s.IsSym(first - 1, "-");
}

bool IsJoiner(const ScannedText& s, size_t i) {
  return s.IsSym(i, "-") || s.IsSym(i, ".") || s.IsSym(i, "/") || s.IsSym(i, "\xE2\x80\x93");
}

bool IsClosingDigitsQuote(const ScannedText& s, size_t i) {
  return s.toks[i].type == TokType::kSymbol && (s.IsSym(i, ".") || s.IsSym(i, ",") || s.IsSym(i, ")"));
}

bool AgeValue(const NumberSpan& n) {
  return n.scale == 1 && n.value >= 0 && n.value <= 120 && n.value == static_cast<int>(n.value);
}

// A person's age in apposition, not a figure: "Councillor Amy Rowe, 62,
// said", "the driver, 45, was", "María Gómez, de 52 años,", "un joven de 19
// años". After a comma the age follows a capitalised name or a person noun;
// without one, a person noun and a preposition ("joven de"). Written with
// digits, a whole number, closed by a comma or bracket or followed by the
// age unit.
bool ApposedAge(const ScannedText& s, const NotFigureRules& nf, const NumberSpan& n) {
  if (nf.age_persons.empty() || !n.plain_int || n.tb < 2) return false;
  size_t p = n.tb;
  const bool prep = HasWord(s, nf.age_apposition_preps, p - 1);
  if (prep) {
    if (nf.age_unit.empty() || !HasWord(s, nf.age_unit, n.te)) return false;
    --p;
  } else if (!(s.IsSym(n.te, ",") || s.IsSym(n.te, ")"))) {
    return false;
  }
  if (p < 2) return false;
  auto person = [&](size_t i) { return s.IsWord(i) && HasWord(s, nf.age_persons, i); };
  if (s.IsSym(p - 1, ",")) {
    const size_t w = p - 2;
    // A name: a capitalised word inside the sentence, or first in it when
    // the age has its preposition and unit ("María, de 38 años,").
    return person(w) || (s.IsWord(w) && (w > 0 || prep) && s.toks[w].upper_initial);
  }
  return prep && person(p - 1);
}

// Whether numbers a < b are one age range: joined by a dash or age_links
// ("16 to 64", "16- to 24-year-olds"), ascending, and b no share: "41% were
// aged over 65 and 12% were under 25" has no age group "65 and 12" (eval40:
// the 12% was dropped with it).
bool AgeLinked(const ScannedText& s, const NotFigureRules& nf, const std::vector<NumberSpan>& v, size_t a, size_t b) {
  if (!AgeValue(v[b]) || !AgeValue(v[a]) || v[b].tb <= v[a].te || v[b].tb - v[a].te > 3) return false;
  if (v[b].value <= v[a].value || s.IsSym(v[b].te, "%")) return false;
  for (size_t i = v[a].te; i < v[b].tb; ++i) {
    if (!(s.IsSym(i, "-") || s.IsSym(i, "\xE2\x80\x93") || HasWord(s, nf.age_links, i))) return false;
  }
  return true;
}

// "More than one in five registered farriers is now over 55,", "a third of
// nurses are over 50.": a copula's plural subject that is a share (a share
// word, or "one in five") within a few words before it, with no comma
// between. A share of a count names its unit ("41% of orders were over
// £55"), so a bare bound closing the clause there is the share's age,
// whatever the people are called (eval49: "farriers" is in no list).
bool ShareOfPlural(const ScannedText& s, const NotFigureRules& nf, const std::vector<NumberSpan>& v, size_t k,
                   size_t head) {
  // (A language without these lists reads its ages by its age unit: "años".)
  if (nf.age_shares.empty() && nf.age_share_links.empty()) return false;
  const std::string_view w = s.Lower(head);
  if (!s.IsWord(head) || w.size() < 3 || w.back() != 's') return false;
  constexpr size_t kWindow = 8;
  const size_t from = head > kWindow ? head - kWindow : 0;
  for (size_t i = head; i-- > from;) {
    if (s.IsSym(i, ",") || s.IsSym(i, ";")) return false;
    if (HasWord(s, nf.age_shares, i)) return true;
  }
  // "one in five": two numbers joined by a share link, the second before the head.
  for (size_t j = 0; j + 1 < k; ++j) {
    if (v[j + 1].te > head || v[j + 1].te + kWindow < head || v[j + 1].tb != v[j].te + 1) continue;
    if (HasWord(s, nf.age_share_links, v[j].te)) return true;
  }
  return false;
}

// An age of the people counted, not a figure: "aged 16 to 64", "34-year-old",
// "children under five", "the over-65s", "personas de 16 a 64 años". The
// whole range goes: "16- to 24-year-olds" is one age group.
bool IsAge(const ScannedText& s, const NotFigureRules& nf, const std::vector<NumberSpan>& v, size_t k) {
  const NumberSpan& n = v[k];
  const size_t tb = n.tb;
  // "the 150-year-old chain", "a 400-year-old oak": a whole number glued to
  // "year-old" is an age however large, since things outlive people.
  const bool whole = n.scale == 1 && n.value >= 0 && n.value == static_cast<int>(n.value);
  if (whole && s.IsSym(n.te, "-") && s.Glued(n.te) && nf.age_after.At(s, n.te + 1)) return true;
  // Otherwise an age is a whole number of years a person can be.
  if (!AgeValue(n)) return false;
  if (PhraseBefore(s, nf.age_before, tb)) return true;
  if (nf.age_after.At(s, n.te) || (s.IsSym(n.te, "-") && nf.age_after.At(s, n.te + 1))) return true;
  // "a sus 34 años", "tenían más de 70 años": a verb of having an age, with
  // the age unit after the number.
  if (!nf.age_unit.empty() && HasWord(s, nf.age_unit, n.te)) {
    size_t at = tb;
    if (PhraseMatch c = nf.age_comparisons.EndingAt(s, at); c && c.len < at) at -= c.len;
    if (PhraseBefore(s, nf.age_unit_before, at)) return true;
  }
  // The last number of a range joined by age_links: where an age unit or
  // "year-olds" would stand.
  size_t last = k;
  while (last + 1 < v.size() && AgeLinked(s, nf, v, last, last + 1)) ++last;
  if (ApposedAge(s, nf, n)) return true;
  // "children under five", "people aged over 65", "the over-65s".
  PhraseMatch b = nf.age_bounds.EndingAt(s, tb);
  const bool hyphened = !b && tb > 1 && s.IsSym(tb - 1, "-") && s.Glued(tb - 1) && s.Glued(tb);
  if (hyphened) b = nf.age_bounds.EndingAt(s, tb - 1);
  if (!b) return false;
  const size_t first = tb - (hyphened ? 1 : 0) - b.len;
  // "over-65s": the plural of an age group needs no people noun.
  if (hyphened && s.IsWord(n.te) && s.Glued(n.te) && s.Lower(n.te) == "s") return true;
  size_t noun = first;
  // "most members are now over 60.", "one in five holders is over 70,": a
  // verb between the people and the bound, then only when the age closes
  // its clause (a count would go on to say what it counts).
  while (noun > 0 && first - noun < 2 && s.IsWord(noun - 1) && HasWord(s, nf.age_copulas, noun - 1)) --noun;
  // With a copula, a sentence that speaks of ages needs no people noun:
  // "Forty-one per cent of ringers who gave their age are over 65.", "41%
  // were aged over 65 and 12% were under 25." (eval40: the 25 and the 65
  // were read as counts and set against each other).
  bool people = noun > 0 && HasWord(s, nf.age_people, noun - 1);
  for (size_t i = 0; i < noun && !people && noun != first; ++i) people = HasWord(s, nf.age_words, i);
  if (!people && noun != first && noun > 0) people = ShareOfPlural(s, nf, v, k, noun - 1);
  if (!people) return false;
  const size_t after = nf.age_unit.empty() ? v[last].te : v[last].te + 1;
  if (noun != first && !(after >= s.toks.size() || s.IsSym(after, ".") || s.IsSym(after, ",") ||
                         s.IsSym(after, ";"))) {
    return false;
  }
  return nf.age_unit.empty() || HasWord(s, nf.age_unit, v[last].te);
}

}  // namespace

std::vector<std::pair<size_t, size_t>> UrlSpans(std::string_view t, const NotFigureRules& nf) {
  std::vector<std::pair<size_t, size_t>> urls;
  for (const std::string& marker : nf.url_markers) {
    for (size_t p = t.find(marker); p != std::string_view::npos; p = t.find(marker, p + 1)) {
      size_t a = p, b = p;
      while (a > 0 && SpaceLen(t, a - 1) == 0) --a;
      while (b < t.size() && SpaceLen(t, b) == 0) ++b;
      urls.emplace_back(a, b);
    }
  }
  // Sorted and merged: a sentence full of links is then searched, not
  // scanned, for every number (issue 15).
  std::sort(urls.begin(), urls.end());
  std::vector<std::pair<size_t, size_t>> merged;
  for (const auto& u : urls) {
    if (!merged.empty() && u.first < merged.back().second) {
      merged.back().second = std::max(merged.back().second, u.second);
    } else {
      merged.push_back(u);
    }
  }
  return merged;
}

bool OverlapsAny(const std::vector<std::pair<size_t, size_t>>& spans, size_t a, size_t b) {
  // The last span starting before b is the only candidate: ends increase too.
  auto it = std::lower_bound(spans.begin(), spans.end(), b,
                             [](const std::pair<size_t, size_t>& s, size_t x) { return s.first < x; });
  return it != spans.begin() && std::prev(it)->second > a;
}

void MarkNotFigures(const ScannedText& s, const Lexicon& lex, std::vector<NumberSpan>* nums) {
  const NotFigureRules& nf = lex.not_figures;
  const std::string_view t = s.text;
  const std::vector<std::pair<size_t, size_t>> urls = UrlSpans(t, nf);
  std::vector<NumberSpan>& v = *nums;
  for (size_t k = 0; k < v.size(); ++k) {
    NumberSpan& n = v[k];
    if (n.code) {
      n.blocked = true;
      continue;
    }
    n.blocked = n.blocked || OverlapsAny(urls, n.start, n.end);
    const size_t tb = n.tb;
    const bool starts_digits = s.IsDigits(tb);
    if (starts_digits && tb > 0 && s.Glued(tb)) {
      const Token& prev = s.toks[tb - 1];
      // G7, MH17, found3; but a currency code may touch its amount ("USD3.14").
      if (prev.type == TokType::kWord && !lex.money.before.EndingAt(s, tb)) n.blocked = true;
      // F-35, Covid-19; not "5k-20k", where the letter ends the previous number
      const bool after_number = k > 0 && v[k - 1].te + 1 == tb;
      // Nor "18-to-25-year-olds": digits, "-", a word, "-" before it.
      const bool suspended = tb >= 4 && s.IsSym(tb - 3, "-") && s.IsDigits(tb - 4) && s.Glued(tb - 2) &&
                             s.Glued(tb - 3);
      if (tb >= 2 && s.IsSym(tb - 1, "-") && s.IsWord(tb - 2) && s.Glued(tb - 1) && !after_number && !suspended) {
        n.blocked = true;
      }
      // The rest of such a code: "USDL-18-0335", "GAO-19-123" (issue 12 item 9).
      if (after_number && v[k - 1].blocked && s.IsSym(tb - 1, "-") && s.Glued(tb - 1)) n.blocked = true;
      // profiles.12 (a footnote after the full stop)
      if (tb >= 2 && IsClosingDigitsQuote(s, tb - 1) && s.IsWord(tb - 2) && s.Glued(tb - 1)) n.blocked = true;
      // +1 202 ..., +44 20 7946 0958: the dialling code and the digit groups after it.
      if (s.IsSym(tb - 1, "+")) {
        n.blocked = true;
        for (size_t j = k; j + 1 < v.size() && s.IsDigits(v[j + 1].tb); ++j) {
          bool joined = true;
          for (size_t i = v[j].te; i < v[j + 1].tb; ++i) {
            joined = joined && (s.IsSym(i, "-") || s.IsSym(i, "(") || s.IsSym(i, ")") || s.IsSym(i, "."));
          }
          if (!joined || v[j + 1].tb - v[j].te > 2) break;
          v[j + 1].blocked = true;
        }
      }
    }
    // Ages that say who is counted, with the rest of their range (forward
    // from the first number; back from "24-year-olds" to "16-").
    if (!n.blocked && IsAge(s, nf, v, k)) {
      auto linked = [&](size_t a, size_t b) { return AgeLinked(s, nf, v, a, b); };
      n.blocked = true;
      for (size_t j = k; j + 1 < v.size() && linked(j, j + 1); ++j) v[j + 1].blocked = true;
      for (size_t j = k; j > 0 && linked(j - 1, j); --j) v[j - 1].blocked = true;
    }
    // "Dos. BiciLuna registró 7,5 millones ...", "Three: the waiting list":
    // a number in words alone at the start of a line, closed by a full stop
    // or a colon, numbers an item of a list; it counts nothing (trial36:
    // "Dos", "Tres", "Cuatro" in the sheet as unsupported figures).
    if (!n.blocked && !n.digits && (s.IsSym(n.te, ".") || s.IsSym(n.te, ":"))) {
      size_t i = n.start;
      while (i > 0 && (t[i - 1] == ' ' || t[i - 1] == '\t')) --i;
      if (i == 0 || t[i - 1] == '\n') n.blocked = true;
    }
    // "the Office for Zero Emission Transport", "la Oficina de Cero
    // Emisiones": a number in words, capitalised, inside a name (a
    // capitalised word before it, or a joining word after one, and a
    // capitalised word after it) is a word of the name (trial53: "Zero"
    // was a figure the sheet listed as supported).
    if (!n.blocked && !n.digits && n.te == tb + 1 && s.toks[tb].upper_initial && s.IsWord(n.te) &&
        s.toks[n.te].upper_initial && tb >= 2) {
      // (A capital after a full stop or colon opens a sentence or an item.)
      const bool cap_before = s.IsWord(tb - 1) && s.toks[tb - 1].upper_initial && !s.IsSym(tb - 2, ".") &&
                              !s.IsSym(tb - 2, ":");
      static const std::string_view kJoins[] = {"for", "of", "de", "del", "la", "el"};
      const bool joined = s.IsWord(tb - 1) && !s.toks[tb - 1].upper_initial && s.IsWord(tb - 2) &&
                          s.toks[tb - 2].upper_initial &&
                          std::find(std::begin(kJoins), std::end(kJoins), s.Lower(tb - 1)) != std::end(kJoins);
      if (cap_before || joined) n.blocked = true;
    }
    // So is one that ends a name after a capitalised word: "the Department
    // for Energy Security and Net Zero said" (trial56: "Zero" a figure of 0,
    // paired with the source's own "Net Zero").
    if (!n.blocked && !n.digits && n.te == tb + 1 && s.toks[tb].upper_initial && tb >= 2 && s.IsWord(tb - 1) &&
        s.toks[tb - 1].upper_initial && !s.IsSym(tb - 2, ".") && !s.IsSym(tb - 2, ":") &&
        !(s.IsWord(n.te) && s.toks[n.te].upper_initial)) {
      n.blocked = true;
    }
    // "two years ago", "hace dos años": a number of time units that dates
    // something is a time, neither a duration nor a count (the frame stage
    // reads the phrase as a period).
    if (!n.blocked && (nf.ago_after.At(s, n.te) ||
                       (PhraseBefore(s, nf.ago_before, tb) && HasWord(s, nf.ago_units, n.te)))) {
      n.blocked = true;
    }
    // Section 3, Fig. 4, No. 5, Boeing 737, a las 10
    // A clock phrase takes an hour ("a quarter to six", "a las 10"), never a
    // quantity: "rose over the quarter to 3.9 million" is a level reached.
    const bool clock_hour = n.scale == 1 && n.value >= 0 && n.value <= 24 &&
                            n.value * 4 == static_cast<int>(n.value * 4);  // "nueve y media"
    // A number with a percent after it is a quantity even after a label
    // word: "In the North East region 14.8% of households" (not "Region 14").
    // A lowercase one-word label used as a verb, its number the object
    // (trial20: "Wardens issue 1,075 fines a year", "expects to issue 14,250
    // dog licences" were never extracted): after a modal or a pronoun ("will
    // issue 300 fines"), or before a number written with a thousands
    // separator and a word, which no reference number is ("Table 3 shows",
    // "page 1,075 of the report" stay labels).
    const bool lower_label = tb >= 1 && s.IsWord(tb - 1) && !s.toks[tb - 1].upper_initial;
    const bool grouped_object = n.digits && !n.plain_int && n.int_digits >= 4 && n.scale == 1 &&
                                s.IsWord(n.te) && !s.toks[n.te].upper_initial &&
                                !HasWord(s, nf.label_verb_not_object, n.te);
    const bool label_verb =
        lower_label && ((tb >= 2 && HasWord(s, nf.label_verb_before, tb - 2)) || grouped_object);
    // A number with a scale word is a quantity too: no reference is written
    // in millions ("the Airport line 7.3 million", eval29: a gapped list lost
    // every figure after its first).
    const bool labelled = (PhraseBefore(s, nf.labels, tb) ||
                           (tb > 0 && s.IsSym(tb - 1, ".") && PhraseBefore(s, nf.labels, tb - 1))) &&
                          !nf.label_exempt.At(s, n.te) && !label_verb && n.scale == 1;
    if (labelled || PhraseBefore(s, nf.models, tb) || (clock_hour && PhraseBefore(s, nf.clock_before, tb))) {
      n.blocked = true;
      // "Sections 3 and 4", "pages 10-12": the partners go too, joined by
      // a dash, a comma or a label link; any other word between ends the
      // label ("Season 2025 saw 1,284 rescues": the count is no partner).
      size_t j = k;
      auto joined = [&](size_t i) {
        return s.IsSym(i, "-") || s.IsSym(i, "\xE2\x80\x93") || s.IsSym(i, ",") || HasWord(s, nf.label_links, i);
      };
      while (j + 1 < v.size() && v[j + 1].tb <= v[j].te + 1 && v[j + 1].tb > v[j].te - 0 &&
             (v[j + 1].tb == v[j].te || joined(v[j].te)) && v[j + 1].scale == 1) {
        v[++j].blocked = true;
      }
    }
    // 24/7, 9/11, 3/4: slashed pairs are dates, fractions or slogans, not counts.
    if (s.IsSym(n.te, "/") && s.IsDigits(n.te + 1) && s.Glued(n.te) && s.Glued(n.te + 1)) {
      n.blocked = true;
      if (k + 1 < v.size()) v[k + 1].blocked = true;
    }
    // Clock times: 10:30, 3 p.m., 3pm
    if (s.IsSym(n.te, ":") && s.IsDigits(n.te + 1) && s.Glued(n.te) && s.Glued(n.te + 1)) {
      n.blocked = true;
      if (k + 1 < v.size()) v[k + 1].blocked = true;
    }
    if (nf.clock_after.At(s, n.te)) n.blocked = true;
    // 10 Downing Street
    {
      size_t j = n.te, caps = 0;
      while (j < s.toks.size() && caps < 3 && s.IsWord(j) && s.toks[j].upper_initial &&
             !HasTok(s, nf.street_words, j)) {
        ++j;
        ++caps;
      }
      if (caps > 0 && s.IsWord(j) && HasTok(s, nf.street_words, j)) n.blocked = true;
      size_t b = tb, caps_before = 0;
      while (b > 0 && caps_before < 3 && s.IsWord(b - 1) && s.toks[b - 1].upper_initial &&
             !HasTok(s, nf.street_before, b - 1)) {
        --b;
        ++caps_before;
      }
      if (caps_before > 0 && b > 0 && s.IsWord(b - 1) && HasTok(s, nf.street_before, b - 1)) n.blocked = true;
    }
    // "llamadas pertinentes al 016", "el servicio 016", "freephone 0800": a
    // quantity is never written with a leading zero, a number to call is.
    // One token of digits only, standing alone: "05/03/2026", "09:30" and
    // "0,5" are read elsewhere.
    if (!n.blocked && starts_digits && n.te == tb + 1 && s.Raw(tb).size() >= 2 && s.Raw(tb)[0] == '0') {
      auto joiner = [&s](size_t i) {
        return s.IsSym(i, "/") || s.IsSym(i, "-") || s.IsSym(i, ":") || s.IsSym(i, ".") || s.IsSym(i, ",");
      };
      const bool joined_before = tb > 1 && s.Glued(tb) && joiner(tb - 1) && s.Glued(tb - 1) && s.IsDigits(tb - 2);
      const bool joined_after = tb + 2 < s.toks.size() && s.Glued(tb + 1) && joiner(tb + 1) && s.Glued(tb + 2) &&
                                s.IsDigits(tb + 2);
      if (!joined_before && !joined_after) n.blocked = true;
    }
    // "12,400 999 calls", "dial 999 or 101", "llamadas al 112": a phone
    // service named, not a count. Digits as written, so "999,000 calls"
    // stays a figure.
    // Before a service noun the number must open its phrase (after another
    // figure, a determiner or nothing): "Police took 101 calls" counts.
    // A service named after its provider's initials opens its phrase too:
    // "the NHS 111 service" (trial25: read as 111 services).
    auto initials = [&s](size_t i) {
      const std::string_view w = s.Raw(i);
      return s.IsWord(i) && w.size() >= 2 && w.size() <= 6 &&
             std::all_of(w.begin(), w.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
    };
    // After a share's "of" too: "Only 71.2 per cent of 999 calls were
    // answered" (trial28: 999 read as a count of calls).
    PhraseMatch share = tb > 0 ? nf.service_share_links.EndingAt(s, tb) : PhraseMatch{};
    const bool share_of = share && share.len <= tb && k > 0 && v[k - 1].te == tb - share.len;
    const bool opens_phrase = tb == 0 || (k > 0 && v[k - 1].te == tb) || HasWord(s, nf.service_determiners, tb - 1) ||
                              initials(tb - 1) || share_of;
    const bool named_by_article = tb > 0 && HasWord(s, nf.service_articles, tb - 1) && s.Lower(tb) != "0" &&
                                  s.Lower(tb) != "1";
    if (!n.blocked && starts_digits && n.te == tb + 1 && Has(nf.service_numbers, s.Lower(tb)) &&
        ((opens_phrase && HasWord(s, nf.service_after, n.te)) || PhraseBefore(s, nf.service_before, tb) ||
         named_by_article)) {
      n.blocked = true;
      for (size_t j = k; j + 1 < v.size() && v[j + 1].tb == v[j].te + 1 && HasWord(s, nf.service_links, v[j].te) &&
                         v[j + 1].te == v[j + 1].tb + 1 && Has(nf.service_numbers, s.Lower(v[j + 1].tb));
           ++j) {
        v[j + 1].blocked = true;
      }
    }
    // "could not find one", "a single one": the number word stands for a
    // noun. At a clause's end it does too, unless a preposition or a
    // comparison asks for a number ("rose to one.", "down by one,").
    if (!starts_digits && n.te == tb + 1 && HasWord(s, nf.pronoun_numbers, tb)) {
      bool after_det = tb > 0 && s.IsWord(tb - 1) && HasWord(s, nf.pronoun_before, tb - 1);
      bool clause_end = n.te >= s.toks.size() || s.IsSym(n.te, ".") || s.IsSym(n.te, ",") ||
                        s.IsSym(n.te, ";") || s.IsSym(n.te, ":") || s.IsSym(n.te, "!") || s.IsSym(n.te, "?");
      bool numeric = tb > 0 && (!s.IsWord(tb - 1) || HasWord(s, nf.numeric_before, tb - 1));
      // "solo uno de cada seis", "just one in five": the numerator of a
      // ratio is no pronoun.
      const bool ratio = lex.percent.ratio.At(s, n.te) && k + 1 < v.size() &&
                         v[k + 1].tb == n.te + lex.percent.ratio.At(s, n.te).len;
      // "sit in one for an afternoon", "stay in one with a garden": between
      // a preposition and a function word the number word is a noun's
      // stand-in (eval16: "one" became a figure 1 of "thinks librarie").
      const bool between_words = tb > 0 && s.IsWord(tb - 1) && HasWord(s, nf.pronoun_prepositions, tb - 1) &&
                                 n.te < s.toks.size() && s.IsWord(n.te) && HasWord(s, nf.pronoun_next, n.te);
      if ((after_det || between_words || (clause_end && !numeric)) && !ratio) n.blocked = true;
    }
    // "Five things we learned", "Cinco claves del informe": a heading that
    // counts its own items, first in its text.
    {
      bool first = true;
      for (size_t i = 0; i < tb && first; ++i) first = s.toks[i].type == TokType::kSymbol;
      size_t noun = HasWord(s, nf.listicle_nouns, n.te)       ? n.te
                    : HasWord(s, nf.listicle_nouns, n.te + 1) ? n.te + 1
                                                              : 0;
      if (first && noun && (noun + 1 >= s.toks.size() || s.IsSym(noun + 1, ":") ||
                            HasWord(s, nf.listicle_after, noun + 1))) {
        n.blocked = true;
      }
    }
    // Chains of three or more digit groups joined by - . / without spaces
    // (phone numbers, ISBNs, 555-0143-style numbers, dotted codes).
    if (starts_digits && (k == 0 || !(v[k - 1].te + 1 == tb && IsJoiner(s, tb - 1) && s.Glued(tb)))) {
      size_t j = k, groups = 1;
      while (j + 1 < v.size() && v[j + 1].tb == v[j].te + 1 && IsJoiner(s, v[j].te) && s.Glued(v[j].te) &&
             s.Glued(v[j + 1].tb) && s.IsDigits(v[j + 1].tb)) {
        ++j;
        ++groups;
      }
      bool phone_pair = groups == 2 && s.IsSym(v[k].te, "-") && v[k + 1].int_digits == 4 && v[k].int_digits == 3 &&
                        v[k + 1].plain_int && t[v[k + 1].start] == '0';
      bool paren_area = tb > 0 && s.IsSym(tb - 1, "(") && s.IsSym(n.te, ")") && k + 1 < v.size() &&
                        v[k + 1].tb == n.te + 1 && n.int_digits == 3;
      if (groups >= 3 || phone_pair || paren_area) {
        for (size_t x = k; x <= std::max(j, paren_area ? std::min(k + 2, v.size() - 1) : j); ++x) v[x].blocked = true;
      }
    }
  }
}

}  // namespace recognize
}  // namespace claimcheck
