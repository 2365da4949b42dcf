// Private: what an actor's words or deeds are, for the coder (coder.cc,
// subjects.cc): whom a statement addresses, plans, a state's protests and
// its own organs, market commentators, which codes are deeds, cooperation
// done together.
#ifndef DYAD_SRC_CODE_DEEDS_H_
#define DYAD_SRC_CODE_DEEDS_H_

#include <cstddef>
#include <string_view>
#include <vector>

#include "code/analysis.h"

namespace dyad::code {

// Whether words [from, to) hold only punctuation and "today", "now",
// "tonight" or "yesterday".
bool NothingAfter(const std::vector<std::string_view>& words, size_t from, size_t to);

// Whether a word of a plan ("plans", "proposal", "intention") stands in
// tokens [from, to). (Not "would" or "will": "announced that she would be
// launching an impeachment inquiry" launched it.)
bool PlannedBefore(const SentenceTokens& toks, size_t from, size_t to);

// Whether the actor at `at` follows verb `v` as the one addressed ("told
// the Pentagon", "said to Gondor", "told a meeting of Pakistani
// industrialists"; not "said Arnorian destroyers sank", which is what was
// said).
bool AddressedDirectly(const SentenceTokens& toks, const Words& w, const VerbHit& v, size_t at);

// Whether group `organ` holds only organs (government, military, police,
// intelligence) of the state that group `state` is, or is such an organ of
// (not its legislators or courts, who may speak of the government).
bool OwnStateOrgan(const Analysis& an, int state, int organ);

// Whether group `g` is a state or an international body speaking: a
// country by its name (not a people: "Hongkongers"), a government, an IGO.
bool StateSpeaks(const SentenceTokens& toks, const Analysis& an, int g);

// Whether tokens [from, to) take a protest to the streets ("outside the
// embassy", "in the streets", "marched").
bool StreetsAfter(const SentenceTokens& toks, size_t from, size_t to);

// Whether `code` is a deed (06-08, 14-20: cooperation, aid, yielding,
// protest, force), not words.
bool MaterialDeed(std::string_view code);

// Whether every unit of group `g` ends in a word for market commentators
// ("traders", "bankers", "analysts", "economists", "dealers", "brokers").
bool MarketCommentators(const SentenceTokens& toks, const Analysis& an, int g);

// Whether every actor of group `g` is an international body ("IGO...").
bool GroupOfInternationalBody(const Analysis& an, int g);

// Diplomatic cooperation two parties do together (050, 054 establishing
// relations, 057 signing an agreement), not praise, verbal defence, rallying
// support or an apology ("France and Germany welcomed the Russian decision"
// is not each other).
bool MutualCooperation(std::string_view code);

}  // namespace dyad::code

#endif  // DYAD_SRC_CODE_DEEDS_H_
