// The local review page (claimcheck serve): one page per stored article with
// its text, every figure marked, each row's source passage in context, and a
// form per row whose verdict, initials, note and correction are saved to the
// store. Built for a newsroom laptop: it listens on 127.0.0.1 unless told
// otherwise, answers only requests addressed to that host (no DNS
// rebinding), escapes every document string, sends no script and loads
// nothing from elsewhere (a Content-Security-Policy forbids it), takes POSTs
// only with the per-session token printed into its own pages, bounds request
// bodies, and writes each change in one transaction.
#ifndef CLAIMCHECK_CLAIMS_SERVE_REVIEW_SERVER_H_
#define CLAIMCHECK_CLAIMS_SERVE_REVIEW_SERVER_H_

#include <memory>
#include <string>
#include <vector>

#include "claimcheck/audit.h"
#include "claimcheck/status.h"
#include "claimcheck/store.h"

namespace claimcheck {

struct ServeOptions {
  std::string db;                 // database path (must exist)
  std::string host = "127.0.0.1";
  int port = 8765;                // 0: any free port (tests)
  std::string rules_dir;
  std::vector<std::string> sources;  // stored sources to check against; empty = what each article cites
  size_t max_body_bytes = 64 * 1024;
};

class ReviewServer {
 public:
  static Status Create(const ServeOptions& opts, std::unique_ptr<ReviewServer>* out);
  virtual ~ReviewServer() = default;
  // Binds the socket; *port receives the port actually bound.
  virtual Status Bind(int* port) = 0;
  // Serves until Stop (blocks).
  virtual void Run() = 0;
  // Thread-safe (not async-signal-safe); makes Run return, or makes a Run
  // that has not started yet return at once.
  virtual void Stop() = 0;
  // The per-session token forms must carry (for tests).
  virtual const std::string& token() const = 0;
};

// A source passage in context, as HTML (escaped): the sentence before, the
// passage (`marked`: already escaped, its figure marked), the sentence after;
// for a table cell, the cell's row and column headers instead.
std::string PassageContextHtml(const std::vector<StoredSentence>& sentences,
                               const std::vector<StoredBlock>& blocks, const SourcePassage& p,
                               const std::string& marked);

}  // namespace claimcheck

#endif  // CLAIMCHECK_CLAIMS_SERVE_REVIEW_SERVER_H_
