// Reading what the checker and the role finder compare (CheckInput) from a
// store: the one loader of `check`, `docs`, `serve` and `audit`, so what
// they read cannot drift apart (issue 13 point 6: `docs` and the review
// page must name the roles `check` uses).
#ifndef CLAIMCHECK_CLAIMS_CHECK_LOAD_H_
#define CLAIMCHECK_CLAIMS_CHECK_LOAD_H_

#include <string>
#include <string_view>
#include <unordered_set>

#include "claimcheck/check.h"
#include "claimcheck/document.h"
#include "claimcheck/extract.h"
#include "claimcheck/store.h"
#include "claims/check/roles.h"

namespace claimcheck {

// One document's entry of CheckInput::sentences: each sentence once (a
// repeated boilerplate line is read once), in the order added, '\0' after each.
class SentenceList {
 public:
  void Add(std::string_view sentence);
  std::string Take();

 private:
  std::string text_;
  std::unordered_set<std::string> seen_;
};

// Every stored document, figure and alias, and the sentences without a
// figure of every document not stored as a source.
Status LoadCheckInput(Store* store, CheckInput* out);

// The figure-less sentences of stored document `doc`, as one entry of
// CheckInput::sentences (SentenceList).
Status FigurelessSentencesOf(Store* store, const StoredDocument& doc, std::string* out);

// What the role finder needs to read whom one document cites (`audit`
// without --sources): every stored document and alias, with the figures and
// figure-less sentences of `doc` alone. *index is doc's place in
// out->documents (-1 when it is not there).
Status LoadCitingInput(Store* store, const StoredDocument& doc, CheckInput* out, int* index);

// A stored document an article is checked against when no sources are
// named, and how it was reached.
struct CitedSource {
  StoredDocument doc;
  Citation how;   // how.how "store": cited by nobody, a source of the store; how.cited is not ours
  int via = -1;   // index in the list of the cited document that names this one; -1: the article
  // A stored article that names a stored source of the list: it relays that
  // source, which is the authority. Not a source of the sheet; the checker
  // knows it (AuditInput::relays) so that crediting it is no misattribution.
  bool relay = false;
};

// The documents an article is checked against without --sources (`audit`,
// the review desk): what it cites (CitedDocuments), and through each cited
// document that itself cites stored documents (a paper's story relaying a
// council's statistics; a body's statement quoting another's release),
// what that one cites: two steps, each document once, never the article.
// An article that cites nothing stored is checked, as by `check`, against
// every document the role finder makes a source (how.how "store"), in a
// store of at most 1,000 documents (a larger one is left to --sources: the
// role finder reads every stored figure).
// `check` compares an article with every source; a sheet built on the
// cited story alone called "unsupported" what the statistics it relays
// state (eval16-libraries: a column citing the paper, the paper citing the
// council). A stored article in the chain that names a stored source is
// marked a relay (trial43).
Status SourcesCitedBy(Store* store, const StoredDocument& article, const std::string& rules_dir,
                      std::vector<CitedSource>* out);

// The same entry of CheckInput::sentences without a store, for an extracted
// document (tools/checkeval): what LoadCheckInput reads once the document is
// ingested without --role. (LoadCheckInput leaves a document stored as a
// source without them: the role finder never reads a stored source's.)
std::string FigurelessSentences(const Document& doc, const Extraction& ex);

}  // namespace claimcheck

#endif  // CLAIMCHECK_CLAIMS_CHECK_LOAD_H_
