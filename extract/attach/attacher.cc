// The ContextAttacher: attribution, quotation and time scope for every
// figure of a document, from its sentence, its paragraph and the lead-in
// paragraph before a quotation ("CEP reported:").
#include <algorithm>
#include <filesystem>
#include <optional>
#include <set>

#include "claimcheck/attach.h"
#include "extract/attach/attribution.h"
#include "extract/attach/context.h"
#include "extract/attach/lexicon.h"

namespace claimcheck {
namespace {

using attach::Credit;
using attach::SourceKind;

// True when the block holds no letter or digit: "…", "* * *".
bool OnlyPunctuation(std::string_view s) {
  for (unsigned char c : s) {
    if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0xC3) {
      // 0xC3 leads Latin-1 letters; other multi-byte leads are punctuation here.
      return false;
    }
  }
  return true;
}

// `s` is one word between spaces: " in ", " en ".
bool OneWordBetween(std::string_view s) {
  size_t a = 0, b = s.size();
  while (a < b && s[a] == ' ') ++a;
  while (b > a && s[b - 1] == ' ') --b;
  if (a == 0 || b == s.size() || a == b) return false;
  for (size_t i = a; i < b; ++i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (!(c >= 0x80 || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) return false;
  }
  return true;
}

bool EndsWithColon(std::string_view s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '\n' || s.back() == '\t'))
    s.remove_suffix(1);
  return !s.empty() && s.back() == ':';
}

size_t Gap(size_t a0, size_t a1, size_t b0, size_t b1) {
  if (b0 >= a1) return b0 - a1;
  if (a0 >= b1) return a0 - b1;
  return 0;
}

// The credit nearest to [start, end) (offsets relative to the sentence);
// the first of equally near ones. Credits come in order of their start and
// do not overlap, so the nearest is one of the two around the figure, found
// by binary search: a sentence with thousands of figures and credits stays
// linear (issue 15). A few neighbours on each side are checked to keep the
// exact tie-breaking of a full scan.
// `ordered` says the credits' starts and ends both never decrease (see
// Ordered()); otherwise every credit is compared.
bool Ordered(const std::vector<Credit>& credits) {
  for (size_t i = 1; i < credits.size(); ++i) {
    if (credits[i].start < credits[i - 1].start || credits[i].end < credits[i - 1].end) return false;
  }
  return true;
}

const Credit* Nearest(const std::vector<Credit>& credits, bool ordered, size_t start, size_t end) {
  if (credits.empty()) return nullptr;
  if (!ordered) {
    const Credit* best = nullptr;
    size_t best_gap = 0;
    for (const Credit& c : credits) {
      size_t g = Gap(start, end, c.start, c.end);
      if (best == nullptr || g < best_gap) {
        best = &c;
        best_gap = g;
      }
    }
    return best;
  }
  auto it = std::lower_bound(credits.begin(), credits.end(), end,
                             [](const Credit& c, size_t e) { return c.start < e; });
  size_t k = static_cast<size_t>(it - credits.begin());
  size_t from = k >= 3 ? k - 3 : 0, to = std::min(credits.size(), k + 2);
  const Credit* best = nullptr;
  size_t best_gap = 0;
  for (size_t i = from; i < to; ++i) {
    size_t g = Gap(start, end, credits[i].start, credits[i].end);
    if (best == nullptr || g < best_gap) {
      best = &credits[i];
      best_gap = g;
    }
  }
  return best;
}

// ", and while ...", ", but although ...", ", y aunque ...": a comma, then
// two clause breaks in a row (rules/<lang>/time.yaml clause_breaks) open a
// conjunct that starts with a subordinate clause. A credit inside it ("The
// average workplace pension is just £662 a month, and while 71 per cent ...
// are members, according to the Department, coverage ... is far lower")
// credits that conjunct's figures, not those before the comma
// (eval12-pensions: the £662 was read as the Department's).
bool OpensSubordinateConjunct(std::string_view between, const attach::Lexicon& lex) {
  const std::vector<attach::Token> t = attach::Tokenize(between);
  for (size_t i = 0; i + 2 < t.size(); ++i) {
    if (!t[i].word && t[i].lower == "," && t[i + 1].word && t[i + 2].word && t[i + 1].lower != t[i + 2].lower &&
        lex.clause_breaks.Has(t[i + 1]) && lex.clause_breaks.Has(t[i + 2])) {
      return true;
    }
  }
  return false;
}

// "... 156 funciones para estudiantes y, según la Secretaría de Educación,
// 31.400 escolares asistieron", "... 156 performances and, according to the
// department, 31,400 pupils attended": a credit that opens the next
// conjunct (a clause break, then at most a comma, right before it) and
// stands before that conjunct's own figure is fronted for that figure, not
// said after the one before (eval27-teatros: the 156 was credited to the
// Secretaría). `between` runs from the figure's end to the credit's start.
bool OpensConjunctBeforeCredit(std::string_view between, const attach::Lexicon& lex) {
  const std::vector<attach::Token> t = attach::Tokenize(between);
  size_t n = t.size();
  if (n > 0 && !t[n - 1].word && t[n - 1].lower == ",") --n;
  return n > 0 && t[n - 1].word && lex.clause_breaks.Has(t[n - 1]);
}

// "Un préstamo a 25 años es un compromiso muy largo: compara ofertas ... y
// no te endeudes por encima del 66 % ..., según la AEEH": a colon or a
// semicolon, then a clause of its own (three words or more) before the
// credit: the credit is that clause's, not the figure's before the colon
// (eval34: the 25 años credited to the AEEH). `between` as above.
bool ClauseAfterColon(std::string_view between) {
  const size_t colon = between.find_first_of(":;");
  if (colon == std::string_view::npos) return false;
  const std::vector<attach::Token> t = attach::Tokenize(between.substr(colon + 1));
  return std::count_if(t.begin(), t.end(), [](const attach::Token& x) { return x.word; }) >= 3;
}

// The last credit that ends before `start`, or nullptr.
const Credit* LastBefore(const std::vector<Credit>& credits, size_t start) {
  const Credit* best = nullptr;
  for (const Credit& c : credits) {
    if (c.end <= start && (best == nullptr || c.end > best->end)) best = &c;
  }
  return best;
}

class Attacher : public ContextAttacher {
 public:
  // The credit of figure f in the sentence starting at `sentence` (document
  // offsets): the nearest, unless a subordinate conjunct opens between the
  // figure and a credit after it; then the nearest before the figure.
  // `figures` are the sentence's, in text order.
  const Credit* CreditOf(const std::vector<Credit>& credits, bool ordered, std::string_view text, size_t sentence,
                         const Figure& f, const std::vector<Figure*>& figures) const {
    const Credit* c = Nearest(credits, ordered, f.start - sentence, f.end - sentence);
    if (c == nullptr || c->start < f.end - sentence) return c;
    const std::string_view between = text.substr(f.end, sentence + c->start - f.end);
    if (OpensSubordinateConjunct(between, lex_) || ClauseAfterColon(between)) {
      return LastBefore(credits, f.start - sentence);
    }
    if (OpensConjunctBeforeCredit(between, lex_)) {
      const bool fronted = std::any_of(figures.begin(), figures.end(), [&](const Figure* g) {
        return g->kind != Kind::kDate && g->start >= sentence + c->end;
      });
      if (fronted) return LastBefore(credits, f.start - sentence);
    }
    return c;
  }

  explicit Attacher(attach::Lexicon lex) : lex_(std::move(lex)) {}
  std::unique_ptr<Walk> Start(const Document& doc) const override;
  using ContextAttacher::AttachPart;
  void AttachPart(const Document& doc, std::span<const Sentence> sentences, size_t first_block,
                  size_t end_block, const RecognizeContext& ctx, std::span<Figure> figures,
                  std::vector<Alias>* aliases, Walk* walk,
                  const SentenceHook& hook) const override;

 private:
  attach::Lexicon lex_;
};

constexpr size_t kNoSentence = static_cast<size_t>(-1);

// Paragraphs longer than this tokenise a sentence again rather than keep
// every sentence's tokens between the attacher's two passes.
constexpr size_t kKeepTokensBytes = 64 * 1024;

// The time scope of a figure that is not a date needs its sentence's tokens.
bool NeedsTokens(const std::vector<Figure*>& figures) {
  return std::any_of(figures.begin(), figures.end(),
                     [](const Figure* f) { return f->kind != Kind::kDate; });
}

// Answers "does a quotation span contain [start, end)?" in O(log n), so a
// long paragraph with many quotes and figures is not quadratic. Spans come
// from QuoteSpans in order of their end; their starts are not monotonic (a
// closing mark without an opening one starts its span at 0), so the index
// keeps, for every suffix, the smallest start.
class QuoteIndex {
 public:
  explicit QuoteIndex(const attach::Spans& spans) : spans_(spans), min_start_(spans.size()) {
    for (size_t i = spans.size(); i-- > 0;) {
      min_start_[i] = i + 1 < spans.size() ? std::min(spans[i].first, min_start_[i + 1])
                                           : spans[i].first;
    }
  }
  bool Contains(size_t start, size_t end) const {
    // Spans ending at or after `end` form a suffix; one of them starting at
    // or before `start` contains the figure.
    auto it = std::lower_bound(spans_.begin(), spans_.end(), end,
                               [](const auto& q, size_t e) { return q.second < e; });
    return it != spans_.end() && min_start_[it - spans_.begin()] <= start;
  }

 private:
  const attach::Spans& spans_;
  std::vector<size_t> min_start_;
};

// Per-document state carried from paragraph to paragraph.
struct AttachWalk : ContextAttacher::Walk {
  std::string last_person;            // for "He said"
  std::set<std::string> known_names;  // folded words of names credited so far
  bool lead_active = false;           // a lead-in ("X reported:") is open
  std::string lead_speaker;
  int lead_paragraphs = 0;
  bool has_block_quotes = false;      // the format marks quotations
  std::set<std::pair<std::string, std::string>> learned;  // aliases given out so far
};

std::unique_ptr<ContextAttacher::Walk> Attacher::Start(const Document& doc) const {
  auto walk = std::make_unique<AttachWalk>();
  walk->has_block_quotes = std::any_of(doc.blocks.begin(), doc.blocks.end(), [](const Block& b) {
    return b.kind == BlockKind::kBlockQuote;
  });
  return walk;
}

void Attacher::AttachPart(const Document& doc, std::span<const Sentence> sentences,
                          size_t first_block, size_t end_block, const RecognizeContext& ctx,
                          std::span<Figure> figures, std::vector<Alias>* aliases,
                          Walk* walk_base, const SentenceHook& hook) const {
  AttachWalk& walk = *static_cast<AttachWalk*>(walk_base);
  end_block = std::min(end_block, doc.blocks.size());
  first_block = std::min(first_block, end_block);

  // Figures by sentence; sentences by block.
  std::vector<std::vector<Figure*>> by_sentence(sentences.size());
  for (Figure& f : figures) {
    auto it = std::lower_bound(sentences.begin(), sentences.end(), f.sentence_start,
                               [](const Sentence& s, size_t at) { return s.start < at; });
    if (it != sentences.end() && it->start == f.sentence_start) {
      by_sentence[it - sentences.begin()].push_back(&f);
    }
  }
  // by_block[b - first_block]: the sentences of block b.
  std::vector<std::vector<size_t>> by_block(end_block - first_block);
  for (size_t i = 0; i < sentences.size(); ++i) {
    if (sentences[i].block >= 0 && static_cast<size_t>(sentences[i].block) >= first_block &&
        static_cast<size_t>(sentences[i].block) < end_block) {
      by_block[sentences[i].block - first_block].push_back(i);
    }
  }
  const bool has_block_quotes = walk.has_block_quotes;
  auto& learned = walk.learned;
  for (size_t b = first_block; b < end_block; ++b) {
    const Block& block = doc.blocks[b];
    std::string_view block_text(doc.text.data() + block.start, block.end - block.start);

    // Each sentence is tokenised once; the credit finder, the alias learner
    // and the time scope of every figure read the same tokens.
    const size_t block_sentences = by_block[b - first_block].size();
    const bool long_block = block.end - block.start > kKeepTokensBytes;
    std::vector<std::vector<attach::Token>> toks(block_sentences);
    // Credits of each sentence, pronouns resolved as they are met.
    std::vector<std::vector<Credit>> credits;
    credits.reserve(block_sentences);
    std::vector<bool> ordered;  // per sentence: its credits are in order (Nearest)
    bool names_someone = false;
    for (size_t k = 0; k < block_sentences; ++k) {
      size_t si = by_block[b - first_block][k];
      const Sentence& s = sentences[si];
      std::string_view text(doc.text.data() + s.start, s.end - s.start);
      toks[k] = attach::Tokenize(text);
      lex_.Mark(&toks[k]);
      std::vector<std::pair<size_t, size_t>> blocked;
      for (const Figure* f : by_sentence[si])
        blocked.emplace_back(f->start - s.start, f->end - s.start);
      std::vector<Credit> cs = attach::FindCredits(text, toks[k], lex_, blocked);
      for (Credit& c : cs) {
        if (c.kind == SourceKind::kPronoun && !walk.last_person.empty()) {
          c.text = walk.last_person + c.text.substr(c.source_end - c.start);
          c.source = walk.last_person;
        }
        // Narration credits a third party; a quotation may credit "our data".
        if (!c.first_person) names_someone = true;
        if (c.kind == SourceKind::kNamed) {
          if (c.person_like) walk.last_person = c.source;
        }
      }
      ordered.push_back(Ordered(cs));
      credits.push_back(std::move(cs));
      for (Alias& a : attach::LearnAliases(text, toks[k], lex_)) {
        if (learned.insert({a.alias, a.canonical}).second && aliases != nullptr) {
          aliases->push_back(std::move(a));
        }
      }
      // The time scope of a figure that is not a date reads the tokens
      // again, and so does the sentence hook. They are kept for that in
      // ordinary paragraphs; in a long one they are dropped and made again
      // when the time scope needs them, so memory holds one sentence's
      // tokens, not a whole paragraph's (tokens take ~15 bytes per byte of
      // text).
      if ((!hook && !NeedsTokens(by_sentence[si])) || long_block) {
        std::vector<attach::Token>().swap(toks[k]);
      }
    }

    // Does this paragraph continue the quotation a lead-in opened?
    bool in_lead = false;
    if (walk.lead_active) {
      if (has_block_quotes) {
        // The format marks quotations; trust it.
        in_lead = block.kind == BlockKind::kBlockQuote;
      } else if (block.kind == BlockKind::kHeading) {
        in_lead = false;
      } else if (OnlyPunctuation(block_text)) {
        in_lead = true;  // an elision ("…") between quoted paragraphs
      } else if (walk.lead_paragraphs == 0) {
        // The paragraph right after "X reported:" is what X reported.
        in_lead = !EndsWithColon(block_text);
        if (in_lead) ++walk.lead_paragraphs;
      } else {
        auto first =
            attach::Tokenize(block_text.substr(0, std::min<size_t>(block_text.size(), 80)));
        bool starts_with_name = !first.empty() && first[0].word && first[0].cap &&
                                walk.known_names.count(first[0].lower) > 0;
        in_lead = !EndsWithColon(block_text) && !names_someone && !starts_with_name &&
                  walk.lead_paragraphs < lex_.lead_in_max_paragraphs;
        if (in_lead) ++walk.lead_paragraphs;
      }
      if (!in_lead) walk.lead_active = false;
    }

    attach::Spans quotes = attach::QuoteSpans(block_text);
    QuoteIndex quote_index(quotes);
    // The first two sentences of the block that credit someone: a quoted
    // figure whose own sentence credits no one takes the first other one.
    size_t credited[2] = {kNoSentence, kNoSentence};
    for (size_t k = 0, found = 0; k < credits.size() && found < 2; ++k) {
      if (!credits[k].empty()) credited[found++] = k;
    }
    for (size_t k = 0; k < block_sentences; ++k) {
      size_t si = by_block[b - first_block][k];
      const Sentence& s = sentences[si];
      std::vector<const Figure*> dates;
      for (const Figure* f : by_sentence[si]) {
        if (f->kind == Kind::kDate) dates.push_back(f);
      }
      std::optional<std::string> relative_time;  // the sentence's, computed on first need
      attach::DateCues date_cues;                // likewise
      for (const Figure* f : by_sentence[si]) {
        if (f->kind != Kind::kDate) date_cues.figures.emplace_back(f->start - s.start, f->end - s.start);
      }
      if (!dates.empty()) {
        // A date written right after a figure, one word between ("$2.1
        // billion in 2024"), is that figure's (attach::DateCues::owner).
        // Figures come in text order: only the one before each date is read.
        date_cues.owner.assign(dates.size(), nullptr);
        const Figure* prev = nullptr;
        size_t di = 0;
        for (const Figure* f : by_sentence[si]) {
          if (f->kind != Kind::kDate) {
            prev = f;
            continue;
          }
          while (di < dates.size() && dates[di] != f) ++di;
          if (di == dates.size()) break;
          if (prev != nullptr && prev->end < f->start && f->start - prev->end <= 12 &&
              OneWordBetween(std::string_view(doc.text.data() + prev->end, f->start - prev->end))) {
            date_cues.owner[di] = prev;
          }
          prev = nullptr;
        }
      }
      const bool has_tokens = (hook && !long_block) || NeedsTokens(by_sentence[si]);
      if (long_block && has_tokens) {
        toks[k] = attach::Tokenize(std::string_view(doc.text.data() + s.start, s.end - s.start));
        lex_.Mark(&toks[k]);
      }
      for (Figure* f : by_sentence[si]) {
        size_t rel_start = f->start - block.start, rel_end = f->end - block.start;
        bool inline_quote = quote_index.Contains(rel_start, rel_end);
        f->quoted = in_lead || block.kind == BlockKind::kBlockQuote || inline_quote;
        if (in_lead) {
          f->attribution = walk.lead_speaker;
        } else if (const Credit* c = CreditOf(credits[k], ordered[k], doc.text, s.start, *f, by_sentence[si])) {
          f->attribution = c->text;
        } else if (f->quoted) {
          // A quotation over several sentences names its speaker once:
          // "“We counted 500. Most were children,” she said."
          size_t other = credited[0] != k ? credited[0] : credited[1];
          if (other != kNoSentence) f->attribution = credits[other].front().text;
        }
        f->time = attach::TimeScope(*f, toks[k], s.start, dates, lex_, ctx.doc_date,
                                    &relative_time, &date_cues);
      }
      if (hook) hook(si, has_tokens ? &toks[k] : nullptr);
      std::vector<attach::Token>().swap(toks[k]);
    }

    // Names credited here end a later quotation that starts with them.
    for (const auto& cs : credits) {
      for (const Credit& c : cs) {
        if (c.kind != SourceKind::kNamed) continue;
        for (const auto& t : attach::Tokenize(c.source)) {
          if (t.word && t.cap && !lex_.determiners.HasWord(t.lower))
            walk.known_names.insert(t.lower);
        }
      }
    }
    // A paragraph ending in "X reported:" opens a quotation.
    if (!by_block[b - first_block].empty() && !in_lead) {
      size_t last = by_block[b - first_block].back();
      const Sentence& s = sentences[last];
      std::string_view text(doc.text.data() + s.start, s.end - s.start);
      if (EndsWithColon(text) && !credits.back().empty()) {
        walk.lead_active = true;
        walk.lead_speaker = credits.back().front().text;
        walk.lead_paragraphs = 0;
      }
    }
  }
}

}  // namespace

void ContextAttacher::Attach(const Document& doc, const std::vector<Sentence>& sentences,
                             const RecognizeContext& ctx, std::vector<Figure>* figures,
                             std::vector<Alias>* aliases, const SentenceHook& hook) const {
  std::unique_ptr<Walk> walk = Start(doc);
  AttachPart(doc, sentences, 0, doc.blocks.size(), ctx, *figures, aliases, walk.get(), hook);
}

Status ContextAttacher::Load(const std::string& rules_dir, const std::string& lang,
                             std::unique_ptr<ContextAttacher>* out) {
  attach::Lexicon lex;
  Status s = attach::LoadLexicon(rules_dir, lang, &lex);
  if (!s.ok()) return s;
  *out = std::make_unique<Attacher>(std::move(lex));
  return Status::Ok();
}

Status LoadEntityAliases(const std::string& rules_dir, const std::string& lang,
                         std::vector<Alias>* out) {
  // entities.yaml alone: parsing attribution.yaml and time.yaml again here
  // was most of this call's cost in every extract (bench/RESULTS.md, spd).
  const std::string path = rules_dir + "/" + lang + "/entities.yaml";
  out->clear();
  if (!std::filesystem::exists(path)) return Status::Ok();
  attach::Lexicon lex;
  Status s = attach::LoadEntities(path, &lex);
  if (!s.ok()) return s;
  *out = std::move(lex.entities);
  return Status::Ok();
}

}  // namespace claimcheck
