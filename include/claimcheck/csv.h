// RFC 4180 CSV cells that a spreadsheet will not run as formulas.
#ifndef CLAIMCHECK_CSV_H_
#define CLAIMCHECK_CSV_H_

#include <string>
#include <string_view>
#include <vector>

namespace claimcheck {

// A cell starting with = + - @ tab or carriage return is prefixed with a
// single quote (OWASP's advice), so Excel and LibreOffice show it as text.
// A plain decimal number ("-2400", "-3.5", "2.5e-05", IsPlainNumber) is left
// as it is, so spreadsheets, pandas and R read it as a number.
std::string NeutraliseFormula(std::string_view cell);

// An optional minus sign, digits with an optional fraction, an optional
// exponent: nothing a spreadsheet could run.
bool IsPlainNumber(std::string_view cell);

// The UTF-8 byte order mark Excel needs to read a CSV file as UTF-8
// (`--excel`); pandas and R skip it with encoding "utf-8-sig" / "UTF-8-BOM".
inline constexpr const char* kUtf8Bom = "\xEF\xBB\xBF";

// Quotes the cell when it holds a comma, quote, CR or LF; doubles quotes.
std::string CsvQuote(std::string_view cell);

// One CSV line (with CRLF) from text cells, each neutralised then quoted.
std::string CsvRow(const std::vector<std::string>& cells);

}  // namespace claimcheck

#endif  // CLAIMCHECK_CSV_H_
