// dyad/clauses.h — clause analysis over chunks: for each verb group of a
// sentence, its main verb and lemma, tense, voice, negation, modality,
// subject and object phrases, and how the clause hangs on the others
// (reported speech, coordination, relative and adverbial clauses). What the
// coder reads to choose source, target, event and mood.
//
//   dyad::Chunks chunks;                 // per thread, reused
//   dyad::ClauseAnalysis clauses;        // per thread, reused
//   dyad::ChunkSentence(words, tags, &chunks);
//   dyad::AnalyzeClauses(words, tags, chunks, &clauses);
//   for (const dyad::Clause& c : clauses.clauses) {
//     clauses.lemma(c);                  // "deny"
//     c.subject.head, c.object.head;     // token indexes (when present())
//     c.negated, c.modality, c.link, c.parent ...
//   }
//   clauses.clause_of[i], clauses.role_of[i]   // per token
//
// "China denied on Monday that it was considering providing lethal aid to
// Russia" gives two clauses: 0 "deny" (subject China, a speech verb) and
// 1 "provide" (link kComplement, parent 0, subject "it", object "lethal aid",
// modality kConsidered, tense past, progressive).
//
// Rules over Penn tags, chunks and a few hundred function and cue words;
// no allocation once the ClauseAnalysis has grown to the longest sentence.
// Stateless and thread-safe; all state is in the caller's ClauseAnalysis.
#ifndef DYAD_CLAUSES_H_
#define DYAD_CLAUSES_H_

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/chunker.h"
#include "dyad/tagger.h"

namespace dyad {

enum class Tense : uint8_t {
  kNone,     // no finite verb ("to meet", "meeting")
  kPast,     // "met", "was met", "had met", "could have met"
  kPresent,  // "meets", "has met", "is meeting", "can meet"
  kFuture,   // "will meet", "is going to meet", "would meet" (future seen from the past)
};

enum class Modality : uint8_t {
  kNone,         // asserted
  kPossible,     // could, may, might, can; "is likely to"
  kConditional,  // would
  kNecessary,    // should, must, "has to", "needs to"
  kFuture,       // will, shall, "is going to"
  kIntended,     // "plans to", "wants to", "intends to", "seeks to", "hopes to", "vowed to"
  kConsidered,   // "is considering (providing)", "weighs"
  kScheduled,    // "scheduled to", "set to", "due to", "expected to"
  kThreatened,   // "threatened to"
  kAgreed,       // "agreed to", "promised to", "pledged to", "offered to"
};

// How a clause attaches to the rest of the sentence.
enum class ClauseLink : uint8_t {
  kMain,        // a main clause (parent -1), or one of several joined by ", and"
  kComplement,  // what a speech verb reports: "said [that X did Y]", "[X did Y], officials said"
  kCoordinate,  // "met X and [promised Y]": parent is the first conjunct; the subject
                // may be the parent's (subject_inherited)
  kRelative,    // "X, [who did Y]" / "the deal [that X signed]": `antecedent` is X
  kAdverbial,   // "[after X did Y]", "[because ...]", "[when ...]", "..., [killing 12]"
  kInfinitive,  // "urged Iran [to stop]": subject from the parent's object or subject
};

enum class ClauseRole : uint8_t {
  kNone, kSubject, kVerb, kObject, kAgent, kNegation, kModal, kMarker /* that, who, after */,
};

// A noun phrase of a clause: the NP chunk holding its head, and its full
// extent (with "of" phrases, possessives and conjuncts: "the president of
// Russia", "Xi and Putin").
struct ClausePhrase {
  int32_t chunk = -1;  // index into Chunks::chunks; -1: no such phrase
  uint32_t begin = 0;  // first token
  uint32_t end = 0;    // one past the last token
  uint32_t head = 0;   // head token (the head of `chunk`)
  bool present() const { return chunk >= 0; }
};

struct Clause {
  uint32_t begin = 0, end = 0;  // extent of its tokens (a relative clause inside it included)
  int32_t verb_chunk = -1;      // the VP chunk of its verb group
  uint32_t group_begin = 0, group_end = 0;  // the verb group's tokens ("has yet to meet")
  uint32_t verb = 0;            // the main (lexical) verb token: "meet" in "plans to meet"
  Tense tense = Tense::kNone;
  bool perfect = false;         // has/had + participle
  bool progressive = false;     // be + -ing
  bool passive = false;         // be/get + participle ("was attacked by rebels")
  bool negated = false;         // not, n't, never, no longer, has yet to, failed/refused/declined to
  Modality modality = Modality::kNone;
  int32_t negation_cue = -1;    // token of the negation ("refused"), -1 when none
  int32_t modal_cue = -1;       // token of the modal or cue verb ("could", "plans")
  bool speech = false;          // the verb reports speech or thought (say, deny, warn...)
  ClausePhrase subject;               // the grammatical subject (of a passive: the patient)
  bool subject_inherited = false;  // from the parent (coordination, infinitive) or antecedent
  ClausePhrase object;                // first NP after the verb (a passive's is usually absent)
  ClausePhrase agent;                 // the "by" phrase of a passive
  ClausePhrase antecedent;            // the noun a relative clause describes
  ClauseLink link = ClauseLink::kMain;
  int32_t parent = -1;          // the clause this one hangs on; -1 for a main clause
  int32_t marker = -1;          // its complementizer, relative pronoun or subordinator token
};

struct ClauseAnalysis {
  std::vector<Clause> clauses;       // in the order of their verbs
  std::vector<int16_t> clause_of;    // per token: the clause it belongs to, -1 outside any
  std::vector<ClauseRole> role_of;   // per token: its role in that clause
  std::string lemmas;                // storage for lemma()
  std::vector<uint32_t> lemma_ends;  // per clause: end of its lemma in `lemmas`
  std::string lemma_buffer;          // working space of AnalyzeClauses

  std::string_view lemma(size_t clause) const {
    const uint32_t b = clause == 0 ? 0 : lemma_ends[clause - 1];
    return std::string_view(lemmas).substr(b, lemma_ends[clause] - b);
  }
  std::string_view lemma(const Clause& c) const {
    return lemma(static_cast<size_t>(&c - clauses.data()));
  }
  void clear() {
    clauses.clear();
    clause_of.clear();
    role_of.clear();
    lemmas.clear();
    lemma_ends.clear();
  }
};

// Replaces *out with the clauses of one chunked sentence (words, tags and
// chunks of the same sentence; extra entries of longer inputs are ignored).
// At most 32767 clauses per sentence are reported.
void AnalyzeClauses(std::span<const std::string_view> words, std::span<const PosTag> tags,
                    const Chunks& chunks, ClauseAnalysis* out);

// Short lower-case names for printing: "past", "passive", "considered", "complement", "subj".
std::string_view TenseName(Tense t);
std::string_view ModalityName(Modality m);
std::string_view ClauseLinkName(ClauseLink l);
std::string_view ClauseRoleName(ClauseRole r);

}  // namespace dyad

#endif  // DYAD_CLAUSES_H_
