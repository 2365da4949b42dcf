// dyad/conllu.h — reading Universal Dependencies CoNLL-U treebanks (training
// and evaluation data for the tokenizer, splitter and tagger).
//
//   auto sents = dyad::ParseConllu(file_bytes, "en_ewt-ud-test.conllu");
//   if (!sents.ok()) { ...sents.status().message()... }   // "file:line: ..."
#ifndef DYAD_CONLLU_H_
#define DYAD_CONLLU_H_

#include <string>
#include <string_view>
#include <vector>

#include "dyad/status.h"

namespace dyad {

struct ConlluWord {       // one syntactic word (an integer-id line)
  std::string form, lemma, upos, xpos, feats, deprel, misc;
  int head = -1;          // -1 when "_"
};

struct ConlluToken {      // one surface token: a multiword range or a single word
  std::string form;
  int first_word = 0;     // index into ConlluSentence::words
  int last_word = 0;      // inclusive
  bool space_after = true;
};

struct ConlluSentence {
  std::string id;         // "# sent_id"
  std::string text;       // "# text" (rebuilt from tokens when absent)
  std::string doc_id;     // last "# newdoc id" seen
  bool new_doc = false;   // "# newdoc" on this sentence
  bool new_par = false;   // "# newpar" on this sentence
  int line = 0;           // 1-based line of its first line
  std::vector<ConlluWord> words;
  std::vector<ConlluToken> tokens;
};

// Parses a whole CoNLL-U file. Empty nodes (ids like 8.1) are skipped. The
// first malformed line stops the parse with "name:line: what is wrong".
Result<std::vector<ConlluSentence>> ParseConllu(std::string_view data, std::string_view name);

// Reads and parses a file (gzip allowed).
Result<std::vector<ConlluSentence>> ReadConlluFile(const std::string& path);

}  // namespace dyad

#endif  // DYAD_CONLLU_H_
