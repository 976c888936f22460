// RFC 4180 CSV cells that a spreadsheet will not run as formulas.
#ifndef CLAIMCHECK_CSV_H_
#define CLAIMCHECK_CSV_H_

#include <string>
#include <string_view>
#include <vector>

namespace claimcheck {

// A cell starting with = + - @ tab or carriage return is prefixed with a
// single quote (OWASP's advice), so Excel and LibreOffice show it as text.
// Numbers written by claimcheck itself ("-3.5") are passed through by
// CsvNumber instead.
std::string NeutraliseFormula(std::string_view cell);

// Quotes the cell when it holds a comma, quote, CR or LF; doubles quotes.
std::string CsvQuote(std::string_view cell);

// One CSV line (with CRLF) from text cells, each neutralised then quoted.
std::string CsvRow(const std::vector<std::string>& cells);

}  // namespace claimcheck

#endif  // CLAIMCHECK_CSV_H_
