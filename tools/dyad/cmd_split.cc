// dyad split: one JSON line per sentence, with its tokens and byte offsets
// into the document text (dyad::MakeSplitWorker, dyad::AppendSplitJsonl).
#include <fmt/core.h>

#include <memory>

#include "commands.h"
#include "dyad/text.h"
#include "dyad/workers.h"

namespace dyad::cli {
namespace {

struct SplitFlags {
  InputFlags input;
  RunFlags run;
};

int RunSplit(const SplitFlags& flags) {
  const TextSplitter splitter;  // immutable, shared by the workers
  DocumentCommand command;
  command.make_worker = [&] { return MakeSplitWorker(splitter); };
  command.summary = [](const PipelineStats& stats, uint64_t lines) {
    return fmt::format("split {} documents, {} sentences in {:.1f} s", stats.documents, lines,
                       stats.seconds);
  };
  return RunDocuments(flags.input, flags.run, command);
}

}  // namespace

Command RegisterSplit(CLI::App* app) {
  auto flags = std::make_shared<SplitFlags>();
  CLI::App* cmd = app->add_subcommand(
      "split", "Split documents into sentences and tokens (JSON Lines, byte offsets)");
  cmd->footer(
      "Writes one line per sentence:\n"
      "  {\"doc_id\":..,\"sentence_id\":0,\"text\":..,\"start\":0,\"end\":42,\n"
      "   \"tokens\":[{\"text\":..,\"start\":0,\"end\":5},...]}\n"
      "Offsets are bytes into the document text.");
  AddInputFlags(cmd, &flags->input);
  AddRunFlags(cmd, &flags->run);
  return Command{cmd, [flags] { return RunSplit(*flags); }};
}

}  // namespace dyad::cli
