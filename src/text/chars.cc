#include "text/chars.h"

#include <utf8proc.h>

namespace dyad::text {

CharClass ClassifyCodePoint(char32_t cp) {
  if (cp < 128) return kAsciiClass[cp];
  switch (cp) {
    case 0xFFFD: return CharClass::kInvalid;
    case 0x2019: case 0x02BC: return CharClass::kApostrophe;  // ’ and modifier apostrophe
    case 0x2018: case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x00AB:
    case 0x00BB: case 0x2039: case 0x203A: case 0x201A: case 0x201B: case 0x300C:
    case 0x300D: return CharClass::kQuote;
    case 0x2010: case 0x2011: return CharClass::kHyphen;
    case 0x2028: case 0x2029: case 0x0085: return CharClass::kNewline;
    case 0xFF01: case 0xFF1F: case 0x3002: return CharClass::kTerminal;
    case 0x00AD: return CharClass::kMark;  // soft hyphen stays inside its word
    default: break;
  }
  switch (utf8proc_category(static_cast<utf8proc_int32_t>(cp))) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LT: return CharClass::kUpper;
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO: return CharClass::kLower;
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC:
    case UTF8PROC_CATEGORY_ME: return CharClass::kMark;
    case UTF8PROC_CATEGORY_ND:
    case UTF8PROC_CATEGORY_NL:
    case UTF8PROC_CATEGORY_NO: return CharClass::kDigit;
    case UTF8PROC_CATEGORY_PD: return CharClass::kDash;
    case UTF8PROC_CATEGORY_PS: return CharClass::kOpen;
    case UTF8PROC_CATEGORY_PE: return CharClass::kClose;
    case UTF8PROC_CATEGORY_PI:
    case UTF8PROC_CATEGORY_PF: return CharClass::kQuote;
    case UTF8PROC_CATEGORY_PC:
    case UTF8PROC_CATEGORY_PO: return CharClass::kOtherPunct;
    case UTF8PROC_CATEGORY_SM:
    case UTF8PROC_CATEGORY_SC:
    case UTF8PROC_CATEGORY_SK:
    case UTF8PROC_CATEGORY_SO: return CharClass::kSymbol;
    case UTF8PROC_CATEGORY_ZS:
    case UTF8PROC_CATEGORY_CC:
    case UTF8PROC_CATEGORY_CF: return CharClass::kSpace;
    case UTF8PROC_CATEGORY_ZL:
    case UTF8PROC_CATEGORY_ZP: return CharClass::kNewline;
    default: return CharClass::kSymbol;  // private use, unassigned: a token of its own
  }
}

}  // namespace dyad::text
