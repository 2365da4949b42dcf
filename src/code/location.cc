#include "code/location.h"

#include <string_view>

namespace dyad::code {

namespace {

// A word of a place's proper name: capitalised, a proper noun to the tagger
// (when there is one), not a month or a weekday, and not inside an
// institution the dictionaries know only as an agent ("Parliament").
bool IsNameWord(const SentenceTokens& toks, const Analysis& a, size_t i) {
  if (!toks.capitalized[i] || IsTimeWord(toks.upper[i])) return false;
  if (!toks.tags.empty() && toks.tags[i].xpos != Xpos::kNNP && toks.tags[i].xpos != Xpos::kNNPS)
    return false;
  const int g = a.group_at[i];
  if (g >= 0) {
    bool actor = false;
    for (size_t u : a.groups[g].units)
      if (a.units[u].start <= i && i < a.units[u].end) actor = a.units[u].has_actor;
    if (!actor) return false;
  }
  return true;
}

// The place after "in" at token i: its name's tokens, or {0, 0}.
std::pair<size_t, size_t> PlaceAfter(const SentenceTokens& toks, const Words& w,
                                     const Analysis& a, size_t i, size_t to) {
  size_t j = i + 1;
  if (j < to && toks.ids[j] == w.the) ++j;
  // "northern Syria", "the city of Aleppo", "the capital, Kyiv".
  while (j < to && OneOf(toks.upper[j], {"NORTHERN", "SOUTHERN", "EASTERN", "WESTERN", "CENTRAL",
                                         "NORTH-EASTERN", "NORTH-WESTERN", "SOUTH-EASTERN",
                                         "SOUTH-WESTERN", "NORTHEASTERN", "NORTHWESTERN",
                                         "SOUTHEASTERN", "SOUTHWESTERN", "RURAL", "OCCUPIED",
                                         "BESIEGED", "DOWNTOWN"}))
    ++j;
  if (j + 1 < to &&
      OneOf(toks.upper[j], {"CITY", "TOWN", "VILLAGE", "PROVINCE", "REGION", "DISTRICT", "STATE",
                            "CAPITAL", "PORT", "COUNTY", "AREA"}) &&
      (toks.ids[j + 1] == w.of || toks.ids[j + 1] == w.comma)) {
    j += 2;
  }
  size_t end = j;
  while (end < to && end - j < 6 && IsNameWord(toks, a, end)) ++end;
  if (end == j) return {0, 0};
  // "in Navalny's blood", "in the British Transport Police": a name that
  // goes on into a possessive or an institution is not a place.
  if (end < to && (toks.ids[end] == w.s_clitic ||
                   (toks.capitalized[end] && a.group_at[end] >= 0)))
    return {0, 0};
  // "in Paris, France": a name after a comma that ends the phrase belongs
  // to the place (not "in Florida, Trump cancelled ...").
  if (end + 1 < to && toks.ids[end] == w.comma && IsNameWord(toks, a, end + 1)) {
    size_t k = end + 1;
    while (k < to && k - end < 4 && IsNameWord(toks, a, k)) ++k;
    if (k == toks.size() || toks.ids[k] == w.comma || toks.upper[k] == "." ||
        toks.ids[k] == w.semicolon)
      end = k;
  }
  return {j, end};
}

}  // namespace

// A month, a weekday, a season or a feast: when, not who or where.
bool IsTimeWord(std::string_view u) {
  return OneOf(u, {"JANUARY", "FEBRUARY", "MARCH", "APRIL", "MAY", "JUNE", "JULY", "AUGUST",
                   "SEPTEMBER", "OCTOBER", "NOVEMBER", "DECEMBER", "JAN.", "FEB.", "MAR.",
                   "APR.", "JUN.", "JUL.", "AUG.", "SEP.", "SEPT.", "OCT.", "NOV.", "DEC.",
                   "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY",
                   "SUNDAY", "SPRING", "SUMMER", "AUTUMN", "WINTER", "RAMADAN", "CHRISTMAS"});
}

bool IsTimeNoun(std::string_view u) {
  if (u.size() > 3 && u.back() == 'S' && u != "DAYS" && u != "TIMES") u.remove_suffix(1);
  return OneOf(u, {"YESTERDAY", "TODAY", "TONIGHT", "TOMORROW", "WEEK", "WEEKEND", "MONTH", "YEAR",
                   "DAY", "DAYS", "MORNING", "AFTERNOON", "EVENING", "NIGHT", "TIME", "TIMES", "AGO",
                   "EARLIER", "LATER"});
}


std::pair<size_t, size_t> FindLocation(const SentenceTokens& toks, const Words& w,
                                       const Analysis& a, size_t from, size_t to, size_t verb) {
  std::pair<size_t, size_t> before{0, 0};
  for (size_t i = from; i < to && i < toks.size(); ++i) {
    if (toks.ids[i] != w.in) continue;
    std::pair<size_t, size_t> p = PlaceAfter(toks, w, a, i, to);
    if (p.second == 0) continue;
    if (i > verb) return p;
    before = p;
    i = p.second - 1;
  }
  return before;
}

}  // namespace dyad::code
