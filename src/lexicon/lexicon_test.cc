#include "dyad/lexicon.h"

#include <gtest/gtest.h>

#include "shared_data.h"

namespace dyad {
namespace {

Lexicon Load(std::string_view name, std::string_view text, DictionaryKind kind) {
  Lexicon lex;
  Status s = LoadDictionaryText(name, text, kind, LexiconOptions{}, &lex);
  EXPECT_TRUE(s.ok()) << s.message();
  return lex;
}

std::string Words(const Phrase& p) {
  std::string out;
  for (const PhraseWord& w : p.words) {
    if (!out.empty()) out += w.joined ? "_" : " ";
    out += w.text;
  }
  return out + (p.stem ? "*" : "");
}

TEST(LexiconActors, PetrarchRecordsWithSynonymsAndDatedCodes) {
  Lexicon lex = Load("t.actors.txt",
                     "# comment\n"
                     "AFGHANISTAN_  [AFG]\n"
                     "+AFGHAN_\n"
                     "+KABUL_   ; capital\n"
                     "\n"
                     "HAMID_KARZAI_  [AFGELI] # default\n"
                     "\t[AFGGOV 20011222-20140929]\n"
                     "\t[AFGELI >20140929]\n"
                     "ARGENTIN  [arg]\n"
                     "ALBRIGHT  [USAGOV 991201-010114] [---]\n",
                     DictionaryKind::kActors);
  ASSERT_EQ(lex.actors.size(), 4u);
  EXPECT_TRUE(lex.issues.empty());
  const ActorEntry& afg = lex.actors[0];
  ASSERT_EQ(afg.phrases.size(), 3u);
  EXPECT_EQ(Words(afg.phrases[0]), "AFGHANISTAN");
  EXPECT_EQ(afg.default_code, "AFG");
  const ActorEntry& karzai = lex.actors[1];
  EXPECT_EQ(Words(karzai.phrases[0]), "HAMID_KARZAI");
  ASSERT_EQ(karzai.dated.size(), 2u);
  EXPECT_EQ(karzai.CodeOn(20050101), "AFGGOV");
  EXPECT_EQ(karzai.CodeOn(20200101), "AFGELI");
  EXPECT_EQ(karzai.CodeOn(19990101), "AFGELI");  // the default
  EXPECT_EQ(Words(lex.actors[2].phrases[0]), "ARGENTIN");  // PETRARCH-2: whole words
  EXPECT_EQ(lex.actors[2].default_code, "ARG");
  const ActorEntry& albright = lex.actors[3];
  EXPECT_EQ(albright.CodeOn(20000101), "USAGOV");   // YYMMDD: 991201 is 1999
  EXPECT_EQ(albright.CodeOn(20050101), "---");
  EXPECT_EQ(lex.Where(albright.loc), "t.actors.txt:10");
}

TEST(LexiconActors, TabariActorFilesHaveStems) {
  Lexicon lex = Load("t.actors", "ARGENTIN  [ARG]\nBRAZIL_ [BRA]\n", DictionaryKind::kActors);
  ASSERT_EQ(lex.actors.size(), 2u);
  EXPECT_EQ(Words(lex.actors[0].phrases[0]), "ARGENTIN*");
  EXPECT_EQ(Words(lex.actors[1].phrases[0]), "BRAZIL");
}

TEST(LexiconActors, DyadFormatMeansExactWords) {
  Lexicon lex = Load("dyad.actors.txt", "# format: dyad-dict 1\nINDIA [IND]\n", DictionaryKind::kActors);
  ASSERT_EQ(lex.actors.size(), 1u);
  EXPECT_FALSE(lex.actors[0].phrases[0].stem);
}

// In dyad-dict files a person has role lines and no code of its own; a
// party's dated lines follow its own code and make no person.
TEST(LexiconActors, RoleLinesMarkPersonsNotPartiesWithDatedCodes) {
  Lexicon lex = Load("dyad.actors.txt",
                     "# format: dyad-dict 1\nMITT_ROMNEY\n\t[USALEG 20190103-20250103]\n\t[USAELI]\n"
                     "REPUBLICAN_PARTY [USAGOV]\n\t[USAOPP 20090120-20170119]\n",
                     DictionaryKind::kActors);
  ASSERT_EQ(lex.actors.size(), 2u);
  EXPECT_TRUE(lex.actors[0].role_lines);
  EXPECT_EQ(lex.actors[0].CodeOn(20200101), "USALEG");
  EXPECT_FALSE(lex.actors[1].role_lines);
  EXPECT_EQ(lex.actors[1].CodeOn(20100101), "USAOPP");
  EXPECT_EQ(lex.actors[1].CodeOn(20200101), "USAGOV");
  EXPECT_TRUE(lex.actors[0].person);
  EXPECT_FALSE(lex.actors[1].person);
}

// A body whose code changes writes its dated codes on its name's line: no
// person ("he" never means it). In TABARI and PETRARCH-2 files any dated
// entry is a person.
TEST(LexiconActors, DatedCodesOnTheNameLineMakeNoPerson) {
  Lexicon lex = Load("dyad.actors.txt", "# format: dyad-dict 1\nEC [IGOEEC <19931101] [---]  # @cs\n",
                     DictionaryKind::kActors);
  ASSERT_EQ(lex.actors.size(), 1u);
  EXPECT_FALSE(lex.actors[0].person);
  EXPECT_EQ(lex.actors[0].CodeOn(19870101), "IGOEEC");
  EXPECT_EQ(lex.actors[0].CodeOn(20190101), "---");
  Lexicon peer = Load("t.actors.txt", "BORIS_YELTSIN_\n\t[RUSGOV 19910710-19991231]\n",
                      DictionaryKind::kActors);
  ASSERT_EQ(peer.actors.size(), 1u);
  EXPECT_TRUE(peer.actors[0].person);
}

// A person with dated roles only is its latest country's elite outside them
// (not a person of an organisation); an undated role line is the default.
TEST(LexiconActors, APersonOutsideItsDatedRolesIsAnElite) {
  Lexicon lex = Load("dyad.actors.txt",
                     "# format: dyad-dict 1\nQASEM_SOLEIMANI\n\t[IRNMIL <20200103]\n"
                     "JD_VANCE\n\t[USALEG 20230103-20250110]\n\t[USAGOV >20250120]\n"
                     "URSULA_VON_DER_LEYEN\n\t[IGOEEC >20191201]\n"
                     "MITT_ROMNEY\n\t[USALEG 20190103-20250103]\n\t[USAELI]\n",
                     DictionaryKind::kActors);
  ASSERT_EQ(lex.actors.size(), 4u);
  EXPECT_EQ(lex.actors[0].CodeOn(20190101), "IRNMIL");
  EXPECT_EQ(lex.actors[0].CodeOn(20200110), "IRNELI");
  EXPECT_EQ(lex.actors[1].CodeOn(20200101), "USAELI");
  EXPECT_EQ(lex.actors[1].CodeOn(20250115), "USAELI");
  EXPECT_EQ(lex.actors[1].CodeOn(20260101), "USAGOV");
  EXPECT_EQ(lex.actors[1].CodeOn(0), "USAGOV");  // no date: the latest role
  EXPECT_EQ(lex.actors[2].CodeOn(20150101), "");
  EXPECT_EQ(lex.actors[3].CodeOn(20300101), "USAELI");
}

TEST(LexiconActors, BadLinesAreIssuesWithFileAndLine) {
  Lexicon lex = Load("bad.actors.txt",
                     "+ORPHAN\n"
                     "\t[XXX 2001]\n"
                     "GOOD [GOO]\n"
                     "\t[GOO 20200101-20100101]\n"
                     "BROKEN [ABC\n"
                     "OTHER [O K]\n",
                     DictionaryKind::kActors);
  ASSERT_EQ(lex.issues.size(), 5u);
  EXPECT_EQ(lex.issues[0].ToString(), "bad.actors.txt:1: synonym '+ORPHAN' without an actor before it");
  EXPECT_EQ(lex.issues[1].line, 2u);
  EXPECT_NE(lex.issues[2].message.find("ends before it starts"), std::string::npos);
  EXPECT_EQ(lex.issues[3].message, "unclosed '['");
  EXPECT_EQ(lex.issues[4].line, 6u);
  ASSERT_GE(lex.actors.size(), 1u);
  EXPECT_EQ(lex.actors[0].default_code, "GOO");
}

TEST(LexiconActors, StrictStopsAtFirstBadLine) {
  Lexicon lex;
  LexiconOptions strict;
  strict.strict = true;
  Status s = LoadDictionaryText("s.actors.txt", "A [AAA]\nB [B B]\nC [CCC]\n", DictionaryKind::kActors,
                                strict, &lex);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.message(), "s.actors.txt:2: bad date range 'B' (want FROM-TO, <DATE or >DATE)");
}

TEST(LexiconActors, XmlCommentsAndTabariSections) {
  Lexicon lex = Load("x.actors",
                     "<!-- header\n spanning lines [XXX] -->\n<NOUN>\nBEES\n</NOUN>\nARNOR_ [ARN]\n",
                     DictionaryKind::kActors);
  ASSERT_EQ(lex.actors.size(), 1u);
  EXPECT_EQ(lex.actors[0].default_code, "ARN");
  EXPECT_TRUE(lex.issues.empty());
  // <NOUN> and <ADJECTIVE> words are kept for TABARI's compound phrases.
  ASSERT_EQ(lex.tabari_nouns.size(), 1u);
  EXPECT_EQ(lex.tabari_nouns[0].words[0].text, "BEES");
  Lexicon both = Load("y.actors", "<NOUN>\nFORCES_  ;JW\n</NOUN>\n<ADJECTIVE>\nAWFUL\nBAD ;x\n</ADJECTIVE>\n"
                      "<TIME>\nLATER\n</TIME>\nGONDOR [GON]\n", DictionaryKind::kActors);
  ASSERT_EQ(both.tabari_nouns.size(), 1u);
  EXPECT_FALSE(both.tabari_nouns[0].stem);
  ASSERT_EQ(both.tabari_adjectives.size(), 2u);
  EXPECT_EQ(both.tabari_adjectives[1].words[0].text, "BAD");
  EXPECT_TRUE(both.tabari_adjectives[1].stem);
  EXPECT_EQ(both.actors.size(), 1u);
  EXPECT_TRUE(both.issues.empty());
}

TEST(LexiconActors, ALooseCommentLineDoesNotHideTheRest) {
  Lexicon lex = Load("a.actors.txt", "ARNOR [ARN]\n<! -- NEW ACTORS -->\nGONDOR [GON]\n",
                     DictionaryKind::kActors);
  EXPECT_TRUE(lex.issues.empty());
  ASSERT_EQ(lex.actors.size(), 2u);
  EXPECT_EQ(lex.actors[1].default_code, "GON");
}

TEST(LexiconAgents, PluralsMarkersAndPrefixCodes) {
  Lexicon lex = Load("t.agents.txt",
                     "!PERSON! = MAN, MEN, WOMAN\n"
                     "POLICE {} [~COP]\n"
                     "ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV]\n"
                     "MILITIA [~REB]\n"
                     "ARMY [~MIL]\n"
                     "CONGRESS!PERSON! [~LEG]\n"
                     "PEACEKEEPING_TROOPS {} [IGO~]\n"
                     "SECURITY SERVICE [~GOV]\n",
                     DictionaryKind::kAgents);
  EXPECT_TRUE(lex.issues.empty()) << lex.issues[0].ToString();
  std::vector<std::string> got;
  for (const AgentEntry& a : lex.agents) got.push_back(Words(a.phrase) + "=" + a.code + (a.prefix ? "~" : ""));
  std::vector<std::string> want = {
      "POLICE=COP",           "ATTORNEY_GENERAL=GOV", "ATTORNEYS_GENERAL=GOV", "MILITIA=REB",
      "MILITIAS=REB",         "ARMY=MIL",             "ARMIES=MIL",            "CONGRESSMAN=LEG",
      "CONGRESSMEN=LEG",      "CONGRESSWOMAN=LEG",    "PEACEKEEPING_TROOPS=IGO~",
      "SECURITY SERVICE=GOV", "SECURITY SERVICES=GOV"};
  EXPECT_EQ(got, want);
}

TEST(LexiconAgents, CountedOnlyWhenTheCommentSaysSo) {
  Lexicon lex = Load("c.agents.txt",
                     "PEOPLE {} [~CVL]  # @counted: after a number\n"
                     "CROWD [~CVL]  # counted by nobody\n"
                     "MOB [~CVL]\n",
                     DictionaryKind::kAgents);
  EXPECT_TRUE(lex.issues.empty()) << lex.issues[0].ToString();
  std::vector<std::string> got;
  for (const AgentEntry& a : lex.agents) got.push_back(Words(a.phrase) + (a.counted ? "@" : ""));
  EXPECT_EQ(got, (std::vector<std::string>{"PEOPLE@", "CROWD", "CROWDS", "MOB", "MOBS"}));
}

TEST(LexiconAgents, AMarkerWithNoItemsIsLeftAsWritten) {
  // Found by fuzz/lexicon_fuzz.cc: a marker whose list is empty (here cut
  // by a comment) once left no variant and read past the end.
  Lexicon lex = Load("e.agents.txt", "!P! = # nothing\nCON!P!GRESS [~LEG]\n", DictionaryKind::kAgents);
  ASSERT_FALSE(lex.agents.empty());
  EXPECT_EQ(Words(lex.agents[0].phrase), "CON!P!GRESS");
}

TEST(LexiconAgents, BadCodes) {
  Lexicon lex = Load("b.agents.txt", "NOCODE\nBARE [GOV]\nTWO [~A] [~B]\n", DictionaryKind::kAgents);
  ASSERT_EQ(lex.issues.size(), 3u);
  EXPECT_NE(lex.issues[1].message.find("needs a '~'"), std::string::npos);
}

TEST(LexiconDiscards, StoryAndSentenceLevel) {
  Lexicon lex = Load("d.discards.txt", "+WORLD CUP  # sports\nBASEBALL\nMONTHS_LATER_\n",
                     DictionaryKind::kDiscards);
  ASSERT_EQ(lex.discards.size(), 3u);
  EXPECT_TRUE(lex.discards[0].whole_story);
  EXPECT_EQ(Words(lex.discards[0].phrase), "WORLD_CUP*");
  EXPECT_FALSE(lex.discards[1].whole_story);
  EXPECT_FALSE(lex.discards[2].phrase.stem);
}

TEST(LexiconVerbs, PetrarchBlocksPatternsAndSynsets) {
  Lexicon lex = Load("t.verbs.txt",
                     "&CURRENCY\n+DOLLAR\n+SWISS_FRANC\n&AUX_\n+WILL\n\n"
                     "--- ACCUSE [112] ---\n"
                     "ACCUSE\n"
                     "REPLY {REPLIES REPLYING REPLIED}\n"
                     "+CORDON_OFF [---]\n"
                     "WIRE_+TAP\n"
                     "- * {WAR CRIMES} (OF &CURRENCY)  [1121:031]  # comment\n"
                     "- $ * + OF_SPYING [1125]\n"
                     "- IN_* [:173]\n"
                     "~ a (a b ATTACK) SAY = a b 015\n",
                     DictionaryKind::kVerbs);
  EXPECT_TRUE(lex.issues.empty()) << lex.issues[0].ToString();
  ASSERT_EQ(lex.synsets.size(), 2u);
  EXPECT_EQ(lex.synsets[0].name, "&CURRENCY");
  ASSERT_EQ(lex.synsets[0].phrases.size(), 4u);  // with regular plurals
  EXPECT_EQ(Words(lex.synsets[0].phrases[3]), "SWISS_FRANCS");
  EXPECT_EQ(lex.synsets[1].phrases.size(), 1u);  // label ending in _: no plurals
  ASSERT_EQ(lex.verbs.size(), 1u);
  const VerbBlock& b = lex.verbs[0];
  EXPECT_EQ(b.code, "112");
  ASSERT_EQ(b.verbs.size(), 4u);
  std::vector<std::string> forms;
  for (const Phrase& f : b.verbs[0].forms) forms.push_back(Words(f));
  EXPECT_EQ(forms, (std::vector<std::string>{"ACCUSE", "ACCUSES", "ACCUSED", "ACCUSING"}));
  EXPECT_EQ(b.verbs[1].forms.size(), 4u);
  EXPECT_EQ(Words(b.verbs[1].forms[3]), "REPLIED");
  EXPECT_EQ(b.verbs[2].verb_word, 0u);
  EXPECT_EQ(b.verbs[2].code, "---");
  EXPECT_EQ(Words(b.verbs[2].forms[2]), "CORDONED_OFF");
  EXPECT_EQ(b.verbs[3].verb_word, 1u);
  EXPECT_EQ(Words(b.verbs[3].forms[2]), "WIRE_TAPPED");
  ASSERT_EQ(b.patterns.size(), 3u);
  const VerbPattern& p = b.patterns[0];
  EXPECT_EQ(p.code, "1121");
  EXPECT_EQ(p.paired_code, "031");
  ASSERT_EQ(p.elements.size(), 3u);
  EXPECT_EQ(p.elements[0].kind, PatternElement::Kind::kVerb);
  EXPECT_EQ(p.elements[1].kind, PatternElement::Kind::kNounPhrase);
  ASSERT_EQ(p.elements[1].children.size(), 2u);
  EXPECT_EQ(p.elements[2].kind, PatternElement::Kind::kPrepPhrase);
  EXPECT_EQ(p.elements[2].children[1].kind, PatternElement::Kind::kSynset);
  const VerbPattern& q = b.patterns[1];
  ASSERT_EQ(q.elements.size(), 5u);
  EXPECT_EQ(q.elements[0].kind, PatternElement::Kind::kSource);
  EXPECT_EQ(q.elements[2].kind, PatternElement::Kind::kTarget);
  EXPECT_TRUE(q.elements[4].joined);  // OF_SPYING
  EXPECT_EQ(b.patterns[2].code, "---");
  EXPECT_EQ(b.patterns[2].paired_code, "173");
  EXPECT_TRUE(b.patterns[2].elements[1].joined);  // IN_*
  ASSERT_EQ(lex.transformations.size(), 1u);
}

TEST(LexiconVerbs, TabariVerbsAndAlternatives) {
  Lexicon lex = Load("t.verbs",
                     "<SYNSETS>\n&TIE\n+MILITARY\n</SYNSETS>\n<TIME>\nTOMORROW [+1]\n</TIME>\n"
                     "ABANDON  [345] ;pas\n- * NEW_&TIE_RELATIONS [903]\n"
                     "ACCORD [---]\n- SUGGESTED_+ * DEMAND_{ GENEVA_ | INTERNATIONAL }_CONVENTIONS [111]\n",
                     DictionaryKind::kVerbs);
  EXPECT_TRUE(lex.issues.empty()) << lex.issues[0].ToString();
  ASSERT_EQ(lex.verbs.size(), 2u);
  EXPECT_EQ(lex.verbs[0].code, "345");
  EXPECT_EQ(lex.verbs[1].patterns.size(), 1u);
  const auto& e = lex.verbs[1].patterns[0].elements;
  ASSERT_EQ(e.size(), 6u);
  EXPECT_EQ(e[4].kind, PatternElement::Kind::kSynset);
  EXPECT_EQ(lex.synsets.size(), 2u);  // &TIE and the anonymous { | }
  EXPECT_EQ(lex.synsets[1].phrases.size(), 2u);
}

TEST(LexiconVerbs, TabariVerbsAreStemsUnlessEndedByUnderscore) {
  Lexicon lex = Load("t.verbs", "RESTOR [064]\nSOLD_ [081]\nSHUT BORDER [192]\n",
                     DictionaryKind::kVerbs);
  ASSERT_EQ(lex.verbs.size(), 3u);
  auto forms = [&](size_t b) {
    std::string out;
    for (const Phrase& f : lex.verbs[b].verbs[0].forms) out += Words(f) + ",";
    return out;
  };
  EXPECT_NE(forms(0).find("RESTOR*"), std::string::npos) << forms(0);
  EXPECT_EQ(forms(1).find('*'), std::string::npos) << forms(1);
  EXPECT_NE(forms(2).find("SHUT BORDER*"), std::string::npos) << forms(2);
  // The same words in a PETRARCH-2 block are exact.
  Lexicon p = Load("p.verbs.txt", "--- RESTORE [064] ---\nRESTOR\n", DictionaryKind::kVerbs);
  for (const Phrase& f : p.verbs[0].verbs[0].forms) EXPECT_FALSE(f.stem) << Words(f);
}

// TABARI's regular verb endings are plain suffixes: S, ED, ES, EN, ING
// (manual 5.2.3); a verb ended with "=" takes none.
TEST(LexiconVerbs, TabariRegularEndingsArePlainSuffixes) {
  Lexicon lex = Load("t.verbs", "DEPART_ [032]\nBAN= [191]\n", DictionaryKind::kVerbs);
  ASSERT_EQ(lex.verbs.size(), 2u);
  auto forms = [&](size_t b) {
    std::string out;
    for (const Phrase& f : lex.verbs[b].verbs[0].forms) out += Words(f) + ",";
    return out;
  };
  EXPECT_EQ(forms(0), "DEPART,DEPARTS,DEPARTED,DEPARTING,DEPARTES,DEPARTEN,");
  EXPECT_EQ(forms(1), "BAN,");
  // A PETRARCH-2 block keeps the linguistic forms only.
  Lexicon p = Load("p.verbs.txt", "--- DEPART [032] ---\nDEPART\n", DictionaryKind::kVerbs);
  std::string pf;
  for (const Phrase& f : p.verbs[0].verbs[0].forms) pf += Words(f) + ",";
  EXPECT_EQ(pf.find("DEPARTEN"), std::string::npos) << pf;
}

// TABARI's <TIME> section: phrases and their codes are kept, its patterns
// are not, and no verb comes of them.
TEST(LexiconVerbs, TabariTimePhrases) {
  Lexicon lex = Load("t.verbs",
                     "<TIME>\nFOREVER_AND_A_DAY [- - -]\nKAN_WA_MA_KAN [###]\nTOMORROW [+1]\n"
                     "- * AND A WEEK [+8]\n</TIME>\nRESTORE [064]\n",
                     DictionaryKind::kVerbs);
  EXPECT_TRUE(lex.issues.empty()) << lex.issues[0].ToString();
  ASSERT_EQ(lex.tabari_time.size(), 3u);
  EXPECT_EQ(lex.tabari_time[0].code, "---");
  EXPECT_EQ(lex.tabari_time[1].code, "###");
  EXPECT_EQ(Words(lex.tabari_time[1].phrase), "KAN_WA_MA_KAN");
  EXPECT_EQ(lex.tabari_time[2].code, "+1");
  EXPECT_EQ(lex.verbs.size(), 1u);
  Lexicon bad = Load("b.verbs", "<TIME>\nLATER\n</TIME>\n", DictionaryKind::kVerbs);
  EXPECT_EQ(bad.issues.size(), 1u);
}

TEST(LexiconVerbs, TabariIrregularFormsOnTheLineAfterTheVerb) {
  Lexicon lex = Load("t.verbs", "BREAK_ [1717]\n{ BROKE_ BROKEN_DOWN_ SMASH }\n- * TREATY [161]\n",
                     DictionaryKind::kVerbs);
  EXPECT_TRUE(lex.issues.empty()) << lex.issues[0].ToString();
  ASSERT_EQ(lex.verbs.size(), 1u);  // the forms open no block of their own
  std::string forms;
  for (const Phrase& f : lex.verbs[0].verbs[0].forms) forms += Words(f) + ",";
  EXPECT_NE(forms.find("BREAKS,"), std::string::npos) << forms;  // regular forms stay
  EXPECT_NE(forms.find("BROKE,"), std::string::npos) << forms;
  EXPECT_NE(forms.find("BROKEN_DOWN,"), std::string::npos) << forms;
  EXPECT_NE(forms.find("SMASH*,"), std::string::npos) << forms;  // no '_': a stem
  EXPECT_EQ(lex.verbs[0].patterns.size(), 1u);
  // Hostile: forms before any verb, unclosed, trailing text, empty.
  Lexicon bad = Load("b.verbs", "{ A_ }\nGO [010]\n{ WENT_\n{ GONE_ } X\n{}\n{ _ }\n",
                     DictionaryKind::kVerbs);
  ASSERT_EQ(bad.issues.size(), 4u);
  EXPECT_EQ(bad.issues[0].ToString(), "b.verbs:1: verb forms '{...}' before any verb");
  EXPECT_EQ(bad.issues[1].message, "unclosed '{'");
  EXPECT_EQ(bad.issues[2].message, "text after the verb forms' '}'");
  EXPECT_EQ(bad.issues[3].message, "empty phrase");
}

TEST(LexiconVerbs, TabariPatternWordsAreStemsUnlessFollowedByUnderscore) {
  Lexicon lex = Load("t.verbs", "<SYNSETS>\n&KIND\n+ECONOMIC\n&NOTE\n+&KIND_MEMOS\n+YUM YENNYEN\n</SYNSETS>\n"
                     "ADOPT [081]\n- * RESOLUTION_ [102]\n- * TO_REVOLUTION [802]\n- RECENT~_* [025]\n",
                     DictionaryKind::kVerbs);
  EXPECT_TRUE(lex.issues.empty()) << lex.issues[0].ToString();
  ASSERT_EQ(lex.verbs.size(), 1u);
  const auto& p = lex.verbs[0].patterns;
  ASSERT_EQ(p.size(), 3u);
  // "RECENT~_*": RECENT with any ending, directly before the verb.
  ASSERT_EQ(p[2].elements.size(), 2u);
  EXPECT_EQ(p[2].elements[0].text, "RECENT");
  EXPECT_EQ(p[2].elements[0].match, PatternElement::Match::kStem);
  EXPECT_TRUE(p[2].elements[1].joined);
  EXPECT_EQ(p[0].elements[1].match, PatternElement::Match::kExact);
  EXPECT_EQ(p[1].elements[1].match, PatternElement::Match::kExact);  // TO_
  EXPECT_EQ(p[1].elements[2].match, PatternElement::Match::kStem);
  ASSERT_EQ(lex.synsets.size(), 2u);
  EXPECT_TRUE(lex.synsets[1].phrases[1].stem);  // YUM YENNYEN*
  // PETRARCH-2 blocks keep the default.
  Lexicon pb = Load("p.verbs.txt", "--- ADOPT [081] ---\nADOPT\n- * RESOLUTION [102]\n", DictionaryKind::kVerbs);
  EXPECT_EQ(pb.verbs[0].patterns[0].elements[1].match, PatternElement::Match::kDefault);
}

TEST(LexiconVerbs, BadPatterns) {
  Lexicon lex = Load("b.verbs.txt",
                     "- * ORPHAN [010]\n--- X [010] ---\nX\n- * NO CODE\n- NO VERB [010]\n"
                     "- * * [010]\n- * (UNCLOSED [010]\n- * {A) [010]\n",
                     DictionaryKind::kVerbs);
  ASSERT_EQ(lex.issues.size(), 6u);
  EXPECT_EQ(lex.issues[0].ToString(), "b.verbs.txt:1: pattern before any verb");
  EXPECT_EQ(lex.issues[1].message, "pattern without a [code]");
  EXPECT_EQ(lex.issues[2].message, "pattern without '*' for the verb");
  EXPECT_EQ(lex.issues[3].message, "pattern with more than one '*'");
}

TEST(LexiconFiles, KindsAndMissingFiles) {
  EXPECT_EQ(GuessDictionaryKind("dir/CAMEO.091003.master.verbs"), DictionaryKind::kVerbs);
  EXPECT_EQ(GuessDictionaryKind("Phoenix.Countries.actors.txt"), DictionaryKind::kActors);
  EXPECT_EQ(GuessDictionaryKind("PSU.120522.agents"), DictionaryKind::kAgents);
  EXPECT_EQ(GuessDictionaryKind("x/Phoenix.discards.txt"), DictionaryKind::kDiscards);
  EXPECT_EQ(GuessDictionaryKind("README.md"), DictionaryKind::kUnknown);
  Lexicon lex;
  Status s = LoadDictionaryFile("/nonexistent/x.actors", DictionaryKind::kUnknown, {}, &lex);
  EXPECT_EQ(s.code(), StatusCode::kNotFound);
  EXPECT_FALSE(LoadLexiconDir("/nonexistent/dir").ok());
  EXPECT_EQ(ParseDictionaryDate("20240229"), 20240229);
  EXPECT_EQ(ParseDictionaryDate("450703"), 19450703);
  EXPECT_EQ(ParseDictionaryDate("070723"), 20070723);
  EXPECT_EQ(ParseDictionaryDate("20241301"), -1);
  EXPECT_EQ(ParseDictionaryDate("2024"), -1);
}

TEST(LexiconCheck, FindsSemanticProblems) {
  Lexicon lex = Load("c.actors.txt",
                     "PERSON_A\n\t[AAAGOV 20100101-20151231]\n\t[AAAOPP 20150101-20201231]\n"
                     "NAME_X [BBB]\nOTHER [CCC]\n+NAME_X\n",
                     DictionaryKind::kActors);
  LexiconOptions o;
  ASSERT_TRUE(LoadDictionaryText("c.verbs.txt", "--- X [999] ---\nX\n- * &NOPE [042]\n- * Y [0421]\n",
                                 DictionaryKind::kVerbs, o, &lex).ok());
  std::vector<LexiconIssue> issues = CheckLexicon(lex);
  std::vector<std::string> text;
  for (const LexiconIssue& i : issues) text.push_back(i.ToString());
  ASSERT_EQ(text.size(), 5u) << ::testing::PrintToString(text);
  EXPECT_EQ(text[0], "c.verbs.txt:1: block code 999 is not a CAMEO event code");
  EXPECT_EQ(text[1], "c.verbs.txt:3: unknown synonym set &NOPE");
  EXPECT_EQ(text[2], "c.verbs.txt:4: pattern code 0421 is not a CAMEO event code");
  EXPECT_EQ(text[3], "c.actors.txt:1: dated codes AAAGOV and AAAOPP overlap (20150101-20151231)");
  EXPECT_EQ(text[4], "c.actors.txt:5: phrase 'NAME X' is also BBB at c.actors.txt:4");
}

TEST(LexiconShared, LoadsThePhoenixSetAndReportsItsTypos) {
  DYAD_REQUIRE_SHARED(dir, "reference/petrarch2");
  Lexicon lex;
  for (const char* f : {"CAMEO.2.0.txt", "Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
                        "Phoenix.MilNonState.actors.txt", "Phoenix.agents.txt", "Phoenix.discards.txt"}) {
    std::string path = dir + "/" + f;
    DictionaryKind kind = std::string(f) == "CAMEO.2.0.txt" ? DictionaryKind::kVerbs : DictionaryKind::kUnknown;
    ASSERT_TRUE(LoadDictionaryFile(path, kind, {}, &lex).ok()) << path;
  }
  EXPECT_GT(lex.actors.size(), 25000u);
  EXPECT_GT(lex.agents.size(), 4000u);
  EXPECT_GT(lex.verbs.size(), 390u);
  size_t patterns = 0;
  for (const VerbBlock& b : lex.verbs) patterns += b.patterns.size();
  EXPECT_GT(patterns, 4500u);
  // The files carry a handful of real typos; each is reported, none is fatal.
  EXPECT_GT(lex.issues.size(), 5u);
  EXPECT_LT(lex.issues.size(), 40u);
  for (const LexiconIssue& i : lex.issues) EXPECT_GT(i.line, 0u);
}

}  // namespace
}  // namespace dyad
