// Private: the shallow analysis of one sentence — actor mentions combined
// into units and compound groups, verb occurrences with noun readings
// filtered, clause boundaries, passive voice and mood.
#ifndef DYAD_SRC_CODE_ANALYSIS_H_
#define DYAD_SRC_CODE_ANALYSIS_H_

#include <string>
#include <vector>

#include "code/compiled.h"
#include "dyad/chunker.h"
#include "dyad/clauses.h"
#include "dyad/dates.h"
#include "dyad/event.h"

namespace dyad::code {

// One actor as the text names it: a dictionary actor and/or agents.
struct ActorUnit {
  size_t start = 0, end = 0;      // tokens [start, end)
  std::vector<std::string> codes; // several for "ELR/GAL"-style entries
  std::string agents;             // agent codes that followed the actor ("GOV")
  bool has_actor = false;         // a dictionary actor, not only agents
  bool agent_led = false;         // "ambassadors of Arnor": agents came first
  bool person = false;            // a person: dated roles, or a title ("minister")
  bool plural = false;            // "rebels", "the Taliban"
  bool pronoun = false;           // "he", "it": codes from an earlier actor
  bool anaphor = false;           // "the attack": who did an earlier event
  // With pronoun: "the accused", "the gunman", a person met before named
  // by deed or charge; unlike "he", also the object of a verb.
  bool description = false;
  // Agents only, marked "@counted" ("thousands of people"): a crowd is the
  // doer of a protest or a fight, not of an arrest or a bombing (coder.cc).
  bool counted = false;
};

// Actor units joined by "and" or commas: "Xi and Putin".
struct ActorGroup {
  size_t start = 0, end = 0;
  std::vector<size_t> units;      // indexes into Analysis::units
};

// By its ending, an adjective of nationality: "Greek", "Iranian", "British",
// "Chinese", "Iraqi", "Cypriot", "French".
bool IsDemonymLike(std::string_view upper);

// A verb or modal to the tagger (Penn VB*, MD, or UPOS VERB).
bool IsVerbTag(const PosTag& t);

// The head or a modifier of a state organ's name: "Department", "Ministry",
// "Army", "Foreign", "National" (names_of_things.cc).
bool IsStateOrganWord(std::string_view upper);

// A currency's name or the wires' abbreviation of one: "dollars", "yen",
// "dlrs", "stg" (names_of_things.cc).
bool IsCurrencyWord(std::string_view upper);

struct VerbHit {
  size_t pos = 0;                 // token of the verb word
  size_t start = 0, end = 0;      // tokens of the whole (multi-word) form
  const CVerbForm* form = nullptr;
  // Read as a noun ("the attack", "held talks"): codes only through a
  // pattern with words before it ("LAUNCHED AN * ON +").
  bool noun_reading = false;
};

constexpr uint8_t kTabariNoun = 1, kTabariAdjective = 2;
constexpr uint8_t kClauseOpener = 1, kClausePreposition = 2;
constexpr uint8_t kAside = 1, kAttribution = 2;

// A person no dictionary knows, named with a title the dictionaries code
// ("Ukrainian prosecutor Yuriy Lutsenko", "Yuriy Lutsenko, Ukraine's
// prosecutor,"): the name's words (upper-case) and the title's codes.
struct IntroducedName {
  std::vector<std::string> words;
  std::vector<std::string> codes;
};

struct Analysis {
  std::vector<ActorUnit> units;
  std::vector<ActorGroup> groups;
  std::vector<VerbHit> verbs;
  std::vector<int> group_at;      // per token: group index covering it, or -1
  // Per token: starts a new clause: kClauseOpener ("that", "while", "but",
  // "and" before a second finite verb), kClausePreposition ("after",
  // "before", "until", "since": maybe a phrase, "until Thursday"), or 0.
  std::vector<uint8_t> clause_break;
  // Per token: inside a comma-delimited aside ("Gollum, centre of a row
  // between X and Y, called on Z"; "reports, rumoured to come from X, that
  // ..."), whose actors are not the subject or a pattern's $/+ of a verb
  // outside it.
  // kAside, or kAttribution: "according to X", "on behalf of X", "despite
  // X", whose actors are no party to a verb outside it either.
  std::vector<uint8_t> aside;
  // Per token under TABARI's conventions, when its .actors file lists them:
  // kTabariNoun, kTabariAdjective from its <NOUN> and <ADJECTIVE> words, 0
  // other (empty: no lists; the tagger's tags stand in).
  std::vector<uint8_t> tabari_word;
  // Per token: a finite verb of the dictionaries, a perfect's participle too
  // ("had asked"), which a pattern's gap does not pass (empty without tags).
  std::vector<uint8_t> finite_verb;
  std::vector<std::string_view> words;  // the sentence's token texts
  std::vector<DateMention> dates;       // "on Monday", "Feb. 20" resolved
  // Chunks and clauses of the sentence (only when it was tagged; else empty).
  Chunks chunks;
  ClauseAnalysis clauses;
  bool complex_code = false;            // a verb or pattern coded "+++" fired
  // Words a dictionary knows as a person's surname or title that name
  // someone else here ("Kevin King", "Luz Contreras Arroyo"): later bare
  // mentions in the document are that person too (Discourse::OtherPerson).
  std::vector<uint32_t> other_people;
  // Last words of persons named in full or by title ("Joe Biden",
  // "President Biden"): their bare surname stays theirs.
  std::vector<uint32_t> full_names;
  // Persons no dictionary knows that this sentence introduced with a coded
  // title: later mentions of the name, or of its last word, are theirs
  // (Discourse::Introduced).
  std::vector<IntroducedName> introduced;
  // Every name of two or more words no dictionary knows ("Usman Khan",
  // "Sadiq Khan"): a last word two of them share names neither alone.
  std::vector<std::vector<std::string>> name_runs;
  // The clause whose main verb is token `pos`, or null.
  const Clause* ClauseOfVerb(size_t pos) const {
    if (pos >= clauses.clause_of.size() || clauses.clause_of[pos] < 0) return nullptr;
    const Clause& c = clauses.clauses[static_cast<size_t>(clauses.clause_of[pos])];
    return pos >= c.group_begin && pos < c.group_end ? &c : nullptr;
  }
  void clear() {
    units.clear(); groups.clear(); verbs.clear(); group_at.clear(); clause_break.clear();
    aside.clear(); tabari_word.clear(); finite_verb.clear(); words.clear(); dates.clear(); chunks.clear();
    clauses.clear(); other_people.clear(); full_names.clear(); introduced.clear();
    name_runs.clear();
    complex_code = false;
  }
};

// Function words the analysis needs, interned at compile time.
struct Words {
  uint32_t and_, or_, comma, the, a, an, s_clitic, of, in, from, at, for_, by, with, on, against;
  uint32_t not_, nt, never, no, will, would, could, may, might, should, can, must, shall, ll;
  uint32_t to, that, which, who, after, before, when, while_, because, if_, although, semicolon,
      as, until, since, where, whether, but;
  uint32_t its, his, her, their, our, this_, these, those, my, your;
  uint32_t is, are, was, were, be, been, being, has, have, had, former;
  void Init(WordTable* table);
};

class Discourse;

class Analyzer {
 public:
  // tabari: TABARI's conventions (CoderOptions::tabari_actor_search):
  // agents combine only with an actor right next to them ("Dagolath's Prime
  // Minister"; not "Dagolath's first deputy prime minister", which is DAG
  // and another actor) and a leading agent only with the first actor of a
  // list; its <NOUN> and <ADJECTIVE> words make compound phrases.
  Analyzer(const Compiled& c, const Lexicon& lex, const Words& w, bool tabari = false);
  // date: YYYYMMDD for dated actor codes (0 unknown). discourse: what the
  // document named before, for pronouns (null: none).
  void Run(const SentenceTokens& toks, int32_t date, const Discourse* discourse,
           Analysis* out) const;

  // Whether the sentence could yield an event at all: some dictionary verb
  // form and some actor (or a pronoun). When not, the coder skips tagging
  // it, the costliest step (the analysis still runs, for later pronouns).
  // With `discourse`, a surname of a person named before counts as an actor.
  bool MayCode(const SentenceTokens& toks, const Discourse* discourse = nullptr) const;

  // Negated, hypothetical or asserted, from the words before verb `v`.
  Mood MoodOf(const SentenceTokens& toks, const Analysis& a, const VerbHit& v) const;
  // "was attacked by": the verb is a passive participle.
  bool IsPassive(const SentenceTokens& toks, const VerbHit& v) const;
  // "is", "has", "did", "also", "reportedly", -ly adverbs: words of a verb group.
  bool IsAuxiliaryOrAdverb(uint32_t id, const std::string& upper) const;
  // A finite verb group: a past or present tense, or a participle after a
  // modal or a finite auxiliary, past adverbs ("said Iran had struck",
  // "claimed he was wrongfully imprisoned"). False without tags.
  bool IsFinite(const SentenceTokens& toks, const VerbHit& v) const;
  bool GerundOfContent(const SentenceTokens& toks, const Analysis& a, const VerbHit& v) const;
  // A participle after "as" ("reported as convicted"), or a present tense
  // after "under" a law ("Under the Constitution, the House impeaches"):
  // a description or a rule, no act told (mood.cc).
  bool WhatARuleProvides(const SentenceTokens& toks, const Analysis& a, const VerbHit& v) const;

 private:
  void FindMentions(const SentenceTokens& toks, int32_t date, Analysis* out) const;
  void FindGroups(const SentenceTokens& toks, Analysis* out) const;
  void DropNamesOfThings(const SentenceTokens& toks, Analysis* out) const;
  // Drops bare mentions of a name the document gave to someone no
  // dictionary knows ("Kevin King ... King and Weeks were abducted").
  void DropOtherPeople(const SentenceTokens& toks, const Discourse* discourse,
                       Analysis* out) const;
  void FindVerbs(const SentenceTokens& toks, Analysis* out) const;
  void FindClauses(const SentenceTokens& toks, Analysis* out) const;
  void FindAsides(const SentenceTokens& toks, Analysis* out) const;
  Mood InfinitiveMood(const SentenceTokens& toks, const Analysis& a, size_t to) const;
  static bool IsVerbLike(const std::string& upper);

  const Compiled& c_;
  const Lexicon& lex_;
  const Words& w_;
  std::vector<uint8_t> agent_person_;  // per agent: names a person ("minister")
  bool tabari_ = false;
};

}  // namespace dyad::code

#endif  // DYAD_SRC_CODE_ANALYSIS_H_
