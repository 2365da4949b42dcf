// Fuzzes the text stage: any bytes must split without crashing, with tokens
// and sentences inside the text, in order, and not overlapping.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "dyad/text.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  static const dyad::TextSplitter splitter;
  dyad::SplitResult r;
  splitter.Split(text, &r);
  uint32_t prev_end = 0;
  for (const dyad::Token& t : r.tokens) {
    if (t.start < prev_end || t.end <= t.start || t.end > size) std::abort();
    prev_end = t.end;
  }
  uint32_t next_token = 0;
  for (const dyad::Sentence& s : r.sentences) {
    if (s.first_token != next_token || s.token_count == 0) std::abort();
    next_token = s.first_token + s.token_count;
    if (next_token > r.tokens.size()) std::abort();
    if (s.start != r.tokens[s.first_token].start || s.end != r.tokens[next_token - 1].end)
      std::abort();
  }
  if (next_token != r.tokens.size()) std::abort();
  // Tokenize() and Split() agree on the tokens.
  dyad::SplitResult t;
  splitter.Tokenize(text, &t);
  if (t.tokens.size() != r.tokens.size()) std::abort();
  // Matching forms are valid UTF-8.
  for (size_t i = 0; i < r.tokens.size() && i < 64; ++i)
    if (!dyad::IsValidUtf8(dyad::LowerMatchForm(r.TokenText(text, i)))) std::abort();
  return 0;
}
