// The sheet as one self-contained HTML page: the article's text with every
// figure highlighted by status and linked to its row and source passage,
// then the sources and the table. No scripts and no external resources; a
// Content-Security-Policy forbids both, so even a mistake in escaping could
// not run anything a document planted.
#include <algorithm>

#include "claimcheck/audit.h"
#include "claimcheck/util.h"
#include "claims/audit/sheet_text.h"
#include "claims/audit/writers.h"

namespace claimcheck {
namespace {
std::string Esc(std::string_view s) {
  std::string clean = SanitizeUtf8(s);
  std::string out;
  out.reserve(clean.size() + clean.size() / 8);
  for (char c : clean) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out.push_back(c);
    }
  }
  return out;
}

// Escaped text with single line breaks kept visible.
std::string EscLines(std::string_view s) {
  std::string out = Esc(s);
  std::string res;
  for (char c : out) {
    if (c == '\n') {
      res += "<br>";
    } else if (c != '\r') {
      res.push_back(c);
    }
  }
  return res;
}

std::string Cls(AuditStatus s) { return std::string("status-") + AuditStatusName(s); }

std::string Mark(const AuditRow& r, std::string_view figure_text) {
  std::string n = std::to_string(r.number);
  std::string cls = Cls(r.status) + (r.Reviewed() ? " verdict-" + r.verdict : "");
  std::string out = "<mark class=\"fig " + cls + "\" data-status=\"" +
                    AuditStatusName(r.status) + "\" id=\"fig-" + n + "\" title=\"" +
                    Esc(RowStatusLabel(r)) + "\"><a href=\"#row-" + n + "\">" +
                    Esc(figure_text) + "</a></mark>";
  if (r.source) out += "<sup><a class=\"cite\" href=\"#passage-" + n + "\">[" + n + "]</a></sup>";
  return out;
}

std::string SentenceWithMark(const std::string& sentence, size_t start, size_t end,
                             const std::string& mark_html) {
  audit_internal::ClampMark(sentence, &start, &end);
  if (start == end) return Esc(sentence);
  return Esc(sentence.substr(0, start)) + mark_html + Esc(sentence.substr(end));
}

// The article text, paragraph by paragraph (blocks are separated by a blank
// line), with each row's figure marked at its offsets. Sets placed[i] for
// every row i whose mark went into the text.
void ArticleHtml(const AuditSheet& sheet, std::vector<bool>* placed, audit_internal::SheetOut& out) {
  const std::string& text = sheet.article_text;
  std::vector<const AuditRow*> rows;
  // Offsets that cut a character are not placed in the text (the row's
  // sentence stands in): every slice starts and ends on a code point.
  auto boundary = [&](size_t i) {
    return i >= text.size() || (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
  };
  for (const AuditRow& r : sheet.rows) {
    if (r.figure.start < r.figure.end && r.figure.end <= text.size() && boundary(r.figure.start) &&
        boundary(r.figure.end)) {
      rows.push_back(&r);
    }
  }
  std::stable_sort(rows.begin(), rows.end(), [](const AuditRow* a, const AuditRow* b) {
    return a->figure.start < b->figure.start;
  });
  size_t next = 0;  // next row to place
  size_t pos = 0;
  while (pos < text.size()) {
    size_t para_end = text.find("\n\n", pos);
    if (para_end == std::string::npos) para_end = text.size();
    std::string body;
    size_t at = pos;
    while (next < rows.size() && rows[next]->figure.start < para_end) {
      const Figure& f = rows[next]->figure;
      // Overlapping or paragraph-crossing spans cannot be nested: they are
      // shown in their sentences after the text instead.
      if (f.start >= at && f.end <= para_end) {
        body += EscLines(std::string_view(text).substr(at, f.start - at));
        body += Mark(*rows[next], std::string_view(text).substr(f.start, f.end - f.start));
        (*placed)[rows[next] - sheet.rows.data()] = true;
        at = f.end;
      }
      ++next;
    }
    body += EscLines(std::string_view(text).substr(at, para_end - at));
    if (!CollapseSpace(text.substr(pos, para_end - pos)).empty()) {
      out += "<p>";
      out += body;
      out += "</p>\n";
    }
    pos = para_end;
    while (pos < text.size() && text[pos] == '\n') ++pos;
  }
}

// The sentences of the rows not yet placed stand in for the text, so every
// figure has its highlight and anchor whatever the offsets say.
void SentencesHtml(const AuditSheet& sheet, const std::vector<bool>& placed,
                   audit_internal::SheetOut& out) {
  for (size_t i = 0; i < sheet.rows.size(); ++i) {
    if (placed[i]) continue;
    const AuditRow& r = sheet.rows[i];
    size_t s = r.mark_start, e = r.mark_end;
    audit_internal::ClampMark(r.figure.sentence, &s, &e);
    out += "<p>" +
           SentenceWithMark(r.figure.sentence, s, e,
                            Mark(r, std::string_view(r.figure.sentence).substr(s, e - s))) +
           "</p>\n";
  }
}

constexpr const char* kStyle = R"css(
*{box-sizing:border-box}
body{font:15px/1.45 system-ui,sans-serif;margin:1.2em auto;max-width:1320px;padding:0 1em;color:#111}
h1{font-size:1.5em;margin:.2em 0}h2{font-size:1.2em;margin-top:1.6em;border-bottom:1px solid #ccc}
dl.meta{display:grid;grid-template-columns:max-content auto;gap:.1em 1em}dl.meta dt{font-weight:600}
dl.meta dd{margin:0;overflow-wrap:anywhere}
code{font-size:.85em;word-break:break-all}
mark{padding:0 .15em;border-radius:.2em;color:inherit}mark a{color:inherit;text-decoration:none}
mark.status-supported,tr.status-supported td.status{background:#C6EFCE}
mark.status-supported_with_note,tr.status-supported_with_note td.status{background:#DDEBF7}
mark.status-possible_conflict,tr.status-possible_conflict td.status{background:#FCE4D6;outline:1px dashed #C60}
mark.status-conflict,tr.status-conflict td.status{background:#FFC7CE;outline:1px solid #C00}
tr.status-conflict.severity-error td.status{outline:2px solid #C00}
mark.status-unsupported,tr.status-unsupported td.status{background:#FFEB9C}
mark.status-not_checked,tr.status-not_checked td.status{background:#E7E6E6}
mark.verdict-correct,tr.verdict-correct td.status{background:#C6EFCE;outline:none}
mark.verdict-incorrect,tr.verdict-incorrect td.status{background:#FFC7CE;outline:2px solid #C00}
mark.verdict-misleading,tr.verdict-misleading td.status{background:#F8CBAD;outline:1px solid #C60}
mark.verdict-unverifiable,tr.verdict-unverifiable td.status{background:#FFEB9C;outline:none}
mark.verdict-not_a_claim,tr.verdict-not_a_claim td.status{background:#E7E6E6;outline:none}
td.status small{display:block;color:#444;font-weight:normal}
sup a.cite{font-size:.7em;text-decoration:none}
.article{border-left:3px solid #ddd;padding-left:1em;max-width:52em}
table{border-collapse:collapse;width:100%;font-size:.87em;table-layout:fixed}
th,td{border:1px solid #bbb;padding:.3em .4em;vertical-align:top;text-align:left;overflow-wrap:anywhere}
th{background:#f2f2f2;position:sticky;top:0}
col.n{width:2.6em}col.sentence{width:21%}col.figure{width:10%}col.passage{width:22%}
col.status{width:8.5em}col.finding{width:17%}col.review{width:14.5em}
blockquote{margin:0;font-style:italic}
.context{color:#555;font-size:.92em;margin:.25em 0 0}.context .here{color:#111}
.cellhead{font-size:.85em;color:#333;font-style:normal}
ul.summary{list-style:none;padding:0;display:flex;gap:1em;flex-wrap:wrap}
ul.summary li{padding:.2em .6em;border-radius:.3em}
td.review dl{margin:0;display:grid;grid-template-columns:max-content auto;gap:0 .4em}
td.review dt{font-weight:600}td.review dd{margin:0}
form.review label{display:block;font-size:.85em;margin-top:.2em}
form.review select,form.review input,form.review textarea{width:100%;font:inherit;font-size:.95em}
form.review textarea{height:3.2em;resize:vertical}
form.review button{margin-top:.3em}
.notice{padding:.4em .8em;background:#E2F0D9;border:1px solid #9C6}
.notice.error{background:#FFC7CE;border-color:#C00}
section#sign-off{margin-top:2em;border:2px solid #333;padding:.6em 1em;max-width:40em;break-inside:avoid}
section#sign-off h2{margin-top:0;border:0}
section#sign-off dl{display:grid;grid-template-columns:max-content auto;gap:.4em 1em}
section#sign-off dt{font-weight:600}section#sign-off dd{margin:0}
.line{display:inline-block;min-width:16em;border-bottom:1px solid #000}
@media print{
@page{size:A4 landscape;margin:12mm}
body{font-size:9.5pt;max-width:none;margin:0;padding:0}
*{-webkit-print-color-adjust:exact;print-color-adjust:exact}
th{position:static}thead{display:table-header-group}tr{break-inside:avoid}
a{color:inherit;text-decoration:none}sup a.cite{display:none}
form.review button,.noprint{display:none}
form.review select,form.review input,form.review textarea{border:0;border-bottom:1px solid #999;appearance:none}
h2{break-after:avoid}
}
)css";

std::string DefaultReviewCell(const AuditRow& r) {
  if (!r.Reviewed() && r.reviewer_initials.empty() && r.reviewer_note.empty() &&
      r.correction.empty()) {
    return "";
  }
  std::string out = "<dl>";
  auto item = [&out](const char* k, const std::string& v) {
    if (!v.empty()) out += std::string("<dt>") + k + "</dt><dd>" + Esc(v) + "</dd>";
  };
  item("Verdict", r.Reviewed() ? VerdictLabel(r.verdict) : "");
  item("Initials", r.reviewer_initials);
  item("Date", r.reviewer_date);
  item("Note", r.reviewer_note);
  item("Correction", r.correction);
  return out + "</dl>";
}
}  // namespace

std::string AuditToHtml(const AuditSheet& sheet) { return AuditToHtml(sheet, HtmlOptions{}); }

std::string HtmlEscape(std::string_view s) { return Esc(s); }

std::string AuditToHtml(const AuditSheet& sheet, const HtmlOptions& opts) {
  audit_internal::SheetOut out;
  audit_internal::WriteHtml(sheet, opts, out);
  return out.Take();
}

namespace audit_internal {
void WriteHtml(const AuditSheet& sheet, const HtmlOptions& opts, SheetOut& out) {
  const AuditDocument& a = sheet.article;
  std::string title = a.title.empty() ? a.path : a.title;
  std::string lang = a.lang.empty() ? "en" : a.lang;
  out += "<!DOCTYPE html>\n<html lang=\"" + Esc(lang) +
                    "\">\n<head>\n<meta charset=\"utf-8\">\n"
                    "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                    "style-src 'unsafe-inline'; form-action 'self'\">\n"
                    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n" +
                    std::string(kGeneratorMeta) + "\n"
                    "<title>" + kSheetHeading +
                    Esc(title) + "</title>\n<style>" + kStyle + "</style>\n</head>\n<body>\n";
  out += "<header>\n" + opts.top_html + "<h1>" + kSheetHeading + Esc(title) +
         "</h1>\n<dl class=\"meta\">\n";
  auto field = [&out](const char* name, const std::string& v, bool code = false) {
    if (v.empty()) return;
    out += std::string("<dt>") + name + "</dt><dd>" + (code ? "<code>" : "") + Esc(v) +
           (code ? "</code>" : "") + "</dd>\n";
  };
  field("Title", a.title);
  field("Author", a.author);
  field("Publisher", a.publisher);
  field("Date", a.date);
  field("URL", a.url);
  field("File", a.path);
  field("SHA-256", a.content_hash, true);
  field("Generated", sheet.generated_at);
  if (!sheet.tool_version.empty()) field("Tool", sheet.tool + " " + sheet.tool_version);
  out += "</dl>\n</header>\n";

  out += "<section id=\"summary\">\n<h2>Summary</h2>\n<ul class=\"summary\">\n";
  auto counts = sheet.Counts();
  for (int i = 0; i < kAuditStatusCount; ++i) {
    AuditStatus s = static_cast<AuditStatus>(i);
    out += "<li class=\"" + Cls(s) + "\" style=\"background:" + StatusColourHex(s) +
           "\" data-status=\"" + AuditStatusName(s) + "\" data-count=\"" +
           std::to_string(counts[i]) + "\">" + AuditStatusLabel(s) + ": " +
           std::to_string(counts[i]) + "</li>\n";
  }
  out += "<li>total: " + std::to_string(sheet.rows.size()) + "</li>\n";
  out += "<li data-verified=\"" + std::to_string(sheet.SignOffOf().verified) +
         "\">with a human verdict: " + std::to_string(sheet.SignOffOf().verified) + "</li>\n";
  out += "</ul>\n";
  // The legend for the one status whose name alone does not say what to do.
  out += "<p class=\"legend\"><span class=\"" + Cls(AuditStatus::kPossibleConflict) + "\" style=\"background:" +
         StatusColourHex(AuditStatus::kPossibleConflict) +
         "\">possible conflict</span>: a difference the checker found but is not sure of; an editor "
         "decides. A conflict says whether the checker rates it a warning or an error.</p>\n";
  out += "</section>\n";

  out += "<section id=\"sources\">\n<h2>Sources</h2>\n";
  if (sheet.sources.empty())
    out += "<p>No sources given: nothing was checked.</p>\n";
  else
    out += "<ol>\n";
  for (size_t i = 0; i < sheet.sources.size(); ++i) {
    const AuditDocument& s = sheet.sources[i];
    out += "<li id=\"source-" + std::to_string(i + 1) + "\">" + Esc(s.citation) +
           "<br>SHA-256: <code>" + Esc(s.content_hash) + "</code></li>\n";
  }
  if (!sheet.sources.empty()) out += "</ol>\n";
  out += "</section>\n";

  out += "<section id=\"article\">\n<h2>Article</h2>\n<div class=\"article\">\n";
  std::vector<bool> placed(sheet.rows.size(), false);
  ArticleHtml(sheet, &placed, out);
  if (std::find(placed.begin(), placed.end(), false) != placed.end()) {
    if (!sheet.article_text.empty()) out += "<h3>Figures not located in the text</h3>\n";
    SentencesHtml(sheet, placed, out);
  }
  out += "</div>\n</section>\n";

  out +=
      "<section id=\"claims\">\n<h2>Claims</h2>\n<table>\n<colgroup><col class=\"n\"><col "
      "class=\"sentence\"><col class=\"figure\"><col class=\"passage\"><col class=\"status\"><col "
      "class=\"finding\"><col class=\"review\"></colgroup>\n"
      "<thead><tr><th>#</th><th>Sentence as published</th><th>Figure</th><th>Source "
      "passage</th><th>Status</th><th>Finding and suggested correction</th><th>Review</th></tr>"
      "</thead>\n<tbody>\n";
  for (const AuditRow& r : sheet.rows) {
    const Figure& f = r.figure;
    std::string n = std::to_string(r.number);
    size_t ms = r.mark_start, me = r.mark_end;
    ClampMark(f.sentence, &ms, &me);
    std::string sentence = SentenceWithMark(
        f.sentence, ms, me,
        "<strong>" + Esc(std::string_view(f.sentence).substr(ms, me - ms)) + "</strong>");
    if (std::string credit = CreditText(f); !credit.empty())
      sentence += "<br><small>Credited to: " + Esc(credit) + "</small>";
    std::string source = "<em>no source found</em>";
    if (r.source) {
      const SourcePassage& p = *r.source;
      size_t ps = p.mark_start, pe = p.mark_end;
      ClampMark(p.sentence, &ps, &pe);
      const AuditDocument* d = SourceOf(sheet, p);
      std::string where =
          Esc(SourceTitle(sheet, p)) + ", " + Esc(LocationText(p.page, p.paragraph));
      if (d && (d->url.rfind("http://", 0) == 0 || d->url.rfind("https://", 0) == 0)) {
        where = "<a href=\"" + Esc(d->url) + "\" rel=\"noreferrer\">" + where + "</a>";
      }
      std::string marked = SentenceWithMark(
          p.sentence, ps, pe,
          "<strong>" + Esc(std::string_view(p.sentence).substr(ps, pe - ps)) + "</strong>");
      std::string context = opts.passage_context ? opts.passage_context(r, marked) : "";
      source = where + (context.empty() ? "<blockquote>" + marked + "</blockquote>" : context);
    }
    std::string value = ValueRangeText(f) + (f.unit.empty() ? "" : " " + f.unit);
    std::string figure = Esc(value) + "<br><small>" + KindName(f.kind) + ", " +
                         QualifierName(f.qualifier) + "<br>" +
                         Esc(LocationText(f.page, f.paragraph)) + "</small>";
    std::string status = Esc(RowStatusLabel(r));
    if (r.Reviewed()) status += "<small>machine: " + std::string(AuditStatusLabel(r.status)) + "</small>";
    std::string finding = Esc(r.explanation);
    if (!r.suggestion.empty())
      finding += "<br><strong>Suggested:</strong> " + Esc(r.suggestion);
    std::string review = opts.review_cell ? opts.review_cell(r) : DefaultReviewCell(r);
    std::string cls = Cls(r.status) + (r.Reviewed() ? " verdict-" + r.verdict : "") +
                      (r.severity.empty() ? "" : " severity-" + Esc(r.severity));
    out += "<tr id=\"row-" + n + "\" class=\"" + cls + "\" data-severity=\"" + Esc(r.severity) +
           "\" data-status=\"" +
           AuditStatusName(r.status) + "\" data-verdict=\"" + Esc(r.Reviewed() ? r.verdict : "") +
           "\" data-row-id=\"" + Esc(r.row_id) + "\"><td><a href=\"#fig-" + n + "\">" + n +
           "</a></td><td class=\"sentence\">" + sentence + "</td><td>" + figure +
           "</td><td class=\"passage\" id=\"passage-" + n + "\">" + source +
           "</td><td class=\"status\">" + status + "</td><td>" + finding +
           "</td><td class=\"review\" id=\"review-" + n + "\">" + review + "</td></tr>\n";
  }
  out += "</tbody>\n</table>\n</section>\n";
  out += "<section id=\"sign-off\">\n<h2>Sign-off</h2>\n<dl>\n";
  for (const auto& [k, v] : SignOffLines(sheet)) {
    std::string shown = k == "Approved by" ? "<span class=\"line\"></span> Date: <span "
                                             "class=\"line\" style=\"min-width:8em\"></span>"
                                           : Esc(v);
    out += "<dt>" + Esc(k) + "</dt><dd data-key=\"" + Esc(k) + "\">" + shown + "</dd>\n";
  }
  out += "</dl>\n</section>\n</body>\n</html>\n";
}
}  // namespace audit_internal

}  // namespace claimcheck
