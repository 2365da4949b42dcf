// The chunker against the CoNLL-2000 test set (WSJ section 20; reference data
// in ../shared, used for evaluation only; skipped when absent). Prints the
// figures and asserts floors a little below the measured NP F1.
#include <gtest/gtest.h>

#include <cstdio>

#include "dyad/chunker.h"
#include "dyad/tagger.h"
#include "shared_data.h"

namespace dyad {
namespace {

constexpr const char* kTestMember = "conll2000/test.txt";

void Print(const char* what, const ChunkScore& s) {
  const ChunkScore::Counts& np = s.of(ChunkType::kNP);
  std::printf("[ figures  ] CoNLL-2000 test, %s: NP P %.4f R %.4f F1 %.4f; all chunks F1 %.4f\n",
              what, np.precision(), np.recall(), np.f1(), s.all.f1());
}

TEST(Conll2000Chunks, NounPhrasesWithGoldAndDyadTags) {
  DYAD_REQUIRE_SHARED(zip, "corpus/pos-nltk/conll2000.zip");
  auto sents = ReadChunkedSentences(zip + ":" + kTestMember);
  ASSERT_TRUE(sents.ok()) << sents.status().message();
  ASSERT_EQ(sents->size(), 2012u);
  const ChunkScore gold_tags = EvaluateChunker(*sents, nullptr);
  Print("the file's POS tags", gold_tags);
  EXPECT_EQ(gold_tags.tokens, 47377u);
  EXPECT_GE(gold_tags.of(ChunkType::kNP).f1(), 0.915);  // measured 0.9205
  EXPECT_GE(gold_tags.all.f1(), 0.905);  // measured 0.9110

  auto tagger = Tagger::LoadDefault();
  ASSERT_TRUE(tagger.ok()) << tagger.status().message();
  const ChunkScore own_tags = EvaluateChunker(*sents, tagger->get());
  Print("dyad's tags", own_tags);
  EXPECT_GE(own_tags.of(ChunkType::kNP).f1(), 0.912);  // measured 0.9169
}

TEST(Conll2000Chunks, MissingMemberIsAnError) {
  DYAD_REQUIRE_SHARED(zip, "corpus/pos-nltk/conll2000.zip");
  auto r = ReadChunkedSentences(zip + ":conll2000/nope.txt");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kNotFound);
  EXPECT_NE(r.status().message().find("conll2000/nope.txt"), std::string::npos);
}

}  // namespace
}  // namespace dyad
