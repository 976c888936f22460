// How findings name documents and figures in their one-sentence messages.
// Internal to the checker.
#ifndef CLAIMCHECK_CLAIMS_CHECK_DESCRIBE_H_
#define CLAIMCHECK_CLAIMS_CHECK_DESCRIBE_H_

#include <string>

#include "claimcheck/figure.h"

namespace claimcheck::check {

// The file name of a document path or URL: "article.html".
std::string DocName(const std::string& path);

// The figure as written with what it counts: "69 countries", "43 percent of
// the nodes". `subject`, when given, replaces the recorded subject (the
// checker's reading of the noun phrase, "ISIS supporters" for "ISIS").
std::string Describe(const Figure& f, const std::string& subject = "");

// A computed number for a message: "53", "19.5", "1,250".
std::string FormatNumber(double v);

}  // namespace claimcheck::check

#endif  // CLAIMCHECK_CLAIMS_CHECK_DESCRIBE_H_
