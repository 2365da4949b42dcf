// dyad/lemmatizer.h — dictionary forms of tagged words, following the UD
// English EWT conventions: lower-case except proper nouns ("visited" VERB ->
// "visit", "Americans" PROPN -> "American", "better" ADJ -> "good", "'s" AUX
// -> "be", "n't" -> "not", "me" -> "I").
//
//   const dyad::Lemmatizer& lemmatizer = dyad::Lemmatizer::Default();
//   std::string lemma = lemmatizer.Lemmatize("children", {dyad::Upos::kNoun, dyad::Xpos::kNNS});
//   // "child"
//   std::string buf;                          // reuse to avoid allocations
//   lemmatizer.Lemmatize("went", dyad::PosTag{dyad::Upos::kVerb, dyad::Xpos::kVBD}, &buf);
//
// Rules plus WordNet 3.0 (its exception lists for irregular forms, its lemma
// index to choose between candidate stems, its SemCor counts to break ties),
// compiled into dyad at build time from Debian's wordnet-base. The XPOS, when
// known, says which inflection to undo (NNS, VBD, JJR...); with Xpos::kNone the
// form itself decides. Immutable and safe to share between threads.
#ifndef DYAD_LEMMATIZER_H_
#define DYAD_LEMMATIZER_H_

#include <string>
#include <string_view>

#include "dyad/tagger.h"

namespace dyad {

class Lemmatizer {
 public:
  // The shared instance (the WordNet lexicon is parsed on first use).
  static const Lemmatizer& Default();

  // Replaces *out with the lemma of word tagged tag.
  void Lemmatize(std::string_view word, PosTag tag, std::string* out) const;
  std::string Lemmatize(std::string_view word, PosTag tag) const {
    std::string out;
    Lemmatize(word, tag, &out);
    return out;
  }
  std::string Lemmatize(std::string_view word, Upos upos) const {
    return Lemmatize(word, PosTag{upos, Xpos::kNone});
  }

  // Number of lemmas in the compiled WordNet lexicon (0 would mean a build
  // without it; then only the rules work).
  size_t lexicon_size() const;

 private:
  Lemmatizer() = default;
};

}  // namespace dyad

#endif  // DYAD_LEMMATIZER_H_
