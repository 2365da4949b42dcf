// Tagger: loading a model, word attributes, the reference decoder, and the
// public API (tagger.h). The fast decoder is in tagger_fast.cc.
#include <algorithm>
#include <atomic>
#include <bit>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>

#include "dyad/data.h"
#include "dyad/tagger.h"
#include "tagger_impl.h"
#include "wordnet.h"

namespace dyad {
namespace {

std::atomic<uint64_t> g_next_tagger_id{1};

size_t TableSize(size_t n) { return std::bit_ceil(std::max<size_t>(16, n + n / 2 + 1)); }

}  // namespace

// ---- Reference path ------------------------------------------------------------

namespace nlp {

WeightTable::WeightTable(const WeightSet& set) {
  slots_.resize(TableSize(set.type.keys.size() + set.context.keys.size()));
  mask_ = static_cast<uint32_t>(slots_.size() - 1);
  for (const FeatureWeights* g : {&set.type, &set.context}) {
    size_t first = 0;
    for (size_t i = 0; i < g->keys.size(); ++i) {
      const uint32_t key = g->keys[i];
      uint32_t s = key & mask_;
      while (slots_[s].key != 0 && slots_[s].key != key) s = (s + 1) & mask_;
      if (slots_[s].key == 0) {  // a key in both groups has the same weights: keep one
        slots_[s].key = key;
        slots_[s].packed = static_cast<uint32_t>(weights_.size()) << 8 | g->counts[i];
        weights_.insert(weights_.end(), g->weights.begin() + static_cast<std::ptrdiff_t>(first),
                        g->weights.begin() + static_cast<std::ptrdiff_t>(first + g->counts[i]));
      }
      first += g->counts[i];
    }
  }
}

void WeightTable::Score(const uint32_t* keys, int n, int32_t* scores) const {
  const Weight* weights = weights_.data();
  for (int i = 0; i < n; ++i) {
    const uint32_t key = keys[i];
    for (uint32_t s = key & mask_;; s = (s + 1) & mask_) {
      const Slot slot = slots_[s];
      if (slot.key == key) {
        const Weight* w = weights + (slot.packed >> 8);
        const uint32_t count = slot.packed & 0xFF;
        for (uint32_t j = 0; j < count; ++j) scores[w[j].label] += w[j].value;
        break;
      }
      if (slot.key == 0) break;
    }
  }
}

void DecodePass(const WeightTable& table, size_t nlabels, const WordAttrs* attrs,
                const uint8_t* guess, size_t n, int32_t* scores, uint8_t* out) {
  FeatureContext c;
  c.sentence = SentenceClass(attrs + 2, n);
  uint32_t keys[kMaxFeatures];
  for (size_t i = 0; i < n; ++i) {
    c.w = attrs + i + 2;
    if (c.w->sole != kNoLabel) {  // unambiguous frequent word
      out[i] = c.w->sole;
      c.t2 = c.t1;
      c.t1 = c.w->sole;
      continue;
    }
    c.guess = guess != nullptr ? guess + i + 2 : nullptr;
    c.first = i == 0;
    const int nkeys = ExtractFeatures(c, keys);
    std::memset(scores, 0, sizeof(int32_t) * nlabels);
    table.Score(keys, nkeys, scores);
    uint32_t best = 0;
    for (uint32_t l = 1; l < nlabels; ++l) {
      if (scores[l] > scores[best]) best = l;
    }
    out[i] = static_cast<uint8_t>(best);
    c.t2 = c.t1;
    c.t1 = best;
  }
}

}  // namespace nlp

// ---- Impl -------------------------------------------------------------------

namespace nlp {

void HashIndex::Build(const std::vector<std::string>& keys) {
  slots_.assign(TableSize(keys.size()), {});
  mask_ = slots_.size() - 1;
  for (size_t i = 0; i < keys.size(); ++i) {
    const uint64_t h = HashBytes(keys[i]) | 1;
    uint64_t s = h & mask_;
    while (slots_[s].entry != 0 && slots_[s].hash != h) s = (s + 1) & mask_;
    slots_[s] = {h, static_cast<uint32_t>(i + 1)};
  }
}

}  // namespace nlp

Tagger::Impl::Impl(nlp::ModelData model)
    : model_(std::move(model)), id_(g_next_tagger_id.fetch_add(1)) {
  dict_.Build(model_.words);
  lexicon_.Build(model_.lexicon_words);
  for (const std::string& c : model_.lexicon_classes) {
    class_keys_.push_back(static_cast<uint32_t>(nlp::HashBytes(c)) | 1);
  }
  const size_t nlabels = model_.labels.size();
  stride_ = (nlabels + nlp::kChunk - 1) / nlp::kChunk * nlp::kChunk;
  block_size_ = model_.passes.size() * 5 * stride_;
  for (const nlp::WeightSet& set : model_.passes) {
    tables_.emplace_back(set);
    fast_.push_back({nlp::FastTable(set.type, stride_), nlp::FastTable(set.context, stride_)});
  }
  if (model_.passes.empty()) return;  // a lexicon only (training)
  pad_blocks_.resize(2 * block_size_);
  ComputeBlock(nlp::BeginAttrs(), pad_blocks_.data());
  ComputeBlock(nlp::EndAttrs(), pad_blocks_.data() + block_size_);
  // Frequent training forms get their attributes and score vectors now.
  form_blocks_ = nlp::HugeArray<int16_t>(model_.forms.size() * block_size_);
  form_attrs_.resize(model_.forms.size());
  forms_.Build(model_.forms);
  TagScratch scratch;
  for (size_t i = 0; i < model_.forms.size(); ++i) {
    ComputeWordAttrs(model_.forms[i], &scratch.data(), &form_attrs_[i]);
    ComputeBlock(form_attrs_[i], form_blocks_.data() + i * block_size_);
  }
}

const nlp::DictEntry* Tagger::Impl::Lookup(std::string_view lower) const {
  const uint32_t e = dict_.Find(nlp::HashBytes(lower) | 1);
  return e == 0 ? nullptr : &model_.entries[e - 1];
}

uint32_t Tagger::Impl::LexiconClass(std::string_view lower) const {
  if (model_.lexicon_words.empty()) return 0;
  const uint32_t e = lexicon_.Find(nlp::HashBytes(lower) | 1);
  return e == 0 ? nlp::kNotInLexicon : class_keys_[model_.lexicon_class[e - 1]];
}

void Tagger::Impl::ComputeWordAttrs(std::string_view raw, TagScratch::Data* sd,
                                    nlp::WordAttrs* out) const {
  nlp::NormalizeWord(raw, &sd->form, &sd->lower);
  nlp::ComputeAttrs(sd->form, sd->lower, Lookup(sd->lower), out);
  out->wordnet = nlp::WordNetClassOf(sd->lower);
  out->lex = LexiconClass(sd->lower);
}

void Tagger::Impl::TagLabels(std::span<const std::string_view> words, TagScratch::Data* sd,
                             bool reference) const {
  const size_t n = words.size();
  sd->attrs.resize(n + 4);
  sd->labels.resize(n);
  sd->attrs[0] = sd->attrs[1] = nlp::BeginAttrs();
  sd->attrs[n + 2] = sd->attrs[n + 3] = nlp::EndAttrs();
  ++sd->sentence;  // unpins the previous sentence's words
  sd->overflow_used = 0;
  // The words' hashes first, their cache sets fetched ahead.
  Claim(sd);
  sd->hashes.resize(n);
  for (size_t i = 0; i < n; ++i) {
    const uint64_t h = nlp::HashBytes(words[i]) | 1;
    sd->hashes[i] = h;
    __builtin_prefetch(&sd->raw[(h & (TagScratch::Data::kRawSets - 1)) * TagScratch::Data::kWays]);
  }
  if (reference || model_.passes.empty()) {
    for (size_t i = 0; i < n; ++i) sd->attrs[i + 2] = Word(words[i], sd->hashes[i], sd, nullptr);
    ReferenceTag(n, sd);
    return;
  }
  sd->blocks.resize(n + 4);
  sd->blocks[0] = sd->blocks[1] = pad_blocks_.data();
  sd->blocks[n + 2] = sd->blocks[n + 3] = pad_blocks_.data() + block_size_;
  for (size_t i = 0; i < n; ++i)
    sd->attrs[i + 2] = Word(words[i], sd->hashes[i], sd, &sd->blocks[i + 2]);
  FastTag(n, sd);
}

void Tagger::Impl::ReferenceTag(size_t n, TagScratch::Data* sd) const {
  const size_t nlabels = label_count();
  const uint8_t* guess = nullptr;  // the previous pass's labels, padded
  for (size_t p = 0; p < tables_.size(); ++p) {
    if (p > 0) {
      sd->first_pass.assign(n + 4, nlp::kStartLabel);
      std::copy(sd->labels.begin(), sd->labels.end(), sd->first_pass.begin() + 2);
      guess = sd->first_pass.data();
    }
    if (!model_.passes[p].right_to_left) {
      nlp::DecodePass(tables_[p], nlabels, sd->attrs.data(), guess, n, sd->scores,
                      sd->labels.data());
      continue;
    }
    // Right to left: decode the reversed words (a first pass reads no guess).
    sd->reversed.assign(sd->attrs.rbegin(), sd->attrs.rend());
    nlp::DecodePass(tables_[p], nlabels, sd->reversed.data(), nullptr, n, sd->scores,
                    sd->labels.data());
    std::reverse(sd->labels.begin(), sd->labels.end());
  }
}

// ---- Tagger -----------------------------------------------------------------

Tagger::Tagger(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Tagger::~Tagger() = default;

Result<std::unique_ptr<Tagger>> Tagger::LoadFromBuffer(std::string_view bytes,
                                                       std::string_view name) {
  Result<nlp::ModelData> model = nlp::ParseModel(bytes, name);
  if (!model.ok()) return model.status();
  // Limits of the in-memory layout (24-bit weight offsets) and of the memory
  // the precomputed score vectors take.
  const size_t stride = (model->labels.size() + nlp::kChunk - 1) / nlp::kChunk * nlp::kChunk;
  const uint64_t vector_bytes =
      uint64_t{model->forms.size()} * model->passes.size() * 5 * stride * sizeof(int16_t);
  for (const nlp::WeightSet& set : model->passes) {
    const size_t weights = set.type.weights.size() + set.context.weights.size();
    if (weights >= (1u << 24) || vector_bytes > (256u << 20)) {
      return UnsupportedError(std::string(name) + ": tagger model too large (" +
                              std::to_string(weights) + " weights, " +
                              std::to_string(model->forms.size()) + " precomputed forms)");
    }
  }
  return std::unique_ptr<Tagger>(new Tagger(std::make_unique<Impl>(std::move(*model))));
}

Result<std::unique_ptr<Tagger>> Tagger::Load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    const int err = errno;
    return NotFoundError("cannot open tagger model " + path + ": " + std::strerror(err));
  }
  std::ostringstream buf;
  buf << in.rdbuf();
  if (in.bad()) return IoError("cannot read tagger model " + path);
  return LoadFromBuffer(buf.str(), path);
}

std::string Tagger::DefaultModelPath() { return DefaultDataDir() + "/tagger.model"; }

Result<std::unique_ptr<Tagger>> Tagger::LoadDefault() { return Load(DefaultModelPath()); }

void Tagger::Tag(std::span<const std::string_view> words, TagScratch* scratch,
                 std::vector<PosTag>* out) const {
  out->resize(words.size());
  TagScratch::Data* sd = &scratch->data();
  for (size_t start = 0; start < words.size(); start += kMaxWords) {
    const auto piece = words.subspan(start, std::min(kMaxWords, words.size() - start));
    impl_->TagLabels(piece, sd);
    for (size_t i = 0; i < piece.size(); ++i) (*out)[start + i] = impl_->label(sd->labels[i]);
  }
}

void Tagger::TagSentence(std::string_view text, const SplitResult& split, const Sentence& sentence,
                         TagScratch* scratch, std::vector<PosTag>* out) const {
  std::vector<std::string_view>& words = scratch->data().words;  // reused: no allocation
  words.clear();
  const size_t end = std::min<size_t>(split.tokens.size(),
                                      size_t{sentence.first_token} + sentence.token_count);
  for (size_t i = sentence.first_token; i < end; ++i) {
    const Token& t = split.tokens[i];
    words.push_back(t.start <= t.end && t.end <= text.size()
                        ? text.substr(t.start, t.end - t.start)
                        : std::string_view());
  }
  Tag(words, scratch, out);
}

const std::string& Tagger::description() const { return impl_->model().description; }
uint32_t Tagger::format_version() const { return impl_->model().version; }

// ---- TagScratch --------------------------------------------------------------

TagScratch::TagScratch() : data_(std::make_unique<Data>()) {}
TagScratch::~TagScratch() = default;

// ---- Evaluation -------------------------------------------------------------

TaggerScore EvaluateTagger(const Tagger& tagger, std::span<const ConlluSentence> gold) {
  TaggerScore score;
  TagScratch scratch;
  std::vector<std::string_view> words;
  std::vector<PosTag> tags;
  for (const ConlluSentence& s : gold) {
    words.clear();
    for (const ConlluWord& w : s.words) words.push_back(w.form);
    tagger.Tag(words, &scratch, &tags);
    for (size_t i = 0; i < s.words.size(); ++i) {
      const ConlluWord& w = s.words[i];
      const bool upos = UposName(tags[i].upos) == w.upos;
      const bool xpos = XposName(tags[i].xpos) == w.xpos;
      ++score.words;
      score.upos_correct += upos;
      score.xpos_correct += xpos;
      score.both_correct += upos && xpos;
      TagScratch::Data& sd = scratch.data();
      nlp::NormalizeWord(w.form, &sd.form, &sd.lower);
      if (tagger.impl().Lookup(sd.lower) == nullptr) {
        ++score.unknown_words;
        score.unknown_upos_correct += upos;
      }
    }
  }
  return score;
}

}  // namespace dyad
