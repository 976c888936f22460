// Percentages: "43 percent", "43%", "43 por ciento", percentage points
// ("3 percentage points", unit "pp"), fractions ("two-thirds" -> 66.667) and
// ratios ("one in five" -> 20, "tres de cada cuatro" -> 75).
#include "extract/recognize/candidate.h"

namespace claimcheck {
namespace recognize {

void FindPercents(const Sentence& in, std::vector<Candidate>* out) {
  const ScannedText& s = in.s;
  for (size_t k = 0; k < in.nums.size(); ++k) {
    const NumberSpan& n = in.nums[k];
    if (n.blocked || n.code) continue;
    const int idx = static_cast<int>(k);
    // "half a percentage point", "a quarter of a point", "medio punto
    // porcentual": a fraction of one unit, past "of" and an article.
    size_t fat = n.te;
    if (n.fraction && !in.lex.percent.percent.At(s, fat)) {
      if (s.IsWord(fat) && HasWord(s, in.lex.subjects.of_words, fat)) ++fat;
      if (s.IsWord(fat) && HasTok(s, in.lex.numbers.articles, fat)) ++fat;
      PhraseMatch fm = in.lex.percent.percent.At(s, fat);
      if (!fm || fm.payload == 0) fat = n.te;  // "half a percent" is rare; "half of the percent..." is not one
    }
    if (n.fraction && in.lex.percent.percent.At(s, fat)) {
      // "tres quintos por ciento": three fifths of one percent.
      PhraseMatch m = in.lex.percent.percent.At(s, fat);
      Candidate c = FromNumber(in.nums, idx, n.tb, static_cast<uint32_t>(fat + m.len), Kind::kPercent,
                               m.payload == 2 ? n.value / 100 : n.value,
                               m.payload == 0 ? "percent.number_percent" : "percent.number_points");
      if (m.payload >= 1) c.unit = "pp";  // "half a percentage point"
      c.subject = SubjectMode::kOf;
      c.priority = 3;
      out->push_back(c);
      continue;
    }
    if (n.fraction) {
      Candidate c = FromNumber(in.nums, idx, n.tb, n.te, Kind::kPercent, n.value * 100, "percent.fraction");
      c.subject = SubjectMode::kOf;
      c.priority = 2;
      out->push_back(c);
      continue;
    }
    // "a 40-percent drop", "a 2-percentage-point rise": the compound joiner.
    size_t at = n.te;
    bool compound = false;
    if (s.IsSym(at, "-") && s.Glued(at) && s.Glued(at + 1) && HasTok(s, in.lex.measures.compound_joiners, at) &&
        in.lex.percent.percent.At(s, at + 1)) {
      ++at;
      compound = true;
    }
    PhraseMatch m = in.lex.percent.percent.At(s, at);
    // "25bp", "25 bps" but not "5 BP stations": a capitalised abbreviation
    // standing apart is a name.
    if (m && m.payload == 2 && m.len == 1 && !s.Glued(at) && s.toks[at].upper_initial) m = PhraseMatch{};
    if (m) {
      // Basis points are hundredths of a percentage point.
      const double value = m.payload == 2 ? n.value / 100 : n.value;
      const char* rule = m.payload == 2   ? "percent.number_basis_points"
                         : m.payload == 1 ? "percent.number_points"
                         : compound       ? "percent.compound"
                                          : "percent.number_percent";
      Candidate c = FromNumber(in.nums, idx, n.tb, static_cast<uint32_t>(at + m.len), Kind::kPercent, value, rule);
      if (m.payload >= 1) c.unit = "pp";
      if (m.payload == 2) c.factor = 0.01;
      c.subject = SubjectMode::kOf;
      c.priority = 3;
      out->push_back(c);
      continue;
    }
    // "one in five", "three out of four": the share of a whole, as percent.
    if (k + 1 < in.nums.size() && n.value > 0 && n.scale == 1 && !n.year_like) {
      PhraseMatch m = in.lex.percent.ratio.At(s, n.te);
      const NumberSpan& d = in.nums[k + 1];
      if (m && d.tb == n.te + m.len && !d.blocked && !d.year_like && !d.fraction && d.value >= n.value &&
          d.scale == 1 && !in.lex.percent.percent.At(s, d.te)) {
        Candidate c = FromNumber(in.nums, idx, n.tb, d.te, Kind::kPercent, n.value / d.value * 100, "percent.ratio");
        c.subject = SubjectMode::kFollowing;
        // Above money's 4: "Two in five pounds spent on uniform" is a share
        // of the pounds, not "Two" and "five pounds" (trial31; the spans
        // are of one length, so priority decides).
        c.priority = 5;
        out->push_back(c);
      }
    }
  }
  // "una de cada siete": the article that means one (numbers.yaml
  // joined_units: "un", "una") before a ratio phrase and its whole; a
  // number of its own ("uno de cada cinco", "one in seven") is read above,
  // but the feminine article is no number anywhere else (trial18).
  for (size_t k = 0; k < in.nums.size(); ++k) {
    const NumberSpan& d = in.nums[k];
    if (d.blocked || d.year_like || d.fraction || d.scale != 1 || !(d.value >= 1) || d.tb < 2) continue;
    if (in.lex.percent.percent.At(s, d.te)) continue;
    for (uint32_t i = d.tb >= 5 ? d.tb - 5 : 0; i + 1 < d.tb; ++i) {
      if (!s.IsWord(i)) continue;
      const double* one = FindTok(s, in.lex.numbers.joined_units, i);
      if (!one || *one != 1) continue;
      PhraseMatch m = in.lex.percent.ratio.At(s, i + 1);
      if (!m || i + 1 + m.len != d.tb) continue;
      if (k > 0 && in.nums[k - 1].te > i) continue;  // a number of its own before the phrase
      Candidate c = FromNumber(in.nums, static_cast<int>(k), i, d.te, Kind::kPercent, 1 / d.value * 100, "percent.ratio_article");
      c.subject = SubjectMode::kFollowing;
      c.priority = 2;
      out->push_back(c);
    }
  }
  // "half a percentage point", "medio punto porcentual", "un cuarto de
  // punto": a unit fraction word with no number of its own before points.
  const NumberRules& nr = in.lex.numbers;
  for (size_t i = 0; i + 1 < s.toks.size(); ++i) {
    if (s.toks[i].type != TokType::kWord || !s.toks[i].known) continue;
    const std::string_view w = s.Lower(i);
    for (const auto& [word, f] : nr.unit_fractions) {
      if (word != w) continue;
      size_t j = i + 1;
      if (s.IsWord(j) && HasWord(s, in.lex.subjects.of_words, j)) ++j;
      if (s.IsWord(j) && HasTok(s, nr.articles, j)) ++j;
      PhraseMatch m = in.lex.percent.percent.At(s, j);
      if (!m || m.payload != 1) continue;
      Candidate c;
      c.tb = static_cast<uint32_t>(i > 0 && HasTok(s, nr.articles, i - 1) ? i - 1 : i);
      c.te = static_cast<uint32_t>(j + m.len);
      c.kind = Kind::kPercent;
      c.value = f;
      c.unit = "pp";
      c.rule = "percent.fraction_points";
      c.priority = 3;
      out->push_back(c);
    }
    // "un punto porcentual", "a percentage point": the article is one.
    if (HasTok(s, nr.articles, i)) {
      PhraseMatch m = in.lex.percent.percent.At(s, i + 1);
      if (!m || m.payload != 1) continue;
      bool in_number = false;  // "treinta y un puntos porcentuales"
      for (const NumberSpan& n : in.nums) in_number = in_number || (n.tb <= i && i < n.te);
      if (in_number) continue;
      Candidate c;
      c.tb = static_cast<uint32_t>(i);
      c.te = static_cast<uint32_t>(i + 1 + m.len);
      c.kind = Kind::kPercent;
      c.value = 1;
      c.unit = "pp";
      c.rule = "percent.article_points";
      c.priority = 3;
      out->push_back(c);
    }
  }
}

}  // namespace recognize
}  // namespace claimcheck
