#include "claimcheck/csv.h"

namespace claimcheck {

std::string NeutraliseFormula(std::string_view cell) {
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
