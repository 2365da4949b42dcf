// Fuzzes the UD-PETRARCH ontology (PICO) reader: never crashes; errors and
// warnings name the file; every negation maps a CAMEO code to one.
#include <cctype>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "dyad/validation.h"

namespace {
bool Digits(const std::string& s) {
  if (s.size() < 2 || s.size() > 4) return false;
  for (char c : s)
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  return true;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  auto p = dyad::ParsePicoNegations(text, "fuzz.txt");
  if (!p.ok()) {
    if (p.status().message().rfind("fuzz.txt", 0) != 0) std::abort();
    return 0;
  }
  for (const auto& w : p->warnings)
    if (w.rfind("fuzz.txt:", 0) != 0) std::abort();
  for (const auto& [from, to] : p->negated)
    if (!Digits(from) || !Digits(to)) std::abort();
  return 0;
}
