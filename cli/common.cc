#include <unistd.h>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <optional>

#include "claimcheck/csv.h"
#include "claimcheck/extract.h"
#include "claimcheck/figure_json.h"
#include "cli/commands.h"

namespace claimcheck::cli {

int ReportError(const std::string& message) {
  std::fprintf(stderr, "claimcheck: %s\n", message.c_str());
  return kExitBadInput;
}

int ReportError(const Status& s) { return ReportError(s.message()); }

void ReportWarning(const std::string& warning) {
  if (!warning.empty()) std::fprintf(stderr, "claimcheck: warning: %s\n", warning.c_str());
}

std::string Ordinal(int n) {
  const int tens = n % 100, last = n % 10;
  const char* suffix = (tens >= 11 && tens <= 13) ? "th"
                       : last == 1                ? "st"
                       : last == 2                ? "nd"
                       : last == 3                ? "rd"
                                                  : "th";
  return std::to_string(n) + suffix;
}

void ReportReviewChanges(const Store::IngestReport& report) {
  for (const auto& d : report.dropped_reviews) {
    // The second "12" of a sentence is said so: the first may still be reviewed.
    std::string which = d.occurrence > 1 ? " (the " + Ordinal(d.occurrence) + " in its sentence)" : "";
    std::fprintf(stderr,
                 "claimcheck: warning: %s: the verdict \"%s\"%s on \"%s\"%s was dropped: no sentence of "
                 "the new version holds that figure closely enough (kept in review history)\n",
                 report.path.c_str(), d.verdict.c_str(), d.reviewer.empty() ? "" : (" of " + d.reviewer).c_str(),
                 d.figure_text.c_str(), which.c_str());
  }
  for (const auto& d : report.reopened_reviews) {
    std::string which = d.occurrence > 1 ? " (the " + Ordinal(d.occurrence) + " in its sentence)" : "";
    std::fprintf(stderr,
                 "claimcheck: %s: the verdict \"%s\"%s on \"%s\"%s is pending again: its sentence was "
                 "edited, perhaps corrected; review it afresh (the old verdict is in review history)\n",
                 report.path.c_str(), d.verdict.c_str(), d.reviewer.empty() ? "" : (" of " + d.reviewer).c_str(),
                 d.figure_text.c_str(), which.c_str());
  }
  if (report.reattached_reviews > 0) {
    std::fprintf(stderr, "claimcheck: %s: %d verdict%s kept on the edited sentence that still holds the figure\n",
                 report.path.c_str(), report.reattached_reviews, report.reattached_reviews == 1 ? "" : "s");
  }
}

int CheckLangOption(const std::string& rules_dir, const std::string& lang) {
  Extractor probe(rules_dir);
  if (lang == "auto" || probe.HasRules(lang)) return 0;
  std::vector<std::string> have;
  std::error_code ec;
  for (const auto& e : std::filesystem::directory_iterator(rules_dir, ec)) {
    if (e.is_directory(ec)) have.push_back(e.path().filename().string());
  }
  std::sort(have.begin(), have.end());
  std::string list;
  for (const std::string& h : have) list += (list.empty() ? "" : ", ") + h;
  return ReportError("--lang " + lang + ": no rules for that language under " + rules_dir +
                     " (rules exist for: " + list +
                     "); use --lang auto to read it with English rules and a warning");
}

namespace {
// A whole number, at least 1, of `unit`: "--max-text-mb 0" says what is wrong
// in words (CLI::PositiveNumber printed the whole range of a double), and
// "1.5" is refused rather than read as 1.
CLI::Validator WholeAtLeastOne(const std::string& unit, unsigned long long max) {
  return CLI::Validator(
      [unit, max](std::string& v) -> std::string {
        if (v.empty() || v.find_first_not_of("0123456789") != std::string::npos) {
          return "'" + v + "' is not a whole number of " + unit;
        }
        if (v.size() > 12 || std::stoull(v) > max) {
          return v + " " + unit + " is more than the largest allowed, " + std::to_string(max);
        }
        if (std::stoull(v) == 0) {
          return "0 " + unit + " would refuse every document; give 1 or more";
        }
        return "";
      },
      unit, "");
}
}  // namespace

void AddReadLimitOptions(CLI::App* cmd, ReadOptions* opts) {
  // Stored in MiB on the command line, bytes in ReadOptions; the transform
  // keeps one source of truth (the defaults in document.h).
  auto mib = [](size_t* target) {
    return [target](const std::string& v) {
      *target = static_cast<size_t>(std::stoull(v)) << 20;
    };
  };
  constexpr unsigned long long kMaxMib = 1ull << 20;  // a tebibyte
  cmd->add_option_function<std::string>("--max-file-mb", mib(&opts->max_bytes),
                                         "Refuse files larger than this (MiB; default " +
                                             std::to_string(opts->max_bytes >> 20) + ")")
      ->check(WholeAtLeastOne("MiB", kMaxMib));
  cmd->add_option_function<std::string>(
         "--max-text-mb", mib(&opts->max_text_bytes),
         "Refuse documents with more extracted text, markup and PDF layout left out (MiB; "
         "default " +
             std::to_string(opts->max_text_bytes >> 20) + ")")
      ->check(WholeAtLeastOne("MiB", kMaxMib));
  cmd->add_option("--max-pdf-pages", opts->max_pdf_pages,
                  "Refuse PDFs with more pages (default " + std::to_string(opts->max_pdf_pages) + ")")
      ->check(WholeAtLeastOne("pages", 1000000000ull));
}

Status ReadStdin(size_t max_bytes, std::string* out) {
  out->clear();
  char buf[1 << 16];
  ssize_t n;
  while ((n = read(0, buf, sizeof buf)) > 0) {
    if (out->size() + static_cast<size_t>(n) > max_bytes) {
      return Status::InvalidArgument("-: input too large (the limit is " + std::to_string(max_bytes) +
                                     " bytes)");
    }
    out->append(buf, static_cast<size_t>(n));
  }
  if (n < 0) return Status::IOError("-: cannot read standard input");
  return Status::Ok();
}

namespace {
std::string ValueText(const FigureValue& v) { return ValueToJson(v).dump(); }
std::string Unquote(std::string s) {
  if (s.size() >= 2 && s.front() == '"') s = s.substr(1, s.size() - 2);
  return s;
}
std::string NumberText(const std::optional<double>& v) {
  return v ? Unquote(ValueText(FigureValue::Number(*v))) : std::string();
}
std::string Joined(const std::vector<std::string>& parts, const char* sep) {
  std::string out;
  for (const std::string& p : parts) {
    if (p.empty()) continue;
    if (!out.empty()) out += sep;
    out += p;
  }
  return out;
}

// The frame in a few words for the table: "change up per hour forecast
// 2018-Q1"; level, actual and unknown fields are left out.
std::string FrameSummary(const Frame& fr) {
  std::vector<std::string> parts;
  if (fr.measure != Measure::kLevel) parts.push_back(MeasureName(fr.measure));
  parts.push_back(DirectionName(fr.direction));
  if (fr.previous) parts.push_back("from " + NumberText(fr.previous));
  if (!fr.per.empty()) parts.push_back("per " + fr.per);
  if (fr.modality != Modality::kActual) parts.push_back(ModalityName(fr.modality));
  if (!fr.period.empty()) parts.push_back("period " + fr.period);
  if (!fr.place.empty()) parts.push_back("in " + fr.place);
  return Joined(parts, " ");
}
}  // namespace

int DisplayWidth(std::string_view s) {
  int width = 0;
  int32_t i = 0;
  const int32_t n = static_cast<int32_t>(s.size());
  while (i < n) {
    UChar32 c;
    U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), i, n, c);
    if (c < 0) {
      ++width;  // an invalid byte shows as one replacement character
      continue;
    }
    if (u_getIntPropertyValue(c, UCHAR_GENERAL_CATEGORY) == U_NON_SPACING_MARK ||
        u_getIntPropertyValue(c, UCHAR_GENERAL_CATEGORY) == U_ENCLOSING_MARK || c == 0x200B) {
      continue;  // combining marks sit on the previous character
    }
    int eaw = u_getIntPropertyValue(c, UCHAR_EAST_ASIAN_WIDTH);
    width += (eaw == U_EA_WIDE || eaw == U_EA_FULLWIDTH) ? 2 : 1;
  }
  return width;
}

void WriteTable(const std::vector<std::string>& header,
                const std::vector<std::vector<std::string>>& rows, std::FILE* out) {
  std::vector<int> widths(header.size(), 0);
  auto measure = [&](const std::vector<std::string>& row) {
    for (size_t c = 0; c < row.size() && c < widths.size(); ++c) {
      widths[c] = std::max(widths[c], DisplayWidth(row[c]));
    }
  };
  measure(header);
  for (const auto& r : rows) measure(r);
  std::string buf;
  auto line = [&](const std::vector<std::string>& row) {
    std::string l;
    for (size_t c = 0; c < row.size() && c < widths.size(); ++c) {
      // Control characters (a tab, a newline inside a cell) would break the
      // columns; they show as spaces.
      std::string cell = row[c];
      for (char& ch : cell) {
        if (static_cast<unsigned char>(ch) < 0x20) ch = ' ';
      }
      l += cell;
      if (c + 1 < row.size()) l.append(static_cast<size_t>(widths[c] - DisplayWidth(cell) + 2), ' ');
    }
    while (!l.empty() && l.back() == ' ') l.pop_back();
    buf += l;
    buf += '\n';
  };
  line(header);
  for (const auto& r : rows) {
    line(r);
    if (buf.size() > (1 << 16)) {
      std::fwrite(buf.data(), 1, buf.size(), out);
      buf.clear();
    }
  }
  std::fwrite(buf.data(), 1, buf.size(), out);
}

bool WriteFigures(const std::vector<Figure>& figures, const std::string& format, std::FILE* out) {
  return WriteFigures(figures, format, out, RecordOptions());
}

namespace {
// The figure itself when its sentence fits a record, else its clipped copy
// in *scratch: ordinary sentences cost no copy.
const Figure& RecordView(const Figure& f, Figure* scratch) {
  if (f.sentence.size() <= kRecordSentenceBytes) return f;
  *scratch = WithRecordSentence(f);
  return *scratch;
}
}  // namespace

Figure WithRecordSentence(const Figure& f) {
  Figure c = f;
  const std::string& s = f.sentence;
  if (s.size() <= kRecordSentenceBytes || f.start < f.sentence_start || f.end < f.start ||
      f.end - f.sentence_start > s.size()) {
    return c;
  }
  const size_t fs = f.start - f.sentence_start, fe = f.end - f.sentence_start;
  const size_t room = fe - fs >= kRecordSentenceBytes ? 0 : kRecordSentenceBytes - (fe - fs);
  size_t start = fs > room / 2 ? fs - room / 2 : 0;
  size_t end = std::min(s.size(), std::max(start + kRecordSentenceBytes, fe));
  if (end - start < kRecordSentenceBytes && end == s.size()) {
    start = end > kRecordSentenceBytes ? end - kRecordSentenceBytes : 0;
  }
  start = std::min(start, fs);
  end = std::max(end, fe);
  // On code point boundaries, inward, never past the figure.
  auto continuation = [&](size_t i) {
    return i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80;
  };
  while (start < fs && continuation(start)) ++start;
  while (end > fe && continuation(end)) --end;
  c.sentence = std::string(std::string_view(s).substr(start, end - start));
  c.sentence_end = f.sentence_start + end;
  c.sentence_start = f.sentence_start + start;
  return c;
}

bool WriteFigures(const std::vector<Figure>& figures, const std::string& format, std::FILE* out,
                  const RecordOptions& opts) {
  if (format == "jsonl") {
    std::string buf;
    Figure scratch;
    for (const Figure& whole : figures) {
      const Figure& f = RecordView(whole, &scratch);
      AppendFigureJsonLine(f, &buf);
      if (buf.size() > (1 << 16)) {
        std::fwrite(buf.data(), 1, buf.size(), out);
        buf.clear();
      }
    }
    std::fwrite(buf.data(), 1, buf.size(), out);
  } else if (format == "json") {
    nlohmann::ordered_json arr = nlohmann::ordered_json::array();
    for (const Figure& f : figures) arr.push_back(FigureToJson(WithRecordSentence(f)));
    std::fprintf(out, "%s\n", arr.dump(2, ' ', false, nlohmann::json::error_handler_t::replace).c_str());
  } else if (format == "csv") {
    // The figure record's columns with the sentence last (FORMAT.md); the
    // frame's modifiers are joined with "; ".
    std::string s = opts.excel ? kUtf8Bom : "";
    // The frame's columns: their names and texts from ForEachFrameKey.
    struct CsvSink {
      std::vector<std::string>* cells;
      bool names;
      void Add(const char* key, std::string v) { cells->push_back(names ? key : std::move(v)); }
      void Str(const char* key, std::string_view v) { Add(key, std::string(v)); }
      void Name(const char* key, const char* v) { Add(key, v); }
      void List(const char* key, const std::vector<std::string>& v) { Add(key, Joined(v, "; ")); }
      void Num(const char* key, const std::optional<double>& v) { Add(key, NumberText(v)); }
      void Bool(const char* key, bool v) { Add(key, v ? "true" : "false"); }
    };
    std::vector<std::string> cells = {"doc", "doc_id", "lang", "page", "paragraph", "start", "end",
                                      "text", "kind", "value", "value_max", "qualifier", "unit",
                                      "subject", "attribution", "quoted", "time", "rule",
                                      "sentence_start", "sentence_end", "subject_alias"};
    CsvSink header{&cells, true};
    ForEachFrameKey(Frame(), header);
    cells.push_back("sentence");
    s += CsvRow(cells);
    Figure scratch;
    for (const Figure& whole : figures) {
      const Figure& f = RecordView(whole, &scratch);
      cells = {f.doc, f.doc_id, f.lang, f.page ? std::to_string(f.page) : "",
               std::to_string(f.paragraph), std::to_string(f.start), std::to_string(f.end),
               f.text, KindName(f.kind), Unquote(ValueText(f.value)),
               f.value_max ? Unquote(ValueText(*f.value_max)) : "", QualifierName(f.qualifier),
               f.unit, f.subject, f.attribution, f.quoted ? "true" : "false", f.time, f.rule,
               std::to_string(f.sentence_start), std::to_string(f.sentence_end),
               f.subject_alias};
      CsvSink row{&cells, false};
      ForEachFrameKey(f.frame, row);
      cells.push_back(f.sentence);
      s += CsvRow(cells);
      if (s.size() > (1 << 16)) {
        std::fwrite(s.data(), 1, s.size(), out);
        s.clear();
      }
    }
    std::fwrite(s.data(), 1, s.size(), out);
  } else if (format == "table") {
    // Every value whole (no clipping): columns are as wide as their widest cell.
    std::vector<std::vector<std::string>> rows;
    rows.reserve(figures.size());
    for (const Figure& f : figures) {
      std::string value = Unquote(ValueText(f.value));
      if (f.value_max) value += ".." + Unquote(ValueText(*f.value_max));
      std::string where = std::to_string(f.paragraph);
      if (f.page > 0) where = "p" + std::to_string(f.page) + " " + where;
      std::string ctx = f.attribution;
      if (!f.time.empty()) ctx += (ctx.empty() ? "@" : " @") + f.time;
      if (f.quoted) ctx += " (quoted)";
      std::string subject = f.subject;
      if (!f.frame.speaker.empty() && f.frame.speaker != f.attribution) {
        ctx += (ctx.empty() ? "" : " ") + std::string("[") + f.frame.speaker + "]";
      }
      rows.push_back({f.doc, where, KindName(f.kind), f.text, value, QualifierName(f.qualifier),
                      f.unit, subject, FrameSummary(f.frame), ctx});
    }
    WriteTable({"doc", "para", "kind", "text", "value", "qualifier", "unit", "subject", "frame",
                "attribution / time"},
               rows, out);
  } else {
    return false;
  }
  return true;
}

bool DatabaseExists(const std::string& db_path) {
  std::error_code ec;
  return db_path == ":memory:" || std::filesystem::exists(db_path, ec);
}

bool RemoveIfCreatedEmpty(bool db_existed, const std::string& db_path, std::unique_ptr<Store>* store) {
  if (db_existed) return false;
  std::vector<StoredDocument> stored;
  if (!(*store)->Documents(&stored).ok() || !stored.empty()) return false;
  store->reset();
  std::error_code ec;
  for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
    std::filesystem::remove(db_path + suffix, ec);
  }
  return true;
}

}  // namespace claimcheck::cli
