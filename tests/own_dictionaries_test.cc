// dyad's own dictionaries (data/dictionaries) load without a single problem:
// no bad line, no unknown synonym set, no non-CAMEO code, no overlapping dated
// roles, no phrase claimed by two actors. (`dyad dict check` runs the same.)
#include <gtest/gtest.h>

#include "dyad/data.h"
#include "dyad/lexicon.h"

namespace dyad {
namespace {

TEST(OwnDictionaries, LoadAndCheckClean) {
  LexiconOptions strict;
  strict.strict = true;
  Result<Lexicon> lex = LoadLexicon(DictionaryFiles{}, strict);
  ASSERT_TRUE(lex.ok()) << lex.status().message();
  for (const LexiconIssue& i : lex->issues) ADD_FAILURE() << i.ToString();
  for (const LexiconIssue& i : CheckLexicon(*lex)) ADD_FAILURE() << i.ToString();
  EXPECT_GT(lex->actors.size(), 2000u);
  EXPECT_GT(lex->agents.size(), 1000u);
}

}  // namespace
}  // namespace dyad
