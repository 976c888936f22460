// HTML: libxml2's forgiving parser, boilerplate removal, the article body as
// blocks, and metadata from <head> and JSON-LD.
//
// Every walk over the tree is iterative (parent/next pointers), so a page of
// 100,000 nested <div>s costs time, not stack.
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include <algorithm>
#include <cstring>
#include <memory>
#include <nlohmann/json.hpp>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "claimcheck/util.h"
#include "extract/document/reader_internal.h"

namespace claimcheck::document_internal {
namespace {

// ---------------------------------------------------------------- tree helpers

std::string_view Tag(const xmlNode* n) {
  return n && n->type == XML_ELEMENT_NODE && n->name
             ? std::string_view(reinterpret_cast<const char*>(n->name))
             : std::string_view();
}

std::string Attr(const xmlNode* n, const char* name) {
  xmlChar* v = xmlGetProp(n, reinterpret_cast<const xmlChar*>(name));
  if (!v) return "";
  std::string s(reinterpret_cast<const char*>(v));
  xmlFree(v);
  return s;
}

std::string Content(const xmlNode* n) {
  xmlChar* v = xmlNodeGetContent(n);
  if (!v) return "";
  std::string s(reinterpret_cast<const char*>(v));
  xmlFree(v);
  return s;
}

// A link's text, read only as far as AddLink keeps it (1 KiB) and over at
// most kMaxNodes nodes: anchors nested thousands deep (a hostile page)
// would make the whole subtree's text per anchor quadratic in the page.
std::string LinkText(const xmlNode* a) {
  constexpr size_t kMaxBytes = 1025, kMaxNodes = 4096;
  std::string out;
  size_t nodes = 0;
  const xmlNode* n = a->children;
  while (n && out.size() < kMaxBytes && ++nodes <= kMaxNodes) {
    if (n->type == XML_TEXT_NODE && n->content) out += reinterpret_cast<const char*>(n->content);
    if (n->children && n->type == XML_ELEMENT_NODE) {
      n = n->children;
      continue;
    }
    while (n && n != a && !n->next) n = n->parent;
    if (!n || n == a) break;
    n = n->next;
  }
  return out;
}

template <size_t N>
bool In(std::string_view s, const std::string_view (&set)[N]) {
  return std::find(std::begin(set), std::end(set), s) != std::end(set);
}

// Visits elements and text in document order without recursion. `enter`
// returns false to skip an element's subtree (then `leave` is not called).
template <typename Enter, typename TextFn, typename Leave>
void Walk(xmlNode* root, Enter enter, TextFn text, Leave leave) {
  if (!root || !enter(root, 0)) return;
  int depth = 1;
  xmlNode* n = root->children;
  while (n) {
    bool descend = false;
    if (n->type == XML_ELEMENT_NODE) {
      if (enter(n, depth)) {
        if (n->children) {
          descend = true;
        } else {
          leave(n, depth);
        }
      }
    } else if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
      text(n);
    }
    if (descend) {
      n = n->children;
      ++depth;
      continue;
    }
    for (;;) {
      if (n->next) {
        n = n->next;
        break;
      }
      n = n->parent;
      --depth;
      leave(n, depth);
      if (n == root) return;
    }
  }
  leave(root, 0);
}

// ----------------------------------------------------------------- boilerplate

// Elements that never hold article text.
constexpr std::string_view kDropTags[] = {
    "script", "style",  "noscript", "nav",    "footer", "aside",  "form",     "iframe",
    "svg",    "math",   "template", "button", "select", "input",  "textarea", "object",
    "embed",  "canvas", "audio",    "video",  "map",    "dialog", "menu",     "head",
    "title",  "meta",   "link",     "img",    "picture"};

// Landmark roles of page furniture (WAI-ARIA).
constexpr std::string_view kDropRoles[] = {"navigation", "banner", "contentinfo", "complementary",
                                           "search",     "dialog", "alertdialog", "menu",
                                           "menubar",    "toolbar"};

// class/id words that mark advertising, sharing, sign-up and navigation
// boxes on news sites. They are HTML naming conventions, not prose, so they
// live here rather than in a language's rules. Whole words of a class or id
// ("ad", "ad-slot"), never substrings ("header", "shadow" are not "ad").
constexpr std::string_view kBoilerplateWords[] = {
    "ad",         "ads",         "adv",        "banner", "comment",    "comments",     "consent",
    "gdpr",       "modal",       "nav",        "navbar", "navigation", "menu",         "sidebar",
    "masthead",   "widget",      "skip",       "hidden", "sr",         "byline-share", "toolbar",
    "breadcrumb", "breadcrumbs", "pagination", "tags",   "outbrain",   "taboola",      "paywall",
    // Metadata around the text: bylines, datelines, reading-time widgets and
    // forum signatures (issue 12 item 9).
    "byline",     "bylines",     "dateline",   "timestamp", "meta",    "signature",    "postcount",
    "joindate",   "userinfo",    "readtime",   "readingtime", "postmeta", "entrymeta", "postedon",
    "authorinfo", "memberinfo",  "username",    "crawldate", "reportnumber"};
// Word prefixes with the same meaning ("advertisement", "sharebar",
// "social-links", "related-stories", "newsletter-signup", "cookie-notice").
constexpr std::string_view kBoilerplatePrefixes[] = {
    "advert", "promo",   "share",   "sharing", "social", "related",  "recommend", "newsletter",
    "cookie", "subscri", "sponsor", "popup",   "teaser", "trending", "most-read"};

// Whether `pred` holds for a word of a class or id value: its runs of
// letters and digits, lower-cased ("social-links" gives "social", "links").
template <typename Pred>
bool AnyNameWord(const std::string& lowered, Pred pred) {
  size_t i = 0;
  while (i < lowered.size()) {
    while (i < lowered.size() && !std::isalnum(static_cast<unsigned char>(lowered[i]))) ++i;
    size_t j = i;
    while (j < lowered.size() && std::isalnum(static_cast<unsigned char>(lowered[j]))) ++j;
    if (j > i && pred(std::string_view(lowered.data() + i, j - i))) return true;
    i = j;
  }
  return false;
}

bool HasBoilerplateName(const std::string& value) {
  std::string v = AsciiLower(value);
  if (AnyNameWord(v, [](std::string_view word) {
        if (In(word, kBoilerplateWords)) return true;
        for (std::string_view p : kBoilerplatePrefixes) {
          if (word.substr(0, p.size()) == p) return true;
        }
        return false;
      })) {
    return true;
  }
  // Compound names written with hyphens or underscores ("reading-time",
  // "post_count", "join-date") are checked once more with them removed.
  std::string joined;
  for (char c : v) {
    if (c != '-' && c != '_') joined.push_back(c);
  }
  if (joined != v) {
    for (std::string_view w : {"readingtime", "readtime", "postcount", "joindate", "userinfo",
                               "postmeta", "entrymeta", "postedon", "authorinfo", "crawldate",
                               "reportnumber", "memberinfo", "postprofile", "userprofile", "postauthor"}) {
      if (joined.find(w) != std::string::npos) return true;
    }
  }
  return false;
}

// A block that says who published the page and when: "dateline", "byline",
// "meta", "timestamp" as a whole word of its class or id.
bool HasMetadataName(const std::string& value) {
  return AnyNameWord(AsciiLower(value), [](std::string_view word) {
    for (std::string_view w : {"dateline", "byline", "meta", "timestamp", "postmeta", "entrymeta"}) {
      if (word == w) return true;
    }
    return false;
  });
}

// Containers whose class names describe the layout around them ("has-sidebar")
// rather than what they are; never dropped by name.
constexpr std::string_view kStructural[] = {"html", "body", "main", "article"};

bool IsBoilerplate(const xmlNode* n, bool by_name) {
  std::string_view tag = Tag(n);
  if (In(tag, kDropTags)) return true;
  if (xmlHasProp(n, reinterpret_cast<const xmlChar*>("hidden"))) return true;
  if (AsciiLower(Attr(n, "aria-hidden")) == "true") return true;
  std::string style = AsciiLower(Attr(n, "style"));
  style.erase(std::remove(style.begin(), style.end(), ' '), style.end());
  if (style.find("display:none") != std::string::npos) return true;
  if (In(std::string_view(AsciiLower(Attr(n, "role"))), kDropRoles)) return true;
  if (by_name && !In(tag, kStructural)) {
    if (HasBoilerplateName(Attr(n, "class")) || HasBoilerplateName(Attr(n, "id"))) return true;
  }
  return false;
}

// ------------------------------------------------------------ choosing a root

constexpr std::string_view kInlineTags[] = {
    "a",   "abbr", "b",    "bdi", "bdo",  "cite", "code",  "data", "dfn",    "em",
    "i",   "kbd",  "mark", "q",   "s",    "samp", "small", "span", "strong", "sub",
    "sup", "time", "u",    "var", "font", "nobr", "wbr",   "ins",  "del",    "label"};

// The element with the most paragraph text under it, where a paragraph is the
// text directly inside one block element and link text does not count (link
// lists are navigation). A container scores its paragraphs fully and its
// grandchildren's at half, so the article wrapper beats <body>.
xmlNode* DensestRegion(xmlNode* body) {
  std::unordered_map<xmlNode*, double> para_len;
  int in_link = 0;
  std::vector<xmlNode*> link_stack;
  Walk(
      body,
      [&](xmlNode* n, int) {
        if (IsBoilerplate(n, true) || Tag(n) == "header") return false;
        if (Tag(n) == "a") ++in_link;
        return true;
      },
      [&](xmlNode* t) {
        if (in_link) return;
        xmlNode* c = t->parent;
        while (c && c != body && In(Tag(c), kInlineTags)) c = c->parent;
        if (!c) return;
        para_len[c] += static_cast<double>(NormaliseSpace(Content(t)).size());
      },
      [&](xmlNode* n, int) {
        if (Tag(n) == "a") --in_link;
      });
  std::unordered_map<xmlNode*, double> score;
  for (const auto& [node, len] : para_len) {
    if (len < 40) continue;  // captions, labels, bylines
    if (node->parent) score[node->parent] += len;
    if (node->parent && node->parent->parent) score[node->parent->parent] += len / 2;
    // Text straight inside a <div> (div soup without <p>) is its own paragraph.
    if (Tag(node) != "p") score[node] += len / 2;
  }
  xmlNode* best = body;
  double best_score = 0;
  for (const auto& [node, s] : score) {
    if (s > best_score) {
      best = node;
      best_score = s;
    }
  }
  return best;
}

// Total text length under n, ignoring boilerplate: how much an <article> holds.
size_t TextLength(xmlNode* n) {
  size_t total = 0;
  Walk(
      n, [&](xmlNode* e, int) { return !IsBoilerplate(e, true); },
      [&](xmlNode* t) { total += NormaliseSpace(Content(t)).size(); }, [](xmlNode*, int) {});
  return total;
}

// <article>, then <main>, then role=main (the largest when several), then
// the densest region. Teaser <article>s inside asides are not candidates.
xmlNode* ChooseRoot(xmlNode* html) {
  std::vector<xmlNode*> articles, mains, roles;
  xmlNode* body = nullptr;
  Walk(
      html,
      [&](xmlNode* n, int) {
        std::string_view tag = Tag(n);
        if (tag == "body" && !body) body = n;
        if (IsBoilerplate(n, false)) return false;
        if (tag == "article") articles.push_back(n);
        if (tag == "main") mains.push_back(n);
        if (AsciiLower(Attr(n, "role")) == "main") roles.push_back(n);
        return true;
      },
      [](xmlNode*) {}, [](xmlNode*, int) {});
  for (auto* list : {&articles, &mains, &roles}) {
    xmlNode* best = nullptr;
    size_t best_len = 0;
    for (xmlNode* n : *list) {
      size_t len = TextLength(n);
      if (len > best_len) {
        best = n;
        best_len = len;
      }
    }
    if (best) return best;
  }
  return DensestRegion(body ? body : html);
}

// ----------------------------------------------------------- block extraction

constexpr std::string_view kBlockTags[] = {
    "p",          "div",     "section", "h1",       "h2",   "h3",     "h4",      "h5",
    "h6",         "li",      "ul",      "ol",       "dl",   "dt",     "dd",      "blockquote",
    "table",      "thead",   "tbody",   "tfoot",    "tr",   "td",     "th",      "figure",
    "figcaption", "caption", "pre",     "article",  "main", "header", "address", "hr",
    "center",     "details", "summary", "fieldset", "body", "html"};

class BlockCollector {
 public:
  BlockCollector(DocumentBuilder* builder, Document* doc, int max_depth)
      : b_(builder), doc_(doc), max_depth_(max_depth) {}

  bool Enter(xmlNode* n, int depth) {
    if (IsBoilerplate(n, true)) {
      // A dateline or meta block ("<p class=\"dateline\">Press statement
      // &mdash; Rural Connectivity Alliance &mdash; 29 September 2026</p>")
      // stays out of the text but is an opening line: on a page without
      // site metadata it names the body and dates the page.
      if (opening_.size() < 8 && !IsBoilerplate(n, false) &&
          (HasMetadataName(Attr(n, "class")) || HasMetadataName(Attr(n, "id")))) {
        std::string line = Content(n);
        line = NormaliseSpace(IsValidUtf8(line) ? line : SanitizeUtf8(line));
        if (!line.empty() && line.size() <= 300) opening_.push_back(std::move(line));
      }
      return false;
    }
    std::string_view tag = Tag(n);
    // A link of the body (not of an article's <header>: its byline and
    // share links) may be how the page cites a report (AddLink).
    if (tag == "a" && (!in_header_ || in_heading_) && doc_->links.size() < Document::kMaxLinks) {
      AddLink(doc_, Attr(n, "href"), LinkText(n));
    }
    // Past the depth limit the structure is ignored; the text still counts.
    if (depth > max_depth_ || !In(tag, kBlockTags)) {
      if (tag == "br") buf_.push_back(pre_ ? '\n' : ' ');
      return true;
    }
    Flush();
    Ctx ctx{n};
    if (tag.size() == 2 && tag[0] == 'h' && tag[1] >= '1' && tag[1] <= '6') {
      ctx.kind = BlockKind::kHeading;
      ctx.level = tag[1] - '0';
      ++in_heading_;
    } else if (tag == "ul" || tag == "ol") {
      ++list_depth_;
    } else if (tag == "li" || tag == "dd" || tag == "dt") {
      ctx.kind = BlockKind::kListItem;
      ctx.level = std::max(list_depth_, 1);
    } else if (tag == "blockquote") {
      ctx.kind = BlockKind::kBlockQuote;
    } else if (tag == "table") {
      tables_.push_back(TableState{});
    } else if (tag == "tr" && !tables_.empty()) {
      ++tables_.back().row;
      tables_.back().col = -1;
    } else if ((tag == "td" || tag == "th") && !tables_.empty()) {
      ctx.kind = BlockKind::kTableCell;
      ctx.row = std::max(tables_.back().row, 0);
      ctx.col = ++tables_.back().col;
    } else if (tag == "figcaption" || tag == "caption") {
      ctx.kind = BlockKind::kCaption;
    } else if (tag == "pre") {
      ctx.kind = BlockKind::kPreformatted;
      ++pre_;
    } else if (tag == "header") {
      ++in_header_;
    } else {
      ctx.gives_kind = false;
    }
    stack_.push_back(ctx);
    return true;
  }

  void Text(xmlNode* t) {
    // An article's <header> contributes its headline, not its byline and
    // share links.
    if (!t->content) return;
    if (in_header_ && !in_heading_) {
      // Kept only as an opening line: a header's body name and dateline.
      if (opening_.size() < 8 && header_buf_.size() < 512) header_buf_ += reinterpret_cast<const char*>(t->content);
      return;
    }
    buf_ += reinterpret_cast<const char*>(t->content);
  }

  void Leave(xmlNode* n, int depth) {
    if (stack_.empty() || stack_.back().node != n) return;  // inline or past the depth limit
    if (!header_buf_.empty()) {
      std::string line = NormaliseSpace(IsValidUtf8(header_buf_) ? header_buf_ : SanitizeUtf8(header_buf_));
      header_buf_.clear();
      if (!line.empty() && opening_.size() < 8) opening_.push_back(std::move(line));
    }
    Flush();
    std::string_view tag = Tag(n);
    if (stack_.back().kind == BlockKind::kHeading && stack_.back().gives_kind) --in_heading_;
    if (tag == "ul" || tag == "ol") --list_depth_;
    if (tag == "table" && !tables_.empty()) tables_.pop_back();
    if (tag == "pre") --pre_;
    if (tag == "header") --in_header_;
    stack_.pop_back();
  }

  void Flush() {
    if (buf_.empty()) return;
    std::string text = IsValidUtf8(buf_) ? std::move(buf_) : SanitizeUtf8(buf_);
    buf_.clear();
    const Ctx* ctx = nullptr;
    for (auto it = stack_.rbegin(); it != stack_.rend(); ++it) {
      if (it->gives_kind) {
        ctx = &*it;
        break;
      }
    }
    // The page's opening lines, datelines included, for a masthead when the
    // page has no site metadata (ReadHtmlFormat).
    if (opening_.size() < 8 && (!ctx || ctx->kind != BlockKind::kTableCell)) opening_.push_back(text);
    // Metadata lines stand as paragraphs of their own; a table cell or a
    // heading reading "By Region" is data, not a byline.
    if ((!ctx || ctx->kind == BlockKind::kParagraph) && IsMetadataLine(text)) return;
    if (!ctx) {
      b_->Add(BlockKind::kParagraph, text);
    } else if (ctx->kind == BlockKind::kPreformatted) {
      b_->AddPreformatted(text);
    } else {
      b_->Add(ctx->kind, text, 0, ctx->level, ctx->row, ctx->col);
    }
  }

  const std::vector<std::string>& opening() const { return opening_; }

 private:
  std::vector<std::string> opening_;
  std::string header_buf_;
  struct Ctx {
    xmlNode* node = nullptr;
    BlockKind kind = BlockKind::kParagraph;
    int level = 0, row = -1, col = -1;
    bool gives_kind = true;
  };
  struct TableState {
    int row = -1, col = -1;
  };
  DocumentBuilder* b_;
  Document* doc_;  // its links (AddLink)
  int max_depth_;
  std::string buf_;
  std::vector<Ctx> stack_;
  std::vector<TableState> tables_;
  int list_depth_ = 0, in_heading_ = 0, in_header_ = 0, pre_ = 0;
};

// ------------------------------------------------------------------- metadata

constexpr std::string_view kArticleTypes[] = {"NewsArticle",
                                              "Article",
                                              "Report",
                                              "BlogPosting",
                                              "ReportageNewsArticle",
                                              "AnalysisNewsArticle",
                                              "OpinionNewsArticle",
                                              "ScholarlyArticle",
                                              "TechArticle",
                                              "BackgroundNewsArticle",
                                              "Report"};

std::string JsonString(const nlohmann::json& j) {
  if (j.is_string()) return NormaliseSpace(j.get<std::string>());
  if (j.is_object() && j.contains("name")) return JsonString(j["name"]);
  if (j.is_object() && j.contains("@id")) return JsonString(j["@id"]);
  if (j.is_array()) {
    std::string out;
    for (const auto& e : j) {
      std::string s = JsonString(e);
      if (s.empty()) continue;
      if (!out.empty()) out += ", ";
      out += s;
    }
    return out;
  }
  return "";
}

bool IsArticleType(const nlohmann::json& t) {
  if (t.is_string()) return In(std::string_view(t.get_ref<const std::string&>()), kArticleTypes);
  if (t.is_array()) {
    for (const auto& e : t) {
      if (IsArticleType(e)) return true;
    }
  }
  return false;
}

// Finds the first article-like object in a JSON-LD value (object, array or
// @graph), without recursion deeper than those two levels.
const nlohmann::json* FindArticle(const nlohmann::json& j) {
  std::vector<const nlohmann::json*> todo{&j};
  for (size_t i = 0; i < todo.size() && i < 1000; ++i) {
    const nlohmann::json& v = *todo[i];
    if (v.is_array()) {
      for (const auto& e : v) todo.push_back(&e);
    } else if (v.is_object()) {
      if (v.contains("@type") && IsArticleType(v["@type"])) return &v;
      if (v.contains("@graph")) todo.push_back(&v["@graph"]);
    }
  }
  return nullptr;
}

struct MetaSources {
  std::string title_tag, og_title, og_site, og_url, og_desc, og_locale, published, meta_date,
      meta_author, meta_desc, meta_publisher, canonical, html_lang, content_language;
  std::string ld_headline, ld_date, ld_author, ld_publisher, ld_url, ld_desc;
  bool have_ld = false;
};

void ReadJsonLd(const std::string& raw, MetaSources* m) {
  if (m->have_ld) return;
  // Tolerate the comment and CDATA wrappers some CMSs put around the JSON.
  std::string s = raw;
  for (const char* junk : {"<!--", "-->", "<![CDATA[", "]]>"}) {
    for (size_t p; (p = s.find(junk)) != std::string::npos;) s.erase(p, std::strlen(junk));
  }
  nlohmann::json j = nlohmann::json::parse(s, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded()) return;
  const nlohmann::json* a = FindArticle(j);
  if (!a) return;
  m->have_ld = true;
  auto get = [&](const char* key) { return a->contains(key) ? JsonString((*a)[key]) : ""; };
  m->ld_headline = get("headline");
  if (m->ld_headline.empty()) m->ld_headline = get("name");
  m->ld_date = get("datePublished");
  m->ld_author = get("author");
  m->ld_publisher = get("publisher");
  m->ld_url = get("url");
  m->ld_desc = get("description");
}

void CollectMetadata(xmlNode* html, MetaSources* m) {
  Walk(
      html,
      [&](xmlNode* n, int) {
        std::string_view tag = Tag(n);
        if (tag == "html" && m->html_lang.empty()) m->html_lang = Attr(n, "lang");
        if (tag == "title" && m->title_tag.empty()) m->title_tag = NormaliseSpace(Content(n));
        if (tag == "meta") {
          std::string key = AsciiLower(Attr(n, "property"));
          if (key.empty()) key = AsciiLower(Attr(n, "name"));
          std::string http = AsciiLower(Attr(n, "http-equiv"));
          std::string content = NormaliseSpace(Attr(n, "content"));
          auto set = [&](std::string* field) {
            if (field->empty()) *field = content;
          };
          if (key == "og:title")
            set(&m->og_title);
          else if (key == "og:site_name")
            set(&m->og_site);
          else if (key == "publisher" || key == "dc.publisher" || key == "dcterms.publisher" ||
                   key == "citation_publisher")
            set(&m->meta_publisher);
          else if (key == "og:url")
            set(&m->og_url);
          else if (key == "og:description")
            set(&m->og_desc);
          else if (key == "og:locale")
            set(&m->og_locale);
          else if (key == "article:published_time")
            set(&m->published);
          else if (key == "date" || key == "pubdate" || key == "dc.date" || key == "dcterms.date" ||
                   key == "dcterms.issued" || key == "dc.date.issued" || key == "citation_publication_date")
            set(&m->meta_date);
          else if (key == "author")
            set(&m->meta_author);
          else if (key == "description")
            set(&m->meta_desc);
          if (http == "content-language") set(&m->content_language);
        }
        if (tag == "link") {
          std::string rel = AsciiLower(Attr(n, "rel"));
          if (rel == "canonical" && m->canonical.empty()) m->canonical = Attr(n, "href");
        }
        if (tag == "script") {
          if (AsciiLower(Attr(n, "type")) == "application/ld+json") ReadJsonLd(Content(n), m);
          return false;
        }
        return tag != "style";
      },
      [](xmlNode*) {}, [](xmlNode*, int) {});
}

std::string FirstOf(std::initializer_list<const std::string*> options) {
  for (const std::string* s : options) {
    if (!s->empty()) return IsValidUtf8(*s) ? *s : SanitizeUtf8(*s);
  }
  return "";
}

// Where the last " | ", " - " or dash separator of a page title starts
// (npos when none), its length in *len.
size_t LastTitleSeparator(const std::string& title, size_t* len) {
  size_t cut = std::string::npos;
  *len = 0;
  for (const char* sep : {" | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 "}) {
    size_t p = title.rfind(sep);
    if (p != std::string::npos && (cut == std::string::npos || p > cut)) {
      cut = p;
      *len = std::strlen(sep);
    }
  }
  return cut;
}

// The site named after the last " | " or " - " of a page title, when it is
// short and a name ("The Harwick Courier"), else "".
std::string TitleSiteName(const std::string& title) {
  size_t len = 0;
  const size_t cut = LastTitleSeparator(title, &len);
  if (cut == std::string::npos) return "";
  std::string site = NormaliseSpace(std::string_view(title).substr(cut + len));
  size_t words = 1 + static_cast<size_t>(std::count(site.begin(), site.end(), ' '));
  if (site.empty() || words > 6 || site.size() > 60 || !IsValidUtf8(site)) return "";
  // "... | News", "... - Opinión": a section of the site, not its name.
  if (IsSiteSection(site)) return "";
  // A name starts with a capital and does not end like a sentence.
  unsigned char first = static_cast<unsigned char>(site[0]);
  char last = site.back();
  if (!((first >= 'A' && first <= 'Z') || first >= 0xC3) || last == '.' || last == '?' || last == '!') return "";
  return site;
}

// A page title without its tail naming the site or a section of it:
// "Record year for hearing aid fittings | Harland Today" is the story's
// title "Record year for hearing aid fittings" when the page is Harland
// Today's (trial17); "... | Health | Harland Today" loses both. A tail that
// names someone else ("... - Interview with the Harwick Courier") stays.
std::string TitleWithoutSite(std::string title, const std::string& publisher) {
  const std::string site = AsciiLower(NormaliseSpace(publisher));
  for (int round = 0; round < 2; ++round) {
    size_t len = 0;
    const size_t cut = LastTitleSeparator(title, &len);
    if (cut == std::string::npos || cut == 0) break;
    const std::string tail = NormaliseSpace(std::string_view(title).substr(cut + len));
    const bool names_site = !site.empty() && AsciiLower(tail) == site;
    if (!names_site && !IsSiteSection(tail)) break;
    std::string head = NormaliseSpace(std::string_view(title).substr(0, cut));
    if (head.find(' ') == std::string::npos) break;  // a headline keeps more than one word
    title = std::move(head);
  }
  return title;
}

void FillMetadata(const MetaSources& m, Metadata* out) {
  out->title = FirstOf({&m.ld_headline, &m.og_title, &m.title_tag});
  out->author = FirstOf({&m.ld_author, &m.meta_author});
  out->publisher = FirstOf({&m.ld_publisher, &m.meta_publisher, &m.og_site});
  // Pages without site metadata still name themselves in the title's tail:
  // "Jobless numbers soar - The Harwick Courier", "... | Meridian Press".
  if (out->publisher.empty()) out->publisher = TitleSiteName(m.title_tag);
  out->title = TitleWithoutSite(out->title, out->publisher);
  out->date = FirstOf({&m.ld_date, &m.published, &m.meta_date});
  out->url = FirstOf({&m.canonical, &m.og_url, &m.ld_url});
  out->description = FirstOf({&m.meta_desc, &m.og_desc, &m.ld_desc});
  for (const std::string* tag : {&m.html_lang, &m.content_language, &m.og_locale}) {
    out->lang = PrimaryLanguage(NormaliseSpace(*tag));
    if (!out->lang.empty()) break;
  }
}

struct DocFree {
  void operator()(xmlDoc* d) const { xmlFreeDoc(d); }
};

}  // namespace

Status ReadHtmlFormat(std::string_view bytes, const std::string& name, const ReadOptions& opts,
                      Document* doc) {
  // Valid UTF-8 is read as UTF-8 whatever the page declares (pages often
  // declare Latin-1 and send UTF-8); anything else goes by the declared
  // charset. NONET: nothing is ever fetched. HUGE lifts libxml2's 256-level
  // depth cap, which would silently drop everything below it; our own walks
  // are iterative and flatten structure past opts.max_html_depth instead.
  const char* encoding = IsValidUtf8(bytes) ? "UTF-8" : nullptr;
  int options = HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_RECOVER |
                HTML_PARSE_COMPACT | XML_PARSE_HUGE;
  if (bytes.size() > static_cast<size_t>(INT32_MAX)) {
    return Status::InvalidArgument(name + ": HTML document too large");
  }
  std::unique_ptr<xmlDoc, DocFree> d(
      htmlReadMemory(bytes.data(), static_cast<int>(bytes.size()), nullptr, encoding, options));
  if (!d) return Status::Corruption(name + ": not readable as HTML");
  xmlNode* html = xmlDocGetRootElement(d.get());
  if (!html) return Status::InvalidArgument(name + ": empty document (no HTML elements)");

  MetaSources sources;
  CollectMetadata(html, &sources);
  FillMetadata(sources, &doc->meta);

  DocumentBuilder builder(doc);
  BlockCollector collector(&builder, doc, opts.max_html_depth);
  Walk(
      ChooseRoot(html), [&](xmlNode* n, int depth) { return collector.Enter(n, depth); },
      [&](xmlNode* t) { collector.Text(t); },
      [&](xmlNode* n, int depth) { collector.Leave(n, depth); });
  collector.Flush();
  if (doc->meta.publisher.empty() || doc->meta.date.empty()) {
    // No site metadata: the page header may name the body ("<header><p>Office
    // for Justice Statistics - Dunmore</p>...<p>Published 29 October 2026</p>"),
    // or date a page whose metadata names only the site.
    ReadCoverPublisher(collector.opening(), &doc->meta);
  }
  return Status::Ok();
}

}  // namespace claimcheck::document_internal
