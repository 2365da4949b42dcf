// JSON writing helpers. AppendJsonString is on every output's hot path: it
// copies runs of bytes that need no care in bulk (8 bytes at a time while the
// text is plain ASCII) and only stops for quotes, backslashes, control
// characters and non-ASCII sequences, which it validates as UTF-8.
#include "dyad/json.h"

#include <algorithm>
#include <charconv>
#include <cstring>

namespace dyad {
namespace {

constexpr uint64_t kOnes = 0x0101010101010101ULL;
constexpr uint64_t kHighs = 0x8080808080808080ULL;

// True when any of the 8 bytes in x is < 0x20, '"', '\\' or >= 0x80.
inline bool NeedsCare8(uint64_t x) {
  uint64_t below_space = (x - kOnes * 0x20) & ~x & kHighs;
  uint64_t q = x ^ (kOnes * '"');
  uint64_t quote = (q - kOnes) & ~q & kHighs;
  uint64_t b = x ^ (kOnes * '\\');
  uint64_t backslash = (b - kOnes) & ~b & kHighs;
  return ((below_space | quote | backslash) | (x & kHighs)) != 0;
}

// Printable ASCII other than '"' and '\\'.
inline bool IsPlain(unsigned char c) { return c >= 0x20 && c < 0x80 && c != '"' && c != '\\'; }

inline bool IsCont(unsigned char c) { return (c & 0xC0) == 0x80; }

// Length of the well-formed UTF-8 sequence starting at p[0] (>= 0x80), or 0
// when p[0] does not start one (stray continuation, overlong, surrogate,
// above U+10FFFF, truncated).
inline size_t Utf8SequenceLength(const unsigned char* p, size_t avail) {
  unsigned char c = p[0];
  if (c >= 0xC2 && c <= 0xDF) {
    return avail >= 2 && IsCont(p[1]) ? 2 : 0;
  }
  if (c >= 0xE0 && c <= 0xEF) {
    if (avail < 3 || !IsCont(p[2])) return 0;
    unsigned char lo = 0x80, hi = 0xBF;
    if (c == 0xE0) lo = 0xA0;         // overlong
    if (c == 0xED) hi = 0x9F;         // surrogates
    return p[1] >= lo && p[1] <= hi ? 3 : 0;
  }
  if (c >= 0xF0 && c <= 0xF4) {
    if (avail < 4 || !IsCont(p[2]) || !IsCont(p[3])) return 0;
    unsigned char lo = 0x80, hi = 0xBF;
    if (c == 0xF0) lo = 0x90;         // overlong
    if (c == 0xF4) hi = 0x8F;         // above U+10FFFF
    return p[1] >= lo && p[1] <= hi ? 4 : 0;
  }
  return 0;
}

void AppendEscape(unsigned char c, std::string* out) {
  switch (c) {
    case '"': out->append("\\\"", 2); return;
    case '\\': out->append("\\\\", 2); return;
    case '\n': out->append("\\n", 2); return;
    case '\t': out->append("\\t", 2); return;
    case '\r': out->append("\\r", 2); return;
    case '\b': out->append("\\b", 2); return;
    case '\f': out->append("\\f", 2); return;
    default: {
      static constexpr char kHex[] = "0123456789abcdef";
      char buf[6] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 0xF]};
      out->append(buf, 6);
      return;
    }
  }
}

inline void AppendUint(uint64_t v, std::string* out) {
  char buf[24];
  auto res = std::to_chars(buf, buf + sizeof buf, v);
  out->append(buf, static_cast<size_t>(res.ptr - buf));
}

// text[start, end) with the bounds clamped to the text.
inline std::string_view Slice(std::string_view text, uint32_t start, uint32_t end) {
  size_t s = std::min<size_t>(start, text.size());
  size_t e = std::min<size_t>(std::max(start, end), text.size());
  return text.substr(s, e - s);
}

// Tokens up to this long that need no escaping take the fast path.
constexpr size_t kShortToken = 64;

inline bool AllPlain(std::string_view s) {
  for (char c : s) {
    if (!IsPlain(static_cast<unsigned char>(c))) return false;
  }
  return true;
}

// Appends {"text":"<s>","start":N,"end":N} with one append: s is short and
// needs no escaping. Fixed-size copies into a stack buffer compile to moves.
inline void AppendPlainToken(std::string_view s, uint32_t start, uint32_t end, std::string* out) {
  char buf[kShortToken + 64];
  char* w = buf;
  std::memcpy(w, "{\"text\":\"", 9);
  w += 9;
  std::memcpy(w, s.data(), s.size());
  w += s.size();
  std::memcpy(w, "\",\"start\":", 10);
  w += 10;
  w = std::to_chars(w, w + 10, start).ptr;
  std::memcpy(w, ",\"end\":", 7);
  w += 7;
  w = std::to_chars(w, w + 10, end).ptr;
  *w++ = '}';
  out->append(buf, static_cast<size_t>(w - buf));
}

}  // namespace

void AppendJsonString(std::string_view s, std::string* out) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const size_t n = s.size();
  out->reserve(out->size() + n + 2);
  out->push_back('"');
  size_t run = 0;  // start of the bytes not yet copied
  size_t i = 0;
  while (i < n) {
    while (i + 8 <= n) {
      uint64_t x;
      std::memcpy(&x, p + i, 8);
      if (NeedsCare8(x)) break;
      i += 8;
    }
    while (i < n && IsPlain(p[i])) ++i;
    if (i >= n) break;
    unsigned char c = p[i];
    if (c >= 0x80) {
      size_t len = Utf8SequenceLength(p + i, n - i);
      if (len != 0) {  // well-formed: stays in the run
        i += len;
        continue;
      }
      out->append(s.data() + run, i - run);
      out->append("\xEF\xBF\xBD", 3);  // U+FFFD for this one byte
    } else {
      out->append(s.data() + run, i - run);
      AppendEscape(c, out);
    }
    ++i;
    run = i;
  }
  out->append(s.data() + run, n - run);
  out->push_back('"');
}

void AppendSplitJsonl(const Document& doc, const SplitResult& split, std::string* out) {
  if (split.sentences.empty()) return;
  const std::string_view text = doc.text;
  const size_t ntokens = split.tokens.size();

  // One reservation for the whole document: each sentence's text, each token
  // twice (sentence text and token text) plus their keys and offsets.
  size_t estimate = 0;
  for (const Sentence& s : split.sentences) {
    estimate += 96 + doc.id.size() + Slice(text, s.start, s.end).size();
  }
  estimate += ntokens * 48 + text.size();
  out->reserve(out->size() + estimate);

  size_t id_pos = 0, id_len = 0;  // the escaped id, written once, then copied
  for (size_t si = 0; si < split.sentences.size(); ++si) {
    const Sentence& s = split.sentences[si];
    out->append("{\"doc_id\":", 10);
    if (si == 0) {
      id_pos = out->size();
      AppendJsonString(doc.id, out);
      id_len = out->size() - id_pos;
    } else {
      out->reserve(out->size() + id_len);  // no reallocation while copying from *out
      out->append(out->data() + id_pos, id_len);
    }
    out->append(",\"sentence_id\":", 15);
    AppendUint(si, out);
    out->append(",\"text\":", 8);
    AppendJsonString(Slice(text, s.start, s.end), out);
    out->append(",\"start\":", 9);
    AppendUint(s.start, out);
    out->append(",\"end\":", 7);
    AppendUint(s.end, out);
    out->append(",\"tokens\":[", 11);
    size_t first = std::min<size_t>(s.first_token, ntokens);
    size_t last = std::min<size_t>(first + s.token_count, ntokens);
    for (size_t t = first; t < last; ++t) {
      const Token& tok = split.tokens[t];
      std::string_view tok_text = Slice(text, tok.start, tok.end);
      if (t != first) out->push_back(',');
      if (tok_text.size() <= kShortToken && AllPlain(tok_text)) {
        AppendPlainToken(tok_text, tok.start, tok.end, out);  // the usual case
        continue;
      }
      out->append("{\"text\":", 8);
      AppendJsonString(tok_text, out);
      out->append(",\"start\":", 9);
      AppendUint(tok.start, out);
      out->append(",\"end\":", 7);
      AppendUint(tok.end, out);
      out->push_back('}');
    }
    out->append("]}\n", 3);
  }
}

}  // namespace dyad
