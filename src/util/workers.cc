#include "dyad/workers.h"

#include "dyad/json.h"

namespace dyad {
namespace {

class SplitWorker : public Worker {
 public:
  explicit SplitWorker(const TextSplitter& splitter) : splitter_(splitter) {}
  Status Process(const Document& doc, std::string* out) override {
    splitter_.Split(doc.text, &scratch_);
    AppendSplitJsonl(doc, scratch_, out);
    return Status::Ok();
  }

 private:
  const TextSplitter& splitter_;
  SplitResult scratch_;
};

class CodeWorker : public Worker {
 public:
  explicit CodeWorker(const EventCoder& coder) : coder_(coder), scratch_(coder.NewScratch()) {}
  Status Process(const Document& doc, std::string* out) override {
    events_.clear();
    coder_.CodeDocument(doc, scratch_.get(), &events_);
    for (const Event& e : events_) AppendEventJson(e, out);
    return Status::Ok();
  }

 private:
  const EventCoder& coder_;
  EventCoder::ScratchPtr scratch_;
  std::vector<Event> events_;
};

}  // namespace

std::unique_ptr<Worker> MakeCodeWorker(const EventCoder& coder) {
  return std::make_unique<CodeWorker>(coder);
}

std::unique_ptr<Worker> MakeSplitWorker(const TextSplitter& splitter) {
  return std::make_unique<SplitWorker>(splitter);
}

}  // namespace dyad
