// dyad/lexicon.h — event-coding dictionaries: actors, agents, verbs with
// patterns, synonym sets and discards, read from the PETRARCH-2 and TABARI
// formats the field maintains.
//
//   dyad::LexiconOptions opts;                       // strict = false: skip bad lines
//   dyad::Result<dyad::Lexicon> lex = dyad::LoadLexiconDir("dicts/", opts);
//   if (!lex.ok()) { ...lex.status().message()... }   // a file could not be read
//   for (const dyad::LexiconIssue& i : lex->issues)   // bad lines, as file:line: message
//     std::cerr << i.ToString() << "\n";
//
// A Lexicon is plain data (what the files say, normalised); the coder compiles
// it once into an immutable matcher shared by all threads (see coder.h).
//
// Words are stored upper-case, as the dictionaries write them. A phrase is a
// list of words; `_` in a file joins words that must be adjacent, a blank lets
// other words come between (agents and verb patterns). A phrase whose last
// word has no trailing `_` also matches longer words that start with it (a
// TABARI stem: ARGENTIN matches Argentina and Argentine); a trailing `_` asks
// for the exact word.
#ifndef DYAD_LEXICON_H_
#define DYAD_LEXICON_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/status.h"

namespace dyad {

// Where an entry came from: index into Lexicon::files and 1-based line.
struct SourceLoc {
  uint32_t file = 0;
  uint32_t line = 0;
};

// Dates are YYYYMMDD integers; [from, to] is inclusive.
constexpr int32_t kDateMin = 0;
constexpr int32_t kDateMax = 99991231;

struct DatedCode {
  std::string code;
  int32_t from = kDateMin;
  int32_t to = kDateMax;
};

struct PhraseWord {
  std::string text;        // upper-case word (may hold "'" or "-" or ".")
  bool joined = true;      // must directly follow the previous word
};

struct Phrase {
  std::vector<PhraseWord> words;
  bool stem = false;       // the last word may be a prefix of the text's word
  bool case_sensitive = false;  // "# @cs": the text must write it in capitals (US, WHO)
  bool no_endings = false;      // TABARI's "MOUSE=": no plural or other regular ending
  bool operator==(const Phrase&) const = default;
};

struct ActorEntry {
  std::vector<Phrase> phrases;        // the primary phrase first, then synonyms
  std::string default_code;           // "" when none
  std::vector<DatedCode> dated;       // first match by date wins
  bool role_lines = false;            // role lines in a dyad-dict file: a person
  // A person: in a dyad-dict file one with role lines (a state or body whose
  // code changes writes its dated codes on its name's line: "EC [IGOEEC
  // <19931101] [---]"); in TABARI and PETRARCH-2 files any dated entry.
  bool person = false;
  // A person with dated roles only: the code on a date outside all of them
  // (its latest country's ELI, "IRNELI"), "" when none.
  std::string elite_code;
  SourceLoc loc;

  // The code on a date (YYYYMMDD; 0 = unknown date: the default, else the
  // last dated code). "" when none applies.
  std::string_view CodeOn(int32_t date) const;
};

struct AgentEntry {
  Phrase phrase;
  std::string code;        // without the "~"
  bool prefix = false;     // "NGO~": the code goes before the actor's code
  // "# @counted": only after a number or a word of number ("50 people",
  // "thousands of people"), not "people familiar with the talks".
  bool counted = false;
  SourceLoc loc;
};

struct DiscardEntry {
  Phrase phrase;
  bool whole_story = false;  // "+PHRASE": discard the whole document
  SourceLoc loc;
};

// One element of a verb pattern.
struct PatternElement {
  enum class Kind : uint8_t {
    kWord,        // a literal word
    kSynset,      // &NAME: any phrase of the synonym set
    kSource,      // $: the source actor goes here
    kTarget,      // +: the target actor goes here
    kCompound,    // %: a compound actor (reciprocal event)
    kVerb,        // *: the verb itself
    kNounPhrase,  // {A B C}: a noun phrase with head C (children)
    kPrepPhrase,  // (PREP X): a preposition and its object (children)
    kSkip,        // ^: skip to the next noun phrase (TABARI)
  };
  Kind kind = Kind::kWord;
  std::string text;                       // word or synset name
  bool joined = false;                    // `_`: adjacent to the previous element
  // TABARI .verbs: a word not followed by `_` is a stem ("REVOLUTION":
  // revolutionary), one followed by `_` is exact (no plural either).
  enum class Match : uint8_t { kDefault, kStem, kExact };
  Match match = Match::kDefault;
  std::vector<PatternElement> children;   // for noun and prepositional phrases
};

struct VerbPattern {
  std::vector<PatternElement> elements;   // includes exactly one kVerb
  std::string code;                       // "042"; "---" null; "###" discard
  std::string paired_code;                // "[032:033]": the target's event back
  SourceLoc loc;
  // How its words match the text: PETRARCH-2 files, the word and its regular
  // plurals ("TALK": talks); dyad-dict files also -ED/-D/-ING ("ARREST":
  // arrested, arresting).
  bool inflected_words = false;
};

// One verb (or multi-word verb) of a block, with its inflected forms.
struct VerbEntry {
  Phrase lemma;                            // e.g. CORDON OFF (verb word marked)
  size_t verb_word = 0;                    // index of the inflected word in lemma
  std::vector<Phrase> forms;               // all surface forms, lemma included
  std::string code;                        // its own [code], "" for the block's
  std::string paired_code;
  SourceLoc loc;
};

struct VerbBlock {
  std::string description;                 // from "--- NAME [code] ---"
  std::string code;                        // default code of the block
  std::string paired_code;                 // "[032:033]" on the block
  std::vector<VerbEntry> verbs;
  std::vector<VerbPattern> patterns;
  SourceLoc loc;
};

struct Synset {
  std::string name;                        // with its "&"
  std::vector<Phrase> phrases;
  // From a TABARI .verbs file: words joined by a blank need not be
  // adjacent ("AUSTRIAN FLORIN": "austrian gold florin"), and a literal word
  // of a pattern is more specific than the set.
  bool open = false;
  SourceLoc loc;
};

// PETRARCH-2 transformations ("~ a (a b ATTACK) SAY = a b 015"), kept as read.
struct Transformation {
  std::string text;
  SourceLoc loc;
};

struct LexiconIssue {
  std::string file;
  uint32_t line = 0;
  std::string message;
  std::string ToString() const;  // "file:line: message"
};

enum class DictionaryKind {
  kUnknown,
  kVerbs,      // PETRARCH-2 or TABARI .verbs
  kActors,     // PETRARCH-2 actors or TABARI .actors
  kAgents,     // PETRARCH-2 or TABARI .agents
  kDiscards,
  kOptions,    // TABARI .options: read for the settings the suites use
};

// Guesses a file's kind from its name: "*verbs*", "*actors*", "*agents*",
// "*discards*", "*.options". Case-insensitive.
DictionaryKind GuessDictionaryKind(std::string_view path);

struct LexiconOptions {
  // Stop at the first bad line (Load* returns its error) instead of skipping it.
  bool strict = false;
};

struct Lexicon {
  std::vector<std::string> files;          // paths as given
  std::vector<ActorEntry> actors;
  std::vector<AgentEntry> agents;
  std::vector<DiscardEntry> discards;
  std::vector<VerbBlock> verbs;
  std::vector<Synset> synsets;
  std::vector<Transformation> transformations;
  // TABARI .actors files' <NOUN> and <ADJECTIVE> sections: words its parser
  // reads as nouns and adjectives in compound phrases ("the evil awful
  // Gondor", "sheep and goats"; manual 7.5).
  std::vector<Phrase> tabari_nouns, tabari_adjectives;
  // TABARI .verbs files' <TIME> section (manual 10.5): time-shifting
  // phrases and their codes ("-7", "+1"; "###" discards the sentence, "+++"
  // makes it too complex to code). Its patterns ("- * AND A WEEK") are not kept.
  struct TimePhrase {
    Phrase phrase;
    std::string code;
    SourceLoc loc;
  };
  std::vector<TimePhrase> tabari_time;
  std::vector<LexiconIssue> issues;        // bad lines that were skipped

  // "file:line" of an entry.
  std::string Where(SourceLoc loc) const;
};

// Reads one dictionary file of the given kind (kUnknown: guessed from the
// name) into *lex. A file that cannot be opened is an error; bad lines are
// issues (or the error, with options.strict).
Status LoadDictionaryFile(const std::string& path, DictionaryKind kind,
                          const LexiconOptions& options, Lexicon* lex);

// Same, from bytes in memory (tests, fuzzers).
Status LoadDictionaryText(std::string_view name, std::string_view text, DictionaryKind kind,
                          const LexiconOptions& options, Lexicon* lex);

// Reads every recognised dictionary file in a folder (not recursive), in name
// order. Files of unknown kind are skipped and listed as issues.
Result<Lexicon> LoadLexiconDir(const std::string& dir, const LexiconOptions& options = {});

// Which dictionaries to load: a folder (every file recognised by name) and/or
// files by kind. When nothing is given, dyad's own dictionaries
// (DefaultDictionaryDir(), data.h) are loaded.
struct DictionaryFiles {
  std::string dir;
  std::vector<std::string> verbs, actors, agents, discards;
  bool empty() const {
    return dir.empty() && verbs.empty() && actors.empty() && agents.empty() && discards.empty();
  }
};
Result<Lexicon> LoadLexicon(const DictionaryFiles& files, const LexiconOptions& options = {});

// Checks a loaded lexicon beyond syntax (`dyad dict check`): patterns that
// name an unknown synonym set, verb and pattern codes that are not CAMEO
// codes, a person's dated codes that overlap with different codes, phrases
// listed for two actors with different codes. Returns the problems found, as
// file:line issues (the lexicon's own syntax issues are not repeated).
std::vector<LexiconIssue> CheckLexicon(const Lexicon& lex);

// Parses a date of a dictionary: YYYYMMDD or YYMMDD (YY < 30: 20YY, else 19YY).
// Returns -1 when malformed.
int32_t ParseDictionaryDate(std::string_view text);

}  // namespace dyad

#endif  // DYAD_LEXICON_H_
