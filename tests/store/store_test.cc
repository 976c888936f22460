#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>

#include "claimcheck/check.h"
#include "claimcheck/figure_json.h"
#include "tests/store/fixture.h"

using namespace claimcheck;
using namespace claimcheck::testing;

namespace {

const char kReport[] =
    "CEP mapped 1,000 profiles in 96 countries. The analysis found 43 percent were removed.\n\n"
    "Facebook said it removes 99 percent of terror content. Nobody counted the rest.";

std::unique_ptr<Store> OpenOrDie(const std::string& path, StoreOptions opts = {}) {
  std::unique_ptr<Store> store;
  Status s = Store::Open(path, opts, &store);
  INFO(s.message());
  REQUIRE(s.ok());
  return store;
}

Store::IngestOutcome IngestOrDie(Store* store, const Document& doc, const Extraction& ex,
                                 const std::string& role = "source") {
  Store::IngestOutcome outcome;
  Status s = store->Ingest(doc, role, ex, &outcome);
  INFO(s.message());
  REQUIRE(s.ok());
  return outcome;
}

std::vector<FigureSpec> ReportFigures() {
  return {{"1,000", Kind::kCount, 1000, "CEP mapped", ""},
          {"96", Kind::kCount, 96, "CEP mapped", ""},
          {"43 percent", Kind::kPercent, 43, "The analysis found", "2018-03-05"},
          {"99 percent", Kind::kPercent, 99, "Facebook said", ""}};
}

}  // namespace

TEST_CASE("Figures round-trip through the store as complete records") {
  TempDir dir;
  auto store = OpenOrDie(dir.File("claims.db"));
  Document doc = MakeDocument("reports/cep.txt", kReport);
  Extraction ex = MakeExtraction(doc, ReportFigures());
  ex.figures[0].subject = "profiles";
  ex.figures[0].subject_alias = "nodes";
  ex.figures[0].qualifier = Qualifier::kMoreThan;
  ex.figures[1].value_max = FigureValue::Number(97.25);
  ex.figures[2].quoted = true;
  ex.figures[2].unit = "pp";
  REQUIRE(ex.figures.size() == 4);
  CHECK(IngestOrDie(store.get(), doc, ex) == Store::IngestOutcome::kAdded);

  std::vector<Figure> got;
  REQUIRE(store->Figures({}, &got).ok());
  REQUIRE(got.size() == ex.figures.size());
  for (size_t i = 0; i < got.size(); ++i) {
    INFO("figure " << i);
    CHECK(got[i].id > 0);
    Figure want = ex.figures[i];
    want.id = got[i].id;
    CHECK(FigureToJson(got[i]).dump() == FigureToJson(want).dump());
  }
}

TEST_CASE("A stored figure's offsets slice its text out of its stored sentence") {
  TempDir dir;
  auto store = OpenOrDie(dir.File("claims.db"));
  Document doc = MakeDocument("a.txt", kReport);
  IngestOrDie(store.get(), doc, MakeExtraction(doc, ReportFigures()));
  std::vector<Figure> figs;
  REQUIRE(store->Figures({}, &figs).ok());
  std::vector<StoredSentence> sents;
  REQUIRE(store->Sentences("a.txt", &sents).ok());
  REQUIRE(sents.size() == 4);
  for (const Figure& f : figs) {
    INFO(f.text);
    const StoredSentence* in = nullptr;
    for (const auto& s : sents) {
      if (s.start == f.sentence_start && s.end == f.sentence_end) in = &s;
    }
    REQUIRE(in != nullptr);
    CHECK(in->text == f.sentence);
    CHECK(in->text.substr(f.start - in->start, f.end - f.start) == f.text);
  }
}

TEST_CASE("Ingest refuses figures whose offsets do not match the text") {
  TempDir dir;
  auto store = OpenOrDie(dir.File("claims.db"));
  Document doc = MakeDocument("a.txt", kReport);
  Extraction ex = MakeExtraction(doc, ReportFigures());
  ex.figures[1].start += 1;
  Store::IngestOutcome outcome;
  Status s = store->Ingest(doc, "source", ex, &outcome);
  CHECK_FALSE(s.ok());
  CHECK(s.message().find("a.txt: figure '96'") == 0);
  CHECK(CountRows(store->handle(), "documents") == 0);
}

TEST_CASE("Re-ingesting an unchanged document changes nothing") {
  TempDir dir;
  auto store = OpenOrDie(dir.File("claims.db"));
  Document a = MakeDocument("a.txt", kReport);
  Document b = MakeDocument(
      "b.txt", "Officials said 12 people died. CEP (Counter Extremism Project) agreed.");
  Extraction exb = MakeExtraction(b, {{"12", Kind::kCount, 12, "Officials said", ""}});
  exb.aliases.push_back(Alias{"CEP", "Counter Extremism Project"});
  IngestOrDie(store.get(), a, MakeExtraction(a, ReportFigures()));
  IngestOrDie(store.get(), b, exb);
  std::string first = DumpTables(store->handle());
  CHECK(IngestOrDie(store.get(), a, MakeExtraction(a, ReportFigures())) ==
        Store::IngestOutcome::kUnchanged);
  CHECK(IngestOrDie(store.get(), b, exb) == Store::IngestOutcome::kUnchanged);
  CHECK(DumpTables(store->handle()) == first);
}

TEST_CASE("A document that fails halfway leaves no trace") {
  TempDir dir;
  std::string db = dir.File("claims.db");
  Document a = MakeDocument("a.txt", kReport);
  Document b = MakeDocument("b.txt", "Officials said 12 people died and 30 were hurt.");
  {
    auto store = OpenOrDie(db);
    IngestOrDie(store.get(), b,
                MakeExtraction(b, {{"12", Kind::kCount, 12}, {"30", Kind::kCount, 30}}));
  }
  std::string before;
  {
    auto store = OpenOrDie(db);
    before = DumpTables(store->handle());
  }
  for (int n : {0, 1, 3}) {
    DYNAMIC_SECTION("failing after " << n << " figure inserts") {
      StoreOptions opts;
      opts.fail_after_figure_inserts = n;
      auto store = OpenOrDie(db, opts);
      Store::IngestOutcome outcome;
      Status s = store->Ingest(a, "source", MakeExtraction(a, ReportFigures()), &outcome);
      CHECK_FALSE(s.ok());
      CHECK(s.message().find("a.txt: injected failure") == 0);
      CHECK(DumpTables(store->handle()) == before);
      // Replacing an existing document fails the same way: the old version stays.
      Document b2 = MakeDocument(
          "b.txt", "Officials said 14 people died and 30 were hurt. 2 are missing and 5 fled.");
      s = store->Ingest(b2, "source",
                        MakeExtraction(b2, {{"14", Kind::kCount, 14},
                                            {"30", Kind::kCount, 30},
                                            {"2", Kind::kCount, 2},
                                            {"5", Kind::kCount, 5}}),
                        &outcome);
      CHECK_FALSE(s.ok());
      CHECK(DumpTables(store->handle()) == before);
    }
  }
  // The same store without the fault stores it.
  auto store = OpenOrDie(db);
  CHECK(IngestOrDie(store.get(), a, MakeExtraction(a, ReportFigures())) ==
        Store::IngestOutcome::kAdded);
}

TEST_CASE("A changed document replaces its figures and keeps reviews of unchanged or lightly edited sentences") {
  TempDir dir;
  auto store = OpenOrDie(dir.File("claims.db"));
  Document v1 = MakeDocument("a.txt", kReport);
  IngestOrDie(store.get(), v1, MakeExtraction(v1, ReportFigures()));
  std::vector<Figure> figs;
  REQUIRE(store->Figures({}, &figs).ok());
  REQUIRE(figs.size() == 4);
  REQUIRE(store->SaveReview(figs[0], "correct", "matches the report's table 2").ok());
  REQUIRE(store->SaveReview(figs[3], "incorrect", "Facebook said 98").ok());
  StoredDocument before;
  REQUIRE(store->FindDocument("a.txt", &before).ok());

  // The second paragraph's sentence changes; the first paragraph stays.
  std::string text = kReport;
  text.replace(text.find("it removes"), 10, "it now removes");
  Document v2 = MakeDocument("a.txt", text);
  CHECK(IngestOrDie(store.get(), v2, MakeExtraction(v2, ReportFigures())) ==
        Store::IngestOutcome::kReplaced);

  StoredDocument after;
  REQUIRE(store->FindDocument("a.txt", &after).ok());
  CHECK(after.id == before.id);
  CHECK(after.doc_id == v2.id);
  CHECK(CountRows(store->handle(), "documents") == 1);
  CHECK(CountRows(store->handle(), "figures") == 4);
  CHECK(CountRows(store->handle(), "sentences") == 4);

  REQUIRE(store->Figures({}, &figs).ok());
  Review r;
  REQUIRE(store->ReviewFor(figs[0], &r).ok());
  CHECK(r.verdict == "correct");
  CHECK(r.note == "matches the report's table 2");
  // A light edit of the second sentence ("it removes" -> "it now removes")
  // keeps its verdict on the figure it still holds (trial6; FORMAT.md
  // "Re-ingest"): the review follows the edited sentence.
  REQUIRE(store->ReviewFor(figs[3], &r).ok());
  CHECK(r.verdict == "incorrect");
  std::vector<Review> all;
  REQUIRE(store->Reviews("", &all).ok());
  CHECK(all.size() == 2);

  // The search index follows the replacement.
  std::vector<StoredSentence> hits;
  REQUIRE(store->SearchSentences("now removes", 10, &hits).ok());
  CHECK(hits.size() == 1);
  REQUIRE(store->SearchSentences("removes", 10, &hits).ok());
  CHECK(hits.size() == 1);  // the old version's sentence is gone from the index
  CHECK(store->SaveReview(figs[1], "sure", "").code() == Status::Code::kInvalidArgument);
}

// Issue 13: check reads every figure of the store at once; the figures of one
// document share one buffer for its path and one for its hash (a copy each
// was ~180 MB at 10^6 figures), and two documents keep their own.
TEST_CASE("Figures read back share their document's path and hash") {
  TempDir dir;
  auto store = OpenOrDie(dir.File("claims.db"));
  Document a = MakeDocument("a.txt", kReport);
  Document b = MakeDocument("b.txt", "Officials said 12 people died and 30 were hurt.");
  IngestOrDie(store.get(), a, MakeExtraction(a, ReportFigures()));
  IngestOrDie(store.get(), b, MakeExtraction(b, {{"12", Kind::kCount, 12}, {"30", Kind::kCount, 30}}), "article");
  std::vector<Figure> figs;
  REQUIRE(store->Figures({}, &figs).ok());
  REQUIRE(figs.size() == 6);
  for (const Figure& f : figs) {
    const Figure& first = f.doc == "a.txt" ? figs[0] : figs[4];
    INFO(f.doc << " " << f.text);
    CHECK(f.doc_id == (f.doc == "a.txt" ? a.id : b.id));
    CHECK(f.doc.SharesWith(first.doc));
    CHECK(f.doc_id.SharesWith(first.doc_id));
  }
  CHECK(figs[4].doc == "b.txt");
  CHECK_FALSE(figs[0].doc.SharesWith(figs[4].doc));
  CHECK_FALSE(figs[0].doc_id.SharesWith(figs[4].doc_id));
}

TEST_CASE("Documents are found by path, row id and hash prefix; filters apply") {
  TempDir dir;
  auto store = OpenOrDie(dir.File("claims.db"));
  Document a = MakeDocument("a.txt", kReport);
  Document b = MakeDocument("b.txt", "Officials said 12 people died.");
  IngestOrDie(store.get(), a, MakeExtraction(a, ReportFigures()));
  IngestOrDie(store.get(), b, MakeExtraction(b, {{"12", Kind::kCount, 12}}), "article");
  StoredDocument d;
  REQUIRE(store->FindDocument(b.id.substr(0, 8), &d).ok());
  CHECK(d.path == "b.txt");
  CHECK(d.role == "article");
  CHECK(d.title == "Title of b.txt");
  CHECK(d.date == "2018-05-08");
  REQUIRE(store->FindDocument("1", &d).ok());
  CHECK(d.path == "a.txt");
  CHECK(store->FindDocument("zz.txt", &d).code() == Status::Code::kNotFound);

  std::vector<Figure> figs;
  REQUIRE(store->Figures({"b.txt", ""}, &figs).ok());
  CHECK(figs.size() == 1);
  REQUIRE(store->Figures({"", "percent"}, &figs).ok());
  CHECK(figs.size() == 2);
  CHECK(store->Figures({"nope", ""}, &figs).code() == Status::Code::kNotFound);

  // Same content, new role: recorded, nothing else.
  CHECK(IngestOrDie(store.get(), b, MakeExtraction(b, {{"12", Kind::kCount, 12}}), "source") ==
        Store::IngestOutcome::kUnchanged);
  REQUIRE(store->FindDocument("b.txt", &d).ok());
  CHECK(d.role == "source");
  Store::IngestOutcome outcome;
  CHECK(store->Ingest(b, "reader", {}, &outcome).code() == Status::Code::kInvalidArgument);
}

TEST_CASE("Documents are found by their file name alone, as findings name them; a shared name is refused") {
  // trial46: `check --doc rentwise-blog.md` refused the name every message used.
  TempDir dir;
  auto store = OpenOrDie(dir.File("claims.db"));
  Document a = MakeDocument("docs/deposits/annual-report.txt", kReport);
  Document b = MakeDocument("docs/deposits/rentwise-blog.md", "Officials said 12 people died.");
  Document c = MakeDocument("docs/other/annual-report.txt", "Officials said 14 people died.");
  IngestOrDie(store.get(), a, MakeExtraction(a, ReportFigures()));
  IngestOrDie(store.get(), b, MakeExtraction(b, {{"12", Kind::kCount, 12}}), "article");
  IngestOrDie(store.get(), c, MakeExtraction(c, {{"14", Kind::kCount, 14}}));
  StoredDocument d;
  REQUIRE(store->FindDocument("rentwise-blog.md", &d).ok());
  CHECK(d.path == "docs/deposits/rentwise-blog.md");
  const Status shared = store->FindDocument("annual-report.txt", &d);
  CHECK(shared.code() == Status::Code::kInvalidArgument);
  CHECK(shared.message().find("file name of 2 documents") != std::string::npos);
}

TEST_CASE("Aliases: learned at ingest, configured per language, without duplicates") {
  TempDir dir;
  auto store = OpenOrDie(dir.File("claims.db"));
  Document a = MakeDocument("a.txt", kReport);
  Extraction ex = MakeExtraction(a, ReportFigures());
  ex.aliases = {{"CEP", "Counter Extremism Project"}, {"CEP", "Counter Extremism Project"}};
  IngestOrDie(store.get(), a, ex);
  REQUIRE(store
              ->SaveConfiguredAliases(
                  "en", {{"CEP", "Counter Extremism Project"}, {"ISIS", "Islamic State"}})
              .ok());
  std::string once = DumpTables(store->handle());
  REQUIRE(store
              ->SaveConfiguredAliases(
                  "en", {{"ISIS", "Islamic State"}, {"CEP", "Counter Extremism Project"}})
              .ok());
  CHECK(DumpTables(store->handle()) == once);
  std::vector<Alias> aliases;
  REQUIRE(store->Aliases(&aliases).ok());
  REQUIRE(aliases.size() == 2);
  CHECK(aliases[0].alias == "CEP");
  CHECK(aliases[0].origin == "configured");
  CHECK(aliases[1].canonical == "Islamic State");
  CHECK(CountRows(store->handle(), "aliases WHERE origin = 'learned'") == 1);
}

TEST_CASE("Findings are stored with their figure records") {
  TempDir dir;
  auto store = OpenOrDie(dir.File("claims.db"));
  Document a = MakeDocument("a.txt", kReport);
  IngestOrDie(store.get(), a, MakeExtraction(a, ReportFigures()));
  std::vector<Figure> figs;
  REQUIRE(store->Figures({}, &figs).ok());
  Finding f;
  f.type = "value_conflict";
  f.severity = Severity::kWarning;
  f.message = "a.txt says 43 percent; b.txt says 45 percent.";
  Figure gone = figs[3];
  gone.id = 999;  // not stored: kept as a record, id dropped
  f.claims = {FigureRef(figs[2]), FigureRef(gone)};
  f.score = 0.75;
  f.reasons = {"same subject", "same time"};
  REQUIRE(store->SaveFindings({f, f}).ok());
  REQUIRE(store->SaveFindings({f}).ok());
  std::vector<Finding> got;
  REQUIRE(store->Findings(&got).ok());
  REQUIRE(got.size() == 1);
  CHECK(got[0].type == "value_conflict");
  CHECK(got[0].severity == Severity::kWarning);
  CHECK(got[0].reasons == f.reasons);
  CHECK(got[0].score == 0.75);
  REQUIRE(got[0].claims.size() == 2);
  CHECK(got[0].claims[0]->id == figs[2].id);
  CHECK(got[0].claims[0]->text == "43 percent");
  CHECK(got[0].claims[1]->id == 0);
}

TEST_CASE("Two processes ingesting into one database both succeed") {
  TempDir dir;
  std::string db = dir.File("claims.db");
  { auto store = OpenOrDie(db); }
  std::vector<pid_t> kids;
  for (int p = 0; p < 2; ++p) {
    pid_t pid = fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
      std::unique_ptr<Store> store;
      if (!Store::Open(db, &store).ok()) _exit(3);
      for (int i = 0; i < 25; ++i) {
        std::string name = "p" + std::to_string(p) + "_" + std::to_string(i) + ".txt";
        Document d = MakeDocument(name, std::string(kReport) + " " + name);
        Store::IngestOutcome o;
        if (!store->Ingest(d, "source", MakeExtraction(d, ReportFigures()), &o).ok()) _exit(4);
      }
      _exit(0);
    }
    kids.push_back(pid);
  }
  for (pid_t pid : kids) {
    int status = 0;
    waitpid(pid, &status, 0);
    CHECK(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 0);
  }
  auto store = OpenOrDie(db);
  CHECK(CountRows(store->handle(), "documents") == 50);
  CHECK(CountRows(store->handle(), "figures") == 200);
}

TEST_CASE("SentenceSimilarity: a light edit stays above the bar, a rewrite falls below") {
  CHECK(SentenceSimilarity("Chirpwave employs 15,000 reviewers, the company said.",
                           "Chirpwave employs 15,000 reviewers, the company said on Thursday.") >=
        kReviewSentenceSimilarity);
  CHECK(SentenceSimilarity("The ferry carried 412,000 passengers last summer.",
                           "Harbour fees paid for 412,000 new lamps along the promenade.") < kReviewSentenceSimilarity);
  CHECK(SentenceSimilarity("Same words, other   spacing!", "same words other spacing") == 1.0);
}

TEST_CASE("A document's links are stored, listed with it, and replaced with its new version") {
  TempDir dir;
  auto store = OpenOrDie(dir.File("claims.db"));
  Document a = MakeDocument("a.txt", kReport);
  a.links = {Hyperlink{"https://stats.example/release", "the latest figures"},
             Hyperlink{"https://stats.example/notes", ""}};
  IngestOrDie(store.get(), a, MakeExtraction(a, ReportFigures()));
  std::vector<StoredDocument> docs;
  REQUIRE(store->Documents(&docs).ok());
  REQUIRE(docs.size() == 1);
  REQUIRE(docs[0].links.size() == 2);
  CHECK(docs[0].links[0].url == "https://stats.example/release");
  CHECK(docs[0].links[0].text == "the latest figures");
  CHECK(docs[0].links[1].url == "https://stats.example/notes");

  std::string text = kReport;
  text.replace(text.find("it removes"), 10, "it now removes");
  Document v2 = MakeDocument("a.txt", text);
  v2.links = {Hyperlink{"https://stats.example/revised", "revised"}};
  CHECK(IngestOrDie(store.get(), v2, MakeExtraction(v2, ReportFigures())) == Store::IngestOutcome::kReplaced);
  REQUIRE(store->Documents(&docs).ok());
  REQUIRE(docs[0].links.size() == 1);
  CHECK(docs[0].links[0].url == "https://stats.example/revised");
  CHECK(CountRows(store->handle(), "links") == 1);
}
