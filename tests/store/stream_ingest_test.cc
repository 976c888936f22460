// Issue 15: a long document's figures reach the store a run of paragraphs at
// a time (Store::Ingest with a FigureStream), inside the one transaction. The
// store then holds exactly what ingesting the whole extraction stores, and a
// failure while the parts arrive leaves nothing behind.
#include <catch2/catch.hpp>

#include "claimcheck/figure_json.h"
#include "claimcheck/rules.h"
#include "tests/store/fixture.h"

using namespace claimcheck;
using namespace claimcheck::testing;

namespace {

std::unique_ptr<Store> Open(const std::string& path, StoreOptions opts = {}) {
  std::unique_ptr<Store> store;
  Status s = Store::Open(path, opts, &store);
  INFO(s.message());
  REQUIRE(s.ok());
  return store;
}

std::string StoredRecords(Store* store) {
  std::vector<Figure> figures;
  REQUIRE(store->Figures(FigureFilter{}, &figures).ok());
  std::string out;
  for (const Figure& f : figures) AppendFigureJsonLine(f, &out);
  return out;
}

}  // namespace

TEST_CASE("Ingesting figures in parts stores what ingesting them whole stores") {
  Extractor extractor(DefaultRulesDir());
  Document doc;
  REQUIRE(ReadDocument("corpus/seed/cep-facebook-article.txt", ReadOptions(), &doc).ok());
  TempDir dir;
  std::string whole_dump, whole_records;
  {
    auto store = Open(dir.File("whole.db"));
    Extraction ex;
    REQUIRE(extractor.Extract(doc, "en", &ex).ok());
    REQUIRE(ex.figures.size() >= 8);  // several parts of one figure or more
    Store::IngestReport report;
    REQUIRE(store->Ingest(doc, "source", ex, &report).ok());
    whole_records = StoredRecords(store.get());
    whole_dump = DumpTables(store->handle());
  }
  auto store = Open(dir.File("parts.db"));
  Extraction ex;
  std::unique_ptr<FigureStream> stream;
  REQUIRE(extractor.Start(doc, "en", &ex, &stream, 1).ok());
  Store::IngestReport report;
  Status s = store->Ingest(doc, "source", ex, stream.get(), &report);
  INFO(s.message());
  REQUIRE(s.ok());
  CHECK(report.outcome == Store::IngestOutcome::kAdded);
  CHECK(StoredRecords(store.get()) == whole_records);
  // Every table alike but for the time of ingest.
  auto without_time = [](std::string d) {
    for (size_t at = d.find("20"); at != std::string::npos; at = d.find("20", at + 1)) {
      if (at + 20 <= d.size() && d[at + 10] == 'T' && d[at + 19] == 'Z') d.replace(at, 20, "<t>");
    }
    return d;
  };
  CHECK(without_time(DumpTables(store->handle())) == without_time(whole_dump));
}

TEST_CASE("A failure while the parts arrive leaves the store as it was") {
  Extractor extractor(DefaultRulesDir());
  Document doc;
  REQUIRE(ReadDocument("corpus/seed/cep-facebook-article.txt", ReadOptions(), &doc).ok());
  TempDir dir;
  std::string db = dir.File("claims.db");
  std::string before;
  {
    auto store = Open(db);
    before = DumpTables(store->handle());
  }
  StoreOptions opts;
  opts.fail_after_figure_inserts = 5;  // inside the third part or later
  auto store = Open(db, opts);
  Extraction ex;
  std::unique_ptr<FigureStream> stream;
  REQUIRE(extractor.Start(doc, "en", &ex, &stream, 2).ok());
  Store::IngestReport report;
  Status s = store->Ingest(doc, "source", ex, stream.get(), &report);
  CHECK_FALSE(s.ok());
  CHECK(s.message().find("injected failure") != std::string::npos);
  CHECK(DumpTables(store->handle()) == before);
}
