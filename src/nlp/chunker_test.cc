#include "dyad/chunker.h"
#include "dyad/tagger.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace dyad {
namespace {

// "Biden/NNP visited/VBD Kyiv/NNP" -> words and Penn tags.
struct Tagged {
  std::vector<std::string> storage;
  std::vector<std::string_view> words;
  std::vector<PosTag> tags;
};

Tagged Parse(std::string_view s) {
  Tagged t;
  size_t i = 0;
  while (i < s.size()) {
    size_t j = s.find(' ', i);
    if (j == std::string_view::npos) j = s.size();
    const std::string_view item = s.substr(i, j - i);
    const size_t slash = item.rfind('/');
    t.storage.emplace_back(item.substr(0, slash));
    PosTag tag;
    EXPECT_TRUE(ParseXpos(item.substr(slash + 1), &tag.xpos)) << item;
    t.tags.push_back(tag);
    i = j + 1;
  }
  for (const std::string& w : t.storage) t.words.push_back(w);
  return t;
}

// The chunks as "[NP The Russian president] [VP visited] ..." with the head
// of each marked by '*'.
std::string Show(std::string_view tagged) {
  const Tagged t = Parse(tagged);
  Chunks c;
  ChunkSentence(t.words, t.tags, &c);
  std::string out;
  for (size_t i = 0; i < t.words.size(); ++i) {
    const int32_t k = c.chunk_of[i];
    const Chunk* chunk = k >= 0 ? &c.chunks[static_cast<size_t>(k)] : nullptr;
    if (!out.empty()) out += ' ';
    if (chunk && chunk->begin == i) {
      out += '[';
      out += ChunkTypeName(chunk->type);
      out += ' ';
    }
    out += t.words[i];
    if (chunk && chunk->head == i) out += '*';
    if (chunk && chunk->end == i + 1) out += ']';
  }
  return out;
}

TEST(Chunker, NounVerbAndPrepositionalPhrases) {
  EXPECT_EQ(Show("The/DT Russian/JJ president/NN visited/VBD Kyiv/NNP on/IN Monday/NNP ./."),
            "[NP The Russian president*] [VP visited*] [NP Kyiv*] [PP on*] [NP Monday*] .");
  EXPECT_EQ(Show("He/PRP has/VBZ been/VBN widely/RB expected/VBN to/TO resign/VB ./."),
            "[NP He*] [VP has been widely expected to resign*] .");
  EXPECT_EQ(Show("Officials/NNS did/VBD n't/RB say/VB ./."),
            "[NP Officials*] [VP did n't say*] .");
}

TEST(Chunker, PossessiveOpensTheNextNounPhrase) {
  EXPECT_EQ(Show("the/DT company/NN 's/POS new/JJ chairman/NN"),
            "[NP the company*] [NP 's new chairman*]");
}

TEST(Chunker, NumbersAmountsAndDates) {
  EXPECT_EQ(Show("rose/VBD about/IN 20/CD %/NN"), "[VP rose*] [NP about 20 %*]");
  EXPECT_EQ(Show("a/DT $/$ 5/CD billion/CD loan/NN"), "[NP a $ 5 billion loan*]");
  EXPECT_EQ(Show("on/IN Oct./NNP 19/CD ,/, 1987/CD"), "[PP on*] [NP Oct. 19* , 1987]");
  EXPECT_EQ(Show("the/DT talks/NNS Monday/NNP"), "[NP the talks*] [NP Monday*]");
}

TEST(Chunker, CoordinationAndLists) {
  EXPECT_EQ(Show("Xi/NNP and/CC Putin/NNP met/VBD"), "[NP Xi and Putin*] [VP met*]");
  EXPECT_EQ(Show("the/DT U.S./NNP and/CC Japanese/JJ officials/NNS"),
            "[NP the U.S.*] and [NP Japanese officials*]");
  // A list of one-word conjuncts is one NP, as in the Penn Treebank.
  EXPECT_EQ(Show("coal/NN ,/, grain/NN and/CC oil/NN"), "[NP coal , grain and oil*]");
  EXPECT_EQ(Show("the/DT coal/NN ,/, grain/NN and/CC crude/JJ oil/NN"),
            "[NP the coal*] , [NP grain*] and [NP crude oil*]");
}

TEST(Chunker, ClausesParticlesAndAdjectives) {
  EXPECT_EQ(Show("said/VBD that/IN talks/NNS failed/VBD"),
            "[VP said*] [SBAR that*] [NP talks*] [VP failed*]");
  EXPECT_EQ(Show("rebels/NNS that/WDT attacked/VBD"), "[NP rebels*] [NP that*] [VP attacked*]");
  EXPECT_EQ(Show("called/VBD off/RP the/DT talks/NNS"),
            "[VP called*] [PRT off*] [NP the talks*]");
  EXPECT_EQ(Show("is/VBZ very/RB unlikely/JJ"), "[VP is*] [ADJP very unlikely*]");
  EXPECT_EQ(Show("reported/VBD improved/VBN earnings/NNS"),
            "[VP reported*] [NP improved earnings*]");
  EXPECT_EQ(Show("has/VBZ increased/VBN sales/NNS"), "[VP has increased*] [NP sales*]");
}

TEST(Chunker, LabelsEmptyAndMismatchedInput) {
  const Tagged t = Parse("Biden/NNP visited/VBD Kyiv/NNP ./.");
  Chunks c;
  ChunkSentence(t.words, t.tags, &c);
  char buf[8];
  EXPECT_EQ(c.Label(0, buf), "B-NP");
  EXPECT_EQ(c.Label(1, buf), "B-VP");
  EXPECT_EQ(c.Label(3, buf), "O");
  EXPECT_EQ(c.Label(99, buf), "O");
  ChunkSentence({}, {}, &c);
  EXPECT_TRUE(c.chunks.empty());
  EXPECT_TRUE(c.chunk_of.empty());
  // More words than tags: only the tagged prefix is chunked.
  ChunkSentence(t.words, std::span<const PosTag>(t.tags).first(2), &c);
  EXPECT_EQ(c.chunk_of.size(), 2u);
}

TEST(Chunker, TypeNamesRoundTrip) {
  for (int i = 0; i < kChunkTypeCount; ++i) {
    ChunkType t;
    ASSERT_TRUE(ParseChunkType(ChunkTypeName(static_cast<ChunkType>(i)), &t));
    EXPECT_EQ(static_cast<int>(t), i);
  }
  ChunkType t;
  EXPECT_FALSE(ParseChunkType("np", &t));
}

TEST(ChunkEval, ParsesConll2000AndScores) {
  const char* kData =
      "Confidence NN B-NP\nin IN B-PP\nthe DT B-NP\npound NN I-NP\n"
      "is VBZ B-VP\nrising VBG I-VP\n. . O\n\n"
      "( ( O\nHe PRP B-NP\n) ) O\n";
  auto sents = ParseChunkedSentences(kData, "mem");
  ASSERT_TRUE(sents.ok()) << sents.status().message();
  ASSERT_EQ(sents->size(), 2u);
  EXPECT_EQ((*sents)[1].tags[0].xpos, Xpos::kLrb);
  const ChunkScore s = EvaluateChunker(*sents, nullptr);
  EXPECT_EQ(s.tokens, 10u);
  EXPECT_EQ(s.of(ChunkType::kNP).gold, 3u);
  EXPECT_EQ(s.of(ChunkType::kNP).correct, 3u);
  EXPECT_DOUBLE_EQ(s.of(ChunkType::kNP).f1(), 1.0);
  EXPECT_EQ(s.of(ChunkType::kVP).correct, 1u);
}

// The files write brackets and quotes as Penn Treebank escapes; the words
// are read back as the text they stand for, which is what the tagger knows.
TEST(ChunkEval, PennEscapesAreReadAsText) {
  const char* kData =
      "-LRB- ( O\nsee VB B-VP\nbelow RB B-ADVP\n-RRB- ) O\n`` `` O\nNo DT B-NP\n'' '' O\n"
      "-LCB- ( O\n-RCB- ) O\n-LSB- ( O\n-RSB- ) O\n-LRB-x NN B-NP\n";
  auto sents = ParseChunkedSentences(kData, "mem");
  ASSERT_TRUE(sents.ok()) << sents.status().message();
  ASSERT_EQ(sents->size(), 1u);
  const std::vector<std::string> want = {"(", "see", "below", ")", "\"", "No", "\"",
                                         "{", "}", "[", "]", "-LRB-x"};
  EXPECT_EQ((*sents)[0].words, want);
  EXPECT_EQ((*sents)[0].tags[0].xpos, Xpos::kLrb);
  EXPECT_EQ((*sents)[0].tags[4].xpos, Xpos::kOpenQuote);

  auto tagger = Tagger::LoadDefault();
  ASSERT_TRUE(tagger.ok()) << tagger.status().message();
  const std::vector<std::string_view> words = {"(", "see", "below", ")"};
  TagScratch scratch;
  std::vector<PosTag> tags;
  (*tagger)->Tag(words, &scratch, &tags);
  EXPECT_EQ(tags[0].xpos, Xpos::kLrb);
  EXPECT_EQ(tags[3].xpos, Xpos::kRrb);
}

TEST(ChunkEval, ErrorsNameTheLine) {
  auto bad = ParseChunkedSentences("a DT B-NP\nb QQ B-NP\n", "f.txt");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().message(), "f.txt:2: unknown POS tag 'QQ'");
  bad = ParseChunkedSentences("a DT X-NP\n", "f.txt");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().message(), "f.txt:1: bad chunk label 'X-NP'");
  bad = ParseChunkedSentences("a DT\n", "f.txt");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("f.txt:1:"), std::string::npos);
  auto missing = ReadChunkedSentences("/nonexistent/x.zip:a/test.txt");
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.status().message().find("/nonexistent/x.zip"), std::string::npos);
}

}  // namespace
}  // namespace dyad
