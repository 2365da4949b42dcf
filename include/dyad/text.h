// dyad/text.h — the text stage: UTF-8 repair, sentences and tokens with byte
// offsets into the original document text.
//
//   dyad::TextSplitter splitter;              // immutable, share across threads
//   dyad::SplitResult out;                    // per-thread scratch, reuse it
//   splitter.Split(doc.text, &out);
//   for (const dyad::Sentence& s : out.sentences)
//     for (uint32_t i = s.first_token; i < s.first_token + s.token_count; ++i)
//       std::string_view tok = out.TokenText(doc.text, i);   // raw bytes
//
// Offsets are always into the bytes given to Split(), even when those bytes are
// not valid UTF-8: an invalid byte is read as one U+FFFD character (it never
// merges with its neighbours and never stops the run). Use RepairUtf8() on a
// token's bytes to print it, and MatchForm() to compare it with dictionaries.
//
// Conventions (Penn Treebank / Universal Dependencies, as in UD English EWT):
// clitics split ("don't" -> "do" "n't", "Russia's" -> "Russia" "'s",
// "I'm" -> "I" "'m"); hyphenated compounds stay whole ("Russian-backed");
// numbers keep their separators ("1,000.5", "3.5%" -> "3.5" "%"); URLs, e-mail
// addresses, abbreviations ("U.S.", "Gen.") and initials stay whole.
#ifndef DYAD_TEXT_H_
#define DYAD_TEXT_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dyad {

enum class TokenKind : uint8_t {
  kWord,     // letters, digits inside words, hyphenated compounds, abbreviations
  kNumber,   // 12, 1,000, 3.5, 1987, 10:30
  kPunct,    // . , ; : ! ? quotes brackets dashes
  kSymbol,   // $ % & + = # @ and other symbols
  kUrl,      // http://..., www.example.com
  kEmail,    // name@example.org
  kClitic,   // 's n't 're 've 'll 'd 'm
  kOther,    // anything else (control characters, U+FFFD for invalid bytes)
};

std::string_view TokenKindName(TokenKind kind);

struct Token {
  uint32_t start = 0;  // byte offset into the text given to Split()
  uint32_t end = 0;    // one past the last byte
  TokenKind kind = TokenKind::kWord;
  // Line breaks between the previous token (or the start) and this one:
  // 0, 1, or 2 for two or more (a paragraph break).
  uint8_t breaks_before = 0;
};

struct Sentence {
  uint32_t start = 0;        // byte offset of its first token
  uint32_t end = 0;          // byte offset one past its last token
  uint32_t first_token = 0;  // index into SplitResult::tokens
  uint32_t token_count = 0;
  // A dateline on its own ("MOSCOW (Reuters) -", "BAHRAIN -"): where the
  // story, or a news digest's next item, comes from.
  bool dateline = false;
};

struct SplitResult {
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;

  void clear() { tokens.clear(); sentences.clear(); }
  std::string_view TokenText(std::string_view text, size_t i) const {
    return text.substr(tokens[i].start, tokens[i].end - tokens[i].start);
  }
};

struct SplitOptions {
  // A line break followed by a blank line always ends a sentence (paragraphs,
  // headlines without a final period). When false, newlines are plain spaces.
  bool paragraph_breaks = true;
  // A single line break ends a sentence when the line before it has no end
  // punctuation and is short (a headline, a dateline, a list item).
  bool headline_lines = true;
};

// Splits text into sentences and tokens. Immutable after construction and safe
// to share between threads; all per-call state lives in the SplitResult.
// Texts longer than 4 GiB are cut at 4 GiB (offsets are 32-bit).
class TextSplitter {
 public:
  explicit TextSplitter(SplitOptions options = {});

  // Replaces *out with the sentences and tokens of text. Never fails: any byte
  // sequence is accepted. Linear in the size of text.
  void Split(std::string_view text, SplitResult* out) const;

  // Tokens only, the whole text as one sentence (for pretokenized evaluation
  // and for callers that already have sentences).
  void Tokenize(std::string_view text, SplitResult* out) const;

  const SplitOptions& options() const { return options_; }

 private:
  SplitOptions options_;
};

// True when text is well-formed UTF-8 (no overlongs, no surrogates, <= U+10FFFF).
bool IsValidUtf8(std::string_view text);

// Copies text replacing every invalid byte with U+FFFD and dropping NUL bytes
// and C0 controls other than tab, newline and carriage return. Valid input is
// returned unchanged.
std::string RepairUtf8(std::string_view text);
// Appends RepairUtf8(text) to *out.
void AppendRepairedUtf8(std::string_view text, std::string* out);

// The form of a token used for dictionary matching: repaired, NFKC-normalised,
// typographic quotes folded to ' and ", dashes to -, ellipsis to "...";
// case is kept (use LowerMatchForm for case-insensitive keys).
std::string MatchForm(std::string_view token);
// MatchForm, then Unicode lower-case.
std::string LowerMatchForm(std::string_view token);
// The key dictionaries and text are matched on: typography folded as in
// MatchForm, diacritics removed (Erdoğan -> ERDOGAN, Côte -> COTE), case
// folded, ASCII letters upper-cased.
std::string MatchKey(std::string_view token);

}  // namespace dyad

#endif  // DYAD_TEXT_H_
