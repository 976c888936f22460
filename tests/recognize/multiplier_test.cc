// Multipliers (issues 11 and 13): a factor is one figure of kind
// "multiplier", unit "times"; its number is never also a count, and a
// frequency ("three times a week") stays a count.
#include <catch2/catch.hpp>
#include <memory>
#include <string>
#include <vector>

#include "claimcheck/recognize.h"
#include "claimcheck/rules.h"

using namespace claimcheck;

namespace {

std::vector<Mention> Run(const std::string& lang, const std::string& text) {
  static std::unique_ptr<Recognizer> en, es;
  std::unique_ptr<Recognizer>& r = lang == "es" ? es : en;
  if (!r) REQUIRE(Recognizer::Load(DefaultRulesDir(), lang, &r).ok());
  return r->Recognize(text, RecognizeContext{});
}

std::string Show(const std::vector<Mention>& ms, const std::string& text) {
  std::string out;
  for (const Mention& m : ms) {
    out += text.substr(m.start, m.end - m.start) + " [" + KindName(m.kind) + " " + std::to_string(m.value.num) +
           " " + m.rule + " base='" + m.compared_with + "']\n";
  }
  return out;
}

const Mention* At(const std::vector<Mention>& ms, const std::string& text, const std::string& at) {
  size_t pos = text.find(at);
  for (const Mention& m : ms) {
    if (pos != std::string::npos && m.start <= pos && pos + at.size() <= m.end) return &m;
  }
  return nullptr;
}

}  // namespace

TEST_CASE("Multipliers: verbs of change are factors with a direction") {
  struct Case {
    std::string lang, text, at;
    double value;
    std::string rule;
    Qualifier qualifier;
  };
  const std::vector<Case> cases = {
      {"en", "Evictions doubled last year.", "doubled", 2, "en.multiplier.change_up", Qualifier::kExact},
      {"en", "Hospital admissions more than tripled.", "tripled", 3, "en.multiplier.change_up", Qualifier::kMoreThan},
      {"en", "The backlog has halved since March.", "halved", 0.5, "en.multiplier.change_down", Qualifier::kExact},
      {"en", "The vaccine cut the risk by half.", "by half", 0.5, "en.multiplier.change_down", Qualifier::kExact},
      // trial19: a rise by half is x1.5, never a halving.
      {"en", "Abatement notices up by half as complaints soar.", "by half", 1.5, "en.multiplier.change_up", Qualifier::kExact},
      {"en", "Waiting lists have grown by half since 2019.", "by half", 1.5, "en.multiplier.change_up", Qualifier::kExact},
      {"en", "A fourfold increase in requests.", "fourfold", 4, "en.multiplier.change_up", Qualifier::kExact},
      {"en", "Losses have risen ten-fold since 1990.", "ten-fold", 10, "en.multiplier.change_up", Qualifier::kExact},
      {"en", "Prices rose 2.5 times over the decade.", "2.5 times", 2.5, "en.multiplier.change_up", Qualifier::kExact},
      {"es", "El alquiler se duplicó en diez años.", "duplicó", 2, "es.multiplier.change_up", Qualifier::kExact},
      {"es", "La deuda se redujo a la mitad.", "a la mitad", 0.5, "es.multiplier.change_down", Qualifier::kExact},
      {"es", "Las lluvias casi triplicaron la media.", "triplicaron", 3, "es.multiplier.change_up", Qualifier::kNearly},
      {"es", "Las bajas se multiplicaron por cuatro.", "cuatro", 4, "es.multiplier.change_up", Qualifier::kExact},
  };
  for (const Case& c : cases) {
    auto ms = Run(c.lang, c.text);
    INFO(c.text << "\n" << Show(ms, c.text));
    const Mention* m = At(ms, c.text, c.at);
    REQUIRE(m != nullptr);
    CHECK(m->kind == Kind::kMultiplier);
    CHECK(m->unit == "times");
    CHECK(m->value.num == Approx(c.value));
    CHECK(m->rule == c.rule);
    CHECK(m->qualifier == c.qualifier);
  }
}

TEST_CASE("Multipliers: comparisons are ratios with their base; the number is no count") {
  struct Case {
    std::string lang, text, at;
    double value;
    std::string rule, base;
  };
  const std::vector<Case> cases = {
      {"en", "Women were three times as likely as men to report it.", "three times", 3, "en.multiplier.ratio_up", "men"},
      {"en", "The rate is twice the national rate.", "twice", 2, "en.multiplier.ratio", "the national rate"},
      {"en", "Profit was 2.5 times higher than a year earlier.", "2.5 times", 2.5, "en.multiplier.ratio_up",
       "a year earlier"},
      {"en", "Delays were three times lower than the 2008 peak.", "three times", 3, "en.multiplier.ratio_down",
       "the 2008 peak"},
      {"en", "Users were half as likely to share it.", "half", 0.5, "en.multiplier.ratio_down", ""},
      {"en", "Turnout was double that of younger voters.", "double", 2, "en.multiplier.ratio",
       "younger voters"},
      {"es", "El paro es tres veces mayor que la media nacional.", "tres veces", 3, "es.multiplier.ratio_up",
       "la media nacional"},
      {"es", "Tienen el doble de riesgo que los no fumadores.", "el doble", 2, "es.multiplier.ratio_up",
       "los no fumadores"},
  };
  for (const Case& c : cases) {
    auto ms = Run(c.lang, c.text);
    INFO(c.text << "\n" << Show(ms, c.text));
    const Mention* m = At(ms, c.text, c.at);
    REQUIRE(m != nullptr);
    CHECK(m->kind == Kind::kMultiplier);
    CHECK(m->value.num == Approx(c.value));
    CHECK(m->rule == c.rule);
    CHECK(m->compared_with == c.base);
    for (const Mention& o : ms) CHECK((o.kind == Kind::kMultiplier || o.end <= m->start || o.start >= m->end));
  }
}

TEST_CASE("Multipliers: frequencies stay counts; 'times' alone, tables and doubles are no factors") {
  struct Case {
    std::string lang, text, at;
    bool count;  // true: a count stands at `at`; false: no figure at all
  };
  const std::vector<Case> cases = {
      {"en", "Take the tablets three times a day.", "three", true},
      {"en", "The senator visited four times this year.", "four", true},
      {"en", "The Fed raised rates three times in 2022.", "three", true},
      {"en", "Pupils learn the two times table.", "two", false},
      {"en", "At times the room was full.", "times", false},
      {"en", "He was convicted of a double murder.", "double", false},
      {"en", "She met him twice last week.", "twice", false},
      {"es", "Hay que tomarlo tres veces al día.", "tres", true},
      {"es", "Ha votado dos veces en contra.", "dos", true},
  };
  for (const Case& c : cases) {
    auto ms = Run(c.lang, c.text);
    INFO(c.text << "\n" << Show(ms, c.text));
    for (const Mention& m : ms) CHECK(m.kind != Kind::kMultiplier);
    const Mention* m = At(ms, c.text, c.at);
    if (c.count) {
      REQUIRE(m != nullptr);
      CHECK(m->kind == Kind::kCount);
    } else {
      CHECK(m == nullptr);
    }
  }
}
