#include "code/coref.h"

#include <algorithm>
#include <string_view>
#include <utility>

#include "code/arguments.h"

namespace dyad::code {

namespace {

enum class Kind { kNone, kPerson, kThing, kPlural };

Kind PronounKind(std::string_view u) {
  if (u == "HE" || u == "SHE" || u == "HIM") return Kind::kPerson;
  if (u == "IT") return Kind::kThing;
  if (u == "THEY" || u == "THEM") return Kind::kPlural;
  return Kind::kNone;
}

bool Fits(Kind k, bool person, bool plural) {
  switch (k) {
    case Kind::kPerson: return person && !plural;
    case Kind::kThing: return !person && !plural;
    case Kind::kPlural: return plural;
    case Kind::kNone: return false;
  }
  return false;
}

// "It is", "it was", "it seems": "it" without a referent.
bool ExpletiveIt(const SentenceTokens& toks, const Words& w, size_t i) {
  if (i + 1 >= toks.size()) return true;
  const uint32_t next = toks.ids[i + 1];
  if (next == w.is || next == w.was || next == w.be || next == w.s_clitic) return true;
  const std::string& u = toks.upper[i + 1];
  return u == "SEEMS" || u == "SEEMED" || u == "APPEARS" || u == "APPEARED" || u == "REMAINS" ||
         u == "REMAINED" || u == "TAKES" || u == "TOOK" || u == "MEANS" || u == "MATTERS";
}

// A verb (or modal) within two words after i, past adverbs: "he said", "it
// would", "they have also". Without tags: a lower-case word ending in -ED
// or -S, or a modal or auxiliary.
bool VerbFollows(const SentenceTokens& toks, size_t i) {
  for (size_t k = i + 1; k < toks.size() && k <= i + 3; ++k) {
    if (!toks.tags.empty()) {
      const Xpos x = toks.tags[k].xpos;
      if (x == Xpos::kMD || x == Xpos::kVBD || x == Xpos::kVBZ || x == Xpos::kVBP) return true;
      if (x != Xpos::kRB && x != Xpos::kRBR && x != Xpos::kRBS) return false;
      continue;
    }
    const std::string& u = toks.upper[k];
    if (u.size() > 2 && u.compare(u.size() - 2, 2, "LY") == 0) continue;
    return !toks.capitalized[k] && u.size() > 2 &&
           (u.compare(u.size() - 2, 2, "ED") == 0 || u.back() == 'S' || u == "WILL" ||
            u == "WOULD" || u == "COULD" || u == "MAY" || u == "MIGHT" || u == "CAN");
  }
  return false;
}

// "the two countries", "both sides": its length in words, else 0.
size_t PairDescription(const SentenceTokens& toks, const Words& w, size_t i) {
  auto noun = [&](size_t k) {
    if (k >= toks.size()) return false;
    const std::string_view u = toks.upper[k];
    return u == "COUNTRIES" || u == "NATIONS" || u == "SIDES" || u == "GOVERNMENTS" ||
           u == "LEADERS" || u == "NEIGHBOURS" || u == "NEIGHBORS" || u == "STATES";
  };
  if (toks.ids[i] == w.the && i + 2 < toks.size() && std::string_view(toks.upper[i + 1]) == "TWO" &&
      noun(i + 2))
    return 3;
  if (std::string_view(toks.upper[i]) == "BOTH" && noun(i + 1)) return 2;
  return 0;
}

// Kinds of events a definite description points back to ("the attack").
enum class EventNoun { kNone, kForce, kCrackdown, kClaim, kRequest, kMeasure, kInquiry };

EventNoun EventNounKind(std::string_view u) {
  struct Entry { std::string_view word; EventNoun kind; };
  static constexpr Entry kNouns[] = {
      {"ATTACK", EventNoun::kForce}, {"ATTACKS", EventNoun::kForce},
      {"STRIKE", EventNoun::kForce}, {"STRIKES", EventNoun::kForce},
      {"AIRSTRIKE", EventNoun::kForce}, {"AIRSTRIKES", EventNoun::kForce},
      {"BOMBING", EventNoun::kForce}, {"BOMBINGS", EventNoun::kForce},
      {"RAID", EventNoun::kForce}, {"RAIDS", EventNoun::kForce},
      {"ASSAULT", EventNoun::kForce}, {"OFFENSIVE", EventNoun::kForce},
      {"OPERATION", EventNoun::kForce}, {"INCURSION", EventNoun::kForce},
      {"INVASION", EventNoun::kForce}, {"SHELLING", EventNoun::kForce},
      {"KILLING", EventNoun::kForce}, {"KILLINGS", EventNoun::kForce},
      {"ASSASSINATION", EventNoun::kForce}, {"AMBUSH", EventNoun::kForce},
      {"MASSACRE", EventNoun::kForce}, {"BOMBARDMENT", EventNoun::kForce},
      {"CRACKDOWN", EventNoun::kCrackdown},
      {"ACCUSATION", EventNoun::kClaim}, {"ACCUSATIONS", EventNoun::kClaim},
      {"ALLEGATION", EventNoun::kClaim}, {"ALLEGATIONS", EventNoun::kClaim},
      {"CLAIM", EventNoun::kClaim}, {"CLAIMS", EventNoun::kClaim},
      {"CRITICISM", EventNoun::kClaim}, {"REMARKS", EventNoun::kClaim},
      {"COMMENTS", EventNoun::kClaim}, {"STATEMENT", EventNoun::kClaim},
      {"STATEMENTS", EventNoun::kClaim}, {"DECLARATION", EventNoun::kClaim},
      {"CONCLUSIONS", EventNoun::kClaim}, {"ANNOUNCEMENT", EventNoun::kClaim},
      {"REQUEST", EventNoun::kRequest}, {"REQUESTS", EventNoun::kRequest},
      {"CALL", EventNoun::kRequest}, {"CALLS", EventNoun::kRequest},
      {"APPEAL", EventNoun::kRequest}, {"DEMAND", EventNoun::kRequest},
      {"DEMANDS", EventNoun::kRequest}, {"PROPOSAL", EventNoun::kRequest},
      {"PLEA", EventNoun::kRequest}, {"INVITATION", EventNoun::kRequest},
      {"OFFER", EventNoun::kRequest}, {"ULTIMATUM", EventNoun::kRequest},
      {"SANCTIONS", EventNoun::kMeasure}, {"EMBARGO", EventNoun::kMeasure},
      {"BAN", EventNoun::kMeasure}, {"RESTRICTIONS", EventNoun::kMeasure},
      {"EXPULSION", EventNoun::kMeasure}, {"EXPULSIONS", EventNoun::kMeasure},
      {"INVESTIGATION", EventNoun::kInquiry}, {"PROBE", EventNoun::kInquiry},
      {"INQUIRY", EventNoun::kInquiry},
  };
  for (const Entry& e : kNouns)
    if (e.word == u) return e.kind;
  return EventNoun::kNone;
}

// `before`: the countries named earlier in the sentence (a claim is answered
// by the one it was about: "Iran denied the accusation").
const PastEvent* FindEventOfKind(const Discourse& d, EventNoun kind,
                                 const std::vector<std::string>& before) {
  switch (kind) {
    case EventNoun::kForce: return d.FindEvent({"18", "19", "20"});
    case EventNoun::kCrackdown: return d.FindEvent({"17", "18", "19"});
    case EventNoun::kClaim: return before.empty() ? nullptr : d.FindEvent({"01", "11", "12"}, before);
    case EventNoun::kRequest: return d.FindEvent({"02", "03", "04", "10", "13"});
    case EventNoun::kMeasure: return d.FindEvent({"16", "17"});
    case EventNoun::kInquiry: return d.FindEvent({"09"});
    case EventNoun::kNone: return nullptr;
  }
  return nullptr;
}

// Persons a definite description names by their deed ("the gunman") or by
// the charge against them ("the suspect").
enum class PersonNoun { kNone, kDoer, kAccused };

PersonNoun PersonNounKind(std::string_view u, bool* plural) {
  struct Entry { std::string_view word; PersonNoun kind; bool plural; };
  static constexpr Entry kNouns[] = {
      {"ATTACKER", PersonNoun::kDoer, false},    {"ATTACKERS", PersonNoun::kDoer, true},
      {"ASSAILANT", PersonNoun::kDoer, false},   {"ASSAILANTS", PersonNoun::kDoer, true},
      {"GUNMAN", PersonNoun::kDoer, false},      {"GUNMEN", PersonNoun::kDoer, true},
      {"SHOOTER", PersonNoun::kDoer, false},     {"PERPETRATOR", PersonNoun::kDoer, false},
      {"PERPETRATORS", PersonNoun::kDoer, true}, {"HIJACKER", PersonNoun::kDoer, false},
      {"HIJACKERS", PersonNoun::kDoer, true},    {"KIDNAPPER", PersonNoun::kDoer, false},
      {"KIDNAPPERS", PersonNoun::kDoer, true},   {"ACCUSED", PersonNoun::kAccused, false},
      {"SUSPECT", PersonNoun::kAccused, false},  {"SUSPECTS", PersonNoun::kAccused, true},
      {"DEFENDANT", PersonNoun::kAccused, false}, {"DEFENDANTS", PersonNoun::kAccused, true},
  };
  for (const Entry& e : kNouns)
    if (e.word == u) {
      *plural = e.plural;
      return e.kind;
    }
  return PersonNoun::kNone;
}

// "the accused", "the gunmen": a definite description of a person by deed
// or charge starting at i; its length (2) and kind, or 0 when none. Not a
// modifier ("the suspect vehicle") nor one that names its own victim or
// deed ("the killers of Khashoggi", "the perpetrators of honour killings").
size_t PersonDescription(const SentenceTokens& toks, const Words& w, size_t i, PersonNoun* kind,
                         bool* plural) {
  if (toks.ids[i] != w.the || i + 1 >= toks.size()) return 0;
  const PersonNoun k = PersonNounKind(toks.upper[i + 1], plural);
  if (k == PersonNoun::kNone) return 0;
  if (!toks.tags.empty()) {
    const Xpos x = toks.tags[i + 1].xpos;
    if (x != Xpos::kNN && x != Xpos::kNNS) return 0;
  }
  if (i + 2 < toks.size()) {
    if (toks.ids[i + 2] == w.of) return 0;
    if (!toks.tags.empty()) {
      const Xpos y = toks.tags[i + 2].xpos;
      if (y == Xpos::kNN || y == Xpos::kNNS || y == Xpos::kNNP || y == Xpos::kNNPS) return 0;
    }
  }
  *kind = k;
  return 2;
}

// Words before "the attack" that make it a time or a place ("after the
// attack", "died in the attack"), not something acted on.
bool TimeOrPlaceWord(std::string_view u) {
  static constexpr std::string_view kWords[] = {
      "IN", "DURING", "AFTER", "BEFORE", "SINCE", "FOLLOWING", "UNTIL", "AMID", "AMIDST",
      "THROUGH", "AT", "FROM", "BY", "WITH", "DESPITE", "OF", "AS", "LIKE", "WHEN"};
  for (std::string_view w : kWords)
    if (w == u) return true;
  return false;
}

// "the attack", "the deadly air strike", "these allegations": the length of
// a definite description of an event starting at i (a determiner, up to
// three lower-case modifiers, the event noun), and its kind; 0 when none.
size_t EventDescription(const SentenceTokens& toks, const Words& w, size_t i, EventNoun* kind) {
  const std::string_view d = toks.upper[i];
  if (toks.ids[i] != w.the && d != "THIS" && d != "THESE" && d != "THOSE") return 0;
  if (i > 0 && TimeOrPlaceWord(toks.upper[i - 1])) return 0;
  for (size_t k = i + 1; k < toks.size() && k <= i + 4; ++k) {
    const EventNoun e = EventNounKind(toks.upper[k]);
    if (e != EventNoun::kNone) {
      if (!toks.tags.empty()) {
        const Xpos x = toks.tags[k].xpos;
        if (x != Xpos::kNN && x != Xpos::kNNS) return 0;
        // "the strike force", "the call centre": a modifier, not the head.
        if (k + 1 < toks.size()) {
          const Xpos y = toks.tags[k + 1].xpos;
          if (y == Xpos::kNN || y == Xpos::kNNS || y == Xpos::kNNP || y == Xpos::kNNPS) return 0;
        }
      }
      // "the attack by X", "the request from X": it names its own doer.
      if (k + 1 < toks.size() && (toks.ids[k + 1] == w.by || toks.ids[k + 1] == w.from)) return 0;
      *kind = e;
      return k + 1 - i;
    }
    // Modifiers: lower-case words ("deadly", "air", "impeachment").
    if (toks.capitalized[k]) return 0;
    const std::string& u = toks.upper[k];
    for (char c : u)
      if (!((c >= 'A' && c <= 'Z') || c == '-')) return 0;
  }
  return 0;
}

}  // namespace

bool IsPronounWord(std::string_view upper) { return PronounKind(upper) != Kind::kNone; }

// A fire, storm, quake, blast, crash or outbreak: a cause of death and
// damage that is no actor.
bool IsDisasterNoun(std::string_view u) {
  static constexpr std::string_view kWords[] = {
      "FIRE", "BLAZE", "WILDFIRE", "STORM", "TYPHOON", "HURRICANE", "CYCLONE", "TORNADO",
      "EARTHQUAKE", "QUAKE", "FLOOD", "FLOODING", "TSUNAMI", "LANDSLIDE", "MUDSLIDE",
      "AVALANCHE", "ERUPTION", "DROUGHT", "HEATWAVE", "EXPLOSION", "BLAST", "CRASH",
      "COLLISION", "ACCIDENT", "DERAILMENT", "COLLAPSE", "VIRUS", "DISEASE", "OUTBREAK",
      "EPIDEMIC", "PANDEMIC", "STAMPEDE"};
  for (std::string_view w : kWords)
    if (w == u) return true;
  return false;
}

namespace {
bool IsArticleWord(std::string_view u) { return u == "A" || u == "AN" || u == "THE"; }
}  // namespace

bool OpensWithADisaster(const SentenceTokens& toks) {
  if (toks.size() < 3 || !IsArticleWord(toks.upper[0])) return false;
  for (size_t k = 1; k < toks.size() && k <= 4; ++k)
    if (IsDisasterNoun(toks.upper[k])) return true;
  return false;
}

void Discourse::EndSentence(const Analysis& a, const std::vector<CodedEvent>& events,
                            const SentenceTokens* toks) {
  for (uint32_t w : a.other_people)
    if (!OtherPerson(w) && other_people_.size() < kMaxNames) other_people_.push_back(w);
  for (uint32_t w : a.full_names)
    if (!FullName(w) && full_names_.size() < kMaxNames) full_names_.push_back(w);
  for (const CodedEvent& e : events) {
    if (e.mood != Mood::kAsserted || e.source.empty() || e.source.compare(0, 3, "---") == 0)
      continue;
    PastEvent p;
    p.source = e.source;
    if (e.target.compare(0, 3, "---") != 0) p.target = e.target;
    p.code = e.code;
    p.sentence = sentence_;
    for (const ActorUnit& u : a.units)
      if (std::find(u.codes.begin(), u.codes.end(), e.source) != u.codes.end()) {
        p.person = u.person;
        break;
      }
    events_.push_back(std::move(p));
  }
  if (events_.size() > kMaxEvents)
    events_.erase(events_.begin(), events_.end() - static_cast<std::ptrdiff_t>(kMaxEvents));
  // Persons a dictionary knows, named with two or more words: their last
  // word alone names them later in the document.
  if (toks)
    for (const ActorUnit& u : a.units) {
      if (!u.has_actor || !u.person || u.pronoun || u.anaphor || u.end - u.start < 2 ||
          u.end > toks->size() || u.codes.empty())
        continue;
      const uint32_t last = toks->ids[u.end - 1];
      if (last == kNoWord || !toks->capitalized[u.end - 1]) continue;
      surnames_.emplace_back(last, u.codes);
      if (surnames_.size() > kMaxNames) surnames_.erase(surnames_.begin());
    }
  for (const IntroducedName& x : a.introduced) {
    introduced_.push_back(x);
    if (introduced_.size() > kMaxNames) introduced_.erase(introduced_.begin());
  }
  for (const std::vector<std::string>& r : a.name_runs)
    if (name_runs_.size() < kMaxNames &&
        std::find(name_runs_.begin(), name_runs_.end(), r) == name_runs_.end())
      name_runs_.push_back(r);
  for (const ActorUnit& u : a.units) {
    if (!u.has_actor || u.pronoun || u.anaphor) continue;
    first_actor_.clear();
    for (const std::string& c : u.codes) {
      const size_t n = u.agents.size();
      const bool suffix = n > 0 && c.size() > n && c.compare(c.size() - n, n, u.agents) == 0;
      first_actor_.push_back(suffix ? c.substr(0, c.size() - n) : c);
    }
    break;
  }
  for (const ActorGroup& g : a.groups) {
    if (a.units[g.units[0]].anaphor) continue;  // "the attack" names no one new
    Referent r;
    r.sentence = sentence_;
    r.subject = &g == &a.groups.front();
    if (g.units.size() > 1) {
      r.plural = true;
      for (size_t u : g.units)
        for (const std::string& c : a.units[u].codes) r.codes.push_back(c);
    } else {
      const ActorUnit& u = a.units[g.units[0]];
      r.codes = u.codes;
      r.person = u.person;
      r.plural = u.plural;
      if ((!u.agents.empty() || !u.has_actor) && u.end > u.start && u.end <= a.words.size())
        r.head = UpperForm(a.words[u.end - 1]);
      // "President Trump" is "the president" later on.
      if (u.person && u.end > u.start && u.end <= a.words.size()) {
        std::string first = UpperForm(a.words[u.start]);
        if (OnePerStateTitle(first)) {
          r.head = std::move(first);
        } else {
          // "Foreign Secretary Marcelo Ebrard" is "the foreign minister" later on.
          for (size_t t = u.start; t < u.end; ++t) {
            std::string w = UpperForm(a.words[t]);
            if (w == "MINISTER" || w == "SECRETARY" || w == "AMBASSADOR" || w == "GOVERNOR" ||
                w == "MAYOR" || w == "CHANCELLOR" || w == "SPOKESMAN" || w == "SPOKESWOMAN" ||
                w == "SPOKESPERSON" || w == "ENVOY")
              r.head = std::move(w);
          }
        }
      }
    }
    if (r.codes.empty()) continue;
    recent_.push_back(std::move(r));
  }
  // "Kanye West said ... He leveled criticism at Biden": a name no
  // dictionary knows as the subject of the sentence's main clause is the
  // person a later "he" or "she" means; it blocks an older actor (and
  // codes nothing). Only when no known person comes before that verb.
  const bool tagged = toks && !toks->tags.empty();
  // "A fire destroyed a market in Dhaka. Officials said it killed nine
  // people", "The SARS-like virus first appeared in Wuhan": a disaster the
  // sentence opens with (or its main clause's subject, below), no actor,
  // is what a later "it" means.
  auto add_disaster = [&] {
    Referent r;
    r.sentence = sentence_;
    r.subject = true;
    recent_.push_back(std::move(r));
  };
  bool disaster = false;
  if (tagged && toks->size() > 2 && IsArticleWord(toks->upper[0])) {
    for (size_t k = 1; k < toks->size() && k <= 4; ++k) {
      if (a.group_at.size() > k && a.group_at[k] >= 0) break;
      const Xpos x = toks->tags[k].xpos;
      if (x == Xpos::kNN && IsDisasterNoun(toks->upper[k]) && k + 1 < toks->size() &&
          (IsVerbTag(toks->tags[k + 1]) || toks->tags[k + 1].xpos == Xpos::kMD ||
           toks->tags[k + 1].xpos == Xpos::kRB)) {
        disaster = true;
        break;
      }
      if (x != Xpos::kJJ && x != Xpos::kNN && x != Xpos::kNNP && x != Xpos::kHYPH &&
          x != Xpos::kVBN && x != Xpos::kVBG)
        break;
    }
  }
  if (disaster) add_disaster();
  for (const Clause& c : a.clauses.clauses) {
    if (!tagged) break;
    if (c.parent >= 0 || !c.subject.present()) continue;
    const uint32_t b = c.subject.begin;
    uint32_t e = c.subject.end;
    // (The tagger may leave a firm's ending out of the phrase: "Trading Co".)
    while (tagged && e < c.group_begin && e < toks->size() && EndsCompanyName(toks->upper[e])) ++e;
    bool name = e > b && e <= toks->size() && e <= a.group_at.size();
    // (Any capitalised words before a firm's ending: "Meridian Trading Co".)
    const bool firm = name && EndsCompanyName(toks->upper[e - 1]);
    for (uint32_t t = b; name && t < e; ++t)
      name = a.group_at[t] < 0 &&
             (((firm || toks->tags[t].xpos == Xpos::kNNP) && toks->capitalized[t]) ||
              toks->upper[t] == "<" || toks->upper[t] == ">");
    for (const ActorUnit& u : a.units)
      if (u.person && u.start < c.group_begin) name = false;
    if (name && b > 0 && a.words[b - 1] != "," && a.words[b - 1] != "\"") name = false;
    // ("A fire yesterday morning destroyed ...": the main clause's subject,
    // unless the sentence's opening named it already.)
    if (!name && !disaster && e > b && e <= toks->size() && e <= a.group_at.size() &&
        IsArticleWord(toks->upper[b])) {
      bool thing = false;
      for (uint32_t t = b + 1; t < e && !thing; ++t)
        thing = toks->tags[t].xpos == Xpos::kNN && IsDisasterNoun(toks->upper[t]);
      for (uint32_t t = b; thing && t < e; ++t) thing = a.group_at[t] < 0;
      if (thing) add_disaster();
    }
    if (name) {
      // ... and a firm's name ("Walt Disney Co", "<Plessey Co Plc>") is
      // what a later "it" means.
      Referent r;
      r.sentence = sentence_;
      r.subject = true;
      r.person = !firm;
      recent_.push_back(std::move(r));
    }
    break;
  }
  if (recent_.size() > kMaxReferents)
    recent_.erase(recent_.begin(), recent_.end() - static_cast<std::ptrdiff_t>(kMaxReferents));
  ++sentence_;
}

const Referent* Discourse::Find(bool person, bool plural) const {
  const Kind kind = person ? Kind::kPerson : plural ? Kind::kPlural : Kind::kThing;
  const Referent* latest = nullptr;
  for (auto it = recent_.rbegin(); it != recent_.rend(); ++it) {
    if (sentence_ - it->sentence > kWindow) break;
    if (!Fits(kind, it->person, it->plural)) continue;
    if (!latest) latest = &*it;
    // The subject of the same sentence as the latest fitting actor.
    if (it->sentence != latest->sentence) break;
    if (it->subject) return &*it;
  }
  return latest;
}

const Referent* Discourse::FindHead(std::string_view head) const {
  if (head.empty()) return nullptr;
  // A minister is a secretary in some governments ("Mexico's Foreign
  // Secretary Marcelo Ebrard ... The foreign minister said").
  const bool office = head == "MINISTER" || head == "SECRETARY";
  for (auto it = recent_.rbegin(); it != recent_.rend(); ++it) {
    if (sentence_ - it->sentence > kHeadWindow) break;
    if (it->head == head || (office && (it->head == "MINISTER" || it->head == "SECRETARY")))
      return &*it;
  }
  return nullptr;
}

namespace {

// Whether any role of the actor code (after its first three letters) is a
// state's: "NZLCOP", "USAGOVAGR"; not "AUS", "SYRREB".
bool HasStateRole(const std::string& code) {
  for (size_t k = 3; k + 3 <= code.size(); k += 3)
    if (IsStateRole(std::string_view(code).substr(k, 3))) return true;
  return false;
}

}  // namespace

const Referent* Discourse::FindPrivatePerson(bool plural) const {
  for (auto it = recent_.rbegin(); it != recent_.rend(); ++it) {
    if (sentence_ - it->sentence > kHeadWindow) break;
    if (it->codes.empty() || (plural ? !it->plural : (!it->person || it->plural))) continue;
    if (std::none_of(it->codes.begin(), it->codes.end(), HasStateRole)) return &*it;
  }
  return nullptr;
}

const PastEvent* Discourse::FindEvent(std::initializer_list<std::string_view> roots,
                                      const std::vector<std::string>& target_country) const {
  for (auto it = events_.rbegin(); it != events_.rend(); ++it) {
    if (sentence_ - it->sentence > kEventWindow) break;
    bool about = target_country.empty();
    for (const std::string& c : target_country)
      about = about || (it->target.size() >= 3 && it->target.compare(0, 3, c) == 0);
    if (!about) continue;
    for (std::string_view r : roots)
      if (it->code.compare(0, r.size(), r) == 0) return &*it;
  }
  return nullptr;
}

bool EndsCompanyName(std::string_view u) {
  static constexpr std::string_view kWords[] = {
      "INC", "INC.", "CORP", "CORP.", "CO", "CO.", "LTD", "LTD.", "PLC", "AG", "SA", "NV",
      "AB", "SPA", "LLC", "GMBH", "BV", "ASA", "OYJ", "GROUP", "HOLDINGS", "CORPORATION",
      "COMPANY", "INCORPORATED", "LIMITED", ">"};
  for (std::string_view k : kWords)
    if (k == u) return true;
  return false;
}

bool InUnit(const std::vector<ActorUnit>& units, size_t n, size_t t) {
  for (size_t k = 0; k < n; ++k)
    if (units[k].start <= t && t < units[k].end) return true;
  return false;
}

namespace {

// Token `i` (a subject pronoun) follows a verb of saying ("said it", "said
// that they") whose subject ends right before it, in a noun no dictionary
// unit covers: "Walt Disney Co said it", "analysts said they".
bool UnknownSpeakerBefore(const SentenceTokens& toks, const Words& w, size_t i,
                          const std::vector<ActorUnit>& units, size_t units_before) {
  if (i < 2) return false;
  size_t at = i - 1;
  if (toks.ids[at] == w.that) --at;
  if (at == 0 || !SaysOrThinks(toks.upper[at])) return false;
  size_t s = at - 1;  // "United Technologies also said it"
  if (s > 0 && !toks.tags.empty() && toks.tags[s].xpos == Xpos::kRB) --s;
  auto in_unit = [&](size_t t) { return InUnit(units, units_before, t); };
  // The whole name counts: "Norway's Energy Minister Arne Oien said he",
  // "Bow Valley Industries Ltd said it" are a dictionary's.
  for (size_t t = s + 1; t-- > 0 && (toks.capitalized[t] || toks.upper[t] == ">");)
    if (in_unit(t)) return false;
  if (in_unit(s)) return false;
  if (EndsCompanyName(toks.upper[s])) return true;
  if (toks.tags.empty()) return false;
  const Xpos x = toks.tags[s].xpos;
  return x == Xpos::kNN || x == Xpos::kNNS || x == Xpos::kNNP || x == Xpos::kNNPS;
}

// Capitalised words [start, end) (run of them) as a person's name: two or
// more, not after an article ("an Internal Revenue Service audit") nor
// before a noun they modify.
bool PersonsName(const SentenceTokens& toks, size_t start, size_t end, size_t run) {
  if (run < 2) return false;
  if (start > 0) {
    const std::string& b = toks.upper[start - 1];
    if (b == "THE" || b == "A" || b == "AN") return false;
  }
  if (end < toks.size() && !toks.tags.empty() &&
      (toks.tags[end].xpos == Xpos::kNN || toks.tags[end].xpos == Xpos::kNNS))
    return false;
  return true;
}

// A person no dictionary knows named in [from, to), outside the units: a
// name of two or more capitalised words ("George Floyd", past the first
// word of the sentence) or a noun for one ("an African American man").
bool UnknownPersonBetween(const SentenceTokens& toks, size_t from, size_t to,
                          const std::vector<ActorUnit>& units, size_t units_before) {
  auto in_unit = [&](size_t t) { return InUnit(units, units_before, t); };
  size_t run = 0;
  for (size_t t = std::max<size_t>(from, 1); t < to && t < toks.size(); ++t) {
    if (in_unit(t)) { run = 0; continue; }
    const std::string& u = toks.upper[t];
    if (u == "MAN" || u == "WOMAN" || u == "BOY" || u == "GIRL" || u == "TEENAGER" ||
        u == "FATHER" || u == "MOTHER" || u == "SON" || u == "DAUGHTER" || u == "HUSBAND" ||
        u == "WIFE" || u == "BROTHER" || u == "SISTER")
      return true;
    const bool name_word = toks.capitalized[t] && !toks.all_caps[t] &&
                           (toks.tags.empty() || toks.tags[t].xpos == Xpos::kNNP);
    if (name_word) { ++run; continue; }
    if (PersonsName(toks, t - run, t, run)) return true;
    run = 0;
  }
  const size_t end = std::min(to, toks.size());
  return PersonsName(toks, end - run, end, run);
}

// The unit (index below units_before) ending at token `end`, or -1.
int UnitEndingAt(const std::vector<ActorUnit>& units, size_t units_before, size_t end) {
  for (size_t k = 0; k < units_before; ++k)
    if (units[k].end == end && units[k].has_actor) return static_cast<int>(k);
  return -1;
}

// Who speaks the quotation that opens at token `open` and closes at
// `close` (toks.size() when the sentence ends inside it): 'Biden said: "',
// 'Biden told Macron: "', 'Biden said to Macron, "' before it, '," Biden
// said' or '," said Biden' after it. The speaker's unit, or -1 (none, or
// one no dictionary knows).
int QuoteSpeaker(const SentenceTokens& toks, const std::vector<ActorUnit>& units,
                 size_t units_before, size_t open, size_t close) {
  // Before the opening mark.
  if (open != SIZE_MAX && open > 1) {
    size_t k = open;
    if (toks.upper[k - 1] == ":" || toks.upper[k - 1] == ",") --k;
    // An addressee: "told Macron", "said to Macron".
    if (k > 0) {
      const int a = UnitEndingAt(units, units_before, k);
      if (a >= 0) {
        k = units[static_cast<size_t>(a)].start;
        if (k > 0 && (toks.upper[k - 1] == "THE")) --k;
        if (k > 0 && toks.upper[k - 1] == "TO") --k;
      }
    }
    // The verb of saying, past its adverbial phrases ("responded to the
    // rules via Twitter:"), with no other verb between.
    size_t v = k;
    while (v > 1 && k - v < 8 && !SaysOrThinks(toks.upper[v - 1]) &&
           (toks.tags.empty() || !IsVerbTag(toks.tags[v - 1])) && !IsQuoteMark(toks.upper[v - 1]))
      --v;
    if (v > 1 && SaysOrThinks(toks.upper[v - 1])) {
      size_t s = v - 1;
      while (s > 0 && !toks.tags.empty() && toks.tags[s - 1].xpos == Xpos::kRB) --s;
      // "Bruno Parrilla, the foreign minister of Cuba, responded".
      if (s > 1 && toks.upper[s - 1] == "," && UnitEndingAt(units, units_before, s - 1) >= 0) --s;
      // "An official from TfL stated": past a body no dictionary knows.
      if (UnitEndingAt(units, units_before, s) < 0) {
        size_t t = s;
        while (t > 0 && toks.capitalized[t - 1] && UnitEndingAt(units, units_before, t) < 0 && s - t < 5)
          --t;
        if (t < s && t > 1 && (toks.upper[t - 1] == "FROM" || toks.upper[t - 1] == "OF" ||
                               toks.upper[t - 1] == "AT"))
          s = t - 1;
      }
      // "Macron met Biden, who said:": the relative pronoun's antecedent.
      if (s > 2 && toks.upper[s - 1] == "WHO" && toks.upper[s - 2] == ",") s -= 2;
      return UnitEndingAt(units, units_before, s);
    }
    if (open > 0 && toks.upper[open - 1] == ":") return -1;
  }
  // After the closing mark.
  if (close < toks.size()) {
    size_t k = close + 1;
    if (k < toks.size() && toks.upper[k] == ",") ++k;
    // (An agent too: '," the Iranian foreign ministry said', '," the rebels
    // said', their country found later like any agent's.)
    auto speaker = [&](size_t u) {
      return units[u].has_actor || (!units[u].pronoun && !units[u].anaphor && !units[u].codes.empty());
    };
    auto article = [&](size_t t) {
      return t < toks.size() && (toks.upper[t] == "THE" || toks.upper[t] == "A" || toks.upper[t] == "AN");
    };
    if (k < toks.size() && SaysOrThinks(toks.upper[k])) {
      // '," said Biden', '," said the ministry'
      const size_t at = article(k + 1) ? k + 2 : k + 1;
      for (size_t u = 0; u < units_before; ++u)
        if (units[u].start == at && speaker(u)) return static_cast<int>(u);
      return -1;
    }
    if (article(k)) ++k;
    for (size_t u = 0; u < units_before; ++u)
      if (units[u].start == k && speaker(u)) {
        // '," Biden said'
        const size_t e = units[u].end;
        if (e < toks.size() && SaysOrThinks(toks.upper[e])) return static_cast<int>(u);
        return -1;
      }
  }
  return -1;
}

// "Biden met Macron and praised him": the pronoun is the object of a verb
// conjoined to an earlier one whose object is u, so the two verbs share
// their subject and u is whom "him" means. Needs tags.
bool ObjectOfFirstConjunct(const SentenceTokens& toks, const Words& w, const ActorUnit& u,
                           size_t i) {
  if (toks.tags.empty() || i < 2 || u.start == 0) return false;
  size_t k = i - 1;
  const Xpos v = toks.tags[k].xpos;
  if (v != Xpos::kVBD && v != Xpos::kVBZ && v != Xpos::kVBP && v != Xpos::kVB && v != Xpos::kVBN)
    return false;
  while (k > 0 && (toks.tags[k - 1].xpos == Xpos::kRB || toks.tags[k - 1].xpos == Xpos::kRBR)) --k;
  if (k == 0) return false;
  --k;  // the conjunction
  if (toks.ids[k] != w.and_ && toks.upper[k] != "BUT") return false;
  if (u.end > k) return false;
  for (size_t t = u.end; t < k; ++t)
    if (IsVerbTag(toks.tags[t])) return false;  // u is the last verb's object
  for (size_t t = 0; t < u.start; ++t)
    if (IsVerbTag(toks.tags[t])) return true;   // ... and a verb's object
  return false;
}

}  // namespace

void AddPronounUnits(const SentenceTokens& toks, const Words& w, const Discourse* discourse,
                     Analysis* out) {
  const size_t units_before = out->units.size();
  // Words inside a quotation: a pronoun there belongs to the speaker's
  // context ("He is the author of our troubles", said an activist), not to
  // the last actor named. `quoted` follows the quotation marks as the loop
  // below passes them; a sentence with an odd number of marks begins inside
  // a quotation opened before it, unless its first mark opens one ('said:
  // "He was').
  auto mark = [&](size_t i) {
    const std::string_view u = toks.upper[i];
    return u == "\"" || u == "\xE2\x80\x9C" || u == "\xE2\x80\x9D";
  };
  bool quoted = false;
  {
    size_t marks = 0, first = toks.size();
    for (size_t i = 0; i < toks.size(); ++i)
      if (mark(i)) { ++marks; if (first == toks.size()) first = i; }
    if (marks % 2 == 1)
      quoted = !(toks.upper[first] == "\xE2\x80\x9C" || first == 0 ||
                 toks.upper[first - 1] == "," || toks.upper[first - 1] == ":" ||
                 (toks.upper[first] == "\"" && first + 1 < toks.size() &&
                  toks.capitalized[first + 1] && toks.upper[first - 1] != "."));
  }
  size_t next_unit = 0;  // first dictionary unit not yet passed
  std::vector<size_t> replaced;  // dictionary units a description replaces
  for (size_t i = 0; i < toks.size(); ++i) {
    while (next_unit < units_before && out->units[next_unit].end <= i) ++next_unit;
    if (next_unit < units_before && out->units[next_unit].start <= i) continue;  // inside a name
    if (mark(i)) {
      quoted = !quoted;
      continue;
    }
    // "The two countries", "both sides": the last compound actor.
    if (const size_t len = PairDescription(toks, w, i)) {
      // ("Turkey and Greece had poor relations, but the leaders of the two
      // countries spoke": a pair named before it in this sentence first.)
      std::vector<std::string> pair;
      for (size_t k = next_unit; k >= 2 && pair.empty(); --k) {
        const ActorUnit& a = out->units[k - 2];
        const ActorUnit& b = out->units[k - 1];
        if (b.start == a.end + 1 && toks.ids[a.end] == w.and_ && a.has_actor && b.has_actor &&
            !a.codes.empty() && !b.codes.empty() && a.codes[0].compare(0, 3, b.codes[0], 0, 3) != 0)
          pair = {a.codes[0], b.codes[0]};
      }
      const Referent* r = !pair.empty() || !discourse ? nullptr : discourse->Find(false, true);
      if (r && r->codes.size() >= 2) pair = r->codes;
      if (pair.size() >= 2) {
        ActorUnit p;
        p.start = i;
        p.end = i + len;
        p.codes = pair;
        p.has_actor = p.plural = p.pronoun = true;
        out->units.push_back(std::move(p));
        i += len - 1;
      }
      continue;
    }
    // "The attack", "the accusation": whoever did the latest such event.
    EventNoun event_kind = EventNoun::kNone;
    if (const size_t len = discourse ? EventDescription(toks, w, i, &event_kind) : 0) {
      // Not when a dictionary actor sits inside it ("the Turkish operation").
      const bool named = next_unit < units_before && out->units[next_unit].start < i + len;
      std::vector<std::string> before;
      for (size_t k = 0; k < next_unit; ++k)
        for (const std::string& c : out->units[k].codes)
          if (c.size() >= 3 && c.compare(0, 3, "---") != 0) before.push_back(c.substr(0, 3));
      const PastEvent* e = named ? nullptr : FindEventOfKind(*discourse, event_kind, before);
      if (e) {
        ActorUnit p;
        p.start = i;
        p.end = i + len;
        p.codes = {e->source};
        p.has_actor = p.anaphor = true;
        p.person = e->person;
        out->units.push_back(std::move(p));
        i += len - 1;
      }
      continue;
    }
    // "The gunman", "the suspect": the doer of the latest use of force, or
    // whom the latest accusation, lawsuit or arrest was aimed at, when that
    // was not a state's organ; for the accused, else the latest person
    // outside the state named in the sentences before. It names someone
    // already met, who goes on as a referent ("the accused ... the accused").
    PersonNoun person_kind = PersonNoun::kNone;
    bool person_plural = false;
    if (const size_t len = discourse && !quoted ? PersonDescription(toks, w, i, &person_kind,
                                                                    &person_plural)
                                                : 0) {
      std::vector<std::string> codes;
      if (person_kind == PersonNoun::kDoer) {
        const PastEvent* e = discourse->FindEvent({"18", "19", "20"});
        if (e && !HasStateRole(e->source)) codes = {e->source};
      } else {
        // (A charge or arrest told more than five sentences back is no
        // longer the story's thread.)
        constexpr int kChargeWindow = 5;
        const PastEvent* e = discourse->FindEvent({"112", "115", "173"});
        if (e && discourse->sentence() - e->sentence <= kChargeWindow && !e->target.empty())
          codes = {e->target};
        if (codes.empty())
          if (const Referent* r = discourse->FindPrivatePerson(person_plural)) codes = r->codes;
      }
      // (Not an actor already in this sentence: "police arrested the suspect".)
      for (size_t k = 0; k < next_unit && !codes.empty(); ++k)
        if (out->units[k].codes == codes) codes.clear();
      // The agents dictionary may know the noun ("suspect", "gunmen": a
      // criminal or armed men of the story's country); the person met
      // before replaces that guess.
      const bool agent_noun = next_unit < units_before &&
                              out->units[next_unit].start == i + 1 &&
                              out->units[next_unit].end == i + len &&
                              !out->units[next_unit].has_actor;
      if (!codes.empty() && agent_noun) replaced.push_back(next_unit);
      if (!codes.empty()) {
        ActorUnit p;
        p.start = i;
        p.end = i + len;
        p.codes = std::move(codes);
        p.has_actor = p.pronoun = p.description = true;
        p.person = !person_plural;
        p.plural = person_plural;
        out->units.push_back(std::move(p));
      }
      i += len - 1;
      continue;
    }
    // "I" and "we" in a quotation are its speaker ('Biden told Macron: "I
    // condemn Russia"'); an unknown speaker's get no unit, and the
    // quotation, a clause of its own, has no other subject to give.
    if (quoted && (toks.upper[i] == "I" || toks.upper[i] == "WE")) {
      size_t open = SIZE_MAX, close = toks.size();
      for (size_t t = i; t-- > 0;)
        if (mark(t)) { open = t; break; }
      for (size_t t = i + 1; t < toks.size(); ++t)
        if (mark(t)) { close = t; break; }
      // (The speaker may be a pronoun resolved before: '"...," he said, "we ...'.)
      const int sp = QuoteSpeaker(toks, out->units, out->units.size(), open, close);
      if (sp >= 0) {
        ActorUnit p;
        p.start = i;
        p.end = i + 1;
        p.codes = out->units[static_cast<size_t>(sp)].codes;
        p.has_actor = true;
        p.person = out->units[static_cast<size_t>(sp)].person && toks.upper[i] == "I";
        p.plural = toks.upper[i] == "WE";
        p.pronoun = true;
        out->units.push_back(std::move(p));
      }
      continue;
    }
    const Kind kind = PronounKind(toks.upper[i]);
    if (kind == Kind::kNone || quoted) continue;
    // The tagger tells "her" the pronoun from "her" the determiner; the
    // words above are personal pronouns only.
    if (!toks.tags.empty() && toks.tags[i].xpos != Xpos::kPRP) continue;
    if (kind == Kind::kThing && ExpletiveIt(toks, w, i)) continue;
    // "He", "she", "they" and "it" name actors only as the subject of a verb
    // right after them ("it said", "he has also"): as an object, "it" is
    // rarely an actor ("considered it inappropriate"), and in "X said they
    // ..." the pronoun belongs to the reported clause, not to "said".
    const bool objective = toks.upper[i] == "HIM" || toks.upper[i] == "THEM";
    if (!objective && !VerbFollows(toks, i)) continue;
    // "Walt Disney Co said it has signed", "analysts said they": a speaker
    // no dictionary knows right before the verb of saying is whom the
    // reported clause's pronoun means, not an actor named before.
    if (!objective && UnknownSpeakerBefore(toks, w, i, out->units, units_before)) continue;
    // The nearest fitting actor before it in this sentence, else in the two before.
    const std::vector<std::string>* codes = nullptr;
    // An object pronoun is not the subject of its own verb ("police
    // dispersed them"): it skips the nearest fitting actor before it.
    bool skip = objective;
    const std::vector<std::string>* skipped = nullptr;
    // "George Floyd, a man who died while a police officer restrained him":
    // an object "him" after a person no dictionary knows is that
    // person, not an actor named before.
    bool unknown_person = false;
    for (size_t k = next_unit; k-- > 0;) {
      const ActorUnit& u = out->units[k];
      if (!Fits(kind, u.person, u.plural)) continue;
      if (objective && kind == Kind::kPerson &&
          UnknownPersonBetween(toks, u.end, i, out->units, units_before)) {
        unknown_person = true;
        break;
      }
      // ... when that actor is the subject, not the object of a preposition
      // ("have broken with Trump and have urged him": him is Trump).
      if (skip && ObjectOfFirstConjunct(toks, w, u, i)) skip = false;
      // ("Bolsonaro spoke, and critics blame him": a clause of its own
      // begins after the actor.)
      for (size_t t = u.end; skip && t + 1 < i; ++t)
        if ((toks.ids[t] == w.comma && toks.ids[t + 1] == w.and_) || toks.ids[t] == w.semicolon)
          skip = false;
      if (skip) {
        skip = false;
        const bool prep_object = u.start > 0 && (toks.ids[u.start - 1] == w.with ||
                                                 toks.ids[u.start - 1] == w.to ||
                                                 toks.ids[u.start - 1] == w.against ||
                                                 toks.ids[u.start - 1] == w.from);
        if (!prep_object) {
          skipped = &u.codes;
          continue;
        }
      }
      // ("Biden met Xi, and Xi praised him": not the subject named twice.)
      if (skipped && *skipped == u.codes) continue;
      codes = &u.codes;
      break;
    }
    // "UNICEF reported they had delivered": an organisation speaking of
    // itself as "they" right after its verb of saying.
    if (!codes && kind == Kind::kPlural && i > 0) {
      size_t at = i - 1;
      if (at > 0 && toks.ids[at] == w.that) --at;
      if (SaysOrThinks(toks.upper[at]) && at > 0)
        for (size_t k = next_unit; k-- > 0;) {
          const ActorUnit& u = out->units[k];
          if (u.end != at || u.person || u.pronoun || u.codes.empty()) break;
          // Organisations, not states ("the White House said they" are others).
          const std::string& c = u.codes[0];
          bool org = false;
          for (std::string_view o : {"IGO", "NGO", "MNC", "BUS", "MED"})
            org = org || c.compare(0, 3, o) == 0 ||
                  (c.size() >= 6 && c.compare(c.size() - 3, 3, o) == 0);
          if (org) codes = &u.codes;
          break;
        }
    }
    // A subject pronoun continues the sentence's subject ("Arnor urged
    // Gondor to wait and then it asked Rohan ..." -> Arnor): the first
    // fitting actor of the sentence, when it opens the sentence.
    if (!objective && codes && next_unit > 0) {
      const ActorUnit& first = out->units[0];
      if (first.start <= 1 && Fits(kind, first.person, first.plural)) codes = &first.codes;
    }
    // "encouraged some users to ..., by prompting them": a plural noun no
    // dictionary knows earlier in the sentence is nearer than any actor of
    // the sentences before.
    bool plural_noun_before = false;
    if (kind == Kind::kPlural && !toks.tags.empty())
      for (size_t t = 0; t < i && !plural_noun_before; ++t) {
        bool in_unit = false;
        for (size_t k = 0; k < units_before && !in_unit; ++k)
          in_unit = out->units[k].start <= t && t < out->units[k].end;
        plural_noun_before = !in_unit && toks.tags[t].xpos == Xpos::kNNS && !toks.capitalized[t];
      }
    if (objective && kind == Kind::kPerson && !codes && !unknown_person)
      unknown_person = UnknownPersonBetween(toks, 0, i, out->units, units_before);
    if (!codes && discourse && !plural_noun_before && !unknown_person) {
      const Referent* r = discourse->Find(kind == Kind::kPerson, kind == Kind::kPlural);
      if (r && !r->codes.empty()) codes = &r->codes;  // (empty: a person no dictionary knows)
    }
    if (!codes) continue;
    ActorUnit p;
    p.start = i;
    p.end = i + 1;
    p.codes = *codes;
    p.has_actor = true;
    p.person = kind == Kind::kPerson;
    p.plural = kind == Kind::kPlural;
    p.pronoun = true;
    out->units.push_back(std::move(p));
  }
  for (auto it = replaced.rbegin(); it != replaced.rend(); ++it)
    out->units.erase(out->units.begin() + static_cast<std::ptrdiff_t>(*it));
  if (out->units.size() > units_before - replaced.size())
    std::stable_sort(out->units.begin(), out->units.end(),
                     [](const ActorUnit& a, const ActorUnit& b) { return a.start < b.start; });
}

}  // namespace dyad::code
