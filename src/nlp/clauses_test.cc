#include "dyad/clauses.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace dyad {
namespace {

// "Russia/NNP attacked/VBD ..." with hand-written Penn tags (UPOS unused),
// so that these tests do not depend on the tagger model.
struct Sentence {
  std::vector<std::string> storage;
  std::vector<std::string_view> words;
  std::vector<PosTag> tags;
  Chunks chunks;
  ClauseAnalysis clauses;
};

void Analyze(std::string_view s, Sentence* out) {
  out->storage.clear();
  out->tags.clear();
  size_t i = 0;
  while (i < s.size()) {
    size_t j = s.find(' ', i);
    if (j == std::string_view::npos) j = s.size();
    const std::string_view item = s.substr(i, j - i);
    const size_t slash = item.rfind('/');
    out->storage.emplace_back(item.substr(0, slash));
    PosTag tag;
    EXPECT_TRUE(ParseXpos(item.substr(slash + 1), &tag.xpos)) << item;
    tag.upos = tag.xpos == Xpos::kVBD || tag.xpos == Xpos::kVB || tag.xpos == Xpos::kVBN ||
                       tag.xpos == Xpos::kVBG || tag.xpos == Xpos::kVBZ
                   ? Upos::kVerb
                   : Upos::kNoun;
    out->tags.push_back(tag);
    i = j + 1;
  }
  out->words.assign(out->storage.begin(), out->storage.end());
  ChunkSentence(out->words, out->tags, &out->chunks);
  AnalyzeClauses(out->words, out->tags, out->chunks, &out->clauses);
}

TEST(Clauses, SubjectVerbObjectAndPerTokenArrays) {
  Sentence s;
  Analyze("Russia/NNP attacked/VBD the/DT port/NN ./.", &s);
  ASSERT_EQ(s.clauses.clauses.size(), 1u);
  const Clause& c = s.clauses.clauses[0];
  EXPECT_EQ(s.clauses.lemma(0), "attack");
  EXPECT_EQ(s.clauses.lemma(c), "attack");
  EXPECT_EQ(c.verb, 1u);
  EXPECT_EQ(c.tense, Tense::kPast);
  ASSERT_TRUE(c.subject.present());
  EXPECT_EQ(c.subject.head, 0u);
  ASSERT_TRUE(c.object.present());
  EXPECT_EQ(c.object.head, 3u);
  EXPECT_EQ(c.object.begin, 2u);
  EXPECT_EQ(c.link, ClauseLink::kMain);
  EXPECT_EQ(c.parent, -1);
  EXPECT_EQ(s.clauses.role_of[0], ClauseRole::kSubject);
  EXPECT_EQ(s.clauses.role_of[1], ClauseRole::kVerb);
  EXPECT_EQ(s.clauses.role_of[2], ClauseRole::kObject);
  EXPECT_EQ(s.clauses.role_of[4], ClauseRole::kNone);
  for (int16_t k : s.clauses.clause_of) EXPECT_EQ(k, 0);
}

TEST(Clauses, PassiveWithAgentAndNegation) {
  Sentence s;
  Analyze("The/DT convoy/NN was/VBD not/RB attacked/VBN by/IN rebels/NNS", &s);
  ASSERT_EQ(s.clauses.clauses.size(), 1u);
  const Clause& c = s.clauses.clauses[0];
  EXPECT_TRUE(c.passive);
  EXPECT_TRUE(c.negated);
  EXPECT_EQ(c.negation_cue, 3);
  ASSERT_TRUE(c.agent.present());
  EXPECT_EQ(c.agent.head, 6u);
  EXPECT_EQ(s.clauses.role_of[6], ClauseRole::kAgent);
  EXPECT_EQ(s.clauses.role_of[3], ClauseRole::kNegation);
}

TEST(Clauses, CueVerbsQualifyTheVerbAfterThem) {
  Sentence s;
  Analyze("Iran/NNP has/VBZ refused/VBN to/TO release/VB the/DT ship/NN", &s);
  ASSERT_EQ(s.clauses.clauses.size(), 1u);
  EXPECT_EQ(s.clauses.lemma(0), "release");
  EXPECT_TRUE(s.clauses.clauses[0].negated);
  EXPECT_EQ(s.clauses.clauses[0].negation_cue, 2);
  Analyze("Iran/NNP threatened/VBD to/TO close/VB the/DT strait/NN", &s);
  ASSERT_EQ(s.clauses.clauses.size(), 1u);
  EXPECT_EQ(s.clauses.clauses[0].modality, Modality::kThreatened);
  EXPECT_EQ(s.clauses.role_of[1], ClauseRole::kModal);
  // A verb that is no cue keeps its own clause: "forced | to withdraw".
  Analyze("Troops/NNS were/VBD forced/VBN to/TO withdraw/VB", &s);
  ASSERT_EQ(s.clauses.clauses.size(), 2u);
  EXPECT_TRUE(s.clauses.clauses[0].passive);
  EXPECT_EQ(s.clauses.clauses[1].link, ClauseLink::kInfinitive);
  EXPECT_EQ(s.clauses.clauses[1].parent, 0);
  EXPECT_TRUE(s.clauses.clauses[1].subject_inherited);
  EXPECT_EQ(s.clauses.clauses[1].subject.head, 0u);
}

TEST(Clauses, SpeechComplementsBothWays) {
  Sentence s;
  Analyze("Officials/NNS said/VBD that/IN rebels/NNS fired/VBD", &s);
  ASSERT_EQ(s.clauses.clauses.size(), 2u);
  EXPECT_TRUE(s.clauses.clauses[0].speech);
  EXPECT_EQ(s.clauses.clauses[1].link, ClauseLink::kComplement);
  EXPECT_EQ(s.clauses.clauses[1].parent, 0);
  EXPECT_EQ(s.clauses.clauses[1].marker, 2);
  EXPECT_EQ(s.clauses.role_of[2], ClauseRole::kMarker);
  Analyze("Rebels/NNS fired/VBD ,/, officials/NNS said/VBD ./.", &s);
  ASSERT_EQ(s.clauses.clauses.size(), 2u);
  EXPECT_EQ(s.clauses.clauses[0].link, ClauseLink::kComplement);
  EXPECT_EQ(s.clauses.clauses[0].parent, 1);
  EXPECT_EQ(s.clauses.clauses[1].subject.head, 3u);
  EXPECT_EQ(s.clauses.clause_of[3], 1);
}

TEST(Clauses, EmptyMismatchedAndReused) {
  Sentence s;
  Analyze("Russia/NNP attacked/VBD", &s);
  ClauseAnalysis& a = s.clauses;
  AnalyzeClauses({}, {}, s.chunks, &a);
  EXPECT_TRUE(a.clauses.empty());
  EXPECT_TRUE(a.clause_of.empty());
  // Chunks of another (shorter) sentence: only the common prefix is read.
  Chunks none;
  AnalyzeClauses(s.words, s.tags, none, &a);
  EXPECT_TRUE(a.clauses.empty());
  EXPECT_TRUE(a.lemmas.empty());
  Analyze("no/DT verbs/NNS here/RB", &s);
  EXPECT_TRUE(s.clauses.clauses.empty());
  EXPECT_EQ(s.clauses.clause_of.size(), 3u);
}

TEST(Clauses, Names) {
  EXPECT_EQ(TenseName(Tense::kFuture), "future");
  EXPECT_EQ(ModalityName(Modality::kConsidered), "considered");
  EXPECT_EQ(ModalityName(static_cast<Modality>(200)), "none");
  EXPECT_EQ(ClauseLinkName(ClauseLink::kComplement), "complement");
  EXPECT_EQ(ClauseRoleName(ClauseRole::kSubject), "subj");
}

}  // namespace
}  // namespace dyad
