#include "extract/recognize/phrase_set.h"

namespace claimcheck {
namespace recognize {

void PhraseSet::Add(std::string_view phrase, int payload) {
  ScannedText s;
  Scan(phrase, &s);
  if (s.toks.empty()) return;
  Phrase p;
  p.payload = payload;
  for (size_t k = 0; k < s.toks.size(); ++k) {
    p.toks.emplace_back(s.Lower(k));
    p.glued.push_back(k > 0 && !s.toks[k].space_before);
  }
  uint32_t id = static_cast<uint32_t>(phrases_.size());
  by_first_[p.toks.front()].push_back(id);
  by_last_[p.toks.back()].push_back(id);
  phrases_.push_back(std::move(p));
}

bool PhraseSet::MatchesFrom(const Phrase& p, const ScannedText& s, size_t i) const {
  if (i + p.toks.size() > s.toks.size()) return false;
  for (size_t k = 0; k < p.toks.size(); ++k) {
    if (s.Lower(i + k) != p.toks[k]) return false;
    if (k > 0 && p.glued[k] && s.toks[i + k].space_before) return false;
  }
  return true;
}

PhraseMatch PhraseSet::AtImpl(const ScannedText& s, size_t i) const {
  PhraseMatch best;
  const auto* ids = Find(by_first_, s.Lower(i));
  if (!ids) return best;
  for (uint32_t id : *ids) {
    const Phrase& p = phrases_[id];
    if (p.toks.size() > best.len && MatchesFrom(p, s, i)) best = {p.toks.size(), p.payload};
  }
  return best;
}

PhraseMatch PhraseSet::EndingAtImpl(const ScannedText& s, size_t end) const {
  PhraseMatch best;
  const auto* ids = Find(by_last_, s.Lower(end - 1));
  if (!ids) return best;
  for (uint32_t id : *ids) {
    const Phrase& p = phrases_[id];
    if (p.toks.size() > end || p.toks.size() <= best.len) continue;
    if (MatchesFrom(p, s, end - p.toks.size())) best = {p.toks.size(), p.payload};
  }
  return best;
}

}  // namespace recognize
}  // namespace claimcheck
