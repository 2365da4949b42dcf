// The text stage against Universal Dependencies English (reference data in
// ../shared; skipped when absent). Prints the figures and asserts floors.
#include <gtest/gtest.h>

#include <cstdio>

#include "dyad/eval.h"
#include "shared_data.h"

namespace dyad {
namespace {

void Print(const char* what, const PrfScore& s) {
  std::printf("[ figures  ] %s: P %.4f R %.4f F1 %.4f (gold %llu, predicted %llu)\n", what,
              s.precision(), s.recall(), s.f1(), static_cast<unsigned long long>(s.gold),
              static_cast<unsigned long long>(s.predicted));
}

TEST(UdSegmentation, SentenceSplittingOnPudRunningText) {
  DYAD_REQUIRE_SHARED(path, "corpus/pos-ud-english-pud/en_pud-ud-test.conllu");
  auto sents = ReadConlluFile(path);
  ASSERT_TRUE(sents.ok()) << sents.status().message();
  ASSERT_EQ(sents->size(), 1000u);
  PrfScore s = EvaluateSentenceSplitting(TextSplitter(), *sents);
  Print("PUD sentence boundaries", s);
  EXPECT_GE(s.f1(), 0.99);
}

TEST(UdSegmentation, TokenizationOnEwtTest) {
  DYAD_REQUIRE_SHARED(path, "corpus/pos-ud-english-ewt/en_ewt-ud-test.conllu");
  auto sents = ReadConlluFile(path);
  ASSERT_TRUE(sents.ok()) << sents.status().message();
  PrfScore s = EvaluateTokenization(TextSplitter(), *sents);
  Print("EWT test tokens", s);
  EXPECT_GE(s.f1(), 0.98);
}

TEST(UdSegmentation, TokenizationOnPud) {
  DYAD_REQUIRE_SHARED(path, "corpus/pos-ud-english-pud/en_pud-ud-test.conllu");
  auto sents = ReadConlluFile(path);
  ASSERT_TRUE(sents.ok()) << sents.status().message();
  PrfScore s = EvaluateTokenization(TextSplitter(), *sents);
  Print("PUD tokens", s);
  EXPECT_GE(s.f1(), 0.985);
}

}  // namespace
}  // namespace dyad
