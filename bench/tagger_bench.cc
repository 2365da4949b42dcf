// Part-of-speech tagging speed (Google Benchmark), one thread: tokens per
// second over news sentences already split into tokens, with the figure
// printed next to the target of 2M tokens/s per core. Also the lemmatizer,
// model loading, and the chunker and clause analysis over tagged sentences.
//
//   dyad_tagger_bench [--model FILE]   (default: data/tagger.model)
#include <benchmark/benchmark.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "bench_data.h"
#include "dyad/chunker.h"
#include "dyad/clauses.h"
#include "dyad/lemmatizer.h"
#include "dyad/tagger.h"
#include "dyad/text.h"

namespace {

constexpr double kTargetTokensPerSecond = 2e6;
std::string g_model_path;

const dyad::Tagger* TheTagger() {
  static std::unique_ptr<dyad::Tagger> tagger = [] {
    auto t = g_model_path.empty() ? dyad::Tagger::LoadDefault() : dyad::Tagger::Load(g_model_path);
    if (!t.ok()) {
      std::fprintf(stderr, "%s\n", t.status().message().c_str());
      return std::unique_ptr<dyad::Tagger>();
    }
    return std::move(*t);
  }();
  return tagger.get();
}

// News sentences as token views into the corpus texts.
struct Sentences {
  std::string name;
  std::vector<std::vector<std::string_view>> words;
  size_t tokens = 0;
};

const Sentences& NewsSentences() {
  static const dyad::bench::Corpus corpus = dyad::bench::LoadReuters();
  static const Sentences s = [] {
    Sentences out;
    out.name = corpus.name;
    dyad::TextSplitter splitter;
    dyad::SplitResult split;
    for (const std::string& text : corpus.texts) {
      splitter.Split(text, &split);
      for (const dyad::Sentence& sent : split.sentences) {
        auto& w = out.words.emplace_back();
        for (uint32_t i = sent.first_token; i < sent.first_token + sent.token_count; ++i) {
          w.push_back(split.TokenText(text, i));
        }
        out.tokens += w.size();
      }
    }
    return out;
  }();
  return s;
}

double g_tag_rate = 0, g_tag_wall_rate = 0;

void BM_Tag(benchmark::State& state) {
  const dyad::Tagger* tagger = TheTagger();
  if (tagger == nullptr) {
    state.SkipWithError("no tagger model");
    return;
  }
  const Sentences& s = NewsSentences();
  dyad::TagScratch scratch;
  std::vector<dyad::PosTag> tags;
  size_t i = 0, tokens = 0;
  const auto start = std::chrono::steady_clock::now();
  for (auto _ : state) {
    const auto& words = s.words[i++ % s.words.size()];
    tagger->Tag(words, &scratch, &tags);
    tokens += words.size();
    benchmark::DoNotOptimize(tags.data());
  }
  const double wall =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  // Rates by CPU time (Google Benchmark's) and by wall clock (lower when other
  // processes share the core).
  state.counters["tokens/s"] = benchmark::Counter(static_cast<double>(tokens),
                                                  benchmark::Counter::kIsRate);
  state.counters["wall tokens/s"] = wall > 0 ? static_cast<double>(tokens) / wall : 0;
  state.SetItemsProcessed(static_cast<int64_t>(tokens));
  state.SetLabel(s.name);
}
BENCHMARK(BM_Tag)->MinTime(2.0);

// The same on the first 500 sentences over and over: every word type is in
// the per-thread caches, so this is the speed of scoring alone.
void BM_TagWarm(benchmark::State& state) {
  const dyad::Tagger* tagger = TheTagger();
  if (tagger == nullptr) {
    state.SkipWithError("no tagger model");
    return;
  }
  const Sentences& s = NewsSentences();
  const size_t n = std::min<size_t>(500, s.words.size());
  dyad::TagScratch scratch;
  std::vector<dyad::PosTag> tags;
  size_t i = 0, tokens = 0;
  for (auto _ : state) {
    const auto& words = s.words[i++ % n];
    tagger->Tag(words, &scratch, &tags);
    tokens += words.size();
    benchmark::DoNotOptimize(tags.data());
  }
  state.counters["tokens/s"] = benchmark::Counter(static_cast<double>(tokens),
                                                  benchmark::Counter::kIsRate);
}
BENCHMARK(BM_TagWarm);

void BM_TagAndLemmatize(benchmark::State& state) {
  const dyad::Tagger* tagger = TheTagger();
  if (tagger == nullptr) {
    state.SkipWithError("no tagger model");
    return;
  }
  const Sentences& s = NewsSentences();
  const dyad::Lemmatizer& lemmatizer = dyad::Lemmatizer::Default();
  dyad::TagScratch scratch;
  std::vector<dyad::PosTag> tags;
  std::string lemma;
  size_t i = 0, tokens = 0;
  for (auto _ : state) {
    const auto& words = s.words[i++ % s.words.size()];
    tagger->Tag(words, &scratch, &tags);
    for (size_t k = 0; k < words.size(); ++k) {
      lemmatizer.Lemmatize(words[k], tags[k], &lemma);
      benchmark::DoNotOptimize(lemma.data());
    }
    tokens += words.size();
  }
  state.counters["tokens/s"] = benchmark::Counter(static_cast<double>(tokens),
                                                  benchmark::Counter::kIsRate);
}
BENCHMARK(BM_TagAndLemmatize);

// The same sentences tagged once, for the stages after tagging.
const std::vector<std::vector<dyad::PosTag>>* TaggedNews() {
  static const std::vector<std::vector<dyad::PosTag>> tags = [] {
    std::vector<std::vector<dyad::PosTag>> out;
    const dyad::Tagger* tagger = TheTagger();
    if (tagger == nullptr) return out;
    dyad::TagScratch scratch;
    for (const auto& words : NewsSentences().words) tagger->Tag(words, &scratch, &out.emplace_back());
    return out;
  }();
  return tags.empty() ? nullptr : &tags;
}

double g_chunk_rate = 0, g_clause_rate = 0;

void BM_Chunk(benchmark::State& state) {
  const auto* tags = TaggedNews();
  if (tags == nullptr) {
    state.SkipWithError("no tagger model");
    return;
  }
  const Sentences& s = NewsSentences();
  dyad::Chunks chunks;
  size_t i = 0, tokens = 0;
  for (auto _ : state) {
    const size_t k = i++ % s.words.size();
    dyad::ChunkSentence(s.words[k], (*tags)[k], &chunks);
    tokens += s.words[k].size();
    benchmark::DoNotOptimize(chunks.chunks.data());
  }
  state.counters["tokens/s"] = benchmark::Counter(static_cast<double>(tokens),
                                                  benchmark::Counter::kIsRate);
}
BENCHMARK(BM_Chunk);

// Chunks and clauses (lemmas of the main verbs included), as the coder will run them.
void BM_ChunkAndClauses(benchmark::State& state) {
  const auto* tags = TaggedNews();
  if (tags == nullptr) {
    state.SkipWithError("no tagger model");
    return;
  }
  const Sentences& s = NewsSentences();
  dyad::Chunks chunks;
  dyad::ClauseAnalysis clauses;
  size_t i = 0, tokens = 0;
  for (auto _ : state) {
    const size_t k = i++ % s.words.size();
    dyad::ChunkSentence(s.words[k], (*tags)[k], &chunks);
    dyad::AnalyzeClauses(s.words[k], (*tags)[k], chunks, &clauses);
    tokens += s.words[k].size();
    benchmark::DoNotOptimize(clauses.clauses.data());
  }
  state.counters["tokens/s"] = benchmark::Counter(static_cast<double>(tokens),
                                                  benchmark::Counter::kIsRate);
}
BENCHMARK(BM_ChunkAndClauses);

void BM_LoadModel(benchmark::State& state) {
  const std::string path = g_model_path.empty() ? dyad::Tagger::DefaultModelPath() : g_model_path;
  for (auto _ : state) {
    auto t = dyad::Tagger::Load(path);
    if (!t.ok()) {
      state.SkipWithError(t.status().message().c_str());
      return;
    }
    benchmark::DoNotOptimize(t->get());
  }
}
BENCHMARK(BM_LoadModel)->Unit(benchmark::kMillisecond);

// Records the tagging rate for the summary line.
class Reporter : public benchmark::ConsoleReporter {
 public:
  void ReportRuns(const std::vector<Run>& runs) override {
    for (const Run& r : runs) {
      if (r.benchmark_name().rfind("BM_Tag/", 0) == 0 || r.benchmark_name() == "BM_Tag" ||
          r.benchmark_name().rfind("BM_Tag/min_time", 0) == 0) {
        auto it = r.counters.find("tokens/s");
        if (it != r.counters.end()) g_tag_rate = it->second.value;
        it = r.counters.find("wall tokens/s");
        if (it != r.counters.end()) g_tag_wall_rate = it->second.value;
      }
      if (r.benchmark_name() == "BM_Chunk") g_chunk_rate = r.counters.at("tokens/s").value;
      if (r.benchmark_name() == "BM_ChunkAndClauses") {
        g_clause_rate = r.counters.at("tokens/s").value;
      }
    }
    ConsoleReporter::ReportRuns(runs);
  }
};

}  // namespace

int main(int argc, char** argv) {
  std::vector<char*> args;
  for (int i = 0; i < argc; ++i) {
    if (std::strcmp(argv[i], "--model") == 0 && i + 1 < argc) {
      g_model_path = argv[++i];
    } else {
      args.push_back(argv[i]);
    }
  }
  // One pass over the news, with fresh caches: every word type is new once.
  double one_pass_rate = 0;
  if (const dyad::Tagger* tagger = TheTagger()) {
    const Sentences& s = NewsSentences();
    dyad::TagScratch scratch;
    std::vector<dyad::PosTag> tags;
    const std::clock_t c0 = std::clock();
    for (const auto& words : s.words) tagger->Tag(words, &scratch, &tags);
    const double cpu = static_cast<double>(std::clock() - c0) / CLOCKS_PER_SEC;
    if (cpu > 0) one_pass_rate = static_cast<double>(s.tokens) / cpu;
  }
  int n = static_cast<int>(args.size());
  benchmark::Initialize(&n, args.data());
  Reporter reporter;
  benchmark::RunSpecifiedBenchmarks(&reporter);
  benchmark::Shutdown();
  if (g_tag_rate > 0) {
    std::printf("\ntagging: %.2fM tokens/s on one core by CPU time (target %.1fM): %s;"
                " %.2fM by wall clock\n",
                g_tag_rate / 1e6, kTargetTokensPerSecond / 1e6,
                g_tag_rate >= kTargetTokensPerSecond ? "meets the target" : "BELOW the target",
                g_tag_wall_rate / 1e6);
  }
  if (one_pass_rate > 0)
    std::printf("tagging, one pass over the corpus from empty caches: %.2fM tokens/s by CPU time\n",
                one_pass_rate / 1e6);
  if (g_chunk_rate > 0) {
    std::printf("chunking: %.1fM tokens/s on one core; chunks + clauses: %.1fM tokens/s\n",
                g_chunk_rate / 1e6, g_clause_rate / 1e6);
  }
  return 0;
}
