// Private: the state behind EventCoder (dyad/coder.h), shared by the
// sentence coding (coder.cc) and the document driver (event_coder.cc).
#ifndef DYAD_SRC_CODE_CODER_IMPL_H_
#define DYAD_SRC_CODE_CODER_IMPL_H_

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "code/analysis.h"
#include "code/compiled.h"
#include "code/coref.h"
#include "dyad/coder.h"
#include "dyad/tagger.h"
#include "dyad/text.h"

namespace dyad {

using code::Analysis;
using code::SentenceTokens;

class EventCoder::Scratch {
 public:
  SplitResult split;
  SplitResult sentence_split;
  SentenceTokens toks;
  Analysis analysis;
  std::vector<CodedEvent> coded;
  std::unordered_map<std::string, int> country_counts;
  TagScratch tag_scratch;
  code::Discourse discourse;
};

struct EventCoder::Impl {
  Lexicon lex;
  CoderOptions options;
  TextSplitter splitter;
  code::Compiled compiled;
  code::Words words;
  std::unique_ptr<code::Analyzer> analyzer;

  // doc_country: the country the document has named most so far ("" none);
  // discourse: the actors of the sentences before (null: none).
  void CodeTokens(const SentenceTokens& toks, std::string_view text, const SplitResult& split,
                  size_t first, int32_t date, std::string_view doc_country,
                  const code::Discourse* discourse, Analysis* an,
                  std::vector<CodedEvent>* out, bool* discard_story) const;
  void PrepareSentence(std::string_view sentence, Scratch* s) const;
};

}  // namespace dyad

#endif  // DYAD_SRC_CODE_CODER_IMPL_H_
