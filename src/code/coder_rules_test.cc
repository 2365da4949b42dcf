// The argument and mood rules of the coder, with the part-of-speech tagger
// (and some without): who did what to whom, and whether it was done.
#include "dyad/coder.h"

#include "code/coder_test_support.h"
#include "code/tabari_actors.h"

#include <gtest/gtest.h>

namespace dyad {
namespace {

using namespace coder_test;

TEST_F(TaggedCoderTest, NounReadingsCodeOnlyThroughPatterns) {
  EXPECT_EQ(Code("Arnor struck Gondor on Monday."), (T{{"ARN", "GON", "190"}}));
  // "strike" as a noun: no determiner before it, so only the tagger knows.
  EXPECT_TRUE(Code("Arnor said drone strike damage in Gondor was heavy.").empty());
  EXPECT_TRUE(Code("Arnor condemned the strike.").count({"ARN", "GON", "190"}) == 0);
  EXPECT_EQ(Code("Arnor launched a strike on Gondor."), (T{{"ARN", "GON", "195"}}));
  EXPECT_EQ(Code("Arnor attacked Gondor."), (T{{"ARN", "GON", "190"}}));
}

// TABARI reads a dictionary verb as a noun only right after THE, A or AN
// (manual 7.4), not by the tagger's reading.
TEST_F(TaggedCoderTest, TabarisNounRuleIsTheDeterminer) {
  CoderOptions co;
  co.tabari_actor_search = true;
  auto t = Tagger::LoadDefault();
  ASSERT_TRUE(t.ok());
  Build(std::shared_ptr<const Tagger>(std::move(*t)), co);
  EXPECT_EQ(Code("Arnor said drone strike damage in Gondor was heavy."), (T{{"ARN", "GON", "190"}}));
  EXPECT_TRUE(Code("Arnor condemned the strike.").count({"ARN", "GON", "190"}) == 0);
  // A noun codes nothing, not even through a pattern (dyad: 195).
  EXPECT_TRUE(Code("Arnor launched a strike on Gondor.").empty());
}

TEST_F(TaggedCoderTest, APersonsNameBeforeACommonNounNamesAThing) {
  EXPECT_EQ(Code("Arnor condemned Aragorn."), (T{{"ARN", "GONGOV", "122"}}));
  EXPECT_TRUE(Code("Arnor condemned the Aragorn inquiry.").empty());
  EXPECT_EQ(Code("Arnor condemned the Aragorn campaign."), (T{{"ARN", "GONGOV", "122"}}));
  // Not only persons: "the Gondor trade deal" is a deal; "a Gondor vessel" is Gondor's.
  EXPECT_TRUE(Code("Arnor condemned the Gondor trade deal.").empty());
  EXPECT_EQ(Code("Arnor attacked a Gondor vessel."), (T{{"ARN", "GON", "190"}}));
  EXPECT_EQ(Code("Arnor condemned the Russian invasion."), (T{{"ARN", "RUS", "122"}}));
  // After a number too: "all 50 U.S. states".
  EXPECT_TRUE(Code("Arnor condemned all 50 Gondor villages.").empty());
}

TEST_F(TaggedCoderTest, ANameRunningOnIntoAnUnknownNameIsAnotherThing) {
  // A country's name opening a firm's name; a state organ stays the state.
  EXPECT_EQ(Code("Arnor condemned Gondor Meridian Airlines Group.").count({"ARN", "GON", "122"}), 0u);
  EXPECT_EQ(Code("Arnor condemned Gondor Meridian.").count({"ARN", "GON", "122"}), 0u);
  EXPECT_EQ(Code("Arnor condemned the Gondor Department of Trade."), (T{{"ARN", "GON", "122"}}));
  EXPECT_EQ(Code("Arnor condemned Gondor on Monday."), (T{{"ARN", "GON", "122"}}));
  // A lone unknown first name before a leader's surname: another person.
  EXPECT_EQ(Code("Arnor condemned actor Elfhelm Aragorn.").count({"ARN", "GONGOV", "122"}), 0u);
  EXPECT_EQ(Code("Arnor condemned Mr Aragorn."), (T{{"ARN", "GONGOV", "122"}}));
  EXPECT_EQ(Code("Arnor condemned Secretary of State Aragorn."), (T{{"ARN", "GONGOV", "122"}}));
  // An agent word inside the name of a thing ("the Students in Towns Project").
  EXPECT_TRUE(Code("Arnor condemned the Students in Towns Project.").empty());
  EXPECT_EQ(Code("Arnor condemned the Students.").size(), 1u);
  // An agent word as a surname ("Qandeel Baloch") names a person, not the group.
  EXPECT_TRUE(Code("Arnor condemned the singer Elanor Student.").empty());
  EXPECT_EQ(Code("Arnor condemned the student."), (T{{"ARN", "ARNEDU", "122"}}));
}

// "Luz Contreras Arroyo ... said Arroyo", "Kevin King ... King and Weeks were
// abducted": a surname or title word the document gave to someone no
// dictionary knows stays that person's in later sentences, unless the
// document names the dictionary's person in full.
TEST_F(TaggedCoderTest, ASurnameGivenToSomeoneElseStaysTheirs) {
  EXPECT_EQ(AfterSentence("Arnor praised the actor Elfhelm Dunhere Aragorn.", "Aragorn condemned Gondor."),
            "");
  EXPECT_EQ(AfterSentence("Arnor praised Gondor.", "Aragorn condemned Arnor."), "GONGOV>ARN ");
  // Not after a determiner: "the Polytechnic University" is no one's name.
  EXPECT_EQ(AfterSentence("Arnor praised the Dunhere Aragorn statue.", "Aragorn condemned Arnor."),
            "GONGOV>ARN ");
  EXPECT_EQ(AfterSentence("The actor Elfhelm Putin met Vladimir Putin.", "Putin condemned Arnor."),
            "RUSGOV>ARN ");
  EXPECT_EQ(AfterSentence("Arnor praised the singer Elanor Student.", "Arnor arrested Student on Monday."),
            "");
  EXPECT_EQ(AfterSentence("Arnor praised Gondor.", "Arnor arrested the student on Monday."), "ARN>ARNEDU ");
}

// '"Arnor was wrong," stated Gondor': the speaker follows the verb; the
// apposition's comma ("Gondor, the old kingdom, stated") is no quotation.
TEST_F(TaggedCoderTest, AfterAQuotationTheSpeakerFollowsTheVerb) {
  EXPECT_EQ(Code("\"Arnor was wrong,\" stated Gondor."), (T{{"GON", "ARN", "010"}}));
  EXPECT_EQ(Code("\"Arnor was wrong,\" replied Gondor."), (T{{"GON", "ARN", "010"}}));
  // After a relative clause's comma a pronoun opens the complement; it is no
  // speaker ("Officials in Malaysia, which produce rubber, said they ...").
  EXPECT_EQ(AfterSentence("Gondor and Russia met.",
                          "Officials in Arnor, which were late, stated they expected a deal."),
            "");
  EXPECT_EQ(Code("Arnor attacked Russia, stated Gondor.").count({"ARN", "RUS", "190"}), 1u);
  EXPECT_EQ(Code("Arnor attacked Russia, stated Gondor.").count({"RUS", "GON", "010"}), 0u);
  EXPECT_EQ(Code("Gondor, the old kingdom, stated Arnor was wrong.").count({"GON", "ARN", "010"}), 1u);
}

// "he asked about X, called Omar a terrorist and said": a list of one
// subject's verbs; an object before the comma is not the next one's subject.
TEST_F(TaggedCoderTest, AVerbAfterACommaContinuesAListOfVerbs) {
  EXPECT_EQ(Code("Frodo asked about Gondor, condemned Osgiliath and left.").count({"GON", "OSG", "122"}), 0u);
  EXPECT_EQ(Code("Arnor asked about Gondor, condemned Osgiliath and left.").count({"ARN", "OSG", "122"}), 1u);
}

TEST_F(TaggedCoderTest, AVerbPhraseAfterAndIsAClauseForObjects) {
  // What Gondor is said to do belongs to "claimed", not to "condemned".
  EXPECT_EQ(Code("Arnor condemned the report on Monday and claimed that Gondor lied.")
                .count({"ARN", "GON", "122"}),
            0u);
  // The second verb keeps the subject; verbs side by side share the object.
  EXPECT_EQ(Code("Arnor visited the capital on Monday and attacked Gondor."),
            (T{{"ARN", "GON", "190"}}));
  EXPECT_EQ(Code("Arnor attacked and arrested Gondor."),
            (T{{"ARN", "GON", "190"}, {"ARN", "GON", "173"}}));
  // A passive after "and" is still the first subject's: Gondor was condemned.
  EXPECT_EQ(Code("Gondor is under sanctions and was condemned by Arnor."),
            (T{{"ARN", "GON", "122"}}));
}

TEST_F(CoderTest, NoActorActsOnItsOwnPossession) {
  EXPECT_EQ(Code("Aragorn condemned Boromir."), (T{{"GONGOV", "GONGOV", "122"}}));
  EXPECT_TRUE(Code("Aragorn condemned his Boromir.").empty());
}

TEST_F(TaggedCoderTest, AndJoinsFiniteVerbs) {
  // "accused Trump of ignoring the facts and said ...": "said" is the
  // accuser's, not the subject of the gerund's.
  const auto events = Code("Aragorn condemned Arnor for attacking Gondor and claimed Osgiliath won.");
  EXPECT_EQ(events, (T{{"GONGOV", "ARN", "122"}, {"ARN", "GON", "190"}, {"GONGOV", "OSG", "010"}}));
}

// A pattern's gap stops at an actor, whose phrase the later one is
// ("- * (WITH +)"), and at the start of another clause.
TEST_F(CoderTest, APatternsGapStopsAtAnActor) {
  EXPECT_EQ(Code("Arnor met on Monday with Gondor."), (T{{"ARN", "GON", "040"}}));
  EXPECT_EQ(Code("Arnor met Gondor after its quarrel with Osgiliath."), (T{{"ARN", "GON", "040"}}));
  // Nor does it pass into another clause ("- * &AID").
  const char* but = "Arnor promised Gondor a visit, but the aid never came.";
  EXPECT_EQ(Code(but), (T{{"ARN", "GON", "030"}}));
  EXPECT_EQ(Code("Arnor promised Gondor a visit and aid."), (T{{"ARN", "GON", "033"}}));
  CoderOptions co;
  co.loose_pattern_gaps = true;  // the peers' reading
  Build(nullptr, co);
  EXPECT_EQ(Code("Arnor met Gondor after its quarrel with Osgiliath."), (T{{"ARN", "OSG", "040"}}));
  EXPECT_EQ(Code(but), (T{{"ARN", "GON", "033"}}));
}

TEST_F(CoderTest, WhatAMeetingIsAboutIsNoParty) {
  EXPECT_TRUE(Code("Arnor met on Monday about Osgiliath and Gondor.").empty());
  EXPECT_EQ(Code("Arnor met with Gondor about Osgiliath."), (T{{"ARN", "GON", "040"}}));
}

TEST_F(TaggedCoderTest, AParticipleAfterACommaSharesTheMainSubject) {
  EXPECT_EQ(Code("Legolas struck Osgiliath, arresting Arnor.").count({"OSG", "ARN", "173"}), 0u);
  EXPECT_EQ(Code("Gondor struck Osgiliath, arresting Arnor."),
            (T{{"GON", "OSG", "190"}, {"GON", "ARN", "173"}}));
}

TEST_F(CoderTest, AnObjectPronounSkipsOnlyTheSubject) {
  // "police dispersed them" is not the police; "broke with X and arrested
  // him" is X.
  EXPECT_EQ(Code("Arnorian soldiers broke with Aragorn and arrested him.").count({"ARNMIL", "GONGOV", "173"}), 1u);
  EXPECT_EQ(Code("Aragorn arrested him.").count({"GONGOV", "GONGOV", "173"}), 0u);
}

TEST_F(CoderTest, AStateBeforeAWordForPersonsNamesPrivatePersons) {
  EXPECT_EQ(Code("Gondor soldiers arrested an Arnor man."), (T{{"GONMIL", "ARNCVL", "173"}}));
  EXPECT_EQ(Code("Gondor soldiers arrested Arnor."), (T{{"GONMIL", "ARN", "173"}}));
}

TEST_F(CoderTest, WhoIsExceptedIsNoTarget) {
  EXPECT_TRUE(Code("Arnor condemned all, with the exception of Gondor.").empty());
  EXPECT_TRUE(Code("Arnor condemned everyone except Gondor.").empty());
}

TEST_F(CoderTest, APairAfterBetweenAreEachOthersPartners) {
  EXPECT_TRUE(Code("Arnor praised the treaty between Gondor and Osgiliath.").empty());
  EXPECT_EQ(Code("Arnor praised Gondor."), (T{{"ARN", "GON", "051"}}));
  // Criticism of their deal is aimed at them.
  EXPECT_EQ(Code("Arnor condemned the treaty between Gondor and Osgiliath."),
            (T{{"ARN", "GON", "122"}, {"ARN", "OSG", "122"}}));
}

// So is a common noun right before a finite verb: "..., and analysts in
// the region praised X" is the analysts' praise, not Arnor's.
TEST_F(TaggedCoderTest, ACommonNounBeforeTheVerbHeadsItsSubject) {
  EXPECT_EQ(Code("Arnor condemned Gondor, and analysts in the region praised Osgiliath.").count({"ARN", "OSG", "051"}), 0u);
  EXPECT_EQ(Code("Arnorian students from around the world praised Osgiliath.").count({"ARNEDU", "OSG", "051"}), 1u);
  EXPECT_EQ(Code("Arnor last week praised Osgiliath.").count({"ARN", "OSG", "051"}), 1u);
  EXPECT_EQ(Code("The Arnor government's legal team praised Osgiliath.").count({"ARNGOV", "OSG", "051"}), 1u);
}

// An unknown name right after the verb is its object: a later actor is not
// the target, unless an apposition names it ("Frodo, an official of Gondor").
TEST_F(TaggedCoderTest, AnUnknownNameAfterTheVerbIsItsObject) {
  EXPECT_EQ(Code("Arnor condemned Frodo Baggins over his visit to Gondor.").count({"ARN", "GON", "122"}), 0u);
  EXPECT_EQ(Code("Arnor condemned Frodo Baggins, an official of Gondor.").count({"ARN", "GONGOV", "122"}), 1u);
  EXPECT_EQ(Code("Arnor condemned Gondor Official Frodo Baggins.").size(), 1u);
}

TEST_F(TaggedCoderTest, AnUnknownNameBeforeTheVerbIsItsSubject) {
  // Legolas is in no dictionary: the condemnation is his, not Aragorn's.
  EXPECT_TRUE(Code("On the day that Aragorn left, Legolas condemned Arnor.").empty());
  // A name after an actor's title is the actor's own.
  EXPECT_EQ(Code("Gondor official Legolas Greenleaf condemned Arnor."), (T{{"GONGOV", "ARN", "122"}}));
  EXPECT_EQ(Code("Gondor on Monday condemned Arnor."), (T{{"GON", "ARN", "122"}}));
}

TEST_F(TaggedCoderTest, ARegionIsATopicNotAParty) {
  EXPECT_TRUE(Code("Arnor praised the Caribbean.").empty());
  EXPECT_EQ(Code("Arnor praised Caribbean countries."), (T{{"ARN", "CRB", "051"}}));
  // Waters named after a state are not the state.
  EXPECT_TRUE(Code("Arnor attacked ships in the Gulf of Gondor.").count({"ARN", "GON", "190"}) == 0);
}

TEST_F(TaggedCoderTest, PersonsOfTheirCountriesJoinedByAnd) {
  // "Presidents Buhari of Nigeria and Patrice Talon of Benin signed": the
  // unknown second name does not break the compound.
  EXPECT_EQ(Code("Aragorn of Gondor and Legolas Greenleaf of Arnor met."),
            (T{{"GONGOV", "ARN", "040"}, {"ARN", "GONGOV", "040"}}));
}

TEST_F(TaggedCoderTest, AgentWordsThatNameNoOne) {
  EXPECT_TRUE(Code("Arnor condemned the raid as criminal.").empty());
  EXPECT_TRUE(Code("Arnor voiced opposition to the raid.").empty());
  EXPECT_EQ(Code("Arnor condemned criminal gangs."), (T{{"ARN", "ARNCRM", "122"}}));
  EXPECT_EQ(Code("Arnor condemned the opposition."), (T{{"ARN", "ARNOPP", "122"}}));
  // A currency is no state: "nine billion Gondor dollars".
  EXPECT_TRUE(Code("Arnor promised aid worth nine billion Gondor dollars.").count({"ARN", "GON", "033"}) == 0);
  // ... nor in the wires' abbreviations: "68 billion U.S. dlr debt".
  EXPECT_TRUE(Code("Arnor promised aid worth nine billion Gondor dlr.").count({"ARN", "GON", "033"}) == 0);
  EXPECT_TRUE(Code("Arnor promised aid worth nine mln Gondor stg.").count({"ARN", "GON", "033"}) == 0);
}

TEST_F(CoderTest, PeopleCountAsACrowd) {
  // "@counted": only after a number or a word of number.
  EXPECT_EQ(Code("5000 people protested against Gondor."), (T{{"GONCVL", "GON", "140"}}));
  EXPECT_EQ(Code("Thousands of people protested against Gondor."), (T{{"GONCVL", "GON", "140"}}));
  EXPECT_TRUE(Code("People protested against Gondor.").empty());
  EXPECT_EQ(Code("Arnorian police arrested 12 people."), (T{{"ARNCOP", "ARNCVL", "173"}}));
  // A crowd protests or fights, but arrests nobody.
  EXPECT_TRUE(Code("Hundreds of people arrested Gondor's minister.").empty());
}

TEST_F(TaggedCoderTest, PeopleCountAsACrowd) {
  EXPECT_EQ(Code("About 5,000 people protested against Gondor."), (T{{"GONCVL", "GON", "140"}}));
  EXPECT_TRUE(Code("Many people protested against Gondor.").empty());
  // The count before the subject of a reported clause ("said at least 71
  // people were arrested").
  EXPECT_EQ(Code("Arnorian police said at least 71 people were arrested."),
            (T{{"ARNCOP", "ARNCVL", "173"}}));
}

TEST_F(TaggedCoderTest, AParticipleAfterANumberDescribes) {
  EXPECT_TRUE(Code("Gondor counted 41 attacked villages near Arnor.").empty());
  // ... and one before a noun after no subject: "to extradite accused criminals".
  EXPECT_TRUE(Code("Gondor visited some arrested students in Arnor.").count({"GON", "ARNEDU", "173"}) == 0);
  // ... also past an adjective or a demonym: "occupied Palestinian land".
  EXPECT_TRUE(Code("Gondor built homes on condemned Russian land.").count({"GON", "RUS", "122"}) == 0);
  // ... or a name: "among pledged Green Party delegates" (the tagger's
  // past tense too, right after a preposition).
  EXPECT_TRUE(Code("Gondor broadened its lead among condemned Arnor students.").empty());
  EXPECT_EQ(Code("In 2019 Gondor attacked Arnor.", 20190601), (T{{"GON", "ARN", "190"}}));
}

// "Arnor implored Gondor to attack Osgiliath": the one implored would
// attack; "Arnor requested Gondor attack Osgiliath": not told as done.
TEST_F(TaggedCoderTest, TheOneAskedDoesWhatIsAskedFor) {
  auto mood_of = [&](std::string_view s, const Triple& t) {
    std::vector<CodedEvent> out;
    coder_->CodeSentence(s, 20240101, scratch_.get(), &out);
    for (const CodedEvent& e : out)
      if (Triple{e.source, e.target, e.code} == t) return e.mood;
    return Mood::kNegated;
  };
  const auto asked = Code("Arnor implored Gondor to attack Osgiliath.");
  EXPECT_EQ(asked.count({"GON", "OSG", "190"}), 1u);
  EXPECT_EQ(asked.count({"ARN", "OSG", "190"}), 0u);
  EXPECT_EQ(mood_of("Arnor implored Gondor to attack Osgiliath.", {"GON", "OSG", "190"}),
            Mood::kHypothetical);
  EXPECT_EQ(mood_of("Arnor requested Gondor condemn Osgiliath.", {"GON", "OSG", "122"}),
            Mood::kHypothetical);
  EXPECT_EQ(mood_of("Arnor requested the Gondor government condemn Osgiliath.",
                    {"GONGOV", "OSG", "122"}),
            Mood::kHypothetical);
  // (One who promises does it himself.)
  EXPECT_EQ(Code("Arnor promised Gondor to attack Osgiliath.").count({"ARN", "OSG", "190"}), 1u);
}

TEST_F(TaggedCoderTest, AReportedClauseHasItsOwnSubject) {
  const auto events = Code("Arnor claimed Gondor attacked Osgiliath.");
  EXPECT_EQ(events.count({"GON", "OSG", "190"}), 1u);
  EXPECT_EQ(events.count({"ARN", "OSG", "190"}), 0u);
  // After the one told: "told Gondor Osgiliath attacked", "told police he supported".
  EXPECT_EQ(Code("Arnor told Gondor Osgiliath attacked Russia.").count({"OSG", "RUS", "190"}), 1u);
  EXPECT_EQ(Code("Arnor told Gondor Osgiliath attacked Russia.").count({"GON", "RUS", "190"}), 0u);
  EXPECT_EQ(Code("Frodo told Gondor he attacked Russia.").count({"GON", "RUS", "190"}), 0u);
  // Past an article or a date ("said on Monday the United States had").
  EXPECT_EQ(Code("Arnor stated the White House attacked Osgiliath.").count({"USAGOV", "OSG", "190"}), 1u);
  EXPECT_EQ(Code("Arnor stated on Monday Gondor attacked Osgiliath.").count({"GON", "OSG", "190"}), 1u);
  // What is claimed is not told as fact; what is said is.
  auto mood_of_attack = [&](std::string_view s) {
    std::vector<CodedEvent> out;
    coder_->CodeSentence(s, 20240101, scratch_.get(), &out);
    for (const CodedEvent& e : out)
      if (e.code == "190") return e.mood;
    return Mood::kNegated;
  };
  EXPECT_EQ(mood_of_attack("Arnor claimed Gondor attacked Osgiliath."), Mood::kHypothetical);
  EXPECT_EQ(mood_of_attack("Arnor said Gondor attacked Osgiliath."), Mood::kAsserted);
  // Also with a perfect ("has attacked"), and an organisation's "they".
  EXPECT_EQ(mood_of_attack("Arnor claimed Gondor has attacked Osgiliath."), Mood::kHypothetical);
  EXPECT_EQ(mood_of_attack("Arnor claimed Gondor was attacking Osgiliath."), Mood::kHypothetical);
  // ... past an adverb ("claimed he was wrongfully imprisoned").
  EXPECT_EQ(mood_of_attack("Arnor claimed Gondor was wrongfully attacked by Osgiliath."), Mood::kHypothetical);
  EXPECT_EQ(mood_of_attack("Arnor said Gondor was wrongfully attacked by Osgiliath."), Mood::kAsserted);
  EXPECT_EQ(mood_of_attack("Arnor claimed that Gondor attacked Osgiliath."), Mood::kHypothetical);
  EXPECT_EQ(mood_of_attack("Arnor claimed that in the war, Gondor attacked Osgiliath."),
            Mood::kHypothetical);
  // What "whether" opens is not told either.
  EXPECT_EQ(mood_of_attack("Nobody knew whether Gondor attacked Osgiliath."), Mood::kHypothetical);
  // A reported clause whose subject no dictionary names is not the speaker's act.
  EXPECT_TRUE(Code("Arnor said the convoy was attacking Osgiliath.").empty());
  EXPECT_TRUE(Code("Arnor said the convoy attacked Osgiliath.").empty());
  EXPECT_EQ(Code("Arnor said it attacked Osgiliath."), (T{{"ARN", "OSG", "190"}}));
  // Nor is its object what the statement is about ("said the phony Harris
  // attacked Biden"), unless a copula makes it the topic.
  EXPECT_TRUE(Code("Arnor claimed the hobbit Legolas attacked Osgiliath.").empty());
  EXPECT_EQ(Code("Arnor claimed the flag was Osgiliath's."), (T{{"ARN", "OSG", "010"}}));
  // Past the reported clause's own verb, an actor is part of what is told,
  // not whom the statement is about; nor is one in an adverbial phrase of
  // the verb of saying.
  EXPECT_TRUE(Code("Arnor claimed it was hoping the grain would go to Osgiliath.").empty());
  EXPECT_TRUE(Code("Arnor claimed it would ship grain to Osgiliath.").empty());
  EXPECT_TRUE(Code("Arnor claimed in addition to Osgiliath that the grain was late.").empty());
  EXPECT_EQ(Code("Arnor claimed Osgiliath would ship grain."), (T{{"ARN", "OSG", "010"}}));
  // So for other comments ("worried that pressuring them could reopen").
  EXPECT_EQ(Code("Arnor worried that pressuring Osgiliath would fail.").count({"ARN", "OSG", "012"}), 0u);
  EXPECT_EQ(Code("Arnor worried that Osgiliath would fail.").count({"ARN", "OSG", "012"}), 1u);
  // A plain statement adds nothing to a more telling event between the two.
  EXPECT_EQ(Code("Arnor stated it condemned Gondor."), (T{{"ARN", "GON", "122"}}));
}

// "extradite anyone accused of a crime": the participle describes "anyone";
// its doer is not the actor at the head of the sentence.
TEST_F(TaggedCoderTest, AParticipleAfterANounDescribesIt) {
  EXPECT_EQ(Code("Arnor condemned Gondor for spying.").count({"ARN", "GON", "122"}), 1u);
  EXPECT_EQ(Code("Arnor will deport anyone condemned for spying on Gondor.").count({"ARN", "GON", "122"}), 0u);
  EXPECT_EQ(Code("Arnor will deport those condemned for spying on Gondor.").count({"ARN", "GON", "122"}), 0u);
  // After a preposition's object, even an actor: "with some delegates pledged to".
  EXPECT_EQ(Code("Arnor met with students condemned to Gondor.").count({"ARN", "GON", "122"}), 0u);
  // With no verb before it, the participle is the clause's verb.
  EXPECT_EQ(Code("Arnorian students wearing masks condemned Gondor.").count({"ARNEDU", "GON", "122"}), 1u);
}

// Who reports, whom one acts for and what one acts despite are no parties.
TEST_F(TaggedCoderTest, AttributionsAreNoParties) {
  EXPECT_EQ(Code("Arnor condemned Gondor, according to Osgiliath."), (T{{"ARN", "GON", "122"}}));
  EXPECT_TRUE(Code("Arnor condemned the decision, according to Gondor.").empty());
  EXPECT_TRUE(Code("Arnor condemned the decision, according to Aragorn, the envoy of Gondor.").empty());
  EXPECT_TRUE(Code("Arnor condemned the decision on behalf of Gondor.").empty());
  EXPECT_TRUE(Code("Arnor condemned the decision, as reported by Gondor.").empty());
  EXPECT_TRUE(Code("Arnor condemned the decision despite Gondor's objections.").empty());
  // Nor do they lend an agent their country.
  EXPECT_EQ(Code("According to Gondor, the police in Osgiliath condemned Arnor.").count({"OSGCOP", "ARN", "122"}), 1u);
}

// "condemned the plan for Osgiliath": whom something is for is no target;
// "condemned Gondor for ..." and support "for X" are.
TEST_F(TaggedCoderTest, WhomSomethingIsForIsNoTarget) {
  EXPECT_TRUE(Code("Arnor condemned the new camps for Russian students.").empty());
  EXPECT_EQ(Code("Arnor promised aid for Gondor.").count({"ARN", "GON", "033"}), 1u);
}

TEST_F(TaggedCoderTest, PlacesAreNoTargets) {
  EXPECT_TRUE(Code("Arnor condemned the wall along the border with Gondor.").empty());
  EXPECT_TRUE(Code("Arnor condemned the fires near the White House.").empty());
  EXPECT_EQ(Code("Arnor condemned Gondor near Osgiliath."), (T{{"ARN", "GON", "122"}}));
  // "Dublin, Calif.": a US town of a foreign name.
  EXPECT_TRUE(Code("Arnor condemned a shooting at Osgiliath, Calif.-based Ringlo Research.").empty());
  EXPECT_TRUE(Code("Osgiliath, Texas, condemned Arnor.").empty());
  EXPECT_EQ(Code("Arnor condemned Osgiliath, Gondor and Russia.").size(), 3u);
  // "the city of Aleppo"; "in the court of Gondor" past the article.
  EXPECT_TRUE(Code("Arnor condemned the riots in the city of Osgiliath.").empty());
  EXPECT_TRUE(Code("Arnor condemned the riots in the Gondor.").empty());
  EXPECT_EQ(Code("Arnor condemned the Gondor police.").size(), 1u);
  // A statement "at the Gondor assembly" is made there, not to Gondor.
  EXPECT_TRUE(Code("Arnor stated its views at the Gondor assembly.").empty());
}

// "child sexual abuse", "a criminal case": an agent word that modifies a
// noun names no one; "police brutality" is what the police did.
TEST_F(TaggedCoderTest, AnAgentWordBeforeANounNamesNoOne) {
  EXPECT_TRUE(Code("Arnor condemned the criminal case.").empty());
  EXPECT_TRUE(Code("Arnor condemned the student loan scheme.").empty());
  EXPECT_EQ(Code("Arnor condemned the criminal."), (T{{"ARN", "ARNCRM", "122"}}));
  EXPECT_EQ(Code("Arnor condemned police brutality.").size(), 1u);
  EXPECT_EQ(Code("Arnor condemned student protests.").size(), 1u);
  EXPECT_EQ(Code("Arnor arrested a student yesterday.").size(), 1u);
  // "-ure", "-tion" words that name no act: "previous official figures".
  EXPECT_TRUE(Code("Arnor condemned the previous official figures.").empty());
  EXPECT_TRUE(Code("Arnor condemned the student population.").empty());
}

// "met world leaders ..., including meeting Aragorn": the gerund is the
// main subject's, not the object's before it.
TEST_F(TaggedCoderTest, AGerundAfterIncludingSharesTheMainSubject) {
  // (Frodo is no actor: the main subject is unknown, so no event.)
  EXPECT_EQ(Code("Frodo met Gondor, including meeting Osgiliath.").count({"GON", "OSG", "040"}), 0u);
  EXPECT_EQ(Code("Arnor met Gondor, including meeting Osgiliath.").count({"ARN", "OSG", "040"}), 1u);
  EXPECT_EQ(Code("Frodo met Gondor, and meeting Osgiliath.").count({"GON", "OSG", "040"}), 0u);
}

// "Frodo Baggins condemned Aragorn. He ...": "he" is the subject no
// dictionary knows, not the known person of the object.
TEST_F(TaggedCoderTest, AnUnknownSubjectIsWhomHeMeans) {
  const char* he = "He also condemned Arnor.";
  EXPECT_EQ(AfterSentence("Frodo Baggins condemned Aragorn on Monday.", he), "");
  EXPECT_EQ(AfterSentence("Boromir condemned Aragorn on Monday.", he), "GONGOV>ARN ");
}

// "Walt Disney Co said it has signed ...": the pronoun after a verb of
// saying is its speaker, whom no dictionary knows, not an actor named
// before; a firm's name as a subject is what a later "it" means.
TEST_F(TaggedCoderTest, AnUnknownSpeakerIsWhomTheReportedPronounMeans) {
  const char* before = "Arnor praised Osgiliath on Monday.";
  EXPECT_EQ(AfterSentence(before, "Meridian Trading Co said it had condemned Gondor."), "");
  EXPECT_EQ(AfterSentence(before, "Arnor said it had condemned Gondor."), "ARN>GON ");
  // A name a dictionary knows inside the speaker's name: "Gondor's
  // minister Hador Elfsson said he".
  EXPECT_EQ(AfterSentence(before, "The Gondor official Hador Elfsson said he had condemned Arnor."),
            "GONGOV>ARN ");
  EXPECT_EQ(AfterSentence("Meridian Trading Co condemned Osgiliath on Monday.", "It also condemned Gondor."),
            "");
  EXPECT_EQ(AfterSentence("Osgiliath condemned Aragorn on Monday.", "It also condemned Gondor."),
            "OSG>GON ");
}

// "both Iran and Iraq have been attacking shipping": partners who fight each
// other do so with no object, or with a fight as object ("fought a war").
TEST_F(TaggedCoderTest, PartnersWhoAttackAThingDoNotAttackEachOther) {
  EXPECT_TRUE(Code("Both Arnor and Gondor have been attacking shipping in the gulf.").empty());
  EXPECT_EQ(Code("Arnor and Gondor attacked on Monday."),
            (T{{"ARN", "GON", "190"}, {"GON", "ARN", "190"}}));
  EXPECT_EQ(Code("Arnor and Gondor attacked a convoy of Osgiliath."),
            (T{{"ARN", "OSG", "190"}, {"GON", "OSG", "190"}}));
}

// A world region is a place: it does nothing (unless for the peers).
TEST_F(CoderTest, ARegionDoesNothing) {
  EXPECT_TRUE(Code("The Caribbean condemned Gondor.").empty());
  // ... also as one of a pair that meets.
  EXPECT_EQ(Code("The Caribbean and Gondor met.").count({"CRB", "GON", "040"}), 0u);
  CoderOptions co;
  co.places_as_targets = true;
  Build(nullptr, co);
  EXPECT_EQ(Code("The Caribbean condemned Gondor."), (T{{"CRB", "GON", "122"}}));
}

// "praised some farmers and condemned them": them are the farmers, not the
// pair of the sentence before.
TEST_F(TaggedCoderTest, APluralNounIsNearerThanTheSentenceBefore) {
  const char* met = "Arnor and Gondor met on Monday.";
  EXPECT_EQ(AfterSentence(met, "Osgiliath praised some farmers and condemned them."), "");
  EXPECT_EQ(AfterSentence(met, "Osgiliath condemned them."), "OSG>ARN OSG>GON ");
}

TEST_F(TaggedCoderTest, AGerundAfterOfIsNotDone) {
  auto moods = [&](std::string_view s) {
    std::vector<CodedEvent> out;
    coder_->CodeSentence(s, 20240101, scratch_.get(), &out);
    std::vector<Mood> m;
    for (const CodedEvent& e : out) m.push_back(e.mood);
    return m;
  };
  // "accused Gondor of attacking", "capable of attacking": the content of a
  // charge or an ability, also when coordinated or quoted.
  EXPECT_EQ(moods("Gondor was accused of attacking Osgiliath."), std::vector<Mood>{Mood::kHypothetical});
  EXPECT_EQ(moods("Gondor was accused of \"attacking Osgiliath.\""), std::vector<Mood>{Mood::kHypothetical});
  EXPECT_EQ(moods("Gondor was accused of looting the city and arresting Arnorian students."),
            std::vector<Mood>{Mood::kHypothetical});
  EXPECT_EQ(moods("Gondor was accused of causing a famine by attacking Osgiliath."),
            std::vector<Mood>{Mood::kHypothetical});
  EXPECT_EQ(moods("Gondor responded by attacking Osgiliath."), std::vector<Mood>{Mood::kAsserted});
  // What is alleged is not told as fact.
  EXPECT_EQ(moods("Gondor allegedly attacked Osgiliath."), std::vector<Mood>{Mood::kHypothetical});
  // Nor what may come of something, or what it aims at.
  EXPECT_EQ(moods("Gondor potentially attacked Osgiliath."), std::vector<Mood>{Mood::kHypothetical});
  EXPECT_EQ(moods("Gondor acted with a view to attacking Osgiliath."), std::vector<Mood>{Mood::kHypothetical});
  EXPECT_EQ(moods("Gondor is committed to attacking Osgiliath."), std::vector<Mood>{Mood::kHypothetical});
  // Nor what someone is known for.
  EXPECT_EQ(moods("Gondor is known for attacking Osgiliath."), std::vector<Mood>{Mood::kHypothetical});
  EXPECT_EQ(moods("Gondor is known for raiding farms and attacking Osgiliath."),
            std::vector<Mood>{Mood::kHypothetical});
  // "Neither Gondor nor Osgiliath attacked": no one did (both are the subject).
  EXPECT_EQ(moods("Neither Gondor nor Osgiliath attacked Russia."),
            (std::vector<Mood>{Mood::kNegated, Mood::kNegated}));
  // ... or of what something is about: "was about Beijing offering".
  EXPECT_EQ(moods("The talk was about Gondor attacking Osgiliath."), std::vector<Mood>{Mood::kHypothetical});
  // What one worries about has not happened.
  EXPECT_EQ(moods("They worry Gondor attacked Osgiliath."), std::vector<Mood>{Mood::kHypothetical});
  // What one is blamed for, or what an allegation's participle adds.
  EXPECT_EQ(moods("Arnor blamed Gondor for attacking Osgiliath."), std::vector<Mood>{Mood::kHypothetical});
  EXPECT_EQ(moods("Arnor alleged Gondor had burned farms by attacking Osgiliath."),
            std::vector<Mood>{Mood::kHypothetical});
  EXPECT_EQ(moods("Arnor alleged that Gondor burned farms, attacking Osgiliath."),
            std::vector<Mood>{Mood::kHypothetical});
  EXPECT_EQ(moods("Arnor said Gondor had burned farms by attacking Osgiliath."),
            std::vector<Mood>{Mood::kAsserted});
  // A participle after "as" describes; after "under" a law, a present tense
  // tells what the rule provides.
  EXPECT_EQ(moods("Osgiliath, reported as attacked by Gondor, fled."), std::vector<Mood>{Mood::kHypothetical});
  EXPECT_EQ(moods("Under the law, Russia condemns Ukraine."), std::vector<Mood>{Mood::kHypothetical});
  EXPECT_EQ(moods("Under the treaty, Gondor condemned Arnor."), std::vector<Mood>{Mood::kAsserted});
  // ("alleged fraud" takes no clause: the participle is the speaker's.)
  EXPECT_EQ(moods("Arnor alleged fraud, attacking Osgiliath."), std::vector<Mood>{Mood::kAsserted});
}

// A pattern's gap does not pass another finite verb of the dictionaries:
// "announced he had asked for Bolton's resignation" is no resignation
// announced.
TEST_F(TaggedCoderTest, APatternsGapStopsAtAnotherVerb) {
  EXPECT_EQ(Code("Arnor stated Gondor had condemned the aid.").count({"ARN", "GON", "033"}), 0u);
  EXPECT_EQ(Code("Arnor stated Gondor condemned the aid.").count({"ARN", "GON", "033"}), 0u);
  EXPECT_EQ(Code("Arnor stated new aid for Gondor.").count({"ARN", "GON", "033"}), 1u);
}

// What the text dates more than a year before the story is its background.
TEST_F(CoderTest, HistoryIsBackground) {
  EXPECT_EQ(Code("In 1998, Arnor attacked Gondor.", 20240101), T{});
  EXPECT_EQ(Code("Arnor attacked Gondor in 2022.", 20240101), T{});
  EXPECT_EQ(Code("Arnor attacked Gondor in 2023.", 20240101), (T{{"ARN", "GON", "190"}}));
  EXPECT_EQ(Code("In 1998, Arnor attacked Gondor.", 19980601), (T{{"ARN", "GON", "190"}}));
  EXPECT_EQ(Code("Since 1998, Arnor has attacked Gondor.", 20240101), (T{{"ARN", "GON", "190"}}));
  // Further after the verb, when no clause of its own comes between.
  EXPECT_EQ(Code("Arnor attacked Gondor over the long and bitter dispute about the river in 1998.", 20240101),
            T{});
  EXPECT_EQ(Code("Arnor attacked Gondor over the long and bitter dispute that began in 1998.", 20240101),
            (T{{"ARN", "GON", "190"}}));
  CoderOptions peers;
  peers.history_is_background = false;
  Build(nullptr, peers);
  EXPECT_EQ(Code("In 1998, Arnor attacked Gondor.", 20240101), (T{{"ARN", "GON", "190"}}));
}

// ", Gondor reported": a terminal attribution is no object.
TEST_F(TaggedCoderTest, ATerminalAttributionIsNoObject) {
  EXPECT_EQ(Code("Arnor praised the deal, Gondor reported.").count({"ARN", "GON", "051"}), 0u);
  EXPECT_EQ(Code("Arnor praised the deal, Gondor and Osgiliath.").count({"ARN", "GON", "051"}), 1u);
}

TEST_F(TaggedCoderTest, AnOrganisationSpeaksOfItselfAsThey) {
  Document d;
  d.id = "they";
  d.date = "2024-03-06";
  d.text = "Students marched in Gondor. MSF said they had met with Osgiliath.";
  std::vector<Event> events;
  coder_->CodeDocument(d, scratch_.get(), &events);
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].source, "NGO");
  EXPECT_EQ(events[0].target, "OSG");
}

TEST_F(TaggedCoderTest, AnInfinitiveAfterANounDescribesIt) {
  EXPECT_TRUE(Code("Gondor is a pleasant place to attack.").empty());
  EXPECT_EQ(Code("Arnor ordered the army to attack Gondor.").count({"ARN", "GON", "190"}), 1u);
}

TEST_F(TaggedCoderTest, AReducedPassiveHasItsOwnDoer) {
  EXPECT_EQ(Code("Arnor condemned a plan attacked by Gondor."), (T{{"ARN", "GON", "122"}}));
}

TEST_F(TaggedCoderTest, AVerbInAVerblessClauseIsTrustedOnlyWhenAsked) {
  // The tagger reads "attack" as a noun in this terse, ungrammatical line.
  const std::string_view line = "Arnor attack on Gondor almost five years after crowds left.";
  EXPECT_TRUE(Code(line).empty());
  CoderOptions co;
  co.verb_in_verbless_clause = true;
  Build(coder_->options().tagger, co);
  EXPECT_EQ(Code(line), (T{{"ARN", "GON", "190"}}));
  // Not where the clause has a verb of its own, nor without an actor before.
  EXPECT_TRUE(Code("Arnor condemned the attack on Gondor.").count({"ARN", "GON", "190"}) == 0);
  EXPECT_TRUE(Code("The attack on Gondor shocked Arnor.").empty());
}

TEST_F(TaggedCoderTest, AClauseBetweenCommasIsNoAside) {
  EXPECT_EQ(Code("From Arnor, Aragorn spoke, condemning Osgiliath."), (T{{"GONGOV", "OSG", "122"}}));
}

TEST_F(TaggedCoderTest, TaggedParticiplesMakePassives) {
  EXPECT_EQ(Code("Gondor was struck by Arnor."), (T{{"ARN", "GON", "190"}}));
  EXPECT_EQ(Code("Gondor was attacked by Arnor."), (T{{"ARN", "GON", "190"}}));
}

// "ASSAULTED {ASSAULTING}" leaves out "assault", "assaults" for their noun;
// where the tagger reads a verb after an actor or a modal they are the verb.
TEST_F(TaggedCoderTest, APresentTenseLeftOutForItsNounIsTheVerbToTheTagger) {
  EXPECT_EQ(Code("Arnor will assault Gondor."), (T{{"ARN", "GON", "190"}}));
  EXPECT_EQ(MoodOf("Arnor will assault Gondor."), Mood::kHypothetical);
  EXPECT_TRUE(Code("The assaults on Gondor by Arnor ended.").empty());
}

TEST_F(CoderTest, WithoutTheTaggerOnlyTheWrittenFormsAreVerbs) {
  EXPECT_TRUE(Code("Arnor will assault Gondor.").empty());
  EXPECT_EQ(Code("Arnor assaulted Gondor."), (T{{"ARN", "GON", "190"}}));
}

// A headline in capitals writes every word as a case-sensitive name would:
// where the tagger reads "IS" as the verb, it is no actor.
TEST_F(TaggedCoderTest, AHeadlinesVerbIsNoCaseSensitiveName) {
  EXPECT_TRUE(Code("ARNOR STATED COOPERATION IS WORKING.").empty());
  EXPECT_TRUE(Code("ARNOR STATED CAR SALES ROSE.").empty());
  EXPECT_EQ(Code("Arnor stated cooperation with IS is working."), (T{{"ARN", "MOR", "010"}}));
  EXPECT_EQ(Code("Mordor attacked Gondor."), (T{{"MOR", "GON", "190"}}));
  EXPECT_EQ(Code("IS soldiers attacked Gondor."), (T{{"MORMIL", "GON", "190"}}));
}

// "foreign banks", "Western diplomats": an agent of some other country than
// the one named before; it keeps its role and no country.
TEST_F(TaggedCoderTest, AForeignAgentTakesNoCountryFromBefore) {
  EXPECT_EQ(Code("Arnor condemned the officials."), (T{{"ARN", "ARNGOV", "122"}}));
  EXPECT_EQ(Code("Arnor condemned the foreign officials."), (T{{"ARN", "---GOV", "122"}}));
  EXPECT_EQ(Code("Arnor condemned the foreign trade officials."), (T{{"ARN", "ARNGOV", "122"}}));
  // "A Fiat spokesman", "Toyota officials": a firm's people, of no country.
  EXPECT_EQ(Code("Arnor condemned Toshiba officials."), (T{{"ARN", "---BUS", "122"}}));
  EXPECT_EQ(Code("Arnor condemned Ministry officials."), (T{{"ARN", "ARNGOV", "122"}}));
}

// "while Funaro is in Washington holding talks": the place after a verb of
// the clause is where the (unknown) subject is; "a man in Gondor attacked"
// still names the man's country.
TEST_F(TaggedCoderTest, APlaceAfterTheClausesVerbIsNoSubject) {
  EXPECT_TRUE(Code("They left while Frodo was in Gondor attacking Osgiliath.").empty());
  EXPECT_EQ(Code("A man in Gondor attacked Osgiliath."), (T{{"GON", "OSG", "190"}}));
}

// "told reporters Japan had rejected": the hearers are not a title of the
// state named next.
TEST_F(TaggedCoderTest, APluralNounIsNoTitleOfTheStateAfterIt) {
  EXPECT_EQ(Code("Frodo told reporters Arnor attacked Gondor.").count({"ARN", "GON", "190"}), 1u);
  EXPECT_EQ(Code("Frodo told reporters Arnor attacked Gondor.").count({"ARNMED", "GON", "190"}), 0u);
}

// "declared themselves against the tax with Spain's position unclear": a
// possessive in a phrase the verb does not govern is not acted on.
TEST_F(TaggedCoderTest, APossessiveInAnotherPhraseIsNoTarget) {
  EXPECT_TRUE(Code("Arnor praised the plan, with Gondor's position unclear.").empty());
  EXPECT_EQ(Code("Arnor praised Gondor's plan."), (T{{"ARN", "GON", "051"}}));
}

// "a home 70 miles south of Los Angeles": a bearing from a place.
TEST_F(TaggedCoderTest, ABearingFromAPlaceIsNoTarget) {
  EXPECT_TRUE(Code("Aragorn praised a town south of Osgiliath.").count({"GONGOV", "OSG", "051"}) == 0);
  EXPECT_EQ(Code("Aragorn praised the people of Osgiliath.").count({"GONGOV", "OSG", "051"}), 1u);
}

// "missions to the region hit by last Thursday's quake": the participle
// describes the noun; the clause's subjects did not strike each other.
TEST_F(TaggedCoderTest, AParticipleWithAnUnnamedDoerDescribesItsNoun) {
  EXPECT_TRUE(Code("Arnor and Gondor sent missions to the town struck by the storm.").empty());
}

// "Addressing a conference on Japanese investment, Tabuchi said": the
// opening participle's phrase holds no subject.
TEST_F(TaggedCoderTest, AnOpeningParticiplesPhraseHoldsNoSubject) {
  EXPECT_TRUE(Code("Addressing a meeting on Arnorian trade, Frodo Baggins, chairman of Shire Mills Co Ltd, condemned Gondor.").empty());
  EXPECT_EQ(Code("Speaking in Osgiliath, Arnor condemned Gondor."), (T{{"ARN", "GON", "122"}}));
}

// "the Saudis buy nothing from Brazil": nothing was done.
TEST_F(TaggedCoderTest, NothingDoneIsNegated) {
  EXPECT_EQ(MoodOf("Arnor promised no aid to Gondor."), Mood::kNegated);
  EXPECT_EQ(MoodOf("Arnor promised aid to Gondor."), Mood::kAsserted);
}

TEST_F(TaggedCoderTest, ClauseAnalysisAddsMood) {
  // The word walk stops at "sometimes"; the clause analysis sees "would".
  EXPECT_EQ(MoodOf("Arnor would sometimes attack Gondor."), Mood::kHypothetical);
  EXPECT_EQ(MoodOf("Arnor attacked Gondor."), Mood::kAsserted);
  EXPECT_EQ(MoodOf("Arnor did not attack Gondor."), Mood::kNegated);
  // An aspect verb before a gerund shares the gerund's verb group and its modal.
  EXPECT_EQ(MoodOf("Arnor would soon start attacking Gondor."), Mood::kHypothetical);
  EXPECT_EQ(MoodOf("Arnor began attacking Gondor."), Mood::kAsserted);
  // A quotation mark inside the verb group does not end it.
  EXPECT_EQ(MoodOf("Arnor would have \"attacked\" Gondor."), Mood::kHypothetical);
}

TEST_F(TaggedCoderTest, EventsNameTheirPlace) {
  auto place = [&](std::string_view s) {
    std::vector<CodedEvent> out;
    coder_->CodeSentence(s, 20240101, scratch_.get(), &out);
    EXPECT_FALSE(out.empty()) << s;
    return out.empty() ? std::string("?") : out[0].location;
  };
  EXPECT_EQ(place("Arnor attacked Gondor in the city of Minas Tirith on Monday."), "Minas Tirith");
  EXPECT_EQ(place("In northern Osgiliath, Arnor attacked Gondor."), "Osgiliath");
  EXPECT_EQ(place("Arnor met with Gondor in Paris, France."), "Paris, France");
  EXPECT_EQ(place("Arnor condemned Gondor in January."), "");
  EXPECT_EQ(place("Arnor condemned Gondor in a statement."), "");
  EXPECT_EQ(place("Arnor condemned Gondor in Paris, Putin said."), "Paris");
}

// A government's rallies are campaign events, not demonstrations.
TEST(CoderRules, AGovernmentsRallyIsNoDemonstration) {
  FirstCode code = FirstCodeFrom({{"t.actors.txt", "ARNOR_ [ARN]\nGONDOR_ [GON]\n", DictionaryKind::kActors},
                                  {"t.agents.txt", "PRESIDENT [~GOV]\nSTUDENT [~EDU]\n", DictionaryKind::kAgents},
                                  {"t.verbs.txt", "--- RALLY [141] ---\nRALLIED\n", DictionaryKind::kVerbs}});
  ASSERT_TRUE(code.ok());
  EXPECT_EQ(code("Arnorian students rallied against Gondor."), "141");
  EXPECT_EQ(code("The Arnorian president rallied against Gondor."), "");
}

TEST(CoderTabari, VerbStemsMatchLongerWords) {
  FirstCode code = FirstCodeFrom({{"t.actors", "ARNOR [ARN]\nGONDOR [GON]\n", DictionaryKind::kActors},
                                  {"t.verbs", "RESTOR [064]\nSIGN_ [081]\n", DictionaryKind::kVerbs}});
  ASSERT_TRUE(code.ok());
  EXPECT_EQ(code("Arnor restored ties with Gondor."), "064");
  EXPECT_EQ(code("Arnor restores ties with Gondor."), "064");
  EXPECT_EQ(code("Arnor signed a pact with Gondor."), "081");  // regular forms of SIGN_
  EXPECT_EQ(code("Arnor signaled Gondor."), "");              // but no longer words
}

TEST(CoderTabari, PatternStemsAndNestedSynonymSets) {
  Lexicon lex;
  LexiconOptions o;
  ASSERT_TRUE(LoadDictionaryText("t.actors", "ARNOR [ARN]\nGONDOR [GON]\n", DictionaryKind::kActors, o, &lex).ok());
  ASSERT_TRUE(LoadDictionaryText("t.verbs",
                                 "<SYNSETS>\n&KIND\n+ECONOMIC\n+CULTURAL\n&NOTE\n+&KIND_MEMOS\n"
                                 "+YUM YENNYEN\n&LOOP\n+&LOOP_X\n</SYNSETS>\n"
                                 "ADOPT_ [081]\n- * RESOLUTION_ [102]\n- * REVOLUTION [802]\n"
                                 "WELCOME_ [041]\n- * &NOTE FROM + [911]\n- * &NOTE [913]\n- * YUM [912]\n",
                                 DictionaryKind::kVerbs, o, &lex).ok());
  auto coder = EventCoder::Create(std::move(lex));
  ASSERT_TRUE(coder.ok());
  bool loop_reported = false;
  for (const LexiconIssue& i : (*coder)->lexicon().issues)
    loop_reported = loop_reported || i.message.find("&LOOP contains itself") != std::string::npos;
  EXPECT_TRUE(loop_reported);
  auto scratch = (*coder)->NewScratch();
  auto code = [&](std::string_view s) {
    std::vector<CodedEvent> out;
    (*coder)->CodeSentence(s, 0, scratch.get(), &out);
    return out.empty() ? std::string() : out[0].code;
  };
  EXPECT_EQ(code("Arnor adopted a resolution with Gondor."), "102");
  EXPECT_EQ(code("Arnor adopted resolutions with Gondor."), "081");  // RESOLUTION_ is exact
  EXPECT_EQ(code("Arnor adopted a revolutionary plan with Gondor."), "802");  // a stem
  EXPECT_EQ(code("Arnor welcomed cultural memos from Gondor."), "911");     // &KIND in &NOTE
  EXPECT_EQ(code("Arnor welcomed yum yennyener from Gondor."), "911");      // YENNYEN stem
  EXPECT_EQ(code("Arnor welcomed memos from Gondor."), "041");
}

// TABARI's <NOUN> and <ADJECTIVE> words make compound phrases: adjectives
// may stand in a compound actor, and a conjunction between listed nouns or
// adjectives does not end a clause; one that does starts a clause whose
// first actor is the source of its verb.
TEST(CoderTabari, NounAndAdjectiveListsMakeCompounds) {
  Lexicon lex;
  LexiconOptions o;
  ASSERT_TRUE(LoadDictionaryText("t.actors",
                                 "<NOUN>\nSHEEP\nGOATS\n</NOUN>\n<ADJECTIVE>\nEVIL\nAWFUL\n</ADJECTIVE>\n"
                                 "ARNOR [ARN]\nGONDOR [GON]\nROHAN [ROH]\n",
                                 DictionaryKind::kActors, o, &lex).ok());
  ASSERT_TRUE(LoadDictionaryText("t.verbs", "CONDEMN [122]\n", DictionaryKind::kVerbs, o, &lex).ok());
  CoderOptions co;
  co.tabari_actor_search = true;
  auto coder = EventCoder::Create(std::move(lex), co);
  ASSERT_TRUE(coder.ok());
  auto scratch = (*coder)->NewScratch();
  auto code = [&](std::string_view s) {
    std::vector<CodedEvent> out;
    (*coder)->CodeSentence(s, 0, scratch.get(), &out);
    std::set<std::string> r;
    for (const auto& e : out) r.insert(e.source + " " + e.target);
    std::string j;
    for (const auto& x : r) j += x + ";";
    return j;
  };
  EXPECT_EQ(code("Arnor and the evil awful Gondor condemned Rohan."), "ARN ROH;GON ROH;");
  EXPECT_EQ(code("Arnor's sheep and goats of Gondor condemned Rohan."), "ARN ROH;");
  EXPECT_EQ(code("Arnor's sheep and pigs of Gondor condemned Rohan."), "GON ROH;");
}

// The words of a TABARI alternative "{ LOUDLY INCLUDED | ... }" or synonym
// set joined by a blank need not be adjacent, as elsewhere in a pattern
// (not in PETRARCH-2 files); and a literal word of a pattern is more
// specific than a TABARI synonym set.
TEST(CoderTabari, AlternativesSkipWordsLikePatterns) {
  Lexicon lex;
  LexiconOptions o;
  ASSERT_TRUE(LoadDictionaryText("t.actors", "ARNOR [ARN]\nGONDOR [GON]\n", DictionaryKind::kActors, o, &lex).ok());
  ASSERT_TRUE(LoadDictionaryText("t.verbs",
                                 "<SYNSETS>\n&NOTE\n+YUM YENNYEN\n</SYNSETS>\n"
                                 "VOICE [020]\n- RECENTLY { LOUDLY INCLUDED | STRONGLY ASSERTED } ITS * [043]\n"
                                 "WELCOME_ [041]\n- * &NOTE FROM + [911]\n- * &NOTE [913]\n- * YUM [912]\n",
                                 DictionaryKind::kVerbs, o, &lex).ok());
  FirstCode code(std::move(lex));
  ASSERT_TRUE(code.ok());
  EXPECT_EQ(code("Arnor has recently loudly boldly included its voice for Gondor."), "043");
  EXPECT_EQ(code("Arnor has recently strongly asserted its voice for Gondor."), "043");
  EXPECT_EQ(code("Arnor welcomed yum big yennyen from Gondor."), "911");
  EXPECT_EQ(code("Arnor welcomed yum yennyen from Gondor."), "911");  // "FROM +": more words
  EXPECT_EQ(code("Arnor welcomed yum yennyen, said Gondor."), "912");  // the word before the set
  EXPECT_EQ(code("Arnor welcomed yum big yennyen, said Gondor."), "912");
  // PETRARCH-2 sets stay adjacent.
  Lexicon p;
  ASSERT_TRUE(LoadDictionaryText("p.actors.txt", "ARNOR [ARN]\nGONDOR [GON]\n", DictionaryKind::kActors, o, &p).ok());
  ASSERT_TRUE(LoadDictionaryText("p.verbs.txt", "&NOTE\n+YUM YENNYEN\n\n--- WELCOME [041] ---\nWELCOMED\n"
                                 "- * &NOTE FROM + [911]\n", DictionaryKind::kVerbs, o, &p).ok());
  FirstCode pcode(std::move(p));
  ASSERT_TRUE(pcode.ok());
  EXPECT_EQ(pcode("Arnor welcomed yum big yennyen from Gondor."), "041");
}

// TABARI adds each three-letter part of an agent unless the actor code
// has it on a three-letter boundary.
TEST(CoderTabari, AgentCodesAreAddedUnlessAligned) {
  EXPECT_EQ(code::TabariAgentCode("", "ARN", "GOV"), "ARNGOV");
  EXPECT_EQ(code::TabariAgentCode("", "USAGOV", "GOV"), "USAGOV");
  EXPECT_EQ(code::TabariAgentCode("", "HGWGOVMED", "GOVMED"), "HGWGOVMED");
  EXPECT_EQ(code::TabariAgentCode("", "GMWGOV", "WGO"), "GMWGOVWGO");
  EXPECT_EQ(code::TabariAgentCode("", "AREBKK", "REB"), "AREBKKREB");  // not aligned
  EXPECT_EQ(code::TabariAgentCode("NGM", "NGM", ""), "NGM");
  EXPECT_EQ(code::TabariAgentCode("NGM", "GONGMO", ""), "NGMGONGMO");
  EXPECT_EQ(code::TabariAgentCode("", "USAGOV", "ELI"), "USAGOVELI");
}

// TABARI checks an entry's own word before another entry's ending:
// "ATTACKED" (with its patterns) before ATTACK + ED.
TEST(CoderTabari, AnEntrysOwnWordBeatsAnotherEntrysEnding) {
  Lexicon lex;
  LexiconOptions o;
  ASSERT_TRUE(LoadDictionaryText("t.actors", "ARNOR [ARN]\nGONDOR [GON]\n", DictionaryKind::kActors, o, &lex).ok());
  ASSERT_TRUE(LoadDictionaryText("t.verbs", "ATTACK [223]\nATTACKED [223]\n- PLANES_* [225]\n",
                                 DictionaryKind::kVerbs, o, &lex).ok());
  CoderOptions co;
  co.tabari_actor_search = true;
  auto coder = EventCoder::Create(std::move(lex), co);
  ASSERT_TRUE(coder.ok());
  auto scratch = (*coder)->NewScratch();
  std::vector<CodedEvent> out;
  (*coder)->CodeSentence("Arnor's planes attacked Gondor on Monday night.", 0, scratch.get(), &out);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].code, "225");
}

// ", a refugee who feared Arnorian soldiers, said": the relative clause of
// an apposition is an aside; the apposition itself may name the subject.
TEST_F(TaggedCoderTest, TheRelativeClauseOfAnAppositionIsAnAside) {
  EXPECT_EQ(Code("Frodo, a refugee who feared Arnorian soldiers, condemned Gondor.").count({"ARNMIL", "GON", "122"}), 0u);
  EXPECT_EQ(Code("Frodo, an official of Arnor, condemned Gondor.").count({"ARNGOV", "GON", "122"}), 1u);
}

TEST_F(TaggedCoderTest, AsidesAndButClauses) {
  // The aside's actor is neither the subject nor a pattern's source.
  EXPECT_EQ(Code("Arnor, an old ally of Osgiliath, condemned Gondor."), (T{{"ARN", "GON", "122"}}));
  EXPECT_EQ(Code("Arnor, which had long courted Osgiliath, condemned Gondor."),
            (T{{"ARN", "GON", "122"}}));
  // "but" opens a clause with its own subject, or the one before.
  EXPECT_EQ(Code("Arnor condemned Gondor but Russia met with Ukraine."),
            (T{{"ARN", "GON", "122"}, {"RUS", "UKR", "040"}}));
  EXPECT_EQ(Code("Arnor met with Gondor but condemned Osgiliath."),
            (T{{"ARN", "GON", "040"}, {"ARN", "OSG", "122"}}));
}

// PETRARCH-2 pattern words match their regular plurals only; dyad-dict
// files also let them match -ED/-ING forms.
TEST(CoderPatterns, PatternWordInflections) {
  auto code = [](std::string_view header, std::string_view sentence) {
    Lexicon lex;
    LexiconOptions o;
    EXPECT_TRUE(LoadDictionaryText("t.actors.txt", "ARNOR_ [ARN]\nGONDOR_ [GON]\n", DictionaryKind::kActors, o, &lex).ok());
    std::string verbs = std::string(header) +
                        "--- JOIN [---] ---\nJOIN\n- * PARTY [050]\n- * MEET [040]\n"
                        "- * LEAVE + [0356]\n- * STOP + [0871]\n";
    EXPECT_TRUE(LoadDictionaryText("t.verbs.txt", verbs, DictionaryKind::kVerbs, o, &lex).ok());
    auto coder = EventCoder::Create(std::move(lex));
    auto scratch = (*coder)->NewScratch();
    std::vector<CodedEvent> out;
    (*coder)->CodeSentence(sentence, 0, scratch.get(), &out);
    return out.empty() ? std::string() : out[0].code;
  };
  EXPECT_EQ(code("", "Arnor joined the parties of Gondor."), "050");
  EXPECT_EQ(code("", "Arnor joined the meeting with Gondor."), "");
  EXPECT_EQ(code("# dyad-dict 1\n", "Arnor joined the meeting with Gondor."), "040");
  // -ING after a final E, and a doubled final consonant.
  EXPECT_EQ(code("# dyad-dict 1\n", "Arnor joined those leaving Gondor."), "0356");
  EXPECT_EQ(code("# dyad-dict 1\n", "Arnor joined in stopping Gondor."), "0871");
  EXPECT_EQ(code("# dyad-dict 1\n", "Arnor joined the stoppers of Gondor."), "");
}

TEST(CoderDates, DateToInt) {
  EXPECT_EQ(DateToInt("2024-03-01"), 20240301);
  EXPECT_EQ(DateToInt("19950101"), 19950101);
  EXPECT_EQ(DateToInt(""), 0);
  EXPECT_EQ(DateToInt("2024-3-1"), 0);
}

}  // namespace
}  // namespace dyad
