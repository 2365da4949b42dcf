// The names of things that are not actors (Analyzer::DropNamesOfThings):
// "The Jakarta Post", "Indonesia AirAsia", "the Trump impeachment
// proceedings", "US dollars", "the Gulf of Oman", "child sexual abuse".
#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "code/analysis.h"
#include "code/arguments.h"
#include "code/coref.h"
#include "code/location.h"

namespace dyad::code {

namespace {

// The last word of the name of a thing that is not an actor: a newspaper,
// a treaty, a war, a university, an airline, a sporting event, a currency
// (an airport or a street still places what happens there).
bool IsThingNameHead(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "POST", "TIMES", "HERALD", "JOURNAL", "TRIBUNE", "GAZETTE", "AGREEMENT", "ACCORD",
      "ACCORDS", "WAR", "UNIVERSITY", "COLLEGE", "AIRWAYS", "AIRLINES", "STADIUM", "MUSEUM",
      "CUP", "PRIZE", "OPEN", "MARATHON", "DERBY", "ZOO", "DOLLAR", "DOLLARS", "CONVENTION",
      "CONSTITUTION", "INC", "INC.", "CORP", "CORP.", "CO", "CO.", "LTD", "LTD.", "PLC", "LP",
      "L.P.", "LLC", "GMBH", "NV", "N.V.", "FUND", "HOLDINGS"};
  for (std::string_view k : kWords)
    if (k == w) return true;
  return false;
}

// A capitalised proper noun (to the tagger) that is no month or weekday.
bool UnknownNameWord(const SentenceTokens& toks, size_t i) {
  const Xpos x = toks.tags[i].xpos;
  return toks.capitalized[i] && (x == Xpos::kNNP || x == Xpos::kNNPS) &&
         !IsTimeWord(toks.upper[i]) && toks.upper[i].size() > 1;
}

// Honorifics and titles the agent dictionaries may lack: "Mr Biden".
bool IsTitleWord(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "MR", "MR.", "MRS", "MRS.", "MS", "MS.", "DR", "DR.", "SEN.", "REP.", "GOV.", "GEN.",
      "COL.", "LT.", "SGT.", "PROF.", "SIR", "DAME", "LORD", "LADY", "SHEIKH", "SHEIKHA",
      "EMIR", "KING", "QUEEN", "PRINCE", "PRINCESS", "CROWN", "POPE", "AYATOLLAH", "IMAM",
      "RABBI", "FATHER", "BISHOP", "ARCHBISHOP", "CARDINAL", "JUDGE", "JUSTICE", "SENATOR",
      "CONGRESSMAN", "CONGRESSWOMAN", "GOVERNOR", "MAYOR", "GENERAL", "ADMIRAL", "MARSHAL",
      "PRESIDENT", "PREMIER", "CHANCELLOR", "MINISTER", "SECRETARY", "AMBASSADOR", "SPEAKER",
      "LEADER", "CHAIRMAN", "CHAIRWOMAN", "COMMANDER", "CAPTAIN", "MAJOR", "SAINT", "ST."};
  for (std::string_view k : kWords)
    if (k == w) return true;
  return false;
}

// Tokens before `start` are a first name no dictionary knows (two, when
// `two`: "Luz Contreras Arroyo"), standing alone after a lower-case word, an
// honorific or a nationality, or at the start ("actor Ricky Schroder", "Dr.
// Luz Contreras Arroyo", "American Kevin King"); not the end of a title
// ("Director of National Intelligence John Ratcliffe", "Secretary of State
// Pompeo"), of a possessive's name ("St. John's Episcopal Church") or of a
// thing's name after a determiner ("the Polytechnic University"). Needs
// tags.
bool LoneFirstNameBefore(const SentenceTokens& toks, size_t start, bool two = false) {
  if (start == 0) return false;
  auto first_name = [&](size_t i) { return UnknownNameWord(toks, i) && !IsTitleWord(toks.upper[i]); };
  size_t f = start - 1;
  if (!first_name(f)) return false;
  if (two && f > 0 && first_name(f - 1) && !IsDemonymLike(toks.upper[f - 1])) --f;
  if (f == 0) return true;
  const std::string& b = toks.upper[f - 1];
  if (b == "MR" || b == "MR." || b == "MRS" || b == "MRS." || b == "MS" || b == "MS." ||
      b == "DR" || b == "DR." || b == "PROF." || (toks.capitalized[f - 1] && IsDemonymLike(b)))
    return true;
  // "West German Finance Minister Gerhard Stoltenberg" (not Jens).
  if (toks.capitalized[f - 1] && IsTitleWord(b) && b.back() != '.') return true;
  // ("the Polytechnic University": a determiner opens a thing's name.)
  return !toks.capitalized[f - 1] && b != "OF" && b != "THE" && b != "A" && b != "AN" &&
         toks.tags[f - 1].xpos != Xpos::kPOS && toks.tags[f - 1].xpos != Xpos::kDT;
}


// A US state after a town's name: "Dublin, Calif.", "Paris, Texas", "Athens,
// Ga." (AP abbreviations; not "Georgia" or "Washington", which are also a
// country and a capital in lists of them). "Calif.-based" counts.
bool IsUsStateWord(std::string_view w) {
  if (const size_t dash = w.find('-'); dash != std::string_view::npos && dash > 0)
    w = w.substr(0, dash);
  static constexpr std::string_view kWords[] = {
      "ALABAMA", "ALA.", "ALASKA", "ARIZONA", "ARIZ.", "ARKANSAS", "ARK.", "CALIFORNIA",
      "CALIF.", "COLORADO", "COLO.", "CONNECTICUT", "CONN.", "DELAWARE", "DEL.", "FLORIDA",
      "FLA.", "GA.", "HAWAII", "IDAHO", "ILLINOIS", "ILL.", "INDIANA", "IND.", "IOWA", "KANSAS",
      "KAN.", "KENTUCKY", "KY.", "LOUISIANA", "LA.", "MAINE", "MARYLAND", "MD.",
      "MASSACHUSETTS", "MASS.", "MICHIGAN", "MICH.", "MINNESOTA", "MINN.", "MISSISSIPPI",
      "MISS.", "MISSOURI", "MO.", "MONTANA", "MONT.", "NEBRASKA", "NEB.", "NEVADA", "NEV.",
      "N.H.", "N.J.", "N.M.", "N.Y.", "N.C.", "N.D.", "OHIO", "OKLAHOMA", "OKLA.", "OREGON",
      "ORE.", "PENNSYLVANIA", "PA.", "R.I.", "S.C.", "S.D.", "TENNESSEE", "TENN.", "TEXAS",
      "UTAH", "VERMONT", "VT.", "VIRGINIA", "VA.", "WASH.", "W.VA.", "WISCONSIN", "WIS.",
      "WYOMING", "WYO."};
  for (std::string_view k : kWords)
    if (k == w) return true;
  return false;
}

}  // namespace

// A currency named after its country: "US dollars", "Turkish lira".
bool IsCurrencyWord(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "DOLLAR", "DOLLARS", "EURO", "EUROS", "YUAN", "RENMINBI", "RUBLE", "RUBLES", "ROUBLE",
      "ROUBLES", "RUPEE", "RUPEES", "YEN", "LIRA", "LIRAS", "PESO", "PESOS", "RIYAL", "RIYALS",
      "RIAL", "RIALS", "DINAR", "DINARS", "DIRHAM", "DIRHAMS", "SHEKEL", "SHEKELS", "HRYVNIA",
      "HRYVNIAS", "FRANC", "FRANCS", "KRONA", "KRONOR", "KRONE", "KRONER", "ZLOTY",
      "ZLOTYS", "FORINT", "FORINTS", "RAND", "NAIRA", "BAHT", "RINGGIT", "RUPIAH", "REAIS",
      "BOLIVAR", "BOLIVARS", "STERLING", "CENTS", "CTS", "DLRS", "DLR", "STG", "GUILDER",
      "GUILDERS", "LIRE", "PESETA", "PESETAS", "ESCUDO", "ESCUDOS", "SCHILLINGS", "SHILLINGS",
      "CRUZADO", "CRUZADOS", "AUSTRAL", "AUSTRALS", "SUCRE", "SUCRES", "KWACHA", "DRACHMA",
      "DRACHMAS", "KORUNA", "LEU", "LEI", "TAKA", "KYAT", "CEDI", "CEDIS", "DONG"};
  for (std::string_view k : kWords)
    if (k == w) return true;
  return false;
}

// The head of a state organ's name: "Department", "Ministry", "Army".
bool IsStateOrganWord(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "DEPARTMENT", "MINISTRY", "COMMISSION", "AGENCY", "ADMINISTRATION", "SERVICE",
      "SERVICES", "COUNCIL", "OFFICE", "BUREAU", "COURT", "AUTHORITY", "COMMITTEE", "ARMY",
      "NAVY", "FORCE", "FORCES", "GUARD", "POLICE", "EMBASSY", "CONSULATE", "PARLIAMENT",
      "SENATE", "CONGRESS", "GOVERNMENT", "CABINET", "TREASURY", "MISSION", "DELEGATION",
      "COMMAND", "MARINES", "AIR", "COAST", "BORDER", "INTELLIGENCE", "SECURITY", "DEFENSE",
      "DEFENCE", "FOREIGN", "INTERIOR", "FINANCE", "PRIME", "VICE", "DEPUTY", "CHIEF", "STATE",
      "NATIONAL", "ROYAL", "SUPREME", "HIGH", "HOUSE", "MINISTERS", "OFFICIALS", "LEADERS"};
  for (std::string_view k : kWords)
    if (k == w) return true;
  return false;
}

// A noun naming an act ("proclamation", "annexation", "killing", "seizure"),
// by its ending or from a few short words.
bool NamesAnAct(std::string_view u) {
  auto ends = [&](std::string_view e) {
    return u.size() > e.size() + 2 && u.compare(u.size() - e.size(), e.size(), e) == 0;
  };
  // Nouns of those endings that name no act: "previous official figures",
  // "the police station", "the military situation".
  static constexpr std::string_view kNoAct[] = {
      "FIGURE",  "FUTURE",    "NATURE",   "CULTURE",   "STRUCTURE", "INFRASTRUCTURE",
      "FEATURE", "PICTURE",   "TEMPERATURE", "LITERATURE", "AGRICULTURE", "CREATURE",
      "POPULATION", "STATION", "POSITION", "CONDITION", "SITUATION", "DIRECTION",
      "SECTION", "PORTION",   "FRACTION", "NOTION",    "QUESTION",  "BUILDING",
      "CEILING", "EARNING",   "HOUSING",  "CLOTHING",  "EVENING",   "MORNING"};
  for (std::string_view w : kNoAct)
    if (u == w) return false;
  if (ends("TION") || ends("SION") || ends("MENT") || ends("URE") || ends("ING")) return true;
  return u == "ATTACK" || u == "ARREST" || u == "MURDER" || u == "BAN" || u == "RECOGNITION" ||
         u == "TREATMENT" || u == "DECISION" || u == "RAID" || u == "ASSAULT";
}

// An actor word that opens the name of a thing is not the actor: "The
// Jakarta Post", "the Paris Agreement", "the Iran-Iraq War", "Kuwait
// University", "Kenya Airways", "US$". The name runs over
// capitalised words (and dashes between them) up to its head.
void Analyzer::DropNamesOfThings(const SentenceTokens& toks, Analysis* out) const {
  const size_t n = toks.size();
  std::vector<ActorUnit> kept;
  for (size_t k = 0; k < out->units.size(); ++k) {
    ActorUnit& u = out->units[k];
    bool thing = false;
    if (u.has_actor && u.agents.empty()) {
      size_t e = u.end;
      if (e < n && toks.upper[e] == "$") thing = true;  // "US$ 5 million"
      // "nine billion US dollars", "50 million Hong Kong dollars"
      if (e < n && IsCurrencyWord(toks.upper[e])) thing = true;
      while (!thing && e < n && e < u.end + 4) {
        const std::string& w = toks.upper[e];
        if (toks.capitalized[e] && IsThingNameHead(w)) { thing = true; break; }
        const bool dash = w == "-" || w == "\xE2\x80\x93" || w == "\xE2\x80\x94";
        if (!toks.capitalized[e] && !dash) break;
        ++e;
      }
    }
    // "an earlier Paris accord", "the Minsk protocol": a place that names
    // an agreement (not "the Asean communique", which ASEAN issues).
    if (!thing && u.has_actor && u.agents.empty() && u.end - u.start == 1 && u.start > 0 &&
        u.end < n && !toks.capitalized[u.end]) {
      const std::string& h = toks.upper[u.end];
      const std::string& d = toks.upper[u.start - 1];
      if ((d == "THE" || d == "AN" || d == "A" || d == "EARLIER" || d == "LATEST" || d == "NEW") &&
          (h == "ACCORD" || h == "ACCORDS" || h == "PROTOCOL" || h == "PACT" || h == "CONVENTION" ||
           h == "FORMAT"))
        thing = true;
    }
    // "U.K. money market", "the Tokyo stock market", "U.S. bonds": a
    // country's market or securities are no actor ("the U.K. money market
    // was offered assistance" is the central bank's daily business).
    if (!thing && u.has_actor && u.agents.empty() && !toks.tags.empty()) {
      for (size_t e = u.end; e < n && e < u.end + 3; ++e) {
        const std::string& w = toks.upper[e];
        if (w == "MARKET" || w == "MARKETS" || w == "BOURSE" || w == "BONDS" || w == "STOCKS" ||
            w == "SHARES" || w == "EQUITIES" || w == "SECURITIES") {
          thing = true;
          break;
        }
        const Xpos x = toks.tags[e].xpos;
        if (!(x == Xpos::kNN || x == Xpos::kNNP) ||
            (k + 1 < out->units.size() && out->units[k + 1].start <= e))
          break;  // (not past another actor)
      }
    }
    // "<Midland and Scottish Resources Ltd>": the wires bracket firms' names.
    if (!thing && u.has_actor) {
      for (size_t b = u.start; b > 0 && b + 6 > u.start; --b) {
        const std::string& w = toks.upper[b - 1];
        if (w == "<") { thing = true; break; }
        if (!toks.capitalized[b - 1] && w != "AND" && w != "&" && w != "OF" && w != "-") break;
      }
    }
    // "worked with the organization Equally American": a name after a word
    // for a body, whose other words no dictionary knows.
    if (!thing && u.has_actor && u.agents.empty() && u.start >= 2 && toks.capitalized[u.start - 1] &&
        !(k > 0 && out->units[k - 1].end >= u.start - 1)) {
      size_t b = u.start - 1;
      while (b > 0 && toks.capitalized[b - 1] && u.start - b < 4) --b;
      if (b > 0) {
        const std::string& body = toks.upper[b - 1];
        thing = !toks.capitalized[b - 1] &&
                (body == "ORGANIZATION" || body == "ORGANISATION" || body == "GROUP" ||
                 body == "COMPANY" || body == "FIRM" || body == "MOVEMENT" || body == "CAMPAIGN" ||
                 body == "NETWORK" || body == "ASSOCIATION" || body == "CHARITY" ||
                 body == "COALITION" || body == "NONPROFIT" || body == "NON-PROFIT" || body == "BAND");
      }
    }
    // "Hagia Sophia, formerly a Greek Orthodox church and now a museum",
    // "Hong Kong, once a British colony": what something was or is, not an
    // actor.
    if (!thing && u.start >= 2 &&
        (toks.upper[u.start - 1] == "A" || toks.upper[u.start - 1] == "AN")) {
      const std::string& w = toks.upper[u.start - 2];
      thing = w == "FORMERLY" || w == "ONCE" || w == "ORIGINALLY" || w == "PREVIOUSLY";
      // "converting Hagia Sophia ... to a mosque": what it becomes.
      if (!thing && (w == "TO" || w == "INTO")) {
        for (size_t b = u.start - 2; b > 0 && b + 20 > u.start && !thing; --b) {
          const std::string& v = toks.upper[b - 1];
          thing = v.compare(0, 7, "CONVERT") == 0 || v.compare(0, 9, "TRANSFORM") == 0;
        }
      }
    }
    // "Indonesia AirAsia", "Russia Today", "Iran Air": a country's name
    // that runs on into a proper name no dictionary knows opens the name
    // of a firm or a thing. "Hunter Biden", "Melania Trump": a first name no
    // dictionary knows before a leader's surname is another person.
    if (!thing && !toks.tags.empty() && u.has_actor && u.agents.empty()) {
      const bool next_unit = k + 1 < out->units.size() && out->units[k + 1].start == u.end;
      const bool prev_unit = k > 0 && out->units[k - 1].end == u.start;
      // "Thailand's Thai Raksa Chart Party" belongs to the country.
      const bool possessive = u.end < n && toks.tags[u.end].xpos == Xpos::kPOS;
      // (Not in a headline in capitals: "OPPOSITION TO EC OILS TAX PLAN".)
      const bool shouted = u.end < n && toks.all_caps[u.end] && toks.all_caps[u.end - 1];
      if (!u.person && u.end < n && !next_unit && !possessive && !shouted && UnknownNameWord(toks, u.end) &&
          !IsDemonymLike(toks.upper[u.end - 1])) {
        // ... but "the United States Department of Transportation" is the state.
        bool organ = false;
        for (size_t j = u.end; j < n && j < u.end + 4 && toks.capitalized[j] && !organ; ++j)
          organ = IsStateOrganWord(toks.upper[j]) || IsTitleWord(toks.upper[j]);
        thing = !organ;
      }
      // The same before a group's name used as a surname ("Sudesh Amman").
      bool roles_only = !u.codes.empty();
      for (const std::string& c : u.codes) roles_only = roles_only && c.size() > 3;
      if ((u.person || roles_only) && u.end - u.start == 1 && !prev_unit &&
          LoneFirstNameBefore(toks, u.start, /*two=*/true)) {
        thing = true;
        out->other_people.push_back(toks.ids[u.start]);
      }
    }
    // "Dublin, Calif.", "Moscow, Idaho": a US town of a foreign capital's name.
    if (!thing && u.has_actor && u.agents.empty() && u.end + 1 < n && toks.upper[u.end] == "," &&
        toks.capitalized[u.end + 1] && IsUsStateWord(toks.upper[u.end + 1])) {
      bool us = false;
      for (const std::string& c : u.codes) us = us || c.compare(0, 3, "USA") == 0;
      thing = !us;
    }
    // "the National Press Club of Japan", "the University of Tokyo",
    // "Natural Gas Pipeline Co of America", "United Brotherhood of Carpenters
    // and Joiners of America": a country after "of" and a body's name (its
    // head among the capitalised words before, past "of" and "and") is
    // where that body is, not the state.
    if (!thing && u.has_actor && u.agents.empty() && u.start >= 2 &&
        toks.ids[u.start - 1] == w_.of && toks.capitalized[u.start - 2] &&
        !(k > 0 && out->units[k - 1].end + 1 >= u.start)) {
      static constexpr std::string_view kBodies[] = {
          "CLUB", "UNIVERSITY", "ASSOCIATION", "FEDERATION", "CHAMBER", "INSTITUTE", "SOCIETY",
          "FOUNDATION", "CORPORATION", "CORP", "CO", "COMPANY", "ACADEMY", "COLLEGE", "SCHOOL",
          "HOSPITAL", "MUSEUM", "CHURCH", "CONFEDERATION", "DISTRICT", "ORCHESTRA", "THEATRE",
          "THEATER", "LIBRARY", "ZOO", "CATHEDRAL", "BASILICA", "WORKERS", "STEELWORKERS",
          "AUTOWORKERS", "GUILD", "BROTHERHOOD", "TEAMSTERS"};
      bool country = false;
      for (const std::string& c : u.codes) country = country || (c.size() == 3 && !IsRegionCode(c));
      for (size_t t = u.start - 1; country && !thing && t-- > 0 && u.start - t <= 8;) {
        if (toks.ids[t] == w_.of || toks.ids[t] == w_.and_) continue;
        if (!toks.capitalized[t]) break;
        for (std::string_view b : kBodies) thing = thing || toks.upper[t] == b;
      }
    }
    // "the Uruguay round", "the Tokyo Round", "the Doha round": trade talks
    // named after the place they opened in.
    if (!thing && u.has_actor && u.end < n &&
        (toks.upper[u.end] == "ROUND" || toks.upper[u.end] == "ROUNDS"))
      thing = true;
    // "the Gulf of Oman", "the Sea of Japan", "the Strait of Hormuz": waters.
    if (!thing && u.start >= 2 && toks.ids[u.start - 1] == w_.of && toks.capitalized[u.start - 2]) {
      const std::string& h = toks.upper[u.start - 2];
      thing = h == "GULF" || h == "SEA" || h == "STRAIT" || h == "STRAITS" || h == "BAY" ||
              h == "ISLE" || h == "CAPE";
    }
    // "Qandeel Baloch": an agent word written as a surname after an
    // unknown first name names a person, not the group; so does "Kevin King
    // in Kabul", not Afghanistan's king.
    const bool lone_agent =
        !u.has_actor ? u.end - u.start == 1
                     : u.agent_led && u.start + 1 < n && !toks.capitalized[u.start + 1];
    if (!thing && lone_agent && !toks.tags.empty() && toks.capitalized[u.start] &&
        !(k > 0 && out->units[k - 1].end == u.start) && !IsStateOrganWord(toks.upper[u.start]) && LoneFirstNameBefore(toks, u.start)) {
      thing = true;
      out->other_people.push_back(toks.ids[u.start]);
    }
    // Agent words that name no one here: "almost criminal." (an
    // adjective before no noun), "expressed opposition to" (a stance),
    // "joined forces" (an idiom).
    if (!thing && !u.has_actor && u.end - u.start == 1 && !toks.tags.empty()) {
      const size_t t = u.start;
      const bool noun_after = t + 1 < n && (toks.tags[t + 1].xpos == Xpos::kNN ||
                                            toks.tags[t + 1].xpos == Xpos::kNNS ||
                                            toks.tags[t + 1].xpos == Xpos::kNNP ||
                                            toks.tags[t + 1].xpos == Xpos::kNNPS);
      if (toks.tags[t].xpos == Xpos::kJJ && !noun_after && !toks.capitalized[t]) thing = true;
      if (toks.upper[t] == "OPPOSITION" && t + 1 < n && toks.upper[t + 1] == "TO") thing = true;
      // "labeled Soleimani as a terrorist", "served as a senator": a word
      // said of someone (after "as a" or a verb of naming) is no one else.
      if (t >= 2 && (toks.ids[t - 1] == w_.a || toks.ids[t - 1] == w_.an) &&
          !(t + 1 < n && (toks.tags[t + 1].xpos == Xpos::kNN || toks.tags[t + 1].xpos == Xpos::kNNS))) {
        bool naming = toks.ids[t - 2] == w_.as;
        for (size_t b = t - 1; b-- > 0 && b + 5 > t && !naming;) {
          const std::string& v = toks.upper[b];
          for (std::string_view p : {"LABEL", "DESIGNAT", "BRAND", "DUBB", "DECLAR", "CALLED",
                                     "CALLING", "CALLS", "NAMED", "TERMED", "CONSIDER", "DEEM"})
            naming = naming || v.compare(0, p.size(), p) == 0;
        }
        if (naming) thing = true;
      }
      // "joined forces with Moscow": allied, no armed forces.
      if (toks.upper[t] == "FORCES" && t > 0 && toks.upper[t - 1].compare(0, 4, "JOIN") == 0)
        thing = true;
    }
    // "the Trump impeachment proceedings", "the Obama era", "Kavanaugh
    // Supreme Court confirmation hearings": a name (not a demonym such as
    // "Russian") before a common noun only says which thing.
    bool determined = false;
    if (u.start > 0) {
      const uint32_t p = toks.ids[u.start - 1];
      // ("all 50 U.S. states": a number too.)
      determined = p == w_.the || p == w_.a || p == w_.an || p == w_.this_ || p == w_.its ||
                   p == w_.his || p == w_.her || p == w_.their ||
                   (!toks.tags.empty() && toks.tags[u.start - 1].xpos == Xpos::kCD) ||
                   (toks.capitalized[u.start - 1] && !IsPronounWord(toks.upper[u.start - 1]));
    }
    const bool name_before_noun =
        u.has_actor && u.agents.empty() && !toks.tags.empty() && u.end < n &&
        !toks.capitalized[u.end] && determined &&
        !(u.end - u.start == 1 && IsDemonymLike(toks.upper[u.start]));
    if (!thing && name_before_noun) {
      const Xpos x = toks.tags[u.end].xpos;
      const bool next_unit = k + 1 < out->units.size() && out->units[k + 1].start == u.end;
      // ... but "the Trump campaign", "the Biden team" act for the person.
      // ... nor what acts for its owner ("a U.S. vessel", "the US
      // statement", "a U.S.-led coalition").
      static constexpr std::string_view kPeopleOf[] = {
          "CAMPAIGN", "TEAM", "CAMP", "FAMILY", "ALLIES", "AIDES", "SUPPORTERS", "LAWYERS",
          "ADMINISTRATION", "GOVERNMENT", "CABINET", "SPOKESMAN", "SPOKESWOMAN", "OFFICE",
          "COALITION", "VESSEL", "VESSELS", "SHIP", "SHIPS", "WARSHIP", "WARSHIPS", "PLANE",
          "PLANES", "AIRCRAFT", "JET", "JETS", "DRONE", "DRONES", "TANKER", "CONVOY", "PATROL",
          "STATEMENT", "REPORT", "PROPOSAL", "PLAN", "BASE", "BASES", "OPERATION", "STRIKE",
          "STRIKES", "AIRSTRIKE", "AIRSTRIKES", "OFFENSIVE", "INVASION", "DELEGATION"};
      // The whole run of nouns counts ("the K.U. basketball team").
      bool people = false;
      for (size_t j = u.end; j < n && !people && !toks.capitalized[j] &&
                             (toks.tags[j].xpos == Xpos::kNN || toks.tags[j].xpos == Xpos::kNNS);
           ++j)
        for (std::string_view p : kPeopleOf) people = people || toks.upper[j] == p;
      // (A lower-case word the tagger calls a proper noun is a common one:
      // "U.S. states".)
      thing = !next_unit && !people &&
              (x == Xpos::kNN || x == Xpos::kNNS || x == Xpos::kNNP || x == Xpos::kNNPS);
    }
    // "the Refugees in Towns Project", "the Police Museum", "the Veterans
    // Affairs Act": a capitalised agent word inside a name of a thing.
    if (!thing && !u.has_actor && u.start > 0 && toks.capitalized[u.start] &&
        toks.upper[u.start - 1] != "." && !IsQuoteMark(toks.upper[u.start - 1])) {
      static constexpr std::string_view kHeads[] = {
          "PROJECT", "INSTITUTE", "FOUNDATION", "CENTER", "CENTRE", "MUSEUM", "UNIVERSITY",
          "COLLEGE", "SCHOOL", "PRIZE", "AWARD", "AWARDS", "DAY", "WEEK", "ACT", "LAW", "BILL",
          "STREET", "SQUARE", "BRIDGE", "PARK", "MEMORIAL", "MONUMENT", "HOSPITAL", "FESTIVAL"};
      for (size_t e = u.end; e < n && e < u.end + 4; ++e) {
        const std::string& w = toks.upper[e];
        if (!toks.capitalized[e] && w != "OF" && w != "IN" && w != "FOR" && w != "AND" && w != "ON")
          break;
        bool head = false;
        for (std::string_view h : kHeads) head = head || (toks.capitalized[e] && w == h);
        if (head) { thing = true; break; }
      }
    }
    // "child sexual abuse", "a family cemetery", "a criminal proceeding",
    // "the Hungarian language": a bare agent word (or a demonym before a
    // word for a language or a law) that modifies a common noun names no one, unless
    // the noun is an act of the agent ("rebel attacks") or acts for it.
    if (!thing && !toks.tags.empty() && u.end - u.start == 1 && u.end < n &&
        !toks.capitalized[u.end] && !(k + 1 < out->units.size() && out->units[k + 1].start == u.end)) {
      const std::string& next = toks.upper[u.end];
      size_t j = u.end;  // past adjectives: "child sexual abuse"
      while (j + 1 < n && j < u.end + 2 && toks.tags[j].xpos == Xpos::kJJ && !toks.capitalized[j]) ++j;
      const Xpos x = toks.tags[j].xpos;
      const std::string& head = toks.upper[j];
      std::string_view stem = head;
      if (stem.size() > 3 && stem.back() == 'S') stem.remove_suffix(1);
      // ("consumer demand" is the economy's, no consumers' demand.)
      const bool economy = toks.upper[u.start] == "CONSUMER" && stem == "DEMAND";
      const bool act =
          !economy &&
          (NamesAnAct(stem) || NamesAnAct(head) || stem == "STRIKE" || stem == "BOMBING" ||
                       stem == "CLASH" || stem == "RAID" || stem == "THREAT" || stem == "DEMAND" ||
                       stem == "LEADER" || stem == "GROUP" || stem == "FORCE" || stem == "UNIT" ||
                       stem == "MEMBER" || stem == "OFFICER" || stem == "CHIEF" || stem == "HEAD" ||
                       stem == "SOURCE" || stem == "PROTEST" || stem == "MARCH" || stem == "RALLY" ||
                       stem == "CAMP" || stem == "FIGHTER" || stem == "COMMANDER" || stem == "TROOP" ||
                       stem == "BRUTALITY" || stem == "VIOLENCE" || stem == "MISCONDUCT" ||
                       stem == "CRACKDOWN" || stem == "TACTIC" || stem == "GANG" ||
                       stem == "NETWORK" || stem == "CELL" || stem == "CARTEL" || stem == "RING" ||
                       stem == "SYNDICATE" || stem == "ELEMENT" || stem == "SUSPECT" || stem == "ALLY" ||
                       // ("the official news agency", "an official body": one that speaks for it.)
                       ((toks.upper[u.start] == "OFFICIAL" || toks.upper[u.start] == "STATE") &&
                        (stem == "AGENCY" || stem == "BODY" ||
                         (head == "NEWS" && j + 1 < n && toks.upper[j + 1] == "AGENCY"))));
      // ("a protester yesterday", "the police this morning": a time.)
      const bool time = IsTimeNoun(head);
      if (!u.has_actor && !u.agents.empty() && !toks.capitalized[u.start] &&
          (x == Xpos::kNN || x == Xpos::kNNS) && !toks.capitalized[j] && !act && !time)
        thing = true;
      // ("Thai law forbids": a country's law is a rule, no actor.)
      if (u.has_actor && IsDemonymLike(toks.upper[u.start]) &&
          (next == "LANGUAGE" || next == "TRANSLATION" || next == "CUISINE" || next == "LAW" ||
           next == "LAWS" || next == "CONSTITUTION"))
        thing = true;
    }
    if (!thing) kept.push_back(std::move(u));
  }
  out->units.swap(kept);
  for (const ActorUnit& u : out->units)
    if (u.person && u.has_actor && u.end - u.start >= 2)
      out->full_names.push_back(toks.ids[u.end - 1]);
}

// "Kevin King ... King and Weeks were abducted", "Luz Contreras Arroyo ...
// said Arroyo": once the document has given a surname (or a title word) to
// someone no dictionary knows, a bare mention of it is that person, unless
// the document also names the dictionary's person in full ("Hunter Biden"
// and "Joe Biden": then "Biden" stays the dictionary's). A title word
// before a name ("King Abdullah") or after "the" is still a title.
void Analyzer::DropOtherPeople(const SentenceTokens& toks, const Discourse* discourse,
                               Analysis* out) const {
  const size_t n = toks.size();
  auto listed = [](const std::vector<uint32_t>& v, uint32_t id) {
    return std::find(v.begin(), v.end(), id) != v.end();
  };
  std::vector<ActorUnit> kept;
  for (ActorUnit& u : out->units) {
    bool other = false;
    if (u.end - u.start == 1 && toks.capitalized[u.start] && toks.ids[u.start] != kNoWord) {
      const uint32_t id = toks.ids[u.start];
      other = (listed(out->other_people, id) || (discourse && discourse->OtherPerson(id))) &&
              !listed(out->full_names, id) && !(discourse && discourse->FullName(id));
      bool roles_only = !u.codes.empty();
      for (const std::string& c : u.codes) roles_only = roles_only && c.size() > 3;
      if (other && u.has_actor) other = u.person || roles_only;
      if (other && !u.has_actor)
        other = !(u.end < n && toks.capitalized[u.end]) &&
                !(u.start > 0 && toks.ids[u.start - 1] == w_.the);
    }
    if (!other) kept.push_back(std::move(u));
  }
  out->units.swap(kept);
}

}  // namespace dyad::code
