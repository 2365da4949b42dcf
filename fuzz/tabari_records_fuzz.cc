// Fuzzes TABARI's validation-record reader and its .options commands: never
// crashes; warnings and errors name the file; every case has text and an
// expectation and carries the options in force.
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "dyad/validation.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  // Each line as an .options command, too.
  dyad::TabariOptions options;
  for (size_t p = 0; p < text.size();) {
    size_t nl = text.find('\n', p);
    if (nl == std::string_view::npos) nl = text.size();
    dyad::Status st = options.Apply(text.substr(p, nl - p), "fuzz.options:1");
    if (!st.ok() && st.message().rfind("fuzz.options:1: ", 0) != 0) std::abort();
    p = nl + 1;
  }
  auto s = dyad::ParseTabariRecords(text, "fuzz.text");
  if (!s.ok()) {
    if (s.status().message().rfind("fuzz.text", 0) != 0) std::abort();
    return 0;
  }
  for (const auto& w : s->warnings)
    if (w.rfind("fuzz.text:", 0) != 0) std::abort();
  for (const auto& c : s->cases)
    if (c.text.empty() || !c.tabari || (c.expected.empty() && !c.expect_none && !c.open_ended)) std::abort();
  return 0;
}
