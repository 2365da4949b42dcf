#include "shared_data.h"

#include <zlib.h>

#include <cstdlib>
#include <filesystem>

#ifndef DYAD_SHARED_DIR
#define DYAD_SHARED_DIR "../shared"
#endif

namespace dyad::testing {

std::string SharedPath(const std::string& relative) {
  const char* env = std::getenv("DYAD_SHARED");
  std::filesystem::path base = env && *env ? env : DYAD_SHARED_DIR;
  std::filesystem::path p = base / relative;
  std::error_code ec;
  if (!std::filesystem::exists(p, ec)) return "";
  return std::filesystem::absolute(p, ec).lexically_normal().string();
}

std::string ReadFileOrEmpty(const std::string& path) {
  gzFile f = gzopen(path.c_str(), "rb");
  if (!f) return "";
  std::string out;
  char buf[1 << 16];
  int n;
  while ((n = gzread(f, buf, sizeof buf)) > 0) out.append(buf, static_cast<size_t>(n));
  gzclose(f);
  return out;
}

}  // namespace dyad::testing
