// Fuzzes the dictionary readers (all four kinds): bad lines are issues, never
// crashes, and every issue names the file and a line inside it.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "dyad/lexicon.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  size_t lines = 1;
  for (char c : text) lines += c == '\n';
  for (dyad::DictionaryKind kind : {dyad::DictionaryKind::kActors, dyad::DictionaryKind::kAgents,
                                    dyad::DictionaryKind::kDiscards, dyad::DictionaryKind::kVerbs}) {
    dyad::Lexicon lex;
    dyad::Status s = dyad::LoadDictionaryText("fuzz.txt", text, kind, {}, &lex);
    if (!s.ok()) std::abort();  // not strict: never an error
    for (const auto& i : lex.issues)
      if (i.file != "fuzz.txt" || i.line == 0 || i.line > lines) std::abort();
    for (const auto& a : lex.actors)
      for (const auto& p : a.phrases)
        if (p.words.empty()) std::abort();
  }
  return 0;
}
