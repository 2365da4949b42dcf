// TABARI's validation suite: a .project file naming the dictionaries, the
// .options file and a text file of records:
//   950101  DEMO-01                       date (YYMMDD; YYYYMMDD under SET: YYYY) and id
//   Arnor is about to restore ...         the text, up to "/*"
//   /* ... { ARN / GON / 064 } ... */      expected events in braces
// "{+++}", "{---}", "{###}", "{}" expect no event; "-{...}" says the events
// listed need not be all (they are checked, others are not counted).
// "{ OPTION: ... }" records change the .options settings for the records
// after them (TabariOptions). The manual (section 10.1) ends the standard
// validation at FINAL-01: the records after it need other settings or crash
// TABARI, and are listed as skipped.
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

std::string Upper(std::string_view s) {
  std::string o(s);
  for (char& c : o) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return o;
}

// A record's first line: its date, six digits or more ("950101",
// "20150607" under SET: YYYY, "9501201"), a blank and its id. Returns the
// number of digits, 0 when the line is no record head.
size_t RecordHead(std::string_view line) {
  size_t n = 0;
  while (n < line.size() && std::isdigit(static_cast<unsigned char>(line[n]))) ++n;
  if (n < 6 || n > 12 || n + 1 >= line.size()) return 0;
  return line[n] == ' ' || line[n] == '\t' ? n : 0;
}

// YYYYMMDD from a record's date digits: TABARI reads YYMMDD (years before
// 30 are 20xx), or YYYYMMDD under SET: YYYY; digits beyond are ignored.
int32_t RecordDate(std::string_view digits, bool yyyy) {
  const size_t len = yyyy ? 8 : 6;
  if (digits.size() < len) return 0;
  int32_t v = 0;
  for (size_t i = 0; i < len; ++i) v = v * 10 + (digits[i] - '0');
  if (yyyy) return v;
  return (v / 10000 < 30 ? 20000000 : 19000000) + v;
}

// "12" -> 12; false for anything else (or a number past 9999).
bool SmallNumber(std::string_view s, int* out) {
  std::string t = Trimmed(s);
  if (t.empty() || t.size() > 4) return false;
  int v = 0;
  for (char c : t) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
    v = v * 10 + (c - '0');
  }
  *out = v;
  return true;
}

// The words of a command, a "[...]" group (with what precedes it glued on:
// "VERBS[5]", "[DEFSRC]") being one word. False on an unclosed '['.
bool CommandWords(std::string_view s, std::vector<std::string>* out) {
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && std::isspace(static_cast<unsigned char>(s[i]))) ++i;
    if (i == s.size()) break;
    std::string w;
    while (i < s.size() && !std::isspace(static_cast<unsigned char>(s[i]))) {
      if (s[i] == '[') {
        const size_t close = s.find(']', i);
        if (close == std::string_view::npos) return false;
        w.append(s.substr(i, close - i + 1));
        i = close + 1;
        continue;
      }
      w += s[i++];
    }
    out->push_back(std::move(w));
  }
  return true;
}

// The story and sentence numbers of a record's id under a FORWARD format:
// `idinfo` is the record's first line after its date; position i of the
// format reads position i of it. A number with a non-digit reads as 0.
void StoryAndSentence(std::string_view format, std::string_view idinfo, std::string* story,
                      int* sentence) {
  story->clear();
  std::string sent;
  for (size_t i = 0; i < format.size() && i < idinfo.size(); ++i) {
    if (format[i] == 'N') *story += idinfo[i];
    else if (format[i] == 'S') sent += idinfo[i];
  }
  *sentence = 0;
  if (sent.empty() || sent.size() > 5) return;
  int v = 0;
  for (char c : sent) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return;
    v = v * 10 + (c - '0');
  }
  *sentence = v;
}

}  // namespace

Status TabariOptions::Apply(std::string_view command, const std::string& where) {
  const std::string c = Trimmed(Upper(command));
  const size_t colon = c.find(':');
  if (colon == std::string::npos) return ParseError(where + ": option '" + c + "' has no ':'");
  // TABARI reads the first four letters of a command's name.
  const std::string name = Trimmed(c.substr(0, colon)).substr(0, 4);
  const std::string rest = Trimmed(c.substr(colon + 1));
  auto bad = [&](const std::string& why) {
    return ParseError(where + ": option '" + c + "': " + why);
  };
  if (name == "SET") {
    std::string flat;  // "CODE BY  SENTENCE" -> "CODEBYSENTENCE"
    for (char ch : rest)
      if (!std::isspace(static_cast<unsigned char>(ch))) flat += ch;
    if (flat == "CODEBYSENTENCE") code_by = CodeBy::kSentence;
    else if (flat == "CODEBYCLAUSE") code_by = CodeBy::kClause;
    else if (flat == "CODEALL") code_by = CodeBy::kAll;
    else if (flat.rfind("YYYY", 0) == 0) {
      const size_t eq = flat.find('=');
      const std::string v = eq == std::string::npos ? "" : flat.substr(eq + 1);
      if (v == "TRUE" || v == "T") yyyy = true;
      else if (v == "FALSE" || v == "F") yyyy = false;
      else return bad("YYYY needs '= TRUE' or '= FALSE'");
    }
    else if (flat.rfind("CONVERTAGENT", 0) == 0) {
      const size_t eq = flat.find('=');
      const std::string v = eq == std::string::npos ? "" : flat.substr(eq + 1);
      if (v == "TRUE" || v == "T") convert_agents = true;
      else if (v == "FALSE" || v == "F") convert_agents = false;
      else return bad("CONVERT AGENTS needs '= TRUE' or '= FALSE'");
    }
    else if (flat.rfind("TIMESHIFT", 0) == 0) {
      const size_t eq = flat.find('=');
      const std::string v = eq == std::string::npos ? "" : flat.substr(eq + 1);
      if (v == "TRUE" || v == "T") time_shift = 1;
      else if (v == "FALSE" || v == "F") time_shift = 0;
      else return bad("TIME SHIFT needs '= TRUE' or '= FALSE'");
    }
    else if (flat.rfind("MINIMUMWORDS", 0) == 0) {
      const size_t eq = rest.find('=');
      if (eq == std::string::npos || !SmallNumber(rest.substr(eq + 1), &minimum_words))
        return bad("MINIMUM WORDS needs '= n'");
    }
    return Status::Ok();  // other switches do not change what is coded
  }
  if (name == "DEFA") {
    default_source.clear();
    default_target.clear();
    default_prior = default_after = false;
    if (rest == "OFF") return Status::Ok();
    std::vector<std::string> words;
    if (!CommandWords(rest, &words)) return bad("unclosed '['");
    std::string* slot = nullptr;
    for (const std::string& w : words) {
      std::string k = w;
      if (!k.empty() && k.back() == ':') k.pop_back();
      if (k == "SOURCE") slot = &default_source;
      else if (k == "TARGET") slot = &default_target;
      else if (k == "PRIOR") default_prior = true;
      else if (k == "AFTER") default_after = true;
      else if (k.size() >= 2 && k.front() == '[' && k.back() == ']') {
        if (!slot) return bad("a code before SOURCE or TARGET");
        *slot = Trimmed(k.substr(1, k.size() - 2));
        if (slot->empty()) return bad("an empty code");
        slot = nullptr;
      } else {
        return bad("unknown word '" + w + "'");
      }
    }
    if (default_source.empty() && default_target.empty()) return bad("no SOURCE or TARGET code");
    return Status::Ok();
  }
  if (name == "COMP") {
    complex_verbs = complex_actors = complex_conjunctions = 0;
    complex_noactprior = complex_noactafter = complex_noverb = false;
    if (rest == "OFF") return Status::Ok();
    std::vector<std::string> words;
    if (!CommandWords(rest, &words)) return bad("unclosed '['");
    for (const std::string& w : words) {
      const size_t open = w.find('[');
      if (open != std::string::npos) {
        int n = 0;
        if (w.back() != ']' || !SmallNumber(std::string_view(w).substr(open + 1, w.size() - open - 2), &n))
          return bad("'" + w + "' needs a number in brackets");
        const std::string key = w.substr(0, open);
        if (key == "VERBS") complex_verbs = n;
        else if (key == "ACTORS") complex_actors = n;
        else if (key == "CONJ") complex_conjunctions = n;
        else if (key != "PRONOUNS" && key != "COMMA" && key != "LATEVERB")
          return bad("unknown condition '" + key + "'");
        continue;  // PRONOUNS, COMMA, LATEVERB: not applied
      }
      if (w == "NOACTPRIOR") complex_noactprior = true;
      else if (w == "NOACTAFTER") complex_noactafter = true;
      else if (w == "NOVERB") complex_noverb = true;
      else if (w != "EXPLAIN" && w != "NOSAVE" && w != "NOSOURCE" && w != "NOTARGET" && w != "NOEVENT")
        return bad("unknown condition '" + w + "'");
    }
    return Status::Ok();
  }
  if (name == "COMM") {
    if (rest == "OFF") {
      comma_off = true;
      return Status::Ok();
    }
    comma_off = false;
    // "MIN = 4 MAX = 6 EMIN=3": names and numbers, '=' optional.
    std::string flat;
    for (char ch : rest) flat += ch == '=' ? ' ' : ch;
    std::vector<std::string> words;
    if (!CommandWords(flat, &words)) return bad("unclosed '['");
    if (words.size() % 2 != 0) return bad("needs NAME = n pairs");
    for (size_t k = 0; k < words.size(); k += 2) {
      int n = 0;
      if (!SmallNumber(words[k + 1], &n)) return bad("'" + words[k] + "' needs a number");
      const std::string& key = words[k];
      if (key == "MIN") comma.min = n;
      else if (key == "MAX") comma.max = n;
      else if (key == "EMIN") comma.emin = n;
      else if (key == "EMAX") comma.emax = n;
      else if (key == "BMIN") comma.bmin = n;
      else if (key == "BMAX") comma.bmax = n;
      else return bad("unknown limit '" + key + "'");
    }
    return Status::Ok();
  }
  if (name == "FORW") {
    std::vector<std::string> words;
    if (!CommandWords(rest, &words)) return bad("unclosed '['");
    forward = !words.empty();
    forward_format.clear();
    for (const std::string& w : words) {
      if (w == "OFF") forward = false;
      else if (w == "DOC") continue;
      else if (w.find_first_not_of("^*NS") == std::string::npos) forward_format = w;
      else return bad("unknown word '" + w + "' (the format takes ^ * N S)");
    }
    if (forward && forward_format.find('S') == std::string::npos)
      return bad("the format has no S (sentence number)");
    return Status::Ok();
  }
  return Status::Ok();  // LABEL, OUTPUT, NONEVENTS, ...: not applied
}

std::string TabariOptions::DropCommaPhrases(std::string_view text) const {
  if (comma_off) return std::string(text);
  return dyad::DropCommaPhrases(text, comma);
}

namespace {

// Whether the comma at `i` separates names of a list ("Mordor, Rohan,
// Fornost and Bree"): a capitalized word before it, and after it one to
// three capitalized words up to the next comma or "and"/"or".
bool InListOfNames(std::string_view text, size_t i) {
  size_t b = i;
  while (b > 0 && !std::isspace(static_cast<unsigned char>(text[b - 1]))) --b;
  if (b == i || !std::isupper(static_cast<unsigned char>(text[b]))) return false;
  int names = 0;
  for (size_t p = i + 1;;) {
    while (p < text.size() && std::isspace(static_cast<unsigned char>(text[p]))) ++p;
    size_t q = p;
    while (q < text.size() && !std::isspace(static_cast<unsigned char>(text[q])) && text[q] != ',') ++q;
    if (q == p) return false;
    const std::string word = Upper(text.substr(p, q - p));
    if (word == "AND" || word == "OR") return names > 0;
    if (!std::isupper(static_cast<unsigned char>(text[p])) || ++names > 3) return false;
    if (q < text.size() && text[q] == ',') return true;
    p = q;
  }
}

}  // namespace

std::string DropCommaPhrases(std::string_view text, const CommaBounds& bounds) {
  // The commas that delimit: not one between digits.
  std::vector<size_t> commas;
  for (size_t i = 0; i < text.size(); ++i)
    if (text[i] == ',' && !(i > 0 && i + 1 < text.size() &&
                            std::isdigit(static_cast<unsigned char>(text[i - 1])) &&
                            std::isdigit(static_cast<unsigned char>(text[i + 1]))))
      commas.push_back(i);
  if (bounds.name_lists) std::erase_if(commas, [&](size_t i) { return InListOfNames(text, i); });
  if (commas.empty()) return std::string(text);
  auto words = [&](size_t b, size_t e) {
    int n = 0;
    bool in = false;
    for (size_t i = b; i < e; ++i) {
      const unsigned char c = static_cast<unsigned char>(text[i]);
      if (std::isspace(c)) { in = false; continue; }
      if (!in && (std::isalnum(c) || c >= 0x80)) { ++n; in = true; }
      // TABARI's words: a possessive "'S" and the closing full stop count.
      if (c == '\'' && i + 1 < e && (text[i + 1] == 's' || text[i + 1] == 'S')) ++n;
      if (c == '.' && e == text.size() && i + 1 == e) ++n;
    }
    return n;
  };
  size_t last = text.size();
  while (last > 0 && std::isspace(static_cast<unsigned char>(text[last - 1]))) --last;
  const bool terminated = last > 0 && (text[last - 1] == '.' || text[last - 1] == '?' || text[last - 1] == '!' ||
                                       text[last - 1] == '"' || text[last - 1] == '\'');
  // Phrases: [0, c0), (c0, c1), ..., (cn, end). The kept ones are joined
  // by their comma when they were next to each other, else by a blank
  // ("X, who ..., said" -> "X said"); a dropped last phrase leaves the
  // sentence's closing punctuation.
  const size_t k = commas.size();
  std::string out, closing;
  int last_kept = -1;
  for (size_t p = 0; p <= k; ++p) {
    const size_t b = p == 0 ? 0 : commas[p - 1] + 1;
    const size_t e = p == k ? text.size() : commas[p];
    const int n = words(b, e);
    int lo = bounds.min, hi = bounds.max;
    if (p == 0) lo = bounds.bmin, hi = bounds.bmax;
    else if (p == k) lo = bounds.emin, hi = bounds.emax;
    // "A, the awful B, and C": a member of a list, not an aside.
    bool listed = false;
    if (p < k) {
      size_t q = e + 1;
      while (q < text.size() && std::isspace(static_cast<unsigned char>(text[q]))) ++q;
      const std::string next = Upper(text.substr(q, 4));
      listed = next.rfind("AND ", 0) == 0 || next.rfind("OR ", 0) == 0;
    }
    // The phrase after the last comma ends at the sentence's full stop: a
    // text without one has no end phrase to drop.
    const bool unterminated = p == k && p > 0 && !terminated;
    if (n > lo && n <= hi && !listed && !unterminated) {
      if (p == k) {
        size_t end = e;
        while (end > b && (std::isspace(static_cast<unsigned char>(text[end - 1])) ||
                           std::ispunct(static_cast<unsigned char>(text[end - 1]))))
          --end;
        closing = std::string(text.substr(end, e - end));
      }
      continue;
    }
    if (last_kept >= 0) out += static_cast<size_t>(last_kept) + 1 == p ? ", " : " ";
    out.append(text.substr(b, e - b));
    last_kept = static_cast<int>(p);
  }
  out += closing;
  return FoldSpace(out);
}

std::string TabariOptions::ComplexReason(const SentenceFacts& f) const {
  if (f.complex) return "a complex code +++";
  auto count = [](const char* what, int have, int limit) {
    return std::string(what) + "[" + std::to_string(limit) + "]: " + std::to_string(have);
  };
  if (complex_verbs > 0 && f.verbs >= complex_verbs) return count("VERBS", f.verbs, complex_verbs) + " verbs";
  if (complex_actors > 0 && f.actors >= complex_actors) return count("ACTORS", f.actors, complex_actors) + " actors";
  if (complex_conjunctions > 0 && f.conjunctions >= complex_conjunctions)
    return count("CONJ", f.conjunctions, complex_conjunctions) + " conjunctions";
  if (complex_noverb && !f.verb_found) return "NOVERB: no verb";
  if (complex_noactprior && f.verb_found && !f.actor_before_verb) return "NOACTPRIOR: no actor before the first verb";
  if (complex_noactafter && f.verb_found && !f.actor_after_verb) return "NOACTAFTER: no actor after the first verb";
  return "";
}

Result<ValidationSuite> ParseTabariRecords(std::string_view data, const std::string& path,
                                           const TabariOptions& initial) {
  ValidationSuite suite;
  suite.path = path;
  suite.format = "tabari";
  TabariOptions options = initial;
  auto shared_options = std::make_shared<const TabariOptions>(options);
  uint32_t line_no = 0;
  ValidationCase cur;
  bool in_record = false, in_comment = false, ended = false;
  std::string comment;
  std::string idinfo, prev_story;  // FORWARD: the record's id line, the story before
  int prev_sentence = -1;
  auto finish = [&]() {
    if (!in_record) return;
    in_record = false;
    cur.text = FoldSpace(cur.text);
    // { OPTION: command } — TABARI also takes one whose '}' is missing
    // (up to the end of the comment).
    bool option = false;
    for (size_t p = 0; (p = comment.find('{', p)) != std::string::npos; ++p) {
      size_t q = p + 1;
      while (q < comment.size() && std::isspace(static_cast<unsigned char>(comment[q]))) ++q;
      if (Upper(comment.substr(q, 7)) != "OPTION:") continue;
      option = true;
      size_t close = comment.find('}', q);
      size_t next = comment.find('{', q);
      size_t end = std::min(close, next);
      if (end == std::string::npos) end = comment.size();
      const std::string where = path + ":" + std::to_string(cur.line);
      if (ended) continue;
      Status s = options.Apply(comment.substr(q + 7, end - q - 7), where);
      if (!s.ok()) suite.warnings.push_back(s.message());
    }
    if (option) {
      shared_options = std::make_shared<const TabariOptions>(options);
      return;
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
      if (optional) {
        cur.open_ended = true;
        continue;
      }
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
      // Codes are digits with letters too ("174K", "075A").
      size_t sp = code.find_first_not_of("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ-+#");
      if (sp != std::string::npos) code = code.substr(0, sp);
      cur.expected.push_back(ExpectedEvent{src, tgt, code});
    }
    if (!any_brace || cur.text.empty()) return;
    if (ended) {
      suite.skipped.push_back(SkippedRecord{
          cur.id, cur.line,
          "after FINAL-01, where TABARI's manual (10.1) ends the standard validation; "
          "these records need other settings or crash TABARI"});
      return;
    }
    if (cur.expected.empty() && !cur.open_ended) cur.expect_none = true;
    cur.code_by = options.code_by;
    cur.tabari = shared_options;
    if (options.forward) {
      std::string story;
      int sentence = 0;
      StoryAndSentence(options.forward_format, idinfo, &story, &sentence);
      cur.continues_story = story == prev_story && sentence == prev_sentence + 1 && sentence > 0;
      prev_story = story;
      prev_sentence = sentence;
    } else {
      prev_story.clear();
      prev_sentence = -1;
    }
    suite.cases.push_back(cur);
  };
  size_t pos = 0;
  while (pos < data.size()) {
    size_t nl = data.find('\n', pos);
    if (nl == std::string_view::npos) nl = data.size();
    std::string line(data.substr(pos, nl - pos));
    pos = nl + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    // A blank line ends a record (manual 4.3), and with it a comment left
    // open ("{ FOR / GON / 045 }   /*"): the next record is read, not
    // swallowed.
    if (in_comment && line.find_first_not_of(" \t") == std::string::npos) {
      in_comment = false;
      continue;
    }
    if (const size_t digits = in_comment ? 0 : RecordHead(line); digits > 0) {
      finish();
      cur = ValidationCase();
      in_record = true;
      cur.line = line_no;
      idinfo = line.substr(digits);
      cur.date = RecordDate(std::string_view(line).substr(0, digits), options.yyyy);
      cur.id = Trimmed(line.substr(digits));
      size_t sp = cur.id.find(' ');
      if (sp != std::string::npos) cur.id = cur.id.substr(0, sp);
      size_t dash = cur.id.find('-');
      cur.category = dash == std::string::npos ? cur.id : cur.id.substr(0, dash);
      if (cur.id == "FINAL-01") ended = true;
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
    // A coding line after the comment closed ("\n{ GON / FOR / 044 } */")
    // still lists the record's events; it is no text to code.
    if (!comment.empty()) {
      const size_t first = line.find_first_not_of(" \t");
      if (first != std::string::npos &&
          (line.compare(first, 1, "{") == 0 || line.compare(first, 3, "\\n{") == 0)) {
        comment += line.substr(0, line.find("*/")) + "\n";
        continue;
      }
    }
    cur.text += " " + line;
  }
  finish();
  if (suite.cases.empty()) return ParseError(path + ": no validation records found");
  return suite;
}

namespace {

Result<std::string> ReadText(const std::string& path, const std::string& named_by) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return NotFoundError(path + ": cannot open" + (named_by.empty() ? "" : " (named by " + named_by + ")"));
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// The .options file: one command a line; "//" and "#" start comments.
Status ReadTabariOptions(std::string_view text, const std::string& path, TabariOptions* options) {
  uint32_t line_no = 0;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = text.substr(pos, nl - pos);
    pos = nl + 1;
    ++line_no;
    for (std::string_view mark : {"//", "#"}) {
      const size_t c = line.find(mark);
      if (c != std::string_view::npos) line = line.substr(0, c);
    }
    if (Trimmed(line).empty()) continue;
    // "~~~~~" closes some options files.
    if (line.find_first_not_of("~ \t\r") == std::string_view::npos) continue;
    Status s = options->Apply(line, path + ":" + std::to_string(line_no));
    if (!s.ok()) return s;
  }
  return Status::Ok();
}

}  // namespace

Result<ValidationSuite> ReadTabariValidation(const std::string& path) {
  namespace fs = std::filesystem;
  fs::path base = fs::path(path).parent_path();
  Result<std::string> data = ReadText(path, "");
  if (!data.ok()) return data.status();
  if (data->find("<textfile>") == std::string::npos) return ParseTabariRecords(*data, path);
  // A .project: <actorsfile> X, <verbsfile> Y, <agentsfile> Z,
  // <optionsfile> O, <textfile> T
  std::vector<std::pair<DictionaryKind, std::string>> dictionaries;
  std::string text_file, options_file;
  std::istringstream lines(*data);
  std::string line;
  while (std::getline(lines, line)) {
    auto value = [&](const char* tag) -> std::string {
      size_t p = line.find(tag);
      if (p == std::string::npos) return "";
      return Trimmed(line.substr(p + std::strlen(tag)));
    };
    if (auto v = value("<actorsfile>"); !v.empty()) dictionaries.emplace_back(DictionaryKind::kActors, (base / v).string());
    if (auto v = value("<verbsfile>"); !v.empty()) dictionaries.emplace_back(DictionaryKind::kVerbs, (base / v).string());
    if (auto v = value("<agentsfile>"); !v.empty()) dictionaries.emplace_back(DictionaryKind::kAgents, (base / v).string());
    if (auto v = value("<optionsfile>"); !v.empty()) options_file = (base / v).string();
    if (auto v = value("<textfile>"); !v.empty()) text_file = (base / v).string();
  }
  TabariOptions options;
  if (!options_file.empty()) {
    Result<std::string> o = ReadText(options_file, path);
    if (!o.ok()) return o.status();
    Status s = ReadTabariOptions(*o, options_file, &options);
    if (!s.ok()) return s;
  }
  Result<std::string> text = ReadText(text_file, path);
  if (!text.ok()) return text.status();
  Result<ValidationSuite> suite = ParseTabariRecords(*text, text_file, options);
  if (!suite.ok()) return suite;
  suite->path = path;
  suite->dictionaries = std::move(dictionaries);
  return suite;
}

}  // namespace dyad
