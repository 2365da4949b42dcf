#include "dyad/version.h"

namespace dyad {

std::string_view Version() { return DYAD_VERSION_STRING; }

}  // namespace dyad
