// Issue 15: every slice a sheet writer takes of a sentence or of the article
// text starts and ends on a code point, whatever the record's offsets say.
#include <catch2/catch.hpp>
#include <string>

#include "claimcheck/audit.h"
#include "claimcheck/util.h"

namespace claimcheck {
namespace {

TEST_CASE("marks that cut a character are widened to whole characters", "[audit][bounds]") {
  AuditSheet sheet;
  sheet.generated_at = "2018-05-08T00:00:00Z";
  sheet.article.path = "article.txt";
  sheet.article_text = "Los precios subieron 5 € por unidad según el índice.";
  AuditRow row;
  row.number = 1;
  row.figure.sentence = sheet.article_text;
  row.figure.text = "5 €";
  const size_t euro = sheet.article_text.find("€");
  // Offsets inside the three-byte euro sign, in the text and in the sentence.
  row.figure.start = euro + 1;
  row.figure.end = euro + 2;
  row.mark_start = euro + 1;
  row.mark_end = euro + 2;
  sheet.rows.push_back(row);
  for (const std::string& out : {AuditToHtml(sheet), AuditToMarkdown(sheet), AuditToCsv(sheet),
                                 AuditToJson(sheet), AuditToClaimReview(sheet)}) {
    INFO(out.substr(0, 300));
    CHECK(IsValidUtf8(out));
  }
  // The widened mark holds the whole sign.
  std::string md = AuditToMarkdown(sheet);
  CHECK(md.find("**€**") != std::string::npos);
}

}  // namespace
}  // namespace claimcheck
