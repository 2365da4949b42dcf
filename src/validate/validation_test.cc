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
<Sentence date="19950101" id="DEMO-02" category="DEMO">
<EventCoding error="bad_input_parse"></EventCoding>
<Text>Arnor restored ties with Gondor.</Text>
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
  // A record about a malformed parse tree is skipped: dyad reads no parse.
  ASSERT_EQ(s->skipped.size(), 1u);
  EXPECT_EQ(s->skipped[0].id, "DEMO-02");
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

TEST(TabariRecords, OptionRecordsFinalAndOpenEndedRecords) {
  TabariOptions project;
  ASSERT_TRUE(project.Apply("COMPLEX: VERBS[5] CONJ[4] NOACTPRIOR EXPLAIN", "p:1").ok());
  constexpr char kText[] =
      "950101  A-01\nArnor restored ties with Gondor today, officials said.\n/* {ARN/GON/064} */\n"
      "950101  OPT-1\nx\n/* { OPTION: DEFAULT: SOURCE [DEFSRC] PRIOR TARGET [DEFTAR] AFTER }\n"
      "{ OPTION: SET: MINIMUM WORDS = 4 */\n"
      "950101  A-02\nArnor and Gondor met.\n/* -{ ARN / GON / 031 } { GON / ARN / 031 } */\n"
      "950101  OPT-2\nx\n/* { OPTION: FORWARD: ^^***NNN*SS } {OPTION: SET: CODE ALL} */\n"
      "950101  F-001-01\nArnor said.\n/* {---} */\n"
      "950101  F-001-02\nIt said.\n/* {---} */\n"
      "950101  F-002-04\nIt said.\n/* {---} */\n"
      "990101  FINAL-01\nThe end.\n"
      "950101  LATE-01\nNot run.\n/* { ARN / GON / 064 } */\n"
      "950101  OPT-3\nx\n/* { OPTION: COMPLEX: VERBS[x] } */\n";
  auto s = ParseTabariRecords(kText, "v.text", project);
  ASSERT_TRUE(s.ok()) << s.status().message();
  ASSERT_EQ(s->cases.size(), 5u);
  const ValidationCase& a = s->cases[0];
  ASSERT_TRUE(a.tabari);
  EXPECT_EQ(a.tabari->complex_verbs, 5);
  EXPECT_TRUE(a.tabari->complex_noactprior);
  EXPECT_TRUE(a.tabari->default_source.empty());
  EXPECT_EQ(a.tabari->minimum_words, 8);
  const ValidationCase& b = s->cases[1];
  EXPECT_EQ(b.tabari->default_source, "DEFSRC");
  EXPECT_EQ(b.tabari->default_target, "DEFTAR");
  EXPECT_TRUE(b.tabari->default_prior && b.tabari->default_after);
  EXPECT_EQ(b.tabari->minimum_words, 4);  // an OPTION without its '}'
  EXPECT_TRUE(b.open_ended);
  EXPECT_FALSE(b.expect_none);
  ASSERT_EQ(b.expected.size(), 1u);  // the "-{...}" event is not required
  EXPECT_EQ(s->cases[2].code_by, CodeBy::kAll);
  EXPECT_FALSE(s->cases[2].continues_story);
  EXPECT_TRUE(s->cases[3].continues_story);   // F-001-02 after F-001-01
  EXPECT_FALSE(s->cases[4].continues_story);  // another story
  ASSERT_EQ(s->skipped.size(), 1u);
  EXPECT_EQ(s->skipped[0].id, "LATE-01");
  EXPECT_NE(s->skipped[0].reason.find("FINAL-01"), std::string::npos);
  EXPECT_TRUE(s->warnings.empty());  // options after FINAL-01 are not read
}

TEST(TabariRecords, HostileOptions) {
  TabariOptions o;
  for (const char* bad : {"COMPLEX: VERBS[", "COMPLEX: VERBS[x]", "COMPLEX: VERBS[99999]",
                          "COMPLEX: WHATEVER", "COMPLEX: FOO[3]", "DEFAULT: SOURCE [",
                          "DEFAULT: [X]", "DEFAULT: SOURCE []", "DEFAULT:", "DEFAULT: SOURCE X",
                          "SET: MINIMUM WORDS", "SET: MINIMUM WORDS = -1", "FORWARD: ***NNN",
                          "FORWARD: abc", "no colon", ""}) {
    Status st = o.Apply(bad, "o.options:7");
    EXPECT_FALSE(st.ok()) << bad;
    EXPECT_EQ(st.message().rfind("o.options:7: ", 0), 0u) << st.message();
  }
  for (const char* fine : {"LABEL: 010=YIELD", "OUTPUT: ACTOR MATCH ID", "SET: LABEL = TRUE",
                           "COMMA: OFF", "COMPLEX: OFF", "DEFAULT: OFF", "FORWARD: ^^NNN*SSS OFF",
                           "comp: verbs[2]", "DEFA: TARGET: [WLD]"})
    EXPECT_TRUE(o.Apply(fine, "o.options:1").ok()) << fine;
  EXPECT_EQ(o.complex_verbs, 2);
  EXPECT_EQ(o.default_target, "WLD");
  // Records: braces, comments and heads cut anywhere.
  for (const char* text : {"950101  X\n/*", "950101  X\nt\n/* {", "950101  X\nt /* { OPTION: */",
                           "950101  X\nt /* { OPTION: COMPLEX: VERBS[ } */\n950101  Y\nu /* {A/B/01} */",
                           "950101  X\nt /* -{ */", "950101  \n", "1234567"}) {
    auto s = ParseTabariRecords(text, "h.text");
    if (!s.ok()) {
      EXPECT_EQ(s.status().message().rfind("h.text", 0), 0u);
      continue;
    }
    for (const std::string& w : s->warnings) EXPECT_EQ(w.rfind("h.text:", 0), 0u) << w;
  }
}

TEST(TabariRecords, DatesOfMoreThanSixDigitsStartRecords) {
  const char* text =
      "950101  A-01\nArnor restored ties with Gondor.\n/* { ARN / GON / 064 } */\n\n"
      "9501201  B-01\nGondor restored ties with Arnor.\n/* { GON / ARN / 064 } */\n\n"
      "950101  SET\nSwitch.\n/* { OPTION: SET: YYYY = TRUE } */\n\n"
      "20150607 C-01\nArnor restored ties with Gondor.\n/* { ARN / GON / 064 } */\n";
  auto s = ParseTabariRecords(text, "d.text");
  ASSERT_TRUE(s.ok()) << s.status().message();
  ASSERT_EQ(s->cases.size(), 3u);
  EXPECT_EQ(s->cases[1].id, "B-01");
  EXPECT_EQ(s->cases[1].date, 19950120);  // YYMMDD: the seventh digit is ignored
  ASSERT_EQ(s->cases[1].expected.size(), 1u);
  EXPECT_EQ(s->cases[1].expected[0].source, "GON");
  EXPECT_EQ(s->cases[2].id, "C-01");
  EXPECT_EQ(s->cases[2].date, 20150607);
  TabariOptions o;
  EXPECT_FALSE(o.Apply("SET: YYYY = MAYBE", "t:1").ok());
  // A comment left open ends with its record at a blank line.
  auto open = ParseTabariRecords("950101  A-01\nArnor restored ties with Gondor.\n/* { ARN / GON / 064 } /*\n\n"
                                 "950101  B-01\nGondor restored ties with Arnor.\n/* { GON / ARN / 064 } */\n",
                                 "o.text");
  ASSERT_TRUE(open.ok()) << open.status().message();
  ASSERT_EQ(open->cases.size(), 2u);
  EXPECT_EQ(open->cases[0].expected.size(), 1u);
  EXPECT_EQ(open->cases[1].id, "B-01");
  // Coding lines after the comment closed still list events, not text;
  // other text after it is text (TABARI codes around "/* ... */").
  auto after = ParseTabariRecords("950101  A-01\nArnor restored ties with Gondor.\n/* { ARN / GON / 064 } */\n"
                                  "\\n{ GON / ARN / 064 } */\n\n"
                                  "950101  B-01\nGondor restored /* aside */\nties with Arnor.\n/* { GON / ARN / 064 } */\n",
                                  "a.text");
  ASSERT_TRUE(after.ok()) << after.status().message();
  ASSERT_EQ(after->cases.size(), 2u);
  EXPECT_EQ(after->cases[0].text, "Arnor restored ties with Gondor.");
  EXPECT_EQ(after->cases[0].expected.size(), 2u);
  EXPECT_EQ(after->cases[1].text, "Gondor restored ties with Arnor.");
  // Hostile heads: no crash, and no record without text.
  for (const char* t : {"1234567890123 X\nt /* {A/B/01} */", "12345678\t\n", "123456 ", "0000000 X\n/* { */"}) {
    auto r = ParseTabariRecords(t, "h.text");
    if (!r.ok()) continue;
    for (const ValidationCase& c : r->cases) {
      EXPECT_FALSE(c.text.empty());
    }
  }
}

TEST(TabariRecords, CommaPhrasesAreDroppedAsTheOptionsSay) {
  TabariOptions o;  // MIN 2 MAX 10, EMIN 2 EMAX 10, BMIN 128 BMAX 0
  const char* kLong = " late on Sunday to be allowed to leave Lorien by boat.";  // 13 words
  EXPECT_EQ(o.DropCommaPhrases(std::string("Gollum accompanying Radagast, the Brown wizard of reknown, called on Gondor") + kLong),
            std::string("Gollum accompanying Radagast called on Gondor") + kLong);
  EXPECT_EQ(o.DropCommaPhrases("Arnor restored ties with Gondor, a senior official said."),
            "Arnor restored ties with Gondor.");
  // Two words are a list item; a number's comma delimits nothing; nor does
  // a phrase followed by ", and".
  EXPECT_EQ(o.DropCommaPhrases("Arnor met 10,000 people, officials said."),
            "Arnor met 10,000 people.");  // the closing stop counts as a word
  EXPECT_EQ(o.DropCommaPhrases(std::string("Evil Mordor, the awful Fornost, and good Gondor welcomed it") + kLong),
            std::string("Evil Mordor, the awful Fornost, and good Gondor welcomed it") + kLong);
  // Without a closing full stop the text has no end phrase to drop.
  EXPECT_EQ(o.DropCommaPhrases("Arnor restored ties with Gondor, a senior official said"),
            "Arnor restored ties with Gondor, a senior official said");
  EXPECT_EQ(o.DropCommaPhrases("Arnor restored ties, rumoured to be old, with Gondor, a senior official said"),
            "Arnor restored ties with Gondor, a senior official said");
  ASSERT_TRUE(o.Apply("COMMA: MIN = 4 MAX = 6 EMIN=3 EMAX=6 BMIN=3 BMAX=8", "t:1").ok());
  EXPECT_EQ(o.DropCommaPhrases("Arnor is about to restore complete, full ties with Gondor after all these years."),
            "full ties with Gondor after all these years.");
  ASSERT_TRUE(o.Apply("COMMA: OFF", "t:2").ok());
  EXPECT_EQ(o.DropCommaPhrases("A b c, d e f g, h."), "A b c, d e f g, h.");
  for (const char* bad : {"COMMA: MIN", "COMMA: MIN = x", "COMMA: WIDTH = 3", "COMMA: MIN = 3 MAX"})
    EXPECT_FALSE(o.Apply(bad, "t:3").ok()) << bad;
  for (const char* text : {"", ",", ",,,", " , . ", "a,", ",a", "1,2", "'s,'", "."})
    o.DropCommaPhrases(text);  // hostile: no crash
  TabariOptions d;
  for (const char* text : {"", ",", ",,,", " , . ", "a b c d,", ",a b c d e", "1,2", "'s,'s 's 's,", "."})
    d.DropCommaPhrases(text);
  EXPECT_FALSE(d.convert_agents);
  ASSERT_TRUE(d.Apply("SET: CONVERT AGENTS = TRUE", "t:4").ok());
  EXPECT_TRUE(d.convert_agents);
  EXPECT_FALSE(d.Apply("SET: CONVERT AGENT = MAYBE", "t:5").ok());
}

TEST(Validation, TabariOptionsDecideWhatIsCoded) {
  Lexicon lex;
  LexiconOptions o;
  ASSERT_TRUE(LoadDictionaryText("a.actors", "ARNOR_ [ARN]\nGONDOR_ [GON]\nISILDUR_ [+++]\nDOL_AMROTH_ [DOL]\n",
                                 DictionaryKind::kActors, o, &lex).ok());
  ASSERT_TRUE(LoadDictionaryText("v.verbs", "RESTORE [064]\nBROKE_ [1717]\nACCORD [---]\n- * WITH_ROHAN [111]\n",
                                 DictionaryKind::kVerbs, o, &lex).ok());
  ValidationSuite suite;
  suite.format = "tabari";
  auto coder = EventCoder::Create(std::move(lex), PeerCoderOptions(suite));
  ASSERT_TRUE(coder.ok());
  auto plain = std::make_shared<TabariOptions>();
  ASSERT_TRUE(plain->Apply("COMPLEX: NOACTPRIOR", "t").ok());
  auto defaults = std::make_shared<TabariOptions>();
  ASSERT_TRUE(defaults->Apply("DEFAULT: SOURCE [DEFSRC] PRIOR TARGET [DEFTAR] AFTER", "t").ok());
  auto add = [&](const char* id, const char* text, std::shared_ptr<TabariOptions> opts,
                 std::vector<ExpectedEvent> expected) {
    ValidationCase c;
    c.id = id;
    c.category = "T";
    c.text = text;
    c.tabari = opts;
    c.expected = std::move(expected);
    c.expect_none = c.expected.empty();
    suite.cases.push_back(c);
  };
  add("PLAIN", "Arnor is about to restore its ties with Gondor this week.", plain, {{"ARN", "GON", "064"}});
  add("NOTARGET", "Arnor is about to restore its old ties this coming week.", plain, {});
  add("NOACTPRIOR", "They say that we restore ties with Gondor this coming week.", plain, {});
  add("COMPLEX", "Arnor is about to restore its ties with Isildur this week.", plain, {});
  add("SHORT", "Arnor restored Gondor.", plain, {});
  add("DEFAULT", "Arnor is about to restore its old ties this coming week.", defaults, {{"ARN", "DEFTAR", "064"}});
  add("UNDERSCORE", "Arnor is about to restore its ties with Dol_Amroth this week.", plain, {{"ARN", "DOL", "064"}});
  // A null-coded verb (coding only through its patterns) is no first verb
  // for NOACTPRIOR.
  add("NULLVERB", "On accord Arnor is about to restore its ties with Gondor this week.", plain,
      {{"ARN", "GON", "064"}});
  ValidationReport r = RunValidation(suite, **coder);
  ASSERT_EQ(r.results.size(), 8u);
  for (const CaseResult& c : r.results) EXPECT_TRUE(c.passed()) << c.c->id << "\n" << r.ToText();
  EXPECT_NE(r.results[2].not_coded.find("NOACTPRIOR"), std::string::npos);
  EXPECT_NE(r.results[3].not_coded.find("+++"), std::string::npos);
  EXPECT_NE(r.results[4].not_coded.find("MINIMUM WORDS"), std::string::npos);
  EXPECT_NE(r.ToText().find("records not coded"), std::string::npos);
}

// DEFAULT's PRIOR and AFTER (manual 8.5): the default source whenever no
// actor is before the verb, the default target whenever none is after it;
// without PRIOR an actor after the verb is the source.
TEST(Validation, TabariDefaultPriorAndAfter) {
  Lexicon lex;
  LexiconOptions o;
  ASSERT_TRUE(LoadDictionaryText("a.actors", "ARNOR_ [ARN]\nGONDOR_ [GON]\nBREE_ [BRE]\n",
                                 DictionaryKind::kActors, o, &lex).ok());
  ASSERT_TRUE(LoadDictionaryText("v.verbs", "RESTORE [064]\n", DictionaryKind::kVerbs, o, &lex).ok());
  ValidationSuite suite;
  suite.format = "tabari";
  auto coder = EventCoder::Create(std::move(lex), PeerCoderOptions(suite));
  ASSERT_TRUE(coder.ok());
  auto both = std::make_shared<TabariOptions>();
  ASSERT_TRUE(both->Apply("DEFAULT: SOURCE [DEFSRC] PRIOR TARGET [DEFTAR] AFTER", "t").ok());
  auto after = std::make_shared<TabariOptions>();
  ASSERT_TRUE(after->Apply("DEFAULT: SOURCE [DEFSRC] TARGET [DEFTAR] AFTER", "t").ok());
  auto add = [&](const char* id, const char* text, std::shared_ptr<TabariOptions> opts,
                 std::vector<ExpectedEvent> expected) {
    ValidationCase c;
    c.id = id;
    c.category = "T";
    c.text = text;
    c.tabari = opts;
    c.expected = std::move(expected);
    suite.cases.push_back(c);
  };
  const char* nobody = "Fxrnost is about to restore full ties with Gxndor this coming week.";
  const char* after_verb = "Fxrnost is about to restore full ties with Gondor and Bree this week.";
  const char* before_verb = "Bree and Arnor are about to restore full ties with Gxndor this week.";
  add("NOBODY", nobody, both, {{"DEFSRC", "DEFTAR", "064"}});
  add("PRIOR", after_verb, both, {{"DEFSRC", "GON", "064"}, {"DEFSRC", "BRE", "064"}});
  add("AFTER", before_verb, both, {{"BRE", "DEFTAR", "064"}, {"ARN", "DEFTAR", "064"}});
  add("NOPRIOR", after_verb, after, {{"GON", "BRE", "064"}});
  ValidationReport r = RunValidation(suite, **coder);
  for (const CaseResult& c : r.results) EXPECT_TRUE(c.passed()) << c.c->id << "\n" << r.ToText();
}

// SET: TIME SHIFT: a <TIME> phrase coded "###" discards the sentence, one
// coded "+++" makes it too complex; on by default, off when set FALSE.
TEST(Validation, TabariTimePhrasesDiscard) {
  Lexicon lex;
  LexiconOptions o;
  ASSERT_TRUE(LoadDictionaryText("a.actors", "ARNOR_ [ARN]\nGONDOR_ [GON]\n", DictionaryKind::kActors, o, &lex).ok());
  ASSERT_TRUE(LoadDictionaryText("v.verbs", "<TIME>\nKAN_WA_MA_KAN [###]\nWHEN_PEACE_COMES [+++]\n</TIME>\n"
                                 "RESTORE [064]\n", DictionaryKind::kVerbs, o, &lex).ok());
  ValidationSuite suite;
  suite.format = "tabari";
  auto coder = EventCoder::Create(std::move(lex), PeerCoderOptions(suite));
  ASSERT_TRUE(coder.ok());
  auto on = std::make_shared<TabariOptions>();
  auto off = std::make_shared<TabariOptions>();
  ASSERT_TRUE(off->Apply("SET: TIME SHIFT = FALSE", "t").ok());
  EXPECT_FALSE(off->Apply("SET: TIME SHIFT = MAYBE", "t").ok());
  auto add = [&](const char* id, const char* text, std::shared_ptr<TabariOptions> opts,
                 std::vector<ExpectedEvent> expected) {
    ValidationCase c;
    c.id = id;
    c.category = "T";
    c.text = text;
    c.tabari = opts;
    c.expected = std::move(expected);
    c.expect_none = c.expected.empty();
    suite.cases.push_back(c);
  };
  add("DISCARD", "Arnor is about to restore ties with Gondor, kan wa ma kan, this week.", on, {});
  add("COMPLEX", "Arnor is about to restore its ties with Gondor when peace comes.", on, {});
  add("OFF", "Arnor is about to restore its ties with Gondor when peace comes.", off, {{"ARN", "GON", "064"}});
  ValidationReport r = RunValidation(suite, **coder);
  for (const CaseResult& c : r.results) EXPECT_TRUE(c.passed()) << c.c->id << "\n" << r.ToText();
  EXPECT_NE(r.results[0].not_coded.find("###"), std::string::npos);
  EXPECT_NE(r.results[1].not_coded.find("+++"), std::string::npos);
}

TEST(Validation, TabariClausesEndAtConjunctions) {
  Lexicon lex;
  LexiconOptions o;
  ASSERT_TRUE(LoadDictionaryText("a.actors", "ARNOR_ [ARN]\nGONDOR_ [GON]\nOSGILIATH_ [OSG]\n",
                                 DictionaryKind::kActors, o, &lex).ok());
  ASSERT_TRUE(LoadDictionaryText("v.verbs", "CONDEMN [122]\nATTACK [190]\nSHOT_AND_WOUND [223]\n",
                                 DictionaryKind::kVerbs, o, &lex).ok());
  ValidationSuite suite;
  suite.format = "tabari";
  auto coder = EventCoder::Create(std::move(lex), PeerCoderOptions(suite));
  ASSERT_TRUE(coder.ok());
  auto opts = std::make_shared<TabariOptions>();  // CODE BY CLAUSE
  ValidationCase c;
  c.id = "CLAUSES";
  c.category = "T";
  c.text = "Arnor condemned Gondor on Monday and attacked Osgiliath on Tuesday.";
  c.tabari = opts;
  c.code_by = CodeBy::kClause;
  c.expected = {{"ARN", "GON", "122"}, {"ARN", "OSG", "190"}};
  suite.cases.push_back(c);
  c.id = "ONE-CLAUSE";
  c.text = "Arnor condemned Gondor on Monday for it attacked Osgiliath on Tuesday.";
  c.expected = {{"ARN", "GON", "122"}};
  suite.cases.push_back(c);
  // A conjunction inside a verb phrase ends no clause (manual 7.6).
  c.id = "VERB-AND";
  c.text = "Arnor shot and wounded Gondor in six days of attacks on Osgiliath.";
  c.expected = {{"ARN", "GON", "223"}};
  suite.cases.push_back(c);
  ValidationReport r = RunValidation(suite, **coder);
  for (const CaseResult& x : r.results) EXPECT_TRUE(x.passed()) << x.c->id << "\n" << r.ToText();
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

TEST(Validation, AnAttributionIsNoEventForThePeers) {
  Lexicon lex;
  LexiconOptions o;
  ASSERT_TRUE(LoadDictionaryText("t.actors", "ARNOR [ARN]\nGONDOR [GON]\nBREE [BRE]\n", DictionaryKind::kActors, o, &lex).ok());
  ASSERT_TRUE(LoadDictionaryText("t.verbs", "--- CONDEMN [122] ---\nCONDEMN\n--- SAY [010] ---\nSAID\n",
                                 DictionaryKind::kVerbs, o, &lex).ok());
  auto coder = EventCoder::Create(std::move(lex), PeerCoderOptions(ValidationSuite{}));
  ASSERT_TRUE(coder.ok());
  auto scratch = (*coder)->NewScratch();
  std::vector<CodedEvent> out;
  (*coder)->CodeSentence("Arnor condemned Gondor, a Bree official said.", 19950101, scratch.get(), &out);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].source + " " + out[0].target + " " + out[0].code, "ARN GON 122");
}

TEST(PetrarchRecords, ConfigElementsSetTheOptionsOfLaterRecords) {
  auto s = ParsePetrarchRecords(
      "<Environment><Config option=\"stop_on_error\" value=\"True\"></Config></Environment>\n"
      "<Sentence id='A-1' category='A'><Text>One.</Text><EventCoding noevents='True'></Sentence>\n"
      "<Config option=\"require_dyad\" value=\"FALSE\"></Config>\n"
      "<Config option=\"comma_emax\" value=\"0\"/>\n"
      "<!-- <Config option=\"comma_min\" value=\"5\"></Config> -->\n"
      "<Sentence id='A-2' category='A'><Text>Two.</Text><EventCoding noevents='True'></Sentence>\n"
      "<Config option=\"require_dyad\" value=\"maybe\"></Config>\n"
      "<Config option=\"comma_max\" value=\"-3\"></Config>\n"
      "<Sentence id='A-3' category='A'><Text>Three.</Text><EventCoding noevents='True'></Sentence>\n",
      "c.xml");
  ASSERT_TRUE(s.ok()) << s.status().message();
  ASSERT_EQ(s->cases.size(), 3u);
  const PetrarchOptions& a = *s->cases[0].petrarch;
  EXPECT_TRUE(a.require_dyad);
  EXPECT_EQ(a.comma.emax, 8);
  EXPECT_EQ(a.comma.bmax, 0);
  const PetrarchOptions& b = *s->cases[1].petrarch;
  EXPECT_FALSE(b.require_dyad);
  EXPECT_EQ(b.comma.emax, 0);
  EXPECT_EQ(b.comma.min, 2);  // the commented-out element changes nothing
  // Malformed values are named and leave the options as they were.
  EXPECT_FALSE(s->cases[2].petrarch->require_dyad);
  EXPECT_EQ(s->cases[2].petrarch->comma.max, 8);
  ASSERT_EQ(s->warnings.size(), 2u);
  EXPECT_EQ(s->warnings[0], "c.xml:7: require_dyad wants true or false, not 'maybe'");
  EXPECT_EQ(s->warnings[1], "c.xml:8: comma_max wants a number of words, not '-3'");
}

TEST(Validation, PetrarchOptionsDropCommaPhrasesAndRequireADyad) {
  PetrarchOptions o;
  // A list of names is one noun phrase; an aside of 3..8 words goes.
  EXPECT_EQ(DropCommaPhrases("Osgiliath welcomed ties with Mordor, Rohan, Fornost and Bree after a long rift.", o.comma),
            "Osgiliath welcomed ties with Mordor, Rohan, Fornost and Bree after a long rift.");
  EXPECT_EQ(DropCommaPhrases("Arnor restored ties with Gondor, years after crowds burned its embassy, a senior official said.", o.comma),
            "Arnor restored ties with Gondor.");
  CommaBounds tabari;  // TABARI reads the same text word by word
  EXPECT_EQ(DropCommaPhrases("Osgiliath welcomed ties with Mordor, Rohan, Fornost and Bree after a long rift.", tabari),
            "Osgiliath welcomed ties with Mordor, Rohan.");

  Lexicon lex;
  LexiconOptions lo;
  ASSERT_TRUE(LoadDictionaryText("a.actors", "ARNOR_ [ARN]\nGONDOR_ [GON]\n", DictionaryKind::kActors, lo, &lex).ok());
  ASSERT_TRUE(LoadDictionaryText("v.verbs", "--- BURN [---] ---\nBURN\n- * DOWN [222]\n", DictionaryKind::kVerbs, lo, &lex).ok());
  auto coder = EventCoder::Create(std::move(lex), PeerCoderOptions(ValidationSuite{}));
  ASSERT_TRUE(coder.ok());
  ValidationSuite suite;
  ValidationCase c;
  c.id = "DYAD-01";
  c.category = "DYAD";
  c.text = "Arnor burned down the old hut.";
  c.expect_none = true;
  c.petrarch = std::make_shared<PetrarchOptions>();
  suite.cases.push_back(c);
  auto no_dyad = std::make_shared<PetrarchOptions>();
  no_dyad->require_dyad = false;
  c.id = "DYAD-02";
  c.expect_none = false;
  c.expected = {ExpectedEvent{"ARN", "---", "222"}};
  c.petrarch = no_dyad;
  suite.cases.push_back(c);
  ValidationReport r = RunValidation(suite, **coder);
  EXPECT_EQ(r.total.passed, 2) << r.ToText();
}

TEST(Pico, NegationFieldsMapACodeToAnother) {
  const char* text =
      "# comment\n"
      "010:0x1000#Make Public Statement\n"
      "011:0x1000-0xFFFF\n"
      "050:0x0080#DiplomaticCoop\n"
      "057:0x0087\n"
      "110:0x1007f#0xFFFF+0x0080#0x7000#Disapprove\n"
      "170:0x10086#0x0087+0xFFFF#0x9000#Coerce\n"
      "---:0# none\n";
  auto p = ParsePicoNegations(text, "o.txt");
  ASSERT_TRUE(p.ok()) << p.status().message();
  EXPECT_TRUE(p->warnings.empty());
  ASSERT_EQ(p->negated.size(), 2u);
  EXPECT_EQ(p->negated.at("110"), "050");
  EXPECT_EQ(p->negated.at("170"), "057");
}

TEST(Pico, HostileLinesAreNamedAndSkipped) {
  EXPECT_FALSE(ParsePicoNegations("", "e.txt").ok());
  EXPECT_FALSE(ParsePicoNegations("# only comments\n\n", "e.txt").ok());
  auto p = ParsePicoNegations("010:0x1000\nno colon here\nABC:0x1\n"
                              "120:0x7100#0x0999+0xFFFF#0x7000#names no code\n"
                              "130:0x7200#0x1000#0x7000#no negation mark\n"
                              "140:0x7300#0xFFFFFFFFFFFF+0x1000#0x7000#too wide\n",
                              "h.txt");
  ASSERT_TRUE(p.ok());
  EXPECT_TRUE(p->negated.empty());
  ASSERT_EQ(p->warnings.size(), 5u);
  EXPECT_EQ(p->warnings[0], "h.txt:2: no ':' between a CAMEO code and its value");
  EXPECT_EQ(p->warnings[1], "h.txt:3: 'ABC' is not a CAMEO code");
  EXPECT_EQ(p->warnings[2].rfind("h.txt:5: negation field '0x1000'", 0), 0u) << p->warnings[2];
  EXPECT_EQ(p->warnings[3].rfind("h.txt:6: negation field", 0), 0u) << p->warnings[3];
  EXPECT_EQ(p->warnings[4], "h.txt:4: negation value names no code of the file");
}

TEST(Validation, ThePicoFileGivesNegatedEventsTheirCode) {
  namespace fs = std::filesystem;
  const fs::path dir = fs::temp_directory_path() / "dyad_pico_test";
  fs::create_directories(dir);
  std::ofstream(dir / "v.txt") << "--- CLASH [190] ---\nCLASH\n- * (OVER TAXES) [110]\n";
  std::ofstream(dir / "a.txt") << "ARNOR_ [ARN]\nGONDOR_ [GON]\n";
  std::ofstream(dir / "pico.txt") << "050:0x0080#Coop\n110:0x1007f#0xFFFF+0x0080#0x7000#Disapprove\n";
  std::ofstream(dir / "r.xml")
      << "<Environment><Verbfile>v.txt</Verbfile><Actorfile>a.txt</Actorfile>"
         "<PICOfile>pico.txt</PICOfile></Environment>\n"
         "<Sentence date=\"19950101\" id=\"NEG-01\" category=\"NEG\">"
         "<EventCoding sourcecode=\"ARN\" targetcode=\"GON\" eventcode=\"050\"></EventCoding>"
         "<Text>Arnor did not clash with Gondor over taxes.</Text></Sentence>\n"
         "<Sentence date=\"19950101\" id=\"NEG-02\" category=\"NEG\">"
         "<EventCoding sourcecode=\"ARN\" targetcode=\"GON\" eventcode=\"110\"></EventCoding>"
         "<Text>Arnor clashed with Gondor over taxes.</Text></Sentence>\n";
  auto s = ReadValidationSuite((dir / "r.xml").string());
  ASSERT_TRUE(s.ok()) << s.status().message();
  EXPECT_EQ(s->negated_codes.at("110"), "050");
  auto lex = LoadSuiteLexicon(*s);
  ASSERT_TRUE(lex.ok()) << lex.status().message();
  auto coder = EventCoder::Create(std::move(*lex), PeerCoderOptions(*s));
  ASSERT_TRUE(coder.ok());
  ValidationReport r = RunValidation(*s, **coder);
  EXPECT_EQ(r.total.passed, 2) << r.ToText();
  // Without the file the negated clash stays 110 (and is spurious there).
  s->negated_codes.clear();
  r = RunValidation(*s, **coder);
  EXPECT_EQ(r.total.passed, 1) << r.ToText();
  fs::remove_all(dir);
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
  ASSERT_FALSE(r.results[1].spurious.empty());  // CODE ALL codes it too
  // A spurious event names the dictionary line that made it (and its mood
  // when not asserted).
  ASSERT_EQ(r.results[1].spurious_why.size(), r.results[1].spurious.size());
  EXPECT_EQ(r.results[1].spurious_why[0], "t.verbs:2");
  EXPECT_NE(r.ToText().find("spurious ARN -> ELR 012 (t.verbs:2);"), std::string::npos)
      << r.ToText();
}

}  // namespace
}  // namespace dyad
