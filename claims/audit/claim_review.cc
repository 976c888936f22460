// schema.org ClaimReview (https://schema.org/ClaimReview), one per claim an
// editor gave a verdict on, rated from that human verdict (never from the
// machine's status: a publishable rating is a person's judgement). Google's
// fact-check markup requires claimReviewed, reviewRating (with
// alternateName), url and author; itemReviewed (a Claim with its appearance,
// author and date) and datePublished are recommended and given where known.
// The publisher and address are the fact-checker's own (--org, --url): never
// the tool's name, never a file:// URL.
#include "claimcheck/audit.h"
#include "claimcheck/util.h"
#include "claims/audit/sheet_text.h"

namespace claimcheck {
namespace {
using Json = nlohmann::ordered_json;

struct Rating {
  int value;
  const char* name;
};

// A five-point scale (5 best); the words are what a reader sees in search
// results. not_a_claim and pending are not rated.
bool RatingOf(const std::string& verdict, Rating* r) {
  if (verdict == "correct") {
    *r = {5, "Correct"};
  } else if (verdict == "unverifiable") {
    *r = {3, "Unverifiable"};
  } else if (verdict == "misleading") {
    *r = {2, "Misleading"};
  } else if (verdict == "incorrect") {
    *r = {1, "Incorrect"};
  } else {
    return false;
  }
  return true;
}

bool IsWebUrl(const std::string& u) {
  for (const char* scheme : {"https://", "http://"}) {
    size_t n = std::char_traits<char>::length(scheme);
    if (u.size() > n && u.compare(0, n, scheme) == 0 && u[n] != '/' &&
        u.find_first_of(" \t\r\n<>\"") == std::string::npos) {
      return true;
    }
  }
  return false;
}

// "https://desk.example.org/checks/x" -> "https://desk.example.org/"
std::string OriginOf(const std::string& u) {
  size_t host = u.find("://");
  if (host == std::string::npos) return u;
  size_t slash = u.find('/', host + 3);
  return slash == std::string::npos ? u + "/" : u.substr(0, slash + 1);
}

std::string DateOnly(const std::string& iso) { return iso.substr(0, iso.find('T')); }

// Whether `t` (trimmed) ends a sentence: ".", "!", "?" or "…", maybe inside
// closing quotes or brackets ('he said "no."', "(p. 2.)").
bool EndsSentence(std::string_view t) {
  while (!t.empty() && (t.back() == '"' || t.back() == '\'' || t.back() == ')' || t.back() == ']')) {
    t.remove_suffix(1);
  }
  for (std::string_view close : {"\u201D", "\u2019", "\u00BB"}) {  // ” ’ »
    if (t.size() >= close.size() && t.substr(t.size() - close.size()) == close) {
      t.remove_suffix(close.size());
    }
  }
  if (t.empty()) return false;
  char c = t.back();
  return c == '.' || c == '!' || c == '?' ||
         (t.size() >= 3 && t.substr(t.size() - 3) == "\u2026");  // …
}

// Appends `part` to a review body as a sentence of its own: one space
// between parts, and a full stop where the part does not end with one.
void AppendSentence(std::string* body, const std::string& part) {
  size_t b = part.find_first_not_of(" \t\r\n");
  if (b == std::string::npos) return;
  size_t e = part.find_last_not_of(" \t\r\n");
  std::string_view t(part.data() + b, e + 1 - b);
  if (!body->empty()) body->push_back(' ');
  body->append(t);
  if (!EndsSentence(t)) body->push_back('.');
}

// What a review rates is one figure, and a sentence may hold several with
// different verdicts ("15,000 reviewers in 32 countries": the 15,000 correct,
// the 32 incorrect). Google's fact-check markup reads one ClaimReview per
// claim with claimReviewed as a short statement of that claim, so each
// review's claimReviewed is its sentence followed by the figure it rates:
// two reviews never carry the same claimReviewed with different ratings.
std::string ClaimReviewedText(const Figure& f) {
  std::string sentence = CollapseSpace(f.sentence), figure = CollapseSpace(f.text);
  std::string subject = CollapseSpace(f.subject);
  if (!subject.empty() && AsciiLower(figure).find(AsciiLower(subject)) == std::string::npos &&
      sentence.find(figure + " " + subject) != std::string::npos) {
    figure += " " + subject;  // "23 countries", when the sentence writes it so
  }
  if (figure.empty()) return sentence;
  if (sentence.empty()) return figure;
  return sentence + " (figure reviewed: " + figure + ")";
}
}  // namespace

Status CheckClaimReviewInput(const AuditSheet& sheet) {
  if (sheet.reviewer.empty()) {
    return Status::InvalidArgument(
        "ClaimReview needs the fact-checking organisation: --org \"NAME\"");
  }
  if (sheet.review_url.empty()) {
    return Status::InvalidArgument(
        "ClaimReview needs the address where the fact-check is published: --url https://...");
  }
  if (!IsWebUrl(sheet.review_url)) {
    return Status::InvalidArgument("--url must be the fact-check's web address (http:// or "
                                   "https://), not '" + sheet.review_url + "'");
  }
  if (!sheet.reviewer_url.empty() && !IsWebUrl(sheet.reviewer_url)) {
    return Status::InvalidArgument("--org-url must be a web address (http:// or https://), not '" +
                                   sheet.reviewer_url + "'");
  }
  // No row with a human verdict is not an error: the list is empty, as
  // every other format writes a sheet with whatever rows it has, and the
  // exit status follows the findings (ClaimReviewCount says how many).
  return Status::Ok();
}

size_t ClaimReviewCount(const AuditSheet& sheet) {
  Rating r;
  size_t n = 0;
  for (const AuditRow& row : sheet.rows) n += row.Reviewed() && RatingOf(row.verdict, &r);
  return n;
}

std::string AuditToClaimReview(const AuditSheet& sheet) {
  const AuditDocument& a = sheet.article;
  const bool article_url = IsWebUrl(a.url);
  std::string org_url = sheet.reviewer_url.empty() ? OriginOf(sheet.review_url)
                                                   : sheet.reviewer_url;
  Json claim_author;
  if (!a.author.empty()) {
    claim_author = {{"@type", "Person"}, {"name", a.author}};
  } else if (!a.publisher.empty()) {
    claim_author = {{"@type", "Organization"}, {"name", a.publisher}};
  }

  Json out = Json::array();
  for (const AuditRow& r : sheet.rows) {
    Rating rating;
    if (!r.Reviewed() || !RatingOf(r.verdict, &rating)) continue;
    Json item = {{"@type", "Claim"}};
    if (!claim_author.is_null()) item["author"] = claim_author;
    if (!a.date.empty()) item["datePublished"] = DateOnly(a.date);
    if (article_url || !a.title.empty()) {
      Json appearance = {{"@type", "CreativeWork"}};
      if (article_url) appearance["url"] = a.url;
      if (!a.title.empty()) appearance["headline"] = a.title;
      if (!a.publisher.empty())
        appearance["publisher"] = {{"@type", "Organization"}, {"name", a.publisher}};
      if (!a.date.empty()) appearance["datePublished"] = DateOnly(a.date);
      item["appearance"] = appearance;
    }
    if (!r.figure.attribution.empty()) item["description"] = r.figure.attribution;

    Json review;
    review["@context"] = "https://schema.org";
    review["@type"] = "ClaimReview";
    review["url"] = sheet.review_url + "#row-" + std::to_string(r.number);
    review["claimReviewed"] = ClaimReviewedText(r.figure);
    review["itemReviewed"] = item;
    review["author"] = {{"@type", "Organization"}, {"name", sheet.reviewer}, {"url", org_url}};
    std::string date = !r.reviewer_date.empty() ? r.reviewer_date : DateOnly(sheet.generated_at);
    if (!date.empty()) review["datePublished"] = date;
    review["reviewRating"] = {{"@type", "Rating"},
                              {"ratingValue", rating.value},
                              {"bestRating", 5},
                              {"worstRating", 1},
                              {"alternateName", rating.name}};
    // Note, correction and source read as sentences, not run together
    // ("... 12 por ciento Source: Club ...", trial10).
    std::string body;
    AppendSentence(&body, r.reviewer_note);
    if (!r.correction.empty()) AppendSentence(&body, "Correction: " + r.correction);
    if (r.source)
      AppendSentence(&body, "Source: " + audit_internal::PassageCitation(sheet, *r.source));
    if (!body.empty()) review["reviewBody"] = body;
    out.push_back(std::move(review));
  }
  return out.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

}  // namespace claimcheck
