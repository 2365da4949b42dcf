// dyad/eval.h — scoring dyad's text stage against treebanks.
#ifndef DYAD_EVAL_H_
#define DYAD_EVAL_H_

#include <cstdint>
#include <vector>

#include "dyad/conllu.h"
#include "dyad/text.h"

namespace dyad {

struct PrfScore {
  uint64_t gold = 0, predicted = 0, correct = 0;
  double precision() const { return predicted ? double(correct) / double(predicted) : 0; }
  double recall() const { return gold ? double(correct) / double(gold) : 0; }
  double f1() const {
    double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
  }
};

// Tokenizes each sentence's text on its own and matches token spans against
// the treebank's syntactic words (multiword tokens such as "don't" count as
// their words "do" "n't" when those spell the surface form).
PrfScore EvaluateTokenization(const TextSplitter& splitter,
                              const std::vector<ConlluSentence>& sentences);

// Joins all sentence texts into running text with single spaces (no line
// breaks, so only punctuation and words guide the splitter), splits it, and
// matches sentence spans.
PrfScore EvaluateSentenceSplitting(const TextSplitter& splitter,
                                   const std::vector<ConlluSentence>& sentences);

}  // namespace dyad

#endif  // DYAD_EVAL_H_
