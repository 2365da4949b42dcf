// dyad dict check: load dictionaries and report every problem as file:line.
#include <fmt/core.h>

#include <memory>

#include "commands.h"
#include "dictionary_flags.h"
#include "dyad/lexicon.h"

namespace dyad::cli {
namespace {

struct DictFlags {
  std::string dir;
  DictionaryFlags dicts;
};

int RunCheck(const DictFlags& flags) {
  DictionaryFiles files = flags.dicts.files;
  if (!flags.dir.empty()) files.dir = flags.dir;
  Result<Lexicon> lex = LoadLexicon(files);
  if (!lex.ok()) {
    PrintError(lex.status().message());
    return kExitFatal;
  }
  std::vector<LexiconIssue> issues = lex->issues;
  for (LexiconIssue& i : CheckLexicon(*lex)) issues.push_back(std::move(i));
  for (const LexiconIssue& i : issues) fmt::print("{}\n", i.ToString());
  size_t patterns = 0;
  for (const VerbBlock& b : lex->verbs) patterns += b.patterns.size();
  fmt::print(stderr, "{} files: {} actors, {} agents, {} verb blocks, {} patterns, {} synonym sets, "
                     "{} discards; {} problems\n",
             lex->files.size(), lex->actors.size(), lex->agents.size(), lex->verbs.size(), patterns,
             lex->synsets.size(), lex->discards.size(), issues.size());
  return issues.empty() ? kExitOk : kExitSomeFailed;
}

}  // namespace

Command RegisterDict(CLI::App* app) {
  auto flags = std::make_shared<DictFlags>();
  CLI::App* dict = app->add_subcommand("dict", "Dictionary tools");
  dict->require_subcommand(1);
  CLI::App* check = dict->add_subcommand(
      "check", "Check dictionaries: syntax, unknown synonym sets, non-CAMEO codes, overlapping dated roles");
  check->add_option("DIR", flags->dir, "Folder of dictionaries (default: dyad's own)");
  AddDictionaryFlags(check, &flags->dicts);
  return Command{dict, [flags] { return RunCheck(*flags); }};
}

}  // namespace dyad::cli
