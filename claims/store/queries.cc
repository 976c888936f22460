// Reading the store: documents, figures, sentences, aliases and search.
#include <algorithm>
#include <cctype>
#include <filesystem>
#include <optional>
#include <set>

#include <nlohmann/json.hpp>

#include "claims/store/store_impl.h"

namespace claimcheck {
namespace {

constexpr const char* kDocumentColumns =
    "id, doc_id, path, format, title, author, publisher, published, url, lang, role, "
    "ingested_at, page_count, genre";

StoredDocument ReadDocumentRow(const Stmt& st) {
  StoredDocument d;
  d.id = st.Int(0);
  d.doc_id = st.Text(1);
  d.path = st.Text(2);
  d.format = st.Text(3);
  d.title = st.Text(4);
  d.author = st.Text(5);
  d.publisher = st.Text(6);
  d.date = st.Text(7);
  d.url = st.Text(8);
  d.lang = st.Text(9);
  d.role = st.Text(10);
  d.ingested_at = st.Text(11);
  d.page_count = static_cast<int>(st.Int(12));
  d.genre = st.Text(13);
  return d;
}

bool AllDigits(const std::string& s) {
  return !s.empty() && s.size() < 18 &&
         std::all_of(s.begin(), s.end(), [](unsigned char c) { return std::isdigit(c); });
}
bool AllHex(const std::string& s) {
  return std::all_of(s.begin(), s.end(), [](unsigned char c) { return std::isxdigit(c); });
}

// Each word becomes an FTS5 string, so punctuation in the query ("U.S.",
// "43%") is searched for instead of parsed as query syntax.
std::string FtsQuery(const std::string& words) {
  std::string out;
  size_t i = 0;
  while (i < words.size()) {
    while (i < words.size() && std::isspace(static_cast<unsigned char>(words[i]))) ++i;
    size_t j = i;
    while (j < words.size() && !std::isspace(static_cast<unsigned char>(words[j]))) ++j;
    if (j > i) {
      if (!out.empty()) out += ' ';
      out += '"';
      for (size_t k = i; k < j; ++k) {
        if (words[k] == '"') out += '"';
        out += words[k];
      }
      out += '"';
    }
    i = j;
  }
  return out;
}

// The frame columns from `first` on, in the order of the Figures query
// (ingest.cc BindFrame writes them).
Status ReadFrame(const Stmt& st, int first, Frame* fr) {
  int c = first;
  fr->subject_head = st.Text(c++);
  std::string modifiers = st.Text(c++);
  fr->modifiers.clear();
  if (!modifiers.empty()) {
    nlohmann::json j = nlohmann::json::parse(modifiers, nullptr, false);
    if (!j.is_array()) return Status::Corruption("has modifiers that are not a JSON array");
    for (const auto& m : j) {
      if (!m.is_string()) return Status::Corruption("has a modifier that is not a string");
      fr->modifiers.push_back(m.get<std::string>());
    }
  }
  fr->base = st.Text(c++);
  fr->part = st.Text(c++);
  std::string_view measure = st.View(c++);
  if (!ParseMeasure(measure, &fr->measure)) {
    return Status::Corruption("has an unknown measure '" + std::string(measure) + "'");
  }
  std::string_view direction = st.View(c++);
  if (!ParseDirection(direction, &fr->direction)) {
    return Status::Corruption("has an unknown direction '" + std::string(direction) + "'");
  }
  auto opt = [&st](int col) {
    return st.IsNull(col) ? std::optional<double>() : std::optional<double>(st.Double(col));
  };
  fr->previous = opt(c++);
  fr->revised = st.Int(c++) != 0;
  fr->per = st.Text(c++);
  fr->period = st.Text(c++);
  std::string_view modality = st.View(c++);
  if (!ParseModality(modality, &fr->modality)) {
    return Status::Corruption("has an unknown modality '" + std::string(modality) + "'");
  }
  fr->interval_low = opt(c++);
  fr->interval_high = opt(c++);
  fr->place = st.Text(c++);
  fr->speaker = st.Text(c++);
  fr->forecaster = st.Text(c++);
  fr->period_inherited = st.Text(c++);
  fr->outcome_stated = !st.IsNull(c) && st.Int(c) != 0;
  ++c;
  return Status::Ok();
}

}  // namespace

Status StoreImpl::Documents(std::vector<StoredDocument>* out) {
  out->clear();
  Status s;
  static const std::string kSql =
      std::string("SELECT ") + kDocumentColumns + " FROM documents ORDER BY id";
  Stmt st = db_.Prepare(kSql.c_str(), &s);
  if (!st.ok()) return s;
  int rc;
  while ((rc = st.Step()) == SQLITE_ROW) out->push_back(ReadDocumentRow(st));
  if (rc != SQLITE_DONE) return db_.Error("cannot list documents");
  // Their links, in one pass (rows come in document id order, as above).
  Stmt links = db_.Prepare("SELECT doc, url, anchor FROM links ORDER BY doc, idx", &s);
  if (!links.ok()) return s;
  size_t at = 0;
  while ((rc = links.Step()) == SQLITE_ROW) {
    const long long doc = links.Int(0);
    while (at < out->size() && (*out)[at].id < doc) ++at;
    if (at < out->size() && (*out)[at].id == doc) (*out)[at].links.push_back(Hyperlink{links.Text(1), links.Text(2)});
  }
  return rc == SQLITE_DONE ? Status::Ok() : db_.Error("cannot list the documents' links");
}

// The one resolver of a document argument, for every command that names a
// stored document (claims --doc, check --doc, rm, review, serve, and the
// store's own per-document reads): in order, the path as given, the path
// normalised, the same file on disk reached by another path (absolute, a
// link), the row id, the content hash or a unique prefix of it, the URL, the
// title (case ignored) as `claimcheck docs` shows them, and the file name
// alone. Several documents with one URL, title or file name are refused
// with their paths.
Status StoreImpl::FindDocument(const std::string& path_or_id, StoredDocument* out) {
  // Stored paths are normalised ("./a.txt" is stored as "a.txt"); a path as
  // typed is tried first, for rows stored before paths were normalised.
  Status s = FindDocumentExact(path_or_id, out);
  if (s.code() != Status::Code::kNotFound) return s;
  std::string normal = NormalisePath(path_or_id);
  if (normal != path_or_id) {
    Status again = FindDocumentExact(normal, out);
    if (again.code() != Status::Code::kNotFound) return again;
  }
  if (path_or_id.empty()) return s;
  std::vector<StoredDocument> docs;
  if (Status all = Documents(&docs); !all.ok()) return all;
  namespace fs = std::filesystem;
  std::error_code ec;
  if (fs::exists(path_or_id, ec)) {
    for (const StoredDocument& d : docs) {
      std::error_code eq;
      if (fs::equivalent(path_or_id, d.path, eq) && !eq) {
        *out = d;
        return Status::Ok();
      }
    }
  }
  auto lower = [](std::string v) {
    std::transform(v.begin(), v.end(), v.begin(), [](unsigned char c) { return std::tolower(c); });
    return v;
  };
  const std::string want = lower(path_or_id);
  // The URL, the title, then the file name alone, as findings and sheets
  // name a document ("rentwise-blog.md" for docs/deposits/rentwise-blog.md;
  // trial46: `check --doc` refused the name every message used).
  static constexpr const char* kBy[] = {"URL", "title", "file name"};
  for (int by = 0; by < 3; ++by) {
    std::vector<const StoredDocument*> found;
    for (const StoredDocument& d : docs) {
      const bool hit = by == 0   ? !d.url.empty() && d.url == path_or_id
                       : by == 1 ? !d.title.empty() && lower(d.title) == want
                                 : fs::path(d.path).filename().string() == path_or_id;
      if (hit) found.push_back(&d);
    }
    if (found.size() == 1) {
      *out = *found[0];
      return Status::Ok();
    }
    if (found.size() > 1) {
      std::string paths;
      for (const StoredDocument* d : found) paths += (paths.empty() ? "" : ", ") + d->path;
      return Status::InvalidArgument(db_.path() + ": '" + path_or_id + "' is the " + kBy[by] + " of " +
                                     std::to_string(found.size()) + " documents (" + paths +
                                     "); give the path");
    }
  }
  return s;
}

Status StoreImpl::FindDocumentExact(const std::string& path_or_id, StoredDocument* out) {
  Status s;
  static const std::string kByPath =
      std::string("SELECT ") + kDocumentColumns + " FROM documents WHERE path = ?1";
  static const std::string kById =
      std::string("SELECT ") + kDocumentColumns + " FROM documents WHERE id = ?1";
  static const std::string kByHash = std::string("SELECT ") + kDocumentColumns +
                                     " FROM documents WHERE substr(doc_id, 1, ?2) = ?1 "
                                     "ORDER BY id";
  {
    Stmt st = db_.Prepare(kByPath.c_str(), &s);
    if (!st.ok()) return s;
    st.Bind(1, path_or_id);
    if (st.Step() == SQLITE_ROW) {
      *out = ReadDocumentRow(st);
      return Status::Ok();
    }
  }
  if (AllDigits(path_or_id)) {
    Stmt st = db_.Prepare(kById.c_str(), &s);
    if (!st.ok()) return s;
    st.Bind(1, std::stoll(path_or_id));
    if (st.Step() == SQLITE_ROW) {
      *out = ReadDocumentRow(st);
      return Status::Ok();
    }
  }
  if (path_or_id.size() >= 4 && AllHex(path_or_id)) {
    Stmt st = db_.Prepare(kByHash.c_str(), &s);
    if (!st.ok()) return s;
    std::string lower = path_or_id;
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return std::tolower(c); });
    st.Bind(1, lower);
    st.Bind(2, lower.size());
    std::vector<StoredDocument> found;
    while (st.Step() == SQLITE_ROW) found.push_back(ReadDocumentRow(st));
    if (found.size() == 1) {
      *out = found[0];
      return Status::Ok();
    }
    if (found.size() > 1) {
      std::string paths;
      for (const auto& d : found) paths += (paths.empty() ? "" : ", ") + d.path;
      return Status::InvalidArgument(db_.path() + ": '" + path_or_id + "' matches " +
                                     std::to_string(found.size()) + " documents (" + paths +
                                     "); give the path");
    }
  }
  return Status::NotFound(db_.path() + ": no stored document matches '" + path_or_id +
                          "' (by path, row id, content hash, URL, title or file name; claimcheck docs lists them)");
}

Status StoreImpl::Figures(const FigureFilter& filter, std::vector<Figure>* out) {
  out->clear();
  Status s;
  long long doc_row = 0;
  if (!filter.doc.empty()) {
    StoredDocument d;
    s = FindDocument(filter.doc, &d);
    if (!s.ok()) return s;
    doc_row = d.id;
  }
  Stmt st = db_.Prepare(
      "SELECT f.id, d.path, d.doc_id, d.lang, s.page, s.block, s.text, s.byte_start, "
      "s.byte_end, f.byte_start, f.byte_end, f.text, f.kind, f.value_num, f.value_iso, "
      "f.value_max_num, f.value_max_iso, f.qualifier, f.unit, f.subject, f.subject_alias, "
      "f.attribution, f.quoted, f.time, f.rule, f.subject_head, f.modifiers, f.base, f.part, "
      "f.measure, f.direction, f.previous, f.revised, f.per, f.period, f.modality, "
      "f.interval_low, f.interval_high, f.place, f.speaker, f.forecaster, f.period_inherited, f.outcome_stated "
      "FROM figures f JOIN sentences s ON s.id = f.sentence JOIN documents d ON d.id = f.doc "
      "WHERE (?1 IS NULL OR f.doc = ?1) AND (?2 IS NULL OR f.kind = ?2) "
      "ORDER BY f.doc, f.seq",
      &s);
  if (!st.ok()) return s;
  {
    // The figures are counted first, so the vector is allocated once at its
    // size: growing it by doubling left up to half of a large article's
    // figures' worth of memory unused at audit's peak (issue 15), and moved
    // every figure of a 10^6 store about twenty times for check.
    Stmt count = db_.Prepare(
        "SELECT count(*) FROM figures WHERE (?1 IS NULL OR doc = ?1) AND (?2 IS NULL OR kind = ?2)", &s);
    if (!count.ok()) return s;
    count.BindIntOrNull(1, doc_row);
    count.BindTextOrNull(2, filter.kind);
    if (count.Step() == SQLITE_ROW) out->reserve(static_cast<size_t>(count.Int(0)));
  }
  st.BindIntOrNull(1, doc_row);
  st.BindTextOrNull(2, filter.kind);
  int rc;
  // Figures of one sentence come in a row (ORDER BY f.doc, f.seq): they share
  // one copy of its text, as at extraction (issue 15).
  SharedText last_sentence;
  // And the figures of one document share its path and hash (issue 13).
  SharedText last_path, last_hash;
  // The last sentence's key (document hash, start, end), compared as read
  // rather than built as a string per figure.
  std::string last_doc_id;
  size_t last_start = 0, last_end = 0;
  bool have_last = false;
  while ((rc = st.Step()) == SQLITE_ROW) {
    Figure& f = out->emplace_back();  // built in place: no move of the figure
    f.id = st.Int(0);
    if (last_path.empty() || st.View(1) != last_path.str()) last_path = st.View(1);
    if (last_hash.empty() || st.View(2) != last_hash.str()) last_hash = st.View(2);
    f.doc = last_path;
    f.doc_id = last_hash;
    f.lang = st.Text(3);
    f.page = static_cast<int>(st.Int(4));
    f.paragraph = static_cast<int>(st.Int(5)) + 1;
    f.sentence_start = static_cast<size_t>(st.Int(7));
    f.sentence_end = static_cast<size_t>(st.Int(8));
    if (!have_last || f.sentence_start != last_start || f.sentence_end != last_end || f.doc_id != last_doc_id) {
      last_sentence = st.Text(6);
      last_doc_id = f.doc_id;
      last_start = f.sentence_start;
      last_end = f.sentence_end;
      have_last = true;
    }
    f.sentence = last_sentence;
    f.start = static_cast<size_t>(st.Int(9));
    f.end = static_cast<size_t>(st.Int(10));
    f.text = st.Text(11);
    if (!ParseKind(st.View(12), &f.kind)) {
      return Status::Corruption(db_.path() + ": figure " + std::to_string(f.id) +
                                " has an unknown kind '" + st.Text(12) + "'");
    }
    f.value = st.IsNull(14) ? FigureValue::Number(st.Double(13)) : FigureValue::Date(st.Text(14));
    if (!st.IsNull(16)) {
      f.value_max = FigureValue::Date(st.Text(16));
    } else if (!st.IsNull(15)) {
      f.value_max = FigureValue::Number(st.Double(15));
    }
    if (!ParseQualifier(st.View(17), &f.qualifier)) {
      return Status::Corruption(db_.path() + ": figure " + std::to_string(f.id) +
                                " has an unknown qualifier '" + st.Text(17) + "'");
    }
    f.unit = st.Text(18);
    f.subject = st.Text(19);
    f.subject_alias = st.Text(20);
    f.attribution = st.Text(21);
    f.quoted = st.Int(22) != 0;
    f.time = st.Text(23);
    f.rule = st.Text(24);
    if (Status fs = ReadFrame(st, 25, &f.frame); !fs.ok()) {
      return Status::Corruption(db_.path() + ": figure " + std::to_string(f.id) + " " +
                                fs.message());
    }
  }
  return rc == SQLITE_DONE ? Status::Ok() : db_.Error("cannot list figures");
}

Status StoreImpl::Aliases(std::vector<Alias>* out) {
  out->clear();
  Status s;
  // min(origin) prefers 'configured' when both name the same pair.
  Stmt st = db_.Prepare(
      "SELECT alias, canonical, min(origin) FROM aliases GROUP BY alias, canonical "
      "ORDER BY alias, canonical",
      &s);
  if (!st.ok()) return s;
  int rc;
  while ((rc = st.Step()) == SQLITE_ROW) out->push_back(Alias{st.Text(0), st.Text(1), st.Text(2)});
  return rc == SQLITE_DONE ? Status::Ok() : db_.Error("cannot list aliases");
}

Status StoreImpl::SaveConfiguredAliases(const std::string& lang,
                                        const std::vector<Alias>& aliases) {
  std::set<std::pair<std::string, std::string>> wanted;
  for (const Alias& a : aliases) {
    if (!a.alias.empty() && !a.canonical.empty()) wanted.insert({a.alias, a.canonical});
  }
  return InTransaction(&db_, [&]() -> Status {
    Status s;
    std::set<std::pair<std::string, std::string>> have;
    {
      Stmt st = db_.Prepare(
          "SELECT alias, canonical FROM aliases WHERE origin = 'configured' AND lang = ?1", &s);
      if (!st.ok()) return s;
      st.Bind(1, lang);
      while (st.Step() == SQLITE_ROW) have.insert({st.Text(0), st.Text(1)});
    }
    // Rewriting an unchanged list would churn row ids on every ingest run.
    if (have == wanted) return Status::Ok();
    Stmt del = db_.Prepare("DELETE FROM aliases WHERE origin = 'configured' AND lang = ?1", &s);
    if (!del.ok()) return s;
    del.Bind(1, lang);
    if (!del.Run()) return db_.Error("cannot replace configured aliases");
    Stmt ins = db_.Prepare(
        "INSERT INTO aliases (alias, canonical, origin, doc, lang) "
        "VALUES (?1, ?2, 'configured', NULL, ?3)",
        &s);
    if (!ins.ok()) return s;
    for (const auto& [alias, canonical] : wanted) {
      ins.Bind(1, alias);
      ins.Bind(2, canonical);
      ins.Bind(3, lang);
      if (!ins.Run()) return db_.Error("cannot store configured aliases");
    }
    return Status::Ok();
  });
}

namespace {
constexpr const char* kSentenceColumns =
    "s.id, s.doc, d.path, s.idx, s.block, s.page, s.byte_start, s.byte_end, s.text";

StoredSentence ReadSentenceRow(const Stmt& st) {
  StoredSentence r;
  r.id = st.Int(0);
  r.document = st.Int(1);
  r.doc = st.Text(2);
  r.index = static_cast<int>(st.Int(3));
  r.block = static_cast<int>(st.Int(4));
  r.page = static_cast<int>(st.Int(5));
  r.start = static_cast<size_t>(st.Int(6));
  r.end = static_cast<size_t>(st.Int(7));
  r.text = st.Text(8);
  return r;
}
}  // namespace

Status StoreImpl::Sentences(const std::string& path_or_id, std::vector<StoredSentence>* out) {
  out->clear();
  StoredDocument d;
  Status s = FindDocument(path_or_id, &d);
  if (!s.ok()) return s;
  static const std::string kSql = std::string("SELECT ") + kSentenceColumns +
                                  " FROM sentences s JOIN documents d ON d.id = s.doc "
                                  "WHERE s.doc = ?1 ORDER BY s.idx";
  Stmt st = db_.Prepare(kSql.c_str(), &s);
  if (!st.ok()) return s;
  st.Bind(1, d.id);
  int rc;
  while ((rc = st.Step()) == SQLITE_ROW) out->push_back(ReadSentenceRow(st));
  return rc == SQLITE_DONE ? Status::Ok() : db_.Error("cannot list sentences");
}

Status StoreImpl::FigurelessSentences(const std::string& path_or_id,
                                      const std::function<void(long long, std::string_view)>& each) {
  Status s;
  long long only = 0;
  if (!path_or_id.empty()) {
    StoredDocument d;
    if (s = FindDocument(path_or_id, &d); !s.ok()) return s;
    only = d.id;
  }
  // figures_sentence indexes figures by sentence: one probe per sentence.
  static const char* kAll =
      "SELECT s.doc, s.text FROM sentences s JOIN documents d ON d.id = s.doc "
      "WHERE d.role != 'source' AND NOT EXISTS (SELECT 1 FROM figures f WHERE f.sentence = s.id) "
      "ORDER BY s.doc, s.idx";
  static const char* kOne =
      "SELECT s.doc, s.text FROM sentences s "
      "WHERE s.doc = ?1 AND NOT EXISTS (SELECT 1 FROM figures f WHERE f.sentence = s.id) "
      "ORDER BY s.idx";
  Stmt st = db_.Prepare(only ? kOne : kAll, &s);
  if (!st.ok()) return s;
  if (only) st.Bind(1, only);
  int rc;
  while ((rc = st.Step()) == SQLITE_ROW) {
    const long long doc = st.Int(0);
    each(doc, st.View(1));
  }
  return rc == SQLITE_DONE ? Status::Ok() : db_.Error("cannot list sentences");
}

Status StoreImpl::SearchSentences(const std::string& query, int limit,
                                  std::vector<StoredSentence>* out) {
  out->clear();
  std::string fts = FtsQuery(query);
  if (fts.empty()) return Status::Ok();
  Status s;
  static const std::string kSql = std::string("SELECT ") + kSentenceColumns +
                                  " FROM sentences_fts JOIN sentences s ON s.id = "
                                  "sentences_fts.rowid JOIN documents d ON d.id = s.doc "
                                  "WHERE sentences_fts MATCH ?1 ORDER BY rank LIMIT ?2";
  Stmt st = db_.Prepare(kSql.c_str(), &s);
  if (!st.ok()) return s;
  st.Bind(1, fts);
  st.Bind(2, limit);
  int rc;
  while ((rc = st.Step()) == SQLITE_ROW) out->push_back(ReadSentenceRow(st));
  return rc == SQLITE_DONE ? Status::Ok() : db_.Error("cannot search sentences");
}

}  // namespace claimcheck
