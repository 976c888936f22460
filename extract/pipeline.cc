// Document -> sentences -> mentions -> figures with context.
#include <algorithm>
#include <filesystem>
#include <span>

#include "claimcheck/extract.h"
#include "claimcheck/rules.h"
#include "extract/frame/denominator.h"
#include "extract/recognize/yaml_fast.h"

namespace claimcheck {

Extractor::Extractor(std::string rules_dir) : rules_dir_(std::move(rules_dir)) {}

std::string Extractor::ResolveLanguage(const Document& doc, const std::string& lang) const {
  if (!lang.empty() && lang != "auto") return lang;
  if (!doc.meta.lang.empty()) return doc.meta.lang;
  return DetectLanguage(doc.text);
}

bool Extractor::HasRules(const std::string& lang) const {
  return !lang.empty() && lang.find('/') == std::string::npos && lang != "." && lang != ".." &&
         std::filesystem::is_directory(rules_dir_ + "/" + lang);
}

Status Extractor::RulesFor(const std::string& lang, const Rules** out) {
  std::lock_guard<std::mutex> lock(mu_);
  auto it = rules_.find(lang);
  if (it == rules_.end()) {
    if (!std::filesystem::is_directory(rules_dir_ + "/" + lang)) {
      return Status::InvalidArgument("no rules for language '" + lang + "' under " + rules_dir_);
    }
    auto load = [&](std::unique_ptr<Rules>* out) {
      auto r = std::make_unique<Rules>();
      Status s = Recognizer::Load(rules_dir_, lang, &r->recognizer);
      if (s.ok()) s = ContextAttacher::Load(rules_dir_, lang, &r->attacher);
      if (s.ok()) s = FrameBuilder::Load(rules_dir_, lang, &r->frames);
      if (s.ok()) *out = std::move(r);
      return s;
    };
    // The rule files are parsed with libyaml first (yaml-cpp's parse was
    // about 5% of an extract: extract/recognize/yaml_fast.h); when anything
    // fails they are loaded again through yaml-cpp, whose errors name
    // file:line:column.
    std::unique_ptr<Rules> r;
    Status s;
    {
      recognize::FastYamlScope fast;
      s = load(&r);
    }
    if (!s.ok()) s = load(&r);
    if (!s.ok()) return s;
    it = rules_.emplace(lang, std::move(r)).first;
  }
  *out = it->second.get();
  return Status::Ok();
}

namespace {

class Stream : public FigureStream {
 public:
  Stream(const Document& doc, Extraction* ex, const Recognizer& recognizer,
         const ContextAttacher& attacher, const FrameBuilder& frames, size_t part_figures)
      : doc_(doc),
        doc_path_(doc.path),
        doc_id_(doc.id),
        ex_(ex),
        recognizer_(recognizer),
        attacher_(attacher),
        part_figures_(std::max<size_t>(part_figures, 1)),
        attach_walk_(attacher.Start(doc)),
        frame_walk_(frames.Start(doc)) {
    ctx_.doc_date = doc.meta.date;
  }

  bool Next(std::vector<Figure>* part) override {
    part->clear();
    // A run without figures still moves the walks on (a lead-in, a name).
    while (part->empty()) {
      if (next_sentence_ >= ex_->sentences.size() && next_block_ >= doc_.blocks.size()) return false;
      ReadRun(part);
    }
    return true;
  }

 private:
  // The figures of the next run of whole blocks: the attacher's lead-ins and
  // quotations span a paragraph, so a part never ends inside one.
  void ReadRun(std::vector<Figure>* part) {
    const std::vector<Sentence>& sentences = ex_->sentences;
    const size_t first_sentence = next_sentence_;
    size_t i = next_sentence_;
    while (i < sentences.size()) {
      Recognize(sentences[i], part);
      ++i;
      if (part->size() >= part_figures_ && i < sentences.size() &&
          sentences[i].block > sentences[i - 1].block &&
          static_cast<size_t>(sentences[i].block) <= doc_.blocks.size()) {
        break;
      }
    }
    const size_t first_block = next_block_;
    const size_t end_block = i < sentences.size()
                                 ? std::max<size_t>(first_block, sentences[i].block)
                                 : std::max(first_block, doc_.blocks.size());
    std::span<const Sentence> run(sentences.data() + first_sentence, i - first_sentence);
    DropAgencyDateline(part);
    // The frame stage reads each sentence as soon as the attacher is done
    // with it, from the attacher's tokens (one tokenisation per sentence).
    frame_walk_->Part(doc_, run, ctx_, *part);
    attacher_.AttachPart(doc_, run, first_block, end_block, ctx_, *part, &ex_->aliases,
                         attach_walk_.get(),
                         [this](size_t sentence, std::vector<attach::Token>* tokens) {
                           frame_walk_->Sentence(sentence, tokens);
                         });
    frame_walk_->Finish();
    // A rate's denominator the frame stage read into the rate's `per`
    // ("9.1 per 100,000 residents") is no figure of its own.
    std::erase_if(*part, [](const Figure& f) { return f.rule == frame::kDenominatorRule; });
    DropDateline(part);
    next_sentence_ = i;
    next_block_ = end_block;
  }

  // A news agency's dateline, "VALDEMORA, 20 (SERVIMEDIA)", "MADRID, 3
  // (EUROPA PRESS) -", "KESTREL VALE, June 12 (Northline) -", "Valdoria, 19
  // feb (Agencia Meridiana).-": the city (each word capitalised), the day of
  // the month or the date, the agency in brackets. The day or date is no
  // figure (trial43: "20" was an unsupported count on the sheet; trial47:
  // "Sept 9" dated the story's figures, a period against the source's).
  // `at`: the figure's offset in the sentence, which must be the dateline's.
  static bool AgencyDateline(std::string_view t, std::string_view figure, size_t at) {
    const size_t comma = t.substr(0, 61).find(',');  // within the city's length: no scan of a long sentence
    if (comma == std::string_view::npos || comma < 3 || comma > 60) return false;
    for (size_t i = 0; i < comma; ++i) {
      const bool word_start = i == 0 || t[i - 1] == ' ';
      if (word_start && t[i] >= 'a' && t[i] <= 'z') return false;  // "The trust said, 20 (of its 31)"
      if (t[i] >= '0' && t[i] <= '9') return false;
    }
    size_t i = comma + 1;
    while (i < t.size() && t[i] == ' ') ++i;
    if (at != i || figure.empty() || figure.size() > 16 || t.substr(i, figure.size()) != figure) return false;
    i += figure.size();
    while (i < t.size() && t[i] == ' ') ++i;
    return i < t.size() && t[i] == '(' && t.find(')', i) != std::string_view::npos;
  }

  // Datelines stand in a page's first blocks (its name, title, date line).
  static constexpr int kOpeningBlocks = 4;

  // Before the frame stage reads the part: a dateline's date would date
  // the sentence's figures.
  static void DropAgencyDateline(std::vector<Figure>* part) {
    std::erase_if(*part, [&](const Figure& f) {
      const bool day = f.kind == Kind::kCount && f.value.num >= 1 && f.value.num <= 31;
      return (day || f.kind == Kind::kDate) && f.paragraph <= kOpeningBlocks && f.start >= f.sentence_start &&
             AgencyDateline(std::string_view(f.sentence), f.text, f.start - f.sentence_start);
    });
  }

  // The page's own dateline ("Opinion | Ruth Abernethy | Westmarch Echo |
  // 15 November 2026", "RPS - REGIONAL PRESS SERVICE 12 November 2026,
  // 14:07 GMT") says when the page came out; it states nothing to check,
  // and an audit sheet listed it as a row "not checked" (trial21, eval16).
  // Its date is no figure: a date in one of the opening blocks equal to the
  // document's own date (read from its metadata or masthead), in a line
  // with no closing full stop ("The vote on 15 November 2026 was close."
  // dates what it states) that holds no other kind of figure ("On 12
  // November 2026 the council cut 40 posts" keeps its date).
  // (A news agency's dateline went before the frame stage: DropAgencyDateline.)
  void DropDateline(std::vector<Figure>* part) const {
    const std::string& own = doc_.meta.date;
    if (own.size() < 10) return;
    auto unpunctuated = [](std::string_view t) {
      while (!t.empty() && (t.back() == ' ' || t.back() == '*' || t.back() == '_' || t.back() == '"')) {
        t.remove_suffix(1);
      }
      return t.empty() || (t.back() != '.' && t.back() != '!' && t.back() != '?');
    };
    // Sentences stating some other figure, read before anything is removed.
    std::vector<size_t> stating;
    for (const Figure& g : *part) {
      if (g.kind != Kind::kDate) stating.push_back(g.sentence_start);
    }
    std::erase_if(*part, [&](const Figure& f) {
      return f.kind == Kind::kDate && f.paragraph <= kOpeningBlocks && f.value.iso == own.substr(0, 10) &&
             unpunctuated(std::string_view(f.sentence)) &&
             std::find(stating.begin(), stating.end(), f.sentence_start) == stating.end();
    });
  }

  void Recognize(const Sentence& sent, std::vector<Figure>* out) {
    std::string_view view(doc_.text.data() + sent.start, sent.end - sent.start);
    SharedText shared;  // made on the first figure; every figure of the sentence shares it
    for (Mention& m : recognizer_.Recognize(view, ctx_)) {
      // Built in place: a Figure with its Frame is large, and moving each one
      // into the part cost about 1,200 instructions a figure (callgrind,
      // bench/RESULTS.md, branch spd).
      Figure& f = out->emplace_back();
      static_cast<Mention&>(f) = std::move(m);
      f.start += sent.start;
      f.end += sent.start;
      f.text = doc_.text.substr(f.start, f.end - f.start);
      f.doc = doc_path_;  // one buffer for every figure of the document
      f.doc_id = doc_id_;
      f.lang = ex_->lang;
      f.paragraph = sent.block + 1;
      f.page = doc_.blocks[sent.block].page;
      if (shared.empty()) shared = view;
      f.sentence = shared;
      f.sentence_start = sent.start;
      f.sentence_end = sent.end;
    }
  }

  const Document& doc_;
  const SharedText doc_path_;
  const SharedText doc_id_;
  Extraction* ex_;
  const Recognizer& recognizer_;
  const ContextAttacher& attacher_;
  const size_t part_figures_;
  RecognizeContext ctx_;
  std::unique_ptr<ContextAttacher::Walk> attach_walk_;
  std::unique_ptr<FrameBuilder::Walk> frame_walk_;
  size_t next_sentence_ = 0;
  size_t next_block_ = 0;
};

}  // namespace

Status Extractor::Extract(const Document& doc, const std::string& lang, Extraction* out) {
  std::unique_ptr<FigureStream> stream;
  Status s = Start(doc, lang, out, &stream);
  if (!s.ok()) return s;
  std::vector<Figure> part;
  while (stream->Next(&part)) {
    if (out->figures.empty()) {
      out->figures = std::move(part);
    } else {
      out->figures.insert(out->figures.end(), std::make_move_iterator(part.begin()),
                          std::make_move_iterator(part.end()));
    }
  }
  return Status::Ok();
}

Status Extractor::Start(const Document& doc, const std::string& lang, Extraction* out,
                        std::unique_ptr<FigureStream>* stream, size_t part_figures) {
  stream->reset();
  *out = Extraction();
  out->lang = ResolveLanguage(doc, lang);
  // A declared language we have no rules for ("fr") falls back to detection;
  // a detected language without rules ("it") to English, with a warning.
  // Rules of a neighbouring language are never used ("583 milioni" is not
  // Spanish).
  if (lang.empty() || lang == "auto") {
    if (!HasRules(out->lang)) {
      std::string declared = out->lang;
      out->lang = DetectLanguage(doc.text);
      if (!HasRules(out->lang)) {
        std::string named = declared.empty() || declared == out->lang ? out->lang : declared;
        out->warning = doc.path + ": no rules for language '" + named +
                       "'; English rules used (the figures may be incomplete)";
        out->lang = "en";
      }
    }
  }
  const Rules* rules = nullptr;
  Status s = RulesFor(out->lang, &rules);
  if (!s.ok()) return s;

  out->sentences = SegmentSentences(doc, out->lang);
  *stream = std::make_unique<Stream>(doc, out, *rules->recognizer, *rules->attacher,
                                     *rules->frames, part_figures);
  return Status::Ok();
}

}  // namespace claimcheck
