// Private: the tokenizer used by TextSplitter.
#ifndef DYAD_SRC_TEXT_TOKENIZER_H_
#define DYAD_SRC_TEXT_TOKENIZER_H_

#include <string_view>
#include <vector>

#include "dyad/text.h"

namespace dyad::text {

// Appends the tokens of text[begin, end) to *out (offsets into text).
void TokenizeRange(std::string_view text, size_t begin, size_t end, std::vector<Token>* out);

}  // namespace dyad::text

#endif  // DYAD_SRC_TEXT_TOKENIZER_H_
