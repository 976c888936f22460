// Strict reader for rules/<lang>/abbreviations.yaml.
//
// cc_segment deliberately links only ICU (tests/segment links nothing else),
// so instead of yaml-cpp this is a reader for the small YAML subset the file
// uses: one top-level key holding a block list of scalars (plain, "double" or
// 'single' quoted), with comments. Everything it accepts is valid YAML with
// the same meaning, so `rules check` (yaml-cpp) and this reader agree; what
// it does not understand it rejects with file:line:column.
#include <fstream>
#include <set>
#include <sstream>

#include "claimcheck/segment.h"
#include "claimcheck/util.h"

namespace claimcheck {
namespace {

constexpr std::string_view kListKey = "abbreviations";

struct Cursor {
  const std::string& file;
  int line = 0;
  Status Error(size_t col0, const std::string& why) const {
    return Status::InvalidArgument(file + ":" + std::to_string(line) + ":" +
                                   std::to_string(col0 + 1) + ": " + why);
  }
};

// True when the rest of the line from `i` is blank or a comment.
bool RestIsEmpty(std::string_view s, size_t i) {
  while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
  return i == s.size() || s[i] == '#';
}

// Parses the scalar starting at s[i]; on success *out holds its value.
Status ParseScalar(const Cursor& cur, std::string_view s, size_t i, std::string* out) {
  out->clear();
  if (i >= s.size() || s[i] == '#') return cur.Error(i, "empty list item");
  char q = s[i];
  if (q == '"' || q == '\'') {
    size_t j = i + 1;
    for (;; ++j) {
      if (j >= s.size()) return cur.Error(i, "unterminated quoted string");
      char c = s[j];
      if (q == '\'' && c == '\'') {
        if (j + 1 < s.size() && s[j + 1] == '\'') {
          out->push_back('\'');
          ++j;
          continue;
        }
        break;
      }
      if (q == '"' && c == '"') break;
      if (q == '"' && c == '\\') {
        if (j + 1 < s.size() && (s[j + 1] == '"' || s[j + 1] == '\\')) {
          out->push_back(s[++j]);
          continue;
        }
        return cur.Error(j, "unsupported escape sequence (only \\\" and \\\\)");
      }
      out->push_back(c);
    }
    if (!RestIsEmpty(s, j + 1)) return cur.Error(j + 1, "unexpected text after the quoted string");
    return Status::Ok();
  }
  static constexpr std::string_view kIndicators = "[]{}&*!|>%@`,?:-";
  if (kIndicators.find(q) != std::string_view::npos) {
    return cur.Error(i, std::string("a plain value cannot start with '") + q + "'; quote it");
  }
  size_t end = s.size();
  for (size_t j = i; j < s.size(); ++j) {
    if (s[j] == '#' && (s[j - 1] == ' ' || s[j - 1] == '\t')) {
      end = j;
      break;
    }
    if (s[j] == ':' && (j + 1 == s.size() || s[j + 1] == ' ')) {
      return cur.Error(j, "a list item must be a string, not a mapping");
    }
  }
  while (end > i && (s[end - 1] == ' ' || s[end - 1] == '\t')) --end;
  out->assign(s.substr(i, end - i));
  return Status::Ok();
}

}  // namespace

Status ParseAbbreviations(std::string_view yaml, const std::string& file,
                          std::vector<std::string>* out) {
  out->clear();
  if (size_t bad = 0; !IsValidUtf8(yaml, &bad)) {
    return Status::InvalidArgument(file + ": invalid UTF-8 at byte " + std::to_string(bad));
  }
  Cursor cur{file};
  bool seen_key = false, in_list = false;
  std::set<std::string> seen;
  std::istringstream in{std::string(yaml)};
  std::string raw;
  while (std::getline(in, raw)) {
    ++cur.line;
    std::string_view s(raw);
    if (!s.empty() && s.back() == '\r') s.remove_suffix(1);
    size_t ind = 0;
    while (ind < s.size() && s[ind] == ' ') ++ind;
    if (ind < s.size() && s[ind] == '\t') return cur.Error(ind, "tab in indentation");
    if (RestIsEmpty(s, ind)) continue;
    if (cur.line == 1 && s == "---") continue;
    if (ind == 0) {
      size_t colon = s.find(':');
      if (colon == std::string_view::npos) return cur.Error(0, "expected 'abbreviations:'");
      std::string_view key = s.substr(0, colon);
      if (key != kListKey) {
        return cur.Error(0, "unknown key '" + std::string(key) + "' (expected: abbreviations)");
      }
      if (seen_key) return cur.Error(0, "duplicate key 'abbreviations'");
      seen_key = true;
      size_t v = colon + 1;
      while (v < s.size() && s[v] == ' ') ++v;
      if (!RestIsEmpty(s, v)) {
        if (s.substr(v, 2) == "[]" && RestIsEmpty(s, v + 2)) continue;  // an empty list
        return cur.Error(v, "expected the list on the following lines ('  - Mr.')");
      }
      in_list = true;
      continue;
    }
    if (!in_list) return cur.Error(ind, "unexpected indented line");
    if (s[ind] != '-' || (ind + 1 < s.size() && s[ind + 1] != ' ')) {
      return cur.Error(ind, "expected a list item ('- Mr.')");
    }
    size_t v = ind + 1;
    while (v < s.size() && s[v] == ' ') ++v;
    std::string value;
    if (Status st = ParseScalar(cur, s, v, &value); !st.ok()) return st;
    if (value.empty()) return cur.Error(v, "empty abbreviation");
    if (value.back() != '.') return cur.Error(v, "an abbreviation ends with '.': '" + value + "'");
    if (!seen.insert(value).second) return cur.Error(v, "duplicate abbreviation '" + value + "'");
    out->push_back(std::move(value));
  }
  if (!seen_key) return Status::InvalidArgument(file + ":1:1: missing key 'abbreviations'");
  return Status::Ok();
}

Status LoadAbbreviations(const std::string& rules_dir, const std::string& lang,
                         std::vector<std::string>* out) {
  out->clear();
  std::string path = rules_dir + "/" + lang + "/abbreviations.yaml";
  std::string bytes;
  Status s = ReadFileBytes(path, size_t{1} << 20, &bytes);
  if (!s.ok()) return s;
  return ParseAbbreviations(bytes, path, out);
}

}  // namespace claimcheck
