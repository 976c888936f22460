// A rate's denominator written as a number ("9.1 per 100,000 residents") is
// part of the rate, not a figure of its own: the frame stage reads it into
// the rate's `per` and marks the count with this rule id; the pipeline drops
// marked figures once the frames are built, so nothing downstream (the
// store, the checker) sees it as a claim.
#ifndef CLAIMCHECK_EXTRACT_FRAME_DENOMINATOR_H_
#define CLAIMCHECK_EXTRACT_FRAME_DENOMINATOR_H_

#include <string_view>

namespace claimcheck::frame {

inline constexpr std::string_view kDenominatorRule = "frame.rate_denominator";

}  // namespace claimcheck::frame

#endif  // CLAIMCHECK_EXTRACT_FRAME_DENOMINATOR_H_
