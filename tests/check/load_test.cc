// The one loader of CheckInput (claims/check/load.h) and the sentences
// without a figure the role finder reads (issue 13 point 6, roles15):
// coverage that names its source only in a sentence holding no figure
// cites it, in English and Spanish; a store and checkeval's extraction give
// the role finder the same sentences.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <cstdio>
#include <filesystem>

#include "claimcheck/check.h"
#include "claimcheck/document.h"
#include "claimcheck/extract.h"
#include "claimcheck/rules.h"
#include "claimcheck/store.h"
#include "claims/check/load.h"
#include "claims/check/roles.h"

using namespace claimcheck;
namespace fs = std::filesystem;

namespace {

StoredDocument Doc(const std::string& path, const std::string& publisher, const std::string& date) {
  StoredDocument d;
  d.path = path;
  d.doc_id = "id-" + path;
  d.publisher = publisher;
  d.role = "auto";
  d.date = date;
  return d;
}

Figure Fig(const StoredDocument& d, const std::string& lang, const std::string& sentence) {
  Figure f;
  f.doc = d.path;
  f.doc_id = d.doc_id;
  f.lang = lang;
  f.sentence = sentence;
  f.text = "12";
  f.value = FigureValue::Number(12);
  return f;
}

std::string Joined(std::initializer_list<std::string> sentences) {
  std::string out;
  for (const std::string& s : sentences) out += s + '\0';
  return out;
}

std::string Roles(const std::vector<DocumentRole>& roles) {
  std::string out;
  for (const DocumentRole& r : roles) out += r.role + " (" + r.why + ")\n";
  return out;
}

}  // namespace

TEST_CASE("Roles: coverage naming its source only in a sentence without a figure cites it") {
  struct Case {
    std::string lang, charity, outlet, charity_figure, column_figure, naming, other;
  };
  // A charity's name is no body's (no body word heads it), so nothing but a
  // citation makes its statistics the source of the column.
  const std::vector<Case> cases = {
      {"en", "Tidewater Meals Collective", "Eastmoor Gazette", "Parcels handed out rose by 12 percent.",
       "Parcels handed out rose by 12 percent last year.",
       "The Tidewater Meals Collective put out its yearly figures on Monday, and they are sobering.",
       "Volunteers say they are tired."},
      {"es", "Colectivo Mareas Solidarias", "Diario del Litoral", "Los lotes repartidos crecieron un 12 %.",
       "Los lotes repartidos crecieron un 12 % el año pasado.",
       "El Colectivo Mareas Solidarias publicó el lunes su balance anual, y sus cifras preocupan.",
       "Los voluntarios dicen estar agotados."},
  };
  for (const Case& c : cases) {
    INFO(c.lang);
    CheckInput in;
    in.documents = {Doc("stats.txt", c.charity, "2026-01-10"), Doc("column.md", c.outlet, "2026-01-20")};
    in.figures = {Fig(in.documents[0], c.lang, c.charity_figure), Fig(in.documents[1], c.lang, c.column_figure)};
    // Without its figure-less sentences the column cites nothing: the two
    // are peers, compared with each other.
    std::vector<DocumentRole> roles = EffectiveRoles(in);
    INFO(Roles(roles));
    CHECK(roles[1].cites.empty());
    CHECK(roles[0].role == "article");
    in.sentences = {std::string(), Joined({c.other, c.naming, c.other})};
    roles = EffectiveRoles(in);
    INFO(Roles(roles));
    CHECK(roles[0].role == "source");
    CHECK(roles[1].role == "article");
    REQUIRE(roles[1].cites.size() == 1);
    CHECK(roles[1].cites[0].cited == 0);
    CHECK(roles[1].cites[0].how == "publisher");
    CHECK(roles[1].cites[0].sentence == c.naming);
    // A stored article reads them too (CitedDocumentsOfAll, `audit`).
    CHECK(CitedDocuments(in, 1).size() == 1);
    // ... and, as the roles do, cites nothing published after it (trial69:
    // `audit` checked a gazette against a statement of two days later that
    // `check` and `docs` left uncited).
    in.documents[0].date = "2026-01-25";
    CHECK(CitedDocuments(in, 1).empty());
    in.documents[0].date = "2026-01-10";
    in.documents[1].role = "article";
    in.documents[0].role = "source";
    CitedLists lists = CitedDocumentsOfAll(in, EffectiveRoles(in));
    CHECK(lists[1] == std::vector<int>{0});
  }
}

TEST_CASE("Load: a store gives the role finder the sentences checkeval gives it") {
  // tools/checkeval builds its CheckInput without a database
  // (FigurelessSentences); `check` reads a store (LoadCheckInput). Both
  // must hand the role finder the same sentences, or a plain run of the
  // case files measures another role finder than `ingest DIR` + `check`.
  const fs::path dir = "corpus/checkdev/eval15-food-banks";
  REQUIRE(fs::exists(dir / "column-foodbanks.md"));
  char tmpl[] = "/tmp/cc_load_test_XXXXXX";
  const int fd = mkstemp(tmpl);
  REQUIRE(fd >= 0);
  close(fd);
  std::remove(tmpl);
  const std::string db = tmpl;
  {
    std::unique_ptr<Store> store;
    REQUIRE(Store::Open(db, StoreOptions(), &store).ok());
    Extractor extractor(DefaultRulesDir());
    CheckInput extracted;
    std::vector<std::string> files;
    for (const auto& e : fs::directory_iterator(dir)) {
      if (e.path().filename() != "gold.yaml") files.push_back(e.path().string());
    }
    std::sort(files.begin(), files.end());
    for (const std::string& path : files) {
      Document doc;
      REQUIRE(ReadDocument(path, ReadOptions(), &doc).ok());
      Extraction ex;
      REQUIRE(extractor.Extract(doc, "auto", &ex).ok());
      Store::IngestOutcome outcome;
      REQUIRE(store->Ingest(doc, "auto", ex, &outcome).ok());
      extracted.documents.push_back(StoredDocumentFor(doc, ex, "auto"));
      extracted.sentences.push_back(FigurelessSentences(doc, ex));
    }
    CheckInput loaded;
    REQUIRE(LoadCheckInput(store.get(), &loaded).ok());
    REQUIRE(loaded.documents.size() == files.size());
    REQUIRE(loaded.sentences.size() == files.size());
    for (size_t i = 0; i < files.size(); ++i) {
      INFO(loaded.documents[i].path);
      size_t j = 0;
      while (j < files.size() && extracted.documents[j].doc_id != loaded.documents[i].doc_id) ++j;
      REQUIRE(j < files.size());
      CHECK(loaded.sentences[i] == extracted.sentences[j]);
    }
    // The column names the alliance only in a sentence without a figure.
    std::vector<DocumentRole> roles = EffectiveRoles(loaded);
    bool column_cites = false;
    for (size_t i = 0; i < loaded.documents.size(); ++i) {
      if (loaded.documents[i].path.find("column-foodbanks.md") == std::string::npos) continue;
      INFO(Roles(roles));
      column_cites = !roles[i].cites.empty();
      CHECK(roles[i].role == "article");
    }
    CHECK(column_cites);
    // One document's sentences, for `audit` without --sources.
    for (size_t i = 0; i < loaded.documents.size(); ++i) {
      CheckInput one;
      int at = -1;
      REQUIRE(LoadCitingInput(store.get(), loaded.documents[i], &one, &at).ok());
      REQUIRE(at == static_cast<int>(i));
      CHECK(one.sentences[i] == loaded.sentences[i]);
    }
  }
  std::remove(db.c_str());
}
