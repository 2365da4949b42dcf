// Sentence splitting over the token stream.
//
// A sentence ends at . ! ? ... (with the closing quotes and brackets glued to
// them) when the next token can start a sentence; at an abbreviation ("U.S.")
// only when the next word is a typical sentence opener; at a blank line; and at
// a single line break after a headline-like line. A dateline at the start of
// the text, of a paragraph or of a line that opens a sentence ("MOSCOW
// (Reuters) -") is a sentence of its own; so is a line of dashes.
#include <string_view>

#include "dyad/text.h"
#include "text/abbrev.h"
#include "text/chars.h"
#include "text/tokenizer.h"

namespace dyad {
namespace {

using text::CharClass;

CharClass FirstClass(std::string_view text, const Token& t) {
  size_t len;
  return text::Classify(text::Decode(text, t.start, &len));
}

std::string_view View(std::string_view text, const Token& t) {
  return text.substr(t.start, t.end - t.start);
}

// Line breaks before token k, 0 for the first token (2 means two or more).
int NewlinesBefore(const std::vector<Token>& toks, size_t k) {
  return k == 0 ? 0 : toks[k].breaks_before;
}

bool Attached(const std::vector<Token>& toks, size_t k) {
  return k > 0 && toks[k - 1].end == toks[k].start;
}

bool IsSentenceFinalPunct(std::string_view tok) {
  if (tok.empty()) return false;
  char c = tok[0];
  if (c == '.' || c == '!' || c == '?') return true;
  return tok == "\xE2\x80\xA6" || tok == "\xEF\xBC\x81" || tok == "\xEF\xBC\x9F" ||
         tok == "\xE3\x80\x82";  // … ！ ？ 。
}

bool IsCloser(std::string_view text, const Token& t) {
  if (t.kind != TokenKind::kPunct && t.kind != TokenKind::kClitic) return false;
  CharClass c = FirstClass(text, t);
  if (c == CharClass::kClose) return true;
  if (c == CharClass::kQuote || c == CharClass::kApostrophe) {
    std::string_view v = View(text, t);
    // Opening typographic quotes never close.
    return v != "\xE2\x80\x9C" && v != "\xE2\x80\x98" && v != "\xC2\xAB" && v != "\xE2\x80\x9E";
  }
  return false;
}

// Can token t begin a sentence after a full stop?
bool CanStartSentence(std::string_view text, const Token& t) {
  CharClass c = FirstClass(text, t);
  switch (c) {
    case CharClass::kLower:
    case CharClass::kComma:
    case CharClass::kClose:
    case CharClass::kPeriod:
    case CharClass::kTerminal:
      return false;
    case CharClass::kSymbol: {
      char b = text[t.start];
      return b == '$' || b == '#' || b == '@' || static_cast<unsigned char>(b) >= 0x80;
    }
    case CharClass::kMark:
      return false;
    default:
      return true;  // upper-case letters, digits, quotes, brackets, dashes, ...
  }
}

bool IsAllCapsWord(std::string_view text, const Token& t) {
  if (t.kind != TokenKind::kWord) return false;
  bool upper = false;
  for (uint32_t i = t.start; i < t.end;) {
    size_t len;
    CharClass c = text::Classify(text::Decode(text, i, &len));
    if (c == CharClass::kLower) return false;
    if (c == CharClass::kUpper) upper = true;
    i += static_cast<uint32_t>(len);
  }
  return upper;
}

// "MOSCOW (Reuters) -", "KYIV, Ukraine —", "WASHINGTON -": returns the index
// one past the dash, or `first` when there is no dateline at `first`.
size_t MatchDateline(std::string_view text, const std::vector<Token>& toks, size_t first,
                     size_t end) {
  if (first >= end || !IsAllCapsWord(text, toks[first]) || toks[first].end - toks[first].start < 3)
    return first;
  size_t k = first + 1;
  const size_t limit = first + 12 < end ? first + 12 : end;
  bool paren = false;
  while (k < limit) {
    const Token& t = toks[k];
    std::string_view v = View(text, t);
    CharClass c = FirstClass(text, t);
    if (v == "-" || v == "--" || c == CharClass::kDash) {
      // Must be followed by more text on the same line.
      if (k + 1 < end && NewlinesBefore(toks, k + 1) == 0) return k + 1;
      return first;
    }
    if (t.kind == TokenKind::kWord && (c == CharClass::kUpper || paren)) { ++k; continue; }
    if (v == "," && !paren) { ++k; continue; }
    if (v == "(" && !paren) { paren = true; ++k; continue; }
    if (v == ")" && paren) { paren = false; ++k; continue; }
    if (t.kind == TokenKind::kNumber) { ++k; continue; }
    return first;
  }
  return first;
}

// A news service's credit in brackets: "(CNN)", "(Reuters)".
bool IsNewsCredit(std::string_view w) {
  static constexpr std::string_view kCredits[] = {
      "CNN", "Reuters", "AP", "AFP", "UPI", "Bloomberg", "BBC", "Xinhua", "dpa", "DPA",
      "IANS", "PTI", "ANI", "TASS", "EFE", "ANSA", "Kyodo", "Yonhap", "NPR", "Sputnik"};
  for (std::string_view c : kCredits)
    if (c == w) return true;
  return false;
}

// "(CNN) President Trump ...", "Washington (CNN) The House ...": a credit
// in brackets, after at most four words of place, that opens a line without
// a dash; returns the index one past the bracket (or a dash right after it),
// or `first` when there is none.
size_t MatchCredit(std::string_view text, const std::vector<Token>& toks, size_t first,
                   size_t end) {
  size_t k = first;
  while (k < end && k < first + 5 && View(text, toks[k]) != "(") {
    const CharClass c = FirstClass(text, toks[k]);
    if (!((toks[k].kind == TokenKind::kWord && c == CharClass::kUpper) || View(text, toks[k]) == ","))
      return first;
    ++k;
  }
  if (k + 3 >= end || View(text, toks[k]) != "(" || !IsNewsCredit(View(text, toks[k + 1])) ||
      View(text, toks[k + 2]) != ")")
    return first;
  size_t after = k + 3;
  const std::string_view v = View(text, toks[after]);
  if (v == "-" || v == "--" || FirstClass(text, toks[after]) == CharClass::kDash) ++after;
  // More text must follow on the same line.
  if (after >= end || NewlinesBefore(toks, after) != 0) return first;
  return after;
}

// Tokens [first, end) are dashes only: a separator line ("- - - -") between
// the items of a news digest.
bool DashesOnly(std::string_view text, const std::vector<Token>& toks, size_t first, size_t end) {
  if (end <= first) return false;
  for (size_t k = first; k < end; ++k) {
    const std::string_view v = View(text, toks[k]);
    if (v != "-" && v != "--" && FirstClass(text, toks[k]) != CharClass::kDash) return false;
  }
  return true;
}

// A line [first, end) that reads as a headline: short, no final punctuation,
// mostly capitalised words, last word capitalised or a number.
bool LooksLikeHeadline(std::string_view text, const std::vector<Token>& toks, size_t first,
                       size_t end) {
  if (end <= first || end - first > 16) return false;
  const Token& last = toks[end - 1];
  if (IsSentenceFinalPunct(View(text, last))) return false;
  CharClass lc = FirstClass(text, last);
  if (lc == CharClass::kLower || lc == CharClass::kComma || lc == CharClass::kHyphen) return false;
  int words = 0, caps = 0;
  for (size_t k = first; k < end; ++k) {
    if (toks[k].kind != TokenKind::kWord) continue;
    ++words;
    if (FirstClass(text, toks[k]) == CharClass::kUpper) ++caps;
  }
  return words > 0 && caps * 10 >= words * 6;
}

class SentenceBuilder {
 public:
  SentenceBuilder(const std::vector<Token>& toks, std::vector<Sentence>* out)
      : toks_(toks), out_(out) {}
  void Emit(size_t first, size_t end, bool dateline = false) {
    if (end <= first) return;
    Sentence s;
    s.first_token = static_cast<uint32_t>(first);
    s.token_count = static_cast<uint32_t>(end - first);
    s.dateline = dateline;
    s.start = toks_[first].start;
    s.end = toks_[end - 1].end;
    out_->push_back(s);
  }

 private:
  const std::vector<Token>& toks_;
  std::vector<Sentence>* out_;
};

}  // namespace

TextSplitter::TextSplitter(SplitOptions options) : options_(options) {}

void TextSplitter::Tokenize(std::string_view text, SplitResult* out) const {
  out->clear();
  if (text.size() > UINT32_MAX) text = text.substr(0, UINT32_MAX);
  out->tokens.reserve(text.size() / 5 + 4);
  text::TokenizeRange(text, 0, text.size(), &out->tokens);
  SentenceBuilder(out->tokens, &out->sentences).Emit(0, out->tokens.size());
}

void TextSplitter::Split(std::string_view text, SplitResult* out) const {
  out->clear();
  if (text.size() > UINT32_MAX) text = text.substr(0, UINT32_MAX);
  std::vector<Token>& toks = out->tokens;
  toks.reserve(text.size() / 5 + 4);
  text::TokenizeRange(text, 0, text.size(), &toks);
  out->sentences.reserve(toks.size() / 20 + 2);
  SentenceBuilder emit(toks, &out->sentences);

  const size_t n = toks.size();
  size_t first = 0;       // first token of the open sentence
  size_t line_first = 0;  // first token of the current line
  bool paragraph_start = true;
  size_t i = 0;
  while (i < n) {
    const Token& t = toks[i];
    // Fast path: most tokens neither follow a line break nor can end a sentence.
    if (t.breaks_before == 0 && !paragraph_start) {
      const unsigned char last = static_cast<unsigned char>(text[t.end - 1]);
      const unsigned char lead = static_cast<unsigned char>(text[t.start]);
      if (t.kind == TokenKind::kWord ? last != '.'
                                     : (t.kind != TokenKind::kPunct ||
                                        (lead < 0x80 && lead != '.' && lead != '!' && lead != '?'))) {
        ++i;
        continue;
      }
    }
    const int nl = NewlinesBefore(toks, i);
    if (nl > 0) {
      if (i > first) {
        if (options_.paragraph_breaks && nl >= 2) {
          emit.Emit(first, i);
          first = i;
        } else if (options_.headline_lines && line_first == first &&
                   FirstClass(text, toks[i]) == CharClass::kUpper &&
                   LooksLikeHeadline(text, toks, line_first, i)) {
          emit.Emit(first, i);
          first = i;
        } else if (line_first == first && DashesOnly(text, toks, first, i)) {
          // "- - - -" on a line of its own, then perhaps the next item's
          // dateline.
          emit.Emit(first, i);
          first = i;
          paragraph_start = true;
        } else if (View(text, toks[i - 1]) == ")" && MatchDateline(text, toks, i, n) != i) {
          // "... per troy ounce.(XYGH 1305)\n    WASHINGTON - Kuwait has
          // asked": a news digest's item code, then a new item's dateline.
          emit.Emit(first, i);
          first = i;
          paragraph_start = true;
        }
      }
      line_first = i;
      // A paragraph, or a line that opens a sentence ("... sources
      // said.\n    CAIRO - Egypt's opposition"), may open with a dateline.
      if (nl >= 2 || i == first) paragraph_start = true;
    }
    if (paragraph_start && i == first) {
      paragraph_start = false;
      size_t after = MatchDateline(text, toks, i, n);
      if (after == i) after = MatchCredit(text, toks, i, n);
      if (after != i) {
        emit.Emit(first, after, /*dateline=*/true);
        first = after;
        i = after;
        continue;
      }
    }
    paragraph_start = false;

    std::string_view v = View(text, t);
    const bool punct_final = t.kind == TokenKind::kPunct && IsSentenceFinalPunct(v);
    const bool abbrev_final = t.kind == TokenKind::kWord && v.size() > 1 && v.back() == '.';
    if (!punct_final && !abbrev_final) { ++i; continue; }

    // Glue closing quotes and brackets written right after the stop.
    size_t k = i + 1;
    while (k < n && Attached(toks, k) && IsCloser(text, toks[k])) ++k;
    if (k >= n) break;
    const Token& next = toks[k];
    bool boundary;
    if (punct_final) {
      boundary = CanStartSentence(text, next);
      // "..." and "…" mid-sentence: only before a capital or a line break.
      if (boundary && ((v.size() >= 2 && v[0] == '.') || v == "\xE2\x80\xA6"))
        boundary = FirstClass(text, next) != CharClass::kDigit || NewlinesBefore(toks, k);
    } else {
      std::string_view word = v.substr(0, v.size() - 1);
      text::AbbrevKind kind = text::ClassifyAbbreviation(word);
      CharClass nc = FirstClass(text, next);
      if (NewlinesBefore(toks, k) >= 2) boundary = true;
      else if (kind == text::AbbrevKind::kTitle) boundary = false;
      else if (nc == CharClass::kQuote) boundary = true;
      else if (nc == CharClass::kUpper) boundary = text::IsSentenceStarter(View(text, next));
      else boundary = false;
    }
    if (boundary) {
      emit.Emit(first, k);
      first = k;
    }
    i = k;
  }
  emit.Emit(first, n);
}

}  // namespace dyad
