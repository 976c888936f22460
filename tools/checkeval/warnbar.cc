#include "tools/checkeval/warnbar.h"

#include <algorithm>

namespace claimcheck::checkdev {

check::EvidenceSet EvidenceOfFeatures(const std::vector<std::pair<std::string, double>>& features) {
  check::EvidenceSet e{};
  for (const auto& [name, v] : features) {
    for (int i = 0; i < check::kEvidenceCount; ++i) {
      if (v > 0 && name == check::EvidenceName(i)) e[i] = true;
    }
  }
  return e;
}

BarChoice ChooseBar(const std::vector<BarFlag>& flags, const BarRule& rule) {
  auto eligible = [&rule](const BarFlag& f) {
    return f.identity < rule.already && (rule.evidence < 0 || f.evidence[rule.evidence]);
  };
  std::vector<double> bars;
  for (const BarFlag& f : flags) {
    if (eligible(f) && f.right && (!rule.gold_placed || !f.perturbed)) bars.push_back(f.identity);  // a bar sits at a right flag
  }
  std::sort(bars.begin(), bars.end());
  bars.erase(std::unique(bars.begin(), bars.end()), bars.end());
  for (double t : bars) {
    int right = 0, wrong = 0, pert = 0, new_right = 0, new_wrong = 0;
    for (const BarFlag& f : flags) {
      const bool fresh = eligible(f) && f.identity >= t;
      if (!fresh && f.identity < rule.already) continue;
      if (f.perturbed) ++pert;
      else ++(f.right ? right : wrong);
      if (fresh) {
        // A bar placed at gold flags also rests on them: perturbations are
        // right by construction, so a bar that one gold flag and a crowd of
        // perturbed ones stand behind has shown nothing about false alarms
        // (its held-out folds warned them).
        new_right += f.right && (!rule.gold_placed || !f.perturbed);
        new_wrong += !f.right && !f.perturbed;
      }
    }
    const double good = right + rule.perturbed_weight * pert;
    const double est = good + wrong > 0 ? good / (good + wrong) : 0;
    if (new_right < rule.min_evidence || est < rule.target) continue;
    if (rule.local_window > 0) {
      std::vector<std::pair<double, bool>> low;  // gold flags the bar newly warns: identity, right
      for (const BarFlag& f : flags) {
        if (eligible(f) && f.identity >= t && !f.perturbed) low.emplace_back(f.identity, f.right);
      }
      std::sort(low.begin(), low.end());
      const size_t n = std::min(low.size(), static_cast<size_t>(rule.local_window));
      size_t local_right = 0;
      for (size_t i = 0; i < n; ++i) local_right += low[i].second;
      if (n > 0 && static_cast<double>(local_right) < rule.local_precision_min * static_cast<double>(n)) continue;
    }
    if (rule.add_no_false_alarm && new_wrong > 0) continue;
    BarChoice c;
    c.bar = t;
    c.right = right;
    c.wrong = wrong;
    c.perturbed = pert;
    c.precision = est;
    return c;
  }
  return {};
}

}  // namespace claimcheck::checkdev
