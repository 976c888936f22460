// schema.org ClaimReview (https://schema.org/ClaimReview) for the figures the
// sheet can rate: supported ones and conflicts. Google's fact-check markup
// requires claimReviewed, reviewRating (with alternateName) and url; the
// rest (itemReviewed, author, datePublished) is recommended and given.
#include <filesystem>

#include "claimcheck/audit.h"
#include "claims/audit/sheet_text.h"

namespace claimcheck {
namespace {
using Json = nlohmann::ordered_json;

struct Rating {
  int value;
  const char* name;
};

// A five-point scale; the words are what a reader sees in search results.
bool RatingOf(AuditStatus s, Rating* r) {
  switch (s) {
    case AuditStatus::kSupported:
      *r = {5, "Supported by the cited source"};
      return true;
    case AuditStatus::kSupportedWithNote:
      *r = {4, "Supported, with a note"};
      return true;
    case AuditStatus::kConflict:
      *r = {1, "Conflicts with the cited source"};
      return true;
    default:
      return false;
  }
}

std::string ArticleUrl(const AuditDocument& a) {
  if (!a.url.empty()) return a.url;
  std::error_code ec;
  std::filesystem::path p = std::filesystem::absolute(a.path, ec);
  return "file://" + (ec ? a.path : p.string());
}

std::string DateOnly(const std::string& iso) { return iso.substr(0, iso.find('T')); }
}  // namespace

std::string AuditToClaimReview(const AuditSheet& sheet) {
  const AuditDocument& a = sheet.article;
  std::string article_url = ArticleUrl(a);
  // The review lives where the sheet is published; without one, the anchors
  // of the HTML page hang off the article's own address.
  std::string review_base = sheet.review_url.empty() ? article_url : sheet.review_url;
  std::string reviewer = sheet.reviewer.empty() ? sheet.tool : sheet.reviewer;
  Json claim_author = {{"@type", "Organization"},
                       {"name", !a.author.empty()      ? a.author
                                : !a.publisher.empty() ? a.publisher
                                                       : article_url}};
  if (!a.author.empty()) claim_author["@type"] = "Person";

  Json out = Json::array();
  for (const AuditRow& r : sheet.rows) {
    Rating rating;
    if (!RatingOf(r.status, &rating)) continue;
    Json appearance = {{"@type", "CreativeWork"}, {"url", article_url}};
    if (!a.title.empty()) appearance["headline"] = a.title;
    if (!a.publisher.empty())
      appearance["publisher"] = {{"@type", "Organization"}, {"name", a.publisher}};
    Json item = {{"@type", "Claim"}, {"author", claim_author}, {"appearance", appearance}};
    if (!a.date.empty()) item["datePublished"] = DateOnly(a.date);
    if (!r.figure.attribution.empty()) item["description"] = r.figure.attribution;

    Json review;
    review["@context"] = "https://schema.org";
    review["@type"] = "ClaimReview";
    review["url"] = review_base + "#row-" + std::to_string(r.number);
    review["claimReviewed"] = r.figure.sentence;
    review["itemReviewed"] = item;
    review["author"] = {{"@type", "Organization"}, {"name", reviewer}};
    if (!sheet.generated_at.empty()) review["datePublished"] = DateOnly(sheet.generated_at);
    review["reviewRating"] = {{"@type", "Rating"},
                              {"ratingValue", rating.value},
                              {"bestRating", 5},
                              {"worstRating", 1},
                              {"alternateName", rating.name}};
    std::string body = r.explanation;
    if (!r.suggestion.empty())
      body += (body.empty() ? "" : " ") + std::string("Correction: ") + r.suggestion;
    if (r.source)
      body += (body.empty() ? "" : " ") + std::string("Source: ") +
              audit_internal::PassageCitation(sheet, *r.source);
    if (!body.empty()) review["reviewBody"] = body;
    out.push_back(std::move(review));
  }
  return out.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

}  // namespace claimcheck
