#include "code/compiled.h"

#include <algorithm>
#include <cctype>
#include <tuple>
#include <unordered_set>

#include "code/analysis.h"
#include "dyad/lemmatizer.h"
#include "lexicon/reader_util.h"

namespace dyad::code {

std::string UpperForm(std::string_view word) { return MatchKey(word); }

uint32_t WordTable::Intern(std::string_view upper) {
  auto it = map_.find(upper);
  if (it != map_.end()) return it->second;
  uint32_t id = static_cast<uint32_t>(map_.size());
  map_.emplace(std::string(upper), id);
  slots_.clear();  // thawed
  return id;
}

uint64_t WordTable::Hash(std::string_view s) {
  uint64_t h = 1469598103934665603ull;  // FNV-1a, then a final mix
  for (unsigned char ch : s) h = (h ^ ch) * 1099511628211ull;
  return h ^ (h >> 29);
}

void WordTable::Freeze() {
  size_t cap = 16;
  while (cap < map_.size() * 3) cap <<= 1;  // load at most 1/3
  slots_.assign(cap, Slot{});
  chars_.clear();
  for (const auto& [word, id] : map_) {
    const uint64_t h = Hash(word);
    size_t i = h & (cap - 1);
    while (slots_[i].id != kNoWord) i = (i + 1) & (cap - 1);
    slots_[i] = Slot{static_cast<uint32_t>(h >> 32), id, static_cast<uint32_t>(chars_.size()),
                     static_cast<uint32_t>(word.size())};
    chars_ += word;
  }
}

uint32_t WordTable::Find(std::string_view upper, uint64_t h) const {
  if (slots_.empty()) {
    auto it = map_.find(upper);
    return it == map_.end() ? kNoWord : it->second;
  }
  const uint32_t check = static_cast<uint32_t>(h >> 32);
  const size_t mask = slots_.size() - 1;
  for (size_t i = h & mask;; i = (i + 1) & mask) {
    const Slot& s = slots_[i];
    if (s.id == kNoWord) return kNoWord;
    if (s.check == check && s.length == upper.size() &&
        std::string_view(chars_.data() + s.offset, s.length) == upper)
      return s.id;
  }
}

PhraseTrie::PhraseTrie() { nodes_.emplace_back(); }

uint32_t PhraseTrie::ExactChild(uint32_t node, uint32_t word, bool joined) {
  const uint64_t key = (uint64_t{node} << 32) | (uint64_t{word} << 1) | (joined ? 1 : 0);
  auto it = build_index_.find(key);
  if (it != build_index_.end()) return it->second;
  uint32_t child = static_cast<uint32_t>(nodes_.size());
  nodes_.emplace_back();
  nodes_[node].edges.push_back(Edge{word, child, joined});
  build_index_.emplace(key, child);
  return child;
}

uint32_t PhraseTrie::StemChild(uint32_t node, const std::string& stem, bool joined) {
  for (const StemEdge& e : nodes_[node].stems[stem])
    if (e.joined == joined) return e.child;
  uint32_t child = static_cast<uint32_t>(nodes_.size());
  nodes_.emplace_back();
  Node& n = nodes_[node];
  n.stems[stem].push_back(StemEdge{child, joined});
  n.min_stem = std::min(n.min_stem, stem.size());
  n.max_stem = std::max(n.max_stem, stem.size());
  n.stem_lengths |= uint64_t{1} << std::min<size_t>(stem.size(), 63);
  return child;
}

void PhraseTrie::Insert(const std::vector<uint32_t>& words, const std::vector<std::string>& texts,
                        const std::vector<bool>& joined, bool stem_last, Payload payload) {
  uint32_t node = 0;
  for (size_t i = 0; i < words.size(); ++i) {
    const bool j = i == 0 || joined[i];
    if (stem_last && i + 1 == words.size() && !texts[i].empty())
      node = StemChild(node, texts[i], j);
    else
      node = ExactChild(node, words[i], j);
  }
  nodes_[node].payloads.push_back(payload);
}

void PhraseTrie::Finalize() {
  for (Node& n : nodes_)
    std::sort(n.edges.begin(), n.edges.end(),
              [](const Edge& a, const Edge& b) { return a.word < b.word; });
  build_index_.clear();
  // The root's stems by their first two bytes; a one-byte stem starts
  // every token that starts with its byte.
  std::fill(root_stem_keys_.begin(), root_stem_keys_.end(), 0);
  for (const auto& [stem, edges] : nodes_[0].stems) {
    if (stem.empty()) continue;
    const size_t first = size_t{static_cast<unsigned char>(stem[0])} << 8;
    if (stem.size() == 1) {
      for (size_t b = 0; b < 256; ++b) root_stem_keys_[(first | b) >> 6] |= uint64_t{1} << ((first | b) & 63);
    } else {
      const size_t key = StemKey(stem);
      root_stem_keys_[key >> 6] |= uint64_t{1} << (key & 63);
    }
  }
  // root_first_: ids up to the largest root word, then one past the end.
  const std::vector<Edge>& root = nodes_[0].edges;
  const size_t ids = root.empty() ? 0 : size_t{root.back().word} + 1;
  root_first_.assign(ids + 1, 0);
  size_t e = 0;
  for (size_t id = 0; id <= ids; ++id) {
    while (e < root.size() && root[e].word < id) ++e;
    root_first_[id] = static_cast<uint32_t>(e);
  }
}

namespace {

// A dictionary phrase as match words: each written word goes through the
// same tokenizer as the text ("DIDN'T" -> DID N'T, "CHINA'S" -> CHINA 'S).
struct MatchPhrase {
  std::vector<uint32_t> ids;
  std::vector<std::string> texts;
  std::vector<bool> joined;
};

void ToMatchWords(const Phrase& phrase, const TextSplitter& splitter, WordTable* words,
                  MatchPhrase* out) {
  SplitResult r;
  for (const PhraseWord& w : phrase.words) {
    splitter.Tokenize(w.text, &r);
    if (r.tokens.empty()) continue;
    for (size_t i = 0; i < r.tokens.size(); ++i) {
      std::string u = UpperForm(r.TokenText(w.text, i));
      out->ids.push_back(words->Intern(u));
      out->texts.push_back(std::move(u));
      out->joined.push_back(i == 0 ? w.joined : true);
    }
  }
}

// The present tense of a verb from its base form: "attack" -> ATTACKS,
// "push" -> PUSHES, "deny" -> DENIES.
std::string ThirdPerson(const std::string& base) {
  std::string u = UpperForm(base);
  const auto ends = [&](std::string_view e) {
    return u.size() > e.size() && u.compare(u.size() - e.size(), e.size(), e) == 0;
  };
  if (ends("S") || ends("X") || ends("Z") || ends("CH") || ends("SH")) return u + "ES";
  if (u.size() > 2 && u.back() == 'Y' && std::string_view("AEIOU").find(u[u.size() - 2]) ==
                                              std::string_view::npos)
    return u.substr(0, u.size() - 1) + "IES";
  return u + "S";
}

// Compiled::tagged_verb_forms: an entry written by its past tense
// ("ATTACKED {ATTACKING}", "STRUCK {STRUCK}") gets its base and third-person
// forms ("attack", "attacks"; "strike", "strikes") where no entry has them.
void AddTaggedPresentForms(const Lexicon& lex, const TextSplitter& splitter, Compiled* c) {
  const Lemmatizer& lemmatizer = Lemmatizer::Default();
  std::string lower, base;
  for (size_t b = 0; b < lex.verbs.size(); ++b) {
    // (Not for statements: "they fear", "senators worry" add little but
    // noise.)
    if (lex.verbs[b].code.compare(0, 2, "01") == 0) continue;
    for (size_t v = 0; v < lex.verbs[b].verbs.size(); ++v) {
      const VerbEntry& entry = lex.verbs[b].verbs[v];
      if (entry.forms.size() < 2 || entry.forms.front().stem) continue;
      MatchPhrase m;
      ToMatchWords(entry.forms.front(), splitter, &c->words, &m);
      if (m.ids.size() != 1) continue;
      lower.clear();
      for (char ch : m.texts[0]) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
      lemmatizer.Lemmatize(lower, PosTag{Upos::kVerb, Xpos::kVBD}, &base);
      if (base.empty() || base == lower) continue;  // not a past tense
      for (const std::string& form : {UpperForm(base), ThirdPerson(base)}) {
        const uint32_t id = c->words.Intern(form);
        if (c->verb_forms.count(id)) continue;
        CVerbForm f;
        f.words = {id};
        f.block = static_cast<uint32_t>(b);
        f.entry = static_cast<uint32_t>(v);
        c->tagged_verb_forms[id].push_back(std::move(f));
      }
    }
  }
}

class PatternCompiler {
 public:
  PatternCompiler(const Lexicon& lex, const TextSplitter& splitter, Compiled* c,
                  std::vector<LexiconIssue>* issues)
      : lex_(lex), splitter_(splitter), c_(c), issues_(issues) {
    for (size_t i = 0; i < lex.synsets.size(); ++i) synset_index_[lex.synsets[i].name] = static_cast<uint32_t>(i);
  }

  void CompileSynsets() {
    c_->synsets.resize(lex_.synsets.size());
    std::vector<uint8_t> state(lex_.synsets.size(), 0);  // 0 new, 1 in progress, 2 done
    for (size_t i = 0; i < lex_.synsets.size(); ++i) CompileSynset(i, &state);
  }

  // A member may name another set ("+&TIETYPES_MEMOS", TABARI): it stands
  // for each of that set's phrases. A set that names itself, directly or
  // not, is an issue; expansion stops at kMaxSynsetPhrases phrases.
  void CompileSynset(size_t i, std::vector<uint8_t>* state) {
    static constexpr size_t kMaxSynsetPhrases = 4096;
    if ((*state)[i] != 0) return;
    (*state)[i] = 1;
    const Synset& set = lex_.synsets[i];
    CSynset& out = c_->synsets[i];
    struct Partial {
      std::vector<uint32_t> ids;
      std::string stem;  // of the last word, when it is a stem
      std::vector<uint8_t> gaps;  // per word (CSynset::gaps)
    };
    // TABARI's sets and alternatives: words joined by a blank need not be
    // adjacent, as in the rest of a pattern.
    const bool alternative = set.open;
    out.open = set.open;
    for (const Phrase& p : set.phrases) {
      std::vector<Partial> partial{Partial{}};
      for (size_t k = 0; k < p.words.size(); ++k) {
        const PhraseWord& w = p.words[k];
        std::vector<Partial> alternatives;
        auto named = w.text.size() > 1 && w.text[0] == '&' ? synset_index_.find(w.text)
                                                           : synset_index_.end();
        if (named != synset_index_.end()) {
          const size_t j = named->second;
          if ((*state)[j] == 1) {
            Issue(set.loc, "synonym set " + set.name + " contains itself through " + lex_.synsets[j].name);
            partial.clear();
            break;
          }
          CompileSynset(j, state);
          const CSynset& inner = c_->synsets[j];
          for (size_t q = 0; q < inner.phrases.size(); ++q) {
            Partial x{inner.phrases[q], inner.stems[q], {}};
            x.gaps = inner.gaps.empty() ? std::vector<uint8_t>(x.ids.size(), 0) : inner.gaps[q];
            alternatives.push_back(std::move(x));
          }
        } else {
          Phrase one;
          one.words.push_back(w);
          MatchPhrase m;
          ToMatchWords(one, splitter_, &c_->words, &m);
          if (m.ids.empty()) continue;
          const bool stem = p.stem && k + 1 == p.words.size();
          std::vector<uint8_t> gaps(m.ids.size(), 0);
          alternatives.push_back(Partial{std::move(m.ids), stem ? m.texts.back() : "", std::move(gaps)});
        }
        const uint8_t gap = alternative && k > 0 && !w.joined;
        std::vector<Partial> next;
        for (const Partial& head : partial)
          for (const Partial& tail : alternatives) {
            if (next.size() >= kMaxSynsetPhrases) break;
            Partial joined = head;
            joined.ids.insert(joined.ids.end(), tail.ids.begin(), tail.ids.end());
            joined.stem = tail.stem;
            const size_t at = joined.gaps.size();
            joined.gaps.insert(joined.gaps.end(), tail.gaps.begin(), tail.gaps.end());
            if (at < joined.gaps.size()) joined.gaps[at] = gap;
            next.push_back(std::move(joined));
          }
        partial.swap(next);
      }
      for (Partial& x : partial)
        if (!x.ids.empty() && out.phrases.size() < kMaxSynsetPhrases) {
          out.phrases.push_back(std::move(x.ids));
          out.stems.push_back(std::move(x.stem));
          out.gaps.push_back(std::move(x.gaps));
        }
    }
    // The first words, for a quick rejection (CSynset::first_words).
    out.first_words.clear();
    out.any_first = false;
    for (size_t q = 0; q < out.phrases.size(); ++q) {
      if (out.phrases[q].empty() || (out.phrases[q].size() == 1 && !out.stems[q].empty()))
        out.any_first = true;
      else
        out.first_words.push_back(out.phrases[q][0]);
    }
    std::sort(out.first_words.begin(), out.first_words.end());
    out.first_words.erase(std::unique(out.first_words.begin(), out.first_words.end()),
                          out.first_words.end());
    out.first_bloom = WordBloom{};
    for (uint32_t id : out.first_words) out.first_bloom.Add(IdBloomHash(id));
    (*state)[i] = 2;
  }

  bool Element(const PatternElement& e, SourceLoc loc, CElement* out) {
    out->kind = e.kind;
    out->joined = e.joined;
    switch (e.kind) {
      case PatternElement::Kind::kWord: {
        Phrase p;
        p.words.push_back(PhraseWord{e.text, true});
        MatchPhrase m;
        ToMatchWords(p, splitter_, &c_->words, &m);
        if (m.ids.empty()) return false;
        out->words = m.ids;
        out->first_word = m.ids[0];
        out->stem = m.texts.back();
        out->inflected = inflected_;
        out->prefix = e.match == PatternElement::Match::kStem && m.ids.size() == 1;
        out->exact = e.match == PatternElement::Match::kExact;
        return true;
      }
      case PatternElement::Kind::kSynset: {
        auto it = synset_index_.find(e.text);
        if (it == synset_index_.end()) {
          Issue(loc, "unknown synonym set " + e.text);
          return false;
        }
        out->synset = it->second;
        return true;
      }
      case PatternElement::Kind::kNounPhrase:
      case PatternElement::Kind::kPrepPhrase:
        for (const PatternElement& ch : e.children) {
          CElement cc;
          if (!Element(ch, loc, &cc)) return false;
          out->names_actor |= cc.names_actor || cc.kind == PatternElement::Kind::kSource ||
                              cc.kind == PatternElement::Kind::kTarget ||
                              cc.kind == PatternElement::Kind::kCompound;
          out->children.push_back(std::move(cc));
        }
        return true;
      default:
        return true;
    }
  }

  // A pattern's specificity: words 4 each, a synonym set 4 (a TABARI set
  // 3: "* DOLLAR" before "* &CURRENCY"), an actor 2.
  int Weight(const CElement& e) const {
    switch (e.kind) {
      case PatternElement::Kind::kWord: return 4 * static_cast<int>(e.words.size());
      case PatternElement::Kind::kSynset: return c_->synsets[e.synset].open ? 3 : 4;
      case PatternElement::Kind::kNounPhrase:
      case PatternElement::Kind::kPrepPhrase: {
        int w = 0;
        for (const CElement& c : e.children) w += Weight(c);
        return w;
      }
      case PatternElement::Kind::kSource:
      case PatternElement::Kind::kTarget:
      case PatternElement::Kind::kCompound: return 2;
      default: return 0;
    }
  }

  // What element e needs the sentence to hold (CPattern::need_prefixes,
  // need_any): every element of a pattern must match.
  void Needs(const CElement& e, CPattern* cp) const {
    switch (e.kind) {
      case PatternElement::Kind::kWord:
        // (A TABARI stem shorter than three letters may start other prefixes.)
        if (e.words.size() == 1 && e.stem.size() >= 3)
          cp->need_prefixes.Add(PrefixBloomHash(e.stem));
        return;
      case PatternElement::Kind::kSynset: {
        const CSynset& set = c_->synsets[e.synset];
        if (set.any_first || set.first_words.empty()) return;
        cp->need_any.push_back(set.first_bloom);
        return;
      }
      case PatternElement::Kind::kNounPhrase:
      case PatternElement::Kind::kPrepPhrase:
        for (const CElement& c : e.children) Needs(c, cp);
        return;
      default:
        return;
    }
  }

  void CompilePatterns() {
    c_->patterns.resize(lex_.verbs.size());
    for (size_t b = 0; b < lex_.verbs.size(); ++b) {
      for (const VerbPattern& p : lex_.verbs[b].patterns) {
        CPattern cp;
        cp.code = p.code;
        cp.paired_code = p.paired_code;
        cp.loc = p.loc;
        bool after = false, ok = true;
        inflected_ = p.inflected_words;
        for (const PatternElement& e : p.elements) {
          if (e.kind == PatternElement::Kind::kVerb) {
            after = true;
            // "IN_*": the verb is joined to the element before it.
            if (e.joined && !cp.before.empty()) cp.verb_joined = true;
            continue;
          }
          CElement ce;
          if (!Element(e, p.loc, &ce)) { ok = false; break; }
          cp.weight += Weight(ce);
          (after ? cp.after : cp.before).push_back(std::move(ce));
        }
        if (!ok) continue;
        for (const CElement& e : cp.before) Needs(e, &cp);
        for (const CElement& e : cp.after) Needs(e, &cp);
        cp.literal_before = !cp.before.empty() &&
                            (cp.before.back().kind == PatternElement::Kind::kWord ||
                             cp.before.back().kind == PatternElement::Kind::kSynset);
        c_->patterns[b].push_back(std::move(cp));
      }
      std::stable_sort(c_->patterns[b].begin(), c_->patterns[b].end(),
                       [](const CPattern& x, const CPattern& y) { return x.weight > y.weight; });
    }
  }

 private:
  void Issue(SourceLoc loc, std::string msg) {
    std::string file = loc.file < lex_.files.size() ? lex_.files[loc.file] : "?";
    issues_->push_back(LexiconIssue{file, loc.line, std::move(msg)});
  }

  const Lexicon& lex_;
  const TextSplitter& splitter_;
  Compiled* c_;
  bool inflected_ = false;  // the pattern being compiled comes from a dyad-dict file
  std::vector<LexiconIssue>* issues_;
  std::unordered_map<std::string, uint32_t> synset_index_;
};

}  // namespace

void Compile(const Lexicon& lex, const TextSplitter& splitter, Compiled* c,
             std::vector<LexiconIssue>* issues) {
  // Actors, and the regular plural of each exact phrase ("Democrats",
  // "Americans") unless that plural is itself listed (HAMA -> HAMAS).
  std::unordered_set<std::string> listed;
  auto key = [](const MatchPhrase& m) {
    std::string k;
    for (const std::string& t : m.texts) { k += t; k += ' '; }
    return k;
  };
  std::vector<std::tuple<MatchPhrase, uint32_t, bool>> plurals;  // phrase, actor, of a place
  for (size_t i = 0; i < lex.actors.size(); ++i) {
    for (const Phrase& p : lex.actors[i].phrases) {
      MatchPhrase m;
      ToMatchWords(p, splitter, &c->words, &m);
      if (m.ids.empty()) continue;
      listed.insert(key(m));
      c->nouns.Insert(m.ids, m.texts, m.joined, p.stem,
                      Payload{PayloadKind::kActor, static_cast<uint32_t>(i), p.case_sensitive});
      if (p.case_sensitive || p.no_endings) continue;  // no plural for "US", "WHO", "MOUSE="
      const std::string& last = m.texts.back();
      if (p.stem || last.empty() || !std::isalpha(static_cast<unsigned char>(last.back())) || last.back() == 'S')
        continue;
      MatchPhrase pl = m;
      pl.texts.back() = lexicon::RegularPlural(last);
      const ActorEntry& a = lex.actors[i];
      const bool place = a.dated.empty() && a.default_code.size() == 3 && !a.role_lines &&
                         !IsDemonymLike(UpperForm(last));
      plurals.emplace_back(std::move(pl), static_cast<uint32_t>(i), place);
    }
  }
  for (auto& [pl, i, place] : plurals) {
    if (listed.count(key(pl))) continue;
    Payload payload{PayloadKind::kActor, i};
    payload.plural_of_place = place;
    pl.ids.back() = c->words.Intern(pl.texts.back());
    c->nouns.Insert(pl.ids, pl.texts, pl.joined, false, payload);
  }
  for (size_t i = 0; i < lex.agents.size(); ++i) {
    MatchPhrase m;
    ToMatchWords(lex.agents[i].phrase, splitter, &c->words, &m);
    if (m.ids.empty()) continue;
    Payload payload{PayloadKind::kAgent, static_cast<uint32_t>(i)};
    payload.counted = lex.agents[i].counted;
    c->nouns.Insert(m.ids, m.texts, m.joined, lex.agents[i].phrase.stem, payload);
  }
  for (size_t i = 0; i < lex.discards.size(); ++i) {
    MatchPhrase m;
    ToMatchWords(lex.discards[i].phrase, splitter, &c->words, &m);
    if (m.ids.empty()) continue;
    c->discards.Insert(m.ids, m.texts, m.joined, lex.discards[i].phrase.stem,
                       Payload{PayloadKind::kDiscard, static_cast<uint32_t>(i)});
  }
  for (size_t b = 0; b < lex.verbs.size(); ++b) {
    const VerbBlock& block = lex.verbs[b];
    for (size_t v = 0; v < block.verbs.size(); ++v) {
      const VerbEntry& entry = block.verbs[v];
      for (const Phrase& form : entry.forms) {
        MatchPhrase m;
        ToMatchWords(form, splitter, &c->words, &m);
        if (m.ids.empty()) continue;
        CVerbForm f;
        f.lemma = &form == &entry.forms.front();
        f.words = m.ids;
        f.verb_word = std::min(entry.verb_word, m.ids.size() - 1);
        f.block = static_cast<uint32_t>(b);
        f.entry = static_cast<uint32_t>(v);
        if (form.stem) f.stem = UpperForm(m.texts.back());
        if (form.stem && m.ids.size() == 1) {
          c->min_verb_stem = std::min(c->min_verb_stem, f.stem.size());
          c->max_verb_stem = std::max(c->max_verb_stem, f.stem.size());
          std::string key = f.stem;
          c->stem_verb_forms[key].push_back(std::move(f));
          continue;
        }
        c->verb_forms[m.ids[0]].push_back(std::move(f));
      }
    }
  }
  AddTaggedPresentForms(lex, splitter, c);
  c->nouns.Finalize();
  c->discards.Finalize();
  PatternCompiler pc(lex, splitter, c, issues);
  pc.CompileSynsets();
  pc.CompilePatterns();
}

namespace {

// The upper-case form of a token into *u (reusing its buffer).
void SetUpper(std::string_view t, std::string* u) {
  // ASCII (almost every token): upper-case in place.
  bool ascii = true;
  for (char ch : t) ascii = ascii && static_cast<unsigned char>(ch) < 0x80;
  if (!ascii) {
    *u = UpperForm(t);
    return;
  }
  u->assign(t);
  for (char& ch : *u)
    if (ch >= 'a' && ch <= 'z') ch = static_cast<char>(ch - 32);
}

}  // namespace

void MakeSentenceTokens(std::string_view text, const SplitResult& split, size_t first,
                        size_t count, const WordTable& words, SentenceTokens* toks) {
  toks->upper.resize(count);
  toks->ids.resize(count);
  toks->capitalized.resize(count);
  toks->all_caps.resize(count);
  toks->tags.clear();
  // A group of tokens at a time: their upper forms and hashes, the word
  // table's slots fetched ahead, then the lookups.
  constexpr size_t kGroup = 16;
  uint64_t hashes[kGroup];
  for (size_t group = 0; group < count; group += kGroup) {
    const size_t end = std::min(count, group + kGroup);
    for (size_t i = group; i < end; ++i) {
      SetUpper(split.TokenText(text, first + i), &toks->upper[i]);
      hashes[i - group] = WordTable::Hash(toks->upper[i]);
      words.Prefetch(hashes[i - group]);
    }
    for (size_t i = group; i < end; ++i) {
      std::string_view t = split.TokenText(text, first + i);
      const std::string& u = toks->upper[i];
      toks->ids[i] = words.Find(u, hashes[i - group]);
      // "Saudi-led", "U.S.-led": the leader is the actor.
      if (toks->ids[i] == kNoWord && u.size() > 4 && u.compare(u.size() - 4, 4, "-LED") == 0)
        toks->ids[i] = words.Find(std::string_view(u).substr(0, u.size() - 4));
      toks->capitalized[i] = !t.empty() && t[0] >= 'A' && t[0] <= 'Z';
      bool upper = false, lower = false;
      for (char ch : t) {
        upper = upper || (ch >= 'A' && ch <= 'Z');
        lower = lower || (ch >= 'a' && ch <= 'z');
      }
      toks->all_caps[i] = upper && !lower;
    }
  }
}

}  // namespace dyad::code
