// Private: what the tagger looks at. Each word type gets its attributes once
// (WordAttrs: hashes of its form, lower-case form, affixes, shape, tag
// dictionary class, WordNet class, word lexicon class); each position then gets about 40
// features, 32-bit keys hashed from a template number and attributes of the
// words around it and the tags already chosen to its left. Training and
// tagging share this code, so a model and this file must agree: any change to
// the features needs a new kFeatureSet (stored in the model file).
#ifndef DYAD_SRC_NLP_TAGGER_FEATURES_H_
#define DYAD_SRC_NLP_TAGGER_FEATURES_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace dyad::nlp {

// Version of the feature templates below; models record it. Set 2 adds the
// word lexicon's classes (WordAttrs::lex), computed only when a model has a
// lexicon: a model without one computes set 1's keys, so set 1 models load.
inline constexpr uint32_t kFeatureSet = 2;
inline constexpr uint32_t kOldestFeatureSet = 1;
inline constexpr uint32_t kNotInLexicon = 2;  // class hashes are odd

inline uint64_t Fmix64(uint64_t k) {
  k ^= k >> 33;
  k *= 0xff51afd7ed558ccdULL;
  k ^= k >> 33;
  k *= 0xc4ceb9fe1a85ec53ULL;
  k ^= k >> 33;
  return k;
}

// A fast, fixed (platform-independent) 64-bit hash of bytes.
uint64_t HashBytes(std::string_view s);

// The two forms of a word the features read: `form` folds typographic quotes
// and apostrophes to ASCII and replaces every digit by 0 (all numbers of one
// shape look alike: "1,234" -> "0,000"); `lower` is form lower-cased (ASCII
// and Latin-1). Both replace the strings' contents.
void NormalizeWord(std::string_view raw, std::string* form, std::string* lower);

inline constexpr int kSuffixes = 5;  // last 1..5 characters
inline constexpr int kPrefixes = 3;  // first 1..3 characters

inline constexpr uint8_t kNoLabel = 255;

enum WordFlags : uint8_t {
  kInitUpper = 1, kAllUpper = 2, kHasDigit = 4, kHasHyphen = 8,
  kHasLetter = 16, kNonAscii = 32, kHasPeriod = 64, kAllDigits = 128,
};

// Everything position-independent the features use about one word type.
struct WordAttrs {
  uint32_t form = 0;
  uint32_t lower = 0;
  uint32_t shape = 0;
  uint32_t amb = 0;    // tag dictionary class; 0: not a frequent training word
  uint32_t suffix[kSuffixes] = {};
  uint32_t prefix[kPrefixes] = {};
  uint16_t wordnet = 0;
  // Class in the model's word lexicon (ModelData::lexicon_*): a hash of its
  // name, kNotInLexicon for a word it lacks, 0 when the model has none.
  uint32_t lex = 0;
  uint8_t flags = 0;
  uint8_t known = 0;   // 1 when the word occurred in the training data
  uint8_t sole = kNoLabel;  // the label of an unambiguous frequent word
};

// The tag dictionary entry of a lower-cased training word.
struct DictEntry {
  uint64_t xpos_mask = 0;  // bit i: seen with Xpos i
  uint32_t count = 0;      // occurrences in the training data
  // The label of a word seen at least kSoleMinCount times that had it
  // (nearly) every time: such words are not scored, they get it.
  uint8_t sole_label = kNoLabel;
};
inline constexpr uint32_t kSoleMinCount = 20;
// Words seen at least this often get an ambiguity class (WordAttrs::amb).
inline constexpr uint32_t kAmbMinCount = 3;

// Fills *a from the normalized forms; `entry` is the word's tag dictionary
// entry or null.
void ComputeAttrs(std::string_view form, std::string_view lower, const DictEntry* entry,
                  WordAttrs* a);

// Attributes of the padding before the first and after the last word.
const WordAttrs& BeginAttrs();
const WordAttrs& EndAttrs();

// Label history value before the first word.
inline constexpr uint32_t kStartLabel = 255;

inline constexpr int kMaxFeatures = 64;

// Where the features of one word are read from.
struct FeatureContext {
  const WordAttrs* w = nullptr;    // the word; w[-2]..w[2] valid (padding at the ends)
  // The first pass's labels (guess[-2]..guess[2] valid, kStartLabel as
  // padding) when this is the second pass; null in the first pass.
  const uint8_t* guess = nullptr;
  uint32_t t1 = kStartLabel;       // labels chosen for the previous two words
  uint32_t t2 = kStartLabel;
  bool first = false;              // the first word of the sentence
  uint32_t sentence = 1;           // SentenceClass of the whole sentence
};

// Writes the feature keys of one word into keys (at most kMaxFeatures) and
// returns their number: TypeKeys of the words at offsets -2..2, then
// ContextKeys.
int ExtractFeatures(const FeatureContext& c, uint32_t* keys);

// The features that read only the word at `offset` (-2..2) from the one being
// tagged: their weights sum to one vector per word type and offset, which the
// tagger computes once per word type. At most kMaxTypeKeys.
int TypeKeys(const WordAttrs& a, int offset, uint32_t* keys);
inline constexpr int kMaxTypeKeys = 20;
// The others: StaticKeys (the position, pairs of words, the first pass's
// labels) then HistoryKeys (the labels chosen for the previous words).
int ContextKeys(const FeatureContext& c, uint32_t* keys);
int StaticKeys(const FeatureContext& c, uint32_t* keys);  // reads neither t1 nor t2
int HistoryKeys(const FeatureContext& c, uint32_t* keys);
inline constexpr int kMaxStaticKeys = 16;

// What the capitalisation of a sentence says (1 normal, 2 most words
// capitalised: a headline or title, 3 all capitals); words[0..n).
uint32_t SentenceClass(const WordAttrs* words, size_t n);

}  // namespace dyad::nlp

#endif  // DYAD_SRC_NLP_TAGGER_FEATURES_H_
