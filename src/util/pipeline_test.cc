#include "dyad/pipeline.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <mutex>
#include <set>
#include <string>
#include <thread>
#include <vector>

namespace dyad {
namespace {

// One input item: a document, or a read error in its place.
struct Item {
  std::string id;
  std::string text;
  bool read_error = false;
};

// A deterministic in-memory reader.
class FakeReader : public DocumentReader {
 public:
  explicit FakeReader(std::vector<Item> items) : items_(std::move(items)) {
    for (const Item& it : items_) total_ += it.text.size() + 1;
  }

  Result<bool> Next(Document* doc) override {
    if (on_next) on_next(next_);
    if (next_ >= items_.size()) return false;
    const Item& it = items_[next_++];
    read_ += it.text.size() + 1;
    if (it.read_error) return ParseError("fake:" + std::to_string(next_) + ": unreadable " + it.id);
    doc->id = it.id;
    doc->text = it.text;
    doc->origin = "fake:" + std::to_string(next_);
    return true;
  }
  uint64_t bytes_read() const override { return read_; }
  uint64_t bytes_total() const override { return total_; }

  std::function<void(size_t)> on_next;  // called with the index about to be read

 private:
  std::vector<Item> items_;
  size_t next_ = 0;
  uint64_t read_ = 0;
  uint64_t total_ = 0;
};

// Writes "<id>\n"; fails (after writing) on ids starting with "bad"; sleeps a
// little on some documents so that batches finish out of order.
class EchoWorker : public Worker {
 public:
  explicit EchoWorker(std::atomic<int>* wrong_thread = nullptr)
      : owner_(std::this_thread::get_id()), wrong_thread_(wrong_thread) {}
  Status Process(const Document& doc, std::string* out) override {
    if (wrong_thread_ && std::this_thread::get_id() != owner_) ++*wrong_thread_;
    out->append(doc.id);
    out->push_back('\n');
    if (doc.text.find("slow") != std::string::npos) {
      std::this_thread::sleep_for(std::chrono::microseconds(300));
    }
    if (doc.id.rfind("bad", 0) == 0) return ParseError("document " + doc.id + ": refused");
    return Status::Ok();
  }

 private:
  std::thread::id owner_;
  std::atomic<int>* wrong_thread_;
};

// prefix + i (written out: `"d" + std::to_string(i)` trips a GCC 12 -Wrestrict false positive).
std::string Id(const char* prefix, size_t i) {
  std::string s = prefix;
  s += std::to_string(i);
  return s;
}

std::vector<Item> ManyDocs(size_t n) {
  std::vector<Item> items;
  for (size_t i = 0; i < n; ++i) {
    Item it;
    it.id = Id("d", i);
    it.text = std::string(i % 50, 'x') + (i % 37 == 0 ? " slow" : "");
    items.push_back(std::move(it));
  }
  return items;
}

std::string ExpectedEcho(const std::vector<Item>& items) {
  std::string s;
  for (const Item& it : items) {
    if (!it.read_error) s += it.id + "\n";
  }
  return s;
}

struct RunOutput {
  std::string out;
  std::vector<std::string> errors;
  PipelineStats stats;
  int sink_calls = 0;
};

RunOutput RunEcho(FakeReader& reader, PipelineOptions opt) {
  RunOutput r;
  r.stats = RunPipeline(
      reader, opt, [] { return std::make_unique<EchoWorker>(); },
      [&](std::string_view chunk) {
        r.out.append(chunk);
        ++r.sink_calls;
      },
      [&](const Status& e) { r.errors.push_back(e.message()); });
  return r;
}

class PipelineThreadsTest : public ::testing::TestWithParam<int> {};

TEST_P(PipelineThreadsTest, OrderPreserved) {
  std::vector<Item> items = ManyDocs(5000);
  FakeReader reader(items);
  PipelineOptions opt;
  opt.threads = GetParam();
  opt.batch_bytes = 2000;  // hundreds of batches
  RunOutput r = RunEcho(reader, opt);
  EXPECT_EQ(r.out, ExpectedEcho(items));
  EXPECT_TRUE(r.errors.empty());
  EXPECT_EQ(r.stats.documents, 5000u);
  EXPECT_EQ(r.stats.failed, 0u);
  uint64_t text = 0;
  for (const Item& it : items) text += it.text.size();
  EXPECT_EQ(r.stats.text_bytes, text);
  EXPECT_GE(r.stats.seconds, 0.0);
}

TEST_P(PipelineThreadsTest, ErrorsReportedInOrderAndRunGoesOn) {
  std::vector<Item> items = ManyDocs(3000);
  for (size_t i = 0; i < items.size(); ++i) {
    if (i % 101 == 7) items[i].read_error = true;
    if (i % 97 == 3) items[i].id = Id("bad", i);
  }
  // A read error right after a failing document, and two read errors in a row.
  items[500].id = "bad500";
  items[501].read_error = true;
  items[502].read_error = true;
  std::vector<std::string> expected_errors;
  size_t docs = 0;
  for (size_t i = 0; i < items.size(); ++i) {
    if (items[i].read_error) {
      expected_errors.push_back("fake:" + std::to_string(i + 1) + ": unreadable " + items[i].id);
    } else {
      ++docs;
      if (items[i].id.rfind("bad", 0) == 0)
        expected_errors.push_back("document " + items[i].id + ": refused");
    }
  }
  FakeReader reader(items);
  PipelineOptions opt;
  opt.threads = GetParam();
  opt.batch_bytes = 1500;
  RunOutput r = RunEcho(reader, opt);
  EXPECT_EQ(r.errors, expected_errors);
  // Failed documents still have their output written (the worker appended it).
  EXPECT_EQ(r.out, ExpectedEcho(items));
  EXPECT_EQ(r.stats.documents, docs);
  EXPECT_EQ(r.stats.failed, expected_errors.size());
}

TEST_P(PipelineThreadsTest, OnlyErrors) {
  std::vector<Item> items(10);
  for (size_t i = 0; i < items.size(); ++i) {
    items[i].id = Id("e", i);
    items[i].read_error = true;
  }
  FakeReader reader(items);
  PipelineOptions opt;
  opt.threads = GetParam();
  opt.batch_bytes = 300;
  RunOutput r = RunEcho(reader, opt);
  EXPECT_EQ(r.errors.size(), 10u);
  EXPECT_EQ(r.errors.front(), "fake:1: unreadable e0");
  EXPECT_EQ(r.errors.back(), "fake:10: unreadable e9");
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(r.stats.documents, 0u);
  EXPECT_EQ(r.stats.failed, 10u);
}

TEST_P(PipelineThreadsTest, EmptyInput) {
  FakeReader reader({});
  PipelineOptions opt;
  opt.threads = GetParam();
  RunOutput r = RunEcho(reader, opt);
  EXPECT_EQ(r.sink_calls, 0);
  EXPECT_TRUE(r.errors.empty());
  EXPECT_EQ(r.stats.documents, 0u);
  EXPECT_EQ(r.stats.failed, 0u);
}

TEST_P(PipelineThreadsTest, OneWorkerPerThreadUsedOnItsThread) {
  const int threads = GetParam();
  std::vector<Item> items = ManyDocs(2000);
  FakeReader reader(items);
  PipelineOptions opt;
  opt.threads = threads;
  opt.batch_bytes = 500;
  std::atomic<int> created{0}, wrong_thread{0};
  std::mutex mu;
  std::set<std::thread::id> factory_threads;
  const std::thread::id caller = std::this_thread::get_id();
  int callbacks_off_caller = 0;
  std::string out;
  PipelineStats st = RunPipeline(
      reader, opt,
      [&] {
        ++created;
        std::lock_guard<std::mutex> lock(mu);
        factory_threads.insert(std::this_thread::get_id());
        return std::make_unique<EchoWorker>(&wrong_thread);
      },
      [&](std::string_view chunk) {
        if (std::this_thread::get_id() != caller) ++callbacks_off_caller;
        out.append(chunk);
      },
      [&](const Status&) { ++callbacks_off_caller; });
  EXPECT_EQ(created.load(), threads);
  EXPECT_EQ(factory_threads.size(), static_cast<size_t>(threads));
  if (threads == 1) {
    EXPECT_EQ(*factory_threads.begin(), caller);  // inline, no extra thread
  } else {
    EXPECT_EQ(factory_threads.count(caller), 0u);
  }
  EXPECT_EQ(wrong_thread.load(), 0);
  EXPECT_EQ(callbacks_off_caller, 0);
  EXPECT_EQ(out, ExpectedEcho(items));
  EXPECT_EQ(st.documents, items.size());
}

TEST_P(PipelineThreadsTest, InFlightIsBounded) {
  std::vector<Item> items = ManyDocs(1000);
  FakeReader reader(items);
  PipelineOptions opt;
  opt.threads = GetParam();
  opt.batch_bytes = 1;  // one document per batch
  opt.max_batches_in_flight = 3;
  size_t delivered = 0, max_lead = 0;
  reader.on_next = [&](size_t index) { max_lead = std::max(max_lead, index - delivered); };
  std::string out;
  RunPipeline(
      reader, opt, [] { return std::make_unique<EchoWorker>(); },
      [&](std::string_view chunk) {
        delivered += static_cast<size_t>(std::count(chunk.begin(), chunk.end(), '\n'));
        out.append(chunk);
      },
      nullptr);
  EXPECT_EQ(out, ExpectedEcho(items));
  // The batches in flight, plus the one being read.
  EXPECT_LE(max_lead, opt.max_batches_in_flight + 1);
}

TEST_P(PipelineThreadsTest, StopEndsReadingEarly) {
  std::vector<Item> items = ManyDocs(5000);
  FakeReader reader(items);
  PipelineOptions opt;
  opt.threads = GetParam();
  opt.batch_bytes = 200;
  std::atomic<bool> stop{false};
  opt.stop = &stop;
  size_t read = 0;
  reader.on_next = [&](size_t index) {
    read = index;
    if (index == 100) stop = true;
  };
  std::string out;
  PipelineStats st = RunPipeline(
      reader, opt, [] { return std::make_unique<EchoWorker>(); },
      [&](std::string_view chunk) { out.append(chunk); }, nullptr);
  EXPECT_LT(read, 200u);
  // Everything that was read was processed and delivered, in order.
  std::vector<Item> prefix(items.begin(), items.begin() + static_cast<long>(st.documents));
  EXPECT_EQ(out, ExpectedEcho(prefix));
  EXPECT_GE(st.documents, 100u);
}

TEST_P(PipelineThreadsTest, NullWorkerIsAnErrorNotACrash) {
  std::vector<Item> items = ManyDocs(20);
  FakeReader reader(items);
  PipelineOptions opt;
  opt.threads = GetParam();
  std::vector<std::string> errors;
  PipelineStats st = RunPipeline(
      reader, opt, [] { return std::unique_ptr<Worker>(); }, [](std::string_view) {},
      [&](const Status& e) { errors.push_back(e.message()); });
  EXPECT_EQ(errors.size(), 20u);
  EXPECT_EQ(st.failed, 20u);
}

INSTANTIATE_TEST_SUITE_P(Pipeline, PipelineThreadsTest, ::testing::Values(1, 2, 4),
                         [](const ::testing::TestParamInfo<int>& p) {
                           return std::to_string(p.param) + "threads";
                         });

TEST(PipelineTest, ProgressFromCallingThread) {
  // 2 threads x 1000 slow documents (0.3 ms each): long enough for a report.
  std::vector<Item> items;
  for (int i = 0; i < 2000; ++i) items.push_back({Id("p", i), "slow", false});
  FakeReader reader(items);
  PipelineOptions opt;
  opt.threads = 2;
  opt.batch_bytes = 1000;
  const std::thread::id caller = std::this_thread::get_id();
  std::vector<PipelineProgress> reports;
  bool off_caller = false;
  RunPipeline(
      reader, opt, [] { return std::make_unique<EchoWorker>(); }, [](std::string_view) {},
      nullptr,
      [&](const PipelineProgress& p) {
        if (std::this_thread::get_id() != caller) off_caller = true;
        reports.push_back(p);
      });
  ASSERT_FALSE(reports.empty());
  EXPECT_FALSE(off_caller);
  for (size_t i = 1; i < reports.size(); ++i) {
    EXPECT_GE(reports[i].documents, reports[i - 1].documents);
    EXPECT_GE(reports[i].bytes_read, reports[i - 1].bytes_read);
    EXPECT_GT(reports[i].seconds, reports[i - 1].seconds);
  }
  EXPECT_EQ(reports.back().bytes_total, reader.bytes_total());
  EXPECT_LE(reports.back().bytes_read, reports.back().bytes_total);
}

TEST(PipelineTest, AllCoresByDefault) {
  std::vector<Item> items = ManyDocs(100);
  FakeReader reader(items);
  std::atomic<int> created{0};
  PipelineOptions opt;  // threads = 0
  RunPipeline(
      reader, opt,
      [&] {
        ++created;
        return std::make_unique<EchoWorker>();
      },
      [](std::string_view) {}, nullptr);
  EXPECT_EQ(created.load(), HardwareThreads());
}

TEST(PipelineTest, HardwareThreadsPositive) {
  EXPECT_GE(HardwareThreads(), 1);
  EXPECT_LE(HardwareThreads(), static_cast<int>(std::max(1u, std::thread::hardware_concurrency())));
}

}  // namespace
}  // namespace dyad
