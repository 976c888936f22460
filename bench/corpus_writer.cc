#include "bench/corpus_writer.h"

#include <vector>

#include "bench/pdf_writer.h"

namespace claimcheck::bench {
namespace {

void AppendEscapedHtml(std::string_view s, std::string* out) {
  for (char c : s) {
    switch (c) {
      case '&': out->append("&amp;"); break;
      case '<': out->append("&lt;"); break;
      case '>': out->append("&gt;"); break;
      case '"': out->append("&quot;"); break;
      default: out->push_back(c);
    }
  }
}

std::string Slug(std::string_view title) {
  std::string slug;
  for (char c : title) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    bool alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (alnum) {
      slug.push_back(c);
    } else if (!slug.empty() && slug.back() != '-') {
      slug.push_back('-');
    }
    if (slug.size() >= 60) break;
  }
  while (!slug.empty() && slug.back() == '-') slug.pop_back();
  return slug;
}

class FileSink : public DocumentSink {
 public:
  explicit FileSink(std::FILE* out) : out_(out) {}
  uint64_t bytes() const override { return bytes_; }

 protected:
  void Write(std::string_view s) {
    std::fwrite(s.data(), 1, s.size(), out_);
    bytes_ += s.size();
  }

 private:
  std::FILE* out_;
  uint64_t bytes_ = 0;
};

// Plain text: the `key: value` header block of CONTRACT.md, then blocks
// separated by blank lines.
class TextSink : public FileSink {
 public:
  using FileSink::FileSink;
  void Begin(const DocMeta& m) override {
    std::string h = "title: " + m.title + "\npublisher: " + m.publisher + "\ndate: " + m.date +
                    "\nurl: " + m.url + "\nauthor: " + m.author + "\n\n";
    Write(h);
  }
  void Heading(std::string_view text) override { Block(text); }
  void Paragraph(std::string_view text) override { Block(text); }
  void End() override {}

 private:
  void Block(std::string_view text) {
    if (!first_) Write("\n\n");
    first_ = false;
    Write(text);
  }
  bool first_ = true;
};

// A news page: scripts, navigation, the article, related links and footer,
// the way publishers' pages surround a few kilobytes of text.
class HtmlSink : public FileSink {
 public:
  HtmlSink(std::FILE* out, ArticleGenerator* gen) : FileSink(out), gen_(gen) {}

  void Begin(const DocMeta& m) override {
    std::string s;
    s.reserve(8192);
    s += "<!DOCTYPE html>\n<html lang=\"" + m.lang + "\">\n<head>\n<meta charset=\"utf-8\">\n<title>";
    AppendEscapedHtml(m.title, &s);
    s += "</title>\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
    s += "<meta property=\"og:title\" content=\"";
    AppendEscapedHtml(m.title, &s);
    s += "\">\n<meta name=\"author\" content=\"";
    AppendEscapedHtml(m.author, &s);
    s += "\">\n<meta property=\"article:published_time\" content=\"" + m.date + "T08:30:00Z\">\n";
    s += "<link rel=\"canonical\" href=\"" + m.url + "\">\n";
    s += "<link rel=\"stylesheet\" href=\"/assets/css/main.4f9c2e1.css\">\n";
    s += "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":"
         "\"NewsArticle\",\"headline\":\"";
    AppendEscapedHtml(m.title, &s);
    s += "\",\"datePublished\":\"" + m.date + "T08:30:00Z\",\"wordCount\":" +
         std::to_string(gen_->rng().Uniform(400, 2400)) + "}</script>\n";
    s += "<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}"
         "gtag('js',new Date());gtag('config','G-7Q2X9K4L1M',{page_load:1,ttl:1800,sample_rate:"
         "0.25});var adSlots=[[300,250],[728,90],[160,600]];</script>\n";
    s += "<style>.nav li{display:inline-block;margin:0 12px}.byline{color:#666;font-size:14px}"
         "@media(max-width:640px){.nav{display:none}}</style>\n</head>\n<body>\n";
    s += "<header class=\"site-header\"><a class=\"logo\" href=\"/\">";
    AppendEscapedHtml(m.publisher, &s);
    s += "</a>\n<nav class=\"nav\"><ul>";
    for (int i = 0; i < 8; ++i) {
      std::string item;
      gen_->lexicon().Expand("nav", gen_->rng(), &item);
      s += "<li><a href=\"/" + Slug(item) + "/\">";
      AppendEscapedHtml(item, &s);
      s += "</a></li>";
    }
    s += "</ul></nav>\n<div class=\"ad\" id=\"ad-top\" data-size=\"728x90\"></div></header>\n";
    s += "<main>\n<article class=\"story\">\n<h1>";
    AppendEscapedHtml(m.title, &s);
    s += "</h1>\n<p class=\"byline\"><span class=\"author\">";
    AppendEscapedHtml(m.author, &s);
    s += "</span> <time datetime=\"" + m.date + "\">" + m.date + "</time></p>\n";
    Write(s);
  }
  void Heading(std::string_view text) override {
    std::string s = "<h2>";
    AppendEscapedHtml(text, &s);
    s += "</h2>\n";
    Write(s);
  }
  void Paragraph(std::string_view text) override {
    std::string s = "<p>";
    AppendEscapedHtml(text, &s);
    s += "</p>\n";
    if (++paragraphs_ % 7 == 0) {
      s += "<div class=\"ad\" id=\"ad-inline-" + std::to_string(paragraphs_) +
           "\" data-size=\"300x250\"></div>\n";
    }
    Write(s);
  }
  void End() override {
    std::string s = "</article>\n<aside class=\"related\"><ul>";
    for (int i = 0; i < 4; ++i) {
      std::string t;
      gen_->lexicon().Expand("title", gen_->rng(), &t);
      s += "<li><a href=\"/news/" + Slug(t) + "\">";
      AppendEscapedHtml(t, &s);
      s += "</a></li>";
    }
    s += "</ul></aside>\n</main>\n<footer class=\"site-footer\"><p>";
    std::string f;
    gen_->lexicon().Expand("footer", gen_->rng(), &f);
    AppendEscapedHtml(f, &s);
    s += "</p></footer>\n<script src=\"/assets/js/vendor.81d2a7.js\" defer></script>\n"
         "<script>document.querySelectorAll('.ad').forEach(function(e,i){e.dataset.slot=i+1;});"
         "</script>\n</body>\n</html>\n";
    Write(s);
  }

 private:
  ArticleGenerator* gen_;
  int paragraphs_ = 0;
};

// A report: running header, wrapped body text, page numbers.
class PdfSink : public DocumentSink {
 public:
  explicit PdfSink(std::FILE* out) : pdf_(out) {}
  void Begin(const DocMeta& m) override {
    pdf_.Begin(m.title, m.author);
    header_ = m.publisher + " | " + m.title.substr(0, 70);
    for (std::string& l : PdfWriter::Wrap(m.title)) lines_.push_back(std::move(l));
    lines_.push_back(m.author + ", " + m.date);
    lines_.emplace_back();
  }
  void Heading(std::string_view text) override { Block(text); }
  void Paragraph(std::string_view text) override { Block(text); }
  void End() override {
    if (!lines_.empty() || pages_ == 0) EmitPage(lines_.size());
    pdf_.Finish();
  }
  // Lines not yet on a page are not counted, so this lags by under a page.
  uint64_t bytes() const override { return pdf_.bytes(); }

 private:
  void Block(std::string_view text) {
    for (std::string& l : PdfWriter::Wrap(text)) lines_.push_back(std::move(l));
    lines_.emplace_back();
    while (lines_.size() >= static_cast<size_t>(PdfWriter::kLinesPerPage)) {
      EmitPage(PdfWriter::kLinesPerPage);
    }
  }
  void EmitPage(size_t n) {
    std::vector<std::string> page(lines_.begin(), lines_.begin() + n);
    lines_.erase(lines_.begin(), lines_.begin() + n);
    pdf_.AddPage(header_, page, std::to_string(++pages_));
  }
  PdfWriter pdf_;
  std::string header_;
  std::vector<std::string> lines_;
  int pages_ = 0;
};

}  // namespace

ArticleGenerator::ArticleGenerator(const Lexicon& lex, uint64_t seed, std::string role, std::string lang)
    : lex_(lex), rng_(seed), role_section_(role + "_sentence"), lang_(std::move(lang)) {}

DocMeta ArticleGenerator::NextMeta(int doc_number) {
  DocMeta m;
  lex_.Expand("title", rng_, &m.title);
  lex_.Expand("author", rng_, &m.author);
  lex_.Expand("publisher", rng_, &m.publisher);
  char date[16];
  std::snprintf(date, sizeof date, "%04d-%02d-%02d", static_cast<int>(rng_.Uniform(2014, 2024)),
                static_cast<int>(rng_.Uniform(1, 12)), static_cast<int>(rng_.Uniform(1, 28)));
  m.date = date;
  m.url = "https://" + Slug(m.publisher) + ".example/" + m.date.substr(0, 4) + "/" + Slug(m.title) +
          "-" + std::to_string(doc_number);
  m.lang = lang_;
  return m;
}

void ArticleGenerator::AppendSentence(std::string* out) {
  size_t start = out->size();
  // Three in ten sentences carry the role's voice when the lexicon has one.
  if (lex_.Has(role_section_) && rng_.Uniform(1, 10) <= 3) {
    lex_.Expand(role_section_, rng_, out);
  } else {
    lex_.Expand("sentence", rng_, out);
  }
  if (start < out->size()) {
    char& c = (*out)[start];
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
}

std::string ArticleGenerator::NextParagraph() {
  std::string p;
  p.reserve(800);
  int n = static_cast<int>(rng_.Uniform(2, 5));
  for (int i = 0; i < n; ++i) {
    if (i) p.push_back(' ');
    AppendSentence(&p);
  }
  return p;
}

std::string ArticleGenerator::NextHeading() {
  std::string h;
  lex_.Expand(lex_.Has("subhead") ? "subhead" : "title", rng_, &h);
  return h;
}

std::unique_ptr<DocumentSink> MakeSink(const std::string& format, std::FILE* out, ArticleGenerator* gen) {
  if (format == "text") return std::make_unique<TextSink>(out);
  if (format == "html") return std::make_unique<HtmlSink>(out, gen);
  if (format == "pdf") return std::make_unique<PdfSink>(out);
  return nullptr;
}

std::string ExtensionFor(const std::string& format) {
  if (format == "text") return "txt";
  return format;
}

}  // namespace claimcheck::bench
