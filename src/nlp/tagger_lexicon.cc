// ParseTaggerLexicon: the word lexicon file that `dyad train tagger
// --lexicon` reads (include/dyad/tagger.h).
#include <charconv>
#include <string>

#include "dyad/tagger.h"
#include "util/read_file.h"

namespace dyad {
namespace {

constexpr size_t kMaxReported = 20;

std::string_view NextField(std::string_view* rest) {
  const size_t tab = rest->find('\t');
  std::string_view f = rest->substr(0, tab);
  *rest = tab == std::string_view::npos ? std::string_view() : rest->substr(tab + 1);
  return f;
}

// "TAG count" into *out; false with *why set when it is not.
bool ParseTagCount(std::string_view f, std::pair<Xpos, uint32_t>* out, std::string* why) {
  const size_t sp = f.find(' ');
  if (sp == std::string_view::npos) {
    *why = "expected 'TAG count', got '" + std::string(f.substr(0, 40)) + "'";
    return false;
  }
  const std::string_view tag = f.substr(0, sp), count = f.substr(sp + 1);
  if (!ParseXpos(tag, &out->first) || out->first == Xpos::kNone) {
    *why = "unknown XPOS '" + std::string(tag.substr(0, 40)) + "'";
    return false;
  }
  uint32_t n = 0;
  const auto [end, ec] = std::from_chars(count.data(), count.data() + count.size(), n);
  if (ec != std::errc() || end != count.data() + count.size() || n == 0) {
    *why = "bad count '" + std::string(count.substr(0, 40)) + "' (a positive number)";
    return false;
  }
  out->second = n;
  return true;
}

}  // namespace

TaggerLexicon ParseTaggerLexicon(std::string_view text, std::string_view name,
                                 std::vector<std::string>* problems) {
  TaggerLexicon lex;
  size_t line_no = 0, bad = 0;
  auto report = [&](const std::string& what) {
    if (++bad <= kMaxReported && problems != nullptr) {
      problems->push_back(std::string(name) + ":" + std::to_string(line_no) + ": " + what);
    }
  };
  while (!text.empty()) {
    const size_t nl = text.find('\n');
    std::string_view line = text.substr(0, nl);
    text = nl == std::string_view::npos ? std::string_view() : text.substr(nl + 1);
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty()) continue;
    if (line[0] == '#' && line.find('\t') == std::string_view::npos) {  // "#tag\tNN 1" is a word
      constexpr std::string_view kSource = "# source:";
      if (line.substr(0, kSource.size()) == kSource && lex.source.empty()) {
        std::string_view s = line.substr(kSource.size());
        while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
        lex.source = std::string(s.substr(0, 1000));
      }
      continue;
    }
    std::string_view rest = line;
    TaggerLexicon::Entry e;
    e.word = std::string(NextField(&rest));
    if (e.word.empty() || e.word.size() > 255) {
      report(e.word.empty() ? "empty word" : "word longer than 255 bytes");
      continue;
    }
    std::string why;
    bool ok = !rest.empty();
    if (!ok) why = "no tags after the word";
    while (ok && !rest.empty()) {
      std::pair<Xpos, uint32_t> tc;
      ok = ParseTagCount(NextField(&rest), &tc, &why);
      if (ok) e.tags.push_back(tc);
    }
    if (!ok) {
      report(why);
      continue;
    }
    lex.entries.push_back(std::move(e));
  }
  if (bad > kMaxReported && problems != nullptr) {
    problems->push_back(std::string(name) + ": " + std::to_string(bad - kMaxReported) +
                        " more lines skipped");
  }
  return lex;
}

Result<TaggerLexicon> ReadTaggerLexicon(const std::string& path,
                                        std::vector<std::string>* problems) {
  Result<std::string> text = ReadWholeFile(path);
  if (!text.ok()) return text.status();
  return ParseTaggerLexicon(*text, path, problems);
}

}  // namespace dyad
