#include "claimcheck/csv.h"

namespace claimcheck {

bool IsPlainNumber(std::string_view cell) {
  size_t i = 0;
  if (i < cell.size() && cell[i] == '-') ++i;
  size_t digits = 0;
  while (i < cell.size() && cell[i] >= '0' && cell[i] <= '9') ++i, ++digits;
  if (i < cell.size() && cell[i] == '.') {
    ++i;
    size_t frac = 0;
    while (i < cell.size() && cell[i] >= '0' && cell[i] <= '9') ++i, ++frac;
    if (frac == 0) return false;
    digits += frac;
  }
  if (digits == 0) return false;
  if (i < cell.size() && (cell[i] == 'e' || cell[i] == 'E')) {
    ++i;
    if (i < cell.size() && (cell[i] == '+' || cell[i] == '-')) ++i;
    size_t exp = 0;
    while (i < cell.size() && cell[i] >= '0' && cell[i] <= '9') ++i, ++exp;
    if (exp == 0) return false;
  }
  return i == cell.size();
}

std::string NeutraliseFormula(std::string_view cell) {
  // A number ("-2400", "-3.5", "1e-05") is a value to a spreadsheet, not a
  // formula: a quote before it would turn it into text for Excel, pandas and R.
  if (IsPlainNumber(cell)) return std::string(cell);
  if (!cell.empty()) {
    char c = cell[0];
    if (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r') {
      return "'" + std::string(cell);
    }
  }
  return std::string(cell);
}

std::string CsvQuote(std::string_view cell) {
  if (cell.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(cell);
  std::string out = "\"";
  for (char c : cell) {
    if (c == '"') out.push_back('"');
    out.push_back(c);
  }
  out.push_back('"');
  return out;
}

std::string CsvRow(const std::vector<std::string>& cells) {
  std::string line;
  for (size_t i = 0; i < cells.size(); ++i) {
    if (i) line.push_back(',');
    line += CsvQuote(NeutraliseFormula(cells[i]));
  }
  line += "\r\n";
  return line;
}

}  // namespace claimcheck
