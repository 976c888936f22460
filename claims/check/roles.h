// Document roles (issue 13 point 6): which stored documents are sources and
// which are articles to check against them.
//
// A document stored with role `source` or `article` (ingest --role) keeps
// it. A document stored as `auto` (ingest without --role) is resolved here:
//
//   1. it is an article when it cites another stored document: names its
//      publisher (or a run of at least three of its words, such as "Office of
//      Management and Budget" for "City of Riverton Office of Management and
//      Budget"), an alias of that publisher (learned, "CEP", or configured in
//      rules/<lang>/entities.yaml), its title (or a part of it of four words
//      or more) or its URL, in any of its sentences (those with a figure,
//      and those without, CheckInput::sentences: "The Pantry Alliance
//      published its end-of-year statistics"), in its own title, or as a
//      hyperlink's target (StoredDocument::links). When
//      two documents cite each other, the later-dated one cites;
//      a document never cites one of its own publisher (situation report 5
//      naming report 3 is the body's series, both sources);
//   2. otherwise it is a source when another stored document cites it
//      (and checked as an article too when it cites one itself), unless
//      most of its figures (three at least) are figures of the documents it
//      cites and fewer than eight are its own: then it is coverage of them,
//      an article;
//   3. otherwise (it cites nothing and nothing cites it) it is a source when
//      its publisher (else author) is a public body or a firm, the head of
//      its name a body word ("Office of the City Comptroller", "Vehicle
//      Safety Administration", "Observatorio Regional de Seguridad"), not a
//      news outlet's, and some other document is resolved as an article
//      (coverage that names it only in other words or in another language;
//      a correction notice of a body whose
//      release the coverage cites);
//   4. otherwise it is an article: it is checked against the sources when
//      there are any, and when no document is a source all documents are
//      compared with each other;
//   5. a news outlet's piece that is a source only because other coverage
//      quotes it ("As the Riverton Ledger reported") is an article when the
//      store holds a source that is not an outlet's.
//
// Names are compared lower-cased with FoldLower (accents kept, case folded);
// a name of one word only where the text writes it with its capital, and a
// generic one ("El Nacional") only after its article;
// a body's bracketed initials name it, and a unit after a dash ("Plinth
// Networks Inc. - Transparency Centre") is the body (BodyName). The word
// lists (outlets, bodies, firms, desks) are rules/<lang>/roles.yaml.
//
// This is the one place roles are decided; the checker, `check`, `docs` and
// `audit` call it.
#ifndef CLAIMCHECK_CLAIMS_CHECK_ROLES_H_
#define CLAIMCHECK_CLAIMS_CHECK_ROLES_H_

#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "claimcheck/check.h"
#include "core/case_fold.h"  // FoldLower: names are compared folded ("COMISIÓN" = "Comisión")

namespace claimcheck {

// One document citing another.
struct Citation {
  int cited = -1;        // index into CheckInput::documents
  std::string how;       // "publisher", "alias", "title" or "url"
  std::string name;      // the name as the cited document gives it: "Counter Extremism Project"
  std::string sentence;  // the citing document's sentence (or title) that names it
  // Named only in sentences without a figure (CheckInput::sentences):
  // enough for the citing document to be coverage, not for a cited
  // document that itself cites stored documents to become their source
  // ("The Heart Aid Trust said the delays were costing lives" of a
  // charity's statement quoting the statistics authority).
  bool in_passing = false;
};

struct DocumentRole {
  std::string role;    // "source" or "article": what the checker uses
  std::string stored;  // "source", "article" or "auto": what the store holds
  std::vector<Citation> cites;  // stored documents this one cites (filled for auto documents)
  std::vector<int> cited_by;    // documents that cite this one (filled for auto documents)
  std::string why;  // one line: "stored role", "cites report.txt (publisher ...)", ...
  // An auto document that both cites stored documents and is cited by them
  // (a ministry's statement quoting the statistics office, quoted in turn by
  // the coverage) is a source for what cites it and is itself checked as an
  // article against what it cites, on the figures it credits to a cited
  // document (its own figures are its own). `role` is then "source".
  bool also_article = false;
};

// The words roles are read by, from rules/<lang>/roles.yaml: every
// language's lists joined (an English case file may hold a Spanish outlet's
// piece, a Spanish one a release of "Reuters"). Lower-case (FoldLower).
struct RoleWords {
  std::unordered_set<std::string> outlet_last_words;   // last word of an outlet's name: "gazette", "diario"
  std::unordered_set<std::string> outlet_words;        // anywhere in an outlet's name: "radio", "noticias"
  std::unordered_set<std::string> body_words;          // head of a body's or firm's name: "office", "ltd"
  std::unordered_set<std::string> generic_name_words;  // in many bodies' names: "national", "dirección"
  std::unordered_set<std::string> name_edge_words;     // never start or end a partial name: "of", "de"
  std::unordered_set<std::string> leading_articles;    // dropped before a name: "the", "el"
  std::unordered_set<std::string> firm_words;          // legal form or trade word: "plc", "research"
  std::unordered_set<std::string> country_words;       // a country after a body's name: "uk" of "FreeRun5 UK"
  std::unordered_set<std::string> desks;               // a desk after a body's name: "press office"
  std::unordered_set<std::string> publication_words;   // last word of a report's title: "statistics", "index"
};

// One language's rules/<lang>/roles.yaml added to *out; strict (unknown keys,
// non-word entries and a wrong `lang` are errors naming file:line:column).
// NotFound when the file is missing.
Status LoadRoleWords(const std::string& rules_dir, const std::string& lang, RoleWords* out);

// Every language's lists under rules_dir ("" = DefaultRulesDir()), loaded
// once per folder. An invalid file gives empty lists and *status its error.
const RoleWords& RoleWordsFor(const std::string& rules_dir, Status* status = nullptr);

// Whether a credit names a publication, not a body: its name's last word is
// a report's noun ("the council's own Library Service Performance
// Statistics", "the Youth Provision Index") and no joiner ties a body to it
// ("Office for National Statistics" is a body; a joined name is left as a
// body's).
bool NamesPublication(const RoleWords& rw, std::string_view credit);

// The role of every document of in.documents, in the same order. Citations
// are read from in.figures' sentences, in.sentences and in.aliases; they are computed only when some document is `auto` (a store
// whose roles are all given costs nothing).
// Word lists from rules_dir ("" = DefaultRulesDir()).
std::vector<DocumentRole> EffectiveRoles(const CheckInput& in, const std::string& rules_dir = "");

// The stored documents that in.documents[doc] cites (see above), whatever its
// role, none dated more than a day after it (as EffectiveRoles reads them).
// For `audit` without --sources: an article's own cited documents.
std::vector<Citation> CitedDocuments(const CheckInput& in, int doc, const std::string& rules_dir = "");

// Per document of in.documents, the stored documents it cites: roles[i].cites
// when EffectiveRoles filled them (auto documents), else read with one
// citation finder for every checked document (stored articles, and sources
// checked as articles). The checker prefers a cited source's statement to an
// uncited document's (a figure of an unrelated release that happens to give
// the same number must not hide the cited source's different one).
// Each list is ascending (Checker::Cited searches it by halves).
// Documents citing the same set (the articles naming the same few
// publishers of thousands of stored releases) share one list: at 10^6
// figures a list per article held about 10^7 indices.
struct CitedLists {
  std::vector<std::vector<int>> lists = {{}};  // the distinct lists; lists[0] is empty
  std::vector<int> of;                         // per document: its list in `lists`
  const std::vector<int>& operator[](size_t doc) const { return lists[static_cast<size_t>(of[doc])]; }
  size_t size() const { return of.size(); }
};
CitedLists CitedDocumentsOfAll(const CheckInput& in, const std::vector<DocumentRole>& roles,
                               const std::string& rules_dir = "");

// Whether two publisher lines name one body: the same words (case and a
// leading "the" aside) once a press desk, initials in brackets or a
// division after a dash are dropped ("PLINTH NETWORKS INC. - TRANSPARENCY
// CENTRE" and "Plinth Networks Inc."). False when either is empty.
bool SamePublisher(const std::string& a, const std::string& b, const std::string& rules_dir = "");

// Why a store gives the checker nothing to compare ("the store holds one
// document", "every stored document is a source"), or "" when it does.
std::string NothingToCompare(const CheckInput& in, const std::vector<DocumentRole>& roles);

// When no document is a source, the articles are compared with each other
// and their differences are `disagreement` findings: the line that says so
// ("no stored document is a source (2 stored with --role article): ..."),
// or "" when some document is a source. A folder ingested with --role
// article (its report too) otherwise looked checked against nothing
// (trial24).
std::string NoSourceNote(const std::vector<DocumentRole>& roles);

}  // namespace claimcheck

#endif  // CLAIMCHECK_CLAIMS_CHECK_ROLES_H_
