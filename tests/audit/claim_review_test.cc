// ClaimReview JSON-LD checked against the fields Google's fact-check markup
// documents: required claimReviewed, reviewRating (with alternateName) and
// url; recommended itemReviewed (a Claim with author and appearance),
// author and datePublished.
#include <algorithm>
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "claimcheck/audit.h"
#include "tests/audit/audit_fixture.h"

using namespace claimcheck;
using namespace claimcheck::testing;
using Json = nlohmann::json;

namespace {
bool IsAbsoluteUrl(const std::string& s) {
  return s.rfind("https://", 0) == 0 || s.rfind("http://", 0) == 0 || s.rfind("file://", 0) == 0;
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
    if (rr.contains("ratingValue")) {
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
    if (!c.contains("appearance") || !IsAbsoluteUrl(c["appearance"].value("url", ""))) {
      bad.push_back("itemReviewed.appearance.url missing");
    }
  }
  if (!r.contains("author") || !r["author"].contains("name")) bad.push_back("author missing");
  if (r.contains("datePublished") && !IsIsoDate(r["datePublished"]))
    bad.push_back("datePublished not ISO");
  return bad;
}
}  // namespace

TEST_CASE("ClaimReview: one valid review per supported or conflicting figure") {
  AuditSheet sheet = BuildAuditSheet(CepAuditInput());
  StampForGolden(&sheet);
  Json all = Json::parse(AuditToClaimReview(sheet));
  REQUIRE(all.is_array());
  int want = sheet.Count(AuditStatus::kSupported) + sheet.Count(AuditStatus::kSupportedWithNote) +
             sheet.Count(AuditStatus::kConflict);
  REQUIRE(static_cast<int>(all.size()) == want);
  for (const Json& r : all) {
    auto problems = Validate(r);
    INFO(r.dump(2));
    for (const std::string& p : problems) FAIL_CHECK(p);
    CHECK(r["itemReviewed"]["appearance"]["url"] == sheet.article.url);
    CHECK(r["author"]["name"] == "Claimcheck Desk");
    CHECK(r["datePublished"] == "2026-01-01");
  }
  // The conflict reads as one, with its correction, and links to its row.
  const Json* conflict = nullptr;
  for (const Json& r : all) {
    if (r["claimReviewed"].get<std::string>().find("69 countries") != std::string::npos)
      conflict = &r;
  }
  REQUIRE(conflict);
  CHECK((*conflict)["reviewRating"]["ratingValue"] == 1);
  CHECK((*conflict)["reviewRating"]["alternateName"] == "Conflicts with the cited source");
  CHECK((*conflict)["url"] == "https://example.org/fact-checks/cep-facebook#row-7");
  CHECK((*conflict)["reviewBody"].get<std::string>().find("96 countries, not 69") !=
        std::string::npos);
  // Unsupported figures are not rated.
  for (const Json& r : all)
    CHECK(r["claimReviewed"].get<std::string>().find("99 percent") == std::string::npos);
}

TEST_CASE("ClaimReview: the validator rejects reviews missing a required field") {
  AuditSheet sheet = BuildAuditSheet(CepAuditInput());
  StampForGolden(&sheet);
  Json r = Json::parse(AuditToClaimReview(sheet))[0];
  CHECK(Validate(r).empty());
  for (const char* key : {"claimReviewed", "url", "reviewRating"}) {
    Json broken = r;
    broken.erase(key);
    INFO(key);
    CHECK_FALSE(Validate(broken).empty());
  }
  Json no_name = r;
  no_name["reviewRating"].erase("alternateName");
  CHECK_FALSE(Validate(no_name).empty());
}

TEST_CASE("ClaimReview: without a review URL or article URL the file path stands in") {
  AuditSheet sheet = BuildAuditSheet(CepAuditInput());
  sheet.article.url.clear();
  Json all = Json::parse(AuditToClaimReview(sheet));
  REQUIRE_FALSE(all.empty());
  for (const Json& r : all) CHECK(Validate(r).empty());
  CHECK(all[0]["url"].get<std::string>().rfind("file:///", 0) == 0);
  CHECK(all[0]["author"]["name"] == "claimcheck");
  CHECK_FALSE(all[0].contains("datePublished"));  // no date was stamped
}
