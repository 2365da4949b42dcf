// RunPipeline: the reader on the calling thread, batches of documents on N
// worker threads, outputs delivered in input order on the calling thread.
//
// Flow of one batch: the caller fills it (documents and read errors, in input
// order), appends it to both the work queue and the in-flight list, and
// delivers the in-flight list's head whenever a worker has marked it done.
// Batches are recycled through a free list, so their buffers (document texts,
// output) keep their capacity and memory stays bounded by the in-flight limit.
#include "dyad/pipeline.h"

#include <sched.h>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <utility>
#include <vector>

namespace dyad {
namespace {

using Clock = std::chrono::steady_clock;
constexpr auto kProgressInterval = std::chrono::milliseconds(200);
// Counted against batch_bytes for each document or error on top of its text,
// so that batches of empty documents (or of errors) stay bounded too.
constexpr size_t kItemOverhead = 256;
// Buffers grown past this by one huge document are released on reuse.
constexpr size_t kKeepCapacity = 16u << 20;

Status NullWorkerError() {
  return InternalError("pipeline: the worker factory returned no worker");
}

struct Batch {
  std::vector<Document> docs;  // docs[0, count) are valid; the rest keep capacity
  size_t count = 0;
  size_t bytes = 0;            // text plus per-item overhead, against batch_bytes
  uint64_t text_bytes = 0;
  // (i, error): a read error that came before docs[i].
  std::vector<std::pair<size_t, Status>> read_errors;
  // (i, error): Process failed on docs[i]. Written by the worker.
  std::vector<std::pair<size_t, Status>> process_errors;
  std::string output;          // written by the worker
  bool done = false;           // guarded by Shared::mu

  bool empty() const { return count == 0 && read_errors.empty(); }

  void Reset() {
    for (size_t i = 0; i < count; ++i) {
      if (docs[i].text.capacity() > kKeepCapacity) docs[i] = Document();
    }
    count = 0;
    bytes = 0;
    text_bytes = 0;
    read_errors.clear();
    process_errors.clear();
    if (output.capacity() > 4 * kKeepCapacity) {
      std::string().swap(output);
    } else {
      output.clear();
    }
    done = false;
  }
};

void ProcessBatch(Worker* worker, Batch* b) {
  for (size_t i = 0; i < b->count; ++i) {
    Status st = worker ? worker->Process(b->docs[i], &b->output) : NullWorkerError();
    if (!st.ok()) b->process_errors.emplace_back(i, std::move(st));
  }
}

// State shared between the calling thread and the workers.
struct Shared {
  std::mutex mu;
  std::condition_variable work_cv;  // workers: a batch was queued, or closing
  std::condition_variable done_cv;  // caller: a batch is done
  std::deque<Batch*> queue;         // batches not yet taken by a worker
  bool closing = false;
};

void WorkerLoop(Shared* shared, const WorkerFactory* make_worker) {
  std::unique_ptr<Worker> worker = (*make_worker)();
  std::unique_lock<std::mutex> lock(shared->mu);
  while (true) {
    shared->work_cv.wait(lock, [&] { return shared->closing || !shared->queue.empty(); });
    if (shared->queue.empty()) return;  // closing and nothing left
    Batch* b = shared->queue.front();
    shared->queue.pop_front();
    lock.unlock();
    ProcessBatch(worker.get(), b);
    lock.lock();
    b->done = true;
    shared->done_cv.notify_one();
  }
}

// Joins the workers however the caller leaves (a sink may throw): queued
// batches are dropped, the ones being processed are finished.
class WorkerThreads {
 public:
  WorkerThreads(Shared* shared, int n, const WorkerFactory* make_worker) : shared_(shared) {
    threads_.reserve(static_cast<size_t>(n));
    for (int i = 0; i < n; ++i) threads_.emplace_back(WorkerLoop, shared, make_worker);
  }
  ~WorkerThreads() {
    {
      std::lock_guard<std::mutex> lock(shared_->mu);
      shared_->closing = true;
      shared_->queue.clear();
    }
    shared_->work_cv.notify_all();
    for (std::thread& t : threads_) t.join();
  }
  WorkerThreads(const WorkerThreads&) = delete;
  WorkerThreads& operator=(const WorkerThreads&) = delete;

 private:
  Shared* shared_;
  std::vector<std::thread> threads_;
};

class Runner {
 public:
  Runner(DocumentReader& reader, const PipelineOptions& options, const WorkerFactory& make_worker,
         const OutputSink& sink, const ErrorSink& on_error, const ProgressSink& on_progress)
      : reader_(reader), options_(options), make_worker_(make_worker), sink_(sink),
        on_error_(on_error), on_progress_(on_progress), start_(Clock::now()),
        next_progress_(start_ + kProgressInterval) {}

  PipelineStats Run(int threads) {
    if (threads == 1) {
      RunInline();
    } else {
      RunThreaded(threads);
    }
    stats_.seconds = std::chrono::duration<double>(Clock::now() - start_).count();
    return stats_;
  }

 private:
  bool StopRequested() const {
    return options_.stop != nullptr && options_.stop->load(std::memory_order_relaxed);
  }

  void ReportError(const Status& st) {
    ++stats_.failed;
    if (on_error_) on_error_(st);
  }

  void MaybeProgress() {
    if (!on_progress_) return;
    Clock::time_point now = Clock::now();
    if (now < next_progress_) return;
    next_progress_ = now + kProgressInterval;
    PipelineProgress p;
    p.documents = documents_read_;
    p.bytes_read = reader_.bytes_read();
    p.bytes_total = reader_.bytes_total();
    p.seconds = std::chrono::duration<double>(now - start_).count();
    on_progress_(p);
  }

  // threads == 1: read, process and write on the calling thread.
  void RunInline() {
    std::unique_ptr<Worker> worker = make_worker_();
    std::string out;
    Document doc;
    while (!StopRequested()) {
      doc.clear();
      Result<bool> r = reader_.Next(&doc);
      if (!r.ok()) {
        ReportError(r.status());
      } else if (!*r) {
        break;
      } else {
        ++documents_read_;
        ++stats_.documents;
        stats_.text_bytes += doc.text.size();
        Status st = worker ? worker->Process(doc, &out) : NullWorkerError();
        if (!st.ok()) ReportError(st);
        if (out.size() >= options_.batch_bytes) {
          if (sink_) sink_(out);
          out.clear();
        }
        if (doc.text.capacity() > kKeepCapacity) doc = Document();
      }
      MaybeProgress();
    }
    if (!out.empty() && sink_) sink_(out);
  }

  Batch* Acquire() {
    if (!free_.empty()) {
      Batch* b = free_.back();
      free_.pop_back();
      return b;
    }
    all_.push_back(std::make_unique<Batch>());
    return all_.back().get();
  }

  void Release(Batch* b) {
    b->Reset();
    free_.push_back(b);
  }

  // Reads into b until it holds batch_bytes or the input ends. Returns false
  // at the end of the input (or on a stop request).
  bool Fill(Batch* b) {
    const size_t limit = std::max<size_t>(options_.batch_bytes, 1);
    while (b->bytes < limit) {
      if (StopRequested()) return false;
      if (b->docs.size() <= b->count) b->docs.resize(b->count + 1);
      Document& doc = b->docs[b->count];
      doc.clear();
      Result<bool> r = reader_.Next(&doc);
      if (!r.ok()) {
        b->read_errors.emplace_back(b->count, r.status());
        b->bytes += kItemOverhead;
      } else if (!*r) {
        return false;
      } else {
        ++documents_read_;
        ++b->count;
        b->text_bytes += doc.text.size();
        b->bytes += doc.text.size() + kItemOverhead;
      }
      MaybeProgress();
    }
    return true;
  }

  void Submit(Batch* b) {
    {
      std::lock_guard<std::mutex> lock(shared_.mu);
      shared_.queue.push_back(b);
    }
    shared_.work_cv.notify_one();
    in_flight_.push_back(b);
  }

  // Delivers the in-flight batches that are done, in order. With wait, first
  // blocks until the oldest one is done (still reporting progress).
  void Deliver(bool wait) {
    while (!in_flight_.empty()) {
      Batch* head = in_flight_.front();
      {
        std::unique_lock<std::mutex> lock(shared_.mu);
        while (!head->done) {
          if (!wait) return;
          if (!on_progress_) {
            shared_.done_cv.wait(lock);
          } else if (shared_.done_cv.wait_until(lock, next_progress_) ==
                     std::cv_status::timeout) {
            lock.unlock();
            MaybeProgress();
            lock.lock();
          }
        }
      }
      wait = false;  // only for the first one
      in_flight_.pop_front();
      Emit(head);
      Release(head);
    }
  }

  void Emit(Batch* b) {
    // Read and process errors merged by position: a read error at i came
    // before docs[i] was read, hence before docs[i] failed.
    size_t r = 0, p = 0;
    while (r < b->read_errors.size() || p < b->process_errors.size()) {
      if (p == b->process_errors.size() ||
          (r < b->read_errors.size() && b->read_errors[r].first <= b->process_errors[p].first)) {
        ReportError(b->read_errors[r++].second);
      } else {
        ReportError(b->process_errors[p++].second);
      }
    }
    stats_.documents += b->count;
    stats_.text_bytes += b->text_bytes;
    if (!b->output.empty() && sink_) sink_(b->output);
  }

  void RunThreaded(int threads) {
    size_t max_in_flight = options_.max_batches_in_flight;
    if (max_in_flight == 0) max_in_flight = 4 * static_cast<size_t>(threads);
    WorkerThreads workers(&shared_, threads, &make_worker_);
    bool more = true;
    while (more) {
      Batch* b = Acquire();
      more = Fill(b);
      if (b->empty()) {
        Release(b);
        break;
      }
      Submit(b);
      Deliver(/*wait=*/false);
      while (in_flight_.size() >= max_in_flight) Deliver(/*wait=*/true);
    }
    while (!in_flight_.empty()) Deliver(/*wait=*/true);
  }

  DocumentReader& reader_;
  const PipelineOptions& options_;
  const WorkerFactory& make_worker_;
  const OutputSink& sink_;
  const ErrorSink& on_error_;
  const ProgressSink& on_progress_;
  const Clock::time_point start_;
  Clock::time_point next_progress_;
  uint64_t documents_read_ = 0;
  PipelineStats stats_;

  Shared shared_;
  std::vector<std::unique_ptr<Batch>> all_;  // owns every batch
  std::vector<Batch*> free_;
  std::deque<Batch*> in_flight_;  // submitted, not yet delivered, in input order
};

}  // namespace

PipelineStats RunPipeline(DocumentReader& reader, const PipelineOptions& options,
                          const WorkerFactory& make_worker, const OutputSink& sink,
                          const ErrorSink& on_error, const ProgressSink& on_progress) {
  int threads = options.threads > 0 ? options.threads : HardwareThreads();
  Runner runner(reader, options, make_worker, sink, on_error, on_progress);
  return runner.Run(threads);
}

int HardwareThreads() {
  cpu_set_t set;
  CPU_ZERO(&set);
  if (sched_getaffinity(0, sizeof set, &set) == 0) {
    int n = CPU_COUNT(&set);
    if (n > 0) return n;
  }
  unsigned n = std::thread::hardware_concurrency();
  return n > 0 ? static_cast<int>(n) : 1;
}

}  // namespace dyad
