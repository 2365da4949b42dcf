// Private: corrections of the tagger's reading that the coder depends on,
// where the reading is a known weak spot of a statistical tagger and the
// right one follows from the words around it. They run on every tagged
// sentence before clause analysis, so that the coder's results do not swing
// with each retrained model:
//  - "the statement condemned Osgiliath": a regular past form ("-ed") right
//    after a noun, with no auxiliary or other verb before it in its clause
//    and a noun phrase right after it, is the past tense (VBD), not a
//    participle ("the man named Bard", "the law passed Thursday" are left
//    alone);
//  - "including meeting the Pope": an "-ing" word read as a noun right
//    after "including", "by", "after", "before", "while", "without",
//    "since" or "upon", before a name, a determiner or a pronoun, is a
//    gerund (VBG);
//  - "had 'unintentionally' shot down": an inflected verb form read as a
//    noun or a past tense right after "have", "has", "had" or "'ve" (a verb),
//    with at most adverbs and quotes between, is a participle (VBN); "had a
//    shot", "has talks" are left alone;
//  - "the accused remain in custody": "accused" after "the" and before no
//    noun, adjective or "'s" is a noun (the person charged), not a verb;
//  - "Meridian Trading Co": capitalised words ending in a firm's ending
//    ("Co", "Corp", "Ltd"...) are a proper name (NNP).
#ifndef DYAD_SRC_CODE_TAG_REPAIR_H_
#define DYAD_SRC_CODE_TAG_REPAIR_H_

#include "compiled.h"

namespace dyad::code {

// Corrects toks->tags in place (nothing without tags).
void RepairTags(SentenceTokens* toks);

}  // namespace dyad::code

#endif  // DYAD_SRC_CODE_TAG_REPAIR_H_
