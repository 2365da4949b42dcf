#include "code/analysis.h"

#include <algorithm>
#include <string_view>

#include "code/arguments.h"
#include "code/coref.h"
#include "code/tabari_actors.h"

namespace dyad::code {

void Words::Init(WordTable* t) {
  auto w = [&](std::string_view s) { return t->Intern(s); };
  and_ = w("AND"); or_ = w("OR"); comma = w(","); the = w("THE"); a = w("A"); an = w("AN");
  s_clitic = w("'S"); of = w("OF"); in = w("IN"); from = w("FROM"); at = w("AT");
  for_ = w("FOR"); by = w("BY"); with = w("WITH"); on = w("ON"); against = w("AGAINST");
  not_ = w("NOT"); nt = w("N'T"); never = w("NEVER"); no = w("NO"); will = w("WILL");
  would = w("WOULD"); could = w("COULD"); may = w("MAY"); might = w("MIGHT");
  should = w("SHOULD"); can = w("CAN"); must = w("MUST"); shall = w("SHALL"); ll = w("'LL");
  to = w("TO"); that = w("THAT"); which = w("WHICH"); who = w("WHO"); after = w("AFTER");
  before = w("BEFORE"); when = w("WHEN"); while_ = w("WHILE"); because = w("BECAUSE");
  if_ = w("IF"); although = w("ALTHOUGH"); semicolon = w(";"); as = w("AS");
  until = w("UNTIL"); since = w("SINCE"); where = w("WHERE"); whether = w("WHETHER");
  but = w("BUT");
  its = w("ITS"); his = w("HIS"); her = w("HER"); their = w("THEIR"); our = w("OUR");
  this_ = w("THIS"); these = w("THESE"); those = w("THOSE"); my = w("MY"); your = w("YOUR");
  is = w("IS"); are = w("ARE"); was = w("WAS"); were = w("WERE"); be = w("BE");
  been = w("BEEN"); being = w("BEING"); has = w("HAS"); have = w("HAVE"); had = w("HAD");
  former = w("FORMER");
}

namespace {

struct Mention {
  size_t start, end;
  Payload payload;
};


// Words that may come between a country and its agent: "Gondor's new
// foreign minister", "Arnor's senior officials".
bool IsTitleModifier(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "ACTING", "CHIEF", "DEPUTY", "FIRST", "FORMER", "HEAD", "INTERIM", "LEADING", "MAIN",
      "NEW", "OUTGOING", "SECOND", "SENIOR", "TOP", "VICE", "INCOMING", "LARGEST", "OWN"};
  for (std::string_view k : kWords)
    if (k == w) return true;
  return false;
}

void SplitCodes(std::string_view code, std::vector<std::string>* out) {
  size_t p = 0;
  while (p <= code.size()) {
    size_t q = code.find('/', p);
    if (q == std::string_view::npos) q = code.size();
    if (q > p) out->emplace_back(code.substr(p, q - p));
    p = q + 1;
  }
}

}  // namespace

bool IsVerbTag(const PosTag& t) {
  switch (t.xpos) {
    case Xpos::kVB: case Xpos::kVBD: case Xpos::kVBG: case Xpos::kVBN: case Xpos::kVBP:
    case Xpos::kVBZ:
    case Xpos::kMD:  // TABARI's dictionaries code "should", "would" as verbs
      return true;
    default:
      return t.upos == Upos::kVerb;
  }
}

bool IsDemonymLike(std::string_view w) {
  auto ends = [&](std::string_view e) {
    return w.size() >= e.size() + 2 && w.compare(w.size() - e.size(), e.size(), e) == 0;
  };
  return w.size() >= 4 && (ends("AN") || ends("SH") || ends("ESE") || ends("I") || ends("OT") ||
                           ends("CH") || ends("EK"));
}

namespace {

// The last word of a person's title: "foreign minister", "army chief".
bool IsPersonTitle(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "AMBASSADOR", "CHAIRMAN", "CHAIRWOMAN", "CHANCELLOR", "CHIEF", "COMMANDER", "DIRECTOR",
      "EMIR", "ENVOY", "GENERAL", "GOVERNOR", "JUDGE", "KING", "LAWMAKER", "LEADER", "MAYOR",
      "MINISTER", "MONARCH", "PREMIER", "PRESIDENT", "PRIME", "PRINCE", "QUEEN", "SECRETARY",
      "SENATOR", "SPOKESMAN", "SPOKESPERSON", "SPOKESWOMAN", "SULTAN", "AYATOLLAH", "POPE",
      "PROSECUTOR", "CEO", "ATTORNEY", "DIPLOMAT", "OFFICIAL", "MP", "CONGRESSMAN",
      "CONGRESSWOMAN", "LEGISLATOR", "REPRESENTATIVE", "ADVISER", "ADVISOR", "COMMISSIONER"};
  for (std::string_view k : kWords)
    if (k == w) return true;
  return false;
}

}  // namespace

Analyzer::Analyzer(const Compiled& c, const Lexicon& lex, const Words& w, bool tabari)
    : c_(c), lex_(lex), w_(w), agent_person_(lex.agents.size(), 0),
      tabari_(tabari) {
  for (size_t i = 0; i < lex.agents.size(); ++i) {
    const auto& words = lex.agents[i].phrase.words;
    agent_person_[i] = !words.empty() && IsPersonTitle(words.back().text);
  }
}

namespace {
// Plural nouns as the tagger reads them (or, without tags, an -S ending).
bool IsPluralWord(const SentenceTokens& toks, size_t i) {
  if (!toks.tags.empty()) return toks.tags[i].xpos == Xpos::kNNS || toks.tags[i].xpos == Xpos::kNNPS;
  const std::string& u = toks.upper[i];
  return u.size() > 3 && u.back() == 'S' && u[u.size() - 2] != 'S';
}
}  // namespace

void Analyzer::Run(const SentenceTokens& toks, int32_t date, const Discourse* discourse,
                   Analysis* out) const {
  out->clear();
  out->group_at.assign(toks.size(), -1);
  out->clause_break.assign(toks.size(), 0);
  if (tabari_ && (!lex_.tabari_nouns.empty() || !lex_.tabari_adjectives.empty())) {
    // TABARI's <NOUN> and <ADJECTIVE> words (a stem's last word: any ending).
    out->tabari_word.assign(toks.size(), 0);
    auto mark = [&](const std::vector<Phrase>& list, uint8_t kind) {
      for (const Phrase& ph : list)
        for (size_t i = 0; i + ph.words.size() <= toks.size(); ++i) {
          bool ok = !ph.words.empty();
          for (size_t k = 0; k < ph.words.size() && ok; ++k) {
            const std::string& u = toks.upper[i + k];
            const std::string& x = ph.words[k].text;
            ok = u == x || (ph.stem && k + 1 == ph.words.size() && u.compare(0, x.size(), x) == 0);
          }
          if (ok)
            for (size_t k = 0; k < ph.words.size(); ++k) out->tabari_word[i + k] = kind;
        }
    };
    mark(lex_.tabari_nouns, kTabariNoun);
    mark(lex_.tabari_adjectives, kTabariAdjective);
  }
  FindMentions(toks, date, out);
  if (!tabari_) DropOtherPeople(toks, discourse, out);
  if (tabari_) AddTabariPronounUnits(toks, w_, discourse, out);
  else {
    AddSurnameUnits(toks, discourse, out);
    FindIntroducedNames(toks, w_, out);
    AddPronounUnits(toks, w_, discourse, out);
  }
  FindGroups(toks, out);
  FindClauses(toks, out);
  FindVerbs(toks, out);
  FindAsides(toks, out);
  if (!toks.tags.empty()) {
    out->finite_verb.assign(toks.size(), 0);
    for (const VerbHit& v : out->verbs) {
      const Xpos x = toks.tags[v.pos].xpos;
      const bool perfect = x == Xpos::kVBN && v.start > 0 &&
                           (toks.upper[v.start - 1] == "HAD" || toks.upper[v.start - 1] == "HAS" ||
                            toks.upper[v.start - 1] == "HAVE");
      if (!v.noun_reading && (x == Xpos::kVBD || x == Xpos::kVBZ || x == Xpos::kVBP || perfect))
        out->finite_verb[v.pos] = 1;
    }
  }
}

namespace {

// A number or a word of number right before token i: "50 people", "some
// 2,000 people", "thousands of people", "tens of thousands of people"
// (the tagger's CD, or digits without one).
bool CountedAt(const SentenceTokens& toks, size_t i) {
  if (i == 0) return false;
  size_t k = i - 1;
  if (toks.upper[k] == "OF" && k > 0) --k;
  const std::string& b = toks.upper[k];
  if (b == "THOUSANDS" || b == "HUNDREDS" || b == "DOZENS" || b == "MILLIONS" || b == "SCORES")
    return true;
  if (k + 1 != i) return false;  // "of" only after those words
  if (!toks.tags.empty()) return toks.tags[k].xpos == Xpos::kCD;
  return !b.empty() && b[0] >= '0' && b[0] <= '9';
}

}  // namespace

bool Analyzer::MayCode(const SentenceTokens& toks, const Discourse* discourse) const {
  bool verb = false;
  for (size_t p = 0; p < toks.size() && !verb; ++p) {
    verb = (toks.ids[p] != kNoWord &&
            (c_.VerbForms(toks.ids[p]) || c_.TaggedVerbForms(toks.ids[p]))) ||
           c_.StemVerbForms(toks.upper[p]) != nullptr;
  }
  // (A disaster the sentence opens with is tagged: a later "it" means it.)
  if (!verb) return OpensWithADisaster(toks);
  for (size_t i = 0; i < toks.size(); ++i) {
    if (IsPronounWord(toks.upper[i])) return true;
    if (discourse && toks.capitalized[i] &&
        ((toks.ids[i] != kNoWord && discourse->Surname(toks.ids[i])) ||
         discourse->IntroducedSurname(toks.upper[i])))
      return true;
    bool found = false;
    c_.nouns.MatchAt(toks, i, [&](size_t, const Payload&) { found = true; });
    if (found) return true;
  }
  return false;
}

void Analyzer::FindMentions(const SentenceTokens& toks, int32_t date, Analysis* out) const {
  std::vector<Mention> mentions;
  // In a headline all in capitals ("COOPERATION IS WORKING") a
  // case-sensitive name ("IS", "WHO") can be the word; the tagger decides.
  bool shouting = !toks.tags.empty();
  for (size_t i = 0; i < toks.size() && shouting; ++i)
    shouting = toks.all_caps[i] || toks.upper[i].empty() ||
               !(toks.upper[i][0] >= 'A' && toks.upper[i][0] <= 'Z');
  auto word_not_name = [&](size_t t) {
    const Xpos x = toks.tags[t].xpos;
    // ("TELLS US TO LEAVE": a headline's "US" is the country; "CAR BOMB" a
    // car; "WHO WARNS CHINA" the organisation at the head of the line.)
    return IsVerbTag(toks.tags[t]) || x == Xpos::kIN || x == Xpos::kNN || x == Xpos::kNNS ||
           (x == Xpos::kWP && t > 0);
  };
  // The longest phrase the dictionaries name at i (actors before agents at
  // equal length); false when none.
  auto longest_at = [&](size_t i, size_t* best_end_out, Payload* best_out) {
    size_t best_end = 0;
    Payload best{PayloadKind::kAgent, 0};
    bool have = false;
    c_.nouns.MatchAt(toks, i, [&](size_t end, const Payload& p) {
      if (p.plural_of_place && !tabari_) {  // (TABARI takes "Libyas" for Libya)
        const std::string_view b = i > 0 ? std::string_view(toks.upper[i - 1]) : "";
        if (b != "THE" && b != "BOTH" && b != "TWO" && b != "THREE" &&
            !(i > 0 && !toks.tags.empty() && toks.tags[i - 1].xpos == Xpos::kCD))
          return;
      }
      if (p.counted && !CountedAt(toks, i)) return;
      if (p.case_sensitive) {
        for (size_t t = i; t < end; ++t)
          if (!toks.all_caps[t]) return;
        if (shouting && end == i + 1 && word_not_name(i)) return;
      }
      // Longest wins; at equal length an actor beats an agent.
      if (!have || end > best_end ||
          (end == best_end && p.kind == PayloadKind::kActor && best.kind != PayloadKind::kActor)) {
        best_end = end;
        best = p;
        have = true;
      }
    });
    *best_end_out = best_end;
    *best_out = best;
    return have;
  };
  for (size_t i = 0; i < toks.size();) {
    size_t best_end = 0;
    Payload best{PayloadKind::kAgent, 0};
    if (!longest_at(i, &best_end, &best)) { ++i; continue; }
    // "the West Bank", "The West German government", "the West Virginia
    // senator": a phrase after the article that runs further is meant,
    // not "the West".
    if (toks.upper[i] == "THE" && i + 1 < best_end) {
      size_t next_end = 0;
      Payload next{PayloadKind::kAgent, 0};
      if (longest_at(i + 1, &next_end, &next) && next_end > best_end) { ++i; continue; }
    }
    mentions.push_back(Mention{i, best_end, best});
    i = best_end;
  }

  // Combine adjacent mentions into units: "Russian police", "Gondor's
  // government", "soldiers from Gondor", "MSF Arnor diplomat".
  size_t m = 0;
  while (m < mentions.size()) {
    const size_t first_mention = m;
    ActorUnit u;
    u.start = mentions[m].start;
    std::vector<std::string> actor_codes;
    std::string prefix, suffix;
    bool has_actor = false, person = false;
    bool codes_of_person = false;  // actor_codes are a dictionary person's
    size_t end = mentions[m].start;
    size_t k = m;
    for (; k < mentions.size(); ++k) {
      const Mention& x = mentions[k];
      if (k > m) {
        // What lies between the unit so far and this mention?
        size_t gap = x.start - end;
        bool joinable = gap == 0;
        // "Dagolath's first deputy prime minister": a possessive and title
        // modifiers may stand between a country and its agent.
        // (Adjectives too, after the possessive: "Ithilen's awful and evil
        // minister"; but "Zaire's former colonial ruler" is another state.)
        if (gap > 0 && gap <= 4) {
          joinable = gap <= 3 || toks.ids[end] == w_.s_clitic;
          for (size_t t = end; t < x.start && joinable; ++t)
            joinable = toks.ids[t] == w_.s_clitic ||
                       (tabari_ ? toks.upper[t] == "FORMER" : IsTitleModifier(toks.upper[t])) ||
                       (!tabari_ && t > end && toks.ids[end] == w_.s_clitic && !toks.tags.empty() &&
                        !toks.capitalized[t] &&
                        ((toks.tags[t].xpos == Xpos::kJJ && toks.upper[t] != "COLONIAL") ||
                         (toks.ids[t] == w_.and_ && toks.tags[t - 1].xpos == Xpos::kJJ)));
        }
        if (!has_actor && gap >= 1 && gap <= 2 &&
            (toks.ids[end] == w_.of || toks.ids[end] == w_.in || toks.ids[end] == w_.from ||
             toks.ids[end] == w_.at || toks.ids[end] == w_.for_) &&
            (gap == 1 || toks.ids[end + 1] == w_.the))
          joinable = true;  // agent + of/in/from/for + actor ("a spokesman for the PMF")
        // "President Buhari of Nigeria": a person of his own country.
        if (has_actor && person && gap == 1 && toks.ids[end] == w_.of &&
            x.payload.kind == PayloadKind::kActor)
          joinable = true;
        // "told reporters Japan had rejected": a plural common noun is not
        // the title of the state or body named after it (as in "MSF Arnor
        // diplomat"; "former presidents Barack Obama and Bill Clinton" are
        // people with their title).
        if (joinable && gap == 0 && !has_actor && !tabari_ && !toks.tags.empty() &&
            x.payload.kind == PayloadKind::kActor && toks.tags[end - 1].xpos == Xpos::kNNS &&
            !toks.capitalized[end - 1] && lex_.actors[x.payload.index].dated.empty() &&
            !lex_.actors[x.payload.index].role_lines)
          joinable = false;
        if (!joinable) break;
        if (x.payload.kind == PayloadKind::kActor && has_actor) {
          // "Gondor's Prime Minister Falastur": a person of the same country
          // continues the unit; any other actor starts a new one.
          std::string_view next = lex_.actors[x.payload.index].CodeOn(date);
          bool same = !actor_codes.empty() && next.size() >= 3 && actor_codes[0].size() >= 3 &&
                      next.substr(0, 3) == std::string_view(actor_codes[0]).substr(0, 3);
          if (!same) break;
          // "Republican Senator Mitt Romney": the person's own role outranks
          // the party's, but not as a former official ("White House press
          // secretary Josh Earnest" when the dictionary has him out of office).
          const bool next_person = lex_.actors[x.payload.index].role_lines;
          const bool elite = next.size() == 6 && next.substr(3) == "ELI";
          if (next.size() > actor_codes[0].size() ||
              (next_person && !codes_of_person && !elite && next.size() == actor_codes[0].size())) {
            actor_codes = {std::string(next)};
            codes_of_person = next_person;
          }
          person = person || lex_.actors[x.payload.index].person;
          end = x.end;
          continue;
        }
      }
      if (x.payload.kind == PayloadKind::kActor) {
        const ActorEntry& a = lex_.actors[x.payload.index];
        SplitCodes(a.CodeOn(date), &actor_codes);
        has_actor = true;
        codes_of_person = a.role_lines;
        person = person || a.person;
      } else {
        const AgentEntry& g = lex_.agents[x.payload.index];
        person = person || agent_person_[x.payload.index];
        // (A role the suffix holds already is not added again: "a
        // Catholic priest" is CHRCTH, not CHRCTHCHR.)
        bool held = false;
        for (size_t at = 0; at + g.code.size() <= suffix.size() && !held; at += 3)
          held = suffix.compare(at, g.code.size(), g.code) == 0;
        if (g.prefix) prefix += g.code;
        else if (!held) suffix += g.code;
      }
      end = x.end;
    }
    m = k;
    u.end = end;
    if (tabari_) {
      // TABARI (manual 5.4.1): FORMER right before the actor or an agent of
      // the pair makes the agent an elite ("Arnor former security
      // officials" -> ARNELI).
      bool former = false;
      for (size_t j = first_mention; j < k; ++j)
        former = former || (mentions[j].start > 0 && toks.upper[mentions[j].start - 1] == "FORMER");
      if (former && !suffix.empty()) suffix = "ELI";
      else if (former && !prefix.empty()) prefix = "ELI";
    } else {
      // CAMEO's elites are former officials: "former New York City Mayor
      // Michael Bloomberg", "fifty former intelligence officials" (a
      // state's role the dictionary gives the person yields to the text).
      bool former = false;
      for (size_t j = first_mention; j < k; ++j)
        former = former || (mentions[j].start > 0 && toks.ids[mentions[j].start - 1] == w_.former);
      if (former) {
        if (!suffix.empty()) suffix = "ELI";
        for (std::string& c : actor_codes)
          if (c.size() == 6 && IsStateRole(std::string_view(c).substr(3))) c.replace(3, 3, "ELI");
      }
    }
    u.agents = suffix;
    u.has_actor = has_actor;
    for (size_t j = first_mention; j < k && !has_actor; ++j)
      u.counted = u.counted || mentions[j].payload.counted;
    u.agent_led = has_actor && mentions[first_mention].payload.kind == PayloadKind::kAgent;
    u.plural = end > u.start && IsPluralWord(toks, end - 1);
    u.person = person && !u.plural;
    // "An Australian, Brenton Tarrant, ...", "an Iraqi was arrested": one
    // person of that people (not "an Australian firm").
    if (!u.person && !u.plural && has_actor && u.end == u.start + 1 && u.start > 0 &&
        (toks.ids[u.start - 1] == w_.a || toks.ids[u.start - 1] == w_.an) &&
        toks.capitalized[u.start] && IsDemonymLike(toks.upper[u.start])) {
      bool modifier = false;
      if (u.end < toks.size() && !toks.tags.empty()) {
        const Xpos n = toks.tags[u.end].xpos;
        modifier = n == Xpos::kNN || n == Xpos::kNNS || n == Xpos::kNNP || n == Xpos::kNNPS ||
                   n == Xpos::kJJ || n == Xpos::kCD;
      }
      u.person = !modifier;
    }
    if (actor_codes.empty()) actor_codes.push_back("---");  // agents only: "police"
    for (std::string& c : actor_codes) {
      if (c == "---" && has_actor) continue;  // an actor coded null: no unit
      std::string code = prefix + c;
      // An actor that already has a role keeps it: "White House officials"
      // stays USAGOV, "Houthi rebels" YEMINS; a bare country takes the
      // agents' roles ("Russian police" -> RUSCOP).
      if (tabari_) code = TabariAgentCode(prefix, c, suffix);
      else if (!suffix.empty() && c.size() <= 3) code += suffix;
      // ... but a party's lawmakers are the legislature: "Republican
      // Representatives", "Democratic senators" (USAGOV/USAOPP -> USALEG).
      else if (suffix.size() >= 3 && suffix.compare(suffix.size() - 3, 3, "LEG") == 0 && prefix.empty() &&
               code.size() == 6 && (code.compare(3, 3, "GOV") == 0 || code.compare(3, 3, "OPP") == 0 ||
                                    code.compare(3, 3, "PTY") == 0))
        code.replace(3, 3, "LEG");
      u.codes.push_back(std::move(code));
    }
    if (!u.codes.empty()) out->units.push_back(std::move(u));
  }
  DropNamesOfThings(toks, out);
}

void Analyzer::FindGroups(const SentenceTokens& toks, Analysis* out) const {
  // Whether each group's joins include "and"/"or": commas alone make an
  // apposition ("Chuck Schumer, the Senate minority leader,") or two
  // clauses ("The crew were Iranians, the army said"), not a list.
  std::vector<uint8_t> conjoined;
  for (size_t u = 0; u < out->units.size(); ++u) {
    const ActorUnit& unit = out->units[u];
    bool join = false, conj = false;
    if (!out->groups.empty()) {
      ActorGroup& g = out->groups.back();
      size_t gap_start = g.end, gap_end = unit.start;
      if (gap_end >= gap_start && gap_end - gap_start <= 5) {
        join = gap_end > gap_start;
        for (size_t t = gap_start; t < gap_end; ++t) {
          uint32_t id = toks.ids[t];
          // "Fornost and the evil awful Gondor": adjectives (by the tagger)
          // may come between the conjunction and the actor.
          // (TABARI's own <ADJECTIVE> words where its dictionaries list them,
          // also right after an actor: "the evil Arnor awful Gondor".)
          // (A common noun between "the" and an adjective is an adjective
          // the tagger misread: "the evil awful Gondor".)
          const bool misread = !toks.tags.empty() && t > gap_start && t + 1 < gap_end &&
                               toks.ids[t - 1] == w_.the && toks.tags[t].xpos == Xpos::kNN &&
                               !toks.capitalized[t] && toks.tags[t + 1].xpos == Xpos::kJJ;
          const bool adjective =
              (t > gap_start || !out->tabari_word.empty()) && (out->tabari_word.empty()
                                    ? !toks.tags.empty() && (toks.tags[t].xpos == Xpos::kJJ ||
                                                             toks.tags[t].xpos == Xpos::kJJS || misread)
                                    : out->tabari_word[t] == kTabariAdjective);
          // "Shoukry and his Greek counterpart": a possessive after "and".
          const bool possessive = t > gap_start && toks.ids[t - 1] == w_.and_ &&
                                  (id == w_.his || id == w_.her || id == w_.their || id == w_.its);
          // ("neither X nor Y": NOR joins a list, as in TABARI, manual 7.6.)
          const bool nor = toks.upper[t] == "NOR";
          if (id != w_.and_ && id != w_.comma && id != w_.or_ && id != w_.the && !adjective &&
              !possessive && !nor)
            join = false;
          conj = conj || id == w_.and_ || id == w_.or_ || nor;
        }
        if (gap_end - gap_start > 3 && !conj) join = false;
      }
      // "Buhari of Nigeria and Patrice Talon of Benin": a name no dictionary
      // knows, of a country, joined by "and".
      if (!join && gap_end > gap_start + 2 && gap_end - gap_start <= 6 &&
          toks.ids[gap_start] == w_.and_ && toks.ids[gap_end - 1] == w_.of && !toks.tags.empty()) {
        join = true;
        for (size_t t = gap_start + 1; t + 1 < gap_end && join; ++t)
          join = toks.capitalized[t] &&
                 (toks.tags[t].xpos == Xpos::kNNP || toks.tags[t].xpos == Xpos::kNNPS);
        conj = join;
      }
      // "Biden met Xi, and Putin praised ...": after a finite verb, ", and"
      // before an actor with a finite verb of its own opens a clause, not a
      // list (a list of three goes on: "said Xi, Modi, and Putin met"); so
      // does one that modifies the subject ("and the US statement spoke").
      if (join && conj && g.units.size() == 1 && !toks.tags.empty() && gap_end >= gap_start + 2 &&
          toks.ids[gap_start] == w_.comma && toks.ids[gap_start + 1] == w_.and_) {
        auto finite = [&](size_t t) {
          const Xpos x = toks.tags[t].xpos;
          return x == Xpos::kVBD || x == Xpos::kVBZ || x == Xpos::kVBP || x == Xpos::kMD;
        };
        size_t after = unit.end;
        // (Past the noun it modifies: ", and the British statement spoke".)
        while (after + 1 < toks.size() && after < unit.end + 2 &&
               (toks.tags[after].xpos == Xpos::kNN || toks.tags[after].xpos == Xpos::kNNS))
          ++after;
        while (after + 1 < toks.size() && toks.tags[after].xpos == Xpos::kRB) ++after;
        bool verb_before = false;  // (a participle to the tagger: "both nations issued/VBN")
        for (size_t t = 0; t < g.start && !verb_before; ++t)
          verb_before = finite(t) || toks.tags[t].xpos == Xpos::kVBN;
        if (after < toks.size() && finite(after) && verb_before) join = false;
      }
      if (join) {
        g.units.push_back(u);
        g.end = unit.end;
        conjoined.back() = conjoined.back() || conj;
      }
    }
    if (!join) {
      out->groups.push_back(ActorGroup{unit.start, unit.end, {u}});
      conjoined.push_back(0);
    }
  }
  for (size_t g = out->groups.size(); g-- > 0;) {
    if (conjoined[g] || out->groups[g].units.size() < 2) continue;
    // "Arnor, Calenardhon and the evil Gondor": the list goes on.
    const size_t e = out->groups[g].end;
    bool more = false;
    for (size_t t = e; t < toks.size() && t < e + 2 && !more; ++t)
      more = toks.ids[t] == w_.and_ || toks.ids[t] == w_.or_;
    if (more) continue;
    std::vector<ActorGroup> singles;
    for (size_t u : out->groups[g].units)
      singles.push_back(ActorGroup{out->units[u].start, out->units[u].end, {u}});
    out->groups.erase(out->groups.begin() + static_cast<std::ptrdiff_t>(g));
    out->groups.insert(out->groups.begin() + static_cast<std::ptrdiff_t>(g), singles.begin(),
                       singles.end());
  }
  for (size_t g = 0; g < out->groups.size(); ++g) {
    ActorGroup& grp = out->groups[g];
    for (size_t t = grp.start; t < grp.end; ++t) out->group_at[t] = static_cast<int>(g);
    // "His Arnorian, Gondorian and Rohirric counterparts": a trailing agent
    // applies to the bare adjectives of the list before it.
    const ActorUnit& last = out->units[grp.units.back()];
    if (grp.units.size() > 1 && !last.agent_led && !last.agents.empty() && last.end - last.start == 2)
      for (size_t k = grp.units.size() - 1; k-- > 0;) {
        ActorUnit& u = out->units[grp.units[k]];
        if (!u.has_actor || !u.agents.empty() || u.end - u.start != 1 || u.person) break;
        // A demonym, not a country's name ("Greece and French officials").
        if (!IsDemonymLike(toks.upper[u.start])) break;
        for (std::string& c : u.codes)
          if (c.size() <= 3) c += last.agents;
        u.agents = last.agents;
      }
    // "The ambassadors of Arnor, Osgiliath and Gondor": the agent applies to
    // every actor of the list (not in TABARI, which keeps it to the first:
    // ARNGOV, OSG, GON).
    const ActorUnit& lead = out->units[grp.units[0]];
    if (!lead.agent_led || lead.agents.empty() || tabari_) continue;
    for (size_t k = 1; k < grp.units.size(); ++k) {
      ActorUnit& u = out->units[grp.units[k]];
      if (!u.has_actor || !u.agents.empty()) continue;
      for (std::string& c : u.codes)
        if (c.size() < lead.agents.size() || c.compare(c.size() - lead.agents.size(), lead.agents.size(), lead.agents) != 0)
          c += lead.agents;
      u.agents = lead.agents;
    }
  }
}

void Analyzer::FindClauses(const SentenceTokens& toks, Analysis* out) const {
  for (size_t i = 0; i < toks.size(); ++i) {
    uint32_t id = toks.ids[i];
    if (id == w_.after || id == w_.before || id == w_.until || id == w_.since)
      out->clause_break[i] = kClausePreposition;
    // (Not "WHO" in capitals that the dictionaries name: the World Health
    // Organization.)
    else if ((id == w_.that || id == w_.which || id == w_.who || id == w_.when || id == w_.while_ ||
              id == w_.because || id == w_.if_ || id == w_.although || id == w_.semicolon ||
              id == w_.where || id == w_.whether || id == w_.but) &&
             !(id == w_.who && toks.all_caps[i] && out->group_at[i] >= 0))
      out->clause_break[i] = kClauseOpener;
    // "funded the studies, as it considers the pipeline ...": "as" before a
    // pronoun subject opens a clause.
    else if (id == w_.as && i + 1 < toks.size() && !toks.tags.empty() &&
             toks.tags[i + 1].xpos == Xpos::kPRP && toks.upper[i + 1] != "IT'S")
      out->clause_break[i] = kClauseOpener;
  }
  // "With Hong Kong protests exploding to new levels, President Xi ...": an
  // opening adverbial phrase ends at its comma; the main clause follows.
  if (!toks.upper.empty()) {
    const std::string& f = toks.upper[0];
    if (f == "WITH" || f == "WITHOUT" || f == "AMID" || f == "DESPITE")
      for (size_t i = 1; i < toks.size() && i < 25; ++i)
        if (toks.ids[i] == w_.comma) {
          if (!out->clause_break[i]) out->clause_break[i] = kClauseOpener;
          break;
        }
  }
  // 'Biden told Macron: "I condemn ...': a quotation opened after a colon
  // or a comma is a clause of its own, whose subject is in it. (An even
  // number of marks before: it opens, not closes, one.)
  size_t marks = 0;
  for (size_t i = 0; i < toks.size(); ++i) {
    const std::string& u = toks.upper[i];
    if (!IsQuoteMark(u)) continue;
    const bool opens = u == "\xE2\x80\x9C" || (u == "\"" && marks % 2 == 0);
    if (opens && i > 0 && i + 1 < toks.size() && (toks.upper[i - 1] == ":" || toks.ids[i - 1] == w_.comma))
      out->clause_break[i] = kClauseOpener;
    ++marks;
  }
  // "hailed the report on Twitter and warned that ...", "defended his
  // record, and criticized ...": a second finite verb phrase after "and"
  // or "or" is a clause of its own, once the first verb has words of its
  // own ("attacked and killed three soldiers" share their object).
  if (toks.tags.empty()) return;
  auto finite = [&](size_t t) {
    const Xpos x = toks.tags[t].xpos;
    return x == Xpos::kVBD || x == Xpos::kVBZ || x == Xpos::kVBP;
  };
  auto verbal = [&](size_t t) {
    const Xpos x = toks.tags[t].xpos;
    return x == Xpos::kVB || x == Xpos::kVBD || x == Xpos::kVBZ || x == Xpos::kVBP ||
           x == Xpos::kVBN || x == Xpos::kVBG || x == Xpos::kRB || x == Xpos::kMD;
  };
  // "opened economic ties as well and Serbia agreed to ...": a new subject
  // the dictionaries name, then its finite verb.
  auto subject_and_verb = [&](size_t t) {
    if (t + 1 < toks.size() && (toks.ids[t] == w_.the || toks.tags[t].xpos == Xpos::kPRPS) &&
        out->group_at[t] < 0)
      ++t;
    if (t >= toks.size() || out->group_at[t] < 0) return false;
    const ActorGroup& g = out->groups[out->group_at[t]];
    if (g.start != t && !(g.start + 1 == t && toks.tags[g.start].xpos == Xpos::kPRPS)) return false;
    size_t after = g.end;
    // ("and his critics, which include Greenpeace, blame him": past a
    // relative clause between commas.)
    // (Its verb may be a bare VB to the tagger there.)
    bool relative = false;
    if (after + 2 < toks.size() && toks.ids[after] == w_.comma &&
        (toks.ids[after + 1] == w_.which || toks.ids[after + 1] == w_.who))
      for (size_t c = after + 2; c < toks.size() && c < after + 16 && !relative; ++c)
        if (toks.ids[c] == w_.comma) after = c + 1, relative = true;
    while (after + 1 < toks.size() && toks.tags[after].xpos == Xpos::kRB) ++after;
    return after < toks.size() && (finite(after) || toks.tags[after].xpos == Xpos::kMD ||
                                   (relative && toks.tags[after].xpos == Xpos::kVB));
  };
  auto finite_before = [&](size_t i) {  // (a modal too: "would not have been destroyed")
    for (size_t t = i; t-- > 0 && !out->clause_break[t];)
      if (finite(t) || toks.tags[t].xpos == Xpos::kMD) return true;
    return false;
  };
  for (size_t i = 1; i + 1 < toks.size(); ++i) {
    if (toks.ids[i] != w_.and_ && toks.ids[i] != w_.or_) continue;
    if (subject_and_verb(i + 1) && finite_before(i)) {
      out->clause_break[i] = kClauseOpener;
      continue;
    }
    // "rejected the demarcation, and that Greece and Turkey might ...": a
    // second reported clause; ", and the second accused him of ...": a new
    // subject no dictionary names (an article, a few nouns or adjectives),
    // then its finite verb.
    if (toks.tags[i + 1].xpos == Xpos::kIN && toks.ids[i + 1] == w_.that && finite_before(i)) {
      out->clause_break[i] = kClauseOpener;
      continue;
    }
    // "... without the Kurds, and I applaud the president": a pronoun
    // subject (of no actor we know) and its finite verb.
    if (toks.tags[i + 1].xpos == Xpos::kPRP && out->group_at[i + 1] < 0 && i + 2 < toks.size() &&
        finite_before(i)) {
      size_t after = i + 2;
      while (after + 1 < toks.size() && toks.tags[after].xpos == Xpos::kRB) ++after;
      if (finite(after) || toks.tags[after].xpos == Xpos::kMD) {
        out->clause_break[i] = kClauseOpener;
        continue;
      }
    }
    // (The first verb may be a participle to the tagger: "The first
    // charged/VBN President Trump ...".)
    auto verb_before = [&] {
      for (size_t t = i; t-- > 0 && !out->clause_break[t];)
        if (finite(t) || toks.tags[t].xpos == Xpos::kVBN) return true;
      return false;
    };
    if (toks.ids[i - 1] == w_.comma && toks.tags[i + 1].xpos == Xpos::kDT && out->group_at[i + 1] < 0 &&
        verb_before()) {
      size_t t = i + 2;
      // (An actor may modify the noun: ", and the US statement spoke of".)
      auto modifier = [&](size_t k) {
        if (out->group_at[k] < 0) return true;
        const size_t e = out->groups[static_cast<size_t>(out->group_at[k])].end;
        return e < toks.size() && e < i + 5 &&
               (toks.tags[e].xpos == Xpos::kNN || toks.tags[e].xpos == Xpos::kNNS);
      };
      while (t < toks.size() && t < i + 5 && modifier(t) &&
             (toks.tags[t].xpos == Xpos::kJJ || toks.tags[t].xpos == Xpos::kNN ||
              toks.tags[t].xpos == Xpos::kNNS || toks.tags[t].xpos == Xpos::kCD ||
              (out->group_at[t] >= 0 && toks.tags[t].xpos == Xpos::kNNP)))
        ++t;
      if (t > i + 2 && t < toks.size() && (toks.tags[t].xpos == Xpos::kVBD || toks.tags[t].xpos == Xpos::kVBZ)) {
        out->clause_break[i] = kClauseOpener;
        continue;
      }
    }
    size_t next = i + 1;
    while (next + 1 < toks.size() && toks.tags[next].xpos == Xpos::kRB) ++next;
    // ("had suspended operations, and advised citizens to leave": a
    // participle after a perfect's "had" is its second verb.)
    bool perfect = false;
    if (toks.tags[next].xpos == Xpos::kVBN && next + 1 < toks.size() && toks.upper[next + 1] != "BY")
      for (size_t t = i; t-- > 1 && !out->clause_break[t] && !perfect;)
        perfect = toks.tags[t].xpos == Xpos::kVBN &&
                  (toks.upper[t - 1] == "HAD" || toks.upper[t - 1] == "HAS" || toks.upper[t - 1] == "HAVE");
    // Not "and was condemned by ...", whose subject is the first verb's
    // (a passive), nor "used water cannon and tear gas" (VBP by mistake).
    if ((!finite(next) && !perfect) || toks.tags[next].xpos == Xpos::kVBP || out->group_at[next] >= 0 ||
        IsAuxiliaryOrAdverb(toks.ids[next], toks.upper[next]))
      continue;
    size_t prev = i - 1;
    if (toks.ids[prev] == w_.comma && prev > 0) --prev;
    if (verbal(prev)) continue;
    // A finite verb before, in this stretch: a verb phrase, not a list of nouns.
    if (finite_before(i)) out->clause_break[i] = kClauseOpener;
  }
}

void Analyzer::FindVerbs(const SentenceTokens& toks, Analysis* out) const {
  const size_t n = toks.size();
  bool all_caps = true;
  for (size_t i = 0; i < n && all_caps; ++i)
    if (!toks.capitalized[i] && !toks.upper[i].empty() &&
        toks.upper[i][0] >= 'A' && toks.upper[i][0] <= 'Z')
      all_caps = false;
  for (size_t p = 0; p < n; ++p) {
    const CVerbForm* best = nullptr;
    // Longest form wins; at equal length an exact form beats a stem.
    auto consider = [&](const CVerbForm& f) {
      if (p + f.words.size() > n) return;
      const size_t last = f.words.size() - 1;
      for (size_t k = 1; k < f.words.size(); ++k) {
        if (k == last && !f.stem.empty()) {
          const std::string& u = toks.upper[p + k];
          if (u.size() < f.stem.size() || u.compare(0, f.stem.size(), f.stem) != 0) return;
        } else if (toks.ids[p + k] != f.words[k]) {
          return;
        }
      }
      // (TABARI: an entry's own word beats another's ending, "ATTACKED"
      // before "ATTACK" + ED: its long phrases are checked first.)
      if (!best || f.words.size() > best->words.size() ||
          (f.words.size() == best->words.size() && !best->stem.empty() && f.stem.empty()) ||
          (tabari_ && f.words.size() == best->words.size() && best->stem.empty() &&
           f.stem.empty() && f.lemma && !best->lemma))
        best = &f;
    };
    if (toks.ids[p] != kNoWord) {
      if (const std::vector<CVerbForm>* forms = c_.VerbForms(toks.ids[p]))
        for (const CVerbForm& f : *forms) consider(f);
    }
    if (const std::vector<CVerbForm>* forms = c_.StemVerbForms(toks.upper[p]))
      for (const CVerbForm& f : *forms) consider(f);
    // "Russia attacks Ukraine", "will attack": a present tense the
    // dictionary leaves out for its noun, where the tagger reads a verb
    // right after an actor or a modal (its noun reading is common enough
    // that "steel exports to", "said demand for" need both to agree; and
    // "Polish exports", "Russian attacks" are nouns).
    if (!best && !tabari_ && !toks.tags.empty() && toks.ids[p] != kNoWord && p > 0 &&
        (toks.tags[p].xpos == Xpos::kVBZ || toks.tags[p].xpos == Xpos::kVBP ||
         toks.tags[p].xpos == Xpos::kVB) &&
        ((out->group_at[p - 1] >= 0 && !IsDemonymLike(toks.upper[p - 1])) ||
         toks.tags[p - 1].xpos == Xpos::kMD) &&
        // ("Hong Kong protests exploding": a participle next makes it a noun.)
        !(p + 1 < n && (toks.tags[p + 1].xpos == Xpos::kVBG || toks.tags[p + 1].xpos == Xpos::kVBN))) {
      if (const std::vector<CVerbForm>* forms = c_.TaggedVerbForms(toks.ids[p]))
        for (const CVerbForm& f : *forms) consider(f);
    }
    if (!best) continue;
    const size_t v = p + best->verb_word;
    if (out->group_at[v] >= 0) continue;  // inside an actor's name
    // A capitalised verb inside a sentence is a name or a title word.
    if (v > 0 && toks.capitalized[v] && !all_caps) continue;
    // A noun reading: "the visit", "its restore", "Gondor's attack"; with
    // the tagger also "drone strike", "held talks", and "the affected
    // villages" (an adjective).
    bool noun = false;
    if (tabari_) {
      // TABARI's noun rule (manual 7.4): right after THE, A or AN. A verb
      // takes no possessive ending (5.2.3: "donate's" is no verb).
      const size_t after = p + best->words.size();
      if (after < n && toks.ids[after] == w_.s_clitic) continue;
      const uint32_t prev = v > 0 ? toks.ids[v - 1] : kNoWord;
      noun = v > 0 && (prev == w_.the || prev == w_.a || prev == w_.an);
    } else if (v > 0) {
      uint32_t prev = toks.ids[v - 1];
      noun = prev == w_.the || prev == w_.a || prev == w_.an || prev == w_.its ||
             prev == w_.his || prev == w_.her || prev == w_.their || prev == w_.our ||
             prev == w_.this_ || prev == w_.these || prev == w_.those || prev == w_.my ||
             prev == w_.your || prev == w_.s_clitic;
    }
    if (!tabari_ && !toks.tags.empty() && !IsVerbTag(toks.tags[v])) noun = true;
    // "a pleasant place to visit", "efforts to negotiate": an infinitive
    // after a common noun describes the noun; no one is said to act.
    // (Not after a verb that takes an object and an infinitive: "ordered his
    // staff to delay".)
    if (!toks.tags.empty() && v >= 2 && toks.ids[v - 1] == w_.to &&
        (toks.tags[v - 2].xpos == Xpos::kNN || toks.tags[v - 2].xpos == Xpos::kNNS) &&
        out->group_at[v - 2] < 0 && toks.tags[v].xpos == Xpos::kVB) {
      bool governed = false;
      for (size_t k = v - 2; k-- > 0 && v - 2 - k <= 4 && !governed;) {
        const Xpos x = toks.tags[k].xpos;
        const bool verb = x == Xpos::kVB || x == Xpos::kVBD || x == Xpos::kVBG ||
                          x == Xpos::kVBN || x == Xpos::kVBP || x == Xpos::kVBZ;
        governed = verb && !IsAuxiliaryOrAdverb(toks.ids[k], toks.upper[k]);
      }
      noun = noun || !governed;
    }
    // "41 pledged delegates": a participle between a number and a noun.
    if (!tabari_ && !toks.tags.empty() && v > 0 && v + 1 < n && toks.tags[v - 1].xpos == Xpos::kCD &&
        toks.upper[v - 1].find_first_of("0123456789") != std::string::npos &&
        (toks.tags[v + 1].xpos == Xpos::kNN || toks.tags[v + 1].xpos == Xpos::kNNS))
      noun = true;
    // "to extradite accused criminals", "some detained protesters", "for
    // wounded soldiers": a participle before a common noun, after no
    // subject, describes the noun.
    // ("on occupied Palestinian land": past an adjective or a demonym.)
    size_t head = v + 1;
    if (!toks.tags.empty() && head + 1 < n &&
        (toks.tags[head].xpos == Xpos::kJJ || IsDemonymLike(toks.upper[head])) &&
        (toks.tags[head + 1].xpos == Xpos::kNN || toks.tags[head + 1].xpos == Xpos::kNNS))
      ++head;
    // ("among pledged Green Party delegates": past a name that modifies it.)
    if (!toks.tags.empty() && head < n && toks.tags[head].xpos == Xpos::kNNP) {
      size_t h = head;
      while (h < n && h < head + 3 && toks.tags[h].xpos == Xpos::kNNP) ++h;
      if (h < n && (toks.tags[h].xpos == Xpos::kNN || toks.tags[h].xpos == Xpos::kNNS) && !toks.capitalized[h])
        head = h;
    }
    // (A past tense right after a preposition is no finite verb either.)
    const bool participle =
        !toks.tags.empty() && v > 0 &&
        (toks.tags[v].xpos == Xpos::kVBN ||
         (toks.tags[v].xpos == Xpos::kVBD && toks.tags[v - 1].xpos == Xpos::kIN && toks.ids[v - 1] != w_.that));
    if (participle && head < n &&
        (toks.tags[head].xpos == Xpos::kNN || toks.tags[head].xpos == Xpos::kNNS) &&
        !toks.capitalized[head]) {
      const Xpos b = toks.tags[v - 1].xpos;
      if (b == Xpos::kDT || b == Xpos::kIN || b == Xpos::kJJ || b == Xpos::kVB ||
          b == Xpos::kVBG || b == Xpos::kPRPS)
        noun = true;
    }
    // "was interrupted by protesting legislators": after a passive's "by",
    // a present participle before a common noun describes its agent.
    // ("by protesting Arnorian students": past an adjective or a demonym.)
    if (!toks.tags.empty() && v >= 2 && head < n && toks.tags[v].xpos == Xpos::kVBG &&
        toks.upper[v - 1] == "BY" && toks.tags[v - 2].xpos == Xpos::kVBN &&
        (toks.tags[head].xpos == Xpos::kNN || toks.tags[head].xpos == Xpos::kNNS))
      noun = true;
    out->verbs.push_back(VerbHit{v, p, p + best->words.size(), best, noun});
    p += best->words.size() - 1;
  }
}

}  // namespace dyad::code
