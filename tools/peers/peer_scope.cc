// std::regex is fine here: this is an offline scoring tool, not the
// recogniser's hot path.
#include "tools/peers/peer_scope.h"

#include <algorithm>
#include <regex>

namespace claimcheck {
namespace peers {
namespace {

// ASCII only: std::regex compares bytes, so accented letters are written as
// alternatives ("(o|ó)"), never inside brackets.
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

const std::vector<ScopeRule>& DateScopeRules() {
  static const std::vector<ScopeRule> kRules = {
      {"dt_weeks", "weeks, weekends, fortnights and weekdays without a calendar date (next Friday, the third week "
                   "of March, este fin de semana, la primera quincena): not how reports date a checkable figure"},
      {"dt_from_today", "dates counted from the day of speaking (tomorrow, in 3 weeks, two days ago, the next 3 "
                        "months, the rest of the month, dentro de 5 días, hace 3 días, pasado mañana, later this "
                        "year); claimcheck resolves only yesterday and the last/this/next year or month"},
      {"dt_relative_parts", "a day, month or period inside a relative month or year (the 20th of next month, from "
                            "4 to 22 this month, next June, este septiembre, junio del próximo año, Q3 this year)"},
      {"dt_bare_day", "a day of the month with no month (on 15, the 27th, el 15): a count for claimcheck"},
      {"dt_spoken", "days or years written out in words (May twenty-first, nineteen seventy eight, primero de enero, "
                    "dos mil dieciocho); ordinal quarters and halves stay in scope"},
      {"dt_seasons_holidays", "seasons and holidays (summer 2016, la próxima primavera, Christmas): no calendar "
                              "interval"},
      {"dt_centuries_far_years", "centuries and years outside 1800-2100 (the 15th century, siglo XXI, year 247, "
                                 "5 December 1391): claimcheck reads years 1800-2100 only"},
      {"dt_numeric_short", "all-numeric dates without a four-digit year and numeric month-year forms (4/22, "
                           "22/04, 9-18-15, 11/2016, 2015.3, 2019-sep-1, 17 del 11): claimcheck reads only numeric "
                           "dates with a four-digit year whose order is unambiguous (9/11 and 24/7 are not dates)"},
      {"dt_glued", "month names or period codes glued to numbers (april22, 22april, Oct2, 2016H2, 3años)"},
      {"dt_lowercase_names", "English month or weekday names in lower case (april 22, june 2016): claimcheck reads "
                             "English names only capitalised, since may, march and sun are ordinary words"},
  };
  return kRules;
}

namespace {

bool AnySensitive(const std::vector<std::string>& texts, const char* pattern) {
  std::regex re(pattern);
  return std::any_of(texts.begin(), texts.end(), [&](const std::string& t) { return std::regex_search(t, re); });
}

std::string DateOutOfScope(const std::string& suite, const std::string& input,
                           const std::vector<std::string>& texts) {
  (void)input;
  const bool en = suite.find(" en ") != std::string::npos;
  const char* kMonths =
      "(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|"
      "jun|jul|aug|sept?|oct|nov|dec|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|"
      "octubre|noviembre|diciembre|ene|abr|ago|dic)";
  const char* kWeekdays =
      "(monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thu|thurs?|fri|sat|sun|lunes|"
      "martes|mi(e|é)rcoles|jueves|viernes|s(a|á)bado|domingo)";
  const std::string month_day = std::string(R"(\b)") + kMonths + R"(\b.*\d|\d.*\b)" + kMonths + R"(\b)";
  if (AnyExpected(texts, R"(\b(weeks?|weekends?|w/c|fortnights?|semanas?|finde|quincenas?)\b)") ||
      (AnyExpected(texts, (std::string(R"(\b)") + kWeekdays + R"(\b)").c_str()) &&
       !AnyExpected(texts, month_day.c_str()))) {
    return "dt_weeks";
  }
  if (AnyExpected(texts,
                  R"(\b(today|tonight|tomorrow|tmrw|now|ago|later|hence|within|rest|remaining|earlier|future|)"
                  R"(upcoming|coming|current|previous|same|that|business|hoy|mañana|ahora|hace|dentro|siguientes?|)"
                  R"(anteriores|resto|queda|mism[oa]|aquel|temprano|tras|despu(e|é)s)\b|)"
                  R"((^|[^a-z0-9_])(next|past|last|pr(o|ó)xim[oa]s|(u|ú)ltim[oa]s|pasad[oa]s) (\d+|few|two|three|dos|tres|seis)\b|)"
                  R"(\b(next|last|past|this|the|my) day\b|^the day$|\bd(i|í)as?\b|)"
                  R"((^|[^a-z0-9_])(this|next|last|past|esta|pr(o|ó)xima|(u|ú)ltimas|(u|ú)ltimos) (\w+ )?(decades?|d(e|é)cadas?|decenios?)\b)")) {
    return "dt_from_today";
  }
  const std::string rel_with_part =
      std::string(R"(\b((this|next|last|previous|coming) (month|year)|(este|esta|el) (mes|año)|)") +
      R"((mes|año) (que viene|pasado|pr(o|ó)ximo)|(pr(o|ó)ximo|pasado) (mes|año))\b)";
  const std::string relative_month = std::string(R"((^|[^a-z0-9_])(this|next|last|past|coming|previous|este|esta|pr(o|ó)ximo|)") +
                                     R"(pasado|(u|ú)ltimo)\s+)" + kMonths + R"(\b)";
  if (AnyExpected(texts, relative_month.c_str())) return "dt_relative_parts";
  for (const std::string& t : texts) {
    const std::string lt = Lower(t);
    if (std::regex_search(lt, std::regex(rel_with_part)) &&
        (std::regex_search(lt, std::regex(R"(\d)")) || std::regex_search(lt, std::regex(month_day)) ||
         std::regex_search(lt, std::regex(std::string(R"(\b)") + kMonths + R"(\b)")))) {
      return "dt_relative_parts";
    }
  }
  if (AnyExpected(texts, R"(^(the |on |el |for )?\d{1,2}(st|nd|rd|th|º)?$)")) return "dt_bare_day";
  if (AnyExpected(texts,
                  R"(\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|)"
                  R"(sixteen|seventeen|eighteen|nineteen|twenty|thirty|hundred|thousand|first|second|third|fourth|)"
                  R"(fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\w+teenth|twentieth|thirtieth|uno|dos|)"
                  R"(tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|quince|dieci\w+|veinte|)"
                  R"(veinti\w+|treinta|mil|primero|segundo|tercero|vig(e|é)simo|\w+cientos)\b)"
                  R"((?!\s*-?\s*(quarter|half|trimestre|semestre|mitad|cuarto|cuatrimestre)))")) {
    return "dt_spoken";
  }
  if (AnyExpected(texts, R"(\b(summer|spring|fall|autumn|winter|verano|primavera|oto(n|ñ)o|invierno|christmas|)"
                         R"(easter|navidad|pascua|thanksgiving)\b)")) {
    return "dt_seasons_holidays";
  }
  if (AnyExpected(texts, R"(\b(century|centuries|siglos?|millenn\w*|milenios?)\b|\b\d{3}\b|\b1[0-7]\d\d\b)")) {
    return "dt_centuries_far_years";
  }
  if (AnyExpected(texts, R"((^|[^\d./-])\d{1,2}\s*[./~]\s*\d{1,2}([^\d./-]|$)|\d{1,2}[./-]\d{1,2}[./-]\d{2}(\D|$)|)"
                         R"((^|\D)\d{4}\s*[./~-]\s*(0?[1-9]|1[0-2])(\D|$)|(^|\D)(0?[1-9]|1[0-2])\s*[./~-]\s*\d{4}(\D|$)|)"
                         R"(\d{4}[-/][a-z]{3}[-/]\d|\d+ del \d+$)")) {
    return "dt_numeric_short";
  }
  if (AnyExpected(texts, R"([a-z]{3,}\d|\d[a-z]{3,}|\d{4}[hq]\d)")) return "dt_glued";
  if (en) {
    const std::string lower_name = std::string(R"(\b)") + kMonths + R"(\b|\b)" + kWeekdays + R"(\b)";
    if (AnySensitive(texts, lower_name.c_str())) return "dt_lowercase_names";
  }
  return "";
}

}  // namespace

std::string OutOfScope(const std::string& suite, const std::string& input,
                       const std::vector<std::string>& expected_texts) {
  if (suite.find("Date") != std::string::npos) return DateOutOfScope(suite, input, expected_texts);
  const std::string in = Lower(input);
  const bool money = suite.find("Money") != std::string::npos;
  const char* kDenominators =
      "(halves|half|thirds?|quarters?|fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?|medios?|medias?|"
      "tercios?|cuartos?|quint[oa]s?|sext[oa]s?|d(e|é)cimos?)";
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
  if (odd_fraction || Search(in, R"(\b(over|sobre)\s+(\d|one|two|three|twenty|uno|tres|veinte|cien|ciento|a|an)\b|avos?\b|(e|é)sim[oa]s?\b|illionths?\b|hundredths?\b|thousandths?\b|twenty[ -]?firsts?|\band \w+ and\b)")) {
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
    if (Search(in, R"((between|entre)\s+(the\s+|el\s+)?\w*(th|st|nd|rd|ésim[oa]|(?:é|e)cima|quinta|tercera|segunda)\b)")) {
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
