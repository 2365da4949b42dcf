// Benchmark inputs: real news from ../shared when present, else a small
// synthetic text written here (figures from it are labelled as such).
#ifndef DYAD_BENCH_BENCH_DATA_H_
#define DYAD_BENCH_BENCH_DATA_H_

#include <string>
#include <vector>

namespace dyad::bench {

struct Corpus {
  std::string name;                 // what was loaded, for the report
  std::vector<std::string> texts;   // one per document
  size_t bytes = 0;
};

// Reuters-21578 bodies (../shared/corpus/news-reuters21578/reuters21578.jsonl.gz),
// or synthetic news-like text when the reference data is absent.
Corpus LoadReuters();
// Wikinews article texts, or empty.
Corpus LoadWikinews();

// Root of the shared reference data ("" when absent).
std::string SharedDir();

}  // namespace dyad::bench

#endif  // DYAD_BENCH_BENCH_DATA_H_
