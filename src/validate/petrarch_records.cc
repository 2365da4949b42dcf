// PETRARCH-2 and UD-PETRARCH validation records: a small XML reader for the
// few elements these files use (Environment, Sentence, EventCoding, Text).
#include <cctype>
#include <filesystem>
#include <memory>
#include <set>

#include "dyad/validation.h"
#include "validate/text_util.h"

namespace dyad {
namespace {

std::string DecodeEntities(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '&') { out += s[i]; continue; }
    size_t semi = s.find(';', i);
    std::string_view ent = semi == std::string_view::npos ? std::string_view() : s.substr(i + 1, semi - i - 1);
    if (ent == "amp") out += '&';
    else if (ent == "lt") out += '<';
    else if (ent == "gt") out += '>';
    else if (ent == "quot") out += '"';
    else if (ent == "apos") out += '\'';
    else { out += '&'; continue; }
    i = semi;
  }
  return out;
}

// name="value" or name='value' pairs of a start tag's inside.
std::map<std::string, std::string> Attributes(std::string_view tag) {
  std::map<std::string, std::string> attrs;
  size_t i = 0;
  while (i < tag.size()) {
    while (i < tag.size() && (std::isspace(static_cast<unsigned char>(tag[i])) || tag[i] == '/')) ++i;
    size_t name_start = i;
    while (i < tag.size() && tag[i] != '=' && !std::isspace(static_cast<unsigned char>(tag[i]))) ++i;
    std::string name(tag.substr(name_start, i - name_start));
    while (i < tag.size() && std::isspace(static_cast<unsigned char>(tag[i]))) ++i;
    if (i >= tag.size() || tag[i] != '=') { if (name.empty()) ++i; continue; }
    ++i;
    while (i < tag.size() && std::isspace(static_cast<unsigned char>(tag[i]))) ++i;
    if (i >= tag.size()) break;
    char q = tag[i];
    if (q != '"' && q != '\'') continue;
    size_t end = tag.find(q, i + 1);
    if (end == std::string_view::npos) break;
    attrs[name] = DecodeEntities(tag.substr(i + 1, end - i - 1));
    i = end + 1;
  }
  return attrs;
}

// Removes <!-- ... --> comments, keeping line breaks so line numbers hold.
std::string StripComments(std::string_view xml) {
  std::string out;
  out.reserve(xml.size());
  size_t i = 0;
  while (i < xml.size()) {
    size_t open = xml.find("<!--", i);
    if (open == std::string_view::npos) { out.append(xml.substr(i)); break; }
    out.append(xml.substr(i, open - i));
    size_t close = xml.find("-->", open + 4);
    size_t stop = close == std::string_view::npos ? xml.size() : close + 3;
    for (size_t k = open; k < stop; ++k)
      if (xml[k] == '\n') out += '\n';
    i = stop;
  }
  return out;
}

std::string_view Between(std::string_view s, std::string_view open, std::string_view close,
                         size_t* from = nullptr) {
  size_t a = s.find(open, from ? *from : 0);
  if (a == std::string_view::npos) return {};
  size_t b = s.find(close, a + open.size());
  if (b == std::string_view::npos) return {};
  if (from) *from = b + close.size();
  return s.substr(a + open.size(), b - a - open.size());
}

std::string CleanCode(std::string c) {
  std::string out;
  for (char ch : c) {
    if (ch == '"' || ch == '\'' || std::isspace(static_cast<unsigned char>(ch))) continue;
    out += static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
  }
  return out;
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

}  // namespace

Status PetrarchOptions::Apply(std::string_view option, std::string_view value, const std::string& where) {
  const std::string o = Lower(FoldSpace(option)), v = Lower(FoldSpace(value));
  if (o == "require_dyad") {
    if (v != "true" && v != "false")
      return ParseError(where + ": require_dyad wants true or false, not '" + std::string(value) + "'");
    require_dyad = v == "true";
    return Status::Ok();
  }
  int* bound = o == "comma_min" ? &comma.min : o == "comma_max" ? &comma.max
             : o == "comma_bmin" ? &comma.bmin : o == "comma_bmax" ? &comma.bmax
             : o == "comma_emin" ? &comma.emin : o == "comma_emax" ? &comma.emax : nullptr;
  if (!bound) return Status::Ok();  // an option that changes nothing dyad codes
  int n = 0;
  if (v.empty() || v.size() > 4) n = -1;
  for (char c : v) {
    if (!std::isdigit(static_cast<unsigned char>(c))) { n = -1; break; }
    n = n * 10 + (c - '0');
  }
  if (n < 0) return ParseError(where + ": " + o + " wants a number of words, not '" + std::string(value) + "'");
  *bound = n;
  return Status::Ok();
}

Result<ValidationSuite> ParsePetrarchRecords(std::string_view raw, const std::string& path) {
  ValidationSuite suite;
  suite.path = path;
  suite.format = "petrarch-xml";
  const std::string xml = StripComments(raw);
  const std::filesystem::path base = std::filesystem::path(path).parent_path();

  std::string_view env = Between(xml, "<Environment>", "</Environment>");
  struct { const char* tag; DictionaryKind kind; } files[] = {
      {"Verbfile", DictionaryKind::kVerbs}, {"Actorfile", DictionaryKind::kActors},
      {"Agentfile", DictionaryKind::kAgents}, {"Discardfile", DictionaryKind::kDiscards}};
  for (const auto& f : files) {
    std::string open = std::string("<") + f.tag + ">", close = std::string("</") + f.tag + ">";
    size_t from = 0;
    while (true) {
      std::string_view name = Between(env, open, close, &from);
      if (name.empty()) break;
      suite.dictionaries.emplace_back(f.kind, (base / FoldSpace(name)).string());
    }
  }
  if (std::string_view pico = Between(env, "<PICOfile>", "</PICOfile>"); !FoldSpace(pico).empty())
    suite.pico_path = (base / FoldSpace(pico)).string();
  std::set<std::string> include;
  std::string inc = FoldSpace(Between(env, "<Include>", "</Include>"));
  for (size_t p = 0; p < inc.size();) {
    size_t q = inc.find(' ', p);
    if (q == std::string::npos) q = inc.size();
    include.insert(inc.substr(p, q - p));
    p = q + 1;
  }

  size_t pos = 0, counted = 0;
  uint32_t line = 1;
  auto options = std::make_shared<PetrarchOptions>();
  auto count_lines_to = [&](size_t p) {
    for (; counted < p; ++counted) line += xml[counted] == '\n';
  };
  while (true) {
    size_t start = xml.find("<Sentence ", pos);
    if (start == std::string::npos) break;
    // <Config option=".." value=".."> between records changes the options
    // of the records after it.
    for (size_t cfg = xml.find("<Config", pos); cfg < start; cfg = xml.find("<Config", cfg + 7)) {
      const size_t close = xml.find('>', cfg);
      if (close == std::string::npos || close > start) break;
      count_lines_to(cfg);
      auto ca = Attributes(std::string_view(xml).substr(cfg + 7, close - cfg - 7));
      auto changed = std::make_shared<PetrarchOptions>(*options);
      Status st = changed->Apply(ca["option"], ca["value"], path + ":" + std::to_string(line));
      if (st.ok()) options = std::move(changed);
      else suite.warnings.push_back(st.message());
    }
    size_t tag_end = xml.find('>', start);
    size_t end = xml.find("</Sentence>", start);
    count_lines_to(start);
    if (tag_end == std::string::npos || end == std::string::npos || tag_end > end) {
      suite.warnings.push_back(path + ":" + std::to_string(line) + ": unterminated <Sentence>");
      break;
    }
    pos = end + 11;
    auto attrs = Attributes(std::string_view(xml).substr(start + 10, tag_end - start - 10));
    std::string_view body = std::string_view(xml).substr(tag_end + 1, end - tag_end - 1);
    ValidationCase c;
    c.id = attrs["id"];
    c.category = attrs["category"];
    c.line = line;
    c.date = DateToInt(attrs["date"]);
    c.petrarch = options;
    if (attrs.count("evaluate") && attrs["evaluate"] == "false") continue;
    if (!include.empty() && !include.count(c.category)) continue;
    std::string_view text = Between(body, "<Text>", "</Text>");
    c.text = FoldSpace(DecodeEntities(text));
    if (c.text.empty()) {
      suite.warnings.push_back(path + ":" + std::to_string(line) + ": record " + c.id + " has no <Text>");
      continue;
    }
    size_t from = 0;
    bool parse_error = false;
    while (true) {
      size_t ec = body.find("<EventCoding", from);
      if (ec == std::string_view::npos) break;
      size_t close = body.find('>', ec);
      if (close == std::string_view::npos) break;
      auto ea = Attributes(body.substr(ec + 12, close - ec - 12));
      from = close + 1;
      // A record about the peer's reaction to a malformed parse tree tests
      // input dyad never reads (it codes the raw text only).
      if (ea.count("error") && ea["error"] == "bad_input_parse") parse_error = true;
      if (ea.count("noevents") || ea.count("error")) {
        c.expect_none = true;
        continue;
      }
      if (!ea.count("eventcode")) continue;
      c.expected.push_back(ExpectedEvent{CleanCode(ea["sourcecode"]), CleanCode(ea["targetcode"]),
                                         CleanCode(ea["eventcode"])});
    }
    if (parse_error) {
      suite.skipped.push_back(SkippedRecord{c.id, c.line, "it tests the peer's handling of a malformed parse tree; dyad reads only the text"});
      continue;
    }
    if (c.expected.empty() && !c.expect_none) {
      suite.warnings.push_back(path + ":" + std::to_string(line) + ": record " + c.id +
                               " states no expected coding");
      continue;
    }
    suite.cases.push_back(std::move(c));
  }
  if (suite.cases.empty()) return ParseError(path + ": no validation records found");
  return suite;
}

}  // namespace dyad
