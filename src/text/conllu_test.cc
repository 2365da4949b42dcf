#include "dyad/conllu.h"

#include <gtest/gtest.h>

#include "dyad/eval.h"

namespace dyad {
namespace {

constexpr char kDoc[] =
    "# newdoc id = d1\n"
    "# sent_id = s1\n"
    "# text = We don't know.\n"
    "1\tWe\twe\tPRON\tPRP\t_\t3\tnsubj\t_\t_\n"
    "2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n"
    "2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t_\t_\n"
    "3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_\n"
    "4\tknow\tknow\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No\n"
    "4.1\tghost\t_\t_\t_\t_\t_\t_\t_\t_\n"
    "5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n"
    "\n"
    "# sent_id = s2\n"
    "1\tYes\tyes\tINTJ\tUH\t_\t0\troot\t_\tSpaceAfter=No\n"
    "2\t!\t!\tPUNCT\t.\t_\t1\tpunct\t_\t_\n";

TEST(Conllu, ParsesWordsTokensAndComments) {
  auto r = ParseConllu(kDoc, "t.conllu");
  ASSERT_TRUE(r.ok()) << r.status().message();
  ASSERT_EQ(r->size(), 2u);
  const ConlluSentence& s = (*r)[0];
  EXPECT_EQ(s.id, "s1");
  EXPECT_EQ(s.doc_id, "d1");
  EXPECT_TRUE(s.new_doc);
  EXPECT_EQ(s.text, "We don't know.");
  ASSERT_EQ(s.words.size(), 5u);  // the empty node 4.1 is skipped
  EXPECT_EQ(s.words[2].form, "n't");
  EXPECT_EQ(s.words[2].upos, "PART");
  EXPECT_EQ(s.words[3].head, 0);
  ASSERT_EQ(s.tokens.size(), 4u);
  EXPECT_EQ(s.tokens[1].form, "don't");
  EXPECT_EQ(s.tokens[1].first_word, 1);
  EXPECT_EQ(s.tokens[1].last_word, 2);
  EXPECT_FALSE(s.tokens[2].space_after);
  // The second sentence has no "# text": rebuilt from SpaceAfter.
  EXPECT_EQ((*r)[1].text, "Yes!");
  EXPECT_EQ((*r)[1].doc_id, "d1");
}

TEST(Conllu, ErrorsNameFileAndLine) {
  auto bad_fields = ParseConllu("# x\n1\tonly\tthree\n", "a.conllu");
  ASSERT_FALSE(bad_fields.ok());
  EXPECT_EQ(bad_fields.status().message().rfind("a.conllu:2:", 0), 0u)
      << bad_fields.status().message();
  auto bad_order = ParseConllu("2\tx\tx\tX\tX\t_\t0\troot\t_\t_\n", "b.conllu");
  ASSERT_FALSE(bad_order.ok());
  EXPECT_NE(bad_order.status().message().find("b.conllu:1:"), std::string::npos);
  auto bad_head = ParseConllu("1\tx\tx\tX\tX\t_\tq\troot\t_\t_\n", "c.conllu");
  EXPECT_FALSE(bad_head.ok());
  auto bad_range = ParseConllu("3-1\tx\t_\t_\t_\t_\t_\t_\t_\t_\n", "d.conllu");
  EXPECT_FALSE(bad_range.ok());
  auto only_comments = ParseConllu("# just a comment\n\n", "e.conllu");
  EXPECT_FALSE(only_comments.ok());
  auto empty = ParseConllu("", "f.conllu");
  ASSERT_TRUE(empty.ok());
  EXPECT_TRUE(empty->empty());
}

TEST(Conllu, MissingFileIsNotFound) {
  auto r = ReadConlluFile("/nonexistent/dir/x.conllu");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kNotFound);
}

TEST(SegmentationEval, CountsMatchingSpans) {
  auto r = ParseConllu(kDoc, "t.conllu");
  ASSERT_TRUE(r.ok());
  PrfScore tok = EvaluateTokenization(TextSplitter(), *r);
  EXPECT_EQ(tok.gold, 7u);
  EXPECT_EQ(tok.predicted, 7u);
  EXPECT_EQ(tok.correct, 7u);
  PrfScore sent = EvaluateSentenceSplitting(TextSplitter(), *r);
  EXPECT_EQ(sent.gold, 2u);
  EXPECT_EQ(sent.correct, 2u);
  EXPECT_DOUBLE_EQ(sent.f1(), 1.0);
}

}  // namespace
}  // namespace dyad
