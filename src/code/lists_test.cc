// Lists of actors and the agents in them, coded with the shipped tagger
// and the small test dictionaries: misread adjectives, "neither ... nor",
// what two in a list do together, adjectives after a possessive.
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "code/coder_test_support.h"
#include "dyad/coder.h"

namespace dyad {
namespace {

using namespace coder_test;

// "Arnor and the evil awful Gondor": a common noun (by the tagger) between
// "the" and an adjective is an adjective misread; the list still joins.
TEST_F(TaggedCoderTest, AMisreadAdjectiveStillJoinsAList) {
  EXPECT_EQ(Code("Arnor and the evil awful Gondor condemned Mordor."),
            (T{{"ARN", "MOR", "122"}, {"GON", "MOR", "122"}}));
}

// "Neither Arnor nor Gondor": NOR joins the list; neither did it.
TEST_F(TaggedCoderTest, NeitherNorIsAListThatDidNot) {
  std::vector<CodedEvent> out;
  coder_->CodeSentence("Neither Arnor nor Gondor condemned Mordor.", 20240101, scratch_.get(), &out);
  ASSERT_EQ(out.size(), 2u);
  EXPECT_EQ(out[0].source + out[1].source, "ARNGON");
  for (const CodedEvent& e : out) EXPECT_EQ(e.mood, Mood::kNegated) << e.source;
}

// Two who meet act on each other; two who praise a thing do not praise
// each other, and praise what they name ("welcomed the Arnorian decision").
TEST_F(TaggedCoderTest, PraiseIsNotMutual) {
  EXPECT_EQ(Code("Gondor and Mordor met."), (T{{"GON", "MOR", "040"}, {"MOR", "GON", "040"}}));
  EXPECT_TRUE(Code("Gondor and Mordor praised the decision.").empty());
  EXPECT_EQ(Code("Gondor and Mordor praised the Arnorian decision."),
            (T{{"GON", "ARN", "051"}, {"MOR", "ARN", "051"}}));
}

// "Gondor's awful and evil minister": adjectives after a possessive still
// give the agent its country.
TEST_F(TaggedCoderTest, AdjectivesBetweenAPossessiveAndItsAgent) {
  EXPECT_EQ(Code("Gondor's awful and evil minister condemned Mordor."), (T{{"GONGOV", "MOR", "122"}}));
  EXPECT_EQ(Code("Gondor's new minister condemned Mordor."), (T{{"GONGOV", "MOR", "122"}}));
}

}  // namespace
}  // namespace dyad
