#include "text/abbrev.h"

#include <algorithm>
#include <array>
#include <cstdint>

namespace dyad::text {
namespace {

// Lower-case. Titles and words that precede a name or a
// number; they never end a sentence when a capitalised word follows.
constexpr std::string_view kTitles[] = {
    "adm", "apr", "art", "aug", "brig", "capt", "cdr", "cmdr", "col", "comdr", "con", "cpl",
    "dec", "dept", "det", "dr", "feb", "fig", "fr", "ft", "gen", "gov", "hon", "insp", "jan",
    "jul", "jun", "lt", "maj", "mar", "messrs", "mme", "mr", "mrs", "ms", "msgr", "mt", "no",
    "nos", "nov", "oct", "op", "ord", "pfc", "ph", "pp", "pres", "prof", "pt", "pvt", "rep",
    "reps", "rev", "sec", "sen", "sens", "sep", "sept", "sgt", "sr", "st", "supt", "vol", "vs",
};
// Abbreviations that may end a sentence (grouped by kind, sorted when packed).
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

// Up to 8 ASCII bytes, lower-cased, packed into an integer (0: not packable).
constexpr uint64_t PackLower(std::string_view w) {
  if (w.empty() || w.size() > 8) return 0;
  uint64_t k = 0;
  for (char c : w) {
    if (static_cast<unsigned char>(c) >= 0x80) return 0;
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    k = (k << 8) | static_cast<unsigned char>(c);
  }
  return k;
}

template <size_t N>
constexpr std::array<uint64_t, N> PackedSorted(const std::string_view (&list)[N]) {
  std::array<uint64_t, N> keys{};
  for (size_t i = 0; i < N; ++i) keys[i] = PackLower(list[i]);
  std::sort(keys.begin(), keys.end());
  return keys;
}

constexpr auto kTitleKeys = PackedSorted(kTitles);
constexpr auto kOrdinaryKeys = PackedSorted(kOrdinary);

template <size_t N>
constexpr bool IsSorted(const std::string_view (&list)[N]) {
  for (size_t i = 1; i < N; ++i)
    if (!(list[i - 1] < list[i])) return false;
  return true;
}

}  // namespace

AbbrevKind ClassifyAbbreviation(std::string_view word) {
  const uint64_t key = PackLower(word);
  if (key == 0) return AbbrevKind::kNone;
  if (std::binary_search(kTitleKeys.begin(), kTitleKeys.end(), key)) return AbbrevKind::kTitle;
  if (std::binary_search(kOrdinaryKeys.begin(), kOrdinaryKeys.end(), key))
    return AbbrevKind::kOrdinary;
  return AbbrevKind::kNone;
}

bool IsSentenceStarter(std::string_view word) {
  static_assert(IsSorted(kStarters), "kStarters must be sorted");
  return std::binary_search(std::begin(kStarters), std::end(kStarters), word);
}

}  // namespace dyad::text
