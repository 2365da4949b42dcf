#include "util/read_file.h"

#include <zlib.h>

namespace dyad {

Result<std::string> ReadWholeFile(const std::string& path) {
  gzFile f = gzopen(path.c_str(), "rb");
  if (!f) return NotFoundError(path + ": cannot open");
  std::string data;
  char buf[1 << 16];
  int n;
  while ((n = gzread(f, buf, sizeof buf)) > 0) data.append(buf, static_cast<size_t>(n));
  std::string what;
  if (n < 0) {
    int err = 0;
    const char* msg = gzerror(f, &err);
    what = msg ? msg : "read error";
  }
  gzclose(f);
  if (n < 0) return IoError(path + ": " + what);
  return data;
}

}  // namespace dyad
