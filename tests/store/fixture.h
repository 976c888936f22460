// Helpers for the store tests: documents and extractions built by hand, so
// the store is tested without the readers, segmenter or recogniser.
#ifndef CLAIMCHECK_TESTS_STORE_FIXTURE_H_
#define CLAIMCHECK_TESTS_STORE_FIXTURE_H_

#include <sqlite3.h>
#include <stdlib.h>

#include <filesystem>
#include <string>
#include <vector>

#include "claimcheck/document.h"
#include "claimcheck/extract.h"
#include "claimcheck/store.h"
#include "claimcheck/util.h"

namespace claimcheck::testing {

// A fresh folder under /tmp, removed when the object goes.
class TempDir {
 public:
  TempDir() {
    char tmpl[] = "/tmp/claimcheck_store_XXXXXX";
    path_ = mkdtemp(tmpl);
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  std::string File(const std::string& name) const { return path_ + "/" + name; }

 private:
  std::string path_;
};

// Paragraphs are separated by blank lines; sentences end at ". ".
inline Document MakeDocument(const std::string& path, const std::string& text) {
  Document doc;
  doc.path = path;
  doc.id = Sha256Hex(text);
  doc.text = text;
  doc.meta.title = "Title of " + path;
  doc.meta.date = "2018-05-08";
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find("\n\n", start);
    if (end == std::string::npos) end = text.size();
    doc.blocks.push_back(Block{BlockKind::kParagraph, start, end});
    start = end + 2;
  }
  return doc;
}

struct FigureSpec {
  std::string text;  // found by its first occurrence at or after `after`
  Kind kind = Kind::kCount;
  double value = 0;
  std::string attribution = {};
  std::string time = {};
};

inline Extraction MakeExtraction(const Document& doc, const std::vector<FigureSpec>& specs) {
  Extraction ex;
  ex.lang = "en";
  for (size_t b = 0; b < doc.blocks.size(); ++b) {
    size_t s = doc.blocks[b].start;
    while (s < doc.blocks[b].end) {
      size_t e = doc.text.find(". ", s);
      e = (e == std::string::npos || e >= doc.blocks[b].end) ? doc.blocks[b].end : e + 1;
      ex.sentences.push_back(Sentence{s, e, static_cast<int>(b)});
      s = e;
      while (s < doc.blocks[b].end && doc.text[s] == ' ') ++s;
    }
  }
  size_t from = 0;
  for (const FigureSpec& spec : specs) {
    size_t at = doc.text.find(spec.text, from);
    if (at == std::string::npos) continue;
    from = at + spec.text.size();
    Figure f;
    f.start = at;
    f.end = at + spec.text.size();
    f.text = spec.text;
    f.kind = spec.kind;
    f.value = FigureValue::Number(spec.value);
    f.qualifier = Qualifier::kExact;
    f.rule = "test.rule";
    f.attribution = spec.attribution;
    f.time = spec.time;
    f.doc = doc.path;
    f.doc_id = doc.id;
    f.lang = ex.lang;
    for (const Sentence& sent : ex.sentences) {
      if (sent.start <= f.start && f.end <= sent.end) {
        f.sentence_start = sent.start;
        f.sentence_end = sent.end;
        f.sentence = doc.text.substr(sent.start, sent.end - sent.start);
        f.paragraph = sent.block + 1;
      }
    }
    ex.figures.push_back(f);
  }
  return ex;
}

// Every row of every table (FTS shadow tables included), as text, in a
// stable order: two databases with equal dumps hold the same data.
inline std::string DumpTables(sqlite3* db) {
  std::vector<std::string> tables;
  sqlite3_stmt* st = nullptr;
  sqlite3_prepare_v2(db,
                     "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                     "'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name",
                     -1, &st, nullptr);
  while (sqlite3_step(st) == SQLITE_ROW) {
    tables.push_back(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)));
  }
  sqlite3_finalize(st);
  std::string out;
  for (const std::string& t : tables) {
    out += "## " + t + "\n";
    std::string sql = "SELECT * FROM \"" + t + "\" ORDER BY 1, 2";
    sqlite3_prepare_v2(db, sql.c_str(), -1, &st, nullptr);
    while (sqlite3_step(st) == SQLITE_ROW) {
      for (int c = 0; c < sqlite3_column_count(st); ++c) {
        const unsigned char* v = sqlite3_column_text(st, c);
        out += v ? reinterpret_cast<const char*>(v) : "NULL";
        out += '|';
      }
      out += '\n';
    }
    sqlite3_finalize(st);
  }
  return out;
}

inline long long CountRows(sqlite3* db, const std::string& table) {
  sqlite3_stmt* st = nullptr;
  std::string sql = "SELECT count(*) FROM " + table;
  sqlite3_prepare_v2(db, sql.c_str(), -1, &st, nullptr);
  long long n = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int64(st, 0) : -1;
  sqlite3_finalize(st);
  return n;
}

}  // namespace claimcheck::testing

#endif  // CLAIMCHECK_TESTS_STORE_FIXTURE_H_
