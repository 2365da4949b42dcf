// TABARI's validation suite: a .project file naming the dictionaries and a
// text file of records:
//   950101  DEMO-01                       date (YYMMDD) and id
//   Arnor is about to restore ...         the text, up to "/*"
//   /* ... { ARN / GON / 064 } ... */      expected events in braces
// "{+++}", "{---}", "{###}", "{}" expect no event; "-{...}" marks an event
// the record says need not be coded (skipped); "{ OPTION: ... }" records set
// TABARI options: SET: CODE BY SENTENCE / CODE BY CLAUSE / CODE ALL apply to
// the records after them (ValidationCase::code_by), the others are skipped.
#include <cctype>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "dyad/validation.h"
#include "validate/text_util.h"

namespace dyad {
namespace {

std::string Trimmed(std::string_view s) { return FoldSpace(s); }

bool IsRecordHead(std::string_view line) {
  if (line.size() < 8) return false;
  for (int i = 0; i < 6; ++i)
    if (!std::isdigit(static_cast<unsigned char>(line[i]))) return false;
  return line[6] == ' ' || line[6] == '\t';
}

}  // namespace

Result<ValidationSuite> ReadTabariValidation(const std::string& path) {
  namespace fs = std::filesystem;
  ValidationSuite suite;
  suite.path = path;
  suite.format = "tabari";
  fs::path base = fs::path(path).parent_path();
  std::string text_file = path;
  std::ifstream in(path);
  if (!in) return NotFoundError(path + ": cannot open");
  std::stringstream ss;
  ss << in.rdbuf();
  std::string data = ss.str();
  if (data.find("<textfile>") != std::string::npos) {
    // A .project: <actorsfile> X, <verbsfile> Y, <agentsfile> Z, <textfile> T
    std::istringstream lines(data);
    std::string line;
    while (std::getline(lines, line)) {
      auto value = [&](const char* tag) -> std::string {
        size_t p = line.find(tag);
        if (p == std::string::npos) return "";
        return Trimmed(line.substr(p + std::strlen(tag)));
      };
      if (auto v = value("<actorsfile>"); !v.empty()) suite.dictionaries.emplace_back(DictionaryKind::kActors, (base / v).string());
      if (auto v = value("<verbsfile>"); !v.empty()) suite.dictionaries.emplace_back(DictionaryKind::kVerbs, (base / v).string());
      if (auto v = value("<agentsfile>"); !v.empty()) suite.dictionaries.emplace_back(DictionaryKind::kAgents, (base / v).string());
      if (auto v = value("<textfile>"); !v.empty()) text_file = (base / v).string();
    }
    std::ifstream tin(text_file);
    if (!tin) return NotFoundError(text_file + ": cannot open (named by " + path + ")");
    std::stringstream ts;
    ts << tin.rdbuf();
    data = ts.str();
  }
  // Records.
  std::istringstream lines(data);
  std::string line;
  uint32_t line_no = 0;
  ValidationCase cur;
  CodeBy code_by = CodeBy::kClause;  // TABARI's default
  bool in_record = false, in_comment = false;
  std::string comment;
  auto finish = [&]() {
    if (!in_record) return;
    in_record = false;
    cur.text = FoldSpace(cur.text);
    bool option = comment.find("OPTION:") != std::string::npos;
    if (option) {  // TABARI's coding unit, for the records that follow
      if (comment.find("CODE BY SENTENCE") != std::string::npos) code_by = CodeBy::kSentence;
      else if (comment.find("CODE BY CLAUSE") != std::string::npos) code_by = CodeBy::kClause;
      else if (comment.find("CODE ALL") != std::string::npos) code_by = CodeBy::kAll;
    }
    bool any_brace = false;
    size_t p = 0;
    while ((p = comment.find('{', p)) != std::string::npos) {
      size_t q = comment.find('}', p);
      if (q == std::string::npos) break;
      bool optional = p > 0 && comment[p - 1] == '-';
      std::string inside = Trimmed(comment.substr(p + 1, q - p - 1));
      p = q + 1;
      any_brace = true;
      if (optional) continue;
      if (inside.empty() || inside == "+++" || inside == "---" || inside == "###") {
        cur.expect_none = true;
        continue;
      }
      size_t s1 = inside.find('/'), s2 = s1 == std::string::npos ? s1 : inside.find('/', s1 + 1);
      if (s2 == std::string::npos) continue;
      auto part = [](std::string x) {
        std::string o;
        for (char c : FoldSpace(x)) if (!std::isspace(static_cast<unsigned char>(c))) o += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        // TABARI's CONVERT AGENT option writes an agent without an actor
        // as "~MIL"; dyad (like TABARI's default) writes "---MIL".
        if (o.size() > 1 && o[0] == '~') o = "---" + o.substr(1);
        return o;
      };
      std::string src = part(inside.substr(0, s1));
      std::string tgt = part(inside.substr(s1 + 1, s2 - s1 - 1));
      std::string code = part(inside.substr(s2 + 1));
      size_t sp = code.find_first_not_of("0123456789ABCDEF-+#");
      if (sp != std::string::npos) code = code.substr(0, sp);
      cur.expected.push_back(ExpectedEvent{src, tgt, code});
    }
    if (option || !any_brace || cur.text.empty()) return;
    if (cur.expected.empty()) cur.expect_none = true;
    suite.cases.push_back(cur);
  };
  while (std::getline(lines, line)) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (!in_comment && IsRecordHead(line)) {
      finish();
      cur = ValidationCase();
      cur.code_by = code_by;
      in_record = true;
      cur.line = line_no;
      int yymmdd = std::stoi(line.substr(0, 6));
      int yy = yymmdd / 10000;
      cur.date = (yy < 30 ? 20000000 : 19000000) + yymmdd;
      cur.id = Trimmed(line.substr(6));
      size_t sp = cur.id.find(' ');
      if (sp != std::string::npos) cur.id = cur.id.substr(0, sp);
      size_t dash = cur.id.find('-');
      cur.category = dash == std::string::npos ? cur.id : cur.id.substr(0, dash);
      comment.clear();
      continue;
    }
    if (!in_record) continue;
    size_t open = line.find("/*");
    if (!in_comment && open != std::string::npos) {
      cur.text += " " + line.substr(0, open);
      in_comment = true;
      line = line.substr(open + 2);
    }
    if (in_comment) {
      size_t close = line.find("*/");
      comment += line.substr(0, close) + "\n";
      if (close != std::string::npos) in_comment = false;
      continue;
    }
    if (line.rfind("#", 0) == 0) continue;
    cur.text += " " + line;
  }
  finish();
  if (suite.cases.empty()) return ParseError(text_file + ": no validation records found");
  return suite;
}

}  // namespace dyad
