// The HTML page opened in headless Chromium: a screenshot is taken, and the
// DOM Chromium builds (after running whatever the page would run) is read
// back to check every figure's highlight and that planted markup stayed text.
// Chromium is installed by `bash scripts/deps.sh browser` when missing; where
// that is impossible the browser tests say so with a WARN and the static
// checks on the page still run.
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <cstdlib>
#include <map>

#include "claimcheck/audit.h"
#include "tests/audit/audit_fixture.h"
#include "tests/chromium.h"

using namespace claimcheck;
using namespace claimcheck::testing;

namespace {
constexpr const char* kPwned = "data-pwned";

// Runs headless Chromium on a page with a fresh profile, under a timeout so
// a hang cannot stall the test run. Returns stdout (the DOM for --dump-dom).
std::string RunChromium(const std::string& args, int* rc) {
  std::string profile = MakeTempDir();
  std::string cmd = "timeout -k 5 90 '" + Chromium() +
                    "' --headless --no-sandbox --disable-gpu --disable-dev-shm-usage"
                    " --disable-background-networking --disable-component-update --disable-sync"
                    " --no-first-run --user-data-dir='" +
                    profile + "' " + args + " 2>/dev/null";
  std::string out = RunCommand(cmd, rc);
  int ignored = 0;
  RunCommand("rm -rf '" + profile + "'", &ignored);
  return out;
}

struct Dom {
  htmlDocPtr doc = nullptr;
  explicit Dom(const std::string& html) {
    doc = htmlReadMemory(html.data(), static_cast<int>(html.size()), "page.html", "UTF-8",
                         HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING);
  }
  ~Dom() { xmlFreeDoc(doc); }
  Dom(const Dom&) = delete;
  Dom& operator=(const Dom&) = delete;

  template <typename F>
  static void Walk(xmlNode* n, F&& f) {
    for (; n; n = n->next) {
      if (n->type == XML_ELEMENT_NODE) f(n);
      Walk(n->children, f);
    }
  }
  std::map<std::string, xmlNode*> ById() const {
    std::map<std::string, xmlNode*> ids;
    Walk(xmlDocGetRootElement(doc), [&](xmlNode* n) {
      std::string id = Attr(n, "id");
      if (!id.empty()) ids[id] = n;
    });
    return ids;
  }
  int Count(const std::string& tag) const {
    int count = 0;
    Walk(xmlDocGetRootElement(doc), [&](xmlNode* n) { count += Name(n) == tag; });
    return count;
  }
  bool AnyAttr(const char* attr) const {
    bool any = false;
    Walk(xmlDocGetRootElement(doc), [&](xmlNode* n) { any = any || xmlHasProp(n, BAD_CAST attr); });
    return any;
  }
  std::string Text() const {
    xmlChar* c = xmlNodeGetContent(xmlDocGetRootElement(doc));
    std::string s = c ? reinterpret_cast<const char*>(c) : "";
    xmlFree(c);
    return s;
  }
  static std::string Name(xmlNode* n) { return reinterpret_cast<const char*>(n->name); }
  static std::string Attr(xmlNode* n, const char* name) {
    xmlChar* v = xmlGetProp(n, BAD_CAST name);
    std::string s = v ? reinterpret_cast<const char*>(v) : "";
    xmlFree(v);
    return s;
  }
  static std::string Content(xmlNode* n) {
    xmlChar* c = xmlNodeGetContent(n);
    std::string s = c ? reinterpret_cast<const char*>(c) : "";
    xmlFree(c);
    return s;
  }
};

AuditSheet HostileSheet() {
  FixtureDoc d = LoadFixture("corpus/audit/hostile-article.txt", "article");
  AuditInput in;
  in.article = d.stored;
  in.article_text = d.text;
  in.article_figures = {
      FixtureFigure(d, "43 percent", Kind::kPercent, FigureValue::Number(43), Qualifier::kExact,
                    "the nodes",
                    "<img src=x onerror=\"document.body.setAttribute('data-pwned','attr')\">"),
      FixtureFigure(d, "96 countries", Kind::kCount, FigureValue::Number(96)),
      FixtureFigure(d, "1,000 profiles", Kind::kCount, FigureValue::Number(1000)),
  };
  StoredDocument src = d.stored;
  src.doc_id = "feed";
  src.title = "<script>document.body.setAttribute('data-pwned','title')</script>";
  src.url = "javascript:document.body.setAttribute('data-pwned','url')";
  in.sources = {src};
  in.source_figures = {in.article_figures[1]};
  in.source_figures[0].doc_id = "feed";
  AuditSheet sheet = BuildAuditSheet(in);
  StampForGolden(&sheet);
  return sheet;
}

// Every row's figure: a <mark> with the row's status, linking to its row,
// and the row (and source passage) it links to, with the same status.
void CheckHighlights(const Dom& dom, const AuditSheet& sheet) {
  auto ids = dom.ById();
  CHECK(dom.Count("mark") >= static_cast<int>(sheet.rows.size()));
  for (const AuditRow& r : sheet.rows) {
    std::string n = std::to_string(r.number);
    INFO("figure " << n << " '" << r.figure.text << "', expected status "
                   << AuditStatusName(r.status));
    REQUIRE(ids.count("fig-" + n));
    xmlNode* mark = ids["fig-" + n];
    CHECK(Dom::Name(mark) == "mark");
    CHECK(Dom::Attr(mark, "data-status") == AuditStatusName(r.status));
    CHECK(Dom::Attr(mark, "class").find(std::string("status-") + AuditStatusName(r.status)) !=
          std::string::npos);
    CHECK(Dom::Content(mark) == r.figure.text);
    bool links_row = false;
    Dom::Walk(mark->children,
              [&](xmlNode* a) { links_row |= Dom::Attr(a, "href") == "#row-" + n; });
    CHECK(links_row);
    REQUIRE(ids.count("row-" + n));
    CHECK(Dom::Attr(ids["row-" + n], "data-status") == AuditStatusName(r.status));
    REQUIRE(ids.count("passage-" + n));
    if (r.source)
      CHECK(Dom::Content(ids["passage-" + n]).find(r.source->sentence) != std::string::npos);
  }
}

void CheckInert(const Dom& dom) {
  CHECK(dom.Count("script") == 0);
  CHECK(dom.Count("img") == 0);
  CHECK_FALSE(dom.AnyAttr(kPwned));
  CHECK_FALSE(dom.AnyAttr("onerror"));
  std::string text = dom.Text();
  CHECK(text.find("<script>document.body.setAttribute('data-pwned','yes')</script>") !=
        std::string::npos);
  CHECK(text.find("<img src=x onerror=") != std::string::npos);
  CHECK(text.find("<script>document.body.setAttribute('data-pwned','title')</script>") !=
        std::string::npos);
}

bool HaveBrowser() {
  if (!Chromium().empty()) return true;
  WARN(
      "chromium is not installed and `bash scripts/deps.sh browser` could not install it: "
      "SKIPPING the headless-browser checks of the HTML sheet");
  return false;
}
}  // namespace

TEST_CASE("HTML: static page is self-contained, every figure marked, planted markup escaped") {
  AuditSheet sheet = BuildAuditSheet(CepAuditInput());
  std::string html = AuditToHtml(sheet);
  CHECK(html.find("<script") == std::string::npos);
  CHECK(html.find("src=") == std::string::npos);
  CHECK(html.find("<link") == std::string::npos);
  CHECK(html.find("Content-Security-Policy") != std::string::npos);
  Dom dom(html);
  CheckHighlights(dom, sheet);

  AuditSheet hostile = HostileSheet();
  std::string page = AuditToHtml(hostile);
  Dom hdom(page);
  CheckInert(hdom);
  CheckHighlights(hdom, hostile);
  CHECK(page.find("href=\"javascript:") == std::string::npos);
}

TEST_CASE("HTML in headless Chromium: the browser runs scripts at all (control)") {
  if (!HaveBrowser()) return;
  // Without this, "no effect" below could mean a browser that runs nothing.
  std::string dir = MakeTempDir();
  WriteFile(
      dir + "/control.html",
      "<html><body><script>document.body.setAttribute('data-pwned','ran')</script></body></html>");
  int rc = 0;
  std::string dom = RunChromium("--dump-dom 'file://" + dir + "/control.html'", &rc);
  REQUIRE(rc == 0);
  CHECK(dom.find("data-pwned=\"ran\"") != std::string::npos);
  RunCommand("rm -rf " + dir, &rc);
}

TEST_CASE("HTML in headless Chromium: every figure highlighted with its status") {
  if (!HaveBrowser()) return;
  std::string dir = MakeTempDir();
  AuditSheet sheet = BuildAuditSheet(CepAuditInput());
  StampForGolden(&sheet);
  REQUIRE(WriteAuditSheet(sheet, dir + "/sheet.html").ok());
  int rc = 0;
  std::string dumped = RunChromium("--dump-dom 'file://" + dir + "/sheet.html'", &rc);
  REQUIRE(rc == 0);
  REQUIRE(dumped.find("</html>") != std::string::npos);
  Dom dom(dumped);
  CheckHighlights(dom, sheet);
  RunCommand("rm -rf " + dir, &rc);
}

TEST_CASE("HTML in headless Chromium: planted script and handlers stay text") {
  if (!HaveBrowser()) return;
  std::string dir = MakeTempDir();
  AuditSheet sheet = HostileSheet();
  REQUIRE(WriteAuditSheet(sheet, dir + "/hostile.html").ok());
  int rc = 0;
  std::string dumped = RunChromium("--dump-dom 'file://" + dir + "/hostile.html'", &rc);
  REQUIRE(rc == 0);
  CHECK(dumped.find(std::string(kPwned) + "=\"") == std::string::npos);
  Dom dom(dumped);
  CheckInert(dom);
  CheckHighlights(dom, sheet);
  RunCommand("rm -rf " + dir, &rc);
}

TEST_CASE("HTML in headless Chromium: a screenshot of the page renders") {
  if (!HaveBrowser()) return;
  std::string dir = MakeTempDir();
  AuditSheet sheet = BuildAuditSheet(CepAuditInput());
  StampForGolden(&sheet);
  REQUIRE(WriteAuditSheet(sheet, dir + "/sheet.html").ok());
  int rc = 0;
  RunChromium("--hide-scrollbars --window-size=1280,1600 --screenshot='" + dir +
                  "/shot.png' 'file://" + dir + "/sheet.html'",
              &rc);
  REQUIRE(rc == 0);
  std::string png = ReadFile(dir + "/shot.png");
  REQUIRE(png.size() > 20000);  // a blank 1280x1600 PNG compresses to a few KB
  CHECK(png.compare(0, 8, "\x89PNG\r\n\x1a\n") == 0);
  // IHDR: width and height, big-endian, at bytes 16..23.
  auto be32 = [&](size_t at) {
    return (static_cast<unsigned>(static_cast<unsigned char>(png[at])) << 24) |
           (static_cast<unsigned>(static_cast<unsigned char>(png[at + 1])) << 16) |
           (static_cast<unsigned>(static_cast<unsigned char>(png[at + 2])) << 8) |
           static_cast<unsigned>(static_cast<unsigned char>(png[at + 3]));
  };
  CHECK(be32(16) == 1280);
  CHECK(be32(20) == 1600);
  // For a person to look at: CLAIMCHECK_AUDIT_SCREENSHOT=/path/shot.png keeps a copy.
  if (const char* keep = std::getenv("CLAIMCHECK_AUDIT_SCREENSHOT")) WriteFile(keep, png);
  RunCommand("rm -rf " + dir, &rc);
}

TEST_CASE("HTML: a figure whose offsets miss the text is still highlighted in its sentence") {
  AuditInput in = CepAuditInput();
  in.article_figures[0].start += 100000;  // 43 percent, with offsets past the end
  in.article_figures[0].end += 100000;
  AuditSheet sheet = BuildAuditSheet(in);
  std::string html = AuditToHtml(sheet);
  CHECK(html.find("Figures not located in the text") != std::string::npos);
  Dom dom(html);
  CheckHighlights(dom, sheet);
  in.article_text.clear();  // no text at all: every sentence stands in
  sheet = BuildAuditSheet(in);
  html = AuditToHtml(sheet);
  CHECK(html.find("Figures not located in the text") == std::string::npos);
  Dom bare(html);
  CheckHighlights(bare, sheet);
}
