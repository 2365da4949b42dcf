// Lemmatizer: per-UPOS rules over the WordNet lexicon (lemmatizer.h).
#include "dyad/lemmatizer.h"

#include <algorithm>
#include <array>
#include <utility>

#include "wordnet.h"

namespace dyad {
namespace {

using nlp::WnPos;
using nlp::WordNet;

struct Pair {
  std::string_view from, to;
};

// Clitics, contractions and web spellings of closed-class words (EWT lemmas).
constexpr std::array<Pair, 22> kAuxForms = {{
    {"'s", "be"}, {"s", "be"}, {"'m", "be"}, {"m", "be"}, {"'re", "be"}, {"re", "be"},
    {"r", "be"}, {"'ve", "have"}, {"ve", "have"}, {"'ll", "will"}, {"ll", "will"},
    {"'d", "would"}, {"d", "would"}, {"ca", "can"}, {"wo", "will"}, {"sha", "shall"},
    {"ai", "be"}, {"am", "be"}, {"are", "be"}, {"is", "be"}, {"was", "be"}, {"were", "be"},
}};
constexpr std::array<Pair, 19> kPronouns = {{
    {"i", "I"}, {"me", "I"}, {"my", "my"}, {"mine", "my"}, {"us", "we"}, {"him", "he"},
    {"them", "they"}, {"yours", "your"}, {"ours", "our"}, {"hers", "her"}, {"theirs", "their"},
    {"these", "this"}, {"those", "that"}, {"u", "you"}, {"ur", "your"}, {"ya", "you"},
    {"thee", "thou"}, {"'em", "they"}, {"em", "they"},
}};
constexpr std::array<Pair, 3> kDeterminers = {{{"an", "a"}, {"these", "this"}, {"those", "that"}}};
constexpr std::array<Pair, 10> kNumberWords = {{
    {"m", "million"}, {"mn", "million"}, {"mln", "million"}, {"k", "thousand"},
    {"b", "billion"}, {"bn", "billion"}, {"bln", "billion"}, {"t", "trillion"},
    {"tn", "trillion"}, {"thousands", "thousand"},
}};
constexpr std::array<Pair, 23> kMonths = {{
    {"Jan", "January"}, {"Feb", "February"}, {"Mar", "March"}, {"Apr", "April"},
    {"Jun", "June"}, {"Jul", "July"}, {"Aug", "August"}, {"Sep", "September"},
    {"Sept", "September"}, {"Oct", "October"}, {"Nov", "November"}, {"Dec", "December"},
    {"Mon", "Monday"}, {"Tue", "Tuesday"}, {"Tues", "Tuesday"}, {"Wed", "Wednesday"},
    {"Thu", "Thursday"}, {"Thur", "Thursday"}, {"Thurs", "Thursday"}, {"Fri", "Friday"},
    {"Sat", "Saturday"}, {"Sun", "Sunday"}, {"Jr", "Jr."},
}};

template <size_t N>
const std::string_view* Find(const std::array<Pair, N>& table, std::string_view key) {
  for (const Pair& p : table) {
    if (p.from == key) return &p.to;
  }
  return nullptr;
}

// Typographic apostrophes and backquotes become ', as in the tagger.
void Fold(std::string_view word, std::string* out) {
  out->clear();
  for (size_t i = 0; i < word.size(); ++i) {
    const auto c = static_cast<unsigned char>(word[i]);
    if (c == 0xE2 && i + 2 < word.size() && static_cast<unsigned char>(word[i + 1]) == 0x80 &&
        (static_cast<unsigned char>(word[i + 2]) == 0x98 ||
         static_cast<unsigned char>(word[i + 2]) == 0x99)) {
      out->push_back('\'');
      i += 2;
    } else if (c == '`' && (i + 1 < word.size())) {
      out->push_back('\'');
    } else {
      out->push_back(static_cast<char>(c));
    }
  }
}

// ASCII and Latin-1 lower case.
void Lower(std::string_view s, std::string* out) {
  out->assign(s);
  for (size_t i = 0; i < out->size(); ++i) {
    char& c = (*out)[i];
    if (c >= 'A' && c <= 'Z') {
      c = static_cast<char>(c + 32);
    } else if (static_cast<unsigned char>(c) == 0xC3 && i + 1 < out->size()) {
      const auto d = static_cast<unsigned char>((*out)[i + 1]);
      if (d >= 0x80 && d <= 0x9E && d != 0x97) (*out)[i + 1] = static_cast<char>(d + 0x20);
      ++i;
    }
  }
}

bool IsVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

struct Rule {
  std::string_view suffix, ending;
};
constexpr std::array<Rule, 8> kNounRules = {{{"s", ""}, {"ses", "s"}, {"xes", "x"}, {"zes", "z"},
                                             {"ches", "ch"}, {"shes", "sh"}, {"men", "man"},
                                             {"ies", "y"}}};
constexpr std::array<Rule, 3> kVerbSRules = {{{"s", ""}, {"ies", "y"}, {"es", ""}}};
constexpr std::array<Rule, 2> kVerbEdRules = {{{"ed", "e"}, {"ed", ""}}};
constexpr std::array<Rule, 2> kVerbIngRules = {{{"ing", "e"}, {"ing", ""}}};
constexpr std::array<Rule, 4> kAdjRules = {{{"er", ""}, {"est", ""}, {"er", "e"}, {"est", "e"}}};

// The most frequent WordNet lemma of `word` in `pos`: an irregular form's base,
// else a rule's stem the lexicon lists (also with a doubled final consonant
// undone: "stopped" -> "stop"). False when there is none.
template <size_t N>
bool BestStem(std::string_view word, WnPos pos, const std::array<Rule, N>& rules,
              std::string* out) {
  const WordNet& wn = WordNet::Get();
  int best = -1;
  for (std::string_view base : wn.Exceptions(word, pos)) {
    const int f = wn.Frequency(base, pos);
    if (f > best || best < 0) {
      best = std::max(f, 0);
      out->assign(base);
    }
  }
  if (best >= 0) return true;
  std::string stem;
  for (const Rule& r : rules) {
    if (word.size() < r.suffix.size() + 2 || !word.ends_with(r.suffix)) continue;
    stem.assign(word.substr(0, word.size() - r.suffix.size()));
    stem += r.ending;
    int f = wn.Frequency(stem, pos);
    if (f < 0 && r.ending.empty() && stem.size() >= 3 && stem.back() == stem[stem.size() - 2] &&
        !IsVowel(stem.back())) {
      stem.pop_back();  // doubled consonant
      f = wn.Frequency(stem, pos);
    }
    if (f > best) {
      best = f;
      out->assign(stem);
    }
  }
  return best >= 0;
}

// Guesses for words WordNet does not know.
void GuessNounSingular(std::string_view w, std::string* out) {
  out->assign(w);
  const size_t n = w.size();
  if (n > 4 && w.ends_with("ies")) {
    out->resize(n - 3);
    *out += 'y';
  } else if (n > 4 && (w.ends_with("sses") || w.ends_with("xes") || w.ends_with("ches") ||
                       w.ends_with("shes") || w.ends_with("zzes"))) {
    out->resize(n - 2);
  } else if (n > 3 && w.back() == 's' && !w.ends_with("ss") && !w.ends_with("us") &&
             !w.ends_with("is")) {
    out->resize(n - 1);
  }
}

void GuessVerbBase(std::string_view w, Xpos xpos, std::string* out) {
  out->assign(w);
  const size_t n = w.size();
  auto strip = [&](size_t k) {
    out->resize(n - k);
    const std::string& s = *out;
    const size_t m = s.size();
    if (m >= 3 && s[m - 1] == s[m - 2] && !IsVowel(s[m - 1]) && s[m - 1] != 'l' &&
        s[m - 1] != 's' && s[m - 1] != 'z' && s[m - 1] != 'f') {
      out->pop_back();  // "stopp" -> "stop"
    } else if (m >= 2 && !IsVowel(s[m - 1]) && s[m - 1] != 'y' && s[m - 1] != 'w' &&
               s[m - 1] != 'x' && IsVowel(s[m - 2]) && (m < 3 || !IsVowel(s[m - 3])) && m <= 4) {
      *out += 'e';  // "hop" is ambiguous; short CVC stems usually had an e ("rate" -> "rat")
    } else if (m >= 2 && (s.ends_with("at") || s.ends_with("iz") || s.ends_with("ur") ||
                          s.ends_with("uc") || s.ends_with("iv") || s.ends_with("ag"))) {
      *out += 'e';
    }
  };
  if ((xpos == Xpos::kVBD || xpos == Xpos::kVBN || xpos == Xpos::kNone) && n > 4 &&
      w.ends_with("ied")) {
    out->resize(n - 3);
    *out += 'y';
  } else if ((xpos == Xpos::kVBD || xpos == Xpos::kVBN || xpos == Xpos::kNone) && n > 3 &&
             w.ends_with("ed")) {
    strip(2);
  } else if ((xpos == Xpos::kVBG || xpos == Xpos::kNone) && n > 4 && w.ends_with("ing")) {
    strip(3);
  } else if ((xpos == Xpos::kVBZ || xpos == Xpos::kNone) && n > 3 && w.back() == 's') {
    GuessNounSingular(w, out);
  }
}

// WordNet writes the lemma capitalised only (a proper name or adjective:
// "American", "Islamist"): EWT keeps the capital.
bool IsProperWord(std::string_view lower) { return WordNet::Get().Capitalisation(lower) == 1; }

void Capitalise(std::string* s) {
  if (!s->empty() && (*s)[0] >= 'a' && (*s)[0] <= 'z') (*s)[0] = static_cast<char>((*s)[0] - 32);
}

// A code or short abbreviation written in capitals ("TV", "HR", "Q1",
// "AS400"), which keeps its case; longer all-capital words are mostly
// shouting (EWT lower-cases "STEP", "CEO", "GDP").
bool IsCapitalCode(std::string_view form) {
  bool upper = false, digit = false;
  for (char c : form) {
    if (c >= 'a' && c <= 'z') return false;
    upper |= c >= 'A' && c <= 'Z';
    digit |= c >= '0' && c <= '9';
  }
  return upper && (form.size() <= 2 || digit);
}

// Plural nouns whose EWT lemma is the plural itself, besides those WordNet
// lists more often in the plural ("troops", "species", "means").
constexpr std::array<std::string_view, 12> kPluralLemmas = {
    "regards", "thanks", "supplies", "goods", "contents", "grounds", "finances",
    "jeans", "pants", "proceedings", "whereabouts", "manners"};

// Web spellings (EWT lemmas).
constexpr std::array<Pair, 12> kSpellings = {{
    {"gon", "go"}, {"wan", "want"}, {"mins", "minute"}, {"min", "minute"}, {"hrs", "hour"},
    {"yrs", "year"}, {"thx", "thank"}, {"thanx", "thank"}, {"pls", "please"}, {"plz", "please"},
    {"etc", "etc."}, {"ppl", "people"},
}};

void LemmatizeNoun(std::string_view folded, std::string_view lower, Xpos x, std::string* out) {
  const WordNet& wn = WordNet::Get();
  if (const std::string_view* v = Find(kSpellings, lower)) {
    out->assign(*v);
  } else if (lower == "pm" || lower == "p.m") {
    out->assign("p.m.");
  } else if (lower == "am" || lower == "a.m") {
    out->assign("a.m.");
  } else if (IsCapitalCode(folded)) {
    out->assign(folded);
  } else if (x == Xpos::kNNS ||
             (x == Xpos::kNone && lower.size() > 3 && lower.back() == 's' &&
              !wn.Has(lower, nlp::kWnNoun))) {
    const bool digits = lower.find_first_of("0123456789") != std::string_view::npos;
    if (digits) {  // "1970s", "80's" -> "80s"
      out->clear();
      for (char c : lower) {
        if (c != '\'') out->push_back(c);
      }
      return;
    }
    if (std::find(kPluralLemmas.begin(), kPluralLemmas.end(), lower) != kPluralLemmas.end()) {
      out->assign(lower);
      return;
    }
    if (!BestStem(lower, nlp::kWnNoun, kNounRules, out)) GuessNounSingular(lower, out);
    // WordNet knows the plural better than the singular: a plurale tantum.
    if (*out != lower && wn.Frequency(lower, nlp::kWnNoun) > 0 &&
        wn.Frequency(lower, nlp::kWnNoun) >= wn.Frequency(*out, nlp::kWnNoun)) {
      out->assign(lower);
    }
  } else {
    out->assign(lower);
  }
  if (IsProperWord(*out)) Capitalise(out);
}

void LemmatizeVerb(std::string_view lower, Xpos xpos, std::string* out) {
  if (const std::string_view* v = Find(kSpellings, lower)) {
    out->assign(*v);
    return;
  }
  if (const std::string_view* v = Find(kAuxForms, lower)) {
    if ((lower == "'d" || lower == "d") && (xpos == Xpos::kVBD || xpos == Xpos::kVBN)) {
      out->assign("have");
    } else {
      out->assign(*v);
    }
    return;
  }
  switch (xpos) {
    case Xpos::kVB:
    case Xpos::kVBP:
    case Xpos::kMD:
      out->assign(lower);
      return;
    case Xpos::kVBZ:
      if (BestStem(lower, nlp::kWnVerb, kVerbSRules, out)) return;
      break;
    case Xpos::kVBD:
    case Xpos::kVBN:
      if (BestStem(lower, nlp::kWnVerb, kVerbEdRules, out)) return;
      break;
    case Xpos::kVBG:
      if (BestStem(lower, nlp::kWnVerb, kVerbIngRules, out)) return;
      break;
    default:
      if (WordNet::Get().Has(lower, nlp::kWnVerb)) {
        out->assign(lower);
        return;
      }
      if (BestStem(lower, nlp::kWnVerb, kVerbEdRules, out) ||
          BestStem(lower, nlp::kWnVerb, kVerbIngRules, out) ||
          BestStem(lower, nlp::kWnVerb, kVerbSRules, out)) {
        return;
      }
      break;
  }
  GuessVerbBase(lower, xpos, out);
}

}  // namespace

const Lemmatizer& Lemmatizer::Default() {
  static const Lemmatizer lemmatizer;
  return lemmatizer;
}

size_t Lemmatizer::lexicon_size() const { return WordNet::Get().lemma_count(); }

void Lemmatizer::Lemmatize(std::string_view word, PosTag tag, std::string* out) const {
  thread_local std::string folded, lower;
  Fold(word, &folded);
  Lower(folded, &lower);
  const Xpos x = tag.xpos;
  switch (tag.upos) {
    case Upos::kPropn: {
      std::string_view form = folded;
      if (form.size() > 1 && form.back() == '.') form.remove_suffix(1);
      if (const std::string_view* m = Find(kMonths, form)) {
        out->assign(*m);
      } else if (x == Xpos::kNNPS && folded.size() > 3 && folded.back() == 's') {
        GuessNounSingular(folded, out);
      } else {
        out->assign(folded);
      }
      return;
    }
    case Upos::kNoun:
      LemmatizeNoun(folded, lower, x, out);
      return;
    case Upos::kVerb:
    case Upos::kAux:
      LemmatizeVerb(lower, x, out);
      return;
    case Upos::kAdj:
      if (x == Xpos::kNNP || x == Xpos::kNNPS) {
        out->assign(folded);
      } else if (IsProperWord(lower)) {  // "American", "Arab"
        out->assign(lower);
        Capitalise(out);
      } else if ((x == Xpos::kJJR || x == Xpos::kJJS ||
                  (x == Xpos::kNone && (lower.ends_with("er") || lower.ends_with("est")) &&
                   !WordNet::Get().Has(lower, nlp::kWnAdj))) &&
                 BestStem(lower, nlp::kWnAdj, kAdjRules, out)) {
        // *out set
      } else {
        out->assign(lower);
      }
      return;
    case Upos::kAdv:
      if ((x == Xpos::kRBR || x == Xpos::kRBS) &&
          (BestStem(lower, nlp::kWnAdv, std::array<Rule, 0>{}, out) ||
           BestStem(lower, nlp::kWnAdj, kAdjRules, out))) {
        return;
      }
      out->assign(lower);
      return;
    case Upos::kPron:
      if (const std::string_view* p = Find(kPronouns, lower)) {
        out->assign(*p);
      } else {
        out->assign(lower);
      }
      return;
    case Upos::kDet:
      if (const std::string_view* d = Find(kDeterminers, lower)) {
        out->assign(*d);
      } else {
        out->assign(lower);
      }
      return;
    case Upos::kNum: {
      if (const std::string_view* n = Find(kNumberWords, lower)) {
        out->assign(*n);
        return;
      }
      bool digits = false, letters = false;
      for (char c : folded) {
        digits |= c >= '0' && c <= '9';
        letters |= (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
      }
      out->clear();
      if (digits && !letters) {
        for (char c : folded) {
          if (c != ',') out->push_back(c);
        }
        if (out->empty()) out->assign(folded);
      } else if (letters && !digits && (folded.size() < 2 || folded[1] < 'A' || folded[1] > 'Z')) {
        out->assign(lower);  // "Two" -> "two"; roman numerals "XIII" stay
      } else {
        out->assign(folded);
      }
      return;
    }
    case Upos::kPart:
      if (lower == "n't" || lower == "nt" || lower == "n'" || lower == "not") {
        out->assign("not");
      } else if (x == Xpos::kPOS || lower == "'s" || lower == "'") {
        out->assign("'s");
      } else if (lower == "na" || lower == "ta") {
        out->assign("to");
      } else {
        out->assign(lower);
      }
      return;
    case Upos::kPunct:
    case Upos::kSym:
      out->assign(word);
      return;
    default:  // ADP, CCONJ, SCONJ, INTJ, X
      out->assign(lower);
      return;
  }
}

}  // namespace dyad
