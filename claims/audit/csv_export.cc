// The sheet as RFC 4180 CSV: one header line, one line per figure, CRLF.
#include <cstdlib>

#include "claimcheck/audit.h"
#include "claimcheck/csv.h"
#include "claims/audit/sheet_text.h"
#include "claims/audit/writers.h"

namespace claimcheck {
namespace {
// A number claimcheck printed itself ("-3.5") is not a formula and keeps its
// sign; anything else from a document is neutralised.
bool IsOwnNumber(const std::string& s) {
  if (s.empty()) return false;
  char* end = nullptr;
  std::strtod(s.c_str(), &end);
  return end == s.c_str() + s.size() && s.find_first_of("xXnN") == std::string::npos;
}
}  // namespace

namespace audit_internal {
void WriteCsv(const AuditSheet& sheet, SheetOut& out) {
  static const size_t kValueColumn = 7;  // TableColumns()[7] == "value"
  out += CsvRow(TableColumns());
  for (const AuditRow& r : sheet.rows) {
    std::vector<std::string> cells = TableCells(sheet, r, /*labels=*/false);
    for (size_t i = 0; i < cells.size(); ++i) {
      if (i) out.push_back(',');
      bool own_number = i == kValueColumn && IsOwnNumber(cells[i]);
      out += CsvQuote(own_number ? cells[i] : NeutraliseFormula(cells[i]));
    }
    out += "\r\n";
  }
}
}  // namespace audit_internal

std::string AuditToCsv(const AuditSheet& sheet) {
  audit_internal::SheetOut out;
  audit_internal::WriteCsv(sheet, out);
  return out.Take();
}

}  // namespace claimcheck
