// Fuzzes the PETRARCH validation-record reader: never crashes; warnings and
// errors name the file.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "dyad/validation.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view xml(reinterpret_cast<const char*>(data), size);
  auto s = dyad::ParsePetrarchRecords(xml, "fuzz.xml");
  if (!s.ok()) {
    if (s.status().message().rfind("fuzz.xml", 0) != 0) std::abort();
    return 0;
  }
  for (const auto& w : s->warnings)
    if (w.rfind("fuzz.xml:", 0) != 0) std::abort();
  for (const auto& c : s->cases)
    if (c.text.empty() || (c.expected.empty() && !c.expect_none)) std::abort();
  return 0;
}
