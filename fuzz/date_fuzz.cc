// libFuzzer target for NormalizeDate: any bytes in, "" or a valid
// "YYYY-MM-DD" out, and the same answer twice.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "dyad/ingest.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view in(reinterpret_cast<const char*>(data), size);
  std::string out = dyad::NormalizeDate(in);
  if (out.empty()) return 0;
  if (out.size() != 10 || out[4] != '-' || out[7] != '-') __builtin_trap();
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (out[i] < '0' || out[i] > '9') __builtin_trap();
  }
  int month = (out[5] - '0') * 10 + (out[6] - '0');
  int day = (out[8] - '0') * 10 + (out[9] - '0');
  if (month < 1 || month > 12 || day < 1 || day > 31) __builtin_trap();
  if (dyad::NormalizeDate(out) != out) __builtin_trap();  // its own output reads back
  return 0;
}
