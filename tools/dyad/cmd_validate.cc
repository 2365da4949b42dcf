// dyad validate: run a peer's validation suite (PETRARCH-2 unit tests,
// UD-PETRARCH records, TABARI Validate) and report per category.
#include <fmt/core.h>

#include <cstdio>
#include <memory>

#include "commands.h"
#include "dictionary_flags.h"
#include "dyad/validation.h"

namespace dyad::cli {
namespace {

struct ValidateFlags {
  std::string suite;
  DictionaryFlags dicts;
  TaggerFlags tagger;
  bool summary_only = false;
};

int RunValidate(const ValidateFlags& flags) {
  Result<ValidationSuite> suite = ReadValidationSuite(flags.suite);
  if (!suite.ok()) {
    PrintError(suite.status().message());
    return kExitFatal;
  }
  for (const std::string& w : suite->warnings) PrintError(w);
  LexiconOptions lo;
  lo.strict = flags.dicts.strict;
  Result<Lexicon> lex = flags.dicts.files.empty() ? LoadSuiteLexicon(*suite, lo)
                                                  : LoadLexicon(flags.dicts.files, lo);
  if (!lex.ok()) {
    PrintError(lex.status().message());
    return kExitFatal;
  }
  CoderOptions co = PeerCoderOptions(*suite);
  Result<std::shared_ptr<const Tagger>> tagger = LoadTaggerFlags(flags.tagger);
  if (!tagger.ok()) {
    PrintError(tagger.status().message() + " (--no-tagger codes without one)");
    return kExitFatal;
  }
  co.tagger = *tagger;
  Result<std::unique_ptr<EventCoder>> coder = EventCoder::Create(std::move(*lex), co);
  if (!coder.ok()) {
    PrintError(coder.status().message());
    return kExitFatal;
  }
  ValidationReport report = RunValidation(*suite, **coder);
  std::fputs(report.ToText(!flags.summary_only).c_str(), stdout);
  return report.total.passed == report.total.cases ? kExitOk : kExitSomeFailed;
}

}  // namespace

Command RegisterValidate(CLI::App* app) {
  auto flags = std::make_shared<ValidateFlags>();
  CLI::App* cmd = app->add_subcommand(
      "validate", "Run a validation suite (PETRARCH-2 / UD-PETRARCH records .xml, TABARI .project)");
  cmd->add_option("SUITE", flags->suite, "The suite file")->required();
  AddDictionaryFlags(cmd, &flags->dicts);
  AddTaggerFlags(cmd, &flags->tagger);
  cmd->add_flag("--summary", flags->summary_only, "Only the table and the closing line");
  cmd->footer("Uses each record's raw text only, never its parse. Dictionaries: those the suite\n"
              "names, unless --dictionaries or --verbs/--actors/... are given. Exit status 1\n"
              "when any record fails.");
  return Command{cmd, [flags] { return RunValidate(*flags); }};
}

}  // namespace dyad::cli
