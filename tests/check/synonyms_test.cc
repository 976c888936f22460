// The synonyms loader and the rules/ files it reads.
#include <catch2/catch.hpp>

#include "claimcheck/check.h"
#include "claimcheck/rules.h"
#include "claims/check/interval.h"
#include "claims/check/lexicon.h"

using namespace claimcheck;

TEST_CASE("the shipped synonyms files load and lemmatise") {
  for (const std::string lang : {"en", "es"}) {
    Synonyms syn;
    Status s = LoadSynonyms(DefaultRulesDir(), lang, &syn);
    INFO(lang << ": " << s.message());
    REQUIRE(s.ok());
    CHECK_FALSE(syn.groups.empty());
    CHECK_FALSE(syn.stopwords.empty());
  }
  Synonyms en;
  REQUIRE(LoadSynonyms(DefaultRulesDir(), "en", &en).ok());
  CHECK(en.Lemma("profiles") == "profile");
  CHECK(en.Lemma("Countries") == "country");
  CHECK(en.Lemma("people") == "person");
  CHECK(en.Lemma("news") == "news");
  CHECK(en.Lemma("status") == "status");
  CHECK(en.Lemma("is") == "is");
  CHECK(en.head_first == false);
  Synonyms es;
  REQUIRE(LoadSynonyms(DefaultRulesDir(), "es", &es).ok());
  CHECK(es.head_first);
  CHECK(es.Lemma("perfiles") == "perfil");
  CHECK(es.Lemma("cuentas") == "cuenta");
  CHECK(es.Lemma("países") == "país");
}

TEST_CASE("subjects reduce to one key: profiles = nodes = accounts, countries = nations") {
  check::Lexicon lex;
  REQUIRE(lex.Load(DefaultRulesDir(), {"en", "es"}).ok());
  auto key = [&](const std::string& lang, const std::string& subject) {
    Figure f;
    f.lang = lang;
    f.subject = subject;
    return lex.Subject(f).key;
  };
  CHECK(key("en", "ISIS-supporting profiles (or nodes)") == key("en", "the nodes"));
  CHECK(key("en", "the nodes") == key("en", "Facebook accounts"));
  CHECK(key("en", "unique countries") == key("en", "nations"));
  CHECK(key("en", "supporters") != key("en", "fighters"));
  CHECK(key("en", "the content we remove") == key("en", "all content"));
  CHECK(key("es", "perfiles que apoyan al ISIS") == key("es", "cuentas"));
  CHECK(key("es", "países") == key("en", "countries"));
  // eval11: "el 37,8 % de los escolares" restates the study's "de los niños
  // y niñas"; "todos los menores de edad" is a wider population.
  CHECK(key("es", "los escolares") == key("es", "niños"));
  CHECK(key("es", "los escolares") != key("es", "menores"));
  CHECK(lex.Distinct("supporter", "fighter"));

  Figure whole;
  whole.lang = "en";
  whole.subject = "all content";
  CHECK(lex.Subject(whole).whole);
  whole.subject = "the content we remove";
  CHECK_FALSE(lex.Subject(whole).whole);
}

TEST_CASE("a figure without a recorded subject takes the noun phrase after it") {
  check::Lexicon lex;
  REQUIRE(lex.Load(DefaultRulesDir(), {"en"}).ok());
  Figure f;
  f.lang = "en";
  f.sentence = "Facebook had taken action against 43 percent of the nodes by March 5, 2018.";
  f.sentence_start = 100;
  f.start = 100 + f.sentence.find("43 percent");
  f.end = f.start + 10;
  CHECK(lex.Subject(f).head == "node");
}

TEST_CASE("strict loading: unknown keys, wrong types and bad YAML give file:line:column") {
  Synonyms syn;
  Status s = ParseSynonyms("head: last\nfoo: [a]\n", "x.yaml", "en", &syn);
  CHECK(s.message() == "x.yaml:2:1: unknown key 'foo' in the file (expected one of: head, lemmas, "
                       "suffixes, keep, synonyms, distinct, people_counts, total_people_counts, time_heads, time_kinds, agent_heads, "
                       "people_heads, act_heads, thing_heads, "
                       "rate_heads, occurrence_heads, event_heads, stopwords, phrase_breaks, restrictive_breaks, whole_markers, basis_words, compass_areas, "
                       "cues, attribution)");
  s = ParseSynonyms("synonyms:\n  - [country]\n", "x.yaml", "en", &syn);
  CHECK(s.message() == "x.yaml:2:5: a synonyms group needs two or more words");
  s = ParseSynonyms("cues:\n  part_of: [of]\n  parts: [x]\n", "x.yaml", "en", &syn);
  CHECK(s.message().rfind("x.yaml:3:3: unknown key 'parts' in cues", 0) == 0);
  s = ParseSynonyms("head: middle\n", "x.yaml", "en", &syn);
  CHECK(s.message() == "x.yaml:1:7: head must be 'first' or 'last'");
  s = ParseSynonyms("stopwords: [a, [b]]\n", "x.yaml", "en", &syn);
  CHECK(s.message() == "x.yaml:1:16: an entry of stopwords must be a word (a string)");
  s = ParseSynonyms("synonyms: [[a, b]\n", "x.yaml", "en", &syn);
  CHECK_FALSE(s.ok());
  CHECK(s.message().rfind("x.yaml:", 0) == 0);
  CHECK(ParseSynonyms("", "x.yaml", "en", &syn).ok());
  Status missing = LoadSynonyms("/nonexistent", "en", &syn);
  CHECK(missing.code() == Status::Code::kNotFound);
}

TEST_CASE("figure intervals follow written precision and qualifier") {
  auto fig = [](std::string text, Kind k, double v, Qualifier q = Qualifier::kExact) {
    Figure f;
    f.text = std::move(text);
    f.kind = k;
    f.value = FigureValue::Number(v);
    f.qualifier = q;
    return f;
  };
  CHECK(check::HalfPrecision(fig("43 percent", Kind::kPercent, 43)) == Approx(0.5));
  CHECK(check::HalfPrecision(fig("3.2 percent", Kind::kPercent, 3.2)) == Approx(0.05));
  CHECK(check::HalfPrecision(fig("3,2 por ciento", Kind::kPercent, 3.2)) == Approx(0.05));
  CHECK(check::HalfPrecision(fig("$1.2 billion", Kind::kMoney, 1.2e9)) == Approx(5e7));
  CHECK(check::HalfPrecision(fig("400,000", Kind::kCount, 400000)) == Approx(8000));
  CHECK(check::HalfPrecision(fig("1,000", Kind::kCount, 1000)) == Approx(20));
  CHECK(check::HalfPrecision(fig("4,645", Kind::kCount, 4645)) == Approx(0.5));
  // The last written digit's unit, not widened: a figure written with a scale
  // word ("14,8 millones") was rounded by its writer (trial13), "1,150" not.
  CHECK(check::WrittenUnit(fig("14,8 millones", Kind::kCount, 14.8e6)) == Approx(1e5));
  CHECK(check::WrittenUnit(fig("£86.4m", Kind::kMoney, 86.4e6)) == Approx(1e5));
  CHECK(check::WrittenUnit(fig("4.630 millones de euros", Kind::kMoney, 4630e6)) == Approx(1e6));
  CHECK(check::WrittenUnit(fig("1,150", Kind::kCount, 1150)) == Approx(1));
  CHECK(check::WrittenUnit(fig("3.2 percent", Kind::kPercent, 3.2)) == Approx(0.1));
  CHECK(check::WrittenUnit(fig("one in five", Kind::kPercent, 20)) == 0);
  CHECK(check::HalfPrecision(fig("1\xC2\xA0" "000", Kind::kCount, 1000)) == Approx(20));
  // A round number in words rounds as the same number in digits does.
  CHECK(check::HalfPrecision(fig("forty-one thousand", Kind::kCount, 41000)) == Approx(500));
  CHECK(check::HalfPrecision(fig("cuarenta y un mil", Kind::kCount, 41000)) == Approx(500));
  CHECK(check::HalfPrecision(fig("one thousand", Kind::kCount, 1000)) == Approx(20));
  CHECK(check::HalfPrecision(fig("twelve", Kind::kCount, 12)) == Approx(0.5));  // as "12"
  CHECK(check::HalfPrecision(fig("a half", Kind::kCount, 0.5)) == Approx(0));
  // A unit fraction stands for the shares nearer it than its neighbours in
  // the family (one in four, five, six): "one in five" covers 18.3% to 21.7%.
  CHECK(check::HalfPrecision(fig("One in five", Kind::kPercent, 20)) == Approx(5.0 / 3));
  CHECK(check::HalfPrecision(fig("1 in 5", Kind::kPercent, 20)) == Approx(5.0 / 3));
  CHECK(check::HalfPrecision(fig("uno de cada cinco", Kind::kPercent, 20)) == Approx(5.0 / 3));
  CHECK(check::HalfPrecision(fig("a quarter", Kind::kPercent, 25)) == Approx(2.5));
  CHECK(check::HalfPrecision(fig("one in twenty", Kind::kPercent, 5)) == Approx(0.5));
  CHECK(check::HalfPrecision(fig("two-thirds", Kind::kPercent, 200.0 / 3)) == Approx(0.5));

  auto iv = check::FigureInterval(fig("nearly 1,000", Kind::kCount, 1000, Qualifier::kNearly));
  CHECK(iv.hi == Approx(1000));
  CHECK(iv.hi_open);
  auto exact = check::FigureInterval(fig("96", Kind::kCount, 96));
  auto other = check::FigureInterval(fig("69", Kind::kCount, 69));
  CHECK_FALSE(check::Overlaps(exact, other));
  auto hundreds = check::FigureInterval(fig("hundreds", Kind::kCount, 100, Qualifier::kVague));
  CHECK(hundreds.lo == Approx(200));
  CHECK(hundreds.hi == Approx(1000));
  auto about = check::FigureInterval(fig("about 430", Kind::kCount, 430, Qualifier::kApprox));
  CHECK(check::Overlaps(about, check::FigureInterval(fig("440", Kind::kCount, 440))));
  // A round hedge covers its rounding and three per cent, not ten: 450 is
  // "about 450" (trial44).
  CHECK_FALSE(check::Overlaps(about, check::FigureInterval(fig("450", Kind::kCount, 450))));
  CHECK_FALSE(check::Overlaps(about, check::FigureInterval(fig("530", Kind::kCount, 530))));
  // A value below zero bounds its size (trial36: "una caída de cerca del 40 %"
  // is -40; the interval was the empty span [-34, -40]).
  auto fall = check::FigureInterval(fig("casi un 40 %", Kind::kPercent, -40, Qualifier::kNearly));
  CHECK(fall.lo <= fall.hi);
  CHECK(fall.lo == Approx(-40));
  CHECK(fall.lo_open);
  const check::Interval computed{-39.9, -39.8, false, false};
  CHECK(check::Overlaps(fall, computed));
  CHECK_FALSE(check::Overlaps(fall, check::Interval{-45, -44, false, false}));
  auto more = check::FigureInterval(fig("more than 20%", Kind::kPercent, -20, Qualifier::kMoreThan));
  CHECK(more.lo < more.hi);
  CHECK(more.hi == Approx(-20));
}

TEST_CASE("time scopes compare as day ranges") {
  CHECK(check::TimesDisjoint("2018-03-05", "2017-12-31"));
  CHECK(check::TimesDisjoint("2018-03-05", "2017"));
  CHECK_FALSE(check::TimesDisjoint("2018-03-05", "2018"));
  CHECK_FALSE(check::TimesDisjoint("2018-03-05", "2018-Q1"));
  CHECK(check::TimesDisjoint("2018-04-01", "2018-Q1"));
  CHECK_FALSE(check::TimesDisjoint("2018-01", "2017-10/2018-03"));
  CHECK_FALSE(check::TimesDisjoint("", "2018"));
  CHECK_FALSE(check::TimesDisjoint("2018-02-30", "2017"));  // unparsable: no claim either way
  CHECK(check::TimesOverlap("2016-02-29", "2016-02"));
}
