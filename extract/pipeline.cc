// Document -> sentences -> mentions -> figures with context.
#include <filesystem>

#include "claimcheck/extract.h"
#include "claimcheck/rules.h"

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
    auto r = std::make_unique<Rules>();
    Status s = Recognizer::Load(rules_dir_, lang, &r->recognizer);
    if (s.ok()) s = ContextAttacher::Load(rules_dir_, lang, &r->attacher);
    if (s.ok()) s = FrameBuilder::Load(rules_dir_, lang, &r->frames);
    if (!s.ok()) return s;
    it = rules_.emplace(lang, std::move(r)).first;
  }
  *out = it->second.get();
  return Status::Ok();
}

Status Extractor::Extract(const Document& doc, const std::string& lang, Extraction* out) {
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
  RecognizeContext ctx;
  ctx.doc_date = doc.meta.date;

  for (const Sentence& sent : out->sentences) {
    std::string_view view(doc.text.data() + sent.start, sent.end - sent.start);
    SharedText shared;  // made on the first figure; every figure of the sentence shares it
    for (Mention& m : rules->recognizer->Recognize(view, ctx)) {
      Figure f;
      static_cast<Mention&>(f) = std::move(m);
      f.start += sent.start;
      f.end += sent.start;
      f.text = doc.text.substr(f.start, f.end - f.start);
      f.doc = doc.path;
      f.doc_id = doc.id;
      f.lang = out->lang;
      f.paragraph = sent.block + 1;
      f.page = doc.blocks[sent.block].page;
      if (shared.empty()) shared = view;
      f.sentence = shared;
      f.sentence_start = sent.start;
      f.sentence_end = sent.end;
      out->figures.push_back(std::move(f));
    }
  }
  // The frame stage reads each sentence as soon as the attacher is done with
  // it, from the attacher's tokens (one tokenisation per sentence).
  std::unique_ptr<FrameBuilder::Walk> frames =
      rules->frames->Start(doc, out->sentences, ctx, &out->figures);
  rules->attacher->Attach(doc, out->sentences, ctx, &out->figures, &out->aliases,
                          [&](size_t sentence, std::vector<attach::Token>* tokens) {
                            frames->Sentence(sentence, tokens);
                          });
  frames->Finish();
  return Status::Ok();
}

}  // namespace claimcheck
