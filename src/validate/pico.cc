// UD-PETRARCH's internal coding ontology file (PICO): the negation of a code.
//
// Each line is "CAMEO:VALUE[#...]" with VALUE a hexadecimal PICO value; a
// few lines carry more fields, "110:0x1007f#0xFFFF+0x0080#0x7000#Disapprove",
// whose second field is the reading of the code when its verb is negated:
// 0xFFFF marks the negation, the other term is the PICO value of the code it
// becomes (0x0080 is 050: "did not clash" is cooperation there).
#include <cctype>
#include <charconv>
#include <map>

#include "dyad/validation.h"

namespace dyad {
namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

// "0x1A2b" -> 0x1a2b; anything else (a range "0x1000-0xFFFF", text) -> -1.
long HexValue(std::string_view s) {
  s = Trim(s);
  if (s.size() < 3 || s[0] != '0' || (s[1] != 'x' && s[1] != 'X') || s.size() > 10) return -1;
  unsigned long v = 0;
  auto [end, ec] = std::from_chars(s.data() + 2, s.data() + s.size(), v, 16);
  if (ec != std::errc() || end != s.data() + s.size()) return -1;
  return static_cast<long>(v);
}

bool IsCameoCode(std::string_view s) {
  if (s.size() < 2 || s.size() > 4) return false;
  for (char c : s)
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  return true;
}

}  // namespace

Result<PicoNegations> ParsePicoNegations(std::string_view text, const std::string& path) {
  PicoNegations out;
  std::map<long, std::string> code_of_value;  // the first code with each plain value
  struct Pending { std::string code; long value; uint32_t line; };
  std::vector<Pending> pending;
  uint32_t line_no = 0;
  bool any = false;
  for (size_t pos = 0; pos < text.size();) {
    size_t eol = text.find('\n', pos);
    if (eol == std::string_view::npos) eol = text.size();
    std::string_view line = Trim(text.substr(pos, eol - pos));
    pos = eol + 1;
    ++line_no;
    if (line.empty() || line[0] == '#') continue;
    const std::string where = path + ":" + std::to_string(line_no) + ": ";
    const size_t colon = line.find(':');
    if (colon == std::string_view::npos) {
      out.warnings.push_back(where + "no ':' between a CAMEO code and its value");
      continue;
    }
    const std::string_view code = Trim(line.substr(0, colon));
    std::string_view rest = line.substr(colon + 1);
    if (code == "---") continue;  // the "no code" line
    if (!IsCameoCode(code)) {
      out.warnings.push_back(where + "'" + std::string(code) + "' is not a CAMEO code");
      continue;
    }
    any = true;
    std::vector<std::string_view> fields;
    for (size_t p = 0;;) {
      const size_t h = rest.find('#', p);
      fields.push_back(rest.substr(p, h == std::string_view::npos ? std::string_view::npos : h - p));
      if (h == std::string_view::npos) break;
      p = h + 1;
    }
    if (const long v = HexValue(fields[0]); v >= 0) code_of_value.try_emplace(v, std::string(code));
    // Only the long form ("VALUE#NEGATION#ROOT#Name") has a negation field.
    if (fields.size() < 4) continue;
    std::string_view neg = fields[1];
    long target = -1;
    bool marked = false;
    for (size_t p = 0;;) {
      const size_t plus = neg.find('+', p);
      const std::string_view term = neg.substr(p, plus == std::string_view::npos ? std::string_view::npos : plus - p);
      const long v = HexValue(term);
      if (v == 0xFFFF) marked = true;
      else if (v >= 0) target = v;
      if (plus == std::string_view::npos) break;
      p = plus + 1;
    }
    if (!marked || target < 0) {
      out.warnings.push_back(where + "negation field '" + std::string(Trim(neg)) +
                             "' is not 0xFFFF plus a value");
      continue;
    }
    pending.push_back(Pending{std::string(code), target, line_no});
  }
  if (!any) return ParseError(path + ": no 'CODE:VALUE' lines (not a PICO file?)");
  for (const Pending& p : pending) {
    auto it = code_of_value.find(p.value);
    if (it == code_of_value.end()) {
      out.warnings.push_back(path + ":" + std::to_string(p.line) + ": negation value names no code of the file");
      continue;
    }
    out.negated[p.code] = it->second;
  }
  return out;
}

}  // namespace dyad
