// Micro-benchmarks of the text stage (Google Benchmark). The whole-corpus
// figures with targets come from dyad_throughput.
#include <benchmark/benchmark.h>

#include "bench_data.h"
#include "dyad/text.h"

namespace {

const dyad::bench::Corpus& Reuters() {
  static const dyad::bench::Corpus c = dyad::bench::LoadReuters();
  return c;
}

void BM_Split(benchmark::State& state) {
  const auto& c = Reuters();
  dyad::TextSplitter splitter;
  dyad::SplitResult out;
  size_t i = 0, bytes = 0, sentences = 0;
  for (auto _ : state) {
    const std::string& t = c.texts[i++ % c.texts.size()];
    splitter.Split(t, &out);
    bytes += t.size();
    sentences += out.sentences.size();
    benchmark::DoNotOptimize(out.tokens.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
  state.counters["sentences/s"] =
      benchmark::Counter(static_cast<double>(sentences), benchmark::Counter::kIsRate);
  state.SetLabel(c.name);
}
BENCHMARK(BM_Split);

void BM_TokenizeOnly(benchmark::State& state) {
  const auto& c = Reuters();
  dyad::TextSplitter splitter;
  dyad::SplitResult out;
  size_t i = 0, bytes = 0;
  for (auto _ : state) {
    const std::string& t = c.texts[i++ % c.texts.size()];
    splitter.Tokenize(t, &out);
    bytes += t.size();
    benchmark::DoNotOptimize(out.tokens.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
}
BENCHMARK(BM_TokenizeOnly);

void BM_ValidateUtf8(benchmark::State& state) {
  const auto& c = Reuters();
  size_t i = 0, bytes = 0;
  for (auto _ : state) {
    const std::string& t = c.texts[i++ % c.texts.size()];
    benchmark::DoNotOptimize(dyad::IsValidUtf8(t));
    bytes += t.size();
  }
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
}
BENCHMARK(BM_ValidateUtf8);

void BM_LowerMatchForm(benchmark::State& state) {
  const char* words[] = {"Kremlin", "Erdo\xC4\x9F" "an", "\xE2\x80\x9CWe", "U.S.", "Zelensky"};
  size_t i = 0;
  for (auto _ : state) benchmark::DoNotOptimize(dyad::LowerMatchForm(words[i++ % 5]));
}
BENCHMARK(BM_LowerMatchForm);

}  // namespace

BENCHMARK_MAIN();
