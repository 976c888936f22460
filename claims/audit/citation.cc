// Reference lines for sources, in an APA-like style (author or publisher,
// date, title, site, URL), so a sheet can be pasted into a published
// fact-check as it is.
#include <array>
#include <cstdlib>
#include <string>

#include "claimcheck/audit.h"

namespace claimcheck {
namespace {
// The style is an English-language citation style, so its month names are
// part of the style, not of any document's language.
constexpr std::array<const char*, 12> kMonths = {"January",   "February", "March",    "April",
                                                 "May",       "June",     "July",     "August",
                                                 "September", "October",  "November", "December"};

bool AllDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

// "2018-05-08" -> "2018, May 8"; "2018-05" -> "2018, May"; "2018" -> "2018";
// anything else is shown as given; empty -> "n.d." (no date).
std::string CitationDate(const std::string& iso) {
  if (iso.empty()) return "n.d.";
  std::string_view d(iso);
  d = d.substr(0, d.find('T'));
  if (d.size() < 4 || !AllDigits(d.substr(0, 4))) return iso;
  std::string out(d.substr(0, 4));
  if (d.size() == 4) return out;
  if (d.size() >= 7 && d[4] == '-' && AllDigits(d.substr(5, 2))) {
    int month = std::atoi(std::string(d.substr(5, 2)).c_str());
    if (month < 1 || month > 12) return iso;
    out += ", ";
    out += kMonths[month - 1];
    if (d.size() == 10 && d[7] == '-' && AllDigits(d.substr(8, 2))) {
      out += " " + std::to_string(std::atoi(std::string(d.substr(8, 2)).c_str()));
    }
    return out;
  }
  return iso;
}

// Appends "part." (or just "part" when it already ends in punctuation).
void AddPart(std::string* line, const std::string& part) {
  if (part.empty()) return;
  if (!line->empty()) line->push_back(' ');
  *line += part;
  char last = part.back();
  if (last != '.' && last != '?' && last != '!') line->push_back('.');
}

std::string BaseName(const std::string& path) {
  size_t slash = path.find_last_of('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}
}  // namespace

std::string CitationLine(const AuditDocument& d) {
  std::string title = d.title.empty() ? BaseName(d.path) : d.title;
  std::string creator = !d.author.empty() ? d.author : d.publisher;
  std::string line;
  if (!creator.empty()) {
    AddPart(&line, creator);
    AddPart(&line, "(" + CitationDate(d.date) + ")");
    AddPart(&line, title);
  } else {
    // APA moves the title into the author's place when there is no author.
    AddPart(&line, title);
    AddPart(&line, "(" + CitationDate(d.date) + ")");
  }
  if (!d.author.empty() && !d.publisher.empty() && d.publisher != d.author)
    AddPart(&line, d.publisher);
  if (!d.url.empty()) {
    line += " " + d.url;
  } else if (!d.path.empty()) {
    line += " " + d.path;
  }
  return line;
}

AuditDocument AuditDocumentFrom(const StoredDocument& s) {
  AuditDocument d;
  d.path = s.path;
  d.content_hash = s.doc_id;
  d.title = s.title;
  d.author = s.author;
  d.publisher = s.publisher;
  d.date = s.date;
  d.url = s.url;
  d.lang = s.lang;
  d.format = s.format;
  d.citation = CitationLine(d);
  return d;
}

}  // namespace claimcheck
