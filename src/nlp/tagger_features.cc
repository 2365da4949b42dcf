#include "tagger_features.h"

#include <bit>
#include <cstring>

namespace dyad::nlp {

static_assert(std::endian::native == std::endian::little,
              "HashBytes reads words little-endian; models must hash alike everywhere");

namespace {

constexpr uint64_t kMul = 0x9E3779B97F4A7C15ULL;

// Feature templates. Never renumber: the numbers are hashed into the keys.
enum Template : uint64_t {
  kBias = 1, kForm, kLower, kSuffix1, kSuffix2, kSuffix3, kSuffix4, kSuffix5,
  kPrefix1, kPrefix2, kPrefix3, kShape, kFlagsFirst, kAmb, kWordNet, kKnown,
  kLowerM1, kLowerM2, kLowerP1, kLowerP2,
  kSuffix3M1, kSuffix3P1, kSuffix2P1, kShapeM1, kShapeP1,
  kAmbM1, kAmbP1, kAmbP2, kWordNetP1, kWordNetM1,
  kTag1, kTag2, kTag12, kLowerM1Lower, kLowerLowerP1, kWordNetSuffix3,
  kLowerP1P2, kLowerM2M1, kCaseContext, kSentenceCase, kLowerM1P1,
  // Second pass: the first pass's labels around the word.
  kGuess0, kGuessP1, kGuessP1P2, kGuess0P1, kTag1GuessP1, kGuessM1Guess0,
  kFlags, kKnownCase,
  // Feature set 2: the word lexicon's class of the word and its neighbours.
  kLex, kLexCase, kLexM1, kLexP1,
};

inline uint32_t Finish(uint64_t h) {
  const auto k = static_cast<uint32_t>(Fmix64(h));
  return k == 0 ? 1 : k;  // 0 marks an empty slot in the weight table
}
inline uint32_t K(uint64_t tmpl, uint64_t a) { return Finish((tmpl << 40) ^ a); }
inline uint32_t K(uint64_t tmpl, uint64_t a, uint64_t b) {
  return Finish(((tmpl << 40) ^ a) * kMul ^ b);
}
inline uint32_t K(uint64_t tmpl, uint64_t a, uint64_t b, uint64_t c) {
  return Finish((((tmpl << 40) ^ a) * kMul ^ b) * kMul ^ c);
}

inline uint32_t H32(std::string_view s) { return static_cast<uint32_t>(HashBytes(s)); }

bool IsContinuation(unsigned char c) { return (c & 0xC0) == 0x80; }

WordAttrs PaddingAttrs(std::string_view name) {
  WordAttrs a;
  const uint32_t h = H32(name);
  a.form = a.lower = a.shape = a.amb = h;
  for (uint32_t& s : a.suffix) s = h;
  for (uint32_t& p : a.prefix) p = h;
  a.wordnet = 0xFFFF;
  a.flags = 0;
  a.known = 2;
  return a;
}

}  // namespace

uint64_t HashBytes(std::string_view s) {
  const char* p = s.data();
  size_t n = s.size();
  uint64_t h = kMul ^ (n * 0xC2B2AE3D27D4EB4FULL);
  while (n >= 8) {
    uint64_t v;
    std::memcpy(&v, p, 8);
    h = (h ^ (v * kMul)) * 0xBF58476D1CE4E5B9ULL;
    h ^= h >> 29;
    p += 8;
    n -= 8;
  }
  uint64_t v = 0;
  std::memcpy(&v, p, n);
  return Fmix64(h ^ v ^ (static_cast<uint64_t>(n) << 59));
}

void NormalizeWord(std::string_view raw, std::string* form, std::string* lower) {
  form->clear();
  lower->clear();
  const auto* s = reinterpret_cast<const unsigned char*>(raw.data());
  const size_t n = raw.size();
  for (size_t i = 0; i < n; ++i) {
    unsigned char c = s[i];
    // U+2018..U+201F (E2 80 98..9F): single and double typographic quotes.
    if (c == 0xE2 && i + 2 < n && s[i + 1] == 0x80 && s[i + 2] >= 0x98 && s[i + 2] <= 0x9F) {
      const char q = s[i + 2] <= 0x9B ? '\'' : '"';
      form->push_back(q);
      lower->push_back(q);
      i += 2;
      continue;
    }
    if (c >= '0' && c <= '9') c = '0';
    form->push_back(static_cast<char>(c));
    if (c >= 'A' && c <= 'Z') {
      c = static_cast<unsigned char>(c + 32);
    } else if (c == 0xC3 && i + 1 < n && s[i + 1] >= 0x80 && s[i + 1] <= 0x9E && s[i + 1] != 0x97) {
      // Latin-1 capitals À..Þ (not ×): lower-case is the same lead byte, +0x20.
      lower->push_back(static_cast<char>(c));
      form->push_back(static_cast<char>(s[i + 1]));
      lower->push_back(static_cast<char>(s[i + 1] + 0x20));
      ++i;
      continue;
    }
    lower->push_back(static_cast<char>(c));
  }
}

void ComputeAttrs(std::string_view form, std::string_view lower, const DictEntry* entry,
                  WordAttrs* a) {
  a->form = H32(form);
  a->lower = H32(lower);
  // Affixes by characters, not bytes.
  size_t end = lower.size();
  for (int k = 0; k < kSuffixes; ++k) {
    if (end > 0) {
      --end;
      while (end > 0 && IsContinuation(static_cast<unsigned char>(lower[end]))) --end;
    }
    a->suffix[k] = K(kSuffix1 + static_cast<uint64_t>(k), H32(lower.substr(end)));
  }
  size_t len = 0;
  for (int k = 0; k < kPrefixes; ++k) {
    if (len < lower.size()) {
      ++len;
      while (len < lower.size() && IsContinuation(static_cast<unsigned char>(lower[len]))) ++len;
    }
    a->prefix[k] = K(kPrefix1 + static_cast<uint64_t>(k), H32(lower.substr(0, len)));
  }
  // Shape: X upper, x lower, d digit, u other non-ASCII, punctuation kept;
  // runs collapsed; at most 8 symbols, plus a length class.
  char shape[12];
  int sn = 0;
  uint8_t flags = 0;
  int letters = 0, uppers = 0, digits = 0, chars = 0;
  const auto* s = reinterpret_cast<const unsigned char*>(form.data());
  for (size_t i = 0; i < form.size(); ++i) {
    const unsigned char c = s[i];
    char sym;
    if (IsContinuation(c)) continue;
    ++chars;
    if (c >= 'A' && c <= 'Z') {
      sym = 'X';
    } else if (c >= 'a' && c <= 'z') {
      sym = 'x';
    } else if (c >= '0' && c <= '9') {
      sym = 'd';
    } else if (c < 0x80) {
      sym = static_cast<char>(c);
    } else if (c == 0xC3 && i + 1 < form.size()) {
      sym = s[i + 1] <= 0x9E && s[i + 1] != 0x97 ? 'X' : 'x';
      flags |= kNonAscii;
    } else {
      sym = 'u';
      flags |= kNonAscii;
    }
    if (sym == 'X' || sym == 'x') ++letters;
    if (sym == 'X') ++uppers;
    if (sym == 'd') ++digits;
    if (sym == '-') flags |= kHasHyphen;
    if (sym == '.') flags |= kHasPeriod;
    if (sn < 8 && (sn == 0 || shape[sn - 1] != sym)) shape[sn++] = sym;
  }
  const int length_class = chars <= 3 ? chars : chars <= 6 ? 4 : chars <= 10 ? 5 : 6;
  shape[sn++] = static_cast<char>('0' + length_class);
  a->shape = H32(std::string_view(shape, static_cast<size_t>(sn)));
  if (letters > 0) flags |= kHasLetter;
  if (!form.empty() && s[0] >= 'A' && s[0] <= 'Z') flags |= kInitUpper;
  if (uppers >= 2 && uppers == letters) flags |= kAllUpper;
  if (digits > 0) flags |= kHasDigit;
  if (digits > 0 && digits == chars) flags |= kAllDigits;
  a->flags = flags;
  a->known = entry != nullptr ? 1 : 0;
  a->sole = entry != nullptr ? entry->sole_label : kNoLabel;
  a->amb = entry != nullptr && entry->count >= kAmbMinCount
               ? static_cast<uint32_t>(Fmix64(entry->xpos_mask + 1)) | 1
               : 0;
  a->wordnet = 0;  // filled by the caller (needs the lexicon)
  a->lex = 0;      // likewise (needs the model)
}

const WordAttrs& BeginAttrs() {
  static const WordAttrs a = PaddingAttrs("<s>");
  return a;
}

const WordAttrs& EndAttrs() {
  static const WordAttrs a = PaddingAttrs("</s>");
  return a;
}

uint32_t SentenceClass(const WordAttrs* words, size_t n) {
  size_t letters = 0, capitalised = 0, all_caps = 0;
  for (size_t i = 0; i < n; ++i) {
    if (!(words[i].flags & kHasLetter)) continue;
    ++letters;
    capitalised += (words[i].flags & kInitUpper) != 0;
    all_caps += (words[i].flags & kAllUpper) != 0;
  }
  if (letters >= 3 && all_caps * 10 >= letters * 8) return 3;
  if (letters >= 3 && capitalised * 10 >= letters * 6) return 2;
  return 1;
}

int TypeKeys(const WordAttrs& a, int offset, uint32_t* keys) {
  int n = 0;
  switch (offset) {
    case 0:
      keys[n++] = K(kBias, 0);
      keys[n++] = K(kForm, a.form);
      keys[n++] = K(kLower, a.lower);
      for (int k = 0; k < kSuffixes; ++k) keys[n++] = a.suffix[k];
      for (int k = 0; k < kPrefixes; ++k) keys[n++] = a.prefix[k];
      keys[n++] = K(kShape, a.shape);
      keys[n++] = K(kAmb, a.amb);
      keys[n++] = K(kWordNet, a.wordnet);
      keys[n++] = K(kWordNetSuffix3, a.wordnet, a.suffix[2]);
      keys[n++] = K(kFlags, a.flags);
      keys[n++] = K(kKnownCase, a.known, a.flags & (kInitUpper | kAllUpper));
      if (a.lex != 0) {  // only with a lexicon: without one, set 1's keys
        keys[n++] = K(kLex, a.lex);
        keys[n++] = K(kLexCase, a.lex, a.flags & (kInitUpper | kAllUpper));
      }
      break;
    case -1:
      keys[n++] = K(kLowerM1, a.lower);
      keys[n++] = K(kSuffix3M1, a.suffix[2]);
      keys[n++] = K(kShapeM1, a.shape);
      keys[n++] = K(kAmbM1, a.amb);
      keys[n++] = K(kWordNetM1, a.wordnet);
      if (a.lex != 0) keys[n++] = K(kLexM1, a.lex);
      break;
    case 1:
      keys[n++] = K(kLowerP1, a.lower);
      keys[n++] = K(kSuffix3P1, a.suffix[2]);
      keys[n++] = K(kSuffix2P1, a.suffix[1]);
      keys[n++] = K(kShapeP1, a.shape);
      keys[n++] = K(kAmbP1, a.amb);
      keys[n++] = K(kWordNetP1, a.wordnet);
      if (a.lex != 0) keys[n++] = K(kLexP1, a.lex);
      break;
    case -2:
      keys[n++] = K(kLowerM2, a.lower);
      break;
    case 2:
      keys[n++] = K(kLowerP2, a.lower);
      keys[n++] = K(kAmbP2, a.amb);
      break;
    default:
      break;
  }
  return n;
}

int StaticKeys(const FeatureContext& c, uint32_t* keys) {
  const WordAttrs* w = c.w;
  const uint64_t first = c.first ? 1 : 0;
  const WordAttrs& m2 = w[-2];
  const WordAttrs& m1 = w[-1];
  const WordAttrs& w0 = w[0];
  const WordAttrs& p1 = w[1];
  const WordAttrs& p2 = w[2];
  constexpr uint8_t kCase = kInitUpper | kAllUpper;
  int n = 0;
  // The word's flags and case are type-local (TypeKeys); only the first word
  // and unusual sentences get more.
  if (first) {
    keys[n++] = K(kFlagsFirst, w0.flags, first);
    keys[n++] = K(kKnown, w0.known, w0.flags & kCase, first);
  }
  if (c.sentence != 1) keys[n++] = K(kSentenceCase, c.sentence, w0.flags & kCase, w0.known);
  keys[n++] = K(kCaseContext, m1.flags & kCase, w0.flags & kCase, p1.flags & kCase);
  keys[n++] = K(kLowerM1Lower, m1.lower, w0.lower);
  keys[n++] = K(kLowerLowerP1, w0.lower, p1.lower);
  keys[n++] = K(kLowerM1P1, m1.lower, p1.lower);
  keys[n++] = K(kLowerP1P2, p1.lower, p2.lower);
  keys[n++] = K(kLowerM2M1, m2.lower, m1.lower);
  if (const uint8_t* g = c.guess) {
    keys[n++] = K(kGuess0, g[0]);
    keys[n++] = K(kGuessP1, g[1]);
    keys[n++] = K(kGuessP1P2, g[1], g[2]);
    keys[n++] = K(kGuess0P1, g[0], g[1]);
    keys[n++] = K(kGuessM1Guess0, g[-1], g[0]);
  }
  return n;
}

int HistoryKeys(const FeatureContext& c, uint32_t* keys) {
  const uint32_t t1 = c.t1, t2 = c.t2;
  int n = 0;
  keys[n++] = K(kTag1, t1);
  keys[n++] = K(kTag2, t2);
  keys[n++] = K(kTag12, t1, t2);
  if (const uint8_t* g = c.guess) keys[n++] = K(kTag1GuessP1, t1, g[1]);
  return n;
}

int ContextKeys(const FeatureContext& c, uint32_t* keys) {
  const int n = StaticKeys(c, keys);
  return n + HistoryKeys(c, keys + n);
}

int ExtractFeatures(const FeatureContext& c, uint32_t* keys) {
  int n = 0;
  for (int offset = -2; offset <= 2; ++offset) n += TypeKeys(c.w[offset], offset, keys + n);
  return n + ContextKeys(c, keys + n);
}

}  // namespace dyad::nlp
