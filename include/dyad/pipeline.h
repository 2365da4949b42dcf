// dyad/pipeline.h — run per-document work on every core, output in input order.
//
// The reader runs on the calling thread; documents go in batches to N worker
// threads, each with its own Worker (its scratch: split buffers, tagger state);
// their outputs reach the sink in input order, on the calling thread.
//
//   struct Splitter : dyad::Worker {
//     dyad::Status Process(const dyad::Document& d, std::string* out) override;
//   };
//   dyad::PipelineOptions opt; opt.threads = 2;
//   dyad::PipelineStats st = dyad::RunPipeline(reader, opt,
//       [] { return std::make_unique<Splitter>(); },
//       [&](std::string_view chunk) { fwrite(chunk.data(), 1, chunk.size(), f); },
//       [&](const dyad::Status& e) { std::cerr << e.message() << "\n"; });
#ifndef DYAD_PIPELINE_H_
#define DYAD_PIPELINE_H_

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>

#include "dyad/document.h"
#include "dyad/ingest.h"
#include "dyad/status.h"

namespace dyad {

class Worker {
 public:
  virtual ~Worker() = default;
  // Appends this document's output to *out. An error names the document and
  // is passed to the error callback; whatever was appended is still written.
  virtual Status Process(const Document& doc, std::string* out) = 0;
};

struct PipelineOptions {
  int threads = 0;                  // <= 0: all cores; 1: everything on the calling thread
  // Documents are grouped into batches of about this much text. Small enough
  // that a batch's output (8x its text for `split`) stays in cache; a bigger
  // document makes a batch of its own.
  size_t batch_bytes = 64 << 10;
  size_t max_batches_in_flight = 0; // 0: 4 per thread (bounds memory)
  // When set and it becomes true (a failed write, a signal), no more documents
  // are read; those already read are still processed and delivered.
  const std::atomic<bool>* stop = nullptr;
};

struct PipelineStats {
  uint64_t documents = 0;     // documents processed (including those Process failed on)
  uint64_t failed = 0;        // read errors plus Process errors
  uint64_t text_bytes = 0;    // bytes of Document::text processed
  double seconds = 0;
};

struct PipelineProgress {
  uint64_t documents = 0;     // documents read so far
  uint64_t bytes_read = 0;
  uint64_t bytes_total = 0;   // 0 when unknown
  double seconds = 0;
};

using WorkerFactory = std::function<std::unique_ptr<Worker>()>;
using OutputSink = std::function<void(std::string_view)>;
using ErrorSink = std::function<void(const Status&)>;
using ProgressSink = std::function<void(const PipelineProgress&)>;

// Reads every document, processes it, writes the outputs in input order.
// Errors (read or process) go to on_error, in input order, and the run goes on.
// sink, on_error and on_progress are only ever called from the calling thread;
// make_worker is called once on each worker thread (concurrently: it must be
// thread-safe), and each Worker is used and destroyed on that thread only.
// on_progress, when set, is called about every 200 ms (not while the reader
// itself blocks, as on a quiet stdin). Memory is bounded by
// max_batches_in_flight batches, whatever the size of the corpus.
PipelineStats RunPipeline(DocumentReader& reader, const PipelineOptions& options,
                          const WorkerFactory& make_worker, const OutputSink& sink,
                          const ErrorSink& on_error,
                          const ProgressSink& on_progress = nullptr);

// Number of cores available to this process (at least 1).
int HardwareThreads();

}  // namespace dyad

#endif  // DYAD_PIPELINE_H_
