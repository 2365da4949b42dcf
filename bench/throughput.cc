// Whole-corpus throughput of the text stage, each figure next to its target
// (../shared/DESIGN.md section 7). Timings are wall-clock on this machine:
// compare ratios measured in the same run, not absolute numbers across runs.
//
//   dyad_throughput [--repeat N]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include <sys/resource.h>

#include "bench_data.h"
#include "dyad/coder.h"
#include "dyad/eval.h"
#include "dyad/json.h"
#include "dyad/pipeline.h"
#include "dyad/tagger.h"
#include "dyad/text.h"
#include "dyad/workers.h"

namespace {

using Clock = std::chrono::steady_clock;

double Seconds(Clock::time_point a, Clock::time_point b) {
  return std::chrono::duration<double>(b - a).count();
}

struct SplitRun {
  double seconds = 0;
  uint64_t sentences = 0, tokens = 0;
};

// Splits texts[begin, end) with one splitter and one scratch.
SplitRun SplitRange(const dyad::TextSplitter& sp, const std::vector<std::string>& texts,
                    size_t begin, size_t end) {
  SplitRun r;
  dyad::SplitResult out;
  auto t0 = Clock::now();
  for (size_t i = begin; i < end; ++i) {
    sp.Split(texts[i], &out);
    r.sentences += out.sentences.size();
    r.tokens += out.tokens.size();
  }
  r.seconds = Seconds(t0, Clock::now());
  return r;
}

// Best of `repeat` runs with `threads` threads, documents dealt in contiguous
// halves of equal bytes.
SplitRun SplitParallel(const dyad::TextSplitter& sp, const dyad::bench::Corpus& c, int threads,
                       int repeat) {
  std::vector<size_t> cuts{0};
  size_t acc = 0, k = 1;
  for (size_t i = 0; i < c.texts.size() && k < static_cast<size_t>(threads); ++i) {
    acc += c.texts[i].size();
    if (acc * threads >= c.bytes * k) { cuts.push_back(i + 1); ++k; }
  }
  while (cuts.size() < static_cast<size_t>(threads) + 1) cuts.push_back(c.texts.size());
  cuts.back() = c.texts.size();
  SplitRun best;
  best.seconds = 1e30;
  for (int rep = 0; rep < repeat; ++rep) {
    std::vector<SplitRun> parts(threads);
    std::vector<std::thread> pool;
    auto t0 = Clock::now();
    for (int t = 0; t < threads; ++t)
      pool.emplace_back([&, t] { parts[t] = SplitRange(sp, c.texts, cuts[t], cuts[t + 1]); });
    for (auto& th : pool) th.join();
    SplitRun r;
    r.seconds = Seconds(t0, Clock::now());
    for (auto& p : parts) { r.sentences += p.sentences; r.tokens += p.tokens; }
    if (r.seconds < best.seconds) best = r;
  }
  return best;
}

void Line(const char* what, double value, const char* unit, const char* target, bool ok) {
  std::printf("  %-44s %12.2f %-10s target %-12s %s\n", what, value, unit, target,
              ok ? "ok" : "BELOW TARGET");
}

}  // namespace

int main(int argc, char** argv) {
  int repeat = 3;
  for (int i = 1; i + 1 < argc; ++i)
    if (std::strcmp(argv[i], "--repeat") == 0) repeat = std::max(1, std::atoi(argv[i + 1]));

  dyad::bench::Corpus reuters = dyad::bench::LoadReuters();
  dyad::TextSplitter splitter;
  const double mb = static_cast<double>(reuters.bytes) / 1e6;
  std::printf("dyad text-stage throughput — %s: %zu documents, %.1f MB; %u hardware threads\n",
              reuters.name.c_str(), reuters.texts.size(), mb, std::thread::hardware_concurrency());

  // A split of the whole corpus takes a tenth of a second: ten tries cost
  // little and keep a neighbour's burst on this shared machine out of the
  // best one.
  const int split_repeat = std::max(repeat, 10);
  SplitRun one = SplitParallel(splitter, reuters, 1, split_repeat);
  SplitRun two = SplitParallel(splitter, reuters, 2, split_repeat);
  std::printf("split + tokenize (in memory, best of %d):\n", split_repeat);
  Line("1 thread, MB/s", mb / one.seconds, "MB/s", ">= 200", mb / one.seconds >= 200);
  Line("1 thread, sentences/s", one.sentences / one.seconds, "sent/s", "-", true);
  Line("1 thread, tokens/s", one.tokens / one.seconds, "tok/s", "-", true);
  Line("2 threads, MB/s", mb / two.seconds, "MB/s", "-", true);
  const double speedup = one.seconds / two.seconds;
  Line("2 threads / 1 thread", speedup, "x", ">= 1.8", speedup >= 1.8);
  std::printf("  (%llu sentences, %llu tokens)\n", static_cast<unsigned long long>(one.sentences),
              static_cast<unsigned long long>(one.tokens));

  // The whole `dyad split` path: JSONL parse, split, JSON output, in order.
  {
    std::string jsonl;
    for (size_t i = 0; i < reuters.texts.size(); ++i) {
      jsonl += "{\"id\":\"r" + std::to_string(i) + "\",\"text\":";
      dyad::AppendJsonString(reuters.texts[i], &jsonl);
      jsonl += "}\n";
    }
    std::printf("`dyad split` pipeline (JSONL in memory -> JSONL out, discarded):\n");
    double secs[2] = {0, 0};
    for (int threads = 1; threads <= 2; ++threads) {
      double best = 1e30;
      for (int rep = 0; rep < repeat; ++rep) {
        auto reader = dyad::DocumentReader::FromBuffer("bench.jsonl", jsonl,
                                                       dyad::InputFormat::kJsonl);
        dyad::PipelineOptions opt;
        opt.threads = threads;
        uint64_t out_bytes = 0;
        dyad::PipelineStats st = dyad::RunPipeline(
            *reader, opt, [&] { return dyad::MakeSplitWorker(splitter); },
            [&](std::string_view s) { out_bytes += s.size(); }, [](const dyad::Status&) {});
        best = std::min(best, st.seconds);
      }
      secs[threads - 1] = best;
      char what[64];
      std::snprintf(what, sizeof what, "%d thread%s, input MB/s", threads, threads > 1 ? "s" : "");
      Line(what, mb / best, "MB/s", "-", true);
    }
    Line("2 threads / 1 thread", secs[0] / secs[1], "x", ">= 1.8", secs[0] / secs[1] >= 1.8);
  }

  // The event coder end to end (split, actors, verbs, patterns, records).
  std::string shared = dyad::bench::SharedDir();
  {
    struct Set {
      const char* name;
      dyad::DictionaryFiles files;
    };
    std::vector<Set> sets;
    sets.push_back({"dyad's own dictionaries", dyad::DictionaryFiles{}});
    if (!shared.empty()) {
      const std::string p = shared + "/reference/petrarch2/";
      dyad::DictionaryFiles phoenix;
      phoenix.verbs = {p + "CAMEO.2.0.txt"};
      phoenix.actors = {p + "Phoenix.Countries.actors.txt", p + "Phoenix.International.actors.txt",
                        p + "Phoenix.MilNonState.actors.txt"};
      phoenix.agents = {p + "Phoenix.agents.txt"};
      phoenix.discards = {p + "Phoenix.discards.txt"};
      sets.push_back({"Phoenix dictionaries (CAMEO.2.0 + 3 actor files)", phoenix});
    }
    // With the part-of-speech tagger (what `dyad code` does by default) and without.
    auto t_tagger = Clock::now();
    auto loaded = dyad::Tagger::LoadDefault();
    const double tagger_load = Seconds(t_tagger, Clock::now());
    std::shared_ptr<const dyad::Tagger> tagger;
    if (loaded.ok()) tagger = std::move(*loaded);
    else std::printf("  tagger: %s\n", loaded.status().message().c_str());
    // Reuters-21578 (1987 wires) with and without the tagger; Wikinews
    // (2019-2020 articles, longer sentences) tagged, when present.
    struct Run {
      const dyad::bench::Corpus* corpus;
      const char* date;
      uint64_t sentences;
      bool untagged_too;
    };
    std::vector<Run> runs{{&reuters, "1987-03-01", one.sentences, true}};
    dyad::bench::Corpus wikinews = dyad::bench::LoadWikinews();
    if (!wikinews.texts.empty())
      runs.push_back({&wikinews, "2019-06-01", SplitRange(splitter, wikinews.texts, 0, wikinews.texts.size()).sentences,
                      false});
    for (const Run& run : runs) {
      std::printf("event coding, 1 thread, %s (%llu sentences):\n", run.corpus->name.c_str(),
                  static_cast<unsigned long long>(run.sentences));
      if (run.corpus == &reuters) Line("tagger model load, s", tagger_load, "s", "-", true);
      for (const Set& set : sets)
        for (bool tagged : {true, false}) {
          if ((tagged && !tagger) || (!tagged && !run.untagged_too)) continue;
          auto t0 = Clock::now();
          auto lex = dyad::LoadLexicon(set.files);
          if (!lex.ok()) { std::printf("  %s: %s\n", set.name, lex.status().message().c_str()); continue; }
          dyad::CoderOptions co;
          if (tagged) co.tagger = tagger;
          auto coder = dyad::EventCoder::Create(std::move(*lex), co);
          const double load = Seconds(t0, Clock::now());
          auto scratch = (*coder)->NewScratch();
          std::vector<dyad::Event> events;
          dyad::Document doc;
          doc.date = run.date;
          double best = 1e30;
          for (int rep = 0; rep < repeat; ++rep) {
            events.clear();
            auto t1 = Clock::now();
            for (const std::string& text : run.corpus->texts) {
              doc.text = text;
              (*coder)->CodeDocument(doc, scratch.get(), &events);
            }
            best = std::min(best, Seconds(t1, Clock::now()));
          }
          std::printf("  %s, %s\n", set.name, tagged ? "tagged" : "--no-tagger");
          Line("dictionary load + compile, s", load, "s", "<= 0.5", load <= 0.5);
          const double rate = static_cast<double>(run.sentences) / best;
          Line("sentences/s", rate, "sent/s", ">= 20000", rate >= 20000);
          Line("events/s", events.size() / best, "ev/s", "-", true);
        }
    }
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    std::printf("  peak memory of this benchmark process: %.0f MB\n", ru.ru_maxrss / 1024.0);
  }

  // Accuracy against Universal Dependencies (when the treebanks are present).
  if (!shared.empty()) {
    auto ewt = dyad::ReadConlluFile(shared + "/corpus/pos-ud-english-ewt/en_ewt-ud-test.conllu");
    auto pud = dyad::ReadConlluFile(shared + "/corpus/pos-ud-english-pud/en_pud-ud-test.conllu");
    std::printf("accuracy against UD English:\n");
    if (pud.ok()) {
      dyad::PrfScore s = dyad::EvaluateSentenceSplitting(splitter, *pud);
      Line("sentence F1, PUD (running text) x100", 100 * s.f1(), "", ">= 99.0", s.f1() >= 0.99);
      dyad::PrfScore t = dyad::EvaluateTokenization(splitter, *pud);
      Line("token F1, PUD x100", 100 * t.f1(), "", "-", true);
    }
    if (ewt.ok()) {
      dyad::PrfScore t = dyad::EvaluateTokenization(splitter, *ewt);
      Line("token F1, EWT test x100", 100 * t.f1(), "", ">= 98.0", t.f1() >= 0.98);
      dyad::PrfScore s = dyad::EvaluateSentenceSplitting(splitter, *ewt);
      Line("sentence F1, EWT test (web text) x100", 100 * s.f1(), "", "-", true);
    }
  }
  return 0;
}
