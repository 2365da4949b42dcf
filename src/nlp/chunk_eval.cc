// Reading CoNLL-2000 chunk files and scoring the chunker against them
// (chunker.h). The scoring follows the CoNLL-2000 shared task's rules: a
// phrase is correct when its type and both ends match a gold phrase.
#include <array>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "dyad/chunker.h"
#include "util/read_file.h"
#include "util/zip_reader.h"

namespace dyad {
namespace {

// A UPOS for a Penn tag, for gold files that have only Penn tags (the
// chunker reads the Penn tags; UPOS is filled in for completeness).
Upos UposOf(Xpos x, std::string_view word) {
  switch (x) {
    case Xpos::kNN: case Xpos::kNNS: return Upos::kNoun;
    case Xpos::kNNP: case Xpos::kNNPS: return Upos::kPropn;
    case Xpos::kJJ: case Xpos::kJJR: case Xpos::kJJS: return Upos::kAdj;
    case Xpos::kRB: case Xpos::kRBR: case Xpos::kRBS: case Xpos::kWRB: return Upos::kAdv;
    case Xpos::kVB: case Xpos::kVBD: case Xpos::kVBG: case Xpos::kVBN: case Xpos::kVBP:
    case Xpos::kVBZ: return Upos::kVerb;
    case Xpos::kMD: return Upos::kAux;
    case Xpos::kDT: case Xpos::kPDT: case Xpos::kWDT: return Upos::kDet;
    case Xpos::kPRP: case Xpos::kPRPS: case Xpos::kWP: case Xpos::kWPS: case Xpos::kEX:
      return Upos::kPron;
    case Xpos::kCD: return Upos::kNum;
    case Xpos::kCC: return Upos::kCconj;
    case Xpos::kIN: return word == "that" || word == "if" || word == "because" ? Upos::kSconj
                                                                              : Upos::kAdp;
    case Xpos::kTO: case Xpos::kPOS: case Xpos::kRP: return Upos::kPart;
    case Xpos::kUH: return Upos::kIntj;
    case Xpos::kDollar: case Xpos::kHash: case Xpos::kSYM: return Upos::kSym;
    case Xpos::kPeriod: case Xpos::kComma: case Xpos::kColon: case Xpos::kOpenQuote:
    case Xpos::kCloseQuote: case Xpos::kLrb: case Xpos::kRrb: case Xpos::kHYPH: case Xpos::kNFP:
      return Upos::kPunct;
    default: return Upos::kX;
  }
}

// Penn tags as the CoNLL-2000 files write them, mapped to dyad's names.
bool ParseConllXpos(std::string_view name, Xpos* out) {
  if (name == "(") name = "-LRB-";
  if (name == ")") name = "-RRB-";
  return ParseXpos(name, out);
}

// The text a Penn Treebank token stands for: the files escape brackets and
// quotes ("-LRB-", "``"), which the tagger, trained on text, has never seen.
std::string_view PtbText(std::string_view word) {
  static constexpr std::pair<std::string_view, std::string_view> kEscapes[] = {
      {"-LRB-", "("}, {"-RRB-", ")"}, {"-LSB-", "["}, {"-RSB-", "]"},
      {"-LCB-", "{"}, {"-RCB-", "}"}, {"``", "\""},  {"''", "\""},
  };
  for (const auto& [escaped, text] : kEscapes) {
    if (word == escaped) return text;
  }
  return word;
}

struct Span {
  uint32_t begin, end;
  ChunkType type;
  bool operator==(const Span&) const = default;
};

// Phrases of an IOB label sequence, read like conlleval: a phrase starts at
// B-X, or at I-X after something that is not X; it ends before O, B-* or I-Y.
void SpansOf(std::span<const std::string_view> labels, std::vector<Span>* out) {
  out->clear();
  ChunkType open = ChunkType::kNone;
  uint32_t start = 0;
  for (uint32_t i = 0; i <= labels.size(); ++i) {
    ChunkType t = ChunkType::kNone;
    bool begin = false;
    if (i < labels.size() && labels[i].size() > 2 && labels[i][1] == '-') {
      if (!ParseChunkType(labels[i].substr(2), &t)) t = ChunkType::kNone;
      begin = labels[i][0] == 'B';
    }
    if (open != ChunkType::kNone && (t != open || begin)) {
      out->push_back(Span{start, i, open});
      open = ChunkType::kNone;
    }
    if (t != ChunkType::kNone && open == ChunkType::kNone) {
      open = t;
      start = i;
    }
  }
}

void Count(const std::vector<Span>& gold, const std::vector<Span>& predicted, ChunkScore* s) {
  for (const Span& g : gold) {
    ++s->all.gold;
    ++s->by_type[static_cast<int>(g.type)].gold;
  }
  size_t k = 0;
  for (const Span& p : predicted) {
    ++s->all.predicted;
    ++s->by_type[static_cast<int>(p.type)].predicted;
    while (k < gold.size() && gold[k].begin < p.begin) ++k;
    if (k < gold.size() && gold[k] == p) {
      ++s->all.correct;
      ++s->by_type[static_cast<int>(p.type)].correct;
    }
  }
}

}  // namespace

Result<std::vector<ChunkedSentence>> ParseChunkedSentences(std::string_view data,
                                                           std::string_view name) {
  std::vector<ChunkedSentence> out;
  ChunkedSentence cur;
  size_t pos = 0;
  int line_no = 0;
  auto error = [&](std::string_view what) {
    return ParseError(std::string(name) + ":" + std::to_string(line_no) + ": " +
                      std::string(what));
  };
  while (pos < data.size()) {
    size_t eol = data.find('\n', pos);
    if (eol == std::string_view::npos) eol = data.size();
    std::string_view line = data.substr(pos, eol - pos);
    pos = eol + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.find_first_not_of(" \t") == std::string_view::npos) {
      if (!cur.words.empty()) out.push_back(std::move(cur));
      cur = ChunkedSentence();
      continue;
    }
    std::string_view fields[3];
    size_t nf = 0, i = 0;
    while (i < line.size()) {
      while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
      if (i == line.size()) break;
      size_t j = i;
      while (j < line.size() && line[j] != ' ' && line[j] != '\t') ++j;
      if (nf == 3) return error("more than 3 fields (expected: word POS chunk)");
      fields[nf++] = line.substr(i, j - i);
      i = j;
    }
    if (nf != 3) return error("expected 3 fields: word POS chunk");
    PosTag tag;
    if (!ParseConllXpos(fields[1], &tag.xpos)) {
      return error("unknown POS tag '" + std::string(fields[1]) + "'");
    }
    tag.upos = UposOf(tag.xpos, fields[0]);
    const std::string_view label = fields[2];
    ChunkType type;
    if (!(label == "O" || (label.size() > 2 && (label[0] == 'B' || label[0] == 'I') &&
                           label[1] == '-' && ParseChunkType(label.substr(2), &type)))) {
      return error("bad chunk label '" + std::string(label) + "'");
    }
    cur.words.emplace_back(PtbText(fields[0]));
    cur.tags.push_back(tag);
    cur.labels.emplace_back(label);
  }
  if (!cur.words.empty()) out.push_back(std::move(cur));
  return out;
}

Result<std::vector<ChunkedSentence>> ReadChunkedSentences(const std::string& path) {
  const size_t zip = path.find(".zip:");
  Result<std::string> data = zip == std::string::npos
                                 ? ReadWholeFile(path)
                                 : ReadZipMember(path.substr(0, zip + 4), path.substr(zip + 5));
  if (!data.ok()) return data.status();
  return ParseChunkedSentences(*data, path);
}

ChunkScore EvaluateChunker(std::span<const ChunkedSentence> gold, const Tagger* tagger) {
  ChunkScore score;
  TagScratch scratch;
  std::vector<std::string_view> words, labels;
  std::vector<PosTag> tags;
  std::vector<Span> gold_spans, predicted_spans;
  Chunks chunks;
  std::vector<std::array<char, 8>> bufs;
  for (const ChunkedSentence& s : gold) {
    words.assign(s.words.begin(), s.words.end());
    if (tagger != nullptr) {
      tagger->Tag(words, &scratch, &tags);
    } else {
      tags = s.tags;
    }
    for (size_t i = 0; i < s.tags.size() && i < tags.size(); ++i) {
      score.tags_correct += tags[i].xpos == s.tags[i].xpos;
    }
    score.tokens += s.words.size();
    ChunkSentence(words, tags, &chunks);
    labels.assign(s.labels.begin(), s.labels.end());
    SpansOf(labels, &gold_spans);
    bufs.resize(words.size());
    labels.clear();
    for (size_t i = 0; i < words.size(); ++i) labels.push_back(chunks.Label(i, bufs[i].data()));
    SpansOf(labels, &predicted_spans);
    Count(gold_spans, predicted_spans, &score);
  }
  return score;
}

}  // namespace dyad
