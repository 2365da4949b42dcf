#include "lexicon/reader_util.h"

#include <cctype>

namespace dyad::lexicon {

bool LineReader::Next(std::string_view* raw, std::string_view* content, uint32_t* line_no) {
  while (pos_ < text_.size()) {
    size_t nl = text_.find('\n', pos_);
    if (nl == std::string_view::npos) nl = text_.size();
    std::string_view line = text_.substr(pos_, nl - pos_);
    pos_ = nl + 1;
    ++line_;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    // <!-- ... --> comments, possibly over several lines.
    std::string kept;
    std::string_view rest = line;
    bool dropped = false;
    while (!rest.empty()) {
      if (in_xml_comment_) {
        size_t end = rest.find("-->");
        dropped = true;
        if (end == std::string_view::npos) { rest = {}; break; }
        rest.remove_prefix(end + 3);
        in_xml_comment_ = false;
        continue;
      }
      size_t open = rest.find("<!--");
      if (open == std::string_view::npos) break;
      kept.append(rest.substr(0, open));
      rest.remove_prefix(open + 4);
      in_xml_comment_ = true;
      dropped = true;
    }
    if (dropped) {
      kept.append(rest);
      if (Trim(kept).empty()) continue;
      // A line with code around an XML comment: rare; keep the code part.
      scratch_line_ = std::move(kept);
      line = scratch_line_;
    }
    // Cut the comment: # or ; outside brackets and braces.
    int depth = 0;
    size_t cut = line.size();
    for (size_t i = 0; i < line.size(); ++i) {
      char c = line[i];
      if (c == '[' || c == '{' || c == '(') ++depth;
      else if ((c == ']' || c == '}' || c == ')') && depth > 0) --depth;
      else if ((c == '#' || c == ';') && depth == 0) { cut = i; break; }
    }
    std::string_view body = line.substr(0, cut);
    while (!body.empty() && std::isspace(static_cast<unsigned char>(body.back())))
      body.remove_suffix(1);
    if (Trim(body).empty()) continue;
    *raw = line;
    *content = body;
    *line_no = line_;
    return true;
  }
  return false;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

bool CommentHasFlag(std::string_view raw_line, std::string_view flag) {
  const size_t hash = raw_line.find('#');
  return hash != std::string_view::npos && raw_line.find(flag, hash) != std::string_view::npos;
}

std::string Upper(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 32);
  return out;
}

bool ParsePhrase(std::string_view text, bool stems, Phrase* out, std::string* error) {
  out->words.clear();
  text = Trim(text);
  bool exact_end = !stems;
  // TABARI: "MOUSE=" is the word alone, without regular endings; like
  // "MOUSE_", it is no stem.
  bool no_endings = false;
  while (!text.empty() && (text.back() == '_' || (stems && text.back() == '='))) {
    no_endings = no_endings || text.back() == '=';
    exact_end = true;
    text.remove_suffix(1);
  }
  bool joined = true;  // the first word has nothing to join; kept true
  size_t i = 0;
  while (i < text.size()) {
    char c = text[i];
    if (c == '_') { joined = true; ++i; continue; }
    if (std::isspace(static_cast<unsigned char>(c))) { joined = false; ++i; continue; }
    size_t j = i;
    while (j < text.size() && text[j] != '_' && !std::isspace(static_cast<unsigned char>(text[j])))
      ++j;
    PhraseWord w;
    w.text = Upper(text.substr(i, j - i));
    w.joined = out->words.empty() ? true : joined;
    out->words.push_back(std::move(w));
    joined = true;
    i = j;
  }
  if (out->words.empty()) {
    *error = "empty phrase";
    return false;
  }
  out->stem = !exact_end;
  out->no_endings = no_endings;
  return true;
}

bool SplitCodeGroups(std::string_view line, std::string_view* rest,
                     std::vector<std::string_view>* groups) {
  groups->clear();
  size_t open = line.find('[');
  *rest = open == std::string_view::npos ? line : line.substr(0, open);
  while (open != std::string_view::npos) {
    size_t close = line.find(']', open);
    if (close == std::string_view::npos) return false;
    groups->push_back(Trim(line.substr(open + 1, close - open - 1)));
    open = line.find('[', close);
  }
  return true;
}

bool IsCodeText(std::string_view code) {
  if (code.empty()) return false;
  for (char c : code)
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-' && c != '#' && c != '~' &&
        c != '+' && c != '/' && c != '?')
      return false;
  return true;
}

bool ParseDatedCode(std::string_view group, DatedCode* out, bool* has_date, std::string* error) {
  group = Trim(group);
  size_t sp = group.find_first_of(" \t");
  std::string_view code = group.substr(0, sp);
  std::string_view date = sp == std::string_view::npos ? std::string_view() : Trim(group.substr(sp));
  if (!IsCodeText(code)) {
    *error = "bad code '" + std::string(code) + "'";
    return false;
  }
  out->code = Upper(code);
  out->from = kDateMin;
  out->to = kDateMax;
  *has_date = !date.empty();
  if (date.empty()) return true;
  if (date[0] == '<' || date[0] == '>') {
    int32_t d = ParseDictionaryDate(Trim(date.substr(1)));
    if (d < 0) { *error = "bad date '" + std::string(date) + "'"; return false; }
    // "<date" is before (inclusive), ">date" after (inclusive).
    if (date[0] == '<') out->to = d; else out->from = d;
    return true;
  }
  size_t dash = date.find('-');
  if (dash == std::string_view::npos) {
    *error = "bad date range '" + std::string(date) + "' (want FROM-TO, <DATE or >DATE)";
    return false;
  }
  int32_t a = ParseDictionaryDate(Trim(date.substr(0, dash)));
  int32_t b = ParseDictionaryDate(Trim(date.substr(dash + 1)));
  if (a < 0 || b < 0) { *error = "bad date range '" + std::string(date) + "'"; return false; }
  if (a > b) { *error = "date range ends before it starts: '" + std::string(date) + "'"; return false; }
  out->from = a;
  out->to = b;
  return true;
}

void SplitPairedCode(std::string_view text, std::string* code, std::string* paired) {
  std::string u = Upper(Trim(text));
  size_t colon = u.find(':');
  if (colon == std::string::npos) {
    *code = u;
    paired->clear();
    return;
  }
  *code = std::string(Trim(std::string_view(u).substr(0, colon)));
  *paired = std::string(Trim(std::string_view(u).substr(colon + 1)));
  if (code->empty()) *code = "---";  // "[:173]": only the paired event
}

std::string RegularPlural(std::string_view word) {
  std::string w(word);
  if (w.size() >= 2 && w.back() == 'Y' && std::string_view("AEIOU").find(w[w.size() - 2]) == std::string_view::npos)
    return w.substr(0, w.size() - 1) + "IES";
  if (w.size() >= 2 && w.substr(w.size() - 2) == "SS") return w + "ES";
  if (!w.empty() && (w.back() == 'X' || (w.size() >= 2 && (w.substr(w.size() - 2) == "CH" ||
                                                            w.substr(w.size() - 2) == "SH"))))
    return w + "ES";
  return w + "S";
}

bool DeclaresDyadFormat(std::string_view text) {
  return text.substr(0, 4096).find("dyad-dict") != std::string_view::npos;
}

void IssueSink::Add(uint32_t line, std::string message) {
  if (options_.strict && status_.ok())
    status_ = ParseError(file_ + ":" + std::to_string(line) + ": " + message);
  lex_->issues.push_back(LexiconIssue{file_, line, std::move(message)});
}

}  // namespace dyad::lexicon
