// RepairTags on hand-tagged sentences: each repair where it belongs, and
// the look-alikes it must leave alone.
#include "code/tag_repair.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace dyad::code {
namespace {

// "Arnor/NNP met/VBD ..." -> tokens with those tags; returns the XPOS names
// after RepairTags.
std::string Repaired(const std::string& tagged) {
  SentenceTokens t;
  size_t i = 0;
  while (i < tagged.size()) {
    size_t j = tagged.find(' ', i);
    if (j == std::string::npos) j = tagged.size();
    const std::string tok = tagged.substr(i, j - i);
    const size_t slash = tok.rfind('/');
    const std::string word = tok.substr(0, slash);
    PosTag tag;
    EXPECT_TRUE(ParseXpos(tok.substr(slash + 1), &tag.xpos)) << tok;
    t.upper.push_back(UpperForm(word));
    t.ids.push_back(0);
    t.capitalized.push_back(!word.empty() && word[0] >= 'A' && word[0] <= 'Z');
    t.all_caps.push_back(word.size() > 1 && UpperForm(word) == word);
    t.tags.push_back(tag);
    i = j + 1;
  }
  RepairTags(&t);
  std::string out;
  for (const PosTag& p : t.tags) {
    if (!out.empty()) out += ' ';
    out += XposName(p.xpos);
  }
  return out;
}

TEST(RepairTags, PastTenseAfterANoun) {
  EXPECT_EQ(Repaired("the/DT Russian/JJ statement/NN condemned/VBN Osgiliath/NNP ./."),
            "DT JJ NN VBD NNP .");
  EXPECT_EQ(Repaired("Arnor/NNP met/VBD Gondor/NNP ,/, and/CC the/DT statement/NN "
                     "condemned/VBN the/DT attack/NN"),
            "NNP VBD NNP , CC DT NN VBD DT NN");
  // An auxiliary or another verb in the clause, a name or a date after a
  // naming or dating participle, an irregular participle: left alone.
  EXPECT_EQ(Repaired("Gondor/NNP was/VBD sharply/RB condemned/VBN Tuesday/NNP"), "NNP VBD RB VBN NNP");
  EXPECT_EQ(Repaired("students/NNS wearing/VBG masks/NNS condemned/VBN Gondor/NNP"),
            "NNS VBG NNS VBN NNP");
  EXPECT_EQ(Repaired("a/DT group/NN called/VBN Hamas/NNP"), "DT NN VBN NNP");
  EXPECT_EQ(Repaired("the/DT law/NN passed/VBN Thursday/NNP"), "DT NN VBN NNP");
  EXPECT_EQ(Repaired("the/DT weight/NN given/VBN it/PRP"), "DT NN VBN PRP");
  EXPECT_EQ(Repaired("troops/NNS deployed/VBN there/RB"), "NNS VBN RB");
}

TEST(RepairTags, GerundAfterAnOpener) {
  EXPECT_EQ(Repaired("including/VBG meeting/NN Osgiliath/NNP"), "VBG VBG NNP");
  EXPECT_EQ(Repaired("by/IN building/NN the/DT wall/NN"), "IN VBG DT NN");
  EXPECT_EQ(Repaired("including/VBG training/NN programs/NNS"), "VBG NN NNS");
  EXPECT_EQ(Repaired("the/DT meeting/NN Osgiliath/NNP called/VBD"), "DT NN NNP VBD");
}

TEST(RepairTags, ParticipleAfterHave) {
  EXPECT_EQ(Repaired("forces/NNS had/VBD \"/`` unintentionally/RB \"/'' shot/NN down/IN the/DT "
                     "airliner/NN"),
            "NNS VBD `` RB '' VBN IN DT NN");
  EXPECT_EQ(Repaired("Arnor/NNP has/VBZ repeatedly/RB shelled/VBD the/DT town/NN"),
            "NNP VBZ RB VBN DT NN");
  EXPECT_EQ(Repaired("they/PRP 've/VBP struck/NN Gondor/NNP"), "PRP VBP VBN NNP");
  // A determiner between, a noun that is no verb form, "have" that is no
  // verb, an adjective, too many words between: left alone.
  EXPECT_EQ(Repaired("he/PRP had/VBD a/DT shot/NN"), "PRP VBD DT NN");
  EXPECT_EQ(Repaired("they/PRP had/VBD talks/NNS"), "PRP VBD NNS");
  EXPECT_EQ(Repaired("they/PRP had/VBD power/NN"), "PRP VBD NN");
  EXPECT_EQ(Repaired("the/DT have/NN nots/NN shot/NN"), "DT NN NN NN");
  EXPECT_EQ(Repaired("it/PRP had/VBD \"/`` limited/JJ \"/'' success/NN"), "PRP VBD `` JJ '' NN");
  EXPECT_EQ(Repaired("had/VBD not/RB really/RB ever/RB quite/RB shot/NN"),
            "VBD RB RB RB RB NN");
}

TEST(RepairTags, TheAccusedIsANoun) {
  EXPECT_EQ(Repaired("police/NNS arrested/VBD the/DT accused/VBN on/IN Friday/NNP"),
            "NNS VBD DT NN IN NNP");
  EXPECT_EQ(Repaired("the/DT accused/VBD remain/VBP in/IN custody/NN"), "DT NN VBP IN NN");
  EXPECT_EQ(Repaired("the/DT accused/VBN ./."), "DT NN .");
  // A modifier of a noun, a possessive, no "the": left alone.
  EXPECT_EQ(Repaired("the/DT accused/VBN man/NN"), "DT VBN NN");
  EXPECT_EQ(Repaired("the/DT accused/VBN 's/POS lawyer/NN"), "DT VBN POS NN");
  EXPECT_EQ(Repaired("Iran/NNP accused/VBD the/DT US/NNP"), "NNP VBD DT NNP");
  EXPECT_EQ(Repaired("he/PRP was/VBD accused/VBN of/IN fraud/NN"), "PRP VBD VBN IN NN");
}

TEST(RepairTags, FirmNames) {
  EXPECT_EQ(Repaired("Meridian/JJ Trading/GW Co/AFX condemned/VBD Osgiliath/NNP"),
            "NNP NNP NNP VBD NNP");
  EXPECT_EQ(Repaired("The/DT Boeing/NNP Co/NN said/VBD"), "DT NNP NNP VBD");
  // Not past a preposition, nor in a headline in capitals.
  EXPECT_EQ(Repaired("shares/NNS of/IN Acme/NNP Corp/NN"), "NNS IN NNP NNP");
  EXPECT_EQ(Repaired("SHARES/NNS SAYS/VBZ ACME/NNP CO/NN"), "NNS VBZ NNP NN");
  EXPECT_EQ(Repaired("co/NN"), "NN");
}

TEST(RepairTags, NothingWithoutTags) {
  SentenceTokens t;
  t.upper = {"ARNOR", "CONDEMNED"};
  t.ids = {0, 0};
  t.capitalized = {1, 0};
  t.all_caps = {0, 0};
  RepairTags(&t);
  EXPECT_TRUE(t.tags.empty());
}

}  // namespace
}  // namespace dyad::code
