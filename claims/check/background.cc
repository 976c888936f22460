#include "claims/check/background.h"
#include "claims/check/rules_file.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <mutex>
#include <vector>

namespace claimcheck::check {
namespace {

Status Count(const std::string& name, const YAML::Node& n, const std::string& what, long* out) {
  if (!n.IsScalar()) return RulesFileError(name, n.Mark(), what + " must be a whole number");
  const std::string& s = n.Scalar();
  if (s.empty() || s.size() > 12 || !std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    return RulesFileError(name, n.Mark(), what + " must be a whole number, not \"" + s + "\"");
  }
  *out = std::stol(s);
  return Status::Ok();
}

// A context word as Lexicon::ContextWords gives it: lower case, no spaces,
// no digits, no control bytes.
bool ValidWord(const std::string& w) {
  if (w.empty()) return false;
  for (unsigned char c : w) {
    if (c < 0x20 || c == ' ' || c == 0x7f || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) return false;
  }
  return true;
}

// A key written bare only when YAML cannot read it as anything else.
std::string Key(const std::string& w) {
  bool bare = w[0] >= 'a' && w[0] <= 'z';
  for (unsigned char c : w) bare = bare && ((c >= 'a' && c <= 'z') || c == '-' || c >= 0x80);
  static const char* kReserved[] = {"yes", "no", "on", "off", "true", "false", "null", "y", "n"};
  for (const char* r : kReserved) bare = bare && w != r;
  if (bare) return w;
  std::string q = "\"";
  for (char c : w) {
    if (c == '"' || c == '\\') q += '\\';
    q += c;
  }
  return q + "\"";
}

}  // namespace

void Background::Set(long sentences, std::unordered_map<std::string, long> df) {
  sentences_ = sentences;
  df_ = std::move(df);
}

double Background::MaxWeight() const {
  if (sentences_ <= 0) return 1;
  return std::log((static_cast<double>(sentences_) + 1) / 0.5);
}

double Background::Weight(std::string_view word) const {
  if (sentences_ <= 0) return 1;
  auto it = df_.find(std::string(word));
  const double df = it == df_.end() ? 0 : static_cast<double>(it->second);
  return std::log((static_cast<double>(sentences_) + 1) / (df + 0.5));
}

Status ParseBackground(const std::string& yaml_text, const std::string& name, Background* out) {
  YAML::Node root;
  try {
    root = YAML::Load(yaml_text);
  } catch (const YAML::Exception& ex) {
    return RulesFileError(name, ex.mark, ex.msg);
  }
  if (!root.IsMap()) return RulesFileError(name, root.Mark(), "must be a mapping with version, sentences and words");
  long version = 0, sentences = 0;
  bool have_words = false;
  std::unordered_map<std::string, long> df;
  std::vector<std::pair<YAML::Node, long>> counts;  // checked against sentences once it is known
  for (const auto& kv : root) {
    const std::string key = kv.first.Scalar();
    if (key == "version") {
      if (Status s = Count(name, kv.second, "version", &version); !s.ok()) return s;
      if (version != 1) return RulesFileError(name, kv.second.Mark(), "unknown version " + std::to_string(version) + " (known: 1)");
    } else if (key == "sentences") {
      if (Status s = Count(name, kv.second, "sentences", &sentences); !s.ok()) return s;
      if (sentences <= 0) return RulesFileError(name, kv.second.Mark(), "sentences must be at least 1");
    } else if (key == "built_from") {
      if (!kv.second.IsScalar()) return RulesFileError(name, kv.second.Mark(), "built_from must be text");
    } else if (key == "words") {
      if (!kv.second.IsMap()) return RulesFileError(name, kv.second.Mark(), "words must be a mapping of word: sentences");
      for (const auto& w : kv.second) {
        if (!w.first.IsScalar()) return RulesFileError(name, w.first.Mark(), "a word must be text");
        const std::string word = w.first.Scalar();
        if (!ValidWord(word)) {
          return RulesFileError(name, w.first.Mark(),
                     "\"" + word + "\" is not a context word (lower case, no spaces or digits)");
        }
        long n = 0;
        if (Status s = Count(name, w.second, "the count of \"" + word + "\"", &n); !s.ok()) return s;
        if (n < 1) return RulesFileError(name, w.second.Mark(), "the count of \"" + word + "\" must be at least 1");
        if (!df.emplace(word, n).second) return RulesFileError(name, w.first.Mark(), "\"" + word + "\" is listed twice");
        counts.emplace_back(w.second, n);
      }
      have_words = true;
    } else {
      return RulesFileError(name, kv.first.Mark(), "unknown key \"" + key + "\" (known: version, sentences, built_from, words)");
    }
  }
  if (version == 0 || sentences == 0 || !have_words) {
    return RulesFileError(name, root.Mark(), "needs version, sentences and words");
  }
  for (const auto& [node, n] : counts) {
    if (n > sentences) {
      return RulesFileError(name, node.Mark(),
                 "a word in " + std::to_string(n) + " sentences, more than the " + std::to_string(sentences) +
                     " of the background");
    }
  }
  out->Set(sentences, std::move(df));
  return Status::Ok();
}

Status LoadBackground(const std::string& rules_dir, const std::string& lang, Background* out) {
  std::string path, text;
  if (Status s = ReadRulesFile(rules_dir, lang, "background.yaml", "no background word table", &path, &text); !s.ok()) return s;
  return ParseBackground(text, path, out);
}

Status SharedBackground(const std::string& rules_dir, const std::string& lang,
                        std::shared_ptr<const Background>* out) {
  namespace fs = std::filesystem;
  struct Entry {
    fs::file_time_type mtime;
    uintmax_t size = 0;
    std::shared_ptr<const Background> table;
  };
  static std::mutex mu;
  static std::map<std::string, Entry> cache;
  const std::string path = rules_dir + "/" + lang + "/background.yaml";
  out->reset();
  std::error_code ec;
  const auto mtime = fs::last_write_time(path, ec);
  const uintmax_t size = ec ? 0 : fs::file_size(path, ec);
  if (ec) return Status::NotFound(path + ": no background word table");
  {
    std::lock_guard<std::mutex> lock(mu);
    auto it = cache.find(path);
    if (it != cache.end() && it->second.mtime == mtime && it->second.size == size) {
      *out = it->second.table;
      return Status::Ok();
    }
  }
  auto table = std::make_shared<Background>();
  if (Status s = LoadBackground(rules_dir, lang, table.get()); !s.ok()) return s;
  std::lock_guard<std::mutex> lock(mu);
  cache[path] = Entry{mtime, size, table};
  *out = std::move(table);
  return Status::Ok();
}

std::string BackgroundYaml(const Background& b, const std::string& header, const std::string& built_from,
                           long min_df) {
  std::vector<std::pair<std::string, long>> words;
  for (const auto& [w, n] : b.df()) {
    if (n >= min_df) words.emplace_back(w, n);
  }
  std::sort(words.begin(), words.end(), [](const auto& x, const auto& y) {
    return x.second != y.second ? x.second > y.second : x.first < y.first;
  });
  std::string s = header;
  s += "version: 1\n";
  s += "built_from: \"" + built_from + "\"\n";
  s += "sentences: " + std::to_string(b.sentences()) + "\n";
  s += words.empty() ? "words: {}\n" : "words:\n";
  for (const auto& [w, n] : words) s += "  " + Key(w) + ": " + std::to_string(n) + "\n";
  return s;
}

}  // namespace claimcheck::check
