// Orchestration: block figures, score candidate pairs, classify the best
// pairing of each checked figure, and word the findings.
#include "claimcheck/check.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <memory>
#include <set>
#include <unordered_map>

#include "claimcheck/figure_json.h"
#include "claimcheck/util.h"
#include "claims/check/arithmetic.h"
#include "claims/check/describe.h"
#include "claims/check/interval.h"
#include "claims/check/lexicon.h"
#include "claims/check/roles.h"

namespace claimcheck {
namespace {

using check::Describe;
using check::DocName;
using check::Interval;
using check::Lexicon;
using check::SubjectInfo;

// Blocks larger than this are searched through their context-word postings
// instead of in full, so a store of 100,000 figures never scores n^2 pairs.
constexpr size_t kFullScanLimit = 256;
constexpr size_t kMaxCandidates = 512;

struct Item {
  const Figure* f = nullptr;
  int doc = -1;  // index into CheckInput::documents; -1 when unknown
  bool reference = false;
  SubjectInfo subject;
  const std::vector<std::string>* context = nullptr;
  Interval interval;
  double half = 0;
};

struct Block {
  std::vector<int> refs;
  std::unordered_map<std::string, std::vector<int>> postings;  // built for large blocks
};

enum class Relation { kConsistent, kValue, kQualifier, kTime, kWhole, kUnrelated };

struct Match {
  int ref = -1;
  double score = 0;
  double context = 0;  // share of context words in common, 0..1
  Relation rel = Relation::kUnrelated;
  std::vector<std::string> reasons;
};

bool Checkable(const Figure& f) {
  if (f.value.is_date() || !std::isfinite(f.value.num)) return false;
  return f.kind == Kind::kCount || f.kind == Kind::kPercent || f.kind == Kind::kMoney ||
         f.kind == Kind::kMeasure || f.kind == Kind::kDuration;
}

std::string BlockKey(const Figure& f, const std::string& subject_key) {
  return std::string(KindName(f.kind)) + "|" + f.unit + "|" + subject_key;
}

std::string ValueKey(const Figure& f) {
  char buf[40];
  std::snprintf(buf, sizeof buf, "%.3g", f.value.num);
  return std::string(KindName(f.kind)) + "|" + f.unit + "|" + buf;
}

size_t SharedCount(const std::vector<std::string>& a, const std::vector<std::string>& b,
                   std::vector<std::string>* shared) {
  size_t n = 0;
  auto i = a.begin(), j = b.begin();
  while (i != a.end() && j != b.end()) {
    if (*i < *j) {
      ++i;
    } else if (*j < *i) {
      ++j;
    } else {
      if (shared && shared->size() < 6) shared->push_back(*i);
      ++n, ++i, ++j;
    }
  }
  return n;
}

class Checker {
 public:
  Checker(const CheckInput& in, const CheckOptions& opts, CheckStats* stats)
      : in_(in), opts_(opts), stats_(stats) {}

  Status Run(std::vector<Finding>* out);

 private:
  void Prepare();
  void Index();
  std::vector<int> Candidates(const Item& x);
  Match Score(const Item& x, int r, bool same_subject_required);
  Relation Classify(const Item& x, const Item& r) const;
  void CheckItem(int xi, std::vector<Finding>* out);
  bool TrySubjectConflict(const Item& x, std::vector<Finding>* out);
  void Emit(const Item& x, const Match& m, std::vector<Finding>* out);
  void CheckAttribution(const Item& x, const Match& m, std::vector<Finding>* out);
  Lexicon::Credit CreditOf(const Item& x, int doc, std::string* who = nullptr) const;
  bool CreditsAnySource(const Item& x) const;
  std::string Publisher(int doc) const;
  // Roles as resolved by EffectiveRoles (roles.h): `auto` documents are
  // sources or articles by who cites whom.
  bool IsSource(size_t doc) const { return roles_[doc].role == "source"; }

  const CheckInput& in_;
  const CheckOptions& opts_;
  CheckStats* stats_;
  Lexicon lex_;
  std::vector<DocumentRole> roles_;
  bool have_sources_ = false;
  std::vector<Item> items_;
  std::vector<std::unique_ptr<std::vector<std::string>>> contexts_;
  std::unordered_map<std::string, Block> blocks_;
  std::unordered_map<std::string, std::vector<int>> by_value_;
  // kind|unit -> every reference figure: searched (through context-word
  // postings when large) for figures whose subject is unknown.
  std::unordered_map<std::string, Block> any_subject_;
  std::vector<int> mark_;  // scratch for de-duplicating candidates
  int mark_gen_ = 0;
};

Status Checker::Run(std::vector<Finding>* out) {
  out->clear();
  roles_ = EffectiveRoles(in_);
  std::set<std::string> langs = {"en"};
  for (const Figure& f : in_.figures) {
    if (!f.lang.empty()) langs.insert(f.lang);
  }
  if (Status s = lex_.Load(opts_.rules_dir, {langs.begin(), langs.end()}); !s.ok()) return s;
  lex_.AddAliases(in_.aliases);
  for (const Figure& f : in_.figures) {
    if (!f.subject_alias.empty()) lex_.AddSubjectAlias(f.lang, f.subject, f.subject_alias);
  }
  Prepare();
  Index();
  for (size_t i = 0; i < items_.size(); ++i) {
    if (!items_[i].reference || !have_sources_) CheckItem(static_cast<int>(i), out);
  }

  // Arithmetic, sentence by sentence, in every document.
  std::vector<const Figure*> sorted;
  for (const Figure& f : in_.figures) sorted.push_back(&f);
  std::stable_sort(sorted.begin(), sorted.end(), [](const Figure* a, const Figure* b) {
    if (a->doc_id != b->doc_id) return a->doc_id < b->doc_id;
    if (a->doc != b->doc) return a->doc < b->doc;
    return a->start < b->start;
  });
  for (size_t i = 0; i < sorted.size();) {
    size_t j = i;
    while (j < sorted.size() && sorted[j]->doc_id == sorted[i]->doc_id &&
           sorted[j]->doc == sorted[i]->doc && sorted[j]->sentence_start == sorted[i]->sentence_start) {
      ++j;
    }
    check::CheckSentenceArithmetic(lex_, {sorted.begin() + i, sorted.begin() + j}, out);
    i = j;
  }

  std::stable_sort(out->begin(), out->end(), [](const Finding& a, const Finding& b) {
    if (a.severity != b.severity) return a.severity > b.severity;
    const Figure& fa = a.claims[0];
    const Figure& fb = b.claims[0];
    if (fa.doc != fb.doc) return fa.doc < fb.doc;
    return fa.start < fb.start;
  });
  if (stats_) stats_->figures = in_.figures.size();
  return Status::Ok();
}

void Checker::Prepare() {
  std::unordered_map<std::string, int> doc_index;
  for (size_t i = 0; i < in_.documents.size(); ++i) {
    doc_index[in_.documents[i].doc_id] = static_cast<int>(i);
    if (IsSource(i)) have_sources_ = true;
  }
  // Sentences repeat across a document's figures; their words are computed once.
  std::unordered_map<std::string, const std::vector<std::string>*> sentence_words;
  for (const Figure& f : in_.figures) {
    if (!Checkable(f)) continue;
    Item it;
    it.f = &f;
    auto d = doc_index.find(f.doc_id);
    it.doc = d == doc_index.end() ? -1 : d->second;
    it.reference = it.doc >= 0 && IsSource(static_cast<size_t>(it.doc));
    it.subject = lex_.Subject(f);
    std::string skey = f.doc_id + "\x1f" + f.doc + "\x1f" + std::to_string(f.sentence_start) + "\x1f" +
                       f.sentence;
    auto w = sentence_words.find(skey);
    if (w == sentence_words.end()) {
      contexts_.push_back(std::make_unique<std::vector<std::string>>(lex_.ContextWords(f.lang, f.sentence)));
      w = sentence_words.emplace(std::move(skey), contexts_.back().get()).first;
    }
    it.context = w->second;
    it.interval = check::FigureInterval(f);
    it.half = check::HalfPrecision(f);
    items_.push_back(std::move(it));
  }
  mark_.assign(items_.size(), 0);
}

void Checker::Index() {
  for (size_t i = 0; i < items_.size(); ++i) {
    const Item& it = items_[i];
    // Without sources every document is checked against the others.
    if (have_sources_ && !it.reference) continue;
    blocks_[BlockKey(*it.f, it.subject.key)].refs.push_back(static_cast<int>(i));
    any_subject_[BlockKey(*it.f, "*")].refs.push_back(static_cast<int>(i));
    by_value_[ValueKey(*it.f)].push_back(static_cast<int>(i));
  }
  for (auto* index : {&blocks_, &any_subject_}) {
    for (auto& [key, block] : *index) {
      if (block.refs.size() <= kFullScanLimit) continue;
      for (int r : block.refs) {
        for (const std::string& w : *items_[r].context) block.postings[w].push_back(r);
      }
    }
  }
  if (stats_) stats_->blocks = blocks_.size();
}

std::vector<int> Checker::Candidates(const Item& x) {
  std::vector<int> out;
  ++mark_gen_;
  auto add = [&](int r) {
    if (mark_[r] == mark_gen_ || out.size() >= kMaxCandidates) return;
    const Item& ri = items_[r];
    if (ri.f->doc_id == x.f->doc_id && ri.f->doc == x.f->doc) return;  // same document
    // Without sources each pair of documents is compared once, in one direction.
    if (!have_sources_ && !(ri.f->doc < x.f->doc || (ri.f->doc == x.f->doc && ri.f->doc_id < x.f->doc_id))) {
      return;
    }
    mark_[r] = mark_gen_;
    out.push_back(r);
  };
  auto scan = [&](const std::string& key, std::unordered_map<std::string, Block>& index) {
    auto b = index.find(key);
    if (b == index.end()) return;
    if (b->second.refs.size() <= kFullScanLimit) {
      for (int r : b->second.refs) add(r);
      return;
    }
    for (const std::string& w : *x.context) {
      auto p = b->second.postings.find(w);
      // Words shared by most of a large block do not tell its figures apart.
      if (p == b->second.postings.end() || p->second.size() > kFullScanLimit) continue;
      for (int r : p->second) add(r);
    }
  };
  if (x.subject.key.empty()) {
    scan(BlockKey(*x.f, "*"), any_subject_);
  } else {
    scan(BlockKey(*x.f, x.subject.key), blocks_);
    scan(BlockKey(*x.f, ""), blocks_);
  }
  return out;
}

Relation Checker::Classify(const Item& x, const Item& r) const {
  const Figure& a = *x.f;
  const Figure& b = *r.f;
  const bool overlap = check::Overlaps(x.interval, r.interval);
  const bool same_anchor =
      std::fabs(a.value.num - b.value.num) <= std::min(x.half, r.half) + 1e-9 * std::fabs(b.value.num);
  if (check::TimesDisjoint(a.time, b.time)) {
    // The same value for another time is a misdated figure; a different value
    // for another time is simply another fact.
    return overlap || same_anchor ? Relation::kTime : Relation::kUnrelated;
  }
  check::Bound ba = check::BoundOf(a.qualifier), bb = check::BoundOf(b.qualifier);
  auto is_bound = [](check::Bound x) { return x == check::Bound::kFloor || x == check::Bound::kCeiling; };
  if (same_anchor && ((bb == check::Bound::kPoint && is_bound(ba)) ||
                      (ba == check::Bound::kPoint && is_bound(bb) && !overlap))) {
    return Relation::kQualifier;
  }
  if (!overlap) return Relation::kValue;
  if (x.subject.whole != r.subject.whole && !x.subject.head.empty() && !r.subject.head.empty()) {
    return Relation::kWhole;
  }
  return Relation::kConsistent;
}

Lexicon::Credit Checker::CreditOf(const Item& x, int doc, std::string* who) const {
  if (x.f->attribution.empty() || doc < 0) return Lexicon::Credit::kNone;
  return lex_.Credits(x.f->lang, x.f->attribution, in_.documents[doc], who);
}

bool Checker::CreditsAnySource(const Item& x) const {
  for (size_t d = 0; d < in_.documents.size(); ++d) {
    if (IsSource(d) &&
        CreditOf(x, static_cast<int>(d)) == Lexicon::Credit::kThisDocument) {
      return true;
    }
  }
  return false;
}

Match Checker::Score(const Item& x, int ri, bool same_subject_required) {
  const Item& r = items_[ri];
  Match m;
  m.ref = ri;
  double subj;
  if (!x.subject.key.empty() && x.subject.key == r.subject.key) {
    subj = x.subject.head == r.subject.head ? 1.0 : 0.9;
    m.reasons.push_back(x.subject.head == r.subject.head
                            ? "same subject: " + x.subject.head
                            : "synonyms: " + x.subject.head + " = " + r.subject.head);
  } else if (x.subject.key.empty() || r.subject.key.empty()) {
    subj = 0.5;
    m.reasons.push_back("subject unknown on one side");
  } else if (same_subject_required) {
    return m;
  } else {
    subj = lex_.Distinct(x.subject.head, r.subject.head) ? 1.0 : 0.6;
    m.reasons.push_back("different subjects: " + x.subject.head + " / " + r.subject.head);
  }
  std::vector<std::string> shared;
  size_t n = SharedCount(*x.context, *r.context, &shared);
  size_t denom = std::max<size_t>(3, std::min(x.context->size(), r.context->size()));
  double ctx = std::min(1.0, static_cast<double>(n) / static_cast<double>(denom));
  m.context = ctx;
  if (n > 0) {
    std::string s;
    for (const std::string& w : shared) s += (s.empty() ? "" : ", ") + w;
    m.reasons.push_back("shared words (" + std::to_string(n) + "): " + s);
  }
  double t = 0.5;
  if (check::TimesOverlap(x.f->time, r.f->time)) {
    t = 1;
    m.reasons.push_back("same time: " + r.f->time);
  } else if (check::TimesDisjoint(x.f->time, r.f->time)) {
    t = 0;
    m.reasons.push_back("different times: " + x.f->time + " / " + r.f->time);
  }
  double att = 0.5;
  switch (CreditOf(x, r.doc)) {
    case Lexicon::Credit::kThisDocument:
      att = 1;
      m.reasons.push_back("credits " + DocName(r.f->doc));
      break;
    case Lexicon::Credit::kOtherBody:
      att = 0;
      break;
    case Lexicon::Credit::kNone:
      break;
  }
  double a = std::fabs(x.f->value.num), b = std::fabs(r.f->value.num);
  double close = (a > 0 && b > 0) ? 1 - std::min(1.0, std::fabs(std::log(a / b))) : (a == b ? 1 : 0);
  m.score = 0.35 * subj + 0.4 * ctx + 0.1 * t + 0.1 * att + 0.05 * close;
  m.rel = Classify(x, r);
  if (stats_) ++stats_->candidate_pairs;
  return m;
}

void Checker::CheckItem(int xi, std::vector<Finding>* out) {
  const Item& x = items_[xi];
  Match best, best_ok;
  for (int r : Candidates(x)) {
    Match m = Score(x, r, true);
    if (m.ref < 0 || m.score < opts_.min_score || m.rel == Relation::kUnrelated) continue;
    // A value off by more than a factor of three is rarely the same fact
    // misreported; unless the sentences are near copies it is another figure.
    if (m.rel == Relation::kValue && m.context < 0.8) {
      double a = std::fabs(x.f->value.num), b = std::fabs(items_[m.ref].f->value.num);
      if (std::max(a, b) > 3 * std::min(a, b)) continue;
    }
    if (m.score > best.score) best = m;
    if (m.rel == Relation::kConsistent && m.score > best_ok.score) best_ok = std::move(m);
  }
  // A confirming passage nearly as close as the best one wins: a report often
  // gives several figures about one subject.
  // So does one that states exactly the same number: "4,980 of the 61,450"
  // shares its words with the report's 4,980 sentence, but 61,450 is there too.
  if (best_ok.ref >= 0 && (best_ok.score >= best.score - 0.1 ||
                           items_[best_ok.ref].f->value.num == x.f->value.num)) {
    best = best_ok;
  }
  if (best.ref >= 0) {
    Emit(x, best, out);
    CheckAttribution(x, best, out);
    return;
  }
  if (TrySubjectConflict(x, out)) return;
  if (!have_sources_) return;
  Finding f;
  f.type = "unsupported";
  f.claims = {*x.f};
  std::string credited;
  for (size_t d = 0; d < in_.documents.size(); ++d) {
    if (IsSource(d) &&
        CreditOf(x, static_cast<int>(d)) == Lexicon::Credit::kThisDocument) {
      credited = DocName(in_.documents[d].path);
      break;
    }
  }
  if (!credited.empty()) {
    f.severity = Severity::kWarning;
    f.message = DocName(x.f->doc) + " credits " + Describe(*x.f) + " to " + credited +
                ", which gives no such figure.";
    f.reasons = {"credits " + credited, "no figure of the same kind and subject matches"};
  } else {
    f.severity = Severity::kInfo;
    f.message = DocName(x.f->doc) + " says " + Describe(*x.f) + ", but no source in the store gives this figure.";
    f.reasons = {"no figure of the same kind and subject matches"};
  }
  out->push_back(std::move(f));
}

bool Checker::TrySubjectConflict(const Item& x, std::vector<Finding>* out) {
  if (x.subject.key.empty()) return false;
  auto v = by_value_.find(ValueKey(*x.f));
  if (v == by_value_.end()) return false;
  Match best;
  size_t scanned = 0;
  for (int r : v->second) {
    if (++scanned > kMaxCandidates) break;
    const Item& ri = items_[r];
    if (ri.f->doc == x.f->doc && ri.f->doc_id == x.f->doc_id) continue;
    if (ri.subject.key.empty() || ri.subject.key == x.subject.key) continue;
    // "households received rental assistance" and "households": one phrase
    // names the other's head, so they count the same thing.
    auto names = [this](const SubjectInfo& s, const std::string& key) {
      for (const std::string& l : s.lemmas) {
        if (lex_.Canonical(l) == key) return true;
      }
      return false;
    };
    if (names(ri.subject, x.subject.key) || names(x.subject, ri.subject.key)) continue;
    if (!have_sources_ && !(ri.f->doc < x.f->doc)) continue;
    Match m = Score(x, r, false);
    if (m.rel != Relation::kConsistent && m.rel != Relation::kWhole) continue;
    bool distinct = lex_.Distinct(x.subject.head, ri.subject.head);
    std::vector<std::string> shared;
    size_t n = SharedCount(*x.context, *ri.context, nullptr);
    size_t denom = std::max<size_t>(3, std::min(x.context->size(), ri.context->size()));
    double ctx = static_cast<double>(n) / static_cast<double>(denom);
    // Equal numbers about different things coincide all the time; only a
    // listed pair (supporters/fighters) or a near-identical sentence counts.
    if (!distinct && ctx < 0.5) continue;
    if (m.score >= opts_.min_score && m.score > best.score) best = std::move(m);
  }
  if (best.ref < 0) return false;
  const Item& r = items_[best.ref];
  Finding f;
  f.type = "subject_conflict";
  f.severity = Severity::kWarning;
  f.claims = {*x.f, *r.f};
  f.score = best.score;
  f.reasons = best.reasons;
  f.message = DocName(x.f->doc) + " says " + Describe(*x.f, x.subject.phrase) + ", but in " + DocName(r.f->doc) + " " +
              CollapseSpace(r.f->text) + " counts " + r.subject.phrase + ", not " +
              x.subject.phrase + ".";
  f.message = CollapseSpace(f.message);
  f.suggestion = Describe(*r.f, r.subject.phrase);
  out->push_back(std::move(f));
  return true;
}

void Checker::Emit(const Item& x, const Match& m, std::vector<Finding>* out) {
  const Item& r = items_[m.ref];
  const std::string a_name = DocName(x.f->doc), r_name = DocName(r.f->doc);
  const bool credited = CreditOf(x, r.doc) == Lexicon::Credit::kThisDocument;
  const std::string r_says = r_name + (credited ? ", which it credits," : "") + " says ";
  Finding f;
  f.claims = {*x.f, *r.f};
  f.score = std::round(m.score * 1000) / 1000;
  f.reasons = m.reasons;
  switch (m.rel) {
    case Relation::kConsistent:
      if (!opts_.report_matches) return;
      f.type = "supported";
      f.severity = Severity::kInfo;
      f.message = a_name + " says " + Describe(*x.f) + ", as " + r_name + " does (" + Describe(*r.f) + ").";
      break;
    case Relation::kValue:
      f.type = "value_conflict";
      f.severity = credited || m.score >= 0.7 ? Severity::kError : Severity::kWarning;
      f.message = a_name + " says " + Describe(*x.f) + "; " + r_says + Describe(*r.f) + ".";
      f.suggestion = Describe(*r.f) + ", not " + CollapseSpace(x.f->text);
      break;
    case Relation::kQualifier: {
      f.type = "qualifier_conflict";
      check::Bound rb = check::BoundOf(r.f->qualifier);
      f.severity = Severity::kWarning;
      std::string how = rb != check::Bound::kPoint            ? ""
                        : r.f->qualifier == Qualifier::kExact ? " as an exact figure"
                                                              : " as an estimate";
      f.message = a_name + " says " + Describe(*x.f) + "; " + r_says + Describe(*r.f) + how + ".";
      f.suggestion = Describe(*r.f);
      break;
    }
    case Relation::kTime:
      f.type = "time_conflict";
      f.severity = Severity::kWarning;
      f.message = a_name + " gives " + Describe(*x.f) + " for " + x.f->time + "; " + r_name +
                  (credited ? ", which it credits," : "") + " gives it for " + r.f->time + ".";
      f.suggestion = Describe(*r.f) + " for " + r.f->time;
      break;
    case Relation::kWhole:
      f.type = "subject_conflict";
      f.severity = Severity::kWarning;
      f.message = a_name + " says " + Describe(*x.f) + ", but " + r_name + "'s " +
                  CollapseSpace(r.f->text) + " is of " + r.subject.phrase + " only, not of all " +
                  x.subject.phrase + ".";
      f.suggestion = Describe(*r.f);
      break;
    case Relation::kUnrelated:
      return;
  }
  out->push_back(std::move(f));
}

std::string Checker::Publisher(int doc) const {
  const StoredDocument& d = in_.documents[doc];
  if (!d.publisher.empty()) return d.publisher;
  if (!d.author.empty()) return d.author;
  return d.title;
}

void Checker::CheckAttribution(const Item& x, const Match& m, std::vector<Finding>* out) {
  const Item& r = items_[m.ref];
  std::string who;
  if (CreditOf(x, r.doc, &who) != Lexicon::Credit::kOtherBody) return;
  if (CreditsAnySource(x)) return;  // it credits another source we hold; fine
  Finding f;
  f.type = "attribution_conflict";
  f.severity = Severity::kWarning;
  f.claims = {*x.f, *r.f};
  f.score = std::round(m.score * 1000) / 1000;
  f.reasons = m.reasons;
  f.reasons.push_back("credited to: " + who);
  std::string publisher = r.doc >= 0 ? Publisher(r.doc) : std::string();
  f.message = DocName(x.f->doc) + " credits " + Describe(*x.f) + " to " + who + ", but the figure comes from " +
              DocName(r.f->doc) + (publisher.empty() ? "" : ", published by " + publisher) + ".";
  if (!publisher.empty()) f.suggestion = "credit " + publisher;
  out->push_back(std::move(f));
}

}  // namespace

Status CheckFigures(const CheckInput& in, const CheckOptions& opts, std::vector<Finding>* out,
                    CheckStats* stats) {
  if (stats) *stats = CheckStats();
  Checker checker(in, opts, stats);
  return checker.Run(out);
}

Status CheckFigures(const CheckInput& in, const CheckOptions& opts, std::vector<Finding>* out) {
  return CheckFigures(in, opts, out, nullptr);
}

nlohmann::ordered_json FindingToJson(const Finding& f) {
  nlohmann::ordered_json j;
  j["type"] = f.type;
  j["severity"] = SeverityName(f.severity);
  j["message"] = f.message;
  j["claims"] = nlohmann::ordered_json::array();
  for (const Figure& c : f.claims) j["claims"].push_back(FigureToJson(c));
  j["score"] = f.score;
  j["reasons"] = f.reasons;
  j["suggestion"] = f.suggestion.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(f.suggestion);
  return j;
}

}  // namespace claimcheck
