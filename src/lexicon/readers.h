// Private: the per-format dictionary readers behind LoadDictionaryText.
#ifndef DYAD_SRC_LEXICON_READERS_H_
#define DYAD_SRC_LEXICON_READERS_H_

#include <string_view>

#include "dyad/lexicon.h"

namespace dyad::lexicon {

// Each appends what it reads to *lex; `file` is the index of the file in
// lex->files. Bad lines become issues; the returned Status is an error only
// in strict mode (the first bad line).
Status ReadActors(std::string_view name, std::string_view text, uint32_t file,
                  const LexiconOptions& options, Lexicon* lex);
Status ReadAgents(std::string_view name, std::string_view text, uint32_t file,
                  const LexiconOptions& options, Lexicon* lex);
Status ReadDiscards(std::string_view name, std::string_view text, uint32_t file,
                    const LexiconOptions& options, Lexicon* lex);
Status ReadVerbs(std::string_view name, std::string_view text, uint32_t file,
                 const LexiconOptions& options, Lexicon* lex);

}  // namespace dyad::lexicon

#endif  // DYAD_SRC_LEXICON_READERS_H_
