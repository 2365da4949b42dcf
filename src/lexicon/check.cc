// Semantic checks of a lexicon (dyad dict check).
#include <algorithm>
#include <set>
#include <unordered_map>

#include "dyad/cameo.h"
#include "dyad/lexicon.h"

namespace dyad {
namespace {

void CollectSynsets(const std::vector<PatternElement>& es, std::vector<std::string>* out) {
  for (const PatternElement& e : es) {
    if (e.kind == PatternElement::Kind::kSynset) out->push_back(e.text);
    CollectSynsets(e.children, out);
  }
}

bool IsEventCode(const std::string& c) {
  return c.empty() || c == "---" || c == "###" || c == "+++" || FindCameo(c) != nullptr;
}

std::string PhraseKey(const Phrase& p) {
  std::string k;
  for (const PhraseWord& w : p.words) { k += w.text; k += ' '; }
  return k;
}

}  // namespace

std::vector<LexiconIssue> CheckLexicon(const Lexicon& lex) {
  std::vector<LexiconIssue> out;
  auto add = [&](SourceLoc loc, std::string msg) {
    out.push_back(LexiconIssue{loc.file < lex.files.size() ? lex.files[loc.file] : "?", loc.line, std::move(msg)});
  };
  std::set<std::string> synsets;
  for (const Synset& s : lex.synsets) synsets.insert(s.name);
  for (const VerbBlock& b : lex.verbs) {
    if (!IsEventCode(b.code)) add(b.loc, "block code " + b.code + " is not a CAMEO event code");
    if (!IsEventCode(b.paired_code)) add(b.loc, "paired code " + b.paired_code + " is not a CAMEO event code");
    for (const VerbEntry& v : b.verbs)
      if (!IsEventCode(v.code)) add(v.loc, "verb code " + v.code + " is not a CAMEO event code");
    for (const VerbPattern& p : b.patterns) {
      if (!IsEventCode(p.code)) add(p.loc, "pattern code " + p.code + " is not a CAMEO event code");
      if (!IsEventCode(p.paired_code))
        add(p.loc, "paired code " + p.paired_code + " is not a CAMEO event code");
      std::vector<std::string> used;
      CollectSynsets(p.elements, &used);
      for (const std::string& u : used)
        if (!synsets.count(u)) add(p.loc, "unknown synonym set " + u);
    }
  }
  // Dated codes of one actor that overlap with different codes.
  for (const ActorEntry& a : lex.actors) {
    for (size_t i = 0; i < a.dated.size(); ++i)
      for (size_t j = i + 1; j < a.dated.size(); ++j) {
        const DatedCode& x = a.dated[i];
        const DatedCode& y = a.dated[j];
        if (x.code != y.code && x.from <= y.to && y.from <= x.to)
          add(a.loc, "dated codes " + x.code + " and " + y.code + " overlap (" + std::to_string(std::max(x.from, y.from)) +
                         "-" + std::to_string(std::min(x.to, y.to)) + ")");
      }
  }
  // One phrase, two actors, different codes.
  std::unordered_map<std::string, size_t> seen;
  for (size_t i = 0; i < lex.actors.size(); ++i) {
    for (const Phrase& p : lex.actors[i].phrases) {
      auto [it, fresh] = seen.emplace(PhraseKey(p), i);
      if (fresh || it->second == i) continue;
      const ActorEntry& other = lex.actors[it->second];
      const ActorEntry& me = lex.actors[i];
      if (other.CodeOn(0) != me.CodeOn(0))
        add(me.loc, "phrase '" + PhraseKey(p).substr(0, PhraseKey(p).size() - 1) + "' is also " +
                        std::string(other.CodeOn(0)) + " at " + lex.Where(other.loc));
    }
  }
  return out;
}

}  // namespace dyad
