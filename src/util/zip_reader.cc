#include "util/zip_reader.h"

#include <zip.h>

#include <memory>

namespace dyad {

Result<std::string> ReadZipMember(const std::string& archive, std::string_view member) {
  int error = 0;
  zip_t* raw = zip_open(archive.c_str(), ZIP_RDONLY, &error);
  if (raw == nullptr) {
    zip_error_t ze;
    zip_error_init_with_code(&ze, error);
    std::string what = zip_error_strerror(&ze);
    zip_error_fini(&ze);
    return error == ZIP_ER_NOENT || error == ZIP_ER_OPEN
               ? Status(NotFoundError(archive + ": cannot open: " + what))
               : Status(ParseError(archive + ": not a readable zip archive: " + what));
  }
  const std::unique_ptr<zip_t, void (*)(zip_t*)> zip(raw, [](zip_t* z) { zip_discard(z); });
  const std::string name(member);
  const std::string where = archive + ":" + name;
  zip_stat_t st;
  zip_stat_init(&st);
  if (zip_stat(zip.get(), name.c_str(), 0, &st) != 0) {
    return NotFoundError(where + ": no such member in the archive");
  }
  constexpr zip_uint64_t kMaxSize = zip_uint64_t{1} << 30;
  if (!(st.valid & ZIP_STAT_SIZE) || st.size > kMaxSize) {
    return ResourceExhaustedError(where + ": member size unknown or over 1 GiB");
  }
  zip_file_t* rf = zip_fopen(zip.get(), name.c_str(), 0);
  if (rf == nullptr) return IoError(where + ": " + zip_strerror(zip.get()));
  const std::unique_ptr<zip_file_t, int (*)(zip_file_t*)> file(rf, zip_fclose);
  std::string data(static_cast<size_t>(st.size), '\0');
  zip_uint64_t got = 0;
  while (got < st.size) {
    const zip_int64_t n = zip_fread(file.get(), data.data() + got, st.size - got);
    if (n < 0) return IoError(where + ": " + zip_file_strerror(file.get()));
    if (n == 0) break;
    got += static_cast<zip_uint64_t>(n);
  }
  if (got != st.size) return IoError(where + ": truncated member");
  return data;
}

}  // namespace dyad
