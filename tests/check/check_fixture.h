// Builders for checker tests: figures placed in sentences the way the
// extraction pipeline places them (offsets, sentence, language).
#ifndef CLAIMCHECK_TESTS_CHECK_CHECK_FIXTURE_H_
#define CLAIMCHECK_TESTS_CHECK_CHECK_FIXTURE_H_

#include <map>
#include <set>
#include <stdexcept>
#include <cctype>
#include <string>
#include <vector>

#include "claimcheck/check.h"
#include "claimcheck/rules.h"

namespace claimcheck::testing {

struct FigureSpec {
  std::string sentence;
  std::string text;  // must occur in sentence
  Kind kind = Kind::kCount;
  double value = 0;
  Qualifier qualifier = Qualifier::kExact;
  std::string subject;
  std::string attribution;
  std::string time;
  std::string unit;
  double value_max = -1;  // >= 0: a range
};

// A document of figures; sentences are laid out one after another.
class DocBuilder {
 public:
  DocBuilder(std::string path, std::string role, std::string publisher = "", std::string title = "")
      : path_(std::move(path)) {
    doc_.path = path_;
    doc_.doc_id = "id-" + path_;
    doc_.role = std::move(role);
    doc_.publisher = std::move(publisher);
    doc_.title = std::move(title);
    doc_.lang = "en";
  }

  DocBuilder& Add(const FigureSpec& s) {
    Figure f;
    f.doc = path_;
    f.doc_id = doc_.doc_id;
    f.lang = "en";
    // A sentence seen before keeps its offsets, so several figures can share it.
    size_t sentence_start = offset_;
    if (s.sentence == last_sentence_) {
      sentence_start = last_start_;
    } else {
      last_sentence_ = s.sentence;
      last_start_ = offset_;
      offset_ += s.sentence.size() + 2;
      ++paragraph_;
    }
    f.paragraph = paragraph_;
    f.sentence = s.sentence;
    f.sentence_start = sentence_start;
    f.sentence_end = sentence_start + s.sentence.size();
    size_t at = s.sentence.find(s.text, search_from_[s.sentence]);
    if (at == std::string::npos) at = s.sentence.find(s.text);
    search_from_[s.sentence] = at + s.text.size();
    f.start = sentence_start + at;
    f.end = f.start + s.text.size();
    f.text = s.text;
    f.kind = s.kind;
    f.value = FigureValue::Number(s.value);
    if (s.value_max >= 0) f.value_max = FigureValue::Number(s.value_max);
    f.qualifier = s.qualifier;
    f.subject = s.subject;
    // What the frame stage reads for such a subject: its last word as a
    // lowercase singular head ("ISIS-supporting profiles" -> "profile"),
    // the words before it as modifiers. The checker reads frames only.
    {
      std::vector<std::string> words;
      std::string w;
      for (char c : s.subject + " ") {
        if (c == ' ') {
          if (!w.empty()) words.push_back(w);
          w.clear();
        } else {
          w += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        }
      }
      if (!words.empty()) {
        std::string head = words.back();
        if (head.size() > 3 && head.back() == 's' && head[head.size() - 2] != 's') head.pop_back();
        if (head.size() > 3 && head.compare(head.size() - 2, 2, "ie") == 0) head = head.substr(0, head.size() - 2) + "y";
        f.frame.subject_head = head;
        f.frame.modifiers.assign(words.begin(), words.end() - 1);
        if (s.kind == Kind::kPercent) f.frame.base = s.subject;  // a share's base: "of the nodes"
      }
    }
    f.attribution = s.attribution;
    f.time = s.time;
    f.unit = s.unit;
    f.rule = "test";
    figures_.push_back(f);
    return *this;
  }

  // The document's publication date (StoredDocument::date), "YYYY-MM-DD".
  DocBuilder& Dated(std::string date) {
    doc_.date = std::move(date);
    return *this;
  }

  void AddTo(CheckInput* in) const {
    in->documents.push_back(doc_);
    in->figures.insert(in->figures.end(), figures_.begin(), figures_.end());
  }

 private:
  std::string path_;
  StoredDocument doc_;
  std::vector<Figure> figures_;
  size_t offset_ = 0;
  int paragraph_ = 0;
  std::string last_sentence_;
  size_t last_start_ = 0;
  std::map<std::string, size_t> search_from_;
};

inline CheckOptions TestOptions() {
  CheckOptions o;
  o.rules_dir = DefaultRulesDir();
  return o;
}

inline std::vector<Finding> RunCheck(const CheckInput& in, CheckOptions opts = TestOptions()) {
  std::vector<Finding> out;
  Status s = CheckFigures(in, opts, &out);
  if (!s.ok()) throw std::runtime_error(s.message());
  return out;
}
// Findings borrow the input's figures: a temporary input would leave them
// dangling, so it does not compile (as CheckFigures).
std::vector<Finding> RunCheck(CheckInput&& in, CheckOptions opts = TestOptions()) = delete;

// Findings of one type, at warning or above.
inline std::vector<Finding> Flagged(const std::vector<Finding>& all, const std::string& type = "") {
  std::vector<Finding> out;
  for (const Finding& f : all) {
    if (f.severity != Severity::kInfo && (type.empty() || f.type == type)) out.push_back(f);
  }
  return out;
}

// Findings of one type at any severity (the checker says at info what it is
// not sure enough to raise).
inline std::vector<Finding> Said(const std::vector<Finding>& all, const std::string& type) {
  std::vector<Finding> out;
  for (const Finding& f : all) {
    if (f.type == type) out.push_back(f);
  }
  return out;
}

// How many findings of `type` (any severity) are on the article figure
// written exactly `text`.
inline int SaidOn(const std::vector<Finding>& all, const std::string& type, const std::string& text) {
  int n = 0;
  for (const Finding& f : Said(all, type)) n += !f.claims.empty() && f.claims[0]->text == text;
  return n;
}

// The article figures (by text) of the findings resting on `basis` ("unit").
inline std::set<std::string> TextsOnBasis(const std::vector<Finding>& all, const std::string& basis) {
  std::set<std::string> out;
  for (const Finding& f : all) {
    if (f.basis == basis && !f.claims.empty()) out.insert(f.claims[0]->text);
  }
  return out;
}

// Sets the rate denominator the frame stage would read on every figure of
// `doc` written `text`.
inline void SetPer(CheckInput* in, const std::string& doc, const std::string& text, const std::string& per) {
  for (Figure& f : in->figures) {
    if (f.doc == doc && f.text == text) {
      f.frame.per = per;
      f.frame.measure = Measure::kRate;
    }
  }
}

// The figures whose subject `heads` lists made Spanish, with that head as
// the Spanish frame stage gives it (a singular lemma) and no modifiers.
inline void AsSpanish(CheckInput* in, const std::map<std::string, std::string>& heads) {
  for (Figure& f : in->figures) {
    auto h = heads.find(f.subject);
    if (h == heads.end()) continue;
    f.lang = "es";
    f.frame.subject_head = h->second;
    f.frame.modifiers.clear();
  }
}

inline std::string Dump(const std::vector<Finding>& all) {
  std::string s;
  for (const Finding& f : all) {
    s += std::string(SeverityName(f.severity)) + " " + f.type + ": " + f.message + "\n";
  }
  return s.empty() ? "(no findings)\n" : s;
}

}  // namespace claimcheck::testing

#endif  // CLAIMCHECK_TESTS_CHECK_CHECK_FIXTURE_H_
