// The check step shared by `audit` and the review desk: one place that moves
// the figures into the checker and back (see CheckAuditInput in audit.h).
#include <iterator>
#include <utility>

#include "claimcheck/audit.h"
#include "claimcheck/check.h"

namespace claimcheck {

Status CheckAuditInput(std::vector<Alias> aliases, const std::string& rules_dir, bool force_roles,
                       AuditInput* in) {
  CheckInput check;
  check.aliases = std::move(aliases);
  check.documents.push_back(in->article);
  check.documents.insert(check.documents.end(), in->sources.begin(), in->sources.end());
  if (force_roles) {
    for (size_t i = 0; i < check.documents.size(); ++i) {
      check.documents[i].role = i == 0 ? "article" : "source";
    }
  }
  for (StoredDocument relay : in->relays) {
    relay.role = "article";
    check.documents.push_back(std::move(relay));
  }
  check.sentences.assign(1, std::move(in->article_sentences));  // the article's, documents[0]
  const size_t article_count = in->article_figures.size();
  check.figures = std::move(in->article_figures);
  // Grown once to its final size: an insert past the capacity would double
  // it, and the unused half is as large as the article's figures.
  check.figures.reserve(article_count + in->source_figures.size());
  check.figures.insert(check.figures.end(), std::make_move_iterator(in->source_figures.begin()),
                       std::make_move_iterator(in->source_figures.end()));
  in->source_figures.clear();
  CheckOptions opts;
  opts.rules_dir = rules_dir;
  opts.report_matches = true;
  in->findings.clear();
  Status s = CheckFigures(check, opts, &in->findings);
  // Back without a new buffer: the article's figures keep the checker's, the
  // sources' (the shorter part, as a rule) move out of its tail, and the
  // findings' references to them follow.
  in->source_figures.assign(std::make_move_iterator(check.figures.begin() + article_count),
                            std::make_move_iterator(check.figures.end()));
  RebaseFigureRefs(&in->findings, check.figures.data() + article_count, in->source_figures.size(),
                   in->source_figures.data());
  check.figures.erase(check.figures.begin() + article_count, check.figures.end());
  in->article_figures = std::move(check.figures);  // the same buffer: references stay good
  return s;
}

}  // namespace claimcheck
