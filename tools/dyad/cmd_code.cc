// dyad code: event records (record v1, JSON Lines) from documents.
#include <fmt/core.h>

#include <memory>

#include "commands.h"
#include "dictionary_flags.h"
#include "dyad/coder.h"
#include "dyad/workers.h"

namespace dyad::cli {
namespace {

struct CodeFlags {
  InputFlags input;
  RunFlags run;
  DictionaryFlags dicts;
  TaggerFlags tagger;
  std::string moods = "asserted";
};

int RunCode(const CodeFlags& flags) {
  LexiconOptions lo;
  lo.strict = flags.dicts.strict;
  Result<Lexicon> lex = LoadLexicon(flags.dicts.files, lo);
  if (!lex.ok()) {
    PrintError(lex.status().message());
    return kExitFatal;
  }
  CoderOptions co;
  co.all_moods = flags.moods == "all";
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
  const EventCoder& c = **coder;
  // Bad lines, and patterns the compiler could not use (unknown synonym sets).
  if (!flags.run.quiet)
    for (const LexiconIssue& i : c.lexicon().issues) PrintError(i.ToString());
  DocumentCommand command;
  command.make_worker = [&] { return MakeCodeWorker(c); };
  command.summary = [](const PipelineStats& stats, uint64_t lines) {
    return fmt::format("coded {} documents, {} events in {:.1f} s", stats.documents, lines,
                       stats.seconds);
  };
  return RunDocuments(flags.input, flags.run, command);
}

}  // namespace

Command RegisterCode(CLI::App* app) {
  auto flags = std::make_shared<CodeFlags>();
  CLI::App* cmd = app->add_subcommand("code", "Code political events (CAMEO, PLOVER) as JSON Lines");
  cmd->footer(
      "Writes one event record (version 1) per line: doc_id, sentence_id, sentence, date,\n"
      "source, target, source_text, target_text, cameo, root, quad_class, goldstein,\n"
      "plover, mood, pattern (the dictionary file:line that fired), location.");
  AddInputFlags(cmd, &flags->input);
  AddRunFlags(cmd, &flags->run);
  AddDictionaryFlags(cmd, &flags->dicts);
  AddTaggerFlags(cmd, &flags->tagger);
  cmd->add_option("--moods", flags->moods,
                  "asserted: only what the text says happened; all: also hypothetical and negated")
      ->check(CLI::IsMember({"asserted", "all"}));
  return Command{cmd, [flags] { return RunCode(*flags); }};
}

}  // namespace dyad::cli
