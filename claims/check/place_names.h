// Two spellings of one place or body that the checker must not read as two
// places: an initialism and the name it abbreviates ("AGE" and
// "Administración General del Estado", "DHSC" and "Department of Health and
// Social Care"). Coverage, above all spoken, uses the short form; a source
// writes the long one. Internal to the checker.
#ifndef CLAIMCHECK_CLAIMS_CHECK_PLACE_NAMES_H_
#define CLAIMCHECK_CLAIMS_CHECK_PLACE_NAMES_H_

#include <string_view>

namespace claimcheck::check {

// True when `short_form` is one word of two to eight capital letters that
// spells the initials of the capitalised words of `long_form` (its lower-case
// joining words, "of", "del", "y", left out), as written: case matters, since
// a lower-case word is no initialism.
bool InitialismOf(std::string_view short_form, std::string_view long_form);

// Either of the two abbreviates the other.
inline bool OneNameAbbreviated(std::string_view a, std::string_view b) {
  return InitialismOf(a, b) || InitialismOf(b, a);
}

// A place's name and the adjective made from it, each one word, that share
// their first four letters as written: "Britain" and "British" ("in British
// homes" for "in homes across Britain": trial54), "España" and "español",
// "Canarias" and "canario". Two places' names that begin alike ("Northam",
// "Northwich") differ in their fifth letter or later and are one word each
// too: only a pair of which one ends as an adjective of place does.
bool NameAndAdjective(std::string_view a, std::string_view b);

}  // namespace claimcheck::check

#endif  // CLAIMCHECK_CLAIMS_CHECK_PLACE_NAMES_H_
