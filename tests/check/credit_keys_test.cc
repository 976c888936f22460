// Lexicon::DocumentKeys / AttributionKeys: the checker asks Credits only of
// the documents that share a key with an attribution, so a document that
// Credits credits must always share one (or the attribution must say the
// keys cannot be used). Checked over every pair of a set of attributions and
// documents written to hit each way Credits credits: a whole name, an
// acronym, initials, most significant words, an alias, possessives, curly
// apostrophes.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "claimcheck/check.h"
#include "claimcheck/rules.h"
#include "claims/check/lexicon.h"

using namespace claimcheck;

namespace {
StoredDocument Doc(const std::string& publisher, const std::string& author, const std::string& title) {
  StoredDocument d;
  d.publisher = publisher;
  d.author = author;
  d.title = title;
  return d;
}

bool Share(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  for (const std::string& k : a) {
    if (std::find(b.begin(), b.end(), k) != b.end()) return true;
  }
  return false;
}
}  // namespace

TEST_CASE("an attribution credits only documents that share a key with it") {
  check::Lexicon lex;
  REQUIRE(lex.Load(DefaultRulesDir(), {"en", "es"}).ok());
  lex.AddAliases({Alias{"CEP", "Counter Extremism Project"}, Alias{"OMB", "Office of Management and Budget"}});
  const std::vector<StoredDocument> docs = {
      Doc("Counter Extremism Project", "", "Spiders of the Caliphate"),
      Doc("City of Riverton Office of Management and Budget", "", "Adopted budget 2024"),
      Doc("", "Lucia Ferrante", "Audit questions the cost of the defence programme"),
      Doc("HUD", "", "Annual homeless assessment report"),
      Doc("Policy Review Institute", "Daniel Brooks", ""),
      Doc("Instituto Nacional de Estadística", "", "Encuesta de población activa"),
      Doc("the Evening Courier", "", "Budget gap widens"),
      Doc(" Evening Courier", "", ""),
  };
  const std::vector<std::string> attributions = {
      "according to the Counter Extremism Project",
      "the CEP said",
      "CEP\xE2\x80\x99s researchers",
      "the Office of Management and Budget",
      "OMB told reporters",
      "Lucia Ferrante wrote",
      "HUD counted",
      "the Policy Review Institute's report",
      "Review Institute analysts",
      "a report titled Spiders of the Caliphate",
      "según el Instituto Nacional de Estadística",
      "the INE",
      "researchers",
      "Evening Courier",
      "the ' Evening Courier",
      "Ibsen told Breitbart News",
      "daniel brooks",
  };
  int credited = 0;
  for (const std::string& a : attributions) {
    for (const std::string lang : {"en", "es"}) {
      std::vector<std::string> akeys;
      const bool indexed = lex.AttributionKeys(lang, a, &akeys);
      for (const StoredDocument& d : docs) {
        std::vector<std::string> dkeys;
        lex.DocumentKeys(d, &dkeys);
        const bool credits = lex.Credits(lang, a, d, nullptr) == check::Lexicon::Credit::kThisDocument;
        credited += credits;
        INFO(lang << " \"" << a << "\" / " << d.publisher << " | " << d.author << " | " << d.title);
        if (credits) CHECK((!indexed || Share(akeys, dkeys)));
      }
    }
  }
  // The set exercises the crediting paths, not only the misses.
  CHECK(credited >= 12);
  // Keys are lower-case words ("w:" significant, "f:" any) and acronyms as written.
  std::vector<std::string> keys;
  REQUIRE(lex.AttributionKeys("en", "the CEP's Analysts", &keys));
  CHECK(std::find(keys.begin(), keys.end(), "a:CEP") != keys.end());
  CHECK(std::find(keys.begin(), keys.end(), "w:analysts") != keys.end());
  CHECK(std::find(keys.begin(), keys.end(), "f:the") != keys.end());
  CHECK(std::find(keys.begin(), keys.end(), "w:the") == keys.end());
}

TEST_CASE("a body's name in capitals and its short form in a sentence are one body, accents too (fa9)") {
  check::Lexicon lex;
  REQUIRE(lex.Load(DefaultRulesDir(), {"en", "es"}).ok());
  // "los asociados de la Federación" in a blog, citing a note published by
  // "FEDERACIÓN DE EXPORTADORES HORTOFRUTÍCOLAS (FEXHORT)": Ó and ó fold alike.
  const StoredDocument fed = Doc("FEDERACI\xC3\x93N DE EXPORTADORES HORTOFRUT\xC3\x8D" "COLAS (FEXHORT)", "", "");
  for (const std::string a : {"los asociados de la Federaci\xC3\xB3n dicen",
                              "seg\xC3\xBAn la Federaci\xC3\xB3n de Exportadores Hortofrut\xC3\xAD" "colas"}) {
    INFO(a);
    CHECK(lex.Credits("es", a, fed, nullptr) == check::Lexicon::Credit::kThisDocument);
    std::vector<std::string> akeys, dkeys;
    if (lex.AttributionKeys("es", a, &akeys)) {
      lex.DocumentKeys(fed, &dkeys);
      CHECK(Share(akeys, dkeys));
    }
  }
  // Another body stays another body.
  CHECK(lex.Credits("es", "según la Asociación de Regantes", fed, nullptr) == check::Lexicon::Credit::kOtherBody);
}

TEST_CASE("a one-word institution is a body by itself (trial12)") {
  // "The Treasury said" credits the Treasury: another body than the
  // regulator whose statement gives the figure, as "HM Treasury" already was.
  check::Lexicon lex;
  REQUIRE(lex.Load(DefaultRulesDir(), {"en", "es"}).ok());
  const StoredDocument tpr = Doc("THE PENSIONS REGULATOR", "", "");
  CHECK(lex.Credits("en", "The Treasury said", tpr, nullptr) == check::Lexicon::Credit::kOtherBody);
  CHECK(lex.Credits("en", "the Regulator said", tpr, nullptr) == check::Lexicon::Credit::kThisDocument);
  const StoredDocument ine = Doc("INSTITUTO NACIONAL DE ESTAD\xC3\x8DSTICA", "", "");
  CHECK(lex.Credits("es", "Hacienda asegura", ine, nullptr) == check::Lexicon::Credit::kOtherBody);
}

TEST_CASE("a name run together from capitalised words is a body; a surname with a particle is not") {
  check::Lexicon lex;
  REQUIRE(lex.Load(DefaultRulesDir(), {"en", "es"}).ok());
  const StoredDocument society = Doc("Northmoor Lifeboat Association", "", "Annual Review 2025");
  using C = check::Lexicon::Credit;
  // A one-word brand credits another body (trial17: "according to VisitPellham").
  CHECK(lex.Credits("en", "according to SeaSafeNorth", society, nullptr) == C::kOtherBody);
  CHECK(lex.Credits("en", "HarbourWatch said", society, nullptr) == C::kOtherBody);
  CHECK(lex.Credits("es", "según VisitValdemar", society, nullptr) == C::kOtherBody);
  // A person named by a surname alone stays no body: the person may speak for
  // the publisher.
  CHECK(lex.Credits("en", "according to McKenzie", society, nullptr) == C::kNone);
  CHECK(lex.Credits("en", "MacDonald said", society, nullptr) == C::kNone);
  CHECK(lex.Credits("en", "according to DeSantis", society, nullptr) == C::kNone);
  CHECK(lex.Credits("en", "according to FitzGerald", society, nullptr) == C::kNone);
  CHECK(lex.Credits("en", "according to Harrison", society, nullptr) == C::kNone);
  // The publisher's own name run together still credits it.
  CHECK(lex.Credits("en", "according to the Northmoor Lifeboat Association", society, nullptr) == C::kThisDocument);
}

TEST_CASE("one word a credit shares with a report's title is its topic, not its author") {
  // The CEP article: "Facebook announced ... 99 percent" was reported as
  // credited to the CEP report "... Global Support Network on Facebook",
  // and the sheet said the article credits the figure to that report.
  check::Lexicon lex;
  REQUIRE(lex.Load(DefaultRulesDir(), {"en", "es"}).ok());
  const StoredDocument cep = Doc("Counter Extremism Project", "",
                                 "Spiders of the Caliphate: Mapping the Islamic State's Global Support "
                                 "Network on Facebook");
  CHECK(lex.Credits("en", "Facebook announced", cep, nullptr) != check::Lexicon::Credit::kThisDocument);
  CHECK(lex.Credits("es", "según Facebook", cep, nullptr) != check::Lexicon::Credit::kThisDocument);
  // The title still names the report when more of it is written, and the
  // publisher's words count as before.
  CHECK(lex.Credits("en", "the Spiders of the Caliphate report says", cep, nullptr) ==
        check::Lexicon::Credit::kThisDocument);
  CHECK(lex.Credits("en", "the Project said", cep, nullptr) == check::Lexicon::Credit::kThisDocument);
  // A title that shares its word with the publisher's name keeps it.
  const StoredDocument trust = Doc("Harrowfield Valley NHS Trust", "", "Harrowfield parking report");
  CHECK(lex.Credits("en", "Harrowfield said", trust, nullptr) == check::Lexicon::Credit::kThisDocument);
}

TEST_CASE("a body described in common words is the publisher when a word is its, else another body") {
  // "According to the coastguard agency" of a lifeboat trust's figure names
  // no body in capitals, so Credits reads none; the description still says
  // which body it is.
  check::Lexicon lex;
  REQUIRE(lex.Load(DefaultRulesDir(), {"en", "es"}).ok());
  using C = check::Lexicon::Credit;
  const StoredDocument ferries = Doc("NORTHMERE ISLAND FERRIES", "", "Annual Passenger Report 2025");
  CHECK(lex.DescribedBody("en", "According to the maritime safety agency", ferries) == C::kOtherBody);
  CHECK(lex.DescribedBody("en", "national police", ferries) == C::kOtherBody);
  // A word of the name, by its lemma: the publisher described.
  CHECK(lex.DescribedBody("en", "according to the ferry company", ferries) == C::kThisDocument);
  // A described subject of a verb of saying is most often a body named
  // before; a possessor names whose the report is.
  CHECK(lex.DescribedBody("en", "The social media company now says", ferries) == C::kNone);
  CHECK(lex.DescribedBody("en", "according to the charity's referral survey", ferries) == C::kNone);
  // A body word alone points back to a body named before; a named body is
  // Credits' business; a word after the body word may be the verb.
  CHECK(lex.DescribedBody("en", "the agency said", ferries) == C::kNone);
  CHECK(lex.DescribedBody("en", "according to the Harbour Agency", ferries) == C::kNone);
  CHECK(lex.DescribedBody("en", "the agency estimates", ferries) == C::kNone);
  // A document whose body is unknown cannot be credited to another.
  CHECK(lex.DescribedBody("en", "the coastguard agency", Doc("", "", "Rescue statistics")) == C::kNone);
}
