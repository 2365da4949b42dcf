// Private: pronouns resolved to the actors named before them, in the same
// sentence or the two before it ("Putin arrived in Beijing on Monday. He met
// Xi." -> RUSGOV meets CHNGOV).
//
// The resolution is deliberately cautious, since a wrong actor is worse than
// no event: "he"/"she"/"him" name the nearest person (an actor with dated
// roles, or a person's title such as "minister" or "spokesman"); "it" the
// nearest singular actor that is not a person, and never when it opens
// "it is", "it was", "it seems" (no referent); "they"/"them" the nearest
// plural (a compound actor, "rebels", "the Taliban"). Among fitting actors
// of earlier sentences, the subject of the latest sentence that has one
// wins over later objects ("The IAEA sent inspectors to Iran. It said ..."
// -> the IAEA). Nothing older than two sentences is used.
//
// Events are remembered too, for the definite descriptions that point back
// at one ("the attack", "the accusation", "the request"): such a phrase
// stands for whoever did the latest event of its kind in the document, so
// "Iraq's prime minister condemned the attack" is aimed at the attacker and
// "Iran denied the accusation" at the accuser. A definite agent alone ("the
// embassy", "the ministry") takes the country of the last unit that ended in
// the same word ("the US Embassy in London"). A phrase that names its own
// doer ("the attack by X", "the Turkish operation") is left to the
// dictionaries.
#ifndef DYAD_SRC_CODE_COREF_H_
#define DYAD_SRC_CODE_COREF_H_

#include <algorithm>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "code/analysis.h"
#include "dyad/coder.h"

namespace dyad::code {

// An asserted event of an earlier sentence, for "the attack"-style phrases.
struct PastEvent {
  std::string source;  // the doer's code
  std::string target;  // "" when none
  std::string code;    // CAMEO
  bool person = false;
  int sentence = 0;
};

struct Referent {
  std::vector<std::string> codes;
  std::string head;  // upper-case last word of an agent-bearing unit ("EMBASSY"), or ""
  bool person = false, plural = false;
  bool subject = false;  // the first actor of its sentence
  int sentence = 0;
};

// What a document has named so far; one per document being coded.
class Discourse {
 public:
  void Clear() {
    recent_.clear(); events_.clear(); first_actor_.clear(); other_people_.clear();
    full_names_.clear(); surnames_.clear(); introduced_.clear();
    name_runs_.clear(); dateline_country_.clear(); sentence_ = 0;
  }
  // The country of the place in the latest dateline ("CAIRO -"): where the
  // reporter files from, the story's country only when its sentences name
  // none ("" none).
  void SetDatelineCountry(std::string_view c) { dateline_country_ = std::string(c); }
  const std::string& DatelineCountry() const { return dateline_country_; }
  // Remembers the actors and asserted events of the sentence just coded,
  // then moves on.
  // `toks`: the sentence's tokens (with tags, a subject no dictionary knows
  // blocks older persons; see coref.cc).
  void EndSentence(const Analysis& a, const std::vector<CodedEvent>& events = {},
                   const SentenceTokens* toks = nullptr);
  // The most recent referent that fits, within the window; null when none.
  const Referent* Find(bool person, bool plural) const;
  // The most recent referent (within kHeadWindow sentences) whose unit
  // ended in `head` ("the embassy" -> "the US Embassy"); null when none.
  const Referent* FindHead(std::string_view head) const;
  // The most recent referent (within kHeadWindow sentences) that is one
  // person (plural: a group) outside the state: none of its codes has a
  // government, military, police, intelligence, legislature or judiciary
  // role ("An Australian, Brenton Tarrant, ... charged with murder" is "the
  // accused" later on); null when none.
  const Referent* FindPrivatePerson(bool plural) const;
  // The index of the sentence being coded (0 for the document's first).
  int sentence() const { return sentence_; }
  // The latest event whose CAMEO root is one of `roots` (two-digit
  // prefixes), within kEventWindow sentences, and, when `target_country` is
  // not empty, whose target code is one of those countries (three-letter
  // prefixes); null when none.
  const PastEvent* FindEvent(std::initializer_list<std::string_view> roots,
                             const std::vector<std::string>& target_country = {}) const;
  // The codes of the first actor the latest sentence with one named itself
  // (no pronoun), without its agents ("Fornost President Umbardacil" ->
  // FOR): what TABARI's FORWARD gives a pronoun of the next sentence.
  const std::vector<std::string>& FirstActor() const { return first_actor_; }
  // Whether the document gave the word (a dictionary surname or title) to a
  // person no dictionary knows (Analysis::other_people), and whether it
  // named a dictionary person in full with it as last word.
  bool OtherPerson(uint32_t word) const {
    return std::find(other_people_.begin(), other_people_.end(), word) != other_people_.end();
  }
  bool FullName(uint32_t word) const {
    return std::find(full_names_.begin(), full_names_.end(), word) != full_names_.end();
  }
  // The codes of the dictionary person the document named in full with
  // `word` as last word ("Carrie Lam" -> later "Lam"), the latest such; null
  // when none.
  const std::vector<std::string>* Surname(uint32_t word) const {
    for (auto it = surnames_.rbegin(); it != surnames_.rend(); ++it)
      if (it->first == word) return &it->second;
    return nullptr;
  }
  // The codes of the person the document introduced with a title
  // (Analysis::introduced) whose name ends in the words [start, end) of
  // `toks` ("Bill de Blasio", "de Blasio", "Blasio"); the latest such;
  // null when none, or when the document named someone else with the
  // same ending ("Usman Khan ... Sadiq Khan ... Khan").
  const std::vector<std::string>* Introduced(const SentenceTokens& toks, size_t start,
                                             size_t end) const;
  // Whether `upper` is the last word of a name the document introduced.
  bool IntroducedSurname(std::string_view upper) const;

 private:
  static constexpr size_t kMaxReferents = 24;
  static constexpr int kWindow = 2;  // sentences back
  static constexpr int kHeadWindow = 5;
  static constexpr size_t kMaxEvents = 64;
  static constexpr size_t kMaxNames = 256;
  // Sentences back for an event: an article's "the attack" is its attack,
  // however far back it was told.
  static constexpr int kEventWindow = 30;
  std::vector<Referent> recent_;     // oldest first
  std::vector<PastEvent> events_;    // oldest first
  std::vector<std::string> first_actor_;
  std::vector<uint32_t> other_people_, full_names_;  // for the whole document
  std::vector<std::pair<uint32_t, std::vector<std::string>>> surnames_;  // oldest first
  std::vector<IntroducedName> introduced_;  // oldest first
  std::vector<std::vector<std::string>> name_runs_;  // Analysis::name_runs so far
  std::string dateline_country_;
  int sentence_ = 0;
};

// A company's name ends in `upper`: "Walt Disney Co", "Boliden AB",
// "<Johnson Geneva U.S.A.>" (a wire's ticker brackets).
bool EndsCompanyName(std::string_view upper);

// Token t lies inside one of units[0, n).
bool InUnit(const std::vector<ActorUnit>& units, size_t n, size_t t);

// "he", "she", "him", "it", "they", "them" (upper-case): the pronouns
// resolved here.
bool IsPronounWord(std::string_view upper);
// A fire, storm, quake, blast, crash or outbreak: a cause of death and
// damage that is no actor ("FIRE", "VIRUS").
bool IsDisasterNoun(std::string_view upper);
// The sentence opens with an article and, within four words, a disaster
// ("The SARS-like virus first appeared"): a referent for a later "it".
bool OpensWithADisaster(const SentenceTokens& toks);

// Adds an actor unit for each resolvable pronoun of the sentence. Call after
// the dictionary mentions are found (out->units) and before they are grouped.
// `discourse` may be null (a sentence coded alone).
void AddPronounUnits(const SentenceTokens& toks, const Words& w, const Discourse* discourse,
                     Analysis* out);

// Persons' names across a document (names.cc):
// "Carrie Lam ... Lam was interrupted": a capitalised word alone that is the
// last word of a dictionary person the document named in full is that
// person (not inside a longer name, nor after another first name). Call
// before AddPronounUnits.
void AddSurnameUnits(const SentenceTokens& toks, const Discourse* discourse, Analysis* out);

// "Ukrainian prosecutor Yuriy Lutsenko", "Greta Thunberg, a Swedish
// activist,": a name no dictionary knows right after a unit that is one
// person with a country's code, or before a comma and such a unit, is
// that person; fills out->introduced. Needs tags; call after the units are
// found and before they are grouped.
void FindIntroducedNames(const SentenceTokens& toks, const Words& w, Analysis* out);

}  // namespace dyad::code

#endif  // DYAD_SRC_CODE_COREF_H_
