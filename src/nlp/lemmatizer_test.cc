#include "dyad/lemmatizer.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <string>
#include <vector>

#include "dyad/conllu.h"
#include "shared_data.h"

namespace dyad {
namespace {

std::string L(std::string_view word, Upos upos, Xpos xpos = Xpos::kNone) {
  return Lemmatizer::Default().Lemmatize(word, PosTag{upos, xpos});
}

TEST(Lemmatizer, LexiconIsCompiledIn) {
  EXPECT_GT(Lemmatizer::Default().lexicon_size(), 80000u);  // single-word lemmas
}

TEST(Lemmatizer, Nouns) {
  EXPECT_EQ(L("children", Upos::kNoun, Xpos::kNNS), "child");
  EXPECT_EQ(L("mice", Upos::kNoun, Xpos::kNNS), "mouse");
  EXPECT_EQ(L("cities", Upos::kNoun, Xpos::kNNS), "city");
  EXPECT_EQ(L("boxes", Upos::kNoun, Xpos::kNNS), "box");
  EXPECT_EQ(L("Talks", Upos::kNoun, Xpos::kNNS), "talk");
  EXPECT_EQ(L("troops", Upos::kNoun, Xpos::kNNS), "troops");  // as EWT
  EXPECT_EQ(L("1970s", Upos::kNoun, Xpos::kNNS), "1970s");
  EXPECT_EQ(L("zorblaxes", Upos::kNoun, Xpos::kNNS), "zorblax");  // unknown: rules
  EXPECT_EQ(L("Visit", Upos::kNoun, Xpos::kNN), "visit");
  EXPECT_EQ(L("TV", Upos::kNoun, Xpos::kNN), "TV");
  EXPECT_EQ(L("cities", Upos::kNoun), "city");  // no XPOS: the form decides
}

TEST(Lemmatizer, Verbs) {
  EXPECT_EQ(L("visited", Upos::kVerb, Xpos::kVBD), "visit");
  EXPECT_EQ(L("went", Upos::kVerb, Xpos::kVBD), "go");
  EXPECT_EQ(L("stopped", Upos::kVerb, Xpos::kVBD), "stop");
  EXPECT_EQ(L("running", Upos::kVerb, Xpos::kVBG), "run");
  EXPECT_EQ(L("hoped", Upos::kVerb, Xpos::kVBN), "hope");
  EXPECT_EQ(L("says", Upos::kVerb, Xpos::kVBZ), "say");
  EXPECT_EQ(L("Attacked", Upos::kVerb, Xpos::kVBD), "attack");
  EXPECT_EQ(L("visited", Upos::kVerb), "visit");
  EXPECT_EQ(L("'s", Upos::kAux, Xpos::kVBZ), "be");
  EXPECT_EQ(L("\xE2\x80\x99s", Upos::kAux, Xpos::kVBZ), "be");
  EXPECT_EQ(L("'d", Upos::kAux, Xpos::kMD), "would");
  EXPECT_EQ(L("ca", Upos::kAux, Xpos::kMD), "can");
  EXPECT_EQ(L("were", Upos::kAux, Xpos::kVBD), "be");
  EXPECT_EQ(L("has", Upos::kAux, Xpos::kVBZ), "have");
}

TEST(Lemmatizer, AdjectivesAdverbsAndClosedClasses) {
  EXPECT_EQ(L("better", Upos::kAdj, Xpos::kJJR), "good");
  EXPECT_EQ(L("biggest", Upos::kAdj, Xpos::kJJS), "big");
  EXPECT_EQ(L("larger", Upos::kAdj, Xpos::kJJR), "large");
  EXPECT_EQ(L("American", Upos::kAdj, Xpos::kJJ), "American");
  EXPECT_EQ(L("Fantastic", Upos::kAdj, Xpos::kJJ), "fantastic");
  EXPECT_EQ(L("later", Upos::kAdv, Xpos::kRBR), "late");
  EXPECT_EQ(L("n't", Upos::kPart, Xpos::kRB), "not");
  EXPECT_EQ(L("'s", Upos::kPart, Xpos::kPOS), "'s");
  EXPECT_EQ(L("me", Upos::kPron, Xpos::kPRP), "I");
  EXPECT_EQ(L("them", Upos::kPron, Xpos::kPRP), "they");
  EXPECT_EQ(L("These", Upos::kDet, Xpos::kDT), "this");
  EXPECT_EQ(L("An", Upos::kDet, Xpos::kDT), "a");
  EXPECT_EQ(L("1,000", Upos::kNum, Xpos::kCD), "1000");
  EXPECT_EQ(L("Two", Upos::kNum, Xpos::kCD), "two");
  EXPECT_EQ(L("Of", Upos::kAdp, Xpos::kIN), "of");
}

TEST(Lemmatizer, ProperNounsKeepTheirCase) {
  EXPECT_EQ(L("Kyiv", Upos::kPropn, Xpos::kNNP), "Kyiv");
  EXPECT_EQ(L("Americans", Upos::kPropn, Xpos::kNNPS), "American");
  EXPECT_EQ(L("Sept.", Upos::kPropn, Xpos::kNNP), "September");
  EXPECT_EQ(L(",", Upos::kPunct, Xpos::kComma), ",");
}

TEST(Lemmatizer, AnyBytes) {
  const std::string long_word = std::string(300, 'a') + "ing";
  const std::vector<std::string_view> words = {"",    "\xFF", "'", "s", "ies", "eded",
                                               "\xE2\x80\x99", long_word};
  for (std::string_view w : words) {
    for (int u = 0; u < kUposCount; ++u) {
      for (Xpos x : {Xpos::kNone, Xpos::kNNS, Xpos::kVBD, Xpos::kVBG, Xpos::kVBZ, Xpos::kJJR}) {
        std::string out;
        Lemmatizer::Default().Lemmatize(w, PosTag{static_cast<Upos>(u), x}, &out);
      }
    }
  }
}

// Lemmas of NOUN, VERB and ADJ words against UD English EWT test, with gold tags.
TEST(LemmatizerAccuracy, EwtTestNounsVerbsAdjectives) {
  DYAD_REQUIRE_SHARED(path, "corpus/pos-ud-english-ewt/en_ewt-ud-test.conllu");
  auto test = ReadConlluFile(path);
  ASSERT_TRUE(test.ok()) << test.status().message();
  size_t words = 0, correct = 0;
  std::string lemma;
  for (const ConlluSentence& s : *test) {
    for (const ConlluWord& w : s.words) {
      if (w.upos != "NOUN" && w.upos != "VERB" && w.upos != "ADJ") continue;
      PosTag tag;
      ASSERT_TRUE(ParseUpos(w.upos, &tag.upos));
      ParseXpos(w.xpos, &tag.xpos);
      Lemmatizer::Default().Lemmatize(w.form, tag, &lemma);
      ++words;
      correct += lemma == w.lemma;
    }
  }
  const double accuracy = static_cast<double>(correct) / static_cast<double>(words);
  std::printf("EWT test NOUN/VERB/ADJ lemmas: %zu words, %.2f%%\n", words, 100 * accuracy);
  EXPECT_GT(words, 8000u);
  EXPECT_GE(accuracy, 0.98);
}

}  // namespace
}  // namespace dyad
