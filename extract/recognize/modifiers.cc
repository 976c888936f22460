// The modifiers that widen a figure: ranges joining two numbers ("between 20
// and 30", "20-30 percent", "from 5,000 to 7,000", "entre 20 y 30") and
// qualifier words before or after it ("more than", "nearly", "or more").
#include <algorithm>

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
    const Candidate a = (*cands)[static_cast<size_t>(best[k])];
    const Candidate b = (*cands)[static_cast<size_t>(best[k + 1])];
    if (b.tb <= a.te) continue;
    const size_t gap = b.tb - a.te;
    Candidate r;
    PhraseMatch open = q.range_open.EndingAt(s, a.tb);
    if (open && open.len <= a.tb) {
      PhraseMatch close = q.range_close[static_cast<size_t>(open.payload)].At(s, a.te);
      if (close.len == gap && Join(in, a, b, static_cast<uint32_t>(a.tb - open.len), &r)) {
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
    if (pre && pre.len <= c.tb) {
      size_t first = c.tb - pre.len;
      bool period = c.kind == Kind::kDuration && HasTok(s, q.not_before_duration, first);
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
      if (c.qualifier != Qualifier::kExact && static_cast<Qualifier>(post.payload) == Qualifier::kApprox) continue;
      c.te = static_cast<uint32_t>(c.te + post.len);
      c.qualifier = static_cast<Qualifier>(post.payload);
      c.year_like = false;
    }
  }
}

}  // namespace recognize
}  // namespace claimcheck
