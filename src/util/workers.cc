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

}  // namespace

std::unique_ptr<Worker> MakeSplitWorker(const TextSplitter& splitter) {
  return std::make_unique<SplitWorker>(splitter);
}

}  // namespace dyad
