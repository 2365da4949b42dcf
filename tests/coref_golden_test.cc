// Golden articles, written for dyad and coded with dyad's own dictionaries
// and the shipped tagger, as `dyad code` does:
//   tests/golden/coref_articles.txt: events whose actor is a pronoun naming
//     someone from before, and pronouns that must not be resolved;
//   tests/golden/news_articles.txt: who is a party to an event, and who only
//     reports it, hosts it or shares a name with a leader.
#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "dyad/coder.h"
#include "util/read_file.h"

namespace dyad {
namespace {

struct Check {
  bool forbid = false;
  std::string source, target, code;
  int line = 0;
};

struct Article {
  std::string id, date, text;
  std::vector<Check> checks;
};

std::vector<Article> ReadArticles(const std::string& text) {
  std::vector<Article> out;
  std::istringstream in(text);
  std::string line;
  int n = 0;
  while (std::getline(in, line)) {
    ++n;
    if (line.empty() || line[0] == '#') continue;
    if (line.rfind("== ", 0) == 0) {
      Article a;
      std::istringstream head(line.substr(3));
      head >> a.id >> a.date;
      out.push_back(std::move(a));
    } else if (out.empty()) {
      ADD_FAILURE() << "line " << n << ": text before the first '== id date' line";
    } else if (line[0] == '>' || line[0] == '!') {
      Check c;
      c.forbid = line[0] == '!';
      c.line = n;
      std::istringstream fields(line.substr(1));
      fields >> c.source >> c.target >> c.code;
      EXPECT_FALSE(c.code.empty()) << "line " << n << ": want '> SOURCE TARGET CODE'";
      out.back().checks.push_back(c);
    } else {
      if (!out.back().text.empty()) out.back().text += ' ';
      out.back().text += line;
    }
  }
  return out;
}

bool Matches(const Check& c, const Event& e) {
  return e.source.rfind(c.source, 0) == 0 && e.target.rfind(c.target, 0) == 0 &&
         e.cameo.rfind(c.code, 0) == 0;
}

// Codes every article of tests/golden/<file> and checks its events.
void CheckArticles(const std::string& file, size_t min_articles, int min_checks) {
  const std::string path = std::string(DYAD_SOURCE_DIR) + "/tests/golden/" + file;
  Result<std::string> text = ReadWholeFile(path);
  ASSERT_TRUE(text.ok()) << text.status().message();
  std::vector<Article> articles = ReadArticles(*text);
  ASSERT_GE(articles.size(), min_articles);

  auto lex = LoadLexicon(DictionaryFiles{});
  ASSERT_TRUE(lex.ok()) << lex.status().message();
  auto tagger = Tagger::LoadDefault();
  ASSERT_TRUE(tagger.ok()) << tagger.status().message();
  CoderOptions co;
  co.tagger = std::move(*tagger);
  auto coder = EventCoder::Create(std::move(*lex), co);
  ASSERT_TRUE(coder.ok());
  auto scratch = (*coder)->NewScratch();

  int checks = 0;
  for (const Article& a : articles) {
    Document doc;
    doc.id = a.id;
    doc.date = a.date;
    doc.text = a.text;
    std::vector<Event> events;
    (*coder)->CodeDocument(doc, scratch.get(), &events);
    std::string got;
    for (const Event& e : events)
      got += "  " + e.source + " (" + e.source_text + ") " + e.target + " (" + e.target_text +
             ") " + e.cameo + "\n";
    for (const Check& c : a.checks) {
      ++checks;
      bool found = false;
      for (const Event& e : events) found = found || Matches(c, e);
      EXPECT_EQ(found, !c.forbid) << path << ":" << c.line << ": " << a.id << " "
                                  << (c.forbid ? "must not yield " : "must yield ") << c.source
                                  << " " << c.target << " " << c.code << "; events:\n"
                                  << got;
    }
  }
  EXPECT_GE(checks, min_checks);
}

TEST(CorefGolden, ArticlesYieldTheirEvents) { CheckArticles("coref_articles.txt", 8, 10); }

TEST(NewsGolden, PartiesNotReportersHostsOrNamesakes) { CheckArticles("news_articles.txt", 36, 56); }

}  // namespace
}  // namespace dyad
