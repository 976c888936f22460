// How findings name documents and figures in their one-sentence messages.
// Internal to the checker.
#ifndef CLAIMCHECK_CLAIMS_CHECK_DESCRIBE_H_
#define CLAIMCHECK_CLAIMS_CHECK_DESCRIBE_H_

#include <string>
#include <vector>

#include "claimcheck/figure.h"

namespace claimcheck::check {

// Said after a finding's message when the identity is below its basis's warn
// bar: the finding is at info, and the editor looks before correcting.
inline constexpr const char* kUnsureNote =
    " (The checker is not sure these are the same statement; look before correcting.)";

// The file name of a document path or URL: "article.html".
std::string DocName(const std::string& path);

// The figure as written with what it counts: "69 countries", "43 percent of
// the nodes". `subject`, when given, replaces the recorded subject (the
// checker's reading of the noun phrase, "ISIS supporters" for "ISIS").
std::string Describe(const Figure& f, const std::string& subject = "");
// The figure's words as written, without the capital the sentence gave
// them when they open it ("Fewer than 3%" -> "fewer than 3%"; an
// acronym's and a name's capitals stay: "GBP", "McDonald").
std::string FigureWords(const Figure& f);

// Whether the figure's sentence writes what it counts with it: its subject
// inside the figure's words or right after them, at most two short joining
// words between ("7,915 dogs", "43 percent of the nodes"); not a subject
// the frame read elsewhere in the sentence ("Pension age rise to hit 1.9
// million").
bool CountedWithFigure(const Figure& f);

// One slot of a message template: `joiner` + `value` (" of all content"),
// or "" when the value is empty or the text it follows (`already`) already
// says it. Every template builds its optional parts with this, so a message
// never prints an empty slot ("it is of .") or a doubled one ("99% of all
// content of all content").
std::string Slot(const std::string& already, const std::string& joiner, const std::string& value);

// A source figure's description for a parenthesis ("as X does (...)"): the
// description, with its place in the document when the description is a
// bare number that says nothing by itself ("1, paragraph 3").
std::string DescribeWithPlace(const Figure& f);

// A period or time the checker holds as an ISO 8601 span ("2026-06",
// "2025-04/2026-03", "2018-Q1", "2004/..") written as a desk writes it in
// language `lang` ("June 2026" / "junio de 2026", "2025-26", "Q1 2018",
// "since 2004"), so a message or a suggestion never asks an editor to print
// an ISO span (issue 13 point 9). Anything it cannot read is returned as is.
std::string DateWords(const std::string& iso, const std::string& lang);

// A rate's denominator as figure `f`'s own sentence words it after the
// figure ("al año", "a month"), for a message in the English frame that
// quotes the text; "per " + `per` when the sentence does not show it.
// `spellings`: the words the figure's language writes `per` with, where the
// frame names it language-neutrally ("mes" for "month": rules/<lang>/frames.yaml
// rate.names); each is looked for after `per` itself.
std::string PerWords(const Figure& f, const std::string& per, const std::vector<std::string>& spellings = {});

// A computed number for a message: "53", "19.5", "1,250".
std::string FormatNumber(double v);

// A computed amount written as figure `like` writes its own: its currency
// sign, scale word and unit ("$50 million" beside "$48 million", "3,9 mil
// millones" beside "3,7 mil millones"), the number in its scale. Falls back
// to FormatNumber when the figure's text does not show how it is written.
std::string FormatLike(const Figure& like, double v);

}  // namespace claimcheck::check

#endif  // CLAIMCHECK_CLAIMS_CHECK_DESCRIBE_H_
