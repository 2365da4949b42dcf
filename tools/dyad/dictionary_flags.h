// The dictionary flags shared by `code`, `validate` and `dict check`, and the
// tagger flags of `code` and `validate`.
#ifndef DYAD_TOOLS_DYAD_DICTIONARY_FLAGS_H_
#define DYAD_TOOLS_DYAD_DICTIONARY_FLAGS_H_

#include <CLI/CLI.hpp>

#include <memory>
#include <string>

#include "dyad/lexicon.h"
#include "dyad/tagger.h"

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

struct TaggerFlags {
  std::string model;       // "" = the shipped data/tagger.model
  bool none = false;
};

inline void AddTaggerFlags(CLI::App* cmd, TaggerFlags* f) {
  cmd->add_option("--tagger", f->model,
                  "Part-of-speech model for verb/noun readings (default: data/tagger.model)");
  cmd->add_flag("--no-tagger", f->none,
                "Code without part-of-speech tags (word-shape rules only: faster, less exact)");
}

// The tagger the flags ask for: null with --no-tagger; an error names the file.
inline Result<std::shared_ptr<const Tagger>> LoadTaggerFlags(const TaggerFlags& f) {
  if (f.none) return std::shared_ptr<const Tagger>();
  Result<std::unique_ptr<Tagger>> t = f.model.empty() ? Tagger::LoadDefault() : Tagger::Load(f.model);
  if (!t.ok()) return t.status();
  return std::shared_ptr<const Tagger>(std::move(*t));
}

}  // namespace dyad::cli

#endif  // DYAD_TOOLS_DYAD_DICTIONARY_FLAGS_H_
