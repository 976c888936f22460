#include "bench/lexicon.h"

#include <charconv>
#include <fstream>

namespace claimcheck::bench {
namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

bool ParseInt(std::string_view s, int64_t* out) {
  auto r = std::from_chars(s.data(), s.data() + s.size(), *out);
  return r.ec == std::errc() && r.ptr == s.data() + s.size();
}

void AppendGrouped(int64_t v, char group, std::string* out) {
  char digits[24];
  auto r = std::to_chars(digits, digits + sizeof digits, v);
  int n = static_cast<int>(r.ptr - digits);
  if (group == 0) {
    out->append(digits, n);
    return;
  }
  for (int i = 0; i < n; ++i) {
    if (i > 0 && (n - i) % 3 == 0) out->push_back(group);
    out->push_back(digits[i]);
  }
}

}  // namespace

Status Lexicon::Load(const std::string& path, Lexicon* out) {
  *out = Lexicon();
  std::ifstream in(path);
  if (!in) return Status::IOError(path + ": cannot open lexicon");
  std::string line;
  int lineno = 0;
  int current = -1;
  while (std::getline(in, line)) {
    ++lineno;
    std::string_view s = Trim(line);
    if (s.empty() || s.front() == '#') continue;
    if (s.front() == '[') {
      if (s.back() != ']' || s.size() < 3) {
        return Status::InvalidArgument(path + ":" + std::to_string(lineno) + ": bad section header");
      }
      std::string name(s.substr(1, s.size() - 2));
      if (out->index_.count(name)) {
        return Status::InvalidArgument(path + ":" + std::to_string(lineno) + ": section [" + name +
                                       "] defined twice");
      }
      current = static_cast<int>(out->sections_.size());
      out->index_[name] = current;
      out->sections_.push_back(Section{name, name.rfind("fig_", 0) == 0, {}, {}});
      continue;
    }
    if (current < 0) {
      return Status::InvalidArgument(path + ":" + std::to_string(lineno) + ": entry before any [section]");
    }
    Section& sec = out->sections_[current];
    // "N* entry": weight N.
    int64_t weight = 1;
    size_t star = s.find("* ");
    if (star != std::string_view::npos && star > 0 && ParseInt(s.substr(0, star), &weight)) {
      if (weight < 1 || weight > 1000) {
        return Status::InvalidArgument(path + ":" + std::to_string(lineno) + ": weight must be 1-1000");
      }
      s.remove_prefix(star + 2);
    } else {
      weight = 1;
    }
    sec.draws.insert(sec.draws.end(), weight, static_cast<int>(sec.entries.size()));
    Entry entry;
    size_t i = 0;
    while (i < s.size()) {
      size_t open = s.find('{', i);
      if (open == std::string_view::npos) open = s.size();
      if (open > i) entry.push_back(Part{Part::Type::kLiteral, std::string(s.substr(i, open - i))});
      if (open == s.size()) break;
      size_t close = s.find('}', open);
      if (close == std::string_view::npos) {
        return Status::InvalidArgument(path + ":" + std::to_string(lineno) + ": unclosed {");
      }
      std::string_view slot = s.substr(open + 1, close - open - 1);
      Part p;
      if (slot.rfind("N:", 0) == 0) {
        // {N:lo-hi} or {N:lo-hi:g}
        std::string_view spec = slot.substr(2);
        size_t colon = spec.find(':');
        std::string_view range = spec.substr(0, colon);
        size_t dash = range.find('-');
        if (dash == std::string_view::npos || !ParseInt(range.substr(0, dash), &p.lo) ||
            !ParseInt(range.substr(dash + 1), &p.hi) || p.lo > p.hi) {
          return Status::InvalidArgument(path + ":" + std::to_string(lineno) + ": bad number slot {" +
                                         std::string(slot) + "}");
        }
        if (colon != std::string_view::npos) {
          std::string_view g = spec.substr(colon + 1);
          if (g.size() != 1) {
            return Status::InvalidArgument(path + ":" + std::to_string(lineno) +
                                           ": thousands separator must be one character");
          }
          p.group = g[0] == '_' ? ' ' : g[0];
        }
        p.type = Part::Type::kNumber;
      } else {
        p.type = Part::Type::kRef;
        if (!slot.empty() && slot.front() == '?') {
          p.type = Part::Type::kOptionalRef;
          slot.remove_prefix(1);
        }
        if (slot.empty()) {
          return Status::InvalidArgument(path + ":" + std::to_string(lineno) + ": empty slot {}");
        }
        out->pending_.push_back(PendingRef{current, static_cast<int>(sec.entries.size()),
                                           static_cast<int>(entry.size()), lineno, std::string(slot)});
      }
      entry.push_back(std::move(p));
      i = close + 1;
    }
    sec.entries.push_back(std::move(entry));
  }
  return out->Resolve(path);
}

Status Lexicon::Resolve(const std::string& path) {
  for (const PendingRef& r : pending_) {
    auto it = index_.find(r.name);
    if (it == index_.end()) {
      return Status::InvalidArgument(path + ":" + std::to_string(r.line) + ": unknown section {" +
                                     r.name + "}");
    }
    if (sections_[it->second].entries.empty()) {
      return Status::InvalidArgument(path + ":" + std::to_string(r.line) + ": section [" + r.name +
                                     "] has no entries");
    }
    sections_[r.section].entries[r.entry][r.part].section = it->second;
  }
  pending_.clear();
  return Status::Ok();
}

void Lexicon::Expand(std::string_view section, Rng& rng, std::string* out) const {
  auto it = index_.find(std::string(section));
  if (it == index_.end() || sections_[it->second].entries.empty()) return;
  ExpandSection(it->second, rng, false, out);
}

void Lexicon::ExpandSection(int index, Rng& rng, bool inside_figure, std::string* out) const {
  const Section& sec = sections_[index];
  // A figure nested in a figure ("between {fig_pct} and ...") is one figure.
  if (sec.figure && !inside_figure) ++figures_;
  inside_figure = inside_figure || sec.figure;
  const Entry& e = sec.entries[sec.draws[rng.Next() % sec.draws.size()]];
  for (const Part& p : e) {
    switch (p.type) {
      case Part::Type::kLiteral:
        out->append(p.text);
        break;
      case Part::Type::kNumber:
        AppendGrouped(rng.Uniform(p.lo, p.hi), p.group, out);
        break;
      case Part::Type::kOptionalRef:
        if (!rng.Coin()) break;
        [[fallthrough]];
      case Part::Type::kRef:
        ExpandSection(p.section, rng, inside_figure, out);
        break;
    }
  }
}

}  // namespace claimcheck::bench
