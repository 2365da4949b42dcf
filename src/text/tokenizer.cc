// The tokenizer: one left-to-right pass over raw bytes, no allocation per
// token. ASCII is classified by table; other code points through utf8proc.
#include "text/tokenizer.h"

#include <array>
#include <cstring>

#if defined(__SSE2__) && !defined(DYAD_SCALAR)
#include <emmintrin.h>
#endif

#include "text/abbrev.h"
#include "text/chars.h"

namespace dyad::text {
namespace {

// ASCII bytes that continue a word without further checks.
constexpr uint8_t kFlagLetter = 1, kFlagDigit = 2;
constexpr std::array<uint8_t, 256> MakeWordFlags() {
  std::array<uint8_t, 256> t{};
  for (int c = 'a'; c <= 'z'; ++c) t[c] = kFlagLetter;
  for (int c = 'A'; c <= 'Z'; ++c) t[c] = kFlagLetter;
  for (int c = '0'; c <= '9'; ++c) t[c] = kFlagDigit;
  return t;
}
constexpr std::array<uint8_t, 256> kWordFlags = MakeWordFlags();

struct AsciiRun {
  size_t end;
  bool letters;    // any ASCII letter
  bool digits;     // any ASCII digit
};

// The run of ASCII letters and digits from i, 16 bytes at a time (SSE2 is
// part of x86-64; other targets take the scalar loop).
inline AsciiRun ScanAsciiAlnum(const unsigned char* s, size_t i, size_t end) {
  AsciiRun r{i, false, false};
#if defined(__SSE2__) && !defined(DYAD_SCALAR)
  const __m128i k20 = _mm_set1_epi8(0x20);
  const __m128i ka = _mm_set1_epi8('a' - 1), kz = _mm_set1_epi8('z' + 1);
  const __m128i k0 = _mm_set1_epi8('0' - 1), k9 = _mm_set1_epi8('9' + 1);
  while (i + 16 <= end) {
    __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + i));
    __m128i low = _mm_or_si128(v, k20);
    unsigned lm = static_cast<unsigned>(_mm_movemask_epi8(
        _mm_and_si128(_mm_cmpgt_epi8(low, ka), _mm_cmplt_epi8(low, kz))));
    unsigned dm = static_cast<unsigned>(_mm_movemask_epi8(
        _mm_and_si128(_mm_cmpgt_epi8(v, k0), _mm_cmplt_epi8(v, k9))));
    unsigned word = lm | dm;
    if (word != 0xFFFF) {
      unsigned n = static_cast<unsigned>(__builtin_ctz(~word));
      unsigned mask = (1u << n) - 1;
      r.letters = r.letters || (lm & mask);
      r.digits = r.digits || (dm & mask);
      r.end = i + n;
      return r;
    }
    r.letters = r.letters || lm;
    r.digits = r.digits || dm;
    i += 16;
  }
#endif
  while (i < end) {
    uint8_t f = kWordFlags[s[i]];
    if (!f) break;
    r.letters = r.letters || (f & kFlagLetter);
    r.digits = r.digits || (f & kFlagDigit);
    ++i;
  }
  r.end = i;
  return r;
}

struct Cursor {
  std::string_view text;
  size_t end;

  // Class of the code point at i (kSpace past the end); *len its byte length.
  CharClass At(size_t i, size_t* len, char32_t* cp = nullptr) const {
    if (i >= end) { *len = 0; if (cp) *cp = 0; return CharClass::kSpace; }
    unsigned char b = static_cast<unsigned char>(text[i]);
    if (b < 0x80) { *len = 1; if (cp) *cp = b; return kAsciiClass[b]; }
    char32_t c = Decode(text, i, len);
    if (cp) *cp = c;
    return ClassifyCodePoint(c);
  }
  CharClass At(size_t i) const { size_t len; return At(i, &len); }
  char Byte(size_t i) const { return i < end ? text[i] : '\0'; }
};

inline char Lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }

bool StartsWithNoCase(std::string_view s, size_t i, size_t end, std::string_view prefix) {
  if (end - i < prefix.size()) return false;
  for (size_t k = 0; k < prefix.size(); ++k)
    if (Lower(s[i + k]) != prefix[k]) return false;
  return true;
}

void Push(std::vector<Token>* out, size_t start, size_t end, TokenKind kind) {
  out->push_back(Token{static_cast<uint32_t>(start), static_cast<uint32_t>(end), kind});
}

// A URL from i: up to whitespace or a bracket/quote that cannot be in it,
// without trailing sentence punctuation.
size_t ScanUrl(const Cursor& cur, size_t i) {
  size_t len;
  int open_parens = 0;
  while (i < cur.end) {
    CharClass c = cur.At(i, &len);
    if (IsBlank(c) || c == CharClass::kQuote || c == CharClass::kInvalid) break;
    char b = cur.text[i];
    if (b == '<' || b == '>' || b == '"' || b == '\'') break;
    if (b == '(') ++open_parens;
    if (b == ')' && --open_parens < 0) break;
    i += len;
  }
  while (i > 0) {
    char b = cur.text[i - 1];
    if (b == '.' || b == ',' || b == ';' || b == ':' || b == '!' || b == '?' || b == ')') {
      if (b == ')' && open_parens >= 0) break;
      --i;
    } else {
      break;
    }
  }
  return i;
}

// 1 or 2 when text[begin, end) is one or two letters (as in "U.S", "Ph.D",
// an initial), else 0.
int ShortLetterSegment(const Cursor& cur, size_t begin, size_t end) {
  int n = 0;
  size_t len;
  for (size_t k = begin; k < end; k += len) {
    if (!IsLetter(cur.At(k, &len)) || ++n > 2) return 0;
  }
  return n;
}

// For a byte y, the set of bytes z (by z & 31) such that a word ending "yz"
// may be a fused word below; upper and lower case alike.
constexpr std::array<uint32_t, 256> MakeFusedEndings() {
  std::array<uint32_t, 256> t{};
  constexpr const char* kPairs[] = {"nt", "na", "ta", "ot", "im", "ve", "ts"};
  for (const char* p : kPairs) {
    for (int cy : {int{p[0]}, p[0] - 32}) t[static_cast<size_t>(cy)] |= 1u << (p[1] & 31);
  }
  return t;
}
constexpr std::array<uint32_t, 256> kFusedEnding = MakeFusedEndings();

// Whether the n bytes at w may be one of the fused words below: its last two
// letters are one of their endings (-nt -na -ta -ot -im -ve -ts; one lookup,
// no branch per pair) and it has 2 to 8 bytes.
inline bool MayBeFused(const unsigned char* w, size_t n) {
  return n >= 2 && ((kFusedEnding[w[n - 2]] >> (w[n - 1] & 31)) & 1) && n <= 8;
}

// Words written without their apostrophe or space, split as UD English does:
// "cannot" -> can|not, "gonna" -> gon|na, "dont" -> do|nt.
bool SplitFusedWord(std::string_view w, size_t start, std::vector<Token>* out) {
  struct Fused { std::string_view word; uint8_t cut; bool clitic; };
  static constexpr Fused kFused[] = {
      {"cannot", 3, false}, {"gonna", 3, false},  {"wanna", 3, false},  {"gotta", 3, false},
      {"dont", 2, true},    {"doesnt", 4, true},  {"didnt", 3, true},   {"isnt", 2, true},
      {"wasnt", 3, true},   {"arent", 3, true},   {"werent", 4, true},  {"havent", 4, true},
      {"hasnt", 3, true},   {"hadnt", 3, true},   {"couldnt", 5, true}, {"wouldnt", 5, true},
      {"shouldnt", 6, true}, {"cant", 2, true},   {"aint", 2, true},    {"im", 1, true},
      {"ive", 1, true},     {"thats", 4, true},
  };
  if (!MayBeFused(reinterpret_cast<const unsigned char*>(w.data()), w.size())) return false;
  char b[8];
  for (size_t k = 0; k < w.size(); ++k) b[k] = Lower(w[k]);
  std::string_view l(b, w.size());
  for (const Fused& f : kFused) {
    if (f.word != l) continue;
    Push(out, start, start + f.cut, TokenKind::kWord);
    Push(out, start + f.cut, start + w.size(), f.clitic ? TokenKind::kClitic : TokenKind::kWord);
    return true;
  }
  return false;
}

bool IsCliticTail(std::string_view s) {  // after the apostrophe, lower-cased compare
  if (s.size() == 1) {
    char c = Lower(s[0]);
    return c == 's' || c == 'd' || c == 'm';
  }
  if (s.size() == 2) {
    char a = Lower(s[0]), c = Lower(s[1]);
    return (a == 'r' && c == 'e') || (a == 'v' && c == 'e') || (a == 'l' && c == 'l');
  }
  return false;
}

// Scans a word, number, e-mail or abbreviation starting at i (an alphanumeric
// or invalid byte) and pushes it, plus a clitic when one is split off.
// Returns the position after what was consumed.
size_t ScanWord(const Cursor& cur, size_t i, std::vector<Token>* out) {
  const size_t start = i;
  size_t len;
  bool letters = false, digits = false, invalid_only = true, email = false;
  bool dotted_single_letters = true;  // every segment so far is one letter (U.S, e.g)
  size_t seg_start = i;               // start of the current segment
  int segments = 1;

  const auto* bytes = reinterpret_cast<const unsigned char*>(cur.text.data());
  while (true) {
    // Fast path: a run of ASCII letters and digits.
    if (i < cur.end && kWordFlags[bytes[i]]) {
      AsciiRun run = ScanAsciiAlnum(bytes, i, cur.end);
      i = run.end;
      letters = letters || run.letters;
      digits = digits || run.digits;
      invalid_only = false;
      if (i < cur.end && (bytes[i] == ' ' || bytes[i] == '\n')) break;  // the usual end
      continue;
    }
    CharClass c = cur.At(i, &len);
    if (IsAlnum(c) || c == CharClass::kInvalid) {
      if (IsLetter(c)) letters = true;
      else if (c == CharClass::kDigit) digits = true;
      if (c != CharClass::kInvalid) invalid_only = false;
      i += len;
      continue;
    }
    if (i == start) break;
    if (c != CharClass::kPeriod && c != CharClass::kHyphen && c != CharClass::kComma &&
        c != CharClass::kSymbol && c != CharClass::kApostrophe)
      break;  // blanks and other punctuation end the word
    size_t len2;
    CharClass next = cur.At(i + len, &len2);
    const char b = cur.text[i];
    const bool prev_digit = i > start && cur.At(i - 1) == CharClass::kDigit;
    bool join = false;
    switch (c) {
      case CharClass::kPeriod: {
        if (next == CharClass::kPeriod && cur.Byte(i + 2) == '.' && cur.Byte(i + 3) == '@' &&
            IsAlnum(cur.At(i + 4))) {
          i += 3;  // an address shortened by its archive: name...@example.com
          continue;
        }
        if (!IsAlnum(next)) break;
        const bool next_digit = next == CharClass::kDigit;
        if (prev_digit && next_digit) join = true;                            // 3.5
        else if (ShortLetterSegment(cur, seg_start, i) && IsLetter(next))
          join = true;  // U.S, Ph.D
        else if (letters && next == CharClass::kLower) join = true;           // example.com
        break;
      }
      case CharClass::kHyphen:
        join = IsAlnum(next);  // Russian-backed, 2019-2020, U+2010
        break;
      case CharClass::kComma:
        // 1,000 and 10:30, but not "2,the" or "1987,1988" scraped without spaces.
        if (prev_digit && next == CharClass::kDigit && !letters) {
          if (b == ':') join = true;
          else if (b == ',') {
            size_t k = i + 1, n = 0;
            while (k < cur.end && cur.text[k] >= '0' && cur.text[k] <= '9') { ++k; ++n; }
            join = n == 3;
          }
        }
        break;
      case CharClass::kSymbol:
        if (b == '/' && prev_digit && next == CharClass::kDigit) join = true;  // 24/7, 1/2
        else if (b == '&' && cur.At(i - 1) == CharClass::kUpper && next == CharClass::kUpper)
          join = true;  // AT&T
        else if (b == '@' && letters && IsAlnum(next)) { join = true; email = true; }
        else if (b == '_' && IsAlnum(next) && email) join = true;
        break;
      case CharClass::kApostrophe: {
        // What follows the apostrophe, up to the first non-letter.
        size_t k = i + len;
        size_t l2;
        while (k < cur.end && IsLetter(cur.At(k, &l2))) k += l2;
        std::string_view tail = cur.text.substr(i + len, k - (i + len));
        if (tail.size() == 1 && Lower(tail[0]) == 't' && i - start >= 2 &&
            Lower(cur.text[i - 1]) == 'n' && letters) {
          Push(out, start, i - 1, TokenKind::kWord);  // do|n't, ca|n't, wo|n't
          Push(out, i - 1, k, TokenKind::kClitic);
          return k;
        }
        if (IsCliticTail(tail) && letters) {
          Push(out, start, i, TokenKind::kWord);
          Push(out, i, k, TokenKind::kClitic);
          return k;
        }
        if (tail.empty() && letters && (Lower(cur.text[i - 1]) == 's') &&
            !IsAlnum(next)) {
          Push(out, start, i, TokenKind::kWord);  // the countries' leaders
          Push(out, i, i + len, TokenKind::kClitic);
          return i + len;
        }
        join = IsLetter(next) && letters && !tail.empty();  // O'Brien
        break;
      }
      default:
        break;
    }
    if (!join) break;
    if (c != CharClass::kPeriod || !ShortLetterSegment(cur, seg_start, i))
      dotted_single_letters = false;
    ++segments;
    i += len;
    seg_start = i;
  }

  // A period that belongs to the word: U.S. / e.g. / J. / Gen. / Inc.
  if (cur.Byte(i) == '.' && letters && !email && cur.At(i + 1) != CharClass::kPeriod) {
    std::string_view w = cur.text.substr(start, i - start);
    bool attach = false;
    if (segments > 1 && dotted_single_letters && ShortLetterSegment(cur, seg_start, i))
      attach = true;
    else if (segments == 1 && ShortLetterSegment(cur, start, i) == 1) attach = true;  // initial
    else if (segments == 1 && ClassifyAbbreviation(w) != AbbrevKind::kNone) {
      attach = true;
      if (w.size() == 2 && Lower(w[0]) == 'n' && Lower(w[1]) == 'o') {
        // "No. 10" but "said no." / "No. The"
        size_t k = i + 1;
        while (k < cur.end && cur.text[k] == ' ') ++k;
        attach = k < cur.end && cur.text[k] >= '0' && cur.text[k] <= '9';
      }
    }
    if (attach) {
      ++i;
      // U.S.-backed: a compound may go on after the abbreviation.
      size_t l3;
      if (cur.At(i, &l3) == CharClass::kHyphen && IsLetter(cur.At(i + l3))) {
        size_t j = i + l3;
        while (j < cur.end) {
          size_t l4;
          CharClass c4 = cur.At(j, &l4);
          if (IsAlnum(c4)) { j += l4; continue; }
          if (c4 == CharClass::kHyphen && IsAlnum(cur.At(j + l4))) { j += l4; continue; }
          break;
        }
        i = j;
      }
      Push(out, start, i, TokenKind::kWord);
      return i;
    }
  }

  std::string_view w = cur.text.substr(start, i - start);
  // "the Abraham AccordsImage: The White House": a caption's credit label
  // glued to it by a page's text extraction is a word of its own.
  if (letters && segments == 1 && cur.Byte(i) == ':') {
    for (std::string_view label : {std::string_view("Image"), std::string_view("Photo")}) {
      const size_t cut = w.size() - label.size();
      if (w.size() > label.size() + 1 && w.substr(cut) == label && w[cut - 1] >= 'a' &&
          w[cut - 1] <= 'z') {
        Push(out, start, start + cut, TokenKind::kWord);
        Push(out, start + cut, i, TokenKind::kWord);
        return i;
      }
    }
  }
  if (letters && !digits && segments == 1 && SplitFusedWord(w, start, out)) return i;
  TokenKind kind = email            ? TokenKind::kEmail
                   : invalid_only   ? TokenKind::kOther
                   : (digits && !letters) ? TokenKind::kNumber
                                          : TokenKind::kWord;
  Push(out, start, i, kind);
  return i;
}

// Runs of the same punctuation byte (... -- !!! ?!) are one token.
size_t ScanRun(const Cursor& cur, size_t i, bool terminal_mix) {
  const char first = cur.text[i];
  size_t j = i + 1;
  while (j < cur.end) {
    char b = cur.text[j];
    if (b == first || (terminal_mix && (b == '!' || b == '?'))) ++j;
    else break;
  }
  return j;
}

// :) :( :-) ;) :D :P — only when not followed by a letter or digit.
size_t ScanEmoticon(const Cursor& cur, size_t i) {
  const char b = cur.text[i];
  if (b != ':' && b != ';') return i;
  size_t j = i + 1;
  if (cur.Byte(j) == '-') ++j;
  char e = cur.Byte(j);
  if (e != ')' && e != '(' && e != 'D' && e != 'P' && e != 'p') return i;
  ++j;
  if (IsAlnum(cur.At(j))) return i;
  if (i > 0 && IsAlnum(cur.At(i - 1)) && (e == 'D' || e == 'P' || e == 'p')) return i;
  return j;
}

// Whether the ASCII letter or digit at i may open "http://", "https://",
// "ftp://" or "www.": its first two letters say (words like "the", "was" and
// "for" are not looked at further).
inline bool MayStartUrl(std::string_view text, size_t i, size_t end) {
  const unsigned char b = static_cast<unsigned char>(text[i]) | 0x20;
  if (b != 'h' && b != 'w' && b != 'f') return false;
  if (i + 1 >= end) return false;
  const unsigned char n = static_cast<unsigned char>(text[i + 1]) | 0x20;
  return b == 'w' ? n == 'w' : n == 't';
}

}  // namespace

void TokenizeRange(std::string_view text, size_t begin, size_t end, std::vector<Token>* out) {
  Cursor cur{text, end};
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  size_t i = begin;
  size_t len;
  unsigned breaks = 0;  // line breaks since the last token
  while (i < end) {
    // Fast skip of ASCII blanks.
    unsigned char b = static_cast<unsigned char>(text[i]);
    if (b == ' ' || b == '\t') { ++i; continue; }
    if (b == '\n' || b == '\r') {
      if (b == '\n' || i + 1 >= end || text[i + 1] != '\n') ++breaks;
      ++i;
      continue;
    }
    const size_t first_new = out->size();
    if (kWordFlags[b] && !MayStartUrl(text, i, end)) {
      // Most tokens: an ASCII word or number that cannot start a URL. When
      // a blank follows its run of letters and digits, or a comma follows
      // letters (a comma joins only digits: 1,000), nothing else can join it:
      // what ScanWord would find, without its checks.
      const AsciiRun run = ScanAsciiAlnum(bytes, i, end);
      const unsigned char after = run.end < end ? bytes[run.end] : ' ';
      if ((after == ' ' || after == '\n' || (after == ',' && run.letters)) &&
          !(run.letters && !run.digits && MayBeFused(bytes + i, run.end - i))) {
        out->push_back(Token{static_cast<uint32_t>(i), static_cast<uint32_t>(run.end),
                             run.letters ? TokenKind::kWord : TokenKind::kNumber,
                             static_cast<uint8_t>(breaks < 2 ? breaks : 2)});
        breaks = 0;
        i = run.end + (after == ' ');  // the space needs no second look
        continue;
      }
      i = ScanWord(cur, i, out);
      (*out)[first_new].breaks_before = static_cast<uint8_t>(breaks < 2 ? breaks : 2);
      breaks = 0;
      continue;
    }
    char32_t cp;
    CharClass c = cur.At(i, &len, &cp);
    switch (c) {
      case CharClass::kSpace:
        i += len;
        continue;
      case CharClass::kNewline:
        breaks += cp == 0x2029 ? 2 : 1;
        i += len;
        continue;
      case CharClass::kUpper:
      case CharClass::kLower:
      case CharClass::kDigit:
      case CharClass::kMark:
      case CharClass::kInvalid:
        if ((b == 'h' || b == 'H' || b == 'w' || b == 'W' || b == 'f' || b == 'F') &&
            (StartsWithNoCase(text, i, end, "http://") ||
             StartsWithNoCase(text, i, end, "https://") ||
             StartsWithNoCase(text, i, end, "ftp://") ||
             (StartsWithNoCase(text, i, end, "www.") && IsAlnum(cur.At(i + 4))))) {
          size_t j = ScanUrl(cur, i);
          Push(out, i, j, TokenKind::kUrl);
          i = j;
        } else {
          i = ScanWord(cur, i, out);
        }
        break;
      case CharClass::kPeriod: {
        if (IsAlnum(cur.At(i + 1)) && cur.At(i + 1) == CharClass::kDigit &&
            (i == begin || !IsAlnum(cur.At(i - 1)))) {
          i = ScanWord(cur, i + 1, out);  // .5 — fold the period into the number
          Token& number = (*out)[first_new];  // ScanWord may also push a clitic
          number.start = static_cast<uint32_t>(number.start - 1);
          if (number.kind == TokenKind::kWord) number.kind = TokenKind::kNumber;
          break;
        }
        size_t j = ScanRun(cur, i, false);
        Push(out, i, j, TokenKind::kPunct);
        i = j;
        break;
      }
      case CharClass::kTerminal: {
        size_t j = b < 0x80 ? ScanRun(cur, i, true) : i + len;
        Push(out, i, j, TokenKind::kPunct);
        i = j;
        break;
      }
      case CharClass::kHyphen: {
        size_t j = b == '-' ? ScanRun(cur, i, false) : i + len;
        Push(out, i, j, TokenKind::kPunct);
        i = j;
        break;
      }
      case CharClass::kApostrophe: {
        // '90s: a decade; otherwise a quote mark.
        size_t j = i + len;
        if (cur.At(j) == CharClass::kDigit && cur.At(j + 1) == CharClass::kDigit &&
            cur.Byte(j + 2) == 's' && !IsAlnum(cur.At(j + 3))) {
          Push(out, i, j + 3, TokenKind::kWord);
          i = j + 3;
        } else {
          Push(out, i, j, TokenKind::kPunct);
          i = j;
        }
        break;
      }
      case CharClass::kQuote: {
        size_t j = i + len;
        if ((b == '`' || b == '\'') && cur.Byte(j) == static_cast<char>(b)) ++j;  // `` ''
        Push(out, i, j, TokenKind::kPunct);
        i = j;
        break;
      }
      case CharClass::kSymbol: {
        // Runs of one ASCII symbol (*****, ===, $$$, >>) are one token.
        size_t j = b < 0x80 ? ScanRun(cur, i, false) : i + len;
        Push(out, i, j, TokenKind::kSymbol);
        i = j;
        break;
      }
      case CharClass::kComma:
        if (size_t j = ScanEmoticon(cur, i); j != i) {
          Push(out, i, j, TokenKind::kSymbol);
          i = j;
          break;
        }
        Push(out, i, i + len, TokenKind::kPunct);
        i += len;
        break;
      case CharClass::kDash:
      case CharClass::kOpen:
      case CharClass::kClose:
      case CharClass::kOtherPunct:
        Push(out, i, i + len, TokenKind::kPunct);
        i += len;
        break;
    }
    if (out->size() > first_new) {
      (*out)[first_new].breaks_before = static_cast<uint8_t>(breaks < 2 ? breaks : 2);
      breaks = 0;
    }
  }
}

}  // namespace dyad::text
