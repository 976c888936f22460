// `claimcheck claims`: figures round-trip through the store exactly as
// `extract` prints them; filters, formats and errors.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "tests/cli/run_binary.h"

using cctest::Claimcheck;
using cctest::Run;

TEST_CASE("claims: a figure round-trips (extract jsonl == claims jsonl after ingest)") {
  for (const char* file :
       {"corpus/seed/cep-facebook-article.txt", "corpus/documents/lead-schools.txt",
        "corpus/documents/lead-schools.html", "corpus/documents/plomo-escuelas.txt",
        "corpus/documents/factcheck-notes.md", "corpus/documents/unsafe-at-the-fountain.pdf"}) {
    INFO(file);
    std::string db = cctest::TempDir("claims") + "/claims.db";
    Run extracted = Claimcheck(std::string("extract --format jsonl ") + file);
    REQUIRE(extracted.status == 0);
    REQUIRE(Claimcheck("ingest --db " + db + " " + file).status == 0);
    Run listed = Claimcheck("claims --db " + db + " --format jsonl");
    REQUIRE(listed.status == 0);
    CHECK_FALSE(listed.out.empty());
    CHECK(listed.out == extracted.out);
  }
}

TEST_CASE("claims: filters by document and kind; other formats") {
  std::string db = cctest::TempDir("claims") + "/claims.db";
  REQUIRE(Claimcheck("ingest --db " + db +
                     " corpus/seed/cep-facebook-article.txt corpus/documents/lead-schools.txt")
              .status == 0);
  Run all = Claimcheck("claims --db " + db);
  Run seed = Claimcheck("claims --db " + db + " --doc corpus/seed/cep-facebook-article.txt");
  REQUIRE(seed.status == 0);
  CHECK(seed.out.size() < all.out.size());
  std::string line;
  std::istringstream lines(seed.out);
  std::string doc_id;
  while (std::getline(lines, line)) {
    auto j = nlohmann::json::parse(line);
    CHECK(j["doc"] == "corpus/seed/cep-facebook-article.txt");
    doc_id = j["doc_id"];
  }
  // The same document by content-hash prefix and by row id.
  CHECK(Claimcheck("claims --db " + db + " --doc " + doc_id.substr(0, 10)).out == seed.out);
  CHECK(Claimcheck("claims --db " + db + " --doc 1").out == seed.out);

  Run percents = Claimcheck("claims --db " + db + " --kind percent --format csv");
  REQUIRE(percents.status == 0);
  CHECK(percents.out.rfind("doc,doc_id,lang,page,paragraph,", 0) == 0);
  CHECK(percents.out.find(",count,") == std::string::npos);
  CHECK(percents.out.find(",percent,") != std::string::npos);
  Run json = Claimcheck("claims --db " + db + " --format json");
  CHECK(nlohmann::json::parse(json.out).is_array());
  CHECK(Claimcheck("claims --db " + db + " --format table").out.rfind("doc ", 0) == 0);

  Run nodoc = Claimcheck("claims --db " + db + " --doc nothing-here.txt");
  CHECK(nodoc.status == 2);
  CHECK(nodoc.err.find("no stored document matches 'nothing-here.txt'") != std::string::npos);
  Run badkind = Claimcheck("claims --db " + db + " --kind weight");
  CHECK(badkind.status == 2);
  std::string missing = cctest::TempDir("claims") + "/none.db";
  Run nodb = Claimcheck("claims --db " + missing);
  CHECK(nodb.status == 2);
  CHECK(nodb.err.find(missing + ": no such database") != std::string::npos);
  CHECK_FALSE(std::filesystem::exists(missing));
}

TEST_CASE("claims: the seed article's 43 percent is Ibsen's, quoted, as of 2018-03-05") {
  std::string db = cctest::TempDir("claims") + "/claims.db";
  REQUIRE(Claimcheck("ingest --db " + db + " corpus/seed/cep-facebook-article.txt").status == 0);
  Run r = Claimcheck("claims --db " + db + " --format jsonl");
  REQUIRE(r.status == 0);
  std::istringstream lines(r.out);
  std::string line;
  int found = 0;
  while (std::getline(lines, line)) {
    auto j = nlohmann::json::parse(line);
    if (j["text"] != "43 percent") continue;
    ++found;
    INFO(line);
    CHECK(j["subject"] == "the nodes");
    REQUIRE(j["attribution"].is_string());
    CHECK(j["attribution"].get<std::string>().find("Ibsen") != std::string::npos);
    CHECK(j["quoted"] == true);
    CHECK(j["time"] == "2018-03-05");
  }
  CHECK(found == 1);
}
