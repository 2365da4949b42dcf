// Golden clause analyses: tests/golden/clauses.txt holds news-like sentences
// written for dyad with the fields their clauses must have (format in the
// file's header). Each sentence is tokenized, tagged with the shipped model,
// chunked and analysed as the coder does it.
#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "dyad/chunker.h"
#include "dyad/clauses.h"
#include "dyad/tagger.h"
#include "dyad/text.h"

#ifndef DYAD_SOURCE_DIR
#error "DYAD_SOURCE_DIR must name the source tree"
#endif

namespace dyad {
namespace {

struct Expectation {
  std::string lemma;
  int nth = 1;
  std::vector<std::pair<std::string, std::string>> fields;
  int line = 0;
};

struct Case {
  std::string sentence;
  int line = 0;
  int clauses = -1;
  std::vector<Expectation> expect;
};

// Reads the golden file; a malformed line fails the test with its number.
std::vector<Case> ReadCases(const std::string& path, std::string* error) {
  std::ifstream in(path);
  if (!in) {
    *error = path + ": cannot open";
    return {};
  }
  std::vector<Case> cases;
  std::string line;
  int no = 0;
  while (std::getline(in, line)) {
    ++no;
    if (line.empty() || line[0] == '#') continue;
    if (line.rfind("> ", 0) == 0) {
      cases.push_back(Case{line.substr(2), no, -1, {}});
      continue;
    }
    if (cases.empty()) {
      *error = path + ":" + std::to_string(no) + ": expectation before any sentence";
      return {};
    }
    if (line.rfind("clauses=", 0) == 0) {
      cases.back().clauses = std::stoi(line.substr(8));
      continue;
    }
    const size_t colon = line.find(':');
    if (colon == std::string::npos || colon == 0) {
      *error = path + ":" + std::to_string(no) + ": expected 'LEMMA: key=value ...'";
      return {};
    }
    Expectation e;
    e.line = no;
    e.lemma = line.substr(0, colon);
    if (const size_t hash = e.lemma.find('#'); hash != std::string::npos) {
      e.nth = std::stoi(e.lemma.substr(hash + 1));
      e.lemma.resize(hash);
    }
    std::istringstream fields(line.substr(colon + 1));
    std::string kv;
    while (fields >> kv) {
      const size_t eq = kv.find('=');
      if (eq == std::string::npos) {
        *error = path + ":" + std::to_string(no) + ": expected key=value, got '" + kv + "'";
        return {};
      }
      e.fields.emplace_back(kv.substr(0, eq), kv.substr(eq + 1));
    }
    cases.back().expect.push_back(std::move(e));
  }
  return cases;
}

std::string YesNo(bool b) { return b ? "yes" : "no"; }

class GoldenClauses : public ::testing::Test {
 protected:
  static const Tagger* tagger() {
    static const std::unique_ptr<Tagger> t = [] {
      auto r = Tagger::LoadDefault();
      return r.ok() ? std::move(*r) : nullptr;
    }();
    return t.get();
  }
};

TEST_F(GoldenClauses, AllSentences) {
  ASSERT_NE(tagger(), nullptr) << Tagger::LoadDefault().status().message();
  std::string error;
  const std::string path = std::string(DYAD_SOURCE_DIR) + "/tests/golden/clauses.txt";
  const std::vector<Case> cases = ReadCases(path, &error);
  ASSERT_TRUE(error.empty()) << error;
  EXPECT_GE(cases.size(), 60u);
  const TextSplitter splitter;
  SplitResult split;
  TagScratch scratch;
  std::vector<std::string_view> words;
  std::vector<PosTag> tags;
  Chunks chunks;
  ClauseAnalysis analysis;
  int failed_sentences = 0;
  for (const Case& c : cases) {
    splitter.Tokenize(c.sentence, &split);
    words.clear();
    for (size_t i = 0; i < split.tokens.size(); ++i) words.push_back(split.TokenText(c.sentence, i));
    tagger()->Tag(words, &scratch, &tags);
    ChunkSentence(words, tags, &chunks);
    AnalyzeClauses(words, tags, chunks, &analysis);
    const auto& cl = analysis.clauses;
    auto head = [&](const ClausePhrase& p) { return p.present() ? std::string(words[p.head]) : "-"; };
    auto lemma_of = [&](int32_t i) {
      return i < 0 ? std::string("-") : std::string(analysis.lemma(static_cast<size_t>(i)));
    };
    std::vector<std::string> problems;
    if (c.clauses >= 0 && static_cast<int>(cl.size()) != c.clauses) {
      problems.push_back("clauses=" + std::to_string(cl.size()) + " (want " +
                         std::to_string(c.clauses) + ")");
    }
    for (const Expectation& e : c.expect) {
      int seen = 0;
      const Clause* found = nullptr;
      for (const Clause& x : cl) {
        if (analysis.lemma(x) == e.lemma && ++seen == e.nth) {
          found = &x;
          break;
        }
      }
      if (found == nullptr) {
        problems.push_back("line " + std::to_string(e.line) + ": no clause with verb '" +
                           e.lemma + "'");
        continue;
      }
      const Clause& x = *found;
      for (const auto& [key, want] : e.fields) {
        std::string got;
        if (key == "subj") got = head(x.subject);
        else if (key == "obj") got = head(x.object);
        else if (key == "agent") got = head(x.agent);
        else if (key == "antecedent") got = head(x.antecedent);
        else if (key == "tense") got = TenseName(x.tense);
        else if (key == "voice") got = x.passive ? "passive" : "active";
        else if (key == "neg") got = YesNo(x.negated);
        else if (key == "negcue") got = x.negation_cue >= 0 ? std::string(words[x.negation_cue]) : "-";
        else if (key == "mood") got = ModalityName(x.modality);
        else if (key == "modcue") got = x.modal_cue >= 0 ? std::string(words[x.modal_cue]) : "-";
        else if (key == "link") got = ClauseLinkName(x.link);
        else if (key == "parent") got = lemma_of(x.parent);
        else if (key == "speech") got = YesNo(x.speech);
        else if (key == "inherited") got = YesNo(x.subject_inherited);
        else if (key == "perfect") got = YesNo(x.perfect);
        else if (key == "progressive") got = YesNo(x.progressive);
        else {
          ADD_FAILURE() << path << ":" << e.line << ": unknown key '" << key << "'";
          continue;
        }
        if (got != want) {
          problems.push_back("line " + std::to_string(e.line) + ": " + e.lemma + " " + key + "=" +
                             got + " (want " + want + ")");
        }
      }
    }
    if (!problems.empty()) {
      ++failed_sentences;
      std::string dump;
      for (size_t i = 0; i < words.size(); ++i) {
        char buf[8];
        dump += std::string(words[i]) + "/" + std::string(XposName(tags[i].xpos)) + "/" +
                std::string(chunks.Label(i, buf)) + " ";
      }
      for (size_t i = 0; i < cl.size(); ++i) {
        const Clause& x = cl[i];
        dump += "\n    clause " + std::to_string(i) + " " + lemma_of(static_cast<int32_t>(i)) +
                ": subj=" + head(x.subject) + " obj=" + head(x.object) +
                " agent=" + head(x.agent) + " link=" + std::string(ClauseLinkName(x.link)) +
                " parent=" + lemma_of(x.parent) + " tense=" + std::string(TenseName(x.tense)) +
                " mood=" + std::string(ModalityName(x.modality)) + " neg=" + YesNo(x.negated) +
                (x.passive ? " passive" : "");
      }
      std::string all;
      for (const std::string& p : problems) all += "\n  " + p;
      ADD_FAILURE() << path << ":" << c.line << ": " << c.sentence << all << "\n  " << dump;
    }
  }
  std::printf("[ figures  ] golden clauses: %zu sentences, %zu failed\n", cases.size(),
              static_cast<size_t>(failed_sentences));
}

}  // namespace
}  // namespace dyad
