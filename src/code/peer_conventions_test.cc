// The peers' pattern conventions (TABARI's and PETRARCH-2's readings of a
// dictionary), coded with small inline dictionaries.
#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

#include "dyad/coder.h"
#include "dyad/lexicon.h"

namespace dyad {
namespace {

// The events `sentence` yields with the inline actors and verbs, under
// TABARI's conventions or PETRARCH-2's, as "SRC TGT CODE;" in order.
std::string Coded(bool tabari, const char* actors, const char* verbs, std::string_view sentence) {
  Lexicon lex;
  LexiconOptions o;
  EXPECT_TRUE(LoadDictionaryText("t.actors", actors, DictionaryKind::kActors, o, &lex).ok());
  EXPECT_TRUE(LoadDictionaryText("t.verbs", verbs, DictionaryKind::kVerbs, o, &lex).ok());
  CoderOptions co;
  co.tabari_actor_search = tabari;
  auto coder = EventCoder::Create(std::move(lex), co);
  EXPECT_TRUE(coder.ok());
  if (!coder.ok()) return "";
  auto scratch = (*coder)->NewScratch();
  std::vector<CodedEvent> out;
  (*coder)->CodeSentence(sentence, 0, scratch.get(), &out);
  std::string r;
  for (const auto& e : out) r += e.source + " " + e.target + " " + e.code + ";";
  return r;
}

// TABARI's "^" passes over an actor (a whole compound), which is then
// neither source nor target.
TEST(CoderTabari, CaretSkipsAnActor) {
  auto code = [](bool tabari, std::string_view sentence) {
    return Coded(tabari, "ARNOR [ARN]\nGONDOR [GON]\nROHAN [ROH]\nMORDOR [MOR]\n",
                 "WARN [160]\n- * AT ^ +  [162]\n- $ ^ FOR *  [164]\n", sentence);
  };
  EXPECT_EQ(code(true, "Arnor warned at the Gondor of the Prince of Rohan."), "ARN ROH 162;");
  EXPECT_EQ(code(true, "Arnor warned at Gondor and Mordor about the Prince of Rohan."), "ARN ROH 162;");
  // A skipped actor is not the default target either.
  EXPECT_EQ(code(true, "Arnor was Gondor for Rohan warning next week."), "ARN ROH 164;");
  // PETRARCH-2's passes over a noun phrase: an actor right there (after an
  // article too), else nothing.
  EXPECT_EQ(code(false, "Arnor warned at Gondor of the Prince of Rohan."), "ARN ROH 162;");
  EXPECT_EQ(code(false, "Arnor warned at the Gondor of the Prince of Rohan."), "ARN ROH 162;");
  EXPECT_EQ(code(false, "Arnor warned at length of the Prince of Rohan."), "ARN ROH 162;");
}

// A pattern coded "+++" (TABARI: too complex) codes nothing; PETRARCH-2
// reads on to the verb's other patterns.
TEST(CoderTabari, TooComplexIsTabarisOnly) {
  auto code = [](bool tabari) {
    return Coded(tabari, "ARNOR [ARN]\nGONDOR [GON]\n", "RESTORE [064]\n- * FXLL [+++]\n- * TIES [064]\n",
                 "Arnor restored fxll ties with Gondor.");
  };
  EXPECT_EQ(code(false), "ARN GON 064;");
  EXPECT_EQ(code(true), "");
}

}  // namespace
}  // namespace dyad
