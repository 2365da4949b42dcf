// DocumentReader: JSON Lines and plain-text documents from files, directory
// trees, stdin and memory. The JSON side lives in ingest/jsonl_record.h.
#include <dirent.h>
#include <sys/stat.h>
#include <sys/types.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <ctime>
#include <string>
#include <utility>
#include <vector>

#include "dyad/ingest.h"
#include "ingest/jsonl_record.h"
#include "ingest/line_source.h"

namespace dyad {
namespace {

using ingest::LineSource;

char Lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// Last path component ("a/b/c.txt" -> "c.txt"; "dir/" -> "dir").
std::string Basename(std::string_view path) {
  while (path.size() > 1 && path.back() == '/') path.remove_suffix(1);
  size_t slash = path.rfind('/');
  return std::string(slash == std::string_view::npos ? path : path.substr(slash + 1));
}

std::string JoinPath(const std::string& dir, const std::string& name) {
  if (!dir.empty() && dir.back() == '/') return dir + name;
  return dir + "/" + name;
}

// .jsonl .ndjson .json, each optionally followed by .gz (case-insensitive).
bool IsJsonlName(std::string_view path) {
  std::string name = Basename(path);
  for (char& c : name) c = Lower(c);
  std::string_view n = name;
  if (EndsWith(n, ".gz")) n.remove_suffix(3);
  return EndsWith(n, ".jsonl") || EndsWith(n, ".ndjson") || EndsWith(n, ".json");
}

std::string UtcDate(time_t t) {
  struct tm tm;
  if (gmtime_r(&t, &tm) == nullptr) return "";
  char buf[32];
  size_t n = std::strftime(buf, sizeof buf, "%Y-%m-%d", &tm);
  return std::string(buf, n);
}

bool IsBlank(std::string_view line) {
  for (char c : line) {
    if (c != ' ' && c != '\t' && c != '\r' && c != '\f' && c != '\v') return false;
  }
  return true;
}

std::string Errno(int err) { return err ? std::strerror(err) : "unknown error"; }

// Entries of a directory, hidden ones ('.' first) left out, sorted by name
// (byte order).
Status ListDirectory(const std::string& path, std::vector<std::string>* names) {
  names->clear();
  DIR* dir = opendir(path.c_str());
  if (dir == nullptr) {
    return IoError(path + ": cannot read directory: " + Errno(errno));
  }
  while (true) {
    errno = 0;
    struct dirent* e = readdir(dir);
    if (e == nullptr) break;
    if (e->d_name[0] == '.') continue;
    names->emplace_back(e->d_name);
  }
  int err = errno;
  closedir(dir);
  if (err != 0) {
    names->clear();
    return IoError(path + ": cannot read directory: " + Errno(err));
  }
  std::sort(names->begin(), names->end());
  return Status::Ok();
}

struct DirId {
  dev_t dev;
  ino_t ino;
  bool operator==(const DirId& o) const { return dev == o.dev && ino == o.ino; }
};

// Total size of the regular files the walk will visit (for progress only:
// errors are left for the walk itself to report).
uint64_t SumDirectory(const std::string& path, std::vector<DirId>* ancestors) {
  std::vector<std::string> names;
  if (!ListDirectory(path, &names).ok()) return 0;
  uint64_t total = 0;
  for (const std::string& name : names) {
    std::string child = JoinPath(path, name);
    struct stat st;
    if (stat(child.c_str(), &st) != 0) continue;
    if (S_ISREG(st.st_mode)) {
      total += static_cast<uint64_t>(st.st_size);
    } else if (S_ISDIR(st.st_mode)) {
      DirId id{st.st_dev, st.st_ino};
      if (std::find(ancestors->begin(), ancestors->end(), id) != ancestors->end()) continue;
      ancestors->push_back(id);
      total += SumDirectory(child, ancestors);
      ancestors->pop_back();
    }
  }
  return total;
}

class Reader final : public DocumentReader {
 public:
  // Reads files, directories and "-".
  Reader(std::vector<std::string> inputs, ReadOptions options, uint64_t total)
      : options_(std::move(options)), inputs_(std::move(inputs)), total_(total) {
    NormalizeDefaultDate();
  }
  // Reads one memory buffer.
  Reader(std::unique_ptr<LineSource> source, InputFormat format, ReadOptions options,
         uint64_t total)
      : options_(std::move(options)), total_(total) {
    NormalizeDefaultDate();
    std::string name = source->name();
    StartSource(std::move(source), format, std::move(name), "", total);
  }

  Result<bool> Next(Document* doc) override;

  uint64_t bytes_read() const override {
    return done_bytes_ + (src_ ? src_->bytes_consumed() : 0);
  }
  uint64_t bytes_total() const override { return total_; }

 private:
  struct Dir {
    std::string path;  // as it is opened ("corpus/2019")
    std::string rel;   // relative to the input argument ("2019"; "" at the top)
    DirId id;
    std::vector<std::string> names;
    size_t next = 0;
  };

  void NormalizeDefaultDate() {
    if (options_.default_date.empty()) return;
    std::string d = NormalizeDate(options_.default_date);
    if (!d.empty()) options_.default_date = d;
  }

  // Makes `source` current. `id` names its documents (a text document's id,
  // the prefix of generated JSONL ids); `date` is a text document's date
  // (default_date when empty).
  void StartSource(std::unique_ptr<LineSource> source, InputFormat format, std::string id,
                   std::string date, uint64_t size) {
    src_ = std::move(source);
    if (format == InputFormat::kAuto) {
      format = src_->PeekNonSpace() == '{' ? InputFormat::kJsonl : InputFormat::kText;
    }
    src_jsonl_ = format == InputFormat::kJsonl;
    src_id_ = std::move(id);
    src_date_ = date.empty() ? options_.default_date : std::move(date);
    src_size_ = size;
  }

  void CloseSource() {
    uint64_t consumed = src_->bytes_consumed();
    done_bytes_ += src_size_ > consumed ? src_size_ : consumed;
    src_.reset();
    // Keep memory small after an unusually large document.
    if (line_.capacity() > (4u << 20)) std::string().swap(line_);
  }

  Status OpenFile(const std::string& path, std::string id, const struct stat& st);
  Status PushDirectory(const std::string& path, std::string rel, const struct stat& st);
  // Opens the next file (src_ set) or finds none left (src_ null).
  Status Advance();
  Result<bool> NextJsonl(Document* doc);
  Result<bool> NextText(Document* doc);

  ReadOptions options_;
  std::vector<std::string> inputs_;
  size_t next_input_ = 0;
  std::vector<Dir> dirs_;  // the directory walk, outermost first

  std::unique_ptr<LineSource> src_;
  bool src_jsonl_ = false;
  std::string src_id_;
  std::string src_date_;
  uint64_t src_size_ = 0;

  std::string line_;
  ingest::JsonlRecordParser jsonl_;
  uint64_t done_bytes_ = 0;
  uint64_t total_ = 0;
};

Status Reader::OpenFile(const std::string& path, std::string id, const struct stat& st) {
  Result<std::unique_ptr<LineSource>> src = LineSource::OpenFile(path);
  if (!src.ok()) {
    done_bytes_ += static_cast<uint64_t>(st.st_size);
    return src.status();
  }
  InputFormat format = options_.format;
  if (format == InputFormat::kAuto) {
    format = IsJsonlName(path) ? InputFormat::kJsonl : InputFormat::kText;
  }
  uint64_t size = S_ISREG(st.st_mode) ? static_cast<uint64_t>(st.st_size) : 0;
  // A text document's date: default_date, else the file's modification date.
  std::string date = options_.default_date.empty() ? UtcDate(st.st_mtime) : "";
  StartSource(std::move(*src), format, std::move(id), std::move(date), size);
  return Status::Ok();
}

Status Reader::PushDirectory(const std::string& path, std::string rel, const struct stat& st) {
  DirId id{st.st_dev, st.st_ino};
  for (const Dir& d : dirs_) {
    if (d.id == id) {
      return UnsupportedError(path + ": directory loop (a link back to " + d.path +
                              "); not walked again");
    }
  }
  Dir dir;
  dir.path = path;
  dir.rel = std::move(rel);
  dir.id = id;
  Status s = ListDirectory(path, &dir.names);
  if (!s.ok()) return s;
  dirs_.push_back(std::move(dir));
  return Status::Ok();
}

Status Reader::Advance() {
  while (!src_) {
    if (!dirs_.empty()) {
      Dir& d = dirs_.back();
      if (d.next == d.names.size()) {
        dirs_.pop_back();
        continue;
      }
      const std::string& name = d.names[d.next++];
      std::string path = JoinPath(d.path, name);
      std::string rel = d.rel.empty() ? name : d.rel + "/" + name;
      struct stat st;
      if (stat(path.c_str(), &st) != 0) {
        int err = errno;
        struct stat lst;
        if (err == ENOENT && lstat(path.c_str(), &lst) == 0 && S_ISLNK(lst.st_mode)) {
          return NotFoundError(path + ": broken symbolic link; skipped");
        }
        return IoError(path + ": " + Errno(err) + "; skipped");
      }
      if (S_ISDIR(st.st_mode)) {
        Status s = PushDirectory(path, std::move(rel), st);
        if (!s.ok()) return s;
        continue;
      }
      if (!S_ISREG(st.st_mode)) {
        return UnsupportedError(path + ": not a regular file; skipped");
      }
      return OpenFile(path, std::move(rel), st);
    }
    if (next_input_ == inputs_.size()) return Status::Ok();  // all done
    const std::string& input = inputs_[next_input_++];
    if (input == "-") {
      Result<std::unique_ptr<LineSource>> src = LineSource::OpenStdin();
      if (!src.ok()) return src.status();
      StartSource(std::move(*src), options_.format, "-", "", 0);
      return Status::Ok();
    }
    struct stat st;
    if (stat(input.c_str(), &st) != 0) {
      int err = errno;
      if (err == ENOENT) return NotFoundError(input + ": no such file or directory");
      return IoError(input + ": " + Errno(err));
    }
    if (S_ISDIR(st.st_mode)) {
      Status s = PushDirectory(input, "", st);
      if (!s.ok()) return s;
      continue;
    }
    return OpenFile(input, Basename(input), st);
  }
  return Status::Ok();
}

Result<bool> Reader::NextJsonl(Document* doc) {
  while (true) {
    Result<bool> got = src_->ReadLine(&line_, options_.max_document_bytes);
    if (!got.ok()) return got.status();
    if (!*got) return false;
    const uint64_t line_no = src_->line_number();
    if (line_no == 1 && line_.size() >= 3 && line_.compare(0, 3, "\xEF\xBB\xBF") == 0) {
      line_.erase(0, 3);  // a byte-order mark
    }
    if (IsBlank(line_)) continue;
    std::string where = src_->name() + ":" + std::to_string(line_no);
    Status s = jsonl_.Parse(&line_, where, src_id_ + ":" + std::to_string(line_no), options_,
                            doc);
    if (!s.ok()) {
      doc->clear();
      return s;
    }
    if (doc->date.empty()) doc->date = options_.default_date;
    doc->origin = std::move(where);
    return true;
  }
}

Result<bool> Reader::NextText(Document* doc) {
  Status s = src_->ReadAll(&doc->text, options_.max_document_bytes);
  std::string origin = src_->name();
  CloseSource();
  if (!s.ok()) {
    doc->clear();
    return s;
  }
  doc->id = src_id_;
  doc->date = src_date_;
  doc->origin = std::move(origin);
  return true;
}

Result<bool> Reader::Next(Document* doc) {
  doc->clear();
  while (true) {
    if (src_) {
      if (!src_jsonl_) return NextText(doc);
      Result<bool> got = NextJsonl(doc);
      if (!got.ok() || *got) return got;
      CloseSource();
    }
    Status s = Advance();
    if (!s.ok()) return s;
    if (!src_) return false;
  }
}

}  // namespace

Result<InputFormat> ParseInputFormat(std::string_view name) {
  if (name == "auto") return InputFormat::kAuto;
  if (name == "jsonl") return InputFormat::kJsonl;
  if (name == "text") return InputFormat::kText;
  return InvalidArgumentError("unknown input format \"" + std::string(name) +
                              "\" (expected auto, jsonl or text)");
}

Result<std::unique_ptr<DocumentReader>> DocumentReader::Open(std::vector<std::string> inputs,
                                                             ReadOptions options) {
  if (inputs.empty()) return InvalidArgumentError("no input given");
  uint64_t total = 0;
  for (const std::string& input : inputs) {
    if (input == "-") continue;
    struct stat st;
    if (stat(input.c_str(), &st) != 0) {
      // Only a missing input fails here; other errors show up in Next().
      if (errno == ENOENT || errno == ENOTDIR) {
        return NotFoundError(input + ": no such file or directory");
      }
      continue;
    }
    if (S_ISREG(st.st_mode)) {
      total += static_cast<uint64_t>(st.st_size);
    } else if (S_ISDIR(st.st_mode)) {
      std::vector<DirId> ancestors{DirId{st.st_dev, st.st_ino}};
      total += SumDirectory(input, &ancestors);
    }
  }
  return std::unique_ptr<DocumentReader>(
      std::make_unique<Reader>(std::move(inputs), std::move(options), total));
}

std::unique_ptr<DocumentReader> DocumentReader::FromBuffer(std::string name, std::string data,
                                                           InputFormat format,
                                                           ReadOptions options) {
  const uint64_t size = data.size();
  std::unique_ptr<LineSource> source = LineSource::FromBuffer(std::move(name), std::move(data));
  return std::make_unique<Reader>(std::move(source), format, std::move(options), size);
}

}  // namespace dyad
