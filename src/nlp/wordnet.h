// Private: the WordNet 3.0 lexicon compiled into the library at build time
// (dyad_wordnet_gen reads Debian's wordnet-base): which parts of speech a
// lemma has, its SemCor frequency, the irregular-form exception lists, and
// WordNet's "morphy" detachment rules.
#ifndef DYAD_SRC_NLP_WORDNET_H_
#define DYAD_SRC_NLP_WORDNET_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dyad::nlp {

enum WnPos : int { kWnNoun = 0, kWnVerb = 1, kWnAdj = 2, kWnAdv = 3 };

class WordNet {
 public:
  // The lexicon, parsed on first use (thread-safe; a few milliseconds).
  static const WordNet& Get();

  struct Entry {
    int32_t freq[4] = {-1, -1, -1, -1};  // SemCor frequency per WnPos; -1: not that POS
    // How the synsets write it: 0 lower case only, 1 always capitalised (a
    // proper name), 2 both ways.
    int capitalisation = 0;
  };
  // The entry of a lower-case lemma, or null.
  const Entry* Find(std::string_view lemma) const;

  // SemCor frequency of a lower-case lemma in that part of speech, or -1 when
  // WordNet does not list it.
  int Frequency(std::string_view lemma, WnPos pos) const {
    const Entry* e = Find(lemma);
    return e == nullptr ? -1 : e->freq[pos];
  }
  bool Has(std::string_view lemma, WnPos pos) const { return Frequency(lemma, pos) >= 0; }
  int Capitalisation(std::string_view lemma) const {
    const Entry* e = Find(lemma);
    return e == nullptr ? 0 : e->capitalisation;
  }

  // Base forms listed for an irregular form ("went" -> "go"); empty when none.
  const std::vector<std::string_view>& Exceptions(std::string_view form, WnPos pos) const;

  // WordNet's morphy: the base forms of a lower-case word that the lexicon
  // lists in that part of speech, from the exception list, then the word
  // itself, then the detachment rules ("ies" -> "y"...). Appends to *out in
  // that order, without duplicates.
  void Morphy(std::string_view word, WnPos pos, std::vector<std::string>* out) const;

  size_t lemma_count() const { return count_; }

 private:
  WordNet();
  struct Slot {
    std::string_view lemma;  // empty: free
    Entry entry;
  };
  std::vector<Slot> index_;  // open addressing on std::hash
  size_t mask_ = 0;
  size_t count_ = 0;
  // The exception lists, open-addressed too (a few lookups per new word):
  // slot -> (pos, form) and its base forms.
  struct ExceptionSlot {
    std::string_view form;  // empty: free
    int pos = 0;
    std::vector<std::string_view> bases;
  };
  std::vector<ExceptionSlot> exceptions_;
  size_t exceptions_mask_ = 0;
  static size_t ExceptionHash(std::string_view form, int pos) {
    return std::hash<std::string_view>()(form) ^ (static_cast<size_t>(pos) * 0x9E3779B97F4A7C15ULL);
  }
};

// Word-class bits used as tagger features: what WordNet says a lower-case
// word form can be.
enum WordNetClass : uint16_t {
  kWcNoun = 1 << 0,        // a noun lemma itself
  kWcNounPlural = 1 << 1,  // an inflected noun (plural)
  kWcVerb = 1 << 2,        // a verb lemma itself
  kWcVerbS = 1 << 3,       // verb + s
  kWcVerbEd = 1 << 4,      // verb + ed, or an irregular verb form
  kWcVerbIng = 1 << 5,     // verb + ing
  kWcAdj = 1 << 6,
  kWcAdjDegree = 1 << 7,   // comparative or superlative adjective
  kWcAdv = 1 << 8,
  // The part of speech with the highest SemCor frequency among the lemma
  // readings (2 bits, only when some reading has a frequency > 0).
  kWcDominantShift = 9,
  kWcHasDominant = 1 << 11,
  kWcProperName = 1 << 12,  // WordNet writes it (or its base form) capitalised only
  kWcCapitalisedToo = 1 << 13,  // ... both ways
};
uint16_t WordNetClassOf(std::string_view lower_word);

}  // namespace dyad::nlp

#endif  // DYAD_SRC_NLP_WORDNET_H_
