#include "text/abbrev.h"

#include <algorithm>
#include <array>
#include <cstring>

namespace dyad::text {
namespace {

// Lower-case and sorted (checked at compile time). Titles and words that precede a name or a
// number; they never end a sentence when a capitalised word follows.
constexpr std::string_view kTitles[] = {
    "adm", "apr", "art", "aug", "brig", "capt", "cdr", "cmdr", "col", "comdr", "con", "cpl",
    "dec", "dept", "det", "dr", "feb", "fig", "fr", "ft", "gen", "gov", "hon", "insp", "jan",
    "jul", "jun", "lt", "maj", "mar", "messrs", "mme", "mr", "mrs", "ms", "msgr", "mt", "no",
    "nos", "nov", "oct", "op", "ord", "pfc", "ph", "pp", "pres", "prof", "pt", "pvt", "rep",
    "reps", "rev", "sec", "sen", "sens", "sep", "sept", "sgt", "sr", "st", "supt", "vol", "vs",
};
// Abbreviations that may end a sentence.
constexpr std::string_view kOrdinary[] = {
    "al", "approx", "ariz", "assn", "ave", "bhd", "blvd", "bros", "calif", "co", "colo", "conn",
    "corp", "cos", "del", "est", "etc", "fla", "ga", "gmbh", "ill", "inc", "ind", "jr", "kan",
    "ky", "la", "ltd", "mass", "md", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla",
    "ore", "pa", "plc", "rd", "tenn", "tex", "va", "vt", "wash", "wis", "wyo", "yr", "yrs",
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
};
constexpr std::string_view kStarters[] = {
    "A", "After", "All", "Also", "An", "And", "Another", "Any", "As", "At", "Because", "Before",
    "Both", "But", "By", "Despite", "During", "Each", "Earlier", "Even", "Every", "For", "From",
    "He", "Her", "Here", "His", "How", "However", "I", "If", "In", "It", "Its", "Last", "Later",
    "Many", "Meanwhile", "More", "Most", "My", "No", "None", "Not", "Now", "On", "One", "Only",
    "Our", "Over", "She", "Since", "So", "Some", "Such", "That", "The", "Their", "Then", "There",
    "These", "They", "This", "Those", "Though", "Thus", "To", "Two", "Under", "Until", "We",
    "What", "When", "Where", "Whether", "Which", "While", "Who", "Why", "With", "Yet", "You",
};

bool LowerAscii(std::string_view in, char* buf, size_t cap, std::string_view* out) {
  if (in.size() > cap) return false;
  for (size_t i = 0; i < in.size(); ++i) {
    char c = in[i];
    buf[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
  }
  *out = std::string_view(buf, in.size());
  return true;
}

template <size_t N>
bool SortedContains(const std::string_view (&list)[N], std::string_view w) {
  return std::binary_search(std::begin(list), std::end(list), w);
}

template <size_t N>
constexpr bool IsSorted(const std::string_view (&list)[N]) {
  for (size_t i = 1; i < N; ++i)
    if (!(list[i - 1] < list[i])) return false;
  return true;
}

}  // namespace

AbbrevKind ClassifyAbbreviation(std::string_view word) {
  static_assert(IsSorted(kTitles), "kTitles must be sorted");
  char buf[16];
  std::string_view w;
  if (!LowerAscii(word, buf, sizeof buf, &w)) return AbbrevKind::kNone;
  if (SortedContains(kTitles, w)) return AbbrevKind::kTitle;
  // kOrdinary is grouped by kind for reading, so it is searched linearly.
  for (std::string_view o : kOrdinary)
    if (o == w) return AbbrevKind::kOrdinary;
  return AbbrevKind::kNone;
}

bool IsSentenceStarter(std::string_view word) {
  static_assert(IsSorted(kStarters), "kStarters must be sorted");
  return SortedContains(kStarters, word);
}

}  // namespace dyad::text
