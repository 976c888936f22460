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
#include <locale>
#include <memory>
#include <mutex>
#include <new>
#include <stdexcept>
#include <set>
#include <thread>

#include "claimcheck/attach.h"
#include "claimcheck/document.h"
#include "claimcheck/extract.h"
#include "claimcheck/rules.h"
#include "claimcheck/store.h"
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
// order). A path that does not exist is kept, so that it is reported.
std::vector<std::string> ExpandInputs(const std::vector<std::string>& inputs) {
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
        continue;
      }
      if (it->is_regular_file(ec) && IngestibleExtension(it->path())) {
        found.push_back(it->path().string());
      }
    }
    std::sort(found.begin(), found.end());
    files.insert(files.end(), found.begin(), found.end());
  }
  return files;
}

// The database file and SQLite's WAL companions.
void RemoveDatabaseFiles(const std::string& db_path) {
  if (db_path == ":memory:") return;
  std::error_code ec;
  for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
    std::filesystem::remove(db_path + suffix, ec);
  }
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
Status Prepare(const std::string& file, const IngestArgs& a, Extractor* extractor, Document* doc,
               Extraction* ex, std::unique_ptr<FigureStream>* stream) {
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
        item->status = Prepare(files_[i], args_, extractor_, &item->doc, &item->ex, &item->stream);
      } catch (const std::bad_alloc& e) {
        item = OutOfMemoryItem(e, depth, std::move(item));
      } catch (const std::length_error& e) {
        item = OutOfMemoryItem(e, depth, std::move(item));
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
  // A first ingest that stores nothing leaves no database behind (a typo in
  // a path must not leave an empty claims.db to puzzle over).
  std::error_code exists_ec;
  const bool db_existed = db_path == ":memory:" || std::filesystem::exists(db_path, exists_ec);
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

  std::vector<std::string> files = ExpandInputs(a.inputs);
  Extractor extractor(rules_dir);
  PreparePool pool(files, a, &extractor);
  bool tty = isatty(STDERR_FILENO) != 0;
  int added = 0, unchanged = 0, replaced = 0, failed = 0;
  std::set<std::string> alias_langs;
  for (size_t i = 0; i < files.size(); ++i) {
    const std::string& file = files[i];
    if (tty) {
      std::fprintf(stderr, "\r\033[K[%zu/%zu] %s", i + 1, files.size(), file.c_str());
      std::fflush(stderr);
    }
    std::unique_ptr<PreparePool::Item> item = pool.Take(i);
    const Document& doc = item->doc;
    const Extraction& ex = item->ex;
    Store::IngestReport report;
    s = item->status;
    if (s.ok()) ReportWarning(ex.warning);
    // The configured aliases of each language go in once per run; unchanged
    // lists leave the table as it is.
    if (s.ok() && alias_langs.insert(ex.lang).second) {
      std::vector<Alias> configured;
      s = LoadEntityAliases(rules_dir, ex.lang, &configured);
      if (s.ok()) s = store->SaveConfiguredAliases(ex.lang, configured);
    }
    if (s.ok()) {
      // Out of memory while storing: the file's transaction has rolled back
      // (InTransaction), so it is one failed file like any other.
      const size_t depth = StepDepth();
      try {
        Step step("storing its figures");
        s = store->Ingest(doc, a.role, ex, item->stream.get(), &report);
      } catch (const std::bad_alloc& e) {
        item.reset();
        s = Status::InvalidArgument(OutOfMemoryReason(e, depth));
      } catch (const std::length_error& e) {
        item.reset();
        s = Status::InvalidArgument(OutOfMemoryReason(e, depth));
      }
    }
    if (!s.ok()) {
      if (tty) std::fprintf(stderr, "\r\033[K");
      ReportError(NamingFile(file, s.message()));
      ++failed;
      continue;
    }
    if (!report.same_as.empty() && report.same_as != NormalisePath(file)) {
      if (tty) std::fprintf(stderr, "\r\033[K");
      std::fprintf(stderr, "claimcheck: %s: the same content is stored as %s; kept as that document\n",
                   file.c_str(), report.same_as.c_str());
    }
    if (!report.previous_role.empty() && report.previous_role != report.role) {
      if (tty) std::fprintf(stderr, "\r\033[K");
      std::fprintf(stderr, "claimcheck: %s: role changed from %s to %s\n", report.path.c_str(),
                   report.previous_role.c_str(), report.role.c_str());
    }
    if (tty && (!report.dropped_reviews.empty() || report.reattached_reviews > 0)) std::fprintf(stderr, "\r\033[K");
    ReportReviewChanges(report);
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
  }
  if (tty) std::fprintf(stderr, "\r\033[K");
  // Only a store that holds no document at all is removed: a second ingest
  // running on the same fresh database may have stored everything this run
  // found unchanged (added == 0 here), and its database must stay.
  std::vector<StoredDocument> stored;
  const bool store_empty = store->Documents(&stored).ok() && stored.empty();
  if (!db_existed && added == 0 && store_empty) {
    store.reset();
    RemoveDatabaseFiles(db_path);
    // The same shape as every other run's summary, so scripts read one form.
    std::fprintf(stderr, "ingest: %d added, %d unchanged, %d replaced, %d failed (nothing stored; %s not created)\n",
                 added, unchanged, replaced, failed, db_path.c_str());
    return failed > 0 || files.empty() ? kExitBadInput : kExitOk;
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
                  "Files, or folders to walk (.html .htm .txt .md .pdf; hidden entries skipped)")
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
  AddReadLimitOptions(cmd, &args->read);
  cmd->callback([args, exit_code] { *exit_code = RunIngest(*args); });
}

}  // namespace claimcheck::cli
