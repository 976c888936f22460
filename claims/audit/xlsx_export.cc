// The sheet as an Excel workbook (libxlsxwriter): "Claims" with a frozen
// header row, set widths, wrapped text and a fill per status; "About" with
// the article, the sources with their hashes and the count by status.
// Every document text is written as a string cell, never as a formula, so
// "=HYPERLINK(...)" in an article stays text.
#include <xlsxwriter.h>

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

constexpr double kWidths[] = {6,  16, 60, 18, 9,  6,  9, 12, 11, 8,  24, 24, 28,
                              14, 60, 18, 50, 20, 18, 9, 50, 28, 10, 12, 30};
}  // namespace

Status WriteXlsx(const AuditSheet& sheet, const std::string& path) {
  lxw_workbook_options options = {};
  options.constant_memory = LXW_FALSE;
  lxw_workbook* wb = workbook_new_opt(path.c_str(), &options);
  if (!wb) return Status::IOError(path + ": cannot create the workbook");

  lxw_doc_properties props = {};
  std::string title =
      "Claim audit: " + (sheet.article.title.empty() ? sheet.article.path : sheet.article.title);
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

  lxw_worksheet* ws = workbook_add_worksheet(wb, "Claims");
  const std::vector<std::string>& cols = TableColumns();
  for (size_t c = 0; c < cols.size(); ++c) {
    worksheet_write_string(ws, 0, c, cols[c].c_str(), header);
    double width = c < std::size(kWidths) ? kWidths[c] : 16;
    worksheet_set_column(ws, c, c, width, wrap);
  }
  worksheet_freeze_panes(ws, 1, 0);
  for (size_t i = 0; i < sheet.rows.size(); ++i) {
    const AuditRow& r = sheet.rows[i];
    lxw_row_t row = static_cast<lxw_row_t>(i + 1);
    std::vector<std::string> cells = TableCells(sheet, r, /*labels=*/true);
    for (size_t c = 0; c < cells.size(); ++c) {
      lxw_format* fmt = c == 1 ? status_fmt[static_cast<size_t>(r.status)] : wrap;
      // The claim number, paragraph and page are numbers a checker sorts by.
      if ((c == 0 || c == 4 || c == 5) && !cells[c].empty()) {
        worksheet_write_number(ws, row, c, std::stod(cells[c]), fmt);
      } else {
        worksheet_write_string(ws, row, c, Cell(cells[c]).c_str(), fmt);
      }
    }
  }
  if (!sheet.rows.empty()) worksheet_autofilter(ws, 0, 0, sheet.rows.size(), cols.size() - 1);

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

  lxw_error err = workbook_close(wb);
  if (err != LXW_NO_ERROR) return Status::IOError(path + ": " + lxw_strerror(err));
  return Status::Ok();
}

}  // namespace claimcheck::audit_internal
