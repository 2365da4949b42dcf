// The coder's rules for business and other news wording, with the
// part-of-speech tagger: commerce, firms' and bodies' names, plurals of
// places, predicate nouns, idioms, claims and titles one state gives; and
// who acts in news sentences: parties and their people, pairs named before,
// subjects of coordinated clauses and participles.
#include "dyad/coder.h"

#include "code/coder_test_support.h"

#include <gtest/gtest.h>

namespace dyad {
namespace {

using namespace coder_test;

// Business news: trade by the quantity, in currencies, securities and
// firms, and two firms' dealings, are commerce, not political events.
TEST_F(TaggedCoderTest, CommerceIsNoEvent) {
  const T trade = {{"ARN", "GON", "061"}};
  EXPECT_EQ(Code("Arnor sold weapons to Gondor."), trade);
  EXPECT_EQ(Code("Arnor sold 25,000 tonnes of wheat to Gondor."), T{});
  EXPECT_EQ(Code("Arnor bought 15 mln dlrs worth of goods from Gondor."), T{});
  EXPECT_EQ(Code("Arnor sold its stake to Gondor."), T{});
  // A headline in capitals, whose participle the tagger may miss.
  EXPECT_EQ(Code("ARNORIAN TRADERS REPORT 25,000 TONNES OF WHEAT SOLD TO GONDOR"), T{});
  // A country's market is no actor.
  EXPECT_EQ(Code("Arnor money market promised aid to Gondor."), T{});
  EXPECT_EQ(Code("Arnor markets promised aid to Gondor."), T{});
  // The target only says where the goods come from.
  EXPECT_EQ(Code("Arnor bought Gondor rapeseed."), T{});
  // An undertaking to trade is trade policy.
  EXPECT_EQ(Code("Arnor agreed to buy 25,000 tonnes of wheat from Gondor.").count(
                {"ARN", "GON", "061"}),
            1u);
  // Two firms meeting is business; a firm and a state is not.
  EXPECT_EQ(Code("Dale Traders met with Erebor Mines."), T{});
  EXPECT_EQ(Code("Dale Traders met with Gondor."), (T{{"ARNBUS", "GON", "040"}}));
  // A bare statement about a firm is business news; one made to a firm is not.
  EXPECT_EQ(Code("Arnor stated that Dale Traders will expand."), T{});
  // (About a foreign firm it may be trade policy.)
  EXPECT_EQ(Code("Arnor stated that Erebor Mines will expand."), (T{{"ARN", "GONBUS", "010"}}));
  EXPECT_EQ(Code("Arnor replied to Dale Traders."), (T{{"ARN", "ARNBUS", "010"}}));
  EXPECT_EQ(Code("Arnor replied to a meeting of Dale Traders."), (T{{"ARN", "ARNBUS", "010"}}));
  // Firms wage no war; they may suffer it.
  EXPECT_EQ(Code("Dale Traders attacked Gondor."), T{});
  EXPECT_EQ(Code("Gondor attacked Dale Traders."), (T{{"GON", "ARNBUS", "190"}}));
  // A country after a firm's name and "of" is the firm's seat.
  EXPECT_EQ(Code("Dale Traders met with Mithril Works Ltd of Gondor."), T{});
  EXPECT_EQ(Code("Arnor met with Mithril Works Ltd of Gondor."), (T{{"ARN", "GONBUS", "040"}}));
  EXPECT_EQ(Code("Arnor met with a group of Gondor officials."), (T{{"ARN", "GONGOV", "040"}}));
  // A firm's cooperation with a state is economic (061), not diplomatic.
  EXPECT_EQ(Code("Dale Traders joined Gondor."), (T{{"ARNBUS", "GON", "061"}}));
  // A bank intervening in a market uses no force.
  const T force = {{"ARN", "GON", "190"}};
  EXPECT_EQ(Code("Arnor intervened in Gondor."), force);
  EXPECT_EQ(Code("Arnor soldiers intervened in Gondor."), (T{{"ARNMIL", "GON", "190"}}));
  EXPECT_EQ(Code("Arnor soldiers on the west bank intervened in Gondor."),
            (T{{"ARNMIL", "GON", "190"}}));
  EXPECT_EQ(Code("The Arnor central bank intervened in Gondor."), T{});
  EXPECT_EQ(Code("ARNOR CENTRAL BANK INTERVENES IN GONDOR"), T{});
  EXPECT_EQ(Code("Arnor intervened in Gondor trading to support the dollar."), T{});
  // A regulator's approval of a firm's business is no endorsement.
  EXPECT_EQ(Code("Gondor approved Arnor's plan."), (T{{"GON", "ARN", "051"}}));
  EXPECT_EQ(Code("Gondor approved the merger of Dale Traders."), T{});
  EXPECT_EQ(Code("Dale Traders said its merger was approved by Gondor."), T{});
  // The peers' suites code them.
  CoderOptions peers;
  peers.commerce_is_no_event = false;
  Build(coder_->options().tagger, peers);
  EXPECT_EQ(Code("Arnor sold 25,000 tonnes of wheat to Gondor."), trade);
  EXPECT_EQ(Code("Dale Traders met with Erebor Mines."), (T{{"ARNBUS", "GONBUS", "040"}}));
  EXPECT_EQ(Code("The Arnor central bank intervened in Gondor."), force);
  EXPECT_EQ(Code("Gondor approved the merger of Dale Traders."), (T{{"GON", "ARNBUS", "051"}}));
  EXPECT_EQ(Code("Dale Traders attacked Gondor."), (T{{"ARNBUS", "GON", "190"}}));
  EXPECT_EQ(Code("Arnor stated that Dale Traders will expand."), (T{{"ARN", "ARNBUS", "010"}}));
}

// A country's name inside a firm's or a body's name is no actor: "Japan
// Fund", "Scottish Resources Ltd", anything in the wires' brackets, "the
// Press Club of Japan".
TEST_F(TaggedCoderTest, FirmsNamesAreNoActors) {
  EXPECT_TRUE(Code("Gondor condemned the Arnorian Development Fund.").empty());
  EXPECT_TRUE(Code("Gondor condemned Arnorian Mining Corp.").empty());
  EXPECT_TRUE(Code("Gondor condemned <Northern and Arnorian Resources>.").empty());
  EXPECT_EQ(Code("Gondor condemned Arnorian police."), (T{{"GON", "ARNCOP", "122"}}));
  // "the National Press Club of Japan": a body of the country, not its state.
  EXPECT_TRUE(Code("Gondor condemned the Press Club of Arnor.").empty());
  // ... a union's name too, past "of" and "and" ("United Brotherhood of
  // Carpenters and Joiners of America").
  EXPECT_TRUE(Code("Gondor condemned the United Brotherhood of Carpenters and Joiners of Arnor.").empty());
  EXPECT_TRUE(Code("Gondor condemned the Steelworkers of Arnor.").empty());
  // "the organization Equally American": a name after a word for a body.
  EXPECT_TRUE(Code("Gondor condemned the organization Equally Arnorian.").empty());
  EXPECT_EQ(Code("Gondor condemned the people of Arnor."), (T{{"GON", "ARN", "122"}}));
}

// The plural of a place's name is a surname ("Sen. Lawton Chiles"), except
// after "the", "both" or a number; a demonym's plural names the people.
TEST_F(TaggedCoderTest, PluralOfAPlaceNeedsACount) {
  EXPECT_TRUE(Code("Lawton Gondors condemned Arnor.").empty());
  EXPECT_EQ(Code("Both Gondors condemned Arnor."), (T{{"GON", "ARN", "122"}}));
  EXPECT_EQ(Code("Arnorians condemned Gondor."), (T{{"ARN", "GON", "122"}}));
}

// "labeled Soleimani as a terrorist": the word said of someone is no
// other actor.
TEST_F(TaggedCoderTest, APredicateNounIsNoActor) {
  EXPECT_EQ(Code("Gondor condemned Arnor as a criminal."), (T{{"GON", "ARN", "122"}}));
  EXPECT_EQ(Code("Gondor condemned Frodo as a criminal."), T{});
  EXPECT_EQ(Code("Gondor labeled Frodo as a criminal."), T{});
  EXPECT_EQ(Code("Gondor labeled Frodo a criminal."), T{});
  EXPECT_EQ(Code("Gondor condemned a criminal."), (T{{"GON", "GONCRM", "122"}}));
}

// "joined forces with": an idiom, no armed forces.
TEST_F(TaggedCoderTest, JoinedForcesIsNoMilitary) {
  EXPECT_EQ(Code("Arnor joined forces with Gondor."), (T{{"ARN", "GON", "050"}}));
  EXPECT_EQ(Code("Arnor joined Gondor forces."), (T{{"ARN", "GONMIL", "062"}}));
}

// "rejected allegations that it attacked Ukraine": a claim's content.
TEST_F(TaggedCoderTest, WhatAClaimSaysIsNotAsserted) {
  EXPECT_EQ(MoodOf("Reports that Arnor attacked Gondor were false."), Mood::kHypothetical);
  EXPECT_EQ(MoodOf("Frodo repeated allegations that Arnor attacked Gondor."), Mood::kHypothetical);
  EXPECT_EQ(MoodOf("Frodo said that Arnor attacked Gondor."), Mood::kAsserted);
  // What someone wants done: "suggested that Beijing resume buying".
  EXPECT_EQ(MoodOf("Frodo suggested that Arnor condemn Gondor."), Mood::kHypothetical);
  EXPECT_EQ(MoodOf("Frodo urged that Arnor resume attacking Gondor."), Mood::kHypothetical);
}

// "President Trump met Chinese officials. Beijing is concerned about the
// president's behavior": a state has one president; the one named before
// is meant, even past another country.
TEST_F(TaggedCoderTest, ThePresidentIsTheOneNamedBefore) {
  EXPECT_EQ(AfterSentence("President Aragorn condemned Russia.", "Arnor condemned the president."),
            "ARN>GONGOV ");
  // A minister named with his title is "the minister" later on.
  EXPECT_EQ(AfterSentence("Foreign Minister Aragorn condemned Russia.", "The minister condemned Arnor."),
            "GONGOV>ARN ");
  // A president no one named takes the country before.
  EXPECT_EQ(AfterSentence("Boromir condemned Russia.", "Arnor condemned the president."),
            "ARN>ARNGOV ");
}

// "sold fighter jets to Algeria": the jets are goods, the recipient after
// "to" is the target.
TEST_F(TaggedCoderTest, WeaponsGivenAreNoParty) {
  EXPECT_EQ(Code("Arnor sold warplanes to Gondor."), (T{{"ARN", "GON", "061"}}));
  EXPECT_EQ(Code("Arnor sold warplanes."), T{});
  EXPECT_EQ(Code("Gondor warplanes attacked Arnor."), (T{{"GONMIL", "ARN", "190"}}));
}

// An object "him": after a verb conjoined to one with an object, that
// object ("met Putin and praised him"); after a person no dictionary knows,
// that person, not an actor named before.
TEST_F(TaggedCoderTest, WhomHimMeans) {
  EXPECT_EQ(Code("Aragorn met Putin and later praised him."),
            (T{{"GONGOV", "RUSGOV", "040"}, {"GONGOV", "RUSGOV", "051"}}));
  EXPECT_EQ(Code("Putin met Frodo Baggins, a man who left after Aragorn praised him."), T{});
  // A name that modifies a noun is no person.
  EXPECT_EQ(Code("Putin met the Dale Guild envoy, who left after Aragorn praised him."),
            (T{{"GONGOV", "RUSGOV", "051"}}));
}

// "clashed in front of parliament with the police": the building is where
// it happened when another actor follows to be the target.
TEST_F(TaggedCoderTest, ABuildingWhereItHappenedIsNoTarget) {
  EXPECT_EQ(Code("Arnorian students clashed in front of the White House with Gondor police."),
            (T{{"ARNEDU", "GONCOP", "145"}}));
  EXPECT_EQ(Code("Arnorian students clashed outside the White House with Gondor police."),
            (T{{"ARNEDU", "GONCOP", "145"}}));
  EXPECT_EQ(Code("Arnorian students clashed outside the White House."), (T{{"ARNEDU", "USAGOV", "145"}}));
  EXPECT_EQ(Code("Arnor attacked the White House."), (T{{"ARN", "USAGOV", "190"}}));
}

// Force aimed at an idea or a text is criticism.
TEST_F(TaggedCoderTest, AttackingAnIdeaIsCriticism) {
  EXPECT_EQ(Code("Arnor attacked the Gondor convoy."), (T{{"ARN", "GON", "190"}}));
  EXPECT_EQ(Code("Arnor attacked the Gondor plan."), (T{{"ARN", "GON", "111"}}));
  EXPECT_EQ(Code("Arnor attacked Gondor's new trade policies."), (T{{"ARN", "GON", "111"}}));
  EXPECT_EQ(Code("Arnor attacked Gondor's border posts."), (T{{"ARN", "GON", "190"}}));
}

// "I" and "we" in a quotation are its speaker, before it ('Aragorn told
// Putin: "I ...'; 'Putin, who said: "We ...') or after it ('"...," Aragorn
// said'); an unknown speaker's are nobody the dictionaries know.
TEST_F(TaggedCoderTest, FirstPersonInAQuotationIsTheSpeaker) {
  EXPECT_EQ(Code("\"I condemn Arnor,\" Aragorn said."), (T{{"GONGOV", "ARN", "122"}}));
  EXPECT_EQ(Code("\"We condemn Arnor,\" said Aragorn."), (T{{"GONGOV", "ARN", "122"}}));
  EXPECT_EQ(Code("Aragorn told Putin: \"I condemn Arnor.\"").count({"GONGOV", "ARN", "122"}), 1u);
  EXPECT_EQ(Code("Aragorn told Putin: \"I condemn Arnor.\"").count({"RUSGOV", "ARN", "122"}), 0u);
  EXPECT_EQ(Code("Aragorn met Putin, who said: \"I condemn Arnor.\"").count({"RUSGOV", "ARN", "122"}), 1u);
  EXPECT_EQ(Code("Frodo told Putin: \"I condemn Arnor.\""), T{});
}

// "a man from Canada", "Bruce McArthur, from Toronto, Canada,": a private
// person of that country (CVL), as "a Canadian man" is.
TEST_F(TaggedCoderTest, APersonFromACountryIsACivilian) {
  EXPECT_EQ(Code("A man from Arnor condemned Gondor."), (T{{"ARNCVL", "GON", "122"}}));
  EXPECT_EQ(Code("Frodo Baggins, from Bree, Arnor, condemned Gondor."), (T{{"ARNCVL", "GON", "122"}}));
  EXPECT_EQ(Code("Soldiers from Arnor condemned Gondor."), (T{{"ARNMIL", "GON", "122"}}));
}

// "to help it resist Israel": a bare infinitive after "help" is a purpose
// when "help" is one.
TEST_F(TaggedCoderTest, HelpingToDoIsAPurpose) {
  EXPECT_EQ(MoodOf("Gondor sent soldiers to help it attack Arnor."), Mood::kHypothetical);
  EXPECT_EQ(MoodOf("Gondor sent soldiers to help attack Arnor."), Mood::kHypothetical);
}

// "neither of whom have declared", "none of them", "nobody": no one did it.
TEST_F(TaggedCoderTest, ASubjectThatNamesNoOne) {
  auto attack_mood = [&](std::string_view s) {
    std::vector<CodedEvent> out;
    coder_->CodeSentence(s, 20240101, scratch_.get(), &out);
    for (const CodedEvent& e : out)
      if (e.code == "190") return MoodName(e.mood);
    return std::string_view("none");
  };
  EXPECT_EQ(attack_mood("Putin met Aragorn and Boromir, neither of whom have yet attacked Arnor."),
            "negated");
  EXPECT_EQ(attack_mood("Gondor soldiers, none of whom attacked Arnor, left."), "negated");
  EXPECT_EQ(attack_mood("Gondor soldiers, all of whom attacked Arnor, left."), "asserted");
}

// "With X attacking Y, Z ...": the opening phrase ends at its comma.
TEST_F(TaggedCoderTest, AnOpeningWithPhraseEndsAtItsComma) {
  EXPECT_EQ(Code("With Gondor soldiers attacking, Putin condemned Arnor."),
            (T{{"RUSGOV", "ARN", "122"}}));
}

// "Banking sources in London said": a place, not the subject; "an
// earlier Paris accord": a place that names an agreement.
TEST_F(TaggedCoderTest, PlacesThatNameNoActor) {
  EXPECT_EQ(Code("Banking sources in Arnor condemned Gondor."), T{});
  EXPECT_EQ(Code("Officials in Arnor condemned Gondor."), (T{{"ARNGOV", "GON", "122"}}));
  EXPECT_EQ(Code("Arnor condemned the Osgiliath accord."), T{});
}

// "Two Americans were arrested in Iran": a passive arrest with no "by"
// agent is the police's of the place, else of the target's country.
TEST_F(TaggedCoderTest, APassiveArrestIsTheStates) {
  EXPECT_EQ(Code("Arnorian students were arrested."), (T{{"ARNCOP", "ARNEDU", "173"}}));
  EXPECT_EQ(Code("Gondor soldiers were arrested on Monday."), (T{{"GONCOP", "GONMIL", "173"}}));
  // "at least 71 people were arrested": civilians of the country.
  EXPECT_EQ(Code("Aragorn said at least 71 people were arrested."), (T{{"GONCOP", "GONCVL", "173"}}));
  CoderOptions peers;
  peers.implied_state_agent = false;
  Build(coder_->options().tagger, peers);
  EXPECT_EQ(Code("Arnorian students were arrested."), T{});
}

// "want him to resign or be impeached": the second bare infinitive shares
// the first one's "to"; a past tense the tagger misreads does not.
TEST_F(TaggedCoderTest, ASecondInfinitiveSharesTheFirstsTo) {
  EXPECT_EQ(MoodOf("Frodo asked Arnor to stop or be condemned by Gondor."), Mood::kHypothetical);
}

// "Carrie Lam ... Lam was interrupted": a dictionary person named in full is
// named by the last word later on, but "Tom Bowman" is someone else.
TEST_F(TaggedCoderTest, ASurnameNamesThePersonNamedBefore) {
  EXPECT_EQ(AfterSentence("Bard Bowman condemned Gondor.", "Bowman condemned Russia."), "ARNGOV>RUS ");
  EXPECT_EQ(AfterSentence("Bard Bowman condemned Gondor.", "Tom Bowman condemned Russia."), "");
  EXPECT_EQ(AfterSentence("Aragorn condemned Gondor.", "Bowman condemned Russia."), "");
}

// "Ukrainian prosecutor Yuriy Lutsenko ... Lutsenko said": a person no
// dictionary knows, introduced with a title that names a country and an
// agent (before the name, or after it between commas), is that actor when
// named again, in full or by the last word; not without a country, with a
// single word, or under another first name.
TEST_F(TaggedCoderTest, APersonIntroducedWithATitleIsThatActorLater) {
  EXPECT_EQ(AfterSentence("Arnorian minister Yuriy Lutsenko condemned Gondor.",
                          "Lutsenko condemned Russia."),
            "ARNGOV>RUS ");
  EXPECT_EQ(AfterSentence("Yuriy Lutsenko, an Arnorian official, condemned Gondor.",
                          "On Friday Yuriy Lutsenko condemned Russia."),
            "ARNGOV>RUS ");
  EXPECT_EQ(AfterSentence("Yuriy Lutsenko, Arnor's minister, condemned Gondor.",
                          "Russia condemned Lutsenko."),
            "RUS>ARNGOV ");
  EXPECT_EQ(AfterSentence("Yuriy Lutsenko, former minister of Arnor, condemned Gondor.",
                          "Lutsenko condemned Russia."),
            "ARNELI>RUS ");
  // ... not a place and the region's body ("Charleston, South Carolina radio station").
  EXPECT_EQ(AfterSentence("Yuriy Lutsenko, Arnorian reporter, condemned Gondor.",
                          "Lutsenko condemned Russia."),
            "");
  EXPECT_EQ(AfterSentence("Bill de Lutsenko, an Arnorian official, condemned Gondor.",
                          "De Lutsenko condemned Russia."),
            "ARNGOV>RUS ");
  EXPECT_EQ(AfterSentence("The minister Yuriy Lutsenko condemned Gondor.", "Lutsenko condemned Russia."),
            "");
  EXPECT_EQ(AfterSentence("Arnorian minister Lutsenko condemned Gondor.", "Lutsenko condemned Russia."),
            "");
  EXPECT_EQ(AfterSentence("Arnorian minister Yuriy Lutsenko condemned Gondor.",
                          "Tanya Lutsenko condemned Russia."),
            "");
  // A leader's surname after a title and another first name is another
  // person ("West German Finance Minister Gerhard Stoltenberg", not Jens).
  EXPECT_EQ(AfterSentence("Arnorian Minister Boris Putin condemned Gondor.", "Putin condemned Russia."),
            "ARNGOV>RUS ");
  // Two people of one surname: the surname alone is neither.
  EXPECT_EQ(AfterSentence("Tanya Lutsenko and Arnorian minister Yuriy Lutsenko condemned Gondor.",
                          "Lutsenko condemned Russia."),
            "");
  EXPECT_EQ(AfterSentence("Tanya Lutsenko and Arnorian minister Yuriy Lutsenko condemned Gondor.",
                          "Yuriy Lutsenko condemned Russia."),
            "ARNGOV>RUS ");
  // A body's name is no person's.
  EXPECT_EQ(AfterSentence("Arnorian minister Lutsenko Bank condemned Gondor.",
                          "The Lutsenko Bank condemned Russia."),
            "");
  // A name that modifies a noun is no person's.
  EXPECT_EQ(AfterSentence("An Arnorian reporter wrote that the Gondor Lutsenko Works condemned Gondor.",
                          "Lutsenko condemned Russia."),
            "");
}

// "visits Japan next Monday": what the text dates after the story has not
// happened; a date inside an aside dates the aside, not the verb outside it.
TEST_F(TaggedCoderTest, DatesAfterTheStoryAndDatesInAsides) {
  Document d;
  d.id = "d";
  d.date = "2024-03-06";  // a Wednesday
  d.text = "Aragorn meets with Russia next Friday. On Monday, Aragorn, a candidate in the vote "
           "to be held on March 20, met with Russia.";
  std::vector<Event> events;
  coder_->CodeDocument(d, scratch_.get(), &events);
  std::vector<std::string> got;
  for (const Event& e : events) got.push_back(e.cameo + "@" + e.date + " " + std::string(MoodName(e.mood)));
  EXPECT_EQ(got, (std::vector<std::string>{"040@2024-03-08 hypothetical", "040@2024-03-04 asserted"}));
}

// "will explain the plan when he visits the U.S.": a present tense in a
// clause of time under a future is to come; "explained ... when he
// visited" was done.
TEST_F(TaggedCoderTest, AClauseOfTimeUnderAFutureIsToCome) {
  std::vector<CodedEvent> out;
  coder_->CodeSentence("Aragorn will speak when he meets with Russia.", 20240101, scratch_.get(), &out);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].mood, Mood::kHypothetical);
  out.clear();
  coder_->CodeSentence("Aragorn spoke when he met with Russia.", 20240101, scratch_.get(), &out);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].mood, Mood::kAsserted);
}

// "told Reuters", "in an interview with the BBC", "monitored by the BBC":
// the news medium that carries the words is no party to them.
TEST_F(TaggedCoderTest, TheMediumASpeakerTalksToIsNoParty) {
  EXPECT_EQ(Code("Aragorn told Arnorian reporters by telephone that he condemned Russia."),
            (T{{"GONGOV", "RUS", "122"}}));
  EXPECT_EQ(Code("In an interview with Arnorian reporters, Aragorn condemned Russia."),
            (T{{"GONGOV", "RUS", "122"}}));
  // Not when the medium is the one acted on.
  EXPECT_EQ(Code("Aragorn condemned Arnorian reporters."), (T{{"GONGOV", "ARNMED", "122"}}));
}

// "was interrupted by protesting legislators": the participle describes
// the agent; it is no verb of its own.
TEST_F(TaggedCoderTest, AParticipleAfterAPassivesByDescribesTheAgent) {
  EXPECT_EQ(Code("Aragorn was condemned by protesting Arnorian students."),
            (T{{"ARNEDU", "GONGOV", "122"}}));
}

// "Turkey and Greece had poor relations, but the leaders of the two
// countries spoke": the pair named before in the sentence, and an agent of
// the pair is the agent of each.
TEST_F(TaggedCoderTest, TheAgentsOfThePairNamedBefore) {
  EXPECT_EQ(Code("Arnor and Gondor had poor relations, but the officials of the two countries met on Friday."),
            (T{{"ARNGOV", "GONGOV", "040"}, {"GONGOV", "ARNGOV", "040"}}));
  EXPECT_EQ(AfterSentence("Arnor and Gondor had poor relations.",
                          "The officials of the two countries met on Friday."),
            "ARNGOV>GONGOV GONGOV>ARNGOV ");
}

// A pattern's "%" names members that act on each other; after the verb of
// a clause with a subject of its own, the subject acts on each member
// (PETRARCH's reading); TABARI's search keeps the members' reciprocal.
TEST(PatternCompound, APercentAfterTheVerbIsTheTargetOfTheSubject) {
  auto coded = [](bool tabari, std::string_view s) {
    CoderOptions co;
    co.tabari_actor_search = tabari;
    auto c = CoderFrom({{"a.txt", "ARNOR_ [ARN]\nGONDOR_ [GON]\nOSGILIATH_ [OSG]\n", DictionaryKind::kActors},
                        {"v.txt", "--- AGREE [081] ---\nAGREE\n- * WITH % [031]\n- % * [030:030]\n",
                         DictionaryKind::kVerbs}},
                       co);
    return c ? EventsOf(*c, s) : std::set<std::string>{};
  };
  EXPECT_EQ(coded(false, "Arnor agrees with Gondor and Osgiliath on the border."),
            (std::set<std::string>{"ARN>GON 031", "ARN>OSG 031"}));
  EXPECT_EQ(coded(false, "Gondor and Osgiliath agreed on the border."),
            (std::set<std::string>{"GON>OSG 030", "OSG>GON 030"}));
  EXPECT_EQ(coded(true, "Arnor agrees with Gondor and Osgiliath on the border."),
            (std::set<std::string>{"GON>OSG 031", "OSG>GON 031"}));
}

// "Republican Senator Mitt Romney": a dictionary person's role outranks the
// party before the name, whatever the party's dated code.
TEST(PersonsAndParties, APersonsRoleOutranksHisParty) {
  auto c = CoderFrom({{"dyad.actors.txt",
                       "# format: dyad-dict 1\nMITT_ROMNEY\n+ROMNEY\n\t[USALEG 20190103-20250103]\n\t[USAELI]\n"
                       "REPUBLICAN_PARTY [USAGOV]\n+REPUBLICAN\n\t[USAOPP 20090120-20170119]\nGONDOR [GON]\n",
                       DictionaryKind::kActors},
                      {"v.txt", "--- CRITICIZE [111] ---\nCRITICIZE\n", DictionaryKind::kVerbs},
                      {"g.txt", "LAWMAKER [~LEG]\nOFFICIAL [~GOV]\n", DictionaryKind::kAgents}});
  ASSERT_TRUE(c);
  auto source = [&](std::string_view s, int32_t date) {
    const std::set<std::string> events = EventsOf(*c, s, date);
    return events.empty() ? std::string() : events.begin()->substr(0, events.begin()->find('>'));
  };
  EXPECT_EQ(source("Republican Mitt Romney criticized Gondor.", 20200901), "USALEG");
  // (Out of office, the party's code stands: in 2012 it was in opposition.)
  EXPECT_EQ(source("Republican Mitt Romney criticized Gondor.", 20120901), "USAOPP");
  EXPECT_EQ(source("Republicans criticized Gondor.", 20100901), "USAOPP");
  // A party's lawmakers are the legislature, its officials keep its role.
  EXPECT_EQ(source("Republican lawmakers criticized Gondor.", 20200901), "USALEG");
  EXPECT_EQ(source("Republican lawmakers criticized Gondor.", 20100901), "USALEG");
  EXPECT_EQ(source("Republican officials criticized Gondor.", 20200901), "USAGOV");
}

// "opened economic ties as well and Serbia agreed to move its embassy":
// "and" before a new subject and its finite verb opens a clause, which a
// pattern of the first verb does not reach into.
TEST_F(TaggedCoderTest, AndBeforeANewSubjectAndItsVerbOpensAClause) {
  EXPECT_EQ(Code("Arnor promised Gondor talks as well and Russia sent aid to Ukraine."),
            (T{{"ARN", "GON", "030"}}));
  EXPECT_EQ(Code("Arnor promised Gondor aid."), (T{{"ARN", "GON", "033"}}));
}

// "told reporters the rebels also scattered leaflets, encouraging rebellion
// against the government": a participle after a comma is the subject's of
// the nearest finite verb (the tagger's VBN too), not the speaker's.
TEST_F(TaggedCoderTest, AParticipleAfterACommaIsTheNearestVerbsSubjects) {
  const auto events = Code("Osgiliath told reporters Arnorian soldiers also burned villages, condemning Gondor.");
  EXPECT_EQ(events.count({"ARNMIL", "GON", "122"}), 1u);
  EXPECT_EQ(events.count({"OSG", "GON", "122"}), 0u);
  EXPECT_EQ(Code("Arnor attacked Gondor, condemning Russia.").count({"ARN", "RUS", "122"}), 1u);
}

// "..., Fars reported Iran issued warrants ... in the assassination of the
// general Qasem Soleimani and demanded": an actor after a preposition, an
// article and a lower-case title is no subject.
TEST_F(TaggedCoderTest, AnActorAfterAPrepositionAndATitleIsNoSubject) {
  const auto events = Code("On Monday, Arnor condemned the arrest of the general Aragorn and praised Osgiliath.");
  EXPECT_EQ(events.count({"ARN", "OSG", "051"}), 1u);
  EXPECT_EQ(events.count({"GONGOV", "OSG", "051"}), 0u);
}

// "said Navalny was poisoned", "claimed 790 soldiers had been killed": a
// plain statement only passes on what was done to the subject
// of a passive clause, what befell them ("said ISIS fighters escaped") or
// where they were; it is not about them. What they did, or are, stays.
// ("its Polish branch had a loss": nor about the country of a thing.)
TEST_F(TaggedCoderTest, AStatementPassingOnWhatWasDoneIsAboutNoOne) {
  EXPECT_EQ(Code("Gondor stated Arnorian soldiers were killed.").count({"GON", "ARNMIL", "010"}), 0u);
  EXPECT_EQ(Code("Gondor stated the Arnorian minister had been poisoned.").count({"GON", "ARNGOV", "010"}),
            0u);
  EXPECT_EQ(Code("Gondor stated Arnorian soldiers attacked Osgiliath.").count({"GON", "ARNMIL", "010"}),
            1u);
  // A subject no dictionary names is the reported verb's, also before a
  // quoted participle ('said the law has "condemned many women"').
  EXPECT_EQ(Code("Gondor stated the plan has \"condemned\" Arnor.").count({"GON", "ARN", "122"}), 0u);
  // Nor what befell them, or where they were.
  EXPECT_EQ(Code("Gondor stated Arnorian soldiers escaped."), T{});
  EXPECT_EQ(Code("Gondor stated Arnorian soldiers were present at the scene."), T{});
  EXPECT_EQ(Code("Gondor stated the Arnorian minister was \"martyred\" by the bomb."), T{});
  EXPECT_EQ(Code("Gondor stated hundreds of Mordor (the enemy) fighters escaped."), T{});
  EXPECT_EQ(Code("Gondor stated Arnorian soldiers were cruel.").count({"GON", "ARNMIL", "010"}), 1u);
  // Nor about where an act it speaks of goes ("an incursion into northeast Syria").
  EXPECT_EQ(Code("Gondor stated its fears of an incursion into Arnor."), T{});
  // A country's statement is not about its own state organs.
  EXPECT_EQ(Code("Arnor stated the Arnorian government would wait."), T{});
  EXPECT_EQ(Code("Arnor stated the Arnorian government and Gondor would wait.").count({"ARN", "GON", "010"}),
            1u);
  // Nor is it about a country whose name only describes a thing.
  EXPECT_EQ(Code("Gondor stated its Arnorian branch had a loss.").count({"GON", "ARN", "010"}), 0u);
  EXPECT_EQ(Code("Gondor stated Arnorian grain imports would rise.").count({"GON", "ARN", "010"}), 0u);
  EXPECT_EQ(Code("Gondor stated the Arnorian side would wait.").count({"GON", "ARN", "010"}), 1u);
  EXPECT_EQ(Code("Gondor stated the Arnorian government broke the law.")
                .count({"GON", "ARNGOV", "010"}),
            1u);
}

// Cooperation between two actors of one country is their work, not
// diplomacy, unless one of them challenges the state.
TEST_F(TaggedCoderTest, CooperationAtHomeIsWork) {
  EXPECT_EQ(Code("Arnorian police joined the Arnorian government."), T{});
  EXPECT_EQ(Code("The Arnorian opposition joined the Arnorian government."),
            (T{{"ARNOPP", "ARNGOV", "050"}}));
  EXPECT_EQ(Code("Arnorian police joined Gondor."), (T{{"ARNCOP", "GON", "050"}}));
  CoderOptions peers;
  peers.domestic_cooperation_is_work = false;
  Build(coder_->options().tagger, peers);
  EXPECT_EQ(Code("Arnorian police joined the Arnorian government."), (T{{"ARNCOP", "ARNGOV", "050"}}));
}

// "Hagia Sophia, formerly a Greek Orthodox church", "converting it to a
// mosque": what a thing was or becomes is no actor.
TEST_F(TaggedCoderTest, WhatAThingWasOrBecomesIsNoActor) {
  EXPECT_EQ(Code("Gondor condemned Osgiliath, formerly an Arnorian colony."),
            (T{{"GON", "OSG", "122"}}));
  EXPECT_EQ(Code("Gondor condemned converting the fort into an Arnorian police station."), T{});
}

// ", and the second condemned ...", ", and that Mordor would ...": a new
// subject no dictionary names, or a second reported clause, after "and"
// ends the first clause; its actors are not the first verb's.
TEST_F(TaggedCoderTest, AndWithANewSubjectOpensAClause) {
  auto events = Code("The first report condemned Arnor on Monday, and the second report condemned Gondor.");
  EXPECT_EQ(events.count({"ARN", "GON", "122"}), 0u);
  events = Code("Gondor stated that Arnor condemned the plan, and that Mordor would wait.");
  EXPECT_EQ(events.count({"ARN", "MOR", "122"}), 0u);
  EXPECT_EQ(Code("Arnor condemned the plan, and Gondor condemned Mordor.").count({"GON", "MOR", "122"}), 1u);
}

// "Biden met Xi, and Putin praised ...": ", and" before an actor with a
// verb of its own, after a clause with one, is no list of actors; and "him"
// after it may be the first clause's subject.
TEST_F(TaggedCoderTest, AndBeforeASubjectEndsAList) {
  auto events = Code("Arnor met Gondor, and Osgiliath praised Mordor.");
  EXPECT_EQ(events.count({"OSG", "MOR", "051"}), 1u);
  EXPECT_EQ(events.count({"ARN", "OSG", "040"}), 0u);
  EXPECT_EQ(Code("Arnor, Gondor, and Osgiliath condemned Mordor."),
            (T{{"ARN", "MOR", "122"}, {"GON", "MOR", "122"}, {"OSG", "MOR", "122"}}));
  EXPECT_EQ(Code("Aragorn spoke, and Arnor condemned him."), (T{{"ARN", "GONGOV", "122"}}));
  // ... and a pronoun no actor we know stands for is a subject of its own
  // ("would not have been won without the Kurds, and I applaud ...").
  EXPECT_EQ(Code("The war would not have been won without Arnor, and I praise Gondor."), T{});
  // ... also when the actor modifies the subject's noun.
  EXPECT_EQ(Code("Arnor met Gondor, and the Russian statement condemned Osgiliath."),
            (T{{"ARN", "GON", "040"}, {"RUS", "OSG", "122"}}));
  EXPECT_EQ(Code("Aragorn met Bard Bowman, and Bard Bowman praised him.").count({"ARNGOV", "GONGOV", "051"}),
            1u);
}

// "denied the story, as did former adviser John Bolton": the actor after
// "as did" is another subject of the act, not its target.
TEST_F(TaggedCoderTest, AnActorAfterAsDidIsNoTarget) {
  EXPECT_EQ(Code("Arnor condemned the plan, as did Gondor."), T{});
  EXPECT_EQ(Code("Arnor condemned the plan as did the former Gondorian minister Aragorn."), T{});
  EXPECT_EQ(Code("Arnor condemned the plan of Gondor."), (T{{"ARN", "GON", "122"}}));
}

// "urged for the National Guard to be brought in": who is to undergo what
// an appeal asks for is not the one asked.
TEST_F(TaggedCoderTest, WhoIsToUndergoTheActAskedForIsNotAsked) {
  EXPECT_EQ(Code("Arnor implored Gondor to wait."), (T{{"ARN", "GON", "020"}}));
  EXPECT_EQ(Code("Arnor implored for Gondor to be released."), T{});
}

// "arrest warrants on 36 people involved in the assassination of the
// general Qasem Soleimani": the victim of the crime a charge or an arrest is
// about is not its target.
TEST_F(TaggedCoderTest, AVictimIsNoTargetOfACharge) {
  EXPECT_EQ(Code("Gondor charged Russian soldiers over the killing of Frodo."), (T{{"GON", "RUSMIL", "115"}}));
  EXPECT_EQ(Code("Gondor charged two men over the killing of Russian soldiers."), T{});
}

// "who is supported by the Chinese government", "the rebels are backed by
// Iran": a present passive of a lasting relation is a state of affairs.
TEST_F(TaggedCoderTest, AStandingRelationIsNoEvent) {
  EXPECT_EQ(Code("Osgiliath is backed by Gondor."), T{});
  EXPECT_EQ(Code("Osgiliath was backed by Gondor on Monday."), (T{{"GON", "OSG", "051"}}));
}

// "denied the allegations, labeled them as Russian disinformation": past a
// comma, a finite verb begins another verb's phrase; its actors are not the
// first verb's targets.
TEST_F(TaggedCoderTest, ACommaAndAVerbEndTheTargetSearch) {
  EXPECT_EQ(Code("Gondor condemned the plan, labeled it as Arnorian theft.").count({"GON", "ARN", "122"}), 0u);
  EXPECT_EQ(Code("Gondor condemned the plan, Arnor and Osgiliath.").count({"GON", "ARN", "122"}), 1u);
}

// "agreed to a future meet on Crete", "talks on Syria": the venue or the
// topic of a meeting is no party to it.
TEST_F(TaggedCoderTest, AMeetingsPlaceOrTopicIsNoParty) {
  EXPECT_EQ(Code("Arnor promised talks on Osgiliath."), T{});
  EXPECT_EQ(Code("Arnor promised talks with Osgiliath."), (T{{"ARN", "OSG", "030"}}));
}

// "sent its envoy to Greece", "deployed the national guard": what the
// pattern names, of the subject's own country, is what is sent, not the
// target; another country's ("expelled the Libyan ambassador") is.
TEST_F(TaggedCoderTest, WhatAPatternNamesIsNoTarget) {
  EXPECT_EQ(Code("Arnor dispatched soldiers to Gondor."), (T{{"ARN", "GON", "150"}}));
  EXPECT_EQ(Code("Arnor dispatched its minister to Gondor."), (T{{"ARN", "GON", "042"}}));
  EXPECT_EQ(Code("Gondor expelled the Arnorian minister."), (T{{"GON", "ARNGOV", "161"}}));
}

// "proposed a bill that would have allowed the Chinese government to ...":
// an actor in a relative clause after the object is not the verb's target,
// unless it is that clause's subject, the author of what the verb is about.
TEST_F(TaggedCoderTest, AnActorInARelativeClauseIsNoTarget) {
  EXPECT_EQ(Code("Gondor condemned a plan that would have allowed Arnor to build a wall."), T{});
  EXPECT_EQ(Code("Gondor condemned a plan that Arnor proposed on Monday."), (T{{"GON", "ARN", "122"}}));
}

// A place at home does not host its own leader ("Trump visited Kenosha,
// Wisconsin"); a foreign country does.
TEST_F(TaggedCoderTest, APlaceAtHomeHostsNoOne) {
  EXPECT_EQ(Code("Aragorn visited Gondor on Monday."), (T{{"GONGOV", "GON", "042"}}));
  EXPECT_EQ(Code("Aragorn visited Arnor on Monday.").count({"ARN", "GONGOV", "043"}), 1u);
}

// Where a verb's target search stops: the object of "to allow" and what it
// would let happen; a second verb after a perfect's "had"; a clause opened
// by "as" and a pronoun.
TEST_F(TaggedCoderTest, WhereATargetSearchStops) {
  EXPECT_EQ(Code("Gondor condemned the plan to allow Arnor to build a wall near Mordor."), T{});
  auto events = Code("Arnor had promised talks, and praised Mordor.");
  EXPECT_EQ(events.count({"ARN", "MOR", "030"}), 0u);
  EXPECT_EQ(events.count({"ARN", "MOR", "051"}), 1u);
  EXPECT_EQ(Code("Gondor promised aid, as it considers Arnor a friend.").count({"GON", "ARN", "033"}), 0u);
  EXPECT_EQ(Code("Gondor promised aid to Arnor, as it considers Mordor a threat.").count({"GON", "ARN", "033"}),
            1u);
  // Nor is a plain statement about the countries of a thing's adjectives.
  events = Code("Gondor stated Arnorian and Russian mining rights were at risk.");
  EXPECT_EQ(events.count({"GON", "ARN", "010"}) + events.count({"GON", "RUS", "010"}), 0u);
}

// Partners who agree act on each other when a pattern names no target
// ("Turkey and Libya agreed on a line ... between Crete and Cyprus"), but an
// intent of both toward a third stays theirs toward it.
TEST_F(TaggedCoderTest, PartnersOfAnIntentActOnTheThird) {
  const auto events = Code("Arnor and Gondor promised aid to Mordor.");
  EXPECT_EQ(events.count({"ARN", "MOR", "033"}), 1u);
  EXPECT_EQ(events.count({"GON", "MOR", "033"}), 1u);
  EXPECT_EQ(events.count({"ARN", "GON", "033"}), 0u);
}

// "Hawkins predicted President Trump would lose ... and asked voters": a
// past tense after a modal's bare verb is coordinated with the main verb,
// whose subject it takes (here a name no dictionary knows: none).
TEST_F(TaggedCoderTest, APastTenseAfterAModalsVerbTakesTheMainSubject) {
  EXPECT_EQ(Code("Frodo predicted Arnor would lose badly and condemned Gondor.").count({"ARN", "GON", "122"}), 0u);
  EXPECT_EQ(Code("Mordor stated Arnor would lose badly and condemned Gondor.").count({"MOR", "GON", "122"}), 1u);
}

// Speaking to students or a think tank is an audience, not an event with
// them; the words after the next finite verb are not a participle's tone.
TEST_F(TaggedCoderTest, AnAudienceIsNoParty) {
  EXPECT_EQ(Code("Gondor replied to Arnorian students on Monday."), T{});
  EXPECT_EQ(Code("Gondor replied to Arnor on Monday."), (T{{"GON", "ARN", "010"}}));
}

}  // namespace
}  // namespace dyad
