// The dictionary flags shared by `code`, `validate` and `dict check`.
#ifndef DYAD_TOOLS_DYAD_DICTIONARY_FLAGS_H_
#define DYAD_TOOLS_DYAD_DICTIONARY_FLAGS_H_

#include <CLI/CLI.hpp>

#include "dyad/lexicon.h"

namespace dyad::cli {

struct DictionaryFlags {
  DictionaryFiles files;
  bool strict = false;
};

inline void AddDictionaryFlags(CLI::App* cmd, DictionaryFlags* f) {
  cmd->add_option("--dictionaries", f->files.dir,
                  "Folder of dictionaries (files recognised by name: *verbs*, *actors*, "
                  "*agents*, *discards*); default: dyad's own data/dictionaries");
  cmd->add_option("--verbs", f->files.verbs, "Verb dictionary file(s)")->delimiter(',');
  cmd->add_option("--actors", f->files.actors, "Actor dictionary file(s), comma-separated")->delimiter(',');
  cmd->add_option("--agents", f->files.agents, "Agent dictionary file(s)")->delimiter(',');
  cmd->add_option("--discards", f->files.discards, "Discard list file(s)")->delimiter(',');
  cmd->add_flag("--strict", f->strict, "Stop at the first bad dictionary line");
}

}  // namespace dyad::cli

#endif  // DYAD_TOOLS_DYAD_DICTIONARY_FLAGS_H_
