// Private: reading a whole file, gzip-transparent (dictionaries, treebanks,
// validation suites).
#ifndef DYAD_SRC_UTIL_READ_FILE_H_
#define DYAD_SRC_UTIL_READ_FILE_H_

#include <string>

#include "dyad/status.h"

namespace dyad {

// The bytes of `path` (gunzipped when gzip). NotFound when it cannot be
// opened, IoError when reading fails; messages name the path.
Result<std::string> ReadWholeFile(const std::string& path);

}  // namespace dyad

#endif  // DYAD_SRC_UTIL_READ_FILE_H_
