// dyad/data.h — where dyad's own data (dictionaries, models) is found.
#ifndef DYAD_DATA_H_
#define DYAD_DATA_H_

#include <string>

namespace dyad {

// $DYAD_DATA_DIR when set, else the data/ folder of the source tree this
// library was built from.
std::string DefaultDataDir();

// DefaultDataDir() + "/dictionaries".
std::string DefaultDictionaryDir();

}  // namespace dyad

#endif  // DYAD_DATA_H_
