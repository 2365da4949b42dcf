// Private: the place an event happened, as its clause names it ("in
// Brussels", "in the city of Aleppo", "in northern Syria", "in Paris,
// France"). Proper names only: "in a statement", "in January", "in 2019"
// and "in parliament" (an institution) are not places.
#ifndef DYAD_SRC_CODE_LOCATION_H_
#define DYAD_SRC_CODE_LOCATION_H_

#include <cstddef>
#include <string_view>
#include <utility>

#include "code/analysis.h"

namespace dyad::code {

// A month, weekday, season or feast ("MARCH", "MONDAY", "RAMADAN").
bool IsTimeWord(std::string_view upper);
// A common noun or adverb of time ("yesterday", "week", "mornings",
// "earlier"): "a protester yesterday", "Iran last week accused".
bool IsTimeNoun(std::string_view upper);

// Tokens [first, second) of the place named by "in ..." within the clause
// [from, to) of the verb at `verb`: the first after the verb, else the last
// before it; {0, 0} when none.
std::pair<size_t, size_t> FindLocation(const SentenceTokens& toks, const Words& w,
                                       const Analysis& a, size_t from, size_t to, size_t verb);

}  // namespace dyad::code

#endif  // DYAD_SRC_CODE_LOCATION_H_
