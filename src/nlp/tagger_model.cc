#include "tagger_model.h"

#include <zlib.h>

#include <cstring>
#include <string>

namespace dyad::nlp {
namespace {

class Writer {
 public:
  void Bytes(const void* p, size_t n) { out_.append(static_cast<const char*>(p), n); }
  void U8(uint8_t v) { out_.push_back(static_cast<char>(v)); }
  void U16(uint16_t v) { Le(v, 2); }
  void U32(uint32_t v) { Le(v, 4); }
  void U64(uint64_t v) { Le(v, 8); }
  void F32(float f) {
    uint32_t v;
    std::memcpy(&v, &f, 4);
    U32(v);
  }
  void Str8(std::string_view s) {
    U8(static_cast<uint8_t>(s.size()));
    Bytes(s.data(), s.size());
  }
  void Str32(std::string_view s) {
    U32(static_cast<uint32_t>(s.size()));
    Bytes(s.data(), s.size());
  }
  std::string& out() { return out_; }

 private:
  void Le(uint64_t v, int n) {
    for (int i = 0; i < n; ++i) out_.push_back(static_cast<char>((v >> (8 * i)) & 0xFF));
  }
  std::string out_;
};

class Reader {
 public:
  Reader(std::string_view data, std::string_view name) : data_(data), name_(name) {}

  bool ok() const { return error_.empty(); }
  const std::string& error() const { return error_; }
  size_t pos() const { return pos_; }

  bool Need(size_t n, const char* what) {
    if (!ok()) return false;
    if (data_.size() - pos_ < n) {
      Fail(std::string("truncated file (ends inside ") + what + ")");
      return false;
    }
    return true;
  }
  void Fail(std::string what) {
    if (ok()) error_ = std::string(name_) + ": " + what;
  }
  uint64_t Le(int n, const char* what) {
    if (!Need(static_cast<size_t>(n), what)) return 0;
    uint64_t v = 0;
    for (int i = 0; i < n; ++i) {
      v |= static_cast<uint64_t>(static_cast<unsigned char>(data_[pos_ + static_cast<size_t>(i)]))
           << (8 * i);
    }
    pos_ += static_cast<size_t>(n);
    return v;
  }
  uint8_t U8(const char* what) { return static_cast<uint8_t>(Le(1, what)); }
  uint16_t U16(const char* what) { return static_cast<uint16_t>(Le(2, what)); }
  uint32_t U32(const char* what) { return static_cast<uint32_t>(Le(4, what)); }
  uint64_t U64(const char* what) { return Le(8, what); }
  float F32(const char* what) {
    const uint32_t v = U32(what);
    float f;
    std::memcpy(&f, &v, 4);
    return f;
  }
  std::string_view Bytes(size_t n, const char* what) {
    if (!Need(n, what)) return {};
    std::string_view s = data_.substr(pos_, n);
    pos_ += n;
    return s;
  }
  std::string_view Str8(const char* what) { return Bytes(U8(what), what); }
  // A count of items that each take at least min_bytes: rejects counts the
  // rest of the file cannot hold before allocating for them.
  uint32_t Count(size_t min_bytes, const char* what) {
    const uint32_t n = U32(what);
    if (ok() && static_cast<uint64_t>(n) * min_bytes > data_.size() - pos_) {
      Fail(std::string("corrupt file (") + what + " count " + std::to_string(n) +
           " exceeds the file size)");
      return 0;
    }
    return n;
  }

 private:
  std::string_view data_;
  std::string_view name_;
  size_t pos_ = 0;
  std::string error_;
};

void ReadFeatures(Reader* in, uint32_t nlabels, size_t end, FeatureWeights* g) {
  const uint32_t nkeys = in->Count(5, "features");
  g->keys.resize(nkeys);
  for (uint32_t i = 0; in->ok() && i < nkeys; ++i) {
    g->keys[i] = in->U32("features");
    if (in->ok() && (g->keys[i] == 0 || (i > 0 && g->keys[i] <= g->keys[i - 1]))) {
      in->Fail("corrupt file (feature keys out of order)");
    }
  }
  const std::string_view counts = in->Bytes(nkeys, "features");
  g->counts.assign(counts.begin(), counts.end());
  uint64_t total = 0;
  for (uint8_t c : g->counts) total += c;
  if (in->ok() && total * 2 > end - in->pos()) in->Fail("truncated file (ends inside weights)");
  if (in->ok()) g->weights.resize(total);
  for (uint64_t i = 0; in->ok() && i < total; ++i) {
    g->weights[i].label = in->U8("weights");
    g->weights[i].value = static_cast<int8_t>(in->U8("weights"));
    if (in->ok() && g->weights[i].label >= nlabels) {
      in->Fail("corrupt file (weight label out of range)");
    }
  }
}

uint32_t Crc32(std::string_view data) {
  uLong crc = crc32(0L, Z_NULL, 0);
  size_t pos = 0;
  while (pos < data.size()) {
    const size_t n = std::min<size_t>(data.size() - pos, 1u << 30);
    crc = crc32(crc, reinterpret_cast<const Bytef*>(data.data() + pos), static_cast<uInt>(n));
    pos += n;
  }
  return static_cast<uint32_t>(crc);
}

}  // namespace

int FindLabel(const std::vector<PosTag>& labels, PosTag tag) {
  for (size_t i = 0; i < labels.size(); ++i) {
    if (labels[i] == tag) return static_cast<int>(i);
  }
  return -1;
}

std::string SerializeModel(const ModelData& m) {
  Writer w;
  w.Bytes(kTaggerMagic, sizeof kTaggerMagic);
  w.U32(m.version);
  w.Str32(m.description);
  w.U32(m.feature_set);
  w.U32(static_cast<uint32_t>(m.labels.size()));
  for (const PosTag& t : m.labels) {
    w.Str8(UposName(t.upos));
    w.Str8(XposName(t.xpos));
  }
  w.U32(static_cast<uint32_t>(m.words.size()));
  for (size_t i = 0; i < m.words.size(); ++i) {
    w.Str8(m.words[i].substr(0, 255));
    w.U64(m.entries[i].xpos_mask);
    w.U32(m.entries[i].count);
    w.U8(m.entries[i].sole_label);
  }
  w.U32(static_cast<uint32_t>(m.forms.size()));
  for (const std::string& f : m.forms) w.Str8(f.substr(0, 255));
  if (m.version >= 2) {
    w.U32(static_cast<uint32_t>(m.lexicon_classes.size()));
    for (const std::string& c : m.lexicon_classes) w.Str8(c.substr(0, 255));
    w.U32(static_cast<uint32_t>(m.lexicon_words.size()));
    for (size_t i = 0; i < m.lexicon_words.size(); ++i) {
      w.Str8(m.lexicon_words[i].substr(0, 255));
      w.U16(m.lexicon_class[i]);
    }
  }
  w.U32(static_cast<uint32_t>(m.passes.size()));
  for (const WeightSet& p : m.passes) {
    w.U8(p.right_to_left ? 1 : 0);
    w.F32(p.scale);
    for (const FeatureWeights* g : {&p.type, &p.context}) {
      w.U32(static_cast<uint32_t>(g->keys.size()));
      for (uint32_t k : g->keys) w.U32(k);
      w.Bytes(g->counts.data(), g->counts.size());
      for (const Weight& x : g->weights) {
        w.U8(x.label);
        w.U8(static_cast<uint8_t>(x.value));
      }
    }
  }
  w.U32(Crc32(w.out()));
  return std::move(w.out());
}

Result<ModelData> ParseModel(std::string_view bytes, std::string_view name, bool verify_checksum) {
  const std::string prefix(name);
  if (bytes.size() < sizeof kTaggerMagic ||
      std::memcmp(bytes.data(), kTaggerMagic, sizeof kTaggerMagic) != 0) {
    return ParseError(prefix + ": not a dyad tagger model (bad magic number)");
  }
  Reader r(bytes, name);
  r.Bytes(sizeof kTaggerMagic, "magic");
  ModelData m;
  m.version = r.U32("format version");
  if (!r.ok()) return ParseError(r.error());
  if (m.version > kTaggerFormatVersion) {
    return UnsupportedError(prefix + ": tagger model format version " + std::to_string(m.version) +
                            " is newer than this dyad reads (version " +
                            std::to_string(kTaggerFormatVersion) + "); upgrade dyad");
  }
  if (m.version == 0) return ParseError(prefix + ": corrupt file (format version 0)");
  if (bytes.size() < r.pos() + 4) return ParseError(prefix + ": truncated file (no checksum)");
  if (verify_checksum) {
    const std::string_view body = bytes.substr(0, bytes.size() - 4);
    Reader tail(bytes.substr(bytes.size() - 4), name);
    if (tail.U32("checksum") != Crc32(body)) {
      return ParseError(prefix + ": corrupt or truncated file (checksum mismatch)");
    }
  }
  Reader in(bytes.substr(0, bytes.size() - 4), name);
  in.Bytes(sizeof kTaggerMagic + 4, "magic");
  const uint32_t header_len = in.Count(1, "header");
  m.description = std::string(in.Bytes(header_len, "header"));
  m.feature_set = in.U32("feature set");
  if (in.ok() && (m.feature_set < kOldestFeatureSet || m.feature_set > kFeatureSet)) {
    return UnsupportedError(prefix + ": tagger model uses feature set " +
                            std::to_string(m.feature_set) + ", this dyad computes sets " +
                            std::to_string(kOldestFeatureSet) + " to " +
                            std::to_string(kFeatureSet) + "; retrain it (dyad train tagger)");
  }
  const uint32_t nlabels = in.Count(4, "labels");
  if (in.ok() && (nlabels == 0 || nlabels > kMaxLabels)) {
    in.Fail("corrupt file (" + std::to_string(nlabels) + " labels)");
  }
  for (uint32_t i = 0; in.ok() && i < nlabels; ++i) {
    const std::string_view u = in.Str8("label");
    const std::string_view x = in.Str8("label");
    PosTag t;
    if (in.ok() && (!ParseUpos(u, &t.upos) || !ParseXpos(x, &t.xpos))) {
      in.Fail("corrupt file (unknown tag '" + std::string(u) + " " + std::string(x) + "')");
    }
    m.labels.push_back(t);
  }
  const uint32_t nwords = in.Count(14, "tag dictionary");
  m.words.reserve(nwords);
  m.entries.reserve(nwords);
  for (uint32_t i = 0; in.ok() && i < nwords; ++i) {
    m.words.emplace_back(in.Str8("tag dictionary"));
    DictEntry e;
    e.xpos_mask = in.U64("tag dictionary");
    e.count = in.U32("tag dictionary");
    e.sole_label = in.U8("tag dictionary");
    if (in.ok() && e.sole_label != kNoLabel && e.sole_label >= nlabels) {
      in.Fail("corrupt file (tag dictionary label out of range)");
    }
    m.entries.push_back(e);
  }
  const uint32_t nforms = in.Count(1, "forms");
  m.forms.reserve(nforms);
  for (uint32_t i = 0; in.ok() && i < nforms; ++i) m.forms.emplace_back(in.Str8("forms"));
  if (m.version >= 2) {
    const uint32_t nclasses = in.Count(1, "word lexicon classes");
    if (in.ok() && nclasses > kMaxLexiconClasses) {
      in.Fail("corrupt file (" + std::to_string(nclasses) + " word lexicon classes)");
    }
    for (uint32_t i = 0; in.ok() && i < nclasses; ++i) {
      m.lexicon_classes.emplace_back(in.Str8("word lexicon classes"));
    }
    const uint32_t nlex = in.Count(3, "word lexicon");
    m.lexicon_words.reserve(nlex);
    m.lexicon_class.reserve(nlex);
    for (uint32_t i = 0; in.ok() && i < nlex; ++i) {
      const std::string_view word = in.Str8("word lexicon");
      const uint16_t c = in.U16("word lexicon");
      if (!in.ok()) break;
      if (c >= nclasses) in.Fail("corrupt file (word lexicon class out of range)");
      if (i > 0 && !(m.lexicon_words.back() < word)) {
        in.Fail("corrupt file (word lexicon not sorted)");
      }
      m.lexicon_words.emplace_back(word);
      m.lexicon_class.push_back(c);
    }
    if (in.ok() && m.feature_set < 2 && !m.lexicon_words.empty()) {
      in.Fail("corrupt file (a word lexicon in a feature set 1 model)");
    }
  }
  const uint32_t npasses = in.U32("passes");
  if (in.ok() && (npasses < 1 || npasses > 2)) {
    in.Fail("corrupt file (" + std::to_string(npasses) + " tagging passes)");
  }
  for (uint32_t pi = 0; in.ok() && pi < npasses; ++pi) {
    WeightSet& p = m.passes.emplace_back();
    const uint8_t direction = in.U8("pass");
    if (in.ok() && direction > 1) in.Fail("corrupt file (bad pass direction)");
    p.right_to_left = direction == 1;
    p.scale = in.F32("pass");
    if (in.ok() && !(p.scale > 0 && p.scale < 1e6f)) in.Fail("corrupt file (bad weight scale)");
    for (FeatureWeights* g : {&p.type, &p.context}) {
      if (!in.ok()) break;
      ReadFeatures(&in, nlabels, bytes.size() - 4, g);
    }
  }
  if (in.ok() && npasses == 2 && m.passes[1].right_to_left) {
    in.Fail("corrupt file (a second pass must run left to right)");
  }
  if (in.ok() && in.pos() != bytes.size() - 4) in.Fail("corrupt file (bytes after the weights)");
  if (!in.ok()) return ParseError(in.error());
  return m;
}

}  // namespace dyad::nlp
