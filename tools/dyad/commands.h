// The subcommands of `dyad`. Each lives in its own cmd_<name>.cc and is added
// to the parser by its Register function, called from main.cc.
#ifndef DYAD_TOOLS_DYAD_COMMANDS_H_
#define DYAD_TOOLS_DYAD_COMMANDS_H_

#include <CLI/CLI.hpp>

#include "common.h"

namespace dyad::cli {

// dyad split INPUT... : sentences and tokens with byte offsets, as JSON Lines.
Command RegisterSplit(CLI::App* app);
// dyad tag INPUT... : part-of-speech tags and lemmas (CoNLL-U or JSON Lines).
Command RegisterTag(CLI::App* app);
// dyad train tagger --train FILE... -o FILE : trains the part-of-speech tagger.
Command RegisterTrain(CLI::App* app);
// dyad code INPUT... : event records (record v1) as JSON Lines.
Command RegisterCode(CLI::App* app);
// dyad validate SUITE : a peer's validation suite, scored.
Command RegisterValidate(CLI::App* app);
// dyad dict check [DIR] : dictionary problems as file:line.
Command RegisterDict(CLI::App* app);

}  // namespace dyad::cli

#endif  // DYAD_TOOLS_DYAD_COMMANDS_H_
