// Private: the loaded tagger (Tagger::Impl) and the per-thread scratch
// (TagScratch::Data).
//
// Two ways to score a word, which must agree label for label:
//  - the reference path (WeightTable, DecodePass): all feature keys of
//    ExtractFeatures looked up one by one; the trainer uses it;
//  - the fast path (FastPass, Impl::TagAttrs): the type-local features of
//    each word type are summed once into one vector per pass and offset
//    (precomputed at load for frequent training forms, cached per thread for
//    the others), so that a word costs five vector additions plus the
//    context keys; weights are 8-bit, scores 16-bit (no overflow: at most
//    kMaxFeatures * 127 < 32768), ties go to the lowest label in both.
#ifndef DYAD_SRC_NLP_TAGGER_IMPL_H_
#define DYAD_SRC_NLP_TAGGER_IMPL_H_

#include <cstdint>
#include <cstdlib>
#include <memory>
#include <utility>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/tagger.h"
#include "tagger_features.h"
#include "tagger_model.h"

namespace dyad {
namespace nlp {

static_assert(kMaxFeatures * 127 < 32768, "16-bit scores could overflow");

// Zeroed memory for HugeArray (never null for n > 0; aborts when out of memory).
void* AllocateHuge(size_t bytes);

// A fixed-size zero-initialised array of trivially copyable T, backed by
// transparent huge pages where the system offers them (the tagger's tables
// are looked up at random: fewer TLB misses).
template <typename T>
class HugeArray {
 public:
  HugeArray() = default;
  explicit HugeArray(size_t n) : n_(n), p_(static_cast<T*>(AllocateHuge(n * sizeof(T)))) {}
  HugeArray(HugeArray&& o) noexcept : n_(o.n_), p_(o.p_) { o.n_ = 0; o.p_ = nullptr; }
  HugeArray& operator=(HugeArray&& o) noexcept {
    std::swap(n_, o.n_);
    std::swap(p_, o.p_);
    return *this;
  }
  ~HugeArray() { std::free(p_); }
  T* data() { return p_; }
  const T* data() const { return p_; }
  T& operator[](size_t i) { return p_[i]; }
  const T& operator[](size_t i) const { return p_[i]; }
  size_t size() const { return n_; }
  bool empty() const { return n_ == 0; }

 private:
  size_t n_ = 0;
  T* p_ = nullptr;
};

// ---- Reference path -------------------------------------------------------------

// One pass's weights (both groups) in an open-addressing table of keys.
class WeightTable {
 public:
  WeightTable() = default;
  explicit WeightTable(const WeightSet& set);

  // Adds the weights of the features to scores[label].
  void Score(const uint32_t* keys, int n, int32_t* scores) const;

 private:
  struct Slot {
    uint32_t key = 0;     // 0: empty
    uint32_t packed = 0;  // first weight << 8 | weight count
  };
  std::vector<Slot> slots_;
  uint32_t mask_ = 0;
  std::vector<Weight> weights_;
};

// Greedy decoding of one pass: labels for words[0..n) of a padded attribute
// array (attrs[0..n+4), the words at 2..n+2), reading guess[0..n+4) (same
// padding) when not null. Writes out[0..n). scores: room for the labels.
void DecodePass(const WeightTable& table, size_t nlabels, const WordAttrs* attrs,
                const uint8_t* guess, size_t n, int32_t* scores, uint8_t* out);

// ---- Fast path --------------------------------------------------------------------

// Scores are int16 lanes in chunks of 16; a pass's score vector has
// `stride` lanes (the labels rounded up), the lanes past the labels hold
// kPadScore so that they never win.
inline constexpr size_t kChunk = 16;
inline constexpr int16_t kPadScore = -20000;

// Features of one group laid out for fast lookup: 16-byte slots holding up
// to three weights inline (nine features in ten); longer lists are in
// `sparse_`, the longest as dense rows of `stride` values.
class FastTable {
 public:
  FastTable() = default;
  FastTable(const FeatureWeights& features, size_t stride);

  // Adds the weights of `key` (if any) to acc[0..stride).
  void Add(uint32_t key, int16_t* acc) const;
  // The same, except that a dense row is not added but appended to rows[]
  // (the caller sums them with the other vectors in one sweep).
  void AddOrDefer(uint32_t key, int16_t* acc, const int16_t** rows, int* nrows) const {
    for (uint32_t s = key & mask_;; s = (s + 1) & mask_) {
      const Slot& slot = slots_[s];
      if (slot.key == key) {
        if (slot.count <= 3) {
          for (uint8_t j = 0; j < slot.count; ++j) acc[slot.labels[j]] += slot.values[j];
        } else if (!slot.dense) {
          const Weight* w = sparse_.data() + slot.ref;
          for (uint8_t j = 0; j < slot.count; ++j) acc[w[j].label] += w[j].value;
        } else {
          rows[(*nrows)++] = dense_.data() + size_t{slot.ref} * stride_;
        }
        return;
      }
      if (slot.key == 0) return;
    }
  }
  // Prefetches the slot of `key`.
  void Prefetch(uint32_t key) const { __builtin_prefetch(&slots_[key & mask_]); }

 private:
  struct Slot {
    uint32_t key = 0;   // 0: empty
    uint8_t count = 0;  // weights
    uint8_t labels[3] = {};
    int8_t values[3] = {};
    uint8_t dense = 0;  // count > 3: 1 when ref is a row of dense_
    uint32_t ref = 0;   // count > 3: first weight in sparse_, or row
  };
  static_assert(sizeof(Slot) == 16);
  static constexpr uint8_t kDenseMin = 16;  // weight lists this long are dense rows
  HugeArray<Slot> slots_;
  uint32_t mask_ = 0;
  std::vector<Weight> sparse_;
  std::vector<int16_t> dense_;
  size_t stride_ = 0;
};

struct FastPass {
  FastTable type, context;
};

// Strings by their 64-bit hash (HashBytes | 1), open-addressed: Find gives a
// string's position + 1 in the vector the index was built from, 0 when absent.
class HashIndex {
 public:
  void Build(const std::vector<std::string>& keys);
  uint32_t Find(uint64_t h) const {
    if (slots_.empty()) return 0;
    for (uint64_t s = h & mask_;; s = (s + 1) & mask_) {
      if (slots_[s].entry == 0 || slots_[s].hash == h) return slots_[s].entry;
    }
  }

 private:
  struct Slot {
    uint64_t hash = 0;
    uint32_t entry = 0;  // index + 1; 0: empty
  };
  std::vector<Slot> slots_;
  uint64_t mask_ = 0;
};

}  // namespace nlp

struct TagScratch::Data {
  std::string form, lower;              // NormalizeWord buffers
  std::vector<std::string_view> words;  // TagSentence's token texts
  std::vector<nlp::WordAttrs> attrs;    // 2 padding entries on each side
  std::vector<nlp::WordAttrs> reversed; // attrs, right to left
  std::vector<const int16_t*> blocks;   // score vectors of each word (padded like attrs)
  std::vector<const int16_t*> reversed_blocks;
  std::vector<uint8_t> first_pass;      // its labels, padded like attrs
  std::vector<uint8_t> labels;
  int32_t scores[256];                  // reference path
  std::vector<int16_t> acc;             // fast path scores
  std::vector<uint32_t> static_keys;    // fast path: StaticKeys of each word
  std::vector<uint8_t> static_count;
  // Per-thread caches of the words seen (valid for the tagger whose id is
  // owner), both 4-way set-associative with least-recently-used eviction:
  //  - `raw`: a 64-bit hash of the raw word -> a precomputed form of the
  //    model (shared, immutable) or a slot of `oov`;
  //  - `oov`: attributes and score vectors of other words, keyed by a hash of
  //    NormalizeWord's form. Slots used by the sentence being tagged are
  //    pinned (pin == sentence); a word that finds its whole set pinned gets
  //    a spare block from `overflow` for this sentence only.
  struct RawEntry {
    uint64_t hash = 0;       // 0: empty
    uint64_t form_hash = 0;
    int32_t ref = 0;         // >= 0: precomputed form; < 0: oov slot -ref - 1
    uint32_t used = 0;
  };
  struct OovEntry {
    uint64_t form_hash = 0;  // 0: empty
    uint64_t pin = 0;
    uint32_t used = 0;
    nlp::WordAttrs attrs;
  };
  static constexpr size_t kWays = 4;
  static constexpr size_t kRawSets = 1 << 13;
  // 16,384 words no model form covers (about 20 MB a thread with their score
  // vectors): news names and numbers recur across a corpus; a quarter of it
  // recomputed one word in 18 of Reuters-21578's.
  static constexpr size_t kOovSets = 1 << 12;
  uint64_t owner = 0;
  std::vector<RawEntry> raw;
  std::vector<OovEntry> oov;
  std::vector<int16_t> oov_blocks;      // a block per oov slot
  std::vector<std::vector<int16_t>> overflow;
  size_t overflow_used = 0;
  std::vector<nlp::WordAttrs> overflow_attrs;
  uint64_t sentence = 0;
  uint32_t clock = 0;
  std::vector<uint64_t> hashes;         // the sentence's HashBytes(raw) | 1
};

class Tagger::Impl {
 public:
  explicit Impl(nlp::ModelData model);

  const nlp::ModelData& model() const { return model_; }
  size_t label_count() const { return model_.labels.size(); }
  const PosTag& label(size_t i) const { return model_.labels[i]; }

  // Tag dictionary entry of a lower-cased word, or null.
  const nlp::DictEntry* Lookup(std::string_view lower) const;
  // The word lexicon's class of a lower-cased word (WordAttrs::lex):
  // kNotInLexicon for a word it lacks, 0 when the model has no lexicon.
  uint32_t LexiconClass(std::string_view lower) const;
  // Attributes of a raw word without the cache (fills scratch->form and
  // scratch->lower).
  void ComputeWordAttrs(std::string_view raw, TagScratch::Data* scratch,
                        nlp::WordAttrs* out) const;

  // Tags n <= kMaxWords words; labels go to scratch->labels. reference: the
  // slow path (for tests).
  void TagLabels(std::span<const std::string_view> words, TagScratch::Data* scratch,
                 bool reference = false) const;

  uint64_t id() const { return id_; }

 private:
  // The attributes and score vectors (a block: npasses * 5 vectors of
  // stride_ lanes) of a raw word, through the caches; both stay valid until
  // the next sentence. With a null block, attributes only (reference path).
  // `h`: HashBytes(raw) | 1. Call Claim(sd) first.
  const nlp::WordAttrs& Word(std::string_view raw, uint64_t h, TagScratch::Data* sd,
                             const int16_t** block) const;
  // Makes the caches of `sd` this tagger's (emptied when another's).
  void Claim(TagScratch::Data* sd) const;
  // The form's precomputed index, or -1.
  int32_t FindForm(uint64_t form_hash) const;
  void ComputeBlock(const nlp::WordAttrs& a, int16_t* out) const;
  void FastDecode(size_t pass, const nlp::WordAttrs* attrs, const int16_t* const* blocks,
                  const uint8_t* guess, size_t n, TagScratch::Data* sd, uint8_t* out) const;
  void ReferenceTag(size_t n, TagScratch::Data* sd) const;
  void FastTag(size_t n, TagScratch::Data* sd) const;

  nlp::ModelData model_;
  std::vector<nlp::WeightTable> tables_;  // reference path, one per pass
  std::vector<nlp::FastPass> fast_;       // fast path, one per pass
  size_t stride_ = 0;
  size_t block_size_ = 0;                 // npasses * 5 * stride_
  nlp::HugeArray<int16_t> form_blocks_;   // precomputed blocks of model_.forms
  std::vector<nlp::WordAttrs> form_attrs_;  // and their attributes
  std::vector<int16_t> pad_blocks_;       // blocks of BeginAttrs and EndAttrs
  nlp::HashIndex forms_;                  // model_.forms
  nlp::HashIndex dict_;                   // model_.words
  nlp::HashIndex lexicon_;                // model_.lexicon_words
  std::vector<uint32_t> class_keys_;      // hash of each lexicon class name, never 0
  uint64_t id_;
};

}  // namespace dyad

#endif  // DYAD_SRC_NLP_TAGGER_IMPL_H_
