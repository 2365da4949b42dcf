// dyad/tagger.h — part-of-speech tagging: Universal Dependencies UPOS and
// Penn Treebank XPOS for every word, by averaged perceptrons trained on UD
// English EWT (`dyad train tagger`; the model ships as data/tagger.model, under
// CC BY-SA 4.0 like its training data). Lemmas: lemmatizer.h.
//
//   auto tagger = dyad::Tagger::LoadDefault();      // or Load("my.model")
//   if (!tagger.ok()) { ...tagger.status().message()... }
//   dyad::TagScratch scratch;                         // one per thread, reuse it
//   std::vector<dyad::PosTag> tags;
//   std::vector<std::string_view> words = {"Biden", "visited", "Kyiv", "."};
//   (*tagger)->Tag(words, &scratch, &tags);
//   // tags[1].upos == dyad::Upos::kVerb, tags[1].xpos == dyad::Xpos::kVBD
//   dyad::UposName(tags[1].upos);  // "VERB"    dyad::XposName(tags[1].xpos);  // "VBD"
//
// Words follow dyad's tokenizer (text.h) and UD conventions: clitics are
// separate words ("do" "n't", "Russia" "'s"). Typographic quotes and
// apostrophes are read like their ASCII forms; any bytes are accepted.
// Accuracy on gold UD words: UPOS 96.2%, XPOS 95.7% on EWT test; 1.3M words a
// second on one core by wall clock here, 2.3M by CPU time (bench/tagger_bench.cc).
//
// A Tagger is immutable after loading and safe to share between threads; all
// per-call state lives in the TagScratch, which is not thread-safe (make one
// per thread, about 6 MB of caches). Tagging does not allocate once the
// scratch has grown to the longest sentence seen.
#ifndef DYAD_TAGGER_H_
#define DYAD_TAGGER_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/conllu.h"
#include "dyad/status.h"
#include "dyad/text.h"

namespace dyad {

// The 17 Universal Dependencies part-of-speech tags.
enum class Upos : uint8_t {
  kAdj, kAdp, kAdv, kAux, kCconj, kDet, kIntj, kNoun, kNum,
  kPart, kPron, kPropn, kPunct, kSconj, kSym, kVerb, kX,
};
inline constexpr int kUposCount = 17;

// Penn Treebank tags as used by UD English EWT (with its additions HYPH, NFP,
// ADD, GW, AFX, XX). kNone prints as "_".
enum class Xpos : uint8_t {
  kNone,
  kCC, kCD, kDT, kEX, kFW, kIN, kJJ, kJJR, kJJS, kLS, kMD, kNN, kNNS, kNNP, kNNPS,
  kPDT, kPOS, kPRP, kPRPS /* PRP$ */, kRB, kRBR, kRBS, kRP, kSYM, kTO, kUH,
  kVB, kVBD, kVBG, kVBN, kVBP, kVBZ, kWDT, kWP, kWPS /* WP$ */, kWRB,
  kPeriod /* . */, kComma /* , */, kColon /* : */, kOpenQuote /* `` */,
  kCloseQuote /* '' */, kLrb /* -LRB- */, kRrb /* -RRB- */, kHash /* # */,
  kDollar /* $ */, kHYPH, kNFP, kADD, kGW, kAFX, kXX,
};
inline constexpr int kXposCount = static_cast<int>(Xpos::kXX) + 1;

// "NOUN", "VERB"...; "X" for an out-of-range value.
std::string_view UposName(Upos tag);
// "NN", "PRP$", "-LRB-"...; "_" for kNone or an out-of-range value.
std::string_view XposName(Xpos tag);
// Exact, case-sensitive names; false when unknown ("_" is not a Upos; it is Xpos::kNone).
bool ParseUpos(std::string_view name, Upos* out);
bool ParseXpos(std::string_view name, Xpos* out);

struct PosTag {
  Upos upos = Upos::kX;
  Xpos xpos = Xpos::kNone;
  friend bool operator==(const PosTag&, const PosTag&) = default;
};

class TagScratch;  // per-thread buffers, defined below

// The model file format version this build writes and reads (older versions
// are read too when possible; newer ones are refused).
inline constexpr uint32_t kTaggerFormatVersion = 2;

class Tagger {
 public:
  ~Tagger();
  Tagger(const Tagger&) = delete;
  Tagger& operator=(const Tagger&) = delete;

  // Reads a model file. Errors name the file: missing, unreadable, not a
  // tagger model, a newer format version, truncated or corrupt.
  static Result<std::unique_ptr<Tagger>> Load(const std::string& path);
  // The same from bytes in memory; `name` is used in error messages.
  static Result<std::unique_ptr<Tagger>> LoadFromBuffer(std::string_view bytes,
                                                        std::string_view name);
  // Loads DefaultModelPath().
  static Result<std::unique_ptr<Tagger>> LoadDefault();
  // $DYAD_DATA_DIR/tagger.model when that variable is set, else the data/
  // folder of the source tree this library was built from.
  static std::string DefaultModelPath();

  // Replaces *out with one tag per word (an empty span gives an empty *out).
  // Sentences longer than kMaxWords are tagged in pieces of kMaxWords.
  void Tag(std::span<const std::string_view> words, TagScratch* scratch,
           std::vector<PosTag>* out) const;
  static constexpr size_t kMaxWords = 1 << 16;

  // Tags one sentence of a split document: its token texts are taken from
  // `text` (the bytes given to TextSplitter::Split). One tag per token.
  void TagSentence(std::string_view text, const SplitResult& split, const Sentence& sentence,
                   TagScratch* scratch, std::vector<PosTag>* out) const;

  // The model's readable header: training data, licence, how it was trained,
  // its accuracy on the development data.
  const std::string& description() const;
  uint32_t format_version() const;

  class Impl;  // private (src/nlp/tagger_impl.h); for dyad's own tests and trainer
  const Impl& impl() const { return *impl_; }

 private:
  explicit Tagger(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// Per-thread working memory for Tagger::Tag: word attributes, caches of the
// words seen and their score vectors, scores. Reuse one object for many
// calls; it works with any Tagger (switching taggers empties its caches).
class TagScratch {
 public:
  TagScratch();
  ~TagScratch();
  TagScratch(const TagScratch&) = delete;
  TagScratch& operator=(const TagScratch&) = delete;

  struct Data;  // private (src/nlp/tagger_impl.h)
  Data& data() { return *data_; }

 private:
  std::unique_ptr<Data> data_;
};

// ---- Evaluation --------------------------------------------------------------

struct TaggerScore {
  uint64_t words = 0;
  uint64_t upos_correct = 0;
  uint64_t xpos_correct = 0;
  uint64_t both_correct = 0;
  uint64_t unknown_words = 0;       // words (lower-cased) the model never saw in training
  uint64_t unknown_upos_correct = 0;
  double upos() const { return words ? static_cast<double>(upos_correct) / words : 0; }
  double xpos() const { return words ? static_cast<double>(xpos_correct) / words : 0; }
  double both() const { return words ? static_cast<double>(both_correct) / words : 0; }
  double unknown_upos() const {
    return unknown_words ? static_cast<double>(unknown_upos_correct) / unknown_words : 0;
  }
};

// Tags the gold words of each sentence (pretokenized: UD syntactic words) and
// counts agreement with their gold UPOS and XPOS.
TaggerScore EvaluateTagger(const Tagger& tagger, std::span<const ConlluSentence> gold);

// ---- Training ----------------------------------------------------------------

// A word lexicon from outside the training treebanks (MASC's tagged words,
// say): how often each word was seen with each XPOS. Training stores in the
// model, for each word, the class of the tags it had at least a tenth of the
// time (and whether it was seen fewer than five times); the tagger reads the
// classes of a word and its neighbours as features. It helps with words the
// treebank lacks, whatever the lexicon's own annotation conventions: the
// weights learn how far each class is to be trusted.
struct TaggerLexicon {
  std::string source;  // its "# source: ..." line, for the model's header
  struct Entry {
    std::string word;
    std::vector<std::pair<Xpos, uint32_t>> tags;  // XPOS and its count
  };
  std::vector<Entry> entries;
};

// Parses a word lexicon: UTF-8 lines "word<TAB>TAG count[<TAB>TAG count]...";
// lines that start with '#' and hold no tab are comments, and "# source: TEXT"
// names the source. A line not in that form (an unknown XPOS, a count that is
// not a positive number, an empty word) is skipped and reported in *problems
// as "name:line: what" (the first 20 problems, then how many more).
TaggerLexicon ParseTaggerLexicon(std::string_view text, std::string_view name,
                                 std::vector<std::string>* problems);
// The same from a file; errors name it.
Result<TaggerLexicon> ReadTaggerLexicon(const std::string& path,
                                        std::vector<std::string>* problems);

struct TaggerTrainOptions {
  int iterations = 10;  // passes over the data; the best on `dev` is kept
  uint64_t seed = 1;    // sentence orders; the same seed gives the same model
  // Readable header stored in the model ("trained on UD English EWT v2.15,
  // CC BY-SA 4.0 ..."). Must name the training data and its licence.
  std::string description;
  // Perceptrons trained on different sentence orders whose weights the model
  // averages (more accurate, as slow to tag as one, slower to train).
  int ensemble = 4;
  // false: one left-to-right pass. true: a right-to-left pass, then a
  // left-to-right one that also reads the first pass's labels (slightly more
  // accurate, half as fast to tag); the second learns from first-pass labels
  // of each of `folds` parts of the training data, tagged by a first pass
  // trained on the other parts.
  bool two_pass = false;
  int folds = 5;
  // Training words get their tag dictionary attributes (known word, tags
  // seen) from a dictionary of the other dictionary_folds - 1 parts of the
  // data, so that rare words look unknown as they will in new text (1: off).
  int dictionary_folds = 10;
  // Weights are stored in 8 bits (-127..127, the largest weight of a pass
  // being 127); a feature whose weights are all at most `prune` in absolute
  // value is dropped (a smaller, faster model).
  int prune = 2;
  // Threads for the ensemble members and folds (the model does not depend on it).
  int threads = 1;
  // A word lexicon stored in the model and read by its features (null: none).
  const TaggerLexicon* lexicon = nullptr;
  // Also train on an all-capitals copy of every caps_every-th training
  // sentence (0: none), so that headlines in capitals are tagged as well as
  // the treebank's few teach.
  int caps_every = 0;
  // Progress lines ("pass 1 iteration 3: train 97.1%, dev UPOS 95.2% ...").
  std::function<void(std::string_view)> log;
};

// Trains a tagger on the words of `train` (their UPOS and XPOS), evaluating on
// `dev` (may be empty) after every pass; returns the model file's bytes.
// Deterministic: the same data, options and seed give the same bytes.
Result<std::string> TrainTagger(std::span<const ConlluSentence> train,
                                std::span<const ConlluSentence> dev,
                                const TaggerTrainOptions& options);

}  // namespace dyad

#endif  // DYAD_TAGGER_H_
