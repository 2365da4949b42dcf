// End-to-end tests of the `dyad` binary: run it on temporary files, check exit
// statuses, messages and the JSON it writes.
#include <gtest/gtest.h>
#include <simdjson.h>
#include <stdlib.h>
#include <sys/wait.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#ifndef DYAD_CLI_PATH
#error "DYAD_CLI_PATH must name the dyad binary"
#endif

namespace {

namespace fs = std::filesystem;

std::string ShellQuote(const std::string& s) {
  std::string q = "'";
  for (char c : s) {
    if (c == '\'') {
      q += "'\\''";
    } else {
      q += c;
    }
  }
  return q + "'";
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::vector<std::string> Lines(const std::string& s) {
  std::vector<std::string> lines;
  size_t pos = 0;
  while (pos < s.size()) {
    size_t nl = s.find('\n', pos);
    if (nl == std::string::npos) nl = s.size();
    lines.push_back(s.substr(pos, nl - pos));
    pos = nl + 1;
  }
  return lines;
}

struct RunResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

// One parsed `dyad split` line.
struct SplitLine {
  std::string doc_id;
  uint64_t sentence_id = 0;
  std::string text;
  uint64_t start = 0, end = 0;
  struct Tok {
    std::string text;
    uint64_t start = 0, end = 0;
  };
  std::vector<Tok> tokens;
};

::testing::AssertionResult ParseSplitLine(const std::string& line, SplitLine* out) {
  simdjson::dom::parser parser;
  simdjson::padded_string padded(line);
  simdjson::dom::element el;
  if (parser.parse(padded).get(el) != simdjson::SUCCESS) {
    return ::testing::AssertionFailure() << "invalid JSON: " << line;
  }
  std::string_view sv;
  simdjson::dom::array tokens;
  if (el["doc_id"].get_string().get(sv)) return ::testing::AssertionFailure() << "doc_id: " << line;
  out->doc_id = sv;
  if (el["text"].get_string().get(sv)) return ::testing::AssertionFailure() << "text: " << line;
  out->text = sv;
  if (el["sentence_id"].get_uint64().get(out->sentence_id) || el["start"].get_uint64().get(out->start) ||
      el["end"].get_uint64().get(out->end) || el["tokens"].get_array().get(tokens)) {
    return ::testing::AssertionFailure() << "fields: " << line;
  }
  out->tokens.clear();
  for (simdjson::dom::element t : tokens) {
    SplitLine::Tok tok;
    if (t["text"].get_string().get(sv) || t["start"].get_uint64().get(tok.start) ||
        t["end"].get_uint64().get(tok.end)) {
      return ::testing::AssertionFailure() << "token: " << line;
    }
    tok.text = sv;
    out->tokens.push_back(std::move(tok));
  }
  return ::testing::AssertionSuccess();
}

// Checks every line of `out` against the documents' texts (by id, in the
// order given): valid JSON, offsets that slice out "text", sentence ids 0, 1,
// ... per document, documents in input order. Returns the sentence count.
size_t CheckSplitOutput(const std::string& out,
                        const std::vector<std::pair<std::string, std::string>>& docs) {
  std::map<std::string, size_t> index;
  for (size_t i = 0; i < docs.size(); ++i) index[docs[i].first] = i;
  size_t doc = 0, next_sentence = 0, lines = 0;
  bool started = false;
  for (const std::string& line : Lines(out)) {
    SplitLine s;
    EXPECT_TRUE(ParseSplitLine(line, &s));
    auto it = index.find(s.doc_id);
    if (it == index.end()) {
      ADD_FAILURE() << "unknown doc_id " << s.doc_id;
      continue;
    }
    if (!started || it->second != doc) {
      EXPECT_TRUE(!started || it->second > doc) << "documents out of order at " << s.doc_id;
      doc = it->second;
      next_sentence = 0;
      started = true;
    }
    EXPECT_EQ(s.sentence_id, next_sentence++) << line;
    const std::string& text = docs[doc].second;
    EXPECT_LE(s.start, s.end);
    EXPECT_LE(s.end, text.size());
    EXPECT_EQ(s.text, text.substr(s.start, s.end - s.start)) << line;
    for (const SplitLine::Tok& t : s.tokens) {
      EXPECT_GE(t.start, s.start);
      EXPECT_LE(t.end, s.end);
      EXPECT_EQ(t.text, text.substr(t.start, t.end - t.start)) << line;
    }
    ++lines;
  }
  return lines;
}

class CliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string pattern = (fs::path(::testing::TempDir()) / "dyad_cli_XXXXXX").string();
    ASSERT_NE(mkdtemp(pattern.data()), nullptr);
    dir_ = pattern;
  }
  void TearDown() override {
    std::error_code ec;
    fs::remove_all(dir_, ec);
  }

  std::string Path(const std::string& name) const { return (fs::path(dir_) / name).string(); }

  std::string Write(const std::string& name, const std::string& content) {
    std::string path = Path(name);
    std::ofstream(path, std::ios::binary) << content;
    return path;
  }

  // Runs `dyad <args>` (args already shell-quoted as needed).
  RunResult Run(const std::string& args, const std::string& stdin_path = "/dev/null") {
    std::string out = Path("stdout.txt"), err = Path("stderr.txt");
    std::string cmd = ShellQuote(DYAD_CLI_PATH) + " " + args + " <" + ShellQuote(stdin_path) +
                      " >" + ShellQuote(out) + " 2>" + ShellQuote(err);
    int status = std::system(cmd.c_str());
    RunResult r;
    r.exit_code = status != -1 && WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    r.out = ReadFile(out);
    r.err = ReadFile(err);
    return r;
  }

  std::string dir_;
};

// Three short documents: one id quoted, one with non-ASCII text and quotes.
const std::vector<std::pair<std::string, std::string>> kDocs = {
    {"a1", "Diplomats met in Vienna on Monday. They agreed to meet again in May."},
    {"b\"2", "Protesters marched through K\xC3\xB6ln. \"We want peace,\" one said.\n\nPolice watched."},
    {"c3", "Rebels shelled the town overnight. The army said 12 soldiers were wounded."},
};

const char kJsonl[] =
    R"({"id":"a1","date":"2024-01-08","text":"Diplomats met in Vienna on Monday. They agreed to meet again in May."})"
    "\n"
    R"({"id":"b\"2","text":"Protesters marched through K\u00f6ln. \"We want peace,\" one said.\n\nPolice watched."})"
    "\n"
    R"({"id":"c3","text":"Rebels shelled the town overnight. The army said 12 soldiers were wounded."})"
    "\n";

TEST_F(CliTest, Version) {
  RunResult r = Run("--version");
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.out, "dyad 0.1.0\n");
}

TEST_F(CliTest, Help) {
  RunResult r = Run("--help");
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_NE(r.out.find("split"), std::string::npos);
  r = Run("split --help");
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_NE(r.out.find("--threads"), std::string::npos);
}

TEST_F(CliTest, UsageErrorsExit2) {
  EXPECT_EQ(Run("").exit_code, 2);
  EXPECT_EQ(Run("frobnicate").exit_code, 2);
  EXPECT_EQ(Run("split").exit_code, 2);
  std::string in = Write("in.jsonl", kJsonl);
  RunResult r = Run("split --format xml " + ShellQuote(in));
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("dyad: "), std::string::npos) << r.err;
  r = Run("split --date yesterday-ish " + ShellQuote(in));
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("yesterday-ish"), std::string::npos) << r.err;
  EXPECT_EQ(Run("split --threads -3 " + ShellQuote(in)).exit_code, 2);
}

TEST_F(CliTest, SplitJsonl) {
  std::string in = Write("news.jsonl", kJsonl);
  RunResult r = Run("split --no-progress " + ShellQuote(in));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err, "");
  size_t sentences = CheckSplitOutput(r.out, kDocs);
  EXPECT_GE(sentences, 6u);
  EXPECT_NE(r.out.find(R"({"doc_id":"b\"2","sentence_id":0,)"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find(R"({"text":"Köln","start":)"), std::string::npos) << r.out;
}

TEST_F(CliTest, SplitTextFile) {
  const std::string text =
      "Leaders sign accord\n\nBRUSSELS, June 3 - The two leaders signed a trade accord on "
      "Tuesday. Talks on fishing rights will resume next month.\n";
  std::string in = Write("accord.txt", text);
  RunResult r = Run("split " + ShellQuote(in));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::vector<std::string> lines = Lines(r.out);
  ASSERT_GE(lines.size(), 3u);
  SplitLine first;
  ASSERT_TRUE(ParseSplitLine(lines[0], &first));
  EXPECT_EQ(CheckSplitOutput(r.out, {{first.doc_id, text}}), lines.size());
  EXPECT_EQ(first.text, "Leaders sign accord");
}

TEST_F(CliTest, MissingInputExit2NamesIt) {
  std::string missing = Path("no-such-file.jsonl");
  RunResult r = Run("split " + ShellQuote(missing));
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(r.err.rfind("dyad: ", 0), 0u) << r.err;
  EXPECT_NE(r.err.find("no-such-file.jsonl"), std::string::npos) << r.err;
}

TEST_F(CliTest, BadLineExit1OthersStillWritten) {
  std::vector<std::string> lines = Lines(kJsonl);
  std::string in = Write("mixed.jsonl", lines[0] + "\n{\"id\": \"broken\", \"text\": \n" + lines[2] + "\n");
  RunResult r = Run("split " + ShellQuote(in));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err.rfind("dyad: ", 0), 0u) << r.err;
  EXPECT_NE(r.err.find("mixed.jsonl:2"), std::string::npos) << r.err;
  EXPECT_EQ(Lines(r.err).size(), 1u) << r.err;
  CheckSplitOutput(r.out, {kDocs[0], kDocs[2]});
  EXPECT_NE(r.out.find(R"({"doc_id":"a1")"), std::string::npos);
  EXPECT_NE(r.out.find(R"({"doc_id":"c3")"), std::string::npos);

  // --quiet: same output and status, no message.
  RunResult q = Run("split --quiet " + ShellQuote(in));
  EXPECT_EQ(q.exit_code, 1);
  EXPECT_EQ(q.err, "");
  EXPECT_EQ(q.out, r.out);
}

TEST_F(CliTest, NothingReadableExit2) {
  std::string in = Write("bad.jsonl", "{oops\n[1,2\n");
  RunResult r = Run("split " + ShellQuote(in));
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.out, "");
  EXPECT_NE(r.err.find("bad.jsonl:1"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("bad.jsonl:2"), std::string::npos) << r.err;
}

TEST_F(CliTest, OutputFile) {
  std::string in = Write("news.jsonl", kJsonl);
  RunResult to_stdout = Run("split " + ShellQuote(in));
  ASSERT_EQ(to_stdout.exit_code, 0);
  std::string out = Path("out.jsonl");
  RunResult r = Run("split -o " + ShellQuote(out) + " " + ShellQuote(in));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(ReadFile(out), to_stdout.out);
  r = Run("split --output=" + ShellQuote(out + "2") + " " + ShellQuote(in));
  EXPECT_EQ(ReadFile(out + "2"), to_stdout.out);
}

TEST_F(CliTest, OutputThatIsAnInputRefused) {
  std::string in = Write("news.jsonl", kJsonl);
  RunResult r = Run("split -o " + ShellQuote(in) + " " + ShellQuote(in));
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("news.jsonl"), std::string::npos) << r.err;
  EXPECT_EQ(ReadFile(in), kJsonl);  // untouched
}

TEST_F(CliTest, UnwritableOutputExit2) {
  std::string in = Write("news.jsonl", kJsonl);
  RunResult r = Run("split -o " + ShellQuote(Path("no/such/dir/out.jsonl")) + " " + ShellQuote(in));
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("out.jsonl"), std::string::npos) << r.err;
  if (fs::exists("/dev/full")) {
    r = Run("split -o /dev/full " + ShellQuote(in));
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_NE(r.err.find("/dev/full"), std::string::npos) << r.err;
  }
}

TEST_F(CliTest, ThreadsGiveIdenticalOutput) {
  // Over 2 MB of text, so that several batches are in flight.
  std::string jsonl;
  std::vector<std::pair<std::string, std::string>> docs;
  for (int i = 0; i < 4000; ++i) {
    std::string id = "n";
    id += std::to_string(i);
    std::string text;
    for (int s = 0; s < 4 + i % 5; ++s) {
      text += "Envoy number ";
      text += std::to_string(i);
      text += " met officials in Nairobi on day ";
      text += std::to_string(s);
      text += ", the ministry said. ";
    }
    jsonl += R"({"id":")" + id + R"(","text":")" + text + "\"}\n";
    docs.emplace_back(id, text);
  }
  std::string in = Write("big.jsonl", jsonl);
  RunResult one = Run("split --threads 1 " + ShellQuote(in));
  RunResult two = Run("split --threads 2 " + ShellQuote(in));
  ASSERT_EQ(one.exit_code, 0) << one.err;
  ASSERT_EQ(two.exit_code, 0) << two.err;
  EXPECT_TRUE(one.out == two.out) << "outputs differ";
  EXPECT_GE(CheckSplitOutput(two.out, docs), 4000u);
}

TEST_F(CliTest, Stdin) {
  std::string in = Write("news.jsonl", kJsonl);
  RunResult from_file = Run("split " + ShellQuote(in));
  RunResult from_stdin = Run("split -", in);
  EXPECT_EQ(from_stdin.exit_code, 0) << from_stdin.err;
  EXPECT_EQ(from_stdin.out, from_file.out);
  RunResult explicit_format = Run("split --format jsonl -", in);
  EXPECT_EQ(explicit_format.out, from_file.out);
}

TEST_F(CliTest, FieldOptions) {
  std::string in = Write("custom.jsonl",
                         R"({"story_id":"s1","story":"Troops withdrew. Talks resumed.","text":"no"})"
                         "\n");
  RunResult r = Run("split --id-field story_id --text-field story " + ShellQuote(in));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_GE(CheckSplitOutput(r.out, {{"s1", "Troops withdrew. Talks resumed."}}), 2u);
}

TEST_F(CliTest, BundledExamples) {
  const std::string dir = std::string(DYAD_SOURCE_DIR) + "/examples/news";
  if (!fs::exists(dir)) GTEST_SKIP() << "no " << dir;
  RunResult r = Run("split " + ShellQuote(dir));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err, "");
  // Every line is valid; the JSONL articles' offsets check out.
  std::vector<std::pair<std::string, std::string>> docs;
  simdjson::dom::parser parser;
  for (const std::string& line : Lines(ReadFile(dir + "/articles.jsonl"))) {
    simdjson::padded_string padded(line);
    simdjson::dom::element el;
    ASSERT_EQ(parser.parse(padded).get(el), simdjson::SUCCESS);
    std::string_view id, text;
    ASSERT_EQ(el["id"].get_string().get(id), simdjson::SUCCESS);
    ASSERT_EQ(el["text"].get_string().get(text), simdjson::SUCCESS);
    docs.emplace_back(std::string(id), std::string(text));
  }
  std::string jsonl_part;
  size_t lines = 0;
  for (const std::string& line : Lines(r.out)) {
    SplitLine s;
    ASSERT_TRUE(ParseSplitLine(line, &s));
    ++lines;
    if (s.doc_id.rfind("example-", 0) == 0) jsonl_part += line + "\n";
  }
  EXPECT_GE(lines, 20u);
  EXPECT_GE(CheckSplitOutput(jsonl_part, docs), 12u);
}

}  // namespace
