// Private: abbreviations and sentence-starter words for the splitter.
#ifndef DYAD_SRC_TEXT_ABBREV_H_
#define DYAD_SRC_TEXT_ABBREV_H_

#include <string_view>

namespace dyad::text {

enum class AbbrevKind {
  kNone,
  kTitle,     // precedes a name or number, never ends a sentence: Mr. Gen. No. Jan.
  kOrdinary,  // may end a sentence: Inc. etc. Jr. a.m. U.S.
};

// Classifies a word without its final period ("Gen", "Inc", "etc"), ASCII
// case-insensitive.
AbbrevKind ClassifyAbbreviation(std::string_view word);

// True for capitalised words that commonly begin a sentence ("The", "He",
// "But", "In"...), used to decide whether "U.S. The" ends a sentence.
bool IsSentenceStarter(std::string_view word);

}  // namespace dyad::text

#endif  // DYAD_SRC_TEXT_ABBREV_H_
