// claimcheck ingest [--db PATH] [--lang L] [--role auto|source|article] FILE|DIR...:
// parses, extracts and stores documents; an unchanged document is a no-op.
// Without --role a new document is stored as `auto` (an article when it
// cites another stored document, claims/check/roles.h) and a stored one keeps
// its role; a changed role is said on stderr.
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <locale>
#include <memory>
#include <mutex>
#include <new>
#include <stdexcept>
#include <set>
#include <thread>

#include "claimcheck/attach.h"
#include "claimcheck/audit.h"
#include "claimcheck/document.h"
#include "claimcheck/extract.h"
#include "claimcheck/rules.h"
#include "claimcheck/store.h"
#include "claimcheck/store_transaction.h"
#include "claimcheck/util.h"
#include "cli/commands.h"

namespace claimcheck::cli {
namespace {

struct IngestArgs {
  std::vector<std::string> inputs;
  std::string db;
  std::string lang = "auto";
  std::string role;  // empty: new documents auto, stored ones keep theirs
  std::string rules;
  ReadOptions read;
  bool keep_going = false;  // store the good files, report each bad one
};

// Extensions a folder walk picks up; files named on the command line are
// taken whatever their name, since the reader also detects by content.
bool IngestibleExtension(const std::filesystem::path& p) {
  std::string ext = AsciiLower(p.extension().string());
  return ext == ".html" || ext == ".htm" || ext == ".txt" || ext == ".md" || ext == ".pdf";
}

bool Hidden(const std::filesystem::path& p) {
  std::string name = p.filename().string();
  return !name.empty() && name[0] == '.';
}

// Expands folders recursively (hidden entries skipped, sorted for a stable
// order). A path that does not exist is kept, so that it is reported. In a
// folder, every entry with a document's extension that is not a folder is
// kept too, so that a named pipe, a device, a dangling link or a loop of
// links called report.txt is refused by name (the reader never opens it)
// rather than skipped in silence. A folder that cannot be walked to the end
// is an error of its own, in *errors.
std::vector<std::string> ExpandInputs(const std::vector<std::string>& inputs,
                                      std::vector<std::string>* errors) {
  namespace fs = std::filesystem;
  std::vector<std::string> files;
  for (const std::string& in : inputs) {
    std::error_code ec;
    if (!fs::is_directory(in, ec)) {
      files.push_back(in);
      continue;
    }
    std::vector<std::string> found;
    fs::recursive_directory_iterator it(in, fs::directory_options::skip_permission_denied, ec);
    for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
      if (Hidden(it->path())) {
        if (it->is_directory(ec)) it.disable_recursion_pending();
        ec.clear();
        continue;
      }
      std::error_code type_ec;
      const bool dir = it->is_directory(type_ec);
      if (!dir && IngestibleExtension(it->path())) found.push_back(it->path().string());
    }
    if (ec) errors->push_back(in + ": cannot walk the folder to the end (" + ec.message() + ")");
    std::sort(found.begin(), found.end());
    files.insert(files.end(), found.begin(), found.end());
  }
  return files;
}

// Messages from the reader and the store already start with the file name;
// the extractor's ("no rules for language 'fr'") do not.
std::string NamingFile(const std::string& file, const std::string& message) {
  if (message.compare(0, file.size(), file) == 0) return message;
  return file + ": " + message;
}

// A document with more text than this is extracted as the store writes it,
// a run of paragraphs at a time, rather than whole beforehand: its figures
// (several hundred bytes each, one every few dozen bytes of a dense table)
// would otherwise outweigh its text many times over (issue 15). Smaller
// documents are extracted whole on the worker threads, in parallel.
constexpr size_t kStreamTextBytes = 4u << 20;

// Reads and extracts one file (or, for a long one, segments it and leaves its
// figures to *stream). Safe to run on several threads at once: the Extractor
// is thread-safe and the PDF reader serialises poppler itself.
// One of claimcheck's own audit sheets (IsAuditSheet), read from the first
// bytes of a Markdown or HTML file; a file that cannot be opened is left to
// the reader to refuse by name.
bool OwnAuditSheet(const std::string& file) {
  const std::string ext = AsciiLower(std::filesystem::path(file).extension().string());
  if (ext != ".md" && ext != ".html" && ext != ".htm") return false;
  std::ifstream in(file, std::ios::binary);
  if (!in) return false;
  std::string head(4096, '\0');
  in.read(head.data(), static_cast<std::streamsize>(head.size()));
  head.resize(static_cast<size_t>(in.gcount()));
  return IsAuditSheet(head);
}

Status Prepare(const std::string& file, const IngestArgs& a, Extractor* extractor, Document* doc,
               Extraction* ex, std::unique_ptr<FigureStream>* stream, bool* audit_sheet) {
  // Checked before reading: a sheet is no document at all (IsAuditSheet).
  *audit_sheet = OwnAuditSheet(file);
  if (*audit_sheet) return Status::Ok();
  Status s = ReadDocument(file, a.read, doc);
  if (!s.ok()) return s;
  if (doc->text.size() > kStreamTextBytes) return extractor->Start(*doc, a.lang, ex, stream);
  return extractor->Extract(*doc, a.lang, ex);
}

// Parses and extracts files on a small pool of threads while the caller
// stores them, one at a time and in input order (SQLite has one writer).
// At most `window` documents are in flight, so memory stays bounded by a few
// of the largest documents, not by the corpus.
class PreparePool {
 public:
  struct Item {
    Document doc;
    Extraction ex;
    std::unique_ptr<FigureStream> stream;  // the figures not in ex, for a long document
    Status status;
    bool audit_sheet = false;  // claimcheck's own audit sheet: skipped, not stored
  };

  PreparePool(const std::vector<std::string>& files, const IngestArgs& a, Extractor* extractor)
      : files_(files), args_(a), extractor_(extractor), items_(files.size()) {
    // std::regex compiles through the global locale's ctype<char>::narrow,
    // which fills a shared cache on first use without a lock (libstdc++ PR
    // 77704): readers compiling their patterns on two threads race there.
    // Filled here, before any worker starts, it is only read afterwards.
    const auto& ctype = std::use_facet<std::ctype<char>>(std::locale());
    for (int c = 0; c < 256; ++c) ctype.narrow(static_cast<char>(c), '\0');
    unsigned hw = std::max(1u, std::thread::hardware_concurrency());
    size_t workers = std::min<size_t>(hw, files.size());
    window_ = 2 * std::max<size_t>(workers, 1);
    for (size_t w = 0; w < workers; ++w) threads_.emplace_back([this] { Work(); });
  }
  ~PreparePool() {
    {
      std::lock_guard<std::mutex> lock(mu_);
      stop_ = true;
    }
    cv_.notify_all();
    for (auto& t : threads_) t.join();
  }

  // Blocks until file i (taken in order 0, 1, 2...) is prepared; hands it over.
  std::unique_ptr<Item> Take(size_t i) {
    std::unique_lock<std::mutex> lock(mu_);
    cv_.wait(lock, [&] { return items_[i] != nullptr; });
    std::unique_ptr<Item> item = std::move(items_[i]);
    taken_ = i + 1;
    cv_.notify_all();
    return item;
  }

 private:
  // The item of a file whose preparation ran out of memory: what it held is
  // freed, and its status says so.
  static std::unique_ptr<Item> OutOfMemoryItem(const std::exception& e, size_t depth,
                                               std::unique_ptr<Item> item) {
    item.reset();
    auto failed = std::make_unique<Item>();
    failed->status = Status::InvalidArgument(OutOfMemoryReason(e, depth));
    return failed;
  }

  void Work() {
    while (true) {
      size_t i;
      {
        std::unique_lock<std::mutex> lock(mu_);
        cv_.wait(lock, [&] { return stop_ || next_ >= files_.size() || next_ < taken_ + window_; });
        if (stop_ || next_ >= files_.size()) return;
        i = next_++;
      }
      auto item = std::make_unique<Item>();
      // Out of memory on a worker becomes this file's error, reported and
      // counted like any other (an exception leaving a thread would abort).
      const size_t depth = StepDepth();
      try {
        Step step("reading and extracting it");
        item->status =
            Prepare(files_[i], args_, extractor_, &item->doc, &item->ex, &item->stream, &item->audit_sheet);
      } catch (const std::bad_alloc& e) {
        item = OutOfMemoryItem(e, depth, std::move(item));
      } catch (const std::length_error& e) {
        item = OutOfMemoryItem(e, depth, std::move(item));
      } catch (const std::exception& e) {
        // Anything else a reader throws on a hostile file is that file's
        // error too; leaving the thread it would abort the process.
        TakeFailedStep(depth);
        item = std::make_unique<Item>();
        item->status = Status::InvalidArgument(std::string("cannot read it (") + e.what() + ")");
      }
      {
        std::lock_guard<std::mutex> lock(mu_);
        items_[i] = std::move(item);
      }
      cv_.notify_all();
    }
  }

  const std::vector<std::string>& files_;
  const IngestArgs& args_;
  Extractor* extractor_;
  std::vector<std::unique_ptr<Item>> items_;
  size_t window_ = 2;
  std::mutex mu_;
  std::condition_variable cv_;
  size_t next_ = 0;   // next file a worker takes
  size_t taken_ = 0;  // files handed to the writer so far
  bool stop_ = false;
  std::vector<std::thread> threads_;
};

int RunIngest(const IngestArgs& a) {
  std::string db_path = a.db.empty() ? DefaultDbPath() : a.db;
  std::string rules_dir = a.rules.empty() ? DefaultRulesDir() : a.rules;
  if (int rc = CheckLangOption(rules_dir, a.lang)) return rc;
  // Folders are walked before the database is touched: a folder that cannot
  // be read to the end stops an all-or-nothing run with nothing written.
  std::vector<std::string> walk_errors;
  std::vector<std::string> files = ExpandInputs(a.inputs, &walk_errors);
  if (!walk_errors.empty() && !a.keep_going) {
    return ReportError(walk_errors.front() + "; nothing was stored (--keep-going stores the files found)");
  }
  if (files.empty() && walk_errors.empty()) {
    std::string named;
    for (const std::string& in : a.inputs) named += (named.empty() ? "" : ", ") + in;
    return ReportError(named + ": no documents in it (.html .htm .txt .md .pdf); nothing was stored");
  }
  // A first ingest that stores nothing leaves no database behind (a typo in
  // a path must not leave an empty claims.db to puzzle over).
  const bool db_existed = DatabaseExists(db_path);
  std::unique_ptr<Store> store;
  Status s = Store::Open(db_path, &store);
  // Two ingests creating the same fresh database race on its first pragmas;
  // the one that loses sees a transient error, so it tries again a few times.
  for (int attempt = 0; !s.ok() && !db_existed && attempt < 10; ++attempt) {
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    s = Store::Open(db_path, &store);
  }
  // No clean-up when opening fails: another ingest may be creating the same
  // fresh database at this moment, and removing its files would lose its work.
  if (!s.ok()) return ReportError(s);
  // Only a store that holds no document at all is removed: a second ingest
  // running on the same fresh database may have stored everything this run
  // found unchanged, and its database must stay.

  // One transaction for the whole command (CONTRACT: never a partial
  // write): every document is a savepoint inside it. Without --keep-going
  // the first bad file rolls everything back; with it, a bad file's
  // savepoint alone is undone and the good files are committed.
  StoreTransaction txn(store.get());
  // Busy: another process holds the write lock, and may be filling this
  // very database, so nothing is removed.
  if (s = txn.Begin(); !s.ok()) return ReportError(s);

  bool tty = isatty(STDERR_FILENO) != 0;
  auto clear_progress = [&] {
    if (tty) std::fprintf(stderr, "\r\033[K");
  };
  int added = 0, unchanged = 0, replaced = 0, failed = 0;
  for (const std::string& e : walk_errors) {  // --keep-going: each on a line of its own
    ReportError(e);
    ++failed;
  }
  std::set<std::string> alias_langs;
  // What is said about stored documents waits for the commit: a run rolled
  // back says nothing but its one error line.
  std::vector<std::string> notes;
  std::vector<Store::IngestReport> review_changes;
  std::string stop;  // the error that ended an all-or-nothing run
  {
    Extractor extractor(rules_dir);
    PreparePool pool(files, a, &extractor);
    for (size_t i = 0; i < files.size(); ++i) {
      const std::string& file = files[i];
      if (tty) {
        std::fprintf(stderr, "\r\033[K[%zu/%zu] %s", i + 1, files.size(), file.c_str());
        std::fflush(stderr);
      }
      std::unique_ptr<PreparePool::Item> item = pool.Take(i);
      Store::IngestReport report;
      s = item->status;
      // One of claimcheck's own audit sheets, written into the folder: no
      // document to store (IsAuditSheet).
      if (s.ok() && item->audit_sheet) {
        clear_progress();
        notes.push_back(file + ": skipped: a claimcheck audit sheet, not a document");
        continue;
      }
      // The configured aliases of each language go in once per run; unchanged
      // lists leave the table as it is.
      if (s.ok() && alias_langs.insert(item->ex.lang).second) {
        std::vector<Alias> configured;
        s = LoadEntityAliases(rules_dir, item->ex.lang, &configured);
        if (s.ok()) s = store->SaveConfiguredAliases(item->ex.lang, configured);
        if (!s.ok()) alias_langs.erase(item->ex.lang);  // rolled back with this file
      }
      if (s.ok()) {
        // Anything thrown while storing (out of memory above all) has
        // rolled this file's savepoint back (InTransaction): it is one
        // failed file like any other.
        const size_t depth = StepDepth();
        try {
          Step step("storing its figures");
          s = store->Ingest(item->doc, a.role, item->ex, item->stream.get(), &report);
        } catch (const std::bad_alloc& e) {
          item.reset();
          s = Status::InvalidArgument(OutOfMemoryReason(e, depth));
        } catch (const std::length_error& e) {
          item.reset();
          s = Status::InvalidArgument(OutOfMemoryReason(e, depth));
        } catch (const std::exception& e) {
          TakeFailedStep(depth);
          s = Status::InvalidArgument(std::string("cannot store it (") + e.what() + ")");
        }
      }
      if (!s.ok()) {
        clear_progress();
        ++failed;
        if (!a.keep_going) {
          stop = NamingFile(file, s.message());
          break;
        }
        ReportError(NamingFile(file, s.message()));
        continue;
      }
      if (item && !item->ex.warning.empty()) {
        notes.push_back("warning: " + NamingFile(file, item->ex.warning));
      }
      if (!report.same_as.empty() && report.same_as != NormalisePath(file)) {
        notes.push_back(file + ": the same content is stored as " + report.same_as +
                        "; kept as that document");
      }
      if (!report.copies.empty()) {
        // Two copies of one text are two documents (each compared with the
        // other when neither cites the other): said, so an accidental
        // duplicate is noticed and can be removed with `claimcheck rm`.
        notes.push_back(file + ": the same text is already stored as " + report.copies.front() +
                        (report.copies.size() > 1
                             ? " and " + std::to_string(report.copies.size() - 1) + " more"
                             : std::string()) +
                        "; stored as another document (`claimcheck rm` removes a copy not meant)");
      }
      if (!report.previous_role.empty() && report.previous_role != report.role) {
        notes.push_back(report.path + ": role changed from " + report.previous_role + " to " +
                        report.role);
      }
      switch (report.outcome) {
        case Store::IngestOutcome::kAdded:
          ++added;
          break;
        case Store::IngestOutcome::kUnchanged:
          ++unchanged;
          break;
        case Store::IngestOutcome::kReplaced:
          ++replaced;
          break;
      }
      if (!report.dropped_reviews.empty() || report.reattached_reviews > 0) {
        review_changes.push_back(std::move(report));
      }
    }
    clear_progress();
  }  // the pool's workers stop here (an all-or-nothing run stops at its first bad file)

  if (!stop.empty()) {
    txn.Rollback();
    RemoveIfCreatedEmpty(db_existed, db_path, &store);
    return ReportError(stop + (files.size() > 1 ? "; nothing was stored (--keep-going stores the other files)"
                                                : "; nothing was stored"));
  }
  if (s = txn.Commit(); !s.ok()) {
    RemoveIfCreatedEmpty(db_existed, db_path, &store);
    return ReportError(s);
  }
  for (const std::string& n : notes) std::fprintf(stderr, "claimcheck: %s\n", n.c_str());
  for (const Store::IngestReport& r : review_changes) ReportReviewChanges(r);
  if (added == 0 && RemoveIfCreatedEmpty(db_existed, db_path, &store)) {
    // --keep-going where every file failed, on a new database.
    std::fprintf(stderr, "ingest: %d added, %d unchanged, %d replaced, %d failed (nothing stored; %s not created)\n",
                 added, unchanged, replaced, failed, db_path.c_str());
    return failed > 0 ? kExitBadInput : kExitOk;
  }
  std::fprintf(stderr, "ingest: %d added, %d unchanged, %d replaced, %d failed (%s)\n", added,
               unchanged, replaced, failed, db_path.c_str());
  return failed > 0 ? kExitBadInput : kExitOk;
}

}  // namespace

void AddIngestCommand(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<IngestArgs>();
  CLI::App* cmd = app.add_subcommand(
      "ingest",
      "Parse, extract and store documents; re-ingesting an unchanged file changes nothing");
  cmd->add_option("inputs", args->inputs,
                  "Files, or folders to walk (.html .htm .txt .md .pdf; hidden entries and claimcheck's own "
                  "audit sheets skipped)")
      ->required();
  cmd->add_option("--db", args->db, "Database (default: $CLAIMCHECK_DB or claims.db)");
  cmd->add_option("--lang", args->lang, "en, es, ... or auto (declared, else detected, else en)");
  cmd->add_option("--role", args->role,
                  "auto (default for a new document: decided at check time: an article when it "
                  "cites another stored document by publisher, title or URL, a source when one "
                  "cites it, else coverage compared with the other uncited documents), source "
                  "or article; without it a stored document keeps its role")
      ->check(CLI::IsMember({"auto", "source", "article"}));
  cmd->add_option("--rules", args->rules,
                  "Rules folder (default: $CLAIMCHECK_RULES or the bundled rules/)");
  cmd->add_flag("--keep-going", args->keep_going,
                "Store the files that read well and report each bad one on a line of its own "
                "(exit status 2 still); without it one bad file stores nothing at all");
  AddReadLimitOptions(cmd, &args->read);
  cmd->footer(
      "All or nothing: without --keep-going the first file that cannot be read or stored ends\n"
      "the run with one line naming it and the reason, exit status 2, and the database exactly\n"
      "as it was. Special files (pipes, devices, sockets) are refused without being opened.\n"
      "Exit status: 0 every file stored (or unchanged), 2 bad usage or a file refused.");
  cmd->callback([args, exit_code] { *exit_code = RunIngest(*args); });
}

}  // namespace claimcheck::cli
