// Pieces every document-processing subcommand shares: input flags, run flags,
// exit codes, and the loop that reads, processes and writes with progress and
// error reporting. Each subcommand (cmd_*.cc) only supplies its Worker.
#ifndef DYAD_TOOLS_DYAD_COMMON_H_
#define DYAD_TOOLS_DYAD_COMMON_H_

#include <CLI/CLI.hpp>

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/ingest.h"
#include "dyad/pipeline.h"
#include "dyad/status.h"

namespace dyad::cli {

// Exit statuses of every subcommand.
inline constexpr int kExitOk = 0;          // everything was processed
inline constexpr int kExitSomeFailed = 1;  // some documents failed; the rest was written
inline constexpr int kExitFatal = 2;       // usage error, no readable input, or a failed write

// "dyad: <message>" on stderr.
void PrintError(std::string_view message);

// Where documents come from: INPUT... and the reading flags.
struct InputFlags {
  std::vector<std::string> inputs;
  std::string format = "auto";
  std::string date;
  std::vector<std::string> id_fields;
  std::vector<std::string> text_fields;
  std::vector<std::string> date_fields;
};
void AddInputFlags(CLI::App* cmd, InputFlags* flags);
// The reader options the flags ask for; an error for a bad --format or --date.
Result<ReadOptions> MakeReadOptions(const InputFlags& flags);

// How a run goes: output, threads, what is printed.
struct RunFlags {
  std::string output;  // "" or "-": standard output
  int threads = 0;
  bool no_progress = false;
  bool quiet = false;
};
void AddRunFlags(CLI::App* cmd, RunFlags* flags);

// What a subcommand plugs into RunDocuments.
struct DocumentCommand {
  WorkerFactory make_worker;
  // The final line printed when a progress bar was shown, e.g.
  // "split 120 documents, 2400 sentences in 1.2 s", given the run's stats and
  // the number of lines written (sentences, events...).
  std::function<std::string(const PipelineStats&, uint64_t lines)> summary;
};

// Opens the inputs and the output, runs the pipeline with progress and error
// reporting, and returns the exit status.
int RunDocuments(const InputFlags& input, const RunFlags& run, const DocumentCommand& command);

// A registered subcommand: its parser and what runs it once it was chosen.
struct Command {
  CLI::App* app = nullptr;
  std::function<int()> run;
};

}  // namespace dyad::cli

#endif  // DYAD_TOOLS_DYAD_COMMON_H_
