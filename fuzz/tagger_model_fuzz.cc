// Fuzzes the tagger model loader (Tagger::LoadFromBuffer): any bytes give a
// model or an error naming the file, never a crash; a model that loads must
// tag anything. The first input byte picks how the rest is used, so that the
// fuzzer also gets past the magic number and the checksum:
//   0: as is;  1: with its last 4 bytes replaced by the right CRC-32;
//   2: after "DYADTAGR" and format version 2, with the right CRC-32 appended.
#include <zlib.h>

#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/tagger.h"

namespace {

void AppendCrc(std::string* s) {
  const uint32_t crc =
      static_cast<uint32_t>(crc32(0L, reinterpret_cast<const Bytef*>(s->data()),
                                  static_cast<uInt>(s->size())));
  for (int i = 0; i < 4; ++i) s->push_back(static_cast<char>((crc >> (8 * i)) & 0xFF));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0 || size > (1 << 20)) return 0;
  const std::string_view in(reinterpret_cast<const char*>(data) + 1, size - 1);
  std::string bytes;
  switch (data[0] % 3) {
    case 0:
      bytes.assign(in);
      break;
    case 1:
      bytes.assign(in.substr(0, in.size() >= 4 ? in.size() - 4 : 0));
      AppendCrc(&bytes);
      break;
    default:
      bytes.assign("DYADTAGR\x02\x00\x00\x00", 12);
      bytes.append(in);
      AppendCrc(&bytes);
      break;
  }
  auto tagger = dyad::Tagger::LoadFromBuffer(bytes, "fuzz.model");
  if (!tagger.ok()) {
    if (tagger.status().message().rfind("fuzz.model", 0) != 0) std::abort();
    return 0;
  }
  const std::vector<std::string_view> words = {"The", "king", "'s", "visit", "", "\xFF", "1,234",
                                               "Kyiv", "."};
  dyad::TagScratch scratch;
  std::vector<dyad::PosTag> tags;
  (*tagger)->Tag(words, &scratch, &tags);
  if (tags.size() != words.size()) std::abort();
  for (const dyad::PosTag& t : tags) {
    if (static_cast<int>(t.upos) >= dyad::kUposCount) std::abort();
    if (static_cast<int>(t.xpos) >= dyad::kXposCount) std::abort();
  }
  return 0;
}
