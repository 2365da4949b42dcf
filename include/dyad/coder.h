// dyad/coder.h — the event coder: sentences in, CAMEO event records out.
//
//   auto lex = dyad::LoadLexiconDir("data/dictionaries");
//   auto coder = dyad::EventCoder::Create(*std::move(lex));   // compile once
//   auto scratch = (*coder)->NewScratch();                     // one per thread
//   std::vector<dyad::Event> events;
//   (*coder)->CodeDocument(doc, scratch.get(), &events);
//
// The coder is immutable after Create and shared by all threads; a Scratch
// holds one thread's buffers. Coding never fails: text that yields nothing
// yields no events.
//
// How a sentence is coded (TABARI-style shallow analysis over tokens):
//  1. discards: a sentence (or, for "+" entries, the whole story) is skipped;
//  2. actors: longest dictionary matches; agents combine with the country or
//     actor next to them ("Russian police" -> RUSCOP, "soldiers from Gondor"
//     -> GONMIL, "MSF Arnor" -> NGOARN); "X and Y" makes a compound actor;
//  3. verbs: every form of every dictionary verb that the part-of-speech
//     tagger reads as a verb (without a tagger: not after a determiner or
//     a possessive);
//  4. patterns: the verb's patterns are tried longest first; words, synonym
//     sets, {noun phrases}, (prepositional phrases), $ source, + target;
//     the first that matches gives the code, else the verb's own code;
//  5. source: the pattern's $ or the first actor before the verb in its
//     clause; target: the pattern's + or the first actor after the verb;
//  6. mood: negation ("not", "never", "n't") and modality ("will", "may",
//     "could", "plans to") before the verb;
//  7. an agent with no country takes one from context (infer_agent_country);
//  8. pronouns ("he", "it", "they") take the actor they name from the last
//     sentences; the event's date is the day the text gives near the verb
//     ("on Monday", "Feb. 20"), else the document's; its location the place
//     named after "in".
#ifndef DYAD_CODER_H_
#define DYAD_CODER_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/document.h"
#include "dyad/event.h"
#include "dyad/lexicon.h"
#include "dyad/status.h"
#include "dyad/tagger.h"
#include "dyad/text.h"

namespace dyad {

struct CoderOptions {
  // Write hypothetical and negated events too (default: asserted only).
  bool all_moods = false;
  // Keep events whose source or target is unknown ("---").
  bool allow_missing_actors = false;
  // Keep, with an empty target, the events that need none: claims and
  // denials of responsibility and sympathy when a pattern names them
  // ("the Taliban claimed responsibility", 015), intentions (03) and force
  // posture (15: "the government strengthened security measures").
  bool one_sided_events = true;
  // An agent without a country ("police", "protesters") takes the country of
  // the nearest actor before it in the sentence, else the country the
  // document has named most so far ("police fired on protesters" in a Hong
  // Kong story -> HKGCOP, HKGOPP). Off for the peers' suites, which expect "---".
  bool infer_agent_country = true;
  // "Ohio man", "a British woman", "Texas residents" are private persons of
  // the country (USACVL, GBRCVL), not its state. Off for the peers' suites,
  // which code the country alone ("A Pakistani woman" -> PAK).
  bool persons_of_a_country_are_civilians = true;
  // An actor after "in" is where a verb happened, not whom it is done to
  // ("arrested in Iraq", "met in Cairo"), unless a pattern's "+" names it
  // there; dyad records it as the event's location. On for the peers'
  // suites, whose coders take it as the target.
  bool places_as_targets = false;
  // A passive arrest, charge or conviction with no "by" agent ("Two
  // Americans were arrested in Iran", "officers were found guilty") was
  // done by the state where it happened: the source is that country's
  // police (COP, for 173) or judiciary (JUD, for 115 and 116), the country
  // being the place "in ..." of the clause, else the target's, else the
  // document's. Off for the peers' suites, which code no such event.
  bool implied_state_agent = true;
  // Joined actors who agree, meet or cooperate ("Turkey and Libya agreed on a
  // line ... between Crete and Cyprus") act on each other, also through a
  // pattern that names no target (but not in an intent, 03, toward a third:
  // "Germany and Japan agreed to ... the US"); a third party is
  // their object only right after the verb or after "with"; a pair after
  // "between" are each other's partners, not the subject's ("announced deals
  // between Israel and Bahrain" is no US agreement). Off for the peers'
  // suites, whose coders take the first actor after the verb.
  bool partners_act_on_each_other = true;
  // "Trump said Iran attacked Israel": after another finite verb of the
  // clause, a verb's subject is the actor that follows that verb (needs the
  // tagger). Off for the peers' suites, written for coders without it.
  bool complement_subjects = true;
  // Statements (01) by the media and by academics are commentary, not
  // political events (all such events in three audits of dyad's output were
  // judged "not an event"); nor do the media appeal, consult or cooperate
  // (02-05: "a reporter reached out to the nominee"), nor do deeds (06-08,
  // 14-20: "Beirut radio said gunships raided"). Off for the peers' suites.
  bool media_statements_are_commentary = true;
  // Trade in goods by the quantity, in currencies, securities and firms
  // ("Colombia bought 25,000 tonnes of French soft wheat", "the central
  // bank bought dollars", "sold its stake in the venture") is commerce, not
  // economic cooperation between the parties (061); nor are two firms'
  // dealings with each other (talks, deals, offers, lawsuits: 01-15)
  // political events, and a firm's cooperation with a state is economic
  // (061, not 050). Off for the peers' suites.
  bool commerce_is_no_event = true;
  // Cooperation (050: "worked with", "collaborating with") between two
  // actors of one country, neither of them an opposition, rebel or
  // insurgent group, is their daily work ("the transit authority is working
  // with the police", "Boeing is collaborating with NASA"), not diplomatic
  // cooperation: no event (none of the fourteen such events in dyad's audits
  // was judged one). Off for the peers' suites.
  bool domestic_cooperation_is_work = true;
  // What the text dates to a period that ended more than a year before the
  // document ("was arrested in 1963 and imprisoned", "In 2007, the United
  // States labeled him a terrorist") is background to the news, not news of
  // the day: not coded (event data such as ICEWS code only the events a
  // story reports as current). A span's bound ("fighting since 2015") dates
  // nothing. Off for the peers' suites.
  bool history_is_background = true;
  // A pattern's "*" gap may pass over an actor before a phrase that names
  // one, and over the start of another clause: in "- * (AGAINST +)",
  // "sanctioned Iran over plots against dissidents" would make the
  // dissidents the target, and in "- * &CEASEFIRE", "vowed support, while
  // Russia called for a cessation" would be a ceasefire. Off: the gap stops
  // at an actor, whose phrase the later one is, and at a word that opens a
  // clause ("that", "while", "but"; not "after" or "until", which also open
  // phrases); the pattern fails and a plainer one codes. On for the peers'
  // suites, written for that reading.
  bool loose_pattern_gaps = false;
  // Keep events that have no source either, written "---" -> "---" or
  // "---" -> target: for a peer that fills in default actors (TABARI's
  // DEFAULT command). Needs allow_missing_actors.
  bool keep_sourceless = false;
  // TABARI's default actor search (its manual, 5.8) where dyad's finds
  // none: no subject -> the first actor of the sentence before the verb; no
  // object -> the first actor after the verb whose code differs from the
  // source's, else the nearest such before it (a compound source is
  // compared by its first actor, so another member may be the target),
  // else a compound source's members act on each other. A pattern's "^"
  // passes over an actor, which is then neither source nor target (manual
  // 5.7), and an agent combines only with an actor right next to it (5.4:
  // "Dagolath's first deputy prime minister Telemar" is DAG and DAGGOV).
  // On for the TABARI suite only: dyad's own coding leaves such events out.
  bool tabari_actor_search = false;
  // TABARI's DEFAULT command (manual 8.5), with tabari_actor_search: PRIOR
  // leaves the source missing (for the default code) whenever no actor is
  // before the verb, AFTER the target whenever none is after it. Without
  // PRIOR an actor after the verb is the source when none is before it.
  bool tabari_default_prior = false;
  bool tabari_default_after = false;
  // A dictionary verb the tagger reads as a noun is a verb when it follows
  // an actor right away and its clause has no other verb: the terse,
  // ungrammatical records of the peers' suites ("Estonia act on a
  // resolution with Libya"). Off for dyad's own coding.
  bool verb_in_verbless_clause = false;
  // Part-of-speech tags choose verb and noun readings ("the attack on X" is
  // not an attack event, "talks" after "held" is a noun) and find passive
  // participles. Null: word-shape rules only (faster, less exact). The
  // coder shares the tagger; Tagger::LoadDefault() gives the shipped model.
  std::shared_ptr<const Tagger> tagger;
};

// One coded event before it becomes a record (validation compares these).
struct CodedEvent {
  std::string source, target;        // may contain "---" for unknown parts
  std::string source_text, target_text;
  std::string code;
  Mood mood = Mood::kAsserted;
  SourceLoc pattern;                 // pattern or verb entry that fired
  std::string location;              // "in Brussels": the place's words, or ""
  int32_t date = 0;                  // YYYYMMDD the text gives ("on Monday"), 0: none
  uint32_t verb = 0;                 // token of the verb that fired, within the sentence
  uint32_t clause = 0;               // first token of that verb's clause
};

// What TABARI's complexity filter reads in a sentence (EventCoder::Facts):
// the dictionary verbs and actors it found, in its own order.
struct SentenceFacts {
  int verbs = 0;         // verb forms read as verbs; null-coded ones without patterns aside
  int actors = 0;        // actor mentions (units), pronouns included
  int conjunctions = 0;  // AND, OR, BUT, NOR outside compound actors
  // The tokens of those conjunctions that delimit TABARI's clauses, in
  // order (not those joining two adjectives or two common nouns: "easy or
  // pleasant"); CODE BY CLAUSE codes the first event of each.
  std::vector<uint32_t> conjunction_tokens;
  bool verb_found = false;
  bool actor_before_verb = false;  // an actor before the first counted verb
  bool actor_after_verb = false;   // an actor after it
  bool complex = false;  // a "+++" actor, or a verb or pattern coded "+++"
  bool discard = false;  // a "###" actor
};

class EventCoder {
 public:
  class Scratch;
  struct ScratchDeleter {
    void operator()(Scratch* s) const;
  };
  using ScratchPtr = std::unique_ptr<Scratch, ScratchDeleter>;

  ~EventCoder();
  static Result<std::unique_ptr<EventCoder>> Create(Lexicon lexicon, CoderOptions options = {});

  ScratchPtr NewScratch() const;

  // Codes every sentence of doc; appends record-v1 events to *out.
  void CodeDocument(const Document& doc, Scratch* scratch, std::vector<Event>* out) const;

  // Codes one sentence (the text is split and tokenized as one sentence).
  // date: YYYYMMDD for dated roles, 0 when unknown. *discard_story is set
  // when a story-level discard phrase occurs.
  void CodeSentence(std::string_view sentence, int32_t date, Scratch* scratch,
                    std::vector<CodedEvent>* out, bool* discard_story = nullptr) const;

  // As CodeSentence, for a story coded one sentence at a time: pronouns may
  // name the actors of the sentences coded before with this scratch since
  // the last call with `new_story` (TABARI's FORWARD).
  void CodeStorySentence(std::string_view sentence, int32_t date, bool new_story, Scratch* scratch,
                         std::vector<CodedEvent>* out, bool* discard_story = nullptr) const;
  // The facts of the sentence last coded with `scratch` by CodeSentence.
  SentenceFacts Facts(const Scratch* scratch) const;

  const Lexicon& lexicon() const;
  const CoderOptions& options() const;

 private:
  struct Impl;
  explicit EventCoder(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// "YYYY-MM-DD" or "YYYYMMDD" -> YYYYMMDD; 0 when malformed or empty.
int32_t DateToInt(std::string_view date);

}  // namespace dyad

#endif  // DYAD_CODER_H_
