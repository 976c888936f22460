// The statement frame through SQLite and the record writers; documents as
// identities (normalised paths, content hashes), roles and removal; a
// version 2 database with data migrated to the current version.
#include <catch2/catch.hpp>
#include <fstream>

#include "claimcheck/check.h"
#include "claimcheck/figure_json.h"
#include "claims/store/schema_sql.h"
#include "tests/store/fixture.h"

using namespace claimcheck;
using namespace claimcheck::testing;

namespace {

const char kText[] =
    "Retail employment in the region grew by 8,300 in the year to June, the agency said. "
    "Forecasters expect inflation of 2.7 percent.\n\n"
    "An estimated 2,100 people died (95% interval 1,400 to 2,900).";

std::unique_ptr<Store> Open(const std::string& path) {
  std::unique_ptr<Store> store;
  Status s = Store::Open(path, &store);
  INFO(s.message());
  REQUIRE(s.ok());
  return store;
}

Store::IngestReport Ingest(Store* store, const Document& doc, const std::string& role) {
  Store::IngestReport r;
  Status s = store->Ingest(doc, role, MakeExtraction(doc, {{"8,300", Kind::kCount, 8300}}), &r);
  INFO(s.message());
  REQUIRE(s.ok());
  return r;
}

Extraction FramedExtraction(const Document& doc) {
  Extraction ex = MakeExtraction(doc, {{"8,300", Kind::kCount, 8300},
                                       {"2.7 percent", Kind::kPercent, 2.7},
                                       {"2,100", Kind::kCount, 2100}});
  REQUIRE(ex.figures.size() == 3);
  Frame& a = ex.figures[0].frame;  // every field set
  a.subject_head = "employment";
  a.modifiers = {"retail", "région \"quoted\""};
  a.base = "all jobs";
  a.part = "retail jobs";
  a.measure = Measure::kChange;
  a.direction = Direction::kUp;
  a.previous = -41000.5;
  a.revised = true;
  a.per = "100000 residents";
  a.period = "2017-07/2018-06";
  a.modality = Modality::kTarget;
  a.interval_low = 1e-3;
  a.interval_high = 12345678901.0;
  a.place = "the region";
  a.speaker = "Regional Statistics Agency";
  a.forecaster = "the agency";
  a.outcome_stated = true;
  Frame& b = ex.figures[1].frame;  // a forecast, flat, some fields
  b.measure = Measure::kRate;
  b.direction = Direction::kFlat;
  b.modality = Modality::kForecast;
  b.forecaster = "Forecasters";
  Frame& c = ex.figures[2].frame;  // an estimate with its interval
  c.modality = Modality::kEstimate;
  c.interval_low = 1400;
  c.interval_high = 2900;
  c.direction = Direction::kDown;
  return ex;
}

}  // namespace

TEST_CASE("Every field of the frame round-trips through SQLite and the record") {
  TempDir dir;
  auto store = Open(dir.File("claims.db"));
  Document doc = MakeDocument("framed.txt", kText);
  Extraction ex = FramedExtraction(doc);
  Store::IngestOutcome outcome;
  REQUIRE(store->Ingest(doc, "source", ex, &outcome).ok());
  std::vector<Figure> got;
  REQUIRE(store->Figures({}, &got).ok());
  REQUIRE(got.size() == 3);
  for (size_t i = 0; i < got.size(); ++i) {
    INFO("figure " << i << ": " << FigureToJson(got[i]).dump());
    CHECK(got[i].frame == ex.figures[i].frame);
    // The hand-written JSON line and the nlohmann record agree byte for byte,
    // and the record reads back to the same frame.
    std::string line;
    AppendFigureJsonLine(got[i], &line);
    CHECK(line == FigureToJson(got[i]).dump() + "\n");
    Figure back;
    REQUIRE(FigureFromJson(nlohmann::json::parse(line), &back).ok());
    CHECK(back.frame == got[i].frame);
  }
  nlohmann::json j = FigureToJson(got[0]);
  CHECK(j["measure"] == "change");
  CHECK(j["direction"] == "up");
  CHECK(j["previous"] == -41000.5);
  CHECK(j["modifiers"] == nlohmann::json::array({"retail", "région \"quoted\""}));
  CHECK(j["revised"] == true);
  CHECK(j["interval_high"] == 12345678901LL);
}

TEST_CASE("Frame keys are all present, in the contract's order, null where unknown") {
  TempDir dir;
  auto store = Open(dir.File("claims.db"));
  Document doc = MakeDocument("plain.txt", kText);
  Store::IngestOutcome outcome;
  REQUIRE(store->Ingest(doc, "source", MakeExtraction(doc, {{"8,300", Kind::kCount, 8300}}),
                        &outcome)
              .ok());
  std::vector<Figure> got;
  REQUIRE(store->Figures({}, &got).ok());
  REQUIRE(got.size() == 1);
  nlohmann::ordered_json j = FigureToJson(got[0]);
  std::vector<std::string> keys;
  for (auto it = j.begin(); it != j.end(); ++it) keys.push_back(it.key());
  const std::vector<std::string> frame = {
      "subject_head", "modifiers", "base",     "part",     "measure",      "direction",
      "previous",     "per",       "period",   "modality", "place",        "speaker",
      "revised",      "interval_low", "interval_high", "forecaster", "period_inherited", "outcome_stated"};
  REQUIRE(keys.size() >= frame.size());
  CHECK(std::vector<std::string>(keys.end() - frame.size(), keys.end()) == frame);
  CHECK(j["subject_head"].is_null());
  CHECK(j["modifiers"] == nlohmann::json::array());
  CHECK(j["measure"] == "level");
  CHECK(j["direction"].is_null());
  CHECK(j["previous"].is_null());
  CHECK(j["modality"] == "actual");
  CHECK(j["revised"] == false);
  CHECK(j["forecaster"].is_null());
}

TEST_CASE("A document is its normalised path and its content") {
  TempDir dir;
  auto store = Open(dir.File("claims.db"));
  Document a = MakeDocument("./reports/a.txt", kText);
  Store::IngestReport r = Ingest(store.get(), a, "");
  CHECK(r.outcome == Store::IngestOutcome::kAdded);
  CHECK(r.path == "reports/a.txt");
  CHECK(r.role == "auto");  // no role given: a new document is auto

  // The same file by another spelling: one document.
  a.path = "reports//x/../a.txt";
  r = Ingest(store.get(), a, "");
  CHECK(r.outcome == Store::IngestOutcome::kUnchanged);
  CHECK(r.same_as.empty());
  CHECK(CountRows(store->handle(), "documents") == 1);

  // On disk: the same file by a link is the same document; a copy is not.
  const std::string real = dir.File("real.txt");
  { std::ofstream(real) << kText; }
  std::filesystem::create_symlink(real, dir.File("link.txt"));
  std::filesystem::copy_file(real, dir.File("copy.txt"));
  Document b = MakeDocument(real, kText);
  b.id = a.id + "-disk";  // other bytes than reports/a.txt's (which is not on disk)
  CHECK(Ingest(store.get(), b, "").outcome == Store::IngestOutcome::kAdded);
  b.path = dir.File("link.txt");
  r = Ingest(store.get(), b, "");
  CHECK(r.outcome == Store::IngestOutcome::kUnchanged);
  CHECK(r.same_as == real);
  b.path = dir.File("copy.txt");
  r = Ingest(store.get(), b, "");
  CHECK(r.outcome == Store::IngestOutcome::kAdded);
  CHECK(r.same_as.empty());
  CHECK(CountRows(store->handle(), "documents") == 3);

  StoredDocument d;
  CHECK(store->FindDocument("./reports/a.txt", &d).ok());
  CHECK(d.path == "reports/a.txt");
  std::vector<Figure> figs;
  REQUIRE(store->Figures(FigureFilter{"./reports/a.txt", ""}, &figs).ok());
  CHECK(figs.size() == 1);
  CHECK(figs[0].doc == "reports/a.txt");

  CHECK(NormalisePath("./a.txt") == "a.txt");
  CHECK(NormalisePath("a/./b/../c.txt") == "a/c.txt");
  CHECK(NormalisePath("https://example.org/./x") == "https://example.org/./x");
  CHECK(NormalisePath("-") == "-");
}

TEST_CASE("Roles: auto by default, kept without --role, a change is reported") {
  TempDir dir;
  auto store = Open(dir.File("claims.db"));
  Document a = MakeDocument("a.txt", kText);
  Store::IngestReport r = Ingest(store.get(), a, "source");
  CHECK(r.role == "source");
  CHECK(r.previous_role.empty());
  r = Ingest(store.get(), a, "");  // no --role: the stored role stays
  CHECK(r.role == "source");
  CHECK(r.previous_role == "source");
  r = Ingest(store.get(), a, "article");
  CHECK(r.previous_role == "source");
  CHECK(r.role == "article");
  r = Ingest(store.get(), a, "auto");
  CHECK(r.role == "auto");
  StoredDocument d;
  REQUIRE(store->FindDocument("a.txt", &d).ok());
  CHECK(d.role == "auto");
  Store::IngestReport bad;
  CHECK_FALSE(store->Ingest(a, "reference", MakeExtraction(a, {}), &bad).ok());
}

TEST_CASE("RemoveDocument takes everything the document owns and nothing else") {
  TempDir dir;
  auto store = Open(dir.File("claims.db"));
  Document a = MakeDocument("a.txt", kText);
  Document b = MakeDocument("b.txt", "Officials counted 12 victims. Nobody else did.");
  Extraction exa = FramedExtraction(a);
  exa.aliases.push_back(Alias{"RSA", "Regional Statistics Agency"});
  Store::IngestOutcome o;
  REQUIRE(store->Ingest(a, "source", exa, &o).ok());
  REQUIRE(store->Ingest(b, "article", MakeExtraction(b, {{"12", Kind::kCount, 12}}), &o).ok());
  std::vector<Figure> figs;
  REQUIRE(store->Figures(FigureFilter{"a.txt", ""}, &figs).ok());
  REQUIRE(store->SaveReview(figs[0], "correct", "checked").ok());
  std::vector<Figure> bfigs;
  REQUIRE(store->Figures(FigureFilter{"b.txt", ""}, &bfigs).ok());
  REQUIRE(store->SaveReview(bfigs[0], "incorrect", "").ok());
  Finding f;
  f.type = "value_conflict";
  f.message = "a vs b";
  f.claims = {FigureRef(bfigs[0]), FigureRef(figs[0])};
  Finding g;
  g.type = "unsupported";
  g.message = "b alone";
  g.claims = {FigureRef(bfigs[0])};
  REQUIRE(store->SaveFindings({f, g}).ok());
  std::map<long long, long long> counts;
  REQUIRE(store->FigureCounts(&counts).ok());
  CHECK(counts.size() == 2);

  StoredDocument removed;
  REQUIRE(store->RemoveDocument("./a.txt", &removed).ok());
  CHECK(removed.path == "a.txt");
  sqlite3* db = store->handle();
  CHECK(CountRows(db, "documents") == 1);
  CHECK(CountRows(db, "figures WHERE doc = " + std::to_string(removed.id)) == 0);
  CHECK(CountRows(db, "sentences WHERE doc = " + std::to_string(removed.id)) == 0);
  CHECK(CountRows(db, "blocks WHERE doc = " + std::to_string(removed.id)) == 0);
  CHECK(CountRows(db, "aliases WHERE doc = " + std::to_string(removed.id)) == 0);
  CHECK(CountRows(db, "reviews WHERE doc_path = 'a.txt'") == 0);
  CHECK(CountRows(db, "reviews WHERE doc_path = 'b.txt'") == 1);
  CHECK(CountRows(db, "findings") == 1);  // the one about b alone stays
  CHECK(CountRows(db, "figures") == 1);
  CHECK(store->RemoveDocument("a.txt", &removed).code() == Status::Code::kNotFound);
}

namespace {
void Sha256Sql(sqlite3_context* ctx, int, sqlite3_value** argv) {
  const char* p = reinterpret_cast<const char*>(sqlite3_value_text(argv[0]));
  std::string hex = Sha256Hex(std::string_view(p, sqlite3_value_bytes(argv[0])));
  sqlite3_result_text(ctx, hex.c_str(), -1, SQLITE_TRANSIENT);
}
int Exec(sqlite3* db, const std::string& sql) {
  char* err = nullptr;
  int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &err);
  if (err != nullptr) {
    UNSCOPED_INFO(err);
    sqlite3_free(err);
  }
  return rc;
}
}  // namespace

TEST_CASE("A version 2 database with data migrates to the current version, keeping it") {
  TempDir dir;
  std::string path = dir.File("v2.db");
  const std::string sentence = "Officials counted 12 victims.";
  {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
    sqlite3_create_function(db, "claimcheck_sha256", 1, SQLITE_UTF8, nullptr, Sha256Sql, nullptr,
                            nullptr);
    REQUIRE(Exec(db, "PRAGMA foreign_keys = ON") == SQLITE_OK);
    REQUIRE(Exec(db, Migrations()[0].sql) == SQLITE_OK);
    REQUIRE(Exec(db, Migrations()[1].sql) == SQLITE_OK);
    REQUIRE(Exec(db,
                 "PRAGMA user_version = 2;"
                 "INSERT INTO documents VALUES (7, 'abc', 'old.txt', 'text', 'T', NULL, 'Agency', "
                 "'2018-05-08', NULL, 'en', 'article', '2024-01-01T00:00:00Z', 0);"
                 "INSERT INTO documents VALUES (9, 'def', 'src.txt', 'text', 'S', NULL, NULL, "
                 "NULL, NULL, 'en', 'source', '2024-01-01T00:00:00Z', 3);"
                 "INSERT INTO blocks VALUES (7, 0, 'paragraph', 0, 29, NULL, 0, NULL, NULL);"
                 "INSERT INTO sentences VALUES (1, 7, 0, 0, 0, 29, NULL, '" +
                     sentence + "', claimcheck_sha256('" + sentence +
                     "'));"
                     "INSERT INTO figures VALUES (1, 7, 1, 0, 18, 20, '12', 'count', 12, NULL, "
                     "NULL, NULL, 'exact', NULL, 'victims', 'Officials counted', 0, NULL, 'r', "
                     "'dead');"
                     "INSERT INTO aliases VALUES (1, 'OC', 'Officials Council', 'learned', 7, "
                     "'en');"
                     "INSERT INTO reviews VALUES (1, 'old.txt', claimcheck_sha256('" +
                     sentence +
                     "'), '12', 'incorrect', 'says 21', '2024-02-01T00:00:00Z');"
                     "INSERT INTO findings VALUES (1, 'value_conflict', 'warning', 'm', 0.5, "
                     "'[]', NULL, '2024-02-01T00:00:00Z');"
                     "INSERT INTO finding_claims VALUES (1, 0, 1, '{}');") == SQLITE_OK);
    sqlite3_close(db);
  }
  std::unique_ptr<Store> store = Open(path);
  sqlite3* db = store->handle();
  sqlite3_stmt* st = nullptr;
  sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &st, nullptr);
  REQUIRE(sqlite3_step(st) == SQLITE_ROW);
  CHECK(sqlite3_column_int(st, 0) == Store::SchemaVersion());
  sqlite3_finalize(st);

  // Documents kept with their ids and roles; nothing cascaded away when the
  // documents table was rebuilt.
  std::vector<StoredDocument> docs;
  REQUIRE(store->Documents(&docs).ok());
  REQUIRE(docs.size() == 2);
  CHECK(docs[0].id == 7);
  CHECK(docs[0].role == "article");
  CHECK(docs[0].publisher == "Agency");
  CHECK(docs[1].role == "source");
  CHECK(docs[1].page_count == 3);
  CHECK(CountRows(db, "blocks") == 1);
  CHECK(CountRows(db, "sentences") == 1);
  CHECK(CountRows(db, "aliases") == 1);
  CHECK(CountRows(db, "finding_claims WHERE figure = 1") == 1);

  std::vector<Figure> figs;
  REQUIRE(store->Figures({}, &figs).ok());
  REQUIRE(figs.size() == 1);
  CHECK(figs[0].text == "12");
  CHECK(figs[0].subject_alias == "dead");
  CHECK(figs[0].sentence == sentence);
  CHECK(figs[0].frame == Frame());  // unknown until re-ingested

  Review review;
  REQUIRE(store->ReviewFor(figs[0], &review).ok());
  CHECK(review.verdict == "incorrect");
  CHECK(review.note == "says 21");

  // Foreign keys are on again and hold: the rebuilt table is referenced.
  CHECK(Exec(db, "PRAGMA foreign_key_check") == SQLITE_OK);
  CHECK(CountRows(db, "pragma_foreign_key_check") == 0);
  CHECK((Exec(db, "INSERT INTO blocks VALUES (99, 0, 'paragraph', 0, 1, NULL, 0, NULL, NULL)") &
         0xff) == SQLITE_CONSTRAINT);
  // The new role is accepted; an unknown one is not.
  CHECK(Exec(db, "UPDATE documents SET role = 'auto' WHERE id = 9") == SQLITE_OK);
  CHECK((Exec(db, "UPDATE documents SET role = 'other' WHERE id = 9") & 0xff) ==
        SQLITE_CONSTRAINT);
  // Deleting a document still cascades.
  CHECK(Exec(db, "DELETE FROM documents WHERE id = 7") == SQLITE_OK);
  CHECK(CountRows(db, "figures") == 0);
  std::vector<StoredSentence> hits;
  REQUIRE(store->SearchSentences("victims", 5, &hits).ok());
  CHECK(hits.empty());
}
