#include "dyad/json.h"

#include <gtest/gtest.h>
#include <simdjson.h>

#include <cstdint>
#include <random>
#include <string>
#include <string_view>

namespace dyad {
namespace {

std::string Json(std::string_view s) {
  std::string out;
  AppendJsonString(s, &out);
  return out;
}

// A slow, obviously-correct reference: decodes code points one at a time.
std::string ReferenceJson(std::string_view s) {
  std::string out = "\"";
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  size_t i = 0, n = s.size();
  while (i < n) {
    unsigned char c = p[i];
    if (c < 0x80) {
      char buf[8];
      switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\t': out += "\\t"; break;
        case '\r': out += "\\r"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        default:
          if (c < 0x20) {
            snprintf(buf, sizeof buf, "\\u%04x", c);
            out += buf;
          } else {
            out += static_cast<char>(c);
          }
      }
      ++i;
      continue;
    }
    size_t len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 0;
    uint32_t cp = len == 4 ? c & 0x07 : len == 3 ? c & 0x0F : c & 0x1F;
    bool ok = len != 0 && i + len <= n && c <= 0xF4;
    for (size_t k = 1; ok && k < len; ++k) {
      if ((p[i + k] & 0xC0) != 0x80) ok = false;
      cp = (cp << 6) | (p[i + k] & 0x3F);
    }
    if (ok) {
      uint32_t min = len == 2 ? 0x80 : len == 3 ? 0x800 : 0x10000;
      ok = cp >= min && cp <= 0x10FFFF && !(cp >= 0xD800 && cp <= 0xDFFF);
    }
    if (ok) {
      out.append(s.substr(i, len));
      i += len;
    } else {
      out += "\xEF\xBF\xBD";
      ++i;
    }
  }
  out += "\"";
  return out;
}

// Parses a JSON string literal back with simdjson; "<invalid>" on failure.
std::string ParseBack(const std::string& json) {
  simdjson::dom::parser parser;
  simdjson::padded_string padded("[" + json + "]");
  simdjson::dom::element doc;
  if (parser.parse(padded).get(doc) != simdjson::SUCCESS) return "<invalid>";
  std::string_view v;
  if (doc.at(0).get_string().get(v) != simdjson::SUCCESS) return "<invalid>";
  return std::string(v);
}

TEST(JsonStringTest, Plain) {
  EXPECT_EQ(Json(""), "\"\"");
  EXPECT_EQ(Json("abc"), "\"abc\"");
  EXPECT_EQ(Json("Russia's troops crossed the border."), "\"Russia's troops crossed the border.\"");
}

TEST(JsonStringTest, AppendsWithoutClearing) {
  std::string out = "x:";
  AppendJsonString("a", &out);
  AppendJsonString("b", &out);
  EXPECT_EQ(out, "x:\"a\"\"b\"");
}

TEST(JsonStringTest, Escapes) {
  EXPECT_EQ(Json("say \"no\""), R"("say \"no\"")");
  EXPECT_EQ(Json("a\\b"), R"("a\\b")");
  EXPECT_EQ(Json("l1\nl2\tt\rr\bb\ff"), R"("l1\nl2\tt\rr\bb\ff")");
  EXPECT_EQ(Json("\x01\x1f"), R"("\u0001\u001f")");
  EXPECT_EQ(Json("/ \x7f"), "\"/ \x7f\"");  // neither needs escaping
}

TEST(JsonStringTest, Nul) {
  EXPECT_EQ(Json(std::string_view("a\0b", 3)), R"("a\u0000b")");
  EXPECT_EQ(Json(std::string_view("\0", 1)), R"("\u0000")");
  EXPECT_EQ(ParseBack(Json(std::string_view("a\0b", 3))), std::string("a\0b", 3));
}

TEST(JsonStringTest, ValidUtf8Kept) {
  for (std::string s : {"caf\xC3\xA9", "\xE6\x97\xA5\xE6\x9C\xAC", "\xF0\x9F\x98\x80",
                        "\xEF\xBF\xBD", "\xE2\x80\xA8", "\xF4\x8F\xBF\xBF", "\xED\x9F\xBF",
                        "Kyiv \xE2\x80\x94 \xD0\x9A\xD0\xB8\xD1\x97\xD0\xB2"}) {
    EXPECT_EQ(Json(s), "\"" + s + "\"") << s;
    EXPECT_EQ(ParseBack(Json(s)), s);
  }
}

TEST(JsonStringTest, InvalidUtf8BecomesReplacement) {
  const std::string r = "\xEF\xBF\xBD";
  EXPECT_EQ(Json("\x80"), "\"" + r + "\"");                   // stray continuation
  EXPECT_EQ(Json("a\xFF" "b"), "\"a" + r + "b\"");
  EXPECT_EQ(Json("\xC0\xAF"), "\"" + r + r + "\"");           // overlong '/'
  EXPECT_EQ(Json("\xE0\x80\xAF"), "\"" + r + r + r + "\"");   // overlong
  EXPECT_EQ(Json("\xED\xA0\x80"), "\"" + r + r + r + "\"");   // surrogate
  EXPECT_EQ(Json("\xF4\x90\x80\x80"), "\"" + r + r + r + r + "\"");  // > U+10FFFF
  EXPECT_EQ(Json("\xE2\x82"), "\"" + r + r + "\"");           // truncated at the end
  EXPECT_EQ(Json("\xE2\x82x"), "\"" + r + r + "x\"");         // truncated mid-text
  EXPECT_EQ(Json("\xC3\xA9\xC3"), "\"\xC3\xA9" + r + "\"");
}

TEST(JsonStringTest, EverySpecialAtEveryPosition) {
  // Crosses the 8-byte fast path at every alignment.
  const std::string specials[] = {"\"", "\\", "\n", std::string(1, '\0'), "\x1f", "\xC3\xA9",
                                  "\xE2\x82\xAC", "\x80", "\xF0\x9F\x98\x80", "\xE2\x82"};
  for (const std::string& sp : specials) {
    for (size_t pos = 0; pos <= 24; ++pos) {
      std::string s(pos, 'a');
      s += sp;
      s += std::string(24 - pos, 'b');
      EXPECT_EQ(Json(s), ReferenceJson(s)) << "pos " << pos;
    }
  }
}

TEST(JsonStringTest, RandomBytesMatchReferenceAndParse) {
  std::mt19937 rng(1234);
  const char alphabet[] = {'a', ' ', '"', '\\', '\n', '\0', '\x01', '\x7f', '\x80', '\xBF',
                           '\xC2', '\xC3', '\xE0', '\xE2', '\xED', '\xF0', '\xF4', '\xFF'};
  for (int iter = 0; iter < 3000; ++iter) {
    std::string s;
    size_t len = rng() % 40;
    for (size_t i = 0; i < len; ++i) {
      s += rng() % 3 == 0 ? alphabet[rng() % sizeof alphabet] : static_cast<char>(rng() & 0xFF);
    }
    std::string json = Json(s);
    ASSERT_EQ(json, ReferenceJson(s)) << "iteration " << iter;
    ASSERT_NE(ParseBack(json), "<invalid>") << json;
  }
}

TEST(JsonStringTest, LongTextRoundTrips) {
  std::string s;
  for (int i = 0; i < 2000; ++i) s += "Protesters gathered in the capital \xE2\x80\x94 \"peaceful\".\n";
  EXPECT_EQ(ParseBack(Json(s)), s);
}

Document MakeDoc(std::string id, std::string text) {
  Document d;
  d.id = std::move(id);
  d.text = std::move(text);
  return d;
}

TEST(JsonSplitTest, ExactFormat) {
  Document doc = MakeDoc("d\"1", "Talks ended. Both left!");
  SplitResult split;
  split.tokens = {{0, 5, TokenKind::kWord}, {6, 11, TokenKind::kWord}, {11, 12, TokenKind::kPunct},
                  {13, 17, TokenKind::kWord}, {18, 22, TokenKind::kWord},
                  {22, 23, TokenKind::kPunct}};
  split.sentences = {{0, 12, 0, 3}, {13, 23, 3, 3}};
  std::string out = "prefix\n";
  AppendSplitJsonl(doc, split, &out);
  EXPECT_EQ(out,
            "prefix\n"
            R"({"doc_id":"d\"1","sentence_id":0,"text":"Talks ended.","start":0,"end":12,)"
            R"("tokens":[{"text":"Talks","start":0,"end":5},{"text":"ended","start":6,"end":11},)"
            R"({"text":".","start":11,"end":12}]})"
            "\n"
            R"({"doc_id":"d\"1","sentence_id":1,"text":"Both left!","start":13,"end":23,)"
            R"("tokens":[{"text":"Both","start":13,"end":17},{"text":"left","start":18,"end":22},)"
            R"({"text":"!","start":22,"end":23}]})"
            "\n");
}

// The record spelled out with AppendJsonString for every string.
std::string ReferenceSplitJsonl(const Document& doc, const SplitResult& split) {
  std::string out;
  for (size_t si = 0; si < split.sentences.size(); ++si) {
    const Sentence& s = split.sentences[si];
    out += "{\"doc_id\":";
    AppendJsonString(doc.id, &out);
    out += ",\"sentence_id\":" + std::to_string(si) + ",\"text\":";
    AppendJsonString(std::string_view(doc.text).substr(s.start, s.end - s.start), &out);
    out += ",\"start\":" + std::to_string(s.start) + ",\"end\":" + std::to_string(s.end);
    out += ",\"tokens\":[";
    for (uint32_t t = s.first_token; t < s.first_token + s.token_count; ++t) {
      if (t != s.first_token) out += ",";
      out += "{\"text\":";
      AppendJsonString(split.TokenText(doc.text, t), &out);
      out += ",\"start\":" + std::to_string(split.tokens[t].start);
      out += ",\"end\":" + std::to_string(split.tokens[t].end) + "}";
    }
    out += "]}\n";
  }
  return out;
}

TEST(JsonSplitTest, MatchesReferenceOnRandomTokens) {
  // Short and long (> 64 bytes) tokens, plain, non-ASCII, escaped, invalid.
  std::mt19937 rng(99);
  const std::string pieces[] = {"a", "word", "\"", "\\", "\n", std::string(1, '\0'), "\xC3\xA9",
                                "\xFF", "http://example.org/a/very/long/path", "-", "."};
  for (int iter = 0; iter < 200; ++iter) {
    Document doc = MakeDoc(iter % 2 ? "id" : "i\"d\xFF", "");
    SplitResult split;
    size_t nsent = 1 + rng() % 4;
    for (size_t si = 0; si < nsent; ++si) {
      Sentence sent;
      sent.start = static_cast<uint32_t>(doc.text.size());
      sent.first_token = static_cast<uint32_t>(split.tokens.size());
      size_t ntok = rng() % 6;
      for (size_t t = 0; t < ntok; ++t) {
        Token tok;
        tok.start = static_cast<uint32_t>(doc.text.size());
        size_t parts = 1 + rng() % 5;
        for (size_t k = 0; k < parts; ++k) doc.text += pieces[rng() % std::size(pieces)];
        tok.end = static_cast<uint32_t>(doc.text.size());
        split.tokens.push_back(tok);
        doc.text += ' ';
      }
      sent.token_count = static_cast<uint32_t>(ntok);
      sent.end = ntok ? split.tokens.back().end : sent.start;
      split.sentences.push_back(sent);
    }
    std::string out;
    AppendSplitJsonl(doc, split, &out);
    ASSERT_EQ(out, ReferenceSplitJsonl(doc, split)) << "iteration " << iter;
  }
}

TEST(JsonSplitTest, NoSentencesNoOutput) {
  Document doc = MakeDoc("empty", "");
  SplitResult split;
  std::string out;
  AppendSplitJsonl(doc, split, &out);
  EXPECT_EQ(out, "");
}

TEST(JsonSplitTest, EmptySentenceHasEmptyTokenList) {
  Document doc = MakeDoc("x", "abc");
  SplitResult split;
  split.sentences = {{0, 0, 0, 0}};
  std::string out;
  AppendSplitJsonl(doc, split, &out);
  EXPECT_EQ(out, R"({"doc_id":"x","sentence_id":0,"text":"","start":0,"end":0,"tokens":[]})" "\n");
}

TEST(JsonSplitTest, HostileBytesStayValidJson) {
  // Invalid UTF-8, NUL, controls, quotes, in the id, the sentence and the tokens.
  Document doc = MakeDoc(std::string("id\xFF\0", 4), std::string("A \"q\" \xC3\x28 b\0c\x01.", 14));
  SplitResult split;
  split.tokens = {{0, 1, TokenKind::kWord}, {2, 5, TokenKind::kPunct}, {6, 7, TokenKind::kOther},
                  {7, 8, TokenKind::kPunct}, {9, 12, TokenKind::kWord}, {12, 13, TokenKind::kOther},
                  {13, 14, TokenKind::kPunct}};
  split.sentences = {{0, 14, 0, 7}};
  std::string out;
  AppendSplitJsonl(doc, split, &out);
  ASSERT_FALSE(out.empty());
  ASSERT_EQ(out.back(), '\n');
  ASSERT_EQ(out.find('\n'), out.size() - 1);  // exactly one line

  simdjson::dom::parser parser;
  simdjson::padded_string padded(out);
  simdjson::dom::element el;
  ASSERT_EQ(parser.parse(padded).get(el), simdjson::SUCCESS) << out;
  std::string_view id, text;
  ASSERT_EQ(el["doc_id"].get_string().get(id), simdjson::SUCCESS);
  EXPECT_EQ(id, std::string_view("id\xEF\xBF\xBD\0", 6));
  ASSERT_EQ(el["text"].get_string().get(text), simdjson::SUCCESS);
  EXPECT_EQ(text, std::string_view("A \"q\" \xEF\xBF\xBD( b\0c\x01.", 16));
  simdjson::dom::array tokens;
  ASSERT_EQ(el["tokens"].get_array().get(tokens), simdjson::SUCCESS);
  EXPECT_EQ(tokens.size(), 7u);
  uint64_t start = 0, end = 0;
  ASSERT_EQ(tokens.at(4)["start"].get_uint64().get(start), simdjson::SUCCESS);
  ASSERT_EQ(tokens.at(4)["end"].get_uint64().get(end), simdjson::SUCCESS);
  EXPECT_EQ(start, 9u);
  EXPECT_EQ(end, 12u);
}

TEST(JsonSplitTest, OutOfRangeOffsetsAreClamped) {
  // A buggy splitter must not make the writer read out of bounds.
  Document doc = MakeDoc("x", "short");
  SplitResult split;
  split.tokens = {{3, 99, TokenKind::kWord}};
  split.sentences = {{0, 99, 0, 5}};
  std::string out;
  AppendSplitJsonl(doc, split, &out);
  EXPECT_NE(out.find(R"("text":"short")"), std::string::npos);
  EXPECT_NE(out.find(R"({"text":"rt","start":3,"end":99})"), std::string::npos);
}

TEST(JsonSplitTest, ManySentencesReuseEscapedId) {
  Document doc = MakeDoc(std::string("long-id-\"") + std::string(100, 'z'), std::string(1000, 'w'));
  SplitResult split;
  for (uint32_t i = 0; i < 100; ++i) {
    split.tokens.push_back({i * 10, i * 10 + 9, TokenKind::kWord});
    split.sentences.push_back({i * 10, i * 10 + 9, i, 1});
  }
  std::string out;
  AppendSplitJsonl(doc, split, &out);
  const std::string id_json = Json(doc.id);
  size_t lines = 0, pos = 0;
  while (pos < out.size()) {
    size_t nl = out.find('\n', pos);
    ASSERT_NE(nl, std::string::npos);
    std::string line = out.substr(pos, nl - pos);
    EXPECT_EQ(line.rfind("{\"doc_id\":" + id_json + ",\"sentence_id\":" + std::to_string(lines) +
                             ",",
                         0),
              0u)
        << line;
    ++lines;
    pos = nl + 1;
  }
  EXPECT_EQ(lines, 100u);
}

}  // namespace
}  // namespace dyad
