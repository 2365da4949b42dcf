// Fuzzes the CoNLL-U reader: errors are values, never crashes.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "dyad/conllu.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view in(reinterpret_cast<const char*>(data), size);
  auto r = dyad::ParseConllu(in, "fuzz.conllu");
  if (r.ok()) {
    for (const auto& s : *r) {
      if (s.words.empty()) std::abort();
      for (const auto& t : s.tokens)
        if (t.first_word < 0 || t.last_word < t.first_word) std::abort();
    }
  } else if (r.status().message().rfind("fuzz.conllu:", 0) != 0) {
    std::abort();  // every error names file:line
  }
  return 0;
}
