// Arithmetic inside one sentence: "530 of the 1,000 profiles, or 43
// percent"; parts that add up to more than their stated total; a percent
// change that does not match the two values it is computed from. Internal
// to the checker.
#ifndef CLAIMCHECK_CLAIMS_CHECK_ARITHMETIC_H_
#define CLAIMCHECK_CLAIMS_CHECK_ARITHMETIC_H_

#include <vector>

#include "claimcheck/check.h"
#include "claims/check/lexicon.h"

namespace claimcheck::check {

// `sentence` holds the figures of one sentence of one document, in text
// order. Appends findings of type "arithmetic".
void CheckSentenceArithmetic(const Lexicon& lex, const std::vector<const Figure*>& sentence,
                             std::vector<Finding>* out);

}  // namespace claimcheck::check

#endif  // CLAIMCHECK_CLAIMS_CHECK_ARITHMETIC_H_
