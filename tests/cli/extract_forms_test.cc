// `claimcheck extract` on the number, unit and change forms of issue 12: the
// examples must come out of the whole pipeline (reader, segmenter,
// recogniser, attacher, frame stage) as the issue states, not only out of the
// recogniser that corpus/figures tests.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <cmath>
#include <sstream>

#include "tests/cli/run_binary.h"

using cctest::Claimcheck;
using cctest::Run;

namespace {

struct Want {
  const char* text;
  const char* kind;
  double value;
  const char* unit;       // "" = null
  const char* qualifier;  // "" = not checked
};

std::vector<nlohmann::json> Extract(const std::string& lang, const std::string& body) {
  const std::string path = cctest::TempDir("forms") + "/doc.txt";
  cctest::WriteFile(path, body);
  Run r = Claimcheck("extract --lang " + lang + " --format jsonl " + path);
  REQUIRE(r.status == 0);
  std::vector<nlohmann::json> out;
  std::istringstream lines(r.out);
  for (std::string line; std::getline(lines, line);) {
    if (!line.empty()) out.push_back(nlohmann::json::parse(line));
  }
  return out;
}

void CheckAll(const std::vector<nlohmann::json>& got, const std::vector<Want>& want) {
  for (const Want& w : want) {
    INFO(w.text);
    const nlohmann::json* hit = nullptr;
    for (const auto& f : got) {
      if (f["text"] == w.text) hit = &f;
    }
    REQUIRE(hit != nullptr);
    CHECK((*hit)["kind"] == w.kind);
    CHECK(std::fabs((*hit)["value"].get<double>() - w.value) <= 1e-9 * std::max(1.0, std::fabs(w.value)));
    if (*w.unit) {
      CHECK((*hit)["unit"] == w.unit);
    } else {
      CHECK((*hit)["unit"].is_null());
    }
    if (*w.qualifier) CHECK((*hit)["qualifier"] == w.qualifier);
    CHECK((*hit)["value_max"].is_null());
  }
}

}  // namespace

TEST_CASE("extract: the English forms of issue 12") {
  const auto got = Extract("en",
                           "The strike lasted a year and a half.\n\n"
                           "Officials said ½ of the wells had run dry.\n\n"
                           "Output reached 1½ million barrels.\n\n"
                           "The state will spend Rs 450 crore.\n\n"
                           "The family received 6,00,000 rupees.\n\n"
                           "The fund raised $4MM.\n\n"
                           "They built a 1.8m wall while 2.5m people watched.\n\n"
                           "There was a 40-percent drop and a 68-cent rise.\n\n"
                           "Lows of -5C and −5 °C were recorded.\n\n"
                           "Growth was 1·43 per cent.\n\n"
                           "The bank cut rates by 25 basis points.\n\n"
                           "As many as 143 million people were hit.\n\n"
                           "Inflation was higher than 32.5% and deals were north of $2 billion.\n\n"
                           "Quarterly revenue fell $1.2 million to $23.5 million.\n\n"
                           "Membership went from 160,000 to 175,000.\n\n"
                           "Payrolls were revised up 39,000 to 239,000.\n\n"
                           "Employment fell by 8,900 to 803,700.\n\n"
                           "Retail added jobs (+38,000) and mining lost them (-4,000); prices moved −0.2%.\n\n"
                           "The lorries carried 5 and 6 tonnes of flour respectively.\n");
  CheckAll(got, {
                    {"a year and a half", "duration", 1.5, "year", "exact"},
                    {"½", "percent", 50, "", "exact"},
                    {"1½ million barrels", "measure", 1500000, "bbl", "exact"},
                    {"Rs 450 crore", "money", 4500000000, "INR", "exact"},
                    {"6,00,000 rupees", "money", 600000, "INR", "exact"},
                    {"$4MM", "money", 4000000, "USD", "exact"},
                    {"1.8m", "measure", 1.8, "m", "exact"},
                    {"2.5m", "count", 2500000, "", "exact"},
                    // A downward change is signed by the frame stage (issue 11):
                    // "a 40-percent drop" and "cut rates by 25 basis points".
                    {"40-percent", "percent", -40, "", "exact"},
                    {"68-cent", "money", 0.68, "USD", "exact"},
                    {"-5C", "measure", -5, "degC", "exact"},
                    {"−5 °C", "measure", -5, "degC", "exact"},
                    {"1·43 per cent", "percent", 1.43, "", "exact"},
                    {"25 basis points", "percent", -0.25, "pp", "exact"},
                    {"As many as 143 million", "count", 143000000, "", "at_most"},
                    {"higher than 32.5%", "percent", 32.5, "", "more_than"},
                    {"north of $2 billion", "money", 2000000000, "USD", "more_than"},
                    {"$1.2 million", "money", -1200000, "USD", "exact"},
                    {"$23.5 million", "money", 23500000, "USD", "exact"},
                    {"160,000", "count", 160000, "", "exact"},
                    {"175,000", "count", 175000, "", "exact"},
                    {"39,000", "count", 39000, "", "exact"},
                    {"239,000", "count", 239000, "", "exact"},
                    {"8,900", "count", -8900, "", "exact"},
                    {"803,700", "count", 803700, "", "exact"},
                    {"+38,000", "count", 38000, "", "exact"},
                    {"-4,000", "count", -4000, "", "exact"},
                    {"−0.2%", "percent", -0.2, "", "exact"},
                    {"5", "measure", 5, "t", "exact"},
                    {"6 tonnes", "measure", 6, "t", "exact"},
                });
  // Periods and positions are no shares or counts.
  const auto none = Extract("en",
                            "Profits rose in the first quarter of this year.\n\n"
                            "Sales fell in the latest quarter.\n\n"
                            "The economy shrank for two quarters in a row.\n\n"
                            "The breach came through a third-party vendor.\n\n"
                            "One of the officials said the plan was dead.\n");
  for (const auto& f : none) {
    INFO(f.dump());
    CHECK(f["kind"] == "date");
  }
  const auto fifth = Extract("en", "Prices rose for a fifth straight month.\n");
  REQUIRE(fifth.size() == 1);
  CHECK(fifth[0]["kind"] == "ordinal");
}

TEST_CASE("extract: the Spanish forms of issue 12") {
  const auto got = Extract("es",
                           "El fraude costó dos millones y medio de euros.\n\n"
                           "La facturación cayó 1,2 millones de euros, hasta 23,5 millones.\n\n"
                           "El número de afiliados pasó de 160.000 a 175.000.\n\n"
                           "El banco subió los tipos 25 puntos básicos.\n\n"
                           "Los camiones llevaban 5 y 6 toneladas de harina, respectivamente.\n");
  CheckAll(got, {
                    {"dos millones y medio de euros", "money", 2500000, "EUR", "exact"},
                    {"1,2 millones de euros", "money", -1200000, "EUR", "exact"},
                    {"23,5 millones", "money", 23500000, "EUR", "exact"},
                    {"160.000", "count", 160000, "", "exact"},
                    {"175.000", "count", 175000, "", "exact"},
                    {"25 puntos básicos", "percent", 0.25, "pp", "exact"},
                    {"5", "measure", 5, "t", "exact"},
                    {"6 toneladas", "measure", 6, "t", "exact"},
                });
}
