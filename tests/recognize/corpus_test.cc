// Runs every corpus/figures/<dimension>/<lang>.yaml through the full
// Recognizer: the figures found in each case's text must be exactly the
// listed ones (matched by text), and every key a case lists must agree.
// Failures print the case with Expected/Got.
#include <yaml-cpp/yaml.h>

#include <catch2/catch.hpp>
#include <cmath>
#include <filesystem>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "claimcheck/figure.h"
#include "claimcheck/recognize.h"
#include "claimcheck/rules.h"

using namespace claimcheck;

namespace {

std::string FoundLine(std::string_view text, const Mention& m) {
  std::ostringstream o;
  o << "{text: \"" << text.substr(m.start, m.end - m.start) << "\", kind: " << KindName(m.kind) << ", value: ";
  if (m.value.is_date()) {
    o << '"' << m.value.iso << '"';
  } else {
    o << m.value.num;
  }
  if (m.value_max) {
    o << ", value_max: ";
    if (m.value_max->is_date()) {
      o << '"' << m.value_max->iso << '"';
    } else {
      o << m.value_max->num;
    }
  }
  o << ", qualifier: " << QualifierName(m.qualifier);
  if (!m.unit.empty()) o << ", unit: " << m.unit;
  if (!m.subject.empty()) o << ", subject: \"" << m.subject << '"';
  if (!m.subject_alias.empty()) o << ", alias: \"" << m.subject_alias << '"';
  o << "}  [" << m.rule << "]";
  return o.str();
}

std::string ExpectedLine(const YAML::Node& f) {
  YAML::Emitter e;
  e << YAML::Flow << f;
  return e.c_str();
}

bool SameNumber(double a, double b) {
  if (a == b) return true;
  return std::fabs(a - b) <= 1e-3 * std::max(std::fabs(a), std::fabs(b));
}

// Compares one value key: numbers within 1e-3 relative, dates as strings.
bool SameValue(const YAML::Node& want, const std::optional<FigureValue>& got) {
  if (want.IsNull()) return !got.has_value();
  if (!got) return false;
  if (got->is_date()) return want.Scalar() == got->iso;
  try {
    return SameNumber(want.as<double>(), got->num);
  } catch (const YAML::Exception&) {
    return false;
  }
}

std::string Str(const YAML::Node& n) { return n.IsNull() ? std::string() : n.Scalar(); }

// Returns the reasons `m` does not match the expected figure `f`.
std::string Mismatch(const YAML::Node& f, const Mention& m) {
  std::string why;
  if (f["kind"] && Str(f["kind"]) != KindName(m.kind)) why += " kind";
  if (f["value"] && !SameValue(f["value"], m.value)) why += " value";
  if (f["value_max"] && !SameValue(f["value_max"], m.value_max)) why += " value_max";
  if (f["qualifier"] && Str(f["qualifier"]) != QualifierName(m.qualifier)) why += " qualifier";
  if (f["unit"] && Str(f["unit"]) != m.unit) why += " unit";
  if (f["subject"] && Str(f["subject"]) != m.subject) why += " subject";
  if (f["alias"] && Str(f["alias"]) != m.subject_alias) why += " alias";
  if (f["rule"] && Str(f["rule"]) != m.rule) why += " rule";
  return why;
}

const char* kKeys[] = {"text", "kind", "value", "value_max", "qualifier", "unit", "subject", "alias", "rule"};

std::vector<std::filesystem::path> CorpusFiles() {
  std::vector<std::filesystem::path> files;
  for (const auto& e : std::filesystem::recursive_directory_iterator("corpus/figures")) {
    if (e.is_regular_file() && e.path().extension() == ".yaml") files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace

TEST_CASE("every figure corpus file matches the recogniser", "[corpus]") {
  const auto files = CorpusFiles();
  REQUIRE(files.size() >= 2);
  std::map<std::string, std::unique_ptr<Recognizer>> recognizers;
  size_t total_cases = 0;
  for (const auto& path : files) {
    DYNAMIC_SECTION(path.string()) {
      YAML::Node root;
      REQUIRE_NOTHROW(root = YAML::LoadFile(path.string()));
      const std::string lang = root["lang"].as<std::string>();
      auto& rec = recognizers[lang];
      if (!rec) {
        Status s = Recognizer::Load(DefaultRulesDir(), lang, &rec);
        INFO(s.message());
        REQUIRE(s.ok());
      }
      const YAML::Node cases = root["cases"];
      REQUIRE(cases.IsSequence());
      RecognizeContext ctx;
      size_t failures = 0;
      for (const YAML::Node& c : cases) {
        ++total_cases;
        const std::string text = c["text"].as<std::string>();
        if (c["currency"]) ctx.default_currency = c["currency"].as<std::string>();
        // A case may give the document's publication date (year-less and
        // relative dates resolve against it).
        if (c["doc_date"]) ctx.doc_date = c["doc_date"].as<std::string>();
        std::vector<Mention> found = rec->Recognize(text, ctx);
        ctx.default_currency = "USD";
        ctx.doc_date.clear();
        std::vector<bool> used(found.size(), false);
        std::string problems;
        for (const YAML::Node& f : c["figures"]) {
          for (auto it = f.begin(); it != f.end(); ++it) {
            std::string key = it->first.Scalar();
            if (std::find(std::begin(kKeys), std::end(kKeys), key) == std::end(kKeys)) {
              FAIL(path.string() << ":" << it->first.Mark().line + 1 << ": unknown key '" << key << "'");
            }
          }
          const std::string want = f["text"].as<std::string>();
          bool matched = false;
          for (size_t i = 0; i < found.size() && !matched; ++i) {
            if (used[i] || text.substr(found[i].start, found[i].end - found[i].start) != want) continue;
            used[i] = matched = true;
            std::string why = Mismatch(f, found[i]);
            if (!why.empty()) {
              problems += "  Expected: " + ExpectedLine(f) + "\n  Got:      " + FoundLine(text, found[i]) +
                          "\n  (differs in" + why + ")\n";
            }
          }
          if (!matched) problems += "  Expected: " + ExpectedLine(f) + "\n  Got:      (not found)\n";
        }
        for (size_t i = 0; i < found.size(); ++i) {
          if (!used[i]) problems += "  Expected: (nothing)\n  Got:      " + FoundLine(text, found[i]) + "\n";
        }
        if (!problems.empty()) {
          ++failures;
          UNSCOPED_INFO(path.string() << ":" << c.Mark().line + 1 << ": \"" << text << "\"\n" << problems);
        }
      }
      CHECK(failures == 0);
    }
  }
}

TEST_CASE("the corpus holds enough cases of our own", "[corpus]") {
  size_t cases = 0;
  for (const auto& path : CorpusFiles()) {
    if (path.parent_path().filename() == "date") continue;
    YAML::Node root = YAML::LoadFile(path.string());
    cases += root["cases"].size();
  }
  CHECK(cases >= 300);
}
