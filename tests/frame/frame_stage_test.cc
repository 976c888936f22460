// The frame stage outside the corpus: strict loading of frames.yaml, and the
// same frames whether documents are extracted on one thread or several
// (WordNet's C library is global state behind one mutex).
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <thread>

#include "claimcheck/extract.h"
#include "claimcheck/frame.h"
#include "claimcheck/rules.h"
#include "claimcheck/util.h"
#include "tests/scratch.h"

using namespace claimcheck;

namespace {

Document Doc(const std::string& text, const std::string& date) {
  Document d;
  d.path = "t";
  d.text = text;
  d.blocks.push_back(Block{BlockKind::kParagraph, 0, text.size()});
  d.id = Sha256Hex(text);
  d.meta.date = date;
  return d;
}

std::string Dump(const Extraction& ex) {
  std::string o;
  for (const Figure& f : ex.figures) {
    const Frame& fr = f.frame;
    o += f.text + "|" + f.subject + "|" + fr.subject_head + "|" + MeasureName(fr.measure) + "|" +
         DirectionName(fr.direction) + "|" + fr.period + "|" + ModalityName(fr.modality) + "|" +
         fr.place + "|" + fr.speaker + "|" + fr.per + "|" + fr.base + "\n";
    for (const auto& m : fr.modifiers) o += " m:" + m;
  }
  return o;
}

}  // namespace

TEST_CASE("frames.yaml is read strictly", "[frame]") {
  namespace fs = std::filesystem;
  fs::path dir = cctest::ScratchDir("frames_rules");
  fs::create_directories(dir / "en");
  for (const char* f : {"attribution.yaml", "time.yaml", "entities.yaml"}) {
    fs::copy_file(fs::path(DefaultRulesDir()) / "en" / f, dir / "en" / f,
                  fs::copy_options::overwrite_existing);
  }
  {
    std::ofstream o(dir / "en" / "frames.yaml");
    o << "lang: en\nchange:\n  up: [rise]\n  down: [fall]\n  sideways: [drift]\n";
  }
  std::unique_ptr<FrameBuilder> b;
  Status s = FrameBuilder::Load(dir.string(), "en", &b);
  CHECK_FALSE(s.ok());
  CHECK(s.message().find("frames.yaml:5:3") != std::string::npos);
  CHECK(s.message().find("sideways") != std::string::npos);
  {
    std::ofstream o(dir / "en" / "frames.yaml");
    o << "lang: en\nperiod:\n  relative:\n    - {phrase: last year, unit: fortnight}\n";
  }
  s = FrameBuilder::Load(dir.string(), "en", &b);
  CHECK_FALSE(s.ok());
  CHECK(s.message().find("unit must be") != std::string::npos);
  fs::remove_all(dir);
  // The bundled rules load.
  CHECK(FrameBuilder::Load(DefaultRulesDir(), "en", &b).ok());
  CHECK(FrameBuilder::Load(DefaultRulesDir(), "es", &b).ok());
}

TEST_CASE("frames are the same on one thread and on many", "[frame]") {
  std::vector<Document> docs = {
      Doc("Retail employment in the region grew by 8,300 in October, the bureau said. Some 209,000 "
          "U.S. consumers and 3,300 randomly selected households were surveyed.",
          "2018-03-09"),
      Doc("Hospitals hired 12,000 nurses in the year to June. An estimated 2,100 people died (95% "
          "interval 1,400 to 2,900). The rate was 9.1 per 100,000 residents in Latin America.",
          "2019-08-01"),
      Doc("The company cut 2,400 posts since 2004. Excess deaths reached 500 last year, while 43 "
          "percent of the nodes were removed.",
          "2020-01-15"),
  };
  Extractor one(DefaultRulesDir());
  std::vector<std::string> want;
  for (const Document& d : docs) {
    Extraction ex;
    REQUIRE(one.Extract(d, "en", &ex).ok());
    want.push_back(Dump(ex));
  }
  Extractor shared(DefaultRulesDir());
  std::vector<std::string> got(docs.size() * 4);
  std::vector<std::thread> threads;
  for (size_t t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (size_t i = 0; i < docs.size(); ++i) {
        Extraction ex;
        if (shared.Extract(docs[(i + t) % docs.size()], "en", &ex).ok()) {
          got[t * docs.size() + (i + t) % docs.size()] = Dump(ex);
        }
      }
    });
  }
  for (auto& th : threads) th.join();
  for (size_t t = 0; t < 4; ++t) {
    for (size_t i = 0; i < docs.size(); ++i) CHECK(got[t * docs.size() + i] == want[i]);
  }
}

// A rate denominator after "per", "each" or "por" stands whatever word
// follows it; only "a/an/un/una + unit" followed by "earlier", "on", "ago"...
// dates the figure instead ("25 a year earlier"). Kept here rather than in
// the corpus files so the WordNet comparison's sample of corpus words stays
// as it is.
TEST_CASE("per: a denominator after 'per' is kept whatever follows it", "[frame]") {
  Extractor ex_en(DefaultRulesDir());
  auto per_of = [&](const std::string& text, const std::string& lang, const std::string& at) {
    Extraction ex;
    REQUIRE(ex_en.Extract(Doc(text, "2024-05-01"), lang, &ex).ok());
    for (const Figure& f : ex.figures) {
      if (f.text.find(at) != std::string::npos) return f.frame.per;
    }
    FAIL("no figure '" << at << "' in: " << text);
    return std::string();
  };
  CHECK(per_of("The council spends $150 per resident on parks and libraries.", "en", "$150") ==
            "resident");
  CHECK(per_of("Riders pay $2 each trip from the depot.", "en", "$2") == "trip");
  CHECK(per_of("The clinic sees 40 patients a week, up from 25 a year earlier.", "en", "25") == "");
  CHECK(per_of("Approvals were 6 per cent lower than a week ago.", "en", "6 per cent") == "");
  // A denominator is named the same in every language (rules' rate.names).
  CHECK(per_of("El servicio cuesta 30 euros al mes desde enero.", "es", "30 euros") == "month");
  CHECK(per_of("El gasto por habitante fue de 1.900 euros.", "es", "1.900 euros") == "capita");
  // A time unit after a scale and its population: "per 1,000 residents a
  // month" is per month too, not stopped at the scale's figure (rec15b).
  CHECK(per_of("The service attended 9.6 incidents per 1,000 residents a month, the council said.", "en",
               "9.6") == "1000 residents/month");
  CHECK(per_of("The service attended 9.6 incidents per 1,000 residents in the county.", "en", "9.6") ==
        "1000 residents");
}

// A revision "from A to B" names its old value A as B's previous one, and A
// states what B states (rec15a). The old value may be many words ("7
// minutes 58 seconds"), a signed change whose verb carries a direction
// ("revised down from"), or stand a few words of its own before the "to"
// ("del 21,4 % publicado en el informe anterior al 22,9 %"); a bare old
// value takes the new one's scale ("de 48,7 a 51,2 millones"), and its
// subject ("de 18.240 a 18.615 matrículas": not the participle before it).
// An old value after "en lugar del" takes the new one's measure.
TEST_CASE("revision: the old value of 'from A to B' is B's previous and B's statement", "[frame]") {
  Extractor ex(DefaultRulesDir());
  auto fig = [&](const std::string& text, const std::string& lang, const std::string& at) {
    Extraction out;
    REQUIRE(ex.Extract(Doc(text, "2026-05-20"), lang, &out).ok());
    for (const Figure& f : out.figures) {
      if (f.text == at) return f;
    }
    FAIL("no figure '" << at << "' in: " << text);
    return Figure();
  };
  auto prev_of = [](const Figure& f) { return f.frame.previous ? *f.frame.previous : -1.0; };
  {
    const Figure f = fig("The April mean wait was revised from 7 minutes 58 seconds to 8 minutes 6 seconds after a "
                         "data error.",
                         "en", "8 minutes 6 seconds");
    CHECK(f.frame.revised);
    CHECK(prev_of(f) == Approx(7 + 58.0 / 60));
  }
  {
    const Figure f = fig("Net hiring for May was revised down from +64,000 to +51,000.", "en", "+51,000");
    CHECK(f.frame.revised);
    CHECK(prev_of(f) == Approx(64000));
  }
  {
    const Figure f = fig("El dato de 2025 se ha corregido del 21,4 % publicado en el informe anterior al 22,9 %, "
                         "tras una auditoría.",
                         "es", "22,9 %");
    CHECK(f.frame.revised);
    CHECK(prev_of(f) == Approx(21.4));
  }
  {
    const Figure f = fig("La Autoridad Portuaria ha revisado el tráfico de 2025, que pasa de 48,7 a 51,2 millones, "
                         "tras sumar los transbordos.",
                         "es", "48,7");
    CHECK(f.value.num == Approx(48700000));
  }
  {
    const Figure f = fig("La cifra de junio se ha revisado de 18.240 a 18.615 matrículas tras sumar las "
                         "solicitudes tardías.",
                         "es", "18.240");
    CHECK(f.frame.subject_head == "matrícula");
  }
  {
    const Figure f = fig("El número de pasajeros creció un 4,4 %, en lugar del 2,9 % publicado inicialmente.",
                         "es", "2,9 %");
    CHECK(MeasureName(f.frame.measure) == std::string("change"));
    CHECK(DirectionName(f.frame.direction) == std::string("up"));
  }
}
