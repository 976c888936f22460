// ClaimReview JSON-LD checked against schema.org ClaimReview as Google's
// fact-check markup documents it: required claimReviewed, reviewRating (with
// ratingValue, bestRating, worstRating, alternateName), url and author (an
// Organization with name and url); recommended itemReviewed (a Claim with
// appearance, author and datePublished where known) and datePublished.
// Reviews come from human verdicts only, and never carry file:// URLs.
#include <algorithm>
#include <map>
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "claimcheck/audit.h"
#include "tests/audit/audit_fixture.h"

using namespace claimcheck;
using namespace claimcheck::testing;
using Json = nlohmann::json;

namespace {
bool IsAbsoluteUrl(const std::string& s) {
  return s.rfind("https://", 0) == 0 || s.rfind("http://", 0) == 0;
}

bool IsIsoDate(const std::string& s) {
  return s.size() == 10 && s[4] == '-' && s[7] == '-' &&
         std::all_of(s.begin(), s.end(), [](char c) { return (c >= '0' && c <= '9') || c == '-'; });
}

// Returns the problems found in one ClaimReview object (empty = valid).
std::vector<std::string> Validate(const Json& r) {
  std::vector<std::string> bad;
  auto need_string = [&](const Json& o, const char* key, const std::string& where) {
    if (!o.contains(key) || !o[key].is_string() || o[key].get<std::string>().empty()) {
      bad.push_back(where + key + " missing or empty");
      return false;
    }
    return true;
  };
  if (r.value("@context", "") != "https://schema.org")
    bad.push_back("@context is not https://schema.org");
  if (r.value("@type", "") != "ClaimReview") bad.push_back("@type is not ClaimReview");
  need_string(r, "claimReviewed", "");
  if (need_string(r, "url", "") && !IsAbsoluteUrl(r["url"])) bad.push_back("url is not absolute");
  if (!r.contains("reviewRating") || !r["reviewRating"].is_object()) {
    bad.push_back("reviewRating missing");
  } else {
    const Json& rr = r["reviewRating"];
    if (rr.value("@type", "") != "Rating") bad.push_back("reviewRating.@type is not Rating");
    need_string(rr, "alternateName", "reviewRating.");
    if (!rr.contains("ratingValue") || !rr["ratingValue"].is_number()) {
      bad.push_back("reviewRating.ratingValue missing");
    } else {
      if (!rr.contains("bestRating") || !rr.contains("worstRating")) {
        bad.push_back("ratingValue without bestRating/worstRating");
      } else if (!(rr["worstRating"] <= rr["ratingValue"] &&
                   rr["ratingValue"] <= rr["bestRating"])) {
        bad.push_back("ratingValue outside worstRating..bestRating");
      }
    }
  }
  if (!r.contains("itemReviewed") || r["itemReviewed"].value("@type", "") != "Claim") {
    bad.push_back("itemReviewed is not a Claim");
  } else {
    const Json& c = r["itemReviewed"];
    if (!c.contains("author") || !c["author"].contains("name"))
      bad.push_back("itemReviewed.author missing");
    if (!c.contains("datePublished") || !IsIsoDate(c["datePublished"]))
      bad.push_back("itemReviewed.datePublished missing");
    if (!c.contains("appearance") || !IsAbsoluteUrl(c["appearance"].value("url", ""))) {
      bad.push_back("itemReviewed.appearance.url missing");
    }
  }
  if (!r.contains("author") || r["author"].value("@type", "") != "Organization" ||
      r["author"].value("name", "").empty()) {
    bad.push_back("author is not an Organization with a name");
  } else if (!IsAbsoluteUrl(r["author"].value("url", ""))) {
    bad.push_back("author.url missing or not a web address");
  }
  if (!r.contains("datePublished") || !IsIsoDate(r["datePublished"]))
    bad.push_back("datePublished missing or not ISO");
  if (r.dump().find("file://") != std::string::npos) bad.push_back("a file:// URL");
  return bad;
}

// The fixture sheet with human verdicts on three rows: the conflict judged
// incorrect, a supported figure correct, and one row that is not a claim.
AuditSheet ReviewedSheet() {
  AuditSheet sheet = BuildAuditSheet(CepAuditInput());
  StampForGolden(&sheet);
  for (AuditRow& r : sheet.rows) {
    if (r.figure.text.find("69") != std::string::npos) {
      r.verdict = "incorrect";
      r.reviewer_initials = "JM";
      r.reviewer_date = "2026-01-02";
      r.reviewer_note = "The report says 96 countries.";
      r.correction = "96 countries";
    } else if (r.figure.text == "43 percent") {
      r.verdict = "correct";
      r.reviewer_initials = "JM";
      r.reviewer_date = "2026-01-02";
    } else if (r.status == AuditStatus::kUnsupported) {
      r.verdict = "not_a_claim";
      r.reviewer_initials = "AB";
    }
  }
  return sheet;
}

const Json* ReviewOf(const Json& all, const std::string& needle) {
  for (const Json& r : all) {
    if (r["claimReviewed"].get<std::string>().find(needle) != std::string::npos) return &r;
  }
  return nullptr;
}
}  // namespace

TEST_CASE("ClaimReview: one valid review per claim with a human verdict, rated from it") {
  AuditSheet sheet = ReviewedSheet();
  REQUIRE(CheckClaimReviewInput(sheet).ok());
  Json all = Json::parse(AuditToClaimReview(sheet));
  REQUIRE(all.is_array());
  REQUIRE(all.size() == 2);  // incorrect + correct; not_a_claim and unreviewed rows are not rated
  for (const Json& r : all) {
    auto problems = Validate(r);
    INFO(r.dump(2));
    for (const std::string& p : problems) FAIL_CHECK(p);
    CHECK(r["itemReviewed"]["appearance"]["url"] == sheet.article.url);
    CHECK(r["itemReviewed"]["datePublished"] == "2018-05-14");
    CHECK(r["author"]["name"] == "Claimcheck Desk");
    CHECK(r["author"]["url"] == "https://example.org/");
    CHECK(r["datePublished"] == "2026-01-02");  // the day of the verdict
  }
  const Json* wrong = ReviewOf(all, "69 countries");
  REQUIRE(wrong);
  CHECK((*wrong)["reviewRating"]["ratingValue"] == 1);
  CHECK((*wrong)["reviewRating"]["alternateName"] == "Incorrect");
  CHECK((*wrong)["url"] == "https://example.org/fact-checks/cep-facebook#row-7");
  CHECK((*wrong)["reviewBody"].get<std::string>().find("Correction: 96 countries") !=
        std::string::npos);
  const Json* right = ReviewOf(all, "43 percent");
  REQUIRE(right);
  CHECK((*right)["reviewRating"]["ratingValue"] == 5);
  CHECK((*right)["reviewRating"]["alternateName"] == "Correct");
  // The machine's statuses alone never become ratings.
  CHECK_FALSE(ReviewOf(all, "99 percent"));
}

TEST_CASE("ClaimReview: the review body reads as sentences: note, correction, source") {
  // trial10: "Correction: 12 por ciento Source: Club ..." ran the parts together.
  AuditSheet sheet = ReviewedSheet();
  for (AuditRow& r : sheet.rows) {
    if (r.figure.text == "43 percent") {
      r.reviewer_note = "  checked against the table on p. 2 \n";  // no full stop, stray spaces
      r.correction = "43 per cent";
    }
  }
  Json all = Json::parse(AuditToClaimReview(sheet));
  const Json* wrong = ReviewOf(all, "69 countries");
  REQUIRE(wrong);
  std::string body = (*wrong)["reviewBody"];
  INFO(body);
  // A note that ends its sentence keeps its one full stop.
  CHECK(body.rfind("The report says 96 countries. Correction: 96 countries. Source: ", 0) == 0);
  CHECK(body.back() == '.');
  CHECK(body.find("..") == std::string::npos);
  const Json* right = ReviewOf(all, "43 percent");
  REQUIRE(right);
  std::string other = (*right)["reviewBody"];
  INFO(other);
  CHECK(other.rfind("checked against the table on p. 2. Correction: 43 per cent. Source: ", 0) == 0);
  CHECK(other.back() == '.');
  CHECK(other.find("..") == std::string::npos);
}

TEST_CASE("ClaimReview: the validator rejects reviews missing a required field") {
  Json r = Json::parse(AuditToClaimReview(ReviewedSheet()))[0];
  CHECK(Validate(r).empty());
  for (const char* key : {"claimReviewed", "url", "reviewRating", "author", "datePublished"}) {
    Json broken = r;
    broken.erase(key);
    INFO(key);
    CHECK_FALSE(Validate(broken).empty());
  }
  for (const char* key : {"alternateName", "ratingValue", "bestRating"}) {
    Json broken = r;
    broken["reviewRating"].erase(key);
    INFO(key);
    CHECK_FALSE(Validate(broken).empty());
  }
  Json no_org_url = r;
  no_org_url["author"].erase("url");
  CHECK_FALSE(Validate(no_org_url).empty());
}

TEST_CASE("ClaimReview: refused without an organisation or a web URL; no verdict is an empty list") {
  AuditSheet sheet = ReviewedSheet();
  sheet.reviewer.clear();
  Status s = CheckClaimReviewInput(sheet);
  CHECK(s.code() == Status::Code::kInvalidArgument);
  CHECK(s.message().find("--org") != std::string::npos);

  sheet = ReviewedSheet();
  sheet.review_url = "file:///home/desk/sheet.html";
  s = CheckClaimReviewInput(sheet);
  CHECK_FALSE(s.ok());
  CHECK(s.message().find("--url") != std::string::npos);
  sheet.review_url.clear();
  CHECK_FALSE(CheckClaimReviewInput(sheet).ok());

  AuditSheet unreviewed = BuildAuditSheet(CepAuditInput());
  StampForGolden(&unreviewed);
  // No row with a human verdict: nothing to refuse, an empty list (desk8:
  // the exit status follows the findings, as for every other format).
  CHECK(CheckClaimReviewInput(unreviewed).ok());
  CHECK(ClaimReviewCount(unreviewed) == 0);
  CHECK(AuditToClaimReview(unreviewed) == "[]\n");
  CHECK(ClaimReviewCount(ReviewedSheet()) > 0);
  std::string dir = MakeTempDir();
  REQUIRE(WriteAuditSheet(unreviewed, dir + "/sheet.jsonld").ok());
  int rc = 0;
  CHECK(RunCommand("cat '" + dir + "/sheet.jsonld'", &rc) == "[]\n");
  RunCommand("rm -rf '" + dir + "'", &rc);
}

TEST_CASE("ClaimReview: an article without a web address has no appearance URL, never file://") {
  AuditSheet sheet = ReviewedSheet();
  sheet.article.url = "";
  Json all = Json::parse(AuditToClaimReview(sheet));
  REQUIRE_FALSE(all.empty());
  CHECK(all.dump().find("file://") == std::string::npos);
  CHECK_FALSE(all[0]["itemReviewed"]["appearance"].contains("url"));
  CHECK(all[0]["itemReviewed"]["appearance"]["headline"] == sheet.article.title);
}

TEST_CASE("ClaimReview: two figures of one sentence rated differently never share a claimReviewed") {
  // The trial's case: "15,000 reviewers in 32 countries", the 15,000 right
  // and the 32 wrong. Each review names the figure it rates.
  AuditSheet sheet = ReviewedSheet();
  AuditRow* first = nullptr;
  AuditRow* second = nullptr;
  for (size_t i = 0; i < sheet.rows.size() && !second; ++i) {
    for (size_t j = i + 1; j < sheet.rows.size(); ++j) {
      if (sheet.rows[i].figure.sentence == sheet.rows[j].figure.sentence) {
        first = &sheet.rows[i];
        second = &sheet.rows[j];
        break;
      }
    }
  }
  REQUIRE(second != nullptr);  // the fixture has a sentence with two figures
  for (AuditRow* r : {first, second}) {
    r->reviewer_initials = "JM";
    r->reviewer_date = "2026-01-03";
  }
  first->verdict = "correct";
  second->verdict = "incorrect";
  Json all = Json::parse(AuditToClaimReview(sheet));
  std::map<std::string, std::string> rating_of;
  for (const Json& r : all) {
    const std::string claim = r["claimReviewed"].get<std::string>();
    const std::string rating = r["reviewRating"]["alternateName"].get<std::string>();
    INFO("claimReviewed: " << claim);
    auto [it, fresh] = rating_of.emplace(claim, rating);
    CHECK((fresh || it->second == rating));
  }
  const Json* a = ReviewOf(all, "figure reviewed: " + first->figure.text);
  const Json* b = ReviewOf(all, "figure reviewed: " + second->figure.text);
  REQUIRE(a != nullptr);
  REQUIRE(b != nullptr);
  CHECK((*a)["claimReviewed"] != (*b)["claimReviewed"]);
  CHECK((*a)["reviewRating"]["alternateName"] == "Correct");
  CHECK((*b)["reviewRating"]["alternateName"] == "Incorrect");
}
