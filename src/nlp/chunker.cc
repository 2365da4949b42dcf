// Rule-based chunker (chunker.h): one left-to-right pass over the Penn tags,
// each phrase type scanned by a small state machine with a few words of
// lookahead. The rules follow the CoNLL-2000 conventions (base phrases from
// the Penn Treebank: a possessive "'s" opens the possessed NP, adverbs
// between verbs belong to the VP, "to" + verb joins the VP before it).
#include "dyad/chunker.h"

#include <array>
#include <cstring>

#include "nlp/word_class.h"

namespace dyad {
namespace {

constexpr std::array<std::string_view, kChunkTypeCount> kChunkNames = {
    "O", "NP", "VP", "PP", "ADJP", "ADVP", "SBAR", "PRT", "CONJP", "INTJ", "LST", "UCP",
};

using wc::Is;
using wc::kAdj;
using wc::kAdv;
using wc::kNoun;
using wc::kVerb;

// One sentence being chunked: words, tags and the output.
class Scanner {
 public:
  Scanner(std::span<const std::string_view> words, std::span<const PosTag> tags, Chunks* out)
      : w_(words), t_(tags), n_(std::min(words.size(), tags.size())), out_(out) {}

  void Run();

 private:
  Xpos X(size_t i) const { return i < n_ ? t_[i].xpos : Xpos::kNone; }
  uint32_t C(size_t i) const { return i < n_ ? wc::ClassOf(t_[i].xpos) : 0; }
  bool Word(size_t i, std::string_view lower) const { return i < n_ && Is(w_[i], lower); }
  bool IsProper(size_t i) const { return X(i) == Xpos::kNNP || X(i) == Xpos::kNNPS; }
  // Currency symbols, whatever the tagger called them ("#" is often NN).
  bool IsCurrency(size_t i) const {
    if (i >= n_ || w_[i].empty() || w_[i].size() > 3) return false;
    const std::string_view w = w_[i];
    // Checked once per token: the last byte rules out almost every word.
    const char last = w.back();
    if (last == '$') return w.size() == 1 || Word(i, "us$") || Word(i, "c$") || Word(i, "a$");
    return w == "#" || w == "£" || w == "€";
  }
  bool IsCapitalized(size_t i) const { return i < n_ && !w_[i].empty() && w_[i][0] >= 'A' && w_[i][0] <= 'Z'; }
  bool IsYear(size_t i) const {
    return i < n_ && w_[i].size() == 4 && (w_[i].starts_with("19") || w_[i].starts_with("20"));
  }

  void Emit(size_t begin, size_t end, size_t head, ChunkType type) {
    const auto index = static_cast<int32_t>(out_->chunks.size());
    out_->chunks.push_back(Chunk{static_cast<uint32_t>(begin), static_cast<uint32_t>(end),
                                 static_cast<uint32_t>(head), type});
    for (size_t k = begin; k < end; ++k) out_->chunk_of[k] = index;
  }

  size_t ScanNP(size_t i, size_t* head) const;
  bool CoordinationJoins(size_t start, size_t cc) const;
  size_t ScanVP(size_t i, size_t* head) const;
  bool StartsVP(size_t i) const;
  bool VerbDespiteTag(size_t i) const;
  bool ClauseFollows(size_t i) const;
  bool ClauseLacksObject(size_t i) const;
  bool QuantifierBeforeNumber(size_t i) const;

  std::span<const std::string_view> w_;
  std::span<const PosTag> t_;
  const size_t n_;
  Chunks* out_;
};

// "about 20", "nearly $ 5 billion", "only 3 %": an adverb or preposition that
// CoNLL-2000 puts inside the NP of the number it modifies.
bool Scanner::QuantifierBeforeNumber(size_t i) const {
  const Xpos next = X(i + 1);
  if (next != Xpos::kCD && next != Xpos::kDollar && next != Xpos::kHash && !IsCurrency(i + 1) &&
      next != Xpos::kPDT)  // "[about half the price]"
    return false;
  return Word(i, "about") || Word(i, "around") || Word(i, "nearly") || Word(i, "almost") ||
         Word(i, "only") || Word(i, "just") || Word(i, "approximately") ||
         Word(i, "roughly") || Word(i, "some") || Word(i, "even") || Word(i, "fully");
}

// Is the conjunction at cc (after a noun, in the NP starting at start) inside
// a flat NP ("stocks and bonds", "Procter & Gamble"), or between two NPs
// ("the U.S. and Japan", "coal , grain and iron ore")?
bool Scanner::CoordinationJoins(size_t start, size_t cc) const {
  if (!(C(cc - 1) & kNoun)) return false;
  // "Brown Brothers Harriman & Co.": an ampersand joins names.
  if (Word(cc, "&") && (C(cc + 1) & kNoun)) return true;
  size_t right = cc + 1;  // the right conjunct's first noun, past adjectives
  if (!(C(right) & kNoun)) return false;
  if (right == cc + 1 && IsProper(cc - 1) != IsProper(right)) return false;
  if (wc::IsTimeNoun(w_[right])) return false;
  // A list "X , Y and Z" is a series of NPs.
  if (start >= 2 && X(start - 1) == Xpos::kComma && (C(start - 2) & kNoun)) return false;
  if (X(cc + 2) == Xpos::kComma && (C(cc + 3) & kNoun)) return false;
  // "attacked [Kharkiv] and [Ukraine] responded": the second noun is the
  // subject of a new clause when the first is an object.
  size_t after = right + 1;
  while (after < n_ && (C(after) & kNoun)) ++after;
  if ((C(after) & (wc::kFinite | wc::kModal)) && start > 0 && (C(start - 1) & kVerb)) return false;
  if (IsProper(cc - 1)) {
    // Two names of two words or more: "Hong Kong and Westwood Group".
    const bool long_left = cc >= start + 2 && (C(cc - 2) & kNoun);
    const bool long_right = C(cc + 2) & kNoun;
    if (long_left && long_right) return false;
  }
  return true;
}

// Returns the end of an NP starting at i (i when none starts there).
size_t Scanner::ScanNP(size_t i, size_t* head) const {
  const Xpos x = X(i);
  const uint32_t c = C(i);
  *head = i;
  // Pronouns, existential "there" and wh-pronouns are NPs of one word.
  if (x == Xpos::kPRP || x == Xpos::kEX || x == Xpos::kWP) return i + 1;
  if (VerbDespiteTag(i)) return i;
  // "companies [that] make": a relative "that" (whatever its tag) before its verb.
  if (Word(i, "that") && i > 0 && (C(i - 1) & kNoun) && StartsVP(i + 1) && X(i + 1) != Xpos::kTO)
    return i + 1;
  // So is "that" before a clause whose verb lacks its object ("materials
  // [that] it describes"), unless the noun takes a complement ("the fact that").
  if (Word(i, "that") && (x == Xpos::kIN || x == Xpos::kWDT) && i > 0 && (C(i - 1) & kNoun) &&
      !wc::TakesThatClause(w_[i - 1]) && ClauseLacksObject(i)) {
    return i + 1;
  }
  bool noun = (c & (kNoun | wc::kNumber)) != 0;  // a head noun or number seen
  bool nominal_start = false;
  bool open_quote = false;  // an opening quote inside the NP, not yet closed
  size_t j = i;
  if (x == Xpos::kOpenQuote) {
    // "[`` synthetic '' index funds]": a quoted modifier opens the NP.
    size_t k = i + 1;
    while (k < n_ && k < i + 5 && (C(k) & (kAdj | kNoun | kAdv))) ++k;
    if (k == i + 1 || X(k) != Xpos::kCloseQuote || !(C(k + 1) & (kNoun | kAdj)) ||
        !(C(k - 1) & (kAdj | kNoun)))
      return i;
    nominal_start = true;
    open_quote = true;
  } else if (c & (wc::kDet | wc::kPossessive | wc::kCurrency)) {
    nominal_start = true;
  } else if (c & (kNoun | wc::kNumber)) {
    nominal_start = true;
  } else if (x == Xpos::kWDT) {
    // "which" alone, or "which company"; a relative "that" is always alone.
    if (Word(i, "that") && i > 0 && (C(i - 1) & kNoun) && ClauseFollows(i) &&
        (wc::TakesThatClause(w_[i - 1]) || !ClauseLacksObject(i))) {
      return i;
    }
    if (!(C(i + 1) & (kNoun | kAdj)) || Word(i, "that") || IsProper(i + 1)) return i + 1;
    nominal_start = true;
  } else if ((Word(i, "such") || Word(i, "quite") || Word(i, "rather")) &&
             (Word(i + 1, "a") || Word(i + 1, "an"))) {
    // "[such a dramatic upturn]", "[quite a shock]".
    nominal_start = true;
  } else if (Word(i, "at") && (Word(i + 1, "least") || Word(i + 1, "most")) &&
             (C(i + 2) & (wc::kNumber | wc::kCurrency))) {
    // "[at least two competitors]".
    j = i + 1;
    nominal_start = true;
  } else if (Word(i, "as") && (Word(i + 1, "much") || Word(i + 1, "many") || Word(i + 1, "little") ||
                                Word(i + 1, "few")) &&
             (C(i + 2) & (kNoun | kAdj)) && !Word(i + 2, "as")) {
    nominal_start = true;  // "provide [as much information] as possible"
  } else if (Word(i, "most") && (X(i + 1) == Xpos::kNNS || X(i + 1) == Xpos::kNN)) {
    nominal_start = true;  // "[most employees]"
  } else if ((Word(i, "too") || Word(i, "so") || Word(i, "as")) && (C(i + 1) & kAdj) &&
             (Word(i + 2, "a") || Word(i + 2, "an")) && (C(i + 3) & (kNoun | kAdj))) {
    nominal_start = true;  // "[too great a drain]"
    j = i + 2;
  } else if ((c & kAdv) && wc::IsFocusAdverb(w_[i]) && (C(i + 1) & wc::kDet) &&
             !Word(i + 1, "that") && (i == 0 || !Word(i, "not"))) {
    // "[only a fraction]", "[almost every Tuesday]".
    nominal_start = true;
  } else if ((c & (kAdv | wc::kPrep)) && QuantifierBeforeNumber(i)) {
    nominal_start = true;
  } else if ((x == Xpos::kJJR || x == Xpos::kRBR) && Word(i + 1, "than") &&
             (C(i + 2) & (wc::kNumber | wc::kCurrency))) {
    // "more than 20 %".
    j = i + 2;
    nominal_start = true;
  } else if ((c & kAdj || x == Xpos::kRBS || Word(i, "much")) && Word(i + 1, "of")) {
    // "[many] of", "[most] of", "[much] of" the NP after.
    return i + 1;
  } else if (Word(i, "as") && wc::IsDegreeWord(w_[i + 1 < n_ ? i + 1 : i]) && Word(i + 2, "as") &&
             (C(i + 3) & (wc::kNumber | wc::kCurrency))) {
    // "[as much as 10 watts]".
    j = i + 3;
    nominal_start = true;
  } else if ((Word(i, "earlier") || Word(i, "later") || Word(i, "early") || Word(i, "late")) &&
             (Word(i + 1, "this") || Word(i + 1, "that") || Word(i + 1, "next")) &&
             (C(i + 2) & kNoun)) {
    // "[earlier this month]".
    nominal_start = true;
    j = i + 1;
  } else if ((c & kAdj) && wc::IsMonth(w_[i + 1 < n_ ? i + 1 : i]) && i + 1 < n_ &&
             !wc::IsTimeAdjective(w_[i])) {
    return i;  // ", payable [Nov. 14]"
  } else if (c & kAdj) {
    // An adjective opens an NP only when a noun follows (checked below).
  } else if (c & kAdv) {
    // So does an adverb before an adjective ("very few countries").
    if (!(C(i + 1) & (kAdj | wc::kParticiple)) ||
        !(wc::IsDegreeAdverb(w_[i]) || wc::IsFocusAdverb(w_[i]))) {
      return i;
    }
  } else if (x == Xpos::kVBG) {
    // "[rising costs]", "the [ruling party]": participles that usually modify nouns.
    if (!(X(i + 1) == Xpos::kNN || X(i + 1) == Xpos::kNNS) || !wc::IsModifierParticiple(w_[i]))
      return i;
  } else if (x == Xpos::kVBN) {
    // "improved earnings" after a content verb or preposition; after an
    // auxiliary it is the verb ("has increased sales").
    if (!(X(i + 1) == Xpos::kNN || X(i + 1) == Xpos::kNNS || (C(i + 1) & kAdj))) return i;
    if (i > 0 && ((C(i - 1) & kNoun) || X(i - 1) == Xpos::kCC || (C(i - 1) & wc::kModal) || wc::IsAuxiliary(w_[i - 1]) ||
                  X(i - 1) == Xpos::kTO || (C(i - 1) & kAdv)))
      return i;
  } else {
    return i;
  }
  if (x == Xpos::kDT) {
    const uint32_t next = C(i + 1);
    // "both to halt", "either ... or": a conjunction, not an NP.
    if ((Word(i, "both") || Word(i, "either") || Word(i, "neither")) &&
        !(next & (kNoun | kAdj | wc::kNumber | wc::kDet))) {
      return i;
    }
    // "that quickly": a degree adverb.
    if ((next & kAdv) && !(C(i + 2) & (kNoun | kAdj | wc::kNumber | wc::kParticiple))) return i;
    // A lone demonstrative or quantifier is an NP ("This has increased...").
    if (X(i + 1) != Xpos::kOpenQuote &&
        !(next & (kNoun | kAdj | wc::kNumber | wc::kCurrency | kAdv | wc::kParticiple |
                  wc::kDet))) {
      return i + 1;
    }
  }
  for (++j; j < n_; ++j) {
    const Xpos y = X(j);
    const uint32_t cy = C(j);
    const Xpos prev = X(j - 1);
    const uint32_t cprev = C(j - 1);
    if (cy & kNoun) {
      if (VerbDespiteTag(j)) break;
      // "$ 55 million" with the amount tagged as a noun.
      if (!noun && IsCurrency(j - 1) && !w_[j].empty() && w_[j][0] >= '0' && w_[j][0] <= '9') {
        *head = j;
        continue;
      }
      // "[the market] [Friday]": a day after a noun phrase is its own NP;
      // so is a titled name or a date after a common noun ("a management
      // style [Mr. Andersson]", "shares of record [Nov. 17]").
      if (noun && wc::IsTimeNoun(w_[j])) break;
      if (noun && wc::IsMonth(w_[j]) && (C(j + 1) & wc::kNumber)) break;  // "Poland [Nov. 9]"
      if (noun && (cprev & kNoun) && !IsProper(j - 1) && IsProper(j) &&
          (wc::IsTitle(w_[j]) || wc::IsMonth(w_[j]))) {
        break;
      }
      noun = true;
      *head = j;
      continue;
    }
    if (cy & wc::kNumber) {
      // "Nov. 1", "a record 119.88 points", "Chapter 11 protection".
      if (!noun || prev == Xpos::kNNP || prev == Xpos::kNNPS || (cprev & wc::kNumber) ||
          IsCurrency(j - 1) ||
          (prev == Xpos::kNN && (C(j + 1) & kNoun) &&
           ((j == i + 2 && X(i) == Xpos::kDT) || (j == i + 1 && IsCapitalized(i))))) {
        noun = true;
        *head = j;
        continue;
      }
      break;
    }
    if (noun) {
      // After the head only compounds, flat coordination, a few modifiers
      // of a number or name, and dates continue.
      if ((y == Xpos::kCC || y == Xpos::kHYPH) && CoordinationJoins(i, j)) {
        noun = false;  // the right conjunct's adjectives may follow
        continue;
      }
      // "the novel `` Bonfire": a quoted title after the noun.
      if (y == Xpos::kOpenQuote && (C(j + 1) & (kNoun | wc::kNumber))) {
        open_quote = true;
        continue;
      }
      // "a record $ 61.4 million".
      if (IsCurrency(j) && j == i + 2 && X(i) == Xpos::kDT && prev == Xpos::kNN &&
          (C(j + 1) & wc::kNumber)) {
        noun = false;
        continue;
      }
      // "New York-based John Kuhns".
      if (IsProper(j - 1) && (cy & kAdj) && w_[j].ends_with("-based") && (C(j + 1) & kNoun)) {
        continue;
      }
      // "six million [common] shares", "the U.S. [air-freight] subsidiary".
      if ((cy & kAdj) && ((cprev & wc::kNumber) || IsProper(j - 1) || Word(j - 1, "%") || (j == i + 2 && (C(i) & wc::kDet))) &&
          !wc::IsTimeAdjective(w_[j])) {
        size_t k = j;
        while (k < n_ && (C(k) & kAdj)) ++k;
        if ((X(k) == Xpos::kNN || X(k) == Xpos::kNNS) && !wc::IsTimeNoun(w_[k])) {
          j = k - 1;
          continue;
        }
      }
      // "bulk [shipping] rates".
      if (y == Xpos::kVBG && prev == Xpos::kNN && (X(j + 1) == Xpos::kNN || X(j + 1) == Xpos::kNNS)) {
        continue;
      }
      // "50 to 75 cases", "eight or nine years".
      // (Not "from 130 to 1,930 yen", "in 1991 to 7.10 %": ranges of change.)
      // "$ 1 million or more", "8.5 % or less", "a year or two".
      if (Word(j, "or") && (Word(j + 1, "more") || Word(j + 1, "less") || Word(j + 1, "so") ||
                            ((C(j + 1) & wc::kNumber) && !(C(j + 2) & kNoun)))) {
        ++j;
        continue;
      }
      // "1985 and 1988", "one or two" join too; "3 and 4 years" is two NPs.
      const bool to = y == Xpos::kTO || Word(j, "to");
      if ((cprev & wc::kNumber) && (to || y == Xpos::kCC) && (C(j + 1) & wc::kNumber) &&
          (to ? (C(j + 2) & kNoun) != 0 : (Word(j, "or") || !(C(j + 2) & kNoun))) &&
          !(i > 0 && Word(i - 1, "from")) && !(to && IsYear(j - 1))) {
        ++j;
        continue;
      }
      // A list of one-word names is one NP: "Stockholm , Brussels and Milan",
      // "Donaldson , Lufkin & Jenrette".
      if (y == Xpos::kComma && (cprev & kNoun) && j - 1 == i) {
        const bool proper = IsProper(j - 1);
        auto single = [&](size_t m) {  // a one-word conjunct of the same kind
          return (C(m) & kNoun) && IsProper(m) == proper && !(C(m + 1) & kNoun);
        };
        size_t k = j;
        while (X(k) == Xpos::kComma && single(k + 1)) k += 2;
        if (k > j + 2 && X(k) == Xpos::kComma && X(k + 1) == Xpos::kCC) ++k;  // ", and"
        if (k > j && X(k) == Xpos::kCC && single(k + 1)) {
          *head = k + 1;
          j = k + 1;
          continue;
        }
      }
      // Dates: "Oct. 19 , 1987".
      if (y == Xpos::kComma && (cprev & wc::kNumber) && j >= 2 && wc::IsMonth(w_[j - 2]) &&
          X(j + 1) == Xpos::kCD && w_[j + 1].size() == 4) {
        ++j;
        continue;
      }
      // "12:06 a.m."
      if ((cprev & wc::kNumber) && (Word(j, "a.m.") || Word(j, "p.m.") || Word(j, "a.m") ||
                                    Word(j, "p.m"))) {
        continue;
      }
      // "a Menlo Park , Calif. , maker", "an Austin , Texas , company": a
      // city and its state inside an NP.
      if (y == Xpos::kComma && IsProper(j - 1) && IsProper(j + 1) &&
          ((w_[j + 1].size() <= 6 && w_[j + 1].back() == '.') || (C(i) & wc::kDet)) &&
          X(j + 2) == Xpos::kComma &&
          (C(j + 3) & (kAdj | kNoun)) && !IsProper(j + 3)) {
        j += 2;
        noun = false;  // the head noun is still to come
        continue;
      }
      break;
    }
    if (cy & kAdj) continue;
    if ((cy & wc::kCurrency) || IsCurrency(j)) continue;
    // "these and other policies".
    if (y == Xpos::kCC && j == i + 1 && (Word(i, "these") || Word(i, "those")) &&
        Word(j + 1, "other")) {
      continue;
    }
    // "a `` company court ''": quoted modifiers and nouns.
    if (y == Xpos::kOpenQuote && !open_quote && (C(j + 1) & (kNoun | kAdj | wc::kNumber))) {
      open_quote = true;
      continue;
    }
    // "`` synthetic '' index funds": a closing quote inside the NP.
    if (y == Xpos::kCloseQuote && open_quote && (C(j + 1) & (kNoun | kAdj))) {
      open_quote = false;
      continue;
    }
    // "big , untapped fields": a comma between adjectives.
    if (y == Xpos::kComma && (cprev & kAdj) && (C(j + 1) & kAdj) &&
        ((C(i) & wc::kDet) || (i > 0 && X(i - 1) == Xpos::kIN))) {
      size_t k = j + 1;
      while (k < n_ && (C(k) & kAdj)) ++k;
      if (C(k) & kNoun) continue;
    }
    if (y == Xpos::kDT && (X(j - 1) == Xpos::kPDT || (j == i + 1 && (c & (kAdv | kAdj)) && (wc::IsFocusAdverb(w_[i]) || Word(i, "such") || Word(i, "quite") || Word(i, "rather"))) || Word(j - 1, "all") || Word(j - 1, "both") ||
                           Word(j - 1, "half"))) {
      continue;
    }
    if (y == Xpos::kPRPS && (X(j - 1) == Xpos::kPDT || Word(j - 1, "all"))) continue;
    if (y == Xpos::kPDT && j == i + 1 && (c & (kAdv | wc::kPrep))) continue;  // "about half the"
    if ((cy & wc::kParticiple) && (C(j + 1) & (kNoun | kAdj | wc::kNumber | wc::kParticiple)))
      continue;
    if ((cy & kAdv) && (C(j + 1) & (kAdj | wc::kParticiple | wc::kNumber))) continue;
    if ((cy & kAdv) && QuantifierBeforeNumber(j)) continue;
    if (y == Xpos::kCC && (cprev & kAdj) && (C(j + 1) & kAdj)) continue;
    if (Word(j, "than") && (prev == Xpos::kJJR || prev == Xpos::kRBR) &&
        (C(j + 1) & (wc::kNumber | wc::kCurrency))) {
      continue;
    }
    break;
  }
  // Only determiners, possessives, numbers and nouns make an NP by themselves.
  if (!noun && !nominal_start) return i;
  // Drop a dangling conjunction, adverb or hyphen at the end.
  while (j > i + 1 && (X(j - 1) == Xpos::kCC || X(j - 1) == Xpos::kHYPH ||
                       (C(j - 1) & kAdv))) {
    --j;
  }
  if (!noun) {
    // "[the poor]", "[this]": the last word is the head.
    *head = j - 1;
    for (size_t k = i; k < j; ++k) {
      if (C(k) & (wc::kNumber | kNoun)) *head = k;
    }
  }
  return j;
}

// "Egypt [plans] to host", "agreed to [exchange] prisoners": a cue verb
// before "to" + verb, or a bare noun after such "to" before a noun phrase,
// that the tagger read as a noun.
bool Scanner::VerbDespiteTag(size_t i) const {
  if (!(C(i) & kNoun) || i == 0) return false;
  if (X(i) == Xpos::kNNS && Word(i, "says") && (C(i - 1) & (kNoun | wc::kPronoun))) {
    return true;  // never a noun
  }
  if (X(i + 1) == Xpos::kTO && X(i + 2) == Xpos::kVB && (C(i - 1) & (kNoun | wc::kPronoun)) &&
      (X(i) == Xpos::kNNS || X(i) == Xpos::kNN) && wc::IsCueVerbForm(w_[i])) {
    return true;
  }
  return X(i) == Xpos::kNN && (X(i - 1) == Xpos::kTO || Word(i - 1, "to")) && i >= 2 &&
         (C(i - 2) & kVerb) && wc::IsCueVerbForm(w_[i - 2]) &&
         (C(i + 1) & (kNoun | wc::kDet | wc::kPronoun | wc::kNumber)) && !IsProper(i + 1);
}

// Does a verb group start at i: a verb, a modal, or "to" + verb?
bool Scanner::StartsVP(size_t i) const {
  const uint32_t c = C(i);
  if (c & (kVerb | wc::kModal)) return true;
  if (VerbDespiteTag(i)) return true;
  if (X(i) == Xpos::kTO || (Word(i, "to") && VerbDespiteTag(i + 1))) {
    size_t k = i + 1;
    while (k < n_ && (C(k) & kAdv)) ++k;
    return X(k) == Xpos::kVB || VerbDespiteTag(k);
  }
  return false;
}

// Returns the end of the verb group starting at i (StartsVP(i)); *head is
// its last verb.
size_t Scanner::ScanVP(size_t i, size_t* head) const {
  *head = i;
  size_t j = i;
  size_t last_verb = n_;  // index of the last verb taken
  while (j < n_) {
    const uint32_t c = C(j);
    if ((c & (kVerb | wc::kModal)) || VerbDespiteTag(j)) {
      // "reported [improved earnings]": a participle before a noun after a
      // content verb opens an NP instead.
      if (last_verb != n_ && (c & wc::kParticiple) && (C(j + 1) & (kNoun | kAdj)) &&
          !(C(last_verb) & wc::kModal) && !wc::IsAuxiliary(w_[last_verb])) {
        break;
      }
      last_verb = j;
      *head = j;
      ++j;
      continue;
    }
    if ((X(j) == Xpos::kTO || Word(j, "to")) && StartsVP(j)) {
      ++j;
      continue;
    }
    if (c & kAdv) {
      // Adverbs count only between verbs ("is widely expected", "did n't go").
      size_t k = j;
      while (k < n_ && (C(k) & kAdv)) ++k;
      // ("to raise [critically needed funds]": not before a participle that
      // modifies a noun after a content verb.)
      const bool modifier = (C(k) & wc::kParticiple) && (C(k + 1) & (kNoun | kAdj)) &&
                            last_verb != n_ && !(C(last_verb) & wc::kModal) &&
                            !wc::IsAuxiliary(w_[last_verb]);
      if (k < n_ && k > j && !modifier &&
          ((C(k) & (kVerb | wc::kModal)) || (X(k) == Xpos::kTO && StartsVP(k))) &&
          last_verb != n_) {
        j = k;
        continue;
      }
    }
    break;
  }
  return j;
}

// After "that" at i: a subject NP, a verb group, and then no noun phrase?
bool Scanner::ClauseLacksObject(size_t i) const {
  size_t head;
  const size_t e = ScanNP(i + 1, &head);
  if (e == i + 1) return false;
  size_t k = e;
  while (k < n_ && (C(k) & kAdv)) ++k;
  if (!(C(k) & (wc::kFinite | wc::kModal))) return false;
  while (k < n_ && ((C(k) & (kVerb | wc::kModal | kAdv)) || X(k) == Xpos::kTO)) ++k;
  return !(C(k) & (kNoun | wc::kDet | wc::kPronoun | wc::kNumber | kAdj | wc::kCurrency)) &&
         X(k) != Xpos::kIN;
}

// After a subordinator at i: does a clause (subject NP, then a finite verb) follow?
bool Scanner::ClauseFollows(size_t i) const {
  size_t head;
  const size_t e = ScanNP(i + 1, &head);
  if (e == i + 1) return false;
  size_t k = e;
  while (k < n_ && (C(k) & kAdv)) ++k;
  return C(k) & (wc::kFinite | wc::kModal);
}

void Scanner::Run() {
  size_t i = 0;
  while (i < n_) {
    const Xpos x = X(i);
    const uint32_t c = C(i);
    size_t head = i;
    // Words that CoNLL-2000 treats by themselves.
    if ((x == Xpos::kVBG || x == Xpos::kVBN || x == Xpos::kJJ) &&
        (Word(i, "including") || Word(i, "excluding") || Word(i, "according") ||
         Word(i, "regarding") || Word(i, "concerning") || Word(i, "following") ||
         Word(i, "given"))) {
      if (Word(i, "according") && X(i + 1) == Xpos::kTO) {
        Emit(i, i + 2, i, ChunkType::kPP);
        i += 2;
        continue;
      }
      if (!Word(i, "following") || (C(i + 1) & (wc::kDet | kNoun))) {
        if (!Word(i, "given") || (C(i + 1) & wc::kDet)) {
          Emit(i, i + 1, i, ChunkType::kPP);
          ++i;
          continue;
        }
      }
    }
    // "[in] order to": a subordinator with "order" outside any chunk.
    if (Word(i, "in") && Word(i + 1, "order") && (Word(i + 2, "to") || Word(i + 2, "that"))) {
      Emit(i, i + 1, i, ChunkType::kSBAR);
      i += 2;
      continue;
    }
    // "is [subject] to approval".
    if (Word(i, "subject") && Word(i + 1, "to") && i > 0 && wc::IsBe(w_[i - 1])) {
      Emit(i, i + 1, i, ChunkType::kADJP);
      ++i;
      continue;
    }
    if (Word(i, "as") && Word(i + 1, "well") && Word(i + 2, "as")) {
      Emit(i, i + 3, i, ChunkType::kCONJP);
      i += 3;
      continue;
    }
    // "show that spending rose": a complementizer even when tagged DT; after
    // a noun, a relative pronoun ("an effort [that] lawyers call ...").
    if (x == Xpos::kDT && Word(i, "that") && i > 0 && (C(i + 1) & kNoun) && ClauseFollows(i)) {
      if (C(i - 1) & kVerb || X(i - 1) == Xpos::kCC) {
        Emit(i, i + 1, i, ChunkType::kSBAR);
        ++i;
        continue;
      }
      if (C(i - 1) & kNoun) {
        Emit(i, i + 1, i, ChunkType::kNP);
        ++i;
        continue;
      }
    }
    // "both administration and congressional officials": the correlative
    // stands outside the coordinated NP.
    if ((Word(i, "both") || Word(i, "either") || Word(i, "neither")) && (C(i + 1) & (kNoun | kAdj)) &&
        !IsProper(i + 1)) {
      size_t k = i + 1;
      while (k < n_ && k < i + 4 && (C(k) & (kNoun | kAdj))) ++k;
      if (Word(k, "and") || Word(k, "or") || Word(k, "nor")) {
        ++i;
        continue;
      }
    }
    if (size_t e = ScanNP(i, &head); e > i) {
      Emit(i, e, head, ChunkType::kNP);
      i = e;
      continue;
    }
    if (StartsVP(i)) {
      const size_t e = ScanVP(i, &head);
      Emit(i, e, head, ChunkType::kVP);
      i = e;
      continue;
    }
    // "carved [out] a business", "picked [up]": a particle right after its
    // verb, whatever its tag (the Penn Treebank's WSJ often tags them IN).
    if ((x == Xpos::kRP || x == Xpos::kIN || x == Xpos::kRB) && i > 0 && (C(i - 1) & kVerb) &&
        wc::IsParticle(w_[i]) && !Word(i + 1, "of") && !(C(i + 1) & wc::kNumber)) {
      Emit(i, i + 1, i, ChunkType::kPRT);
      ++i;
      continue;
    }
    if (x == Xpos::kWDT && Word(i, "that")) {  // "a promise that rates will fall"
      Emit(i, i + 1, i, ChunkType::kSBAR);
      ++i;
      continue;
    }
    if (x == Xpos::kIN || x == Xpos::kTO) {
      if (x == Xpos::kIN && wc::IsSubordinator(w_[i])) {
        Emit(i, i + 1, i, ChunkType::kSBAR);
        ++i;
        continue;
      }
      if (x == Xpos::kIN && wc::IsPrepositionOrSubordinator(w_[i]) && ClauseFollows(i)) {
        Emit(i, i + 1, i, ChunkType::kSBAR);
        ++i;
        continue;
      }
      // "because of", "out of", "instead of", "ahead of", "rather than".
      if ((Word(i + 1, "of") && (Word(i, "because") || Word(i, "out") || Word(i, "instead") ||
                                 Word(i, "ahead") || Word(i, "inside") || Word(i, "outside"))) ||
          (Word(i, "such") && Word(i + 1, "as"))) {
        Emit(i, i + 2, i, ChunkType::kPP);
        i += 2;
        continue;
      }
      Emit(i, i + 1, i, ChunkType::kPP);
      ++i;
      continue;
    }
    if ((Word(i, "because") || Word(i, "instead") || Word(i, "ahead") || Word(i, "out")) &&
        Word(i + 1, "of")) {
      Emit(i, i + 2, i, ChunkType::kPP);
      i += 2;
      continue;
    }
    if (x == Xpos::kRP) {
      Emit(i, i + 1, i, ChunkType::kPRT);
      ++i;
      continue;
    }
    if (c & kAdv) {
      if (Word(i, "not") || Word(i, "n't") || Word(i, "n’t")) {
        ++i;  // outside a verb group the negation stands alone ("O")
        continue;
      }
      size_t k = i;
      while (k < n_ && (C(k) & kAdv) && !Word(k, "not") && !Word(k, "n't")) ++k;
      if (C(k) & kAdj) {  // "very high", "too early"
        size_t e = k + 1;
        Emit(i, e, k, ChunkType::kADJP);
        i = e;
        continue;
      }
      Emit(i, k, k - 1, ChunkType::kADVP);
      i = k;
      continue;
    }
    if (x == Xpos::kWRB) {
      Emit(i, i + 1, i, ChunkType::kADVP);
      ++i;
      continue;
    }
    if (c & kAdj) {
      Emit(i, i + 1, i, ChunkType::kADJP);
      ++i;
      continue;
    }
    if (x == Xpos::kUH) {
      Emit(i, i + 1, i, ChunkType::kINTJ);
      ++i;
      continue;
    }
    ++i;  // punctuation, conjunctions, symbols: outside any chunk
  }
}

}  // namespace

std::string_view ChunkTypeName(ChunkType type) {
  const auto i = static_cast<size_t>(type);
  return i < kChunkNames.size() ? kChunkNames[i] : std::string_view("O");
}

bool ParseChunkType(std::string_view name, ChunkType* out) {
  for (size_t i = 0; i < kChunkNames.size(); ++i) {
    if (kChunkNames[i] == name) {
      *out = static_cast<ChunkType>(i);
      return true;
    }
  }
  return false;
}

std::string_view Chunks::Label(size_t i, char* buf) const {
  const int32_t c = i < chunk_of.size() ? chunk_of[i] : -1;
  if (c < 0) {
    buf[0] = 'O';
    return std::string_view(buf, 1);
  }
  const Chunk& chunk = chunks[static_cast<size_t>(c)];
  buf[0] = chunk.begin == i ? 'B' : 'I';
  buf[1] = '-';
  const std::string_view name = ChunkTypeName(chunk.type);
  std::memcpy(buf + 2, name.data(), name.size());
  return std::string_view(buf, 2 + name.size());
}

void ChunkSentence(std::span<const std::string_view> words, std::span<const PosTag> tags,
                   Chunks* out) {
  out->chunks.clear();
  const size_t n = std::min(words.size(), tags.size());
  out->chunk_of.assign(n, -1);
  Scanner(words, tags, out).Run();
}

}  // namespace dyad
