// dyad/workers.h — ready-made Workers for RunPipeline (pipeline.h).
#ifndef DYAD_WORKERS_H_
#define DYAD_WORKERS_H_

#include <memory>

#include "dyad/pipeline.h"
#include "dyad/text.h"

namespace dyad {

// Splits each document and appends its `dyad split` JSON lines (json.h,
// AppendSplitJsonl). `splitter` must outlive the worker; the worker owns its
// scratch buffers, so make one per thread.
std::unique_ptr<Worker> MakeSplitWorker(const TextSplitter& splitter);

}  // namespace dyad

#endif  // DYAD_WORKERS_H_
