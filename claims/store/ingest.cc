// Ingest: one document, its blocks, sentences, figures and learned aliases,
// in one transaction.
#include <algorithm>
#include <cctype>
#include <cmath>
#include <filesystem>
#include <map>
#include <optional>
#include <set>
#include <utility>

#include <nlohmann/json.hpp>

#include "claimcheck/util.h"
#include "claims/store/store_impl.h"

namespace claimcheck {
namespace {

std::string Where(const Document& doc, const Figure& f) {
  return doc.path + ": figure '" + f.text + "' at bytes " + std::to_string(f.start) + "-" +
         std::to_string(f.end);
}

// Binds the statement frame (figure.h) to parameters 20..37 of the figure
// insert; empty strings and vectors, kNone and empty optionals are NULL
// (modifiers: an empty JSON array), as FORMAT.md documents.
void BindFrame(const Frame& fr, Stmt* st) {
  auto bind_opt = [st](int i, const std::optional<double>& v) {
    if (v)
      st->Bind(i, *v);
    else
      st->BindNull(i);
  };
  st->BindTextOrNull(20, fr.subject_head);
  st->Bind(21, nlohmann::json(fr.modifiers).dump(-1, ' ', false,
                                                 nlohmann::json::error_handler_t::replace));
  st->BindTextOrNull(22, fr.base);
  st->BindTextOrNull(23, fr.part);
  st->Bind(24, MeasureName(fr.measure));
  st->BindTextOrNull(25, DirectionName(fr.direction));
  bind_opt(26, fr.previous);
  st->Bind(27, fr.revised ? 1 : 0);
  st->BindTextOrNull(28, fr.per);
  st->BindTextOrNull(29, fr.period);
  st->Bind(30, ModalityName(fr.modality));
  bind_opt(31, fr.interval_low);
  bind_opt(32, fr.interval_high);
  st->BindTextOrNull(33, fr.place);
  st->BindTextOrNull(34, fr.speaker);
  st->BindTextOrNull(35, fr.forecaster);
  st->BindTextOrNull(36, fr.period_inherited);
  st->Bind(37, fr.outcome_stated ? 1 : 0);
}

}  // namespace

Status StoreImpl::Ingest(const Document& doc, const std::string& role, const Extraction& ex,
                         IngestOutcome* outcome) {
  IngestReport report;
  Status s = Ingest(doc, role, ex, &report);
  *outcome = report.outcome;
  return s;
}

Status StoreImpl::Ingest(const Document& doc, const std::string& role, const Extraction& ex,
                         IngestReport* report) {
  return Ingest(doc, role, ex, nullptr, report);
}

Status StoreImpl::Ingest(const Document& doc, const std::string& role, const Extraction& ex,
                         FigureStream* more, IngestReport* report) {
  if (!role.empty() && role != "source" && role != "article" && role != "auto") {
    return Status::InvalidArgument(doc.path + ": role must be 'source', 'article' or 'auto', not '" +
                                   role + "'");
  }
  *report = IngestReport();
  return InTransaction(&db_, [&] { return IngestLocked(doc, role, ex, more, report); });
}

Status StoreImpl::IngestLocked(const Document& doc, const std::string& role, const Extraction& ex,
                               FigureStream* more, IngestReport* report) {
  Status s;
  const std::string path = NormalisePath(doc.path);
  report->path = path;
  long long row = 0;
  std::string stored_role;
  // Same content and role: nothing to do. Same content, another role: the
  // one thing a re-ingest may change.
  auto keep = [&](long long id, const std::string& old_role) -> Status {
    report->outcome = IngestOutcome::kUnchanged;
    report->previous_role = old_role;
    report->role = role.empty() ? old_role : role;
    if (report->role == old_role) return Status::Ok();
    Stmt up = db_.Prepare("UPDATE documents SET role = ?1 WHERE id = ?2", &s);
    if (!up.ok()) return s;
    up.Bind(1, report->role);
    up.Bind(2, id);
    return up.Step() == SQLITE_DONE ? Status::Ok() : db_.Error("cannot update role");
  };
  {
    Stmt st = db_.Prepare("SELECT id, doc_id, role FROM documents WHERE path = ?1", &s);
    if (!st.ok()) return s;
    st.Bind(1, path);
    int rc = st.Step();
    if (rc == SQLITE_ROW) {
      row = st.Int(0);
      stored_role = st.Text(2);
      bool same = st.Text(1) == doc.id;
      st.Reset();
      if (same) return keep(row, stored_role);
    } else if (rc != SQLITE_DONE) {
      return db_.Error("cannot look up " + path);
    }
  }
  if (row == 0) {
    // The same file reached by a path that does not normalise to the stored
    // one ("/home/x/a.txt" and "a.txt", a symbolic link) is the same
    // document: the same content at the same place on disk. A copy elsewhere
    // is another document. A stored relative path that names nothing from
    // the folder this run started in (stored from another one) cannot be
    // compared on disk: the same content under the same file name is then
    // the same document (trial21: "../docs/story.txt" from a subfolder was
    // stored a second time, and every finding of the story came twice).
    Stmt st = db_.Prepare("SELECT id, path, role FROM documents WHERE doc_id = ?1 ORDER BY id", &s);
    if (!st.ok()) return s;
    st.Bind(1, doc.id);
    int rc;
    long long same_id = 0;
    std::string same_path, same_role;
    while ((rc = st.Step()) == SQLITE_ROW) {
      std::error_code ec;
      std::string other = st.Text(1);
      const bool reachable = std::filesystem::exists(other, ec) && !ec;
      const bool same_file =
          reachable ? std::filesystem::equivalent(other, doc.path, ec) && !ec
                    : std::filesystem::path(other).is_relative() &&
                          std::filesystem::path(other).filename() == std::filesystem::path(doc.path).filename();
      if (same_file) {
        same_id = st.Int(0);
        same_path = other;
        same_role = st.Text(2);
        break;
      }
      report->copies.push_back(other);
    }
    st.Reset();
    if (rc != SQLITE_DONE && rc != SQLITE_ROW) return db_.Error("cannot look up " + path);
    if (same_id != 0) {
      report->copies.clear();
      report->same_as = same_path;
      report->path = same_path;
      return keep(same_id, same_role);
    }
  }
  const std::string new_role =
      !role.empty() ? role : (stored_role.empty() ? std::string("auto") : stored_role);
  report->previous_role = stored_role;
  report->role = new_role;

  const char* kInsert =
      "INSERT INTO documents (doc_id, path, format, title, author, publisher, published, url, "
      "lang, role, ingested_at, page_count, genre) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, "
      "?10, ?11, ?12, ?14)";
  const char* kUpdate =
      "UPDATE documents SET doc_id = ?1, path = ?2, format = ?3, title = ?4, author = ?5, "
      "publisher = ?6, published = ?7, url = ?8, lang = ?9, role = ?10, ingested_at = ?11, "
      "page_count = ?12, genre = ?14 WHERE id = ?13";
  Stmt st = db_.Prepare(row != 0 ? kUpdate : kInsert, &s);
  if (!st.ok()) return s;
  const StoredDocument d = StoredDocumentFor(doc, ex, new_role);
  st.Bind(1, d.doc_id);
  st.Bind(2, path);
  st.Bind(3, d.format);
  st.BindTextOrNull(4, d.title);
  st.BindTextOrNull(5, d.author);
  st.BindTextOrNull(6, d.publisher);
  st.BindTextOrNull(7, d.date);
  st.BindTextOrNull(8, d.url);
  st.Bind(9, d.lang);
  st.Bind(10, d.role);
  st.Bind(11, NowIso8601());
  st.Bind(12, d.page_count);
  if (row != 0) st.Bind(13, row);
  st.BindTextOrNull(14, d.genre);
  if (st.Step() != SQLITE_DONE) return db_.Error("cannot store " + path);

  if (row == 0) {
    row = sqlite3_last_insert_rowid(db_.handle());
    report->outcome = IngestOutcome::kAdded;
    return InsertContent(row, doc, ex, more);
  }
  report->outcome = IngestOutcome::kReplaced;
  std::vector<OldReview> old_reviews;
  if (Status rs = ReadReviews(path, row, &old_reviews); !rs.ok()) return rs;
  // The previous version's content goes; the document row (and its id) stays.
  static const char* const kDeletes[] = {
      "DELETE FROM figures WHERE doc = ?1", "DELETE FROM sentences WHERE doc = ?1",
      "DELETE FROM blocks WHERE doc = ?1", "DELETE FROM aliases WHERE doc = ?1",
      "DELETE FROM links WHERE doc = ?1"};
  for (const char* sql : kDeletes) {
    Stmt del = db_.Prepare(sql, &s);
    if (!del.ok()) return s;
    del.Bind(1, row);
    if (del.Step() != SQLITE_DONE) return db_.Error("cannot replace " + doc.path);
  }
  s = InsertContent(row, doc, ex, more);
  if (!s.ok()) return s;
  return ReattachReviews(path, row, old_reviews, report);
}

Status StoreImpl::InsertContent(long long row, const Document& doc, const Extraction& ex,
                                FigureStream* more) {
  Status s;
  Stmt block_st = db_.Prepare(
      "INSERT INTO blocks (doc, idx, kind, byte_start, byte_end, page, level, row, col) "
      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
      &s);
  if (!block_st.ok()) return s;
  for (size_t i = 0; i < doc.blocks.size(); ++i) {
    const Block& b = doc.blocks[i];
    if (b.start > b.end || b.end > doc.text.size()) {
      return Status::InvalidArgument(doc.path + ": block " + std::to_string(i + 1) +
                                     " lies outside the text");
    }
    block_st.Bind(1, row);
    block_st.Bind(2, i);
    block_st.Bind(3, BlockKindName(b.kind));
    block_st.Bind(4, b.start);
    block_st.Bind(5, b.end);
    block_st.BindIntOrNull(6, b.page);
    block_st.Bind(7, b.level);
    if (b.row >= 0)
      block_st.Bind(8, b.row);
    else
      block_st.BindNull(8);
    if (b.col >= 0)
      block_st.Bind(9, b.col);
    else
      block_st.BindNull(9);
    if (!block_st.Run()) return db_.Error("cannot store the blocks of " + doc.path);
  }
  Stmt link_st = db_.Prepare("INSERT INTO links (doc, idx, url, anchor) VALUES (?1, ?2, ?3, ?4)", &s);
  if (!link_st.ok()) return s;
  for (size_t i = 0; i < doc.links.size(); ++i) {
    link_st.Bind(1, row);
    link_st.Bind(2, i);
    link_st.Bind(3, doc.links[i].url);
    link_st.Bind(4, doc.links[i].text);
    if (!link_st.Run()) return db_.Error("cannot store the links of " + doc.path);
  }

  // SQLite 3.40's FTS5 writes its pending index to disk at every statement
  // savepoint, and the sentences_fts trigger gives each INSERT INTO sentences
  // one: inserting row by row flushed the full-text index once per sentence,
  // more than half of ingest's time. The sentences are staged in a temp table
  // and moved with one statement, so the index is flushed once per document.
  // Their ids are the ones SQLite would have given row by row (largest + 1).
  // Created once per connection (a rolled-back first transaction takes it
  // away again, hence the check); parsing the DDL for every document cost
  // more than the check.
  {
    Stmt exists_st = db_.Prepare(
        "SELECT 1 FROM temp.sqlite_master WHERE type = 'table' AND name = 'staged_sentences'", &s);
    if (!exists_st.ok()) return s;
    if (exists_st.Step() != SQLITE_ROW) {
      exists_st.Reset();
      s = db_.Exec(
          "CREATE TEMP TABLE IF NOT EXISTS staged_sentences (id INTEGER PRIMARY KEY, doc, idx, "
          "block, byte_start, byte_end, page, text, text_hash)");
      if (!s.ok()) return s;
    }
  }
  long long next_id = 1;
  {
    Stmt max_st = db_.Prepare("SELECT coalesce(max(id), 0) FROM sentences", &s);
    if (!max_st.ok()) return s;
    if (max_st.Step() != SQLITE_ROW) return db_.Error("cannot read the sentences of the store");
    next_id = max_st.Int(0) + 1;
  }
  Stmt sent_st = db_.Prepare(
      "INSERT INTO temp.staged_sentences (id, doc, idx, block, byte_start, byte_end, page, text, "
      "text_hash) VALUES (?9, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
      &s);
  if (!sent_st.ok()) return s;
  // (start, end) -> sentence row, to place each figure: a sorted vector, a
  // third of a map's memory for a document of a million sentences.
  struct SentenceRow {
    size_t start, end;
    long long id;
  };
  std::vector<SentenceRow> sentence_rows;
  sentence_rows.reserve(ex.sentences.size());
  for (size_t i = 0; i < ex.sentences.size(); ++i) {
    const Sentence& sent = ex.sentences[i];
    if (sent.start > sent.end || sent.end > doc.text.size() || sent.block < 0 ||
        static_cast<size_t>(sent.block) >= doc.blocks.size()) {
      return Status::InvalidArgument(doc.path + ": sentence " + std::to_string(i + 1) +
                                     " lies outside the text or its blocks");
    }
    std::string_view text(doc.text.data() + sent.start, sent.end - sent.start);
    sent_st.Bind(1, row);
    sent_st.Bind(2, i);
    sent_st.Bind(3, sent.block);
    sent_st.Bind(4, sent.start);
    sent_st.Bind(5, sent.end);
    sent_st.BindIntOrNull(6, doc.blocks[sent.block].page);
    sent_st.Bind(7, text);
    sent_st.Bind(8, Sha256Hex(text));
    sent_st.Bind(9, next_id);
    if (!sent_st.Run()) return db_.Error("cannot store the sentences of " + doc.path);
    sentence_rows.push_back({sent.start, sent.end, next_id++});
  }
  auto row_order = [](const SentenceRow& a, const SentenceRow& b) {
    return a.start != b.start ? a.start < b.start : a.end < b.end;
  };
  // Already in order from the segmenter; of two equal spans the later row
  // counts (as a map's assignment did).
  if (!std::is_sorted(sentence_rows.begin(), sentence_rows.end(), row_order)) {
    std::stable_sort(sentence_rows.begin(), sentence_rows.end(), row_order);
  }
  auto sentence_row = [&](size_t start, size_t end) -> long long {
    SentenceRow key{start, end, 0};
    auto it = std::upper_bound(sentence_rows.begin(), sentence_rows.end(), key, row_order);
    if (it == sentence_rows.begin()) return 0;
    --it;
    return it->start == start && it->end == end ? it->id : 0;
  };
  {
    Stmt move_st = db_.Prepare(
        "INSERT INTO sentences (id, doc, idx, block, byte_start, byte_end, page, text, text_hash) "
        "SELECT id, doc, idx, block, byte_start, byte_end, page, text, text_hash "
        "FROM temp.staged_sentences ORDER BY id",
        &s);
    if (!move_st.ok()) return s;
    if (!move_st.Run()) return db_.Error("cannot store the sentences of " + doc.path);
    Stmt clear_st = db_.Prepare("DELETE FROM temp.staged_sentences", &s);
    if (!clear_st.ok()) return s;
    if (!clear_st.Run()) return db_.Error("cannot store the sentences of " + doc.path);
  }

  Stmt fig_st = db_.Prepare(
      "INSERT INTO figures (doc, sentence, seq, byte_start, byte_end, text, kind, value_num, "
      "value_iso, value_max_num, value_max_iso, qualifier, unit, subject, subject_alias, "
      "attribution, quoted, time, rule, subject_head, modifiers, base, part, measure, "
      "direction, previous, revised, per, period, modality, interval_low, interval_high, place, "
      "speaker, forecaster, period_inherited, outcome_stated) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, "
      "?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27, ?28, "
      "?29, ?30, ?31, ?32, ?33, ?34, ?35, ?36, ?37)",
      &s);
  if (!fig_st.ok()) return s;
  int inserted = 0;
  size_t i = 0;  // the figure's place in the document (seq)
  auto insert_figure = [&](const Figure& f) -> Status {
    long long sentence = sentence_row(f.sentence_start, f.sentence_end);
    if (sentence == 0) {
      return Status::InvalidArgument(Where(doc, f) + " is in no stored sentence");
    }
    if (f.start > f.end || f.start < f.sentence_start || f.end > f.sentence_end ||
        doc.text.compare(f.start, f.end - f.start, f.text) != 0) {
      return Status::InvalidArgument(Where(doc, f) + " does not match the text at its offsets");
    }
    if (opts_.fail_after_figure_inserts >= 0 && inserted == opts_.fail_after_figure_inserts) {
      return Status::IOError(doc.path + ": injected failure after " + std::to_string(inserted) +
                             " figure inserts");
    }
    fig_st.Bind(1, row);
    fig_st.Bind(2, sentence);
    fig_st.Bind(3, i);
    fig_st.Bind(4, f.start);
    fig_st.Bind(5, f.end);
    fig_st.Bind(6, f.text);
    fig_st.Bind(7, KindName(f.kind));
    fig_st.Bind(8, f.value.num);
    fig_st.BindTextOrNull(9, f.value.iso);
    if (f.value_max) {
      fig_st.Bind(10, f.value_max->num);
      fig_st.BindTextOrNull(11, f.value_max->iso);
    } else {
      fig_st.BindNull(10);
      fig_st.BindNull(11);
    }
    fig_st.Bind(12, QualifierName(f.qualifier));
    fig_st.BindTextOrNull(13, f.unit);
    fig_st.BindTextOrNull(14, f.subject);
    fig_st.BindTextOrNull(15, f.subject_alias);
    fig_st.BindTextOrNull(16, f.attribution);
    fig_st.Bind(17, f.quoted ? 1 : 0);
    fig_st.BindTextOrNull(18, f.time);
    fig_st.Bind(19, f.rule);
    BindFrame(f.frame, &fig_st);
    if (!fig_st.Run()) return db_.Error("cannot store the figures of " + doc.path);
    ++inserted;
    ++i;
    return Status::Ok();
  };
  for (const Figure& f : ex.figures) {
    if (Status fs = insert_figure(f); !fs.ok()) return fs;
  }
  if (more != nullptr) {
    std::vector<Figure> part;
    while (more->Next(&part)) {
      for (const Figure& f : part) {
        if (Status fs = insert_figure(f); !fs.ok()) return fs;
      }
    }
  }

  Stmt alias_st = db_.Prepare(
      "INSERT INTO aliases (alias, canonical, origin, doc, lang) "
      "VALUES (?1, ?2, 'learned', ?3, ?4)",
      &s);
  if (!alias_st.ok()) return s;
  std::set<std::pair<std::string, std::string>> seen;
  for (const Alias& a : ex.aliases) {
    if (a.alias.empty() || a.canonical.empty() || !seen.insert({a.alias, a.canonical}).second) {
      continue;
    }
    alias_st.Bind(1, a.alias);
    alias_st.Bind(2, a.canonical);
    alias_st.Bind(3, row);
    alias_st.Bind(4, ex.lang);
    if (!alias_st.Run()) return db_.Error("cannot store the aliases of " + doc.path);
  }
  return Status::Ok();
}

namespace {
// The words of a sentence for comparing two versions of it: lower-cased
// ASCII, runs of letters and digits (bytes >= 0x80 kept as letters, so
// accented words count), punctuation and spacing ignored.
std::vector<std::string> SentenceWords(const std::string& text) {
  std::vector<std::string> words;
  std::string w;
  for (char ch : text + " ") {
    unsigned char c = static_cast<unsigned char>(ch);
    if (std::isalnum(c) || c >= 0x80) {
      w += static_cast<char>(std::tolower(c));
    } else if (!w.empty()) {
      words.push_back(std::move(w));
      w.clear();
    }
  }
  return words;
}
}  // namespace

double SentenceSimilarity(const std::string& a, const std::string& b) {
  // Dice's coefficient over the two word multisets: 2|A and B| / (|A|+|B|).
  // "the company said" -> "the company said on Thursday" keeps 0.9 or more.
  std::vector<std::string> x = SentenceWords(a), y = SentenceWords(b);
  if (x.empty() && y.empty()) return 1;
  std::sort(x.begin(), x.end());
  std::sort(y.begin(), y.end());
  size_t i = 0, j = 0, common = 0;
  while (i < x.size() && j < y.size()) {
    if (x[i] == y[j]) {
      ++common, ++i, ++j;
    } else if (x[i] < y[j]) {
      ++i;
    } else {
      ++j;
    }
  }
  return 2.0 * static_cast<double>(common) / static_cast<double>(x.size() + y.size());
}

Status StoreImpl::ReadReviews(const std::string& path, long long row, std::vector<OldReview>* out) {
  Status s;
  Stmt st = db_.Prepare(
      "SELECT r.id, r.sentence_hash, r.figure_text, r.verdict, r.reviewer, r.note, r.correction, "
      "s.text, f.kind, ifnull(f.unit, ''), f.value_num, r.occurrence FROM reviews r "
      // The reviewed figure in the old version, if it still held it: the
      // occurrence the review names (claimcheck_occurrence, store_open.cc).
      "LEFT JOIN figures f ON f.id = (SELECT f2.id FROM figures f2 JOIN sentences s2 ON s2.id = "
      " f2.sentence WHERE f2.doc = ?2 AND s2.text_hash = r.sentence_hash AND f2.text = r.figure_text "
      " AND claimcheck_occurrence(s2.text, f2.byte_start - s2.byte_start, f2.text) = r.occurrence "
      " LIMIT 1) "
      "LEFT JOIN sentences s ON s.id = f.sentence "
      "WHERE r.doc_path = ?1 ORDER BY r.id",
      &s);
  if (!st.ok()) return s;
  st.Bind(1, path);
  st.Bind(2, row);
  int rc;
  while ((rc = st.Step()) == SQLITE_ROW) {
    OldReview r;
    r.id = st.Int(0);
    r.sentence_hash = st.Text(1);
    r.figure_text = st.Text(2);
    r.verdict = st.Text(3);
    r.reviewer = st.Text(4);
    r.note = st.Text(5);
    r.correction = st.Text(6);
    r.found = !st.IsNull(7);
    if (r.found) {
      r.sentence = st.Text(7);
      r.kind = st.Text(8);
      r.unit = st.Text(9);
      r.value = st.Double(10);
    }
    r.occurrence = static_cast<int>(st.Int(11));
    out->push_back(std::move(r));
  }
  return rc == SQLITE_DONE ? Status::Ok() : db_.Error("cannot read the reviews of " + path);
}

namespace {
// The lower-cased words (letters and digits) of a text.
std::set<std::string> WordsOf(const std::string& text) {
  std::set<std::string> out;
  std::string w;
  for (size_t i = 0; i <= text.size(); ++i) {
    unsigned char c = i < text.size() ? static_cast<unsigned char>(text[i]) : ' ';
    if (std::isalnum(c) || c >= 0x80) {
      w += static_cast<char>(std::tolower(c));
    } else if (!w.empty()) {
      out.insert(w);
      w.clear();
    }
  }
  return out;
}

// True when the new sentence holds a word of the correction that the old
// sentence lacked: the edit took something from the correction.
bool EditAppliesCorrection(const std::string& old_sentence, const std::string& new_sentence,
                           const std::string& correction) {
  if (correction.empty()) return false;
  const std::set<std::string> before = WordsOf(old_sentence), after = WordsOf(new_sentence);
  for (const std::string& w : WordsOf(correction)) {
    if (!before.count(w) && after.count(w)) return true;
  }
  return false;
}
}  // namespace

Status StoreImpl::ReattachReviews(const std::string& path, long long row, const std::vector<OldReview>& old,
                                  IngestReport* report) {
  if (old.empty()) return Status::Ok();
  Status s;
  // The new version's figures with a given text: their sentence, hash and
  // occurrence (the n-th figure with that text in that sentence).
  Stmt cand = db_.Prepare(
      "SELECT s.text_hash, s.text, f.kind, ifnull(f.unit, ''), f.value_num, "
      "claimcheck_occurrence(s.text, f.byte_start - s.byte_start, f.text) FROM figures f "
      "JOIN sentences s ON s.id = f.sentence WHERE f.doc = ?1 AND f.text = ?2 ORDER BY f.id",
      &s);
  if (!cand.ok()) return s;
  Stmt taken = db_.Prepare(
      "SELECT 1 FROM reviews WHERE doc_path = ?1 AND sentence_hash = ?2 AND figure_text = ?3 "
      "AND occurrence = ?4",
      &s);
  if (!taken.ok()) return s;
  Stmt move = db_.Prepare("UPDATE reviews SET sentence_hash = ?2 WHERE id = ?1", &s);
  if (!move.ok()) return s;
  Stmt reopen = db_.Prepare(
      "UPDATE reviews SET sentence_hash = ?2, verdict = 'pending', reviewed_at = ?3 WHERE id = ?1", &s);
  if (!reopen.ok()) return s;

  Stmt drop = db_.Prepare("DELETE FROM reviews WHERE id = ?1", &s);
  if (!drop.ok()) return s;
  Stmt history = db_.Prepare(
      "INSERT INTO review_history (doc_path, sentence_hash, figure_text, occurrence, old_verdict, "
      "new_verdict, old_note, new_note, old_correction, new_correction, reviewer, via, changed_at) "
      "VALUES (?1, ?2, ?3, ?9, ?4, ?10, ?5, ?5, ?6, ?7, 'ingest', 'api', ?8)",
      &s);
  if (!history.ok()) return s;
  const std::string now = NowIso8601();
  // One review_history row for a verdict ingest changed (dropped, or reopened
  // as pending), and the line the ingest report says it with.
  auto record = [&](const OldReview& r, const std::string& hash, const char* new_verdict,
                    const std::string& new_correction,
                    std::vector<Store::IngestReport::DroppedReview>* said) -> Status {
    history.Reset();
    history.Bind(1, path);
    history.Bind(2, hash);
    history.Bind(3, r.figure_text);
    history.Bind(4, r.verdict);
    history.Bind(5, r.note);
    history.Bind(6, r.correction);
    history.Bind(7, new_correction);
    history.Bind(8, now);
    history.Bind(9, r.occurrence);
    history.Bind(10, new_verdict);
    if (!history.Run()) return db_.Error("cannot record the changed reviews of " + path);
    Store::IngestReport::DroppedReview d{r.figure_text, r.verdict, r.reviewer, r.sentence};
    d.occurrence = r.occurrence;
    said->push_back(std::move(d));
    return Status::Ok();
  };
  // Per sentence of the new version that holds the same figure (kind, unit
  // and value): how like the reviewed sentence it is, and whether it holds
  // the figure at the reviewed occurrence.
  struct Place {
    double similarity = 0;
    bool has_occurrence = false;
    std::string text;
  };
  for (const OldReview& r : old) {
    cand.Reset();
    cand.Bind(1, row);
    cand.Bind(2, r.figure_text);
    bool same_place = false;
    std::map<std::string, Place> places;
    int rc;
    while ((rc = cand.Step()) == SQLITE_ROW) {
      std::string hash = cand.Text(0);
      const int occurrence = static_cast<int>(cand.Int(5));
      if (hash == r.sentence_hash && occurrence == r.occurrence) {
        same_place = true;
        break;
      }
      if (!r.found) continue;  // the old sentence is unknown: only an exact match keeps it
      // The same figure: kind, unit and value as the reviewed one.
      if (cand.Text(2) != r.kind || cand.Text(3) != r.unit ||
          std::fabs(cand.Double(4) - r.value) > 1e-9 * std::max(1.0, std::fabs(r.value))) {
        continue;
      }
      auto [it, added] = places.try_emplace(hash);
      if (added) {
        it->second.text = cand.Text(1);
        it->second.similarity = SentenceSimilarity(r.sentence, it->second.text);
      }
      if (occurrence == r.occurrence) it->second.has_occurrence = true;
    }
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) return db_.Error("cannot update the reviews of " + path);
    if (same_place) continue;
    // One clear best sentence (two figures with the text in one sentence are
    // one candidate place, not a tie), similar enough, holding the figure at
    // the reviewed occurrence, and no review already there.
    std::string best_hash;
    double best = -1, second = -1;
    for (const auto& [hash, place] : places) {
      if (place.similarity > best) {
        second = best;
        best = place.similarity;
        best_hash = hash;
      } else if (place.similarity > second) {
        second = place.similarity;
      }
    }
    bool moved = false;
    if (best >= kReviewSentenceSimilarity && best > second && places[best_hash].has_occurrence) {
      taken.Reset();
      taken.Bind(1, path);
      taken.Bind(2, best_hash);
      taken.Bind(3, r.figure_text);
      taken.Bind(4, r.occurrence);
      if (taken.Step() == SQLITE_DONE) {
        // A verdict that the figure was wrong, on a sentence whose edit
        // brought in words of the recorded correction: the edit may be the
        // fix (trial15: "around 72 a week", corrected "about 72 a day",
        // edited to "around 72 a day", kept "incorrect" and the sheet
        // failing), so it is reopened, not carried over.
        const bool said_wrong = (r.verdict == "incorrect" || r.verdict == "misleading") &&
                                EditAppliesCorrection(r.sentence, places[best_hash].text, r.correction);
        Stmt& st = said_wrong ? reopen : move;
        st.Reset();
        st.Bind(1, r.id);
        st.Bind(2, best_hash);
        if (said_wrong) st.Bind(3, now);
        if (!st.Run()) return db_.Error("cannot update the reviews of " + path);
        if (said_wrong) {
          if (Status rs = record(r, best_hash, "pending", r.correction, &report->reopened_reviews); !rs.ok())
            return rs;
        }
        ++report->reattached_reviews;
        moved = true;
      }
    }
    if (moved) continue;
    drop.Reset();
    drop.Bind(1, r.id);
    if (!drop.Run()) return db_.Error("cannot update the reviews of " + path);
    if (Status rs = record(r, r.sentence_hash, "dropped", "", &report->dropped_reviews); !rs.ok()) return rs;
  }
  return Status::Ok();
}

}  // namespace claimcheck
