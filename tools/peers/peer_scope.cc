// std::regex is fine here: this is an offline scoring tool, not the
// recogniser's hot path.
#include "tools/peers/peer_scope.h"

#include <algorithm>
#include <regex>

namespace claimcheck {
namespace peers {
namespace {

std::string Lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
  return s;
}

bool Search(const std::string& s, const char* pattern) {
  return std::regex_search(s, std::regex(pattern, std::regex::icase));
}

bool AnyExpected(const std::vector<std::string>& texts, const char* pattern) {
  std::regex re(pattern, std::regex::icase);
  return std::any_of(texts.begin(), texts.end(), [&](const std::string& t) { return std::regex_search(t, re); });
}

}  // namespace

const std::vector<ScopeRule>& ScopeRules() {
  static const std::vector<ScopeRule> kRules = {
      {"scientific", "scientific notation and powers (1e10, 1.1^23, 1.3x10^6): not how reports and news state figures"},
      {"indian", "Indian numbering units (lakh, crore, koti): no South Asian lexicon yet"},
      {"spoken_decimal", "spoken decimals (two point five, uno coma cinco, siete con cincuenta): speech, not print"},
      {"fraction_words", "fraction words other than a simple fraction (numerator one to ten and one denominator "
                         "word, optionally after 'N and'): one hundred thirty fifths, a trillionth, veintiunavos, "
                         "one over three, a half million after 'and'"},
      {"not_figures", "numbers inside IP addresses, phone numbers, dates, slash fractions and product codes: "
                      "claimcheck reports these as not figures by design"},
      {"glyph_fraction", "Unicode fraction glyphs (½, ⅔)"},
      {"mixed_scales", "digits mixed with word scales inside one number (4 thousand 3 hundred and 21, "
                       "4 millones 2 mil 3)"},
      {"conversational", "conversational words given fixed values (a few = 3, a couple = 2, single, nil, bucks) "
                         "and spoken digit sequences (one twenty two, cero uno)"},
      {"article_one", "an indefinite article as the number one (a dollar, una vaca, un paso)"},
      {"misspelling", "misspelt, archaic or transliterated words (diez y seis, dos cientos, trés, fifty - two, "
                      "geneh)"},
      {"shorthand", "giga and finance shorthand, spaced signs and scale letters (10G, US$ 1MM, 2mil, 2.33 k, - 10)"},
      {"glued_unit", "numbers glued to a unit abbreviation (180ml, 29km): a measure for claimcheck, no number for "
                     "the spec"},
      {"percent_reversed", "\"percent of N\" word order and percent words with no number"},
      {"comparison_ranges", "ranges built from comparisons and equalities (greater than 20 and less than 35, "
                            "equal to 20, 200 or greater than 190)"},
      {"ordinal_ranges", "ranges between ordinals (between the tenth and the fifteenth)"},
      {"subunits", "amounts split into units and subunits ($20 and 43c, 3 GBP 1 pence) or stated in subunits "
                   "(10 cents)"},
      {"unnamed_currency", "money with no currency (about 5, 42 bucks) or a currency name shared by several "
                           "countries (dinars, riyals, rials)"},
  };
  return kRules;
}

std::string OutOfScope(const std::string& suite, const std::string& input,
                       const std::vector<std::string>& expected_texts) {
  const std::string in = Lower(input);
  const bool money = suite.find("Money") != std::string::npos;
  const char* kDenominators =
      "(halves|half|thirds?|quarters?|fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?|medios?|medias?|"
      "tercios?|cuartos?|quint[oa]s?|sext[oa]s?|d[eé]cimos?)";
  const std::string simple = std::string(R"(^([a-z ]+ and )?(a|an|one|two|three|four|five|six|seven|eight|nine|ten|)"
                                         R"(un|una|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez)[ -]+)") +
                             kDenominators + "$";
  if (Search(in, R"(\d\s*(e[+-]?\d|\^|x\s*10))")) return "scientific";
  if (Search(in, R"(lakh|lkh|\blac\b|crore|\bcrs?\b|koti|krore|\bkr\b|\d\s*l$|\d,\d\d,\d{3})")) return "indian";
  if (Search(in, R"(\bpoint\b|\bcoma\b|\bpunto\b|\bcon (un|una|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|cero|\d|[a-z]+ent[ao]s?\b|setenta|cincuenta|mil))")) {
    return "spoken_decimal";
  }
  bool odd_fraction = false;
  for (const std::string& t : expected_texts) {
    std::string lt = Lower(t);
    if (Search(lt, (std::string(R"(\b)") + kDenominators + R"(\b)").c_str()) &&
        !std::regex_search(lt, std::regex(simple))) {
      odd_fraction = true;
    }
  }
  if (odd_fraction || Search(in, R"(\b(over|sobre)\s+(\d|one|two|three|twenty|uno|tres|veinte|cien|ciento|a|an)\b|avos?\b|[eé]sim[oa]s?\b|illionths?\b|hundredths?\b|thousandths?\b|twenty[ -]?firsts?|\band \w+ and\b)")) {
    return "fraction_words";
  }
  if (Search(in, R"(\d+\.\d+\.\d+\.\d+|\+\s*\d|\d\s*/\s*\d|\bscp-|\{|\d-\d+-\d|\d{1,2}[-/]\d{1,2}[-/]\d{2,4}|^\d{4}-\d{2}$)")) {
    return "not_figures";
  }
  if (Search(in, "[\u00bd\u2153\u2154\u00bc\u00be\u2155\u2159\u215b]")) return "glyph_fraction";
  if (Search(in, R"(\d\s+(hundred|thousand|million|billion|mil|millones)\s+(and\s+)?(\d|[a-z]+\s+(hundred|mil))|\d\s+(hundred|thousand)\s+and\s+[a-z]+|\d\s+mil\s+\d|and\s+\d+\s+hundred|\d\s+millones\s+\d|treinta y \d|\band \w+ dozens?|\by \w+ docenas?)")) {
    return "mixed_scales";
  }
  if (Search(in, R"(\ba few\b|^few$|\bcouple\b|\ba pair\b|^single$|^nil$|\bbucks\b|^(cero|zero) \S+$|^one twenty|^(zero|nought|naught) point)")) {
    return "conversational";
  }
  if (AnyExpected(expected_texts, R"(^(un|una|a|an)$)") || Search(in, R"(^(a|an) (dollar|euro|pound)\b|^above a dollar)")) {
    return "article_one";
  }
  if (Search(in, R"(diez y|veinte y|dos cientos|diesiseis|trés|séis|€ur|egyptianpound|saudiriyal|geneh|genihat|[a-z] - [a-z])")) {
    return "misspelling";
  }
  if (Search(in, R"(\d\s*g\b|\d\s*mm\b|\dmil\b|\d\s+[kmg]$|\d\s+k\b|^\s*-\s+\d)")) return "shorthand";
  if (Search(in, R"(\d(ml|km|kg|cm|mm)\b)")) return "glued_unit";
  if (suite.find("Percent") != std::string::npos &&
      (Search(in, R"(^\s*(percents?|per cent) of)") || AnyExpected(expected_texts, R"(^(percent|%|percentage)$)"))) {
    return "percent_reversed";
  }
  if (suite.find("Range") != std::string::npos) {
    const char* cmp =
        R"(than|least|most|above|below|over|under|que|mínimo|máximo|menos de|más de|mayor|menor|superior|inferior)";
    std::regex two(std::string("(") + cmp + R"().*\b(and|y|but|pero|,)\b.*()" + cmp + ")", std::regex::icase);
    if (std::regex_search(in, two) ||
        Search(in, R"(\bequal|\bequiv|\bigual|equals|<\s*=|>\s*=|<=|>=|<>|=>|=<|or greater than \d|o mayor (que|de) \d|o más de \d|^\s*x\s*[<>]|x>|x<)")) {
      return "comparison_ranges";
    }
    if (Search(in, R"((between|entre)\s+(the\s+|el\s+)?\w*(th|st|nd|rd|ésim[oa]|[ée]cima|quinta|tercera|segunda)\b)")) {
      return "ordinal_ranges";
    }
  }
  if (money) {
    if (Search(in, R"(\bcents?\b|¢|\d\s*c$|\bpennies\b|\bpence\b|\bsens?\b|kopiykas|\d+\s+(and\s+)?\d+c?$|(dollars?|rupees|ringgit|gbp|cad|chf|usd)\s+(and\s+)?(\d+|one|fourteen)$|and fourteen)")) {
      return "subunits";
    }
    if (Search(in, R"(^(about |exactly |around )?(five|\d+(\.\d+)?)$|bucks|dinars?\b|riyals?\b|rials?\b)")) {
      return "unnamed_currency";
    }
  }
  return "";
}

}  // namespace peers
}  // namespace claimcheck
