// The Recognizer: scans the sentence once, runs the number scanner, the
// not-a-figure filter and one recogniser per dimension, joins ranges and
// qualifiers, asks the DateRecognizer for dates, and lets the ranking step
// choose. Everything mutable lives on the stack of Recognize, so one
// instance serves many threads.
#include "claimcheck/recognize.h"

#include "extract/recognize/candidate.h"
#include "extract/recognize/date_recognizer.h"

namespace claimcheck {
namespace {

using recognize::Candidate;

class RuleRecognizer : public Recognizer {
 public:
  RuleRecognizer(std::unique_ptr<recognize::Lexicon> lex, std::unique_ptr<DateRecognizer> dates)
      : lex_(std::move(lex)), dates_(std::move(dates)) {}

  std::vector<Mention> Recognize(std::string_view text, const RecognizeContext& ctx) const override {
    // Scratch buffers are per thread (never shared) and reused, so a
    // sentence costs no allocation for tokens, numbers or candidates.
    thread_local recognize::ScannedText s;
    thread_local std::vector<recognize::NumberSpan> nums;
    thread_local std::vector<Candidate> cands;
    nums.clear();
    cands.clear();
    recognize::Scan(text, &s);
    recognize::MarkKnown(lex_->vocabulary, &s);
    recognize::ScanNumbers(s, lex_->numbers, &nums);
    recognize::MarkNotFigures(s, *lex_, &nums);
    const recognize::Sentence in{s, *lex_, ctx, nums};
    recognize::FindPercents(in, &cands);
    recognize::FindMoney(in, &cands);
    recognize::FindMeasures(in, &cands);
    recognize::FindOrdinals(in, &cands);
    recognize::FindCounts(in, &cands);
    recognize::FindVague(in, &cands);
    recognize::FindRanges(in, &cands);
    recognize::ShareListUnits(in, &cands);
    recognize::FindMultipliers(in, &cands);
    recognize::ApplyQualifiers(in, &cands);

    std::vector<std::pair<size_t, size_t>> date_spans;
    std::vector<Mention> dates = dates_->Find(text, ctx, &date_spans);
    const auto urls = recognize::UrlSpans(text, lex_->not_figures);
    if (!urls.empty()) {
      std::erase_if(dates, [&](const Mention& d) { return recognize::OverlapsAny(urls, d.start, d.end); });
    }
    // Periods with no year to give them stay out of the other figures too.
    for (const Mention& d : dates) date_spans.emplace_back(d.start, d.end);
    std::vector<size_t> won = recognize::Rank(s, cands, date_spans);

    std::vector<Mention> out;
    out.reserve(won.size() + dates.size());
    size_t di = 0;
    for (size_t w : won) {
      const Candidate& c = cands[w];
      Mention m;
      m.start = recognize::StartByte(s, c);
      m.end = recognize::EndByte(s, c);
      while (di < dates.size() && dates[di].start < m.start) out.push_back(std::move(dates[di++]));
      m.kind = c.kind;
      m.value = FigureValue::Number(c.value);
      if (c.has_max) m.value_max = FigureValue::Number(c.value_max);
      m.qualifier = c.qualifier;
      m.unit = std::string(c.unit);
      m.rule = lex_->lang + "." + c.rule;
      if (c.base_te > c.base_tb) {
        m.compared_with = std::string(text.substr(s.toks[c.base_tb].start, s.toks[c.base_te - 1].end - s.toks[c.base_tb].start));
      }
      recognize::FindSubject(in, c.subject_from >= 0 ? cands[static_cast<size_t>(c.subject_from)] : c, &m.subject,
                             &m.subject_alias);
      out.push_back(std::move(m));
    }
    while (di < dates.size()) out.push_back(std::move(dates[di++]));
    return out;
  }

 private:
  std::unique_ptr<recognize::Lexicon> lex_;
  std::unique_ptr<DateRecognizer> dates_;
};

}  // namespace

Status Recognizer::Load(const std::string& rules_dir, const std::string& lang, std::unique_ptr<Recognizer>* out) {
  std::unique_ptr<recognize::Lexicon> lex;
  Status s = recognize::LoadLexicon(rules_dir, lang, &lex);
  if (!s.ok()) return s;
  std::unique_ptr<DateRecognizer> dates;
  s = DateRecognizer::Load(rules_dir, lang, &dates);
  if (!s.ok()) return s;
  *out = std::make_unique<RuleRecognizer>(std::move(lex), std::move(dates));
  return Status::Ok();
}

}  // namespace claimcheck
