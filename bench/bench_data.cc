#include "bench_data.h"

#include <cstdlib>
#include <filesystem>

#include "dyad/ingest.h"

#ifndef DYAD_SHARED_DIR
#define DYAD_SHARED_DIR "../shared"
#endif

namespace dyad::bench {
namespace {

Corpus Load(const std::string& rel, const std::string& name) {
  Corpus c;
  std::string dir = SharedDir();
  if (dir.empty()) return c;
  std::string path = dir + "/" + rel;
  if (!std::filesystem::exists(path)) return c;
  ReadOptions opts;
  opts.id_fields.insert(opts.id_fields.begin(), "newid");
  auto reader = DocumentReader::Open({path}, opts);
  if (!reader.ok()) return c;
  Document doc;
  while (true) {
    Result<bool> r = (*reader)->Next(&doc);
    if (!r.ok()) continue;
    if (!*r) break;
    c.bytes += doc.text.size();
    c.texts.push_back(std::move(doc.text));
  }
  c.name = name;
  return c;
}

Corpus Synthetic() {
  // Written for this benchmark; not real news.
  const std::string para =
      "KYIV, Ukraine \xE2\x80\x94 The U.S. secretary of state met his Ukrainian counterpart "
      "on Monday and pledged $2.5 billion in new aid, officials said. \xE2\x80\x9CWe will "
      "stand with Ukraine,\xE2\x80\x9D he told reporters. Russia's foreign ministry "
      "condemned the visit, calling it a provocation; Gen. Ivanov didn't comment.\n\n"
      "Protesters gathered in Belgrade for a third day (police said 1,200 people took part). "
      "The E.U. urged restraint. Talks resumed at 10:30 a.m. in Geneva.\n\n";
  Corpus c;
  c.name = "synthetic news text (reference data not found)";
  for (int i = 0; i < 20000; ++i) {
    c.texts.push_back(para);
    c.bytes += para.size();
  }
  return c;
}

}  // namespace

std::string SharedDir() {
  const char* env = std::getenv("DYAD_SHARED");
  std::string dir = env && *env ? env : DYAD_SHARED_DIR;
  std::error_code ec;
  return std::filesystem::exists(dir + "/corpus", ec) ? dir : "";
}

Corpus LoadReuters() {
  Corpus c = Load("corpus/news-reuters21578/reuters21578.jsonl.gz",
                  "Reuters-21578 (21,578 stories)");
  return c.texts.empty() ? Synthetic() : c;
}

Corpus LoadWikinews() {
  return Load("corpus/news-wikinews/wikinews.jsonl", "Wikinews (295 articles)");
}

}  // namespace dyad::bench
