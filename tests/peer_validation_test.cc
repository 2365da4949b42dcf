// The peers' validation suites from ../shared (skipped without it): dyad must
// load their dictionaries and code their records from the raw text. The
// floors below are ratchets: raise them as the coder improves, never lower.
#include <gtest/gtest.h>

#include <cstdio>

#include "dyad/validation.h"
#include "shared_data.h"

namespace dyad {
namespace {

ValidationReport RunSuite(const std::string& path) {
  auto suite = ReadValidationSuite(path);
  EXPECT_TRUE(suite.ok()) << suite.status().message();
  if (!suite.ok()) return {};
  auto lex = LoadSuiteLexicon(*suite);
  EXPECT_TRUE(lex.ok()) << lex.status().message();
  if (!lex.ok()) return {};
  CoderOptions co = PeerCoderOptions(*suite);
  auto tagger = Tagger::LoadDefault();
  EXPECT_TRUE(tagger.ok()) << tagger.status().message();
  if (tagger.ok()) co.tagger = std::move(*tagger);
  auto coder = EventCoder::Create(std::move(*lex), co);
  EXPECT_TRUE(coder.ok());
  if (!coder.ok()) return {};
  ValidationReport r = RunValidation(*suite, **coder);
  std::printf("[ figures  ] %s: %d records, %d passed; found %.1f%% of expected events, "
              "%.1f%% of produced spurious\n",
              path.c_str(), r.total.cases, r.total.passed, 100 * r.recall(), 100 * r.spurious_share());
  return r;
}

TEST(PeerValidation, PetrarchUnitTests) {
  DYAD_REQUIRE_SHARED(path, "reference/petrarch2/PETR.UnitTest.records.xml");
  ValidationReport r = RunSuite(path);
  EXPECT_GE(r.total.cases, 270);
  EXPECT_GE(r.total.passed, 241);
  EXPECT_GE(r.recall(), 0.90);           // target 0.90 (now 0.907)
  EXPECT_LE(r.spurious_share(), 0.085);  // target 0.10 (now 0.080)
}

TEST(PeerValidation, UdPetrarchRecords) {
  DYAD_REQUIRE_SHARED(path, "reference/universalpetrarch/PETR_Validate_records_2_02.xml");
  ValidationReport r = RunSuite(path);
  EXPECT_GE(r.total.cases, 240);
  EXPECT_GE(r.total.passed, 209);
  EXPECT_GE(r.recall(), 0.885);         // target 0.80 (UniversalPetrarch: 0.68); now 0.892
  EXPECT_LE(r.spurious_share(), 0.11);  // target 0.15 (UniversalPetrarch: 0.23); now 0.103
}

TEST(PeerValidation, TabariValidate) {
  DYAD_REQUIRE_SHARED(path, "reference/tabari/TABARI-Code/Validate.project");
  ValidationReport r = RunSuite(path);
  EXPECT_GE(r.total.cases, 440);  // 449: the 7 records after FINAL-01 are skipped
  // Some records are ungrammatical on purpose ("Estonia act on a
  // resolution") to test TABARI's tag-free matching: a dictionary verb read
  // as a noun is trusted when its clause has no other verb. The suite's
  // options (COMPLEX, DEFAULT, COMMA, FORWARD, ...) are applied as its
  // options file and OPTION records set them (TabariOptions), and sources
  // and targets are found by TABARI's own search (tabari_actor_search).
  EXPECT_GE(r.recall(), 0.935);          // target 0.85 (now 0.939)
  EXPECT_LE(r.spurious_share(), 0.037);  // target 0.10 (now 0.036)
}

}  // namespace
}  // namespace dyad
