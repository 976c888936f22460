// Reads a filled-in audit sheet back (claimcheck review import): the CSV as
// written by AuditToCsv, or the workbook written by WriteXlsx after a person
// filled it in with Excel or LibreOffice. An .xlsx is a zip of XML parts:
// libzip opens it (every part's size bounded before it is inflated) and
// libxml2 reads the parts, without network access or entity expansion.
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <zip.h>

#include <algorithm>
#include <map>

#include "claimcheck/audit.h"
#include "claimcheck/util.h"
#include "claims/audit/sheet_text.h"

namespace claimcheck {
namespace {

constexpr size_t kMaxSheetBytes = 64u << 20;  // the file and any one part, inflated
using Grid = std::vector<std::vector<std::string>>;  // rows of cells; row 0 the header

// RFC 4180, as AuditToCsv writes it (and as spreadsheets save it): quoted
// cells may hold commas, doubled quotes and line breaks. Excel in locales
// whose decimal mark is a comma saves with semicolons: a header line with
// semicolons and no comma is read that way.
Status ParseCsv(const std::string& path, const std::string& text, Grid* out) {
  size_t i = 0;
  if (text.compare(0, 3, "\xEF\xBB\xBF") == 0) i = 3;  // Excel's byte-order mark
  std::string header = text.substr(i, text.find_first_of("\r\n", i) - i);
  const char sep =
      header.find(',') == std::string::npos && header.find(';') != std::string::npos ? ';' : ',';
  std::vector<std::string> row;
  std::string cell;
  bool quoted = false, any = false;
  for (; i < text.size(); ++i) {
    char c = text[i];
    if (quoted) {
      if (c == '"') {
        if (i + 1 < text.size() && text[i + 1] == '"') {
          cell.push_back('"');
          ++i;
        } else {
          quoted = false;
        }
      } else {
        cell.push_back(c);
      }
      continue;
    }
    if (c == '"' && cell.empty()) {
      quoted = any = true;
    } else if (c == sep) {
      row.push_back(std::move(cell));
      cell.clear();
      any = true;
    } else if (c == '\r' || c == '\n') {
      if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
      if (any || !cell.empty()) {
        row.push_back(std::move(cell));
        out->push_back(std::move(row));
      }
      row.clear();
      cell.clear();
      any = false;
    } else {
      cell.push_back(c);
      any = true;
    }
  }
  if (quoted) return Status::Corruption(path + ": not a CSV sheet (a quoted cell never ends)");
  if (any || !cell.empty()) {
    row.push_back(std::move(cell));
    out->push_back(std::move(row));
  }
  return Status::Ok();
}

struct Zip {
  zip_t* z = nullptr;
  ~Zip() {
    if (z) zip_discard(z);
  }
};

// One part of the workbook; NotFound when it is absent.
Status ReadPart(const std::string& path, zip_t* z, const std::string& name, std::string* out) {
  zip_stat_t st;
  zip_stat_init(&st);
  if (zip_stat(z, name.c_str(), 0, &st) != 0) return Status::NotFound(path + ": no " + name);
  if (!(st.valid & ZIP_STAT_SIZE) || st.size > kMaxSheetBytes) {
    return Status::InvalidArgument(path + ": " + name + " is too large to be a claimcheck sheet");
  }
  zip_file_t* f = zip_fopen(z, name.c_str(), 0);
  if (!f) return Status::Corruption(path + ": cannot open " + name + " (" + zip_strerror(z) + ")");
  out->assign(static_cast<size_t>(st.size), '\0');
  zip_int64_t n = out->empty() ? 0 : zip_fread(f, out->data(), out->size());
  zip_fclose(f);
  if (n < 0 || static_cast<zip_uint64_t>(n) != st.size) {
    return Status::Corruption(path + ": " + name + " is damaged");
  }
  return Status::Ok();
}

struct Xml {
  xmlDocPtr doc = nullptr;
  ~Xml() { xmlFreeDoc(doc); }
};

Status ParseXml(const std::string& path, const std::string& part, const std::string& bytes,
                Xml* out) {
  out->doc = xmlReadMemory(bytes.data(), static_cast<int>(bytes.size()), part.c_str(), nullptr,
                           XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  if (!out->doc || !xmlDocGetRootElement(out->doc)) {
    return Status::Corruption(path + ": " + part + " is not well-formed XML");
  }
  return Status::Ok();
}

std::string Name(xmlNode* n) { return reinterpret_cast<const char*>(n->name); }
std::string Attr(xmlNode* n, const char* name) {
  xmlChar* v = xmlGetProp(n, reinterpret_cast<const xmlChar*>(name));
  std::string s = v ? reinterpret_cast<const char*>(v) : "";
  xmlFree(v);
  return s;
}
// The r:id attribute, whatever prefix the relationships namespace has.
std::string RelId(xmlNode* n) {
  for (xmlAttr* a = n->properties; a; a = a->next) {
    if (std::string(reinterpret_cast<const char*>(a->name)) == "id" && a->ns) {
      xmlChar* v = xmlNodeListGetString(n->doc, a->children, 1);
      std::string s = v ? reinterpret_cast<const char*>(v) : "";
      xmlFree(v);
      return s;
    }
  }
  return "";
}
std::string Text(xmlNode* n) {
  xmlChar* c = xmlNodeGetContent(n);
  std::string s = c ? reinterpret_cast<const char*>(c) : "";
  xmlFree(c);
  return s;
}
template <typename F>
void Walk(xmlNode* n, F&& f) {
  for (; n; n = n->next) {
    if (n->type == XML_ELEMENT_NODE) f(n);
    Walk(n->children, f);
  }
}

// "AB12" -> column 27 (0-based); -1 when the reference has no letters.
int ColumnOf(const std::string& ref) {
  int col = 0;
  size_t i = 0;
  for (; i < ref.size() && std::isalpha(static_cast<unsigned char>(ref[i])); ++i) {
    col = col * 26 + (std::toupper(static_cast<unsigned char>(ref[i])) - 'A' + 1);
    if (col > 16384) return -1;
  }
  return i == 0 ? -1 : col - 1;
}

// The worksheet named "Claims" (else the first), as its part name.
Status ClaimsPart(const std::string& path, zip_t* z, std::string* part) {
  std::string wb_bytes, rels_bytes;
  if (Status s = ReadPart(path, z, "xl/workbook.xml", &wb_bytes); !s.ok()) {
    return Status::InvalidArgument(path + ": not a spreadsheet (no xl/workbook.xml)");
  }
  Xml wb;
  if (Status s = ParseXml(path, "xl/workbook.xml", wb_bytes, &wb); !s.ok()) return s;
  std::string rid, first;
  Walk(xmlDocGetRootElement(wb.doc), [&](xmlNode* n) {
    if (Name(n) != "sheet") return;
    std::string id = RelId(n);
    if (first.empty()) first = id;
    if (Attr(n, "name") == "Claims" && rid.empty()) rid = id;
  });
  if (rid.empty()) rid = first;
  *part = "xl/worksheets/sheet1.xml";
  if (rid.empty() || !ReadPart(path, z, "xl/_rels/workbook.xml.rels", &rels_bytes).ok()) {
    return Status::Ok();
  }
  Xml rels;
  if (Status s = ParseXml(path, "xl/_rels/workbook.xml.rels", rels_bytes, &rels); !s.ok()) return s;
  Walk(xmlDocGetRootElement(rels.doc), [&](xmlNode* n) {
    if (Name(n) != "Relationship" || Attr(n, "Id") != rid) return;
    std::string target = Attr(n, "Target");
    if (target.rfind("/", 0) == 0) {
      *part = target.substr(1);
    } else {
      *part = "xl/" + target;
    }
  });
  return Status::Ok();
}

Status ReadXlsx(const std::string& path, Grid* out) {
  // Read through ReadFileBytes like every document: a pipe or a device
  // named sheet.xlsx is refused unopened, and the size is bounded.
  std::string bytes;
  if (Status s = ReadFileBytes(path, kMaxSheetBytes, &bytes); !s.ok()) return s;
  zip_error_t zerr;
  zip_error_init(&zerr);
  zip_source_t* src = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &zerr);
  Zip zip;
  if (src != nullptr) {
    zip.z = zip_open_from_source(src, ZIP_RDONLY, &zerr);
    if (!zip.z) zip_source_free(src);
  }
  zip_error_fini(&zerr);
  if (!zip.z) return Status::InvalidArgument(path + ": not an .xlsx workbook (not a zip archive)");
  std::string part;
  if (Status s = ClaimsPart(path, zip.z, &part); !s.ok()) return s;

  std::vector<std::string> shared;
  std::string sst_bytes;
  Status s = ReadPart(path, zip.z, "xl/sharedStrings.xml", &sst_bytes);
  if (s.ok()) {
    Xml sst;
    if (s = ParseXml(path, "xl/sharedStrings.xml", sst_bytes, &sst); !s.ok()) return s;
    for (xmlNode* si = xmlDocGetRootElement(sst.doc)->children; si; si = si->next) {
      if (si->type != XML_ELEMENT_NODE || Name(si) != "si") continue;
      // Rich text: the runs' <t> joined; phonetic runs (<rPh>) left out.
      std::string t;
      Walk(si->children, [&](xmlNode* n) {
        if (Name(n) == "t" && n->parent && Name(n->parent) != "rPh") t += Text(n);
      });
      shared.push_back(std::move(t));
    }
  } else if (s.code() != Status::Code::kNotFound) {
    return s;
  }

  std::string sheet_bytes;
  if (s = ReadPart(path, zip.z, part, &sheet_bytes); !s.ok()) {
    return Status::InvalidArgument(path + ": the workbook has no Claims sheet (" + part + ")");
  }
  Xml sheet;
  if (s = ParseXml(path, part, sheet_bytes, &sheet); !s.ok()) return s;
  std::map<int, std::map<int, std::string>> cells;
  int next_row = 0;
  Walk(xmlDocGetRootElement(sheet.doc), [&](xmlNode* row) {
    if (Name(row) != "row") return;
    std::string r = Attr(row, "r");
    int rn = r.empty() ? next_row : std::atoi(r.c_str()) - 1;
    if (rn < 0 || rn > 1048575) return;
    next_row = rn + 1;
    int next_col = 0;
    for (xmlNode* c = row->children; c; c = c->next) {
      if (c->type != XML_ELEMENT_NODE || Name(c) != "c") continue;
      std::string ref = Attr(c, "r");
      int col = ref.empty() ? next_col : ColumnOf(ref);
      if (col < 0) continue;
      next_col = col + 1;
      std::string type = Attr(c, "t");
      std::string value;
      for (xmlNode* k = c->children; k; k = k->next) {
        if (k->type != XML_ELEMENT_NODE) continue;
        if (Name(k) == "v") value = Text(k);
        if (Name(k) == "is") value = Text(k);
      }
      if (type == "s") {
        size_t idx = static_cast<size_t>(std::strtoul(value.c_str(), nullptr, 10));
        value = idx < shared.size() ? shared[idx] : "";
      }
      cells[rn][col] = value;
    }
  });
  for (const auto& [rn, row] : cells) {
    if (out->size() <= static_cast<size_t>(rn)) out->resize(rn + 1);
    std::vector<std::string>& v = (*out)[rn];
    for (const auto& [col, value] : row) {
      if (v.size() <= static_cast<size_t>(col)) v.resize(col + 1);
      v[col] = value;
    }
  }
  return Status::Ok();
}

std::string Trim(const std::string& s) {
  size_t a = s.find_first_not_of(" \t\r\n");
  if (a == std::string::npos) return "";
  size_t b = s.find_last_not_of(" \t\r\n");
  return s.substr(a, b - a + 1);
}

// A cell AuditToCsv neutralised ("'=...") reads back as written.
std::string Unneutralise(const std::string& s) {
  if (s.size() >= 2 && s[0] == '\'' && std::string("=+-@\t\r").find(s[1]) != std::string::npos) {
    return s.substr(1);
  }
  return s;
}
}  // namespace

Status ReadFilledSheet(const std::string& path, ImportedSheet* out) {
  *out = ImportedSheet{};
  std::string lower = AsciiLower(path);
  auto ends = [&](const char* ext) {
    size_t n = std::char_traits<char>::length(ext);
    return lower.size() >= n && lower.compare(lower.size() - n, n, ext) == 0;
  };
  Grid grid;
  if (ends(".xlsx")) {
    if (Status s = ReadXlsx(path, &grid); !s.ok()) return s;
  } else if (ends(".csv")) {
    std::string text;
    if (Status s = ReadFileBytes(path, kMaxSheetBytes, &text); !s.ok()) return s;
    if (!IsValidUtf8(text)) {
      return Status::InvalidArgument(path + ": not UTF-8 (save the sheet as CSV UTF-8)");
    }
    if (Status s = ParseCsv(path, text, &grid); !s.ok()) return s;
  } else {
    return Status::InvalidArgument(path + ": a filled-in sheet must be .xlsx or .csv");
  }
  if (grid.empty()) return Status::InvalidArgument(path + ": the sheet is empty");

  // Columns by header, machine name or heading, so reordered columns still read.
  const std::vector<std::string>& names = audit_internal::TableColumns();
  const std::vector<std::string>& headings = audit_internal::TableHeadings();
  std::map<std::string, int> col;
  for (size_t c = 0; c < grid[0].size(); ++c) {
    std::string h = AsciiLower(Trim(grid[0][c]));
    for (size_t i = 0; i < names.size(); ++i) {
      if (h == names[i] || h == AsciiLower(headings[i])) col.emplace(names[i], static_cast<int>(c));
    }
  }
  for (const char* need : {"row_id", "article_sha256", "verdict"}) {
    if (!col.count(need)) {
      return Status::InvalidArgument(
          path + ": not a claimcheck audit sheet with review columns (no '" + need +
          "' column; write the sheet with `claimcheck audit ARTICLE -o sheet.xlsx`)");
    }
  }
  auto get = [&](const std::vector<std::string>& row, const char* name) -> std::string {
    auto it = col.find(name);
    if (it == col.end() || static_cast<size_t>(it->second) >= row.size()) return "";
    return Trim(Unneutralise(row[it->second]));
  };
  for (size_t r = 1; r < grid.size(); ++r) {
    const std::vector<std::string>& row = grid[r];
    ImportedRow ir;
    ir.line = static_cast<int>(r) + 1;
    ir.row_id = get(row, "row_id");
    if (ir.row_id.empty()) continue;  // the sign-off block, blank lines
    std::string number = get(row, "number");
    if (!number.empty() && number.size() < 8 && number.find_first_not_of("0123456789") == std::string::npos)
      ir.number = std::stoi(number);
    std::string hash = get(row, "article_sha256");
    if (out->article_sha256.empty()) {
      out->article_sha256 = hash;
    } else if (hash != out->article_sha256) {
      return Status::InvalidArgument(path + ": row " + std::to_string(ir.line) +
                                     " belongs to another article (the sheet mixes articles)");
    }
    ir.verdict = get(row, "verdict");
    ir.initials = get(row, "checker_initials");
    ir.note = get(row, "checker_note");
    ir.correction = get(row, "correction");
    ir.review_stamp = get(row, "review_stamp");
    out->rows.push_back(std::move(ir));
  }
  if (out->rows.empty() || out->article_sha256.empty()) {
    return Status::InvalidArgument(path + ": the sheet has no claim rows with a row id");
  }
  return Status::Ok();
}

}  // namespace claimcheck
