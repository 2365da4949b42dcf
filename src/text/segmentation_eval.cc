// Scoring the tokenizer and splitter against treebank sentences.
#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "dyad/eval.h"

namespace dyad {
namespace {

using Span = std::pair<uint32_t, uint32_t>;

uint64_t CountMatches(std::vector<Span> a, std::vector<Span> b) {
  std::sort(a.begin(), a.end());
  std::sort(b.begin(), b.end());
  uint64_t n = 0;
  size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i] == b[j]) { ++n; ++i; ++j; }
    else if (a[i] < b[j]) ++i;
    else ++j;
  }
  return n;
}

// Gold word spans of one sentence, found by locating each surface token in
// the text in order. Returns false when the text and tokens disagree.
bool GoldWordSpans(const ConlluSentence& s, std::vector<Span>* out) {
  size_t pos = 0;
  for (const ConlluToken& t : s.tokens) {
    while (pos < s.text.size() && (s.text[pos] == ' ' || s.text[pos] == '\t')) ++pos;
    if (s.text.compare(pos, t.form.size(), t.form) != 0) {
      size_t found = s.text.find(t.form, pos);
      if (found == std::string::npos) return false;
      pos = found;
    }
    const uint32_t start = static_cast<uint32_t>(pos);
    // Split a multiword token into its words when they spell it out.
    std::string joined;
    for (int w = t.first_word; w <= t.last_word; ++w) joined += s.words[w].form;
    if (t.first_word < t.last_word && joined == t.form) {
      uint32_t p = start;
      for (int w = t.first_word; w <= t.last_word; ++w) {
        uint32_t len = static_cast<uint32_t>(s.words[w].form.size());
        out->emplace_back(p, p + len);
        p += len;
      }
    } else {
      out->emplace_back(start, start + static_cast<uint32_t>(t.form.size()));
    }
    pos += t.form.size();
  }
  return true;
}

}  // namespace

PrfScore EvaluateTokenization(const TextSplitter& splitter,
                              const std::vector<ConlluSentence>& sentences) {
  PrfScore score;
  SplitResult r;
  std::vector<Span> gold, pred;
  for (const ConlluSentence& s : sentences) {
    gold.clear();
    pred.clear();
    if (!GoldWordSpans(s, &gold)) continue;
    splitter.Tokenize(s.text, &r);
    for (const Token& t : r.tokens) pred.emplace_back(t.start, t.end);
    score.gold += gold.size();
    score.predicted += pred.size();
    score.correct += CountMatches(gold, pred);
  }
  return score;
}

PrfScore EvaluateSentenceSplitting(const TextSplitter& splitter,
                                   const std::vector<ConlluSentence>& sentences) {
  std::string text;
  std::vector<Span> gold;
  for (const ConlluSentence& s : sentences) {
    if (!text.empty()) text += ' ';
    size_t a = s.text.find_first_not_of(" \t");
    size_t b = s.text.find_last_not_of(" \t");
    if (a == std::string::npos) continue;
    const uint32_t start = static_cast<uint32_t>(text.size());
    text.append(s.text, a, b - a + 1);
    gold.emplace_back(start, static_cast<uint32_t>(text.size()));
  }
  SplitResult r;
  splitter.Split(text, &r);
  std::vector<Span> pred;
  for (const Sentence& s : r.sentences) pred.emplace_back(s.start, s.end);
  PrfScore score;
  score.gold = gold.size();
  score.predicted = pred.size();
  score.correct = CountMatches(gold, pred);
  return score;
}

}  // namespace dyad
