// End-to-end tests of `dyad tag`: chunk and clause items in CoNLL-U MISC and
// in JSON Lines, --pretokenized, and --eval-chunks on a small file.
#include <gtest/gtest.h>
#include <stdlib.h>
#include <sys/wait.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#ifndef DYAD_CLI_PATH
#error "DYAD_CLI_PATH must name the dyad binary"
#endif

namespace {

namespace fs = std::filesystem;

class TagCli : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string pattern = (fs::path(::testing::TempDir()) / "dyad_tag_XXXXXX").string();
    ASSERT_NE(mkdtemp(pattern.data()), nullptr);
    dir_ = pattern;
  }
  void TearDown() override {
    std::error_code ec;
    fs::remove_all(dir_, ec);
  }
  std::string Write(const std::string& name, const std::string& content) {
    const std::string path = (fs::path(dir_) / name).string();
    std::ofstream(path, std::ios::binary) << content;
    return path;
  }
  // Runs `dyad tag <args>`; returns its exit code, stdout in *out.
  int Tag(const std::string& args, std::string* out) {
    const std::string out_path = (fs::path(dir_) / "out.txt").string();
    const std::string cmd = std::string("'") + DYAD_CLI_PATH + "' tag " + args + " >'" +
                            out_path + "' 2>/dev/null </dev/null";
    const int status = std::system(cmd.c_str());
    std::ifstream in(out_path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    *out = s.str();
    return status != -1 && WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  }
  // The MISC column of the CoNLL-U line whose FORM is `form`.
  static std::string Misc(const std::string& conllu, const std::string& form) {
    std::istringstream in(conllu);
    std::string line;
    while (std::getline(in, line)) {
      if (line.empty() || line[0] == '#') continue;
      const size_t a = line.find('\t');
      const size_t b = line.find('\t', a + 1);
      if (line.substr(a + 1, b - a - 1) == form) return line.substr(line.rfind('\t') + 1);
    }
    return "";
  }
  std::string dir_;
};

TEST_F(TagCli, ConlluShowsChunksAndClauses) {
  const std::string in = Write("in.txt", "Officials said the rebels were not defeated by the army .\n");
  std::string out;
  ASSERT_EQ(Tag("--pretokenized '" + in + "'", &out), 0);
  EXPECT_NE(Misc(out, "Officials").find("Chunk=B-NP|ChunkHead=Yes|Clause=1|Role=subj"),
            std::string::npos) << out;
  const std::string said = Misc(out, "said");
  EXPECT_NE(said.find("Verb=say"), std::string::npos) << said;
  EXPECT_NE(said.find("Speech=Yes"), std::string::npos) << said;
  const std::string defeated = Misc(out, "defeated");
  EXPECT_NE(defeated.find("Clause=2|Role=verb|Verb=defeat"), std::string::npos) << defeated;
  EXPECT_NE(defeated.find("Voice=pass|Neg=Yes"), std::string::npos) << defeated;
  EXPECT_NE(defeated.find("Link=complement|Parent=1"), std::string::npos) << defeated;
  EXPECT_NE(Misc(out, "not").find("Role=neg"), std::string::npos);
  EXPECT_NE(Misc(out, "army").find("Role=agent"), std::string::npos);
  EXPECT_NE(Misc(out, ".").find("Chunk=O"), std::string::npos);
}

TEST_F(TagCli, JsonlHasChunkRoleAndVerb) {
  const std::string in = Write("in.txt", "Iran plans to enrich uranium .\n");
  std::string out;
  ASSERT_EQ(Tag("--pretokenized --output-format jsonl '" + in + "'", &out), 0);
  EXPECT_NE(out.find(R"("text":"Iran")"), std::string::npos);
  EXPECT_NE(out.find(R"("chunk":"B-NP","chunk_head":true,"clause":1,"role":"subj")"),
            std::string::npos) << out;
  EXPECT_NE(out.find(R"("verb":{"lemma":"enrich","tense":"present")"), std::string::npos) << out;
  EXPECT_NE(out.find(R"("modality":"intended")"), std::string::npos) << out;
}

TEST_F(TagCli, EvalChunks) {
  const std::string gold = Write("gold.txt",
                                 "Russia NNP B-NP\nattacked VBD B-VP\nthe DT B-NP\nport NN I-NP\n"
                                 ". . O\n");
  std::string out;
  ASSERT_EQ(Tag("--eval-chunks '" + gold + "'", &out), 0);
  EXPECT_NE(out.find("with the file's POS tags: NP precision 100.00%  recall 100.00%  F1 100.00%"),
            std::string::npos) << out;
  EXPECT_NE(Tag("--eval-chunks '" + dir_ + "/missing.zip:a.txt'", &out), 0);
}

}  // namespace
