// dyad/validation.h — the peers' validation suites: PETRARCH-2 unit-test
// records (XML), UD-PETRARCH records (XML) and TABARI's Validate.text, read
// into one form and scored against dyad's coder. Only each record's raw text
// is used, never its parse.
//
//   auto suite = dyad::ReadValidationSuite("PETR.UnitTest.records.xml");
//   auto coder = dyad::EventCoder::Create(*dyad::LoadSuiteLexicon(*suite), opts);
//   dyad::ValidationReport r = dyad::RunValidation(*suite, **coder);
//   std::cout << r.ToText();   // per-category table, misses, "N passed, M failed"
#ifndef DYAD_VALIDATION_H_
#define DYAD_VALIDATION_H_

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "dyad/coder.h"
#include "dyad/lexicon.h"
#include "dyad/status.h"

namespace dyad {

struct ExpectedEvent {
  std::string source, target, code;
  bool operator<(const ExpectedEvent& o) const {
    return std::tie(source, target, code) < std::tie(o.source, o.target, o.code);
  }
  bool operator==(const ExpectedEvent& o) const = default;
};

// Which of a sentence's events a peer codes: all of them (PETRARCH-2), the
// first verb's of each clause (TABARI's default CODE BY CLAUSE) or of the
// sentence (CODE BY SENTENCE); TABARI's OPTION records switch it mid-suite.
enum class CodeBy : uint8_t { kAll, kClause, kSentence };

// TABARI's .options commands that change what a record yields, as its
// project's options file and the suite's "{ OPTION: ... }" records set them
// (TABARI manual, chapter 8 and section 10.1.1).
// Comma-delimited phrases a peer drops before coding: one of more than MIN
// and at most MAX words (BMIN/BMAX: the phrase before the first comma,
// EMIN/EMAX: the one after the last). TABARI's defaults never drop the first.
struct CommaBounds {
  int min = 2, max = 10, emin = 2, emax = 10, bmin = 128, bmax = 0;
  // The commas of a list of names ("Mordor, Rohan, Fornost and Bree")
  // delimit nothing: PETRARCH's parse keeps them inside a noun phrase.
  bool name_lists = false;
};
// `text` less those phrases; words counted as TABARI counts them; commas
// inside numbers ("10,000") and before "and"/"or" (list members) delimit
// nothing.
std::string DropCommaPhrases(std::string_view text, const CommaBounds& bounds);

struct TabariOptions {
  CodeBy code_by = CodeBy::kClause;    // SET: CODE BY CLAUSE | SENTENCE, SET: CODE ALL
  // DEFAULT: SOURCE [X] PRIOR TARGET [Y] AFTER — the codes written for a
  // missing source or target; empty: none, and an event that misses one is
  // not coded. PRIOR: the default source whenever no actor is before the
  // verb; AFTER: the default target whenever none is after it.
  std::string default_source, default_target;
  bool default_prior = false, default_after = false;
  // COMPLEX: a record meeting any condition is too complex to code (no
  // events). Counts are "n or more"; 0 is off.
  int complex_verbs = 0, complex_actors = 0, complex_conjunctions = 0;
  bool complex_noactprior = false, complex_noactafter = false, complex_noverb = false;
  int minimum_words = 8;               // SET: MINIMUM WORDS = n (a comma is a word)
  // SET: CONVERT AGENTS = TRUE: an agent without an actor ("police",
  // written "---COP") is an actor; by default it is none.
  bool convert_agents = false;
  // SET: YYYY = TRUE: records' dates have four-digit years (YYYYMMDD).
  bool yyyy = false;
  // SET: TIME SHIFT = TRUE/FALSE: the .verbs file's <TIME> phrases apply
  // (a "###" one discards the sentence, a "+++" one makes it too complex).
  // Unset: they apply when there are any, as in TABARI.
  int time_shift = -1;
  // COMMA: MIN = 2 MAX = 10 EMIN = 2 EMAX = 10 BMIN = 128 BMAX = 0 (or OFF):
  // a comma-delimited phrase of more than MIN and at most MAX words is
  // dropped before coding (BMIN/BMAX: the phrase before the first comma,
  // EMIN/EMAX: the one after the last; the defaults never drop the first).
  bool comma_off = false;
  CommaBounds comma;
  // FORWARD: ^^*****NNN*SSS — pronouns may name the actors of the record
  // before when both are sentences of one story, the next one in order.
  // The format reads the record's id: ^ blank, * any, N story, S sentence.
  bool forward = false;
  std::string forward_format;

  // Applies one command ("COMPLEX: VERBS[5] NOACTPRIOR", "DEFAULT: OFF").
  // Commands that do not change what is coded (LABEL, OUTPUT, ...) are
  // accepted and ignored, as TABARI ignores what it does not know; a known
  // command with a malformed value is an error naming `where` (file:line).
  Status Apply(std::string_view command, const std::string& where);
  // The text TABARI codes: `text` less the comma-delimited phrases COMMA
  // drops (commas inside numbers, "10,000", delimit nothing).
  std::string DropCommaPhrases(std::string_view text) const;
  // Why `facts` make a record too complex under these options ("" if not).
  std::string ComplexReason(const SentenceFacts& facts) const;
};

// PETRARCH-2's options that a records file sets between its records with
// <Config option="require_dyad" value="false">; before the first, the
// defaults of its PETR_config.ini.
struct PetrarchOptions {
  // An event needs a source and a target: one that misses either ("" or a
  // bare "---"; an agent alone, "---GOV", is one) is not coded.
  bool require_dyad = true;
  // comma_min/max, comma_bmin/bmax, comma_emin/emax; a max of 0 is off.
  CommaBounds comma{2, 8, 2, 8, 0, 0, true};
  // Applies one option; options that do not change what is coded
  // (stop_on_error, new_actor_length, ...) are ignored. A malformed value
  // is an error naming `where` (file:line).
  Status Apply(std::string_view option, std::string_view value, const std::string& where);
};

struct ValidationCase {
  std::string id;
  std::string category;
  std::string text;                   // the record's raw text, whitespace folded
  int32_t date = 0;                   // YYYYMMDD
  std::vector<ExpectedEvent> expected;
  bool expect_none = false;           // noevents, or a discard/error record
  uint32_t line = 0;                  // where the record starts in the suite file
  CodeBy code_by = CodeBy::kAll;
  // TABARI's "-{...}": the events listed need not be all, so events the
  // record does not list are not counted (neither produced nor spurious).
  bool open_ended = false;
  // Under FORWARD: the record is the sentence after the one before it in
  // the same story, so its pronouns may name that one's actors.
  bool continues_story = false;
  // TABARI records: the options in force (null for PETRARCH records).
  std::shared_ptr<const TabariOptions> tabari;
  // PETRARCH records: the options in force (null for TABARI records).
  std::shared_ptr<const PetrarchOptions> petrarch;
};

// A record the suite has but that is not run, and why.
struct SkippedRecord {
  std::string id;
  uint32_t line = 0;
  std::string reason;
};

struct ValidationSuite {
  std::string path;
  std::string format;                 // "petrarch-xml", "tabari"
  // Dictionary files the suite names, resolved against its folder.
  std::vector<std::pair<DictionaryKind, std::string>> dictionaries;
  std::vector<ValidationCase> cases;
  std::vector<SkippedRecord> skipped;
  std::vector<std::string> warnings;  // records that could not be read (file:line: ...)
  // UD-PETRARCH's <PICOfile> (resolved against the suite's folder), "" if none.
  std::string pico_path;
  // The code a negated event takes instead of its own, from that file
  // ("110" -> "050": not clashing is cooperation there); RunValidation
  // applies it. Filled by ReadValidationSuite.
  std::map<std::string, std::string> negated_codes;
};

// What a PICO file says about negation.
struct PicoNegations {
  std::map<std::string, std::string> negated;  // CAMEO code -> code when negated
  std::vector<std::string> warnings;           // file:line: what is wrong
};
// Reads UD-PETRARCH's internal coding ontology ("CODE:0xVALUE[#NEG#ROOT#Name]"
// lines); `path` names it in messages.
Result<PicoNegations> ParsePicoNegations(std::string_view text, const std::string& path);

// Reads a suite by its format: *.xml (PETRARCH / UD-PETRARCH records) or a
// TABARI .project / Validate.text.
Result<ValidationSuite> ReadValidationSuite(const std::string& path);
// The same from bytes (tests, fuzzers). `path` names it in messages and is
// the base for the dictionary files it names.
Result<ValidationSuite> ParsePetrarchRecords(std::string_view xml, const std::string& path);
// TABARI's Validate.text from bytes; `options` are the project's .options
// (applied before the records' own OPTION records).
Result<ValidationSuite> ParseTabariRecords(std::string_view text, const std::string& path,
                                           const TabariOptions& options = {});

// The coder settings a suite's peer coded with: every mood, "---" for a
// missing actor, no country guessed for a lone agent (each case's CodeBy is
// applied by RunValidation). The tagger is left to the caller.
CoderOptions PeerCoderOptions(const ValidationSuite& suite);

// Loads the dictionaries the suite names.
Result<Lexicon> LoadSuiteLexicon(const ValidationSuite& suite, const LexiconOptions& options = {});

struct CategoryScore {
  int cases = 0, passed = 0;
  int expected = 0, found = 0, produced = 0, spurious = 0;
};

struct CaseResult {
  const ValidationCase* c = nullptr;
  std::vector<ExpectedEvent> missed, spurious;
  // For each spurious event, what made it: the dictionary file:line that
  // fired (file name without its folder) and the mood when not asserted.
  std::vector<std::string> spurious_why;
  // Why the peer's options kept the record from coding ("too complex:
  // VERBS[5], 5 verbs", "fewer than 8 words"), or "".
  std::string not_coded;
  bool passed() const { return missed.empty() && spurious.empty(); }
};

struct ValidationReport {
  std::map<std::string, CategoryScore> categories;
  CategoryScore total;
  std::vector<CaseResult> results;
  std::vector<SkippedRecord> skipped;  // the suite's, listed by ToText

  double recall() const { return total.expected ? double(total.found) / total.expected : 0; }
  double spurious_share() const { return total.produced ? double(total.spurious) / total.produced : 0; }
  // The table, the misses and spurious events by record id, and a closing
  // "N passed, M failed" line.
  std::string ToText(bool list_cases = true) const;
};

ValidationReport RunValidation(const ValidationSuite& suite, const EventCoder& coder);

}  // namespace dyad

#endif  // DYAD_VALIDATION_H_
