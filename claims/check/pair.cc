#include "claims/check/pair.h"

#include <algorithm>
#include <cmath>
#include <set>

#include "claimcheck/util.h"
#include "claims/check/describe.h"
#include "claims/check/place_names.h"
#include "claims/check/utf8.h"
#include "extract/frame/words.h"

namespace claimcheck::check {
namespace {

bool Contains(const Bag& bag, int id) {
  return id >= 0 && std::binary_search(bag.ids.begin(), bag.ids.end(), id);
}

double Dot(const Bag& a, const Bag& b) {
  double dot = 0;
  size_t i = 0, j = 0;
  while (i < a.ids.size() && j < b.ids.size()) {
    if (a.ids[i] < b.ids[j]) {
      ++i;
    } else if (b.ids[j] < a.ids[i]) {
      ++j;
    } else {
      dot += static_cast<double>(a.weights[i]) * b.weights[j];
      ++i, ++j;
    }
  }
  return dot;
}

double Cosine(const Bag& a, const Bag& b) {
  if (a.norm <= 0 || b.norm <= 0) return 0;
  return std::min(1.0, Dot(a, b) / (a.norm * b.norm));
}

bool SameNumber(double x, double y) { return std::fabs(x - y) <= 1e-9 * std::max(std::fabs(x), std::fabs(y)); }

// The figure is followed by "of" or "de" and a noun: a part said of
// something ("Over 1,300 of the volunteers", "640 de los empleados").
bool PartOfFollows(const Figure& f) {
  if (f.end < f.sentence_start || f.end - f.sentence_start > f.sentence.size()) return false;
  const std::vector<std::string_view> w = Words(std::string_view(f.sentence).substr(f.end - f.sentence_start));
  if (w.size() < 2) return false;
  const std::string first = AsciiLower(w[0]);
  return first == "of" || first == "de" || first == "del";
}

// Some content word of `phrase` (four letters or more, no stop word) is in
// `sentence` in some form: the same first five letters, or the whole word
// where it is shorter ("trabajaban" and "trabajan", "completo" and
// "completa"): a word's endings change with tense, number and gender.
bool SharesWordStem(const Synonyms& syn, std::string_view phrase, std::string_view sentence) {
  constexpr size_t kStem = 5, kMinWord = 4;
  std::set<std::string> stems;
  for (std::string_view w : Words(sentence)) {
    const std::string l = AsciiLower(w);
    if (l.size() >= kMinWord && !syn.stopwords.count(l)) stems.insert(l.substr(0, kStem));
  }
  for (std::string_view w : Words(phrase)) {
    const std::string l = AsciiLower(w);
    if (l.size() >= kMinWord && !syn.stopwords.count(l) && stems.count(l.substr(0, kStem))) return true;
  }
  return false;
}

// The figure is stated as what something is of: "of" or "de" right before
// it, an owner's or an article's word between ("two in five of its 14,350
// employees", "Of the 412 people working there", "el 40 % de sus 1.020
// empleados").
bool OfAnother(const Figure& f) {
  if (f.start < f.sentence_start || f.start - f.sentence_start > f.sentence.size()) return false;
  const std::string before = AsciiLower(std::string_view(f.sentence).substr(0, f.start - f.sentence_start));
  std::vector<std::string_view> w = Words(before);
  if (w.empty()) return false;
  size_t k = w.size() - 1;
  static const std::set<std::string_view> owners = {"its", "their", "the", "our", "sus", "su", "los", "las", "el", "la"};
  if (owners.count(w[k]) && k > 0) --k;
  return w[k] == "of" || w[k] == "de" || w[k] == "del";
}

// Other numbers both sentences state (each sentence's own figure left out).
int SharedFigures(const Statement& a, const Statement& b) {
  if (!a.sentence_values || !b.sentence_values) return 0;
  int n = 0;
  for (double x : *a.sentence_values) {
    if (SameNumber(x, a.f->value.num) || SameNumber(x, b.f->value.num)) continue;
    for (double y : *b.sentence_values) {
      if (SameNumber(x, y)) {
        ++n;
        break;
      }
    }
  }
  return n;
}

bool SameAnchor(const Statement& a, const Statement& b) {
  return std::fabs(a.f->value.num - b.f->value.num) <=
         std::min(a.half, b.half) + 1e-9 * std::fabs(b.f->value.num);
}

bool IsBound(Bound x) { return x == Bound::kFloor || x == Bound::kCeiling; }

// The fewest digits of the shorter count for a dropped or added digit to
// read as a slip of a count this long or longer (PairFeatures).
constexpr int kMinInsertionDigits = 3;

// A figure whose last written digit stands for this much or more was
// rounded by its writer ("14,8 millones", "£86.4m"), not counted.
constexpr double kRoundedUnit = 1000;

bool SentenceNamesClass(const Statement& people, const Statement& other);

// A place the frame read with its region noun ("Highmoor region",
// "distrito de San Roque"): the one kind of place with a lower-case word at
// an end (a name read after a cue starts and ends with a capitalised one).
bool RegionPlace(const Synonyms& syn, const std::string& place) {
  // "South East", "far North": compass points name a part of the country
  // (eval22: "74 per cent of ash trees nationally" for the South East's).
  bool compass = !place.empty();
  for (size_t p = 0; compass && p < place.size();) {
    size_t e = place.find(' ', p);
    if (e == std::string::npos) e = place.size();
    compass = syn.compass_areas.count(AsciiLower(place.substr(p, e - p))) > 0;
    p = e + 1;
  }
  if (compass) return true;
  const size_t sp = place.rfind(' ');
  if (sp == std::string::npos || sp + 1 >= place.size()) return false;
  const char c = place[sp + 1];
  return (c >= 'a' && c <= 'z') || (place[0] >= 'a' && place[0] <= 'z');
}

}  // namespace

bool TwoStatements(const Comparison& c, bool slip, bool distinct_slip) {
  return c.complement || c.bound_holds || c.restated_apart || (c.subject < 0 && !c.same_number && !slip) ||
         (c.diff == Diff::kDirection && c.modality_differs && !c.same_number) ||
         (c.diff == Diff::kModality && c.when_differs && !c.same_number) || (c.diff == Diff::kRate && c.rate_apart) ||
         (c.diff == Diff::kQualifier && c.qualifier_apart) ||
         ((c.subset < 0 || c.narrowed_apart) && !c.value_agrees && !distinct_slip) ||
         // Points for percent is read on the very number ("rose 6 percent"
         // for "six percentage points"): a range that only holds it ("by
         // between 5% and 8%", venues' own answers) is another statement
         // (trial62).
         (c.diff == Diff::kPoints && !c.same_number);
}

bool SameClass(const Statement& a, const Statement& b) {
  return a.unit_class == b.unit_class || (a.elided_money && b.f->kind == Kind::kMoney) ||
         (b.elided_money && a.f->kind == Kind::kMoney);
}

bool Forecastish(Modality m) { return m == Modality::kForecast || m == Modality::kTarget; }

bool ValuesAgree(const Statement& a, const Statement& b) {
  // Two maxima ("grants of up to £2,500", "up to £5,000 for each business")
  // each state the cap itself: the caps must agree, not merely the ranges
  // under them overlap (eval23: "up to £5,000" passed for "up to £2,500").
  // So do two minima ("a grant of at least £250" for "at least £200":
  // trial45 passed it, the ranges above both overlapping).
  if ((a.f->qualifier == Qualifier::kAtMost && b.f->qualifier == Qualifier::kAtMost) ||
      (a.f->qualifier == Qualifier::kAtLeast && b.f->qualifier == Qualifier::kAtLeast)) {
    const Interval x{a.f->value.num - a.half, a.f->value.num + a.half, false, false};
    const Interval y{b.f->value.num - b.half, b.f->value.num + b.half, false, false};
    return Overlaps(x, y) || SameAnchor(a, b);
  }
  // A floor and a ceiling ("más de 1.034 mujeres", "menos de 5.000
  // habitantes") share every value between them and say nothing alike
  // (trial39: read as a support): only near numbers agree. "Nearly" is no
  // such ceiling: it hedges a number reached.
  auto floor = [](Qualifier q) { return q == Qualifier::kMoreThan || q == Qualifier::kAtLeast; };
  auto ceiling = [](Qualifier q) { return q == Qualifier::kLessThan || q == Qualifier::kAtMost; };
  const Qualifier qa = a.f->qualifier, qb = b.f->qualifier;
  if ((floor(qa) && ceiling(qb)) || (ceiling(qa) && floor(qb))) {
    const double u = std::fabs(a.f->value.num), v = std::fabs(b.f->value.num);
    return SameAnchor(a, b) || std::fabs(u - v) <= 0.1 * std::max(u, v);
  }
  // A hedge on a number as precise as the other side's, whose digits are
  // the other's transposed, is a slip the hedge's width hides: "around
  // 365,000 visitors" for "an estimated 356,000" (trial76). A writer who
  // rounds writes a rounder number.
  constexpr int kMinSlipDigits = 3;
  const double u = std::fabs(a.f->value.num), v = std::fabs(b.f->value.num);
  if ((qa == Qualifier::kApprox || qa == Qualifier::kNearly || qb == Qualifier::kApprox || qb == Qualifier::kNearly) &&
      u != v && SignificantDigits(u) >= kMinSlipDigits && SignificantDigits(u) == SignificantDigits(v) &&
      DigitTransposition(a.digits, b.digits)) {
    return false;
  }
  return Overlaps(a.interval, b.interval) || SameAnchor(a, b);
}

Features WithoutValue(Features f) {
  f[kValueAgree] = f[kValueSlip] = f[kValueClose] = f[kSlipDistinct] = f[kValueNear] = 0;
  return f;
}

Features PairFeatures(const Statement& a, const Statement& b) {
  Features x{};
  if (!a.subject.empty() && !b.subject.empty()) x[kSubject] = a.subject == b.subject ? 1 : -1;
  if ((a.bag && Contains(*a.bag, b.subject_word)) || (b.bag && Contains(*b.bag, a.subject_word))) {
    x[kSubjectNamed] = 1;
  }
  // A class of people named by what it did in the other's sentence
  // ("22,310 runners finished" for "22,310 finishers"): the sentence names
  // the subject by its verb, as surely as by its noun (trial18).
  if (x[kSubjectNamed] == 0 && a.people_class && b.people_class &&
      (SentenceNamesClass(b, a) || SentenceNamesClass(a, b))) {
    x[kSubjectNamed] = 1;
  }
  x[kContext] = a.bag && b.bag ? Cosine(*a.bag, *b.bag) : 0;
  x[kSharedFigures] = std::min(2, SharedFigures(a, b)) / 2.0;
  x[kSameUnit] = SameClass(a, b) ? 1 : 0;
  x[kValueAgree] = ValuesAgree(a, b) ? 1 : 0;
  if (x[kValueAgree] > 0) x[kValueNear] = ValueNear(a.f->value.num, b.f->value.num);
  if (x[kValueAgree] == 0) {
    double u = std::fabs(a.f->value.num), v = std::fabs(b.f->value.num);
    // Digit strings are written once per figure (Statement::digits): this
    // runs for every candidate pair.
    // A swapped or changed digit is a slip of digits as written: number
    // words and ratios ("fewer than four in ten" against "more than seven
    // in ten", "quince por ciento" against 19 %, "2 in 10" against "3 in
    // 10", a writer's rounding either way) have none to slip. A
    // magnitude slip may be said in words ("eighteen million" for 18
    // billion).
    // Digits slip as written: "2 years" and "3 months" share no digits of
    // one unit (Statement::unit_scale).
    // A rate over a written scale ("1,4 lanzamientos por cada 10.000
    // hogares") against a figure with no denominator ("más de 14.000
    // lanzamientos"): the scale's own power of ten sits between them, so a
    // power-of-ten "slip" is the two measures, not a digit miscopied (eval20).
    const bool one_scaled = a.f->frame.per.empty() != b.f->frame.per.empty() &&
                            (ScaledRate(a.f->frame, a.f->kind) || ScaledRate(b.f->frame, b.f->kind));
    const bool positive = u > 0 && v > 0 && a.unit_scale == b.unit_scale && !one_scaled;
    const bool digits = a.digits_written && b.digits_written && !a.share_words && !b.share_words;
    // A round number of one significant digit that either side bounds or
    // approximates ("nearly four hundred thousand students" against "up to
    // 40,000 students") is a power of ten from too many others to be its
    // slip, as RoundedPowerOfTenSlip says of rounding (eval13).
    auto loose = [&]() {
      return (a.f->qualifier != Qualifier::kExact || b.f->qualifier != Qualifier::kExact) &&
             SignificantDigits(u) <= 1 && SignificantDigits(v) <= 1;
    };
    // A count of one or two digits against one of three or more with a
    // digit more ("38" deaths for "389") shares too few digits to tell a
    // slip from another count that happens to hold them: thirty three-digit
    // numbers hold "38" so (eval13). Shares ("19 per cent" for "9%") and
    // longer counts keep the slip.
    // Nor is a hedged round number of one significant digit ("unos 3.000
    // estudiantes admitidos", a lawyer's guess) the slip of "31.000
    // estudiantes internacionales": its one digit is the writer's rounding,
    // and a digit more makes any number of others (eval36).
    auto round_hedged = [](const Statement& s, double w) {
      return s.f->qualifier != Qualifier::kExact && SignificantDigits(w) <= 1;
    };
    // Nor is a count of one significant digit ("la cota 2.000", an
    // altitude) the slip of a hedged one a digit longer ("más de 26.000"
    // skiers more than last winter): every round number that holds its one
    // digit is one, and a hedge rounds, it copies no digits (trial93).
    // Shares keep it ("19 per cent" for "9%").
    auto hedged_longer = [&]() {
      const Statement& longer = SignificantDigits(u) > SignificantDigits(v) ? a : b;
      return a.f->kind == Kind::kCount && b.f->kind == Kind::kCount &&
             std::min(SignificantDigits(u), SignificantDigits(v)) < 2 && longer.f->qualifier != Qualifier::kExact;
    };
    const bool insertion =
        DigitInsertion(a.digits, b.digits) && !hedged_longer() &&
        !(a.f->kind == Kind::kCount && b.f->kind == Kind::kCount &&
          std::min(SignificantDigits(u), SignificantDigits(v)) < kMinInsertionDigits &&
          std::max(SignificantDigits(u), SignificantDigits(v)) >= kMinInsertionDigits) &&
        !round_hedged(a, u) && !round_hedged(b, v);
    // A number in words slips only by its scale word ("eighteen million"
    // for 18 billion, "thousand" for million): a decimal mark or a tens or
    // hundreds place cannot move in words ("once alumnos" is no slip of
    // "1.150 alumnos", two powers apart: eval27).
    const double powers = std::round(std::log10(std::max(u, v) / std::max(std::min(u, v), 1e-300)));
    const bool scale_apart = (a.digits_written && b.digits_written) || powers == 3 || powers == 6;
    // (A single digit below ten differs from any other by a
    // "substitution": "casi un 5 por ciento" is no slip of another fair's
    // "3 por ciento", trial61's wrong correction; 300 for 500, 1.95 for
    // 1.85 still are.)
    const bool substitution = DigitSubstitution(a.digits, b.digits) &&
                              !(SignificantDigits(u) <= 1 && SignificantDigits(v) <= 1 && std::max(u, v) < 10);
    x[kValueSlip] = positive && ((digits && (DigitTransposition(a.digits, b.digits) || substitution || insertion)) ||
                                 (scale_apart && PowerOfTenSlip(u, v, a.digits, b.digits) && !loose()) ||
                                 // (A count's rounded slip only of a thing both
                                 // sides name: "its café seats 120", no noun read,
                                 // is no slip of "1,184 garden centres": trial76.)
                                 (scale_apart && (a.f->kind != Kind::kCount || (!a.subject.empty() && !b.subject.empty())) &&
                                  RoundedPowerOfTenSlip(u, v, a.half, b.half, a.digits, b.digits)))
                        ? 1
                        : 0;
    x[kValueClose] = u > 0 && v > 0 && std::max(u, v) <= 1.1 * std::min(u, v) ? 1 : 0;
    // Two digits swapped in a two-digit number is distinctive only where the
    // two sentences share something, a word or what they count: "ahora somos
    // 85", a drum company's members in an interview, is no slip of the 58
    // people the first-aid posts treated (eval44: no word in common), where
    // "41 were taken to hospital" is of the medical report's 14 (trial30).
    // Shares alike: analysts' "about 1.5%" like-for-like forecast is no slip
    // of the report's 5.1% food sales growth (trial97).
    const bool named_swap = WholeSwap(u, v, a.digits, b.digits) && (x[kContext] > 0 || x[kSubject] > 0);
    x[kSlipDistinct] = x[kValueSlip] > 0 && (DistinctiveSlip(u, v, a.digits, b.digits) || named_swap) ? 1 : 0;
  }
  // kContextMargin needs every candidate: the checker sets it.
  return x;
}

double ContextBesideBase(const Statement& a, const Statement& b) {
  if (!a.bag || !b.bag) return 0;
  // A side's norm without its base words the other sentence lacks.
  auto norm_beside = [](const Statement& s, const Bag& other) {
    double n2 = s.bag->norm * s.bag->norm;
    for (int id : s.base_word_ids) {
      if (Contains(other, id)) continue;
      auto it = std::lower_bound(s.bag->ids.begin(), s.bag->ids.end(), id);
      if (it == s.bag->ids.end() || *it != id) continue;
      const double w = s.bag->weights[static_cast<size_t>(it - s.bag->ids.begin())];
      n2 -= w * w;
    }
    return std::sqrt(std::max(0.0, n2));
  };
  const double na = norm_beside(a, *b.bag), nb = norm_beside(b, *a.bag);
  if (na <= 0 || nb <= 0) return 0;
  return std::min(1.0, Dot(*a.bag, *b.bag) / (na * nb));
}

const char* DiffType(Diff d) {
  switch (d) {
    case Diff::kNone: return "supported";
    case Diff::kValue: return "value_conflict";
    case Diff::kQualifier: return "qualifier_conflict";
    case Diff::kSuperseded: return "superseded";
    case Diff::kSubjectListed:
    case Diff::kSubject:
    case Diff::kUnit: return "subject_conflict";
    case Diff::kPoints:
    case Diff::kCurrency:
    case Diff::kMeasure: return "measure_conflict";
    case Diff::kDirection: return "direction_conflict";
    case Diff::kRate: return "rate_conflict";
    case Diff::kModality: return "modality_conflict";
    case Diff::kScope: return "scope_conflict";
    case Diff::kSubset: return "subset_conflict";
    case Diff::kPeriod: return "period_conflict";
    case Diff::kTime: return "time_conflict";
  }
  return "?";
}

const char* DiffBasis(Diff d) {
  switch (d) {
    case Diff::kSubjectListed: return "subject_listed";
    case Diff::kSubject: return "subject";
    case Diff::kUnit:
    case Diff::kCurrency: return "unit";
    case Diff::kPoints: return "points";
    case Diff::kMeasure: return "level_change";
    default: break;
  }
  std::string_view t = DiffType(d);
  static const char* kBases[] = {"supported", "value", "qualifier", "superseded", "direction", "rate",
                                 "modality", "scope", "subset", "period", "time"};
  for (const char* b : kBases) {
    if (t.substr(0, t.find('_')) == b) return b;
  }
  return "supported";
}

namespace {

// Two count classes (kCounts*) that are two units of count: people (or
// events that count people one to one) against anything else, or acts
// against things or agents.
bool UnitsOfCountDiffer(int a, int b) {
  auto people = [](int u) { return u == kCountsPeople || u == kCountsPeopleEvents; };
  auto other = [](int u) { return u == kCountsOther || u == kCountsActs || u == kCountsThings; };
  return (people(a) && other(b)) || (other(a) && people(b)) || (a == kCountsActs && b == kCountsThings) ||
         (a == kCountsThings && b == kCountsActs) || (a == kCountsAgents && b == kCountsActs) ||
         (a == kCountsActs && b == kCountsAgents);
}

}  // namespace

bool TimeOrScale(const std::string& per) {
  static const std::set<std::string, std::less<>> kTime = {
      "second", "minute", "hour", "day", "week", "fortnight", "month", "quarter", "year", "decade",
      "segundo", "minuto", "hora", "d\xC3\xAD" "a", "semana", "quincena", "mes", "trimestre", "a\xC3\xB1o",
      "d\xC3\xA9" "cada",
      // A working span: "11 miles per shift" against "a week" differs (eval17).
      "shift", "night", "turno", "noche", "jornada",
      // "26 rescues a day" for "about 26 rescues per weekend" (eval42).
      "weekend", "fin de semana", "season", "temporada"};
  return (!per.empty() && per[0] >= '0' && per[0] <= '9') || kTime.count(per) > 0;
}

namespace {

// A denominator that is a span of time ("year", "mes"), not a scale ("100000
// residents") nor a thing counted ("site", "capita").
bool TimeSpanPer(const std::string& per) { return TimeOrScale(per) && !(per[0] >= '0' && per[0] <= '9'); }

// Whether a frame period is exactly one of the time units `per` names
// ("2025-08" and "month", "2025-Q3" and "quarter", "2025" and "year"). An
// article that dates its rate to one such span ("monthly claim
// notifications were 131,000 in August") states that span's total, as a
// source giving the number for the same span does with no denominator.
bool PeriodIsOnePer(const std::string& per, const std::string& period) {
  struct Span {
    std::string_view unit;
    long lo, hi;  // days
  };
  static constexpr Span kSpans[] = {
      {"year", 365, 366}, {"a\xC3\xB1o", 365, 366}, {"quarter", 90, 92}, {"trimestre", 90, 92},
      {"month", 28, 31},  {"mes", 28, 31},          {"week", 7, 7},      {"semana", 7, 7},
      {"day", 1, 1},      {"d\xC3\xAD" "a", 1, 1},
      // A season of a sport or a festival runs a few weeks to a year: "1.35
      // million visits a season" for "1.35 million in the 2026-27 season" (eval38).
      {"season", 28, 366}, {"temporada", 28, 366}, {"weekend", 2, 3}, {"fin de semana", 2, 3}};
  DayRange r;
  if (period.empty() || !ParseTimeRange(period, &r)) return false;
  const long days = r.hi - r.lo + 1;
  for (const Span& sp : kSpans) {
    if (sp.unit == per) return days >= sp.lo && days <= sp.hi;
  }
  return false;
}

// A denominator that is a year, or a sport's or festival's season, in the
// names rate.names gives them in every language ("year", "año").
bool YearPer(const std::string& per) { return per == "year" || per == "a\xC3\xB1o"; }
bool SeasonPer(const std::string& per) { return per == "season" || per == "temporada"; }

// Whether a frame period ("2025-04/2026-03", "2025") spans exactly one
// year and `per` is a year: a year's total (spending, accounts, budgets are
// kept by the year) is its amount a year. A shorter span is not: "96,000
// hectares burned in August" is one month's, not a monthly rate. A season's
// total likewise ("1.35 million visits a season" for "1.35 million in the
// 2026-27 season": eval38).
bool SpanOfOne(const std::string& per, const std::string& period) {
  return (YearPer(per) || SeasonPer(per)) && PeriodIsOnePer(per, period);
}

// The time unit a frame period is exactly one of ("2025-07": "month",
// "2025": "year"; as PeriodIsOnePer), named as a frame's denominator is
// (rate.names: "month" in every language), or "".
std::string PeriodUnit(const std::string& period) {
  for (const char* unit : {"year", "quarter", "month", "week", "day"}) {
    if (PeriodIsOnePer(unit, period)) return unit;
  }
  return {};
}

// Whether a frame's subject is named as a bound by one of `cues`: its head
// or a word of a modifier ("minimum" in "minimum fostering allowance").
bool NamesBound(const std::set<std::string>& cues, const Frame& fr) {
  if (cues.empty()) return false;
  auto has = [&](std::string_view phrase) {
    for (std::string_view w : Words(phrase)) {
      if (cues.count(AsciiLower(w))) return true;
    }
    return false;
  };
  if (has(fr.subject_head)) return true;
  for (const std::string& m : fr.modifiers) {
    if (has(m)) return true;
  }
  return false;
}

// Whether two denominators agree (1), differ (-1) or cannot be told apart
// (0). Time spans and scales differ when they are written differently ("a
// month" vs "a year", "per 1,000" vs "per 100,000"); two nouns ("a trip",
// "per journey") are the same unless the lexicon makes them one key or
// lists them as distinct: coverage swaps such nouns freely, and a wrong
// "per-unit conflict" on a faithful paraphrase is worse than silence.
int PerVerdict(const Lexicon& lex, const std::string& a, const std::string& b);

// Denominators of two parts ("metro cuadrado/mes": per square metre and per
// month): a time span is compared with the other side's time span, a scale
// with its scale, a noun with its noun; a part only one side gives is
// unknown ("14 euros a month" for "14 euros per square metre a month" leaves
// the square metre to its subject). Differ when any shared kind differs.
int CompoundPerVerdict(const Lexicon& lex, const std::string& a, const std::string& b) {
  auto parts = [](const std::string& p) {
    std::vector<std::string> out;
    for (size_t from = 0;;) {
      size_t slash = p.find('/', from);
      out.push_back(p.substr(from, slash == std::string::npos ? std::string::npos : slash - from));
      if (slash == std::string::npos) return out;
      from = slash + 1;
    }
  };
  auto kind = [](const std::string& p) { return p.empty() ? 3 : TimeSpanPer(p) ? 2 : TimeOrScale(p) ? 1 : 3; };
  // Each part of the side with fewer parts against its like parts of the
  // other: the best reading counts ("a match" is one of "per player per
  // match", whose "player" is a denominator "a match" leaves unsaid, not
  // another one: trial90).
  std::vector<std::string> pa = parts(a), pb = parts(b);
  if (pa.size() > pb.size()) std::swap(pa, pb);
  int verdict = 0;
  for (const std::string& x : pa) {
    int best = 0;
    bool any = false;
    for (const std::string& y : pb) {
      if (kind(x) != kind(y)) continue;
      const int v = PerVerdict(lex, x, y);
      best = any ? std::max(best, v) : v;
      any = true;
    }
    if (best < 0) return -1;
    verdict = std::max(verdict, best);
  }
  return verdict;
}

// A noun denominator's verdict: its last word, by the lexicon.
// Two units of measure (WordNet's noun.quantity: "litre" and "gallon",
// "kilogram" and "pound") are two denominators: "18.5p per gallon" is not
// "18.5p per litre" (trial67: read as unknown, and supported).
int NounPerVerdict(const Lexicon& lex, const std::string& a, const std::string& b) {
  auto last = [](const std::string& p) { return p.substr(p.rfind(' ') == std::string::npos ? 0 : p.rfind(' ') + 1); };
  const std::string la = last(a), lb = last(b);
  if (lex.Canonical(la) == lex.Canonical(lb)) return 1;
  if (lex.Distinct(la, lb)) return -1;
  // A person against a thing, a group or a place (WordNet's noun.person
  // against noun.artifact, noun.group, noun.location) are two denominators:
  // "98 litres per person per day" is not "per property per day"
  // (trial111), nor "per household". Other kinds are left unknown: "a
  // head" (noun.body) is a person's, "a seat" and "a ticket" one sale.
  // ("person" itself is WordNet's noun.Tops.)
  const std::string fa = frame::NounLexFile(la), fb = frame::NounLexFile(lb);
  auto thing = [](const std::string& f) { return f == "noun.artifact" || f == "noun.group" || f == "noun.location"; };
  auto person = [&lex](const std::string& w, const std::string& f) {
    return f == "noun.person" || lex.Canonical(w) == lex.Canonical("person");
  };
  if ((person(la, fa) && thing(fb)) || (person(lb, fb) && thing(fa))) return -1;
  if (fa != "noun.quantity" || fb != "noun.quantity") return 0;
  // One unit's names ("kilo" and "kilogram", "hl" and "hectolitre"): WordNet's synonyms.
  auto names = [](const std::string& x, const std::string& y) {
    const std::vector<std::string> syn = frame::NounSynonyms(x);
    return std::find(syn.begin(), syn.end(), y) != syn.end();
  };
  return names(la, lb) || names(lb, la) ? 1 : -1;
}

// The span of time a sentence names in words ("a lo largo del año", "al
// año", "a month"), as a denominator's name ("year", "month", "week",
// "day"); empty when it names none or more than one.
// The words that name a span of time, by its calendar name ("year",
// "month", "week", "day"; a night is a day's stay): the adjectives a price
// or amount is per ("daily rate", "cuota mensual"), then the other forms.
struct SpanWords {
  std::string name;
  std::set<std::string, std::less<>> adjectives, others;
};
const std::vector<SpanWords>& SpanTable() {
  static const std::vector<SpanWords> kSpans = {
      {"year", {"annual", "yearly", "anual", "anuales"}, {"year", "years", "annually", "a\xC3\xB1o", "a\xC3\xB1os"}},
      {"month", {"monthly", "mensual", "mensuales"}, {"month", "months", "mes", "meses"}},
      {"week", {"weekly", "semanal", "semanales"}, {"week", "weeks", "semana", "semanas"}},
      {"day", {"daily", "nightly", "diario", "diaria", "diarios", "diarias"},
       {"day", "days", "d\xC3\xAD" "a", "d\xC3\xAD" "as", "night", "nights", "noche", "noches"}}};
  return kSpans;
}

// The spans of time a sentence names in words, by their names.
std::set<std::string> SpansNamed(std::string_view sentence) {
  std::set<std::string> found;
  for (std::string_view w : Words(sentence)) {
    const std::string lw = AsciiLower(w);
    for (const SpanWords& span : SpanTable()) {
      if (span.adjectives.count(lw) || span.others.count(lw)) found.insert(span.name);
    }
  }
  return found;
}

// Whether a sentence names the span of time `span` (a SpanTable name) as
// an adjective: the span a price or amount is per, which a frame does not
// read as a denominator.
bool SpanAdjectiveNamed(std::string_view sentence, const std::string& span) {
  for (std::string_view w : Words(sentence)) {
    const std::string* named = SpanAdjective(w);
    if (named && *named == span) return true;
  }
  return false;
}

// The one span of time a sentence names, or "" when it names none or several.
std::string SpanNamed(std::string_view sentence) {
  const std::set<std::string> spans = SpansNamed(sentence);
  return spans.size() == 1 ? *spans.begin() : std::string();
}

int PerVerdict(const Lexicon& lex, const std::string& a, const std::string& b) {
  if (a == b) return 1;
  if (a.find('/') != std::string::npos || b.find('/') != std::string::npos) return CompoundPerVerdict(lex, a, b);
  // A scale with its noun ("100000 people", "100000 population", "1000
  // live births"): the scales must be one; the nouns are the population the
  // rate is of, which coverage names freely ("people" for "population",
  // "residents" for "inhabitants") and differ only when the lexicon lists
  // them as distinct ("per 1,000 births" vs "per 1,000 women").
  auto scale = [](const std::string& p) {
    const size_t sp = p.find(' ');
    return std::make_pair(p.substr(0, sp), sp == std::string::npos ? std::string() : p.substr(sp + 1));
  };
  const bool a_scale = !a.empty() && a[0] >= '0' && a[0] <= '9';
  const bool b_scale = !b.empty() && b[0] >= '0' && b[0] <= '9';
  if (a_scale && b_scale) {
    const auto [sa, na] = scale(a);
    const auto [sb, nb] = scale(b);
    if (sa != sb) return -1;
    if (na.empty() || nb.empty()) return 1;  // "per 100,000" names no population: the other's
    return NounPerVerdict(lex, na, nb) < 0 ? -1 : 1;
  }
  // Two names of one span: a hotel's "a night" is its "daily" rate.
  if (TimeSpanPer(a) && TimeSpanPer(b) && !SpanNamed(a).empty() && SpanNamed(a) == SpanNamed(b)) return 1;
  // A league's or a festival's season comes once a year: "£9,500 a year for
  // three more seasons" for "£9,500 per season" cannot be told from it
  // (eval43). A season against a month or a week still differs.
  if ((SeasonPer(a) && YearPer(b)) || (YearPer(a) && SeasonPer(b))) return 0;
  if (TimeOrScale(a) || TimeOrScale(b)) return -1;
  return NounPerVerdict(lex, a, b);
}

// The words of a subject phrase (head and modifiers, hyphenated ones split).
// The head is added both as its key and as its lemma's key, the form the
// modifiers are kept in: "people" as a head and as a modifier ("people
// sleeping rough") must meet.
std::set<std::string> PhraseWords(const Lexicon& lex, const Statement& s) {
  std::set<std::string> out;
  auto add = [&out](const std::string& w) {
    size_t from = 0;
    while (from <= w.size()) {
      size_t to = w.find_first_of("- ", from);
      if (to == std::string::npos) to = w.size();
      if (to > from) out.insert(w.substr(from, to - from));
      from = to + 1;
    }
  };
  add(s.subject);
  if (!s.f->frame.subject_head.empty()) add(lex.Canonical(lex.For(s.f->lang).Lemma(s.f->frame.subject_head)));
  for (const std::string& m : s.modifiers) add(m);
  return out;
}

// Whether the sentence of `people` (a count of people named as people)
// says what the class `other` counts does: "More than 1.2 million people
// visited" for "visitors", "24.000 personas trabajan" for "trabajadores". A
// word of the sentence and the class's head share their stem: a prefix of
// four letters or more that leaves at most an agent ending of the head
// ("-or", "-er", "-dor", "-nte"). "30.4 million people were now in work" does
// not say "payrolled employees", nor does "1,240 people detained" say
// "fighters": a class of people the sentence does not name is a narrower or
// another group, the subset's or the subject's question.
bool SentenceNamesClass(const Statement& people, const Statement& other) {
  return SentenceNamesWord(people, AsciiLower(other.f->frame.subject_head));
}

// SentenceNamesClass, or the sentence names the class by another word of
// its synonym group in rules/: "The service employs 147 people" says what
// "147 staff" do by "employee", staff's synonym (eval16: "counts service
// staff, not service people"). Asked by Compare only, not for the
// identity's features.
bool SentenceNamesClassOrSynonym(const Lexicon& lex, const Statement& people, const Statement& other) {
  if (SentenceNamesClass(people, other)) return true;
  if (other.subject.empty()) return false;
  const std::vector<std::vector<std::string>>& groups = lex.For(other.f->lang).groups;
  for (size_t g : lex.GroupsWithCanonical(other.f->lang, other.subject)) {
    for (const std::string& w : groups[g]) {
      if (SentenceNamesWord(people, w)) return true;
    }
  }
  return false;
}

// Whether a word of `people`'s sentence shares its stem with `head` (see
// SentenceNamesClass).
}  // namespace

const std::string* SpanAdjective(std::string_view word) {
  const std::string lw = AsciiLower(word);
  for (const SpanWords& span : SpanTable()) {
    if (span.adjectives.count(lw)) return &span.name;
  }
  return nullptr;
}

bool SentenceNamesWord(const Statement& people, const std::string& head) {
  if (head.size() < 5 || people.f->sentence.empty()) return false;
  for (std::string_view w : Words(people.f->sentence.str())) {
    if (w.size() < 4) continue;
    const std::string word = AsciiLower(std::string(w));
    size_t common = 0;
    while (common < word.size() && common < head.size() && word[common] == head[common]) ++common;
    if (common >= 4 && common + 4 >= head.size()) return true;
  }
  return SentenceDoesWhatClassNames(people, head);
}

bool SentenceDoesWhatClassNames(const Statement& people, const std::string& head) {
  if (people.f->lang != "en" || people.f->sentence.empty()) return false;
  const std::vector<std::string> verbs = frame::PersonNounVerbs(head);
  if (verbs.empty()) return false;
  for (std::string_view w : Words(people.f->sentence.str())) {
    const std::string word = AsciiLower(std::string(w));
    // A verb form, not the noun itself ("referrals" is no "refer").
    if (word.size() < 3 || word.rfind(head, 0) == 0) continue;
    if (std::binary_search(verbs.begin(), verbs.end(), frame::VerbBase(word))) return true;
  }
  return false;
}

namespace {

// SentenceDoesWhatClassNames held to the figure's own clause: a verb among
// the few words right after the figure and its counted noun ("18 dogs
// qualified"), not anywhere in the sentence ("dealt with 81 first-aid
// incidents all summer" beside "swims" elsewhere is no count of swimmers).
bool ClauseDoesWhatClassNames(const Statement& s, const std::string& head) {
  if (s.f->lang != "en" || s.f->sentence.empty() || s.f->end < s.f->sentence_start) return false;
  const std::string_view sentence = s.f->sentence.str();
  const size_t from = s.f->end - s.f->sentence_start;
  if (from >= sentence.size()) return false;
  const std::vector<std::string> verbs = frame::PersonNounVerbs(head);
  constexpr int kMaxWords = 4;  // the counted noun and its modifiers, then the verb
  int n = 0;
  for (std::string_view w : Words(sentence.substr(from))) {
    if (++n > kMaxWords) break;
    const std::string word = AsciiLower(std::string(w));
    if (word.size() < 3 || word.rfind(head, 0) == 0) continue;
    if (std::binary_search(verbs.begin(), verbs.end(), frame::VerbBase(word))) return true;
  }
  return false;
}

// Whether `people`'s sentence says its people did the act `head` names: an
// inflected verb ("responded", "applied", "were registered", "solicitaron")
// whose stem is the act noun's ("response", "application", "registration",
// "solicitud"): five letters or more in common, at most six of the noun
// left for its act ending ("-ation", "-ment", "-se"). A noun of that stem
// ("38 people hurt in crashes", "applicants") is no verb: the article names
// the source's noun, which does not make the counts one.
// The head's own noun: the last word of an English phrase ("theft claim"),
// the first of a Spanish one ("accidente mortal"), as check.cc CountUnit.
std::string HeadNoun(const Lexicon& lex, const Statement& s) {
  const std::string& head = s.f->frame.subject_head;
  const bool first = lex.For(s.f->lang).head_first;
  const size_t cut = first ? head.find(' ') : head.rfind(' ');
  return AsciiLower(cut == std::string::npos ? head : first ? head.substr(0, cut) : head.substr(cut + 1));
}

bool SentenceDoesAct(const Statement& people, const std::string& head) {
  if (head.size() < 5 || people.f->sentence.empty()) return false;
  static constexpr std::string_view kVerbEndings[] = {"ed", "ing", "aron", "ieron", "ado", "ada", "ido", "ida"};
  for (std::string_view w : Words(people.f->sentence.str())) {
    if (w.size() < 5) continue;
    const std::string word = AsciiLower(std::string(w));
    bool inflected = false;
    for (std::string_view e : kVerbEndings) {
      inflected = inflected || (word.size() > e.size() + 3 && word.compare(word.size() - e.size(), e.size(), e) == 0);
    }
    if (!inflected) continue;
    size_t common = 0;
    while (common < word.size() && common < head.size() && word[common] == head[common]) ++common;
    if (common >= 5 && common + 6 >= head.size()) return true;
  }
  return false;
}

// Whether `people`'s sentence gives each of its people one of the things
// `head` names: an indefinite article or "one" right before that noun in the
// singular ("4.21 million women were sent an invitation", "recibieron una
// carta"). Its count is then the things' count too (eval28: a unit warning
// on "sent out 4.21 million invitations").
bool SentenceGivesEach(const Statement& people, const std::string& head) {
  if (head.size() < 3 || people.f->sentence.empty()) return false;
  std::string prev;
  for (std::string_view w : Words(people.f->sentence.str())) {
    std::string word = AsciiLower(std::string(w));
    if (word == head && (prev == "a" || prev == "an" || prev == "one" || prev == "un" || prev == "una")) return true;
    prev = std::move(word);
  }
  return false;
}

bool PhrasesShareWord(const Lexicon& lex, const Statement& a, const Statement& b) {
  const std::set<std::string> wa = PhraseWords(lex, a), wb = PhraseWords(lex, b);
  for (const std::string& w : wa) {
    if (wb.count(w)) return true;
  }
  return false;
}

// The count is stated as a whole: a whole marker just before it ("all 17
// councils", "todos los 17"), or a definite article or possessive right
// before it ("the 17 municipalities of the province", "the county's 17
// councils"): a definite article with the subject narrowed to a place or
// group by a modifier, a possessive by its owner.
bool CountedAsWhole(const Lexicon& lex, const Statement& a) {
  const Figure& f = *a.f;
  if (f.start < f.sentence_start || f.start - f.sentence_start > f.sentence.size()) return false;
  const Synonyms& syn = lex.For(f.lang);
  std::vector<std::string_view> words = Words(Slice(f.sentence, 0, f.start - f.sentence_start));
  for (size_t k = words.size(), n = 0; k > 0 && n < 2; --k, ++n) {
    if (syn.whole_markers.count(AsciiLower(words[k - 1]))) return true;
  }
  if (words.empty()) return false;
  const std::string last = AsciiLower(words.back());
  // The owner is itself the place or group ("The Authority's 402
  // firefighters": all it has, trial17); a bare definite article needs a
  // modifier to say whose.
  if (Possessive(last)) return true;
  return !a.modifiers.empty() && syn.definite.count(last) > 0;
}

// The source's base is a part of its noun's whole, narrowed after the noun
// ("of the councils that responded to our survey", "of those who
// responded"), and the article gives the share of that noun bare ("43% of
// councils", "92% of residents"): the article widened the base. Positive
// evidence only, as a dropped modifier alone is how coverage shortens (it
// raised false alarms): the source's narrowing is a restrictive break
// (rules' restrictive_breaks), the article's base is the source's noun (or
// the source's is a pronoun, "those"), unnarrowed, and the article's
// sentence says none of the narrowing words, by stem or by word ("78% of
// respondents" for "of those who responded" keeps the narrowing).
bool RestrictionDropped(const Statement& a, const Statement& b) {
  if (!b.base_restricted || a.base_restricted || a.base_terms.empty() || a.f->lang != b.f->lang) return false;
  if (b.base_participle && !a.base_whole_said) return false;
  const bool same_noun = b.base_noun_terms.empty() ||
                         (!a.subject.empty() &&
                          std::binary_search(b.base_noun_terms.begin(), b.base_noun_terms.end(), a.subject));
  if (!same_noun) return false;
  for (int id : b.restrict_words) {
    if (a.bag && Contains(*a.bag, id)) return false;
  }
  for (const std::string& w : b.restrict_terms) {
    if (SentenceNamesWord(a, w) || std::binary_search(a.base_terms.begin(), a.base_terms.end(), w)) return false;
  }
  return true;
}

}  // namespace

bool ScaledRate(const Frame& f, Kind kind) {
  const std::string& per = f.per;
  if (kind != Kind::kCount || per.empty() || per[0] < '0' || per[0] > '9') return false;
  return per.substr(0, per.find_first_of(" /")) != "100";
}

Comparison Compare(const Lexicon& lex, const Statement& a, const Statement& b) {
  Comparison c;
  // One allocation, not five growths, per compared pair (Compare runs for
  // every candidate above the thresholds: 8% of check at 10^5 figures).
  c.attributes.reserve(16);
  const Frame& fa = a.f->frame;
  const Frame& fb = b.f->frame;
  auto note = [&c](const char* attr, int verdict) {  // 1 agree, -1 differ, 0 unknown
    // Built in place: a pair of strings made and moved per attribute cost
    // 9% of check at 10^4 figures (callgrind), eleven attributes per pair.
    c.attributes.emplace_back(attr, verdict > 0 ? "agree" : verdict < 0 ? "differ" : "unknown");
  };
  auto first = [&c](Diff d) {
    if (c.diff == Diff::kNone) c.diff = d;
  };

  // Value and qualifier.
  c.value_agrees = ValuesAgree(a, b);
  c.small_count = a.f->kind == Kind::kCount && fa.per.empty() && std::fabs(a.f->value.num) < kSmallCount;
  Bound ba = BoundOf(a.f->qualifier), bb = BoundOf(b.f->qualifier);
  // A window's bound ("accounts less than 30 days old" for "created in the
  // past 30 days") limits what is counted; it hedges no number.
  // A floor against a ceiling at one number ("at least 3%" for "up to 3%",
  // "al menos 3.000" for "hasta 3.000") differs too: the article's bound is
  // not true of what the source allows, though the two touch at the number.
  // A share written as a fraction or a ratio ("más de un cuarto", "more
  // than four in ten") rounds in words: its bound is true or false of the
  // source's number (the value comparison), never a bound put on a number
  // copied from it ("más de un cuarto" holds a 25 % that may be 25.3).
  // A hedge ("nearly", "casi un") on a change ("subir el salario mínimo
  // casi un 10 %") says nothing of a level that shares the number ("el 10 %
  // de los asalariados"): they differ by measure, not by qualifier (tr15a:
  // the hedge read on "casi un" drew a qualifier warning). A floor or a
  // ceiling ("al menos 210 MW más") still bounds the level it restates.
  const bool hedge_across_measures = a.f->qualifier == Qualifier::kNearly &&
                                     (fa.measure == Measure::kChange) != (fb.measure == Measure::kChange);
  bool qualifier_differs = SameAnchor(a, b) && !a.window && !b.window && !a.share_words && !b.share_words &&
                           !hedge_across_measures &&
                           ((bb == Bound::kPoint && IsBound(ba)) ||
                            (ba == Bound::kPoint && IsBound(bb) && !c.value_agrees) ||
                            (IsBound(ba) && IsBound(bb) && ba != bb));
  // A floor on a range's top, or a ceiling on its bottom ("at least 7%" for
  // "between 4% and 7%"): the article's bound holds of none of the source's
  // range but its edge (eval41: passed as agreeing, the two touching at 7).
  if (!qualifier_differs && b.f->value_max && !a.f->value_max && !a.window && !a.share_words &&
      a.f->kind == b.f->kind && a.f->unit == b.f->unit && b.f->value_max->num > b.f->value.num) {
    const double v = a.f->value.num;
    qualifier_differs = (ba == Bound::kFloor && SameNumber(v, b.f->value_max->num)) ||
                        (ba == Bound::kCeiling && SameNumber(v, b.f->value.num));
  }
  // "At least 23 people died" for "23 deaths have been confirmed": a running
  // tally is itself a floor, which "at least" restates ("more than" does not).
  if (qualifier_differs && b.tally && a.f->qualifier == Qualifier::kAtLeast && bb == Bound::kPoint &&
      b.f->qualifier == Qualifier::kExact) {
    qualifier_differs = false;
  }
  // "A minimum of £312 a week" for "the minimum fostering allowance ... is
  // £312": a source subject named as a floor (or a ceiling) set by rule
  // makes its figure the bound itself, which "a minimum of", "at least" (or
  // "up to", "a maximum of") on the same number restates (eval14-foster-care).
  if (qualifier_differs && c.value_agrees && bb == Bound::kPoint && b.f->qualifier == Qualifier::kExact &&
      (a.f->qualifier == Qualifier::kAtLeast || a.f->qualifier == Qualifier::kAtMost)) {
    const std::set<std::string>& cues =
        a.f->qualifier == Qualifier::kAtLeast ? lex.For(b.f->lang).floor_cues : lex.For(b.f->lang).ceiling_cues;
    if (NamesBound(cues, fb)) qualifier_differs = false;
  }
  // A hedge ("nearly", "cerca de") on the very number a source writes
  // rounded by a scale word ("14,8 millones": its last digit is a hundred
  // thousand) restates that rounding: the source's own figure is only near
  // the number, on either side (trial13: "cerca de 14,8 millones de
  // visitas" drew a qualifier warning). A floor ("más de 14,8 millones")
  // still claims more than the source says, and "nearly 1,150" still hedges
  // an exact count of 1,150.
  if (qualifier_differs && a.f->qualifier == Qualifier::kNearly && bb == Bound::kPoint && c.value_agrees &&
      WrittenUnit(*b.f) >= kRoundedUnit) {
    qualifier_differs = false;
  }
  // So does a hedge on a number the source itself hedges ("almost 40
  // percent" for "about 40%": trial59, a qualifier warning that hid the
  // figure's wrong body); the source allows either side of its number.
  if (qualifier_differs && a.f->qualifier == Qualifier::kNearly && b.f->qualifier == Qualifier::kApprox &&
      c.value_agrees) {
    qualifier_differs = false;
  }
  // A bound on an article's target against an outcome the source states
  // ("no te endeudes por encima del 66 % del valor de tasación, que es la
  // media actual" for the association's average 66 %): the bound is the
  // cap or floor the target sets, not a hedge put on the source's figure
  // (eval34).
  if (qualifier_differs && fa.modality == Modality::kTarget && fb.modality == Modality::kActual) {
    qualifier_differs = false;
  }
  // A ceiling on a forecast's own number, both sides forecasting ("La
  // Consejería prevé hasta 70 toneladas" for "prevé que la producción pueda
  // alcanzar las 70 toneladas": eval42): what a forecast says may be reached
  // is its ceiling; a floor ("at least 70") still claims more.
  if (qualifier_differs && c.value_agrees && a.f->qualifier == Qualifier::kAtMost && b.f->qualifier == Qualifier::kExact &&
      fa.modality == Modality::kForecast && fb.modality == Modality::kForecast) {
    qualifier_differs = false;
  }
  // A number below ten agrees with anything that shares it: its hedge is no
  // evidence the two statements are one (as for rates below).
  // (A span of time is compared in its family's unit: its written number is
  // the value over Statement::unit_scale.)
  c.qualifier_apart = qualifier_differs && a.unit_scale > 0 && std::fabs(a.f->value.num / a.unit_scale) < kSmallCount &&
                      (a.f->kind == Kind::kCount || a.f->kind == Kind::kDuration);
  // Share words beside the number they round, a number the candidate's
  // sentence writes beside another (Comparison::restated_apart).
  if (a.share_words && a.sentence_values && b.sentence_values) {
    for (double v : *a.sentence_values) {
      if (SameNumber(v, a.f->value.num) || SameNumber(v, b.f->value.num)) continue;
      const bool held = Overlaps(a.interval, Interval{v, v, false, false});
      const bool beside = std::any_of(b.sentence_values->begin(), b.sentence_values->end(),
                                      [v](double w) { return SameNumber(v, w); });
      if (held && beside) c.restated_apart = true;
    }
  }
  note("value", c.value_agrees ? 1 : -1);
  note("qualifier", qualifier_differs ? -1 : 1);
  if (qualifier_differs) {
    first(Diff::kQualifier);
  } else if (!c.value_agrees) {
    // The article's number is the one a revision replaced.
    if (fb.previous && std::fabs(*fb.previous - a.f->value.num) <= std::max(a.half, 1e-9 * std::fabs(*fb.previous))) {
      first(Diff::kSuperseded);
    } else {
      first(Diff::kValue);
    }
  } else if (b.old_level && fb.revised) {
    first(Diff::kSuperseded);
  }

  // Subject: a listed distinct pair, or two known heads neither sentence
  // shares ("48.6 million flights" for "48.6 million passengers").
  int subject = 0;
  bool listed = false;
  if (!a.subject.empty() && !b.subject.empty()) {
    if (a.subject == b.subject) {
      subject = 1;
    } else if ((listed = lex.Distinct(fa.subject_head, fb.subject_head)) ||
               !((a.bag && b.subject_word >= 0 && std::binary_search(a.bag->ids.begin(), a.bag->ids.end(), b.subject_word)) ||
                 (b.bag && a.subject_word >= 0 && std::binary_search(b.bag->ids.begin(), b.bag->ids.end(), a.subject_word)))) {
      subject = -1;
    }
  }
  // One head narrowed two ways the lexicon lists as never the same ("143
  // secondary schools" for "143 primary schools", "molinos de agua" for
  // "molinos de viento": trials 73 and 78): a listed distinct pair of
  // modifiers, one on each side.
  if (subject > 0) {
    for (const std::string& ma : a.modifiers) {
      for (const std::string& mb : b.modifiers) {
        // (Each side's own: "public and private schools" on both sides is one.)
        if (ma != mb && lex.Distinct(ma, mb) && !std::binary_search(b.modifiers.begin(), b.modifiers.end(), ma) &&
            !std::binary_search(a.modifiers.begin(), a.modifiers.end(), mb)) {
          subject = -1, listed = true;
        }
      }
    }
  }
  // One side names by its material what the other names by its measure:
  // "31,2 millones de toneladas de CO2" for "las emisiones de CO2 ... 31,2
  // millones de toneladas" (head "co2" against head "emisión" narrowed by
  // "co2"). The head one side counts is a word of the other's subject: the
  // same quantity named two ways, not two subjects.
  if (subject < 0 && !listed &&
      (std::binary_search(b.modifiers.begin(), b.modifiers.end(), a.subject) ||
       std::binary_search(a.modifiers.begin(), a.modifiers.end(), b.subject))) {
    subject = 0;
  }
  // Unit of count: one side counts people, the other acts, events or
  // things ("742,300 applications" as "742,300 people", "2,904 victims" as
  // "2,904 incidents"). Read from the heads' classes, not from whether the
  // sentences mention each other's noun ("38 people hurt in crashes" names
  // the crashes it miscounts). Not for a count below 10, whose agreement is
  // no evidence the statements are one, nor for a vague one ("thousands").
  // Nor when one phrase names the other's noun ("4.8 million passengers"
  // for "4.8 million passenger journeys", "512,900 teachers" for a "teacher
  // headcount") or both share a word ("full-time workers", "full-time
  // equivalent posts"): the count is described, not swapped.
  bool unit = false;
  // The source's own sentence naming the people the article counts
  // ("Passengers made 4.8 million journeys") may count them; the article's
  // naming the source's noun does not clear it ("38 people hurt in crashes"
  // for 38 crashes), nor does a source naming the article's things.
  const bool source_names = a.count_unit == kCountsPeople && b.bag && a.subject_word >= 0 &&
                            std::binary_search(b.bag->ids.begin(), b.bag->ids.end(), a.subject_word);
  // The article's people did the source's act ("people responded" for
  // "responses"): counted once each, unless the source counts them apart
  // (CountedApart). Only people against acts or other things, where the
  // act's noun is its verb's.
  const bool acted = a.count_unit == kCountsPeople && (b.count_unit == kCountsActs || b.count_unit == kCountsOther) &&
                     !b.f->frame.subject_head.empty() &&
                     SentenceDoesAct(a, HeadNoun(lex, b));
  // The source's people were each given one of the article's things; an
  // article saying so of its own people ("418,000 learners sat a test" for
  // 418,210 tests) makes the very claim being checked (eval18).
  auto given = [&](const Statement& people, const Statement& things) {
    return people.count_unit == kCountsPeople &&
           (things.count_unit == kCountsActs || things.count_unit == kCountsOther) &&
           !things.f->frame.subject_head.empty() && SentenceGivesEach(people, HeadNoun(lex, things));
  };
  const bool each = given(b, a);
  // The source's people had the article's act done to them ("512 players
  // were registered" for "Registrations dropped to 512": eval43): one act
  // for each, the count the same.
  const bool done_to = b.count_unit == kCountsPeople &&
                       (a.count_unit == kCountsActs || a.count_unit == kCountsOther) &&
                       !a.f->frame.subject_head.empty() && SentenceDoesAct(b, HeadNoun(lex, a));
  // The phrase-word test builds two sets of strings: it is asked last, when
  // every cheap test has passed (all are pure, so the order changes no answer).
  if (!listed && a.f->kind == Kind::kCount && b.f->kind == Kind::kCount && a.subject != b.subject &&
      c.value_agrees && std::fabs(a.f->value.num) >= kSmallCount && a.f->qualifier != Qualifier::kVague &&
      b.f->qualifier != Qualifier::kVague &&
      UnitsOfCountDiffer(a.count_unit, b.count_unit) && !a.occurrence_head && !b.occurrence_head &&
      // What the article counts is written with its number: a head the
      // frame read elsewhere in the sentence ("Pension age rise to hit 1.9
      // million", "the association hopes registrations will reach 5,300")
      // is the reader's inference, no unit of count set against the
      // source's (9 of the train split's 27 unit false alarms, and five
      // warnings whose message named such a head for another misreport).
      CountedWithFigure(*a.f) &&
      !PhrasesShareWord(lex, a, b) &&
      !(((a.generic_people || a.people_class) && b.person_other_sense) || (a.person_other_sense && b.generic_people)) &&
      // An article's head that is a person in another sense than its
      // first, where the source's people do what it names ("612 players
      // entered" for "612 entrants"): the people, not the first sense.
      !(a.person_other_sense && b.people_class && SentenceDoesWhatClassNames(b, HeadNoun(lex, a)))) {
    // The article's things do what the source's class of people names:
    // "18 dogs qualified for the final" for "contested by 18 qualifiers"
    // (eval40) says who the qualifiers were, not another unit; the verb
    // follows the article's counted noun (ClauseDoesWhatClassNames).
    const bool does_class = (b.people_class || b.person_other_sense) && ClauseDoesWhatClassNames(a, HeadNoun(lex, b));
    if (does_class && !(source_names || acted || each || done_to)) {
      subject = 0;
    } else if (source_names || acted || each || done_to) {
      c.unit_named = true;
      // Neither sentence need name the other's noun when the verb names
      // the act: the subject is the unit's question, which CountedApart asks.
      if ((acted || each || done_to) && !source_names) {
        c.act_named = true;
        subject = 0;
      }
    } else {
      unit = true;
      subject = -1;
    }
  }
  // People written as people ("853 men died") and as a count that numbers
  // people one to one ("853 deaths", "victims", "admissions") are one
  // quantity named two ways: which people it is, is the subset's question.
  if (subject < 0 && !listed && !unit &&
      ((a.count_unit == kCountsPeople && b.count_unit == kCountsPeopleEvents) ||
       (a.count_unit == kCountsPeopleEvents && b.count_unit == kCountsPeople))) {
    subject = 0;
  }
  // A count of the times something happened and of the events ("called out
  // 18,436 times" for "attended 18,436 incidents"), or of people and of a
  // class of people ("More than 1.2 million people" for "1,214,300
  // visitors", "24.000 personas" for "23.740 trabajadores"): one quantity
  // named at two levels of one kind (rules' occurrence_heads, event_heads,
  // people_heads; WordNet for English), not two subjects (trial17). People
  // for a class only where the people's sentence says what the class does
  // (SentenceNamesClass): a class it does not name is a subset or another
  // group (labour-jobs-report: "30.4 million people ... in work" for
  // "payrolled employees").
  // The times something happened count no unit of their own: against
  // events that number people ("That happened more than 96,000 times" for
  // "96,300 interviews", rules' people_counts) they are the events too.
  auto events = [](const Statement& s) { return s.event_head || s.count_unit == kCountsPeopleEvents; };
  if (subject < 0 && !listed && !unit &&
      ((a.occurrence_head && events(b)) || (events(a) && b.occurrence_head) ||
       (a.generic_people && b.people_class && SentenceNamesClassOrSynonym(lex, a, b)) ||
       (a.people_class && b.generic_people && SentenceNamesClassOrSynonym(lex, b, a)))) {
    subject = 0;
  }
  // "Some 286,400 people" for "286,400 card holders": "people" against a
  // head that may name persons in another sense than its first (WordNet's
  // "holder" is first a device) is no evidence of another thing counted.
  // Nor is an article's class of people against such a source head ("5,300
  // care workers" for "5,300 new starters", WordNet's "starter" first a
  // motor): the source's word is the people's. Not the other way: an
  // article's "91,000 cases" for 91,460 defendants means its first sense.
  if (subject < 0 && !listed && !unit &&
      (((a.generic_people || a.people_class) && b.person_other_sense) || (a.person_other_sense && b.generic_people))) {
    subject = 0;
  }
  // An article counting a source's class of people by the generic word, on
  // the same number ("2,950 people" for 2,950 trial participants, "más de
  // diez millones de personas" for 10,05 millones de pasajeros): news names
  // any class so, and the count is one (syn21: the most common false subject
  // at info). Only the article's word, and only counts: a source's "people"
  // narrowed by an article to a class ("1,240 suspected fighters") is the
  // misreport, and a share "of people" against a share of members has
  // another base.
  if (subject < 0 && !listed && !unit && a.generic_people && b.people_class && c.value_agrees &&
      a.f->kind == Kind::kCount && b.f->kind == Kind::kCount) {
    subject = 0;
  }
  // Two classes of people where one side's sentence says what the other's
  // class does: "22,310 runners finished the race" for "22,310 finishers",
  // "48,200 runners applied" for "48,200 applicants". The class is named by
  // its verb, not swapped for another group (trial18: "counts runner, not
  // finisher" hid the figure's wrong credit). A head whose first sense is
  // no person but another is ("entrant", first a commodity) is such a
  // class when the other sentence names it: "612 players entered" for "612
  // entrants" (eval39).
  auto person_class = [](const Statement& s) { return s.people_class || s.person_other_sense; };
  if (subject < 0 && !listed && !unit && person_class(a) && person_class(b) &&
      (SentenceNamesClassOrSynonym(lex, b, a) || SentenceNamesClassOrSynonym(lex, a, b))) {
    subject = 0;
  }
  // Two rates, one named by its measure ("the suicide rate ... 11.6 per
  // 100,000 people") and one by what it counts ("11.6 deaths per 100,000
  // population"): the head gives no other subject.
  const bool both_rates = (fa.measure == Measure::kRate || !fa.per.empty()) &&
                          (fb.measure == Measure::kRate || !fb.per.empty());
  if (subject < 0 && !listed && !unit && both_rates && (a.rate_head || b.rate_head)) subject = 0;
  // Both the level and the level it came from agree ("Pension payouts fell
  // to £141.2m, from £129.6m" for "Benefits paid ... totalled £141.2m, up
  // from £129.6m"): two numbers matched are one statement whose head is
  // named two ways (trial39), not another subject; what else differs is
  // the finding.
  if (subject < 0 && !listed && !unit && c.value_agrees && fa.previous && fb.previous &&
      std::fabs(a.f->value.num) >= kSmallCount &&
      std::fabs(*fa.previous - *fb.previous) <= 1e-9 * std::max(std::fabs(*fa.previous), 1.0) + 0.5 * a.half) {
    subject = 0;
  }
  note("subject", subject);
  if (subject < 0) first(listed ? Diff::kSubjectListed : unit ? Diff::kUnit : Diff::kSubject);
  c.subject = subject;
  {
    const double u = std::fabs(a.f->value.num), v = std::fabs(b.f->value.num);
    c.same_number = SameAnchor(a, b) || std::fabs(u - v) <= std::max(a.half, b.half) + 1e-9 * std::max(u, v);
  }
  // An exact number past the source's one-sided bound (Comparison::bound_holds).
  if (!c.value_agrees && a.f->qualifier == Qualifier::kExact && !a.f->value_max && a.f->kind == b.f->kind) {
    const Qualifier q = b.f->qualifier;
    const double u = a.f->value.num, v = b.f->value.num;
    c.bound_holds = ((q == Qualifier::kMoreThan || q == Qualifier::kAtLeast) && u > v) ||
                    ((q == Qualifier::kLessThan || q == Qualifier::kAtMost) && u < v);
  }
  // A share and its complement ("Only 740 pianos, 9 per cent of the total,
  // were made in Britain" beside "Imports accounted for 91%"): two parts of
  // one whole adding up to 100 within the rounding of either, so two
  // statements, not one misreported (trial21: a value conflict offered the
  // 91% as the correction).
  if (!c.value_agrees && a.f->kind == Kind::kPercent && b.f->kind == Kind::kPercent &&
      fa.measure != Measure::kChange && fb.measure != Measure::kChange && fa.measure != Measure::kRate &&
      fb.measure != Measure::kRate) {
    const double u = a.f->value.num, v = b.f->value.num;
    c.complement = u > 0 && v > 0 && std::fabs(u - v) > 1 && std::fabs(u + v - 100) <= std::max(a.half, b.half) + 1e-9;
  }

  // Percent vs percentage points, then level vs change. A rate against a
  // level or change is a per-unit difference ("4% a month" as "4%"), below.
  const bool rate_vs_other = (fa.measure == Measure::kRate) != (fb.measure == Measure::kRate);
  // Two families the checker pairs only on one distinctive number (check.cc
  // CrossGroup): one amount in two currencies, a unit the frames give; and
  // a percent (a rate per hundred) for a rate over another scale ("27.3 per
  // cent" for "27.3 per 10,000 adults"), a denominator, compared below.
  const bool currency_apart = a.f->kind == Kind::kMoney && b.f->kind == Kind::kMoney && a.f->unit != b.f->unit;
  const bool percent_for_scale = (a.f->kind == Kind::kPercent && ScaledRate(fb, b.f->kind)) ||
                                 (b.f->kind == Kind::kPercent && ScaledRate(fa, a.f->kind));
  int measure = percent_for_scale ? 0 : !SameClass(a, b) ? -1 : fa.measure != fb.measure ? -1 : 1;
  note("measure", measure);
  if (measure < 0 && (!SameClass(a, b) || !rate_vs_other)) {
    first(currency_apart ? Diff::kCurrency : !SameClass(a, b) ? Diff::kPoints : Diff::kMeasure);
  }
  // One number as percent on one side and as points on the other ("ha
  // subido un 4,7 %" for "4,7 puntos porcentuales"): the unit is what the
  // frames say differs, whatever two head nouns read from the sentences
  // ("supone", "proporción") say of the subject (trial17: the same slip was
  // a points warning in English and a garbled subject note in Spanish).
  if (!SameClass(a, b) && !percent_for_scale && c.same_number && c.diff == Diff::kSubject) {
    c.diff = currency_apart ? Diff::kCurrency : Diff::kPoints;
  }

  int direction = 0;
  if (fa.direction != Direction::kNone && fb.direction != Direction::kNone) direction = fa.direction == fb.direction ? 1 : -1;
  // "Broadly unchanged (+0.3%)" and "rose to 31,900": a side called flat
  // whose own sentence states a change the other way's direction are both
  // true of one small move; only up against down, or flat against a move
  // its sentence does not state, differ.
  // Only a change of the flat side's own subject, or of none named: in
  // "Occupancy ... was unchanged at 63% ..., although the number of
  // registered units fell by 17%" the units' fall is no move of the
  // occupancy, which "slipped to 63%" misreports (eval30).
  auto moved = [](const Statement& s, Direction d) {
    int bit = d == Direction::kUp ? kMovedUp : d == Direction::kDown ? kMovedDown : 0;
    if (!bit || !s.sentence_moves) return false;
    for (const auto& [head, b] : *s.sentence_moves) {
      if ((b & bit) && (head.empty() || s.f->frame.subject_head.empty() || head == s.f->frame.subject_head)) return true;
    }
    return false;
  };
  if (direction < 0 && ((fa.direction == Direction::kFlat && moved(a, fb.direction)) ||
                        (fb.direction == Direction::kFlat && moved(b, fa.direction)))) {
    direction = 0;
  }
  if (direction < 0 && a.change_carries_direction) direction = 0;  // said on the sentence's change figure
  // A level whose direction each side reads from the earlier value it gives
  // ("7.4 percent, down from 9.6 percent" for "7.4%, up from 6.9%"), the
  // earlier values apart: the slip is the earlier value's, a finding of
  // its own, and the level the article gives is the source's (trial120).
  if (direction < 0 && c.value_agrees && fa.measure == Measure::kLevel && fb.measure == Measure::kLevel &&
      fa.previous && fb.previous && !SameNumber(*fa.previous, *fb.previous)) {
    direction = 0;
  }
  // "Se mantuvieron en 1.146" for "se mantuvieron prácticamente estables,
  // con 1.146 demandas, un 0,3 % más": a level called flat against one
  // whose sentence moves it by under a point only is the same steadiness
  // rounded (eval20). A sentence with any larger change keeps the conflict.
  auto slight_only = [](const Statement& s) {
    return s.sentence_moved && (*s.sentence_moved & kMovedSlightly) && !(*s.sentence_moved & kMovedMuch);
  };
  if (direction < 0 && ((fa.direction == Direction::kFlat && slight_only(b)) ||
                        (fb.direction == Direction::kFlat && slight_only(a)))) {
    direction = 0;
  }
  // "8,100 more citizens left than returned" for "net migration of citizens
  // was minus 8,100": a balance below zero says which flow was larger; its
  // sign is no fall to set against a rise.
  if (direction < 0 && (a.negative_balance || b.negative_balance)) direction = 0;
  // A level a revision replaced ("the pass rate has been revised from
  // 47.9% to 48.3%") moved as an estimate, not as the quantity: the frame's
  // "up" is the revision's, so a level the article says fell to that value
  // is not contradicted (eval18: a direction warning on "edged down to
  // 48.3 per cent"). A revised change keeps its own direction.
  auto revision_move = [](const Frame& f) { return f.revised && f.measure == Measure::kLevel; };
  if (direction < 0 && (revision_move(fa) || revision_move(fb))) direction = 0;
  note("direction", direction);
  if (direction < 0) first(Diff::kDirection);
  // One number as a rise on one side and a fall on the other ("los retornos
  // crecieron un 2,1 %" for "regresaron 38.900 jóvenes ..., un 2,1 % menos"):
  // the direction is what the frames say differs, not two head nouns read
  // beside the change ("retorno", "joven"), as for points and rates above
  // and below (eval14: a direction misreport said as a subject note).
  // Only up against down: flat against a move is as often a rounding.
  if (direction < 0 && c.same_number && c.diff == Diff::kSubject && fa.measure == Measure::kChange &&
      fb.measure == Measure::kChange && fa.direction != Direction::kFlat && fb.direction != Direction::kFlat) {
    c.diff = Diff::kDirection;
  }

  // A per-unit difference is read one way only, as modality is below: the
  // article adding a denominator the source does not give ("7,450 euros a
  // month" for "7,450 euros", "4% a year" for "4%") changes what is claimed;
  // an article leaving out the source's "per day" shortens, and is unknown.
  // Not when the source's document gives that subject the article's
  // denominator elsewhere (Statement::doc_per: rents quoted per month): the
  // source left its convention unsaid, and "£1,142 a month" repeats it.
  int per = 0;
  const bool a_rate = fa.measure == Measure::kRate || !fa.per.empty();
  const bool b_rate = fb.measure == Measure::kRate || !fb.per.empty();
  if (!fa.per.empty() && !fb.per.empty()) {
    per = PerVerdict(lex, fa.per, fb.per);
    // A thing counted and a span are two denominators of one figure: "1,9
    // litros por habitante" and "1,9 litros al año" both say the yearly
    // amount per resident, each leaving the other unsaid (eval23: a rate
    // warning on a faithful "por habitante"); so do "£7,100 per site" and
    // "£7,100 a year" of staffing one site (trial37). The per-thing side's
    // sentence may name its span in words the frame did not take as a
    // denominator ("142 viajes ... a lo largo del año" against "142 viajes
    // al mes"): another span there still differs.
    auto head_and_span = [](const Statement& head, const std::string& span) {
      const std::string named = SpanNamed(head.f->sentence.str());
      return named.empty() || named == SpanNamed(span) ? 0 : -1;
    };
    const bool a_span = TimeSpanPer(fa.per), b_span = TimeSpanPer(fb.per);
    const bool a_thing = !TimeOrScale(fa.per), b_thing = !TimeOrScale(fb.per);
    if (a_span && b_thing) per = head_and_span(b, fa.per);
    if (b_span && a_thing) per = head_and_span(a, fb.per);
  } else if (a_rate && !b_rate && SameClass(a, b)) {
    per = !fa.per.empty() && b.doc_per && PerVerdict(lex, fa.per, *b.doc_per) > 0 ? 0 : -1;
    // The source's figure is the total of one year its frame gives ("£4.2
    // million in 2025-26", a fiscal year): "£4.2 million a year" says that
    // total per year, not a rate the source lacks.
    if (per < 0 && fb.measure == Measure::kLevel && SpanOfOne(fa.per, fb.period)) per = 0;
    // The article's rate is dated to one span of its own denominator, and
    // the source's number to one such span: both are that span's total.
    if (per < 0 && fb.measure == Measure::kLevel && PeriodIsOnePer(fa.per, fa.period) &&
        PeriodIsOnePer(fa.per, fb.period)) {
      per = 0;
    }
    // An earlier level ("is revised from £412 to £418", "rose from 3,100
    // to 3,400 a month") is named in passing: a sentence writes its
    // denominator once, if at all, and not with the old number.
    if (per < 0 && b.old_level) per = 0;
    // The source's own sentence names what the article divides by ("each
    // heard appeal costs an average of £410" for "£410 every appeal", "el
    // retraso medio de los trenes afectados" for "6,8 minutos por tren
    // afectado"): an average over those units its frame did not read as a
    // denominator, not a rate the source lacks (fahunt2). Only a thing
    // counted: a span of time ("a year") recurs in any sentence.
    if (per < 0 && !a.per_words.empty() && b.bag &&
        std::all_of(a.per_words.begin(), a.per_words.end(), [&](int id) { return Contains(*b.bag, id); })) {
      per = 0;
    }
    // The source's sentence names the article's span of time in words its
    // frame did not take as a denominator ("the average daily rate ... was
    // EUR 142.60" for "almost €143 a night"): the same price per span,
    // written as an adjective, not a rate the source lacks (eval30).
    if (per < 0 && TimeSpanPer(fa.per)) {
      const std::string span = SpanNamed(fa.per);
      if (!span.empty() && SpanAdjectiveNamed(b.f->sentence.str(), span)) per = 0;
    }
    // Two percents: a percent is already a ratio, and the time an article
    // writes beside it ("grows more than 6% a year", "6 % anual") names the
    // span it changed over. A source percent with no denominator gives that
    // span, if at all, as its comparison ("than in the same month a year
    // earlier", "in the 12 months to October"), which is no denominator of
    // its frame: one side unknown, not another denominator (issue 13:
    // rate false alarms on year-on-year changes called annual).
    if (per < 0 && a.f->kind == Kind::kPercent && b.f->kind == Kind::kPercent) per = 0;
    // "640 calls a week in July" for "Calls peaked at 640 in the month of
    // July": the source's number is one month's total, a denominator its
    // period states (eval40: a rate note at info as one-sided). Not a
    // count of people, a stock ("18.450 alumnos" in a school year are as
    // many on any day), nor a span still to come.
    if (per < 0 && TimeSpanPer(fa.per) && fb.measure == Measure::kLevel && b.count_unit != kCountsPeople &&
        !b.generic_people && !b.period_ahead) {
      const std::string unit = PeriodUnit(fb.period);
      c.rate_span_differs = !unit.empty() && unit != fa.per;
    }
  }
  // A denominator changed or added is a difference of one statement: the
  // same number, its denominator not the source's ("£1,142 a month" for
  // "£1,142 a year"). Numbers that merely overlap ("about 35 crowns a
  // month" inside "up to 60 billion crowns") are two statements, not a
  // rate misreported; so, against a source with no denominator at all, are
  // a count below ten, which recurs anywhere ("roughly one in every hundred
  // premises" and "at least 1 Mbit/s"), and a share in words, which rounds
  // rather than copies the source's number ("menos de un tercio ... a
  // diario" and "31 %").
  {
    const bool one_sided = fa.per.empty() != fb.per.empty();
    const bool small_count = a.f->kind == Kind::kCount && std::fabs(a.f->value.num) < kSmallCount;
    c.rate_apart = per < 0 && (!c.same_number || (one_sided && (small_count || a.share_words || b.share_words)));
  }
  // A percent is a rate per hundred: against a rate per ten thousand it
  // differs whatever else either frame gives.
  if (percent_for_scale) per = -1;
  note("per", per);
  if (per < 0) first(Diff::kRate);
  // One number over two denominators both sides name ("$112 a year" for
  // "$112 per month", "478 kilos al mes" for "478 kilos por habitante"):
  // the denominator is what the frames say differs, not the head nouns
  // ("graduate", "repayment") read beside it.
  if (per < 0 && c.same_number && c.diff == Diff::kSubject && ((!fa.per.empty() && !fb.per.empty()) || percent_for_scale)) {
    c.diff = Diff::kRate;
  }

  // A forecast or target reported as the outcome. The other way round (an
  // article's "will" about a figure the source reports) is how coverage
  // writes about budgets and plans, not a misreport.
  int modality = !Forecastish(fa.modality) && Forecastish(fb.modality) ? -1 : 1;
  c.modality_differs = modality < 0;
  note("modality", modality);
  if (modality < 0) first(Diff::kModality);
  // One number the source forecasts or sets as a target and the article
  // states as reached ("Call-outs reached 19,300" for a forecast of 19,300
  // incidents): the modality is what the frames say differs, where the
  // article says the outcome in so many words or the source names a target.
  // Not for a bare count below ten: its number recurs in any sentence, so
  // the same number says nothing of one statement ("Millbrook still has
  // only two" zones against "two further investigators": eval27).
  if (modality < 0 && c.same_number && !c.small_count && c.diff == Diff::kSubject &&
      (a.outcome_stated || fb.modality == Modality::kTarget)) {
    c.diff = Diff::kModality;
  }

  // Widened: the article's base is a whole ("99% of all content") where the
  // source's is narrowed ("of the content we removed") or unknown; a source
  // base that is one bare noun ("of the budget") is already the whole, and so
  // is one whose every word the article's base repeats ("of delay minutes"
  // for "of all delay minutes"): only a word the article drops narrows.
  int scope = 0;
  // A dimension the source measures its whole in (WordNet's noun.attribute:
  // "27 percent of the navigable river length" for "27% of the navigable
  // rivers": trial81) narrows nothing; only a word naming what is counted does.
  const bool b_narrower = std::any_of(b.base_terms.begin(), b.base_terms.end(), [&](const std::string& t) {
    // (A noun only: "remove" is a noun.attribute too, and "99% of the
    // content we remove" is narrowed by it.)
    const bool dimension = frame::NounLexFile(t) == "noun.attribute" && (frame::WordClasses(b.f->lang, t) & frame::kVerb) == 0;
    return !std::binary_search(a.base_terms.begin(), a.base_terms.end(), t) && !dimension;
  });
  // An owner's whole counts too, against a base the source narrows with a
  // word of its own ("35% of the county's bridges" for "Of the 87
  // weight-restricted bridges, 35%": trial34); against an unknown base an
  // owner says nothing of the source's.
  if (a.whole_base && !b.whole_base && !b.whole_sentence && (b.base_words == 0 || (b.base_words >= 2 && b_narrower))) {
    scope = -1;
  } else if (!a.whole_base && a.base_whole_said && a.base_words >= 2 && !b.whole_base && !b.whole_sentence &&
             b.base_words >= 2 && b_narrower && c.value_agrees) {
    scope = -1;
  } else if (RestrictionDropped(a, b) && c.value_agrees) {
    scope = -1;
  } else if (!a.base_key.empty() && !b.base_key.empty()) {
    scope = 1;
  }
  note("base", scope);
  if (scope < 0) first(Diff::kScope);

  // A part reported as the whole: the source narrows its subject with a
  // modifier ("full-time staff") the article drops.
  int subset = 0;
  if (subject > 0) {
    subset = 1;
    // A modifier the source gives the subject in every figure of it (two or
    // more: Statement::doc_name) is its own name for the thing ("el número
    // de licencias federativas alcanzó las 18.940, un 12,4 % más"), which
    // coverage shortens to "licencias": no part of a whole the source
    // states (trial18). Only for the same number: a part's different number
    // is still another statement (TwoStatements).
    // Nor for a misprint of it (a decimal mark moved or two digits swapped:
    // "Prices fell 14%" for the "average farmgate price ... down 1.4%"; the
    // part's own number would not be its whole's misprint).
    // (Asked only of a source with a document name: Compare runs for every
    // candidate pair.)
    const bool name_applies = b.doc_name && (c.value_agrees || [&] {
      const double u = std::fabs(a.f->value.num), v = std::fabs(b.f->value.num);
      return a.f->kind == b.f->kind && u > 0 && v > 0 &&
             (PowerOfTenSlip(u, v, a.digits, b.digits) || DigitTransposition(a.digits, b.digits));
    }());
    for (const std::string& m : b.modifiers) {
      if (std::binary_search(a.modifiers.begin(), a.modifiers.end(), m)) continue;
      if (name_applies && std::binary_search(b.doc_name->begin(), b.doc_name->end(), m)) continue;
      subset = -1;
    }
    // The article's modifiers may all be the agent of its verb, not words
    // of its counted phrase ("The industry employs 6,130 fishers":
    // modifier "industry", subject "fishers"): they narrow nothing, and the
    // source's "of whom 6,130 were full-time" is still a part reported as
    // the whole (eval12; issue 11 point 1 keeps such agents as modifiers).
    auto agent_only = [](const Statement& s) {
      const std::string said = AsciiLower(s.f->subject);
      return std::none_of(s.f->frame.modifiers.begin(), s.f->frame.modifiers.end(),
                          [&said](const std::string& m) { return said.find(AsciiLower(m)) != std::string::npos; });
    };
    if (subset < 0 && !a.modifiers.empty() && !agent_only(a)) {
      subset = 0;  // both narrowed differently: not a plain subset
      // Other words, not one word written two ways: "council" and
      // "council-owned", "naloxona" and "naloxone" share their opening.
      auto akin = [](const std::string& x, const std::string& y) {
        const size_t n = std::min<size_t>(4, std::min(x.size(), y.size()));
        return n > 0 && x.compare(0, n, y, 0, n) == 0;
      };
      auto apart = [&akin](const std::vector<std::string>& mine, const std::vector<std::string>& theirs) {
        return std::any_of(mine.begin(), mine.end(), [&](const std::string& m) {
          return std::none_of(theirs.begin(), theirs.end(), [&](const std::string& t) { return akin(m, t); });
        });
      };
      c.narrowed_apart = apart(a.modifiers, b.modifiers) && apart(b.modifiers, a.modifiers);
      // The source's figure is one group's of a breakdown its sentence
      // gives ("6.2% of nursing homes ..., compared with 3.4% of
      // residential homes"), and the article gives the same number to
      // another name of the head ("6.2% of care homes"): a part's figure
      // reported for the whole (trial44).
      // Calibrated with the groups a source's clause restricts its figure
      // to (subset_of_group): one group's figure given for everyone.
      // Only the very number, only where the article's words are the
      // source's own for the whole ("care homes" elsewhere in the report;
      // not "minor applications" for its "non-major" ones), and not
      // against a group the source names by negation, whose complement
      // coverage names its own way.
      auto names_whole = [&]() {
        if (b.doc_modifiers == nullptr) return false;
        for (const std::string& m : a.modifiers) {
          if (std::binary_search(b.modifiers.begin(), b.modifiers.end(), m)) continue;
          if (!std::binary_search(b.doc_modifiers->begin(), b.doc_modifiers->end(), m)) return false;
        }
        return std::none_of(b.modifiers.begin(), b.modifiers.end(),
                            [](const std::string& m) { return m.rfind("non", 0) == 0 || m.rfind("no ", 0) == 0; });
      };
      if (c.narrowed_apart && b.breakdown && c.same_number && a.f->lang == b.f->lang && names_whole()) {
        subset = -1;
        c.part_of_whole = true;
        c.subgroup = true;
      }
    }
    // The source's own sentence states the whole its narrowed part is of
    // ("9,420 fishers ..., of whom 6,130 were full-time": the part's base is
    // its own counted noun, and a larger number stands beside it), and the
    // article gives the part's number for the noun unnarrowed, stating no
    // such whole itself: a part reported as the whole, read from the
    // source's structure (subset_of_whole), not from a dropped word alone.
    if (subset < 0 && !c.part_of_whole && c.same_number && a.f->kind == Kind::kCount && b.f->kind == Kind::kCount &&
        a.base_key.empty() && !b.base_key.empty() && b.base_key == b.subject && b.sentence_values &&
        std::any_of(b.sentence_values->begin(), b.sentence_values->end(),
                    [&](double v) { return v > b.f->value.num && !SameNumber(v, b.f->value.num); }) &&
        !(a.sentence_values && std::any_of(a.sentence_values->begin(), a.sentence_values->end(), [&](double v) {
          return v > a.f->value.num && !SameNumber(v, a.f->value.num) &&
                 std::any_of(b.sentence_values->begin(), b.sentence_values->end(),
                             [&](double w) { return SameNumber(v, w); });
        }))) {
      c.part_of_whole = true;
    }
  }
  // A part of a stated whole ("17 of the 48 municipalities", base
  // "municipalities") reported as the whole ("the province's 17
  // municipalities", "all 17 councils"): the article counts the base's own
  // noun, gives no base, and marks its count as the whole. "17 councils ran
  // a deficit" claims no whole and stays quiet.
  // The source's part may be fronted ("Of the 48 municipalities, 17 ran
  // a deficit"): a count with no noun of its own beside a larger count in a
  // sentence that names the article's noun.
  auto part_of_article_noun = [&]() {
    if (!b.base_key.empty()) return b.base_key == a.subject;
    if (!b.subject.empty() || !b.sentence_values || !b.bag || !Contains(*b.bag, a.subject_word)) return false;
    for (double v : *b.sentence_values) {
      if (v > b.f->value.num && !SameNumber(v, b.f->value.num)) return true;
    }
    return false;
  };
  // The article may mark its count as the whole after the noun too: "1,530
  // vacancies across the country's schools" (its frame's place is the whole
  // country) for "Of these vacancies, 1,530 were in secondary schools"
  // (eval20). Positive evidence still: the source's base is the article's
  // noun, so a dropped word alone never flags.
  const bool a_whole_place = fa.place == kPlaceNationwide;
  if (subset >= 0 && a.base_key.empty() && !a.subject.empty() && b.f->kind == Kind::kCount &&
      a.f->kind == Kind::kCount && c.value_agrees && part_of_article_noun() &&
      (CountedAsWhole(lex, a) || a_whole_place)) {
    subset = -1;
    c.part_of_whole = true;
  }
  // A group's figure given for everyone: the source restricts its figure to
  // a group ("Electric and hybrid barges were in service for 83%", "Entre
  // los apicultores trashumantes, ..., del 19,8 %") and gives the whole a
  // figure of its own nearby (Statement::whole); the article states the
  // number with none of the group's words before it in its sentence and
  // gives no such whole's number beside it (the article that writes "83%
  // ..., compared with 64% across the whole fleet" keeps the contrast).
  // Only when the subjects do not differ: another subject is its own fault.
  auto shares = [](const std::vector<int>& x, const std::vector<int>& y) {
    for (int id : y) {
      if (std::binary_search(x.begin(), x.end(), id)) return true;
    }
    return false;
  };
  // A group with a relative clause ("drivers aged 17 to 24 who were
  // caught") is kept only by a word before the clause: the clause may say
  // what the whole is too (trial40: "41 per cent of drivers caught" kept no
  // age and passed as keeping the group).
  const std::vector<int>& group = b.subgroup_core_words.empty() ? b.subgroup_words : b.subgroup_core_words;
  bool group_kept = shares(a.lead_words, group) || shares(a.lead_words, b.subgroup_word_tails);
  // Or the sentence before it in its paragraph, where that sentence gives
  // another number of the source's own sentence: the article told the one
  // source sentence in two ("24.1% of Kelbridge's units were vacant, the
  // highest of any town centre with more than 200 units. Eastholme was next
  // at 22.8%." for "Among the town centres with more than 200 retail units,
  // Kelbridge recorded ... 24.1% ..., followed by Eastholme at 22.8%": eval27).
  if (!group_kept && a.prev_bag && a.prev_values && b.sentence_values &&
      std::any_of(group.begin(), group.end(), [&](int id) { return Contains(*a.prev_bag, id); })) {
    for (double v : *a.prev_values) {
      if (SameNumber(v, b.f->value.num)) continue;
      if (std::any_of(b.sentence_values->begin(), b.sentence_values->end(),
                      [&](double w) { return SameNumber(v, w); })) {
        group_kept = true;
        break;
      }
    }
  }
  // A part set after its whole ("412 people, of whom 318 were full-time
  // craftspeople") is kept by any of its words anywhere in the article's
  // sentence ("la mayoría de ellos, 3.710, a la espera de un riñón"), and
  // told as the whole only by a count of the whole's own noun with no base
  // of its own ("its members now employ 318 people": eval51).
  if (b.subgroup_partitive && !group_kept) {
    // (The base is keyed by its lemma: "people" is "individual" there.)
    // A generic "people" names any whole of persons ("it employs 146 people"
    // for "211 workers, of whom 146 worked full time").
    const bool whole_noun = !a.subject.empty() && (a.subject == b.base_key ||
                                                   lex.Canonical(lex.For(a.f->lang).Lemma(a.subject)) == b.base_key ||
                                                   a.generic_people);
    // A word of the part in the sentence before ("La final ... . ... se dio
    // allí, ante unos 14.500 espectadores": eval45), or one of its words in
    // another form ("trabajan ya a jornada completa" for "trabajaban a
    // tiempo completo"), keeps it too; so does a figure said to be "of"
    // something ("Over 1,300 of the volunteers were under 18").
    // Only the part's very number: a bound ("más de 500 brigadistas") holds
    // of many counts, this part's among them (eval24).
    group_kept = !a.bag || !a.base_key.empty() || !whole_noun || !c.same_number || PartOfFollows(*a.f) ||
                 std::any_of(group.begin(), group.end(), [&](int id) {
                   return Contains(*a.bag, id) || (a.prev_bag && Contains(*a.prev_bag, id));
                 }) ||
                 SharesWordStem(lex.For(b.f->lang), b.subgroup_phrase, a.f->sentence);
  }
  if (subset >= 0 && subject >= 0 && b.whole >= 0 && !b.subgroup_words.empty() && a.subgroup_words.empty() &&
      c.value_agrees && a.f->lang == b.f->lang && !group_kept &&
      !(a.sentence_values && std::any_of(a.sentence_values->begin(), a.sentence_values->end(),
                                         [&](double v) { return SameNumber(v, b.whole_value); }))) {
    subset = -1;
    c.part_of_whole = true;
    c.subgroup = true;
  }
  // The reverse: the source's figure is the whole of a group its document
  // gives beside it ("1.020 personas, de las cuales 640 trabajaban a tiempo
  // completo"), and the article states the whole's number with the group's
  // words after it ("1.020 empleados a tiempo completo") and not the
  // group's own number: the whole told as the part (eval51). Words before
  // it may name the whole's parts ("Paintball and laser-tag venues took
  // more than 48,000 bookings": trial75). Not where the article's figure is
  // itself what something is of ("two in five of its 14,350 employees work
  // full-time": trial120).
  if (subset >= 0 && subject >= 0 && b.part >= 0 && b.part_words && c.value_agrees && a.f->lang == b.f->lang &&
      a.subgroup_words.empty() && shares(a.trail_words, *b.part_words) && !OfAnother(*a.f) &&
      !(a.sentence_values && std::any_of(a.sentence_values->begin(), a.sentence_values->end(),
                                         [&](double v) { return SameNumber(v, b.part_value); }))) {
    subset = -1;
    c.part_of_whole = true;
    c.subgroup = true;
    c.whole_as_part = true;
  }
  // One place's figure given for another: both frames tie the figure to a
  // place, the places differ (neither names the other: "England and Wales"
  // holds "England"), and neither sentence names the other side's place
  // anywhere (a sentence that names both may tie the figure to either:
  // "Eastmoor accounted for 131 of the cases ... in Northbridge"). Two
  // languages' names of one place differ in spelling, not in place: one
  // language only. Nor are a name and its initialism ("la AGE" for the
  // "Administración General del Estado" its source spells out: eval20). A number that merely overlaps is another place's own.
  // A region's figure given as the country's: the article says it of the
  // whole country ("Nationally, 1,694 people", "58,200 premises across the
  // country": kPlaceNationwide) and the source of a region it names
  // with its region noun ("The Harwick region accounted for 1,694"): the
  // source's own sentence says the figure is a part. Only a region so read:
  // a country's name ("in Spain") may be the article's country.
  // A small count ("one of the three lowest ratings", "one dumped load every
  // 30 seconds" against "fewer than 5 incidents" in a region: eval20) recurs
  // in any place's sentence: no evidence that the two are one statement of
  // two places, whether the article's place is the country or another. A
  // small rate over its scale ("9,8 por mil") is no such recurring count.
  const bool a_nationwide = fa.place == kPlaceNationwide, b_nationwide = fb.place == kPlaceNationwide;
  const bool small_count = a.f->kind == Kind::kCount && std::fabs(a.f->value.num) < kSmallCount;
  // Whether a statement's sentence names any of these place words (unknown
  // sentence: as if it did).
  auto names = [](const Statement& s, const std::vector<int>& words) {
    if (!s.bag) return true;
    for (int id : words) {
      if (Contains(*s.bag, id)) return true;
    }
    return false;
  };
  if (subset >= 0 && a_nationwide && RegionPlace(lex.For(b.f->lang), fb.place) && a.f->lang == b.f->lang && c.value_agrees &&
      !small_count) {
    subset = -1;
    c.place_differs = true;
  }
  if (subset >= 0 && !a_nationwide && !b_nationwide && !a.place.empty() && !b.place.empty() &&
      a.f->lang == b.f->lang && c.value_agrees && !(small_count && fa.per.empty()) && a.place.find(b.place) == std::string::npos && b.place.find(a.place) == std::string::npos &&
      lex.Canonical(a.place) != lex.Canonical(b.place) && !OneNameAbbreviated(a.f->frame.place, b.f->frame.place) &&
      !NameAndAdjective(a.f->frame.place, b.f->frame.place)) {
    if (!names(a, b.place_words) && !names(b, a.place_words)) {
      subset = -1;
      c.place_differs = true;
    }
  }
  c.subset = subset;
  note("subset", subset);
  if (subset < 0) first(Diff::kSubset);

  // A period or time read from a sentence that compares with an earlier
  // figure may be that figure's (Statement::period_shared): unknown.
  const bool shared = a.period_shared || b.period_shared;
  int period = 0;
  if (!shared && !fa.period.empty() && !fb.period.empty()) {
    period = TimesDisjoint(fa.period, fb.period) ? -1 : TimesOverlap(fa.period, fb.period) ? 1 : 0;
    // "Up 22% since 2005" for "up 22% since 2015": the same number from
    // another start. Only on the number as written: a number merely near
    // with another start is as often another span's own figure.
    if (period == 0 && c.same_number && SinceStartsDiffer(fa.period, fb.period)) period = -1;
    // One number for two spans of unlike length, one inside the other
    // ("14.210 entre enero y junio" for "entre enero y marzo de 2026 ...
    // 14.210", "13.2 million tonnes in the year so far" for the third
    // quarter's 13.2 million): a total of three months is not that of six
    // (eval14). Overlapping spans agree above; only the number as written,
    // of three significant digits or more (a "3%" recurs in any span), and
    // only spans stated as months or quarters: a bare year is as often the
    // year of a finer period the sentence gives elsewhere.
    // Totals only: an average, a rate or a share ("£612 a week", "4.1%")
    // may hold over spans of any length.
    const bool totals = a.f->kind != Kind::kPercent && fa.per.empty() && fb.per.empty() &&
                        fa.measure != Measure::kRate && fb.measure != Measure::kRate;
    const bool written_total = totals && c.same_number &&
                               std::fabs(a.f->value.num) >= 200 * std::max({a.half, b.half, 1e-9});
    // Likewise "742.300 toneladas en el primer semestre" for the source's
    // "en los nueve primeros meses de 2026": two spans of months from one
    // start that end apart (trial18).
    if (period > 0 && written_total &&
        (SpansOfUnlikeLength(fa.period, fb.period) || MonthSpansEndApart(fa.period, fb.period))) {
      period = -1;
    }
    // "up 5.7% in the year to September" for the bulletin's "5.7% in the
    // 12 months to October 2026": two twelve-month windows that end apart,
    // each month's rolling figure its own. Only on the number as written,
    // as above; a share or rate as well as a total, since a window's rate
    // is as much its own as its total.
    // Both windows as the sentences write them: one read from a relative
    // phrase ("en el último año", "this school year") takes its months from
    // the document's date or a convention, an inference that does not set
    // a window's end against a stated one (eval22, fahunt2: the same twelve
    // months read as ending a month or five apart).
    const bool both_dated = a.sentence_dated && *a.sentence_dated && b.sentence_dated && *b.sentence_dated;
    if (period > 0 && c.same_number && both_dated && YearWindowsEndApart(fa.period, fb.period)) period = -1;
    // "up 35% in the last decade" for the release's 35% rise in 2025, or "41 per
    // cent in the past ten years" for "up 41% since 2021/22": one written
    // change over years on one side and over a span under half as long on
    // the other. Changes only: a level or share may stand over any span.
    if (period > 0 && c.same_number && fa.measure == Measure::kChange && fb.measure == Measure::kChange &&
        MultiYearSpanOutlasts(fa.period, fb.period)) {
      period = -1;
    }
  }
  // "up 17 per cent on the previous three months" for a bulletin whose
  // title names July to September and whose sentence names no span: the
  // article's stated period against the span the source inherits from its
  // document. Only where the source figure states no span or date of its
  // own, never against one it states, and only a stated period of the
  // article's (its own inherited span is no claim). Outcomes only: the span
  // a document reports on is that of its results, not of a target or a
  // forecast it names ("9 % en 2030" in a bulletin on 2025). And only on
  // the number as written: a number merely within the article's bound
  // ("más de 5.120" held by the bulletin's 7.310) is as often another
  // statement of the document, one no span sets apart. And only an article
  // sentence that writes a date: a span its frame took from elsewhere is
  // an inference set against another inference (raise-all on train: 23
  // such findings on faithful pairs without this, 19 with it, none of the
  // right ones lost).
  const bool outcomes = fa.modality == Modality::kActual && fb.modality == Modality::kActual && c.same_number &&
                        a.sentence_dated && *a.sentence_dated;
  if (!shared && period == 0 && outcomes && !fa.period.empty() && fb.period.empty() && b.f->time.empty() &&
      !fb.period_inherited.empty() && TimesDisjoint(fa.period, fb.period_inherited)) {
    period = -1;
    c.period_inherited = true;
  }
  // "The fee will stay at £18 a puppy this year" for the register's "£18
  // per puppy throughout 2025": a forecast or target for a span after the
  // one a source's outcome covers says what will be, not when what was
  // happened; it misdates nothing (eval40: a period warning suggesting
  // 2025). Which figure the source gives for the later span, if any, is the
  // alignment's business.
  const bool ahead = fa.modality == Modality::kForecast || fa.modality == Modality::kTarget;
  if (period < 0 && ahead && fb.modality == Modality::kActual && TimeAfter(fa.period, fb.period)) period = 0;
  note("period", period);
  if (period < 0) first(Diff::kPeriod);
  // One number as a change since one start on one side and since another
  // on the other ("up by 31% since 2006" for "has risen by 31% since
  // 2016"): the start is what the frames say differs, not two head nouns
  // read beside the change ("charge", "tax"), as for points, direction and
  // rates above.
  if (period < 0 && c.same_number && c.diff == Diff::kSubject && SinceStartsDiffer(fa.period, fb.period)) {
    c.diff = Diff::kPeriod;
  }
  // "341.582 permisos ... entre enero y junio" for the balance's "341.582
  // procesos ... entre enero y septiembre", "118.430 solicitudes en el
  // primer trimestre" for the semester's "118.430 solicitudes de
  // nacionalidad": a total's number as written, over spans both sentences
  // write, that do not agree. Nouns read as other subjects (a synonym, a
  // modifier dropped) are weaker evidence than the spans the sentences
  // state, and the span is what a desk corrects (trial34: both stayed a
  // subject or subset note at info). Not a place's figure for another's.
  if (period < 0 && c.same_number && (c.diff == Diff::kSubject || c.diff == Diff::kSubset) && !c.place_differs &&
      !c.part_of_whole && a.sentence_dated && *a.sentence_dated && b.sentence_dated && *b.sentence_dated &&
      !fa.period.empty() && !fb.period.empty() && a.f->kind != Kind::kPercent && fa.per.empty() && fb.per.empty() &&
      fa.measure != Measure::kRate && fb.measure != Measure::kRate &&
      std::fabs(a.f->value.num) >= 200 * std::max({a.half, b.half, 1e-9})) {
    c.diff = Diff::kPeriod;
  }

  // A time the figure's own frame period contradicts ("an increase of 5.2%
  // on the same quarter of 2025", read as 2025 for a change whose period is
  // July to September 2026) was taken from elsewhere in its sentence (the
  // baseline): the frame's period is compared above, the time is unknown.
  auto own_time = [](const Statement& s) { return !TimesDisjoint(s.f->time, s.f->frame.period); };
  int time = 0;
  if (!shared && !a.f->time.empty() && !b.f->time.empty() && own_time(a) && own_time(b)) {
    time = TimesDisjoint(a.f->time, b.f->time) ? -1 : TimesOverlap(a.f->time, b.f->time) ? 1 : 0;
    // The day an article told the figure on is no as-of: "figures
    // published yesterday show 38,450" against the count at 30 September
    // (Statement::time_told).
    if (time < 0 && (a.time_told || b.time_told)) time = 0;
  }
  // The same for an article's time ("in April") with no period of its own.
  if (!shared && time == 0 && period >= 0 && outcomes && !a.f->time.empty() && !a.time_told && own_time(a) && fa.period.empty() &&
      b.f->time.empty() && fb.period.empty() && !fb.period_inherited.empty() &&
      TimesDisjoint(a.f->time, fb.period_inherited)) {
    time = -1;
    c.period_inherited = true;
  }
  // As for the period: a forecast's later as-of point is no misdating.
  if (time < 0 && ahead && fb.modality == Modality::kActual && TimeAfter(a.f->time, b.f->time)) time = 0;
  note("time", time);
  if (time < 0) first(Diff::kTime);
  c.when_differs = period < 0 || time < 0;
  return c;
}

}  // namespace claimcheck::check
