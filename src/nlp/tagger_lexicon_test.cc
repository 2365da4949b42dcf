// The tagger's word lexicon: its file format, its place in the model file,
// and what training learns from it.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "dyad/conllu.h"
#include "dyad/tagger.h"
#include "nlp/tagger_model.h"

namespace dyad {
namespace {

TEST(TaggerLexicon, ParsesWordsTagsAndSource) {
  std::vector<std::string> problems;
  const TaggerLexicon lex = ParseTaggerLexicon(
      "# source: a lexicon written for this test\n"
      "# another comment\n"
      "\n"
      "record\tNN 7\tVB 3\r\n"
      "Gondor\tNNP 12\n"
      "#rohan\tNN 2\n",
      "toy.lexicon", &problems);
  EXPECT_TRUE(problems.empty());
  EXPECT_EQ(lex.source, "a lexicon written for this test");
  ASSERT_EQ(lex.entries.size(), 3u);
  EXPECT_EQ(lex.entries[0].word, "record");
  ASSERT_EQ(lex.entries[0].tags.size(), 2u);
  EXPECT_EQ(lex.entries[0].tags[0], (std::pair<Xpos, uint32_t>{Xpos::kNN, 7}));
  EXPECT_EQ(lex.entries[0].tags[1], (std::pair<Xpos, uint32_t>{Xpos::kVB, 3}));
  EXPECT_EQ(lex.entries[1].word, "Gondor");
  EXPECT_EQ(lex.entries[2].word, "#rohan");  // a hashtag, not a comment
}

TEST(TaggerLexicon, BadLinesAreSkippedAndNamed) {
  std::vector<std::string> problems;
  const TaggerLexicon lex = ParseTaggerLexicon(
      "good\tJJ 2\n"
      "notags\n"
      "\tNN 3\n"
      "badtag\tNOUN 3\n"
      "badcount\tNN -1\n"
      "zero\tNN 0\n"
      "trailing\tNN 3x\n"
      "nospace\tNN\n"
      "also good\tNNP 1\n",
      "bad.lexicon", &problems);
  ASSERT_EQ(lex.entries.size(), 2u);
  EXPECT_EQ(lex.entries[1].word, "also good");
  ASSERT_EQ(problems.size(), 7u);
  EXPECT_EQ(problems[0], "bad.lexicon:2: no tags after the word");
  EXPECT_EQ(problems[1], "bad.lexicon:3: empty word");
  EXPECT_EQ(problems[2], "bad.lexicon:4: unknown XPOS 'NOUN'");
  EXPECT_NE(problems[3].find("bad.lexicon:5: bad count '-1'"), std::string::npos);
  EXPECT_NE(problems[5].find("bad.lexicon:7: bad count '3x'"), std::string::npos);
  EXPECT_EQ(problems[6], "bad.lexicon:8: expected 'TAG count', got 'NN'");
}

TEST(TaggerLexicon, HostileInputIsBounded) {
  std::string text;
  for (int i = 0; i < 1000; ++i) text += "x\tNN oops\n";
  text += std::string(300, 'w') + "\tNN 1\n";  // a word longer than 255 bytes
  text += std::string("\0\xFF\xFE\t\t\t", 6) + "\n";
  std::vector<std::string> problems;
  const TaggerLexicon lex = ParseTaggerLexicon(text, "hostile.lexicon", &problems);
  EXPECT_TRUE(lex.entries.empty());
  ASSERT_EQ(problems.size(), 21u);  // 20 named, then how many more
  EXPECT_EQ(problems.back(), "hostile.lexicon: 982 more lines skipped");
  EXPECT_TRUE(ParseTaggerLexicon("", "empty", &problems).entries.empty());
}

TEST(TaggerLexicon, ReadingAMissingFileNamesIt) {
  auto lex = ReadTaggerLexicon("/nonexistent/masc.lexicon", nullptr);
  ASSERT_FALSE(lex.ok());
  EXPECT_NE(lex.status().message().find("/nonexistent/masc.lexicon"), std::string::npos);
}

// Made-up words of three syllables; nouns and verbs alternate, so that their
// letters say nothing of which is which.
std::vector<std::string> MadeUpWords() {
  const char* syllables[] = {"ba", "ko", "ri", "te", "mu", "zo", "pe", "li"};
  std::vector<std::string> words;
  for (int a = 0; a < 8; ++a) {
    for (int b = 0; b < 8; ++b) {
      for (int c = 0; c < 8; c += 3) {
        words.push_back(std::string(syllables[a]) + syllables[b] + syllables[(c + a) % 8]);
      }
    }
  }
  return words;
}

TEST(TaggerLexicon, TrainingLearnsWhatItsClassesSay) {
  const std::vector<std::string> words = MadeUpWords();  // 192
  std::string treebank, lexicon = "# source: made up for this test\n";
  const size_t kHeldOut = 40;  // the last words are in the lexicon only
  for (size_t i = 0; i < words.size(); ++i) {
    const bool noun = i % 2 == 0;
    lexicon += words[i] + (noun ? "\tNN 9\n" : "\tVB 9\n");
    if (i >= words.size() - kHeldOut) continue;
    treebank += "# sent_id = " + std::to_string(i) + "\n1\t" + words[i] + "\t_\t" +
                (noun ? "NOUN\tNN" : "VERB\tVB") + "\t_\t0\t_\t_\t_\n2\t.\t.\tPUNCT\t.\t_\t0\t_\t_\t_\n\n";
  }
  auto sents = ParseConllu(treebank, "made-up.conllu");
  ASSERT_TRUE(sents.ok()) << sents.status().message();
  const TaggerLexicon lex = ParseTaggerLexicon(lexicon, "made-up.lexicon", nullptr);
  auto held_out_right = [&](const TaggerLexicon* l) {
    TaggerTrainOptions options;
    options.iterations = 5;
    options.lexicon = l;
    auto model = TrainTagger(*sents, {}, options);
    EXPECT_TRUE(model.ok()) << model.status().message();
    auto parsed = nlp::ParseModel(*model, "made-up.model");
    EXPECT_TRUE(parsed.ok());
    EXPECT_EQ(parsed->feature_set, l != nullptr ? 2u : 1u);
    EXPECT_EQ(parsed->lexicon_words.size(), l != nullptr ? words.size() : 0u);
    auto tagger = Tagger::LoadFromBuffer(*model, "made-up.model");
    EXPECT_TRUE(tagger.ok()) << tagger.status().message();
    size_t right = 0;
    TagScratch scratch;
    std::vector<PosTag> tags;
    for (size_t i = words.size() - kHeldOut; i < words.size(); ++i) {
      const std::vector<std::string_view> sentence = {words[i], "."};
      (*tagger)->Tag(sentence, &scratch, &tags);
      right += tags[0].xpos == (i % 2 == 0 ? Xpos::kNN : Xpos::kVB);
    }
    return right;
  };
  EXPECT_EQ(held_out_right(&lex), kHeldOut);
  EXPECT_LT(held_out_right(nullptr), kHeldOut * 3 / 4);  // without it: guesses
}

TEST(TaggerLexicon, ModelFileKeepsItAndRejectsDamage) {
  nlp::ModelData m;
  m.description = "toy";
  m.labels = {{Upos::kNoun, Xpos::kNN}};
  m.lexicon_classes = {"NN", "NN VB rare"};
  m.lexicon_words = {"gondor", "record"};
  m.lexicon_class = {0, 1};
  m.passes.emplace_back();
  const std::string bytes = nlp::SerializeModel(m);
  auto back = nlp::ParseModel(bytes, "toy.model");
  ASSERT_TRUE(back.ok()) << back.status().message();
  EXPECT_EQ(back->lexicon_classes, m.lexicon_classes);
  EXPECT_EQ(back->lexicon_words, m.lexicon_words);
  EXPECT_EQ(back->lexicon_class, m.lexicon_class);
  EXPECT_EQ(nlp::SerializeModel(*back), bytes);

  nlp::ModelData bad_class = m;
  bad_class.lexicon_class[1] = 2;
  auto c = nlp::ParseModel(nlp::SerializeModel(bad_class), "class.model");
  ASSERT_FALSE(c.ok());
  EXPECT_NE(c.status().message().find("class.model: corrupt file (word lexicon class out of range)"),
            std::string::npos);
  nlp::ModelData old_features = m;
  old_features.feature_set = 1;
  auto o = nlp::ParseModel(nlp::SerializeModel(old_features), "set1.model");
  ASSERT_FALSE(o.ok());
  EXPECT_NE(o.status().message().find("a word lexicon in a feature set 1 model"), std::string::npos);
  nlp::ModelData unsorted = m;
  std::swap(unsorted.lexicon_words[0], unsorted.lexicon_words[1]);
  auto u = nlp::ParseModel(nlp::SerializeModel(unsorted), "order.model");
  ASSERT_FALSE(u.ok());
  EXPECT_NE(u.status().message().find("not sorted"), std::string::npos);
}

}  // namespace
}  // namespace dyad
