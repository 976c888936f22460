#include "claims/check/describe.h"

#include <cctype>
#include <cmath>
#include <cstdio>
#include <string_view>

#include "claimcheck/util.h"

namespace claimcheck::check {

std::string DocName(const std::string& path) {
  std::string p = path;
  while (p.size() > 1 && p.back() == '/') p.pop_back();
  size_t slash = p.find_last_of('/');
  std::string base = slash == std::string::npos ? p : p.substr(slash + 1);
  return base.empty() ? path : base;
}

namespace {
// True when `sentence` holds `text`, then at most two short joining words
// ("of", "of the", "de los", "del"), then `subject`; *out is that stretch as
// the sentence writes it, spaces collapsed.
bool JoinedInSentence(const std::string& sentence, const std::string& text, const std::string& subject,
                      std::string* out) {
  const std::string s = CollapseSpace(sentence);
  for (size_t at = s.find(text); at != std::string::npos; at = s.find(text, at + 1)) {
    size_t gap_start = at + text.size();
    size_t subj = s.find(subject, gap_start);
    if (subj == std::string::npos) return false;
    std::string_view gap(s.data() + gap_start, subj - gap_start);
    // The gap is " ", or " w " / " w w " with short ASCII words.
    int words = 0;
    bool ok = !gap.empty() && gap.front() == ' ' && gap.back() == ' ';
    size_t len = 0;
    for (char c : gap) {
      if (c == ' ') {
        if (len > 0) ++words;
        ok = ok && len <= 4;
        len = 0;
      } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
        ++len;
      } else {
        ok = false;
      }
    }
    if (ok && words <= 2) {
      *out = s.substr(at, subj + subject.size() - at);
      return true;
    }
  }
  return false;
}
}  // namespace

bool CountedWithFigure(const Figure& f) {
  const std::string subject = CollapseSpace(f.subject);
  if (subject.empty()) return false;
  const std::string text = CollapseSpace(f.text);
  if (AsciiLower(text).find(AsciiLower(subject)) != std::string::npos) return true;
  std::string joined;
  return JoinedInSentence(f.sentence, text, subject, &joined);
}

std::string FigureWords(const Figure& f) {
  std::string text = CollapseSpace(f.text);
  if (text.size() > 1 && std::isupper(static_cast<unsigned char>(text[0])) &&
      std::islower(static_cast<unsigned char>(text[1])) && CollapseSpace(f.sentence).compare(0, text.size(), text) == 0) {
    // Only a word the sentence opens with: a lower-case rest of the word.
    size_t e = 1;
    while (e < text.size() && std::isalpha(static_cast<unsigned char>(text[e]))) {
      if (std::isupper(static_cast<unsigned char>(text[e]))) return text;  // "McDonald"
      ++e;
    }
    text[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(text[0])));
  }
  return text;
}

namespace {
std::string DescribeAsWritten(const Figure& f, const std::string& subject_override) {
  std::string text = CollapseSpace(f.text);
  std::string subject = CollapseSpace(f.subject);
  // Only a widening of the recorded subject replaces it.
  if (!subject.empty() && subject_override.size() > subject.size() &&
      subject_override.compare(0, subject.size(), subject) == 0) {
    subject = CollapseSpace(subject_override);
  }
  if (subject.empty()) return text;
  // The recogniser may already have included the subject in the text.
  if (AsciiLower(text).find(AsciiLower(subject)) != std::string::npos) return text;
  // Languages differ in the joining words; use the sentence's own when it
  // joins the two itself ("dozens of countries", "43 percent of the nodes",
  // "el 43 por ciento de los perfiles").
  if (std::string joined; JoinedInSentence(f.sentence, text, subject, &joined)) return joined;
  // A subject written before the figure ("Employment in the province rose
  // by more than 18,000") is named apart, as the sentence's own words, not
  // run on after the number ("more than 18,000 Employment"); one that opens
  // the sentence loses the capital the sentence gave it (not an acronym's).
  const std::string sentence = CollapseSpace(f.sentence);
  const size_t at = sentence.find(subject);
  const size_t figure_at = sentence.find(text);
  if (at != std::string::npos && figure_at != std::string::npos && at < figure_at) {
    if (at == 0 && subject.size() > 1 && std::isupper(static_cast<unsigned char>(subject[0])) &&
        std::islower(static_cast<unsigned char>(subject[1]))) {
      subject[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(subject[0])));
    }
    return text + " (" + subject + ")";
  }
  if (f.kind == Kind::kPercent) return text + " (" + subject + ")";
  return text + " " + subject;
}
}  // namespace

std::string Describe(const Figure& f, const std::string& subject_override) {
  std::string d = DescribeAsWritten(f, subject_override);
  const std::string written = CollapseSpace(f.text);
  const std::string shown = FigureWords(f);
  if (shown != written && d.compare(0, written.size(), written) == 0) d.replace(0, written.size(), shown);
  return d;
}

std::string Slot(const std::string& already, const std::string& joiner, const std::string& value) {
  const std::string v = CollapseSpace(value);
  if (v.empty()) return "";
  const std::string a = AsciiLower(CollapseSpace(already)), lv = AsciiLower(v);
  if (a.find(lv) != std::string::npos) return "";
  // The value carries on from the words the text ends with ("38.2% of
  // strikes" and "strikes where the species was identified"): only the rest
  // is added, never the shared words twice (trial46: "38.2% of strikes of
  // strikes where the species").
  for (size_t cut = lv.rfind(' '); cut != std::string::npos && cut > 0; cut = lv.rfind(' ', cut - 1)) {
    const std::string head = lv.substr(0, cut);
    if (a.size() > head.size() && a.compare(a.size() - head.size(), head.size(), head) == 0 &&
        a[a.size() - head.size() - 1] == ' ') {
      return v.substr(cut);
    }
  }
  return joiner + v;
}

namespace {
// Month names for messages only (the recognisers' month words are rules
// data; these are how a message writes a month it already knows).
const char* const kMonthsEn[] = {"January", "February", "March",     "April",   "May",      "June",
                                 "July",    "August",   "September", "October", "November", "December"};
const char* const kMonthsEs[] = {"enero", "febrero", "marzo",      "abril",   "mayo",      "junio",
                                 "julio", "agosto",  "septiembre", "octubre", "noviembre", "diciembre"};

bool AllDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

// One ISO point: "2026", "2026-06", "2026-06-05", "2018-Q1". *y, *m (0 =
// none), *d (0 = none), *q (0 = none).
bool ReadIsoPoint(std::string_view s, int* y, int* m, int* d, int* q) {
  *m = *d = *q = 0;
  if (s.size() < 4 || !AllDigits(s.substr(0, 4))) return false;
  *y = std::stoi(std::string(s.substr(0, 4)));
  if (s.size() == 4) return true;
  if (s[4] != '-') return false;
  if (s.size() == 7 && s[5] == 'Q' && s[6] >= '1' && s[6] <= '4') {
    *q = s[6] - '0';
    return true;
  }
  if (s.size() < 7 || !AllDigits(s.substr(5, 2))) return false;
  *m = std::stoi(std::string(s.substr(5, 2)));
  if (*m < 1 || *m > 12) return false;
  if (s.size() == 7) return true;
  if (s.size() != 10 || s[7] != '-' || !AllDigits(s.substr(8, 2))) return false;
  *d = std::stoi(std::string(s.substr(8, 2)));
  return *d >= 1 && *d <= 31;
}

std::string PointWords(int y, int m, int d, int q, bool es) {
  const std::string year = std::to_string(y);
  if (q > 0) {
    static const char* const kQuarterEs[] = {"primer", "segundo", "tercer", "cuarto"};
    return es ? std::string(kQuarterEs[q - 1]) + " trimestre de " + year : "Q" + std::to_string(q) + " " + year;
  }
  if (m == 0) return year;
  const std::string month = es ? kMonthsEs[m - 1] : kMonthsEn[m - 1];
  if (d == 0) return es ? month + " de " + year : month + " " + year;
  return es ? std::to_string(d) + " de " + month + " de " + year : std::to_string(d) + " " + month + " " + year;
}

// "2025-26": the two-digit end year a desk writes after a span's first year.
std::string SeasonWords(int y) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%d-%02d", y, (y + 1) % 100);
  return buf;
}
}  // namespace

std::string DateWords(const std::string& iso, const std::string& lang) {
  const bool es = lang == "es";
  int y, m, d, q;
  if (ReadIsoPoint(iso, &y, &m, &d, &q)) return PointWords(y, m, d, q, es);
  const size_t slash = iso.find('/');
  if (slash == std::string::npos || iso.find('/', slash + 1) != std::string::npos) return iso;
  const std::string_view a(iso.data(), slash), b(iso.data() + slash + 1, iso.size() - slash - 1);
  int y2, m2, d2, q2;
  const bool ra = ReadIsoPoint(a, &y, &m, &d, &q), rb = ReadIsoPoint(b, &y2, &m2, &d2, &q2);
  if (ra && b == "..") return (es ? "desde " : "since ") + PointWords(y, m, d, q, es);
  if (rb && a == "..") return (es ? "hasta " : "until ") + PointWords(y2, m2, d2, q2, es);
  if (!ra || !rb) return iso;
  // A twelve-month year across two calendar years ("2025-04/2026-03", or
  // "2025/2026" read from "2025-26"): the desk's "2025-26".
  if (d == 0 && d2 == 0 && q == 0 && q2 == 0 && y2 == y + 1 &&
      ((m == 0 && m2 == 0) || (m > 1 && m2 == m - 1))) {
    return SeasonWords(y);
  }
  return (es ? "de " : "") + PointWords(y, m, d, q, es) + (es ? " a " : " to ") + PointWords(y2, m2, d2, q2, es);
}

std::string PerWords(const Figure& f, const std::string& per, const std::vector<std::string>& spellings) {
  const std::string base = CollapseSpace(per);
  if (base.empty()) return "";
  const std::string s = CollapseSpace(f.sentence);
  const std::string text = CollapseSpace(f.text);
  const size_t figure_at = text.empty() ? std::string::npos : s.find(text);
  std::vector<std::string> written = {base};
  for (const std::string& w : spellings) written.push_back(CollapseSpace(w));
  for (const std::string& p : written) {
    if (figure_at == std::string::npos || p.empty()) break;
    // The denominator's word within a few words after the figure, with the
    // one word before it that joins it ("al", "por", "a", "per", "each").
    const size_t from = figure_at + text.size();
    const std::string lower = AsciiLower(s);
    const size_t at = lower.find(AsciiLower(p), from);
    if (at != std::string::npos && at - from <= 48 && at > 0 && s[at - 1] == ' ') {
      const size_t end = at + p.size();
      const bool word_end = end == s.size() || !(std::isalnum(static_cast<unsigned char>(s[end])) ||
                                                  static_cast<unsigned char>(s[end]) >= 0x80);
      size_t w = at - 1;
      while (w > from && s[w - 1] != ' ') --w;
      if (word_end && w < at - 1) return s.substr(w, end - w);
    }
  }
  return "per " + base;
}

std::string DescribeWithPlace(const Figure& f) {
  std::string d = Describe(f);
  for (unsigned char c : d) {
    if (std::isalpha(c) || c >= 0x80) return d;  // words (or non-ASCII letters) say what it counts
  }
  std::string place = f.page > 0 ? "page " + std::to_string(f.page) + ", " : "";
  return d + ", " + place + "paragraph " + std::to_string(f.paragraph);
}

std::string FormatNumber(double v) {
  char buf[64];
  double r = std::round(v);
  if (std::fabs(v - r) < 0.05 && std::fabs(v) < 1e15) {
    // Group thousands so the number reads like the ones in the text.
    std::snprintf(buf, sizeof buf, "%.0f", std::fabs(r));
    std::string digits = buf, out;
    for (size_t i = 0; i < digits.size(); ++i) {
      if (i > 0 && (digits.size() - i) % 3 == 0) out.push_back(',');
      out.push_back(digits[i]);
    }
    return (r < 0 ? "-" : "") + out;
  }
  std::snprintf(buf, sizeof buf, "%.1f", v);
  return buf;
}

namespace {
bool Digit(char c) { return c >= '0' && c <= '9'; }

// The number `digits` (separators kept) read with `decimal` as the decimal
// mark and the other of ',' and '.' as a group separator.
bool ReadNumeral(const std::string& numeral, char decimal, double* out) {
  std::string plain;
  for (char c : numeral) {
    if (Digit(c)) {
      plain.push_back(c);
    } else if (c == decimal) {
      if (plain.find('.') != std::string::npos) return false;
      plain.push_back('.');
    } else if (c != ',' && c != '.' && c != ' ') {
      return false;
    }
  }
  if (plain.empty()) return false;
  *out = std::stod(plain);
  return true;
}
}  // namespace

std::string FormatLike(const Figure& like, double v) {
  const std::string text = CollapseSpace(like.text);
  const size_t first = text.find_first_of("0123456789");
  if (first == std::string::npos || !std::isfinite(v) || !std::isfinite(like.value.num) || like.value.num == 0) {
    return FormatNumber(v);
  }
  size_t last = first;
  for (size_t i = first; i < text.size(); ++i) {
    if (Digit(text[i])) {
      last = i;
    } else if (!((text[i] == ',' || text[i] == '.' || text[i] == ' ') && i + 1 < text.size() && Digit(text[i + 1]))) {
      break;
    }
  }
  const std::string numeral = text.substr(first, last + 1 - first);
  // The sign before the number ("$", "US$", "£"): the symbols touching it,
  // not the qualifier words ("about").
  size_t from = first;
  while (from > 0 && text[from - 1] != ' ' && !std::isalpha(static_cast<unsigned char>(text[from - 1]))) --from;
  while (from > 0 && std::isupper(static_cast<unsigned char>(text[from - 1]))) --from;  // "US$"
  const std::string sign = text.substr(from, first - from);
  const std::string after = text.substr(last + 1);
  // Which reading of the numeral, at which scale, gives the figure's value.
  static constexpr double kScales[] = {1, 1e3, 1e6, 1e9, 1e12};
  // Spanish writes the decimal comma ("3,7 millones", "17.700 millones").
  const bool comma_first = like.lang == "es";
  for (char decimal : {comma_first ? ',' : '.', comma_first ? '.' : ','}) {
    double read = 0;
    if (!ReadNumeral(numeral, decimal, &read) || read == 0) continue;
    for (double scale : kScales) {
      if (std::fabs(read * scale - std::fabs(like.value.num)) > 1e-9 * std::fabs(like.value.num)) continue;
      const double shown = std::fabs(v) / scale;
      char buf[64];
      std::string number;
      if (std::fabs(shown - std::round(shown)) < 1e-9 * std::max(1.0, shown)) {
        number = FormatNumber(std::round(shown));
      } else {
        std::snprintf(buf, sizeof buf, "%.3f", shown);
        number = buf;
        while (number.back() == '0') number.pop_back();
        if (number.back() == '.') number.pop_back();
        // Thousands grouped as FormatNumber does, then the decimals.
        const size_t dot = number.find('.');
        number = FormatNumber(std::floor(shown)) + (dot == std::string::npos ? "" : number.substr(dot));
      }
      if (decimal == ',') {
        for (char& c : number) c = c == ',' ? '.' : c == '.' ? ',' : c;
      }
      return (v < 0 ? "-" : "") + sign + number + after;
    }
  }
  return FormatNumber(v);
}

}  // namespace claimcheck::check
