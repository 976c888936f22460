// The modifiers that widen a figure: ranges joining two numbers ("between 20
// and 30", "20-30 percent", "from 5,000 to 7,000", "entre 20 y 30") and
// qualifier words before or after it ("more than", "nearly", "or more").
#include <algorithm>
#include <cmath>

#include "extract/recognize/candidate.h"

namespace claimcheck {
namespace recognize {
namespace {

const char* RangeRule(Kind k) {
  switch (k) {
    case Kind::kPercent: return "percent.range";
    case Kind::kMoney: return "money.range";
    case Kind::kMeasure: return "measure.range";
    case Kind::kDuration: return "duration.range";
    default: return "count.range";
  }
}

const char* RoleRule(Kind k, ChangeRole role) {
  static const char* const kRules[][3] = {
      {"count.change", "count.from_level", "count.to_level"},
      {"percent.change", "percent.from_level", "percent.to_level"},
      {"money.change", "money.from_level", "money.to_level"},
      {"measure.change", "measure.from_level", "measure.to_level"},
      {"duration.change", "duration.from_level", "duration.to_level"},
  };
  size_t row = k == Kind::kPercent ? 1 : k == Kind::kMoney ? 2 : k == Kind::kMeasure ? 3 : k == Kind::kDuration ? 4 : 0;
  return kRules[row][static_cast<size_t>(role) - 1];
}

const char* ListRule(Kind k) {
  switch (k) {
    case Kind::kPercent: return "percent.list_unit";
    case Kind::kMoney: return "money.list_unit";
    case Kind::kMeasure: return "measure.list_unit";
    case Kind::kDuration: return "duration.list_unit";
    default: return "count.list_unit";
  }
}

bool EndsWithAny(std::string_view w, const std::vector<std::string>& suffixes) {
  for (const std::string& suf : suffixes) {
    if (w.size() > suf.size() + 2 && w.substr(w.size() - suf.size()) == suf) return true;
  }
  return false;
}

// The change word governing a figure whose first token is `at`, read back
// over adverbs ("fell sharply") and qualifier words ("rose nearly"): its
// sign (+1 up, -1 down, 0 neutral: "went", "revised"). False when there is
// none.
bool ChangeWordBefore(const Sentence& in, size_t at, int* sign) {
  const ScannedText& s = in.s;
  const QualifierRules& q = in.lex.qualifiers;
  size_t j = at;
  bool comma = false;
  for (int budget = 4; j > 0 && budget > 0; --budget) {
    const size_t w = j - 1;
    // One comma between the verb's phrase and its "from" ("se ha revisado
    // al alza, de 1.210.000 a 1.226.000": trial60 read a range, so the old
    // value a revision names was no figure of its own).
    if (!comma && w > 0 && s.Lower(w) == "," && j == at) {
      comma = true;
      j = w;
      continue;
    }
    if (!s.IsWord(w)) return false;
    if (HasWord(s, q.change_up, w)) {
      *sign = 1;
      return true;
    }
    if (HasWord(s, q.change_down, w)) {
      *sign = -1;
      return true;
    }
    if (HasWord(s, q.change_neutral, w)) {
      *sign = 0;
      return true;
    }
    if (EndsWithAny(s.Lower(w), q.change_skip_suffixes) || HasTok(s, in.lex.numbers.articles, w)) {
      j = w;
      continue;
    }
    PhraseMatch p = q.prefix.EndingAt(s, j);
    if (p && p.len <= j) {
      j -= p.len;
      continue;
    }
    return false;
  }
  return false;
}

bool IsArticle(const Sentence& in, size_t i) {
  return in.s.IsWord(i) && (HasTok(in.s, in.lex.numbers.articles, i) || Has(in.lex.subjects.determiners, in.s.Lower(i)));
}

// A change word up to six words back from `at`, over any words but no
// punctuation or number: "cut rates by", "recortó los tipos en".
bool ChangeWordNear(const Sentence& in, size_t at, int* sign) {
  if (ChangeWordBefore(in, at, sign)) return true;
  const ScannedText& s = in.s;
  const QualifierRules& q = in.lex.qualifiers;
  for (size_t j = at, n = 0; j > 0 && n < 6; --j, ++n) {
    const size_t w = j - 1;
    if (!s.IsWord(w)) return false;
    if (HasWord(s, q.change_up, w)) return *sign = 1, true;
    if (HasWord(s, q.change_down, w)) return *sign = -1, true;
    if (HasWord(s, q.change_neutral, w)) return *sign = 0, true;
  }
  return false;
}

// A change and its new level, or an earlier and a new level, in the pair
// (a, b) of numbers k and k+1: "fell $1.2 million to $23.5 million", "rose
// by 8,900 jobs to 803,700", "went from 160,000 to 175,000", "pasó de 160.000
// a 175.000". Sets the roles (and the change's sign) on every candidate of
// both numbers and returns true; such a pair is never a range.
bool MarkChangePair(const Sentence& in, size_t k, std::vector<Candidate>* cands, const std::vector<int>& best) {
  const ScannedText& s = in.s;
  const QualifierRules& q = in.lex.qualifiers;
  if (q.change_to.empty()) return false;
  const Candidate& a = (*cands)[static_cast<size_t>(best[k])];
  const Candidate& b = (*cands)[static_cast<size_t>(best[k + 1])];
  const NumberSpan& na = in.nums[k];
  const NumberSpan& nb = in.nums[k + 1];
  if (na.year_like || nb.year_like || a.kind == Kind::kDate || b.kind == Kind::kDate) return false;
  // "fell to 95.3 from 98.1": the new level first. The earlier level may
  // take an article ("se redujo a 32 días desde los 41") and, bare, the new
  // level's unit (trial41: "los 41" stayed a count and was taken for a slip
  // of 412 transplants).
  const size_t from_at = a.te;
  const bool article = from_at + 2 == b.tb && IsArticle(in, from_at + 1);
  if ((from_at + 1 == b.tb || article) && s.IsWord(from_at) && HasWord(s, q.change_from, from_at) && a.tb > 0 &&
      s.IsWord(a.tb - 1) && HasWord(s, q.change_to, a.tb - 1)) {
    int sign = 0;
    if (!ChangeWordBefore(in, a.tb - 1, &sign)) return false;
    const bool adopt = b.bare && !a.bare && a.kind != Kind::kPercent;
    const Candidate unit = a;
    for (Candidate& c : *cands) {
      if (c.kind == Kind::kOrdinal || c.has_max || c.num < 0) continue;
      const size_t num = static_cast<size_t>(c.num);
      if (num != k && num != k + 1) continue;
      if (num == k + 1 && adopt && c.bare) {
        c.kind = unit.kind;
        c.unit = unit.unit;
        c.factor = unit.factor;
        c.value = nb.value * unit.factor;
        c.bare = false;
        c.priority = 6;
      }
      c.role = num == k ? ChangeRole::kToLevel : ChangeRole::kFromLevel;
      c.rule = RoleRule(c.kind, c.role);
      c.year_like = false;
    }
    return true;
  }
  // Between them: up to two words of a's subject ("8,900 jobs"), a comma, the
  // "to" word, and b's own article or qualifier ("to more than 400", "hasta
  // el 3,5%").
  auto is_to = [&](size_t i) { return s.IsWord(i) && HasWord(s, q.change_to, i); };
  size_t t = b.tb;
  if (t >= 1 && !is_to(t - 1)) {
    if (PhraseMatch pre = q.prefix.EndingAt(s, t); pre && pre.len < t) {
      t = is_to(t - pre.len) ? t - pre.len + 1 : t - pre.len;
    } else if (t >= 2 && IsArticle(in, t - 1) && is_to(t - 2)) {
      --t;
    }
  }
  if (t == 0 || !is_to(t - 1) || t - 1 < a.te) return false;
  size_t between = t - 1 - a.te;
  if (between > 0 && s.IsSym(t - 2, ",")) --between;
  for (size_t i = a.te; i < a.te + between; ++i) {
    if (!s.IsWord(i) || is_to(i)) return false;
  }
  if (between > 2) return false;
  // Before a: "from", "by" or the change word itself, past a qualifier or an
  // article ("crecieron un 12%").
  size_t first = a.tb;
  if (PhraseMatch pre = q.prefix.EndingAt(s, first); pre && pre.len <= first) first -= pre.len;
  if (first > 0 && IsArticle(in, first - 1)) --first;
  // "rose 20 to 30 percent", "by 5 to 10 percent", "$10 to $20" read as
  // ranges: the second number no more than 2.5 times the first.
  const bool range_like = a.value > 0 && b.value > a.value && b.value <= 2.5 * a.value;
  int sign = 0;
  ChangeRole first_role;
  if (first > 0 && s.IsWord(first - 1) && HasWord(s, q.change_from, first - 1)) {
    if (!ChangeWordBefore(in, first - 1, &sign)) return false;  // "estimates range from 300 to 500"
    first_role = ChangeRole::kFromLevel;
  } else if (first > 0 && s.IsWord(first - 1) && HasWord(s, q.change_by, first - 1)) {
    // "(cut rates) by 50 basis points to 3.5%": the change verb may stand
    // a few words back, past its object.
    if (!ChangeWordNear(in, first - 1, &sign)) return false;
    if (range_like && a.bare && !b.bare) return false;
    first_role = ChangeRole::kChange;
  } else if (ChangeWordBefore(in, first, &sign)) {
    // "cut 2,400 jobs to 10,000", "bajó 0,3 puntos, hasta el 12,1%"
    if (range_like) return false;
    first_role = ChangeRole::kChange;
  } else {
    return false;
  }
  // A bare first number takes the unit of the second ("from 5 to 7 percent").
  // ... unless it has a noun of its own ("bajó 0,3 puntos, hasta el 12,1%").
  const Candidate* unit_of = (a.bare && !b.bare && between == 0) ? &b : nullptr;
  const Candidate* unit_of_b = (b.bare && !a.bare && first_role == ChangeRole::kFromLevel) ? &a : nullptr;
  // "cayó 1,2 millones de euros, hasta 23,5 millones": the level is money too;
  // but a percent change says nothing of its level's unit ("cayó un 2,5%,
  // hasta los 9.100 puntos"), nor does a level with a noun of its own.
  if (b.bare && !a.bare && first_role == ChangeRole::kChange && a.kind != Kind::kPercent &&
      !(s.IsWord(b.te) && !s.toks[b.te].known && !HasWord(s, q.change_level_followers, b.te))) {
    unit_of_b = &a;
  }
  const Candidate unit_a = unit_of ? *unit_of : Candidate{};
  const Candidate unit_b = unit_of_b ? *unit_of_b : Candidate{};
  const size_t n = cands->size();
  for (size_t i = 0; i < n; ++i) {
    Candidate& c = (*cands)[i];
    if (c.kind == Kind::kOrdinal || c.has_max || c.num < 0) continue;
    const size_t num = static_cast<size_t>(c.num);
    if (num != k && num != k + 1) continue;
    const bool is_a = num == k;
    const Candidate* adopt = is_a ? (unit_of ? &unit_a : nullptr) : (unit_of_b ? &unit_b : nullptr);
    const NumberSpan& own = is_a ? na : nb;
    const NumberSpan& other = is_a ? nb : na;
    if (adopt && c.bare) {
      c.kind = adopt->kind;
      c.unit = adopt->unit;
      c.factor = adopt->factor;
      c.subject = adopt->subject == SubjectMode::kNone ? SubjectMode::kNone : c.subject;
      // Levels share their scale words ("from 5 to 7 million"); a change does not.
      double base = first_role == ChangeRole::kFromLevel && own.scale == 1 && other.scale > 1
                        ? own.base * other.scale
                        : own.value;
      // "fell 32 paise to 71.20": a level with decimals after a change in
      // a subunit is quoted in the whole currency ("fell 4p to 250" stays pence).
      const bool whole = adopt->kind == Kind::kMoney && adopt->factor < 1 && !is_a &&
                         first_role == ChangeRole::kChange && own.value != static_cast<double>(
                                                                  static_cast<long long>(own.value));
      c.value = base * (whole ? 1 : adopt->factor);
      if (whole) c.factor = 1;
      c.bare = false;
      c.priority = 6;
    }
    // "pasa de 612,4 a 609,8 millones", "from 4.2 to 4.5 billion" with no
    // unit on either side: the earlier level takes the later one's scale
    // words too (adopted above only by a bare number before a unit).
    if (!adopt && is_a && first_role == ChangeRole::kFromLevel && between == 0 && own.scale == 1 &&
        other.scale > 1 && c.kind == b.kind && c.unit == b.unit && own.value != 0 &&
        own.base * other.scale < 2.5 * std::fabs(b.value) && own.base * other.scale * 2.5 > std::fabs(b.value)) {
      c.value = c.value / own.value * own.base * other.scale;
    }
    c.role = is_a ? first_role : ChangeRole::kToLevel;
    // "from 5,000 to 7,000 people": the earlier level counts the same thing.
    if (is_a && first_role == ChangeRole::kFromLevel && between == 0) c.subject_from = best[k + 1];
    if (c.role == ChangeRole::kChange && sign < 0 && c.value > 0) c.value = -c.value;
    c.rule = RoleRule(c.kind, c.role);
    c.year_like = false;
  }
  return true;
}

bool Better(const Candidate& a, const Candidate& b) {
  uint32_t la = a.te - a.tb, lb = b.te - b.tb;
  return la != lb ? la > lb : a.priority > b.priority;
}

// Joins A and B into one range candidate when their kinds and units agree, or
// when one is a bare count that takes the other's unit and scale
// ("20-30 percent", "$5-7 million", "between 5 and 7 million").
bool Join(const Sentence& in, const Candidate& a, const Candidate& b, uint32_t start_tok, Candidate* r) {
  const NumberSpan& na = in.nums[static_cast<size_t>(a.num)];
  const NumberSpan& nb = in.nums[static_cast<size_t>(b.num)];
  if (na.year_like && nb.year_like) return false;  // "2017-2018" is a period: the dates' business
  *r = b;
  double lo = a.value;
  if (a.kind == b.kind && a.unit == b.unit && !(a.bare && b.bare && a.kind != Kind::kCount)) {
    // same dimension
  } else if (a.bare) {
    lo = na.value * b.factor;
  } else if (b.bare && a.te == na.te) {
    // "$5-7 million"; but not "3 points to 12", whose unit follows A.
    r->kind = a.kind;
    r->unit = a.unit;
    r->subject = a.subject == SubjectMode::kNone ? SubjectMode::kNone : b.subject;
    r->value = nb.value * a.factor;
    r->factor = a.factor;
  } else {
    return false;
  }
  // A shares B's scale words when it has none of its own.
  if (na.scale == 1 && nb.scale > 1 && na.base * nb.scale * r->factor <= r->value) lo = na.base * nb.scale * r->factor;
  if (!(lo < r->value)) return false;
  r->value_max = r->value;
  r->value = lo;
  r->has_max = true;
  r->tb = start_tok;
  r->qualifier = Qualifier::kRange;
  r->rule = RangeRule(r->kind);
  r->priority = 5;
  r->bare = false;
  r->year_like = false;
  return true;
}

}  // namespace

void FindRanges(const Sentence& in, std::vector<Candidate>* cands) {
  const ScannedText& s = in.s;
  const QualifierRules& q = in.lex.qualifiers;
  // The best candidate standing on each number.
  std::vector<int> best(in.nums.size(), -1);
  for (size_t i = 0; i < cands->size(); ++i) {
    const Candidate& c = (*cands)[i];
    if (c.num < 0 || c.kind == Kind::kOrdinal || c.has_max) continue;
    int& b = best[static_cast<size_t>(c.num)];
    if (b < 0 || Better(c, (*cands)[static_cast<size_t>(b)])) b = static_cast<int>(i);
  }
  const size_t n = cands->size();
  for (size_t k = 0; k + 1 < in.nums.size(); ++k) {
    if (best[k] < 0 || best[k + 1] < 0) continue;
    if ((*cands)[static_cast<size_t>(best[k + 1])].tb <= (*cands)[static_cast<size_t>(best[k])].te) continue;
    if (MarkChangePair(in, k, cands, best)) continue;
    const Candidate a = (*cands)[static_cast<size_t>(best[k])];
    const Candidate b = (*cands)[static_cast<size_t>(best[k + 1])];
    const size_t gap = b.tb - a.te;
    Candidate r;
    // "between 20 and 30", "entre un 5 y un 7 por ciento" (an article may follow each word)
    // ("entre los 20 y los 30 años" likewise).
    const size_t art_a = a.tb > 0 && IsArticle(in, a.tb - 1) ? 1 : 0;
    const size_t art_b = gap > 1 && IsArticle(in, b.tb - 1) ? 1 : 0;
    PhraseMatch open = q.range_open.EndingAt(s, a.tb - art_a);
    if (open && open.len + art_a <= a.tb) {
      PhraseMatch close = q.range_close[static_cast<size_t>(open.payload)].At(s, a.te);
      if (close.len + art_b == gap && Join(in, a, b, static_cast<uint32_t>(a.tb - art_a - open.len), &r)) {
        r.rule = r.kind == Kind::kCount ? "count.range_between" : r.rule;
        cands->push_back(r);
        continue;
      }
    }
    PhraseMatch infix = q.range_infix.At(s, a.te);
    if (infix.len != gap) continue;
    bool symbol = s.toks[a.te].type == TokType::kSymbol;
    const NumberSpan& na = in.nums[k];
    const NumberSpan& nb = in.nums[k + 1];
    if (symbol && !(na.digits && nb.digits)) continue;
    if (Join(in, a, b, a.tb, &r)) cands->push_back(r);
  }
  (void)n;
}

void ShareListUnits(const Sentence& in, std::vector<Candidate>* cands) {
  const ScannedText& s = in.s;
  const QualifierRules& q = in.lex.qualifiers;
  if (q.list_joiners.empty() || in.nums.size() < 2) return;
  // Per-thread scratch, reused: no allocation per sentence.
  thread_local std::vector<int> best;
  thread_local std::vector<bool> carried;
  thread_local std::vector<bool> listed;  // the number took its unit from the list's next item
  best.assign(in.nums.size(), -1);
  listed.assign(in.nums.size(), false);
  for (size_t i = 0; i < cands->size(); ++i) {
    const Candidate& c = (*cands)[i];
    if (c.num < 0 || c.kind == Kind::kOrdinal || c.has_max) continue;
    int& b = best[static_cast<size_t>(c.num)];
    if (b < 0 || Better(c, (*cands)[static_cast<size_t>(b)])) b = static_cast<int>(i);
  }
  // Right to left, so "3, 4 and 5 percent" passes the unit along.
  for (size_t k = in.nums.size() - 1; k-- > 0;) {
    if (best[k] < 0 || best[k + 1] < 0) continue;
    const Candidate a = (*cands)[static_cast<size_t>(best[k])];
    const Candidate b = (*cands)[static_cast<size_t>(best[k + 1])];
    const NumberSpan& na = in.nums[k];
    const NumberSpan& nb = in.nums[k + 1];
    if (!a.bare || a.kind != Kind::kCount || a.role != ChangeRole::kNone || na.year_like) continue;
    if (b.bare || b.kind == Kind::kCount || b.kind == Kind::kOrdinal || b.qualifier == Qualifier::kVague) continue;
    if (b.tb != nb.tb) continue;  // the unit must follow the number: not "5 and $6"
    if (b.tb <= a.te || b.tb - a.te > 3) continue;
    // "5 and 6", "3, 4 and 5", "un 3 y un 4 por ciento"
    bool joined = true, joiner = false, worded = false, article = false, restated = false;
    for (size_t i = a.te; i < b.tb; ++i) {
      bool j = HasWord(s, q.list_joiners, i);
      restated = restated || (i > a.te && s.IsSym(i - 1, ",") && HasWord(s, q.list_restating, i));
      joiner = joiner || j;
      worded = worded || (j && s.IsWord(i));
      article = article || IsArticle(in, i);
      joined = joined && (j || IsArticle(in, i));
    }
    if (!joined || !joiner) continue;
    // A list's last two items are joined by a word ("3, 4 and 5 percent"),
    // and an article before a later item stands before the first as well
    // ("un 3 y un 4 por ciento"): "los puestos vacíos eran 452, el 24,5 %"
    // and "452, or 24.5%" set a share beside a count, they list no two
    // shares (trial25).
    if (!listed[k + 1] && (!worded || restated)) continue;
    if (article && !(na.tb > 0 && IsArticle(in, na.tb - 1))) continue;
    Candidate c = b;
    c.tb = a.tb;
    c.te = a.te;
    c.num = static_cast<int>(k);
    c.scale = na.scale;
    c.value = (na.scale == 1 && nb.scale > 1 ? na.base * nb.scale : na.value) * b.factor;
    c.qualifier = Qualifier::kExact;
    c.rule = ListRule(c.kind);
    c.priority = 3;
    c.role = ChangeRole::kNone;
    c.subject_from = b.subject_from >= 0 ? b.subject_from : best[k + 1];
    cands->push_back(c);
    best[k] = static_cast<int>(cands->size() - 1);
    listed[k] = true;
  }
  // Left to right, a currency written before the first amount: "£3.1bn and
  // 2.9bn respectively", "€20, 30 and 40".
  carried.assign(in.nums.size(), false);
  for (size_t k = 0; k + 1 < in.nums.size(); ++k) {
    if (best[k] < 0 || best[k + 1] < 0) continue;
    const Candidate a = (*cands)[static_cast<size_t>(best[k])];
    const Candidate b = (*cands)[static_cast<size_t>(best[k + 1])];
    const NumberSpan& na = in.nums[k];
    const NumberSpan& nb = in.nums[k + 1];
    if (a.kind != Kind::kMoney || !(a.tb < na.tb || carried[k]) || a.has_max || a.role != ChangeRole::kNone) continue;
    if (!b.bare || b.kind != Kind::kCount || b.role != ChangeRole::kNone || nb.year_like) continue;
    // "$5 and 6 people", "$5 billion, 300 of them": the second number says
    // what it counts; it must end the list (punctuation, "and", "respectively").
    if (s.IsWord(b.te) && !HasWord(s, q.respectively, b.te) && !HasWord(s, q.list_joiners, b.te)) continue;
    if (b.tb <= a.te || b.tb - a.te > 3) continue;
    bool joined = true, joiner = false;
    for (size_t i = a.te; i < b.tb; ++i) {
      bool j = HasWord(s, q.list_joiners, i);
      joiner = joiner || j;
      joined = joined && (j || IsArticle(in, i));
    }
    if (!joined || !joiner) continue;
    Candidate c = b;
    c.kind = a.kind;
    c.unit = a.unit;
    c.factor = a.factor;
    c.value = nb.value * a.factor;
    c.rule = ListRule(c.kind);
    c.priority = 3;
    c.bare = false;
    c.subject = SubjectMode::kNone;
    cands->push_back(c);
    best[k + 1] = static_cast<int>(cands->size() - 1);
    carried[k + 1] = true;
  }
  // An earlier or compared amount written without its currency or scale
  // takes them from the amount it is set against: "$3.1 billion, up from
  // 2.9 billion", "£410 million, from 372", "3.100 millones de euros, frente
  // a 2.900 millones". The bare amount must stand right after the cue (an
  // article allowed) and say nothing of its own ("up from 300 stores" counts
  // stores); the amount set against it is the nearest money or percent
  // before, past years, a few words back.
  if (q.change_compared.empty()) return;
  for (size_t k = 1; k < in.nums.size(); ++k) {
    if (best[k] < 0) continue;
    const Candidate b = (*cands)[static_cast<size_t>(best[k])];
    const NumberSpan& nb = in.nums[k];
    if (!b.bare || b.kind != Kind::kCount || nb.year_like || b.has_max) continue;
    if (b.role != ChangeRole::kNone && b.role != ChangeRole::kFromLevel) continue;
    if (s.IsWord(b.te) && !s.toks[b.te].known && !HasWord(s, q.change_level_followers, b.te)) continue;
    size_t cue_end = b.tb;
    if (cue_end > 0 && IsArticle(in, cue_end - 1)) --cue_end;
    PhraseMatch cue = q.change_compared.EndingAtAnyToken(s, cue_end);
    if (!cue || cue.len > cue_end) continue;
    const size_t cue_first = cue_end - cue.len;
    // The amount set against it: skip year numbers between ("$3.1 billion
    // in 2025, from 2.9 billion").
    int ai = -1;
    for (size_t j = k, skipped = 0; j-- > 0 && skipped < 2;) {
      if (in.nums[j].year_like) {
        ++skipped;
        continue;
      }
      if (best[j] >= 0) ai = best[j];
      break;
    }
    if (ai < 0) continue;
    const Candidate a = (*cands)[static_cast<size_t>(ai)];
    const NumberSpan& na = in.nums[static_cast<size_t>(a.num)];
    if (a.te > cue_first || cue_first - a.te > 6 || a.has_max || a.role == ChangeRole::kChange) continue;
    // Only words, commas and years between: no clause of its own.
    bool plain = true;
    for (size_t i = a.te; i < cue_first && plain; ++i) {
      plain = s.IsWord(i) || s.IsSym(i, ",") || s.toks[i].type == TokType::kDigits;
    }
    if (!plain) continue;
    double value = nb.value;
    if (a.kind == Kind::kMoney) {
      // "$3.1 billion, up from 2.9": the scale is elided too.
      if (nb.scale == 1 && na.scale > 1 && nb.value < 1000) value = nb.base * na.scale;
    } else if (a.kind == Kind::kPercent) {
      if (nb.value > 100) continue;  // "12%, from 2,900": not a share
    } else {
      continue;
    }
    Candidate c = b;
    c.kind = a.kind;
    c.unit = a.unit;
    c.factor = a.factor;
    c.value = value * a.factor;
    c.bare = false;
    c.priority = 6;
    c.subject = SubjectMode::kNone;
    c.rule = c.role == ChangeRole::kFromLevel ? RoleRule(c.kind, c.role)
             : c.kind == Kind::kMoney             ? "money.compared_unit"
                                                  : "percent.compared_unit";
    (*cands)[static_cast<size_t>(best[k])] = c;
  }
}

void ApplyQualifiers(const Sentence& in, std::vector<Candidate>* cands) {
  const ScannedText& s = in.s;
  const QualifierRules& q = in.lex.qualifiers;
  for (Candidate& c : *cands) {
    if (c.kind == Kind::kOrdinal) continue;
    if (c.qualifier == Qualifier::kRange) {
      // "about $10-$20": the hedge belongs to the span, the range stays a range.
      PhraseMatch pre = q.prefix.EndingAt(s, c.tb);
      auto qual = static_cast<Qualifier>(pre.payload);
      if (pre && pre.len <= c.tb && (qual == Qualifier::kApprox || qual == Qualifier::kNearly)) {
        c.tb = static_cast<uint32_t>(c.tb - pre.len);
      }
      continue;
    }
    if (c.qualifier != Qualifier::kExact) continue;
    PhraseMatch pre = q.prefix.EndingAt(s, c.tb);
    // "cayó ... hasta 23,5 millones": the new level's "to" word is no bound.
    // (Only a ceiling: "al menos un 60 %" opens with "al", a "to" word too,
    // and stays a floor after "reduce": eval36.)
    const bool ceiling = pre && static_cast<Qualifier>(pre.payload) == Qualifier::kAtMost;
    if (ceiling && c.role == ChangeRole::kToLevel && pre.len <= c.tb && HasWord(s, q.change_to, c.tb - pre.len)) {
      pre = PhraseMatch{};
    }
    // "Sube el paro en Harwick hasta el 5,8 %", "mejoró un 3,4 %, hasta el
    // 88,6 %": after a change verb a few words back, of either direction or
    // none, "hasta" is "to" the new level even where no earlier number made
    // this figure a level of a change (trial36: "at most 88,6 %"). Sixteen
    // words back: "ha rebajado los ingresos de los funiculares y teleféricos
    // turísticos en el primer semestre hasta 39,8 millones" (eval39: thirteen).
    constexpr size_t kChangeVerbReach = 16;
    if (ceiling && pre.len <= c.tb && HasWord(s, q.change_to, c.tb - pre.len)) {
      const size_t at = c.tb - pre.len;
      for (size_t k = at, n = 0; k > 0 && n < kChangeVerbReach; --k, ++n) {
        if (HasWord(s, q.change_up, k - 1) || HasWord(s, q.change_down, k - 1) || HasWord(s, q.change_neutral, k - 1)) {
          pre = PhraseMatch{};
          break;
        }
      }
    }
    // "losses adding up to £23.7 million", "que suman hasta": a sum verb
    // right before a ceiling makes it the total the sum reaches.
    if (pre && pre.len < c.tb && static_cast<Qualifier>(pre.payload) == Qualifier::kAtMost &&
        HasWord(s, q.sum_verbs, c.tb - pre.len - 1)) {
      pre = PhraseMatch{};
    }
    // "casualties were revised up to 133,118", "absence went up to 6.8 per
    // cent": after a revision verb or a past verb of movement the words give
    // the level reached and its direction (the frame's), not a ceiling
    // (eval13: read as "at most", a direction conflict with the superseded
    // 131,904; trial23: a qualifier conflict suggesting the very 6.8%).
    if (pre && pre.len < c.tb && static_cast<Qualifier>(pre.payload) == Qualifier::kAtMost &&
        (HasWord(s, q.revision_verbs, c.tb - pre.len - 1) || HasWord(s, q.movement_verbs, c.tb - pre.len - 1))) {
      pre = PhraseMatch{};
    }
    // "revised its figure for net migration in the year to December 2025 up
    // to 209,000 from 196,000": a revision verb further back, its object
    // between, moved the figure up to that level (trial107: a qualifier
    // warning on the very 209,000). Within the clause: no stop or colon.
    if (pre && pre.len < c.tb && static_cast<Qualifier>(pre.payload) == Qualifier::kAtMost &&
        s.Lower(c.tb - pre.len) == "up") {
      for (size_t k = c.tb - pre.len, n = 0; k > 0 && n < kChangeVerbReach; --k, ++n) {
        const std::string_view w = s.Lower(k - 1);
        if (w == "." || w == ";" || w == ":") break;
        if (HasWord(s, q.revision_verbs, k - 1)) {
          pre = PhraseMatch{};
          break;
        }
      }
    }
    // "The church has put its appeal target up to £465,000": the verb's
    // particle after its object (rules: object_particle_verbs), the level
    // the target was moved to (eval40: a qualifier conflict with the very
    // £465,000). "offers grants of up to £5,000" has a preposition in its
    // object, "grants up to £5,000" no such verb: ceilings both.
    if (pre && pre.len < c.tb && static_cast<Qualifier>(pre.payload) == Qualifier::kAtMost &&
        s.Lower(c.tb - pre.len) == "up") {
      constexpr size_t kMaxObjectWords = 4;
      const size_t last = c.tb - pre.len - 1;
      for (size_t k = last, n = 0; k > 0 && n <= kMaxObjectWords; --k, ++n) {
        const Token& t = s.toks[k];
        if (n > 0 && HasWord(s, q.object_particle_verbs, k)) {
          pre = PhraseMatch{};
          break;
        }
        // A hyphen inside a compound ("get four-hour performance up to
        // 78%": trial119) joins two words of the object.
        if (s.IsSym(k, "-") && s.Glued(k) && s.Glued(k + 1)) continue;
        if (t.type != TokType::kWord || t.upper_initial || HasWord(s, q.object_stops, k)) break;
      }
    }
    // "The standard charge will go up to £56 from April", "goes up to
    // fifty-six pounds from April": a scheduled movement reaches the level
    // (trial55: two qualifier false alarms on the very £56); "fines can go
    // up to £2,500" is a ceiling still.
    if (pre && pre.len + 1 < c.tb && static_cast<Qualifier>(pre.payload) == Qualifier::kAtMost) {
      const size_t verb = c.tb - pre.len - 1;
      if (HasWord(s, q.scheduled_movement_verbs, verb) &&
          (HasWord(s, q.scheduled_modals, verb - 1) || HasWord(s, q.scheduled_from, c.te))) {
        pre = PhraseMatch{};
      }
    }
    // "Drivers handed over £581,000 in fines": "over" after a verb it is the
    // particle of (rules: particle_verbs) bounds nothing (trial40: read as
    // "more than £581,000"). Only the one-word bound right after the verb.
    if (pre && pre.len == 1 && pre.len < c.tb && static_cast<Qualifier>(pre.payload) == Qualifier::kMoreThan &&
        HasWord(s, q.particle_verbs, c.tb - pre.len - 1)) {
      pre = PhraseMatch{};
    }
    // "la tasa se quedó en el 2,1 %, por debajo del 2,6 % del año anterior",
    // "fell to 2.1%, below the 2.6% of 2024": a strict comparison bound
    // (rules: compared_bounds) opening the clause right after another
    // figure compares that figure with this one, the reference; it bounds
    // no number of its own. A quantity bound stays one: "5.912 GWh, más de
    // una cuarta parte del total".
    // The bound may be intensified ("muy por debajo de los 312", "far below
    // the 312": rules compared_intensifiers), and the other figure may end a
    // few words before the comma ("20 objetos por cada 100 metros de playa,
    // muy por debajo de los 312 registrados": trial21 read "less than 312").
    if (pre && pre.len < c.tb) {
      const auto qual = static_cast<Qualifier>(pre.payload);
      size_t comma = c.tb - pre.len - 1;
      bool compared = false;
      for (size_t t = comma + 1; t < c.tb; ++t) compared = compared || HasWord(s, q.compared_bounds, t);
      if (comma > 0 && HasWord(s, q.compared_intensifiers, comma)) --comma;
      if (compared && (qual == Qualifier::kMoreThan || qual == Qualifier::kLessThan) && comma > 0 && s.IsSym(comma, ",")) {
        for (const Candidate& o : *cands) {
          if (&o == &c || o.te > comma || comma - o.te > 4 || o.kind == Kind::kDate || o.kind == Kind::kOrdinal) continue;
          bool clause = true;  // no punctuation between the figure and the comma
          for (size_t t = o.te; t < comma && clause; ++t) clause = s.IsWord(t) || s.IsDigits(t);
          if (clause) {
            pre = PhraseMatch{};
            break;
          }
        }
      }
    }
    // "12.648 denuncias, un 8,7 % más que las 11.636 de 2024", "40 more
    // than the 172 of 2024": a strict bound written right after another
    // figure says how much that figure exceeds this one, the reference; it
    // bounds no number of its own (trial27: stored as "more than 11,636").
    // Only right after it: with words between, the bound is the number's
    // own ("one person is over 65", "312 overflows spilled more than 60
    // times", "9% were under 26"). A year is no such figure: "vivió en 2025
    // más de 412 huelgas", "In 2025 more than 412 strikes" bound the 412
    // (trial31: its count candidate, not only its date, stood there).
    if (pre && pre.len < c.tb) {
      const auto qual = static_cast<Qualifier>(pre.payload);
      const size_t before = c.tb - pre.len;  // the bound's first token
      if (qual == Qualifier::kMoreThan || qual == Qualifier::kLessThan) {
        for (const Candidate& o : *cands) {
          if (&o != &c && o.te == before && o.kind != Kind::kDate && o.kind != Kind::kOrdinal && !o.year_like) {
            pre = PhraseMatch{};
            break;
          }
        }
      }
    }
    if (pre && pre.len <= c.tb) {
      size_t first = c.tb - pre.len;
      // "rose 5% over three years" is a period; "waited over 11 weeks", "for
      // over three years", "the wait was over 11 weeks" a bound.
      bool period = c.kind == Kind::kDuration && HasTok(s, q.not_before_duration, first) &&
                    !(first > 0 && HasWord(s, q.bound_before_duration, first - 1));
      if (!period) {
        c.tb = static_cast<uint32_t>(first);
        c.qualifier = static_cast<Qualifier>(pre.payload);
        c.year_like = false;
        // "about 500 or more": the bound after the number says more than the hedge.
        bool hedge = c.qualifier == Qualifier::kApprox || c.qualifier == Qualifier::kNearly;
        if (!hedge) continue;
      }
    }
    if (PhraseMatch post = q.suffix.At(s, c.te)) {
      // "a fine of £176 plus court costs": a money amount's "plus" before
      // another word adds a sum beside it (rules: money_additions); it
      // bounds the amount only where nothing follows ("salaries of £30,000
      // plus."), and "£30,000-plus", "£30,000+" stay bounds (eval22: a
      // qualifier conflict against the exact £176). Also for the bare
      // number's count reading of those digits, which would otherwise
      // outrank the money by its longer span.
      if (post.len == 1 && HasWord(s, q.money_additions, c.te) && s.IsWord(c.te + 1) &&
          std::any_of(cands->begin(), cands->end(),
                      [&](const Candidate& o) { return o.kind == Kind::kMoney && o.te == c.te; })) {
        continue;
      }
      if (c.qualifier != Qualifier::kExact && static_cast<Qualifier>(post.payload) == Qualifier::kApprox) continue;
      // "3,000 and over 400 letters", "12 and under 40": a bound right
      // before another number is that number's prefix, not this one's
      // suffix ("11 metres and over" and "aged 65 and over" stay bounds).
      const size_t after = c.te + post.len;
      if (std::any_of(cands->begin(), cands->end(), [&](const Candidate& o) { return o.tb == after; })) continue;
      // "up 7 per cent and up from 1.18 million": "and up" starts another
      // change (rules: qualifiers.suffix_not_before; trial43).
      if (s.IsWord(after) && HasWord(s, q.suffix_not_before, after)) continue;
      c.te = static_cast<uint32_t>(c.te + post.len);
      c.qualifier = static_cast<Qualifier>(post.payload);
      c.year_like = false;
    }
  }
}

}  // namespace recognize
}  // namespace claimcheck
