#include "dyad/cameo.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "shared_data.h"

namespace dyad {
namespace {

const std::set<std::string_view> kPloverTypes = {
    "AGREE",   "CONSULT", "SUPPORT", "CONCEDE",  "COOPERATE", "AID",    "RETREAT", "REQUEST",
    "ACCUSE",  "REJECT",  "THREATEN", "PROTEST", "SANCTION",  "MOBILIZE", "COERCE", "ASSAULT"};

// Codes in the table that GDELT's lookup lacks (values inherited from "121").
const std::set<std::string_view> kNotInGdelt = {"1213", "1214"};

const CameoCode& Get(std::string_view code) {
  const CameoCode* e = FindCameo(code);
  if (!e) {
    ADD_FAILURE() << "missing code " << code;
    static const CameoCode kNone{};
    return kNone;
  }
  return *e;
}

TEST(CameoTest, SpotChecks) {
  const CameoCode& c042 = Get("042");
  EXPECT_EQ(c042.code, "042");
  EXPECT_EQ(c042.root, "04");
  EXPECT_EQ(c042.quad_class, 1);
  EXPECT_DOUBLE_EQ(c042.goldstein, 1.9);
  EXPECT_EQ(c042.plover, "CONSULT");
  EXPECT_EQ(c042.plover_mode, "visit");
  EXPECT_FALSE(c042.description.empty());

  const CameoCode& c190 = Get("190");
  EXPECT_EQ(c190.root, "19");
  EXPECT_EQ(c190.quad_class, 4);
  EXPECT_DOUBLE_EQ(c190.goldstein, -10.0);
  EXPECT_EQ(c190.plover, "ASSAULT");
  EXPECT_EQ(c190.plover_context, "military");

  EXPECT_EQ(Get("036").plover, "AGREE");
  EXPECT_DOUBLE_EQ(Get("036").goldstein, 4.0);
  EXPECT_EQ(Get("0331").plover, "AGREE");
  EXPECT_EQ(Get("0331").plover_context, "economic");
  EXPECT_DOUBLE_EQ(Get("0331").goldstein, 5.2);
  EXPECT_EQ(Get("0331").root, "03");

  // PLOVER drops CAMEO 01 and 02.
  for (std::string_view c : {"01", "010", "011", "019", "02", "020", "0211", "0256", "028"}) {
    EXPECT_EQ(Get(c).plover, "") << c;
    EXPECT_EQ(Get(c).plover_mode, "") << c;
  }
  EXPECT_DOUBLE_EQ(Get("011").goldstein, -0.1);
  EXPECT_DOUBLE_EQ(Get("016").goldstein, -2.0);
  EXPECT_DOUBLE_EQ(Get("024").goldstein, -0.3);

  // Roots carry their own Goldstein value.
  EXPECT_DOUBLE_EQ(Get("13").goldstein, -6.0);
  EXPECT_DOUBLE_EQ(Get("130").goldstein, -4.4);
  EXPECT_DOUBLE_EQ(Get("15").goldstein, -7.2);

  EXPECT_EQ(Get("08").plover, "CONCEDE");   // first of its two listings
  EXPECT_EQ(Get("0874").plover, "RETREAT");
  EXPECT_DOUBLE_EQ(Get("0874").goldstein, 10.0);
  EXPECT_EQ(Get("0813").plover, "RETREAT");
  EXPECT_EQ(Get("163").plover, "COERCE");
  EXPECT_DOUBLE_EQ(Get("163").goldstein, -8.0);
  EXPECT_EQ(Get("175").plover, "ASSAULT");
  EXPECT_EQ(Get("1712").plover, "ASSAULT");
  EXPECT_EQ(Get("192").plover, "COERCE");
  EXPECT_EQ(Get("09").plover, "ACCUSE");
  EXPECT_EQ(Get("1123").plover, "ACCUSE");
  EXPECT_EQ(Get("1123").plover_mode, "allege");
  EXPECT_EQ(Get("1123").quad_class, 3);
  EXPECT_EQ(Get("091").plover_context, "crime; corruption");
  EXPECT_EQ(Get("0861").plover_mode, "access");  // trailing blank trimmed
  EXPECT_EQ(Get("1213").plover, "REJECT");
  EXPECT_DOUBLE_EQ(Get("1213").goldstein, -4.0);
  EXPECT_EQ(Get("1213").quad_class, 3);
  EXPECT_EQ(Get("2042").root, "20");
  EXPECT_EQ(Get("2042").quad_class, 4);
  EXPECT_EQ(Get("06").quad_class, 2);
  EXPECT_EQ(Get("145").quad_class, 3);
}

TEST(CameoTest, EveryRootPresent) {
  for (int r = 1; r <= 20; ++r) {
    const char digits[] = {static_cast<char>('0' + r / 10), static_cast<char>('0' + r % 10), '\0'};
    const std::string code = digits;
    const CameoCode* e = FindCameo(code);
    ASSERT_NE(e, nullptr) << code;
    EXPECT_EQ(e->code, code);
    EXPECT_EQ(e->root, code);
    EXPECT_EQ(CameoRoot(code), code);
    EXPECT_EQ(e->plover.empty(), r <= 2) << code;
    // Every root has its generic "x0" code too.
    EXPECT_TRUE(IsValidCameo(code + "0")) << code;
  }
}

TEST(CameoTest, TableInvariants) {
  std::span<const CameoCode> all = AllCameoCodes();
  EXPECT_EQ(all.size(), 313u);  // GDELT's 311 codes (20 roots included) + 1213, 1214
  std::set<std::string_view> roots;
  for (size_t i = 0; i < all.size(); ++i) {
    const CameoCode& e = all[i];
    SCOPED_TRACE(std::string(e.code));
    if (i > 0) {
      EXPECT_LT(all[i - 1].code, e.code);
    }
    EXPECT_EQ(FindCameo(e.code), &e);
    EXPECT_EQ(FindCameoOrAncestor(e.code), &e);
    EXPECT_GE(e.code.size(), 2u);
    EXPECT_LE(e.code.size(), 4u);
    EXPECT_EQ(e.code.substr(0, 2), e.root);
    EXPECT_EQ(CameoRoot(e.code), e.root);
    roots.insert(e.root);
    int root = std::atoi(std::string(e.root).c_str());
    int quad = root <= 5 ? 1 : root <= 9 ? 2 : root <= 14 ? 3 : 4;
    EXPECT_EQ(e.quad_class, quad);
    EXPECT_GE(e.goldstein, -10.0);
    EXPECT_LE(e.goldstein, 10.0);
    if (root <= 2) {
      EXPECT_EQ(e.plover, "");
      EXPECT_EQ(e.plover_mode, "");
      EXPECT_EQ(e.plover_context, "");
    } else {
      EXPECT_TRUE(kPloverTypes.count(e.plover)) << e.plover;
    }
    EXPECT_FALSE(e.description.empty());
    // Every sub-code has its parent in the table.
    if (e.code.size() == 4) {
      EXPECT_TRUE(IsValidCameo(e.code.substr(0, 3)));
    }
    if (e.code.size() >= 3) {
      EXPECT_TRUE(IsValidCameo(e.code.substr(0, 2)));
    }
  }
  EXPECT_EQ(roots.size(), 20u);
}

TEST(CameoTest, AncestorFallback) {
  auto code_of = [](const CameoCode* e) { return e ? e->code : std::string_view("<null>"); };
  EXPECT_EQ(code_of(FindCameoOrAncestor("0875")), "087");
  EXPECT_EQ(code_of(FindCameoOrAncestor("1951")), "195");  // ICEWS-only sub-codes
  EXPECT_EQ(code_of(FindCameoOrAncestor("1952")), "195");
  EXPECT_EQ(code_of(FindCameoOrAncestor("0429")), "042");
  EXPECT_EQ(code_of(FindCameoOrAncestor("0499")), "04");    // neither 0499 nor 049
  EXPECT_EQ(code_of(FindCameoOrAncestor("176")), "17");
  EXPECT_EQ(code_of(FindCameoOrAncestor("065")), "06");
  EXPECT_EQ(code_of(FindCameoOrAncestor("2099")), "20");
  EXPECT_EQ(code_of(FindCameoOrAncestor("08")), "08");
  EXPECT_EQ(code_of(FindCameoOrAncestor("0874")), "0874");  // known: itself
  EXPECT_EQ(FindCameo("0875"), nullptr);
  EXPECT_EQ(FindCameoOrAncestor("2101"), nullptr);  // no root 21
  EXPECT_EQ(FindCameoOrAncestor("21"), nullptr);
  EXPECT_EQ(FindCameoOrAncestor("000"), nullptr);
  EXPECT_EQ(FindCameoOrAncestor("0421x"), nullptr);  // malformed: no fallback
  EXPECT_EQ(FindCameoOrAncestor("04211"), nullptr);
  EXPECT_EQ(FindCameoOrAncestor(""), nullptr);
  EXPECT_EQ(FindCameoOrAncestor("4"), nullptr);
}

TEST(CameoTest, InvalidCodes) {
  for (std::string_view c : {"", "0", "4", "21", "00", "99", "abc", "0421x", "04211", "42", " 042",
                             "042 ", "0x2", "-42", "+42", "4.2"}) {
    EXPECT_EQ(FindCameo(c), nullptr) << '"' << c << '"';
    EXPECT_FALSE(IsValidCameo(c)) << '"' << c << '"';
    EXPECT_EQ(CameoRoot(c), "") << '"' << c << '"';
  }
  EXPECT_EQ(FindCameo(std::string_view("042\0", 4)), nullptr);
  EXPECT_EQ(FindCameo(std::string_view("0421", 3)), FindCameo("042"));  // view, not C string
  EXPECT_EQ(CameoRoot("0331"), "03");
  EXPECT_EQ(CameoRoot("0875"), "");  // unknown code: use FindCameoOrAncestor for a root
}

// ---- The whole table against the reference files (skipped without ../shared).

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    out.push_back(line);
  }
  return out;
}

std::vector<std::string> Split(const std::string& s, char sep) {
  std::vector<std::string> out;
  size_t start = 0;
  for (;;) {
    size_t p = s.find(sep, start);
    out.push_back(s.substr(start, p - start));
    if (p == std::string::npos) return out;
    start = p + 1;
  }
}

std::string Trim(std::string_view s) {
  const char* ws = " \t";
  size_t b = s.find_first_not_of(ws);
  if (b == std::string_view::npos) return "";
  size_t e = s.find_last_not_of(ws);
  return std::string(s.substr(b, e - b + 1));
}

TEST(CameoTest, MatchesGdeltCodeTable) {
  DYAD_REQUIRE_SHARED(path, "reference/standards/cameo/cameo_event_codes.tsv");
  std::vector<std::string> lines = Lines(testing::ReadFileOrEmpty(path));
  ASSERT_GT(lines.size(), 1u);
  std::vector<std::string> header = Split(lines[0], '\t');
  std::map<std::string, size_t> col;
  for (size_t i = 0; i < header.size(); ++i) col[header[i]] = i;
  for (const char* name : {"code", "root_code", "quad_class", "goldstein_gdelt"})
    ASSERT_TRUE(col.count(name)) << "column " << name;

  std::set<std::string> seen;
  for (size_t i = 1; i < lines.size(); ++i) {
    if (lines[i].empty()) continue;
    std::vector<std::string> f = Split(lines[i], '\t');
    ASSERT_EQ(f.size(), header.size()) << "line " << i + 1;
    const std::string& code = f[col["code"]];
    SCOPED_TRACE("tsv line " + std::to_string(i + 1) + ": " + code);
    EXPECT_TRUE(seen.insert(code).second) << "duplicate in TSV";
    const CameoCode* e = FindCameo(code);
    ASSERT_NE(e, nullptr);
    EXPECT_EQ(e->root, f[col["root_code"]]);
    EXPECT_EQ(e->quad_class, std::atoi(f[col["quad_class"]].c_str()));
    EXPECT_DOUBLE_EQ(e->goldstein, std::strtod(f[col["goldstein_gdelt"]].c_str(), nullptr));
  }
  // And nothing beyond: every entry is in the TSV or is a documented extra.
  for (const CameoCode& e : AllCameoCodes())
    EXPECT_TRUE(seen.count(std::string(e.code)) || kNotInGdelt.count(e.code))
        << e.code << " is in our table but not in GDELT's";
  for (std::string_view extra : kNotInGdelt) EXPECT_FALSE(seen.count(std::string(extra))) << extra;
}

TEST(CameoTest, MatchesCameoToPloverTable) {
  DYAD_REQUIRE_SHARED(path, "reference/standards/plover/CAMEO2PLOVER-2021.txt");
  std::vector<std::string> lines = Lines(testing::ReadFileOrEmpty(path));
  ASSERT_FALSE(lines.empty());
  // "CODE: TYPE, mode, context # comment"; a code listed twice keeps its first
  // listing ("08" is CONCEDE then RETREAT; "175" is repeated identically).
  std::set<std::string> seen;
  int rows = 0;
  for (size_t i = 0; i < lines.size(); ++i) {
    std::string s = Trim(lines[i].substr(0, lines[i].find('#')));
    size_t colon = s.find(':');
    if (s.empty() || colon == std::string::npos) continue;
    std::string code = Trim(std::string_view(s).substr(0, colon));
    bool digits = !code.empty() && code.find_first_not_of("0123456789") == std::string::npos;
    if (!digits) continue;
    SCOPED_TRACE("CAMEO2PLOVER line " + std::to_string(i + 1) + ": " + code);
    ++rows;
    std::vector<std::string> f = Split(s.substr(colon + 1), ',');
    while (f.size() < 3) f.push_back("");
    ASSERT_EQ(f.size(), 3u);
    const CameoCode* e = FindCameo(code);
    ASSERT_NE(e, nullptr);
    if (!seen.insert(code).second) {
      // A repeat: our entry keeps the first listing; the repeat must be one of
      // the two known ones.
      EXPECT_TRUE(code == "08" || code == "175") << "unexpected repeated code";
      continue;
    }
    std::string type = Trim(f[0]);
    EXPECT_TRUE(kPloverTypes.count(type)) << type;
    std::string_view root = e->root;
    EXPECT_EQ(e->plover, (root == "01" || root == "02") ? "" : type);
    EXPECT_EQ(e->plover_mode, Trim(f[1]));
    EXPECT_EQ(e->plover_context, Trim(f[2]));
  }
  EXPECT_GT(rows, 250);
  // Codes the conversion table does not list are exactly roots 01 and 02.
  for (const CameoCode& e : AllCameoCodes()) {
    bool dropped = e.root == "01" || e.root == "02";
    EXPECT_EQ(seen.count(std::string(e.code)) == 0, dropped) << e.code;
  }
}

}  // namespace
}  // namespace dyad
