// Pipe tables, shared by the Markdown and plain-text readers (see
// reader_internal.h): a report pasted as text keeps its table's rows and
// columns, so a cell's figure takes its row and column headers (frame
// builder) as the same table in a .md file does.
#include <string>
#include <string_view>
#include <vector>

#include "extract/document/reader_internal.h"

namespace claimcheck::document_internal {

bool IsPipeTableDelimiter(std::string_view s) {
  s = Trim(s);
  if (s.find('-') == std::string_view::npos || s.find('|') == std::string_view::npos) return false;
  for (char c : s) {
    if (c != '|' && c != '-' && c != ':' && c != ' ') return false;
  }
  return true;
}

std::vector<std::string> PipeTableCells(std::string_view s) {
  s = Trim(s);
  if (!s.empty() && s.front() == '|') s.remove_prefix(1);
  if (!s.empty() && s.back() == '|' && (s.size() < 2 || s[s.size() - 2] != '\\')) s.remove_suffix(1);
  std::vector<std::string> cells(1);
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\\' && i + 1 < s.size() && s[i + 1] == '|') {
      cells.back().push_back('|');
      ++i;
    } else if (s[i] == '|') {
      cells.emplace_back();
    } else {
      cells.back().push_back(s[i]);
    }
  }
  return cells;
}

size_t AddPipeTable(const std::vector<std::string_view>& lines, size_t i, DocumentBuilder* b,
                    const std::function<std::string(std::string_view)>& cell_text) {
  int row = 0;
  for (; i < lines.size() && Trim(lines[i]).find('|') != std::string_view::npos && !IsBlankLine(lines[i]); ++i) {
    if (IsPipeTableDelimiter(lines[i])) continue;
    std::vector<std::string> cells = PipeTableCells(lines[i]);
    for (size_t c = 0; c < cells.size(); ++c) {
      b->Add(BlockKind::kTableCell, cell_text(cells[c]), 0, 0, row, static_cast<int>(c));
    }
    ++row;
  }
  return i - 1;
}

}  // namespace claimcheck::document_internal
