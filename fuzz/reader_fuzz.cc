// libFuzzer target for the document readers: the input bytes are read as a
// JSON Lines buffer, as a plain-text buffer and with format sniffing, and
// every document is drained. A small max_document_bytes exercises the
// "line too long" path; gzip input (magic 1f 8b) exercises inflating.
#include <cstddef>
#include <cstdint>
#include <string>

#include "dyad/ingest.h"

namespace {

void Drain(const uint8_t* data, size_t size, dyad::InputFormat format) {
  dyad::ReadOptions options;
  options.max_document_bytes = 4096;
  options.id_fields = {"id", "newid"};
  auto reader = dyad::DocumentReader::FromBuffer(
      "fuzz", std::string(reinterpret_cast<const char*>(data), size), format, options);
  dyad::Document doc;
  // Every call consumes input, so this ends; the bound is a hang detector.
  // (gzip inflates at most ~1032:1, hence the factor.)
  for (size_t calls = 0; calls <= (size + 2) * 1100; ++calls) {
    dyad::Result<bool> r = reader->Next(&doc);
    if (!r.ok()) {
      if (r.status().message().empty()) __builtin_trap();  // errors must say what failed
      continue;
    }
    if (!*r) return;
    if (doc.origin.empty() || doc.id.empty()) __builtin_trap();
    if (!doc.date.empty() && doc.date.size() != 10) __builtin_trap();
    if (!doc.extra_json.empty() &&
        (doc.extra_json.front() != '{' || doc.extra_json.back() != '}')) {
      __builtin_trap();
    }
  }
  __builtin_trap();  // more results than input bytes: a loop that does not advance
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  Drain(data, size, dyad::InputFormat::kJsonl);
  Drain(data, size, dyad::InputFormat::kText);
  Drain(data, size, dyad::InputFormat::kAuto);
  return 0;
}
