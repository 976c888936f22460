// claimcheck serve [--db PATH] [--port N] [--host H]: the local review page
// (claims/serve). Listens on 127.0.0.1 unless --host says otherwise; stops on
// Ctrl-C, or after --stop-after seconds (for scripts and tests).
#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <thread>

#include "claimcheck/rules.h"
#include "claimcheck/store.h"
#include "claims/serve/review_server.h"
#include "cli/commands.h"

namespace claimcheck::cli {
namespace {

struct ServeArgs {
  ServeOptions opts;
  int stop_after = 0;
};

// Set by SIGINT/SIGTERM; a watcher thread stops the server (stopping it
// is not async-signal-safe).
volatile std::sig_atomic_t g_stop = 0;
extern "C" void OnSignal(int) { g_stop = 1; }

int RunServe(ServeArgs a) {
  if (a.opts.db.empty()) a.opts.db = DefaultDbPath();
  if (a.opts.rules_dir.empty()) a.opts.rules_dir = DefaultRulesDir();
  if (a.opts.port < 0 || a.opts.port > 65535) return ReportError("serve: --port must be 0 to 65535");
  std::unique_ptr<ReviewServer> server;
  if (Status s = ReviewServer::Create(a.opts, &server); !s.ok()) return ReportError(s);
  int port = 0;
  if (Status s = server->Bind(&port); !s.ok()) return ReportError(s);
  if (a.opts.host != "127.0.0.1" && a.opts.host != "localhost" && a.opts.host != "::1") {
    std::fprintf(stderr,
                 "claimcheck: warning: serving on %s: anyone who can reach this machine can read "
                 "the articles (the review forms still need this session's token)\n",
                 a.opts.host.c_str());
  }
  std::printf("claimcheck: reviewing %s at http://127.0.0.1:%d/ (Ctrl-C stops)\n",
              a.opts.db.c_str(), port);
  std::fflush(stdout);
  std::signal(SIGINT, OnSignal);
  std::signal(SIGTERM, OnSignal);
  std::atomic<bool> done{false};
  std::thread watcher([&server, &done, s = a.stop_after] {
    auto start = std::chrono::steady_clock::now();
    while (!done) {
      if (g_stop || (s > 0 && std::chrono::steady_clock::now() - start >= std::chrono::seconds(s))) {
        server->Stop();
        return;
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
  });
  server->Run();
  done = true;
  watcher.join();
  return kExitOk;
}

}  // namespace

void AddServeCommand(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<ServeArgs>();
  CLI::App* cmd = app.add_subcommand(
      "serve", "The local review page: each article with its figures, sources and review forms");
  cmd->add_option("--db", args->opts.db, "Database (default: $CLAIMCHECK_DB or claims.db)");
  cmd->add_option("--port", args->opts.port, "Port (default 8765; 0 picks a free one)");
  cmd->add_option("--host", args->opts.host,
                  "Address to listen on (default 127.0.0.1: this machine only)");
  cmd->add_option("--sources", args->opts.sources,
                  "Stored sources to check against (default: the documents each article cites)");
  cmd->add_option("--rules", args->opts.rules_dir,
                  "Rules folder (default: $CLAIMCHECK_RULES or the bundled rules/)");
  cmd->add_option("--stop-after", args->stop_after, "Stop after this many seconds (0: never)");
  cmd->callback([args, exit_code] { *exit_code = RunServe(*args); });
}

}  // namespace claimcheck::cli
