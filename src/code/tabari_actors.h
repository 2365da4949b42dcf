// Private: TABARI's own rules for a verb's source and target (its manual,
// sections 5.8 and 7.6), for coding as TABARI does (the TABARI validation
// suite). dyad's own subject and object search is in coder.cc.
#ifndef DYAD_SRC_CODE_TABARI_ACTORS_H_
#define DYAD_SRC_CODE_TABARI_ACTORS_H_

#include <cstdint>
#include <string>
#include <vector>

#include "code/analysis.h"

namespace dyad::code {

// The tokens of the conjunctions that delimit TABARI's clauses: AND, OR,
// BUT, NOR outside compound actors, and not joining two adjectives or two
// common nouns ("a real easy or pleasant place", "sheep and goats"), which
// TABARI reads as compound adjective and noun phrases.
void TabariConjunctions(const SentenceTokens& toks, const Words& w, const Analysis& an,
                        std::vector<uint32_t>* out);

class Discourse;

// TABARI's actor and agent codes (manual 5.4): each three-letter part of
// an agent (prefixed or suffixed) is added unless the actor code already
// has it on a three-letter boundary (USAGOV + GOV -> USAGOV, HGWGOVMED +
// GOVMED -> HGWGOVMED, GMWGOV + WGO -> GMWGOVWGO; NGM + NGM -> NGM).
std::string TabariAgentCode(const std::string& prefix, const std::string& actor,
                            const std::string& suffix);

// TABARI's pronouns (manual 7.7) as actor units: HE, SHE, IT, HIM name the
// first actor of the sentence; THEY, THEM the first compound actor, else
// the first actor. With none before it in the sentence, a pronoun takes the
// first actor of the sentence before (FORWARD, `discourse`; may be null),
// without its agents (FRWD records). Possessives (ITS, HIS, HER, THEIR) are
// no actors: the suite's "should apply Geneva conventions in its dealings
// with Rohan" keeps ROH the target. Call after the dictionary mentions are
// found and before they are grouped.
void AddTabariPronounUnits(const SentenceTokens& toks, const Words& w, const Discourse* discourse,
                           Analysis* out);

struct TabariRoles {
  int source = -1, target = -1;  // group indexes, -1: none
  bool reciprocal = false;       // a compound source is its own target
  int target_unit = -1;          // the target is only this unit of group `target`
};

// The source and target of verb `v` by TABARI's default search, where a
// pattern did not name them (pattern_source / pattern_target, -1: not):
//  - source: the actor right after the conjunction that opens the verb's
//    clause, else that of a clause before it, else the first actor of the
//    sentence before the verb (with a code other than the target's);
//  - target: the first actor after the verb whose code differs from the
//    source's, else the first such actor before the verb, else a compound
//    source's members act on each other;
//  - a passive verb (with no role from a pattern) swaps the two;
//  - groups a pattern's "^" skipped (bit g of `skipped`) are neither.
// A lone agent ("officials", "---GOV") counts as an actor here (TABARI's
// CONVERT AGENTS); validation drops the events it makes where TABARI's
// options say it is none.
// `prior` / `after`: TABARI's DEFAULT command's PRIOR and AFTER (see
// CoderOptions::tabari_default_prior); without PRIOR, the first actor after
// the verb is the source when none is before it.
TabariRoles TabariActorSearch(const Analysis& an, const VerbHit& v, int pattern_source,
                              int pattern_target, uint64_t skipped, bool passive,
                              const std::vector<uint32_t>& conjunctions, bool prior = false,
                              bool after = false);

}  // namespace dyad::code

#endif  // DYAD_SRC_CODE_TABARI_ACTORS_H_
