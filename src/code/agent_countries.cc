// InferAgentCountries (arguments.h): the country of an agent no actor
// names ("the embassy", "police", "the banks").
#include <string>
#include <string_view>
#include <vector>

#include "code/arguments.h"
#include "code/coref.h"
#include "code/location.h"

namespace dyad::code {

// The last word of someone who speaks or works for a firm: "spokesman",
// "executives", "officials", "lawyers".
static bool FirmsPersonWord(std::string_view h) {
  return h == "SPOKESMAN" || h == "SPOKESWOMAN" || h == "SPOKESPERSON" || h == "EXECUTIVE" ||
         h == "EXECUTIVES" || h == "EMPLOYEE" || h == "EMPLOYEES" || h == "OFFICIAL" ||
         h == "OFFICIALS" || h == "SOURCES" || h == "CHAIRMAN" || h == "MANAGER" ||
         h == "MANAGERS" || h == "LAWYER" || h == "LAWYERS" || h == "SHAREHOLDERS";
}

// A country's code with its agents' roles taken off ("DNKMED" with agents
// "MED": "DNK"); "" when `code` is no country's or does not end in them.
static std::string CountryOfAgents(const std::string& code, const std::string& agents) {
  if (agents.empty() || code.size() < agents.size() + 3 || !IsCountryPrefix(code) ||
      code.compare(code.size() - agents.size(), agents.size(), agents) != 0)
    return "";
  return code.substr(0, code.size() - agents.size());
}

void FirmsSeat(Analysis* an, const SentenceTokens& toks) {
  for (code::ActorUnit& u : an->units) {
    if (!u.has_actor || u.pronoun || u.anaphor || u.codes.size() != 1 || u.codes[0].size() != 3 ||
        !IsCountryPrefix(u.codes[0]) || u.start < 2 || toks.upper[u.start - 1] != "OF" ||
        !EndsCompanyName(toks.upper[u.start - 2]) ||
        (toks.upper[u.start - 2] != ">" && !toks.capitalized[u.start - 2]))  // not "a group of"
      continue;
    u.codes[0] += "BUS";
  }
}

void ShareTheCountryOfAList(Analysis* an, const SentenceTokens& toks, const code::Words& w) {
  for (size_t k = 1; k < an->units.size(); ++k) {
    code::ActorUnit& u = an->units[k];
    const code::ActorUnit& p = an->units[k - 1];
    if (u.has_actor || u.pronoun || u.codes.size() != 1 || u.codes[0].size() <= 3 ||
        u.codes[0].compare(0, 3, "---") != 0 || u.start < 2 || toks.ids[u.start - 1] != w.and_ ||
        p.end + 1 != u.start || !p.has_actor || p.agent_led || p.codes.size() != 1)
      continue;
    const std::string country = CountryOfAgents(p.codes[0], p.agents);
    if (!country.empty()) u.codes[0] = country + u.codes[0].substr(3);
  }
  // "officials in Fornost and Gondor": the agent of a country in a list is
  // the agent of each (FORGOV, GONGOV); "lawmakers and officials in
  // Fornost": an agent alone before "and" shares the countries (FORLEG).
  for (size_t k = 0; k < an->units.size(); ++k) {
    code::ActorUnit& u = an->units[k];
    if (!u.has_actor || !u.agent_led || u.agents.empty()) continue;
    std::vector<std::string> prefixes;
    for (const std::string& c : u.codes)
      if (std::string country = CountryOfAgents(c, u.agents); !country.empty())
        prefixes.push_back(std::move(country));
    if (prefixes.empty()) continue;
    // ("of Britain, France, Canada and West Germany": a list of countries
    // joined by commas and a last "and"; "officials in Paris, France" is none.)
    auto joined = [&](size_t from, size_t to) {
      if (to == from + 1) return toks.ids[from] == w.comma || toks.ids[from] == w.and_;
      return to == from + 2 && toks.ids[from] == w.comma && toks.ids[from + 1] == w.and_;
    };
    std::vector<size_t> list;  // the countries after u, when "and" ends them
    bool closed = false;
    for (size_t j = k + 1, end = u.end; j < an->units.size() && !closed; ++j) {
      const code::ActorUnit& v = an->units[j];
      bool bare = v.has_actor && !v.agent_led && v.agents.empty() && !v.person && joined(end, v.start);
      for (const std::string& c : v.codes) bare = bare && c.size() == 3 && IsCountryPrefix(c);
      if (!bare) break;
      list.push_back(j);
      closed = toks.ids[v.start - 1] == w.and_;
      end = v.end;
    }
    if (closed)
      for (size_t j : list)
        for (std::string& c : an->units[j].codes) {
          prefixes.push_back(c);
          c += u.agents;
        }
    if (k == 0) continue;
    code::ActorUnit& b = an->units[k - 1];
    if (b.has_actor || b.pronoun || b.codes.size() != 1 || b.codes[0].size() <= 3 ||
        b.codes[0].compare(0, 3, "---") != 0 || b.end + 1 != u.start || toks.ids[b.end] != w.and_)
      continue;
    const std::string role = b.codes[0].substr(3);
    b.codes.clear();
    for (const std::string& p : prefixes) b.codes.push_back(p + role);
  }
}

bool OneNational(const ActorUnit& u, const SentenceTokens& toks) {
  // A civilian ("a German tourist"), or a demonym alone ("An Australian");
  // not a title ("his U.S. counterpart").
  const bool demonym = u.person && u.end == u.start + 1 && u.end <= toks.size() &&
                       IsDemonymLike(toks.upper[u.start]);
  if (!(demonym || u.agents == "CVL") || !u.has_actor || u.plural || u.pronoun || u.anaphor ||
      u.codes.empty())
    return false;
  for (const std::string& c : u.codes)
    if (!IsCountryPrefix(c) || !(c.size() == 3 || (c.size() == 6 && c.compare(3, 3, "CVL") == 0)))
      return false;
  return true;
}

bool PeoplesRole(std::string_view role) {
  return role == "OPP" || role == "LAB" || role == "EDU" || role == "AGR" || role == "CVL" ||
         role == "REF";
}

bool ForeignMission(const ActorUnit& u, const SentenceTokens& toks) {
  if (u.end == 0 || u.end > toks.size() || u.pronoun || u.anaphor) return false;
  const std::string& h = toks.upper[u.end - 1];
  return h == "EMBASSY" || h == "EMBASSIES" || h == "CONSULATE" || h == "CONSULATES" ||
         h == "AMBASSADOR" || h == "AMBASSADORS" || h == "ENVOY" || h == "ENVOYS" ||
         h == "CONSUL" || h == "DIPLOMAT" || h == "DIPLOMATS";
}

void InferAgentCountries(Analysis* an, std::string_view doc_country, const SentenceTokens& toks,
                         const code::Words& w, const code::Discourse* discourse) {
  // "The embassy declined": the embassy named before ("the US Embassy"),
  // unless the sentence has named a country before it.
  // "Beijing is concerned about the president's behavior": a head of
  // state named before ("President Trump") is meant even past another
  // country, since a state has one.
  if (discourse)
    for (code::ActorUnit& u : an->units) {
      bool country_before = false;
      for (const code::ActorUnit& b : an->units) {
        if (b.start >= u.start) break;
        for (const std::string& c : b.codes) country_before = country_before || IsCountryPrefix(c);
      }
      if (country_before && !OnePerStateTitle(toks.upper[u.end - 1])) continue;
      if (u.has_actor || u.pronoun || u.start == 0 || toks.ids[u.start - 1] != w.the) continue;
      const code::Referent* r = discourse->FindHead(toks.upper[u.end - 1]);
      if (!r) continue;
      std::string country;
      for (const std::string& c : r->codes)
        if (country.empty() && IsCountryPrefix(c)) country = c.substr(0, 3);
      if (country.empty()) continue;
      for (std::string& c : u.codes)
        if (c.compare(0, 3, "---") == 0) c.replace(0, 3, country);
    }
  // "The leaders of the two countries": an agent of a pair is the agent of
  // each ("TURGOV", "GRCGOV").
  for (code::ActorUnit& u : an->units) {
    if (u.has_actor || u.pronoun || u.codes.size() != 1 || u.codes[0].compare(0, 3, "---") != 0) continue;
    const size_t at = u.end;
    if (at + 1 >= toks.size() || toks.ids[at] != w.of) continue;
    const code::ActorUnit* pair = nullptr;
    for (const code::ActorUnit& v : an->units)
      if (v.start == at + 1 && v.has_actor && v.plural && v.codes.size() >= 2) pair = &v;
    if (!pair) continue;
    const code::ActorUnit& v = *pair;
    const std::string role = u.codes[0].substr(3);
    std::vector<std::string> codes;
    for (const std::string& c : v.codes)
      if (IsCountryPrefix(c)) codes.push_back(c.substr(0, 3) + role);
    if (codes.size() >= 2) u.codes = std::move(codes);
  }
  // A headline or first sentence ("Opposition rejects Malawi court ruling")
  // has no country before its agents yet: the sentence's first one will do.
  // A private person's nationality is not the place's ("An Australian
  // appeared in Christchurch District Court, New Zealand": the court is New
  // Zealand's), unless the sentence names no other country.
  // Nor ever a foreign mission's ("Protesters threw eggs at the US embassy
  // in Moscow" are Russians; without Moscow, of no country we know).
  std::string first_in_sentence, first_person;
  if (doc_country.empty())
    for (const code::ActorUnit& u : an->units)
      for (const std::string& c : u.codes)
        if (IsCountryPrefix(c) && an->aside[u.start] != kAttribution && !ForeignMission(u, toks)) {
          std::string& first = OneNational(u, toks) ? first_person : first_in_sentence;
          if (first.empty()) first = c.substr(0, 3);
        }
  if (first_in_sentence.empty()) first_in_sentence = first_person;
  if (doc_country.empty()) doc_country = first_in_sentence;
  if (doc_country.empty() && discourse) doc_country = discourse->DatelineCountry();
  bool debt_story = false;  // the sentence speaks of debt owed to lenders
  for (size_t t = 0; t < toks.size() && !debt_story; ++t) {
    const std::string& x = toks.upper[t];
    debt_story = x == "DEBT" || x == "DEBTS" || x == "RESCHEDULING" || x == "CREDITORS" ||
                 x == "CREDITOR" || x == "REPAYMENT" || x == "REPAYMENTS";
  }
  std::string last;  // country of the nearest actor so far
  for (code::ActorUnit& u : an->units) {
    bool placed = false;
    // "foreign banks", "creditor banks", "Western diplomats": of some other
    // country than the one named before, and of none we can tell.
    bool foreign = false;
    for (size_t k = u.start; k-- > 0 && u.start - k <= 3 && !foreign;) {
      const std::string& p = toks.upper[k];
      foreign = p == "FOREIGN" || p == "CREDITOR" || p == "CREDITORS" || p == "INTERNATIONAL" ||
                p == "WESTERN" || p == "OVERSEAS" || p == "EXTERNAL" || p == "OFFSHORE" ||
                p == "MULTINATIONAL";
      // (Not "the foreign trade ministry", "International Trade and Industry".)
      if (foreign && k + 1 < toks.size()) {
        const std::string& n = toks.upper[k + 1];
        foreign = !(n == "TRADE" || n == "AFFAIRS" || n == "MINISTRY" || n == "MINISTER" ||
                    n == "RELATIONS" || n == "POLICY" || n == "ECONOMIC" || n == "INVESTMENT" ||
                    n == "EXCHANGE" || n == "COOPERATION" || n == "DEVELOPMENT");
      }
      if (an->group_at[k] >= 0 || toks.ids[k] == w.the || toks.ids[k] == w.a ||
          toks.ids[k] == w.comma || IsPreposition(toks.ids[k], w))
        break;
    }
    // "the banks insisted", "bankers said" in a story of a country's debt:
    // its foreign creditors, of no country we can tell.
    // (Not "the Central Bank", a state's own, nor "the Bank", one named before.)
    if (!foreign && !u.has_actor && !u.pronoun && debt_story && u.codes.size() == 1 &&
        u.codes[0] == "---BUS") {
      const std::string& h = toks.upper[u.end - 1];
      foreign = h == "BANKS" || h == "BANKERS" || h == "BANKER" || h == "LENDERS";
    }
    // "A Fiat spokesman", "Toyota officials": the spokesman, officials or
    // staff of a firm or body no dictionary knows are of no country we can
    // tell ("Foreign Ministry spokesman", "Labour Party officials" are the
    // state's and the country's).
    bool firm = false;
    if (!foreign && !u.has_actor && !u.pronoun && u.start > 0 && !toks.tags.empty() &&
        FirmsPersonWord(toks.upper[u.end - 1]) &&
        an->group_at[u.start - 1] < 0 && toks.capitalized[u.start - 1] &&
        (toks.tags[u.start - 1].xpos == Xpos::kNNP || toks.tags[u.start - 1].xpos == Xpos::kNNPS)) {
      const std::string& p = toks.upper[u.start - 1];
      firm = !IsStateOrganWord(p) && p != "PARTY" && p != "BANK" && p != "REPUBLICAN" &&
             p != "DEMOCRATIC" && p != "LABOUR" && p != "LABOR" && !IsTimeWord(p) &&
             !IsDemonymLike(p) && p.size() > 2;
    }
    // A counted crowd ("22 people") is of the place named after it ("in a
    // remote Pakistani village"), not of whoever came before ("Afghan
    // warplanes killed 22 people"); else of the story's country.
    // So are the people outside the state named by an agent alone
    // ("students protesting in Belgium", "US troops clashed with
    // protesters in Baghdad").
    const bool people =
        u.counted || (!u.has_actor && !u.pronoun && !u.anaphor && u.codes.size() == 1 &&
                      u.codes[0].size() == 6 && u.codes[0].compare(0, 3, "---") == 0 &&
                      PeoplesRole(std::string_view(u.codes[0]).substr(3)));
    std::string crowd_place;
    if (people) {
      for (const code::ActorUnit& v : an->units) {
        if (v.start < u.end || v.pronoun || an->aside[v.start] == kAttribution) continue;
        bool place = false;
        for (size_t k = v.start; k-- > u.end && v.start - k <= 4 && !place;) {
          if (toks.ids[k] == w.comma) break;  // (not "of crops, a Hong Kong newspaper")
          // ("of" only after a count: "22 people ... of a remote Pakistani
          // village", not "miners blocking the route of the West German
          // President's motorcade".)
          place = toks.ids[k] == w.in || (u.counted && toks.ids[k] == w.of) ||
                  toks.upper[k] == "INTO" ||
                  toks.upper[k] == "ACROSS" || toks.upper[k] == "THROUGHOUT";
        }
        if (!place) continue;
        for (const std::string& c : v.codes)
          if (crowd_place.empty() && IsCountryPrefix(c) && !IsRegionCode(c))
            crowd_place = c.substr(0, 3);
        if (!crowd_place.empty()) break;
      }
    }
    for (std::string& c : u.codes) {
      if (c.compare(0, 3, "---") == 0) {
        if (firm) c = "---BUS";  // (mostly a company's; not the state's GOV)
        if (foreign || firm) continue;
        std::string_view country = doc_country;
        if (!crowd_place.empty()) country = crowd_place;
        else if (!last.empty() && !u.counted) country = last;
        if (!country.empty()) c.replace(0, 3, country);
      } else if (IsCountryPrefix(c) && !IsRegionCode(c) && !placed &&
                 an->aside[u.start] != kAttribution &&  // not "according to NPR"'s
                 !OneNational(u, toks)) {
        last = c.substr(0, 3);
        placed = true;
      }
    }
  }
}

}  // namespace dyad::code
