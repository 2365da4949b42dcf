#include "common.h"

#include <fmt/core.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>

#include "progress.h"

namespace dyad::cli {
namespace {

// The output stream, a file or standard output; keeps the first write error.
class Output {
 public:
  Output() = default;
  ~Output() {
    if (file_ != nullptr && file_ != stdout) std::fclose(file_);
  }
  Output(const Output&) = delete;
  Output& operator=(const Output&) = delete;

  Status Open(const std::string& path) {
    if (path.empty() || path == "-") {
      file_ = stdout;
      name_ = "standard output";
      return Status::Ok();
    }
    name_ = path;
    file_ = std::fopen(path.c_str(), "wb");
    if (file_ == nullptr) {
      return IoError(fmt::format("cannot open {} for writing: {}", path, std::strerror(errno)));
    }
    return Status::Ok();
  }

  bool is_stdout() const { return file_ == stdout; }

  // False once a write has failed (later writes are dropped).
  bool Write(std::string_view data) {
    if (!error_.ok()) return false;
    if (std::fwrite(data.data(), 1, data.size(), file_) != data.size()) {
      error_ = IoError(fmt::format("cannot write {}: {}", name_, std::strerror(errno)));
      return false;
    }
    return true;
  }

  // Flushes and closes; the first error of the whole run, if any.
  Status Close() {
    if (file_ == nullptr) return error_;
    bool failed = std::fflush(file_) != 0 || std::ferror(file_) != 0;
    int saved = errno;
    if (file_ != stdout && std::fclose(file_) != 0 && !failed) {
      failed = true;
      saved = errno;
    }
    file_ = nullptr;
    if (failed && error_.ok()) {
      error_ = IoError(fmt::format("cannot write {}: {}", name_, std::strerror(saved)));
    }
    return error_;
  }

 private:
  std::FILE* file_ = nullptr;
  std::string name_;
  Status error_;
};

// Puts `first` (in order) in front of *list, dropping later duplicates.
void Prepend(const std::vector<std::string>& first, std::vector<std::string>* list) {
  std::vector<std::string> merged = first;
  for (std::string& name : *list) {
    if (std::find(merged.begin(), merged.end(), name) == merged.end()) {
      merged.push_back(std::move(name));
    }
  }
  *list = std::move(merged);
}

// Opening the output truncates it: refuse when it is one of the inputs.
Status CheckOutputIsNotAnInput(const std::vector<std::string>& inputs, const std::string& output) {
  if (output.empty() || output == "-") return Status::Ok();
  for (const std::string& in : inputs) {
    std::error_code ec;
    if (in != "-" && std::filesystem::equivalent(in, output, ec)) {
      return InvalidArgumentError(fmt::format("the output {} is also an input", output));
    }
  }
  return Status::Ok();
}

uint64_t CountLines(std::string_view s) {
  uint64_t n = 0;
  const char* p = s.data();
  const char* end = p + s.size();
  while ((p = static_cast<const char*>(std::memchr(p, '\n', static_cast<size_t>(end - p))))) {
    ++n;
    ++p;
  }
  return n;
}

}  // namespace

void PrintError(std::string_view message) { fmt::print(stderr, "dyad: {}\n", message); }

void AddInputFlags(CLI::App* cmd, InputFlags* flags) {
  cmd->add_option("INPUT", flags->inputs,
                  "Files or folders to read (JSON Lines or plain text, gzip welcome); - is stdin")
      ->required();
  cmd->add_option("--format", flags->format, "Input format")
      ->check(CLI::IsMember({"auto", "jsonl", "text"}))
      ->capture_default_str();
  cmd->add_option("--date", flags->date, "Date for documents that carry none")
      ->option_text("YYYY-MM-DD");
  cmd->add_option("--id-field", flags->id_fields, "JSON field holding the document id (tried first)")
      ->option_text("NAME")
      ->allow_extra_args(false);
  cmd->add_option("--text-field", flags->text_fields, "JSON field holding the document text (tried first)")
      ->option_text("NAME")
      ->allow_extra_args(false);
  cmd->add_option("--date-field", flags->date_fields, "JSON field holding the document date (tried first)")
      ->option_text("NAME")
      ->allow_extra_args(false);
}

Result<ReadOptions> MakeReadOptions(const InputFlags& flags) {
  ReadOptions options;
  Result<InputFormat> format = ParseInputFormat(flags.format);
  if (!format.ok()) return format.status();
  options.format = *format;
  if (!flags.date.empty()) {
    options.default_date = NormalizeDate(flags.date);
    if (options.default_date.empty()) {
      return InvalidArgumentError(
          fmt::format("--date: cannot read '{}' as a date (expected YYYY-MM-DD)", flags.date));
    }
  }
  Prepend(flags.id_fields, &options.id_fields);
  Prepend(flags.text_fields, &options.text_fields);
  Prepend(flags.date_fields, &options.date_fields);
  return options;
}

void AddRunFlags(CLI::App* cmd, RunFlags* flags) {
  cmd->add_option("-o,--output", flags->output, "Write to FILE instead of standard output")
      ->option_text("FILE");
  cmd->add_option("--threads", flags->threads, "Worker threads (0: all cores)")
      ->check(CLI::NonNegativeNumber)
      ->capture_default_str();
  cmd->add_flag("--no-progress", flags->no_progress, "Never show the progress bar");
  cmd->add_flag("--quiet", flags->quiet, "Do not report documents that could not be processed");
}

int RunDocuments(const InputFlags& input, const RunFlags& run, const DocumentCommand& command) {
  Result<ReadOptions> options = MakeReadOptions(input);
  if (!options.ok()) {
    PrintError(options.status().message());
    return kExitFatal;
  }
  Result<std::unique_ptr<DocumentReader>> reader = DocumentReader::Open(input.inputs, *options);
  if (!reader.ok()) {
    PrintError(reader.status().message());
    return kExitFatal;
  }
  if (Status st = CheckOutputIsNotAnInput(input.inputs, run.output); !st.ok()) {
    PrintError(st.message());
    return kExitFatal;
  }
  Output out;
  if (Status st = out.Open(run.output); !st.ok()) {
    PrintError(st.message());
    return kExitFatal;
  }

  // No bar over output scrolling on the same terminal.
  const bool progress = !run.no_progress && ProgressBar::StderrIsTerminal() &&
                        !(out.is_stdout() && isatty(STDOUT_FILENO));
  ProgressBar bar(progress);
  std::atomic<bool> stop{false};  // set by a failed write: reading more is pointless
  uint64_t lines = 0;             // counted for the summary only
  PipelineOptions pipeline;
  pipeline.threads = run.threads;
  pipeline.stop = &stop;
  PipelineStats stats = RunPipeline(
      **reader, pipeline, command.make_worker,
      [&](std::string_view chunk) {
        if (!out.Write(chunk)) stop.store(true, std::memory_order_relaxed);
        if (progress) lines += CountLines(chunk);
      },
      [&](const Status& error) {
        if (!run.quiet) bar.PrintError(error.message());
      },
      [&](const PipelineProgress& p) { bar.Update(p); });
  bar.Clear();

  if (Status st = out.Close(); !st.ok()) {
    PrintError(st.message());
    return kExitFatal;
  }
  if (bar.shown() && command.summary) {
    std::string line = command.summary(stats, lines);
    if (stats.failed > 0) line += fmt::format(", {} errors", stats.failed);
    fmt::print(stderr, "{}\n", line);
  }
  if (stats.failed == 0) return kExitOk;
  if (stats.documents == 0) {
    if (!run.quiet) PrintError("no document could be read");
    return kExitFatal;
  }
  return kExitSomeFailed;
}

}  // namespace dyad::cli
