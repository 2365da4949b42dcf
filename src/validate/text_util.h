// Private: text helpers shared by the validation-suite readers.
#ifndef DYAD_SRC_VALIDATE_TEXT_UTIL_H_
#define DYAD_SRC_VALIDATE_TEXT_UTIL_H_

#include <cctype>
#include <string>
#include <string_view>

namespace dyad {

// Runs of white space become one blank; leading and trailing ones go.
inline std::string FoldSpace(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (std::isspace(static_cast<unsigned char>(c))) { space = !out.empty(); continue; }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

}  // namespace dyad

#endif  // DYAD_SRC_VALIDATE_TEXT_UTIL_H_
