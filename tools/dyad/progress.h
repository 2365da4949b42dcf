// A one-line progress bar on stderr, redrawn in place, for long runs only.
#ifndef DYAD_TOOLS_DYAD_PROGRESS_H_
#define DYAD_TOOLS_DYAD_PROGRESS_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "dyad/pipeline.h"

namespace dyad::cli {

// "12,345 docs  120.3 of 540.0 MB  85.2 MB/s  22%" (no "of" and no percentage
// when the total is unknown).
std::string FormatProgress(const PipelineProgress& p);

// 1234567 -> "1,234,567".
std::string GroupDigits(uint64_t n);

class ProgressBar {
 public:
  // A disabled bar draws nothing; PrintError still prints.
  explicit ProgressBar(bool enabled) : enabled_(enabled) {}
  ~ProgressBar() { Clear(); }
  ProgressBar(const ProgressBar&) = delete;
  ProgressBar& operator=(const ProgressBar&) = delete;

  // True when stderr is a terminal (and TERM is not "dumb").
  static bool StderrIsTerminal();

  // Redraws the bar, once the run has lasted more than a second.
  void Update(const PipelineProgress& p);
  // "dyad: <message>" on its own line; the bar comes back at the next Update.
  void PrintError(std::string_view message);
  // Erases the bar.
  void Clear();
  // Whether the bar was drawn at least once.
  bool shown() const { return shown_; }

 private:
  bool enabled_;
  bool drawn_ = false;  // the bar is on the screen now
  bool shown_ = false;
};

}  // namespace dyad::cli

#endif  // DYAD_TOOLS_DYAD_PROGRESS_H_
