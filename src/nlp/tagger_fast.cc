// The fast decoder (see tagger_impl.h): per-type score vectors, 16-slot
// lookups of the context features, 16-bit score lanes.
#include <algorithm>
#include <bit>
#include <cstdlib>
#include <cstring>
#if defined(__linux__)
#include <sys/mman.h>
#endif

#include "tagger_impl.h"

namespace dyad {
namespace nlp {
namespace {

// 8 lanes of 16 bits: one SSE2 register (the x86-64 baseline).
constexpr size_t kLanes = 8;
using V16 = int16_t __attribute__((vector_size(16)));

inline V16 Load16(const int16_t* p) {
  V16 v;
  std::memcpy(&v, p, sizeof v);
  return v;
}
inline void Store16(int16_t* p, V16 v) { std::memcpy(p, &v, sizeof v); }



// Adds rows[0..nrows) to acc[0..stride) and returns the first index of the
// largest sum. The hot loop of the tagger: compiled for AVX2 too, chosen at
// run time (16 lanes a step, stride being a multiple of kChunk).
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__)
#define DYAD_TARGET_CLONES __attribute__((target_clones("avx2", "default")))
#else
#define DYAD_TARGET_CLONES
#endif
DYAD_TARGET_CLONES
uint32_t SumArgmax(int16_t* acc, const int16_t* const* rows, int nrows, size_t stride) {
  using W = int16_t __attribute__((vector_size(2 * kChunk)));
  static_assert(sizeof(W) == kChunk * sizeof(int16_t));
  W m = {};
  for (size_t j = 0; j < stride; j += kChunk) {
    W a;
    std::memcpy(&a, acc + j, sizeof a);
    for (int r = 0; r < nrows; ++r) {
      W x;
      std::memcpy(&x, rows[r] + j, sizeof x);
      a += x;
    }
    std::memcpy(acc + j, &a, sizeof a);
    m = j == 0 ? a : (m > a ? m : a);
  }
  int16_t best = m[0];
  for (size_t k = 1; k < kChunk; ++k) best = m[k] > best ? m[k] : best;
  uint32_t i = 0;
  while (acc[i] != best) ++i;
  return i;
}

}  // namespace

void* AllocateHuge(size_t bytes) {
  constexpr size_t kHuge = 2 << 20;
  if (bytes == 0) return nullptr;
  void* p;
  if (bytes >= kHuge) {
    bytes = (bytes + kHuge - 1) / kHuge * kHuge;
    p = std::aligned_alloc(kHuge, bytes);
#ifdef MADV_HUGEPAGE
    if (p != nullptr) madvise(p, bytes, MADV_HUGEPAGE);
#endif
  } else {
    p = std::malloc(bytes);
  }
  if (p == nullptr) std::abort();
  std::memset(p, 0, bytes);
  return p;
}

FastTable::FastTable(const FeatureWeights& features, size_t stride) : stride_(stride) {
  // Load factor 3/8 to 3/4.
  const size_t n = features.keys.size();
  slots_ = HugeArray<Slot>(std::bit_ceil(std::max<size_t>(16, n + n / 3 + 1)));
  mask_ = static_cast<uint32_t>(slots_.size() - 1);
  size_t first = 0;
  for (size_t i = 0; i < n; ++i) {
    const uint32_t key = features.keys[i];
    const uint8_t count = features.counts[i];
    const Weight* w = features.weights.data() + first;
    first += count;
    uint32_t s = key & mask_;
    while (slots_[s].key != 0) s = (s + 1) & mask_;
    Slot& slot = slots_[s];
    slot.key = key;
    slot.count = count;
    if (count <= 3) {
      for (uint8_t j = 0; j < count; ++j) {
        slot.labels[j] = w[j].label;
        slot.values[j] = w[j].value;
      }
    } else if (count < kDenseMin) {
      slot.ref = static_cast<uint32_t>(sparse_.size());
      sparse_.insert(sparse_.end(), w, w + count);
    } else {
      slot.dense = 1;
      slot.ref = static_cast<uint32_t>(dense_.size() / stride_);
      dense_.resize(dense_.size() + stride_, 0);
      int16_t* row = dense_.data() + size_t{slot.ref} * stride_;
      for (uint8_t j = 0; j < count; ++j) row[w[j].label] = w[j].value;
    }
  }
}

void FastTable::Add(uint32_t key, int16_t* acc) const {
  const int16_t* row = nullptr;
  int nrows = 0;
  AddOrDefer(key, acc, &row, &nrows);
  if (nrows == 0) return;
  for (size_t j = 0; j < stride_; j += kLanes) Store16(acc + j, Load16(acc + j) + Load16(row + j));
}

}  // namespace nlp

void Tagger::Impl::ComputeBlock(const nlp::WordAttrs& a, int16_t* out) const {
  // The keys of all five offsets first, their slots fetched ahead: a new
  // word's lookups are cache misses, and this way they overlap.
  uint32_t keys[5][nlp::kMaxTypeKeys];
  int counts[5];
  for (int k = 0; k < 5; ++k) counts[k] = nlp::TypeKeys(a, k - 2, keys[k]);
  for (size_t p = 0; p < fast_.size(); ++p) {
    const nlp::FastTable& type = fast_[p].type;
    for (int k = 0; k < 5; ++k)
      for (int i = 0; i < counts[k]; ++i) type.Prefetch(keys[k][i]);
    // Then the dense rows they name, fetched ahead too, are summed.
    const int16_t* rows[5][nlp::kMaxTypeKeys];
    int nrows[5];
    for (int k = 0; k < 5; ++k) {
      int16_t* v = out + (p * 5 + static_cast<size_t>(k)) * stride_;
      std::fill(v, v + stride_, int16_t{0});
      // The offset-0 vector holds the padding lanes' score.
      if (k == 2) std::fill(v + label_count(), v + stride_, nlp::kPadScore);
      nrows[k] = 0;
      for (int i = 0; i < counts[k]; ++i) type.AddOrDefer(keys[k][i], v, rows[k], &nrows[k]);
      for (int r = 0; r < nrows[k]; ++r)
        for (size_t off = 0; off < stride_ * sizeof(int16_t); off += 64)
          __builtin_prefetch(reinterpret_cast<const char*>(rows[k][r]) + off);
    }
    for (int k = 0; k < 5; ++k) {
      int16_t* v = out + (p * 5 + static_cast<size_t>(k)) * stride_;
      for (int r = 0; r < nrows[k]; ++r)
        for (size_t j = 0; j < stride_; j += nlp::kLanes)
          nlp::Store16(v + j, nlp::Load16(v + j) + nlp::Load16(rows[k][r] + j));
    }
  }
}

int32_t Tagger::Impl::FindForm(uint64_t form_hash) const {
  return static_cast<int32_t>(forms_.Find(form_hash)) - 1;
}

void Tagger::Impl::Claim(TagScratch::Data* sd) const {
  using Data = TagScratch::Data;
  if (sd->owner == id_) return;
  sd->raw.assign(Data::kRawSets * Data::kWays, {});
  sd->oov.assign(Data::kOovSets * Data::kWays, {});
  sd->oov_blocks.assign(Data::kOovSets * Data::kWays * block_size_, 0);
  sd->owner = id_;
}

const nlp::WordAttrs& Tagger::Impl::Word(std::string_view raw, uint64_t h, TagScratch::Data* sd,
                                         const int16_t** block) const {
  using Data = TagScratch::Data;
  const uint32_t now = ++sd->clock;
  Data::RawEntry* set = &sd->raw[(h & (Data::kRawSets - 1)) * Data::kWays];
  Data::RawEntry* hit = nullptr;
  for (size_t w = 0; w < Data::kWays; ++w) {
    if (set[w].hash == h) hit = &set[w];
  }
  uint64_t form_hash;
  if (hit != nullptr) {
    hit->used = now;
    if (hit->ref >= 0) {
      if (block != nullptr) *block = form_blocks_.data() + size_t(hit->ref) * block_size_;
      return form_attrs_[size_t(hit->ref)];
    }
    Data::OovEntry& o = sd->oov[size_t(-hit->ref - 1)];
    if (o.form_hash == hit->form_hash) {
      o.used = now;
      o.pin = sd->sentence;
      if (block != nullptr) *block = sd->oov_blocks.data() + size_t(-hit->ref - 1) * block_size_;
      return o.attrs;
    }
    form_hash = hit->form_hash;  // its oov slot went to another word
  } else {
    nlp::NormalizeWord(raw, &sd->form, &sd->lower);
    form_hash = nlp::HashBytes(sd->form) | 1;
    Data::RawEntry* victim = &set[0];
    for (size_t w = 1; w < Data::kWays; ++w) {
      if (set[w].used < victim->used) victim = &set[w];
    }
    hit = victim;
    hit->hash = h;
    hit->form_hash = form_hash;
    hit->used = now;
    hit->ref = FindForm(form_hash);
    if (hit->ref >= 0) {
      if (block != nullptr) *block = form_blocks_.data() + size_t(hit->ref) * block_size_;
      return form_attrs_[size_t(hit->ref)];
    }
  }
  // Not a precomputed form: the oov cache.
  const size_t first = (form_hash & (Data::kOovSets - 1)) * Data::kWays;
  size_t slot = first, victim = Data::kOovSets * Data::kWays;
  for (; slot < first + Data::kWays; ++slot) {
    if (sd->oov[slot].form_hash == form_hash) break;
    if (sd->oov[slot].pin != sd->sentence &&
        (victim == Data::kOovSets * Data::kWays || sd->oov[slot].used < sd->oov[victim].used)) {
      victim = slot;
    }
  }
  const bool found = slot < first + Data::kWays;
  if (!found && victim == Data::kOovSets * Data::kWays) {
    // Every slot of the set holds a word of this sentence: a spare block.
    if (sd->overflow_used == sd->overflow.size()) {
      sd->overflow.emplace_back(block_size_);
      sd->overflow_attrs.emplace_back();
    }
    const size_t k = sd->overflow_used++;
    ComputeWordAttrs(raw, sd, &sd->overflow_attrs[k]);
    if (block != nullptr) {
      ComputeBlock(sd->overflow_attrs[k], sd->overflow[k].data());
      *block = sd->overflow[k].data();
    }
    hit->hash = 0;  // nothing cached for it
    return sd->overflow_attrs[k];
  }
  if (!found) {
    slot = victim;
    Data::OovEntry& o = sd->oov[slot];
    ComputeWordAttrs(raw, sd, &o.attrs);
    o.form_hash = form_hash;
    ComputeBlock(o.attrs, sd->oov_blocks.data() + slot * block_size_);
  }
  Data::OovEntry& o = sd->oov[slot];
  o.used = now;
  o.pin = sd->sentence;
  hit->ref = -static_cast<int32_t>(slot) - 1;
  if (block != nullptr) *block = sd->oov_blocks.data() + slot * block_size_;
  return o.attrs;
}

void Tagger::Impl::FastDecode(size_t p, const nlp::WordAttrs* attrs,
                              const int16_t* const* blocks, const uint8_t* guess, size_t n,
                              TagScratch::Data* sd, uint8_t* out) const {
  const nlp::FastTable& context = fast_[p].context;
  const size_t stride = stride_;
  const size_t base = p * 5 * stride;
  sd->acc.resize(stride);
  int16_t* acc = sd->acc.data();
  nlp::FeatureContext c;
  c.sentence = nlp::SentenceClass(attrs + 2, n);
  // The keys that do not depend on the labels being chosen, for every word
  // first, so that their slots can be fetched ahead.
  constexpr size_t kMax = nlp::kMaxStaticKeys;
  sd->static_keys.resize(n * kMax);
  sd->static_count.resize(n);
  for (size_t i = 0; i < n; ++i) {
    c.w = attrs + i + 2;
    if (c.w->sole != nlp::kNoLabel) {
      sd->static_count[i] = 0;
      continue;
    }
    c.guess = guess != nullptr ? guess + i + 2 : nullptr;
    c.first = i == 0;
    sd->static_count[i] =
        static_cast<uint8_t>(nlp::StaticKeys(c, sd->static_keys.data() + i * kMax));
  }
  constexpr size_t kAhead = 2;
  for (size_t i = 0; i < std::min(n, kAhead); ++i) {
    for (uint8_t k = 0; k < sd->static_count[i]; ++k) {
      context.Prefetch(sd->static_keys[i * kMax + k]);
    }
  }
  uint32_t keys[nlp::kMaxFeatures];
  for (size_t i = 0; i < n; ++i) {
    if (i + kAhead < n) {
      const uint32_t* ahead = sd->static_keys.data() + (i + kAhead) * kMax;
      for (uint8_t k = 0; k < sd->static_count[i + kAhead]; ++k) context.Prefetch(ahead[k]);
    }
    if (i + 6 < n + 4) {
      // The word entering the window in two steps: its vectors of this pass.
      const char* b = reinterpret_cast<const char*>(blocks[i + 6] + base);
      for (size_t off = 0; off < 5 * stride * sizeof(int16_t); off += 64) {
        __builtin_prefetch(b + off);
      }
    }
    c.w = attrs + i + 2;
    if (c.w->sole != nlp::kNoLabel) {  // unambiguous frequent word
      out[i] = c.w->sole;
      c.t2 = c.t1;
      c.t1 = c.w->sole;
      continue;
    }
    c.guess = guess != nullptr ? guess + i + 2 : nullptr;
    // Sparse weights go to acc at once; the vectors (dense rows, and the
    // type vectors: blocks[i + 2 + k] is the word at offset k, its vector
    // for offset k) are summed in one sweep.
    std::memset(acc, 0, stride * sizeof(int16_t));
    const int16_t* rows[nlp::kMaxFeatures + 5];
    int nrows = 0;
    for (size_t k = 0; k < 5; ++k) rows[nrows++] = blocks[i + k] + base + k * stride;
    const uint32_t* statics = sd->static_keys.data() + i * kMax;
    for (uint8_t k = 0; k < sd->static_count[i]; ++k) {
      context.AddOrDefer(statics[k], acc, rows, &nrows);
    }
    const int nkeys = nlp::HistoryKeys(c, keys);
    for (int k = 0; k < nkeys; ++k) context.AddOrDefer(keys[k], acc, rows, &nrows);
    const uint32_t best = nlp::SumArgmax(acc, rows, nrows, stride);
    out[i] = static_cast<uint8_t>(best);
    c.t2 = c.t1;
    c.t1 = best;
  }
}

void Tagger::Impl::FastTag(size_t n, TagScratch::Data* sd) const {
  const uint8_t* guess = nullptr;  // the previous pass's labels, padded
  for (size_t p = 0; p < fast_.size(); ++p) {
    if (p > 0) {
      sd->first_pass.assign(n + 4, nlp::kStartLabel);
      std::copy(sd->labels.begin(), sd->labels.end(), sd->first_pass.begin() + 2);
      guess = sd->first_pass.data();
    }
    if (!model_.passes[p].right_to_left) {
      FastDecode(p, sd->attrs.data(), sd->blocks.data(), guess, n, sd, sd->labels.data());
      continue;
    }
    sd->reversed.assign(sd->attrs.rbegin(), sd->attrs.rend());
    sd->reversed_blocks.assign(sd->blocks.rbegin(), sd->blocks.rend());
    FastDecode(p, sd->reversed.data(), sd->reversed_blocks.data(), nullptr, n, sd,
               sd->labels.data());
    std::reverse(sd->labels.begin(), sd->labels.end());
  }
}

}  // namespace dyad
