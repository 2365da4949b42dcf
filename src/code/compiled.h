// Private: the lexicon compiled for matching — interned words, a phrase trie
// for actors, agents and discards, a verb-form index and compiled patterns.
// Built once by EventCoder::Create; read-only afterwards.
#ifndef DYAD_SRC_CODE_COMPILED_H_
#define DYAD_SRC_CODE_COMPILED_H_

#include <algorithm>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "dyad/lexicon.h"
#include "dyad/tagger.h"
#include "dyad/text.h"

namespace dyad::code {

constexpr uint32_t kNoWord = UINT32_MAX;

// Upper-case matching form of a token or dictionary word: typography folded
// (MatchForm), ASCII letters upper-cased.
std::string UpperForm(std::string_view word);

// Whether a word is one of a short list ("SAID", "TOLD").
inline bool OneOf(std::string_view w, std::initializer_list<std::string_view> words) {
  for (std::string_view k : words)
    if (k == w) return true;
  return false;
}

// Hashes std::string keys so that maps can be searched with a string_view.
struct TransparentHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
};

class WordTable {
 public:
  uint32_t Intern(std::string_view upper);
  uint32_t Find(std::string_view upper) const { return Find(upper, Hash(upper)); }
  // Find in steps, for many words at once: Hash and Prefetch each word, then
  // Find each (the table is mostly out of the cache by the next sentence:
  // this way its misses overlap).
  static uint64_t Hash(std::string_view upper);
  void Prefetch(uint64_t hash) const {
    if (!slots_.empty()) __builtin_prefetch(&slots_[hash & (slots_.size() - 1)]);
  }
  uint32_t Find(std::string_view upper, uint64_t hash) const;
  size_t size() const { return map_.size(); }
  // Indexes the words in one open-addressed table that Find then reads
  // (a lookup per token of every sentence: a few cache misses fewer than
  // the node-based map). Call once all words are interned; Intern after it
  // falls back to the map until the next Freeze.
  void Freeze();

 private:
  // 16 bytes, and the words' letters packed in chars_: the table and the
  // letters take a fraction of the map's nodes, so that more of them stay
  // in the cache between sentences.
  struct Slot {
    uint32_t check = 0;        // the hash's high half
    uint32_t id = UINT32_MAX;  // UINT32_MAX: empty
    uint32_t offset = 0;       // of the word in chars_
    uint32_t length = 0;
  };
  std::unordered_map<std::string, uint32_t, TransparentHash, std::equal_to<>> map_;
  std::vector<Slot> slots_;  // empty: not frozen
  std::string chars_;        // the frozen words, one after another
};

// The tokens of one sentence, as the matchers see them.
struct SentenceTokens {
  std::vector<std::string> upper;   // UpperForm of each token
  std::vector<uint32_t> ids;        // interned id or kNoWord
  std::vector<uint8_t> capitalized; // first letter upper-case in the text
  std::vector<uint8_t> all_caps;    // every letter upper-case ("US", "WHO")
  std::vector<PosTag> tags;         // part-of-speech tags; empty without a tagger
  size_t size() const { return ids.size(); }
};

enum class PayloadKind : uint8_t { kActor, kAgent, kDiscard };
struct Payload {
  PayloadKind kind;
  uint32_t index;               // into Lexicon::actors / agents / discards
  bool case_sensitive = false;  // only when the text writes it in capitals
  // The regular plural of a place's name ("Koreas" for KOR): only after
  // "the", "both" or a number ("the two Koreas"; "Sen. Chiles" is a man),
  // but anywhere in TABARI's conventions ("Libyas").
  bool plural_of_place = false;
  // An agent marked "@counted": only after a number ("50 people").
  bool counted = false;
};

// A trie over words. Edges are exact words or stems (a prefix of the token);
// an edge that is not "joined" lets up to kMaxGap tokens come before its word.
// Build with Insert, then Finalize once; MatchAt is read-only and fast: exact
// edges are found by binary search, stems by hashing the token's prefixes.
class PhraseTrie {
 public:
  static constexpr int kMaxGap = 2;
  PhraseTrie();
  void Insert(const std::vector<uint32_t>& words, const std::vector<std::string>& texts,
              const std::vector<bool>& joined, bool stem_last, Payload payload);
  void Finalize();
  // Calls on_match(end, payload) for every phrase matching at `start`
  // (end: one past its last token).
  template <typename F>
  void MatchAt(const SentenceTokens& toks, size_t start, F&& on_match) const {
    Walk(0, toks, start, /*first=*/true, on_match);
  }

 private:
  struct Edge {
    uint32_t word;
    uint32_t child;
    bool joined;
  };
  struct StemEdge {
    uint32_t child;
    bool joined;
  };
  struct Node {
    std::vector<Edge> edges;  // sorted by word after Finalize
    std::unordered_map<std::string, std::vector<StemEdge>, TransparentHash, std::equal_to<>> stems;
    size_t min_stem = SIZE_MAX, max_stem = 0;
    uint64_t stem_lengths = 0;  // bit min(length, 63) for each stem's length
    std::vector<Payload> payloads;
  };
  // The root's stems by their first two bytes (StemKey), a bit each: most
  // tokens start no stem and skip the lookups.
  static size_t StemKey(std::string_view u) {
    return size_t{static_cast<unsigned char>(u[0])} << 8 |
           (u.size() > 1 ? static_cast<unsigned char>(u[1]) : 0u);
  }
  bool RootMayStartStem(std::string_view u) const {
    if (u.empty()) return false;
    const size_t key = StemKey(u);
    return root_stem_keys_[key >> 6] >> (key & 63) & 1;
  }
  uint32_t ExactChild(uint32_t node, uint32_t word, bool joined);
  uint32_t StemChild(uint32_t node, const std::string& stem, bool joined);

  template <typename F>
  void Walk(uint32_t node, const SentenceTokens& toks, size_t pos, bool first, F& on_match) const {
    const Node& n = nodes_[node];
    if (!first)
      for (const Payload& p : n.payloads) on_match(pos, p);
    const size_t last = std::min(toks.size(), pos + (first ? 1 : kMaxGap + 1));
    for (size_t k = pos; k < last; ++k) {
      const bool gap = k > pos;
      const uint32_t word = toks.ids[k];
      auto it = n.edges.begin(), end = n.edges.end();
      if (node == 0 && root_first_.size() > 1) {
        // The root is searched once per token: its edges by word id.
        const size_t id = std::min<size_t>(word, root_first_.size() - 1);
        it = n.edges.begin() + root_first_[id];
        end = n.edges.begin() + root_first_[std::min(id + 1, root_first_.size() - 1)];
      } else {
        it = std::lower_bound(it, end, word, [](const Edge& e, uint32_t w) { return e.word < w; });
      }
      for (; it != end && it->word == word; ++it)
        if (!gap || !it->joined) Walk(it->child, toks, k + 1, false, on_match);
      if (n.stems.empty()) continue;
      const std::string_view u = toks.upper[k];
      if (node == 0 && !RootMayStartStem(u)) continue;
      for (size_t len = n.min_stem; len <= n.max_stem && len <= u.size(); ++len) {
        if (!(n.stem_lengths >> std::min<size_t>(len, 63) & 1)) continue;
        auto s = n.stems.find(u.substr(0, len));
        if (s == n.stems.end()) continue;
        for (const StemEdge& e : s->second)
          if (!gap || !e.joined) Walk(e.child, toks, k + 1, false, on_match);
      }
    }
  }

  std::vector<Node> nodes_;
  // The root's edges for word id w: [root_first_[w], root_first_[w + 1]);
  // ids past the last entry (interned after Finalize, or kNoWord) have none.
  std::vector<uint32_t> root_first_;
  std::vector<uint64_t> root_stem_keys_ = std::vector<uint64_t>(1024);  // 65536 bits
  std::unordered_map<uint64_t, uint32_t> build_index_;  // (node, word, joined) -> child
};

// A pattern element with interned words.
// A 256-bit Bloom filter over a sentence's words, for rejecting patterns
// that need a word the sentence lacks (PatternMatcher): bits from word ids
// (synonym sets match exact words) and from the first three letters of the
// upper form (a pattern word also matches its plurals and inflections,
// which share them).
struct WordBloom {
  uint64_t bits[4] = {0, 0, 0, 0};
  void Add(uint32_t h) { bits[(h >> 6) & 3] |= uint64_t{1} << (h & 63); }
  bool MayHave(uint32_t h) const { return (bits[(h >> 6) & 3] >> (h & 63)) & 1; }
  bool Intersects(const WordBloom& o) const {
    return (bits[0] & o.bits[0]) | (bits[1] & o.bits[1]) | (bits[2] & o.bits[2]) |
           (bits[3] & o.bits[3]);
  }
  bool Covers(const WordBloom& o) const {
    for (int i = 0; i < 4; ++i)
      if ((bits[i] & o.bits[i]) != o.bits[i]) return false;
    return true;
  }
};
inline uint32_t IdBloomHash(uint32_t id) { return id * 2654435761u >> 24; }
// The first three letters (fewer in a shorter word).
inline uint32_t PrefixBloomHash(std::string_view upper) {
  uint32_t h = 2166136261u;
  for (size_t i = 0; i < upper.size() && i < 3; ++i)
    h = (h ^ static_cast<unsigned char>(upper[i])) * 16777619u;
  return h >> 8;
}

struct CElement {
  PatternElement::Kind kind;
  bool joined = false;
  std::vector<uint32_t> words;        // kWord: one word (maybe several after tokenizing)
  uint32_t first_word = kNoWord;      // kWord: words[0], here for At's test per position
  std::string stem;                   // kWord: upper text, for suffix matching
  bool inflected = false;             // kWord: also its -ED/-D/-ING forms (dyad-dict)
  bool prefix = false;                // kWord: any word starting with `stem` (TABARI stem)
  bool exact = false;                 // kWord: the word only, no plural (TABARI "WORD_")
  uint32_t synset = 0;                // kSynset: index into Compiled::synsets
  std::vector<CElement> children;     // noun and prepositional phrases
  bool names_actor = false;           // a phrase with a $, + or % inside
};

struct CPattern {
  std::vector<CElement> before;       // elements before the verb, in text order
  std::vector<CElement> after;        // elements after the verb
  bool verb_joined = false;           // "IN_*": the verb directly follows before.back()
  // The last element before the verb is a word or synonym set ("SHOW NO *",
  // "LAUNCHED AN * ON +"): the pattern may read the verb's word as a noun.
  bool literal_before = false;
  std::string code, paired_code;
  SourceLoc loc;
  int weight = 0;                     // specificity: matched words count
  // What the sentence must hold for the pattern to match: every pattern
  // word's prefix (need_prefixes, PrefixBloomHash), and for each synonym
  // set a first word of one of its phrases (need_any, IdBloomHash).
  WordBloom need_prefixes;
  std::vector<WordBloom> need_any;
};

struct CVerbForm {
  std::vector<uint32_t> words;        // the form's words
  size_t verb_word = 0;
  uint32_t block = 0, entry = 0;
  // TABARI stems: the last word matches any word starting with `stem`
  // (words.back() is then not checked).
  std::string stem;
  bool lemma = false;  // the entry's own word, not a generated ending
};

struct CSynset {
  std::vector<std::vector<uint32_t>> phrases;
  // Per phrase: its last word is a TABARI stem matching any word that
  // starts with this text ("" when exact).
  std::vector<std::string> stems;
  // Per phrase and word: up to two other words may come before it (the
  // words of a TABARI set or alternative "{ LOUDLY INCLUDED | ... }" joined
  // by a blank); empty: all adjacent.
  std::vector<std::vector<uint8_t>> gaps;
  bool open = false;  // Synset::open
  // The first word of every phrase, sorted: a token that is none of them
  // starts no phrase, unless any_first (an empty phrase, or a one-word
  // TABARI stem, may start anywhere).
  std::vector<uint32_t> first_words;
  bool any_first = false;
  WordBloom first_bloom;  // IdBloomHash of first_words (see WordBloom)
};

struct Compiled {
  WordTable words;
  PhraseTrie nouns;                              // actors and agents
  PhraseTrie discards;
  std::unordered_map<uint32_t, std::vector<CVerbForm>> verb_forms;  // by first word
  // One-word stem forms, by stem; lengths of the shortest and longest stem.
  std::unordered_map<std::string, std::vector<CVerbForm>, TransparentHash, std::equal_to<>>
      stem_verb_forms;
  size_t min_verb_stem = SIZE_MAX, max_verb_stem = 0;
  // Present-tense forms a dictionary leaves out because a noun spells the
  // same ("attack", "attacks", "strikes": it lists ATTACKED {ATTACKING}):
  // made from the entry's past tense, by word, and read as that verb only
  // where the tagger says the word is a verb.
  std::unordered_map<uint32_t, std::vector<CVerbForm>> tagged_verb_forms;
  // The two maps above by word id, for the lookup per token (IndexVerbForms
  // builds them once both maps are complete; nodes never move).
  std::vector<const std::vector<CVerbForm>*> verb_forms_by_id, tagged_verb_forms_by_id;
  void IndexVerbForms() {
    auto index = [&](const auto& map, auto* by_id) {
      by_id->assign(words.size(), nullptr);
      for (const auto& [id, forms] : map)
        if (id < by_id->size()) (*by_id)[id] = &forms;
    };
    index(verb_forms, &verb_forms_by_id);
    index(tagged_verb_forms, &tagged_verb_forms_by_id);
  }
  const std::vector<CVerbForm>* VerbForms(uint32_t id) const {
    return id < verb_forms_by_id.size() ? verb_forms_by_id[id] : nullptr;
  }
  const std::vector<CVerbForm>* TaggedVerbForms(uint32_t id) const {
    return id < tagged_verb_forms_by_id.size() ? tagged_verb_forms_by_id[id] : nullptr;
  }
  // The forms of the longest stem that `upper` starts with; null when none.
  const std::vector<CVerbForm>* StemVerbForms(std::string_view upper) const {
    for (size_t len = std::min(upper.size(), max_verb_stem); len >= min_verb_stem && len > 0; --len) {
      auto it = stem_verb_forms.find(upper.substr(0, len));
      if (it != stem_verb_forms.end()) return &it->second;
    }
    return nullptr;
  }
  std::vector<std::vector<CPattern>> patterns;   // per verb block, most specific first
  std::vector<CSynset> synsets;
};

// Compiles lex; problems (unknown synsets, empty patterns) become issues.
void Compile(const Lexicon& lex, const TextSplitter& splitter, Compiled* out,
             std::vector<LexiconIssue>* issues);

// Fills toks from the tokens [first, first+count) of a split text.
void MakeSentenceTokens(std::string_view text, const SplitResult& split, size_t first,
                        size_t count, const WordTable& words, SentenceTokens* toks);

}  // namespace dyad::code

#endif  // DYAD_SRC_CODE_COMPILED_H_
