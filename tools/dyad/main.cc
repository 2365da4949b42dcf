// dyad — the command-line tool. Subcommands live in cmd_*.cc; this file only
// registers them, parses the command line and runs the chosen one.
#include <CLI/CLI.hpp>
#include <fmt/core.h>

#include <string>
#include <vector>

#include "commands.h"
#include "dyad/version.h"

int main(int argc, char** argv) {
  using dyad::cli::Command;
  CLI::App app("dyad: who did what to whom, when and where, in the news.", "dyad");
  app.set_version_flag("--version", "dyad " + std::string(dyad::Version()));
  app.require_subcommand(1);
  app.footer(
      "Exit status: 0 all went well; 1 some documents failed (the others were\n"
      "written); 2 usage error, no readable input, or the output could not be written.\n"
      "Run 'dyad COMMAND --help' for a command's options.");
  app.failure_message([](const CLI::App*, const CLI::Error& e) {
    return fmt::format("dyad: {}\nRun with --help for more information.\n", e.what());
  });

  std::vector<Command> commands;
  commands.push_back(dyad::cli::RegisterSplit(&app));
  commands.push_back(dyad::cli::RegisterTag(&app));
  commands.push_back(dyad::cli::RegisterTrain(&app));
  commands.push_back(dyad::cli::RegisterCode(&app));
  commands.push_back(dyad::cli::RegisterValidate(&app));
  commands.push_back(dyad::cli::RegisterDict(&app));

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    // --help and --version exit 0; every usage error exits 2.
    return app.exit(e) == 0 ? dyad::cli::kExitOk : dyad::cli::kExitFatal;
  }
  for (const Command& c : commands) {
    if (c.app->parsed()) return c.run();
  }
  return dyad::cli::kExitFatal;  // unreachable: a subcommand is required
}
