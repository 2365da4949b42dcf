// Private: character decoding and classes for the text stage.
#ifndef DYAD_SRC_TEXT_CHARS_H_
#define DYAD_SRC_TEXT_CHARS_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace dyad::text {

constexpr char32_t kReplacementChar = 0xFFFD;

// Decodes one code point at text[i]. Invalid or truncated sequences, overlongs,
// surrogates and values above U+10FFFF decode as U+FFFD with length 1, so any
// byte string advances. Precondition: i < text.size().
inline char32_t Decode(std::string_view text, size_t i, size_t* len) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  unsigned char c = s[i];
  if (c < 0x80) { *len = 1; return c; }
  *len = 1;
  if (c < 0xC2) return kReplacementChar;
  if (c < 0xE0) {
    if (i + 1 >= n || (s[i + 1] & 0xC0) != 0x80) return kReplacementChar;
    *len = 2;
    return (char32_t(c & 0x1F) << 6) | (s[i + 1] & 0x3F);
  }
  if (c < 0xF0) {
    if (i + 2 >= n || (s[i + 1] & 0xC0) != 0x80 || (s[i + 2] & 0xC0) != 0x80) return kReplacementChar;
    char32_t cp = (char32_t(c & 0x0F) << 12) | (char32_t(s[i + 1] & 0x3F) << 6) | (s[i + 2] & 0x3F);
    if (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF)) return kReplacementChar;
    *len = 3;
    return cp;
  }
  if (c < 0xF5) {
    if (i + 3 >= n || (s[i + 1] & 0xC0) != 0x80 || (s[i + 2] & 0xC0) != 0x80 ||
        (s[i + 3] & 0xC0) != 0x80)
      return kReplacementChar;
    char32_t cp = (char32_t(c & 0x07) << 18) | (char32_t(s[i + 1] & 0x3F) << 12) |
                  (char32_t(s[i + 2] & 0x3F) << 6) | (s[i + 3] & 0x3F);
    if (cp < 0x10000 || cp > 0x10FFFF) return kReplacementChar;
    *len = 4;
    return cp;
  }
  return kReplacementChar;
}

// What a character is to the tokenizer.
enum class CharClass : uint8_t {
  kSpace,       // blanks, controls, format characters (skipped between tokens)
  kNewline,     // \n, U+2028, U+2029 (also skipped, but counted for paragraphs)
  kUpper,       // upper- or title-case letter
  kLower,       // other letters (lower-case, modifier, letters without case)
  kMark,        // combining marks: stay inside the word they follow
  kDigit,       // decimal digits and other numerals
  kPeriod,      // .
  kTerminal,    // ! ? and their full-width forms
  kApostrophe,  // ' and U+2019 (right single quote, the usual typographic apostrophe)
  kQuote,       // " and other quotation marks
  kHyphen,      // - and U+2010 U+2011 (joins compounds)
  kDash,        // other dashes – — (never join)
  kOpen,        // ( [ {
  kClose,       // ) ] }
  kComma,       // , ; :
  kSymbol,      // $ % & + = # @ / \ * < > ^ | ~ ` and Unicode symbols
  kOtherPunct,  // other punctuation (… ¡ ¿ § ...)
  kInvalid,     // U+FFFD from an invalid byte (or a literal U+FFFD)
};

CharClass ClassifyCodePoint(char32_t cp);

constexpr std::array<CharClass, 128> MakeAsciiClassTable() {
  std::array<CharClass, 128> t{};
  for (int c = 0; c < 128; ++c) t[c] = CharClass::kSpace;  // controls
  for (int c = '!'; c <= '~'; ++c) t[c] = CharClass::kSymbol;
  for (int c = 'A'; c <= 'Z'; ++c) t[c] = CharClass::kUpper;
  for (int c = 'a'; c <= 'z'; ++c) t[c] = CharClass::kLower;
  for (int c = '0'; c <= '9'; ++c) t[c] = CharClass::kDigit;
  t['\n'] = CharClass::kNewline;
  t['.'] = CharClass::kPeriod;
  t['!'] = t['?'] = CharClass::kTerminal;
  t['\''] = CharClass::kApostrophe;
  t['"'] = t['`'] = CharClass::kQuote;
  t['-'] = CharClass::kHyphen;
  t['('] = t['['] = t['{'] = CharClass::kOpen;
  t[')'] = t[']'] = t['}'] = CharClass::kClose;
  t[','] = t[';'] = t[':'] = CharClass::kComma;
  return t;
}

inline constexpr std::array<CharClass, 128> kAsciiClass = MakeAsciiClassTable();

inline CharClass Classify(char32_t cp) {
  return cp < 128 ? kAsciiClass[cp] : ClassifyCodePoint(cp);
}

inline bool IsLetter(CharClass c) { return c == CharClass::kUpper || c == CharClass::kLower; }
inline bool IsAlnum(CharClass c) {
  return c == CharClass::kUpper || c == CharClass::kLower || c == CharClass::kDigit ||
         c == CharClass::kMark;
}
inline bool IsBlank(CharClass c) { return c == CharClass::kSpace || c == CharClass::kNewline; }

}  // namespace dyad::text

#endif  // DYAD_SRC_TEXT_CHARS_H_
