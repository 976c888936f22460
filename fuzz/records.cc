// Fuzz targets for the checker and the audit writers (issue 15): figure
// records and findings built from arbitrary bytes, invalid UTF-8, offsets
// outside their sentence and empty fields included, as a damaged store or a
// hand-edited JSON record could hold them.
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "claimcheck/audit.h"
#include "claimcheck/check.h"
#include "claimcheck/figure_json.h"
#include "claimcheck/rules.h"
#include "fuzz/targets.h"

namespace claimcheck::fuzz {
namespace {

// Takes values off the front of the input; past its end every read is zero
// or empty, so any input is a complete description.
class Bytes {
 public:
  Bytes(const uint8_t* data, size_t size) : d_(data), n_(size) {}
  uint8_t Byte() { return i_ < n_ ? d_[i_++] : 0; }
  size_t Below(size_t bound) { return bound == 0 ? 0 : (Byte() | (size_t{Byte()} << 8)) % bound; }
  bool Flag() { return Byte() & 1; }
  // A string of up to `max` raw bytes (any bytes at all).
  std::string Raw(size_t max) {
    size_t len = std::min<size_t>(Below(max + 1), n_ - std::min(i_, n_));
    std::string s(reinterpret_cast<const char*>(d_ + i_), len);
    i_ += len;
    return s;
  }
  // Mostly words from a small vocabulary, so that figures pair up and reach
  // the checker's deeper paths; sometimes raw bytes.
  std::string Text(size_t max_words) {
    static const char* kWords[] = {"schools", "percent", "of", "the", "taps", "43", "1,000",
                                   "said", "“", "”", "é", "million", "tested", "in", "2018",
                                   "lead", "rural", "nearly", "about", "from", "to", "\xff",
                                   "\xc3", "children", "cases", "rose", "fell", "by", "$"};
    if (Byte() % 5 == 0) return Raw(max_words * 6);
    std::string s;
    size_t k = Below(max_words + 1);
    for (size_t i = 0; i < k; ++i) {
      if (!s.empty()) s += ' ';
      s += kWords[Below(std::size(kWords))];
    }
    return s;
  }
  double Number() {
    static const double kValues[] = {0, 1, 43, 96, 1000, 1e6, 2.5, -3, 1e300, 0.001, 412, 79};
    if (Byte() % 7 == 0) {
      double v;
      uint64_t bits = 0;
      for (int i = 0; i < 8; ++i) bits = (bits << 8) | Byte();
      std::memcpy(&v, &bits, sizeof v);  // NaN and infinities included
      return v;
    }
    return kValues[Below(std::size(kValues))];
  }

 private:
  const uint8_t* d_;
  size_t n_;
  size_t i_ = 0;
};

const char* kDocIds[] = {"a1", "b2", "c3"};

Figure MakeFigure(Bytes& in, long long id) {
  Figure f;
  f.id = id;
  f.kind = static_cast<Kind>(in.Below(7));
  f.qualifier = static_cast<Qualifier>(in.Below(9));
  size_t doc = in.Below(3);
  f.doc_id = kDocIds[doc];
  f.doc = std::string("doc-") + f.doc_id + (in.Flag() ? ".txt" : "\xfe.html");
  f.lang = in.Flag() ? "en" : "es";
  f.page = static_cast<int>(in.Below(4));
  f.paragraph = static_cast<int>(in.Below(20));
  std::string sentence = in.Text(24);
  f.sentence_start = in.Below(5000);
  f.sentence_end = f.sentence_start + sentence.size();
  f.sentence = sentence;
  if (in.Flag() && !sentence.empty()) {
    // A consistent record: the figure is a slice of its sentence (maybe mid
    // code point: offsets come from bytes, not characters).
    size_t a = in.Below(sentence.size()), b = a + in.Below(sentence.size() - a + 1);
    f.start = f.sentence_start + a;
    f.end = f.sentence_start + b;
    f.text = sentence.substr(a, b - a);
  } else {
    f.start = in.Below(10000);
    f.end = in.Flag() ? f.start + in.Below(200) : in.Below(10000);  // maybe end < start
    f.text = in.Text(3);
  }
  if (f.kind == Kind::kDate) {
    static const char* kIso[] = {"2018", "2018-03", "2018-03-05", "2018-Q1", "", "--03-05", "x"};
    f.value = FigureValue::Date(kIso[in.Below(7)]);
  } else {
    f.value = FigureValue::Number(in.Number());
  }
  if (in.Flag()) f.value_max = FigureValue::Number(in.Number());
  static const char* kUnits[] = {"", "USD", "EUR", "pp", "km", "year", "ppb", "\xe2\x82"};
  f.unit = kUnits[in.Below(8)];
  f.subject = in.Text(4);
  if (in.Flag()) f.subject_alias = in.Text(2);
  f.attribution = in.Text(4);
  f.quoted = in.Flag();
  if (in.Flag()) f.time = in.Flag() ? "2018-03-05" : in.Raw(12);
  f.rule = in.Flag() ? "en.count.number" : in.Raw(8);
  f.frame.speaker = f.attribution;
  return f;
}

std::vector<StoredDocument> MakeDocuments(Bytes& in) {
  std::vector<StoredDocument> docs;
  for (size_t i = 0; i < 3; ++i) {
    StoredDocument d;
    d.id = static_cast<long long>(i + 1);
    d.doc_id = kDocIds[i];
    d.path = std::string("doc-") + kDocIds[i] + ".txt";
    d.format = "text";
    d.role = i == 0 ? "article" : "source";
    d.title = in.Text(5);
    d.author = in.Text(2);
    d.publisher = in.Text(2);
    d.date = in.Flag() ? "2018-05-08" : in.Raw(10);
    d.url = in.Flag() ? "https://example.org/a?b=<c>&d=\"e\"" : in.Raw(20);
    d.lang = in.Flag() ? "en" : "es";
    docs.push_back(std::move(d));
  }
  return docs;
}

std::vector<Figure> MakeFigures(Bytes& in, size_t max) {
  std::vector<Figure> figures;
  size_t n = in.Below(max + 1);
  for (size_t i = 0; i < n; ++i) figures.push_back(MakeFigure(in, static_cast<long long>(i + 1)));
  return figures;
}

}  // namespace

int FuzzCheck(const uint8_t* data, size_t size) {
  Bytes in(data, size);
  CheckInput input;
  input.documents = MakeDocuments(in);
  input.figures = MakeFigures(in, 48);
  for (size_t i = 0, n = in.Below(4); i < n; ++i) {
    input.aliases.push_back(Alias{in.Text(2), in.Text(2)});
  }
  CheckOptions opts;
  opts.rules_dir = DefaultRulesDir();
  opts.report_matches = in.Flag();
  std::vector<Finding> findings;
  if (!CheckFigures(input, opts, &findings).ok()) return 0;
  for (const Finding& f : findings) {
    // The record writer must take whatever the checker says.
    (void)FindingToJson(f).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    if (f.claims.empty()) std::abort();  // a finding always names its figures
  }
  return 0;
}

int FuzzAudit(const uint8_t* data, size_t size) {
  Bytes in(data, size);
  std::vector<StoredDocument> docs = MakeDocuments(in);
  AuditInput input;
  input.article = docs[0];
  input.sources = {docs[1], docs[2]};
  input.article_text = in.Text(40);
  input.checked = in.Flag();
  for (Figure& f : MakeFigures(in, 24)) {
    (f.doc_id == kDocIds[0] ? input.article_figures : input.source_figures).push_back(std::move(f));
  }
  // Findings that name arbitrary figures, from either side.
  static const char* kTypes[] = {"value_conflict", "qualifier_conflict", "time_conflict",
                                 "attribution_conflict", "subject_conflict", "arithmetic",
                                 "unsupported", "supported", "\xff"};
  for (size_t i = 0, n = in.Below(8); i < n; ++i) {
    Finding fd;
    fd.type = kTypes[in.Below(std::size(kTypes))];
    fd.severity = static_cast<Severity>(in.Below(3));
    fd.message = in.Text(10);
    fd.suggestion = in.Flag() ? in.Text(4) : "";
    fd.score = in.Number();
    fd.reasons.push_back(in.Text(3));
    for (size_t k = 0, m = in.Below(3); k < m; ++k) {
      const auto& pool = in.Flag() ? input.article_figures : input.source_figures;
      if (!pool.empty()) fd.claims.push_back(FigureRef::Borrow(pool[in.Below(pool.size())]));
    }
    input.findings.push_back(std::move(fd));
  }
  AuditSheet sheet = BuildAuditSheet(input);
  sheet.generated_at = "2018-05-08T00:00:00Z";
  sheet.reviewer = in.Text(2);
  sheet.review_url = in.Raw(16);
  (void)AuditToCsv(sheet);
  (void)AuditToMarkdown(sheet);
  (void)AuditToJson(sheet);
  std::string html = AuditToHtml(sheet);
  (void)AuditToClaimReview(sheet);
  // The HTML escapes everything: no tag from the data survives.
  if (html.find("<script") != std::string::npos) std::abort();
  if (in.Flag()) {
    static const std::string dir = [] {
      std::string tmpl = std::filesystem::temp_directory_path().string() + "/ccaudit_XXXXXX";
      return mkdtemp(tmpl.data()) ? tmpl : std::string("/tmp");
    }();
    (void)WriteAuditSheet(sheet, dir + "/sheet.xlsx");
  }
  return 0;
}

}  // namespace claimcheck::fuzz
