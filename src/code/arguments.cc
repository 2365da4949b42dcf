#include "code/arguments.h"

#include <string>
#include <vector>

#include "code/location.h"

namespace dyad::code {

// A CAMEO country (or region) prefix: three letters, not a role or group
// prefix such as IGO, NGO, MED.
bool IsCountryPrefix(std::string_view code) {
  if (code.size() < 3 || code.compare(0, 3, "---") == 0) return false;
  static constexpr std::string_view kNotCountries[] = {"IGO", "NGO", "NGM", "IMG", "MNC", "UAF",
                                                       "MED", "GOV", "MIL", "REB", "OPP", "CVL"};
  for (std::string_view n : kNotCountries)
    if (code.compare(0, 3, n) == 0) return false;
  return true;
}

bool IsRegionCode(std::string_view code) {
  static constexpr std::string_view kRegions[] = {
      "AFR", "ASA", "BLK", "CAS", "CAU", "CEU", "CFR", "CRB", "EAF", "EEU", "EIN", "EUR",
      "LAM", "MDT", "MEA", "NAF", "NMR", "PGS", "SAF", "SAM", "SAS", "SCN", "SEA", "WAF",
      "WEU", "WST"};
  if (code.size() < 3) return false;
  for (std::string_view r : kRegions)
    if (code.compare(0, 3, r) == 0) return true;
  return false;
}

// Events that need no target, when a pattern's words (not the bare verb)
// say what happened: claiming or denying responsibility and expressing
// sympathy (015, 016, 018: "claimed responsibility"), force posture (15:
// "strengthened security measures"), and a state's or public body's intent
// to reform (034: "promised to hold new elections") or to yield (035).
// Not other intents, which need the one they are toward: the bare 030
// ("signaled an intent to run"), meeting no one (036), cooperating,
// supporting, mediating or sharing intelligence with no partner (031, 032,
// 037-039: "Kuwait had guaranteed markets for its oil"), aid with no
// recipient (033: "approved a trillion dlr budget", "offering food and
// accommodations", also an international lender's loan; "all three nations
// offered military assistance"): all 13 such events (031, 033) that the
// Wikinews and Reuters-21578 audits judged were wrong. Nor a firm's, a union's or a
// private person's plans ("the companies agreed to begin a joint research
// program", "employers offered a pay rise").
bool OneSidedCode(std::string_view code, bool literal, std::string_view source) {
  if (!literal || code.size() < 3) return false;
  if (code == "015" || code == "016" || code == "018" || code.compare(0, 2, "15") == 0) return true;
  if (code.compare(0, 3, "034") != 0 && code.compare(0, 3, "035") != 0) return false;
  const std::string_view role = source.size() >= 6 ? source.substr(3, 3) : std::string_view();
  return role != "BUS" && role != "LAB" && role != "CVL" && role != "MED" && role != "EDU";
}

std::string PlannedDeedCode(std::string_view deed) {
  if (deed.size() < 3) return "";
  const std::string_view root = deed.substr(0, 2);
  const std::string_view three = deed.substr(0, 3);
  if (three == "161") return "1313";  // reduce or break relations
  if (three == "162") return "1311";  // reduce or stop aid
  if (three == "163") return "1312";  // embargo, boycott, sanctions
  if (root == "16") return "131";
  if (root == "17") return "137";  // threaten with repression
  if (root == "18" || root == "19" || root == "20") return "138";  // military force
  if (root == "07") {  // provide aid -> intent to (0331 economic ... 0334 peacekeepers)
    if (three < "071" || three > "074") return "033";  // (no intent code for asylum, 075)
    return std::string("033") + deed[2];
  }
  if (root == "06") {  // cooperate materially -> intent to (0311 economic ... 0314 intelligence)
    if (three < "061" || three > "064") return "031";
    return std::string("031") + deed[2];
  }
  if (root == "08") {  // yield -> intent to (0351 ... 0356); political reform is 034
    if (three == "083") return "034";
    if (three == "080") return "035";
    const char sub = deed[2];  // 081-087 -> 0351-0356 (082 ease dissent is 0352 too)
    static constexpr char kSub[] = {'0', '1', '2', '0', '3', '4', '5', '6'};
    if (sub >= '1' && sub <= '7' && kSub[sub - '0'] != '0') return std::string("035") + kSub[sub - '0'];
    return "035";
  }
  if (root == "04") return "036";  // meet, visit
  return "";
}

bool SubjectOfNextVerb(const Analysis& a, const code::ActorGroup& g) {
  for (const VerbHit& v : a.verbs)
    if (v.start >= g.end && v.start <= g.end + 2) return true;
  return false;
}

bool ActsOnAThing(const SentenceTokens& toks, const Analysis& a, const VerbHit& v) {
  const Clause* c = a.ClauseOfVerb(v.pos);
  if (!c || !c->object.present() || c->passive) return false;
  const uint32_t b = c->object.begin, h = c->object.head;
  if (b < v.end || b > v.end + 2 || h >= toks.size() || a.group_at[h] >= 0) return false;
  const std::string& head = toks.upper[h];
  static constexpr std::string_view kFights[] = {
      "WAR", "WARS", "BATTLE", "BATTLES", "FIRE", "FIGHT", "FIGHTS", "CLASH", "CLASHES",
      "SKIRMISH", "SKIRMISHES", "BLOWS", "SHOTS", "GUNFIRE", "SALVOS", "ATTACKS", "STRIKES",
      "RAIDS", "ACCUSATIONS", "INSULTS", "THREATS", "BARBS", "AMBASSADORS", "DIPLOMATS",
      "RELATIONS", "TIES", "CONTACTS", "PRISONERS"};
  for (std::string_view f : kFights)
    if (head == f) return false;
  return toks.tags[h].xpos == Xpos::kNN || toks.tags[h].xpos == Xpos::kNNS;
}

bool IsPreposition(uint32_t id, const code::Words& w) {
  return id == w.of || id == w.in || id == w.from || id == w.by || id == w.with || id == w.for_ ||
         id == w.at || id == w.on || id == w.to || id == w.against;
}

// Both codes name one country's state: the country itself, its government,
// military, police or intelligence ("USA", "USAGOVMIL", "USAMIL").
bool StateOrgansOfOneCountry(std::string_view a, std::string_view b) {
  if (a.size() < 3 || b.size() < 3 || a.compare(0, 3, b.substr(0, 3)) != 0) return false;
  auto state = [](std::string_view c) {
    if (!IsCountryPrefix(c)) return false;
    const std::string_view role = c.substr(3, 3);
    return role.empty() || role == "GOV" || role == "MIL" || role == "COP" || role == "SPY";
  };
  return state(a) && state(b);
}

bool IsQuoteMark(std::string_view u) {
  return u == "\"" || u == "\xE2\x80\x9C" || u == "\xE2\x80\x9D" || u == "``" || u == "''";
}

// A quotation opens right after the verb ending at `from` (past a comma or
// a colon: 'said, "', 'wrote: "') and before `to`: what the verb says is a
// direct quote, and the words at `to` are in it.
bool QuoteOpensBetween(const SentenceTokens& toks, size_t from, size_t to) {
  for (size_t i = from; i < to && i < toks.size() && i < from + 2; ++i) {
    if (IsQuoteMark(toks.upper[i])) return true;
    if (toks.upper[i] != "," && toks.upper[i] != ":") return false;
  }
  return false;
}

// "in Wilmington, Delaware", "from Bishkek, Kyrgyzstan": the actor at `at`
// names where a place after in/at/from/near lies.
bool PlaceApposition(const SentenceTokens& toks, const code::Words& w, const Analysis& an,
                     size_t at) {
  if (at < 3 || toks.ids[at - 1] != w.comma) return false;
  // A bare name ("Kyrgyzstan"), not "German firms".
  const int g = an.group_at[at];
  if (g < 0 || an.groups[g].units.size() != 1 || !an.units[an.groups[g].units[0]].agents.empty())
    return false;
  for (size_t k = at - 1; k-- > 0 && at - k <= 5;) {
    if (toks.capitalized[k]) continue;
    const uint32_t id = toks.ids[k];
    return k + 2 < at && (id == w.in || id == w.at || id == w.from || toks.upper[k] == "NEAR");
  }
  return false;
}

bool PlacePreposition(const SentenceTokens& toks, const code::Words& w, size_t at) {
  if (at > 0 && toks.ids[at - 1] == w.the) --at;
  if (at == 0) return false;
  const std::string& p = toks.upper[at - 1];
  if (p == "NEAR" || p == "ALONG" || p == "ACROSS" || p == "AROUND" || p == "THROUGHOUT" ||
      p == "INSIDE" || p == "WITHIN" || p == "NEARBY")
    return true;
  if (at < 2) return false;
  const std::string& b = toks.upper[at - 2];
  // "agreed to a future meet on Crete", "talks on Syria": the venue or the
  // topic of a meeting, not a party to it.
  if (p == "ON")
    return b == "MEET" || b == "MEETING" || b == "MEETINGS" || b == "SUMMIT" || b == "TALKS" ||
           b == "CONFERENCE" || b == "NEGOTIATIONS" || b == "CONSULTATIONS";
  // "the city of Aleppo", "the French territory of Martinique" (but "the
  // state of Montana" is its government).
  // "70 miles south of Los Angeles", "east of Basra": a bearing.
  if (toks.ids[at - 1] == w.of && !toks.capitalized[at - 2])
    return b == "CITY" || b == "TOWN" || b == "VILLAGE" || b == "TERRITORY" || b == "ISLAND" ||
           b == "PROVINCE" || b == "REGION" || b == "DISTRICT" || b == "COUNTY" || b == "PORT" ||
           b == "OUTSKIRTS" || b == "SUBURBS" || b == "CAPITAL" || b == "NORTH" || b == "SOUTH" ||
           b == "EAST" || b == "WEST" || b == "NORTHEAST" || b == "NORTHWEST" ||
           b == "SOUTHEAST" || b == "SOUTHWEST" || b == "NORTH-EAST" || b == "NORTH-WEST" ||
           b == "SOUTH-EAST" || b == "SOUTH-WEST";
  if (toks.ids[at - 1] != w.with) return false;
  return b == "BORDER" || b == "BORDERS" || b == "FRONTIER" || b == "BOUNDARY";
}

bool BeforeABuilding(const SentenceTokens& toks, const code::Words& w, size_t at) {
  if (at > 0 && toks.ids[at - 1] == w.the) --at;
  if (at == 0) return false;
  const std::string& p = toks.upper[at - 1];
  if (p == "OUTSIDE" || p == "OPPOSITE" || p == "BESIDE") return true;
  if (at < 3) return false;
  const std::string& b = toks.upper[at - 2];
  const std::string& c = toks.upper[at - 3];
  return (toks.ids[at - 1] == w.of && b == "FRONT" && c == "IN") ||
         (toks.ids[at - 1] == w.to && b == "NEXT");
}

// Groups a and b (indexes, -1: none) name the same country first.
bool SameCountry(const Analysis& an, int a, int b) {
  if (a < 0 || b < 0) return false;
  const std::string& x = an.units[an.groups[a].units[0]].codes.front();
  const std::string& y = an.units[an.groups[b].units[0]].codes.front();
  return x.size() >= 3 && y.size() >= 3 && x.compare(0, 3, y, 0, 3) == 0 && IsCountryPrefix(x);
}

// Group g (and a group joined to it by a dash) modifies "relations", "ties":
// "Libya-Turkey relations", "US ties".
bool NamesRelations(const SentenceTokens& toks, const Analysis& an, size_t g) {
  auto dash = [&](size_t t) {
    const std::string& d = toks.upper[t];
    return d == "-" || d == "\xE2\x80\x93" || d == "\xE2\x80\x94";
  };
  size_t e = an.groups[g].end;
  bool pair = false;
  if (e + 1 < toks.size() && an.group_at[e] < 0 && an.group_at[e + 1] >= 0 && dash(e)) {
    e = an.groups[static_cast<size_t>(an.group_at[e + 1])].end;
    pair = true;
  }
  // (The second of the pair: "Syrian-Turkish border".)
  const size_t s = an.groups[g].start;
  pair = pair || (s >= 2 && dash(s - 1) && an.group_at[s - 2] >= 0);
  if (e >= toks.size()) return false;
  const std::string& w = toks.upper[e];
  if (w == "RELATIONS" || w == "TIES" || w == "RELATIONSHIP") return true;
  // "along the Syrian-Turkish border": a pair's border is a place.
  return pair && (w == "BORDER" || w == "BORDERS" || w == "FRONTIER" || w == "BOUNDARY");
}

// "a statue of X", "a portrait of X": X is depicted, not acted on.
bool LikenessOf(const SentenceTokens& toks, const code::Words& w, size_t at) {
  if (at < 2 || toks.ids[at - 1] != w.of) return false;
  static constexpr std::string_view kWords[] = {
      "STATUE", "STATUES", "PORTRAIT", "PORTRAITS", "PHOTO", "PHOTOS", "PHOTOGRAPH", "PICTURE",
      "PICTURES", "IMAGE", "IMAGES", "BUST", "MURAL", "PAINTING", "EFFIGY", "BIOGRAPHY", "MEMOIR"};
  for (std::string_view k : kWords)
    if (toks.upper[at - 2] == k) return true;
  return false;
}

// Between "by" and an actor only words that lead up to it ("by the",
// "by members of", "by both"), not another noun ("hit by hurricanes according
// to CNN").
bool OnlyDeterminersBetween(const SentenceTokens& toks, const code::Words& w, size_t from,
                            size_t to) {
  for (size_t t = from; t < to; ++t) {
    const std::string& u = toks.upper[t];
    if (toks.ids[t] == w.the || toks.ids[t] == w.of || toks.ids[t] == w.a || u == "BOTH" ||
        u == "MEMBERS" || u == "LEADERS" || u == "REPRESENTATIVES" || u == "SUPPORTERS" ||
        u == "ALLIES" || u == "ALL" || u == "SOME" || u == "SEVERAL")
      continue;
    if (!toks.tags.empty() && (toks.tags[t].xpos == Xpos::kJJ || toks.tags[t].xpos == Xpos::kCD))
      continue;
    // "by protesting legislators": a participle right before the actor.
    if (!toks.tags.empty() && t + 1 == to && toks.tags[t].xpos == Xpos::kVBG) continue;
    return false;
  }
  return true;
}

// Group b is the bare country of the state organ that group a names
// (USAGOV and "the US"), by its name.
// A demonym ("Thai royals") names the country's people: a domestic target.
bool OwnCountry(const SentenceTokens& toks, const Analysis& an, int a, int b) {
  const code::ActorGroup& gb = an.groups[b];
  if (gb.units.size() != 1) return false;
  const code::ActorUnit& ub = an.units[gb.units[0]];
  if (ub.end - ub.start == 1 && code::IsDemonymLike(toks.upper[ub.start])) return false;
  const std::vector<std::string>& tb = an.units[gb.units[0]].codes;
  if (tb.size() != 1 || tb[0].size() != 3 || !IsCountryPrefix(tb[0])) return false;
  for (size_t u : an.groups[a].units)
    for (const std::string& c : an.units[u].codes)
      if (c.size() > 3 && c.compare(0, 3, tb[0]) == 0 && StateOrgansOfOneCountry(c, tb[0]))
        return true;
  return false;
}

// A finite verb of saying, reporting or thinking that takes a clause.
bool SaysOrThinks(std::string_view u) {
  static constexpr std::string_view kStems[] = {
      "SAID", "SAYS", "SAY", "REPORT", "CLAIM", "STATE", "ANNOUNCE", "ADDED", "ADDS", "ALLEGE",
      "INSIST", "BELIEVE", "THINK", "THOUGHT", "NOTED", "NOTES", "CONFIRM", "ARGUE", "SUGGEST",
      "ACKNOWLEDGE", "ADMIT", "DENIED", "DENIES", "WROTE", "WRITES", "TWEET", "DECLARE",
      "ASSERT", "MAINTAIN", "CONTEND", "CONCLUDE", "FEAR", "HOPE", "EXPECT", "ESTIMATE",
      "TOLD", "TELL", "INFORMED", "ASSURE", "WARN", "REMIND", "WORRY", "WORRIE", "RESPOND",
      "REPLIED", "REPLIES", "EXPLAIN", "STRESS", "EMPHASI", "REMARK",
      "QUIPPED", "COUNTERED", "CAUTION", "PREDICT"};
  for (std::string_view k : kStems)
    if (u.compare(0, k.size(), k) == 0) return true;
  return false;
}

// A source whose role is the media or academia: "BBC" (GBRMED), "a
// professor" (USAEDU), "Reuters" (MED).
bool IsCommentator(std::string_view code) {
  if (code.compare(0, 3, "MED") == 0) return true;
  if (code.size() < 6) return false;
  const std::string_view role = code.substr(3, 3);
  // (also a state's media: "VOA", USAGOVMED)
  return role == "MED" || role == "EDU" || code.substr(code.size() - 3) == "MED";
}

bool IsNewsMedium(std::string_view code) {
  return code.compare(0, 3, "MED") == 0 ||
         (code.size() >= 6 && (code.substr(3, 3) == "MED" || code.substr(code.size() - 3) == "MED"));
}

// Verbs whose complement is put forward, not told as fact: "claimed",
// "alleged", "suggested", "believes", "fears", "suspects".
bool Doubts(std::string_view u) {
  static constexpr std::string_view kStems[] = {"CLAIM", "ALLEGE", "SUGGEST", "BELIEVE",
                                                "THINK", "THOUGHT", "FEAR", "SUSPECT",
                                                "HOPE", "EXPECT", "ESTIMATE", "ARGUE",
                                                "WORRY", "WORRIE"};
  for (std::string_view k : kStems)
    if (u.compare(0, k.size(), k) == 0) return true;
  return false;
}

// The code a plain statement's words make it: "112" when they blame
// someone (responsible, doing, perpetrators, illegal, interfering ...), "111"
// when they disparage (failed, void, disgrace, hoax ...), else null.
const char* StatementTone(const SentenceTokens& toks, size_t from, size_t to) {
  static constexpr std::string_view kBlame[] = {
      "RESPONSIBLE", "DOING", "PERPETRATOR", "PERPETRATORS", "GUILTY", "ILLEGAL", "ILLEGALLY",
      "UNLAWFUL", "UNLAWFULLY", "VIOLATED", "VIOLATING", "VIOLATION", "VIOLATIONS",
      "INTERFERING", "INTERFERENCE", "MEDDLING", "UNDULY", "LIED", "CORRUPT",
      "CORRUPTION", "CRIMES", "CRIMINAL", "FRAUD", "RIGGED", "CHEATED", "STOLE", "STOLEN",
      "ORCHESTRATED", "MASTERMINDED", "WRONGFULLY", "BLAME", "BLAMED"};
  static constexpr std::string_view kScorn[] = {
      "FAILED", "FAILURE", "INCOMPETENT", "DISGRACE", "DISGRACEFUL", "RIDICULOUS", "VOID",
      "GARBAGE", "HOAX", "DISASTER", "DISASTROUS", "SHAMEFUL", "UNACCEPTABLE",
      "IRRESPONSIBLE", "RECKLESS", "ABSURD", "PATHETIC", "HYPOCRITICAL", "NONSENSE",
      "DESTROY", "DESTROYING", "RUIN", "RUINING", "WRECK", "WRECKING", "DANGEROUS"};
  for (size_t i = from; i < to && i < toks.size(); ++i) {
    const std::string& u = toks.upper[i];
    for (std::string_view k : kBlame)
      if (u == k) return "112";
  }
  for (size_t i = from; i < to && i < toks.size(); ++i) {
    const std::string& u = toks.upper[i];
    for (std::string_view k : kScorn)
      if (u == k) return "111";
  }
  return nullptr;
}

// A verb among tokens [from, to): by the tagger, else a dictionary verb.
bool VerbBetween(const SentenceTokens& toks, const Analysis& a, size_t from, size_t to) {
  for (size_t t = from; t < to && t < toks.size(); ++t) {
    if (!toks.tags.empty()) {
      const Xpos x = toks.tags[t].xpos;
      if (x == Xpos::kVB || x == Xpos::kVBD || x == Xpos::kVBG || x == Xpos::kVBN ||
          x == Xpos::kVBP || x == Xpos::kVBZ)
        return true;
    } else {
      for (const VerbHit& v : a.verbs)
        if (v.pos == t && !v.noun_reading) return true;
    }
  }
  return false;
}

bool ReportedVerbBefore(const SentenceTokens& toks, const Analysis& a, const Analyzer& an,
                        size_t from, size_t to) {
  if (toks.tags.empty()) return false;
  auto verbal = [&](size_t t) { return IsVerbTag(toks.tags[t]); };
  for (size_t t = from; t < to && t < toks.size(); ++t) {
    if (!verbal(t) || a.group_at[t] >= 0) continue;
    if (toks.tags[t].xpos != Xpos::kMD && !an.IsAuxiliaryOrAdverb(toks.ids[t], toks.upper[t]))
      return true;
    // An auxiliary or modal: a verb must follow it (past adverbs) to count.
    size_t k = t + 1;
    while (k < to && (toks.tags[k].xpos == Xpos::kRB || toks.upper[k] == "NOT")) ++k;
    if (k < to && verbal(k)) return true;
  }
  return false;
}

bool NotWhatAStatementIsAbout(const SentenceTokens& toks, const code::Words& w, const Analysis& an,
                              const Analyzer& analyzer, const VerbHit& v, std::string_view code,
                              int object, bool complement_subjects) {
  const size_t at = an.groups[static_cast<size_t>(object)].start;
  // Other bare verbs of comment ("worried that pressuring them could
  // reopen", "doubted Mexico would follow Peru's policy"): not about an
  // actor past the reported clause's own verb (but what one admits or
  // denies doing is done to whom it names: "acknowledged it had shot down a
  // Ukrainian jet").
  if (code != "010") {
    if (!complement_subjects || code.size() != 3 || code.compare(0, 2, "01") != 0 ||
        code[2] < '1' || code[2] > '4')
      return false;
    size_t b = v.end;
    if (b < toks.size() && toks.ids[b] == w.that) ++b;
    return ReportedVerbBefore(toks, an, analyzer, b, at);
  }
  // A bare statement verb ("said", "claimed") is addressed to its direct
  // object ("told Reuters", "said to Gondor") or is about an actor the
  // dictionaries name ("said an embargo against Gondor would fail"), not
  // about any noun an agent word matched ("claimed the move was
  // criminal", "said voters don't deserve").
  const code::ActorGroup& g = an.groups[static_cast<size_t>(object)];
  const bool direct = at == v.end || (at == v.end + 1 && toks.ids[v.end] == w.to);
  bool named = true, media = true;
  for (size_t u : g.units) {
    named = named && an.units[u].has_actor && !an.units[u].pronoun && !an.units[u].anaphor;
    for (const std::string& c : an.units[u].codes)
      media = media && (c.compare(0, 3, "MED") == 0 ||
                        (c.size() >= 6 && c.compare(c.size() - 3, 3, "MED") == 0));
  }
  // "told the BBC", "told reporters": an interview is not an event;
  // "said the attack was ...": nor is a remark about an earlier one;
  // nor a name in the words quoted ('said, "Nigeria is Africa's
  // biggest economy"').
  if ((!direct && !named) || media || an.units[g.units[0]].anaphor ||
      QuoteOpensBetween(toks, v.end, at))
    return true;
  if (toks.tags.empty()) return false;
  // "said the 'phony' Harris attacked Biden": the object of a reported
  // clause whose own subject no dictionary knows is not what the
  // statement is about (that subject is).
  size_t b = v.end;
  if (b < at && toks.ids[b] == w.that) ++b;
  size_t verb = at;
  for (size_t t = b; t < at; ++t)
    if (VerbBetween(toks, an, t, t + 1)) { verb = t; break; }
  bool actor_before = false;
  for (size_t t = b; t < verb; ++t)
    actor_before = actor_before || an.group_at[t] >= 0 || toks.tags[t].xpos == Xpos::kPRP;
  // (Not after a copula: "said the crash was likely Iran's doing" is
  // about Iran.)
  if (verb < at && verb > b && !actor_before &&
      !analyzer.IsAuxiliaryOrAdverb(toks.ids[verb], toks.upper[verb]) &&
      toks.tags[verb].xpos != Xpos::kMD)
    return true;
  // "said he was hoping Britain will take more gas", "said it is making a
  // loan to Peugeot": past the reported clause's own verb the actor is part
  // of what is reported, not what the statement is about; only a copula's
  // predicate is. "said in addition to Benin, Cameroon ...": nor an actor
  // in an adverbial phrase of "said" itself.
  return complement_subjects &&
         (ReportedVerbBefore(toks, an, analyzer, b, at) ||
          (at > v.end && toks.ids[v.end] != w.to && toks.ids[v.end] != w.that &&
           IsPreposition(toks.ids[v.end], w) && !CommaBetween(toks, w, v.end, at)));
}

void DropCoveredCodes(std::vector<std::pair<std::string, std::string>>* codes) {
  std::vector<std::pair<std::string, std::string>> kept;
  for (size_t i = 0; i < codes->size(); ++i) {
    const std::string& c = (*codes)[i].first;
    bool covered = false;
    for (size_t j = 0; j < codes->size() && !covered; ++j) {
      const std::string& d = (*codes)[j].first;
      covered = (d.size() > c.size() && d.compare(0, c.size(), c) == 0) || (d == c && j < i);
    }
    if (!covered) kept.push_back((*codes)[i]);
  }
  codes->swap(kept);
}

bool PossessiveInAnotherPhrase(const SentenceTokens& toks, const code::Words& w, const Analysis& an,
                               const VerbHit& v, int object) {
  if (toks.tags.empty() || object < 0) return false;
  const code::ActorGroup& g = an.groups[static_cast<size_t>(object)];
  size_t b = g.start;
  if (b > 1 && (toks.ids[b - 1] == w.the || toks.ids[b - 1] == w.a)) --b;
  return g.end < toks.size() && toks.tags[g.end].xpos == Xpos::kPOS && b > v.end + 1 &&
         IsPreposition(toks.ids[b - 1], w);
}

bool ParticipleWithUnnamedDoer(const SentenceTokens& toks, const Analysis& an, const VerbHit& v) {
  if (toks.tags.empty() || v.start == 0 || v.end >= toks.size()) return false;
  const Xpos before = toks.tags[v.start - 1].xpos;
  return toks.tags[v.pos].xpos == Xpos::kVBN && toks.upper[v.end] == "BY" &&
         an.group_at[v.start - 1] < 0 && (before == Xpos::kNN || before == Xpos::kNNS);
}

bool NothingDone(const SentenceTokens& toks, const VerbHit& v) {
  if (toks.tags.empty() || v.end >= toks.size()) return false;
  const std::string& o = toks.upper[v.end];
  if (o == "NOTHING" || o == "NONE") return true;
  if (o != "NO" || v.end + 1 >= toks.size()) return false;
  const Xpos x = toks.tags[v.end + 1].xpos;
  return x == Xpos::kNN || x == Xpos::kNNS || x == Xpos::kJJ;
}

bool IsFirmCode(std::string_view x) {
  auto role = [&](size_t at) {
    return x.size() >= at + 3 && (x.compare(at, 3, "BUS") == 0 || x.compare(at, 3, "MNC") == 0);
  };
  return role(0) || ((IsCountryPrefix(x) || x.compare(0, 3, "---") == 0) && role(3));
}

bool OwnCountryAlone(std::string_view code, std::string_view source, std::string_view target,
                     std::string_view target_text) {
  return code.compare(0, 2, "13") <= 0 && code.compare(0, 2, "04") != 0 && target.size() == 3 &&
         target != "---" && source.size() > 3 && source.compare(0, 3, target) == 0 &&
         IsStateRole(source.substr(3)) && !NamesAPeople(target_text);
}

std::string CooperationKind(const std::string& code, std::string_view source,
                            std::string_view target, bool commerce) {
  if (code != "050") return code;
  if (target.size() >= 6 && target.compare(3, 3, "MIL") == 0) return "062";
  if (commerce && (IsFirmCode(source) || IsFirmCode(target))) return "061";
  return code;
}

bool OnePerStateTitle(std::string_view u) {
  return u == "PRESIDENT" || u == "PREMIER" || u == "CHANCELLOR" || u == "KING" || u == "QUEEN" ||
         u == "EMIR" || u == "SULTAN" || u == "PRESIDENT-ELECT";
}

int IncludedInACrowd(const SentenceTokens& toks, const Analysis& an, int g) {
  const ActorGroup& grp = an.groups[g];
  for (size_t u : grp.units)
    if (!an.units[u].counted) return -1;
  size_t t = grp.end;
  if (t < toks.size() && toks.upper[t] == ",") ++t;
  if (t < toks.size() && toks.upper[t] == "INCLUDING") {
    ++t;
  } else if (t + 1 < toks.size() && toks.upper[t] == "AMONG" && toks.upper[t + 1] == "THEM") {
    t += 2;
  } else {
    return -1;
  }
  for (size_t k = t; k < toks.size() && k <= t + 3; ++k)
    if (an.group_at[k] >= 0) return an.groups[an.group_at[k]].start == k ? an.group_at[k] : -1;
  return -1;
}

bool ReducedPassive(const SentenceTokens& toks, const code::Words& w, const Analysis& an,
                    const VerbHit& v) {
  if (toks.tags.empty() || toks.tags[v.pos].xpos != Xpos::kVBN || v.start == 0 ||
      v.end + 1 >= toks.size() || an.group_at[v.start - 1] < 0)
    return false;
  // ("farmers worried by the EC tax": a feeling, whose cause is no doer.)
  static constexpr std::string_view kFeelings[] = {
      "WORRIED", "CONCERNED", "ALARMED", "DISAPPOINTED", "PLEASED", "ANGERED", "SURPRISED",
      "ENCOURAGED", "TROUBLED", "DISTURBED", "SHOCKED", "DISMAYED", "SADDENED", "UPSET",
      "OUTRAGED", "ANNOYED", "IRRITATED", "FRUSTRATED", "ANGRY", "HEARTENED", "RELIEVED"};
  for (std::string_view f : kFeelings)
    if (toks.upper[v.pos] == f) return false;
  if (toks.ids[v.end] == w.by) {
    size_t a = v.end + 1;
    if (a + 1 < toks.size() && toks.ids[a] == w.the && an.group_at[a] < 0) ++a;
    return an.group_at[a] >= 0;
  }
  if (toks.ids[v.end] == w.in)
    for (size_t k = v.end + 1; k < toks.size() && k <= v.end + 4; ++k)
      if (toks.upper[k] == "CUSTODY" || toks.upper[k] == "DETENTION") return true;
  return false;
}

bool PlaceOfAnUnknownSubject(const SentenceTokens& toks, const code::Words& w, const Analysis& an,
                             const code::ActorGroup& g) {
  if (g.units.size() != 1) return false;  // ("protests in Hong Kong, police fired": a list)
  size_t b = g.start;
  if (b > 0 && toks.ids[b - 1] == w.the) --b;
  if (b < 2 || (toks.ids[b - 1] != w.in && toks.ids[b - 1] != w.at)) return false;
  const size_t n = b - 2;  // the noun before "in"
  if (an.group_at[n] >= 0) return false;
  const Xpos x = toks.tags[n].xpos;
  // ("A man in Gondor attacked": a person of the place names its country.)
  const std::string& u = toks.upper[n];
  if (u == "MAN" || u == "MEN" || u == "WOMAN" || u == "WOMEN" || u == "PEOPLE" ||
      u == "PERSON" || u == "RESIDENT" || u == "RESIDENTS" || u == "CITIZEN" || u == "CITIZENS" ||
      u == "GUNMAN" || u == "GUNMEN" || u == "BOY" || u == "GIRL" || u == "CHILDREN" || u == "FAMILY")
    return false;
  return (x == Xpos::kNN || x == Xpos::kNNS) && !toks.capitalized[n];
}

bool EndsWithAQuestion(const SentenceTokens& toks) {
  for (size_t i = toks.size(); i-- > 0;) {
    const std::string& w = toks.upper[i];
    if (w == "?") return true;
    if (w != "\"" && w != "'" && w != "''" && w != ")" && w != "]") return false;
  }
  return false;
}

Mood ClauseMood(const SentenceTokens& toks, const code::Words& w, const Analysis& an,
                const VerbHit& v, size_t clause_start, Mood mood) {
  if (mood != Mood::kAsserted) return mood;
  // The clause analysis sees negation and modality the word walk misses
  // ("would sometimes kill", "in order to be ready to receive"); a cue verb
  // that is itself the event ("refused", "offered") keeps its mood.
  if (const Clause* c = an.ClauseOfVerb(v.pos)) {
    const int32_t at = static_cast<int32_t>(v.pos);
    if (c->negated && c->negation_cue != at) return Mood::kNegated;
    if (c->modality != Modality::kNone && c->modal_cue != at) return Mood::kHypothetical;
  }
  if (clause_start == 0) return mood;
  // "would not say whether he supported Court packing", "asked if X had
  // attacked": what "whether" or "if" opens is not told as fact.
  const uint32_t opener = toks.ids[clause_start - 1];
  if (opener == w.whether || opener == w.if_) return Mood::kHypothetical;
  // "rejected allegations that it attacked Ukraine", "criticism that he is
  // caving to Beijing": the content of a claim; "suggested that Beijing
  // resume buying", "urged that Iran stop": what someone wants done.
  if (clause_start > 1 && opener == w.that &&
      (NamesAClaim(toks.upper[clause_start - 2]) || WantsItDone(toks.upper[clause_start - 2])))
    return Mood::kHypothetical;
  return mood;
}

Mood WantedDeedMood(const SentenceTokens& toks, const Analysis& an, const VerbHit& v, Mood mood) {
  // "requested President Trump declare a state of emergency", "demanded
  // Iran release the sailors": a bare verb after the one asked, what
  // someone wants done.
  if (mood != Mood::kAsserted || toks.tags.empty() ||
      (toks.tags[v.pos].xpos != Xpos::kVB && toks.tags[v.pos].xpos != Xpos::kVBP) ||
      v.start == 0 || an.group_at[v.start - 1] < 0)
    return mood;
  size_t g = an.groups[static_cast<size_t>(an.group_at[v.start - 1])].start;
  if (g > 0 && (toks.upper[g - 1] == "THE" || toks.upper[g - 1] == "A")) --g;
  if (g > 0 && WantsItDone(toks.upper[g - 1])) return Mood::kHypothetical;
  return mood;
}

bool WantsItDone(std::string_view u) {
  static constexpr std::string_view kStems[] = {
      "SUGGEST", "URGE", "URGING", "DEMAND", "PROPOS", "RECOMMEND", "INSIST", "REQUEST", "ASKED",
      "ASKING", "ASKS", "PROPOSAL", "ORDERED", "REQUIRE", "STIPULAT", "PREFER", "WISH"};
  for (std::string_view k : kStems)
    if (u.compare(0, k.size(), k) == 0) return true;
  return false;
}

bool NamesAClaim(std::string_view u) {
  std::string_view w = u;
  if (w.size() > 4 && w.back() == 'S') w.remove_suffix(1);
  static constexpr std::string_view kWords[] = {
      "ALLEGATION", "ACCUSATION", "CLAIM", "CHARGE", "REPORT", "RUMOR", "RUMOUR", "SPECULATION",
      "SUGGESTION", "CRITICISM", "FEAR", "CONCERN", "SUSPICION", "ASSERTION", "THEORY",
      "THEORIE", "NOTION", "IDEA", "PROSPECT", "POSSIBILITY", "HOPE", "WORRIE", "WORRY",
      "CONSPIRACY", "CONTENTION", "PERCEPTION", "BELIEF", "ASSUMPTION", "INSINUATION"};
  for (std::string_view k : kWords)
    if (k == w) return true;
  return false;
}

bool IsStateRole(std::string_view role) {
  const std::string_view r = role.substr(0, 3);
  return r == "GOV" || r == "MIL" || r == "COP" || r == "SPY" || r == "LEG" || r == "JUD";
}

bool NamesAPeople(std::string_view text) {
  std::string w = UpperForm(LastWord(text));
  // ("the king considered it inappropriate for Thai royals": the demonym
  // alone stands for its people too.)
  if (IsDemonymLike(w)) return true;
  if (w.size() < 4 || w.back() != 'S') return false;
  w.pop_back();
  return IsDemonymLike(w) || w == "TURK" || w == "KURD" || w == "ARAB" || w == "JEW" ||
         w == "DANE" || w == "SWEDE" || w == "POLE" || w == "FINN" || w == "SCOT" ||
         w == "SERB" || w == "CROAT" || w == "CZECH" || w == "UZBEK" || w == "KAZAKH";
}

bool CommaBetween(const SentenceTokens& toks, const code::Words& w, size_t from, size_t to) {
  for (size_t t = from; t < to && t < toks.size(); ++t)
    if (toks.ids[t] == w.comma) return true;
  return false;
}

// Verb `v`, read as a noun, follows an actor right away and its clause has
// no verb by the tagger: "Estonia act on a resolution with Libya".
bool VerblessClauseAfterActor(const SentenceTokens& toks, const Analysis& a, const VerbHit& v) {
  if (toks.tags.empty() || v.start == 0 || a.group_at[v.start - 1] < 0) return false;
  size_t b = v.start, e = v.end;
  while (b > 0 && !a.clause_break[b - 1] && !a.clause_break[b]) --b;
  while (e < toks.size() && !a.clause_break[e]) ++e;
  for (size_t t = b; t < e; ++t) {
    const Xpos x = toks.tags[t].xpos;
    if (x == Xpos::kVB || x == Xpos::kVBD || x == Xpos::kVBG || x == Xpos::kVBN ||
        x == Xpos::kVBP || x == Xpos::kVBZ || x == Xpos::kMD)
      return false;
  }
  return true;
}

std::string_view LastWord(std::string_view text) {
  const size_t space = text.find_last_of(' ');
  return space == std::string_view::npos ? text : text.substr(space + 1);
}

bool NonActorSubject(const SentenceTokens& toks, const Analysis& a, size_t from, size_t to) {
  if (toks.tags.empty() || from >= to) return false;
  // "at least 71 people", "more than 20 soldiers", "nearly 300 people": a
  // quantity's words first.
  if (from + 2 < to) {
    const std::string& q = toks.upper[from];
    const std::string& r = toks.upper[from + 1];
    if ((q == "AT" && (r == "LEAST" || r == "MOST")) ||
        ((q == "MORE" || q == "LESS" || q == "FEWER") && r == "THAN") || (q == "UP" && r == "TO"))
      from += 2;
    else if (q == "ABOUT" || q == "AROUND" || q == "NEARLY" || q == "ALMOST" || q == "OVER" ||
             q == "APPROXIMATELY" || q == "ROUGHLY" || q == "SOME")
      from += 1;
  }
  if (to - from > 6) return false;
  const Xpos first = toks.tags[from].xpos;
  if (first != Xpos::kDT && first != Xpos::kNN && first != Xpos::kNNS && first != Xpos::kJJ &&
      first != Xpos::kCD)
    return false;
  bool noun = false;
  for (size_t t = from; t < to; ++t) {
    if (a.group_at[t] >= 0) return false;
    const Xpos x = toks.tags[t].xpos;
    const std::string& u = toks.upper[t];
    if (u == "COUNTRY" || u == "NATION" || u == "STATE" || u == "KINGDOM" || u == "REPUBLIC" ||
        u == "REGIME" || u == "SIDE" || u == "GROUP" || u == "MOVEMENT" || u == "PARTY")
      return false;
    if (x == Xpos::kNN || x == Xpos::kNNS) noun = true;
    else if (x == Xpos::kDT || x == Xpos::kJJ || x == Xpos::kCD || x == Xpos::kMD ||
             x == Xpos::kRB)
      continue;
    else if (u == "WAS" || u == "WERE" || u == "IS" || u == "ARE" || u == "HAS" || u == "HAVE" ||
             u == "HAD" || u == "BEEN" || u == "BE" || IsQuoteMark(u))  // ('has "condemned')
      continue;
    else
      return false;
  }
  return noun;
}

bool ReducedRelative(const SentenceTokens& toks, const Analysis& a, const VerbHit& v) {
  if (toks.tags.empty() || v.start == 0) return false;
  // Only a past participle followed by its preposition ("accused of"):
  // after a plural noun a past tense is often tagged as one ("helmets
  // gathered around"), and an -ing form after a noun may be the subject's
  // ("posted a message on Twitter blaming Iran").
  const Xpos vx = toks.tags[v.pos].xpos;
  // (Not "surrounded by protesters": a passive whose doer is named.)
  if ((vx != Xpos::kVBN && vx != Xpos::kVBD) || v.end >= toks.size() ||
      (toks.tags[v.end].xpos != Xpos::kIN && toks.tags[v.end].xpos != Xpos::kTO) ||
      toks.upper[v.end] == "BY")
    return false;
  const size_t before = v.start - 1;
  const Xpos b = toks.tags[before].xpos;
  const std::string& u = toks.upper[before];
  if (!(a.group_at[before] >= 0 || b == Xpos::kNN || b == Xpos::kNNS || u == "ANYONE" ||
        u == "ANYBODY" || u == "SOMEONE" || u == "SOMEBODY" || u == "THOSE"))
    return false;
  // "deals the administration brokered between ...": after an actor, or
  // read as a past tense, the verb may be a relative clause's own; only
  // after a preposition's object ("with some delegates pledged to") is it
  // surely a participle.
  const int g = a.group_at[before];
  if (vx == Xpos::kVBD || g >= 0) {
    size_t s = g >= 0 ? a.groups[static_cast<size_t>(g)].start : before;
    while (s > 0 && (toks.tags[s - 1].xpos == Xpos::kDT || toks.tags[s - 1].xpos == Xpos::kJJ ||
                     toks.tags[s - 1].xpos == Xpos::kCD))
      --s;
    if (s == 0 || toks.tags[s - 1].xpos != Xpos::kIN) return false;
  }
  // The clause has its main verb before ("extradite anyone accused of"); a
  // participle with none before it is that verb ("helmets gathered around").
  // A past form the tagger read as a past tense ("nominated with some
  // delegates pledged to Sanders") is a participle too, unless the verb
  // before is one of saying, whose complement has a subject and verb of
  // its own ("said the delegates voted for"), or "and" is between.
  for (size_t t = before; t-- > 0 && !a.clause_break[t];) {
    const Xpos x = toks.tags[t].xpos;
    if (vx == Xpos::kVBD && (toks.upper[t] == "AND" || toks.upper[t] == "OR" || toks.upper[t] == ","))
      return false;
    if (x == Xpos::kVB || x == Xpos::kVBD || x == Xpos::kVBZ || x == Xpos::kVBP)
      return vx == Xpos::kVBN || !SaysOrThinks(toks.upper[t]);
  }
  return false;
}

void MarkPrivatePersons(const SentenceTokens& toks, Analysis* an) {
  static constexpr std::string_view kPersons[] = {
      "MAN", "MEN", "WOMAN", "WOMEN", "RESIDENT", "RESIDENTS", "NATIVE", "NATIVES", "TEEN",
      "TEENS", "TEENAGER", "TEENAGERS", "BOY", "BOYS", "GIRL", "GIRLS", "COUPLE", "FAMILY",
      "FAMILIES", "TOURIST", "TOURISTS", "NATIONAL", "NATIONALS"};
  const size_t n = toks.size();
  auto is_person_noun = [&](std::string_view w) {
    for (std::string_view p : kPersons)
      if (w == p) return true;
    return false;
  };
  auto states_only = [](const code::ActorUnit& u) {
    bool states = !u.codes.empty();
    for (const std::string& c : u.codes)
      states = states && c.size() == 3 && IsCountryPrefix(c) && !IsRegionCode(c);
    return states;
  };
  // "a man from Canada", "Bruce McArthur, from Toronto, Canada,": where a
  // private person comes from.
  for (code::ActorUnit& u : an->units) {
    if (!u.has_actor || !u.agents.empty() || u.person || u.pronoun || u.anaphor || !states_only(u))
      continue;
    size_t k = u.start;
    // Past a city no dictionary knows: "from Toronto, Canada".
    if (k >= 2 && toks.upper[k - 1] == ",") {
      size_t c = k - 1;
      if (an->group_at[c - 1] >= 0) {
        c = an->groups[static_cast<size_t>(an->group_at[c - 1])].start;  // a city a dictionary knows
      } else {
        while (c > 0 && toks.capitalized[c - 1] && an->group_at[c - 1] < 0 && k - c < 5) --c;
      }
      if (c < k - 1) k = c;
    }
    if (k < 2 || toks.upper[k - 1] != "FROM") continue;
    const size_t b = k - 2;  // the word before "from"
    bool person = is_person_noun(toks.upper[b]);
    // An unknown person's name before it: "Bruce McArthur, from".
    if (!person && toks.upper[b] == "," && b >= 2 && an->group_at[b - 1] < 0 &&
        toks.capitalized[b - 1] && toks.capitalized[b - 2] && an->group_at[b - 2] < 0 &&
        !toks.tags.empty() && toks.tags[b - 1].xpos == Xpos::kNNP && toks.tags[b - 2].xpos == Xpos::kNNP)
      person = true;
    if (!person) continue;
    for (std::string& c : u.codes) c += "CVL";
    u.agents = "CVL";
  }
  for (size_t k = 0; k < an->units.size(); ++k) {
    code::ActorUnit& u = an->units[k];
    if (!u.has_actor || !u.agents.empty() || u.person || u.pronoun || u.anaphor || u.end >= n ||
        toks.capitalized[u.end] || (k + 1 < an->units.size() && an->units[k + 1].start == u.end))
      continue;
    if (!is_person_noun(toks.upper[u.end]) || !states_only(u)) continue;
    for (std::string& c : u.codes) c += "CVL";
    u.agents = "CVL";
    u.end += 1;
    for (code::ActorGroup& g : an->groups)
      if (g.end == u.end - 1 && g.start <= u.start) {
        g.end = u.end;
        an->group_at[u.end - 1] = an->group_at[u.start];
      }
  }
}

bool UnknownNameBeforeVerb(const SentenceTokens& toks, const code::Words& w, const Analysis& a,
                           const Analyzer& analyzer, const VerbHit& v, int subject,
                           bool common_nouns) {
  if (toks.tags.empty()) return false;
  size_t k = v.start;
  while (k > 0 && (toks.tags[k - 1].xpos == Xpos::kRB || toks.tags[k - 1].xpos == Xpos::kMD ||
                   analyzer.IsAuxiliaryOrAdverb(toks.ids[k - 1], toks.upper[k - 1])))
    --k;
  if (k == 0 || k - 1 < a.groups[subject].end || a.group_at[k - 1] >= 0 || IsTimeWord(toks.upper[k - 1]))
    return false;
  const Xpos head = toks.tags[k - 1].xpos;
  const bool name = toks.capitalized[k - 1] && (head == Xpos::kNNP || head == Xpos::kNNPS);
  // "..., and both independent analysts and sources in the camp told": a
  // common noun right before a finite verb heads its subject too (not a
  // time: "Iran last week accused", "on Monday evening said").
  const std::string& u = toks.upper[k - 1];
  const bool time = IsTimeNoun(u);
  const Xpos vx = toks.tags[v.pos].xpos;
  const bool finite = vx == Xpos::kVBD || vx == Xpos::kVBZ || vx == Xpos::kVBP || k < v.start;
  const bool noun = common_nouns && !toks.capitalized[k - 1] &&
                    (head == Xpos::kNN || head == Xpos::kNNS) && !time && finite;
  if (!name && !noun) return false;
  for (const DateMention& d : a.dates)
    if (d.start < k && k <= d.end) return false;
  // ... not the name that follows an actor and its title ("Prime Minister
  // Hubert Minnis urged", "AU trade commissioner Albert Muchanga announced",
  // "the United States Department of Transportation announced"): there the
  // noun phrase reaches the subject.
  size_t r = k - 1;
  while (r > 0 && a.group_at[r - 1] < 0) {
    const Xpos x = toks.tags[r - 1].xpos;
    // ("the Manhattan district attorney's office", "Trump and his supporters",
    // "Catholic bishops from around the world")
    if (x != Xpos::kNNP && x != Xpos::kNNPS && x != Xpos::kNN && x != Xpos::kNNS &&
        x != Xpos::kJJ && x != Xpos::kCC && x != Xpos::kDT && toks.ids[r - 1] != w.of &&
        (!noun || (x != Xpos::kPOS && x != Xpos::kPRPS && x != Xpos::kIN)))
      break;
    --r;
  }
  return r == 0 || a.group_at[r - 1] < 0;
}

}  // namespace dyad::code
