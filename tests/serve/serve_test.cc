// The review server (claims/serve) run in this process on 127.0.0.1 with an
// ephemeral port, stopped by each test: its safety rules checked over HTTP
// (token, host, body bound, escaping, whole writes), then the page driven in
// headless Chromium over the DevTools protocol (--remote-debugging-pipe):
// load, change a verdict, reload, see it kept; a planted <script> shows as
// text; the page fits a 1366-pixel screen and prints without its buttons.
#include <fcntl.h>
#include <httplib.h>
#include <openssl/evp.h>
#include <poll.h>
#include <signal.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <thread>

#include "claimcheck/audit.h"
#include "claimcheck/document.h"
#include "claimcheck/extract.h"
#include "claimcheck/rules.h"
#include "claimcheck/store.h"
#include "claims/serve/review_server.h"
#include "tests/chromium.h"
#include "tests/scratch.h"

using namespace claimcheck;
using Json = nlohmann::json;

namespace {

std::string TempDir() { return cctest::ScratchDir("serve"); }

void Ingest(Store* store, const std::string& path, const std::string& role) {
  Document doc;
  REQUIRE(ReadDocument(path, ReadOptions{}, &doc).ok());
  Extractor ex(DefaultRulesDir());
  Extraction e;
  REQUIRE(ex.Extract(doc, "auto", &e).ok());
  Store::IngestOutcome outcome;
  REQUIRE(store->Ingest(doc, role, e, &outcome).ok());
}

// A database with the corpus article, its source and the hostile article.
struct Fixture {
  std::string dir = TempDir();
  std::string db = dir + "/claims.db";
  long long article = 0, hostile = 0;
  Fixture() {
    std::unique_ptr<Store> store;
    REQUIRE(Store::Open(db, &store).ok());
    Ingest(store.get(), "corpus/audit/cep-report.txt", "source");
    Ingest(store.get(), "corpus/audit/cep-article.txt", "article");
    Ingest(store.get(), "corpus/audit/hostile-article.txt", "article");
    StoredDocument d;
    REQUIRE(store->FindDocument("corpus/audit/cep-article.txt", &d).ok());
    article = d.id;
    REQUIRE(store->FindDocument("corpus/audit/hostile-article.txt", &d).ok());
    hostile = d.id;
  }
  ~Fixture() { std::filesystem::remove_all(dir); }
  std::string Query(const std::string& sql) const {
    sqlite3* h = nullptr;
    sqlite3_open_v2(db.c_str(), &h, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt* st = nullptr;
    std::string out;
    if (sqlite3_prepare_v2(h, sql.c_str(), -1, &st, nullptr) == SQLITE_OK) {
      while (sqlite3_step(st) == SQLITE_ROW) {
        const unsigned char* t = sqlite3_column_text(st, 0);
        out += (out.empty() ? "" : "|") + std::string(t ? reinterpret_cast<const char*>(t) : "");
      }
    }
    sqlite3_finalize(st);
    sqlite3_close(h);
    return out;
  }
};

// The server on a thread; stopped and joined when this goes out of scope.
struct Running {
  std::unique_ptr<ReviewServer> server;
  std::thread thread;
  int port = 0;
  explicit Running(const std::string& db, size_t max_body = 64 * 1024) {
    ServeOptions o;
    o.db = db;
    o.port = 0;
    o.rules_dir = DefaultRulesDir();
    o.max_body_bytes = max_body;
    REQUIRE(ReviewServer::Create(o, &server).ok());
    REQUIRE(server->Bind(&port).ok());
    thread = std::thread([this] { server->Run(); });
  }
  ~Running() {
    server->Stop();
    thread.join();
  }
  std::string Url(const std::string& path) const {
    return "http://127.0.0.1:" + std::to_string(port) + path;
  }
};

// Row `number`'s id, read from the page's data-row-id attribute.
std::string RowIdOnPage(const std::string& page, int number) {
  std::string key = "<tr id=\"row-" + std::to_string(number) + "\"";
  size_t at = page.find(key);
  REQUIRE(at != std::string::npos);
  size_t id = page.find("data-row-id=\"", at);
  REQUIRE(id != std::string::npos);
  id += 13;
  return page.substr(id, page.find('"', id) - id);
}

}  // namespace

TEST_CASE("serve: pages escape documents; POSTs need the token, the host, a bounded body") {
  Fixture f;
  Running srv(f.db, 8 * 1024);
  httplib::Client cli("127.0.0.1", srv.port);
  cli.set_connection_timeout(5);
  cli.set_read_timeout(30);

  auto index = cli.Get("/");
  REQUIRE(index);
  CHECK(index->status == 200);
  CHECK(index->get_header_value("Content-Security-Policy").find("default-src 'none'") !=
        std::string::npos);
  CHECK(index->body.find("/article/" + std::to_string(f.article)) != std::string::npos);
  CHECK(index->body.find("Planted &lt;script&gt;") != std::string::npos);
  CHECK(index->body.find("<script") == std::string::npos);

  std::string path = "/article/" + std::to_string(f.article);
  auto page = cli.Get(path.c_str());
  REQUIRE(page);
  REQUIRE(page->status == 200);
  const std::string& html = page->body;
  CHECK(html.find("<script") == std::string::npos);
  CHECK(html.find("name=\"token\" value=\"" + srv.server->token() + "\"") != std::string::npos);
  // Every figure marked in the text, every row with a form.
  CHECK(html.find("id=\"fig-1\"") != std::string::npos);
  CHECK(html.find("<form class=\"review\"") != std::string::npos);
  // The source passage with its neighbouring sentence.
  CHECK(html.find("class=\"before\"") != std::string::npos);
  CHECK(html.find("id=\"sign-off\"") != std::string::npos);

  auto hostile = cli.Get(("/article/" + std::to_string(f.hostile)).c_str());
  REQUIRE(hostile);
  CHECK(hostile->body.find("<script") == std::string::npos);
  CHECK(hostile->body.find("<img") == std::string::npos);
  CHECK(hostile->body.find("&lt;script&gt;document.body.setAttribute(&#39;data-pwned&#39;") !=
        std::string::npos);

  std::string row = RowIdOnPage(html, 1);
  httplib::Params good = {{"token", srv.server->token()}, {"row", row}, {"stamp", ""},
                          {"verdict", "correct"},         {"initials", "JM"},
                          {"note", "line one\r\nline two"}, {"correction", ""}};
  std::string post = path + "/review";

  httplib::Params no_token = good;
  no_token.erase("token");
  auto r = cli.Post(post.c_str(), no_token);
  REQUIRE(r);
  CHECK(r->status == 403);
  httplib::Params wrong_token = good;
  wrong_token.find("token")->second = std::string(64, 'a');
  r = cli.Post(post.c_str(), wrong_token);
  REQUIRE(r);
  CHECK(r->status == 403);
  // A page elsewhere whose name resolves here (DNS rebinding) is refused.
  r = cli.Post(post.c_str(), httplib::Headers{{"Host", "evil.example:" + std::to_string(srv.port)}},
               good);
  REQUIRE(r);
  CHECK(r->status == 403);
  r = cli.Post(post.c_str(), httplib::Headers{{"Origin", "http://evil.example"}}, good);
  REQUIRE(r);
  CHECK(r->status == 403);
  // Too large a body.
  httplib::Params huge = good;
  huge.find("note")->second = std::string(20000, 'x');
  r = cli.Post(post.c_str(), huge);
  REQUIRE(r);
  CHECK(r->status == 413);
  CHECK(f.Query("SELECT count(*) FROM reviews") == "0");
  CHECK(f.Query("SELECT count(*) FROM review_history") == "0");

  // Missing initials: the page again with the error, nothing written.
  httplib::Params anon = good;
  anon.find("initials")->second = "  ";
  r = cli.Post(post.c_str(), anon);
  REQUIRE(r);
  CHECK(r->status == 400);
  CHECK(r->body.find("give your initials") != std::string::npos);
  CHECK(f.Query("SELECT count(*) FROM reviews") == "0");

  r = cli.Post(post.c_str(), good);
  REQUIRE(r);
  CHECK(r->status == 303);
  CHECK(r->get_header_value("Location") == path + "?saved=1#row-1");
  CHECK(f.Query("SELECT verdict || ',' || reviewer || ',' || note FROM reviews") ==
        "correct,JM,line one\nline two");
  CHECK(f.Query("SELECT via FROM review_history") == "serve");

  // The form still holds the old stamp: a second save from it is refused
  // as stale instead of overwriting the first.
  httplib::Params late = good;
  late.find("verdict")->second = "incorrect";
  r = cli.Post(post.c_str(), late);
  REQUIRE(r);
  CHECK(r->status == 400);
  CHECK(r->body.find("was changed by JM") != std::string::npos);
  CHECK(f.Query("SELECT verdict FROM reviews") == "correct");
}

TEST_CASE("serve: a verdict on the second of two figures alike in a sentence is its row's alone") {
  // trial10: both "2024-25" of one sentence were one review, so saving one
  // row's verdict showed it on the other row too.
  std::string dir = TempDir();
  std::string db = dir + "/claims.db", article = dir + "/club.txt";
  std::ofstream(article) << "title: Cuentas del club\npublisher: Diario del Puerto\ndate: 2026-11-20\n\n"
                            "El club ingresó 48 millones de euros en la temporada 2024-25, según su "
                            "Memoria económica de la temporada 2024-25.\n";
  long long id = 0;
  std::string first, second;
  {
    std::unique_ptr<Store> store;
    REQUIRE(Store::Open(db, &store).ok());
    Ingest(store.get(), article, "article");
    StoredDocument d;
    REQUIRE(store->FindDocument(article, &d).ok());
    id = d.id;
    std::vector<Figure> figs;
    REQUIRE(store->Figures({d.doc_id, ""}, &figs).ok());
    for (const Figure& f : figs) {
      if (f.text == "2024-25") (first.empty() ? first : second) = RowIdOf(f);
    }
  }
  REQUIRE_FALSE(second.empty());
  CHECK(first != second);
  Running srv(db);
  httplib::Client cli("127.0.0.1", srv.port);
  cli.set_connection_timeout(5);
  cli.set_read_timeout(30);
  std::string path = "/article/" + std::to_string(id);
  // The form of the row with this id, as the page shows it.
  auto form = [&](const std::string& row) {
    auto page = cli.Get(path.c_str());
    REQUIRE(page);
    size_t at = page->body.find("name=\"row\" value=\"" + row + "\"");
    REQUIRE(at != std::string::npos);
    return page->body.substr(at, page->body.find("</form>", at) - at);
  };
  CHECK(form(first).find("value=\"QA\"") == std::string::npos);
  httplib::Params p = {{"token", srv.server->token()}, {"row", second}, {"stamp", ""},
                       {"verdict", "not_a_claim"},     {"initials", "QA"},
                       {"note", ""},                   {"correction", ""}};
  auto r = cli.Post((path + "/review").c_str(), p);
  REQUIRE(r);
  CHECK(r->status == 303);
  sqlite3* h = nullptr;
  REQUIRE(sqlite3_open_v2(db.c_str(), &h, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
  sqlite3_stmt* st = nullptr;
  REQUIRE(sqlite3_prepare_v2(h, "SELECT count(*), max(occurrence) FROM reviews", -1, &st, nullptr) ==
          SQLITE_OK);
  REQUIRE(sqlite3_step(st) == SQLITE_ROW);
  CHECK(sqlite3_column_int(st, 0) == 1);
  CHECK(sqlite3_column_int(st, 1) == 2);
  sqlite3_finalize(st);
  sqlite3_close(h);
  CHECK(form(second).find("value=\"QA\"") != std::string::npos);
  CHECK(form(first).find("value=\"QA\"") == std::string::npos);
  CHECK(form(first).find("<option value=\"\" selected>") != std::string::npos);
  std::filesystem::remove_all(dir);
}

// ---- headless Chromium over the DevTools protocol ------------------------

namespace {
using testing::Chromium;

// Chromium with --remote-debugging-pipe: commands go in on its fd 3,
// answers and events come out on its fd 4, each message ended by a NUL.
class Browser {
 public:
  bool Start() {
    profile_ = TempDir();
    int in[2], out[2];
    if (pipe(in) != 0 || pipe(out) != 0) return false;
    pid_ = fork();
    if (pid_ == 0) {
      // Its own process group, so the teardown stops Chromium's helper
      // processes too: they keep writing into the profile after the main
      // process exits, and removing the profile then raced them.
      setpgid(0, 0);
      int r = fcntl(in[0], F_DUPFD, 10), w = fcntl(out[1], F_DUPFD, 10);
      dup2(r, 3);
      dup2(w, 4);
      int devnull = open("/dev/null", O_RDWR);
      dup2(devnull, 1);
      dup2(devnull, 2);
      for (int fd = 5; fd < 256; ++fd) close(fd);
      std::string dir = "--user-data-dir=" + profile_;
      execl(Chromium().c_str(), Chromium().c_str(), "--headless", "--remote-debugging-pipe",
            "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--no-first-run", "--hide-scrollbars", dir.c_str(), "about:blank",
            static_cast<char*>(nullptr));
      _exit(127);
    }
    if (pid_ > 0) setpgid(pid_, pid_);  // as the child does: no race with kill
    close(in[0]);
    close(out[1]);
    to_ = in[1];
    from_ = out[0];
    return pid_ > 0;
  }
  ~Browser() {
    if (to_ >= 0) close(to_);
    if (from_ >= 0) close(from_);
    if (pid_ > 0) {
      kill(-pid_, SIGTERM);
      int st;
      for (int i = 0; i < 50 && waitpid(pid_, &st, WNOHANG) == 0; ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
      kill(-pid_, SIGKILL);  // the main process if it hung, and any helper
      waitpid(pid_, &st, 0);
    }
    // A destructor must not throw: a file appearing while the tree is
    // removed fails one pass, so try a few times and never abort.
    for (int i = 0; !profile_.empty() && i < 5; ++i) {
      std::error_code ec;
      std::filesystem::remove_all(profile_, ec);
      if (!ec) break;
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
  }

  // Sends one command and returns its result (or {"error": ...}).
  Json Call(const std::string& method, const Json& params = Json::object()) {
    int id = ++next_id_;
    Json msg = {{"id", id}, {"method", method}, {"params", params}};
    if (!session_.empty()) msg["sessionId"] = session_;
    std::string bytes = msg.dump();
    bytes.push_back('\0');
    size_t done = 0;
    while (done < bytes.size()) {
      ssize_t n = write(to_, bytes.data() + done, bytes.size() - done);
      if (n <= 0) return Json{{"error", "write failed"}};
      done += static_cast<size_t>(n);
    }
    auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    while (std::chrono::steady_clock::now() < deadline) {
      size_t nul = buf_.find('\0');
      if (nul != std::string::npos) {
        Json m = Json::parse(buf_.substr(0, nul), nullptr, false);
        buf_.erase(0, nul + 1);
        if (m.is_object() && m.value("id", -1) == id) {
          if (m.contains("error")) return Json{{"error", m["error"]}};
          return m.value("result", Json::object());
        }
        continue;  // an event
      }
      pollfd p{from_, POLLIN, 0};
      if (poll(&p, 1, 1000) <= 0) continue;
      char chunk[65536];
      ssize_t n = read(from_, chunk, sizeof chunk);
      if (n <= 0) return Json{{"error", "browser closed the pipe"}};
      buf_.append(chunk, static_cast<size_t>(n));
    }
    return Json{{"error", "timeout waiting for " + method}};
  }

  bool Open() {
    Json t = Call("Target.createTarget", {{"url", "about:blank"}});
    if (!t.contains("targetId")) return false;
    Json a = Call("Target.attachToTarget", {{"targetId", t["targetId"]}, {"flatten", true}});
    if (!a.contains("sessionId")) return false;
    session_ = a["sessionId"];
    Call("Page.enable");
    return true;
  }

  Json Eval(const std::string& js) {
    Json r = Call("Runtime.evaluate", {{"expression", js}, {"returnByValue", true}});
    if (r.contains("error") || !r.contains("result")) return Json{{"error", r.dump()}};
    return r["result"].value("value", Json());
  }

  // Waits until the document at a URL containing `want` has loaded.
  bool WaitFor(const std::string& want) {
    for (int i = 0; i < 300; ++i) {
      Json v = Eval("document.readyState + ' ' + location.href");
      if (v.is_string()) {
        std::string s = v;
        if (s.rfind("complete ", 0) == 0 && s.find(want) != std::string::npos) return true;
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    return false;
  }

  bool Go(const std::string& url) {
    Call("Page.navigate", {{"url", url}});
    return WaitFor(url);
  }

 private:
  pid_t pid_ = -1;
  int to_ = -1, from_ = -1;
  int next_id_ = 0;
  std::string buf_, session_, profile_;
};

std::string Base64Decode(const std::string& in) {
  std::string out(in.size() / 4 * 3 + 3, '\0');
  int n = EVP_DecodeBlock(reinterpret_cast<unsigned char*>(out.data()),
                          reinterpret_cast<const unsigned char*>(in.data()),
                          static_cast<int>(in.size()));
  if (n < 0) return "";
  size_t pad = 0;
  if (!in.empty() && in.back() == '=') ++pad;
  if (in.size() > 1 && in[in.size() - 2] == '=') ++pad;
  out.resize(static_cast<size_t>(n) - pad);
  return out;
}
}  // namespace

TEST_CASE("serve in headless Chromium: change a verdict, reload, kept; planted script is text") {
  if (Chromium().empty()) {
    WARN("chromium is not installed and `bash scripts/deps.sh browser` could not install it: "
         "SKIPPING the browser test of the review page");
    return;
  }
  Fixture f;
  Running srv(f.db);
  Browser b;
  REQUIRE(b.Start());
  REQUIRE(b.Open());
  std::string page = srv.Url("/article/" + std::to_string(f.article));
  REQUIRE(b.Go(page));
  CHECK(b.Eval("document.querySelectorAll('form.review').length").get<int>() >= 5);
  CHECK(b.Eval("document.querySelector('#review-2 select').value") == "");

  // The editor picks a verdict, types initials and a note, and saves.
  Json clicked = b.Eval(
      "(() => { const f = document.querySelector('#review-2 form');"
      " f.querySelector('select[name=verdict]').value = 'misleading';"
      " f.querySelector('input[name=initials]').value = 'JM';"
      " f.querySelector('textarea[name=note]').value = 'Quote is trimmed <b>here</b>';"
      " f.querySelector('button').click(); return true; })()");
  REQUIRE(clicked == true);
  bool saved = b.WaitFor("saved=2");
  INFO("after saving: " << b.Eval("location.href + ' ' + document.body.textContent.slice(0, 300)"));
  REQUIRE(saved);
  CHECK(b.Eval("document.querySelector('.notice').textContent") == "Row 2 saved.");
  b.Call("Page.reload");
  REQUIRE(b.WaitFor("saved=2"));
  CHECK(b.Eval("document.querySelector('#review-2 select').value") == "misleading");
  CHECK(b.Eval("document.querySelector('#review-2 input[name=initials]').value") == "JM");
  CHECK(b.Eval("document.querySelector('#review-2 textarea[name=note]').value") ==
        "Quote is trimmed <b>here</b>");
  CHECK(b.Eval("document.querySelector('#row-2').dataset.verdict") == "misleading");
  CHECK(b.Eval("document.querySelector('#row-2 td.status').textContent.startsWith('misleading')") ==
        true);
  CHECK(f.Query("SELECT verdict || ',' || reviewer FROM reviews") == "misleading,JM");
  CHECK(b.Eval("document.querySelector('#sign-off').textContent.includes('1 of')") == true);

  // Fits a 1366-pixel laptop screen: nothing wider than the window.
  b.Call("Emulation.setDeviceMetricsOverride",
         {{"width", 1366}, {"height", 768}, {"deviceScaleFactor", 1}, {"mobile", false}});
  REQUIRE(b.Go(page));
  CHECK(b.Eval("document.documentElement.scrollWidth").get<int>() <= 1366);
  Json shot = b.Call("Page.captureScreenshot", {{"format", "png"}});
  REQUIRE(shot.contains("data"));
  std::string png = Base64Decode(shot["data"]);
  CHECK(png.compare(0, 8, "\x89PNG\r\n\x1a\n") == 0);
  if (const char* keep = std::getenv("CLAIMCHECK_SERVE_SCREENSHOT")) {
    std::ofstream(keep, std::ios::binary) << png;
    // The whole page in 1366x900 pieces, for a person to look at.
    int height = b.Eval("document.documentElement.scrollHeight").get<int>();
    for (int y = 0, i = 1; y < height && i <= 8; y += 900, ++i) {
      Json part = b.Call("Page.captureScreenshot",
                         {{"format", "png"},
                          {"captureBeyondViewport", true},
                          {"clip", {{"x", 0}, {"y", y}, {"width", 1366}, {"height", 900},
                                    {"scale", 1}}}});
      if (part.contains("data"))
        std::ofstream(std::string(keep) + "." + std::to_string(i) + ".png", std::ios::binary)
            << Base64Decode(part["data"]);
    }
  }
  // Printed (A4 landscape is about 1040 CSS pixels inside its margins): the
  // buttons go, the table still fits.
  b.Call("Emulation.setEmulatedMedia", {{"media", "print"}});
  b.Call("Emulation.setDeviceMetricsOverride",
         {{"width", 1040}, {"height", 700}, {"deviceScaleFactor", 1}, {"mobile", false}});
  CHECK(b.Eval("getComputedStyle(document.querySelector('form.review button')).display") ==
        "none");
  CHECK(b.Eval("document.documentElement.scrollWidth").get<int>() <= 1040);
  if (const char* keep = std::getenv("CLAIMCHECK_SERVE_SCREENSHOT")) {
    Json printed = b.Call("Page.captureScreenshot",
                          {{"format", "png"},
                           {"captureBeyondViewport", true},
                           {"clip", {{"x", 0}, {"y", 1100}, {"width", 1040}, {"height", 900},
                                     {"scale", 1}}}});
    if (printed.contains("data"))
      std::ofstream(std::string(keep) + ".print.png", std::ios::binary)
          << Base64Decode(printed["data"]);
  }
  Json pdf = b.Call("Page.printToPDF", {{"landscape", true}, {"printBackground", true}});
  CHECK(pdf.contains("data"));
  b.Call("Emulation.setEmulatedMedia", {{"media", ""}});

  // The hostile article: its planted script and image are text, nothing ran.
  REQUIRE(b.Go(srv.Url("/article/" + std::to_string(f.hostile))));
  CHECK(b.Eval("document.querySelectorAll('script').length") == 0);
  CHECK(b.Eval("document.querySelectorAll('img').length") == 0);
  CHECK(b.Eval("document.body.hasAttribute('data-pwned')") == false);
  CHECK(b.Eval("document.title") ==
        "Claim audit: Planted <script>document.title='pwned'</script> headline");
  CHECK(b.Eval("document.body.textContent.includes(\"<script>document.body.setAttribute('data-"
               "pwned','yes')</script>\")") == true);
}

TEST_CASE("serve: a source passage in a table cell shows its row and column headers") {
  Fixture f;
  std::unique_ptr<Store> store;
  REQUIRE(Store::Open(f.db, &store).ok());
  Ingest(store.get(), "corpus/documents/coalition-summary.html", "source");
  std::vector<StoredSentence> sentences;
  std::vector<StoredBlock> blocks;
  REQUIRE(store->Sentences("corpus/documents/coalition-summary.html", &sentences).ok());
  REQUIRE(store->Blocks("corpus/documents/coalition-summary.html", &blocks).ok());
  const StoredSentence* cell = nullptr;
  for (const StoredSentence& s : sentences) {
    if (s.text == "208") cell = &s;
  }
  REQUIRE(cell);
  SourcePassage p;
  p.sentence = cell->text;
  p.paragraph = cell->block + 1;
  std::string html = PassageContextHtml(sentences, blocks, p, "<strong>208</strong>");
  INFO(html);
  CHECK(html.find("row: <b>North Valley</b>") != std::string::npos);
  CHECK(html.find("column: <b>Schools tested</b>") != std::string::npos);
  CHECK(html.find("<strong>208</strong>") != std::string::npos);

  // An ordinary sentence gets its neighbours, escaped.
  REQUIRE(sentences.size() > 3);
  const StoredSentence& mid = sentences[2];
  p.sentence = mid.text;
  p.paragraph = mid.block + 1;
  html = PassageContextHtml(sentences, blocks, p, "X");
  CHECK(html.find("class=\"before\">" + HtmlEscape(sentences[1].text)) != std::string::npos);
  CHECK(html.find("class=\"after\">" + HtmlEscape(sentences[3].text)) != std::string::npos);
}

// trial19: the README's plain `ingest` stores every document as `auto`; the
// index must list what the role finder reads as an article (the coverage
// citing the report), not only documents stored with --role article, and not
// the report it cites.
TEST_CASE("serve: the index lists auto documents that cite a stored document, not their source") {
  std::string dir = TempDir();
  std::string db = dir + "/claims.db";
  long long article = 0, report = 0;
  {
    std::unique_ptr<Store> store;
    REQUIRE(Store::Open(db, &store).ok());
    Ingest(store.get(), "corpus/audit/cep-report.txt", "auto");
    Ingest(store.get(), "corpus/audit/cep-article.txt", "auto");
    StoredDocument d;
    REQUIRE(store->FindDocument("corpus/audit/cep-article.txt", &d).ok());
    article = d.id;
    REQUIRE(store->FindDocument("corpus/audit/cep-report.txt", &d).ok());
    report = d.id;
  }
  {
    Running srv(db);
    httplib::Client cli("127.0.0.1", srv.port);
    cli.set_connection_timeout(5);
    cli.set_read_timeout(30);
    auto index = cli.Get("/");
    REQUIRE(index);
    CHECK(index->status == 200);
    CHECK(index->body.find("/article/" + std::to_string(article) + "\"") != std::string::npos);
    CHECK(index->body.find("/article/" + std::to_string(report) + "\"") == std::string::npos);
    CHECK(index->body.find("No articles") == std::string::npos);
  }
  std::filesystem::remove_all(dir);
}
