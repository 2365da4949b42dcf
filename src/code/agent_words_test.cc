// Agent words and the countries agents take, coded with small inline
// dictionaries: "consumer demand", creditor banks in a debt story.
#include <memory>
#include <set>
#include <string>
#include <vector>

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

// Stacked agents keep each role once: "a Catholic priest" is CHRCTH, "the
// agriculture ministry officials" GOVAGR.
TEST(AgentWords, ARoleIsWrittenOnce) {
  auto c = CoderFrom({{"a.txt", "ARNOR_ [ARN]\n", DictionaryKind::kActors},
                      {"g.txt", "CATHOLIC [~CHRCTH]\nPRIEST [~CHR]\nMINISTRY [~GOV]\n"
                                "AGRICULTURE_MINISTRY [~GOVAGR]\nOFFICIALS [~GOV]\n",
                       DictionaryKind::kAgents},
                      {"v.txt", "--- CONDEMN [122] ---\nCONDEMN\n", DictionaryKind::kVerbs}});
  ASSERT_TRUE(c);
  EXPECT_EQ(EventsOf(*c, "An Arnor Catholic priest condemned the ministry."),
            (std::set<std::string>{"ARNCHRCTH>ARNGOV 122"}));
  EXPECT_EQ(EventsOf(*c, "Arnor agriculture ministry officials condemned the priest."),
            (std::set<std::string>{"ARNGOVAGR>ARNCHR 122"}));
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

// With actors allowed to be missing (the peers' suites, require_dyad
// false), an agent of no country speaking to no one is still an event when
// a phrase follows the verb ("said on Saturday"), as PETRARCH-2 reads it;
// "an official news agency" speaks for the government, "official figures"
// are no one.
TEST(AgentWords, AnOfficialSpeakingToNoOneUnderThePeersConventions) {
  CoderOptions co = Tagged();
  ASSERT_TRUE(co.tagger);
  co.allow_missing_actors = true;
  auto c = CoderFrom({{"a.txt", "GONDOR_ [GON]\n", DictionaryKind::kActors},
                      {"g.txt", "OFFICIAL [~GOV]\n", DictionaryKind::kAgents},
                      {"v.txt", "--- SAID [023] ---\nSAID\n", DictionaryKind::kVerbs}},
                     co);
  ASSERT_TRUE(c);
  EXPECT_EQ(EventsOf(*c, "A senior official said on Saturday."), std::set<std::string>{"---GOV>--- 023"});
  EXPECT_TRUE(EventsOf(*c, "A senior official said today.").empty());
  EXPECT_EQ(EventsOf(*c, "The official news agency said on Thursday."),
            std::set<std::string>{"---GOV>--- 023"});
  EXPECT_TRUE(EventsOf(*c, "The official figures said on Thursday.").empty());
  EXPECT_EQ(EventsOf(*c, "A Gondor official said on Saturday."), std::set<std::string>{"GONGOV>--- 023"});
  // Dyad's own output keeps events with both actors only.
  co.allow_missing_actors = false;
  auto own = CoderFrom({{"a.txt", "GONDOR_ [GON]\n", DictionaryKind::kActors},
                        {"g.txt", "OFFICIAL [~GOV]\n", DictionaryKind::kAgents},
                        {"v.txt", "--- SAID [023] ---\nSAID\n", DictionaryKind::kVerbs}},
                       co);
  ASSERT_TRUE(own);
  EXPECT_TRUE(EventsOf(*own, "A senior official said on Saturday.").empty());
}

// Agents in a list share its countries, also where the coder infers no
// country for an agent alone (the peers' suites): "Danish media and
// government", "officials in Arnor and Gondor", "lawmakers and officials
// in Arnor", "officials of Arnor, Gondor and Rohan".
TEST(AgentWords, AgentsInAListShareItsCountries) {
  CoderOptions co = Tagged();
  ASSERT_TRUE(co.tagger);
  co.infer_agent_country = false;
  auto c = CoderFrom({{"a.txt", "ARNOR_ [ARN]\n+ARNORIAN_\nGONDOR_ [GON]\nROHAN_ [ROH]\nMORDOR_ [MOR]\n",
                       DictionaryKind::kActors},
                      {"g.txt", "OFFICIAL [~GOV]\nMEDIA {} [~MED]\nGOVERNMENT [~GOV]\nLAWMAKER [~LEG]\n",
                       DictionaryKind::kAgents},
                      {"v.txt", "--- CONDEMN [122] ---\nCONDEMN\n", DictionaryKind::kVerbs}},
                     co);
  ASSERT_TRUE(c);
  using S = std::set<std::string>;
  EXPECT_EQ(EventsOf(*c, "Arnorian media and government condemned Mordor."),
            (S{"ARNMED>MOR 122", "ARNGOV>MOR 122"}));
  EXPECT_EQ(EventsOf(*c, "Officials in Arnor and Gondor condemned Mordor."),
            (S{"ARNGOV>MOR 122", "GONGOV>MOR 122"}));
  EXPECT_EQ(EventsOf(*c, "Lawmakers and officials in Arnor condemned Mordor."),
            (S{"ARNLEG>MOR 122", "ARNGOV>MOR 122"}));
  EXPECT_EQ(EventsOf(*c, "Officials of Arnor, Gondor and Rohan condemned Mordor."),
            (S{"ARNGOV>MOR 122", "GONGOV>MOR 122", "ROHGOV>MOR 122"}));
  // A country with an agent of its own keeps it.
  EXPECT_EQ(EventsOf(*c, "Officials in Arnor and the Gondor media condemned Mordor."),
            (S{"ARNGOV>MOR 122", "GONMED>MOR 122"}));
}

// An international lender's loans go to the country they are spent in
// ("for projects in Nepal"); a loan to no one named is no event.
TEST(AgentWords, AnInternationalLendersAidGoesWhereItIsSpent) {
  const CoderOptions co = Tagged();
  ASSERT_TRUE(co.tagger);
  auto c = CoderFrom({{"a.txt", "WORLD_BANK_ [IGOUNOWBK]\nNEPAL_ [NPL]\nGONDOR_ [GON]\n", DictionaryKind::kActors},
                      {"v.txt", "--- APPROVE [---] ---\nAPPROVE {APPROVED}\n- * LOANS [0331]\n",
                       DictionaryKind::kVerbs}},
                     co);
  ASSERT_TRUE(c);
  using S = std::set<std::string>;
  EXPECT_EQ(EventsOf(*c, "The World Bank approved two loans for farm projects in Nepal."),
            (S{"IGOUNOWBK>NPL 0331"}));
  EXPECT_TRUE(EventsOf(*c, "The World Bank approved two loans.").empty());
  // (A state's spending at home is no aid to a place.)
  EXPECT_TRUE(EventsOf(*c, "Gondor approved two loans for farm projects in Nepal.").empty());
}

// A state's account of what its own forces do is no statement toward them,
// unless said to them; a legislator's about the government is.
TEST(AgentWords, AStatesAccountOfItsOwnForces) {
  const CoderOptions co = Tagged();
  ASSERT_TRUE(co.tagger);
  auto c = CoderFrom({{"a.txt", "ARNOR_ [ARN]\n+ARNORIAN_\nGONDOR_ [GON]\nPENTAGON_ [ARNMIL]\n", DictionaryKind::kActors},
                      {"g.txt", "MINISTER [~GOV]\nDESTROYERS [~MIL]\nLAWMAKER [~LEG]\nGOVERNMENT [~GOV]\n",
                       DictionaryKind::kAgents},
                      {"v.txt", "--- SAY [010] ---\nSAY {SAID}\nTELL {TOLD}\n", DictionaryKind::kVerbs}},
                     co);
  ASSERT_TRUE(c);
  using S = std::set<std::string>;
  EXPECT_TRUE(EventsOf(*c, "The Arnorian minister said Arnorian destroyers sank the ship.").empty());
  EXPECT_EQ(EventsOf(*c, "The Arnorian minister told the Pentagon that Gondor was ready."),
            (S{"ARNGOV>ARNMIL 010"}));
  EXPECT_EQ(EventsOf(*c, "An Arnorian lawmaker said the Arnorian government was wrong."),
            (S{"ARNLEG>ARNGOV 010"}));
}

// "he" is a person, never a body whose code changes with the date ("The EC
// condemned Japan. He criticized Japan."); in a headline in capitals a
// country before another capitalised word still names itself.
TEST(AgentWords, HeIsNoBodyAndHeadlinesKeepTheirCountries) {
  const CoderOptions co = Tagged();
  ASSERT_TRUE(co.tagger);
  auto c = CoderFrom({{"a.txt", "# format: dyad-dict 1\nARNOR [ARN]\nGONDOR [GON]\nEC [IGOEEC <19931101] [---]  # @cs\n",
                       DictionaryKind::kActors},
                      {"v.txt", "--- CONDEMN [122] ---\nCONDEMN {CONDEMNED CONDEMNS}\n--- CRITICIZE [111] ---\n"
                                "CRITICIZE {CRITICIZED CRITICIZES}\n",
                       DictionaryKind::kVerbs}},
                     co);
  ASSERT_TRUE(c);
  std::vector<Event> events;
  Document d;
  d.id = "d";
  d.date = "1987-03-20";
  d.text = "The EC condemned Arnor on Monday. He criticized Arnor.";
  auto scratch = c->NewScratch();
  c->CodeDocument(d, scratch.get(), &events);
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].source, "IGOEEC");
  using S = std::set<std::string>;
  EXPECT_EQ(EventsOf(*c, "ARNOR CONDEMNS GONDOR OILS TAX PLAN", 19870320), (S{"ARN>GON 122"}));
  EXPECT_EQ(EventsOf(*c, "ARNOR CONDEMNS EC OILS TAX PLAN", 19870320), (S{"ARN>IGOEEC 122"}));
  // A headline's last words after a dash say who reported it.
  EXPECT_EQ(EventsOf(*c, "ARNOR CONDEMNS NEW OILS TAX PLAN - GONDOR RADIO", 19870320), S{});
  EXPECT_EQ(EventsOf(*c, "ARNOR CONDEMNS NEW OILS TAX PLAN - GONDOR", 19870320), S{});
  EXPECT_EQ(EventsOf(*c, "Arnor condemned the plan - Gondor", 19870320), (S{"ARN>GON 122"}));
}

// A news digest: each item's dateline starts the count of the document's
// country again, so that agents no actor names take the item's country.
TEST(AgentWords, ADigestItemsDatelineGivesItsCountry) {
  const CoderOptions co = Tagged();
  ASSERT_TRUE(co.tagger);
  auto c = CoderFrom({{"a.txt", "ARNOR_ [ARN]\nGONDOR_ [GON]\nMORDOR_ [MOR]\n", DictionaryKind::kActors},
                      {"g.txt", "POLICE [~COP]\nSTUDENT [~EDU]\n", DictionaryKind::kAgents},
                      {"v.txt", "--- ARREST [173] ---\nARREST {ARRESTED}\n--- CONDEMN [122] ---\n"
                                "CONDEMN {CONDEMNED}\n",
                       DictionaryKind::kVerbs}},
                     co);
  ASSERT_TRUE(c);
  Document d;
  d.id = "d";
  d.date = "1987-04-07";
  d.text = "WORLD NEWS HIGHLIGHTS\n\nArnor condemned Gondor. Gondor condemned\nArnor.\n"
           "    - - - -\n    MORDOR - Police arrested students on Monday.\n";
  auto scratch = c->NewScratch();
  std::vector<Event> events;
  c->CodeDocument(d, scratch.get(), &events);
  std::set<std::string> got;
  for (const Event& e : events) got.insert(e.source + ">" + e.target + " " + e.cameo);
  EXPECT_EQ(got, (std::set<std::string>{"ARN>GON 122", "GON>ARN 122", "MORCOP>MOREDU 173"}));
}

// Market commentators' remarks are no political statement, unless made to
// someone.
TEST(AgentWords, MarketCommentatorsMakeNoStatement) {
  const CoderOptions co = Tagged();
  ASSERT_TRUE(co.tagger);
  auto c = CoderFrom({{"a.txt", "ARNOR_ [ARN]\n+ARNORIAN_\nGONDOR_ [GON]\n", DictionaryKind::kActors},
                      {"g.txt", "BANKER [~BUS]\nTRADER [~BUS]\nMINISTER [~GOV]\n", DictionaryKind::kAgents},
                      {"v.txt", "--- SAY [010] ---\nSAY {SAID}\nTELL {TOLD}\n", DictionaryKind::kVerbs}},
                     co);
  ASSERT_TRUE(c);
  using S = std::set<std::string>;
  EXPECT_TRUE(EventsOf(*c, "Arnorian bankers said Gondor was selling more grain.").empty());
  EXPECT_TRUE(EventsOf(*c, "Oil traders said Gondor had raised its prices.").empty());
  EXPECT_EQ(EventsOf(*c, "Arnorian bankers told Gondor that the loan was ready."), (S{"ARNBUS>GON 010"}));
  EXPECT_EQ(EventsOf(*c, "The Arnorian minister said Gondor was wrong."), (S{"ARNGOV>GON 010"}));
}

// A state's protest is a formal complaint (114); people protesting, or a
// protest in the streets, is a demonstration (14).
TEST(AgentWords, AStatesProtestIsAComplaint) {
  const CoderOptions co = Tagged();
  ASSERT_TRUE(co.tagger);
  auto c = CoderFrom({{"a.txt", "ARNOR_ [ARN]\n+ARNORIAN_\nGONDOR_ [GON]\n", DictionaryKind::kActors},
                      {"g.txt", "STUDENT [~EDU]\n", DictionaryKind::kAgents},
                      {"v.txt", "--- PROTEST [140] ---\nPROTEST {PROTESTED PROTESTING PROTESTS}\n",
                       DictionaryKind::kVerbs}},
                     co);
  ASSERT_TRUE(c);
  using S = std::set<std::string>;
  EXPECT_EQ(EventsOf(*c, "Arnor protested against Gondor."), (S{"ARN>GON 114"}));
  EXPECT_EQ(EventsOf(*c, "Arnorian students protested against Gondor."), (S{"ARNEDU>GON 140"}));
  EXPECT_EQ(EventsOf(*c, "Arnorians protested against Gondor."), (S{"ARN>GON 140"}));
  EXPECT_EQ(EventsOf(*c, "Arnor protested against Gondor in the streets."), (S{"ARN>GON 140"}));
}

// The news media report deeds; they do not do them.
TEST(AgentWords, TheMediaDoNoDeeds) {
  const CoderOptions co = Tagged();
  ASSERT_TRUE(co.tagger);
  auto c = CoderFrom({{"a.txt", "ARNOR_ [ARN]\n+ARNORIAN_\nGONDOR_ [GON]\n", DictionaryKind::kActors},
                      {"g.txt", "RADIO [~MED]\nNEWS_AGENCY [~MED]\n", DictionaryKind::kAgents},
                      {"v.txt", "--- ATTACK [190] ---\nATTACK {ATTACKED ATTACKING}\n--- CONDEMN [122] ---\n"
                                "CONDEMN {CONDEMNED}\n",
                       DictionaryKind::kVerbs}},
                     co);
  ASSERT_TRUE(c);
  using S = std::set<std::string>;
  EXPECT_TRUE(EventsOf(*c, "Arnorian radio attacked Gondor.").empty());
  EXPECT_EQ(EventsOf(*c, "Arnorian radio condemned Gondor."), (S{"ARNMED>GON 122"}));
}

// "Damascus radio stations said Israeli helicopter gunships raided ...": the
// complement's own subject does the deed, also when the tagger reads "said"
// as a participle (it does here).
TEST(AgentWords, ASaidReadAsAParticipleStillOpensAComplement) {
  const CoderOptions co = Tagged();
  ASSERT_TRUE(co.tagger);
  auto c = CoderFrom({{"a.txt", "DAMASCUS_ [SYR]\nSYRIA_ [SYR]\nISRAELI_ [ISR]\n", DictionaryKind::kActors},
                      {"g.txt", "RADIO_STATIONS [~MED]\nGUNSHIPS [~MIL]\n", DictionaryKind::kAgents},
                      {"v.txt", "--- RAID [190] ---\nRAID {RAIDED RAIDING}\n", DictionaryKind::kVerbs}},
                     co);
  ASSERT_TRUE(c);
  EXPECT_EQ(EventsOf(*c, "Damascus radio stations said Israeli helicopter gunships raided southern Syria."),
            std::set<std::string>{"ISR>SYR 190"});
}

}  // namespace
}  // namespace dyad
