// One article and its source get the same findings whatever else is stored
// (trial12): the checker weighed context words by how many stored sentences
// held them, so ingesting unrelated documents moved identity scores (and,
// near a bar, verdicts), and `audit` (the article and its sources) could
// disagree with `check` (the whole store). Word weights now come from a fixed
// background table (rules/<lang>/background.yaml). The documents are written
// here, in this test's own words.
#include <catch2/catch.hpp>
#include <iterator>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>

#include "tests/cli/run_binary.h"

using cctest::Claimcheck;
using cctest::Run;
using cctest::Slurp;
using Json = nlohmann::json;

namespace {

const char* kSource =
    "title: Annual Ridership Review 2025\n"
    "publisher: Larkfield Transit Authority\n"
    "date: 2026-02-10\n\n"
    "Larkfield Transit Authority carried 48.2 million passengers on its buses and trams in 2025, up 6.4 percent "
    "on the year before.\n\n"
    "Tram ridership alone reached 17.9 million journeys, while the night bus network carried 427,000 "
    "passengers.\n\n"
    "The authority employed 2,315 drivers and engineers at the end of the year, and 38 percent of its fleet now "
    "runs on electricity.\n\n"
    "Fare revenue came to 61.5 million pounds, covering 44 percent of operating costs.\n\n"
    "Complaints fell to 1,208, the lowest number since records began in 2009.\n";

const char* kArticle =
    "title: Record year for Larkfield buses and trams\n"
    "publisher: Larkfield Evening Courier\n"
    "date: 2026-02-12\n\n"
    "Buses and trams in Larkfield carried 48.2 million passengers last year, according to the Larkfield Transit "
    "Authority's annual ridership review.\n\n"
    "The review says tram ridership reached 17.9 million journeys, and the night bus network carried 472,000 "
    "passengers.\n\n"
    "The authority now employs more than 2,315 drivers and engineers, and 38 percent of its fleet runs on "
    "electricity, the Larkfield Transit Authority said.\n\n"
    "Fare revenue of 61.5 million pounds covered 44 percent of operating costs, according to the review.\n\n"
    "Complaints fell to 1,208, the review found.\n";

// Ten documents of other bodies on other subjects, in everyday words the
// two above use too ("last year", "percent", "passengers", "revenue").
const char* kUnrelated[] = {
    "title: Harvest notes\npublisher: Dunmore Growers Cooperative\ndate: 2026-01-20\n\n"
    "Members of the cooperative picked 3,400 tonnes of apples last year, the most since 2019.\n\n"
    "About 62 percent of the crop went to juice, and the rest was sold at markets across the city.\n",
    "title: Library lending figures\npublisher: Ashby Public Libraries\ndate: 2026-01-22\n\n"
    "The city's libraries lent 912,000 books last year, and 28 percent of loans were e-books.\n\n"
    "Visits rose to 1.3 million, with the network of night openings drawing 41,000 visitors.\n",
    "title: Season review\npublisher: Millbrook Rovers Football Club\ndate: 2026-01-25\n\n"
    "Average attendance at home matches was 14,600 last season, up 9 percent on the year before.\n\n"
    "The club's revenue reached 22 million pounds, and its 310 staff include 45 coaches.\n",
    "title: Winter weather summary\npublisher: Northern Weather Service\ndate: 2026-01-28\n\n"
    "Rainfall in December totalled 142 millimetres, 38 percent above the long-term average.\n\n"
    "Snow fell on 11 days, and the lowest temperature recorded was minus 9 degrees.\n",
    "title: Hospital waiting times\npublisher: Westvale Health Board\ndate: 2026-01-30\n\n"
    "The board's hospitals treated 212,000 patients last year, and 74 percent were seen within four hours in the "
    "emergency department.\n\n"
    "The board employs 6,900 nurses, and 1,150 of them joined during the year.\n",
    "title: Housing completions\npublisher: Calder County Council\ndate: 2026-02-02\n\n"
    "The council completed 1,840 new homes last year, 30 percent of them for social rent.\n\n"
    "Planning applications fell to 2,315, the fewest since records began.\n",
    "title: Museum visitor report\npublisher: Eastport Maritime Museum\ndate: 2026-02-03\n\n"
    "The museum welcomed 286,000 visitors last year, up 12 percent, and 19 percent of them were schoolchildren.\n\n"
    "Ticket revenue came to 3.1 million pounds.\n",
    "title: Recycling update\npublisher: Greyhill Waste Partnership\ndate: 2026-02-05\n\n"
    "Households recycled 48 percent of their waste last year, against a target of 55 percent.\n\n"
    "Collection crews emptied 6.2 million bins, and complaints about missed collections fell to 980.\n",
    "title: Airport traffic\npublisher: Southmere Airport\ndate: 2026-02-06\n\n"
    "The airport handled 7.4 million passengers last year, 5.2 percent more than the year before.\n\n"
    "Cargo volumes reached 61,500 tonnes, and the number of flights rose to 58,000.\n",
    "title: Schools census\npublisher: Brookfield Education Office\ndate: 2026-02-08\n\n"
    "Schools in the district enrolled 41,300 pupils this year, and 17 percent of them speak a second language at "
    "home.\n\n"
    "The office employs 2,900 teachers, and class sizes averaged 24 pupils.\n",
};

// A fixed clock for sheets compared byte for byte (2026-01-01T00:00:00Z).
const std::string kEpoch = "SOURCE_DATE_EPOCH=1767225600 ";

std::string FirstDifference(const std::string& want, const std::string& got) {
  std::istringstream a(want), b(got);
  std::string la, lb;
  for (int line = 1;; ++line) {
    bool ha = static_cast<bool>(std::getline(a, la));
    bool hb = static_cast<bool>(std::getline(b, lb));
    if (!ha && !hb) return "identical";
    if (la != lb || ha != hb) {
      return "line " + std::to_string(line) + "\nBefore: " + (ha ? la : "<end>") + "\nAfter:  " + (hb ? lb : "<end>");
    }
  }
}

struct Findings {
  std::string check, pairs, sheet;
};

Findings Look(const std::string& db, const std::string& article, const std::string& source,
              const std::string& sheet) {
  Findings f;
  Run check = Claimcheck("check --format json --db " + db + " --doc " + article);
  INFO(check.err);
  REQUIRE(check.status == 1);  // the article's misreports
  f.check = check.out;
  Run pairs = Claimcheck("check --pairs --db " + db + " --doc " + article);
  REQUIRE(pairs.status == 1);
  f.pairs = pairs.out;
  Run audit = Claimcheck("audit " + article + " --sources " + source + " --db " + db + " -o " + sheet, kEpoch);
  INFO(audit.err);
  REQUIRE(audit.status == 1);
  f.sheet = Slurp(sheet);
  return f;
}

// The warnings and errors, as figure offset -> "type severity".
std::map<int, std::string> Flags(const Json& findings) {
  std::map<int, std::string> out;
  for (const Json& f : findings) {
    if (f["severity"] == "info") continue;
    out[f["claims"][0]["start"].get<int>()] = f["type"].get<std::string>() + " " + f["severity"].get<std::string>();
  }
  return out;
}

std::map<int, std::string> SheetFlags(const Json& sheet) {
  std::map<int, std::string> out;
  for (const Json& r : sheet["rows"]) {
    const Json& f = r["finding"];
    if (f.is_null() || f["severity"] == "info") continue;
    out[r["figure"]["start"].get<int>()] = f["type"].get<std::string>() + " " + f["severity"].get<std::string>();
  }
  return out;
}

}  // namespace

TEST_CASE("check and audit: one article's findings do not change when unrelated documents are stored") {
  const std::string dir = cctest::TempDir("store_independence");
  const std::string db = dir + "/c.db", source = dir + "/review.txt", article = dir + "/courier.txt";
  cctest::WriteFile(source, kSource);
  cctest::WriteFile(article, kArticle);
  REQUIRE(Claimcheck("ingest --role source --db " + db + " " + source).status == 0);
  REQUIRE(Claimcheck("ingest --role article --db " + db + " " + article).status == 0);
  const Findings before = Look(db, article, source, dir + "/before.json");

  std::string others;
  for (size_t i = 0; i < std::size(kUnrelated); ++i) {
    const std::string path = dir + "/other" + std::to_string(i) + ".txt";
    cctest::WriteFile(path, kUnrelated[i]);
    others += " " + path;
  }
  Run more = Claimcheck("ingest --db " + db + others);
  INFO(more.err);
  REQUIRE(more.status == 0);
  const Findings after = Look(db, article, source, dir + "/after.json");

  // Every finding with its score and features, every pairing with its
  // identity, and the audit sheet: byte for byte.
  CHECK(FirstDifference(before.check, after.check) == "identical");
  CHECK(FirstDifference(before.pairs, after.pairs) == "identical");
  CHECK(FirstDifference(before.sheet, after.sheet) == "identical");

  // And `check` of the whole store flags what `audit` of the article with its
  // source flags: the slip 427,000 -> 472,000 and the hedged 2,315.
  const std::map<int, std::string> checked = Flags(Json::parse(after.check));
  const std::map<int, std::string> sheet = SheetFlags(Json::parse(after.sheet));
  CHECK(checked == sheet);
  CHECK(checked.size() == 2);
  bool slip = false;
  for (const auto& [at, what] : checked) slip = slip || what == "value_conflict error";
  CHECK(slip);
}
