// Fuzzes the tagger's word lexicon reader (ParseTaggerLexicon): any bytes give
// entries and problems, never a crash; every problem names the file, entries
// have a word and known tags, and no more than 21 problems are kept.
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/tagger.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view in(reinterpret_cast<const char*>(data), size);
  std::vector<std::string> problems;
  const dyad::TaggerLexicon lex = dyad::ParseTaggerLexicon(in, "fuzz.lexicon", &problems);
  if (problems.size() > 21) std::abort();
  for (const std::string& p : problems) {
    if (p.rfind("fuzz.lexicon", 0) != 0) std::abort();
  }
  for (const dyad::TaggerLexicon::Entry& e : lex.entries) {
    if (e.word.empty() || e.word.size() > 255 || e.tags.empty()) std::abort();
    for (const auto& [xpos, count] : e.tags) {
      if (xpos == dyad::Xpos::kNone || static_cast<int>(xpos) >= dyad::kXposCount || count == 0) {
        std::abort();
      }
    }
  }
  return 0;
}
