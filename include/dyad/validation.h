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

struct ValidationCase {
  std::string id;
  std::string category;
  std::string text;                   // the record's raw text, whitespace folded
  int32_t date = 0;                   // YYYYMMDD
  std::vector<ExpectedEvent> expected;
  bool expect_none = false;           // noevents, or a discard/error record
  uint32_t line = 0;                  // where the record starts in the suite file
  CodeBy code_by = CodeBy::kAll;
};

struct ValidationSuite {
  std::string path;
  std::string format;                 // "petrarch-xml", "tabari"
  // Dictionary files the suite names, resolved against its folder.
  std::vector<std::pair<DictionaryKind, std::string>> dictionaries;
  std::vector<ValidationCase> cases;
  std::vector<std::string> warnings;  // records that could not be read (file:line: ...)
};

// Reads a suite by its format: *.xml (PETRARCH / UD-PETRARCH records) or a
// TABARI .project / Validate.text.
Result<ValidationSuite> ReadValidationSuite(const std::string& path);
// The same from bytes (tests, fuzzers). `path` names it in messages and is
// the base for the dictionary files it names.
Result<ValidationSuite> ParsePetrarchRecords(std::string_view xml, const std::string& path);

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
  bool passed() const { return missed.empty() && spurious.empty(); }
};

struct ValidationReport {
  std::map<std::string, CategoryScore> categories;
  CategoryScore total;
  std::vector<CaseResult> results;

  double recall() const { return total.expected ? double(total.found) / total.expected : 0; }
  double spurious_share() const { return total.produced ? double(total.spurious) / total.produced : 0; }
  // The table, the misses and spurious events by record id, and a closing
  // "N passed, M failed" line.
  std::string ToText(bool list_cases = true) const;
};

ValidationReport RunValidation(const ValidationSuite& suite, const EventCoder& coder);

}  // namespace dyad

#endif  // DYAD_VALIDATION_H_
