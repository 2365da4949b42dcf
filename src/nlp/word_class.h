// Private helpers of the chunker and clause analysis: classes of Penn tags as
// bit sets, and case-insensitive tests of the few function words the rules
// read. All inline and allocation-free: they run once or twice per token.
#ifndef DYAD_NLP_WORD_CLASS_H_
#define DYAD_NLP_WORD_CLASS_H_

#include <array>
#include <cstdint>
#include <string_view>

#include "dyad/tagger.h"

namespace dyad::wc {

enum : uint32_t {
  kNoun = 1u << 0,         // NN NNS NNP NNPS FW
  kAdj = 1u << 1,          // JJ JJR JJS
  kAdv = 1u << 2,          // RB RBR RBS
  kVerb = 1u << 3,         // VB VBD VBG VBN VBP VBZ
  kModal = 1u << 4,        // MD
  kParticiple = 1u << 5,   // VBG VBN
  kFinite = 1u << 6,       // VBD VBP VBZ
  kDet = 1u << 7,          // DT PDT PRP$ WP$
  kPossessive = 1u << 8,   // POS
  kCurrency = 1u << 9,     // $ #
  kNumber = 1u << 10,      // CD
  kPrep = 1u << 11,        // IN TO
  kPunct = 1u << 12,       // . , : `` '' -LRB- -RRB- HYPH NFP
  kPronoun = 1u << 13,     // PRP EX WP
};

inline constexpr std::array<uint32_t, kXposCount> kClassTable = [] {
  std::array<uint32_t, kXposCount> t{};
  auto set = [&t](Xpos x, uint32_t c) { t[static_cast<size_t>(x)] |= c; };
  for (Xpos x : {Xpos::kNN, Xpos::kNNS, Xpos::kNNP, Xpos::kNNPS, Xpos::kFW}) set(x, kNoun);
  for (Xpos x : {Xpos::kJJ, Xpos::kJJR, Xpos::kJJS}) set(x, kAdj);
  for (Xpos x : {Xpos::kRB, Xpos::kRBR, Xpos::kRBS}) set(x, kAdv);
  for (Xpos x : {Xpos::kVB, Xpos::kVBD, Xpos::kVBG, Xpos::kVBN, Xpos::kVBP, Xpos::kVBZ})
    set(x, kVerb);
  set(Xpos::kMD, kModal);
  set(Xpos::kVBG, kParticiple);
  set(Xpos::kVBN, kParticiple);
  for (Xpos x : {Xpos::kVBD, Xpos::kVBP, Xpos::kVBZ}) set(x, kFinite);
  for (Xpos x : {Xpos::kDT, Xpos::kPDT, Xpos::kPRPS, Xpos::kWPS}) set(x, kDet);
  set(Xpos::kPOS, kPossessive);
  set(Xpos::kDollar, kCurrency);
  set(Xpos::kHash, kCurrency);
  set(Xpos::kCD, kNumber);
  set(Xpos::kIN, kPrep);
  set(Xpos::kTO, kPrep);
  for (Xpos x : {Xpos::kPeriod, Xpos::kComma, Xpos::kColon, Xpos::kOpenQuote,
                 Xpos::kCloseQuote, Xpos::kLrb, Xpos::kRrb, Xpos::kHYPH, Xpos::kNFP})
    set(x, kPunct);
  for (Xpos x : {Xpos::kPRP, Xpos::kEX, Xpos::kWP}) set(x, kPronoun);
  return t;
}();

inline uint32_t ClassOf(Xpos x) {
  const auto i = static_cast<size_t>(x);
  return i < kClassTable.size() ? kClassTable[i] : 0;
}

// ASCII case-insensitive equality with a lower-case literal; a typographic
// apostrophe (U+2019) in the word matches "'" in the literal ("n’t", "’s").
inline bool Is(std::string_view word, std::string_view lower) {
  size_t i = 0, k = 0;
  // Fast reject on length: the word is either as long, or 2 bytes longer per apostrophe.
  if (word.size() < lower.size() || word.size() > lower.size() + 4) return false;
  while (i < word.size() && k < lower.size()) {
    const char l = lower[k];
    if (l == '\'' && word.size() - i >= 3 && static_cast<unsigned char>(word[i]) == 0xE2 &&
        static_cast<unsigned char>(word[i + 1]) == 0x80 &&
        static_cast<unsigned char>(word[i + 2]) == 0x99) {
      i += 3;
      ++k;
      continue;
    }
    char c = word[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != l) return false;
    ++i;
    ++k;
  }
  return i == word.size() && k == lower.size();
}

template <size_t N>
inline bool IsAny(std::string_view word, const std::array<std::string_view, N>& list) {
  for (std::string_view l : list) {
    if (Is(word, l)) return true;
  }
  return false;
}

// Forms of be, have, do and passive get: the auxiliaries of a verb group.
inline bool IsBe(std::string_view w) {
  static constexpr std::array<std::string_view, 10> k = {
      "be", "is", "are", "was", "were", "been", "being", "am", "'s", "'re"};
  return IsAny(w, k) || Is(w, "'m");
}
inline bool IsHave(std::string_view w) {
  static constexpr std::array<std::string_view, 6> k = {"have", "has", "had", "having", "'ve",
                                                        "'d"};
  return IsAny(w, k);
}
inline bool IsDo(std::string_view w) {
  static constexpr std::array<std::string_view, 3> k = {"do", "does", "did"};
  return IsAny(w, k);
}
inline bool IsGet(std::string_view w) {
  static constexpr std::array<std::string_view, 5> k = {"get", "gets", "got", "gotten",
                                                        "getting"};
  return IsAny(w, k);
}
inline bool IsAuxiliary(std::string_view w) { return IsBe(w) || IsHave(w) || IsDo(w) || IsGet(w); }

// Subordinators that always open a clause.
inline bool IsSubordinator(std::string_view w) {
  static constexpr std::array<std::string_view, 9> k = {
      "that", "if", "because", "although", "though", "whether", "unless", "while", "whereas"};
  return IsAny(w, k);
}
// Words that are prepositions before a noun phrase and subordinators before a clause.
inline bool IsPrepositionOrSubordinator(std::string_view w) {
  static constexpr std::array<std::string_view, 9> k = {
      "after", "before", "since", "until", "as", "than", "once", "till", "so"};
  return IsAny(w, k);
}

// Days and deictic time nouns that form an NP of their own after a noun
// phrase ("the talks [Monday]", "a setback [yesterday]").
inline bool IsTimeNoun(std::string_view w) {
  // A first-letter filter: this runs on every noun.
  if (w.size() < 5) return false;
  const char f = static_cast<char>(w[0] | 0x20);
  if (f != 'm' && f != 't' && f != 'w' && f != 'f' && f != 's' && f != 'y') return false;
  static constexpr std::array<std::string_view, 10> k = {
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
      "yesterday", "today", "tomorrow"};
  return IsAny(w, k);
}

inline bool IsMonth(std::string_view w) {
  if (w.size() < 3 || w.size() > 9) return false;
  const char f = static_cast<char>(w[0] | 0x20);
  if (f != 'j' && f != 'f' && f != 'm' && f != 'a' && f != 's' && f != 'o' && f != 'n' && f != 'd')
    return false;
  static constexpr std::array<std::string_view, 21> k = {
      "january", "february", "march", "april", "may", "june", "july", "august", "september",
      "october", "november", "december", "jan.", "feb.", "aug.", "sept.", "sep.", "oct.",
      "nov.", "dec.", "apr."};
  return IsAny(w, k);
}

// Adjectives of time that open their own NP after a name ("Mr. Webster [last week]").
inline bool IsTimeAdjective(std::string_view w) {
  static constexpr std::array<std::string_view, 6> k = {"last", "next", "early", "late",
                                                        "earlier", "later"};
  return IsAny(w, k);
}

// "as [much] as": words of degree in comparisons of amounts.
inline bool IsDegreeWord(std::string_view w) {
  static constexpr std::array<std::string_view, 7> k = {"much", "many", "long", "high",
                                                        "little", "few", "far"};
  return IsAny(w, k);
}

// Adverbs that CoNLL-2000 keeps inside the NP they precede ("only a fraction").
inline bool IsFocusAdverb(std::string_view w) {
  static constexpr std::array<std::string_view, 8> k = {"only", "almost", "nearly", "just",
                                                        "even", "roughly", "about", "not"};
  return IsAny(w, k);
}

// Titles before a name ("Mr. Andersson", "President Biden").
inline bool IsTitle(std::string_view w) {
  static constexpr std::array<std::string_view, 14> k = {
      "mr.", "mrs.", "ms.", "dr.", "sen.", "rep.", "gov.", "gen.", "president", "prime",
      "minister", "secretary", "chancellor", "king"};
  return IsAny(w, k);
}

// Adverbs of degree that open an NP before an adjective ("[very few countries]").
inline bool IsDegreeAdverb(std::string_view w) {
  static constexpr std::array<std::string_view, 9> k = {"very", "most", "more", "less", "least",
                                                        "so", "too", "quite", "rather"};
  return IsAny(w, k) || (w.size() > 4 && Is(w.substr(w.size() - 2), "ly"));
}

// Present participles that usually modify a noun ("rising costs", "the ruling party").
inline bool IsModifierParticiple(std::string_view w) {
  static constexpr std::array<std::string_view, 24> k = {
      "operating", "underlying", "rising", "competing", "growing", "leading", "existing",
      "remaining", "continuing", "increasing", "declining", "falling", "outstanding",
      "ruling", "managing", "governing", "opposing", "neighbouring", "neighboring",
      "prevailing", "emerging", "developing", "working", "booming"};
  // "nonoperating items", "nonrecurring charges".
  return IsAny(w, k) || (w.size() > 7 && Is(w.substr(0, 3), "non") && Is(w.substr(w.size() - 3), "ing"));
}

// Verb particles ("set up", "carry out", "call off").
inline bool IsParticle(std::string_view w) {
  static constexpr std::array<std::string_view, 6> k = {"up", "out", "off", "down", "away",
                                                        "back"};
  return IsAny(w, k);
}

// Forms of verbs that take "to" + verb ("plans to", "agreed to"), matched
// by stem: the tagger sometimes reads "plans" or "vows" as nouns.
inline bool IsCueVerbForm(std::string_view w) {
  static constexpr std::array<std::string_view, 16> stems = {
      "plan", "want", "agre", "promis", "pledg", "threaten", "refus", "fail", "declin", "vow",
      "intend", "seek", "sought", "hope", "aim", "offer"};
  for (std::string_view s : stems) {
    if (w.size() >= s.size() && Is(w.substr(0, s.size()), s) && w.size() <= s.size() + 3)
      return true;
  }
  return false;
}

// Nouns whose "that" opens a complement clause rather than a relative one
// ("the fact that ...", "fears that ...").
inline bool TakesThatClause(std::string_view w) {
  static constexpr std::array<std::string_view, 40> k = {
      "fact", "facts", "belief", "view", "hope", "hopes", "concern", "concerns", "evidence",
      "news", "report", "reports", "claim", "claims", "assumption", "notion", "idea",
      "possibility", "sign", "signs", "indication", "indications", "assurance", "assurances",
      "expectation", "expectations", "speculation", "fear", "fears", "worry", "worries",
      "argument", "statement", "rumors", "rumours", "chance", "risk", "likelihood", "warning",
      "conclusion"};
  return IsAny(w, k);
}

}  // namespace dyad::wc

#endif  // DYAD_NLP_WORD_CLASS_H_
