// Private: the tagger model — its labels, tag dictionary and feature weights —
// and its file format.
//
// File layout (all integers little-endian):
//   "DYADTAGR"                      8-byte magic
//   u32 format version              kTaggerFormatVersion
//   u32 n, n bytes                  readable header (training data, licence...)
//   u32 feature set                 kFeatureSet of the features it was trained with
//   u32 labels, then per label      u8 len + UPOS name, u8 len + XPOS name
//   u32 words, then per word        u8 len + lower-cased form, u64 XPOS mask, u32 count,
//                                   u8 sole label (255: none)
//   u32 forms, then per form        u8 len + form: frequent training words, whose
//                                   per-type score vectors are computed at load
//   (format version 2 and later:)
//   u32 classes, then per class     u8 len + name: the word lexicon's classes
//                                   ("NN NNP", "JJ rare": TaggerLexicon)
//   u32 entries, then per entry     u8 len + lower-cased form (strictly
//                                   increasing), u16 class index
//   u32 passes (1 or 2), then per pass:
//     u8 direction                  0 left to right, 1 right to left
//     f32 scale                     weight = i8 value * scale
//     two feature groups, TypeKeys then ContextKeys (tagger_features.h), each:
//       u32 features                then u32 keys (strictly increasing),
//                                   u8 weight count per feature,
//                                   and per weight u8 label + i8 value
//   u32 CRC-32 of all the bytes before it
// With two passes the first runs right to left and the second, left to right,
// also reads the first one's labels (FeatureContext::guess).
#ifndef DYAD_SRC_NLP_TAGGER_MODEL_H_
#define DYAD_SRC_NLP_TAGGER_MODEL_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/status.h"
#include "dyad/tagger.h"
#include "tagger_features.h"

namespace dyad::nlp {

inline constexpr char kTaggerMagic[8] = {'D', 'Y', 'A', 'D', 'T', 'A', 'G', 'R'};
inline constexpr size_t kMaxLabels = 250;  // labels are u8, kStartLabel is reserved
inline constexpr size_t kMaxLexiconClasses = 65535;  // class indexes are u16

struct Weight {
  uint8_t label = 0;
  int8_t value = 0;
};

// Features and their weights.
struct FeatureWeights {
  std::vector<uint32_t> keys;         // strictly increasing
  std::vector<uint8_t> counts;        // weights per key
  std::vector<Weight> weights;        // grouped by key, in key order
};

// The weights of one tagging pass: of the type-local features (TypeKeys) and
// of the others (ContextKeys). A key in both groups has the same weights.
struct WeightSet {
  bool right_to_left = false;
  float scale = 1.0f;
  FeatureWeights type, context;
};

struct ModelData {
  uint32_t version = kTaggerFormatVersion;
  std::string description;
  uint32_t feature_set = kFeatureSet;
  std::vector<PosTag> labels;
  std::vector<std::string> words;     // tag dictionary, lower-cased forms
  std::vector<DictEntry> entries;     // parallel to words
  std::vector<std::string> forms;     // frequent training forms (NormalizeWord's form)
  // The word lexicon (format version 2): lower-cased forms, sorted, and the
  // index of each one's class; a feature reads the class (WordAttrs::lex).
  std::vector<std::string> lexicon_classes;
  std::vector<std::string> lexicon_words;
  std::vector<uint16_t> lexicon_class;  // parallel to lexicon_words
  std::vector<WeightSet> passes;      // 1 or 2
};

// The bytes of a model file.
std::string SerializeModel(const ModelData& model);

// Reads a model file's bytes; errors start with `name`. With verify_checksum
// false the CRC is not compared (lets the fuzzer reach the rest of the parser).
Result<ModelData> ParseModel(std::string_view bytes, std::string_view name,
                             bool verify_checksum = true);

// Label index table: the index of a (UPOS, XPOS) pair, or -1.
int FindLabel(const std::vector<PosTag>& labels, PosTag tag);

}  // namespace dyad::nlp

#endif  // DYAD_SRC_NLP_TAGGER_MODEL_H_
