// Agent words and the countries agents take, coded with small inline
// dictionaries: "consumer demand", creditor banks in a debt story.
#include <memory>
#include <set>
#include <string>

#include <gtest/gtest.h>

#include "code/coder_test_support.h"
#include "dyad/coder.h"
#include "dyad/tagger.h"

namespace dyad {
namespace {

using namespace coder_test;

// Coder options with the shipped part-of-speech model (the rules here read
// tags); without a tagger when it cannot be loaded.
CoderOptions Tagged() {
  CoderOptions co;
  auto t = Tagger::LoadDefault();
  if (t.ok()) co.tagger = std::shared_ptr<const Tagger>(std::move(*t));
  return co;
}

// "consumer demand" is the economy's; "protester demands" are the protesters'.
TEST(AgentWords, ConsumerDemandIsTheEconomys) {
  const CoderOptions co = Tagged();
  ASSERT_TRUE(co.tagger);
  auto c = CoderFrom({{"a.txt", "ARNOR_ [ARN]\n", DictionaryKind::kActors},
                      {"g.txt", "CONSUMER [~CVL]\nPROTESTER [~OPP]\n", DictionaryKind::kAgents},
                      {"v.txt", "--- CONDEMN [122] ---\nCONDEMN\n", DictionaryKind::kVerbs}},
                     co);
  ASSERT_TRUE(c);
  EXPECT_TRUE(EventsOf(*c, "Arnor condemned strong consumer demand.").empty());
  EXPECT_EQ(EventsOf(*c, "Arnor condemned the protester demands.").size(), 1u);
}

// "the banks insisted" in a story of a country's debt: its foreign
// creditors, of no country we can tell; elsewhere the country's own.
TEST(AgentCountries, BanksInADebtStoryAreItsCreditors) {
  auto c = CoderFrom({{"a.txt", "ARNOR_ [ARN]\n", DictionaryKind::kActors},
                      {"g.txt", "BANK [~BUS]\n", DictionaryKind::kAgents},
                      {"v.txt", "--- CONDEMN [122] ---\nCONDEMN\n", DictionaryKind::kVerbs}});
  ASSERT_TRUE(c);
  EXPECT_EQ(EventsOf(*c, "The banks condemned Arnor over its debt."),
            (std::set<std::string>{"---BUS>ARN 122"}));
  EXPECT_EQ(EventsOf(*c, "The banks condemned Arnor."), (std::set<std::string>{"ARNBUS>ARN 122"}));
}

// "the Uruguay round" of trade talks is named after a place, not a party.
TEST(AgentWords, ARoundOfTalksIsNoActor) {
  const CoderOptions co = Tagged();
  ASSERT_TRUE(co.tagger);
  auto c = CoderFrom({{"a.txt", "ARNOR_ [ARN]\nGONDOR_ [GON]\n", DictionaryKind::kActors},
                      {"v.txt", "--- PRAISE [051] ---\nPRAISE\n", DictionaryKind::kVerbs}},
                     co);
  ASSERT_TRUE(c);
  EXPECT_TRUE(EventsOf(*c, "Gondor praised the latest Arnor round of talks.").empty());
  EXPECT_TRUE(EventsOf(*c, "Gondor praised progress in the latest Arnor round.").empty());
  EXPECT_EQ(EventsOf(*c, "Gondor praised Arnor."), (std::set<std::string>{"GON>ARN 051"}));
}

}  // namespace
}  // namespace dyad
