// UTF-8 validation and repair.
#include <string>
#include <string_view>

#include "dyad/text.h"
#include "text/chars.h"

namespace dyad {

bool IsValidUtf8(std::string_view text) {
  size_t i = 0;
  const size_t n = text.size();
  while (i < n) {
    // ASCII fast path, 8 bytes at a time.
    while (i + 8 <= n) {
      uint64_t w;
      __builtin_memcpy(&w, text.data() + i, 8);
      if (w & 0x8080808080808080ull) break;
      i += 8;
    }
    if (i >= n) break;
    if (static_cast<unsigned char>(text[i]) < 0x80) { ++i; continue; }
    size_t len;
    char32_t cp = text::Decode(text, i, &len);
    if (cp == text::kReplacementChar && len == 1) return false;
    i += len;
  }
  return true;
}

void AppendRepairedUtf8(std::string_view text, std::string* out) {
  size_t i = 0, run = 0;  // [run, i) is a stretch of bytes copied as they are
  const size_t n = text.size();
  auto flush = [&] { out->append(text.data() + run, i - run); };
  while (i < n) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c >= 0x20 && c < 0x80) { ++i; continue; }
    if (c < 0x20) {
      if (c == '\t' || c == '\n' || c == '\r') { ++i; continue; }
      flush();
      ++i;  // drop NUL and other C0 controls
      run = i;
      continue;
    }
    size_t len;
    char32_t cp = text::Decode(text, i, &len);
    if (cp == text::kReplacementChar && len == 1) {
      flush();
      out->append("\xEF\xBF\xBD");
      ++i;
      run = i;
      continue;
    }
    i += len;
  }
  flush();
}

std::string RepairUtf8(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  AppendRepairedUtf8(text, &out);
  return out;
}

}  // namespace dyad
