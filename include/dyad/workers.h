// dyad/workers.h — ready-made Workers for RunPipeline (pipeline.h).
#ifndef DYAD_WORKERS_H_
#define DYAD_WORKERS_H_

#include <memory>

#include "dyad/coder.h"
#include "dyad/pipeline.h"
#include "dyad/text.h"

namespace dyad {

// Splits each document and appends its `dyad split` JSON lines (json.h,
// AppendSplitJsonl). `splitter` must outlive the worker; the worker owns its
// scratch buffers, so make one per thread.
std::unique_ptr<Worker> MakeSplitWorker(const TextSplitter& splitter);

// Codes each document and appends one record-v1 JSON line per event
// (event.h). `coder` must outlive the worker; one worker per thread.
std::unique_ptr<Worker> MakeCodeWorker(const EventCoder& coder);

}  // namespace dyad

#endif  // DYAD_WORKERS_H_
