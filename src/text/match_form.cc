// Token forms for dictionary matching.
#include <utf8proc.h>

#include <cstdlib>
#include <string>

#include "dyad/text.h"
#include "text/chars.h"

namespace dyad {
namespace {

bool IsAscii(std::string_view s) {
  for (char c : s)
    if (static_cast<unsigned char>(c) >= 0x80 || static_cast<unsigned char>(c) < 0x20) return false;
  return true;
}

// Typographic quotes, dashes and the ellipsis folded to ASCII; invalid bytes
// become U+FFFD; controls dropped.
std::string FoldPunctuation(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    size_t len;
    char32_t cp = text::Decode(s, i, &len);
    switch (cp) {
      case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0x02BC:
        out += '\''; break;
      case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033: case 0x00AB:
      case 0x00BB:
        out += '"'; break;
      case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015:
      case 0x2212:
        out += '-'; break;
      case 0x2026:
        out += "..."; break;
      case 0x00AD:  // soft hyphen: invisible
        break;
      default:
        if (cp < 0x20 && cp != '\t' && cp != '\n') break;
        if (cp == text::kReplacementChar && len == 1) out += "\xEF\xBF\xBD";
        else out.append(s.data() + i, len);
    }
    i += len;
  }
  return out;
}

enum class Fold { kNone, kLower, kKey };

std::string Normalize(std::string_view s, Fold fold) {
  std::string folded = FoldPunctuation(s);
  int options = UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT;
  if (fold != Fold::kNone) options |= UTF8PROC_CASEFOLD;
  if (fold == Fold::kKey) options |= UTF8PROC_STRIPMARK;
  utf8proc_uint8_t* mapped = nullptr;
  utf8proc_ssize_t n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(folded.data()),
                                    static_cast<utf8proc_ssize_t>(folded.size()), &mapped,
                                    static_cast<utf8proc_option_t>(options));
  if (n < 0) return folded;  // cannot happen on repaired input; keep the fold
  std::string out(reinterpret_cast<char*>(mapped), static_cast<size_t>(n));
  std::free(mapped);
  return out;
}

}  // namespace

std::string MatchForm(std::string_view token) {
  if (IsAscii(token)) return std::string(token);
  return Normalize(token, Fold::kNone);
}

std::string LowerMatchForm(std::string_view token) {
  if (IsAscii(token)) {
    std::string out(token);
    for (char& c : out)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    return out;
  }
  return Normalize(token, Fold::kLower);
}

std::string MatchKey(std::string_view token) {
  std::string out = IsAscii(token) ? std::string(token) : Normalize(token, Fold::kKey);
  for (char& c : out)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 32);
  return out;
}

std::string_view TokenKindName(TokenKind kind) {
  switch (kind) {
    case TokenKind::kWord: return "word";
    case TokenKind::kNumber: return "number";
    case TokenKind::kPunct: return "punct";
    case TokenKind::kSymbol: return "symbol";
    case TokenKind::kUrl: return "url";
    case TokenKind::kEmail: return "email";
    case TokenKind::kClitic: return "clitic";
    case TokenKind::kOther: return "other";
  }
  return "other";
}

}  // namespace dyad
