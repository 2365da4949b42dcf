// Reading one member of a zip archive into memory (libzip), for evaluation
// data shipped as zip files (CoNLL-2000 in NLTK's packaging).
#ifndef DYAD_UTIL_ZIP_READER_H_
#define DYAD_UTIL_ZIP_READER_H_

#include <string>
#include <string_view>

#include "dyad/status.h"

namespace dyad {

// The bytes of `member` ("conll2000/test.txt") inside the zip file at
// `archive`. Errors name the archive and member: missing file, not a zip,
// no such member, a corrupt or too large (> 1 GiB) member.
Result<std::string> ReadZipMember(const std::string& archive, std::string_view member);

}  // namespace dyad

#endif  // DYAD_UTIL_ZIP_READER_H_
