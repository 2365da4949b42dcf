// dyad/chunker.h — shallow phrase structure: noun, verb and prepositional
// phrase chunks (plus ADJP, ADVP, SBAR, PRT) with their heads, over the
// tagger's output, following the CoNLL-2000 conventions (base phrases, no
// nesting: "[NP the chancellor] [NP 's failure] [VP to announce] [NP any new
// policy measures] [PP in] [NP his speech]").
//
//   dyad::Chunks chunks;                       // reuse: no allocation once warm
//   dyad::ChunkSentence(words, tags, &chunks); // tags from Tagger::Tag
//   for (const dyad::Chunk& c : chunks.chunks)
//     ... dyad::ChunkTypeName(c.type), words[c.head], tokens c.begin..c.end-1
//   chunks.chunk_of[i]                         // chunk of token i, or -1
//
// Hand-written rules over Penn XPOS and a few function words (no model):
// about 20M tokens a second on one core (bench/tagger_bench.cc). NP F1 on the
// CoNLL-2000 test set (WSJ; evaluation only): 92.0% with its own Penn tags,
// 90.5% with dyad's tagger (EvaluateChunker, `dyad tag --eval-chunks`).
// Stateless and thread-safe; all state is in the caller's Chunks.
#ifndef DYAD_CHUNKER_H_
#define DYAD_CHUNKER_H_

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/status.h"
#include "dyad/tagger.h"

namespace dyad {

enum class ChunkType : uint8_t {
  kNone,  // "O": punctuation, coordinating conjunctions between phrases
  kNP, kVP, kPP, kADJP, kADVP, kSBAR, kPRT, kCONJP, kINTJ, kLST, kUCP,
};
inline constexpr int kChunkTypeCount = static_cast<int>(ChunkType::kUCP) + 1;

// "NP", "VP"...; "O" for kNone.
std::string_view ChunkTypeName(ChunkType type);
// Exact names as printed by ChunkTypeName ("O" gives kNone); false when unknown.
bool ParseChunkType(std::string_view name, ChunkType* out);

struct Chunk {
  uint32_t begin = 0;  // first token
  uint32_t end = 0;    // one past the last token
  // The head: the last noun of an NP ("the [Russian] [president]" ->
  // president; before a possessive "'s" the possessor), the main (last) verb
  // of a VP ("has been [forced]"), the preposition of a PP, the adjective of
  // an ADJP, the subordinator of an SBAR.
  uint32_t head = 0;
  ChunkType type = ChunkType::kNone;
};

struct Chunks {
  std::vector<Chunk> chunks;       // in order, not overlapping
  std::vector<int32_t> chunk_of;   // per token: index into chunks, -1 outside
  void clear() {
    chunks.clear();
    chunk_of.clear();
  }
  // "B-NP", "I-NP", "O": the IOB2 label of token i, as CoNLL-2000 writes it.
  // Writes into buf (at least 8 bytes) and returns a view of it.
  std::string_view Label(size_t i, char* buf) const;
};

// Replaces *out with the chunks of one tagged sentence (words.size() must
// equal tags.size(); extra entries of the longer one are ignored).
void ChunkSentence(std::span<const std::string_view> words, std::span<const PosTag> tags,
                   Chunks* out);

// ---- Evaluation --------------------------------------------------------------

// A sentence in the CoNLL-2000 format: "word POS IOB-chunk" lines, a blank
// line between sentences.
struct ChunkedSentence {
  // The tokens as text: the Penn Treebank escapes of the files ("-LRB-",
  // "-RCB-", "``", "''") are read back as the brackets and quotes they stand for.
  std::vector<std::string> words;
  std::vector<PosTag> tags;          // the file's Penn tags (UPOS guessed from them)
  std::vector<std::string> labels;   // "B-NP", "I-VP", "O"...
};

// Parses CoNLL-2000 text; a malformed line gives "name:line: what is wrong".
Result<std::vector<ChunkedSentence>> ParseChunkedSentences(std::string_view data,
                                                           std::string_view name);
// Reads a CoNLL-2000 file: a plain or gzip file, or a member of a zip archive
// named as "archive.zip:member/path" (read with libzip).
Result<std::vector<ChunkedSentence>> ReadChunkedSentences(const std::string& path);

// Phrase-level precision and recall (a chunk counts when its type, first and
// last token all match, as in the CoNLL-2000 evaluation script).
struct ChunkScore {
  struct Counts {
    uint64_t gold = 0, predicted = 0, correct = 0;
    double precision() const { return predicted ? static_cast<double>(correct) / predicted : 0; }
    double recall() const { return gold ? static_cast<double>(correct) / gold : 0; }
    double f1() const {
      const double p = precision(), r = recall();
      return p + r > 0 ? 2 * p * r / (p + r) : 0;
    }
  };
  Counts all;                          // every chunk type
  Counts by_type[kChunkTypeCount];     // by_type[int(ChunkType::kNP)]...
  uint64_t tokens = 0;
  uint64_t tags_correct = 0;           // XPOS agreement with the file's tags
  const Counts& of(ChunkType t) const { return by_type[static_cast<int>(t)]; }
};

// Chunks the gold words of each sentence, with the file's own POS tags
// (tagger == nullptr) or with the tagger's, and scores against the gold chunks.
ChunkScore EvaluateChunker(std::span<const ChunkedSentence> gold, const Tagger* tagger);

}  // namespace dyad

#endif  // DYAD_CHUNKER_H_
