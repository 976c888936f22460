#include "extract/recognize/number_scanner.h"

#include <cmath>

namespace claimcheck {
namespace recognize {
namespace {

bool HasMark(const std::string& marks, char c) { return marks.find(c) != std::string::npos; }

// HasTok / FindTok for the sets whose members carry a vocabulary mark
// (text_scan.h kMarkNum*): a known word's bit is set exactly when the word is
// a key of that set (BuildVocabulary), so an unset bit answers without a hash
// lookup (tests/recognize/vocabulary_marks_test.cc holds the bits to the sets).
inline bool Marked(const ScannedText& s, uint8_t bit, size_t i) {
  return i < s.toks.size() && s.toks[i].known && s.toks[i].type != TokType::kDigits && (s.toks[i].marks & bit) != 0;
}
template <typename V>
const V* FindMarked(const ScannedText& s, const StrMap<V>& m, uint8_t bit, size_t i) {
  return Marked(s, bit, i) ? FindTok(s, m, i) : nullptr;
}

struct Group {
  char sep;          // ',', '.', or ' ' for any space
  size_t sep_start;  // byte of the separator
  size_t start;      // first digit
  size_t end;        // past the last digit
};

struct DigitParse {
  size_t end = 0;
  double value = 0;
  bool separators = false;
  bool decimal = false;
  bool code = false;
  int int_digits = 0;
};

size_t DigitsAt(std::string_view t, size_t p) {
  size_t q = p;
  while (q < t.size() && IsAsciiDigit(t[q])) ++q;
  return q - p;
}

double Accumulate(std::string_view t, size_t from, size_t to, double v) {
  for (size_t i = from; i < to; ++i) {
    if (IsAsciiDigit(t[i])) v = v * 10 + (t[i] - '0');
  }
  return v;
}

double Fraction(std::string_view t, size_t from, size_t to) {
  double v = 0, scale = 1;
  for (size_t i = from; i < to; ++i) {
    v = v * 10 + (t[i] - '0');
    scale *= 10;
  }
  return v / scale;
}

// Reads digits and separators from byte b and decides, by the language's
// conventions, how far the numeral runs: "1,234,567.8", "1.234.567,8",
// "1 000", "2,5". A dotted run that is no valid grouping ("192.168.1.2",
// "1.2.3") is a code, not a number.
DigitParse ParseDigits(std::string_view t, size_t b, const NumberRules& r) {
  DigitParse p;
  size_t n0 = DigitsAt(t, b);
  size_t pos = b + n0;
  // "1·43": a non-ASCII decimal mark, never a grouping.
  for (const std::string& d : r.decimal_symbols) {
    if (t.substr(pos, d.size()) != d) continue;
    size_t k = DigitsAt(t, pos + d.size());
    if (k == 0) break;
    p.value = Accumulate(t, b, pos, 0) + Fraction(t, pos + d.size(), pos + d.size() + k);
    p.end = pos + d.size() + k;
    p.separators = p.decimal = true;
    p.int_digits = static_cast<int>(n0);
    return p;
  }
  Group groups[12];
  size_t ng = 0;
  while (ng < 12 && pos < t.size()) {
    char c = t[pos];
    size_t seplen = 0;
    char sep = 0;
    if (c == ',' || c == '.') {
      seplen = 1;
      sep = c;
    } else if (HasMark(r.group_marks, ' ')) {
      seplen = SpaceLen(t, pos);
      sep = ' ';
    }
    if (seplen == 0) break;
    size_t k = DigitsAt(t, pos + seplen);
    if (k == 0) break;
    if (sep == ' ' && k != 3) break;
    groups[ng++] = Group{sep, pos, pos + seplen, pos + seplen + k};
    pos += seplen + k;
  }
  p.int_digits = static_cast<int>(n0);
  auto integer_only = [&]() {
    p.end = b + n0;
    p.value = Accumulate(t, b, b + n0, 0);
  };
  if (ng == 0) {
    integer_only();
    return p;
  }
  size_t m = 1;
  while (m < ng && groups[m].sep == groups[0].sep) ++m;
  const char c1 = groups[0].sep;
  // "0.683" is a decimal whatever the convention: no grouping starts with 0.
  bool all3 = n0 <= 3 && !(n0 == 1 && t[b] == '0');
  for (size_t i = 0; i < m; ++i) all3 = all3 && groups[i].end - groups[i].start == 3;
  const bool c1_groups = HasMark(r.group_marks, c1);
  // Thousands groups followed by a decimal part with the other mark.
  if (m < ng && all3 && c1_groups && groups[m].sep != ' ' && HasMark(r.decimal_marks, groups[m].sep)) {
    p.value = Accumulate(t, b, groups[m - 1].end, 0) + Fraction(t, groups[m].start, groups[m].end);
    p.end = groups[m].end;
    p.separators = p.decimal = true;
    p.int_digits = static_cast<int>(n0 + 3 * m);
    return p;
  }
  // Indian grouping: one or two digits, pairs, then a final three ("6,00,000",
  // "1,25,00,000"), optionally followed by decimals.
  if (m >= 2 && n0 <= 2 && HasMark(r.indian_groups, c1) && groups[m - 1].end - groups[m - 1].start == 3 &&
      !(n0 == 1 && t[b] == '0')) {
    bool pairs = true;
    for (size_t i = 0; i + 1 < m; ++i) pairs = pairs && groups[i].end - groups[i].start == 2;
    if (pairs) {
      p.value = Accumulate(t, b, groups[m - 1].end, 0);
      p.end = groups[m - 1].end;
      p.separators = true;
      p.int_digits = static_cast<int>(n0 + 2 * (m - 1) + 3);
      if (m < ng && groups[m].sep != ' ' && HasMark(r.decimal_marks, groups[m].sep)) {
        p.value += Fraction(t, groups[m].start, groups[m].end);
        p.end = groups[m].end;
        p.decimal = true;
      }
      return p;
    }
  }
  if (m >= 2) {
    if (all3 && c1_groups) {
      p.value = Accumulate(t, b, groups[m - 1].end, 0);
      p.end = groups[m - 1].end;
      p.separators = true;
      p.int_digits = static_cast<int>(n0 + 3 * m);
      return p;
    }
    if (c1 == '.') {  // 192.168.1.2, 1.2.3: not a quantity
      p.code = true;
      p.end = groups[m - 1].end;
      return p;
    }
    integer_only();  // a list: "22,24,26"
    return p;
  }
  // One separator.
  const size_t k = groups[0].end - groups[0].start;
  if (c1 == ' ' || (k == 3 && all3 && HasMark(r.three_digit_groups, c1))) {
    if (n0 <= 3 && k == 3 && c1_groups) {
      p.value = Accumulate(t, b, groups[0].end, 0);
      p.end = groups[0].end;
      p.separators = true;
      p.int_digits = static_cast<int>(n0 + 3);
      return p;
    }
    integer_only();
    return p;
  }
  if (HasMark(r.decimal_marks, c1)) {
    p.value = Accumulate(t, b, b + n0, 0) + Fraction(t, groups[0].start, groups[0].end);
    p.end = groups[0].end;
    p.separators = p.decimal = true;
    return p;
  }
  integer_only();
  return p;
}

bool IsMinusAt(std::string_view t, size_t b, size_t* sign_start) {
  // '-' or U+2212 directly before the digits, itself after a space, '(' or the start.
  size_t s = 0;
  if (b >= 1 && t[b - 1] == '-') {
    s = b - 1;
  } else if (b >= 3 && t.substr(b - 3, 3) == "\xE2\x88\x92") {
    s = b - 3;
  } else {
    return false;
  }
  if (s > 0) {
    // "F-35", "20-30", "5k-20k": a hyphen after a letter or digit is no sign.
    // A sign follows white space, an opening bracket or a comparison ("<-30").
    const char c = t[s - 1];
    bool ok = SpaceLen(t, s - 1) == 1 || (s >= 2 && SpaceLen(t, s - 2) == 2) || (s >= 3 && SpaceLen(t, s - 3) == 3) ||
              c == '(' || c == '[' || c == '<' || c == '>' || c == '=' || c == '~' || c == ':';
    if (!ok) return false;
  }
  *sign_start = s;
  return true;
}

// '+' directly before the digits, itself after white space, '(' or the
// start: a signed figure ("(+38,000)", "+2.3%"). A dialling code ("+1 202
// 555 0143", "+44 20 ...") is left to the not-a-figure filter.
bool IsPlusAt(std::string_view t, size_t b, size_t* sign_start) {
  if (b < 1 || t[b - 1] != '+') return false;
  const size_t s = b - 1;
  if (s > 0) {
    const char c = t[s - 1];
    bool ok = SpaceLen(t, s - 1) == 1 || (s >= 2 && SpaceLen(t, s - 2) == 2) || (s >= 3 && SpaceLen(t, s - 3) == 3) ||
              c == '(' || c == '[' || c == ':';
    if (!ok) return false;
  }
  // Read on the raw digits: "+1 202" must not pass as the grouped 1202.
  const size_t k = DigitsAt(t, b);
  const size_t q = b + k;
  if (k <= 3 && q + 1 < t.size() && (t[q] == '-' || t[q] == ' ' || t[q] == '(') &&
      (IsAsciiDigit(t[q + 1]) || t[q + 1] == '(')) {
    return false;
  }
  *sign_start = s;
  return true;
}

size_t ScanFractionWord(const ScannedText& s, const NumberRules& r, size_t i, double* den);

// A fraction word that names a period, not a share: "the first quarter",
// "the latest half", "two quarters in a row", "a quarter earlier". `first`
// is the first token of the whole phrase (the numerator or the article),
// [fb, fe) the fraction word.
bool PeriodFraction(const ScannedText& s, const NumberRules& r, size_t first, size_t fe) {
  if (fe == 0 || !HasTok(s, r.period_fractions, fe - 1)) return false;
  if (first > 0 && s.IsWord(first - 1) && HasWord(s, r.period_before, first - 1)) return true;
  // "half of this year" is a period, but "half of this year's students" is a
  // share: the period phrase may not end in a possessive.
  if (PhraseMatch m = r.period_after.AtAnyToken(s, fe); m) {
    const size_t e = fe + m.len;
    const bool possessive = e < s.toks.size() && s.Glued(e) && (s.IsSym(e, "'") || s.IsSym(e, "\xE2\x80\x99"));
    if (!possessive) return true;
  }
  // "18,000 people a quarter", "£300 a quarter": after a number and at most
  // three words (its counted noun), an article and a period word with no
  // "of" after it are a denominator, per quarter, not a share. A year
  // before it ("In 2024 a quarter were") is no such number.
  if (first > 0 && first + 2 == fe && Marked(s, kMarkNumArticle, first) &&
      !(s.IsWord(fe) && HasTok(s, r.standalone_fraction_next, fe))) {
    size_t k = first;
    for (int words = 0; k > 0 && s.IsWord(k - 1) && words < 3; ++words) --k;
    if (k > 0 && s.IsDigits(k - 1)) {
      const std::string_view d = s.Lower(k - 1);
      const bool grouped = k >= 2 && s.Glued(k - 1) && (s.IsSym(k - 2, ",") || s.IsSym(k - 2, "."));
      const bool year = d.size() == 4 && !grouped && (d[0] == '1' || d[0] == '2');
      if (!year) return true;
    }
  }
  // The plural "quarters", "trimestres": a period before "of growth".
  const std::string_view w = s.Lower(fe - 1);
  return !w.empty() && w.back() == 's' && r.period_after_plural.AtAnyToken(s, fe);
}

const NumWord* WordAt(const ScannedText& s, const NumberRules& r, size_t i) {
  if (!s.IsWord(i) || !Marked(s, kMarkNumWord, i)) return nullptr;
  return FindTok(s, r.words, i);
}

// Spelled-out numbers. Scale words fold everything smaller than themselves
// ("tres billones ... doscientos veintiocho millones"), so a running list of
// (value, scale) parts is kept.
bool ParseWords(const ScannedText& s, const NumberRules& r, size_t i0, NumberSpan* out) {
  double parts[8];
  double part_scale[8];
  int np = 0;
  double current = 0;
  bool have_current = false;
  enum Prev { kNone, kArticle, kUnit, kTenOpen, kTenClosed, kHundreds, kMultiplier, kScale } prev = kNone;
  size_t i = i0;
  size_t best_end = 0;
  double best_value = 0;
  bool decimal = false;  // a spoken decimal was read: only a scale word may follow
  auto total = [&]() {
    double v = current;
    for (int k = 0; k < np; ++k) v += parts[k];
    return v;
  };
  if (s.IsWord(i) && HasTok(s, r.scale_articles, i) && !Marked(s, kMarkNumArticle, i)) {
    // "superan el millón de alumnos": the article of a scale word is one.
    const NumWord* nw = WordAt(s, r, i + 1);
    if (!nw || nw->kind != NumWordKind::kScale) return false;
    current = 1;
    have_current = true;
    prev = kArticle;
    ++i;
  } else if (s.IsWord(i) && Marked(s, kMarkNumArticle, i)) {
    const NumWord* nw = WordAt(s, r, i + 1);
    bool dozen = s.IsWord(i + 1) && FindMarked(s, r.dozens, kMarkNumDozen, i + 1);
    if (!dozen && (!nw || (nw->kind != NumWordKind::kMultiplier && nw->kind != NumWordKind::kScale))) return false;
    current = 1;
    have_current = true;
    prev = kArticle;
    ++i;
    if (dozen) {  // "a dozen": the scale step multiplies
      best_end = i;
      best_value = 1;
    }
  }
  while (i < s.toks.size()) {
    size_t j = i;
    // "ninety-six", "noventa y seis"
    if (prev == kTenOpen && j + 1 < s.toks.size() && HasTok(s, r.ten_joiners, j)) {
      const NumWord* nw = WordAt(s, r, j + 1);
      const double* joined = s.IsWord(j + 1) ? FindTok(s, r.joined_units, j + 1) : nullptr;
      double unit = joined ? *joined : (nw && nw->kind == NumWordKind::kUnit ? nw->value : 0);
      bool hyphen = s.toks[j].type == TokType::kSymbol;
      if (unit < 10 && unit >= 1 && (!hyphen || (s.Glued(j) && s.Glued(j + 1)))) {
        current += unit;
        prev = kTenClosed;
        i = j + 2;
        best_end = i;
        best_value = total();
        continue;
      }
    }
    // Transcripts put a comma after a scale word: "nine thousand, five
    // hundred and thirty-five" is one number when hundreds follow it.
    if (prev == kScale && s.IsSym(j, ",") && j + 2 < s.toks.size()) {
      const NumWord* u = WordAt(s, r, j + 1);
      const NumWord* m = WordAt(s, r, j + 2);
      if (u && u->kind == NumWordKind::kUnit && u->value >= 1 && m && m->kind == NumWordKind::kMultiplier &&
          np > 0 && part_scale[np - 1] >= m->value * 10) {
        ++j;
      }
    }
    // "a hundred and five", "two thousand and two"
    if ((prev == kMultiplier || prev == kScale || prev == kHundreds) && s.IsWord(j) && HasTok(s, r.and_words, j)) {
      const NumWord* nw = WordAt(s, r, j + 1);
      double den = 0;
      bool fraction_next = ScanFractionWord(s, r, j + 2, &den) != j + 2;
      if (nw && (nw->kind == NumWordKind::kUnit || nw->kind == NumWordKind::kTen) && !fraction_next) ++j;
    }
    // A spoken decimal: "three point one", "tres coma cinco": after a whole
    // number below a hundred, the point word and single digits (a scale word
    // may follow: "two point five million").
    // Not the idiom "at one point": "at one point two people were hurt" (a
    // single number word after a word of decimal_not_after).
    const bool idiom = j == i0 + 1 && i0 > 0 && HasWord(s, r.decimal_not_after, i0 - 1);
    if (!decimal && !idiom && np == 0 && have_current && (prev == kUnit || prev == kTenOpen || prev == kTenClosed) &&
        s.IsWord(j) && HasTok(s, r.decimal_words, j)) {
      double digits = 0, den = 1;
      size_t k = j + 1;
      for (const NumWord* d = WordAt(s, r, k); d && d->kind == NumWordKind::kUnit && d->value <= 9 && den < 1e6;
           d = WordAt(s, r, k)) {
        digits = digits * 10 + d->value;
        den *= 10;
        ++k;
      }
      if (k > j + 1) {
        current += digits / den;
        decimal = true;
        prev = kTenClosed;
        i = k;
        best_end = i;
        best_value = total();
        continue;
      }
    }
    const NumWord* nw = WordAt(s, r, j);
    if (!nw) break;
    bool ok = false;
    switch (nw->kind) {
      case NumWordKind::kUnit:
      case NumWordKind::kTen:
        if (prev == kTenOpen && nw->kind == NumWordKind::kUnit && nw->value >= 1 && nw->value < 10) {
          current += nw->value;  // "fifty two"
          prev = kTenClosed;
          ok = true;
          break;
        }
        if (prev == kNone || prev == kMultiplier || prev == kScale || prev == kHundreds) {
          if (prev == kMultiplier || prev == kHundreds || prev == kNone || !have_current) {
            current += nw->value;
          } else {
            current = nw->value;
          }
          have_current = true;
          prev = nw->kind == NumWordKind::kTen ? kTenOpen : kUnit;
          ok = true;
        }
        break;
      case NumWordKind::kHundreds:
        if (prev == kNone || prev == kScale) {
          current = nw->value;
          have_current = true;
          prev = kHundreds;
          ok = true;
        }
        break;
      case NumWordKind::kMultiplier:
        if (decimal) break;
        if (prev == kNone) {  // "hundred thousand dollars"
          current = nw->value;
          have_current = true;
          prev = kMultiplier;
          ok = true;
        } else if (prev == kUnit || prev == kTenOpen || prev == kTenClosed || prev == kArticle) {
          current *= nw->value;
          prev = kMultiplier;
          ok = true;
        }
        break;
      case NumWordKind::kScale: {
        bool standalone = HasTok(s, r.standalone_scales, j);
        if (prev == kNone && !standalone) break;
        if (prev == kScale && have_current) break;
        double sum = have_current ? current : 1;
        if (prev == kScale) {
          // "mil millones": the new scale must be larger and folds the last part.
          if (np == 0 || nw->value <= part_scale[np - 1]) break;
          sum = 0;
        }
        int keep = 0;
        for (int k = 0; k < np; ++k) {
          if (part_scale[k] < nw->value) {
            sum += parts[k];
          } else {
            parts[keep] = parts[k];
            part_scale[keep] = part_scale[k];
            ++keep;
          }
        }
        np = keep;
        if (np >= 8) break;
        parts[np] = sum * nw->value;
        part_scale[np] = nw->value;
        ++np;
        current = 0;
        have_current = false;
        prev = kScale;
        ok = true;
        break;
      }
    }
    if (!ok) break;
    i = j + 1;
    best_end = i;
    best_value = total();
  }
  if (best_end == 0) return false;
  out->tb = static_cast<uint32_t>(i0);
  out->te = static_cast<uint32_t>(best_end);
  out->value = best_value;
  // The largest scale word, so that "between five and seven million" can
  // lend it to "five".
  double scale = 1;
  for (int k = 0; k < np; ++k) scale = std::max(scale, part_scale[k]);
  out->scale = scale;
  out->base = best_value / scale;
  return true;
}

// "and a half", "y medio" after a numeral.
size_t ScanHalf(const ScannedText& s, const NumberRules& r, size_t i, double* add) {
  PhraseMatch m = r.halves.At(s, i);
  if (!m) return i;
  *add = r.half_values[static_cast<size_t>(m.payload)];
  return i + m.len;
}

// Whether a word is written with a capital and then a small letter
// ("Fourth", "Tercera"; not "fourth", not "FOURTH").
bool TitleCased(std::string_view w) {
  auto upper = [](char c) { return c >= 'A' && c <= 'Z'; };
  return w.size() >= 2 && upper(w[0]) && !upper(w[1]);
}

// A fraction word after a small numerator: "two-thirds", "a quarter".
// Not a capitalised ordinal before a capitalised word, which names something:
// "one Fourth Section conductor", "a Third Division side" (eval42: read as 25%).
size_t ScanFractionWord(const ScannedText& s, const NumberRules& r, size_t i, double* den) {
  size_t j = i;
  if (s.IsSym(j, "-") && s.Glued(j) && s.Glued(j + 1)) ++j;
  PhraseMatch m = r.fractions.At(s, j);
  if (!m || r.not_fractions.At(s, j)) return i;
  if (m.len == 1 && TitleCased(s.Raw(j)) && s.IsWord(j + 1) && TitleCased(s.Raw(j + 1))) return i;
  *den = r.fraction_den[static_cast<size_t>(m.payload)];
  return j + m.len;
}

void Finish(const ScannedText& s, NumberSpan* n) {
  n->start = s.toks[n->tb].start;
  n->end = s.toks[n->te - 1].end;
}

}  // namespace

size_t ScanScales(const ScannedText& s, const NumberRules& r, size_t i, bool allow_glued, double* scale) {
  double last = 0;
  while (i < s.toks.size() && s.IsWord(i) && s.toks[i].known) {
    std::string_view w = s.Lower(i);
    double v = 0;
    if (allow_glued && s.Glued(i) && last == 0) {
      const double* g = Find(r.glued_scales_cased, s.Raw(i));
      if (!g) g = Find(r.glued_scales, w);
      if (!g) {
        const NumWord* nw = Find(r.words, w);
        if (!nw || nw->kind != NumWordKind::kScale) break;
        v = nw->value;
      } else {
        v = *g;
      }
    } else if (!s.Glued(i)) {
      const NumWord* nw = Find(r.words, w);
      if (nw && (nw->kind == NumWordKind::kScale || (nw->kind == NumWordKind::kMultiplier && last == 0))) {
        v = nw->value;
      } else if (const double* sp = Find(r.spaced_scales, w)) {
        v = *sp;
      } else if (const double* dz = Find(r.dozens, w); dz && last == 0) {
        v = *dz;
      }
    }
    if (v == 0 || (last != 0 && v <= last)) break;
    *scale *= v;
    last = v;
    ++i;
    allow_glued = false;
  }
  return i;
}

// The point word a fraction or an article at i counts, with its value:
// "medio punto", "un cuarto de punto", "half a point", "a quarter of a
// point" (point_fractions), and an article before a point word a comparison
// follows, "casi un punto más", "a point higher" (point_next). 0 when none.
size_t PointCount(const ScannedText& s, const NumberRules& r, size_t i, double* value) {
  if (r.point_words.empty() || !s.IsWord(i) || !s.toks[i].known) return 0;
  size_t j = i;
  const bool article = HasTok(s, r.articles, j);
  if (article) ++j;
  if (const double* f = FindTok(s, r.point_fractions, j)) {
    ++j;
    if (s.IsWord(j) && HasWord(s, r.point_of, j)) ++j;
    if (s.IsWord(j) && HasTok(s, r.articles, j)) ++j;
    if (!s.IsWord(j) || !HasWord(s, r.point_words, j)) return 0;
    *value = *f;
    return j;
  }
  if (!article || !s.IsWord(j) || !HasWord(s, r.point_words, j) || !r.point_next.AtAnyToken(s, j + 1)) return 0;
  *value = 1;
  return j;
}

void ScanNumbers(const ScannedText& s, const NumberRules& r, std::vector<NumberSpan>* out) {
  const std::string_view t = s.text;
  size_t i = 0;
  while (i < s.toks.size()) {
    NumberSpan n;
    bool found = false;
    bool negative = false;
    bool decimal = false;  // written with a decimal part
    size_t i_num = i;
    if (s.IsWord(i) && Marked(s, kMarkNumMinus, i) && i + 1 < s.toks.size() &&
        !(i > 0 && s.IsWord(i - 1) && HasTok(s, r.minus_not_after, i - 1))) {
      negative = true;
      i_num = i + 1;
    }
    const Token& tok = s.toks[i_num];
    bool leading_decimal = tok.type == TokType::kSymbol && tok.end - tok.start == 1 &&
                           HasMark(r.decimal_marks, t[tok.start]) && s.IsDigits(i_num + 1) &&
                           s.Glued(i_num + 1) && tok.space_before;
    if (tok.type == TokType::kDigits || leading_decimal) {
      size_t b = tok.start;
      DigitParse p;
      if (leading_decimal) {
        p.end = s.toks[i_num + 1].end;
        p.value = Fraction(t, s.toks[i_num + 1].start, p.end);
        p.decimal = p.separators = true;
      } else {
        p = ParseDigits(t, b, r);
      }
      size_t sign_start = b;
      bool plus = false;
      if (!negative && !p.code && IsMinusAt(t, b, &sign_start)) {
        negative = true;
        b = sign_start;
      } else if (!negative && !p.code && !leading_decimal && IsPlusAt(t, b, &sign_start)) {
        plus = true;
        b = sign_start;
      }
      n.digits = true;
      decimal = p.decimal;
      n.code = p.code;
      n.int_digits = static_cast<uint8_t>(std::min(p.int_digits, 255));
      n.tb = static_cast<uint32_t>((negative || plus) && b < tok.start ? s.TokenAt(b) : i);
      n.te = static_cast<uint32_t>(s.TokenAt(p.end));
      n.base = n.value = p.value;
      n.plain_int = !p.separators && !negative && !plus;
      found = true;
    } else if (ParseWords(s, r, i_num, &n)) {
      n.tb = static_cast<uint32_t>(i);
      found = true;
    }
    if (found && !n.code) {
      double add = 0;
      // "1½", "2 ½": a glyph fraction after whole digits.
      if (n.digits && !decimal && n.te < s.toks.size()) {
        const bool glyph_like = s.toks[n.te].type == TokType::kSymbol &&
                                static_cast<unsigned char>(t[s.toks[n.te].start]) >= 0x80;
        if (const double* g = glyph_like ? FindTok(s, r.glyph_fractions, n.te) : nullptr;
            g && (s.Glued(n.te) || n.plain_int)) {
          n.value = n.base = n.value + (n.value < 0 ? -*g : *g);
          n.plain_int = false;
          ++n.te;
        }
      }
      size_t j = ScanHalf(s, r, n.te, &add);
      if (j != n.te && n.scale == 1) {
        n.value = n.base = n.value + add;
        n.plain_int = false;
        n.te = static_cast<uint32_t>(j);
      }
      double den = 0;
      j = ScanFractionWord(s, r, n.te, &den);
      if (j != n.te && n.value >= 1 && n.value <= 10 && n.value == std::floor(n.value) && !n.digits) {
        // "two quarters in a row": a period, and "two" no count; "the four
        // quarters", "both halves": the whole, never a 100% share.
        if (PeriodFraction(s, r, n.tb, j) || (n.value >= den && HasTok(s, r.period_fractions, j - 1))) {
          n.blocked = true;
        } else {
          n.value = n.base = n.value / den;
          n.fraction = true;
        }
        n.te = static_cast<uint32_t>(j);
      } else if (!n.digits && s.IsWord(n.te) && HasTok(s, r.period_fractions, n.te) &&
                 PeriodFraction(s, r, n.tb, n.te + 1)) {
        n.blocked = true;  // "dos trimestres seguidos"
        ++n.te;
      } else if (s.IsWord(n.te) && HasWord(s, r.period_adjectives, n.te)) {
        // "two consecutive quarters"
        size_t e = ScanFractionWord(s, r, n.te + 1, &den);
        if (e != n.te + 1 && HasTok(s, r.period_fractions, e - 1)) {
          n.blocked = true;
          n.te = static_cast<uint32_t>(e);
        }
      }
      // "one and a third", "three and three fifths"
      if (!n.fraction && s.IsWord(n.te) && HasTok(s, r.and_words, n.te)) {
        size_t k = n.te + 1;
        double num = 0;
        if (s.IsWord(k) && Marked(s, kMarkNumArticle, k)) {
          num = 1;
        } else if (const NumWord* nw = WordAt(s, r, k); nw && nw->kind == NumWordKind::kUnit) {
          num = nw->value;
        }
        double d2 = 0;
        size_t e = num > 0 ? ScanFractionWord(s, r, k + 1, &d2) : k + 1;
        if (num > 0 && num <= 10 && e != k + 1) {
          n.value = n.base = n.value + num / d2 * (n.scale > 1 ? n.scale : 1);
          if (n.scale > 1) n.base = n.value / n.scale;
          n.plain_int = false;
          n.te = static_cast<uint32_t>(e);
        }
      }
      double scale = 1;
      if (!n.fraction && n.scale == 1 && !n.blocked) {
        j = ScanScales(s, r, n.te, n.digits, &scale);
        if (j != n.te) {
          n.te = static_cast<uint32_t>(j);
          n.scale = scale;
          n.value = n.base * scale;
          n.plain_int = false;
        }
      }
      // "dos millones y medio", "a million and a half": the half is of the scale.
      if (!n.fraction && n.scale > 1 && (j = ScanHalf(s, r, n.te, &add)) != n.te) {
        n.base += add;
        n.value = n.base * n.scale;
        n.te = static_cast<uint32_t>(j);
      }
      // "4.1 billion" is 4,100,000,000, not 4,099,999,999.9999995: a scaled
      // figure is snapped to a thousandth of a unit.
      if (n.scale >= 1000) n.value = std::round(n.value * 1000) / 1000;
      if (negative) {
        n.value = -n.value;
        n.base = -n.base;
      }
    }
    if (!found) {
      // A fraction glyph alone: "½ of the wells" (a share), "½ mile".
      // Glyphs are non-ASCII symbols: ASCII punctuation skips the lookup.
      const bool glyph_like = s.toks[i].type == TokType::kSymbol && static_cast<unsigned char>(t[s.toks[i].start]) >= 0x80;
      if (const double* g = glyph_like ? FindTok(s, r.glyph_fractions, i) : nullptr) {
        n.tb = static_cast<uint32_t>(i);
        n.te = static_cast<uint32_t>(i + 1);
        n.value = n.base = *g;
        if (s.IsWord(i + 1) && HasTok(s, r.standalone_fraction_next, i + 1)) {
          n.fraction = true;
        } else {
          n.digits = true;
          double scale = 1;
          size_t k = ScanScales(s, r, n.te, false, &scale);
          if (k != n.te) {
            n.te = static_cast<uint32_t>(k);
            n.scale = scale;
            n.value = n.base * scale;
          }
        }
        found = true;
      }
    }
    // "medio punto más", "casi un punto más", "a quarter of a point": a
    // count whose point word follows it.
    if (!found) {
      double v = 0;
      if (size_t p = PointCount(s, r, i, &v); p != 0) {
        n.tb = static_cast<uint32_t>(i);
        n.te = static_cast<uint32_t>(p);
        n.value = n.base = v;
        found = true;
      }
    }
    // "reoffend within a year", "la tasa más baja en una década", "an extra
    // year": after one of article_one_after, an article before a time unit
    // (article_one_units) is one of that unit.
    if (!found && i > 0 && s.IsWord(i) && Marked(s, kMarkNumArticle, i) && s.IsWord(i - 1) &&
        HasWord(s, r.article_one_after, i - 1) && s.IsWord(i + 1) && HasWord(s, r.article_one_units, i + 1)) {
      n.tb = static_cast<uint32_t>(i);
      n.te = static_cast<uint32_t>(i + 1);
      n.value = n.base = 1;
      n.unit_only = true;
      found = true;
    }
    if (!found) {
      // An article before a fraction ("a quarter"), or a standalone "half of".
      double den = 0;
      size_t j = i;
      if (s.IsWord(i) && Marked(s, kMarkNumArticle, i)) {
        j = ScanFractionWord(s, r, i + 1, &den);
        if (j == i + 1) j = i;
        // "a fifth straight month", "a third term": an ordinal; "a quarter earlier": a period.
        if (j != i && ((s.IsWord(j) && HasWord(s, r.fraction_not_before, j)) || PeriodFraction(s, r, i, j))) j = i;
        // "a half-hearted apology", "a quarter-century": a compound adjective.
        if (j != i && s.IsSym(j, "-") && s.Glued(j) && s.Glued(j + 1) && s.IsWord(j + 1)) j = i;
      }
      size_t sc = s.IsWord(i + 1) && Marked(s, kMarkNumArticle, i + 1) ? i + 2 : i + 1;
      bool before_scale = (WordAt(s, r, sc) && WordAt(s, r, sc)->kind == NumWordKind::kScale) ||
                          (s.IsWord(sc) && FindMarked(s, r.dozens, kMarkNumDozen, sc));
      // "it's over half.", "algo más de la mitad eran mujeres": after a
      // comparison word (past an article) a standalone fraction is a share
      // whatever follows it, but for an article and its unit ("over half an
      // hour").
      bool qualified = false;
      if (j == i && i > 0 && s.IsWord(i) && Marked(s, kMarkNumStandalone, i)) {
        size_t q = i - 1;
        if (q > 0 && s.IsWord(q) && HasWord(s, r.qualified_fraction_articles, q)) --q;
        qualified = s.IsWord(q) && HasWord(s, r.qualified_fraction_after, q) &&
                    !(s.IsWord(i + 1) && Marked(s, kMarkNumArticle, i + 1));
      }
      if (j == i && s.IsWord(i) && Marked(s, kMarkNumStandalone, i) &&
          (qualified ||
           (s.IsWord(i + 1) && (HasTok(s, r.standalone_fraction_next, i + 1) || before_scale))) &&
          !PeriodFraction(s, r, i, i + 1)) {
        j = ScanFractionWord(s, r, i, &den);
      }
      if (j != i) {
        n.tb = static_cast<uint32_t>(i);
        n.te = static_cast<uint32_t>(j);
        n.value = n.base = 1 / den;
        n.fraction = true;
        found = true;
      } else if (const double* uf = before_scale && sc == i + 1 ? FindMarked(s, r.unit_fractions, kMarkNumUnitFraction, i) : nullptr) {
        // "medio millón": the half of a scale word right after it.
        n.tb = static_cast<uint32_t>(i);
        n.te = static_cast<uint32_t>(i + 1);
        n.value = n.base = *uf;
        n.fraction = true;
        found = true;
      }
    }
    if (!found) {
      ++i;
      continue;
    }
    if (n.fraction && n.value > 0) {
      // "half a million", "a quarter million", "half million"
      size_t j = n.te;
      if (s.IsWord(j) && Marked(s, kMarkNumArticle, j)) ++j;
      double scale = 1;
      size_t k = ScanScales(s, r, j, false, &scale);
      if (k != j) {
        n.value = n.base * scale;
        n.scale = scale;
        n.fraction = false;
        n.te = static_cast<uint32_t>(k);
      }
    }
    if (n.te <= n.tb) n.te = n.tb + 1;
    Finish(s, &n);
    n.year_like = n.plain_int && n.int_digits == 4 && n.value >= r.year_min && n.value <= r.year_max;
    out->push_back(n);
    i = n.te;
  }
}

}  // namespace recognize
}  // namespace claimcheck
