// dyad/json.h — small, fast JSON writing helpers shared by every output.
#ifndef DYAD_JSON_H_
#define DYAD_JSON_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "dyad/document.h"
#include "dyad/text.h"

namespace dyad {

// Appends s as a quoted JSON string. Invalid UTF-8 becomes U+FFFD, control
// characters are escaped, so the output is always valid JSON.
void AppendJsonString(std::string_view s, std::string* out);

// Appends one JSON line per sentence of `split` (the `dyad split` record):
// {"doc_id","sentence_id","text","start","end","tokens":[{"text","start","end"}]}
// Offsets are bytes into doc.text.
void AppendSplitJsonl(const Document& doc, const SplitResult& split, std::string* out);

}  // namespace dyad

#endif  // DYAD_JSON_H_
