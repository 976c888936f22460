// Kinds of false alarm, and of plain-run citation loss, the eval39 set
// showed once opened, end to end: the texts below (written for these
// tests) are read, extracted and checked as sources and articles. Each case
// failed before its fix.
#include <catch2/catch.hpp>

#include <string>

#include "claims/check/roles.h"
#include "pipeline_fixture.h"

using namespace claimcheck;
using namespace claimcheck::testing;

TEST_CASE("subject: people who did what a class names are that class ('612 players entered')") {
  // eval39: "612 entrants" against "A total of 612 players entered" was a
  // subject warning: "entrant" (first a commodity in WordNet) shares no
  // stem with "entered"; WordNet derives it from "enter".
  auto run = CheckPair(
      "NORTHMOOR CHESS FEDERATION\nAnnual Report 2025\nPublished: 20 January 2026\n\n"
      "The Northmoor Junior Open was held in October. A total of 612 players entered, across five sections.\n",
      "Harlow Gazette\n22 January 2026\n\nThe Northmoor Chess Federation says its Junior Open attracted 612 "
      "entrants.\n");
  INFO(Dump(*run));
  CHECK(Flagged(*run, "", "612") == 0);
  // The noun written in the source is not its verb: "142,900 referrals"
  // against "Those referrals came from 142,900 individual students" counts
  // students, and stays a unit finding.
  auto unit = CheckPair(
      "HIGHER EDUCATION WELLBEING COUNCIL\nCounselling Monitor 2026\nPublished: 3 March 2026\n\n"
      "Those referrals came from 142,900 individual students.\n",
      "Wearside Courier\n5 March 2026\n\nThe Higher Education Wellbeing Council says counselling services "
      "received 142,900 referrals.\n");
  INFO(Dump(*unit));
  CHECK(Flagged(*unit, "", "142,900") == 1);
}

TEST_CASE("value: no slip to a number that counts another thing when the source gives the very number") {
  // eval39: "37 personas tuvieron que ser hospitalizadas" drew "371, not
  // 37" from "en un total de 371 incidentes", though the report says "De
  // los heridos, 37 requirieron ingreso hospitalario".
  auto run = CheckPair(
      "OBSERVATORIO DE SEGURIDAD EN FESTEJOS\nBalance de la temporada 2025\nFecha: 18 de noviembre de 2025\n\n"
      "Los servicios sanitarios atendieron a 412 personas por lesiones relacionadas con la pirotecnia, en un "
      "total de 371 incidentes. De los heridos, 37 requirieron ingreso hospitalario.\n",
      "Agencia Ibérica de Noticias\n19 de noviembre de 2025\n\nSegún el Observatorio de Seguridad en Festejos, "
      "los servicios sanitarios registraron 412 heridos relacionados con la pirotecnia, y 37 personas "
      "tuvieron que ser hospitalizadas.\n",
      "es");
  INFO(Dump(*run));
  CHECK(Said(*run, "value_conflict", "37") == 0);
}

TEST_CASE("roles: a statement dated the day after the wire that quotes its body is cited by it") {
  // eval39: a wire of 5 November quoting "The Escape Game Operators Guild"
  // cited nothing of the guild's statement dated the 6th, so the plain run
  // read the statement as coverage and checked it against the bulletin.
  auto run = CheckDocs({
      {"bulletin.txt", "auto",
       "Office for Leisure Economy Statistics\nIndoor Leisure Venues, July to September 2026\nPublished: 5 November "
       "2026\n\nThere were 312 escape room venues at the end of September 2026.\n"},
      {"guild.txt", "auto",
       "ESCAPE GAME OPERATORS GUILD\nPress statement\n6 November 2026\n\nThe Guild, which represents 540 member "
       "venues, welcomed the bulletin. A survey of members found 63% of member venues fully booked.\n"},
      {"wire.txt", "auto",
       "LEISURE WIRE SERVICE\n5 November 2026\n\nThere were 312 escape room venues at the end of September, the "
       "Office for Leisure Economy Statistics said. The Escape Game Operators Guild, which represents 540 venues, "
       "welcomed the figures.\n"},
  });
  INFO(Dump(*run));
  const std::vector<DocumentRole> roles = EffectiveRoles(run->in);
  REQUIRE(roles.size() == 3);
  CHECK(roles[1].role == "source");
  CHECK(Flagged(*run, "", "63%") == 0);
  CHECK(Flagged(*run, "", "540") == 0);
}

TEST_CASE("conflict: a figure credited to a stored body is set against that body's documents first") {
  // trial45, once a campaign's release dated the day after the story was
  // read as cited: "18% of parents", credited to the Department for
  // Education, was set against the campaign's own "18% of low-income
  // parents" (at info, as credited to another body) instead of the
  // department's survey. The corpus cluster, read as the command line reads
  // it without roles.
  const std::string dir = "corpus/checkdev/trial45-school-uniforms/";
  auto read = [&](const std::string& name) { return ReadCorpusFile(dir + name); };
  std::vector<Doc> docs;
  for (const char* name : {"dfe-uniform-survey.txt", "fbt-press-release.txt", "news-uniform-costs.txt"}) {
    docs.push_back({name, "auto", read(name)});
  }
  auto run = CheckDocs(docs);
  INFO(Dump(*run));
  CHECK(Flagged(*run, "subset_conflict", "18%") == 1);
}

TEST_CASE("rate: two units of measure are two denominators; two names of one unit are one (trial67)") {
  // "18.5p per gallon" against "18.5p per litre" was read as unknown and
  // supported: neither word is a span of time or a scale.
  const std::string source =
      "STRATEGIC ROADS DATA OFFICE\nMotorway Service Area Monitor\nPublished: 22 October 2026\n\n"
      "Petrol at motorway service areas cost 158.4p per litre in September. The gap of 18.5p per litre is the "
      "widest recorded. Potatoes sold at an average price of 32p per kilogram.\n";
  auto run = CheckPair(source,
                       "Roadside News\n23 October 2026\n\nPetrol at motorway service areas cost 18.5p per gallon more "
                       "than at ordinary forecourts, the Strategic Roads Data Office said.\n");
  INFO(Dump(*run));
  CHECK(Flagged(*run, "rate_conflict", "18.5p") == 1);
  auto same = CheckPair(source,
                        "Roadside News\n23 October 2026\n\nPotatoes sold at 32p a kilo on average, the Strategic Roads "
                        "Data Office said.\n");
  INFO(Dump(*same));
  CHECK(Flagged(*same, "", "32p") == 0);
}
