// Fuzzes the chunker and the clause analysis: any sentence gives chunks and
// clauses whose indexes stay inside the sentence and agree with each other.
// The first input byte picks the input: even, the rest is text, split and
// tagged with the shipped model (as the coder does); odd, each following
// byte pair is one word (from a small list of function and content words)
// with any Penn tag, so that tag sequences no tagger would write get in too.
#include <array>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string_view>
#include <vector>

#include "dyad/chunker.h"
#include "dyad/clauses.h"
#include "dyad/tagger.h"
#include "dyad/text.h"

namespace {

constexpr std::array<std::string_view, 32> kWords = {
    "the", "said", "that", "who", "which", "to", "by", "not", "n't", "never", "and", ",",
    "Russia", "attacked", "is", "was", "been", "being", "has", "will", "could", "plans",
    "considering", "yet", "failed", "due", "'s", "of", "officials", "\"", "met", "."};

void Check(std::span<const std::string_view> words, std::span<const dyad::PosTag> tags) {
  static dyad::Chunks chunks;
  static dyad::ClauseAnalysis clauses;
  dyad::ChunkSentence(words, tags, &chunks);
  const size_t n = words.size();
  if (chunks.chunk_of.size() != n) std::abort();
  uint32_t prev_end = 0;
  for (size_t k = 0; k < chunks.chunks.size(); ++k) {
    const dyad::Chunk& c = chunks.chunks[k];
    if (c.begin < prev_end || c.end <= c.begin || c.end > n) std::abort();
    if (c.head < c.begin || c.head >= c.end) std::abort();
    for (uint32_t i = c.begin; i < c.end; ++i)
      if (chunks.chunk_of[i] != static_cast<int32_t>(k)) std::abort();
    prev_end = c.end;
  }
  dyad::AnalyzeClauses(words, tags, chunks, &clauses);
  if (clauses.clause_of.size() != n || clauses.role_of.size() != n) std::abort();
  if (clauses.lemma_ends.size() != clauses.clauses.size()) std::abort();
  auto check_phrase = [n](const dyad::ClausePhrase& p) {
    if (!p.present()) return;
    if (p.begin >= p.end || p.end > n || p.head < p.begin || p.head >= p.end) std::abort();
  };
  const auto m = static_cast<int32_t>(clauses.clauses.size());
  for (int32_t i = 0; i < m; ++i) {
    const dyad::Clause& c = clauses.clauses[static_cast<size_t>(i)];
    if (c.group_begin >= c.group_end || c.group_end > n) std::abort();
    if (c.verb < c.group_begin || c.verb >= c.group_end) std::abort();
    if (c.begin > c.group_begin || c.end < c.group_end || c.end > n) std::abort();
    if (c.parent >= m || c.parent == i || c.parent < -1) std::abort();
    if (c.negation_cue >= static_cast<int32_t>(n) || c.modal_cue >= static_cast<int32_t>(n))
      std::abort();
    if (c.marker >= static_cast<int32_t>(n)) std::abort();
    check_phrase(c.subject);
    check_phrase(c.object);
    check_phrase(c.agent);
    check_phrase(c.antecedent);
    (void)clauses.lemma(static_cast<size_t>(i));
  }
  for (int16_t k : clauses.clause_of)
    if (k < -1 || k >= m) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0 || size > (1 << 16)) return 0;
  static const std::unique_ptr<dyad::Tagger> tagger = [] {
    auto t = dyad::Tagger::LoadDefault();
    if (!t.ok()) std::abort();  // the fuzzer needs the shipped model
    return std::move(*t);
  }();
  static const dyad::TextSplitter splitter;
  static dyad::TagScratch scratch;
  static dyad::SplitResult split;
  static std::vector<std::string_view> words;
  static std::vector<dyad::PosTag> tags;
  if (data[0] % 2 == 0) {
    const std::string_view text(reinterpret_cast<const char*>(data) + 1, size - 1);
    splitter.Split(text, &split);
    for (const dyad::Sentence& s : split.sentences) {
      words.clear();
      for (uint32_t i = s.first_token; i < s.first_token + s.token_count; ++i)
        words.push_back(split.TokenText(text, i));
      tagger->Tag(words, &scratch, &tags);
      Check(words, tags);
    }
  } else {
    words.clear();
    tags.clear();
    for (size_t i = 1; i + 1 < size; i += 2) {
      words.push_back(kWords[data[i] % kWords.size()]);
      dyad::PosTag t;
      t.xpos = static_cast<dyad::Xpos>(data[i + 1] % (dyad::kXposCount + 2));  // a few out of range
      tags.push_back(t);
    }
    Check(words, tags);
  }
  return 0;
}
