#include "dyad/data.h"

#include <cstdlib>

#ifndef DYAD_DATA_DIR
#define DYAD_DATA_DIR "data"
#endif

namespace dyad {

std::string DefaultDataDir() {
  const char* dir = std::getenv("DYAD_DATA_DIR");
  return dir != nullptr && *dir != '\0' ? dir : DYAD_DATA_DIR;
}

std::string DefaultDictionaryDir() { return DefaultDataDir() + "/dictionaries"; }

}  // namespace dyad
