#include "progress.h"

#include <fmt/core.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace dyad::cli {

std::string GroupDigits(uint64_t n) {
  std::string digits = std::to_string(n);
  std::string out;
  out.reserve(digits.size() + digits.size() / 3);
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out.push_back(',');
    out.push_back(digits[i]);
  }
  return out;
}

std::string FormatProgress(const PipelineProgress& p) {
  const double mb = 1e6;
  double read = static_cast<double>(p.bytes_read) / mb;
  double rate = p.seconds > 0 ? read / p.seconds : 0;
  std::string line = fmt::format("{} docs  {:.1f}", GroupDigits(p.documents), read);
  if (p.bytes_total > 0) {
    double total = static_cast<double>(p.bytes_total) / mb;
    double pct = 100.0 * static_cast<double>(p.bytes_read) / static_cast<double>(p.bytes_total);
    line += fmt::format(" of {:.1f} MB  {:.1f} MB/s  {:.0f}%", total, rate, pct > 100 ? 100 : pct);
  } else {
    line += fmt::format(" MB  {:.1f} MB/s", rate);
  }
  return line;
}

bool ProgressBar::StderrIsTerminal() {
  if (!isatty(STDERR_FILENO)) return false;
  const char* term = std::getenv("TERM");
  return !(term != nullptr && std::strcmp(term, "dumb") == 0);
}

void ProgressBar::Update(const PipelineProgress& p) {
  if (!enabled_ || p.seconds <= 1.0) return;
  // \r back to the start, the line, then erase whatever a longer line left.
  fmt::print(stderr, "\r{}\x1b[K", FormatProgress(p));
  std::fflush(stderr);
  drawn_ = shown_ = true;
}

void ProgressBar::PrintError(std::string_view message) {
  Clear();
  fmt::print(stderr, "dyad: {}\n", message);
}

void ProgressBar::Clear() {
  if (!drawn_) return;
  std::fputs("\r\x1b[K", stderr);
  std::fflush(stderr);
  drawn_ = false;
}

}  // namespace dyad::cli
