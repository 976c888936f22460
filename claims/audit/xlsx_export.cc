// The sheet as an Excel workbook (libxlsxwriter): "Claims" with a frozen
// header row of readable headings, set widths, wrapped text, a fill per
// status, a drop-down of verdicts in the Verdict column, the columns an
// editor fills in shaded, and the sign-off block under the table; "About"
// with the article, the sources with their hashes, the count by status and
// the sign-off again. The row id and article hash columns let `claimcheck
// review import` read the filled-in workbook back.
// Every document text is written as a string cell, never as a formula, so
// "=HYPERLINK(...)" in an article stays text.
#include <xlsxwriter.h>

#include <algorithm>
#include <map>
#include <set>

#include "claims/audit/sheet_text.h"
#include "claims/audit/writers.h"

namespace claimcheck::audit_internal {
namespace {
// Excel refuses longer cells; cut at a UTF-8 boundary.
constexpr size_t kMaxCell = 32767;
std::string Cell(const std::string& s) {
  if (s.size() <= kMaxCell) return s;
  size_t n = kMaxCell;
  while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;
  return s.substr(0, n);
}

constexpr double kWidths[] = {6,  22, 60, 18, 9,  6,  9,  12, 11, 8,  24, 24, 28, 14, 60, 18,
                              50, 20, 18, 9,  50, 28, 16, 9,  12, 30, 30, 16, 16, 20, 22};

std::string JoinInitials(const std::vector<std::string>& v) {
  std::string s;
  for (const std::string& i : v) s += (s.empty() ? "" : ", ") + i;
  return s;
}
}  // namespace

std::vector<std::pair<std::string, std::string>> SignOffLines(const AuditSheet& sheet) {
  SignOff so = sheet.SignOffOf();
  std::string when = so.first_review.empty()     ? "not reviewed yet"
                     : so.first_review == so.last_review ? so.last_review
                                                   : so.first_review + " to " + so.last_review;
  return {{"Reviewed by", so.reviewers.empty() ? "nobody yet" : JoinInitials(so.reviewers)},
          {"Reviewed on", when},
          {kRowsVerified, std::to_string(so.verified) + " of " + std::to_string(so.total)},
          {"Approved by", "________________________   Date: ____________"}};
}

Status WriteXlsx(const AuditSheet& sheet, const std::string& path) {
  lxw_workbook_options options = {};
  options.constant_memory = LXW_FALSE;
  lxw_workbook* wb = workbook_new_opt(path.c_str(), &options);
  if (!wb) return Status::IOError(path + ": cannot create the workbook");

  lxw_doc_properties props = {};
  std::string title =
      kSheetHeading + (sheet.article.title.empty() ? sheet.article.path : sheet.article.title);
  props.title = title.data();
  std::string creator = sheet.tool;
  props.author = creator.data();
  workbook_set_properties(wb, &props);

  lxw_format* header = workbook_add_format(wb);
  format_set_bold(header);
  format_set_bg_color(header, 0xD9D9D9);
  format_set_text_wrap(header);
  format_set_border(header, LXW_BORDER_THIN);
  lxw_format* wrap = workbook_add_format(wb);
  format_set_text_wrap(wrap);
  format_set_align(wrap, LXW_ALIGN_VERTICAL_TOP);
  lxw_format* bold = workbook_add_format(wb);
  format_set_bold(bold);
  lxw_format* status_fmt[kAuditStatusCount];
  for (int i = 0; i < kAuditStatusCount; ++i) {
    status_fmt[i] = workbook_add_format(wb);
    format_set_bg_color(status_fmt[i], StatusColourRgb(static_cast<AuditStatus>(i)));
    format_set_text_wrap(status_fmt[i]);
    format_set_align(status_fmt[i], LXW_ALIGN_VERTICAL_TOP);
    format_set_bold(status_fmt[i]);
  }

  // The columns an editor fills in are shaded; the keys are grey.
  lxw_format* editable = workbook_add_format(wb);
  format_set_text_wrap(editable);
  format_set_align(editable, LXW_ALIGN_VERTICAL_TOP);
  format_set_bg_color(editable, 0xFFF9E5);
  lxw_format* key = workbook_add_format(wb);
  format_set_font_color(key, 0x808080);
  format_set_align(key, LXW_ALIGN_VERTICAL_TOP);
  std::map<std::string, lxw_format*> verdict_fmt;
  for (const std::string& v : ReviewVerdicts()) {
    lxw_format* f = workbook_add_format(wb);
    format_set_bg_color(f, VerdictColourRgb(v));
    format_set_text_wrap(f);
    format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
    format_set_bold(f);
    verdict_fmt[v] = f;
  }
  const std::set<int> editable_cols = {ColumnIndex("verdict"), ColumnIndex("checker_initials"),
                                       ColumnIndex("checker_note"), ColumnIndex("correction")};
  const std::set<int> key_cols = {ColumnIndex("row_id"), ColumnIndex("article_sha256"),
                                  ColumnIndex("review_stamp"), ColumnIndex("checked_on")};

  lxw_worksheet* ws = workbook_add_worksheet(wb, "Claims");
  const std::vector<std::string>& cols = TableHeadings();
  for (size_t c = 0; c < cols.size(); ++c) {
    worksheet_write_string(ws, 0, c, cols[c].c_str(), header);
    double width = c < std::size(kWidths) ? kWidths[c] : 16;
    int ci = static_cast<int>(c);
    worksheet_set_column(ws, c, c, width,
                         editable_cols.count(ci) ? editable : key_cols.count(ci) ? key : wrap);
  }
  worksheet_freeze_panes(ws, 1, 0);

  // The verdict column offers the verdicts as a drop-down and refuses
  // anything else; empty is allowed (not reviewed yet).
  std::vector<std::string> labels;
  for (const std::string& v : ReviewVerdicts()) labels.push_back(VerdictLabel(v));
  std::vector<char*> list;
  for (std::string& l : labels) list.push_back(l.data());
  list.push_back(nullptr);
  lxw_data_validation dv = {};
  dv.validate = LXW_VALIDATION_TYPE_LIST;
  dv.value_list = list.data();
  dv.ignore_blank = LXW_VALIDATION_ON;
  dv.show_input = LXW_VALIDATION_ON;
  dv.show_error = LXW_VALIDATION_ON;
  std::string in_title = "Verdict";
  std::string in_msg = "Choose correct, incorrect, misleading, unverifiable or not a claim.";
  std::string err_title = "Not a verdict";
  std::string err_msg = "Pick a verdict from the list.";
  dv.input_title = in_title.data();
  dv.input_message = in_msg.data();
  dv.error_title = err_title.data();
  dv.error_message = err_msg.data();
  lxw_col_t vcol = static_cast<lxw_col_t>(ColumnIndex("verdict"));
  lxw_row_t last = static_cast<lxw_row_t>(std::max<size_t>(sheet.rows.size(), 1));
  worksheet_data_validation_range(ws, 1, vcol, last, vcol, &dv);

  for (size_t i = 0; i < sheet.rows.size(); ++i) {
    const AuditRow& r = sheet.rows[i];
    lxw_row_t row = static_cast<lxw_row_t>(i + 1);
    std::vector<std::string> cells = TableCells(sheet, r, /*labels=*/true);
    for (size_t c = 0; c < cells.size(); ++c) {
      int ci = static_cast<int>(c);
      lxw_format* fmt = editable_cols.count(ci) ? editable : key_cols.count(ci) ? key : wrap;
      if (c == 1) {
        fmt = r.Reviewed() ? verdict_fmt[r.verdict] : status_fmt[static_cast<size_t>(r.status)];
      }
      // The claim number, paragraph and page are numbers a checker sorts by.
      if ((c == 0 || c == 4 || c == 5) && !cells[c].empty()) {
        worksheet_write_number(ws, row, c, std::stod(cells[c]), fmt);
      } else {
        worksheet_write_string(ws, row, c, Cell(cells[c]).c_str(), fmt);
      }
    }
  }
  if (!sheet.rows.empty()) worksheet_autofilter(ws, 0, 0, sheet.rows.size(), cols.size() - 1);
  // The sign-off block under the table (rows without a row id: an import
  // skips them).
  lxw_row_t so_at = static_cast<lxw_row_t>(sheet.rows.size() + 2);
  worksheet_write_string(ws, so_at++, 0, "Sign-off", bold);
  for (const auto& [k, v] : SignOffLines(sheet)) {
    worksheet_write_string(ws, so_at, 1, k.c_str(), bold);
    worksheet_write_string(ws, so_at, 2, Cell(v).c_str(), nullptr);
    ++so_at;
  }

  lxw_worksheet* about = workbook_add_worksheet(wb, "About");
  worksheet_set_column(about, 0, 0, 18, bold);
  worksheet_set_column(about, 1, 1, 100, wrap);
  lxw_row_t at = 0;
  auto put = [&](const std::string& k, const std::string& v) {
    worksheet_write_string(about, at, 0, Cell(k).c_str(), bold);
    worksheet_write_string(about, at, 1, Cell(v).c_str(), wrap);
    ++at;
  };
  const AuditDocument& a = sheet.article;
  put("Article", a.title.empty() ? a.path : a.title);
  put("Publisher", a.publisher);
  put("Date", a.date);
  put("URL", a.url);
  put("File", a.path);
  put("SHA-256", a.content_hash);
  put("Generated", sheet.generated_at);
  ++at;
  if (sheet.sources.empty()) put("Sources", "No sources given: nothing was checked.");
  for (size_t i = 0; i < sheet.sources.size(); ++i) {
    put("Source " + std::to_string(i + 1), sheet.sources[i].citation);
    put("SHA-256", sheet.sources[i].content_hash);
  }
  ++at;
  auto counts = sheet.Counts();
  for (int i = 0; i < kAuditStatusCount; ++i) {
    worksheet_write_string(about, at, 0, AuditStatusLabel(static_cast<AuditStatus>(i)),
                           status_fmt[i]);
    worksheet_write_number(about, at, 1, counts[i], nullptr);
    ++at;
  }
  worksheet_write_string(about, at, 0, "total", bold);
  worksheet_write_number(about, at, 1, static_cast<double>(sheet.rows.size()), nullptr);
  at += 2;
  worksheet_write_string(about, at++, 0, "Sign-off", bold);
  for (const auto& [k, v] : SignOffLines(sheet)) put(k, v);

  lxw_error err = workbook_close(wb);
  if (err != LXW_NO_ERROR) return Status::IOError(path + ": " + lxw_strerror(err));
  return Status::Ok();
}

}  // namespace claimcheck::audit_internal
