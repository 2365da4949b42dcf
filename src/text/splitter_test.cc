#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "dyad/text.h"

namespace dyad {
namespace {

std::vector<std::string> Tokens(std::string_view text) {
  TextSplitter s;
  SplitResult r;
  s.Tokenize(text, &r);
  std::vector<std::string> out;
  for (size_t i = 0; i < r.tokens.size(); ++i) out.emplace_back(r.TokenText(text, i));
  return out;
}

std::vector<std::string> Sentences(std::string_view text) {
  TextSplitter s;
  SplitResult r;
  s.Split(text, &r);
  std::vector<std::string> out;
  for (const Sentence& x : r.sentences) out.emplace_back(text.substr(x.start, x.end - x.start));
  return out;
}

using V = std::vector<std::string>;

TEST(Tokenizer, Clitics) {
  EXPECT_EQ(Tokens("don't"), (V{"do", "n't"}));
  EXPECT_EQ(Tokens("I can't go"), (V{"I", "ca", "n't", "go"}));
  EXPECT_EQ(Tokens("Russia's army"), (V{"Russia", "'s", "army"}));
  EXPECT_EQ(Tokens("Russia\xE2\x80\x99s army"), (V{"Russia", "\xE2\x80\x99s", "army"}));
  EXPECT_EQ(Tokens("they're we've I'm you'll he'd"),
            (V{"they", "'re", "we", "'ve", "I", "'m", "you", "'ll", "he", "'d"}));
  EXPECT_EQ(Tokens("the countries' leaders"), (V{"the", "countries", "'", "leaders"}));
  EXPECT_EQ(Tokens("O'Brien said"), (V{"O'Brien", "said"}));
  EXPECT_EQ(Tokens("cannot"), (V{"can", "not"}));
  EXPECT_EQ(Tokens("'90s"), (V{"'90s"}));
}

TEST(Tokenizer, CompoundsNumbersAbbreviations) {
  EXPECT_EQ(Tokens("Russian-backed rebels"), (V{"Russian-backed", "rebels"}));
  EXPECT_EQ(Tokens("1,000.5 and 3.5% at 10:30"),
            (V{"1,000.5", "and", "3.5", "%", "at", "10:30"}));
  EXPECT_EQ(Tokens("$5 million"), (V{"$", "5", "million"}));
  EXPECT_EQ(Tokens("the U.S. and U.K."), (V{"the", "U.S.", "and", "U.K."}));
  EXPECT_EQ(Tokens("Gen. Smith and Mr. Jones"), (V{"Gen.", "Smith", "and", "Mr.", "Jones"}));
  EXPECT_EQ(Tokens("J. R. Smith"), (V{"J.", "R.", "Smith"}));
  EXPECT_EQ(Tokens("No. 10 and said no."), (V{"No.", "10", "and", "said", "no", "."}));
  EXPECT_EQ(Tokens("U.S.-backed forces"), (V{"U.S.-backed", "forces"}));
  EXPECT_EQ(Tokens("AT&T e.g. this"), (V{"AT&T", "e.g.", "this"}));
  EXPECT_EQ(Tokens("end. Next"), (V{"end", ".", "Next"}));
  EXPECT_EQ(Tokens("wait... what?!"), (V{"wait", "...", "what", "?!"}));
  EXPECT_EQ(Tokens("1,000,000 people"), (V{"1,000,000", "people"}));
  EXPECT_EQ(Tokens("in 1987,1988"), (V{"in", "1987", ",", "1988"}));
}

TEST(Tokenizer, UrlsAndEmails) {
  EXPECT_EQ(Tokens("see https://example.org/a?b=c. Then"),
            (V{"see", "https://example.org/a?b=c", ".", "Then"}));
  EXPECT_EQ(Tokens("(www.example.com)"), (V{"(", "www.example.com", ")"}));
  EXPECT_EQ(Tokens("mail press@example.org."), (V{"mail", "press@example.org", "."}));
  EXPECT_EQ(Tokens("example.com is"), (V{"example.com", "is"}));
}

TEST(Tokenizer, QuotesAndPunctuation) {
  EXPECT_EQ(Tokens("\xE2\x80\x9CNo,\xE2\x80\x9D he said."),
            (V{"\xE2\x80\x9C", "No", ",", "\xE2\x80\x9D", "he", "said", "."}));
  EXPECT_EQ(Tokens("\"Yes\" (maybe) [x]"),
            (V{"\"", "Yes", "\"", "(", "maybe", ")", "[", "x", "]"}));
  EXPECT_EQ(Tokens("war \xE2\x80\x94 again"), (V{"war", "\xE2\x80\x94", "again"}));
  EXPECT_EQ(Tokens("a -- b"), (V{"a", "--", "b"}));
}

// The tokenizer takes a short cut for a run of ASCII letters and digits that
// a blank (or, after letters, a comma) ends; these are the cases where the
// short cut must not be taken, or must give what the full scan gives.
TEST(Tokenizer, PlainWordShortCut) {
  EXPECT_EQ(Tokens("dont, wasnt\nim"), (V{"do", "nt", ",", "was", "nt", "i", "m"}));
  EXPECT_EQ(Tokens("Im"), (V{"I", "m"}));  // at the very end of the text
  EXPECT_EQ(Tokens("mint tint mant"), (V{"mint", "tint", "mant"}));
  EXPECT_EQ(Tokens("the http://a.org/x www.b.org ftp://c"),
            (V{"the", "http://a.org/x", "www.b.org", "ftp://c"}));
  EXPECT_EQ(Tokens("hwww was www for ftp"), (V{"hwww", "was", "www", "for", "ftp"}));
  EXPECT_EQ(Tokens("1,000 1987,1988 Paris, 42,"),
            (V{"1,000", "1987", ",", "1988", "Paris", ",", "42", ","}));
  EXPECT_EQ(Tokens("Photo, Image: the AccordsImage:"),
            (V{"Photo", ",", "Image", ":", "the", "Accords", "Image", ":"}));

  TextSplitter s;
  SplitResult r;
  const std::string_view text = "a 12\n\nb3 c\n";
  s.Tokenize(text, &r);
  ASSERT_EQ(r.tokens.size(), 4u);
  EXPECT_EQ(r.tokens[1].kind, TokenKind::kNumber);
  EXPECT_EQ(r.tokens[2].kind, TokenKind::kWord);  // b3: letters and digits
  EXPECT_EQ(r.tokens[2].breaks_before, 2);
  EXPECT_EQ(r.tokens[3].breaks_before, 0);
  EXPECT_EQ(r.TokenText(text, 2), "b3");
}

TEST(Tokenizer, RunOnWordStaysWhole) {
  EXPECT_EQ(Tokens("Zelenskythey met"), (V{"Zelenskythey", "met"}));
  EXPECT_EQ(Tokens("RoadImage of"), (V{"RoadImage", "of"}));
  EXPECT_EQ(Tokens("Image: X"), (V{"Image", ":", "X"}));
}

// A caption's credit label that a page's text extraction glued to it.
TEST(Tokenizer, GluedCreditLabel) {
  EXPECT_EQ(Tokens("the Accords signedImage: The Press Office."),
            (V{"the", "Accords", "signed", "Image", ":", "The", "Press", "Office", "."}));
  EXPECT_EQ(Tokens("Jo HarperPhoto: Campaign"), (V{"Jo", "Harper", "Photo", ":", "Campaign"}));
}

TEST(Tokenizer, Unicode) {
  EXPECT_EQ(Tokens("Erdo\xC4\x9F" "an met Lula da Silva in S\xC3\xA3o Paulo"),
            (V{"Erdo\xC4\x9F" "an", "met", "Lula", "da", "Silva", "in", "S\xC3\xA3o", "Paulo"}));
  EXPECT_EQ(Tokens("\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0, \xE5\x8C\x97\xE4\xBA\xAC"),
            (V{"\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0", ",", "\xE5\x8C\x97\xE4\xBA\xAC"}));
  // Non-breaking space separates tokens.
  EXPECT_EQ(Tokens("a\xC2\xA0" "b"), (V{"a", "b"}));
}

TEST(Tokenizer, InvalidBytesNeverBreakOrCrash) {
  // A Latin-1 e-acute inside a word keeps the word whole; offsets are raw.
  std::string s = "Montr\xE9" "al police";
  EXPECT_EQ(Tokens(s), (V{"Montr\xE9" "al", "police"}));
  std::string nul("a\0b c", 5);
  auto t = Tokens(nul);
  EXPECT_EQ(t.size(), 3u);  // NUL is a blank
  std::string junk = "\xFF\xFE\xC0\x80\xED\xA0\x80 \xF4\x90\x80\x80";
  auto j = Tokens(junk);
  ASSERT_FALSE(j.empty());
  size_t covered = 0;
  for (auto& x : j) covered += x.size();
  EXPECT_EQ(covered, junk.size() - 1);  // everything but the space is in a token
  // A leading-period number followed by a clitic (found by split_fuzz).
  EXPECT_EQ(Tokens(".5s' x"), (V{".5s", "'", "x"}));
  // Truncated sequence at the end.
  EXPECT_EQ(Tokens("abc\xE2\x80"), (V{"abc\xE2\x80"}));
}

TEST(Tokenizer, OffsetsPointIntoOriginal) {
  std::string text = "  Xi and Putin pledged\tto deepen ties.\n";
  TextSplitter s;
  SplitResult r;
  s.Split(text, &r);
  ASSERT_EQ(r.tokens.size(), 8u);
  for (const Token& t : r.tokens) {
    ASSERT_LE(t.start, t.end);
    ASSERT_LE(t.end, text.size());
  }
  EXPECT_EQ(r.tokens[0].start, 2u);
  EXPECT_EQ(r.TokenText(text, 3), "pledged");
  ASSERT_EQ(r.sentences.size(), 1u);
  EXPECT_EQ(r.sentences[0].start, 2u);
  EXPECT_EQ(r.sentences[0].end, text.size() - 1);
}

TEST(Splitter, Basic) {
  EXPECT_EQ(Sentences("Russia attacked. Ukraine responded! Did it? Yes."),
            (V{"Russia attacked.", "Ukraine responded!", "Did it?", "Yes."}));
}

TEST(Splitter, Abbreviations) {
  EXPECT_EQ(Sentences("Gen. Mark Milley met Mr. Smith in Washington, D.C. on Jan. 5."),
            (V{"Gen. Mark Milley met Mr. Smith in Washington, D.C. on Jan. 5."}));
  EXPECT_EQ(Sentences("The U.S. Army left. The U.S. They said so."),
            (V{"The U.S. Army left.", "The U.S.", "They said so."}));
  EXPECT_EQ(Sentences("Apple Inc. The company said."), (V{"Apple Inc.", "The company said."}));
  EXPECT_EQ(Sentences("J. K. Rowling wrote it."), (V{"J. K. Rowling wrote it."}));
  EXPECT_EQ(Sentences("It cost 3.5 billion. Prices rose 1.2 percent."),
            (V{"It cost 3.5 billion.", "Prices rose 1.2 percent."}));
}

TEST(Splitter, QuotesAndBrackets) {
  EXPECT_EQ(Sentences("\xE2\x80\x9CWe will win.\xE2\x80\x9D Then he left."),
            (V{"\xE2\x80\x9CWe will win.\xE2\x80\x9D", "Then he left."}));
  EXPECT_EQ(Sentences("He said \"no.\" She agreed."), (V{"He said \"no.\"", "She agreed."}));
  EXPECT_EQ(Sentences("(It was late.) They met."), (V{"(It was late.)", "They met."}));
  EXPECT_EQ(Sentences("\"Why?\" he asked. Nobody knew."),
            (V{"\"Why?\" he asked.", "Nobody knew."}));
  EXPECT_EQ(Sentences("It fell 5%. $3 billion was lost."),
            (V{"It fell 5%.", "$3 billion was lost."}));
}

TEST(Splitter, ParagraphsHeadlinesDatelines) {
  EXPECT_EQ(Sentences("Protests Spread Across Serbia\nPolice detained dozens on Monday."),
            (V{"Protests Spread Across Serbia", "Police detained dozens on Monday."}));
  EXPECT_EQ(Sentences("Friday, January 4, 2019\n\n\nAn apartment building collapsed."),
            (V{"Friday, January 4, 2019", "An apartment building collapsed."}));
  EXPECT_EQ(Sentences("MOSCOW (Reuters) - Russia said on Monday it would respond."),
            (V{"MOSCOW (Reuters) -", "Russia said on Monday it would respond."}));
  EXPECT_EQ(Sentences("KYIV, Ukraine \xE2\x80\x94 Drones hit the city."),
            (V{"KYIV, Ukraine \xE2\x80\x94", "Drones hit the city."}));
  // Hard-wrapped text (Reuters style) stays one sentence.
  EXPECT_EQ(Sentences("Showers continued throughout the week in\nthe Bahia cocoa zone, "
                      "officials\nsaid."),
            (V{"Showers continued throughout the week in\nthe Bahia cocoa zone, officials\nsaid."}));
  EXPECT_EQ(Sentences("The talks ended\nwithout a deal."),
            (V{"The talks ended\nwithout a deal."}));
  // A news digest: an item's code in brackets, then the next item's dateline.
  EXPECT_EQ(Sentences("Silver rose 5 pence.(XYGH 1305)\n    WASHINGTON - Kuwait has asked for help."),
            (V{"Silver rose 5 pence.", "(XYGH 1305)", "WASHINGTON -", "Kuwait has asked for help."}));
  EXPECT_EQ(Sentences("Prices held (in dollars)\nWASHINGTON - Kuwait has asked for help."),
            (V{"Prices held (in dollars)", "WASHINGTON -", "Kuwait has asked for help."}));
  // A news digest's items: a line that opens a sentence may open with a
  // dateline, and a line of dashes stands alone.
  EXPECT_EQ(Sentences("Rescue workers planned to evacuate, sources\nsaid.\n    CAIRO - Egypt's "
                      "opposition\ncharged that the vote was rigged."),
            (V{"Rescue workers planned to evacuate, sources\nsaid.", "CAIRO -",
               "Egypt's opposition\ncharged that the vote was rigged."}));
  EXPECT_EQ(Sentences("Baghdad said it repulsed\nthe attack.\n    - - - -\n    BEIRUT - Rescue workers "
                      "planned to go."),
            (V{"Baghdad said it repulsed\nthe attack.", "- - - -", "BEIRUT -",
               "Rescue workers planned to go."}));
  // Mid-sentence, a line that begins with capitals and a dash is no dateline.
  EXPECT_EQ(Sentences("Talks with\nNATO - the alliance - went on."),
            (V{"Talks with\nNATO - the alliance - went on."}));
  // A news service's credit in brackets needs no dash.
  EXPECT_EQ(Sentences("(CNN) President Trump made a trip to Walter Reed hospital."),
            (V{"(CNN)", "President Trump made a trip to Walter Reed hospital."}));
  EXPECT_EQ(Sentences("Washington (CNN) The House voted on Friday."),
            (V{"Washington (CNN)", "The House voted on Friday."}));
  EXPECT_EQ(Sentences("Hong Kong (Reuters) \xE2\x80\x94 Police fired tear gas."),
            (V{"Hong Kong (Reuters) \xE2\x80\x94", "Police fired tear gas."}));
  // Brackets that are no credit stay in the sentence.
  EXPECT_EQ(Sentences("Amnesty International (AI) Director Smith spoke."),
            (V{"Amnesty International (AI) Director Smith spoke."}));
  // Not a word in capitals without its dash.
  EXPECT_EQ(Sentences("Talks went on (for days)\nNATO said."), (V{"Talks went on (for days)\nNATO said."}));
}

TEST(Splitter, DatelinesAreMarked) {
  TextSplitter s;
  SplitResult r;
  s.Split("MOSCOW (Reuters) - Russia said it would respond.\n    - - - -\n    BAHRAIN - Iran "
          "attacked.", &r);
  ASSERT_EQ(r.sentences.size(), 5u);
  std::vector<bool> marked;
  for (const Sentence& x : r.sentences) marked.push_back(x.dateline);
  EXPECT_EQ(marked, (std::vector<bool>{true, false, false, true, false}));
  s.Split("(CNN) President Trump made a trip.", &r);
  ASSERT_EQ(r.sentences.size(), 2u);
  EXPECT_TRUE(r.sentences[0].dateline);
  EXPECT_FALSE(r.sentences[1].dateline);
}

TEST(Splitter, HostileInputs) {
  TextSplitter s;
  SplitResult r;
  s.Split("", &r);
  EXPECT_TRUE(r.sentences.empty());
  s.Split("   \n\n  ", &r);
  EXPECT_TRUE(r.sentences.empty());
  s.Split("....!!!???", &r);
  EXPECT_EQ(r.sentences.size(), 1u);
  std::string big(1 << 20, 'a');
  s.Split(big, &r);
  EXPECT_EQ(r.tokens.size(), 1u);
  std::string dots(100000, '.');
  s.Split(dots, &r);
  EXPECT_EQ(r.tokens.size(), 1u);
}

TEST(Utf8, ValidateAndRepair) {
  EXPECT_TRUE(IsValidUtf8("plain ascii"));
  EXPECT_TRUE(IsValidUtf8("Kyiv \xD0\x9A\xD0\xB8\xD1\x97\xD0\xB2 \xF0\x9F\x98\x80"));
  EXPECT_FALSE(IsValidUtf8("\xC0\x80"));          // overlong NUL
  EXPECT_FALSE(IsValidUtf8("\xED\xA0\x80"));      // surrogate
  EXPECT_FALSE(IsValidUtf8("\xF4\x90\x80\x80"));  // > U+10FFFF
  EXPECT_FALSE(IsValidUtf8("abc\xE2\x80"));       // truncated
  EXPECT_EQ(RepairUtf8("a\xFF" "b"), "a\xEF\xBF\xBD" "b");
  EXPECT_EQ(RepairUtf8(std::string("a\0b\x01" "c\n", 6)), "abc\n");
  std::string ok = "S\xC3\xA3o Paulo \xE2\x80\x94 fine";
  EXPECT_EQ(RepairUtf8(ok), ok);
  EXPECT_TRUE(IsValidUtf8(RepairUtf8("\xFF\xFE\xED\xA0\x80 \xE2\x80")));
}

TEST(MatchForm, FoldsTypography) {
  EXPECT_EQ(MatchForm("Russia\xE2\x80\x99s"), "Russia's");
  EXPECT_EQ(MatchForm("\xE2\x80\x9CX\xE2\x80\x9D"), "\"X\"");
  EXPECT_EQ(MatchForm("2019\xE2\x80\x93" "2020"), "2019-2020");
  EXPECT_EQ(MatchForm("\xEF\xAC\x81" "re"), "fire");           // ligature, NFKC
  EXPECT_EQ(MatchForm("Cafe\xCC\x81"), "Caf\xC3\xA9");          // composed
  EXPECT_EQ(LowerMatchForm("KREMLIN"), "kremlin");
  EXPECT_EQ(LowerMatchForm("\xC3\x89LYS\xC3\x89" "E"), "\xC3\xA9lys\xC3\xA9" "e");
  EXPECT_EQ(MatchForm("a\xFF"), "a\xEF\xBF\xBD");
  EXPECT_EQ(MatchKey("Erdo\xC4\x9F" "an"), "ERDOGAN");
  EXPECT_EQ(MatchKey("C\xC3\xB4te"), "COTE");
  EXPECT_EQ(MatchKey("Russia\xE2\x80\x99s"), "RUSSIA'S");
  EXPECT_EQ(MatchKey("\xD0\x9C\xD0\x9E\xD0\xA1\xD0\x9A\xD0\x92\xD0\x90"),
            MatchKey("\xD0\xBC\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0"));  // case-folded
  EXPECT_EQ(MatchKey("Kyiv"), "KYIV");
}

}  // namespace
}  // namespace dyad
