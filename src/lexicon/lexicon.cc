// Loading dictionaries: kinds, files, folders.
#include "dyad/lexicon.h"

#include <algorithm>
#include <cctype>
#include <filesystem>

#include "dyad/data.h"
#include "lexicon/reader_util.h"
#include "lexicon/readers.h"
#include "util/read_file.h"

namespace dyad {

std::string LexiconIssue::ToString() const {
  return file + ":" + std::to_string(line) + ": " + message;
}

std::string Lexicon::Where(SourceLoc loc) const {
  std::string f = loc.file < files.size() ? files[loc.file] : "?";
  return f + ":" + std::to_string(loc.line);
}

std::string_view ActorEntry::CodeOn(int32_t date) const {
  if (date > 0) {
    for (const DatedCode& d : dated)
      if (date >= d.from && date <= d.to) return d.code;
    return default_code.empty() ? std::string_view(elite_code) : std::string_view(default_code);
  }
  if (!default_code.empty()) return default_code;
  return dated.empty() ? std::string_view() : std::string_view(dated.back().code);
}

int32_t ParseDictionaryDate(std::string_view t) {
  if (t.size() != 8 && t.size() != 6) return -1;
  int32_t v = 0;
  for (char c : t) {
    if (c < '0' || c > '9') return -1;
    v = v * 10 + (c - '0');
  }
  if (t.size() == 6) {
    int32_t yy = v / 10000;
    v += (yy < 30 ? 20000000 : 19000000);
  }
  int32_t month = (v / 100) % 100, day = v % 100;
  if (month < 1 || month > 12 || day < 1 || day > 31) return -1;
  return v;
}

DictionaryKind GuessDictionaryKind(std::string_view path) {
  std::string name = std::filesystem::path(path).filename().string();
  for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  auto has = [&](std::string_view w) { return name.find(w) != std::string::npos; };
  if (has("verb")) return DictionaryKind::kVerbs;
  if (has("actor")) return DictionaryKind::kActors;
  if (has("agent")) return DictionaryKind::kAgents;
  if (has("discard")) return DictionaryKind::kDiscards;
  if (has(".options")) return DictionaryKind::kOptions;
  return DictionaryKind::kUnknown;
}

Status LoadDictionaryText(std::string_view name, std::string_view text, DictionaryKind kind,
                          const LexiconOptions& options, Lexicon* lex) {
  if (kind == DictionaryKind::kUnknown) kind = GuessDictionaryKind(name);
  const uint32_t file = static_cast<uint32_t>(lex->files.size());
  lex->files.emplace_back(name);
  switch (kind) {
    case DictionaryKind::kVerbs: return lexicon::ReadVerbs(name, text, file, options, lex);
    case DictionaryKind::kActors: return lexicon::ReadActors(name, text, file, options, lex);
    case DictionaryKind::kAgents: return lexicon::ReadAgents(name, text, file, options, lex);
    case DictionaryKind::kDiscards: return lexicon::ReadDiscards(name, text, file, options, lex);
    case DictionaryKind::kOptions: return Status::Ok();  // settings are read by the suites
    case DictionaryKind::kUnknown: break;
  }
  return InvalidArgumentError(std::string(name) +
                              ": cannot tell which kind of dictionary this is (name it "
                              "*verbs*, *actors*, *agents* or *discards*)");
}

Status LoadDictionaryFile(const std::string& path, DictionaryKind kind,
                          const LexiconOptions& options, Lexicon* lex) {
  Result<std::string> data = ReadWholeFile(path);
  if (!data.ok()) return data.status();
  return LoadDictionaryText(path, *data, kind, options, lex);
}

Result<Lexicon> LoadLexiconDir(const std::string& dir, const LexiconOptions& options) {
  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec)) return NotFoundError(dir + ": not a folder");
  std::vector<std::string> paths;
  for (const auto& e : std::filesystem::directory_iterator(dir, ec)) {
    if (!e.is_regular_file(ec)) continue;
    std::string name = e.path().filename().string();
    if (name.empty() || name[0] == '.') continue;
    paths.push_back(e.path().string());
  }
  if (ec) return IoError(dir + ": " + ec.message());
  std::sort(paths.begin(), paths.end());
  Lexicon lex;
  for (const std::string& p : paths) {
    DictionaryKind kind = GuessDictionaryKind(p);
    if (kind == DictionaryKind::kUnknown) continue;  // README, SOURCE.txt, records...
    Status s = LoadDictionaryFile(p, kind, options, &lex);
    if (!s.ok()) return s;
  }
  return lex;
}

Result<Lexicon> LoadLexicon(const DictionaryFiles& files, const LexiconOptions& options) {
  DictionaryFiles f = files;
  if (f.empty()) f.dir = DefaultDictionaryDir();
  Lexicon lex;
  if (!f.dir.empty()) {
    Result<Lexicon> d = LoadLexiconDir(f.dir, options);
    if (!d.ok()) return d.status();
    lex = std::move(*d);
  }
  const std::pair<const std::vector<std::string>*, DictionaryKind> lists[] = {
      {&f.verbs, DictionaryKind::kVerbs}, {&f.actors, DictionaryKind::kActors},
      {&f.agents, DictionaryKind::kAgents}, {&f.discards, DictionaryKind::kDiscards}};
  for (const auto& [paths, kind] : lists)
    for (const std::string& p : *paths) {
      Status s = LoadDictionaryFile(p, kind, options, &lex);
      if (!s.ok()) return s;
    }
  return lex;
}

}  // namespace dyad
