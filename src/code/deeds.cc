#include "code/deeds.h"

#include <cctype>
#include <string>

#include "code/arguments.h"

namespace dyad::code {

// Whether words [from, to) hold only punctuation and "today", "now",
// "tonight" or "yesterday".
bool NothingAfter(const std::vector<std::string_view>& words, size_t from, size_t to) {
  for (size_t i = from; i < to && i < words.size(); ++i) {
    const std::string_view w = words[i];
    if (w.empty() || !std::isalnum(static_cast<unsigned char>(w[0]))) continue;
    std::string lower(w);
    for (char& ch : lower) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    if (lower == "today" || lower == "now" || lower == "tonight" || lower == "yesterday") continue;
    return false;
  }
  return true;
}

// Whether a word of a plan ("plans", "proposal", "intention") stands in
// tokens [from, to). (Not "would" or "will": "announced that she would be
// launching an impeachment inquiry" launched it.)
bool PlannedBefore(const SentenceTokens& toks, size_t from, size_t to) {
  for (size_t i = from; i < to && i < toks.size(); ++i) {
    const std::string& w = toks.upper[i];
    if (w == "PLAN" || w == "PLANS" || w == "PLANNED" || w == "PROPOSAL" || w == "PROPOSALS" ||
        w == "PROPOSED" || w == "INTENTION" || w == "INTENTIONS" || w == "THREAT" || w == "THREATS")
      return true;
  }
  return false;
}

// Whether the actor at `at` follows verb `v` as the one addressed ("told
// the Pentagon", "said to Gondor"; not "said Arnorian destroyers sank",
// which is what was said).
bool AddressedDirectly(const SentenceTokens& toks, const Words& w, const VerbHit& v, size_t at) {
  const std::string& verb = toks.upper[v.pos];
  const bool say = verb == "SAID" || verb == "SAYS" || verb == "SAY" || verb == "SAYING";
  size_t b = at;  // (past an article: "told the Pentagon")
  if (b > v.end && (toks.ids[b - 1] == w.the || toks.ids[b - 1] == w.a)) --b;
  // (past a gathering: "told a meeting of", "spoke to a group of")
  size_t g = v.end;
  if (g < b && toks.ids[g] == w.to) ++g;
  if (!(say && g == v.end) && b >= g + 3 && b <= g + 4 && toks.ids[b - 1] == w.of &&
      (toks.ids[g] == w.a || toks.upper[g] == "AN" || toks.ids[g] == w.the) &&
      OneOf(toks.upper[b - 2], {"GROUP", "MEETING", "GATHERING", "AUDIENCE", "CONFERENCE",
                                "DELEGATION", "CONVENTION", "SEMINAR", "FORUM"}))
    return true;
  return (b == v.end && !say) || (b == v.end + 1 && toks.ids[v.end] == w.to);
}

// Whether group `organ` holds only organs (government, military, police,
// intelligence) of the state that group `state` is, or is such an organ of
// (not its legislators or courts, who may speak of the government).
bool OwnStateOrgan(const Analysis& an, int state, int organ) {
  std::string country;
  for (size_t u : an.groups[static_cast<size_t>(state)].units)
    for (const std::string& c : an.units[u].codes) {
      const std::string_view role = c.size() > 3 ? std::string_view(c).substr(3, 3) : std::string_view();
      if (!code::IsCountryPrefix(c) ||
          !(role.empty() || role == "GOV" || role == "MIL" || role == "COP" || role == "SPY"))
        return false;
      if (!country.empty() && country != c.substr(0, 3)) return false;
      country = c.substr(0, 3);
    }
  if (country.empty()) return false;
  bool any = false;
  for (size_t u : an.groups[static_cast<size_t>(organ)].units)
    for (const std::string& c : an.units[u].codes) {
      const std::string_view role = c.size() > 3 ? std::string_view(c).substr(3, 3) : std::string_view();
      if (c.compare(0, 3, country) != 0 ||
          !(role == "GOV" || role == "MIL" || role == "COP" || role == "SPY"))
        return false;
      any = true;
    }
  return any;
}

// Whether group `g` is a state or an international body speaking: a
// country by its name (not a people: "Hongkongers"), a government, an IGO.
bool StateSpeaks(const SentenceTokens& toks, const Analysis& an, int g) {
  bool any = false;
  for (size_t u : an.groups[static_cast<size_t>(g)].units) {
    const ActorUnit& unit = an.units[u];
    if (unit.pronoun || unit.end == 0) return false;
    for (const std::string& c : unit.codes) {
      const bool igo = c.compare(0, 3, "IGO") == 0;
      const bool gov = c.size() >= 6 && c.compare(3, 3, "GOV") == 0 && IsCountryPrefix(c);
      const bool country = c.size() == 3 && IsCountryPrefix(c) && unit.agents.empty() &&
                           !IsDemonymLike(toks.upper[unit.end - 1]) && !unit.plural;
      if (!igo && !gov && !country) return false;
      any = true;
    }
  }
  return any;
}

// Whether tokens [from, to) take a protest to the streets ("outside the
// embassy", "in the streets", "marched").
bool StreetsAfter(const SentenceTokens& toks, size_t from, size_t to) {
  for (size_t i = from; i < to && i < toks.size(); ++i) {
    const std::string& w = toks.upper[i];
    if (w == "OUTSIDE" || w == "STREET" || w == "STREETS" || w == "FRONT" || w == "SQUARE" ||
        w.compare(0, 5, "MARCH") == 0 || w.compare(0, 5, "RALLY") == 0 || w.compare(0, 5, "RALLI") == 0)
      return true;
  }
  return false;
}

// Whether `code` is a deed (06-08, 14-20: cooperation, aid, yielding,
// protest, force), not words.
bool MaterialDeed(std::string_view code) {
  if (code.size() < 2) return false;
  const std::string_view r = code.substr(0, 2);
  return r == "06" || r == "07" || r == "08" || (r >= "14" && r <= "20");
}

// Whether every unit of group `g` ends in a word for market commentators
// ("traders", "bankers", "analysts", "economists", "dealers", "brokers").
bool MarketCommentators(const SentenceTokens& toks, const Analysis& an, int g) {
  for (size_t u : an.groups[static_cast<size_t>(g)].units) {
    const ActorUnit& unit = an.units[u];
    if (unit.pronoun || unit.anaphor || unit.end == 0) return false;
    std::string_view w = toks.upper[unit.end - 1];
    if (w.size() > 1 && w.back() == 'S') w.remove_suffix(1);
    if (w != "TRADER" && w != "BANKER" && w != "ANALYST" && w != "ECONOMIST" && w != "DEALER" &&
        w != "BROKER")
      return false;
  }
  return true;
}

// Whether every actor of group `g` is an international body ("IGO...").
bool GroupOfInternationalBody(const Analysis& an, int g) {
  bool any = false;
  for (size_t u : an.groups[static_cast<size_t>(g)].units)
    for (const std::string& c : an.units[u].codes) {
      if (c.compare(0, 3, "IGO") != 0) return false;
      any = true;
    }
  return any;
}

// Diplomatic cooperation two parties do together (050, 054 establishing
// relations, 057 signing an agreement), not praise, verbal defence, rallying
// support or an apology ("France and Germany welcomed the Russian decision"
// is not each other).
bool MutualCooperation(std::string_view code) {
  return code.size() >= 3 && code[0] == '0' && code[1] == '5' &&
         (code[2] == '0' || code[2] == '4' || code[2] == '7');
}

}  // namespace dyad::code
