#include "dyad/validation.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace dyad {
namespace {

constexpr char kXml[] = R"(<Validation>
<Environment>
  <Verbfile>v.txt</Verbfile>
  <Actorfile>a.txt</Actorfile>
  <Include>DEMO</Include>
</Environment>
<Sentences>
<!-- <Sentence date="20000101" id="COMMENTED" category="DEMO"><Text>x</Text>
<EventCoding sourcecode="A" targetcode="B" eventcode="010"></EventCoding></Sentence> -->
<Sentence date="19950101" id="DEMO-00" category="DEMO" sentence="true">
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"></EventCoding>
<EventCoding sourcecode="GON" targetcode="ARN" eventcode="064"></EventCoding>
<Text>
Arnor and Gondor restored
ties &amp; trade.
</Text>
<Parse>(ROOT (S ...))</Parse>
</Sentence>
<Sentence date="19950101" id="DEMO-01" category="DEMO">
<EventCoding noevents="True"></EventCoding>
<Text>Nothing here.</Text>
</Sentence>
<Sentence date="19950101" id="OTHER-01" category="OTHER">
<EventCoding sourcecode="X" targetcode="Y" eventcode="010"></EventCoding>
<Text>Not included.</Text>
</Sentence>
<Sentence date="19950101" id="SKIP-01" category="DEMO" evaluate="false">
<Text>Bypassed.</Text>
</Sentence>
</Sentences></Validation>)";

TEST(PetrarchRecords, ReadsEnvironmentAndRecords) {
  auto s = ParsePetrarchRecords(kXml, "/suite/dir/records.xml");
  ASSERT_TRUE(s.ok()) << s.status().message();
  ASSERT_EQ(s->dictionaries.size(), 2u);
  EXPECT_EQ(s->dictionaries[0].first, DictionaryKind::kVerbs);
  EXPECT_EQ(s->dictionaries[0].second, "/suite/dir/v.txt");
  ASSERT_EQ(s->cases.size(), 2u);
  const ValidationCase& c = s->cases[0];
  EXPECT_EQ(c.id, "DEMO-00");
  EXPECT_EQ(c.text, "Arnor and Gondor restored ties & trade.");
  EXPECT_EQ(c.date, 19950101);
  ASSERT_EQ(c.expected.size(), 2u);
  EXPECT_EQ(c.expected[1].source, "GON");
  EXPECT_EQ(c.line, 10u);
  EXPECT_TRUE(s->cases[1].expect_none);
}

TEST(PetrarchRecords, HostileInputs) {
  EXPECT_FALSE(ParsePetrarchRecords("", "e.xml").ok());
  EXPECT_FALSE(ParsePetrarchRecords("<Sentence id=\"x\"", "e.xml").ok());
  auto s = ParsePetrarchRecords("<Sentence id='a' category='C'><Text></Text></Sentence>"
                                "<Sentence id='b' category='C'><Text>t</Text>"
                                "<EventCoding sourcecode='A' targetcode='B' eventcode='01'>"
                                "</Sentence>",
                                "h.xml");
  ASSERT_TRUE(s.ok());
  EXPECT_EQ(s->cases.size(), 1u);
  ASSERT_EQ(s->warnings.size(), 1u);
  EXPECT_EQ(s->warnings[0].rfind("h.xml:1: record a has no <Text>", 0), 0u) << s->warnings[0];
}

TEST(TabariRecords, ReadsRecordsAndExpectedEvents) {
  std::filesystem::path dir = std::filesystem::temp_directory_path() / "dyad_tabari_test";
  std::filesystem::create_directories(dir);
  {
    std::ofstream(dir / "t.project") << "<actorsfile> t.actors\n<verbsfile> t.verbs\n<textfile> t.text\n";
    std::ofstream(dir / "t.text")
        << "header\n\n950101  DEMO-01\nArnor is about to restore full\nties with Gondor.\n"
           "/*\\n-----\n\\n{ ARN / GON / 064 } */\n\n"
           "950103  DEMO-04\nDagolath left.\n/* {DAG / GON / 032} 950103\n{ ~MIL / DAG / 033 } */\n"
           "950101  DEMO-05\nNothing.\n/* -{ARN / GON / 064 } {---} */\n"
           "950101  OPT-01\nx\n/* { OPTION: SET: X = Y } */\n";
  }
  auto s = ReadValidationSuite((dir / "t.project").string());
  ASSERT_TRUE(s.ok()) << s.status().message();
  EXPECT_EQ(s->dictionaries.size(), 2u);
  ASSERT_EQ(s->cases.size(), 3u);
  EXPECT_EQ(s->cases[0].text, "Arnor is about to restore full ties with Gondor.");
  EXPECT_EQ(s->cases[0].date, 19950101);
  ASSERT_EQ(s->cases[0].expected.size(), 1u);
  EXPECT_EQ(s->cases[0].expected[0].code, "064");
  ASSERT_EQ(s->cases[1].expected.size(), 2u);
  EXPECT_EQ(s->cases[1].expected[1].source, "---MIL");  // CONVERT AGENT's "~MIL"
  EXPECT_TRUE(s->cases[2].expected.empty());
  EXPECT_TRUE(s->cases[2].expect_none);
  std::filesystem::remove_all(dir);
}

TEST(Validation, ScoresAgainstACoder) {
  Lexicon lex;
  LexiconOptions o;
  ASSERT_TRUE(LoadDictionaryText("a.actors", "ARNOR_ [ARN]\nGONDOR_ [GON]\n", DictionaryKind::kActors, o, &lex).ok());
  ASSERT_TRUE(LoadDictionaryText("v.verbs", "--- RESTORE [064] ---\nRESTORE\n", DictionaryKind::kVerbs, o, &lex).ok());
  auto coder = EventCoder::Create(std::move(lex));
  ASSERT_TRUE(coder.ok());
  auto s = ParsePetrarchRecords(kXml, "r.xml");
  ASSERT_TRUE(s.ok());
  ValidationReport r = RunValidation(*s, **coder);
  EXPECT_EQ(r.total.cases, 2);
  EXPECT_EQ(r.total.passed, 2);
  EXPECT_EQ(r.total.found, 2);
  EXPECT_EQ(r.total.spurious, 0);
  std::string text = r.ToText();
  EXPECT_NE(text.find("2 passed, 0 failed\n"), std::string::npos) << text;
}

TEST(Validation, MultiCodeActorsStandForEachActor) {
  Lexicon lex;
  LexiconOptions o;
  ASSERT_TRUE(LoadDictionaryText("a.actors", "LORIEN_ [ELR/GAL]\nGONDOR_ [GON]\n", DictionaryKind::kActors, o, &lex).ok());
  ASSERT_TRUE(LoadDictionaryText("v.verbs", "--- RESTORE [064] ---\nRESTORE\n", DictionaryKind::kVerbs, o, &lex).ok());
  auto coder = EventCoder::Create(std::move(lex));
  ASSERT_TRUE(coder.ok());
  ValidationSuite suite;
  ValidationCase c;
  c.id = "MULTI-01";
  c.category = "MULTI";
  c.text = "Lorien restored ties with Gondor.";
  c.expected = {ExpectedEvent{"ELR/GAL", "GON", "064"}};
  suite.cases.push_back(c);
  ValidationReport r = RunValidation(suite, **coder);
  EXPECT_EQ(r.total.passed, 1);
  EXPECT_EQ(r.total.expected, 2);  // ELR -> GON and GAL -> GON
  EXPECT_EQ(r.total.spurious, 0);
}

TEST(Validation, CodeByClauseKeepsTheFirstVerbOfEachClause) {
  Lexicon lex;
  LexiconOptions o;
  ASSERT_TRUE(LoadDictionaryText("t.actors", "ARNOR [ARN]\nGONDOR [GON]\nLORIEN [ELR]\n", DictionaryKind::kActors, o, &lex).ok());
  ASSERT_TRUE(LoadDictionaryText("t.verbs", "CALLED_ON [094]\nLEAVE [012]\n", DictionaryKind::kVerbs, o, &lex).ok());
  auto coder = EventCoder::Create(std::move(lex), PeerCoderOptions(ValidationSuite{}));
  ASSERT_TRUE(coder.ok());
  ValidationSuite suite;
  for (CodeBy by : {CodeBy::kClause, CodeBy::kAll}) {
    ValidationCase c;
    c.id = by == CodeBy::kClause ? "BY-CLAUSE" : "ALL";
    c.category = "CODEBY";
    c.text = "Arnor called on Gondor to let it leave Lorien.";
    c.expected = {ExpectedEvent{"ARN", "GON", "094"}};
    c.code_by = by;
    suite.cases.push_back(c);
  }
  ValidationReport r = RunValidation(suite, **coder);
  ASSERT_EQ(r.results.size(), 2u);
  EXPECT_TRUE(r.results[0].passed());           // the leaving is not coded
  EXPECT_FALSE(r.results[1].spurious.empty());  // CODE ALL codes it too
}

}  // namespace
}  // namespace dyad
