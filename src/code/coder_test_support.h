// Private to the tests: the small dictionary set and fixtures that
// coder_test.cc and coder_rules_test.cc code their sentences with.
#ifndef DYAD_SRC_CODE_CODER_TEST_SUPPORT_H_
#define DYAD_SRC_CODE_CODER_TEST_SUPPORT_H_

#include <gtest/gtest.h>

#include <initializer_list>
#include <memory>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "dyad/coder.h"
#include "dyad/tagger.h"

namespace dyad::coder_test {

// A small dictionary set written for these tests.
constexpr char kActors[] =
    "ARNOR_ [ARN]\n+ARNORIAN_\nGONDOR_ [GON]\nOSGILIATH_ [OSG]\nRUSSIA_ [RUS]\n+RUSSIAN_\n"
    "+MOSCOW_\nUKRAINE_ [UKR]\n+KYIV_\n+KIEV_\nVLADIMIR_PUTIN_\n+PUTIN_\n\t[RUSGOV >20000507]\n"
    "\t[RUSELI <20000507]\nWHITE_HOUSE_ [USAGOV]\nLORIEN_ [ELR/GAL]\n"
    "UNITED_STATES_ [USA]\n+US_  # @cs: the pronoun must not match\nDEMOCRAT_ [USAPTY]\n"
    "ARAGORN_\n\t[GONGOV >20000101]\nBOROMIR_\n\t[GONGOV >20000101]\nCARIBBEAN_ [CRB]\n"
    "MORDOR_ [MOR]\n+IS_  # @cs\n+CAR_  # @cs\nDALE_TRADERS_ [ARNBUS]\nEREBOR_MINES_ [GONBUS]\n"
    "BARD_BOWMAN_\n\t[ARNGOV >20000101]\n";
constexpr char kAgents[] =
    "POLICE {} [~COP]\nSOLDIER [~MIL]\nFORCES [~MIL]\nGOVERNMENT [~GOV]\nSTUDENT [~EDU]\nOFFICIAL [~GOV]\n"
    "MSF [NGO~]\nCOUNTERPART [~GOV]\nPRESIDENT [~GOV]\nWARPLANE [~MIL]\nREPORTER [~MED]\nCRIMINAL [~CRM]\nOPPOSITION [~OPP]\n"
    "MINISTER [~GOV]\nPEOPLE {} [~CVL]  # @counted\n";
constexpr char kVerbs[] =
    "&AID\n+AID\n+ASSISTANCE\n"
    "--- MEET [040] ---\nMEET {MET MEETS MEETING}\n- * (WITH +) [040]\n"
    "--- ARREST [173] ---\nARREST\n- * + [173]\n"
    "--- ATTACK [190] ---\nATTACK\n- * (WITH DRONES) [195]\n"
    "--- CONDEMN [122] ---\nCONDEMN\n"
    "--- PROMISE [030] ---\nPROMISE\n- * &AID [033]\n- * TALKS [030]\n"
    "--- VISIT [042:043] ---\nVISIT\n"
    "--- DISPATCH [---] ---\nDISPATCH {DISPATCHED}\n- * SOLDIER [150]\n- * MINISTER [042]\n"
    "--- EXPEL [---] ---\nEXPEL {EXPELLED}\n- * MINISTER [161]\n"
    "--- IMPLORE [020] ---\nIMPLORE\n"
    "--- BACK [051] ---\nBACKED {BACKING}\n"
    "--- CHARGE [115] ---\nCHARGED {CHARGING}\n"
    "--- STRIKE [190] ---\nSTRIKE {STRUCK STRIKES STRIKING}\n- LAUNCHED A * ON + [195]\n"
    "--- ASSAULT [190] ---\nASSAULTED {ASSAULTING}\n"
    "--- INTERVENE [---] ---\nINTERVENE\n- * (IN +) [190]\n"
    "--- APPROVE [051] ---\nAPPROVE {APPROVED APPROVES APPROVING}\n"
    "--- REPLY [010] ---\nREPLY {REPLIED REPLIES REPLYING}\n"
    "--- WORRY [012] ---\nWORRY {WORRIED WORRIES WORRYING}\n"
    "--- CLAIM [010] ---\nCLAIM\n- * RESPONSIBILITY [015]\n- *_THAT [010]\n"
    "--- JOIN [---] ---\nJOIN\n- * + [050]\n"
    "--- PRAISE [051] ---\nPRAISE\n"
    "--- CLASH [145] ---\nCLASH {CLASHED CLASHES CLASHING}\n"
    "--- PROTEST [140] ---\nPROTESTED {PROTESTING}\n"
    "--- STATE [010] ---\nSTATE {STATED STATES STATING}\n- * &AID [033]\n"
    "--- TRADE [061] ---\nSELL {SOLD SELLS SELLING}\nBUY {BOUGHT BUYS BUYING}\n"
    "&INSULT\n+CRIMINAL\n--- LABEL [---] ---\nLABEL {LABELED LABELS LABELING}\n- * &INSULT [111]\n";
constexpr char kDiscards[] = "+WORLD CUP\nBASEBALL\n";

class CoderTest : public ::testing::Test {
 protected:
  void SetUp() override { Build(nullptr); }
  void Build(std::shared_ptr<const Tagger> tagger, CoderOptions co = {}) {
    Lexicon lex;
    LexiconOptions o;
    ASSERT_TRUE(LoadDictionaryText("t.actors.txt", kActors, DictionaryKind::kActors, o, &lex).ok());
    ASSERT_TRUE(LoadDictionaryText("t.agents.txt", kAgents, DictionaryKind::kAgents, o, &lex).ok());
    ASSERT_TRUE(LoadDictionaryText("t.verbs.txt", kVerbs, DictionaryKind::kVerbs, o, &lex).ok());
    ASSERT_TRUE(LoadDictionaryText("t.discards.txt", kDiscards, DictionaryKind::kDiscards, o, &lex).ok());
    ASSERT_TRUE(lex.issues.empty()) << lex.issues[0].ToString();
    co.all_moods = true;
    co.tagger = std::move(tagger);
    auto c = EventCoder::Create(std::move(lex), co);
    ASSERT_TRUE(c.ok());
    coder_ = std::move(*c);
    scratch_ = coder_->NewScratch();
  }

  using Triple = std::tuple<std::string, std::string, std::string>;
  std::set<Triple> Code(std::string_view s, int32_t date = 20240101, bool* story = nullptr) {
    std::vector<CodedEvent> out;
    coder_->CodeSentence(s, date, scratch_.get(), &out, story);
    std::set<Triple> r;
    for (const auto& e : out) r.emplace(e.source, e.target, e.code);
    return r;
  }
  // The events of `second` coded after `first` in one story, as "SRC>TGT ...".
  std::string AfterSentence(std::string_view first, std::string_view second) {
    std::vector<CodedEvent> out;
    coder_->CodeStorySentence(first, 20240101, true, scratch_.get(), &out);
    out.clear();
    coder_->CodeStorySentence(second, 20240101, false, scratch_.get(), &out);
    std::string r;
    for (const CodedEvent& e : out) r += e.source + ">" + e.target + " ";
    return r;
  }
  Mood MoodOf(std::string_view s) {
    std::vector<CodedEvent> out;
    coder_->CodeSentence(s, 20240101, scratch_.get(), &out);
    EXPECT_EQ(out.size(), 1u) << s;
    return out.empty() ? Mood::kAsserted : out[0].mood;
  }

  std::unique_ptr<EventCoder> coder_;
  EventCoder::ScratchPtr scratch_;
};

using T = std::set<std::tuple<std::string, std::string, std::string>>;

// With the shipped part-of-speech model, a verb's word read as a noun codes
// nothing unless a pattern with words before it asks for that reading.
class TaggedCoderTest : public CoderTest {
 protected:
  void SetUp() override {
    auto t = Tagger::LoadDefault();
    ASSERT_TRUE(t.ok()) << t.status().message();
    Build(std::shared_ptr<const Tagger>(std::move(*t)));
  }
};

// A coder built on `lex` that gives the code of a sentence's first event
// ("" for none): for the tests of dictionary forms.
class FirstCode {
 public:
  explicit FirstCode(Lexicon lex) {
    auto c = EventCoder::Create(std::move(lex));
    if (!c.ok()) return;
    coder_ = std::move(*c);
    scratch_ = coder_->NewScratch();
  }
  bool ok() const { return coder_ != nullptr; }
  std::string operator()(std::string_view s) {
    std::vector<CodedEvent> out;
    coder_->CodeSentence(s, 0, scratch_.get(), &out);
    return out.empty() ? std::string() : out[0].code;
  }

 private:
  std::unique_ptr<EventCoder> coder_;
  EventCoder::ScratchPtr scratch_;
};

// A FirstCode over dictionaries given inline: {file name, text, kind}.
inline FirstCode FirstCodeFrom(
    std::initializer_list<std::tuple<const char*, const char*, DictionaryKind>> files) {
  Lexicon lex;
  LexiconOptions o;
  for (const auto& [name, text, kind] : files) {
    Status st = LoadDictionaryText(name, text, kind, o, &lex);
    EXPECT_TRUE(st.ok()) << name << ": " << st.message();
  }
  return FirstCode(std::move(lex));
}

// A coder over dictionaries given inline: {file name, text, kind}.
inline std::unique_ptr<EventCoder> CoderFrom(
    std::initializer_list<std::tuple<const char*, const char*, DictionaryKind>> files,
    CoderOptions co = {}) {
  Lexicon lex;
  LexiconOptions o;
  for (const auto& [name, text, kind] : files) {
    Status st = LoadDictionaryText(name, text, kind, o, &lex);
    EXPECT_TRUE(st.ok()) << name << ": " << st.message();
  }
  auto c = EventCoder::Create(std::move(lex), co);
  EXPECT_TRUE(c.ok());
  return c.ok() ? std::move(*c) : nullptr;
}

// The events `coder` codes in one sentence, as "SRC>TGT CODE".
inline std::set<std::string> EventsOf(const EventCoder& coder, std::string_view sentence,
                                      int32_t date = 20240101) {
  auto scratch = coder.NewScratch();
  std::vector<CodedEvent> out;
  coder.CodeSentence(sentence, date, scratch.get(), &out);
  std::set<std::string> r;
  for (const CodedEvent& e : out) r.insert(e.source + ">" + e.target + " " + e.code);
  return r;
}

}  // namespace dyad::coder_test

#endif  // DYAD_SRC_CODE_CODER_TEST_SUPPORT_H_
