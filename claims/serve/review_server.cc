#include "claims/serve/review_server.h"

#include <httplib.h>
#include <openssl/crypto.h>
#include <openssl/rand.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <map>
#include <mutex>
#include <thread>

#include "claimcheck/audit.h"
#include "claimcheck/store.h"
#include "claimcheck/util.h"
#include "claims/check/load.h"
#include "claims/check/roles.h"

namespace claimcheck {
namespace {

constexpr const char* kCsp =
    "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; "
    "base-uri 'none'";

std::string Esc(std::string_view s) { return HtmlEscape(s); }

std::string RandomToken() {
  unsigned char buf[32];
  if (RAND_bytes(buf, sizeof buf) != 1) return "";
  static const char* kHex = "0123456789abcdef";
  std::string out;
  for (unsigned char c : buf) {
    out.push_back(kHex[c >> 4]);
    out.push_back(kHex[c & 15]);
  }
  return out;
}

bool SameToken(const std::string& a, const std::string& b) {
  return a.size() == b.size() && !a.empty() && CRYPTO_memcmp(a.data(), b.data(), a.size()) == 0;
}

// A sentence of a source with where it sits, for the context around a passage.
struct SourceText {
  std::vector<StoredSentence> sentences;
  std::vector<StoredBlock> blocks;
};

const char* kPage = R"html(<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; form-action 'self'">
<title>%TITLE%</title>
<style>body{font:15px/1.45 system-ui,sans-serif;margin:1.2em auto;max-width:1320px;padding:0 1em}
table{border-collapse:collapse}th,td{border:1px solid #bbb;padding:.3em .6em;text-align:left}</style>
</head><body>
%BODY%
</body></html>
)html";

std::string Page(const std::string& title, const std::string& body) {
  std::string p = kPage;
  p.replace(p.find("%TITLE%"), 7, Esc(title));
  p.replace(p.find("%BODY%"), 6, body);
  return p;
}

class ServerImpl : public ReviewServer {
 public:
  ServerImpl(const ServeOptions& opts, std::unique_ptr<Store> store, std::string token)
      : opts_(opts), store_(std::move(store)), token_(std::move(token)) {}

  Status Bind(int* port) override {
    loopback_ = opts_.host == "127.0.0.1" || opts_.host == "localhost" || opts_.host == "::1";
    Setup();
    int p = opts_.port == 0 ? svr_.bind_to_any_port(opts_.host)
                            : (svr_.bind_to_port(opts_.host, opts_.port) ? opts_.port : -1);
    if (p <= 0) {
      return Status::IOError("serve: cannot listen on " + opts_.host + ":" +
                             std::to_string(opts_.port) + " (in use? try --port)");
    }
    port_ = p;
    *port = p;
    return Status::Ok();
  }
  void Run() override {
    if (!stop_requested_) svr_.listen_after_bind();
    run_done_ = true;
  }
  // A stop asked for before Run has started listening must not be lost
  // (httplib's stop does nothing then): it waits, briefly, for one of the two.
  void Stop() override {
    stop_requested_ = true;
    for (int i = 0; i < 500 && !run_done_; ++i) {
      if (svr_.is_running()) {
        svr_.stop();
        return;
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
  }
  const std::string& token() const override { return token_; }

 private:
  void Setup() {
    svr_.set_payload_max_length(opts_.max_body_bytes);
    svr_.set_read_timeout(10, 0);
    svr_.set_keep_alive_max_count(20);
    svr_.set_default_headers({{"Content-Security-Policy", kCsp},
                              {"X-Content-Type-Options", "nosniff"},
                              {"X-Frame-Options", "DENY"},
                              {"Referrer-Policy", "same-origin"},  // no-referrer would make Origin "null"
                              {"Cache-Control", "no-store"}});
    // Only requests addressed to this server by its loopback name: a page
    // elsewhere that rebinds its own name to 127.0.0.1 gets nothing.
    svr_.set_pre_routing_handler([this](const httplib::Request& req, httplib::Response& res) {
      std::string host = req.get_header_value("Host");
      std::string port = ":" + std::to_string(port_);
      bool ok = host == opts_.host + port || host == "127.0.0.1" + port ||
                host == "localhost" + port || host == "[::1]" + port;
      // Told to listen beyond this machine (--host), the server is reached
      // by names it cannot know; the token still guards every change.
      if (!loopback_) ok = true;
      if (!ok) {
        Error(res, 403, "This server answers only requests for 127.0.0.1" + port + ".");
        return httplib::Server::HandlerResponse::Handled;
      }
      return httplib::Server::HandlerResponse::Unhandled;
    });
    svr_.Get("/", [this](const httplib::Request&, httplib::Response& res) { Index(res); });
    svr_.Get(R"(/article/(\d+))", [this](const httplib::Request& req, httplib::Response& res) {
      ArticlePage(req.matches[1], req, res, "", 200);
    });
    svr_.Post(R"(/article/(\d+)/review)",
              [this](const httplib::Request& req, httplib::Response& res) { Save(req, res); });
    svr_.set_error_handler([](const httplib::Request&, httplib::Response& res) {
      if (res.body.empty()) {
        std::string msg = res.status == 413 ? "The request is too large."
                          : res.status == 404 ? "No such page."
                                              : "The request was refused.";
        res.set_content(Page("claimcheck", "<p>" + Esc(msg) + " <a href=\"/\">Articles</a></p>"),
                        "text/html; charset=utf-8");
      }
    });
  }

  static void Error(httplib::Response& res, int status, const std::string& msg) {
    res.status = status;
    res.set_content(Page("claimcheck: error", "<p class=\"notice error\">" + Esc(msg) +
                                                  "</p><p><a href=\"/\">Articles</a></p>"),
                    "text/html; charset=utf-8");
  }

  void Index(httplib::Response& res) {
    std::lock_guard<std::mutex> lock(mu_);
    std::vector<StoredDocument> docs;
    if (Status s = store_->Documents(&docs); !s.ok()) return Error(res, 500, s.message());
    std::string body = "<h1>Articles to review</h1>\n<table>\n<thead><tr><th>Article</th>"
                       "<th>Publisher</th><th>Date</th><th>File</th></tr></thead>\n<tbody>\n";
    // What `docs` calls an article: stored as one, or an `auto` document the
    // role finder reads as one (the README's plain `ingest` stores every
    // document as auto; trial19 found this page empty for such a store).
    std::vector<DocumentRole> roles;
    if (std::any_of(docs.begin(), docs.end(), [](const StoredDocument& d) { return d.role == "auto"; })) {
      CheckInput in;
      if (Status s = LoadCheckInput(store_.get(), &in); !s.ok()) return Error(res, 500, s.message());
      docs = in.documents;  // the same rows, read in the one loader's order
      roles = EffectiveRoles(in, opts_.rules_dir);
    }
    int n = 0;
    for (size_t i = 0; i < docs.size(); ++i) {
      const StoredDocument& d = docs[i];
      bool article = d.role == "article" ||
                     (d.role == "auto" && i < roles.size() &&
                      (roles[i].role == "article" || roles[i].also_article));
      if (!article) continue;
      ++n;
      body += "<tr><td><a href=\"/article/" + std::to_string(d.id) + "\">" +
              Esc(d.title.empty() ? d.path : d.title) + "</a></td><td>" + Esc(d.publisher) +
              "</td><td>" + Esc(d.date) + "</td><td>" + Esc(d.path) + "</td></tr>\n";
    }
    body += "</tbody></table>\n";
    if (n == 0) {
      body += "<p>No articles in this database yet: <code>claimcheck ingest FILE</code> (a "
              "document that names another stored document's publisher or title is an "
              "article; <code>--role article</code> says so outright).</p>";
    }
    res.set_content(Page("claimcheck: articles", body), "text/html; charset=utf-8");
  }

  Status LoadSource(const std::string& doc_id, SourceText* out) {
    if (Status s = store_->Sentences(doc_id, &out->sentences); !s.ok()) return s;
    if (Status s = store_->Blocks(doc_id, &out->blocks); !s.ok()) return s;
    return Status::Ok();
  }

  std::string Context(std::map<std::string, SourceText>* cache, const AuditRow& r,
                      const std::string& marked) {
    const SourcePassage& p = *r.source;
    auto it = cache->find(p.doc_id);
    if (it == cache->end()) {
      SourceText src;
      if (!LoadSource(p.doc_id, &src).ok()) src = SourceText{};
      it = cache->emplace(p.doc_id, std::move(src)).first;
    }
    return PassageContextHtml(it->second.sentences, it->second.blocks, p, marked);
  }

  std::string ReviewForm(const std::string& article_id, const AuditRow& r) {
    std::string n = std::to_string(r.number);
    std::string out = "<form class=\"review\" method=\"post\" action=\"/article/" + article_id +
                      "/review\"><input type=\"hidden\" name=\"token\" value=\"" + token_ +
                      "\"><input type=\"hidden\" name=\"row\" value=\"" + Esc(r.row_id) +
                      "\"><input type=\"hidden\" name=\"stamp\" value=\"" + Esc(r.review_stamp) +
                      "\"><label>Verdict <select name=\"verdict\" required><option value=\"\"" +
                      (r.verdict.empty() ? " selected" : "") + ">choose...</option>";
    for (const std::string& v : ReviewVerdicts()) {
      out += "<option value=\"" + v + "\"" + (r.verdict == v ? " selected" : "") + ">" +
             Esc(VerdictLabel(v)) + "</option>";
    }
    out += "</select></label><label>Initials <input name=\"initials\" maxlength=\"16\" "
           "required autocomplete=\"off\" value=\"" + Esc(r.reviewer_initials) +
           "\"></label><label>Note <textarea name=\"note\" maxlength=\"4000\">" +
           Esc(r.reviewer_note) + "</textarea></label><label>Correction <textarea "
           "name=\"correction\" maxlength=\"4000\">" + Esc(r.correction) +
           "</textarea></label>";
    if (!r.reviewer_date.empty()) out += "<small>last saved " + Esc(r.reviewer_date) + "</small>";
    out += "<button type=\"submit\" name=\"save\" value=\"" + n + "\">Save row " + n +
           "</button></form>";
    return out;
  }

  Status Sheet(const std::string& id, AuditSheet* sheet) {
    StoredDocument d;
    if (Status s = store_->FindDocument(id, &d); !s.ok()) return s;
    StoredSheetOptions o;
    o.rules_dir = opts_.rules_dir;
    o.source_ids = opts_.sources;
    return BuildStoredSheet(store_.get(), d.path, o, sheet);
  }

  // Renders the page; the caller holds no lock.
  void ArticlePage(const std::string& id, const httplib::Request& req, httplib::Response& res,
                   const std::string& error, int status) {
    std::lock_guard<std::mutex> lock(mu_);
    AuditSheet sheet;
    Status s = Sheet(id, &sheet);
    if (s.code() == Status::Code::kNotFound) return Error(res, 404, "No such article.");
    if (!s.ok()) return Error(res, 500, s.message());
    std::map<std::string, SourceText> cache;
    HtmlOptions h;
    h.top_html = "<p class=\"noprint\"><a href=\"/\">All articles</a></p>\n";
    if (!error.empty()) {
      h.top_html += "<p class=\"notice error\" role=\"alert\">" + Esc(error) + "</p>\n";
    } else if (req.has_param("saved")) {
      // Only a number goes back into the page.
      std::string n = req.get_param_value("saved");
      if (!n.empty() && n.size() < 8 && n.find_first_not_of("0123456789") == std::string::npos)
        h.top_html += "<p class=\"notice\" role=\"status\">Row " + n + " saved.</p>\n";
    }
    h.review_cell = [&](const AuditRow& r) { return ReviewForm(id, r); };
    h.passage_context = [&](const AuditRow& r, const std::string& marked) {
      return Context(&cache, r, marked);
    };
    sheet.generated_at = NowIso8601();
    res.status = status;
    res.set_content(AuditToHtml(sheet, h), "text/html; charset=utf-8");
  }

  void Save(const httplib::Request& req, httplib::Response& res) {
    const std::string id = req.matches[1];
    // Forms from this page only: the token it printed, and (when the
    // browser says) this origin.
    if (!SameToken(req.get_param_value("token"), token_)) {
      return Error(res, 403, "Refused: the form has no valid session token. Reload the page.");
    }
    std::string origin = req.get_header_value("Origin");
    if (!origin.empty() && origin != "http://" + req.get_header_value("Host")) {
      return Error(res, 403, "Refused: the form came from another site.");
    }
    std::string row_id = req.get_param_value("row");
    std::string error;
    int number = 0;
    {
      std::lock_guard<std::mutex> lock(mu_);
      AuditSheet sheet;
      Status s = Sheet(id, &sheet);
      if (s.code() == Status::Code::kNotFound) return Error(res, 404, "No such article.");
      if (!s.ok()) return Error(res, 500, s.message());
      const AuditRow* row = nullptr;
      for (const AuditRow& r : sheet.rows) {
        if (r.row_id == row_id) row = &r;
      }
      ReviewChange c;
      c.via = "serve";
      c.reviewer = CollapseSpace(req.get_param_value("initials"));
      c.note = req.get_param_value("note");
      c.correction = req.get_param_value("correction");
      std::string typed = req.get_param_value("verdict");
      if (!row) {
        error = "That row is no longer in the article (it changed since the page was loaded).";
      } else if (!ParseVerdict(typed, &c.verdict)) {
        error = "Row " + std::to_string(row->number) + ": choose a verdict.";
      } else if (c.reviewer.empty()) {
        error = "Row " + std::to_string(row->number) + ": give your initials.";
      } else if (req.get_param_value("stamp") != row->review_stamp) {
        error = "Row " + std::to_string(row->number) + " was changed by " +
                row->reviewer_initials + " since this page was loaded; check it and save again.";
      } else {
        // Browsers send CRLF in textareas; the store keeps LF.
        for (std::string* t : {&c.note, &c.correction}) {
          std::string clean;
          for (char ch : *t) {
            if (ch != '\r') clean.push_back(ch);
          }
          *t = clean;
        }
        Status rs = store_->RecordReviews({{row->figure, c}}, nullptr);
        if (!rs.ok()) {
          error = "Row " + std::to_string(row->number) + ": " + rs.message();
        } else {
          number = row->number;
        }
      }
    }
    if (!error.empty()) return ArticlePage(id, req, res, error, 400);
    // Post/redirect/get: a reload does not post again.
    res.status = 303;
    res.set_header("Location", "/article/" + id + "?saved=" + std::to_string(number) + "#row-" +
                                   std::to_string(number));
  }

  ServeOptions opts_;
  std::unique_ptr<Store> store_;
  std::string token_;
  std::mutex mu_;
  httplib::Server svr_;
  int port_ = 0;
  bool loopback_ = true;
  std::atomic<bool> stop_requested_{false}, run_done_{false};
};

}  // namespace

namespace {
std::string BlockText(const std::vector<StoredSentence>& sentences, int block) {
  std::string t;
  for (const StoredSentence& s : sentences) {
    if (s.block == block) t += (t.empty() ? "" : " ") + s.text;
  }
  return t;
}
}  // namespace

std::string PassageContextHtml(const std::vector<StoredSentence>& sentences,
                               const std::vector<StoredBlock>& blocks, const SourcePassage& p,
                               const std::string& marked) {
  int at = -1;
  for (size_t i = 0; i < sentences.size(); ++i) {
    if (sentences[i].text == p.sentence && sentences[i].block + 1 == p.paragraph) {
      at = static_cast<int>(i);
      break;
    }
  }
  std::string out = "<div class=\"context\">";
  if (at < 0) return out + "<blockquote class=\"here\">" + marked + "</blockquote></div>";
  // Blocks by index (the stored list is in order but may have gaps).
  std::map<int, const StoredBlock*> by_index;
  for (const StoredBlock& b : blocks) by_index[b.index] = &b;
  auto block_at = [&](int i) -> const StoredBlock* {
    auto it = by_index.find(i);
    return it == by_index.end() ? nullptr : it->second;
  };
  int block = sentences[at].block;
  const StoredBlock* cell = block_at(block);
  if (cell && cell->kind == "table_cell") {
    // The table holding this cell: the run of cells around it, from its
    // first cell (row 0, column 0) to the next table's first cell.
    int first = block;
    while (block_at(first - 1) && block_at(first - 1)->kind == "table_cell" &&
           !(block_at(first)->row == 0 && block_at(first)->col == 0)) {
      --first;
    }
    std::string col_head, row_head;
    for (int b = first; block_at(b) && block_at(b)->kind == "table_cell"; ++b) {
      const StoredBlock* c = block_at(b);
      if (b != first && c->row == 0 && c->col == 0) break;
      if (c->row == 0 && c->col == cell->col && cell->row != 0) col_head = BlockText(sentences, b);
      if (c->row == cell->row && c->col == 0 && cell->col != 0) row_head = BlockText(sentences, b);
    }
    out += "<span class=\"cellhead\">Table cell";
    if (!row_head.empty()) out += ", row: <b>" + HtmlEscape(row_head) + "</b>";
    if (!col_head.empty()) out += ", column: <b>" + HtmlEscape(col_head) + "</b>";
    return out + "</span><blockquote class=\"here\">" + marked + "</blockquote></div>";
  }
  if (at > 0) out += "<span class=\"before\">" + HtmlEscape(sentences[at - 1].text) + "</span> ";
  out += "<blockquote class=\"here\">" + marked + "</blockquote>";
  if (static_cast<size_t>(at + 1) < sentences.size())
    out += "<span class=\"after\">" + HtmlEscape(sentences[at + 1].text) + "</span>";
  return out + "</div>";
}

Status ReviewServer::Create(const ServeOptions& opts, std::unique_ptr<ReviewServer>* out) {
  StoreOptions so;
  so.create_if_missing = false;
  std::unique_ptr<Store> store;
  if (Status s = Store::Open(opts.db, so, &store); !s.ok()) return s;
  for (const std::string& src : opts.sources) {
    StoredDocument d;
    if (Status s = store->FindDocument(src, &d); !s.ok()) return s;
  }
  std::string token = RandomToken();
  if (token.empty()) return Status::IOError("serve: no randomness for the session token");
  *out = std::make_unique<ServerImpl>(opts, std::move(store), std::move(token));
  return Status::Ok();
}

}  // namespace claimcheck
