// Fuzzes UTF-8 validation and repair: repair always yields valid UTF-8, leaves
// valid input without controls unchanged, and agrees with the validator.
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "dyad/text.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view in(reinterpret_cast<const char*>(data), size);
  std::string fixed = dyad::RepairUtf8(in);
  if (!dyad::IsValidUtf8(fixed)) std::abort();
  bool controls = false;
  for (char c : in)
    if (static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n' && c != '\r') controls = true;
  if (dyad::IsValidUtf8(in) && !controls && fixed != in) std::abort();
  if (dyad::RepairUtf8(fixed) != fixed) std::abort();
  return 0;
}
