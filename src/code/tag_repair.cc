#include "tag_repair.h"

#include <cctype>
#include <string>
#include <string_view>

#include "coref.h"
#include "dyad/lemmatizer.h"

namespace dyad::code {
namespace {

bool IsNoun(Xpos x) {
  return x == Xpos::kNN || x == Xpos::kNNS || x == Xpos::kNNP || x == Xpos::kNNPS;
}

// A word that may start the object of a finite verb.
bool StartsObject(Xpos x) {
  return x == Xpos::kDT || x == Xpos::kPRPS || x == Xpos::kNNP || x == Xpos::kNNPS ||
         x == Xpos::kCD;
}

bool IsAuxiliary(std::string_view u) {
  return OneOf(u, {"BE", "IS", "ARE", "WAS", "WERE", "BEEN", "BEING", "AM", "'S", "'RE", "'M",
                   "HAVE", "HAS", "HAD", "HAVING", "'VE", "'D", "GET", "GETS", "GOT", "GOTTEN",
                   "GETTING"});
}

// Where a clause starts, looking back from a verb.
bool EndsAClause(Xpos x) {
  return x == Xpos::kComma || x == Xpos::kColon || x == Xpos::kCC || x == Xpos::kPeriod ||
         x == Xpos::kLrb || x == Xpos::kRrb || x == Xpos::kWDT || x == Xpos::kWP ||
         x == Xpos::kIN;
}

// "the statement condemned Osgiliath": see the header.
bool PastTenseAfterNoun(const SentenceTokens& t, size_t i) {
  const std::string_view u = t.upper[i];
  if (t.tags[i].xpos != Xpos::kVBN || i == 0 || i + 1 >= t.size()) return false;
  if (u.size() < 4 || u.substr(u.size() - 2) != "ED") return false;
  if (!IsNoun(t.tags[i - 1].xpos) || !StartsObject(t.tags[i + 1].xpos)) return false;
  // Participles naming or dating what they follow: "a group called Hamas",
  // "the letter dated Jan 6", "the law passed Thursday".
  if (OneOf(u, {"NAMED", "CALLED", "DUBBED", "NICKNAMED", "TITLED", "ENTITLED", "LABELLED",
                "LABELED", "TERMED", "DATED", "RENAMED", "STYLED"}))
    return false;
  if (OneOf(t.upper[i + 1], {"MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY",
                             "SUNDAY", "JANUARY", "FEBRUARY", "MARCH", "APRIL", "MAY", "JUNE",
                             "JULY", "AUGUST", "SEPTEMBER", "OCTOBER", "NOVEMBER", "DECEMBER",
                             "JAN", "FEB", "MAR", "APR", "JUN", "JUL", "AUG", "SEP", "SEPT",
                             "OCT", "NOV", "DEC", "LAST", "THIS", "NEXT", "EARLIER", "YESTERDAY",
                             "TODAY"}))
    return false;
  // No auxiliary and no other verb before it in its clause ("students
  // wearing masks condemned": the coder reads such a participle itself).
  for (size_t j = i; j-- > 0 && !EndsAClause(t.tags[j].xpos);) {
    const Xpos x = t.tags[j].xpos;
    if (IsAuxiliary(t.upper[j]) || x == Xpos::kMD || x == Xpos::kVB || x == Xpos::kVBD ||
        x == Xpos::kVBG || x == Xpos::kVBN || x == Xpos::kVBP || x == Xpos::kVBZ)
      return false;
  }
  return true;
}

// "including meeting the Pope": see the header.
bool GerundAfterOpener(const SentenceTokens& t, size_t i) {
  const std::string_view u = t.upper[i];
  if (t.tags[i].xpos != Xpos::kNN || i == 0 || i + 1 >= t.size()) return false;
  if (u.size() < 5 || u.substr(u.size() - 3) != "ING") return false;
  if (!OneOf(t.upper[i - 1], {"INCLUDING", "BY", "AFTER", "BEFORE", "WHILE", "WITHOUT", "SINCE",
                              "UPON"}))
    return false;
  const Xpos next = t.tags[i + 1].xpos;
  return next == Xpos::kNNP || next == Xpos::kNNPS || next == Xpos::kDT || next == Xpos::kPRP ||
         next == Xpos::kPRPS;
}

// "had 'unintentionally' shot down": see the header.
bool ParticipleAfterHave(const SentenceTokens& t, size_t i) {
  const Xpos x = t.tags[i].xpos;
  if ((x != Xpos::kNN && x != Xpos::kVBD) || i == 0) return false;
  size_t j = i - 1;
  while (j > 0 && i - j <= 3 &&
         (t.tags[j].xpos == Xpos::kRB || t.tags[j].xpos == Xpos::kOpenQuote ||
          t.tags[j].xpos == Xpos::kCloseQuote))
    --j;
  if (!OneOf(t.upper[j], {"HAVE", "HAS", "HAD", "HAVING", "'VE"})) return false;
  const Xpos h = t.tags[j].xpos;
  if (h != Xpos::kVB && h != Xpos::kVBD && h != Xpos::kVBG && h != Xpos::kVBP &&
      h != Xpos::kVBZ)
    return false;
  // An inflected form of a verb ("shot", "shelled"), not a noun that is
  // one ("had talks", "has power").
  std::string lower = t.upper[i];
  for (char& ch : lower) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  return Lemmatizer::Default().Lemmatize(lower, PosTag{Upos::kVerb, Xpos::kVBN}) != lower;
}

// "the accused remain in custody": see the header.
bool AccusedAsNoun(const SentenceTokens& t, size_t i) {
  if (i == 0 || t.upper[i] != "ACCUSED" || t.upper[i - 1] != "THE") return false;
  if (t.tags[i].xpos == Xpos::kNN) return false;
  // "the accused man", "the accused's lawyer" keep their reading.
  if (i + 1 < t.size()) {
    const Xpos n = t.tags[i + 1].xpos;
    if (IsNoun(n) || n == Xpos::kPOS || n == Xpos::kJJ) return false;
  }
  return true;
}

}  // namespace

void RepairTags(SentenceTokens* toks) {
  SentenceTokens& t = *toks;
  if (t.tags.size() != t.size()) return;
  for (size_t i = 0; i < t.size(); ++i) {
    if (PastTenseAfterNoun(t, i)) {
      t.tags[i] = {Upos::kVerb, Xpos::kVBD};
    } else if (GerundAfterOpener(t, i)) {
      t.tags[i] = {Upos::kVerb, Xpos::kVBG};
    } else if (ParticipleAfterHave(t, i)) {
      t.tags[i] = {Upos::kVerb, Xpos::kVBN};
    } else if (AccusedAsNoun(t, i)) {
      t.tags[i] = {Upos::kNoun, Xpos::kNN};
    }
  }
  // "Meridian Trading Co": capitalised words (not a determiner, preposition,
  // conjunction or pronoun) before a firm's ending.
  for (size_t e = 1; e < t.size(); ++e) {
    if (!t.capitalized[e] || !EndsCompanyName(t.upper[e]) || t.upper[e] == ">") continue;
    size_t b = e;
    while (b > 0 && t.capitalized[b - 1] && !t.all_caps[b - 1]) {
      const Xpos x = t.tags[b - 1].xpos;
      if (x == Xpos::kDT || x == Xpos::kIN || x == Xpos::kCC || x == Xpos::kPRP ||
          x == Xpos::kPRPS || x == Xpos::kWDT || x == Xpos::kWP)
        break;
      --b;
    }
    if (b == e) continue;
    for (size_t k = b; k <= e; ++k) t.tags[k] = {Upos::kPropn, Xpos::kNNP};
  }
}

}  // namespace dyad::code
