// Private: matching a verb block's patterns against a sentence (the
// elements before the verb right to left, those after it left to right),
// for the coder (coder.cc).
#ifndef DYAD_SRC_CODE_PATTERN_MATCHER_H_
#define DYAD_SRC_CODE_PATTERN_MATCHER_H_

#include <cstddef>
#include <cstdint>
#include <vector>

#include "code/analysis.h"
#include "code/compiled.h"

namespace dyad::code {

// What a match assigned.
struct MatchState {
  int source = -1, target = -1;  // group indexes
  uint64_t skipped = 0;          // groups a pattern's "^" passed over (bit g)
  // Groups holding a word the pattern names (bit g): in "sent an envoy to
  // Greece" (- * &DELEGATION), the envoy is what is sent, not the target.
  uint64_t named = 0;
  // The first token of a word the pattern names after the verb (npos: none).
  size_t first_word_after = static_cast<size_t>(-1);
};

class PatternMatcher {
 public:
  // skip_actors: "^" passes over an actor, as TABARI reads it (without:
  // it passes over nothing; PETRARCH-2 passes over a noun phrase).
  // loose_gaps: CoderOptions::loose_pattern_gaps.
  PatternMatcher(const Compiled& c, const SentenceTokens& t, const Analysis& a, bool skip_actors,
                 bool loose_gaps)
      : c_(c), t_(t), a_(a), skip_actors_(skip_actors), loose_gaps_(loose_gaps) {
    for (size_t i = 0; i < t.size(); ++i) {
      if (t.ids[i] != kNoWord) ids_.Add(IdBloomHash(t.ids[i]));
      prefixes_.Add(PrefixBloomHash(t.upper[i]));
    }
  }

  // Whether pattern p matches around verb v; *st gets its $, + and ^.
  bool Match(const CPattern& p, const VerbHit& v, MatchState* st);

 private:
  // End of element e when it starts exactly at pos, or kNone.
  size_t At(const CElement& e, size_t pos, MatchState* st) const;
  // The same for a word or synonym set element (no state).
  size_t Literal(const CElement& e, size_t pos) const;
  // Sets st->named for the groups of tokens [from, to).
  void MarkNamed(size_t from, size_t to, MatchState* st) const;
  // Words [k..] of phrase q of a synonym set from token pos: the end, or
  // kNone. A word with a gap (CSynset::gaps) may come up to two words later.
  size_t SynsetPhrase(const CSynset& set, size_t q, size_t k, size_t pos) const;
  // Elements [i..] in order from pos; the first must start at pos when
  // `anchored`, later ones after at most `gap` tokens unless joined.
  size_t Sequence(const std::vector<CElement>& es, size_t i, size_t pos, bool anchored, size_t gap,
                  MatchState* st) const;
  // The elements before the verb, matched right to left ending at `boundary`.
  bool Backward(const std::vector<CElement>& es, int k, size_t boundary, bool adjacent,
                MatchState* st) const;

  const Compiled& c_;
  const SentenceTokens& t_;
  const Analysis& a_;
  const bool skip_actors_;
  const bool loose_gaps_;
  size_t verb_ = 0;  // the verb being matched
  WordBloom ids_, prefixes_;  // of the sentence's words
};

}  // namespace dyad::code

#endif  // DYAD_SRC_CODE_PATTERN_MATCHER_H_
