// dyad/version.h
#ifndef DYAD_VERSION_H_
#define DYAD_VERSION_H_

#include <string_view>

namespace dyad {

// "0.1.0"
std::string_view Version();

}  // namespace dyad

#endif  // DYAD_VERSION_H_
